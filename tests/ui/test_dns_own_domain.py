"""The DNS page writes the host's own domain into DnsDomainPublishList with the priority and
weight typed in its row (audit W3): with a list, a KMS host publishes only where it lists."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem

from app.domain.flow import PageId
from tests.ui.clients_support import reach_network_page
from tests.ui.driver import click, go_next, wait_idle


def test_the_own_domain_row_is_written_with_its_priority_and_weight(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    ctx = wizard.ctx
    reach_network_page(qtbot, wizard)
    go_next(qtbot, wizard, PageId.DNS)
    dns = wizard.currentPage()

    own = dns.domains.item(0, 0)
    assert own.text() == "lab.test"
    assert "only in the domains listed" in own.toolTip()
    dns.domains.setItem(0, 1, QTableWidgetItem("5"))
    dns.domains.setItem(0, 2, QTableWidgetItem("7"))
    dns.add_domain_row("branch.lab.test", 10, 50)
    click(qtbot, dns.apply)
    wait_idle(qtbot, dns)

    assert [(d.domain, d.priority, d.weight) for d in ctx.host.licensing.dns_domains] == [
        ("lab.test", 5, 7),
        ("branch.lab.test", 10, 50),
    ]
    [record] = ctx.session.lab.runtime.world.zone.srv("_vlmcs._tcp.lab.test")
    assert (record.priority, record.weight) == (5, 7)
