"""``record``: ``@dataclass`` for the classes on the import path, without its import-time cost.

``@dataclass`` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__``, ...) as source text and compiles it with ``exec`` when the class is created: about
7 M instructions for a frozen class of 15 fields, a few per cent of ``import httpx`` for each such
class ``import flexport_facade`` defines. ``record`` lets ``dataclasses`` collect the fields only
(``init=False, repr=False, eq=False`` writes no code) and gives the class methods that read that field
list, so it behaves as the dataclass would, and ``dataclasses.fields``, ``replace`` and ``asdict``
work on it. Type checkers see ``dataclasses.dataclass`` itself.

Standard library only: ``registry_file`` (which scripts load without the package) uses it.
Not supported, refused when the class is made: ``InitVar`` pseudo-fields and keyword-only fields.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

__all__ = ["record"]

if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:

    def record(cls: type | None = None, /, *, frozen: bool = False) -> Any:
        """``@record`` or ``@record(frozen=True)``: like ``@dataclass`` with the same arguments."""

        def wrap(target: type) -> type:
            return _make(target, frozen)

        return wrap if cls is None else wrap(cls)


class _Layout:
    """A record class's fields as its methods read them, computed once when the class is made."""

    __slots__ = ("compared", "defaults", "frozen", "hashed", "later", "name", "names", "shown")

    def __init__(self, cls: type, frozen: bool) -> None:
        fields = dataclasses.fields(cls)  # made a dataclass just before
        if len(fields) != len(cls.__dataclass_fields__) or any(f.kw_only for f in fields):  # type: ignore[attr-defined]
            raise TypeError(f"{cls.__qualname__}: record supports neither InitVar nor keyword-only fields")
        self.name = cls.__qualname__
        self.frozen = frozen
        self.names = tuple(f.name for f in fields if f.init)
        # name -> (default, factory) for the init fields that have one; "later": fields not in __init__.
        self.defaults = {f.name: (f.default, f.default_factory) for f in fields if f.init and _has_default(f)}
        self.later = tuple((f.name, f.default, f.default_factory) for f in fields if not f.init)
        self.shown = tuple(f.name for f in fields if f.repr)
        self.compared = tuple(f.name for f in fields if f.compare)
        self.hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))


def _has_default(field: dataclasses.Field[Any]) -> bool:
    return field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING


def _value(default: Any, factory: Any) -> Any:
    return factory() if default is dataclasses.MISSING else default


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    layout: _Layout = self.__record_layout__
    names = layout.names
    if len(args) > len(names):
        least = 1 + sum(1 for n in names if n not in layout.defaults)
        takes = f"from {least} to {len(names) + 1}" if least <= len(names) else str(least)
        raise TypeError(
            f"{layout.name}.__init__() takes {takes} positional arguments but {len(args) + 1} were given"
        )
    values = dict(zip(names, args, strict=False))
    for key in kwargs:
        if key in values:
            raise TypeError(f"{layout.name}.__init__() got multiple values for argument {key!r}")
    values.update(kwargs)
    if len(values) != len(names) or not all(name in values for name in names):
        unknown = [k for k in kwargs if k not in names]
        if unknown:
            raise TypeError(f"{layout.name}.__init__() got an unexpected keyword argument {unknown[0]!r}")
        for name in names:
            if name not in values:
                if name not in layout.defaults:
                    missing = [repr(n) for n in names if n not in values and n not in layout.defaults]
                    listed = (
                        missing[0]
                        if len(missing) == 1
                        else " and ".join(missing) if len(missing) == 2
                        else ", ".join(missing[:-1]) + ", and " + missing[-1]
                    )  # fmt: skip
                    raise TypeError(
                        f"{layout.name}.__init__() missing {len(missing)} required positional "
                        f"argument{'s' if len(missing) > 1 else ''}: {listed}"
                    )
                values[name] = _value(*layout.defaults[name])
    put = object.__setattr__
    for name in names:
        put(self, name, values[name])
    for name, default, factory in layout.later:
        if default is not dataclasses.MISSING or factory is not dataclasses.MISSING:
            put(self, name, _value(default, factory))
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


def _repr(self: Any) -> str:
    layout: _Layout = self.__record_layout__
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in layout.shown)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = self.__record_layout__.compared
    return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)


def _hash(self: Any) -> int:
    return hash(tuple(getattr(self, n) for n in self.__record_layout__.hashed))


def _setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _make(cls: type, frozen: bool) -> type:
    own = dict(cls.__dict__)  # what the class body defines itself is kept, as @dataclass keeps it
    parent_frozen = any(
        getattr(getattr(base, "__record_layout__", None), "frozen", False) for base in cls.__mro__[1:]
    )
    if parent_frozen and not frozen:
        raise TypeError(f"{cls.__qualname__}: cannot inherit a non-frozen record from a frozen one")
    dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    cls.__record_layout__ = _Layout(cls, frozen)  # type: ignore[attr-defined]
    methods: dict[str, Any] = {"__init__": _init, "__repr__": _repr, "__eq__": _eq}
    if frozen:
        methods.update(__setattr__=_setattr, __delattr__=_delattr, __hash__=_hash)
    else:
        methods["__hash__"] = None  # eq without frozen: unhashable, as @dataclass makes it
    for name, method in methods.items():
        # A body defining __eq__ gets __hash__ = None from Python itself: that one is not the body's own.
        if name not in own or (name == "__hash__" and own[name] is None and "__eq__" in own):
            setattr(cls, name, method)
    return cls
