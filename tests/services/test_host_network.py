"""Port, firewall, priority and intervals against the lab, with a real TCP connect as proof.

The lab opens a real loopback listener at a KMS host's address and port only
when its service listens there and its firewall lets the port in
(``app.lab.kms_listeners``), so these tests connect for real.
"""

from __future__ import annotations

import pytest

from app.adapters.tcp_probe import SocketTcpProbe
from app.domain.dns import ProbeStatus
from app.domain.keys import parse_key
from app.services.host_setup import (
    ActivationService,
    FirewallProfile,
    FirewallService,
    HostKeyService,
    KmsServiceOptions,
    Outcome,
    Severity,
)
from app.services.host_setup.firewall import RuleScope
from app.services.host_setup.machine_calls import call
from tests.services.host_lab import host_lab

ADDRESS = "127.20.0.2"  # kms01 in the default lab


@pytest.fixture
def lab():
    """kms01 as an activated KMS host, firewall still closed."""
    with host_lab() as running:
        keys = HostKeyService(running.runner(), running.catalog)
        assert (
            keys.install_key(parse_key(running.key("server-b")), confirm_replace="R7VHC").outcome
            is Outcome.DONE
        )
        assert ActivationService(running.runner()).activate().outcome is Outcome.DONE
        yield running


def options(lab):
    return KmsServiceOptions(lab.runner(), lab.catalog, SocketTcpProbe())


def firewall(lab):
    return FirewallService(lab.runner(), lab.catalog, SocketTcpProbe())


def connect(port):
    return SocketTcpProbe().connect(ADDRESS, port, timeout=1.0).status


def test_a_closed_firewall_refuses_then_the_open_rule_accepts(lab):
    assert connect(1688) is ProbeStatus.REFUSED
    result = firewall(lab).set_rule()  # Domain by default
    assert result.outcome is Outcome.DONE
    noscope = result.rule("SPPSVC-In-TCP-NoScope")
    assert noscope.enabled and noscope.profiles == (FirewallProfile.DOMAIN,)
    assert noscope.scope is RuleScope.ANY
    scoped = result.rule("SPPSVC-In-TCP")
    assert not scoped.enabled  # untouched, and never re-profiled
    assert scoped.profiles == (FirewallProfile.PRIVATE, FirewallProfile.PUBLIC)
    assert scoped.scope is RuleScope.LOCAL_SUBNET
    assert result.state.active_profiles == (FirewallProfile.DOMAIN,)
    assert result.reachability.reachable and result.reachability.proves_clients_can_connect
    assert connect(1688) is ProbeStatus.REACHABLE

    closed = firewall(lab).set_rule(enabled=False)
    assert closed.outcome is Outcome.DONE and not closed.rule("SPPSVC-In-TCP-NoScope").enabled
    assert not closed.reachability.reachable
    assert "closed-as-expected" in {f.id for f in closed.findings}
    assert connect(1688) is ProbeStatus.REFUSED


def test_a_rule_for_the_wrong_profile_is_proven_useless(lab):
    # Lab machines sit in the Domain profile: a Public-only rule lets nobody in.
    result = firewall(lab).set_rule(profiles=["public"])
    assert result.outcome is Outcome.DONE
    own = result.rule("KMSW-KMS-In-TCP-1688-LocalSubnet")
    assert own.enabled and own.profiles == (FirewallProfile.PUBLIC,)
    assert not result.rule("SPPSVC-In-TCP").enabled  # it would open Private as well
    ids = {f.id for f in result.findings}
    assert {"active-profile-closed", "stock-rule-covers-both", "local-subnet-only"} <= ids
    unreachable = next(f for f in result.findings if f.id == "port-unreachable")
    assert unreachable.severity is Severity.BLOCKER
    assert "network profile" in unreachable.fix.english()


def test_private_and_public_enable_the_scoped_stock_rule_and_say_its_scope(lab):
    result = firewall(lab).set_rule(profiles=["private", "public"])
    scoped = result.rule("SPPSVC-In-TCP")
    assert scoped.enabled and scoped.scope is RuleScope.LOCAL_SUBNET
    local = next(f for f in result.findings if f.id == "local-subnet-only")
    assert "routed subnets" in local.message.english()
    assert "SPPSVC-In-TCP-NoScope" in local.fix.english()


def test_a_gpo_that_ignores_local_rules_is_reported_with_its_fix(lab):
    lab.world.lab.machines["kms01"].fw().local_rules_ignored = {"Domain"}
    result = firewall(lab).set_rule()
    assert result.outcome is Outcome.NOT_VERIFIED
    assert result.state.gpo_controls
    assert result.rule("SPPSVC-In-TCP-NoScope") is None  # written locally, not in force
    gpo = next(f for f in result.findings if f.id == "gpo-controls")
    assert gpo.severity is Severity.BLOCKER
    assert "Group Policy" in gpo.message.english()
    assert "owner of that GPO" in gpo.fix.english()
    assert connect(1688) is ProbeStatus.REFUSED


def test_on_the_host_itself_a_connection_proves_nothing(lab):
    service = FirewallService(lab.runner(), lab.catalog, SocketTcpProbe(), on_host=True)
    result = service.set_rule()
    reach = result.reachability
    assert reach.reachable and reach.from_the_host
    assert not reach.proves_clients_can_connect
    (finding,) = reach.findings
    assert finding.id == "tested-on-the-host" and finding.severity is Severity.WARNING
    assert "proves nothing" in finding.message.english()
    assert "Test-NetConnection kms01.lab.test -Port 1688" in finding.fix.english()
    assert "port-reachable" not in {f.id for f in result.findings}


def test_port_changed_to_1689_and_back(lab):
    firewall(lab).set_rule()
    moved = options(lab).set_port(1689)
    assert moved.outcome is Outcome.DONE
    assert (moved.before, moved.listening_port, moved.restarted) == (1688, 1689, True)
    assert lab.operations()[-6:].count("restart-service") == 1
    assert not moved.reachability.reachable  # SPPSVC-In-TCP covers 1688 only
    assert {"open-firewall", "port-unreachable"} <= {f.id for f in moved.findings}
    assert connect(1688) is ProbeStatus.REFUSED

    custom = firewall(lab).set_rule()  # the listening port by default: 1689
    assert custom.port == 1689 and custom.rule("KMSW-KMS-In-TCP-1689").enabled
    assert custom.reachability.reachable
    assert connect(1689) is ProbeStatus.REACHABLE

    back = options(lab).set_port("1688")
    assert back.outcome is Outcome.DONE and back.listening_port == 1688
    assert back.reachability.reachable  # the built-in rule is still open
    assert connect(1689) is ProbeStatus.REFUSED  # nothing listens there any more
    closed = firewall(lab).set_rule(enabled=False, port=1689)
    assert not closed.rule("KMSW-KMS-In-TCP-1689").enabled

    unchanged = options(lab).set_port(1688)
    assert unchanged.outcome is Outcome.UNCHANGED and unchanged.reachability.reachable


@pytest.mark.parametrize(
    ("port", "finding"),
    [(3389, "port-used-by-windows"), (5985, "port-used-by-windows"), (900, "well-known-port")],
)
def test_risky_ports_are_warned_about(lab, port, finding):
    result = options(lab).set_port(port)
    assert result.outcome is Outcome.DONE
    warning = next(f for f in result.findings if f.id == finding)
    assert warning.severity is Severity.WARNING
    assert str(port) in warning.message.english()


@pytest.mark.parametrize("port", [0, 65536, "16x", -1, None])
def test_a_bad_port_is_rejected_before_anything_is_sent(lab, port):
    before = len(lab.operations())
    result = options(lab).set_port(port)
    assert result.outcome is Outcome.REJECTED
    assert len(lab.operations()) == before


def test_priority_and_intervals(lab):
    service = options(lab)
    low = service.set_priority(True)
    assert low.outcome is Outcome.DONE and low.low_priority and low.restarted
    assert lab.operations()[-3:-1] == ["set-priority", "restart-service"]
    assert "service-restarted" in {f.id for f in low.findings}
    assert service.set_priority(True).outcome is Outcome.UNCHANGED
    assert service.set_priority(False).low_priority is False

    intervals = service.set_intervals(60, None)
    assert intervals.outcome is Outcome.DONE and intervals.restarted
    assert (intervals.activation, intervals.renewal) == (60, 10080)
    assert lab.operations()[-3:-1] == ["set-intervals", "restart-service"]
    before = len(lab.operations())
    for bad in ((14, None), (None, 43201), ("ten", None), (True, None)):
        assert service.set_intervals(*bad).outcome is Outcome.REJECTED
    assert len(lab.operations()) == before
    edge = service.set_intervals("15", 43200)
    assert (edge.activation, edge.renewal) == (15, 43200)


def test_service_options_need_an_activated_host():
    with host_lab() as fresh:
        result = KmsServiceOptions(fresh.runner(), fresh.catalog).set_port(1689)
        assert result.outcome is Outcome.REFUSED
        assert "set-listening-port" not in fresh.operations()


def test_new_intervals_reach_clients_because_the_service_restarts(lab):
    """The lab hands clients the running service's intervals: only a restart applies new ones."""
    assert firewall(lab).set_rule().outcome is Outcome.DONE
    result = options(lab).set_intervals(60, 1440)
    assert result.outcome is Outcome.DONE and result.restarted
    client = lab.world.machine("pc001")
    call(lab.runner(client.fqdn), "activate")  # below the threshold: counted, not activated
    assert client.windows_product().activation_interval == 60
