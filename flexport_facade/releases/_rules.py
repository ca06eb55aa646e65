"""Every classification rule, in one table: is a change breaking for a user of the generated client?

A rule is a fixed severity, or a pair chosen by where the changed thing is read: ``REQUEST`` (the user
sends it: a parameter, a request body) or ``RESPONSE`` (the user parses it: a response body, a webhook
payload a receiver parses). A schema used in both is judged by the stricter of the two.
"""

from __future__ import annotations

from enum import Flag, auto

from flexport_facade.releases._model import Severity

B, NB, NOTE = Severity.BREAKING, Severity.NON_BREAKING, Severity.NOTE


class Usage(Flag):
    NONE = 0
    REQUEST = auto()
    RESPONSE = auto()
    DELIVERY = auto()  # a webhook payload: the receiver parses it strictly (webhooks.UnknownEvent)
    BOTH = REQUEST | RESPONSE


# The generated enums keep a value they do not know in an answer (scripts/generator/templates: lenient
# response enums, logged once per value), so a value added to an enum the client parses no longer breaks
# it; a webhook delivery carrying one comes back as webhooks.UnknownEvent with its payload, not lost.
# True restores the strict reading (a generator without lenient enums); only the rule below reads it.
RESPONSE_ENUM_ADDITION_BREAKS = False

# kind -> severity, or (severity when sent, severity when parsed)
_RULES: dict[str, Severity | tuple[Severity, Severity]] = {
    # operations and events
    "operation-added": NB,
    "operation-removed": B,
    "operation-id-changed": B,  # the generated function (and facade method) is renamed
    "operation-tag-changed": B,  # the generated module (api.<tag>) and the facade group fx.<tag> move
    "operation-deprecated": NOTE,
    "scope-added": B,  # a token without the new scope now gets 403
    "scope-removed": NB,
    "event-added": NB,
    "event-removed": B,
    # parameters
    "parameter-added": NB,
    "parameter-added-required": B,
    "parameter-removed": B,
    "parameter-became-required": B,
    "parameter-became-optional": NB,
    # bodies and responses
    "request-body-added": NB,
    "request-body-added-required": B,
    "request-body-removed": B,
    "request-body-became-required": B,
    "request-body-became-optional": NB,
    "response-added": NB,
    "response-removed": B,  # a documented success status the client parses
    "error-response-added": NOTE,
    "error-response-removed": NOTE,
    "media-type-added": NB,
    "media-type-removed": B,
    # schemas
    "schema-added": NB,
    "schema-removed": B,
    "schema-renamed": B,  # the generated class (and its module) is renamed
    "ref-changed": B,  # a field or body now holds another model
    "property-added": NB,
    "property-added-required": (B, NB),
    "property-removed": B,  # the generated attribute disappears, whichever side reads it
    "property-became-required": (B, NB),
    "property-became-optional": (NB, B),  # the parsed field may now be missing
    "nullable-added": (NB, B),
    "nullable-removed": (B, NB),
    "type-changed": B,
    "format-changed": B,
    "enum-value-added": (NB, B),  # parsed side: see RESPONSE_ENUM_ADDITION_BREAKS
    "enum-value-removed": B,  # the generated enum member disappears
    "enum-added": (NB, B),  # a free value becomes a closed set; same flag as enum-value-added
    "enum-removed": NB,
    "constraint-tightened": (B, NOTE),
    "constraint-relaxed": NOTE,
    "variant-added": NB,
    "variant-removed": B,
    # documentation
    "description-changed": NOTE,
    "summary-changed": NOTE,
    "example-changed": NOTE,
    "default-changed": NOTE,
}


def severity(kind: str, usage: Usage = Usage.NONE) -> Severity:
    """The severity of ``kind`` where it is read as ``usage`` (the stricter side when both)."""
    if kind.startswith("python-"):
        return B  # griffe reports only breakages of the generated package's public API
    rule = _RULES[kind]
    if isinstance(rule, Severity):
        return rule
    sent, parsed = rule
    delivered = parsed  # webhook payloads keep the strict reading: a new value turns a typed event untyped
    if kind in {"enum-value-added", "enum-added"} and not RESPONSE_ENUM_ADDITION_BREAKS:
        parsed = NB
    sides = ((Usage.REQUEST, sent), (Usage.RESPONSE, parsed), (Usage.DELIVERY, delivered))
    found = [s for flag, s in sides if usage & flag]
    if not found:
        found = [sent, parsed]  # a schema no operation reaches: judge it as either could be
    return min(found, key=lambda s: (s is not B, s is not NB))


def known_kinds() -> list[str]:
    return sorted(_RULES)
