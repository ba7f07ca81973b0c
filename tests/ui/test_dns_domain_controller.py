"""The DNS page's path for an Active Directory–integrated zone: name the DC, read, confirm,
publish through the DC's own DnsServer cmdlets over WinRM (the lab's dc01), read back, and
find the record by the next Verify. Nothing is written without the confirmation."""

from __future__ import annotations

from app.domain.dns import CheckId
from app.domain.flow import PageId
from tests.ui.driver import click, go_next, wait_idle


def _to_dns_page(qtbot, wizard):
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
    return wizard.currentPage()


def test_publish_on_the_domain_controller_then_verify(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    dns = _to_dns_page(qtbot, wizard)
    dns.dc_box.setChecked(True)
    assert dns.dc_name.text() == "dc01.lab.test"  # the lab's DC is offered
    dns.add_domain_row("sales.lab.test", 5, 20)

    asked_before = len(confirmer.asked)
    click(qtbot, dns.dc_read)  # read-only: no question
    wait_idle(qtbot, dns)
    assert len(confirmer.asked) == asked_before
    sales = [r for r in dns.findings.rows() if r.where == "sales.lab.test"]
    assert sales and "no _vlmcs._tcp record" in sales[0].text
    # Why the host keeps its own record: it published it (event 12294 in its log).
    host_rows = [r for r in dns.findings.rows() if r.where == "kms01.lab.test"]
    assert any("event 12294" in r.text for r in host_rows)

    click(qtbot, dns.dc_publish)
    wait_idle(qtbot, dns)
    question = confirmer.last_question
    assert "dc01.lab.test" in question and "sales.lab.test" in question
    sales = [r for r in dns.findings.rows() if r.where == "sales.lab.test"]
    assert sales[0].level.value == "ok" and "verified" in sales[0].text
    # Created by the administrator: the host cannot keep it up to date itself.
    owner = [r for r in dns.findings.rows() if r.where == "dc01.lab.test"]
    assert owner and "KMS01$" in owner[0].text

    click(qtbot, dns.verify)
    wait_idle(qtbot, dns)
    report = {entry.domain: report for entry, report in dns.reports}["sales.lab.test"]
    present = [f for f in report.findings if f.check is CheckId.SRV_PRESENT]
    assert present and all(f.severity.value == "ok" for f in present)


def test_without_confirmation_nothing_is_published(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    dns = _to_dns_page(qtbot, wizard)
    dns.dc_box.setChecked(True)
    dns.add_domain_row("refused.lab.test", 0, 0)
    confirmer.answer = False
    click(qtbot, dns.dc_publish)
    wait_idle(qtbot, dns)
    assert "refused.lab.test" in confirmer.last_question
    assert not [r for r in dns.findings.rows() if r.where == "refused.lab.test"]
    click(qtbot, dns.dc_read)  # the DC's zone still holds nothing for that domain
    wait_idle(qtbot, dns)
    [row] = [r for r in dns.findings.rows() if r.where == "refused.lab.test"]
    assert "no _vlmcs._tcp record" in row.text
