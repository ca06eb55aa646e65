"""A retry policy for recorded tests: it never sleeps for real and keeps what it would have done."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flexport_facade import RetryEvent, RetryPolicy


@dataclass
class Retries:
    events: list[RetryEvent] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def policy(self, **changes: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep, async_sleep=self.async_sleep, rand=lambda: 0.0, on_retry=self.events.append
        ).replace(**changes)
