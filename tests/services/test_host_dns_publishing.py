"""DNS publishing against the lab (real winrm adapter), checked by the DNS check service
against the lab's real DNS server, with real TCP connects to the published port."""

from __future__ import annotations

import pytest

from app.adapters.dns_resolver import DnspythonResolver
from app.adapters.tcp_probe import SocketTcpProbe
from app.domain.dns import CheckId
from app.domain.dns import Severity as DnsSeverity
from app.domain.keys import parse_key
from app.services.dns_check import DnsCheckService
from app.services.host_setup import (
    ActivationService,
    DnsPublishingService,
    FirewallService,
    HostKeyService,
    Outcome,
    PublishDomain,
    Severity,
)
from app.services.host_setup.dns_publishing import publish_list
from app.services.host_setup.machine_calls import call
from tests.services.host_lab import KMS_HOST, host_lab


def publisher(lab):
    checker = DnsCheckService(DnspythonResolver(), SocketTcpProbe())
    return DnsPublishingService(lab.runner(), lab.catalog, checker, lab.lookup())


@pytest.fixture
def lab():
    """kms01 activated, firewall open; the lab DNS server running."""
    with host_lab(dns=True) as running:
        keys = HostKeyService(running.runner(), running.catalog)
        installed = keys.install_key(parse_key(running.key("server-b")), confirm_replace="R7VHC")
        assert installed.outcome is Outcome.DONE
        assert ActivationService(running.runner()).activate().outcome is Outcome.DONE
        assert FirewallService(running.runner(), running.catalog).set_rule().outcome is Outcome.DONE
        yield running


def srv(lab, domain):
    return sorted(
        (r.priority, r.weight, r.port, r.target)
        for r in lab.world.zone.srv(f"_vlmcs._tcp.{domain}")
    )


def test_publishing_in_two_domains_is_verified_through_dns(lab):
    result = publisher(lab).set_publishing(True, [("branch.lab.test", 10, 50)])
    assert result.outcome is Outcome.DONE
    assert result.enabled and result.restarted
    # A list replaces publishing in the primary suffix: the host's own domain is written too.
    assert result.domains == (
        PublishDomain("lab.test", 0, 0),
        PublishDomain("branch.lab.test", 10, 50),
    )
    assert "own-domain-added" in {f.id for f in result.findings}
    assert [c.domain for c in result.checks] == ["lab.test", "branch.lab.test"]
    for check in result.checks:
        assert not check.report.has_errors, [f.detail.english() for f in check.report.findings]
        reachable = next(f for f in check.report.findings if f.check is CheckId.TCP_REACHABLE)
        assert reachable.severity is DnsSeverity.OK
    assert srv(lab, "branch.lab.test") == [(10, 50, 1688, f"{KMS_HOST}.")]
    assert {f.id for f in result.findings} >= {"publishing-on", "dns-check-ok"}


def test_turning_publishing_off_leaves_the_records(lab):
    result = publisher(lab).set_publishing(False)
    assert result.outcome is Outcome.DONE and not result.enabled
    assert "restart-service" not in lab.operations()[-4:]
    stale = next(f for f in result.findings if f.id == "stale-records")
    assert KMS_HOST in stale.fix.english()
    assert srv(lab, "lab.test") == [(0, 0, 1688, f"{KMS_HOST}.")]  # still there


def test_a_domain_outside_the_zone_fails_its_check(lab):
    result = publisher(lab).set_publishing(True, ["elsewhere.example"])
    assert result.outcome is Outcome.DONE  # the host took the setting…
    failed = next(f for f in result.findings if f.id == "dns-check-errors")
    assert failed.severity is Severity.BLOCKER  # …but clients there cannot find it
    assert "elsewhere.example" in failed.message.english()


@pytest.mark.parametrize(
    "entry", [("bad domain", 0, 0), ("lab.test", 70000, 0), ("lab.test", 0, "x"), "-lab.test"]
)
def test_bad_entries_are_rejected_before_anything_is_sent(lab, entry):
    before = len(lab.operations())
    result = publisher(lab).set_publishing(True, [entry])
    assert result.outcome is Outcome.REJECTED
    assert len(lab.operations()) == before


def test_a_machine_that_is_no_host_publishes_nothing():
    with host_lab() as fresh:
        result = DnsPublishingService(fresh.runner(), fresh.catalog).set_publishing(True)
        assert result.outcome is Outcome.REFUSED
        assert "set-dns-publishing" not in fresh.operations()


def test_the_own_domain_keeps_the_priority_and_weight_asked_for_it(lab):
    asked = [("branch.lab.test", 10, 50), ("lab.test", 5, 7)]
    result = publisher(lab).set_publishing(True, asked)
    assert result.outcome is Outcome.DONE
    registry = call(lab.runner(), "status")[0]["service"]["dns_domains"]
    assert registry == ["lab.test, 5, 7", "branch.lab.test, 10, 50"]
    assert srv(lab, "lab.test") == [(5, 7, 1688, f"{KMS_HOST}.")]
    assert "own-domain-added" not in {f.id for f in result.findings}


def test_only_the_own_domain_at_zero_writes_no_list(lab):
    result = publisher(lab).set_publishing(True, [("lab.test", 0, 0)])
    assert result.outcome is Outcome.DONE and result.domains == ()
    assert srv(lab, "lab.test") == [(0, 0, 1688, f"{KMS_HOST}.")]


def test_the_lab_host_given_a_list_without_its_domain_publishes_only_the_list(lab):
    """As on Windows: the list suspends publishing in the primary DNS suffix."""
    zone = lab.world.zone
    for record in zone.records("_vlmcs._tcp.lab.test", "SRV"):
        zone.delete("_vlmcs._tcp.lab.test", "SRV", record.value)  # scavenged old record
    domains = [{"domain": "branch.lab.test", "priority": 0, "weight": 0}]
    doc, error = call(lab.runner(), "set-dns-publishing", {"enabled": True, "domains": domains})
    assert error is None and doc["dns_domains"] == ["branch.lab.test, 0, 0"]
    assert call(lab.runner(), "restart-service")[1] is None
    assert srv(lab, "branch.lab.test") == [(0, 0, 1688, f"{KMS_HOST}.")]
    assert srv(lab, "lab.test") == []


def test_publish_list_rules():
    own = PublishDomain("lab.test", 0, 0)
    branch = PublishDomain("branch.lab.test", 10, 50)
    assert publish_list("lab.test", []) == ()
    assert publish_list("lab.test", [own]) == ()
    assert publish_list("lab.test", [branch]) == (own, branch)
    assert publish_list("Lab.Test.", [branch, PublishDomain("lab.test", 1, 2)]) == (
        PublishDomain("lab.test", 1, 2),
        branch,
    )
    assert publish_list("lab.test", [PublishDomain("lab.test", 3, 0)]) == (
        PublishDomain("lab.test", 3, 0),
    )
    assert publish_list("", [branch]) == (branch,)  # a workgroup host: no own domain to add
