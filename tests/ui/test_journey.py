"""The whole host setup on the simulated lab, in English, French and German.

welcome → lab → host check → Server Group B → host key (a GVLK first, refused
naming its edition; then the lab's Server Group B key) → online activation →
network → DNS verify (red, then publish, then green) → host ready. Every step
asserts the page, the state of Next and what the page shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.flow import PageId, page_title
from app.i18n import render_text
from tests.ui.driver import (
    FINISH,
    click,
    go_next,
    idents,
    levels,
    next_enabled,
    wait_idle,
)

WS2008R2_STANDARD = "ws2008r2-standard"


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_full_host_setup_on_the_lab(qtbot, make_wizard, language):
    wizard, confirmer = make_wizard(language)
    ctx = wizard.ctx
    catalog = ctx.catalog

    # Welcome: the lab is chosen (--demo), Next leads to the host check.
    assert wizard.currentId() == PageId.WELCOME
    welcome = wizard.currentPage()
    assert welcome.lab.isChecked()
    assert wizard.currentPage().title() == render_text(page_title(PageId.WELCOME))
    if language != "en":
        assert wizard.page(PageId.HOST_CHECK).title() != "Host check"
        assert wizard.button(wizard.WizardButton.NextButton).text() != "&Next >"

    # Host check: connects to the lab's kms01 over WinRM/HTTPS and inspects it.
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    check = wizard.currentPage()
    wait_idle(qtbot, check)
    assert ctx.state.inspected and not ctx.state.preflight_blocked
    assert check.summary.value("machine") == "kms01.lab.test"
    assert "error" not in levels(check.findings)
    assert "kms01.lab.test" in wizard.windowTitle()
    assert next_enabled(wizard)

    # Key group: Server Group B is allowed on Server 2008 R2 Standard; modern keys are not.
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    groups = wizard.currentPage()
    assert not next_enabled(wizard)  # nothing chosen yet
    assert groups.blocker_label.text()
    assert groups.group_enabled("server-b")
    assert not groups.group_enabled("ws2022")
    assert groups.choose_group("server-b")
    products = [groups.activates.item(r, 0).text() for r in range(groups.activates.rowCount())]
    assert "Windows Server 2008 R2 Standard" in products
    assert "Windows 7 Professional" in products
    assert next_enabled(wizard)

    # Host key: a GVLK is refused at once, naming its edition; the lab's key installs.
    go_next(qtbot, wizard, PageId.HOST_KEY)
    key_page = wizard.currentPage()
    assert not next_enabled(wizard)
    gvlk = catalog.gvlk_for(WS2008R2_STANDARD)
    key_page.key.paste_text(gvlk.reveal().lower().replace("-", " "))
    assert key_page.key.text() == gvlk.reveal()
    assert "Windows Server 2008 R2 Standard" in key_page.validation.text()
    assert not key_page.install.isEnabled()
    lab_key = ctx.session.lab.host_key("server-b")
    key_page.key.clear()
    key_page.key.paste_text(lab_key)
    assert key_page.install.isEnabled()
    click(qtbot, key_page.install)
    wait_idle(qtbot, key_page)
    masked = "XXXXX-XXXXX-XXXXX-XXXXX-" + lab_key[-5:]
    install_question = confirmer.asked[0][1]
    assert masked in install_question and "kms01.lab.test" in install_question
    # The GVLK already there is replaced only after a second, named confirmation.
    assert gvlk.masked in confirmer.last_question
    assert ctx.state.key_installed
    assert "host-key-installed" in idents(key_page.results)
    assert next_enabled(wizard)

    # Activation online (confirmed by name), then the host is a KMS host.
    go_next(qtbot, wizard, PageId.ACTIVATION)
    activation = wizard.currentPage()
    assert not next_enabled(wizard)
    click(qtbot, activation.activate)
    wait_idle(qtbot, activation)
    assert masked in confirmer.last_question and "kms01.lab.test" in confirmer.last_question
    assert ctx.state.host_activated
    assert {"activated", "now-a-host"} <= idents(activation.results)
    assert next_enabled(wizard)

    # Network: open the firewall, then the port answers from this computer.
    go_next(qtbot, wizard, PageId.NETWORK)
    network = wizard.currentPage()
    assert network.port.value() == 1688
    click(qtbot, network.apply)
    wait_idle(qtbot, network)
    assert "1688" in confirmer.last_question and "kms01.lab.test" in confirmer.last_question
    assert {"rule-open", "port-reachable"} <= idents(network.results)
    click(qtbot, network.test)
    wait_idle(qtbot, network)
    assert "port-reachable" in idents(network.results)

    # DNS: a second domain is not published yet (red), publishing fixes it (green).
    go_next(qtbot, wizard, PageId.DNS)
    dns = wizard.currentPage()
    assert dns.domains.item(0, 0).text() == "lab.test"
    dns.add_domain_row("branch.lab.test", 10, 50)
    click(qtbot, dns.verify)
    wait_idle(qtbot, dns)
    assert dns.verified_ok is False
    assert "error" in levels(dns.findings)
    assert dns.findings.rows()[0].level.value == "error"  # problems first
    assert "branch.lab.test" in dns.remedies.toPlainText()
    assert "IN SRV 10 50 1688 kms01.lab.test." in dns.remedies.toPlainText()
    assert "kms01.lab.test" in dns.remedies.toPlainText()
    assert dns.remedies.isVisible()
    click(qtbot, dns.apply)
    wait_idle(qtbot, dns)
    assert "branch.lab.test" in confirmer.last_question
    click(qtbot, dns.verify)
    wait_idle(qtbot, dns)
    assert dns.verified_ok is True
    assert "error" not in levels(dns.findings)
    assert not dns.remedies.isVisible()

    # Host ready: the dashboard; after two lab hours clients have asked.
    go_next(qtbot, wizard, PageId.HOST_READY)
    ready = wizard.currentPage()
    wait_idle(qtbot, ready)
    assert "kms01.lab.test" in ready.count.text()
    assert ready.dashboard.is_kms_host
    assert ready.to_clients.isVisible() and ready.to_summary.isVisible()
    assert not wizard.button(FINISH).isVisible()  # the clients and the summary come next
    click(qtbot, ready.lab_time)
    wait_idle(qtbot, ready)
    assert ready.dashboard.count >= 5
    assert ready.dashboard.windows[0].reached  # Windows Server threshold (5)
    assert [p.name for p in wizard.planned_steps()] == [
        "WELCOME",
        "HOST_CHECK",
        "KEY_GROUP",
        "HOST_KEY",
        "ACTIVATION",
        "NETWORK",
        "DNS",
        "HOST_READY",
        "CLIENTS_INVENTORY",
        "CLIENTS_SCAN",
        "CLIENTS_CONVERT",
        "SUMMARY",
    ]
    assert QApplication.instance() is not None
