"""Field captures replayed as lab machines: scan and host status read each one right.

Every file in resources/lab-captures/ is served by the lab's real WS-Man
listener and read through the real winrm adapter, by the fleet scan service
and by the host-setup dashboard, exactly as a real machine would be.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.operation_contract import operation_command
from app.adapters.tcp_probe import SocketTcpProbe
from app.commands.capture import FALLBACK_NAME, capture_answers, script_digests
from app.domain.capture_anonymiser import anonymise
from app.domain.catalog import default_catalog
from app.domain.dns import NameServer
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.field_capture import CAPTURED_OPERATIONS, build_capture, read_capture
from app.domain.licensing import LicenseChannel, LicenseStatus
from app.domain.scan_results import HostOutcome, ScanOptions, clock_skew, result_to_record
from app.lab.captured_machine import (
    NOT_SUPPORTED_HRESULT,
    WorldWithCaptures,
    load_capture,
    shipped_captures,
)
from app.lab.runtime import LabRuntime
from app.lab.spp.clock import DEFAULT_START
from app.lab.world import build_default_lab, to_powershell_json
from app.services.dns_check import DnsCheckService
from app.services.fleet_scan import FleetScanner
from app.services.host_setup import DnsLookupSettings, DnsPublishingService
from app.services.host_setup.dashboard import DashboardService
from app.services.host_setup.inspection import HostInspector
from tests.adapters.winrm_support import lab_runner

CAPTURES = {path.stem: path for path in shipped_captures()}
TIMEOUT = 10.0


@pytest.fixture(scope="module")
def catalog():
    return default_catalog()


@pytest.fixture(scope="module")
def served():
    """The default lab (two clients) plus every shipped capture, with its DNS server."""
    world = WorldWithCaptures(build_default_lab(seed=3, clients=2, scenario="legacy-2008r2"))
    names = {stem: world.add(load_capture(path)).name for stem, path in CAPTURES.items()}
    with LabRuntime(world, https=False) as runtime:
        yield runtime, names


def scan(runtime, catalog, hosts, clock=DEFAULT_START):
    """The fleet scan over the real winrm adapter; the admin's clock when the capture was made."""

    def runners(host):
        return lab_runner(runtime, host)

    scanner = FleetScanner(runners, catalog, clock=lambda: clock)
    return scanner.scan(hosts, ScanOptions(timeout=TIMEOUT)).by_host


def scanned(served, catalog, stem):
    runtime, names = served
    return scan(runtime, catalog, [names[stem]])[names[stem]]


def dashboard(served, catalog, stem):
    runtime, names = served
    runner = lab_runner(runtime, names[stem])
    try:
        return DashboardService(runner, catalog, timeout=TIMEOUT).dashboard()
    finally:
        runner.close()


def test_the_four_documented_machines_ship_as_captures():
    assert {"win10-client", "ws2022-fresh-host", "win7-ps2", "no-publish-list"} <= set(CAPTURES)
    assert "win10-client-old-script" in CAPTURES  # raw 4294967295 and [null], as scripts were


@pytest.mark.parametrize("stem", sorted(CAPTURES))
def test_every_capture_is_a_valid_file_that_says_where_it_comes_from(stem):
    document = json.loads(CAPTURES[stem].read_text(encoding="utf-8"))
    capture = read_capture(json.dumps(document), stem)
    assert set(capture.answers) <= set(CAPTURED_OPERATIONS)
    assert {"inspect", "status"} <= set(capture.answers)
    assert document.get("_source"), "a shipped capture names the source of its values"


@pytest.mark.parametrize("stem", sorted(CAPTURES))
def test_every_capture_scans_to_an_understood_row(served, catalog, stem):
    """Never "unreadable" or "garbled": a row the scan understands, or a named refusal."""
    result = scanned(served, catalog, stem)
    assert result.error_kind not in ("INVALID_STATUS", "UNEXPECTED", "MALFORMED_OUTPUT"), (
        result.error_kind,
        result.error_detail,
    )
    if result.outcome is not HostOutcome.SCANNED:
        assert result.error_kind == ErrorKind.POWERSHELL_TOO_OLD.name


@pytest.mark.parametrize("stem", sorted(CAPTURES))
def test_the_replayed_answers_are_the_captured_documents_byte_for_byte(served, stem):
    runtime, names = served
    capture = load_capture(CAPTURES[stem])
    for operation, document in capture.answers.items():
        wire = operation_command(stem, operation, capture.params.get(operation, {}))
        outcome = runtime.world.execute(names[stem], wire.command_line, stdin=wire.stdin)
        assert outcome.stdout == to_powershell_json(document).encode("utf-8")
        assert json.loads(outcome.stdout) == document


# --- a plain Windows 10 client (as today's scripts print it, and as the old ones did) ------

CLIENTS = ("win10-client", "win10-client-old-script")


@pytest.mark.parametrize("stem", CLIENTS)
def test_the_windows_10_client_scans_as_a_kms_client(served, catalog, stem):
    result = scanned(served, catalog, stem)
    assert result.outcome is HostOutcome.SCANNED, (result.error_kind, result.error_detail)
    windows = result.windows
    assert windows is not None
    assert windows.state.channel is LicenseChannel.KMS_CLIENT
    assert windows.state.status is LicenseStatus.OOB_GRACE
    assert "Windows 10" in windows.edition
    assert result.service is not None and result.service.is_kms_host is False
    assert result.service.count == 0
    assert result.discovered is not None and result.discovered.host.endswith(".example.test")


def test_the_windows_10_client_says_why_it_waits(served, catalog):
    """Its last 12289 event: the host's count (4) is below 25, i.e. 0xC004F038."""
    result = scanned(served, catalog, "win10-client")
    assert result.last_error is not None and result.last_error.code == 0xC004F038
    skew = clock_skew(result)
    assert skew is not None and not skew.too_far


@pytest.mark.parametrize("stem", CLIENTS)
def test_the_windows_10_client_is_not_a_kms_host_on_the_dashboard(served, catalog, stem):
    board = dashboard(served, catalog, stem)
    assert board.is_kms_host is False
    assert [f.id for f in board.findings] == ["not-a-host"]
    assert board.host.licensing.dns_domains == ()


# --- a fresh Server 2022 KMS host --------------------------------------------------------


def test_the_fresh_2022_host_scans_as_a_host_with_no_count_yet(served, catalog):
    result = scanned(served, catalog, "ws2022-fresh-host")
    assert result.outcome is HostOutcome.SCANNED, (result.error_kind, result.error_detail)
    assert result.service is not None and result.service.is_kms_host is True
    assert result.service.count == 0
    assert result.windows is not None
    assert result.windows.state.channel is LicenseChannel.KMS_HOST


def test_the_fresh_2022_host_has_reached_no_threshold(served, catalog):
    board = dashboard(served, catalog, "ws2022-fresh-host")
    assert board.is_kms_host is True
    assert board.count == 0
    assert board.windows and not any(p.reached for p in board.windows)
    assert not board.all_reached
    codes = [f.id for f in board.findings]
    assert "no-requests" in codes
    assert "threshold-server" in codes and "count-cap" not in codes


# --- Windows 7 with PowerShell 2.0 -----------------------------------------------------


def test_the_powershell_2_machine_is_too_old_not_garbled(served, catalog):
    result = scanned(served, catalog, "win7-ps2")
    assert result.outcome is HostOutcome.FAILED
    assert result.error_kind == ErrorKind.POWERSHELL_TOO_OLD.name
    assert "2.0" in result.error_detail


def test_the_powershell_2_machine_names_the_wmf_fix_on_the_host_pages(served, catalog):
    with pytest.raises(ExecutionError) as raised:
        dashboard(served, catalog, "win7-ps2")
    assert raised.value.kind is ErrorKind.POWERSHELL_TOO_OLD
    assert "Windows Management Framework 5.1" in raised.value.kind.hint.source


def test_the_powershell_2_machine_refuses_writes_as_too_old_too(served):
    runtime, names = served
    runner = lab_runner(runtime, names["win7-ps2"])
    try:
        with pytest.raises(ExecutionError) as raised:
            runner.run("activate", {}, timeout=TIMEOUT)
    finally:
        runner.close()
    assert raised.value.kind is ErrorKind.POWERSHELL_TOO_OLD


# --- a KMS host without DnsDomainPublishList ---------------------------------------------


def test_no_publish_list_means_no_phantom_domain(served, catalog):
    runtime, names = served
    runner = lab_runner(runtime, names["no-publish-list"])
    try:
        host = HostInspector(runner, catalog, timeout=TIMEOUT).inspect()
        assert host.licensing.dns_domains == ()
        address, _, port = runtime.dns_address().rpartition(":")
        lookup = DnsLookupSettings((NameServer(address, int(port)),), int(port), 2.0)
        checker = DnsCheckService(DnspythonResolver(), SocketTcpProbe())
        checks = DnsPublishingService(runner, catalog, checker, lookup, timeout=TIMEOUT).check(host)
    finally:
        runner.close()
    # It publishes in its own domain, and only there: never in a domain called "none".
    assert [c.domain for c in checks] == [host.domain]
    assert host.domain and host.domain != "none"


def test_no_publish_list_host_scans_as_a_kms_host(served, catalog):
    result = scanned(served, catalog, "no-publish-list")
    assert result.outcome is HostOutcome.SCANNED, (result.error_kind, result.error_detail)
    assert result.service is not None and result.service.is_kms_host is True


# --- replay of any capture ---------------------------------------------------------------


def test_writes_are_refused_as_a_read_only_replay(served):
    runtime, names = served
    runner = lab_runner(runtime, names["win10-client"])
    try:
        with pytest.raises(ExecutionError) as raised:
            runner.run("set-kms-host", {"host": "kms.example.test"}, timeout=TIMEOUT)
    finally:
        runner.close()
    error = raised.value
    assert error.kind is ErrorKind.SCRIPT_FAILED
    assert error.hresult == int(NOT_SUPPORTED_HRESULT, 16)
    assert "replayed field capture" in error.data["message"]


def test_captures_are_listed_like_the_simulated_machines(served):
    runtime, names = served
    described = {m["name"]: m for m in runtime.describe()["machines"]}
    for name in names.values():
        assert described[name]["role"] == "capture"
        assert described[name]["winrm_url"].startswith("http://127.0.0.1:")
    assert "kms01.lab.test" in described


def test_two_captures_with_one_name_are_both_served():
    path = next(iter(CAPTURES.values()))
    world = WorldWithCaptures(build_default_lab(clients=0, scenario="legacy-2008r2"))
    first = world.add(load_capture(path))
    second = world.add(load_capture(path))
    assert first.name != second.name
    assert second.name.split(".", 1)[0].endswith("-2")
    assert world.canonical_name(second.name) == second.name


# --- capture a lab machine, then replay it ---------------------------------------------


def capture_of(runtime, host: str, tmp_path: Path) -> Path:
    """What ``kms-wizard capture`` writes for ``host`` (same functions, real adapter)."""
    runner = lab_runner(runtime, host)
    try:
        answers, asked = capture_answers(runner, TIMEOUT)
    finally:
        runner.close()
    cleaned = anonymise(answers, hosts=[host])
    inspect = cleaned.document["inspect"]
    document = build_capture(
        name=inspect.get("fqdn") or FALLBACK_NAME,
        answers=cleaned.document,
        captured_utc="2026-12-07T21:00:00Z",
        wizard_version="test",
        script_digest=script_digests(),
        params=asked,
    )
    path = tmp_path / "capture.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


NAMES = ("cmid", "kms_machine", "discovered_host")


def comparable(record: dict) -> dict:
    """A scan row without timing, and with the names anonymisation replaced as "set or not"."""
    record = dict(record)
    for name in ("host", "read_at", "elapsed_ms"):
        record.pop(name)
    service = dict(record.get("service") or {})
    names = {service.get(k) for k in NAMES} | {p.get(k) for p in record["products"] for k in NAMES}
    names.discard("")
    names.discard(None)
    events = []
    for event in record.get("events") or []:
        data = []
        for text in event.get("data") or []:
            for name in names:
                text = text.replace(name, "NAME")
            data.append(text)
        events.append({**event, "data": data})
    record["events"] = events
    record["service"] = {k: bool(v) if k in NAMES else v for k, v in service.items()}
    record["products"] = [
        {k: bool(v) if k in NAMES else v for k, v in p.items()} for p in record["products"]
    ]
    return record


def reachable_client(world) -> str:
    return next(
        name
        for name in world.machine_names()
        if world.is_reachable(name) and world.machine_summary(name)["role"] == "client"
    )


@pytest.mark.parametrize("role", ["kms-host-candidate", "client"])
def test_a_captured_lab_machine_replays_to_the_same_scan_row(role, tmp_path, catalog):
    with LabRuntime(
        build_default_lab(seed=3, clients=6, scenario="legacy-2008r2"), with_dns=False, https=False
    ) as lab:
        host = "kms01.lab.test" if role != "client" else reachable_client(lab.world)
        path = capture_of(lab, host, tmp_path)
        original = result_to_record(scan(lab, catalog, [host])[host])
        world = lab.world
        secrets = {
            "short": host.split(".")[0],
            "zone": "lab.test",
            "address": world.machine(host).address,
            "cmid": world.machine(host).cmid,
        }
    data = path.read_bytes()
    for what, value in secrets.items():
        assert value.lower().encode() not in data.lower(), what
    replay_world = WorldWithCaptures(build_default_lab(seed=3, clients=0, scenario="legacy-2008r2"))
    replayed_name = replay_world.add(load_capture(path)).name
    with LabRuntime(replay_world, with_dns=False, https=False) as replay:
        replayed = result_to_record(scan(replay, catalog, [replayed_name])[replayed_name])
    assert original["outcome"] == "scanned"
    assert comparable(replayed) == comparable(original)
