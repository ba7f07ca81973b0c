"""The lab's simulated time: tests jump 31 or 181 days in a call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# A fixed, plausible start so seeded labs are reproducible to the second.
DEFAULT_START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


class SimClock:
    """World time (UTC). Machines add their own offset to it (a skewed clock)."""

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("the lab clock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        """The current world time."""
        return self._now

    def advance(self, *, days: float = 0, hours: float = 0, minutes: float = 0) -> datetime:
        """Move time forward (never backward) and return the new time."""
        step = timedelta(days=days, hours=hours, minutes=minutes)
        if step < timedelta(0):
            raise ValueError("the lab clock only moves forward")
        self._now += step
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (the scheduler walks through due events this way)."""
        if moment < self._now:
            raise ValueError("the lab clock only moves forward")
        self._now = moment
