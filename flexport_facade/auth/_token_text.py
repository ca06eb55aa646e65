"""What a credential may contain before it goes into an ``Authorization`` header.

Checked wherever a token enters: the ``token=`` argument, ``FLEXPORT_TOKEN``, a token store, the
OAuth token answer. A token that cannot travel in a header fails here, with a message that never
shows it, instead of at send time inside httpx (whose error quotes the header value, token included).
"""

from __future__ import annotations

from flexport_facade._core.redact import remember_secret


def clean_token(token: object, *, source: str = "the token") -> str:
    """``token`` without surrounding whitespace (a pasted or file-read token keeps its newline);
    ValueError naming ``source`` if anything else in it is not visible ASCII. Never echoes it."""
    if not isinstance(token, str):
        raise TypeError(f"{source} is {type(token).__name__}, not a string")
    value = token.strip()
    if not value:
        raise ValueError(
            f"{source} is empty; pass the API token from Seller Portal -> Settings -> API Tokens"
        )
    for position, char in enumerate(value):
        if not ("!" <= char <= "~"):  # visible ASCII: what a header value can carry as is
            kind = (
                "whitespace or control characters"
                if char.isspace() or not char.isprintable()
                else "non-ASCII characters"
            )
            raise ValueError(
                f"{source} contains {kind} (the first at position {position} of {len(value)}); "
                "check how it was copied (a token is one unbroken run of visible ASCII)"
            )
    remember_secret(value)
    return value
