"""The two stock KMS rules, their scopes, the host's network profile and a GPO (audit B4, G6).

Through the real scripts' command lines (tests.lab.spp_lab_driver): ``firewall``
writes, ``firewall-state`` reads the active store back. pc010 sits on a routed
branch subnet (127.21.0.x), pc001 on kms01's own /24.
"""

from __future__ import annotations

from tests.lab.spp_lab_driver import Driver

UNAVAILABLE = "0xC004F074"
REACHED = "0xC004F038"  # the host answered: not enough clients counted yet
LOCAL, ROUTED = "pc001", "pc010"


def rules(d: Driver, port: int = 1688) -> dict[str, dict]:
    return {r["name"]: r for r in d.ok("kms01", "firewall-state", port=port)["rules"]}


def test_the_lab_has_a_routed_client_and_a_local_one() -> None:
    d = Driver()
    lab = d.world.lab
    assert lab.machines["pc010"].address.startswith("127.21.")
    assert lab.machines["pc001"].address.startswith("127.20.0.")
    assert lab.machines["kms01"].address == "127.20.0.2"


def test_both_stock_rules_exist_disabled_with_their_scopes() -> None:
    d = Driver()
    state = d.ok("kms01", "firewall-state", port=1688)
    assert state["active_profiles"] == ["Domain"]  # a domain member
    assert state["gpo_controls"] is False and state["local_rules_ignored"] == []
    found = rules(d)
    assert set(found) == {"SPPSVC-In-TCP", "SPPSVC-In-TCP-NoScope"}
    scoped, noscope = found["SPPSVC-In-TCP"], found["SPPSVC-In-TCP-NoScope"]
    assert (scoped["profiles"], scoped["remote_addresses"]) == (
        ["Private", "Public"],
        ["LocalSubnet"],
    )
    assert (noscope["profiles"], noscope["remote_addresses"]) == (["Domain"], ["*"])  # COM: 2008 R2
    assert not scoped["enabled"] and not noscope["enabled"]


def test_domain_enables_noscope_and_leaves_the_scoped_rule_alone() -> None:
    d = Driver()
    d.make_host(firewall=False)
    assert d.fails(ROUTED, "activate") == UNAVAILABLE
    d.ok("kms01", "firewall", port=1688, profiles=["Domain"], enabled=True)
    found = rules(d)
    assert found["SPPSVC-In-TCP-NoScope"]["enabled"] is True
    assert found["SPPSVC-In-TCP"]["enabled"] is False
    assert found["SPPSVC-In-TCP"]["profiles"] == ["Private", "Public"]  # never re-profiled
    assert d.fails(ROUTED, "activate") == REACHED  # any address: the branch client gets in
    assert d.fails(LOCAL, "activate") == REACHED


def test_the_local_subnet_rule_refuses_a_routed_client() -> None:
    d = Driver()
    d.make_host(firewall=False)
    d.world.lab.machines["kms01"].fw().active_profile = "Private"  # a workgroup network
    d.ok("kms01", "firewall", port=1688, profiles=["Private", "Public"], enabled=True)
    assert rules(d)["SPPSVC-In-TCP"]["enabled"] is True
    assert d.fails(LOCAL, "activate") == REACHED  # same /24 as the host
    assert d.fails(ROUTED, "activate") == UNAVAILABLE  # refused by the LocalSubnet scope


def test_the_doc_shortcut_of_re_profiling_the_scoped_rule_keeps_routed_clients_out() -> None:
    # Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain (kms-create-host.md): the rule
    # now covers Domain, still LocalSubnet. What the wizard did before issue 13.
    d = Driver()
    d.make_host(firewall=False)
    d.world.lab.machines["kms01"].fw().rules["SPPSVC-In-TCP"].profiles = {"Domain"}
    d.world.lab.machines["kms01"].fw().rules["SPPSVC-In-TCP"].enabled = True
    assert d.fails(LOCAL, "activate") == REACHED
    assert d.fails(ROUTED, "activate") == UNAVAILABLE
    d.ok("kms01", "firewall", port=1688, profiles=["Domain"], enabled=True)
    assert d.fails(ROUTED, "activate") == REACHED


def test_private_alone_gets_our_own_local_subnet_rule_not_the_stock_one() -> None:
    d = Driver()
    d.ok("kms01", "firewall", port=1688, profiles=["Private"], enabled=True)
    found = rules(d)
    assert found["SPPSVC-In-TCP"]["enabled"] is False  # it would open Public as well
    own = found["KMSW-KMS-In-TCP-1688-LocalSubnet"]
    assert own["enabled"] and own["profiles"] == ["Private"]
    assert own["remote_addresses"] == ["LocalSubnet"]
    d.ok("kms01", "firewall", port=1688, profiles=["Private"], enabled=False)
    assert not rules(d)["KMSW-KMS-In-TCP-1688-LocalSubnet"]["enabled"]


def test_a_gpo_that_ignores_local_rules_keeps_the_port_closed_and_says_so() -> None:
    d = Driver()
    d.make_host(firewall=False)
    d.world.lab.machines["kms01"].fw().local_rules_ignored = {"Domain", "Private", "Public"}
    d.ok("kms01", "firewall", port=1688, profiles=["Domain"], enabled=True)
    state = d.ok("kms01", "firewall-state", port=1688)
    assert state["gpo_controls"] is True
    assert state["local_rules_ignored"] == ["Domain", "Private", "Public"]
    assert state["rules"] == []  # written locally, not in force
    assert d.fails(LOCAL, "activate") == UNAVAILABLE


def test_firewall_state_checks_its_port() -> None:
    d = Driver()
    assert d.fails("kms01", "firewall-state", port=0) == "0x80070057"
    assert d.fails("kms01", "firewall-state", port="1688") == "0x80070057"
