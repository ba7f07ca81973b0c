"""What every DNS check reads: the observations with their derived facts, and shared helpers.

Internal to :mod:`app.domain.dns_evaluation`: each check module takes a
:class:`CheckView` and builds its findings with :func:`finding`.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.dns import (
    CheckId,
    Finding,
    Observations,
    QueryStatus,
    RawAnswer,
    Severity,
    SrvTarget,
    TcpProbeResult,
    absolute_name,
    relative_name,
)
from app.domain.dns_ad_zone import is_ad_zone
from app.domain.text import Message


class CheckView:
    """Derived facts shared by several checks (computed once)."""

    def __init__(self, obs: Observations) -> None:
        self.obs = obs
        self.request = obs.request
        self.domain = relative_name(obs.request.domain)
        self.host = absolute_name(obs.request.host) if obs.request.host else None
        self.targets = {t.name: t for t in obs.targets}
        # Every distinct record any server returned, in first-seen order.
        records: dict[SrvTarget, None] = {}
        for answer in self.usable_srv_answers():
            for record in answer.srv():
                records.setdefault(record, None)
        self.records = list(records)
        self.host_addresses = set(obs.host.addresses) if obs.host else set()
        # Active Directory zones take no HMAC-TSIG updates: their fixes name the DC's tools.
        self.ad_zone = bool(is_ad_zone(obs.ad_marker))

    def srv_per_server(self) -> list[RawAnswer]:
        """One SRV answer per server. A server that is both one of the resolvers
        and an authoritative server counts once, as authoritative."""
        authoritative = {a.server for a in self.obs.authoritative}
        return [a for a in self.obs.srv_answers if not (a.recursive and a.server in authoritative)]

    def usable_srv_answers(self) -> list[RawAnswer]:
        """Answers that say yes or no: resolvers', or the zone servers' authoritative ones."""
        return [
            a
            for a in self.srv_per_server()
            if a.status.definitive and (a.recursive or a.authoritative)
        ]

    def record_known(self) -> bool:
        """Did any server say whether _vlmcs._tcp exists (yes, or no such record)?"""
        return bool(self.usable_srv_answers())

    def is_host(self, target: str) -> bool:
        return self.host is not None and absolute_name(target) == self.host

    def is_alias_of_host(self, target: str) -> bool:
        """A different name that resolves to one of the host's addresses."""
        if self.host is None or self.is_host(target) or not self.host_addresses:
            return False
        lookup = self.targets.get(absolute_name(target))
        return bool(lookup and self.host_addresses & set(lookup.addresses))

    def points_at_host(self, target: str) -> bool:
        return self.is_host(target) or self.is_alias_of_host(target)

    def target_names(self) -> list[str]:
        names: dict[str, None] = {}
        for record in self.records:
            if record.target != ".":
                names.setdefault(record.target, None)
        return list(names)

    def probes_of(self, target: str) -> list[TcpProbeResult]:
        return [p for p in self.obs.probes if p.target == target]


def finding(
    check: CheckId,
    severity: Severity,
    server: object | None,
    detail: Message,
    why: Message,
    fix: Message | None = None,
) -> Finding:
    """One finding; an OK finding never carries a fix."""
    if severity is Severity.OK:
        fix = None
    return Finding(check, severity, None if server is None else str(server), detail, why, fix)


def join(items: Iterable[object], limit: int = 4) -> str:
    """``items`` as a comma-separated list, cut after ``limit`` with an ellipsis."""
    items = [str(i) for i in items]
    if len(items) > limit:
        items = [*items[:limit], "…"]
    return ", ".join(items)


def seconds(value: float) -> str:
    """A duration in seconds as people write it (3, 1.5)."""
    return f"{value:g}"


def ports(servers: Iterable[object]) -> str:
    """The distinct ports of servers (``NameServer``), for the texts that say which to open."""
    found = dict.fromkeys(str(getattr(s, "port", 53)) for s in servers)
    return ", ".join(found) or "53"


def waited(answer: RawAnswer, view: CheckView) -> str:
    """How long we waited for a silent server (the budget when it was never asked)."""
    if answer.status is QueryStatus.TIMEOUT and answer.elapsed_ms:
        return seconds(round(answer.elapsed_ms / 1000, 1))
    return seconds(view.request.timeout)
