"""Scanning the whole default lab through the real winrm adapter: contents, failures, cancel."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from app.domain.cancellation import CancelToken
from app.domain.errors import ErrorKind
from app.domain.licensing import LicenseChannel, LicenseStatus
from app.domain.scan_results import (
    ChangeKind,
    HostOutcome,
    ScanOptions,
    clock_skew,
    compare_results,
    find_result,
    kms_host_name,
    result_from_record,
)
from app.lab.faults import QUOTA_EXCEEDED
from app.services.fleet_scan import FleetScanner
from tests.fleet.conftest import make_kms_host

TIMEOUT = 5.0


def scan_lab(lab, runners, journal, catalog, **options):
    scanner = FleetScanner(runners, catalog, journal)
    hosts = lab.world.machine_names()
    return scanner.scan(hosts, ScanOptions(timeout=TIMEOUT, **options), source="lab")


def test_scan_finds_what_the_lab_holds(lab, runners, journal, catalog):
    lab.faults.inject("pc003.lab.test", unauthorized=True)
    lab.faults.inject("pc006.lab.test", soap_fault=QUOTA_EXCEEDED)
    report = scan_lab(lab, runners, journal, catalog)
    results = report.by_host
    assert len(report.results) == len(lab.world.machine_names()) == 41
    # The MAK clients, with their editions named from the catalog.
    mak = {
        r.host: p.edition
        for r in report.results
        for p in r.products
        if p.state.channel is LicenseChannel.MAK and not p.state.is_addon
    }
    assert mak == {
        "pc-office2010.lab.test": "Windows 7 Professional",
        "pc021.lab.test": "Windows 10/11 Pro",
        "srv028.lab.test": "Windows Server 2019 Standard",
    }
    # The duplicate CMID pair.
    [duplicate] = report.summary.duplicate_cmids
    assert duplicate.hosts == ("pc-clone-a.lab.test", "pc-clone-b.lab.test")
    # The unreachable host, reported within its deadline (the TCP pre-probe, not the 5 s).
    offline = results["pc-offline.lab.test"]
    assert offline.outcome is HostOutcome.UNREACHABLE and offline.error_kind == "UNREACHABLE"
    assert offline.elapsed_ms < TIMEOUT * 1000
    # The credentials failure and a WS-Man fault, each with its own outcome and message.
    refused = results["pc003.lab.test"]
    assert refused.outcome is HostOutcome.CREDENTIALS
    said = refused.error.english()
    assert said.startswith("pc003.lab.test refused the account labadmin or its password (HTTP")
    # Basic logs on to the machine's own accounts: the fix is about a local account.
    assert refused.error_hint.english().startswith("Check the password of this local account")
    busy = results["pc006.lab.test"]
    assert busy.outcome is HostOutcome.FAILED and busy.error_kind == ErrorKind.WSMAN_FAULT.name
    # Office products listed separately from Windows, with their edition.
    office = results["pc-office2016.lab.test"]
    assert [p.edition for p in office.products] == [
        "Windows 10/11 Enterprise",
        "Office Professional Plus 2016",
    ]
    office2010 = results["pc-office2010.lab.test"]
    assert {p.edition: p.source for p in office2010.products}["Office Professional Plus 2010"] == (
        "ospp"
    )
    # Per product: channel, status, grace and its end, KMS host discovery, last HRESULT.
    windows = results["pc001.lab.test"].windows
    assert windows.state.channel is LicenseChannel.KMS_CLIENT
    assert windows.state.status is LicenseStatus.OOB_GRACE
    assert windows.state.grace.days_left > 0
    assert windows.expires_at(results["pc001.lab.test"].read_at) is not None
    # LicenseStatusReason is informational, as on Windows; the last error comes from the
    # client's event 12288 (issue 13, W7/G5), explained like any other code.
    assert windows.state.reason.symbol == "SL_I_OOB_GRACE_PERIOD"
    assert results["pc001.lab.test"].last_error.symbol == "DNS_ERROR_RCODE_NAME_ERROR"
    assert results["pc-oldkms.lab.test"].kms_host.host == "oldkms.lab.test"
    assert results["pc-oldkms.lab.test"].last_error.hex == "0xC004F074"
    assert results["pc-oldkms.lab.test"].attempt.host == "oldkms.lab.test:1688"
    # An ESU add-on beside Windows is listed as such and never replaces the Windows product.
    esu = results["pc-fr.lab.test"]
    assert esu.windows.state.channel is LicenseChannel.KMS_CLIENT
    assert [(p.edition, p.state.is_addon) for p in esu.products] == [
        ("Windows 10/11 Education", False),
        ("Windows(R), Client-ESU-Year1 add-on", True),
    ]
    # One exchange per host: the edition comes from the status document alone (service
    # version + the EditionID in the product name), also on French and German Windows.
    assert results["pc-fr.lab.test"].edition_id == "win10-11-education"
    assert results["pc-de.lab.test"].edition_id == "win10-11-pro-workstations"
    assert results["pc-fr.lab.test"].os.version == "10.0.19045"
    assert not [r for r in lab.world.received if r.operation == "inspect"]
    # A Windows Server 2008 R2 never given WMF 3.0+: "PowerShell too old" and its fix,
    # not a garbled answer (issue 13, B3).
    stock = results["srv005.lab.test"]
    assert stock.outcome is HostOutcome.FAILED
    assert stock.error_kind == ErrorKind.POWERSHELL_TOO_OLD.name
    assert stock.error.english() == (
        "srv005.lab.test runs Windows PowerShell 2.0; the wizard needs Windows PowerShell 3.0 "
        "or later."
    )
    assert "Windows Management Framework 5.1" in stock.error_hint.english()
    summary = report.summary
    assert (summary.scanned, summary.unreachable, summary.credentials, summary.failed) == (
        37,
        1,
        1,
        2,
    )
    assert summary.mak == 3 and summary.office == 7 and summary.retail == 1
    assert summary.problems


def test_every_result_is_journaled_and_reads_back(lab, runners, journal, catalog):
    report = scan_lab(lab, runners, journal, catalog)
    [scan] = journal.scans()
    assert scan["id"] == report.scan_id and scan["status"] == "done" and scan["hosts"] == 41
    assert scan["summary"]["mak"] == 3
    stored = journal.scan_results(report.scan_id)
    assert len(stored) == 41
    for result in report.results:
        assert result_from_record(stored[result.host], catalog) == result


def test_scans_compare_what_changed(lab, runners, journal, catalog):
    first = scan_lab(lab, runners, journal, catalog)
    lab.world.set_reachable("pc001.lab.test", False)
    runner = runners("pc021.lab.test")
    try:  # pc021 goes from MAK to KMS client between the two scans
        runner.run("install-key", {"key": "W269N-WFGWX-YVC9B-4J6C9-T83GX"})
    finally:
        runner.close()
    second = scan_lab(lab, runners, journal, catalog)
    changes = compare_results(first.by_host, second.by_host)
    kinds = {(c.host, c.kind) for c in changes}
    assert ("pc001.lab.test", ChangeKind.OUTCOME) in kinds
    channel = next(c for c in changes if c.kind is ChangeKind.CHANNEL)
    assert channel.host == "pc021.lab.test"
    assert (channel.before, channel.after) == (LicenseChannel.MAK, LicenseChannel.KMS_CLIENT)
    status = next(c for c in changes if c.kind is ChangeKind.STATUS)
    assert (status.before, status.after) == (LicenseStatus.LICENSED, LicenseStatus.OOB_GRACE)
    gone = compare_results(
        first.by_host, {h: r for h, r in second.by_host.items() if "srv" not in h}
    )
    assert ("srv-dc.lab.test", ChangeKind.VANISHED_HOST) in {(c.host, c.kind) for c in gone}


def test_a_cancelled_scan_stops_promptly(lab, runners, journal, catalog):
    # Every command takes 0.5 s on the machine: 41 hosts, 2 at a time, would take 10 s.
    lab.faults.set_defaults(lab.faults.defaults.__class__(exec_time=0.5))
    cancel = CancelToken()
    seen = []

    def progress(event):
        seen.append(event.result.host)
        if len(seen) == 2:
            threading.Thread(target=cancel.cancel).start()

    started = time.monotonic()
    report = FleetScanner(runners, catalog, journal).scan(
        lab.world.machine_names(),
        ScanOptions(concurrency=2, timeout=TIMEOUT),
        cancel=cancel,
        progress=progress,
    )
    elapsed = time.monotonic() - started
    assert report.cancelled
    scanned = [r for r in report.results if r.outcome is not HostOutcome.NOT_SCANNED]
    assert 2 <= len(scanned) <= 6  # only the hosts already in flight finished
    assert elapsed < 4.0
    assert report.summary.not_scanned == 41 - len(scanned)
    [scan] = journal.scans()
    assert scan["status"] == "cancelled"
    assert len(journal.scan_results(report.scan_id)) == 41


def test_one_dead_host_does_not_stall_the_rest(lab, runners, catalog):
    lab.faults.inject("pc004.lab.test", hang=True)
    started = time.monotonic()
    report = FleetScanner(runners, catalog).scan(
        lab.world.machine_names(), ScanOptions(concurrency=8, timeout=2.0)
    )
    elapsed = time.monotonic() - started
    hung = report.by_host["pc004.lab.test"]
    assert hung.outcome is HostOutcome.UNREACHABLE and hung.error_kind == "TIMEOUT"
    assert hung.elapsed_ms < 3500
    assert report.summary.scanned == 37  # and srv005, pc006: PowerShell 2.0, too old
    assert elapsed < 6.0


def test_the_last_error_and_the_clock_skew_come_from_the_events(lab, runners, catalog):
    """pc-skew runs 5 h ahead: once kms01 is a host, its requests are refused (0xC004F06C).

    The scan reads why from the client's events 12289 (not from LicenseStatusReason) and
    compares its clock with the KMS host's own clock, read in the same scan.
    """
    make_kms_host(runners, lab)
    lab.world.advance(hours=3)  # every client calls on its schedule
    scanner = FleetScanner(runners, catalog)
    hosts = ["pc-skew.lab.test", "kms01.lab.test", "pc001.lab.test"]
    report = scanner.scan(hosts, ScanOptions(timeout=TIMEOUT))
    results = report.by_host
    skewed = results["pc-skew.lab.test"]
    assert skewed.windows.state.reason.symbol == "SL_I_OOB_GRACE_PERIOD"
    assert skewed.last_error.symbol == "SL_E_VL_INVALID_TIMESTAMP"
    assert skewed.attempt.host == "kms01.lab.test:1688" and skewed.attempt.answered
    host = find_result(results, kms_host_name(skewed))
    assert host is results["kms01.lab.test"]
    skew = clock_skew(skewed, host)
    assert skew.reference == "kms01.lab.test" and skew.too_far
    assert abs(skew.skew - timedelta(hours=5)) < timedelta(minutes=1)
    # A client whose clock agrees with the host's: activated, nothing to report.
    fine = results["pc001.lab.test"]
    assert fine.windows.state.status is LicenseStatus.LICENSED and fine.last_error is None
    assert not clock_skew(fine, host).too_far
    # Below the threshold the host answers HRESULT 0 with NOT_ENOUGH_COUNT (event 12289).
    assert fine.attempt.answered and fine.attempt.count is not None


def test_events_and_clock_survive_the_journal(lab, runners, journal, catalog):
    report = scan_lab(lab, runners, journal, catalog)
    stored = journal.scan_results(report.scan_id)
    back = result_from_record(stored["pc001.lab.test"], catalog)
    assert back.events and back.clock is not None
    assert back.last_error.symbol == "DNS_ERROR_RCODE_NAME_ERROR"



def test_a_refused_host_is_explained_like_a_single_connection_and_stays_so(
    lab, journal, catalog
):
    """A scan says what exactly happened (no WinRM listener on that port), even read back."""
    import socket

    from app.domain.scan_results import result_from_record
    from app.i18n.render import render
    from tests.fleet.conftest import build_runner_factory, lab_settings

    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]

    def url_for(host: str) -> str:
        if host == "pc004.lab.test":
            return f"http://127.0.0.1:{closed}/wsman"
        return lab.winrm_url(host)

    runners = build_runner_factory(lab_settings(lab), url_for=url_for)
    report = FleetScanner(runners, catalog, journal).scan(
        ["pc004.lab.test", "pc001.lab.test"], ScanOptions(concurrency=2, timeout=5.0)
    )
    refused = report.by_host["pc004.lab.test"]
    said = render(refused.error)
    assert "no WinRM listener answers there" in said and str(closed) in said
    assert "winrm quickconfig" in render(refused.error_hint)
    stored = journal.scan_results(report.scan_id)["pc004.lab.test"]
    assert render(result_from_record(stored, catalog).error) == said
