"""``convert --to kms --kms-lookup-domain D``: clients look up _vlmcs._tcp in D (slmgr
/skms-domain), through the real winrm adapter against the lab (audit G11)."""

from __future__ import annotations

import io
import json

import pytest

from app.cli import main
from app.domain.conversion import (
    ConversionDirection,
    ConversionTarget,
    Decision,
    InvalidConversionTarget,
    StepKind,
)
from app.domain.fleet_conversion import target_from_record, target_record
from app.domain.licensing import parse_kms_endpoint
from app.domain.scan_results import ScanOptions
from app.services.fleet_convert import FleetConverter
from app.services.fleet_scan import FleetScanner

from .conftest import KMS_HOST, make_kms_host

CLIENT = "pc-fr.lab.test"  # Windows 10 Education, a KMS client: Windows 8+ has the lookup domain
BRANCH = "branch.lab.test"


def _publish_only_in_branch(runners, lab) -> None:
    """kms01 publishes in branch.lab.test only; the record in lab.test is gone."""
    runner = runners(KMS_HOST)
    try:
        domains = [{"domain": BRANCH, "priority": 0, "weight": 0}]
        runner.run("set-dns-publishing", {"enabled": True, "domains": domains})
        runner.run("restart-service")
    finally:
        runner.close()
    zone = lab.world.zone
    for record in zone.records("_vlmcs._tcp.lab.test", "SRV"):
        zone.delete("_vlmcs._tcp.lab.test", "SRV", record.value)


def _requests(runners) -> int:
    runner = runners(KMS_HOST)
    try:
        return int(runner.run("status")["service"]["requests"]["total"])
    finally:
        runner.close()


def test_a_lookup_domain_lets_clients_find_a_host_published_elsewhere(
    lab, runners, journal, catalog
):
    make_kms_host(runners, lab)
    _publish_only_in_branch(runners, lab)
    scan = FleetScanner(runners, catalog, journal).scan([CLIENT], ScanOptions(timeout=5))
    converter = FleetConverter(runners, catalog, journal)
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_lookup_domain="Branch.Lab.Test.")
    assert target.kms_lookup_domain == BRANCH
    plan = converter.plan([CLIENT], target)
    [host] = plan.hosts
    assert [s.operation for s in host.steps] == ["set-kms-lookup-domain", "activate", "status"]
    assert host.steps[0].params == {"domain": BRANCH}
    assert host.plan.count(Decision.UPDATE_KMS_HOST) == 1
    assert scan.results  # read before: a KMS client without a host in its own domain
    before = _requests(runners)

    report = converter.execute(plan)

    [done] = report.hosts
    assert done.steps[0].state.name == "DONE"
    # The client reached kms01 through branch.lab.test: the host counted the request
    # (whatever it answered), where before the client found no SRV record at all.
    assert _requests(runners) > before
    assert lab.world.machine(CLIENT).service.kms_lookup_domain == BRANCH
    assert done.steps[1].hresult != 0x8007232B


def test_an_explicit_host_is_cleared_first_since_it_would_win(lab, runners, journal, catalog):
    runner = runners(CLIENT)
    try:
        runner.run("set-kms-host", {"host": KMS_HOST, "port": 1688})
    finally:
        runner.close()
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_lookup_domain=BRANCH)
    [host] = FleetConverter(runners, catalog, journal).plan([CLIENT], target).hosts
    assert [s.kind for s in host.steps][:2] == [
        StepKind.CLEAR_KMS_HOST,
        StepKind.SET_KMS_LOOKUP_DOMAIN,
    ]


def test_the_lookup_domain_is_journaled_with_the_target():
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_lookup_domain="corp.example.com")
    assert target_record(target)["kms_lookup_domain"] == "corp.example.com"
    assert target_from_record(target_record(target)) == target


@pytest.mark.parametrize(
    "kwargs",
    [
        {"direction": ConversionDirection.TO_KMS, "kms_lookup_domain": "bad domain"},
        {"direction": ConversionDirection.TO_KMS, "kms_lookup_domain": "a_b.example"},
        {
            "direction": ConversionDirection.TO_KMS,
            "kms_lookup_domain": "corp.example.com",
            "kms_host": parse_kms_endpoint("kms01.corp.example.com"),
        },
        {"direction": ConversionDirection.TO_MAK, "kms_lookup_domain": "corp.example.com"},
    ],
)
def test_contradictory_or_bad_lookup_domains_are_refused(kwargs):
    with pytest.raises(InvalidConversionTarget):
        ConversionTarget(**kwargs)


def _cli(capsys, monkeypatch, *argv, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _remote(lab) -> list[str]:
    template = lab.shared_url("HOSTNAME").replace("HOSTNAME", "{host}")
    user = ["--auth", "basic", "--user", lab.world.user, "--password-stdin"]
    return ["--winrm", "--winrm-url", template, *user]


def test_the_cli_plans_the_lookup_domain(lab, capsys, monkeypatch, tmp_path):
    journal = ["--journal", str(tmp_path / "j.sqlite3")]
    argv = ["convert", "--to", "kms", "--kms-lookup-domain", BRANCH, "--dry-run", "--json"]
    code, out, _ = _cli(
        capsys, monkeypatch, *argv, "pc-fr", *_remote(lab), *journal, stdin=lab.world.password
    )
    assert code == 0
    [host] = json.loads(out)["plan"]["hosts"]
    assert host["steps"][0]["operation"] == "set-kms-lookup-domain"
    assert not [r for r in lab.world.received if r.operation == "set-kms-lookup-domain"]


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--kms-lookup-domain", "not a domain"], "DNS domain name"),
        (["--kms-lookup-domain", BRANCH, "--kms-host", KMS_HOST], "not both"),
    ],
)
def test_the_cli_refuses_a_bad_lookup_domain(capsys, monkeypatch, tmp_path, extra, said):
    journal = ["--journal", str(tmp_path / "j.sqlite3")]
    argv = [
        "convert",
        "--to",
        "kms",
        *extra,
        "--dry-run",
        "pc-fr",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        *journal,
    ]
    code, _out, err = _cli(capsys, monkeypatch, *argv)
    assert code == 2 and said in err
