"""The help opens beside the wizard, not over the fields it explains (issue 18, item 6)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from app.ui.window_placement import MIN_COMPANION_WIDTH, beside

SCREEN = QRect(0, 0, 1920, 1080)
HELP = QSize(760, 620)


def test_right_of_the_wizard_when_there_is_room():
    wizard = QRect(100, 50, 960, 720)
    placed = beside(wizard, HELP, SCREEN)
    assert placed.left() == wizard.right() + 1 and placed.top() == 50
    assert not placed.intersects(wizard) and SCREEN.contains(placed)


def test_left_when_only_the_left_has_room():
    wizard = QRect(900, 0, 960, 720)
    placed = beside(wizard, HELP, SCREEN)
    assert placed.right() == wizard.left() - 1
    assert not placed.intersects(wizard) and SCREEN.contains(placed)


def test_a_small_screen_overlaps_as_little_as_it_can():
    screen = QRect(0, 0, 1366, 768)
    wizard = QRect(200, 20, 960, 720)
    placed = beside(wizard, HELP, screen)
    assert screen.contains(placed)
    assert placed.width() >= MIN_COMPANION_WIDTH
    assert placed.right() == screen.right()  # the wider free strip is on the right
    overlap = placed.intersected(wizard).width()
    assert overlap == MIN_COMPANION_WIDTH - (screen.right() - wizard.right())


def test_the_wizards_help_opens_where_beside_puts_it(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    wizard.open_help()
    help_window = wizard.help_browser
    qtbot.waitExposed(help_window)
    expected = beside(
        wizard.frameGeometry(), QSize(760, 620), wizard.screen().availableGeometry()
    )
    assert help_window.geometry().topLeft() == expected.topLeft()
