"""Item 3 of issue 16: the KMS record on a domain controller's DNS, through its own cmdlets.

The lab's domain controller (``app.lab.domain_controller``) is reached like every
machine: the operation scripts travel through the real WinRM adapter over real
HTTP, and what ``set-dns-server-srv`` adds is what the lab's DNS server then
answers, so the DNS check (real dnspython queries) sees it.
"""

from __future__ import annotations

import json

import pytest

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.tcp_probe import SocketTcpProbe
from app.cli import main
from app.domain.dns import DnsCheckRequest
from app.domain.dns_input import parse_nameserver
from app.domain.dns_remedies import srv_publication
from app.domain.dns_server_records import ServerPublishStatus
from app.domain.dns_update import PublishMode
from app.lab.domain_controller import add_domain_controller
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab
from app.services.dns_check import DnsCheckService
from app.services.dns_server_publish import DnsServerPublishService
from tests.adapters.winrm_support import lab_runner

DC = "dc01.lab.test"
RECORD = srv_publication("lab.test", "kms01.lab.test", port=1688)


@pytest.fixture()
def lab():
    world = build_default_lab(clients=3, scenario="legacy-2008r2")
    add_domain_controller(world)
    with LabRuntime(world, https=False) as runtime:
        yield runtime


def dns_check(lab: LabRuntime):
    request = DnsCheckRequest(
        domain="lab.test",
        nameservers=(parse_nameserver(lab.dns_address()),),
        dns_port=parse_nameserver(lab.dns_address()).port,
        host="kms01.lab.test",
        port=1688,
    )
    return DnsCheckService(DnspythonResolver(), SocketTcpProbe()).run(request)


def publisher(lab: LabRuntime, machine: str = DC) -> DnsServerPublishService:
    return DnsServerPublishService(lab_runner(lab, machine), machine, timeout=10)


def test_publish_on_the_dc_is_read_back_and_then_seen_by_the_dns_check(lab):
    before = dns_check(lab)
    assert before.observations.ad_marker is not None  # the DC locator record: an AD zone
    assert not any(r.target == "kms01.lab.test." for a in before.raw_answers() for r in a.srv())

    report = publisher(lab).publish(RECORD, PublishMode.ADD)

    assert report.status is ServerPublishStatus.VERIFIED, report.summary().english()
    assert report.zone == "lab.test" and report.before.records == ()
    [held] = report.after.records
    assert (held.target, held.port, held.owner) == ("kms01.lab.test", 1688, "LAB\\labadmin")
    # Created by the administrator's account: the host cannot keep it up to date itself.
    [(detail, fix)] = report.notes()
    assert "KMS01$" in detail.english() and "Full Control" in fix.english()
    received = [r for r in lab.world.received if r.machine == DC]
    assert [r.operation for r in received] == ["dns-server-srv", "set-dns-server-srv"]
    assert received[-1].params["target"] == "kms01.lab.test"

    after = dns_check(lab)
    published = {str(r) for a in after.raw_answers() for r in a.srv()}
    assert published == {"0 0 1688 kms01.lab.test."}
    expected = [f for f in after.findings if f.check.value == "expected-host"]
    assert [f.severity.value for f in expected] == ["ok"]


def test_delete_on_the_dc_removes_only_that_host_and_nothing_twice(lab):
    other = srv_publication("lab.test", "pc-fr.lab.test", port=1688)
    publisher(lab).publish(other, PublishMode.ADD)
    publisher(lab).publish(RECORD, PublishMode.ADD)

    deleted = publisher(lab).publish(RECORD, PublishMode.DELETE)
    again = publisher(lab).publish(RECORD, PublishMode.DELETE)

    assert deleted.status is ServerPublishStatus.VERIFIED
    assert [r.target for r in deleted.after.records] == ["pc-fr.lab.test"]
    assert again.status is ServerPublishStatus.NOTHING_TO_DELETE and again.after is None


def test_a_changed_port_replaces_the_host_s_record(lab):
    publisher(lab).publish(RECORD, PublishMode.ADD)
    moved = srv_publication("lab.test", "kms01.lab.test", port=1700, priority=5)
    report = publisher(lab).publish(moved, PublishMode.ADD)
    assert report.status is ServerPublishStatus.VERIFIED
    assert [str(r) for r in report.after.records] == ["5 0 1700 kms01.lab.test"]


def test_a_machine_without_the_dns_server_role_says_so(lab):
    report = publisher(lab, "kms01.lab.test").publish(RECORD, PublishMode.ADD)
    assert report.status is ServerPublishStatus.NOT_A_DNS_SERVER
    assert "DnsServer" in report.summary().english()


def test_a_zone_the_dc_does_not_hold_is_named_with_the_zones_asked(lab):
    report = publisher(lab).publish(
        srv_publication("site.other.test", "kms01.other.test"), PublishMode.ADD
    )
    assert report.status is ServerPublishStatus.ZONE_NOT_FOUND
    assert report.zones_asked == ("site.other.test", "other.test")


def test_hostile_values_reach_the_dc_as_data_and_are_refused_there(lab):
    runner = lab_runner(lab, DC)
    from app.domain.errors import ExecutionError

    with pytest.raises(ExecutionError) as caught:
        runner.run(
            "set-dns-server-srv",
            {
                "zone": "lab.test",
                "name": "_vlmcs._tcp",
                "target": "kms01.lab.test'; Remove-DnsServerZone lab.test -Force; '",
                "priority": 0,
                "weight": 0,
                "port": 1688,
                "ttl": 3600,
                "mode": "add",
            },
        )
    assert caught.value.hresult == 0x80070057
    assert caught.value.data["document"]["message"] == "invalid target"


def test_cli_via_dns_server_publishes_in_the_lab(capsys):
    code = main(
        [
            "--lang",
            "en",
            "dns-publish",
            "--domain",
            "lab.test",
            "--host",
            "kms01.lab.test",
            "--via-dns-server",
            "dc01",
            "--lab",
            "--json",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    assert doc["status"] == "verified" and doc["via_dns_server"] == DC
    assert doc["ds_integrated"] is True and doc["dynamic_update"] == "Secure"
    assert doc["after"] == [
        {
            "target": "kms01.lab.test",
            "priority": 0,
            "weight": 0,
            "port": 1688,
            "ttl": 3600,
            "owner": "LAB\\labadmin",
        }
    ]


def test_cli_refuses_a_key_file_with_via_dns_server(capsys, tmp_path):
    code = main(
        [
            "--lang",
            "en",
            "dns-publish",
            "--domain",
            "lab.test",
            "--host",
            "kms01.lab.test",
            "--via-dns-server",
            "dc01",
            "--tsig-key-file",
            str(tmp_path / "k.key"),
            "--lab",
        ]
    )
    assert code == 2
    assert "--tsig-key-file is for dynamic updates" in capsys.readouterr().err


def test_why_the_host_cannot_publish_a_record_another_account_created(lab):
    """The host publishes itself (12294); an administrator's record on the DC takes the name
    from it: its next publishing is refused (12293, REFUSED) and both sides say why; once the
    record is deleted on the DC, the host publishes again and owns the name."""
    from app.domain.catalog import default_catalog
    from app.lab.working_host import set_up_working_kms_host
    from app.services.host_setup.dns_publishing import DnsPublishingService

    host_runner = lab_runner(lab, "kms01.lab.test")
    try:
        set_up_working_kms_host(host_runner, lab.world.lab_keys(), lab.world.scenario)
        publishing = DnsPublishingService(host_runner, default_catalog(), timeout=10)
        first = publishing.publishing_reasons()
        assert [(f.id, f.severity.value) for f in first] == [("host-published", "ok")]
        assert "lab.test" in first[0].message.english()
        owned = publisher(lab).read(RECORD)
        assert [r.owner for r in owned.before.records] == ["LAB\\KMS01$"]
        assert owned.notes() == []

        moved = srv_publication("lab.test", "kms01.lab.test", port=1688, priority=10)
        assert publisher(lab).publish(moved, PublishMode.REPLACE).status.value == "verified"
        host_runner.run("restart-service", {})  # the host publishes again at its start

        blocked = publishing.publishing_reasons()
        assert [(f.id, f.severity.value) for f in blocked] == [("host-publish-failed", "blocker")]
        assert "0x8007232D" in blocked[0].message.english()
        assert "Full Control" in blocked[0].fix.english()
        held = publisher(lab).read(RECORD)
        assert [str(r) for r in held.before.records] == ["10 0 1688 kms01.lab.test"]
        [(detail, _fix)] = held.notes()
        assert "LAB\\labadmin" in detail.english()

        publisher(lab).publish(RECORD, PublishMode.DELETE)
        host_runner.run("restart-service", {})
        again = publishing.publishing_reasons()
        assert [f.id for f in again] == ["host-published"]
        mine = publisher(lab).read(RECORD)
        assert [(str(r), r.owner) for r in mine.before.records] == [
            ("0 0 1688 kms01.lab.test", "LAB\\KMS01$")
        ]
    finally:
        host_runner.close()


def test_publishing_off_is_the_first_reason():
    from app.services.host_setup.dns_publishing import PublishingEvent, publishing_reasons

    refused = PublishingEvent(12293, "2025-03-03T09:00:00.0000000Z", ("0x8007232D", "corp.test"))
    assert [f.id for f in publishing_reasons(False, [refused])] == ["host-publishing-off"]
    assert [f.id for f in publishing_reasons(True, [])] == ["host-no-publishing-event"]


def test_cli_read_changes_nothing_and_says_why_the_host_does_not_publish(capsys):
    args = ["--lang", "en", "dns-publish", "--domain", "lab.test", "--host", "kms01.lab.test"]
    code = main([*args, "--via-dns-server", "dc01", "--read", "--lab", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    assert doc["status"] == "read" and doc["after"] is None and doc["before"] == []
    # kms01 is not a KMS host yet in the default lab: no publishing event so far.
    assert [h["id"] for h in doc["host_publishing"]] == ["host-no-publishing-event"]
    assert main([*args, "--nameserver", "127.0.0.1", "--read"]) == 2
    assert "--read reads a Windows DNS server" in capsys.readouterr().err
