"""Word-wrapped rows in a tree view whose heights follow the column width.

``QTreeView.setWordWrap(True)`` wraps the text it paints but sizes each row
as one line (the delegate is asked for a size hint without the column's
width), so long lines end in "…" — a German step description always does.
This delegate gives the size hint the width the text really has: the
column's, less the indentation of the item's depth in the first column.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_BRANCH_SLACK_PX = 4


class WrappingDelegate(QStyledItemDelegate):
    """Wraps the first column (see the module doc); install it with :func:`wrap_rows`."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() != 0:
            return super().sizeHint(option, index)  # other columns keep one line
        width = self._view.columnWidth(0)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width -= self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        width -= _BRANCH_SLACK_PX
        sized = QStyleOptionViewItem(option)
        # The style wraps only for a valid rectangle and with the WrapText feature.
        sized.rect.setWidth(max(width, 20))
        sized.rect.setHeight(max(sized.rect.height(), 1))
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(sized, index)


def wrap_rows(view: QTreeView) -> None:
    """Wrap ``view``'s first column at word breaks; heights follow every column resize."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setItemDelegate(WrappingDelegate(view))
    relayout = QTimer(view)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(view.doItemsLayout)
    view.header().sectionResized.connect(relayout.start)
