"""``_core._records.record`` behaves as ``@dataclass`` does: each check builds the same class body both
ways and compares what a user would see (construction, errors, repr, equality, hashing, freezing,
``dataclasses.replace``/``asdict``/``fields``), plus the public classes that use it."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import time
from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any

import pytest

from flexport_facade import ApiVersion, OperationMeta, RetryEvent, RetryPolicy
from flexport_facade._core._records import record
from flexport_facade._core.families import family_of
from flexport_facade._core.versions import known_versions
from flexport_facade.errors import ReplacementPlace


def _pair(frozen: bool) -> tuple[type, type]:
    """The same body made by @dataclass and by @record."""

    def body(deco: Callable[[type], type]) -> type:
        @deco
        class Policy:
            """A sample."""

            attempts: int
            base: float = 0.5
            statuses: frozenset[int] = frozenset({503})
            tags: list[str] = field(default_factory=list, hash=False)  # compared, not hashed
            clock: Callable[[], float] = field(default=time.monotonic, repr=False)
            note: str = field(default="", compare=False)

            def __post_init__(self) -> None:
                if self.attempts < 1:
                    raise ValueError("attempts must be >= 1")

        return Policy

    return body(dataclass(frozen=frozen)), body(record(frozen=frozen))


@pytest.mark.parametrize("frozen", [True, False])
def test_construction_repr_and_equality_match_dataclass(frozen: bool) -> None:
    real, ours = _pair(frozen)
    for args, kwargs in [
        ((2,), {}),
        ((), {"attempts": 3, "base": 1.0}),
        ((4, 2.0, frozenset()), {"note": "x"}),
    ]:
        a, b = real(*args, **kwargs), ours(*args, **kwargs)
        assert repr(a) == repr(b)
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
        assert ours(*args, **kwargs) == b and b != real(*args, **kwargs)  # other class: not equal
    assert ours(2, note="a") == ours(2, note="b")  # compare=False is left out, as by dataclass
    assert ours(2) != ours(3)
    assert ours(1).tags is not ours(1).tags  # default_factory: a new list each time
    assert [f.name for f in dataclasses.fields(ours)] == [f.name for f in dataclasses.fields(real)]
    assert ours.__match_args__ == real.__match_args__


@pytest.mark.parametrize("frozen", [True, False])
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), ((1, 2, 3, 4, 5, 6, 7), {}), ((1,), {"attempts": 2}), ((1,), {"retries": 2}), ((0,), {})],
)
def test_bad_arguments_fail_as_with_dataclass(
    frozen: bool, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    real, ours = _pair(frozen)
    with pytest.raises(Exception) as expected:
        real(*args, **kwargs)
    with pytest.raises(expected.type) as got:
        ours(*args, **kwargs)
    # The same words after the class name (dataclass names __init__ by its qualified name too).
    assert str(got.value).split("__init__()")[-1] == str(expected.value).split("__init__()")[-1]


def test_frozen_refuses_assignment_and_hashes_by_value() -> None:
    real, ours = _pair(True)
    b = ours(2)
    with pytest.raises(FrozenInstanceError):
        b.attempts = 3
    with pytest.raises(FrozenInstanceError):
        del b.base
    assert hash(ours(2, note="a")) == hash(ours(2, note="b")) == hash(real(2))
    assert {ours(2), ours(2), ours(3)} == {ours(2), ours(3)}
    changed = dataclasses.replace(b, base=9.0)
    assert type(changed) is ours and changed.base == 9.0 and b.base == 0.5
    with pytest.raises(ValueError, match="attempts"):
        dataclasses.replace(b, attempts=0)  # __post_init__ runs for replace too
    assert copy.copy(b) == b


def test_mutable_record_is_unhashable_and_assignable() -> None:
    _, ours = _pair(False)
    b = ours(2)
    b.attempts = 5
    assert b.attempts == 5
    with pytest.raises(TypeError, match="unhashable"):
        hash(b)


def test_what_the_body_defines_is_kept() -> None:
    @record(frozen=True)
    class Shown:
        value: int

        def __repr__(self) -> str:
            return "<shown>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Shown)

    assert repr(Shown(1)) == "<shown>" and Shown(1) == Shown(2)
    assert hash(Shown(1)) == hash((1,))  # an __eq__ of its own still gets the frozen __hash__


def test_unsupported_fields_are_refused_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="InitVar nor keyword-only"):

        @record
        class Keyed:
            a: int = field(kw_only=True)


def test_the_public_records_keep_their_dataclass_behaviour() -> None:
    policy = RetryPolicy(attempts=2)
    assert policy == RetryPolicy(attempts=2) and hash(policy) == hash(RetryPolicy(attempts=2))
    assert policy.replace(jitter=0.0).jitter == 0.0 and dataclasses.replace(policy, attempts=4).attempts == 4
    assert "clock" not in repr(policy) and repr(policy).startswith("RetryPolicy(attempts=2, backoff_base=")
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(FrozenInstanceError):
        policy.attempts = 9  # type: ignore[misc]
    event = RetryEvent(1, 0.5, "GET", "/p", 503, None, None)
    assert event == RetryEvent(1, 0.5, "GET", "/p", 503, None, None) == pickle.loads(pickle.dumps(event))

    row = next(v for v in known_versions() if v.id == "2026-02")
    assert isinstance(row, ApiVersion) and repr(row).startswith("ApiVersion(id='2026-02', api='logistics'")
    assert dataclasses.replace(row, status="unstable").status == "unstable"
    assert pickle.loads(pickle.dumps(row)) == row and {row: 1}[copy.deepcopy(row)] == 1
    assert family_of(row) == family_of(dataclasses.replace(row))
    meta = OperationMeta("getProduct", "products", "get_product", "GET", "/p/{sku}", package="pkg")
    assert meta.module == "pkg.api.products.get_product" and meta == dataclasses.replace(meta)
    place = ReplacementPlace("destination_id", 7, None, None)
    assert dataclasses.asdict(place) == {"field": "destination_id", "id": 7, "type": None, "location": None}
