"""Issue 14 item 1: a MAK→KMS run never converts what the KMS host cannot activate.

The lab's kms01 is set up with a Server Group B host key (Windows Server 2008 R2
era): it activates Windows 7 and Server 2008 R2 Standard/Enterprise, not Windows
10/11 nor Server 2019. Real winrm adapter, real HTTP, the lab's Software Licensing.
"""

from __future__ import annotations

from app.domain.conversion import ConversionDirection, ConversionTarget
from app.domain.kms_coverage import Mark
from app.domain.licensing import LicenseChannel, LicenseStatus, parse_kms_endpoint
from app.services.fleet_convert import FleetConverter

from .conftest import KMS_HOST, make_kms_host

MIXED = ["pc-office2010.lab.test", "pc021.lab.test", "srv028.lab.test"]
TARGET = ConversionTarget(ConversionDirection.TO_KMS, kms_host=parse_kms_endpoint(KMS_HOST))


def received(lab, operation, host):
    return [r for r in lab.world.received if r.operation == operation and r.machine == host]


def windows_mark(plan, host):
    hp = next(h for h in plan.hosts if h.host == host)
    return hp.marks[hp.before.windows.state.activation_id]


def test_uncovered_clients_are_left_untouched_with_the_reason(lab, runners, journal, catalog):
    make_kms_host(runners, lab)
    converter = FleetConverter(runners, catalog, journal)
    plan = converter.plan(MIXED, TARGET)

    assert windows_mark(plan, "pc-office2010.lab.test").mark is Mark.WILL_ACTIVATE
    for host in ("pc021.lab.test", "srv028.lab.test"):
        mark = windows_mark(plan, host)
        assert mark.mark is Mark.CANNOT_ACTIVATE
        assert "does not cover" in mark.message.english()
        assert "0xC004F042" in mark.message.english()
    assert [h.host for h in plan.with_work] == ["pc-office2010.lab.test"]
    # Windows of pc021 and srv028, and Office 2010 (kms01 holds no Office host key).
    assert len(plan.uncovered) == 3
    office = next(h for h in plan.hosts if h.host == "pc-office2010.lab.test").plan.reasons
    assert any("Office 2010" in m.english() for _p, m in office)

    report = converter.execute(plan)

    assert [h.host for h in report.hosts] == ["pc-office2010.lab.test"]
    for host in ("pc021.lab.test", "srv028.lab.test"):
        assert received(lab, "install-key", host) == []
        assert received(lab, "set-kms-host", host) == []
    # The uncovered clients keep their licensed MAK: nothing is in grace.
    after = converter.plan(["pc021.lab.test", "srv028.lab.test"], TARGET)
    for host in after.hosts:
        windows = host.before.windows.state
        assert (windows.channel, windows.status) == (LicenseChannel.MAK, LicenseStatus.LICENSED)


def test_included_explicitly_the_uncovered_products_are_converted(lab, runners, journal, catalog):
    make_kms_host(runners, lab)
    converter = FleetConverter(runners, catalog, journal)
    plan = converter.plan(["pc021.lab.test"], TARGET).with_uncovered(True, catalog)
    assert [h.host for h in plan.with_work] == ["pc021.lab.test"]
    report = converter.execute(plan)
    [host] = report.hosts
    assert host.steps[2].hresult == 0xC004F042  # what the mark warned about


def test_a_named_host_that_is_not_a_kms_host_activates_nothing(lab, runners, journal, catalog):
    # kms01 not set up: it answers, but holds no host key.
    converter = FleetConverter(runners, catalog, journal)
    plan = converter.plan(MIXED, TARGET)
    assert plan.with_work == ()
    for host in MIXED:
        mark = windows_mark(plan, host)
        assert mark.mark is Mark.CANNOT_ACTIVATE
        assert "0xC004F074" in mark.message.english()
        assert "is not a KMS host" in mark.message.english()


def test_cli_json_converts_only_what_the_host_covers(lab, runners, capsys, monkeypatch, tmp_path):
    import json

    from .test_cli import remote, run

    make_kms_host(runners, lab)
    _code, out, _err = run(
        capsys,
        monkeypatch,
        "convert",
        "--to",
        "kms",
        "--kms-host",
        KMS_HOST,
        *MIXED,
        *remote(lab),
        "--yes",
        "--json",
        "--journal",
        str(tmp_path / "j.sqlite3"),
        stdin=lab.world.password + "\n",
    )
    doc = json.loads(out)
    plan = doc["plan"]
    assert plan["uncovered"] == 3 and plan["include_uncovered"] is False
    marks = {
        (h["host"], p["name"]): (p.get("coverage"), p.get("coverage_reason"))
        for h in plan["hosts"]
        for p in h["products"]
    }
    pc021 = next(v for (h, _n), v in marks.items() if h == "pc021.lab.test")
    assert pc021[0] == "cannot-activate" and "Server Group B" in pc021[1]
    win7 = next(v for (h, n), v in marks.items() if h == MIXED[0] and "Windows" in n)
    assert win7[0] == "will-activate"
    assert [h["host"] for h in doc["run"]["hosts"]] == [MIXED[0]]
    assert received(lab, "install-key", "pc021.lab.test") == []
    assert received(lab, "install-key", "srv028.lab.test") == []


def test_cli_dry_run_names_the_reason_and_the_way_to_include(
    lab, runners, capsys, monkeypatch, tmp_path
):
    from .test_cli import remote, run

    make_kms_host(runners, lab)
    args = ["convert", "--to", "kms", "--kms-host", KMS_HOST, "pc021.lab.test", *remote(lab)]
    journal = ["--journal", str(tmp_path / "j.sqlite3")]
    code, out, _ = run(
        capsys, monkeypatch, *args, "--dry-run", *journal, stdin=lab.world.password + "\n"
    )
    assert code == 0
    assert "Cannot activate: the host key of kms01.lab.test" in out
    assert "--include-uncovered" in out
    code, out, _ = run(
        capsys,
        monkeypatch,
        *args,
        "--dry-run",
        "--include-uncovered",
        *journal,
        stdin=lab.world.password + "\n",
    )
    assert "Install the KMS client key" in out and "Cannot activate" in out


def test_dns_discovery_judges_the_hosts_the_srv_records_name(journal, catalog):
    """The lab DNS server names kms01 in _vlmcs._tcp.lab.test: asked like a client would."""
    from app.adapters.dns_resolver import DnspythonResolver
    from app.domain.dns import NameServer
    from app.lab.runtime import LabRuntime
    from app.lab.world import build_default_lab
    from app.services.fleet_convert import srv_lookup

    from .conftest import build_runner_factory, lab_settings

    with LabRuntime(
        build_default_lab(seed=0, scenario="legacy-2008r2"), https=False, with_dns=True
    ) as dns_lab:
        dns_runners = build_runner_factory(lab_settings(dns_lab), url_for=dns_lab.winrm_url)
        make_kms_host(dns_runners, dns_lab)
        dns_lab.world.zone.replace("_vlmcs._tcp.lab.test", "SRV", ["0 0 1688 kms01.lab.test."])
        address, _, port = dns_lab.dns_address().rpartition(":")
        lookup = srv_lookup(DnspythonResolver(), (NameServer(address, int(port)),))
        assert lookup("lab.test") == ("kms01.lab.test",)
        converter = FleetConverter(dns_runners, catalog, journal, srv_hosts=lookup)
        target = ConversionTarget(ConversionDirection.TO_KMS, use_dns_discovery=True)
        plan = converter.plan(MIXED[:2], target)
        assert windows_mark(plan, MIXED[0]).mark is Mark.WILL_ACTIVATE
        assert windows_mark(plan, "pc021.lab.test").mark is Mark.CANNOT_ACTIVATE
        assert [h.host for h in plan.with_work] == [MIXED[0]]


def test_the_windows_fleet_session_judges_the_hosts_dns_names(tmp_path, catalog):
    """The window's conversion asks DNS like the CLI does (the lab's own DNS server)."""
    from app.adapters.secret_store import KeyringSecretStore
    from app.bootstrap_fleet import DesktopFleetBackend
    from app.lab.runtime import LabRuntime
    from app.lab.world import build_default_lab
    from app.ui.fleet import ClientCredentials
    from tests.memory_keyring import MemoryKeyring

    fleet = DesktopFleetBackend(
        journal_path=tmp_path / "journal.sqlite3",
        secret_store=KeyringSecretStore(backend=MemoryKeyring()),
    )
    try:
        with LabRuntime(
            build_default_lab(seed=0, scenario="legacy-2008r2"), with_dns=True
        ) as dns_lab:
            lab = fleet.lab_credentials(dns_lab)
            session = fleet.open_fleet(
                dns_lab, ClientCredentials(lab.user, lab.password, auth="basic")
            )
            make_kms_host(session.runners, dns_lab)
            dns_lab.world.zone.replace("_vlmcs._tcp.lab.test", "SRV", ["0 0 1688 kms01.lab.test."])
            target = ConversionTarget(ConversionDirection.TO_KMS, use_dns_discovery=True)
            plan = session.converter().plan(MIXED[:2], target)
            assert windows_mark(plan, MIXED[0]).mark is Mark.WILL_ACTIVATE
            assert windows_mark(plan, "pc021.lab.test").mark is Mark.CANNOT_ACTIVATE
    finally:
        fleet.close()
