"""The Welcome page's choice of the lab's story (issue 14 item 3), in English, French, German.

On the lab, the page offers today's network (a Windows Server 2022 KMS host, the
default) and the Windows Server 2008 R2 one, each with its description. The lab
is built for the chosen story when the wizard connects (in the background);
going back and choosing the other story drops the running lab, and the next
connection reaches a lab of the other story. Off the lab, the choice is hidden.
"""

from __future__ import annotations

import pytest

from app.domain.flow import PageId, Target
from app.domain.lab_scenarios import SCENARIOS
from app.i18n import render_text
from tests.ui.driver import go_back, go_next, wait_idle
from tests.ui.test_welcome_clients_only import choose

P = PageId


def connect(qtbot, wizard):
    """Next from Welcome: the host check connects to the lab; returns kms01's caption."""
    go_next(qtbot, wizard, P.HOST_CHECK)
    check = wizard.currentPage()
    wait_idle(qtbot, check)
    assert wizard.ctx.state.inspected
    return wizard.ctx.session.lab.runtime.world, wizard.ctx.host.caption


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_the_choice_is_shown_with_its_descriptions_and_defaults_to_today(
    qtbot, make_wizard, language
):
    wizard, _ = make_wizard(language, scenario=None)
    welcome = wizard.currentPage()
    assert welcome.scenario_box.isVisible()
    assert wizard.ctx.state.lab_scenario == "current"
    assert welcome.scenario_buttons["current"].isChecked()
    for story in SCENARIOS:
        radio, note = welcome.scenario_buttons[story.id], welcome.scenario_notes[story.id]
        assert radio.isVisible() and note.isVisible()
        assert radio.text() == render_text(story.title)
        assert note.text() == render_text(story.description)
        if language != "en":  # translated, not the English source
            assert radio.text() != story.title.source
            assert note.text() != story.description.source
    assert "2022" in welcome.scenario_buttons["current"].text()
    assert "2008 R2" in welcome.scenario_buttons["legacy-2008r2"].text()


def test_switching_the_story_rebuilds_the_lab_the_wizard_connects_to(qtbot, make_wizard):
    wizard, _ = make_wizard("en", scenario=None)
    welcome = wizard.currentPage()
    world, caption = connect(qtbot, wizard)
    assert world.scenario == "current"
    assert caption == "Microsoft Windows Server 2022 Standard"

    go_back(qtbot, wizard, P.WELCOME)
    choose(qtbot, welcome.scenario_buttons["legacy-2008r2"])
    assert wizard.ctx.state.lab_scenario == "legacy-2008r2"
    assert wizard.ctx.session is None  # the running lab of the other story is dropped
    world, caption = connect(qtbot, wizard)
    assert world.scenario == "legacy-2008r2"
    assert caption == "Microsoft Windows Server 2008 R2 Standard"

    go_back(qtbot, wizard, P.WELCOME)
    choose(qtbot, welcome.scenario_buttons["current"])
    world, caption = connect(qtbot, wizard)
    assert world.scenario == "current" and "2022" in caption


def test_the_clients_only_path_offers_the_choice_too(qtbot, make_wizard):
    wizard, _ = make_wizard("en", scenario=None)
    welcome = wizard.currentPage()
    choose(qtbot, welcome.clients_only)
    assert welcome.scenario_box.isVisible()
    choose(qtbot, welcome.scenario_buttons["legacy-2008r2"])
    go_next(qtbot, wizard, P.CLIENTS_INVENTORY)
    inventory = wizard.currentPage()
    qtbot.waitUntil(lambda: inventory.clients.lab_runtime is not None, timeout=60_000)
    wait_idle(qtbot, inventory)
    world = inventory.clients.lab_runtime.world
    assert world.scenario == "legacy-2008r2"
    # kms01 is the working host of that story: the Server Group B key, activated.
    host = world.machine("kms01").windows_product()
    assert host.group_id == "server-b" or "R2_B" in host.description


def test_off_the_lab_the_choice_is_hidden(qtbot, make_wizard):
    wizard, _ = make_wizard("en", target=Target.REMOTE, scenario=None)
    welcome = wizard.currentPage()
    assert not welcome.scenario_box.isVisible()
    choose(qtbot, welcome.lab)
    assert welcome.scenario_box.isVisible()
