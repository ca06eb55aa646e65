"""What a failed page request means: a 504 (ask for a smaller page) or a failing cursor (ask again)."""

from __future__ import annotations

import json
from typing import Any

from flexport_facade._exceptions import APIError


def is_gateway_timeout(exc: BaseException) -> bool:
    return isinstance(exc, APIError) and exc.status == 504


def is_cursor_failure(exc: BaseException) -> bool:
    """What a failing page_info looks like: 400 (also load shedding) or 5xx other than 504."""
    return isinstance(exc, APIError) and (exc.status == 400 or (exc.status >= 500 and exc.status != 504))


def note_checkpoint(exc: BaseException, checkpoint: dict[str, Any]) -> None:
    """An error the walk re-raises carries the checkpoint to resume from, as a note."""
    exc.add_note(f"pagination checkpoint: {json.dumps(checkpoint)}")
