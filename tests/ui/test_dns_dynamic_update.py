"""The optional RFC 2136 publish: the record sent to the lab's DNS server, signed, and
found there by the next Verify."""

from __future__ import annotations

from app.domain.dns import CheckId
from app.domain.flow import PageId
from tests.ui.driver import click, go_next, wait_idle


def test_publish_by_dynamic_update_then_verify(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    ctx = wizard.ctx
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    wizard.currentPage().choose_group("server-b")
    go_next(qtbot, wizard, PageId.HOST_KEY)
    key_page = wizard.currentPage()
    key_page.key.paste_text(ctx.session.lab.host_key("server-b"))
    click(qtbot, key_page.install)
    wait_idle(qtbot, key_page)
    go_next(qtbot, wizard, PageId.ACTIVATION)
    activation = wizard.currentPage()
    click(qtbot, activation.activate)
    wait_idle(qtbot, activation)
    go_next(qtbot, wizard, PageId.NETWORK)
    go_next(qtbot, wizard, PageId.DNS)
    dns = wizard.currentPage()

    # The lab's DNS server and its TSIG key are offered; the record goes to a new domain.
    dns.update_box.setChecked(True)
    assert dns.server.text().startswith("127.0.0.1:")
    assert dns.key_file.text().endswith(".key")
    dns.add_domain_row("sales.lab.test", 5, 20)
    click(qtbot, dns.publish_update)
    wait_idle(qtbot, dns)
    question = confirmer.last_question
    assert "kms01.lab.test" in question and "sales.lab.test" in question
    published = [r for r in dns.findings.rows() if r.where == "sales.lab.test"]
    assert published and published[0].level.value == "ok"

    click(qtbot, dns.verify)
    wait_idle(qtbot, dns)
    sales = {entry.domain: report for entry, report in dns.reports}["sales.lab.test"]
    present = [f for f in sales.findings if f.check is CheckId.SRV_PRESENT]
    assert present and all(f.severity.value == "ok" for f in present)
