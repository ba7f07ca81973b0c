"""Keyboard-only use and screen readers (issue 18, items 1 and 2).

Every page of the real wizard: Tab leaves every table and list (arrows move inside),
a multi-line field takes Tab as "next field", every field has a name a screen reader
can announce (its label, or a name of its own), in English and in French. And on the
key-group page, Tab walks out of the table without changing the chosen key group and
reaches the Office check boxes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QWidget

from app.domain.flow import PageId
from app.ui.keyboard import has_name, is_input
from tests.ui.driver import go_next, wait_idle


def _inputs(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if is_input(w) and w.window() is page.window()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_lets_tab_leave_and_names_every_field(qtbot, make_wizard, language):
    wizard, _confirmer = make_wizard(language)
    unnamed, traps = [], []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        name = type(page).__name__
        for view in page.findChildren(QAbstractItemView):
            if is_input(view) and view.tabKeyNavigation():
                traps.append(f"{name}: {view.objectName() or type(view).__name__} keeps Tab")
        for edit in page.findChildren(QPlainTextEdit):
            if not edit.isReadOnly() and not edit.tabChangesFocus():
                traps.append(f"{name}: {edit.objectName()} types a tab character")
        for field in _inputs(page):
            if not has_name(field):
                unnamed.append(f"{name}: {type(field).__name__} {field.objectName()!r}")
    assert traps == []
    assert unnamed == []


def test_phone_activation_names_each_copy_button_and_block(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    page = wizard.page(int(PageId.PHONE_ACTIVATION))
    page.iid.set_groups(["123456", "234567", "345678"])
    names = [b.accessibleName() for b in page.iid.copy_buttons]
    assert names == ["Copy group 1", "Copy group 2", "Copy group 3"]
    blocks = [f.accessibleName() for f in page.cid.fields]
    assert blocks[0] == "Confirmation ID block A" and blocks[-1] == "Confirmation ID block H"
    # In Tab order the group buttons follow "Copy all groups", in group order.
    chain, widget = [], page.iid.copy_all
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == page.iid.copy_buttons


def test_tab_leaves_a_findings_table_and_shift_tab_comes_back(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    table = page.findings
    assert table.rowCount() > 1
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.currentRow() == 0  # Tab moved on; it did not walk the cells
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Backtab)
    assert table.hasFocus()


def test_tab_leaves_the_key_group_table_without_changing_the_choice(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    page = wizard.currentPage()
    table = page.groups
    table.selectRow(1)
    chosen = wizard.ctx.state.key_group
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    reached = []
    for _ in range(60):
        qtbot.keyClick(QWidget.focusWidget(table) or table, Qt.Key.Key_Tab)
        reached.append(wizard.focusWidget())
        if wizard.focusWidget() in page.office_boxes.values():
            break
    assert not table.hasFocus()
    assert wizard.ctx.state.key_group == chosen
    assert any(w in page.office_boxes.values() for w in reached), "Office boxes unreachable"
