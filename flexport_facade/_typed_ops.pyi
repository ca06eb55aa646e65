# The static-only pieces the generated typed layer (generated/<pkg>/facade.pyi) builds on.
# Nothing imports this at run time: it exists for type checkers and editors only.

from typing import Generic, TypeVar

from flexport_facade._core.operations import OperationMeta

_I_co = TypeVar("_I_co", covariant=True)

class Paged(Generic[_I_co]):
    """A sync list operation whose pages hold ``_I_co`` items: ``fx.paginate(op)`` is a ``Pager`` of them."""

    meta: OperationMeta

class AsyncPaged(Generic[_I_co]):
    """``Paged`` for ``AsyncFlexport``: ``fx.paginate(op)`` is an ``AsyncPager`` of the items."""

    meta: OperationMeta

class NotInVersion:
    """A tag this pinned API version does not have: any use of it is a type error."""
