"""Step 9, dashboard: the host's count against its thresholds, and why clients may still wait.

The rules (seed 001, facts §0): a KMS host keeps ONE count per application —
the distinct machines, clients and servers alike, that asked it for activation
in the last 30 days (CMIDs; it keeps at most 50, twice the highest threshold).
Each answer carries that count, and a machine activates when the count reaches
its own threshold: 5 for Windows Server, 25 for Windows clients, 5 for Office
(which has its own count). Below it, a client waits with 0xC004F038 and asks
again every 2 hours. Seed 002's explanations: a count stuck at 1 means cloned
machines sharing one CMID (sysprep /generalize); a count split over several
hosts published in DNS; machines dropping out after 30 days without renewing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.catalog import Catalog, Family, KeyGroup
from app.domain.dns import relative_name
from app.domain.key_group_advice import CLIENT_VERSIONS, SERVER_VERSIONS, activates_version
from app.domain.kms_coverage import key_group_of
from app.domain.licensing import KmsRequestCounts, ProductState
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Message, Text, msg
from app.services.host_setup.dns_publishing import (
    DEFAULT_LOOKUP,
    DnsChecker,
    DnsLookupSettings,
    DnsPublishingService,
    DomainCheck,
)
from app.services.host_setup.findings import Finding, Outcome, Severity
from app.services.host_setup.inspection import HostInfo, HostInspector
from app.services.host_setup.office_packs import office_label

DUPLICATE_CMID_MIN_REQUESTS = 3

SERVERS_MISSING = QT_TRANSLATE_N_NOOP(
    "HostDashboard",
    "%n more machine(s) must ask this host before Windows Server machines activate "
    "(count %1 of %2).",
    None,
    0,
)
CLIENTS_MISSING = QT_TRANSLATE_N_NOOP(
    "HostDashboard",
    "%n more machine(s) must ask this host before Windows clients activate (count %1 of %2).",
    None,
    0,
)
SERVERS_REACHED = QT_TRANSLATE_NOOP(
    "HostDashboard", "Windows Server machines activate: the count is %1 (%2 needed)."
)
CLIENTS_REACHED = QT_TRANSLATE_NOOP(
    "HostDashboard", "Windows clients activate: the count is %1 (%2 needed)."
)
# The same with the host key's reach: %3 lists the versions it activates ("Windows 7").
SERVERS_MISSING_COVERED = QT_TRANSLATE_N_NOOP(
    "HostDashboard",
    "%n more machine(s) must ask this host before the Windows Server versions its key "
    "activates (%3) activate (count %1 of %2).",
    None,
    0,
)
CLIENTS_MISSING_COVERED = QT_TRANSLATE_N_NOOP(
    "HostDashboard",
    "%n more machine(s) must ask this host before the Windows clients its key activates (%3) "
    "activate (count %1 of %2).",
    None,
    0,
)
SERVERS_REACHED_COVERED = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "The Windows Server versions its key activates (%3) activate: the count is %1 (%2 needed).",
)
CLIENTS_REACHED_COVERED = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "The Windows clients its key activates (%3) activate: the count is %1 (%2 needed).",
)
# %1 the key group, %2 the versions it activates, %3 those it does not.
KEY_REACH = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "This host's Windows key (%1) activates %2. It does not activate %3: those clients need a "
    "newer host key (see the key-group page).",
)
KEY_REACH_ALL = QT_TRANSLATE_NOOP("HostDashboard", "This host's Windows key (%1) activates %2.")
# %1 lists the Office host keys ("Office 2016 KMS host key").
OFFICE_KEYS_ONLY = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "This host holds only Office host keys (%1): it activates no Windows client or server, "
    "whatever its count. Install a Windows host key to activate Windows.",
)
OFFICE_MISSING = QT_TRANSLATE_N_NOOP(
    "HostDashboard",
    "%n more Office installation(s) must ask this host before Office %1 activates "
    "(count %2 of %3).",
    None,
    0,
)
OFFICE_REACHED = QT_TRANSLATE_NOOP(
    "HostDashboard", "Office %1 activates: its count is %2 (%3 needed)."
)
RULE = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "The host keeps one count: the distinct machines, clients and servers alike, that asked "
    "it for activation in the last 30 days. Windows Server machines activate once that count "
    "is at least 5, Windows clients once it is at least 25 (Office has its own count, also "
    "5). Until then they wait with 0xC004F038 and ask again every 2 hours.",
)
CLIENT_HOST_RULE = QT_TRANSLATE_NOOP(
    "HostDashboard", "A KMS host on a Windows client activates Windows clients only."
)
NOT_A_HOST = QT_TRANSLATE_NOOP(
    "HostDashboard", "This machine is not an activated KMS host: it counts nothing."
)
NOT_A_HOST_FIX = QT_TRANSLATE_NOOP("HostDashboard", "Install and activate the KMS host key first.")
NO_REQUESTS = QT_TRANSLATE_NOOP("HostDashboard", "No client has asked this host yet.")
NO_REQUESTS_FIX = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "Check that clients find the host (DNS SRV record, or a KMS host set on them), that the "
    "port accepts connections (firewall) and that clients hold a KMS client key (GVLK).",
)
DUPLICATE_CMID = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "The count is stuck at 1 although %1 requests arrived: the clients probably share one "
    "client machine ID (CMID), having been cloned from an image that was not generalised.",
)
DUPLICATE_CMID_FIX = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "Prepare images with “sysprep /generalize” before deploying them; on clones already "
    "deployed, run it (or slmgr /rearm) so each gets its own CMID. Event 12290 on the host "
    "shows each client's CMID.",
)
FAILED_REQUESTS = QT_TRANSLATE_N_NOOP(
    "HostDashboard",
    "%n request(s) failed: the host key does not cover those clients' editions "
    "(0xC004F042), or their clock is more than 4 hours off (0xC004F06C).",
    None,
    0,
)
FAILED_REQUESTS_FIX = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "Event 12290 in the host's Key Management Service log names each client and its error. "
    "Check the host key's group against the clients' editions, and their clocks.",
)
COUNT_SPLIT = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "DNS lists other KMS hosts for %1 (%2): clients spread over them, so each host's count "
    "grows more slowly.",
)
COUNT_SPLIT_FIX = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "Two hosts are fine for redundancy. Remove the SRV records of hosts that should no longer "
    "serve (decommissioned or unauthorised ones).",
)
COUNT_WINDOW = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "Machines that have not asked for 30 days drop out of the count: a count that falls after "
    "a month means machines stopped renewing (switched off, reinstalled, or using another "
    "host).",
)
COUNT_CAP = QT_TRANSLATE_NOOP(
    "HostDashboard",
    "The count stops at %1 (twice the highest threshold): more machines are served all the same.",
)


@dataclass(frozen=True)
class ThresholdProgress:
    """The count against one threshold, with its sentence (``%n more machines…``)."""

    family: Family
    threshold: int
    count: int
    message: Message

    @property
    def missing(self) -> int:
        return max(0, self.threshold - self.count)

    @property
    def reached(self) -> bool:
        return self.count >= self.threshold


@dataclass(frozen=True)
class OfficeProgress:
    """One Office version's own count."""

    group: KeyGroup
    product: ProductState
    progress: ThresholdProgress


@dataclass(frozen=True)
class Dashboard:
    """The host's count, what is missing, its request counters and the explanations."""

    outcome: Outcome
    host: HostInfo
    is_kms_host: bool
    count: int
    count_cap: int
    windows: tuple[ThresholdProgress, ...]
    office: tuple[OfficeProgress, ...]
    requests: KmsRequestCounts
    other_hosts: tuple[str, ...]
    dns_checks: tuple[DomainCheck, ...]
    findings: tuple[Finding, ...]

    @property
    def all_reached(self) -> bool:
        """Every threshold this host serves is reached (and it is a KMS host)."""
        progress = [*self.windows, *(o.progress for o in self.office)]
        return self.is_kms_host and all(p.reached for p in progress)


def windows_progress(
    catalog: Catalog, count: int, client_host: bool, key: KeyGroup | None = None
) -> tuple[ThresholdProgress, ...]:
    """Servers (not on a client host) and clients, with their sentences.

    With the host's Windows key group ``key``, a family its key activates nothing of is
    left out, and the sentences name the versions it does activate: a Server Group B
    host never claims "Windows clients activate" for Windows 10 PCs.
    """
    thresholds = catalog.thresholds
    found = []
    servers = _covered(catalog, key, SERVER_VERSIONS)
    clients = _covered(catalog, key, CLIENT_VERSIONS)
    if not client_host and servers != "":
        found.append(
            _progress(
                Family.SERVER,
                thresholds.server,
                count,
                servers,
                SERVERS_MISSING,
                SERVERS_REACHED,
                SERVERS_MISSING_COVERED,
                SERVERS_REACHED_COVERED,
            )
        )
    if clients != "":
        found.append(
            _progress(
                Family.CLIENT,
                thresholds.client,
                count,
                clients,
                CLIENTS_MISSING,
                CLIENTS_REACHED,
                CLIENTS_MISSING_COVERED,
                CLIENTS_REACHED_COVERED,
            )
        )
    return tuple(found)


def _covered(catalog: Catalog, key: KeyGroup | None, versions: tuple[str, ...]) -> str | None:
    """The versions ``key`` activates ("" for none); None when the key is not known."""
    if key is None:
        return None
    return ", ".join(catalog.os_version(v).name for v in versions if activates_version(key, v))


def _progress(
    family: Family,
    threshold: int,
    count: int,
    covered: str | None,
    *texts: Text,
) -> ThresholdProgress:
    missing, reached = texts[2:] if covered else texts[:2]
    extra = (covered,) if covered else ()
    if count >= threshold:
        message = msg(reached, count, threshold, *extra)
    else:
        message = msg(missing, count, threshold, *extra, n=threshold - count)
    return ThresholdProgress(family, threshold, count, message)


def key_reach(host: HostInfo, catalog: Catalog) -> tuple[KeyGroup | None, list[Finding]]:
    """The host's Windows key group (None: none, or not told) and what it does not activate."""
    product = host.licensing.windows_host_key
    group_id = key_group_of(product, catalog) if product is not None else None
    if group_id is not None:
        group = catalog.group(group_id)
        offered = CLIENT_VERSIONS + SERVER_VERSIONS
        names = [catalog.os_version(v).name for v in offered if activates_version(group, v)]
        others = [catalog.os_version(v).name for v in offered if not activates_version(group, v)]
        if others:
            text = msg(KEY_REACH, group.name, ", ".join(names), ", ".join(others))
        else:
            text = msg(KEY_REACH_ALL, group.name, ", ".join(names))
        severity = Severity.WARNING if others else Severity.INFO
        return group, [Finding("key-reach", severity, text)]
    if product is None:
        office = [i.group.name for i in host.office if i.host_product is not None]
        if office:
            finding = Finding(
                "office-keys-only", Severity.WARNING, msg(OFFICE_KEYS_ONLY, tuple(office))
            )
            return None, [finding]
    return None, []


class DashboardService:
    """Reads the host's count and explains it.

    Args:
        runner: the KMS host.
        catalog: the product catalog (thresholds).
        checker: the DNS check, to spot other hosts in the SRV records (None: skip).
        lookup: where the DNS check asks.
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

    def dashboard(self) -> Dashboard:
        """Read the host and build the dashboard.

        Raises:
            ExecutionError: the machine could not be asked.
        """
        host = HostInspector(self._runner, self._catalog, timeout=self._timeout).inspect()
        service = host.kms
        requests = service.requests
        cap = self._catalog.thresholds.count_cap
        if not service.is_kms_host:
            finding = Finding("not-a-host", Severity.BLOCKER, msg(NOT_A_HOST), msg(NOT_A_HOST_FIX))
            return Dashboard(
                Outcome.REFUSED, host, False, 0, cap, (), (), requests, (), (), (finding,)
            )
        count = service.count
        client_host = host.os_version is not None and host.os_version.family is Family.CLIENT
        key, reach = key_reach(host, self._catalog)
        office_only = any(f.id == "office-keys-only" for f in reach)
        if office_only:
            windows: tuple[ThresholdProgress, ...] = ()  # an Office key counts no Windows
        else:
            windows = windows_progress(self._catalog, count, client_host, key)
        office = self._office(host)
        findings: list[Finding] = [Finding("count-rule", Severity.INFO, msg(RULE)), *reach]
        if client_host:
            findings.append(Finding("client-host", Severity.INFO, msg(CLIENT_HOST_RULE)))
        for item in [*windows, *(o.progress for o in office)]:
            severity = Severity.OK if item.reached else Severity.WARNING
            findings.append(Finding(f"threshold-{item.family.value}", severity, item.message))
        findings += self._explanations(count, cap, requests, any(not p.reached for p in windows))
        checks: tuple[DomainCheck, ...] = ()
        others: tuple[str, ...] = ()
        if self._checker is not None:
            publisher = DnsPublishingService(
                self._runner, self._catalog, self._checker, self._lookup, timeout=self._timeout
            )
            checks = publisher.check(host)
            others, split = _other_hosts(host, checks)
            findings += split
        return Dashboard(
            Outcome.REPORTED,
            host,
            True,
            count,
            cap,
            windows,
            office,
            requests,
            others,
            checks,
            tuple(findings),
        )

    def _office(self, host: HostInfo) -> tuple[OfficeProgress, ...]:
        found = []
        threshold = self._catalog.thresholds.office
        for install in host.office:
            product = install.host_product
            if product is None:
                continue
            counted = host.licensing.host_count(product.activation_id)
            count = counted.count if counted else 0
            label = office_label(install.group)
            if count >= threshold:
                message = msg(OFFICE_REACHED, label, count, threshold)
            else:
                message = msg(OFFICE_MISSING, label, count, threshold, n=threshold - count)
            progress = ThresholdProgress(Family.OFFICE, threshold, count, message)
            found.append(OfficeProgress(install.group, product, progress))
        return tuple(found)

    @staticmethod
    def _explanations(
        count: int, cap: int, requests: KmsRequestCounts, below: bool
    ) -> list[Finding]:
        found = []
        answered = requests.total - requests.failed
        if requests.total == 0:
            found.append(
                Finding("no-requests", Severity.WARNING, msg(NO_REQUESTS), msg(NO_REQUESTS_FIX))
            )
        if count == 1 and answered >= DUPLICATE_CMID_MIN_REQUESTS:
            found.append(
                Finding(
                    "duplicate-cmid",
                    Severity.WARNING,
                    msg(DUPLICATE_CMID, answered),
                    msg(DUPLICATE_CMID_FIX),
                )
            )
        if requests.failed:
            found.append(
                Finding(
                    "failed-requests",
                    Severity.WARNING,
                    msg(FAILED_REQUESTS, n=requests.failed),
                    msg(FAILED_REQUESTS_FIX),
                )
            )
        if below:
            found.append(Finding("count-window", Severity.INFO, msg(COUNT_WINDOW)))
        if count >= cap:
            found.append(Finding("count-cap", Severity.INFO, msg(COUNT_CAP, cap)))
        return found


def _other_hosts(
    host: HostInfo, checks: tuple[DomainCheck, ...]
) -> tuple[tuple[str, ...], list[Finding]]:
    """KMS hosts other than this one in the SRV answers, and the "count split" findings."""
    me = relative_name(host.fqdn)
    all_others: dict[str, None] = {}
    findings = []
    for check in checks:
        others: dict[str, None] = {}
        for answer in check.report.raw_answers():
            for record in answer.srv():
                name = relative_name(record.target)
                if name and name != me and name != ".":
                    others.setdefault(name, None)
        if others:
            all_others.update(others)
            findings.append(
                Finding(
                    "count-split",
                    Severity.WARNING,
                    msg(COUNT_SPLIT, check.domain, ", ".join(others)),
                    msg(COUNT_SPLIT_FIX),
                )
            )
    return tuple(all_others), findings
