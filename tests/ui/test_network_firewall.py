"""Network page: the stock rules per profile with their scope, Domain ticked, Public never."""

from __future__ import annotations

from app.services.host_setup import FirewallProfile
from tests.ui.clients_support import reach_network_page
from tests.ui.driver import idents, wait_idle


def _to_network(qtbot, wizard):
    return reach_network_page(qtbot, wizard)


def test_domain_is_ticked_public_never_and_each_scope_is_shown(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    network = _to_network(qtbot, wizard)
    boxes = network.profile_boxes
    assert boxes[FirewallProfile.DOMAIN].isChecked()  # kms01 is a domain member
    assert not boxes[FirewallProfile.PUBLIC].isChecked()
    assert not boxes[FirewallProfile.PRIVATE].isChecked()
    scopes = network.scope_labels
    assert "SPPSVC-In-TCP-NoScope" in scopes[FirewallProfile.DOMAIN].text()
    assert "any address" in scopes[FirewallProfile.DOMAIN].text()
    assert "local subnet only" in scopes[FirewallProfile.PUBLIC].text()

    network.apply_settings()
    wait_idle(qtbot, network)
    assert "Domain" in confirmer.last_question and "Public" not in confirmer.last_question
    assert {"rule-open", "port-reachable"} <= idents(network.results)
    rule_open = next(r for r in network.result_rows() if "SPPSVC-In-TCP-NoScope" in r.text)
    assert "any address" in rule_open.text
