"""Contains some shared types for properties"""

import logging
from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar, Token
from enum import Enum
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# -- enum values the spec does not list --------------------------------------------------------------
# A server adds a status value and every pinned older client would fail to read the whole answer. While
# an answer is parsed (lenient_enums(), entered by every endpoint's _parse_response), such a value becomes
# a pseudo-member of its enum: an instance of the enum class that equals the raw value and round-trips
# through to_dict(). Outside it (building a request, from_dict on your own data) it stays a ValueError.

_LENIENT: ContextVar[bool] = ContextVar("lenient_enums", default=False)
_logger = logging.getLogger(__name__.rsplit(".", 1)[0])
# (enum, value) pairs already logged: one warning each, and at most this many remembered.
MAX_LOGGED_UNKNOWN_VALUES = 256
_logged: set[tuple[str, str]] = set()
E = TypeVar("E", bound=Enum)


class lenient_enums:  # noqa: N801 - used as a function: with lenient_enums(): ...
    """Unknown enum values parse while inside. A class, not @contextlib.contextmanager: it is entered
    for every answer, and a generator-based one costs several times more per use."""

    __slots__ = ("_token",)
    _token: Token[bool]

    def __enter__(self) -> None:
        self._token = _LENIENT.set(True)

    def __exit__(self, *exc_info: object) -> None:
        _LENIENT.reset(self._token)


def is_unknown_enum_member(value: object) -> bool:
    """True for a pseudo-member made by unknown_enum_member (a value the spec does not list)."""
    return (
        isinstance(value, Enum)
        and type(value)._value2member_map_.get(value._value_) is not value
    )


def unknown_enum_member(cls: type[E], value: object) -> E | None:
    if not _LENIENT.get():
        return None
    base = str if issubclass(cls, str) else int
    if not isinstance(value, base) or isinstance(value, bool):
        return None
    member = cast(E, base.__new__(cast(type, cls), value))
    member._name_ = str(value)
    member._value_ = value
    key = (cls.__qualname__, str(value))
    if key not in _logged and len(_logged) < MAX_LOGGED_UNKNOWN_VALUES:
        _logged.add(key)
        _logger.warning(
            "%s has no value %r in this API version's spec: kept as the raw value",
            cls.__name__,
            value,
        )
    return member


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "is_unknown_enum_member",
    "lenient_enums",
    "unknown_enum_member",
]
