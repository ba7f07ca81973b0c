"""What a KMS host counts: unique client machine IDs seen in the last 30 days.

Seed 001: each request stays 30 days in the table; a renewal replaces the
client's entry; the host keeps twice the highest threshold it was asked for
(50 once a Windows client has asked, 10 while only servers or Office did), and
never shrinks that cache. A duplicate CMID (an image not sysprepped) is one
entry however many machines carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class ClientTable:
    """One host's CMID table for one application (Windows, Office, Office 2010)."""

    retention: timedelta = timedelta(days=30)
    cap_factor: int = 2
    cache_size: int = 0
    # CMID → last request time, oldest first (dicts keep insertion order).
    _seen: dict[str, datetime] = field(default_factory=dict)

    def record(self, cmid: str, at: datetime, threshold: int) -> int:
        """Count a request from ``cmid``; returns the count the host answers with."""
        self.cache_size = max(self.cache_size, self.cap_factor * threshold)
        self._expire(at)
        self._seen.pop(cmid, None)
        self._seen[cmid] = at
        while len(self._seen) > self.cache_size:
            del self._seen[next(iter(self._seen))]
        return len(self._seen)

    def count(self, at: datetime) -> int:
        """The current count at ``at`` (entries older than the retention drop off)."""
        self._expire(at)
        return len(self._seen)

    def _expire(self, at: datetime) -> None:
        limit = at - self.retention
        while self._seen:
            oldest = next(iter(self._seen))
            if self._seen[oldest] > limit:
                break
            del self._seen[oldest]


@dataclass
class RequestCounters:
    """The host's cumulative request counters (slmgr /dli "cumulative requests")."""

    total: int = 0
    failed: int = 0
    unlicensed: int = 0
    licensed: int = 0
    oob: int = 0
    oot: int = 0
    nongenuine: int = 0
    notification: int = 0

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)
