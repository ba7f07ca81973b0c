"""Keyboard and screen-reader conventions applied to every page, in one place.

Qt's defaults fail a keyboard user in three ways this module corrects for a whole
widget tree (a wizard page, a dialog):

- an item view (table, list, tree) keeps Tab for moving between cells, so Tab never
  leaves it and, in a single-selection table, changes the selection on the way; with
  tab-key navigation off, Tab moves on to the next field and the arrows move inside;
- a multi-line text field types a tab character instead of moving on;
- a field beside its label is not linked to it, so a screen reader announces an
  anonymous "edit"; the label becomes the field's buddy (its accessible name, and its
  mnemonic when the label has one). A field with no label at all falls back to its
  placeholder text or its tooltip as its accessible name.

It runs when a page is added and again whenever a page is shown or retranslated, so
widgets a page builds later (rows, results) are covered too. It never overrides a name
a widget set for itself.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Marks an accessible name this module set (from a placeholder or a tooltip), so that a
# retranslated placeholder replaces it while a widget's own name is never touched.
_FALLBACK = "kmswFallbackAccessibleName"
# A label longer than this is prose above a field, not the field's name.
_LONGEST_NAME = 90


def make_keyboard_friendly(root: QWidget) -> None:
    """Apply the conventions of this module to ``root`` and everything under it."""
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QHeaderView):
            view.setTabKeyNavigation(False)
    for edit in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        edit.setTabChangesFocus(True)
    for layout in root.findChildren(QLayout):
        _link_labels(layout)
    labelled = _labelled_widgets(root)
    for widget in root.findChildren(QWidget):
        if is_input(widget):
            _fallback_name(widget, labelled=widget in labelled)


def is_input(widget: QWidget) -> bool:
    """A widget a user types into or chooses in (the ones that need a name)."""
    if isinstance(widget, QHeaderView):
        return False
    if isinstance(widget, QLineEdit) and isinstance(
        widget.parent(), (QComboBox, QAbstractSpinBox)
    ):
        return False  # the editor inside a combo or spin box: the box carries the name
    if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QComboBox):
        return False
    if isinstance(widget, QTextEdit) and widget.isReadOnly():
        return False
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
    return isinstance(widget, inputs)


def has_name(widget: QWidget) -> bool:
    """Whether a screen reader has something to announce for ``widget``."""
    return bool(widget.accessibleName().strip()) or widget in _labelled_widgets(widget.window())


def _labelled_widgets(root: QWidget) -> list[QWidget]:
    """The widgets some label of ``root``'s window names (its buddies)."""
    labels = root.window().findChildren(QLabel)
    return [label.buddy() for label in labels if label.buddy() is not None]


def _link_labels(layout: QLayout) -> None:
    for label, field in _label_field_pairs(layout):
        if label.buddy() is None and len(label.text()) <= _LONGEST_NAME:
            target = _first_input(field)
            if target is not None:
                label.setBuddy(target)


def _label_field_pairs(layout: QLayout) -> list[tuple[QLabel, QWidget]]:
    pairs: list[tuple[QLabel, QWidget]] = []
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                pairs.append((label.widget(), _item_widget(field)))
    elif isinstance(layout, QGridLayout):
        for index in range(layout.count()):
            row, column, _rows, _columns = layout.getItemPosition(index)
            beside = layout.itemAtPosition(row, column + 1)
            if beside is not None:
                pairs.append((layout.itemAt(index).widget(), _item_widget(beside)))
    elif isinstance(layout, QBoxLayout):
        items = [layout.itemAt(i) for i in range(layout.count())]
        for first, second in itertools.pairwise(items):
            pairs.append((first.widget(), _item_widget(second)))
    return [(label, field) for label, field in pairs if isinstance(label, QLabel) and field]


def _item_widget(item) -> QWidget | None:
    """The widget of a layout item, or the first widget of a nested layout."""
    if item.widget() is not None:
        return item.widget()
    nested = item.layout()
    if nested is None:
        return None
    for index in range(nested.count()):
        found = _item_widget(nested.itemAt(index))
        if found is not None:
            return found
    return None


def _first_input(widget: QWidget) -> QWidget | None:
    """``widget`` when it takes input, else its first input child (a composite field)."""
    if is_input(widget):
        return widget
    for child in widget.findChildren(QWidget):
        if is_input(child):
            return child
    return None


def _fallback_name(widget: QWidget, *, labelled: bool) -> None:
    own = widget.accessibleName()
    if own and widget.property(_FALLBACK) != own:
        return  # the widget named itself
    if labelled:
        if own:
            widget.setAccessibleName("")
        return
    placeholder = widget.placeholderText() if hasattr(widget, "placeholderText") else ""
    name = (placeholder or widget.toolTip() or "").strip()
    if name and len(name) > _LONGEST_NAME:
        name = name[:_LONGEST_NAME].rsplit(" ", 1)[0] + "…"
    if name != own:
        widget.setAccessibleName(name)
        widget.setProperty(_FALLBACK, name)
