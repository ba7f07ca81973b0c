"""What goes wrong, and what the user then sees: wrong password, unreachable host,
a host that cannot be a KMS host, a declined confirmation, Cancel and Back."""

from __future__ import annotations

from app.domain.flow import PageId, Target
from app.lab.faults import MachineFaults
from tests.ui.driver import click, go_back, go_next, idents, levels, next_enabled, wait_idle


def _fill_connection(page, lab, machine, password):
    page.host.setText(machine)
    page.url.setText(lab.winrm_url(machine, https=True))
    page.ca_file.setText(str(lab.ca_file))
    page.auth.setCurrentIndex(2)  # Basic: the lab's local account (negotiate, ntlm, basic)
    page.user.setText(lab.world.user)
    page.password.setText(password)


def _remote_wizard(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en", target=Target.REMOTE)
    assert wizard.page(PageId.WELCOME).remote.isChecked()
    go_next(qtbot, wizard, PageId.CONNECTION)
    return wizard, wizard.currentPage()


def test_wrong_password_then_right_one(qtbot, make_wizard, lab):
    wizard, page = _remote_wizard(qtbot, make_wizard)
    assert not next_enabled(wizard)
    _fill_connection(page, lab, "kms01.lab.test", "not-the-password")
    click(qtbot, page.test_button)
    wait_idle(qtbot, page)
    # The account is named with the protocol and port; Basic means a local account,
    # so the fix is the local one (password, UAC remote restrictions).
    assert "kms01.lab.test refused the account labadmin" in page.operation.text
    assert "(HTTPS, port" in page.operation.text
    assert "LocalAccountTokenFilterPolicy" in page.operation.text  # the hint
    assert not wizard.ctx.state.connected and not next_enabled(wizard)
    assert "not-the-password" not in page.operation.text

    page.password.setText(lab.world.password)
    click(qtbot, page.test_button)
    wait_idle(qtbot, page)
    assert wizard.ctx.state.connected and next_enabled(wizard)
    assert page.summary.value("machine") == "kms01.lab.test"
    page.host.setText("kms01.lab.test")
    page.host.textEdited.emit("kms01.lab.test")  # any edit asks for a new test
    assert not wizard.ctx.state.connected and not next_enabled(wizard)


def test_unreachable_host_and_bad_input(qtbot, make_wizard, lab):
    wizard, page = _remote_wizard(qtbot, make_wizard)
    page.host.setText("")
    click(qtbot, page.test_button)
    assert not page.operation.busy  # nothing was sent
    assert page.operation.isVisible() and page.operation.text
    _fill_connection(page, lab, "pc-offline.lab.test", lab.world.password)
    click(qtbot, page.test_button)
    wait_idle(qtbot, page)
    # A black hole: the TCP connection itself is never answered (off, or a dropping firewall).
    assert "pc-offline.lab.test did not answer the connection on port" in page.operation.text
    assert "firewall" in page.operation.text
    assert not next_enabled(wizard)


def test_blocked_preflight_keeps_next_off(qtbot, make_wizard, lab):
    wizard, page = _remote_wizard(qtbot, make_wizard)
    _fill_connection(page, lab, "srv-eval.lab.test", lab.world.password)
    click(qtbot, page.test_button)
    wait_idle(qtbot, page)
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    check = wizard.currentPage()
    wait_idle(qtbot, check)
    assert wizard.ctx.state.preflight_blocked
    assert "error" in levels(check.findings)
    assert "group-not-allowed" in idents(check.findings)
    assert not next_enabled(wizard)
    assert check.blocker_label.text()
    click(qtbot, check.again)
    wait_idle(qtbot, check)
    assert not next_enabled(wizard)
    go_back(qtbot, wizard, PageId.CONNECTION)


def test_declined_confirmation_changes_nothing(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en", answer=False)
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    wizard.currentPage().choose_group("server-b")
    go_next(qtbot, wizard, PageId.HOST_KEY)
    page = wizard.currentPage()
    page.key.paste_text(wizard.ctx.session.lab.host_key("server-b"))
    click(qtbot, page.install)
    assert len(confirmer.asked) == 1
    assert not page.operation.busy and not wizard.ctx.state.key_installed
    world = wizard.ctx.session.lab.runtime.world
    assert world.machine("kms01").windows_product().kind.name == "GVLK"
    assert not next_enabled(wizard)


def test_cancel_and_back(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    check = wizard.currentPage()
    wait_idle(qtbot, check)
    runtime = wizard.ctx.session.lab.runtime
    runtime.faults.set_defaults(MachineFaults(latency=2.0))
    click(qtbot, check.again)
    assert check.operation.busy and not next_enabled(wizard)
    click(qtbot, check.operation.cancel_button)
    assert not check.operation.busy  # at once: the page does not wait for the machine
    assert "Cancelled" in check.operation.text
    assert check.again.isEnabled()
    runtime.faults.set_defaults(MachineFaults())
    # Back leaves the page; coming again runs the check again (it was never finished).
    go_back(qtbot, wizard, PageId.WELCOME)
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, check, timeout=30_000)
    assert wizard.ctx.state.inspected and next_enabled(wizard)
