"""The pure parts: Link parsing, finding the items, style detection, checkpoint checks."""

from __future__ import annotations

import attrs
import pytest

from flexport_facade.pagination import SourceSpec, find_items, next_link, paginate
from flexport_facade.pagination._links import cursor_from_label, cursor_label
from flexport_facade.pagination._protocol import PageResult
from flexport_facade.pagination._style import style_from_names


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            '<https://x/events?page_info=abc&limit=100>; rel="next"',
            "https://x/events?page_info=abc&limit=100",
        ),
        ("<'https://x/e?page_info=q'>; rel=\"next\"", "https://x/e?page_info=q"),
        ('<https://x/p>; rel="prev", <https://x/n>; rel="next"', "https://x/n"),
        ('<https://x/n>; rel="next last"', "https://x/n"),
        ('<https://x/n>; REL="Next"', None),  # httpx keys params as written; an upper-case key is not rel
        ('<https://x/p>; rel="prev"', None),
        ("", None),
    ],
)
def test_next_link(header: str, expected: str | None) -> None:
    assert next_link({"link": header} if header else {}) == expected


@attrs.define
class Model:
    orders: list[int]
    cursor: str | None = None
    additional_properties: dict[str, object] = attrs.field(factory=dict)


def test_find_items() -> None:
    assert find_items([1, 2]) == [1, 2]
    assert find_items({"data": [1]}) == [1]
    assert find_items({"total": 3, "things": [1, 2]}) == [1, 2]
    assert find_items(Model([4, 5])) == [4, 5]
    assert find_items(None) == []
    assert find_items({"a": [1], "b": [2]}, "b") == [2]
    with pytest.raises(TypeError, match="items="):
        find_items({"a": [1], "b": [2]})


def test_style_from_names() -> None:
    assert style_from_names("cursor", None) == "cursor"
    assert style_from_names(None, ["limit", "page_info", "type"]) == "cursor"
    assert style_from_names(None, ["limit", "offset", "poolName"]) == "offset"
    assert style_from_names(None, ["countryCode"]) is None
    assert style_from_names(None, None) is None


def test_cursor_labels_round_trip() -> None:
    assert cursor_from_label(cursor_label({"page_info": "abc"})) == {"page_info": "abc"}
    generic = {"cursor": "42", "direction": "FORWARD"}
    assert cursor_from_label(cursor_label(generic)) == generic


class Listing:
    """An in-memory source with a declared style."""

    def __init__(self, n: int) -> None:
        self.spec = SourceSpec(name="mem", style="offset", accepts=frozenset({"limit", "offset"}))
        self.n = n

    def fetch(self, params: dict[str, object]) -> PageResult:
        offset, limit = int(str(params["offset"])), int(str(params["limit"]))
        return PageResult(list(range(offset, min(self.n, offset + limit))))


def test_bad_checkpoints_are_refused() -> None:
    with pytest.raises(ValueError, match="not a pagination checkpoint"):
        paginate(Listing(5), resume={"v": 99})
    with pytest.raises(ValueError, match="index"):
        paginate(Listing(5), resume={"v": 1, "source": "mem", "style": "offset", "index": -1})


def test_reiterating_a_pager_continues() -> None:
    pager = paginate(Listing(250), limit=100)
    first = []
    for i in pager:
        first.append(i)
        if i == 149:
            break
    assert list(pager) == list(range(150, 250))
    assert list(pager) == []


def test_start_offset_and_pages() -> None:
    pages = list(paginate(Listing(95), limit=40, offset=10).pages())
    assert pages == [list(range(10, 50)), list(range(50, 90)), list(range(90, 95))]
