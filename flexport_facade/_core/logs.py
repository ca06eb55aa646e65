"""Logging: ``FLEXPORT_LOG=info|debug`` turns it on without code; an INFO line for every retry.

Everything goes to the ``flexport_facade`` logger. With ``FLEXPORT_LOG`` set, a stderr handler is
attached to it at that level (once, at import); without it nothing is configured, so an application's
own ``logging`` setup decides, as usual for a library.

- INFO, once per retry: method, path, which attempt failed and why, and the wait before the next.
- DEBUG, once per attempt: method, URL, attempt, outcome and time taken (``_core.http``).

Never a header, body or query string: the path is all a line names of the request, so tokens,
OAuth codes and secrets cannot reach a log.
"""

from __future__ import annotations

import logging
import os
import sys

from flexport_facade._core.redact import redact_text
from flexport_facade._core.retry import RetryEvent

LOG_ENV_VAR = "FLEXPORT_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
FORMAT = "[%(asctime)s %(levelname)s %(name)s] %(message)s"

log = logging.getLogger("flexport_facade")
_handler: logging.Handler | None = None


def setup_from_env() -> None:
    """Attach a stderr handler at $FLEXPORT_LOG's level; idempotent, and a no-op when it is unset."""
    global _handler
    raw = os.environ.get(LOG_ENV_VAR, "").strip().lower()
    if not raw:
        return
    level = LEVELS.get(raw)
    if level is None:
        print(
            f"flexport_facade: {LOG_ENV_VAR}={raw!r} is not one of {', '.join(LEVELS)}; logging left as is",
            file=sys.stderr,
        )
        return
    if _handler is None:
        _handler = logging.StreamHandler()
        _handler.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(_handler)
    log.setLevel(level)


def cause_of(event: RetryEvent) -> str:
    """Why the attempt failed, in words: ``503``, ``429 (Retry-After 2 s)``, ``ReadTimeout``."""
    if event.status is None:
        return event.error or "no answer"
    if event.retry_after is not None:
        return f"{event.status} (Retry-After {event.retry_after:g} s)"
    return str(event.status)


def log_retry(event: RetryEvent) -> None:
    """The INFO line for one retry; called by the send loops right where the retry is decided."""
    if log.isEnabledFor(logging.INFO):
        log.info(
            "retrying %s %s: attempt %d failed with %s; next attempt in %.2f s",
            event.method,
            redact_text(event.path),
            event.attempt,
            cause_of(event),
            event.delay,
        )


setup_from_env()
