"""Preflight against the lab through the real winrm adapter: who may become which KMS host."""

from __future__ import annotations

import pytest

from app.services.host_setup import HostInspector, Outcome, PreflightService, Severity
from tests.services.host_lab import KMS_HOST, host_lab, machine_named


@pytest.fixture(scope="module")
def lab():
    with host_lab() as running:
        yield running


def preflight(lab, machine, group, office=()):
    service = PreflightService(lab.runner(machine), lab.catalog, clock=lab.clock)
    return service.preflight(group, office)


def ids(findings, severity=None):
    return [f.id for f in findings if severity is None or f.severity is severity]


def test_inspect_identifies_the_host_candidate(lab):
    host = HostInspector(lab.runner(), lab.catalog, clock=lab.clock).inspect()
    assert host.fqdn == KMS_HOST
    assert host.os_version.id == "ws2008r2"
    assert host.edition.id == "ws2008r2-standard"
    assert host.addresses == ("127.20.0.2",)
    assert host.elevated and host.ps_major == 5
    assert abs(host.clock_skew.total_seconds()) < 1
    assert host.windows.channel.value == "kms-client" and not host.is_kms_host
    packs = {o.group.id: o.vl_pack for o in host.office}
    assert packs == {"office2010": True, "office2016": True}


def test_group_c_on_a_standard_host_is_allowed(lab):
    # Seed 001: a Server Group key must activate its own host; C activates B (Standard).
    report = preflight(lab, KMS_HOST, "server-c")
    assert report.outcome is Outcome.REPORTED
    assert report.allowed, [f.message.english() for f in report.blockers]
    assert report.eligibility.allowed
    assert "group-allowed" in ids(report.findings, Severity.OK)


def test_group_a_cannot_activate_a_standard_host(lab):
    report = preflight(lab, KMS_HOST, "server-a")
    assert not report.allowed
    blocker = report.blockers[0]
    assert blocker.id == "group-not-allowed"
    assert "cannot activate the host's own edition" in blocker.message.english()
    assert "server-b, server-c" in blocker.fix.english()


def test_server_group_b_on_a_windows_7_host_is_blocked_with_the_reason(lab):
    win7 = machine_named(
        lab, lambda m: m.os_version == "win7" and m.clock_offset.total_seconds() == 0
    )
    report = preflight(lab, win7, "server-b")
    assert not report.allowed
    blocker = report.blockers[0]
    assert blocker.message.english() == (
        "A Windows 7 host can hold only the Client VL key, not a Server Group key."
    )
    assert "client-vl" in blocker.fix.english()


def test_a_windows_7_host_holds_client_vl_and_clients_only(lab):
    win7 = machine_named(
        lab, lambda m: m.os_version == "win7" and m.clock_offset.total_seconds() == 0
    )
    report = preflight(lab, win7, "client-vl")
    assert report.allowed
    assert "client-host" in ids(report.findings, Severity.INFO)


def test_needed_updates_are_warnings_with_their_kb(lab):
    win7 = machine_named(
        lab, lambda m: m.os_version == "win7" and m.clock_offset.total_seconds() == 0
    )
    report = preflight(lab, win7, "win10")
    assert report.allowed
    updates = [f for f in report.findings if f.id == "host-update"]
    assert [u.kb for u in report.updates] == ["KB3079821"]
    assert updates and "KB3079821" in updates[0].message.english()
    assert "Windows 10" in updates[0].message.english()
    assert "cannot see remotely" in updates[0].fix.english()


def test_a_clock_five_hours_off_blocks(lab):
    skewed = machine_named(lab, lambda m: m.clock_offset.total_seconds() >= 4 * 3600)
    report = preflight(lab, skewed, "client-vl")
    clock = next(f for f in report.findings if f.id == "clock-skew")
    assert clock.severity is Severity.BLOCKER
    assert "5 h 0 min ahead" in clock.message.english()
    assert "0xC004F06C" in clock.fix.english()


def test_an_evaluation_edition_cannot_take_a_host_key(lab):
    evaluation = machine_named(lab, lambda m: m.evaluation)
    report = preflight(lab, evaluation, "ws2019")
    assert not report.allowed
    assert "Evaluation editions cannot take a KMS host key" in report.blockers[0].message.english()


def test_rights_are_checked(lab):
    machine = lab.world.machine(KMS_HOST)
    machine.elevated = False
    try:
        report = preflight(lab, KMS_HOST, "server-b")
    finally:
        machine.elevated = True
    assert set(ids(report.blockers)) == {"not-elevated"}
    assert "LocalAccountTokenFilterPolicy" in report.blockers[0].fix.english()


def test_powershell_2_is_too_old_with_the_wmf_fix_not_a_garbled_answer(lab):
    # On PowerShell 2.0 no script runs: the guard answers instead of inspect (issue 13, B3).
    machine = lab.world.machine(KMS_HOST)
    machine.ps_version = "2.0"
    try:
        report = preflight(lab, KMS_HOST, "server-b")
    finally:
        machine.ps_version = "5.1.14409.1005"
    assert report.outcome is Outcome.REPORTED and not report.allowed
    assert ids(report.blockers) == ["powershell-too-old"]
    blocker = report.blockers[0]
    assert "Windows PowerShell 2.0" in blocker.message.english()
    assert "Windows Management Framework 5.1" in blocker.fix.english()
    assert ".NET Framework 4.5.2" in blocker.fix.english()


def test_constrained_language_mode_blocks_with_its_explanation(lab):
    machine = lab.world.machine(KMS_HOST)
    machine.language_mode = "ConstrainedLanguage"
    try:
        report = preflight(lab, KMS_HOST, "server-b")
    finally:
        machine.language_mode = "FullLanguage"
    assert ids(report.blockers) == ["powershell-constrained-language"]
    assert "AppLocker" in report.blockers[0].fix.english()


def test_office_versions_pack_and_minimum_host(lab):
    report = preflight(lab, KMS_HOST, "server-b", ["2010", "office2013", "2019"])
    by_version = {o.group.id: o for o in report.office}
    assert by_version["office2010"].allowed and by_version["office2010"].pack_present
    missing = next(f for f in by_version["office2013"].findings if f.id == "office-pack-missing")
    assert missing.severity is Severity.WARNING
    assert "Microsoft Office 2013 Volume License Pack" in missing.fix.english()
    assert "id=35584" in missing.fix.english()
    assert "Windows Server 2008 R2 or Windows 7" in missing.fix.english()
    assert "copy it to the host" in missing.fix.english()
    assert not by_version["office2019"].allowed
    assert not report.allowed  # Office 2019 cannot be hosted on Server 2008 R2


def test_unknown_group_is_rejected_before_anything_is_sent(lab):
    before = len(lab.world.received)
    for group, office in (("server-z", ()), ("office2016", ()), ("server-b", ("2007",))):
        report = preflight(lab, KMS_HOST, group, office)
        assert report.outcome is Outcome.REJECTED and report.host is None
        assert report.findings[0].id == "rejected-input"
    assert len(lab.world.received) == before
