"""Step 2, preflight: may this machine become the KMS host for a key group, before any change?

Checks (facts §5.5, §0, seeds 001/004): the host OS and edition may hold the
group's key (:meth:`Catalog.groups_for_host`: a Windows 7 host holds Client VL
only, a client OS activates clients only, Azure Edition and Evaluation editions
cannot host, a Server Group key must activate the host's own edition; Vista and
Server 2008 run slsvc and are refused outright, audit B5); the
updates the host needs to activate newer clients; the clock against this
computer's (more than 4 h: clients get 0xC004F06C); administrator rights;
Windows PowerShell 3.0 or later; and per Office version, the minimum host OS
and the volume license pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from app.domain.catalog import Catalog, Family, HostEligibility, HostUpdate, KeyGroup
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.services.host_setup.findings import Finding, Outcome, Severity, blockers
from app.services.host_setup.inspection import Clock, HostInfo, HostInspector, system_clock
from app.services.host_setup.office_packs import (
    office_label,
    pack_missing_finding,
    pack_present_finding,
)
from app.services.host_setup.product_choice import office_group

CLOCK_WARNING = timedelta(minutes=5)
MIN_POWERSHELL = 3

UNKNOWN_GROUP = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "“%1” is not a Windows KMS host key group. Known groups: %2."
)
OFFICE_AS_GROUP = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "“%1” is an Office host key: give it as an Office version, not as the Windows key group.",
)
UNKNOWN_OFFICE = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "“%1” is not an Office version. Known versions: %2."
)
GROUP_ALLOWED = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "This host (%1) may hold a host key of the group %2."
)
OTHER_GROUPS = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "Choose a key group this host can hold: %1. Or use another machine."
)
NO_GROUP_FITS = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "This machine cannot hold any Windows KMS host key: choose another machine as the KMS host.",
)
UNKNOWN_OS = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The wizard does not know this Windows version (%1, version %2)."
)
UNKNOWN_OS_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Check that the machine runs a volume-licensed Windows edition supported as a KMS host.",
)
CLIENT_HOST = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "A KMS host on a Windows client activates Windows clients only, never servers.",
)
UPDATE_NEEDED = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "Before it can activate %1, this host needs update %2."
)
UPDATE_NEEDED_OR_LATER = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Before it can activate %1, this host needs update %2 or a later cumulative update.",
)
OFFICE_UPDATE_NEEDED = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Before it can activate Office %1 on %2 clients, this host needs update %3.",
)
UPDATE_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Install it through Windows Update, WSUS or the Microsoft Update Catalog. The wizard "
    "cannot see remotely which updates are installed: on the host, “Get-HotFix -Id %1” "
    "shows it when it was installed on its own (a later cumulative update also counts).",
)
CLOCK_UNREADABLE = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The host did not report its clock, so its time could not be compared."
)
CLOCK_OK = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The host's clock agrees with this computer's (%1 s apart)."
)
# %1 hours, %2 minutes; %3 "ahead" or "behind" is a separate text.
CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The host's clock is %1 h %2 min ahead of this computer's."
)
CLOCK_BEHIND = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The host's clock is %1 h %2 min behind this computer's."
)
CLOCK_BLOCKER_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "More than 4 hours apart, KMS clients are refused with 0xC004F06C. Set the host's time "
    "zone and clock right and synchronise it (w32tm /resync, or the domain's time source).",
)
CLOCK_WARNING_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "KMS tolerates up to 4 hours, but a drifting clock gets worse: synchronise it "
    "(w32tm /resync, or the domain's time source).",
)
NOT_ELEVATED = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The account used does not have administrator rights on the host."
)
NOT_ELEVATED_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Run the wizard elevated (Run as administrator), or connect with a member of the host's "
    "Administrators group. A local account other than the built-in Administrator needs "
    "LocalAccountTokenFilterPolicy=1 for remote administration.",
)
ELEVATED = QT_TRANSLATE_NOOP("HostSetupPreflight", "The account has administrator rights.")
OLD_POWERSHELL = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The host runs Windows PowerShell %1; the wizard needs 3.0 or later."
)
OLD_POWERSHELL_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Install Windows Management Framework 5.1 on the host. It needs Windows 7 SP1 or "
    "Windows Server 2008 R2 SP1 and .NET Framework 4.5.2, and a restart.",
)
UNKNOWN_POWERSHELL = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The host did not report its Windows PowerShell version."
)
ALREADY_HOST = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "This machine already holds a KMS host key (%1); installing another one replaces it.",
)
# B5, %1 "Windows Vista" / "Windows Server 2008": their licensing service is slsvc
# (registry key ...\CurrentVersion\SL), and their SoftwareLicensingService class has no
# port, listening-port, DNS-publishing or priority members (Microsoft's slwmiprov page
# "SoftwareLicensingService class (-vista)"); sppwmi's methods say "Minimum supported
# client: Windows 7".
READ_ONLY_OS = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "%1 cannot be set up as a KMS host by the wizard: it runs the older Software "
    "Licensing service (slsvc), which lacks the KMS host settings the wizard changes.",
)
READ_ONLY_OS_FIX = QT_TRANSLATE_NOOP(
    "HostSetupPreflight",
    "Use a machine with Windows 7 / Windows Server 2008 R2 or newer as the KMS host. "
    "The wizard can still read this machine when it scans clients.",
)
OFFICE_NOT_ON_THIS_OS = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "The Office %1 host key cannot be installed on %2."
)
OFFICE_ALLOWED = QT_TRANSLATE_NOOP(
    "HostSetupPreflight", "This host may hold the Office %1 host key."
)


@dataclass(frozen=True)
class OfficePreflight:
    """One Office version checked against this host."""

    group: KeyGroup
    allowed: bool  # the host OS may hold this version's host key
    pack_present: bool
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class PreflightReport:
    """The verdict before anything changes: blockers and warnings, each with its fix.

    ``outcome`` is REJECTED (nothing was asked) when the group or an Office
    version is unknown; ``host`` is then None.
    """

    outcome: Outcome
    host: HostInfo | None
    group: KeyGroup | None
    eligibility: HostEligibility | None
    updates: tuple[HostUpdate, ...]
    office: tuple[OfficePreflight, ...]
    findings: tuple[Finding, ...]

    @property
    def allowed(self) -> bool:
        """True when nothing blocks the setup (warnings allowed)."""
        return self.outcome is Outcome.REPORTED and not self.blockers

    @property
    def blockers(self) -> list[Finding]:
        return blockers(self.all_findings)

    @property
    def all_findings(self) -> list[Finding]:
        return [*self.findings, *(f for o in self.office for f in o.findings)]


class PreflightService:
    """Runs the preflight on one machine (reads only; changes nothing).

    Args:
        runner: the would-be KMS host.
        catalog: the product catalog.
        clock: this computer's clock (the simulated lab passes its own).
        timeout: deadline per operation.
    """

    def __init__(
        self,
        runner: ScriptRunner,
        catalog: Catalog,
        *,
        clock: Clock = system_clock,
        timeout: float | None = None,
    ) -> None:
        self._catalog = catalog
        self._inspector = HostInspector(runner, catalog, clock=clock, timeout=timeout)

    def preflight(self, group_id: str, office_versions: Sequence[str] = ()) -> PreflightReport:
        """Check the host for ``group_id`` (``server-c``…) and Office versions (``2010``…).

        Raises:
            ExecutionError: the machine could not be asked.
        """
        rejected = self._reject(group_id, office_versions)
        if rejected is not None:
            return rejected
        try:
            host = self._inspector.inspect()
        except ExecutionError as error:
            # The scripts' guard answered instead of inspect (PowerShell 2.0, restricted
            # language mode): that is the verdict, a blocker with its fix.
            finding = _powershell_refusal(error)
            if finding is None:
                raise
            group = self._catalog.group(group_id)
            return PreflightReport(Outcome.REPORTED, None, group, None, (), (), (finding,))
        return self.evaluate(host, group_id, office_versions)

    def evaluate(
        self, host: HostInfo, group_id: str, office_versions: Sequence[str] = ()
    ) -> PreflightReport:
        """The verdict for an already inspected host (pure: no machine call)."""
        rejected = self._reject(group_id, office_versions)
        if rejected is not None:
            return rejected
        catalog = self._catalog
        group = catalog.group(group_id)
        findings: list[Finding] = []
        eligibility: HostEligibility | None = None
        updates: tuple[HostUpdate, ...] = ()
        by_group: dict[str, HostEligibility] = {}
        if host.os_version is None:
            findings.append(
                Finding(
                    "unknown-os",
                    Severity.BLOCKER,
                    msg(UNKNOWN_OS, host.caption, host.version),
                    msg(UNKNOWN_OS_FIX),
                )
            )
        else:
            edition = host.edition.id if host.edition else (host.edition_id or None)
            for item in catalog.groups_for_host(host.os_version.id, edition, host.evaluation):
                by_group[item.group.id] = item
            eligibility = by_group[group.id]
            if host.os_version.read_only:
                findings.append(_read_only_finding(host))
            else:
                findings += self._eligibility_findings(host, eligibility, by_group)
            if eligibility.allowed:
                updates = eligibility.required_updates
                findings += [_update_finding(catalog, u) for u in updates]
        findings += _clock_findings(host, timedelta(hours=catalog.thresholds.max_clock_skew_hours))
        findings += _rights_findings(host)
        host_key = host.licensing.windows_host_key
        if host_key is not None:
            findings.append(
                Finding("already-host", Severity.INFO, msg(ALREADY_HOST, host_key.masked_key))
            )
        office = tuple(
            self._office(host, office_group(catalog, v), by_group) for v in office_versions
        )
        return PreflightReport(
            Outcome.REPORTED, host, group, eligibility, updates, office, tuple(findings)
        )

    def _reject(self, group_id: str, office_versions: Sequence[str]) -> PreflightReport | None:
        catalog = self._catalog
        problem = None
        group = catalog.groups.get(str(group_id))
        if group is None:
            known = ", ".join(g.id for g in catalog.windows_groups())
            problem = msg(UNKNOWN_GROUP, str(group_id)[:40], known)
        elif group.is_office:
            problem = msg(OFFICE_AS_GROUP, group.id)
        else:
            for version in office_versions:
                if office_group(catalog, version) is None:
                    known = ", ".join(office_label(g) for g in catalog.office_groups())
                    problem = msg(UNKNOWN_OFFICE, str(version)[:40], known)
                    break
        if problem is None:
            return None
        finding = Finding("rejected-input", Severity.BLOCKER, problem)
        return PreflightReport(Outcome.REJECTED, None, None, None, (), (), (finding,))

    def _eligibility_findings(
        self, host: HostInfo, eligibility: HostEligibility, by_group: dict[str, HostEligibility]
    ) -> list[Finding]:
        os_name = host.edition.name if host.edition else host.caption
        if eligibility.allowed:
            found = [
                Finding(
                    "group-allowed",
                    Severity.OK,
                    msg(GROUP_ALLOWED, os_name, eligibility.group.id),
                )
            ]
            if host.os_version is not None and host.os_version.family is Family.CLIENT:
                found.append(Finding("client-host", Severity.INFO, msg(CLIENT_HOST)))
            return found
        possible = [g.group.id for g in by_group.values() if g.allowed and not g.group.is_office]
        fix = msg(OTHER_GROUPS, ", ".join(possible)) if possible else msg(NO_GROUP_FITS)
        assert eligibility.message is not None  # a refusal always says why
        return [Finding("group-not-allowed", Severity.BLOCKER, eligibility.message, fix)]

    def _office(
        self, host: HostInfo, group: KeyGroup | None, by_group: dict[str, HostEligibility]
    ) -> OfficePreflight:
        assert group is not None  # _reject ruled unknown versions out
        label = office_label(group)
        findings: list[Finding] = []
        eligibility = by_group.get(group.id)
        allowed = bool(eligibility and eligibility.allowed)
        if eligibility is None:
            findings.append(
                Finding(
                    "office-not-on-this-os",
                    Severity.BLOCKER,
                    msg(OFFICE_NOT_ON_THIS_OS, label, host.caption),
                )
            )
        elif not allowed:
            findings.append(
                Finding(
                    "office-not-on-this-os",
                    Severity.BLOCKER,
                    msg(OFFICE_NOT_ON_THIS_OS, label, host.caption),
                    eligibility.message,
                )
            )
        else:
            findings.append(Finding("office-allowed", Severity.OK, msg(OFFICE_ALLOWED, label)))
            for update in eligibility.required_updates:
                findings.append(_office_update_finding(self._catalog, group, update))
        install = host.office_install(group.id)
        present = bool(install and install.vl_pack)
        if present:
            findings.append(pack_present_finding(group))
        else:
            findings.append(pack_missing_finding(self._catalog, group, Severity.WARNING))
        return OfficePreflight(group, allowed, present, tuple(findings))


def _os_names(catalog: Catalog, ids: Sequence[str]) -> str:
    return ", ".join(catalog.os_versions[v].name for v in ids if v in catalog.os_versions)


def _update_finding(catalog: Catalog, update: HostUpdate) -> Finding:
    text = UPDATE_NEEDED_OR_LATER if update.or_later else UPDATE_NEEDED
    return Finding(
        "host-update",
        Severity.WARNING,
        msg(text, _os_names(catalog, update.activating), update.kb),
        msg(UPDATE_FIX, update.kb),
    )


def _office_update_finding(catalog: Catalog, group: KeyGroup, update: HostUpdate) -> Finding:
    return Finding(
        "host-update",
        Severity.WARNING,
        msg(
            OFFICE_UPDATE_NEEDED,
            office_label(group),
            _os_names(catalog, update.activating),
            update.kb,
        ),
        msg(UPDATE_FIX, update.kb),
    )


def _read_only_finding(host: HostInfo) -> Finding:
    assert host.os_version is not None
    return Finding(
        "read-only-os",
        Severity.BLOCKER,
        msg(READ_ONLY_OS, host.os_version.name),
        msg(READ_ONLY_OS_FIX),
    )


def _clock_findings(host: HostInfo, tolerance: timedelta) -> list[Finding]:
    skew = host.clock_skew
    if skew is None:
        return [Finding("clock-unreadable", Severity.WARNING, msg(CLOCK_UNREADABLE))]
    size = abs(skew)
    if size <= CLOCK_WARNING:
        return [Finding("clock", Severity.OK, msg(CLOCK_OK, round(size.total_seconds())))]
    minutes = int(size.total_seconds() // 60)
    text = CLOCK_AHEAD if skew > timedelta(0) else CLOCK_BEHIND
    message = msg(text, minutes // 60, minutes % 60)
    if size > tolerance:
        return [Finding("clock-skew", Severity.BLOCKER, message, msg(CLOCK_BLOCKER_FIX))]
    return [Finding("clock-skew", Severity.WARNING, message, msg(CLOCK_WARNING_FIX))]


def _powershell_refusal(error: ExecutionError) -> Finding | None:
    """The blocker for a host whose PowerShell refused every script (guard), else None."""
    if error.kind is ErrorKind.POWERSHELL_TOO_OLD:
        return Finding(
            "powershell-too-old",
            Severity.BLOCKER,
            msg(OLD_POWERSHELL, error.detail),
            msg(OLD_POWERSHELL_FIX),
        )
    if error.kind is ErrorKind.CONSTRAINED_LANGUAGE:
        return Finding(
            "powershell-constrained-language",
            Severity.BLOCKER,
            msg(error.kind.summary, error.host, error.detail),
            msg(error.kind.hint),
        )
    return None


def _rights_findings(host: HostInfo) -> list[Finding]:
    found = []
    if host.elevated:
        found.append(Finding("elevation", Severity.OK, msg(ELEVATED)))
    else:
        found.append(
            Finding("not-elevated", Severity.BLOCKER, msg(NOT_ELEVATED), msg(NOT_ELEVATED_FIX))
        )
    major = host.ps_major
    if major is None:
        found.append(Finding("powershell-unknown", Severity.WARNING, msg(UNKNOWN_POWERSHELL)))
    elif major < MIN_POWERSHELL:
        found.append(
            Finding(
                "powershell-too-old",
                Severity.BLOCKER,
                msg(OLD_POWERSHELL, host.ps_version),
                msg(OLD_POWERSHELL_FIX),
            )
        )
    return found
