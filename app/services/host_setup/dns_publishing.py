"""Step 8, DNS publishing: the host registers its ``_vlmcs._tcp`` SRV records; then check them.

On: without ``DnsDomainPublishList`` the host publishes in its own domain (its
primary DNS suffix) only; with the list it publishes in the listed domains only
("Setting this registry value suspends the KMS host's default behavior of
publishing only in the domain specified as the Primary DNS Suffix", Microsoft's
Volume Activation Deployment Guide, "Publish to Multiple DNS Domains"; the
registry table of the Technical Reference says the home domain is always used:
writing it into the list is right either way). So a non-empty list always holds
the host's own domain, with the priority and weight asked for it. The host
publishes when its service starts and every 24 h, so the step restarts the
Software Protection service to publish now. Off:
records already in DNS stay there (a stale record is a classic problem) and
must be removed by hand. Then the DNS check (:class:`DnsCheckService`, DESIGN
§2.3) runs for each domain: the record is there, names this host and its
listening port, and the port accepts connections.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from app.domain.catalog import Catalog
from app.domain.dns import (
    DEFAULT_BUDGET_S,
    DEFAULT_DNS_PORT,
    DnsCheckReport,
    DnsCheckRequest,
    NameServer,
)
from app.domain.dns import Severity as DnsSeverity
from app.domain.dns_ad_zone import is_ad_zone
from app.domain.dns_input import DnsInputError, parse_domain_name
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.inspection import HostInfo, HostInspector
from app.services.host_setup.licensing_state import PublishDomain
from app.services.host_setup.machine_calls import call

MAX_PRIORITY = 65535

BAD_PRIORITY = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The SRV priority for %1 must be a whole number from 0 to 65535, not “%2”."
)
BAD_WEIGHT = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The SRV weight for %1 must be a whole number from 0 to 65535, not “%2”."
)
NOT_A_HOST = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "This machine is not an activated KMS host yet: it has nothing to publish.",
)
NOT_A_HOST_FIX = QT_TRANSLATE_NOOP("HostSetupDns", "Install and activate the KMS host key first.")
FAILED = QT_TRANSLATE_NOOP("HostSetupDns", "Windows refused the publishing settings.")
PUBLISHING_ON = QT_TRANSLATE_NOOP(
    "HostSetupDns", "DNS publishing is on: the host publishes its SRV record in %1."
)
PUBLISHING_OFF = QT_TRANSLATE_NOOP("HostSetupDns", "DNS publishing is off.")
STALE_RECORDS = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "SRV records the host published before stay in DNS: clients keep finding this host there.",
)
STALE_RECORDS_FIX = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "Delete the _vlmcs._tcp SRV records that name %1 in each domain, unless clients should "
    "still use this host.",
)
NOT_AS_ASKED = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The publishing settings were written, but the host reports others."
)
OWN_DOMAIN_ADDED = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "The host's own domain %1 was added to the list: with a list, a KMS host publishes "
    "only in the domains listed.",
)
CHECK_OK = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The DNS check of %1 found no error: clients can find this host there."
)
CHECK_ERRORS = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The DNS check of %1 found %2 error(s): clients may not find this host."
)
CHECK_ERRORS_FIX = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "Read the check's findings below. A host needs dynamic update rights on the zone "
    "(event 12293 on the host otherwise); without them, publish the record by hand.",
)

CHECK_ERRORS_FIX_AD = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "The zone is Active Directory's: the host updates only a record its own computer account "
    "created (a record created by another account blocks it: event 12293 on the host). "
    "Publish the record on a domain controller instead: the DNS page's domain controller "
    "path, or kms-wizard dns-publish --via-dns-server DC.",
)

# Why the host does (not) publish itself: DisableDnsPublishing and its events 12293/12294
# (publishing-events; Volume Activation technical reference, KMS events table).
WHY_OFF = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "The host does not publish itself: DNS publishing is off (DisableDnsPublishing).",
)
WHY_OFF_FIX = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "Turn publishing on (slmgr /sdns), or keep the record up to date by hand or on a domain "
    "controller.",
)
WHY_PUBLISHED = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The host published its record in %1 (event 12294, %2)."
)
WHY_FAILED = QT_TRANSLATE_NOOP(
    "HostSetupDns", "The host could not publish its record in %1 (event 12293, %2: %3)."
)
WHY_REFUSED_FIX = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "The DNS server refused the host's update. In an Active Directory zone the _vlmcs._tcp "
    "name belongs to the account that created it (an administrator, or another KMS host): "
    "give the host's computer account Full Control on it, or publish the record on a domain "
    "controller.",
)
WHY_FAILED_FIX = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "Check that the zone accepts secure dynamic updates from the host, or publish the record "
    "by hand or on a domain controller.",
)
WHY_NO_EVENT = QT_TRANSLATE_NOOP(
    "HostSetupDns",
    "The host has logged no publishing event yet: it publishes when its Software Protection "
    "service starts, then every 24 hours.",
)
DNS_ERROR_RCODE_REFUSED = 0x8007232D  # 9005


@dataclass(frozen=True)
class PublishingEvent:
    """One event 12293 / 12294 of the host's Application log, as publishing-events reads it."""

    event_id: int
    time: str
    data: tuple[str, ...]


def publishing_reasons(enabled: bool, events: Iterable[PublishingEvent]) -> tuple[Finding, ...]:
    """Why the host does or does not publish itself: its setting, then the newest event
    of each domain (newest first, as Get-WinEvent returns them)."""
    if not enabled:
        return (Finding("host-publishing-off", Severity.WARNING, msg(WHY_OFF), msg(WHY_OFF_FIX)),)
    findings: list[Finding] = []
    seen: set[str] = set()
    for event in events:
        domain = (event.data[-1] if event.data else "").strip().lower()
        if not domain or domain in seen:
            continue
        seen.add(domain)
        when = event.time[:19].replace("T", " ")
        if event.event_id == 12294:
            findings.append(
                Finding("host-published", Severity.OK, msg(WHY_PUBLISHED, domain, when))
            )
        elif event.event_id == 12293:
            code = event.data[0].strip() if len(event.data) > 1 else "?"
            refused = code.lower() == f"0x{DNS_ERROR_RCODE_REFUSED:08x}"
            findings.append(
                Finding(
                    "host-publish-failed",
                    Severity.BLOCKER,
                    msg(WHY_FAILED, domain, when, code),
                    msg(WHY_REFUSED_FIX if refused else WHY_FAILED_FIX),
                )
            )
    if not findings:
        findings.append(Finding("host-no-publishing-event", Severity.INFO, msg(WHY_NO_EVENT)))
    return tuple(findings)


def parse_publishing_events(document: dict) -> tuple[PublishingEvent, ...]:
    """The ``events`` list (a one-item list may arrive as an object; null is empty)."""
    raw = document.get("events")
    items = [] if raw is None else raw if isinstance(raw, list) else [raw]
    events = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), int):
            continue
        data = item.get("data")
        values = [] if data is None else data if isinstance(data, list) else [data]
        events.append(
            PublishingEvent(item["id"], str(item.get("time") or ""), tuple(map(str, values)))
        )
    return tuple(events)


class DnsChecker(Protocol):
    """What runs the DNS check (``app.services.dns_check.DnsCheckService``)."""

    def run(self, request: DnsCheckRequest) -> DnsCheckReport: ...


@dataclass(frozen=True)
class DnsLookupSettings:
    """Where the check asks: the resolvers (empty: this computer's) and the port of
    authoritative servers; the lab passes its own DNS server."""

    nameservers: tuple[NameServer, ...] = ()
    dns_port: int = DEFAULT_DNS_PORT
    timeout: float = DEFAULT_BUDGET_S


DEFAULT_LOOKUP = DnsLookupSettings()


@dataclass(frozen=True)
class DomainCheck:
    """The DNS check of one domain."""

    domain: str
    report: DnsCheckReport


@dataclass(frozen=True)
class DnsPublishingResult:
    """The publishing settings as read back, and the DNS check of each domain."""

    outcome: Outcome
    enabled: bool
    domains: tuple[PublishDomain, ...]
    restarted: bool
    checks: tuple[DomainCheck, ...]
    error: MachineError | None
    findings: tuple[Finding, ...]


class InvalidPublishDomain(ValueError):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message.english())
        self.finding = finding


def publish_domain(domain: str, priority: int | str = 0, weight: int | str = 0) -> PublishDomain:
    """A validated :class:`PublishDomain` (raises :class:`InvalidPublishDomain`)."""
    try:
        name = parse_domain_name(domain, what=str(domain)[:60] or "—")
    except DnsInputError as problem:
        raise InvalidPublishDomain(
            Finding("rejected-input", Severity.BLOCKER, problem.message)
        ) from None
    numbers = []
    for problem, value in ((BAD_PRIORITY, priority), (BAD_WEIGHT, weight)):
        text = str(value).strip()
        number_ok = (  # the length first: int() raises on more than 4,300 digits
            len(text) <= 5 and text.isascii() and text.isdigit() and int(text) <= MAX_PRIORITY
        )
        if isinstance(value, bool) or not number_ok:
            raise InvalidPublishDomain(
                Finding("rejected-input", Severity.BLOCKER, msg(problem, name, text[:20]))
            )
        numbers.append(int(text))
    return PublishDomain(name, numbers[0], numbers[1])


def publish_list(own_domain: str, wanted: Iterable[PublishDomain]) -> tuple[PublishDomain, ...]:
    """What ``DnsDomainPublishList`` must hold for the host to publish in ``wanted``.

    Empty (no list: the host publishes in its own domain only) when nothing but
    the own domain at priority 0, weight 0 is asked; otherwise every domain asked,
    the own domain first, added with 0, 0 when it was not asked (a list replaces
    the default publishing in the primary DNS suffix).
    """
    entries = list(dict.fromkeys(wanted))
    own = own_domain.lower().rstrip(".")
    others = [e for e in entries if e.domain != own]
    mine = [e for e in entries if e.domain == own]
    if not others and all((e.priority, e.weight) == (0, 0) for e in mine):
        return ()
    if own and not mine:
        mine = [PublishDomain(own, 0, 0)]
    return (*mine, *others)


def _own_domain(host: HostInfo) -> str:
    return host.domain.lower().rstrip(".") if host.part_of_domain and host.domain else ""


class DnsPublishingService:
    """The host's own SRV publishing, checked through DNS afterwards.

    Args:
        runner: the KMS host.
        catalog: the product catalog.
        checker: the DNS check (None: skip it).
        lookup: where the check asks (the lab's DNS server in training mode).
        timeout: deadline per operation.
    """

    def __init__(
        self,
        runner: ScriptRunner,
        catalog: Catalog,
        checker: DnsChecker | None = None,
        lookup: DnsLookupSettings = DEFAULT_LOOKUP,
        *,
        timeout: float | None = None,
    ) -> None:
        self._runner = runner
        self._catalog = catalog
        self._checker = checker
        self._lookup = lookup
        self._timeout = timeout

    def set_publishing(
        self,
        enabled: bool,
        domains: Iterable[PublishDomain | tuple[str, int, int] | str] = (),
        *,
        publish_now: bool = True,
    ) -> DnsPublishingResult:
        """Turn publishing on or off with the extra domains, publish now, then check DNS.

        Args:
            enabled: publish SRV records (True) or not.
            domains: the domains to publish in, with priority and weight; the host's
                own domain may be among them (with its own priority and weight) and
                is added with 0, 0 when other domains are listed without it
                (:func:`publish_list`).
            publish_now: restart the Software Protection service so the host
                publishes at once (it otherwise does at its next start or within 24 h).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        try:
            wanted = tuple(self._domain(item) for item in domains)
        except InvalidPublishDomain as bad:
            return DnsPublishingResult(
                Outcome.REJECTED, enabled, (), False, (), None, (bad.finding,)
            )
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        if not host.is_kms_host:
            finding = Finding("not-a-host", Severity.BLOCKER, msg(NOT_A_HOST), msg(NOT_A_HOST_FIX))
            return DnsPublishingResult(
                Outcome.REFUSED,
                host.kms.dns_publishing,
                host.licensing.dns_domains,
                False,
                (),
                None,
                (finding,),
            )
        own = _own_domain(host)
        asked = wanted
        wanted = publish_list(own, wanted)
        params = {
            "enabled": bool(enabled),
            "domains": [
                {"domain": d.domain, "priority": d.priority, "weight": d.weight} for d in wanted
            ],
        }
        _doc, error = call(self._runner, "set-dns-publishing", params, timeout=self._timeout)
        restarted = False
        if error is None and enabled and publish_now:
            _doc, error = call(self._runner, "restart-service", {}, timeout=self._timeout)
            restarted = error is None
        after = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        now_enabled = after.kms.dns_publishing
        now_domains = after.licensing.dns_domains
        if error is not None:
            findings = (
                Finding("publishing-failed", Severity.BLOCKER, msg(FAILED)),
                Finding(
                    "publishing-error", Severity.BLOCKER, error.hresult.meaning, error.hresult.fix
                ),
            )
            return DnsPublishingResult(
                Outcome.FAILED, now_enabled, now_domains, restarted, (), error, findings
            )
        findings: list[Finding] = []
        if wanted and own not in {d.domain for d in asked}:
            findings.append(Finding("own-domain-added", Severity.INFO, msg(OWN_DOMAIN_ADDED, own)))
        as_asked = now_enabled == bool(enabled) and set(now_domains) == set(wanted)
        if not as_asked:
            findings.append(Finding("not-as-asked", Severity.BLOCKER, msg(NOT_AS_ASKED)))
        elif enabled:
            names = ", ".join(self._check_domains(after, wanted))
            findings.append(Finding("publishing-on", Severity.OK, msg(PUBLISHING_ON, names)))
        else:
            findings.append(Finding("publishing-off", Severity.OK, msg(PUBLISHING_OFF)))
            findings.append(
                Finding(
                    "stale-records",
                    Severity.INFO,
                    msg(STALE_RECORDS),
                    msg(STALE_RECORDS_FIX, after.fqdn),
                )
            )
        checks = self._run_checks(after, wanted) if enabled else ()
        for check in checks:
            if check.report.has_errors:
                count = check.report.count(DnsSeverity.ERROR)
                findings.append(
                    Finding(
                        "dns-check-errors",
                        Severity.BLOCKER,
                        msg(CHECK_ERRORS, check.domain, count),
                        msg(
                            CHECK_ERRORS_FIX_AD
                            if is_ad_zone(check.report.observations.ad_marker)
                            else CHECK_ERRORS_FIX
                        ),
                    )
                )
            else:
                findings.append(Finding("dns-check-ok", Severity.OK, msg(CHECK_OK, check.domain)))
        outcome = Outcome.DONE if as_asked else Outcome.NOT_VERIFIED
        return DnsPublishingResult(
            outcome, now_enabled, now_domains, restarted, checks, None, tuple(findings)
        )

    def publishing_reasons(self, host: HostInfo | None = None) -> tuple[Finding, ...]:
        """Does the host publish itself, and if not, why (setting, events 12293 / 12294).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        host = host or HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        document, error = call(self._runner, "publishing-events", {}, timeout=self._timeout)
        if error is not None:
            return (
                Finding(
                    "publishing-events-error",
                    Severity.WARNING,
                    error.hresult.meaning,
                    error.hresult.fix,
                ),
            )
        return publishing_reasons(host.kms.dns_publishing, parse_publishing_events(document or {}))

    def check(self, host: HostInfo | None = None) -> tuple[DomainCheck, ...]:
        """Only the DNS check of every domain the host publishes in (no change)."""
        host = host or HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        return self._run_checks(host, host.licensing.dns_domains)

    @staticmethod
    def _domain(item: PublishDomain | tuple[str, int, int] | str) -> PublishDomain:
        if isinstance(item, PublishDomain):
            return publish_domain(item.domain, item.priority, item.weight)
        if isinstance(item, tuple):
            return publish_domain(*item)
        return publish_domain(item)

    @staticmethod
    def _check_domains(host: HostInfo, listed: Iterable[PublishDomain]) -> list[str]:
        """Where the host publishes: the listed domains, or its own when the list is empty."""
        names = [item.domain for item in listed]
        own = _own_domain(host)
        if not names and own:
            names.append(own)
        return list(dict.fromkeys(names))

    def _run_checks(
        self, host: HostInfo, listed: Iterable[PublishDomain]
    ) -> tuple[DomainCheck, ...]:
        if self._checker is None:
            return ()
        checks = []
        for domain in self._check_domains(host, listed):
            request = DnsCheckRequest(
                domain=domain,
                nameservers=self._lookup.nameservers,
                dns_port=self._lookup.dns_port,
                host=host.fqdn,
                port=host.kms.listening_port,
                timeout=self._lookup.timeout,
                host_addresses=host.addresses,
            )
            checks.append(DomainCheck(domain, self._checker.run(request)))
        return tuple(checks)
