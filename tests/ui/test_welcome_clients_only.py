"""The Welcome page's "only the clients" choice: the host already works, go to the clients.

Chosen on the Welcome page, it takes Next straight to the clients' inventory,
the side panel lists no host step, Back returns to Welcome, and the lab's
clients are scanned as on the whole way; the conversion page then finds the
KMS host through DNS or takes a typed one. Choosing the whole way again brings
the host steps back. The choice follows a live language switch, and the page
shows it when something else (the offer to resume a conversion) made it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt

from app.domain.flow import PageId, Target
from app.ui.pages.clients_convert import KmsChoice
from tests.ui.clients_support import expected_chip_counts, scan_lab
from tests.ui.driver import BUSY_TIMEOUT_MS, click, go_back, go_next, next_enabled, wait_idle

P = PageId
HOST_STEPS = {
    P.CONNECTION, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, P.PHONE_ACTIVATION,
    P.OFFICE, P.OFFICE_PHONE_ACTIVATION, P.NETWORK, P.DNS, P.HOST_READY,
}
CLIENTS_PATH = [P.WELCOME, P.CLIENTS_INVENTORY, P.CLIENTS_SCAN, P.CLIENTS_CONVERT, P.SUMMARY]


def choose(qtbot, radio) -> None:
    """Click a radio button on its indicator (its middle may lie past its text)."""
    assert radio.isEnabled() and radio.isVisible(), radio.objectName()
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked(), radio.objectName()


def _wait_for_the_lab(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.clients.lab_runtime is not None, timeout=BUSY_TIMEOUT_MS)
    wait_idle(qtbot, page)


def test_only_the_clients_goes_straight_to_them_and_back(qtbot, make_wizard):
    wizard, confirmer = make_wizard("en")
    welcome = wizard.currentPage()
    assert welcome.whole_setup.isChecked() and not wizard.ctx.state.skip_to_clients
    assert P.HOST_CHECK in wizard.step_panel.steps
    assert welcome.choice_box.isVisible() and not welcome.clients_box.isVisible()
    assert "CSVLK" in welcome.steps.text()

    choose(qtbot, welcome.clients_only)
    assert wizard.ctx.state.skip_to_clients
    assert wizard.step_panel.steps == CLIENTS_PATH
    assert not HOST_STEPS & set(wizard.step_panel.labels)
    assert welcome.clients_box.isVisible() and not welcome.choice_box.isVisible()
    assert welcome.clients_lab.isChecked()  # the lab stays the lab: its clients are scanned
    assert "DNS" in welcome.steps.text() and "CSVLK" not in welcome.steps.text()
    # The page says what this path does, not what the host setup would do.
    assert welcome.subTitle().startswith("Scan the clients")
    assert "WinRM" in welcome.intro.text() and "firewall" not in welcome.intro.text()

    go_next(qtbot, wizard, P.CLIENTS_INVENTORY)
    inventory = wizard.currentPage()
    _wait_for_the_lab(qtbot, inventory)
    assert wizard.step_panel.steps == CLIENTS_PATH
    assert inventory.lab_all.isVisible()

    go_back(qtbot, wizard, P.WELCOME)
    assert wizard.currentId() == P.WELCOME
    assert welcome.clients_only.isChecked()
    assert wizard.step_panel.steps == CLIENTS_PATH

    # Again, and this time scan the lab's clients.
    go_next(qtbot, wizard, P.CLIENTS_INVENTORY)
    scan_lab(qtbot, wizard)
    scan = wizard.currentPage()
    world = scan.clients.lab_runtime.world
    assert scan.clients.results.rowCount() == len(world.machine_names())
    counts = {category.name: scan.chips.count(category) for category in scan.chips.chips}
    for name, value in expected_chip_counts(world).items():
        assert counts[name] == value, name
    assert "Scan finished" in scan.counts.text()
    assert next_enabled(wizard)

    # No host was set up: the conversion finds the KMS host through DNS, or takes a typed one.
    go_next(qtbot, wizard, P.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    assert convert.kms_choice.currentIndex() == KmsChoice.DNS
    assert convert.kms_host.text() == "" and not convert.kms_host.isEnabled()
    assert convert.target().use_dns_discovery
    convert.kms_choice.setCurrentIndex(KmsChoice.EXPLICIT)
    assert convert.kms_host.isEnabled() and not convert.preview.isEnabled()
    convert.kms_host.setText("kms01.lab.test")
    assert convert.target().kms_host is not None
    assert convert.preview.isEnabled()
    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    # kms01's Server Group B key covers only Windows 7: the others are left out (issue 14).
    assert [h.host for h in convert.plan.with_work] == ["pc-office2010.lab.test"]
    assert convert.include_uncovered.isVisibleTo(convert)
    assert not confirmer.asked  # nothing was changed, nothing was asked


def test_the_whole_way_again_brings_the_host_steps_back(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    welcome = wizard.currentPage()
    full_path = wizard.step_panel.steps
    choose(qtbot, welcome.clients_only)
    assert wizard.step_panel.steps == CLIENTS_PATH

    choose(qtbot, welcome.whole_setup)
    assert not wizard.ctx.state.skip_to_clients
    assert wizard.step_panel.steps == full_path
    assert {P.HOST_CHECK, P.KEY_GROUP, P.NETWORK, P.DNS, P.HOST_READY} <= set(full_path)
    assert welcome.choice_box.isVisible() and welcome.lab.isChecked()
    go_next(qtbot, wizard, P.HOST_CHECK)


def test_clients_on_the_network_ask_for_their_own_account(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    welcome = wizard.currentPage()
    choose(qtbot, welcome.clients_only)
    choose(qtbot, welcome.clients_network)
    state = wizard.ctx.state
    assert state.target in (Target.THIS_COMPUTER, Target.REMOTE)  # clients reached from here
    assert P.CONNECTION not in wizard.step_panel.steps  # no host to connect to

    go_next(qtbot, wizard, P.CLIENTS_INVENTORY)
    inventory = wizard.currentPage()
    assert not inventory.lab_all.isVisible() and inventory.clients.lab_runtime is None
    inventory.set_host_list("pc001.example.com\n")
    qtbot.waitUntil(lambda: inventory.inventory is not None)
    assert inventory.blocker_label.text() == "Enter the account that may read the clients."
    assert not next_enabled(wizard)

    # Back on Welcome, the whole way shows the machine the clients' choice stands for.
    go_back(qtbot, wizard, P.WELCOME)
    choose(qtbot, welcome.whole_setup)
    assert {Target.THIS_COMPUTER: welcome.this_computer, Target.REMOTE: welcome.remote}[
        state.target
    ].isChecked()
    choose(qtbot, welcome.clients_only)
    choose(qtbot, welcome.clients_lab)
    assert state.target is Target.LAB
    choose(qtbot, welcome.whole_setup)
    assert welcome.lab.isChecked()


def test_the_page_shows_a_choice_made_elsewhere(qtbot, make_wizard):
    """The offer to resume an interrupted conversion sets skip_to_clients itself."""
    wizard, _confirmer = make_wizard("en")
    welcome = wizard.currentPage()
    wizard.ctx.state.skip_to_clients = True
    wizard.ctx.notify()
    assert welcome.clients_only.isChecked() and welcome.clients_box.isVisible()
    assert wizard.step_panel.steps == CLIENTS_PATH


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_choice_follows_a_live_language_switch(qtbot, make_wizard, language):
    wizard, _confirmer = make_wizard("en")
    welcome = wizard.currentPage()
    choose(qtbot, welcome.clients_only)
    english = {
        widget: widget.text()
        for widget in (welcome.whole_setup, welcome.clients_only, welcome.clients_only_note,
                       welcome.clients_network, welcome.clients_lab, welcome.clients_lab_note,
                       welcome.steps)
    }
    english_titles = (welcome.task_box.title(), welcome.clients_box.title())
    wizard.switch_language(language)
    qtbot.waitUntil(lambda: welcome.task_box.title() != english_titles[0])
    assert welcome.task_box.title() == QCoreApplication.translate(
        "WelcomePage", "What do you want to do?"
    )
    assert welcome.clients_box.title() != english_titles[1]
    for widget, text in english.items():
        assert widget.text() and widget.text() != text, text
    assert welcome.clients_only.text() == QCoreApplication.translate(
        "WelcomePage", "Only scan and convert clients (the KMS host is already set up)"
    )
    # The "you need" paragraph follows the choice in the new language too.
    choose(qtbot, welcome.whole_setup)
    assert "CSVLK" in welcome.steps.text() and welcome.steps.text() != english[welcome.steps]


def test_in_the_lab_the_clients_find_a_working_kms_host(qtbot, make_wizard):
    """No host step ran, yet kms01 answers: MAK clients converted to KMS activate."""
    from app.domain.licensing import LicenseChannel, LicenseStatus
    from tests.ui.clients_support import windows_count

    windows7_mak = "pc-office2010.lab.test"
    wizard, confirmer = make_wizard("en")
    choose(qtbot, wizard.currentPage().clients_only)
    go_next(qtbot, wizard, P.CLIENTS_INVENTORY)
    _wait_for_the_lab(qtbot, wizard.currentPage())
    world = wizard.currentPage().clients.lab_runtime.world
    host_keys = [p for p in world.machine("kms01").products if p.kind == "CSVLK"]
    assert host_keys and host_keys[0].status == 1  # a licensed host key before the first page

    scan_lab(qtbot, wizard)
    go_next(qtbot, wizard, P.CLIENTS_CONVERT)
    convert = wizard.currentPage()
    assert convert.target().use_dns_discovery  # clients find kms01 by its SRV record
    click(qtbot, convert.preview)
    wait_idle(qtbot, convert)
    click(qtbot, convert.convert)
    assert confirmer.asked
    qtbot.waitUntil(lambda: convert.task is None, timeout=BUSY_TIMEOUT_MS)
    model = convert.clients.results
    assert model.result_for(windows7_mak).windows.state.channel is LicenseChannel.KMS_CLIENT
    for _ in range(6):
        click(qtbot, convert.lab_time)
        wait_idle(qtbot, convert)
        if model.result_for(windows7_mak).windows.state.status is LicenseStatus.LICENSED:
            break
    assert model.result_for(windows7_mak).windows.state.status is LicenseStatus.LICENSED
    assert windows_count(world) >= 25
