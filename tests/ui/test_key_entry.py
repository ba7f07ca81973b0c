"""The five key boxes behave like Windows' own product key dialog, driven by key events.

Backspace at the start of a box goes back into the previous one, typing past a
box's fifth character goes on in the next box, a paste fills the boxes in order
from the first, and characters that did not fit (a key typed into the last box
after four others were filled) make the page refuse to call the result
well-formed, in every language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.flow import PageId
from app.ui.widgets.key_edit import SegmentedKeyEdit

KEY_A = "BCDFG-HJKMP-QRTVW-XY234-6789B"
KEY_B = "WXYBC-DFGHJ-KMPQR-TV234-6789W"


def _shown(qtbot, widget):
    with qtbot.waitActive(widget.window()):
        widget.window().show()
        widget.window().activateWindow()


def _type(qtbot, text: str) -> None:
    """Type as a user does: each key goes to whichever box has the focus now."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


@pytest.fixture
def edit(qtbot):
    widget = SegmentedKeyEdit()
    qtbot.addWidget(widget)
    _shown(qtbot, widget)
    widget.fields[0].setFocus()
    return widget


def test_typing_a_whole_key_fills_the_boxes_in_order(qtbot, edit):
    _type(qtbot, KEY_A.replace("-", "").lower())
    assert edit.text() == KEY_A
    assert QApplication.focusWidget() is edit.fields[4]
    assert edit.assembly_problem() == ""


def test_typing_past_the_fifth_character_moves_on_to_the_next_box(qtbot, edit):
    edit.set_key("BCDFG-HJKMP")
    edit.fields[1].setFocus()
    edit.fields[1].end(False)  # the cursor after box 2's fifth character
    qtbot.keyClick(edit.fields[1], "q")
    assert QApplication.focusWidget() is edit.fields[2]
    _type(qtbot, "r")
    assert [f.text() for f in edit.fields[1:3]] == ["HJKMP", "QR"]
    assert QApplication.focusWidget() is edit.fields[2]
    assert edit.fields[2].cursorPosition() == 2


def test_backspace_in_an_empty_box_deletes_the_previous_boxs_last_character(qtbot, edit):
    _type(qtbot, "BCDFGHJ")
    assert QApplication.focusWidget() is edit.fields[1]
    qtbot.keyClick(edit.fields[1], Qt.Key.Key_Backspace)
    qtbot.keyClick(edit.fields[1], Qt.Key.Key_Backspace)
    assert edit.fields[1].text() == ""
    qtbot.keyClick(edit.fields[1], Qt.Key.Key_Backspace)  # empty box: back into box 1
    assert QApplication.focusWidget() is edit.fields[0]
    assert edit.fields[0].text() == "BCDF"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert edit.fields[0].text() == "BCD"


def test_backspace_at_the_start_of_a_full_box_goes_back_too(qtbot, edit):
    edit.set_key(KEY_A)
    edit.fields[2].setFocus()
    edit.fields[2].setCursorPosition(0)
    qtbot.keyClick(edit.fields[2], Qt.Key.Key_Backspace)
    assert edit.fields[1].text() == "HJKM" and edit.fields[2].text() == "QRTVW"
    assert QApplication.focusWidget() is edit.fields[1]


def test_ctrl_v_of_a_whole_key_in_a_later_box_fills_all_boxes_from_the_first(qtbot, edit):
    _type(qtbot, "QQQQQ")  # something already there
    QApplication.clipboard().setText(f"  {KEY_B.lower()}\n")
    edit.fields[3].setFocus()
    qtbot.keyClick(edit.fields[3], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == KEY_B
    assert edit.assembly_problem() == ""


def test_a_piece_pasted_in_a_box_pushes_the_rest_along_in_order(qtbot, edit):
    edit.set_key("BCDFG-QRTVW")
    edit.fields[1].setFocus()
    edit.fields[1].setCursorPosition(0)
    QApplication.clipboard().setText("hjkmp")
    qtbot.keyClick(edit.fields[1], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "BCDFG-HJKMP-QRTVW--"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "20 more characters"),
        ("fr", "20 caractères de plus"),
        ("de", "20 Zeichen mehr"),
    ],
)
def test_a_key_typed_into_the_last_box_is_never_called_well_formed(
    qtbot, make_wizard, language, expected
):
    """The review's case: four boxes of one key, then another key typed into the fifth."""
    wizard, _confirmer = make_wizard(language)
    page = wizard.page(PageId.HOST_KEY)
    wizard.show()
    page.key.fields[0].setFocus()
    _type(qtbot, KEY_A.replace("-", "")[:20])
    page.key.fields[4].setFocus()
    _type(qtbot, KEY_B.replace("-", ""))
    assert page.key.text() == KEY_A[:24] + KEY_B[:5]  # 25 valid characters, two keys mixed
    assert expected in page.validation.text()
    assert page.install.isEnabled() is False
    assert page.typed_key() is None
    page.key.clear()  # a fresh start: the whole key, pasted, is fine again
    page.key.paste_text(KEY_B)
    assert page.key.assembly_problem() == ""
    assert page.typed_key() is not None
