"""The input widgets on their own: the segmented key field, the CID blocks, the ID groups."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.messages import FindingRow, Level
from app.ui.widgets.cid_edit import CidBlockEdit
from app.ui.widgets.findings_table import FindingsTable
from app.ui.widgets.key_edit import SegmentedKeyEdit

KEY = "BCDFG-HJKMP-QRTVW-XY234-6789B"


def test_key_paste_spreads_over_the_five_fields(qtbot):
    edit = SegmentedKeyEdit()
    qtbot.addWidget(edit)
    edit.paste_text("bcdfg–hjkmp qrtvwxy234 6789b")  # en dash, space, missing separator
    assert [f.text() for f in edit.fields] == KEY.split("-")
    assert edit.text() == KEY


def test_key_paste_into_a_later_field_keeps_the_fields_before(qtbot):
    edit = SegmentedKeyEdit()
    qtbot.addWidget(edit)
    edit.fields[0].setText("BCDFG")
    edit.paste_text("HJKMPQRTVWXY2346789B", 1)
    assert edit.text() == KEY


def test_typing_past_a_full_field_and_masking(qtbot):
    edit = SegmentedKeyEdit()
    qtbot.addWidget(edit)
    with qtbot.waitActive(edit):
        edit.show()
        edit.activateWindow()
    edit.fields[0].setFocus()
    for char in "bcdfghjkmp":
        qtbot.keyClick(QApplication.focusWidget(), char)
    assert edit.fields[0].text() == "BCDFG" and edit.fields[1].text() == "HJKMP"
    edit.show_key.setChecked(False)
    assert all(f.echoMode() is QLineEdit.EchoMode.Password for f in edit.fields)
    edit.show_key.setChecked(True)
    assert all(f.echoMode() is QLineEdit.EchoMode.Normal for f in edit.fields)


def test_bad_characters_are_marked(qtbot):
    edit = SegmentedKeyEdit()
    qtbot.addWidget(edit)
    edit.set_key("BCDF0-HJKMP")
    assert "b3261e" in edit.fields[0].styleSheet()
    assert edit.fields[1].styleSheet() == ""


def test_cid_paste_with_labels_fills_the_eight_blocks(qtbot):
    edit = CidBlockEdit()
    qtbot.addWidget(edit)
    blocks = ["123456", "234567", "345678", "456789", "567890", "678901", "789012", "890123"]
    edit.paste_text(" ".join(f"{label}: {b}" for label, b in zip("ABCDEFGH", blocks, strict=True)))
    assert edit.blocks() == blocks
    assert edit.complete  # warnings (legacy check digits) do not block


def test_cid_block_errors_and_soft_warnings(qtbot):
    edit = CidBlockEdit()
    qtbot.addWidget(edit)
    edit.paste_text("12345")  # block A too short
    assert not edit.complete
    assert "b3261e" in edit.fields[0].styleSheet()
    edit.clear()
    edit.fields[0].setText("123451")  # fails the old check digit: amber, allowed
    edit.fields[0].textEdited.emit("123451")
    assert "c77c00" in edit.fields[0].styleSheet()
    assert "A" in edit.feedback.text()


def test_findings_table_copies_text_and_hides_an_empty_fix_column(qtbot):
    table = FindingsTable()
    qtbot.addWidget(table)
    table.set_rows([FindingRow(Level.OK, "all good"), FindingRow(Level.ERROR, "broken")])
    assert table.isColumnHidden(2)
    assert table.worst is Level.ERROR
    table.set_rows([FindingRow(Level.WARNING, "hmm", "do this")])
    assert not table.isColumnHidden(2)
    table.copy_to_clipboard()
    from PySide6.QtGui import QGuiApplication

    assert "do this" in QGuiApplication.clipboard().text()
