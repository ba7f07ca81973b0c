"""KMS client settings through the real winrm adapter against the lab: an IPv6 KMS host in
brackets (audit G10) and the KMS lookup domain (G11)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.conversion import StepKind
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.fleet_conversion import RunStep, step_in_effect
from app.domain.licensing import KmsEndpoint, parse_kms_endpoint
from app.domain.scan_results import HostOutcome, HostResult
from app.domain.text import Text, msg
from tests.services.host_lab import host_lab

WIN10 = "pc-fr.lab.test"  # Windows 10: has KeyManagementServiceLookupDomain
WIN7 = "pc001.lab.test"  # Windows 7: has not


@pytest.fixture(scope="module")
def lab():
    with host_lab() as running:
        yield running


@pytest.mark.parametrize("given", ["2001:db8::10", "[2001:db8::10]", "[2001:DB8::10]"])
def test_an_ipv6_kms_host_is_set_in_brackets_as_slmgr_sets_it(lab, given):
    doc = lab.runner(WIN10).run("set-kms-host", {"host": given, "port": 1688})
    assert doc["kms_machine"] == f"[{given.strip('[]')}]"
    service = lab.runner(WIN10).run("status")["service"]
    assert service["kms_machine"] == doc["kms_machine"]
    # Read back as the same endpoint the wizard asked for, bracketed or not.
    assert parse_kms_endpoint(service["kms_machine"]).same_as(KmsEndpoint("2001:db8::10", 1688))


@pytest.mark.parametrize("bad", ["[kms01.lab.test]", "[2001:db8::10", "2001:db8::10]", "[]"])
def test_broken_brackets_are_refused(lab, bad):
    with pytest.raises(ExecutionError) as refused:
        lab.runner(WIN10).run("set-kms-host", {"host": bad})
    assert refused.value.kind is ErrorKind.SCRIPT_FAILED and refused.value.hresult == 0x80070057


@pytest.mark.parametrize("host", ["2001:db8::10", "[2001:db8::10]"])
def test_an_ipv6_host_with_a_port_is_recognised_as_already_set(host):
    """A resumed run must see the step done: "2001:db8::10" + ":1688" is another address."""
    step = RunStep(
        host=WIN10,
        seq=1,
        kind=StepKind.SET_KMS_HOST,
        params={"host": host, "port": 1688},
        description=msg(Text("Test", "set")),
    )
    state = HostResult(
        WIN10,
        HostOutcome.SCANNED,
        datetime(2025, 1, 1, tzinfo=UTC),
        kms_host=KmsEndpoint("2001:db8::10", 1688),
    )
    assert step_in_effect(step, state)
    elsewhere = HostResult(
        WIN10,
        HostOutcome.SCANNED,
        datetime(2025, 1, 1, tzinfo=UTC),
        kms_host=KmsEndpoint("2001:db8::10", 1689),
    )
    assert not step_in_effect(step, elsewhere)


def test_a_lookup_domain_is_where_the_client_looks_and_clear_kms_host_forgets_it(lab):
    runner = lab.runner(WIN10)
    doc = runner.run("set-kms-lookup-domain", {"domain": "branch.lab.test"})
    assert (doc["ok"], doc["kms_lookup_domain"]) == (True, "branch.lab.test")
    machine = lab.world.machine(WIN10)
    assert machine.service.kms_lookup_domain == "branch.lab.test"
    cleared = runner.run("clear-kms-host")
    assert (cleared["kms_machine"], cleared["kms_lookup_domain"]) == ("", "")
    assert machine.service.kms_lookup_domain == ""


def test_windows_7_has_no_lookup_domain(lab):
    runner = lab.runner(WIN7)
    with pytest.raises(ExecutionError) as refused:
        runner.run("set-kms-lookup-domain", {"domain": "branch.lab.test"})
    assert refused.value.hresult == 0x80131515
    # clear-kms-host skips the missing method instead of failing: the property reads as null.
    assert runner.run("clear-kms-host")["kms_lookup_domain"] is None


def test_a_bad_lookup_domain_is_refused_before_anything_changes(lab):
    with pytest.raises(ExecutionError) as refused:
        lab.runner(WIN10).run("set-kms-lookup-domain", {"domain": "corp; rm -rf"})
    assert refused.value.hresult == 0x80070057
