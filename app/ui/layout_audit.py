"""Find text that does not fit: clipped labels, squeezed buttons, elided headers, overflow.

German runs about a third longer than English, and the pseudo-locale longer
still; a layout that fits in English may cut a word in half elsewhere.
:func:`audit` walks the visible widgets of a window and compares, for each
widget showing text, the size the text needs with the size the widget got:

- labels: the size hint (one line), or ``heightForWidth`` at the label's width
  (word-wrapped), and no unbreakable word wider than the label;
- buttons, check boxes, radio buttons: the size hint;
- group box titles, tab bar tabs, combo box texts, read-only line edits;
- header sections of tables (an elided header counts), and table cells
  (a word-wrapped cell taller than its row, or an elided one-line cell);
- geometry: no widget reaches beyond its parent (content scrolled inside a
  scroll area's viewport excepted), and a scroll area without a horizontal
  scroll bar is not given content wider than itself.

The wizard's tests run it on every page in every language; ``kms-wizard
screenshots`` could print it too. Nothing here changes a widget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

TOLERANCE_PX = 1
# Header text needs the style's margin on each side (and room for a sort arrow).
_HEADER_EXTRA_PX = 4
_CELL_MARGIN_PX = 3  # QStyledItemDelegate's text margin, each side (PM_FocusFrameHMargin + 1)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class LayoutProblem:
    """One widget whose text does not fit (or that reaches outside its parent).

    Attributes:
        where: the widget's class and position in the tree (``HostCheckPage > QLabel``).
        kind: ``clipped``, ``elided``, ``overflow`` or ``too-wide``.
        text: the text concerned (shortened).
        needed: the size the text needs (width x height).
        got: the size the widget got.
    """

    where: str
    kind: str
    text: str
    needed: str
    got: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind} {self.text!r} needs {self.needed}, got {self.got}"


def audit(window: QWidget) -> list[LayoutProblem]:
    """Every text in the visible part of ``window`` that does not fit."""
    problems: list[LayoutProblem] = []
    for widget in _visible_widgets(window):
        problems.extend(_check_widget(widget))
        if widget is not window:
            problems.extend(_check_inside_parent(widget))
    return problems


# --- walking ----------------------------------------------------------------------------


def _visible_widgets(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    stack = [window]
    while stack:
        widget = stack.pop()
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        found.append(widget)
        for child in widget.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not child.isWindow():
                stack.append(child)
    return found


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        name = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            name += f"#{current.objectName()}"
        names.append(name)
        current = current.parentWidget()
    return " < ".join(names)


def _size(width: int, height: int) -> str:
    return f"{width}x{height}"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 70 else flat[:67] + "…"


def _problem(widget: QWidget, kind: str, text: str, needed: tuple[int, int]) -> LayoutProblem:
    return LayoutProblem(
        _where(widget), kind, _short(text), _size(*needed), _size(widget.width(), widget.height())
    )


# --- per widget -------------------------------------------------------------------------


def _check_widget(widget: QWidget) -> list[LayoutProblem]:
    if isinstance(widget, QLabel):
        return _check_label(widget)
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) or (
        isinstance(widget, QToolButton) and widget.text()
    ):
        return _check_button(widget)
    if isinstance(widget, QGroupBox):
        return _check_group_box(widget)
    if isinstance(widget, QTabBar):
        return _check_tab_bar(widget)
    if isinstance(widget, QComboBox):
        return _check_combo_box(widget)
    if isinstance(widget, QLineEdit):
        return _check_line_edit(widget)
    if isinstance(widget, QHeaderView):
        return _check_header(widget)
    if isinstance(widget, QTableView):
        return _check_cells(widget)
    if isinstance(widget, QScrollArea):
        return _check_scroll_area(widget)
    return []


def _check_label(label: QLabel) -> list[LayoutProblem]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + TOLERANCE_PX:
            return [_problem(label, "clipped", text, (label.width(), needed_height))]
        if label.textFormat() != Qt.TextFormat.RichText and not QtGui.Qt.mightBeRichText(text):
            metrics = QFontMetrics(label.font())
            room = label.contentsRect().width() - 2 * max(label.margin(), 0)
            for word in _WORD.findall(text):
                if metrics.horizontalAdvance(word) > room + TOLERANCE_PX:
                    return [_problem(label, "clipped", word, (metrics.horizontalAdvance(word), 0))]
        return []
    hint = label.sizeHint()
    if hint.width() > label.width() + TOLERANCE_PX or hint.height() > label.height() + TOLERANCE_PX:
        return [_problem(label, "clipped", text, (hint.width(), hint.height()))]
    return []


def _check_button(button: QAbstractButton) -> list[LayoutProblem]:
    if not button.text().strip():
        return []
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE_PX:
        return [_problem(button, "clipped", button.text(), (hint.width(), hint.height()))]
    return []


def _check_group_box(box: QGroupBox) -> list[LayoutProblem]:
    title = box.title()
    if not title.strip():
        return []
    metrics = QFontMetrics(box.font())
    needed = metrics.horizontalAdvance(title.replace("&", "")) + 16
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    if needed > box.width() + TOLERANCE_PX:
        return [_problem(box, "clipped", title, (needed, 0))]
    return []


def _check_tab_bar(bar: QTabBar) -> list[LayoutProblem]:
    problems = []
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        hint = bar.tabSizeHint(index)
        if not bar.rect().contains(rect) or rect.width() + TOLERANCE_PX < hint.width():
            problems.append(_problem(bar, "clipped", bar.tabText(index), (hint.width(), 0)))
    return problems


def _check_combo_box(combo: QComboBox) -> list[LayoutProblem]:
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(text)
    if needed > field.width() + TOLERANCE_PX:
        return [_problem(combo, "clipped", text, (needed, 0))]
    return []


def _check_line_edit(edit: QLineEdit) -> list[LayoutProblem]:
    """Read-only fields display a result: it must show whole (typed input may scroll)."""
    if not edit.isReadOnly() or not edit.text() or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    if isinstance(edit.parentWidget(), QComboBox):
        return []
    needed = QFontMetrics(edit.font()).horizontalAdvance(edit.text()) + 8
    if needed > edit.width() + TOLERANCE_PX:
        return [_problem(edit, "clipped", edit.text(), (needed, 0))]
    return []


def _check_header(header: QHeaderView) -> list[LayoutProblem]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    problems = []
    metrics = QFontMetrics(header.font())
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = metrics.horizontalAdvance(str(text)) + _HEADER_EXTRA_PX
        needed = max(needed, header.sectionSizeFromContents(logical).width() - 2 * _HEADER_EXTRA_PX)
        got = header.sectionSize(logical)
        start = header.sectionViewportPosition(logical)
        outside = start < 0 or start + got > header.viewport().width() + TOLERANCE_PX
        if needed > got + TOLERANCE_PX or (outside and _no_horizontal_scroll(header)):
            problems.append(
                LayoutProblem(
                    _where(header),
                    "elided",
                    _short(str(text)),
                    _size(needed, 0),
                    _size(got, header.height()),
                )
            )
    return problems


def _no_horizontal_scroll(header: QHeaderView) -> bool:
    view = header.parentWidget()
    return isinstance(view, QAbstractScrollArea) and (
        view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )


def _check_cells(view: QTableView) -> list[LayoutProblem]:
    """Cells fully inside the viewport whose text needs more room than the cell has."""
    model = view.model()
    if model is None:
        return []
    problems = []
    viewport = view.viewport().rect()
    metrics = QFontMetrics(view.font())
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or not viewport.contains(rect):
                continue
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip() or view.indexWidget(index) is not None:
                continue
            text = str(text)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            cell_metrics = QFontMetrics(font) if font is not None else metrics
            room = rect.width() - 2 * _CELL_MARGIN_PX - _decoration_width(view, index)
            if view.wordWrap():
                box = cell_metrics.boundingRect(
                    QRect(0, 0, max(room, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text
                )
                widest = max(
                    (cell_metrics.horizontalAdvance(w) for w in _WORD.findall(text)), default=0
                )
                if box.height() > rect.height() + TOLERANCE_PX or widest > room + TOLERANCE_PX:
                    problems.append(
                        LayoutProblem(
                            _where(view),
                            "clipped",
                            _short(text),
                            _size(max(widest, room), box.height()),
                            _size(rect.width(), rect.height()),
                        )
                    )
            else:
                lines = text.split("\n")
                needed = max(cell_metrics.horizontalAdvance(line) for line in lines)
                if needed > room + TOLERANCE_PX:
                    problems.append(
                        LayoutProblem(
                            _where(view),
                            "elided",
                            _short(text),
                            _size(needed, 0),
                            _size(room, rect.height()),
                        )
                    )
    return problems


def _decoration_width(view: QAbstractItemView, index) -> int:
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    check = index.data(Qt.ItemDataRole.CheckStateRole)
    extra = 0
    if icon is not None:
        extra += view.iconSize().width() + 4 if view.iconSize().isValid() else 20
    if check is not None:
        extra += 20
    return extra


def _check_scroll_area(area: QScrollArea) -> list[LayoutProblem]:
    content = area.widget()
    if content is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    room = area.viewport().width()
    if content.width() > room + TOLERANCE_PX:
        return [
            LayoutProblem(
                _where(area),
                "too-wide",
                type(content).__name__,
                _size(content.width(), content.height()),
                _size(room, area.viewport().height()),
            )
        ]
    return []


def _check_inside_parent(widget: QWidget) -> list[LayoutProblem]:
    parent = widget.parentWidget()
    if parent is None or _is_scrolled_content(widget):
        return []
    if (
        parent.rect()
        .adjusted(-TOLERANCE_PX, -TOLERANCE_PX, TOLERANCE_PX, TOLERANCE_PX)
        .contains(widget.geometry())
    ):
        return []
    geometry = widget.geometry()
    return [
        LayoutProblem(
            _where(widget),
            "overflow",
            _short(_text_of(widget)),
            f"{geometry.x()},{geometry.y()} {_size(geometry.width(), geometry.height())}",
            _size(parent.width(), parent.height()),
        )
    ]


def _is_scrolled_content(widget: QWidget) -> bool:
    """Content inside a scroll area's viewport (or an item view's) may extend past it."""
    parent = widget.parentWidget()
    grandparent = parent.parentWidget() if parent is not None else None
    return isinstance(grandparent, QAbstractScrollArea) and grandparent.viewport() is parent


def _text_of(widget: QWidget) -> str:
    for attribute in ("text", "title", "currentText"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                return value
    return type(widget).__name__
