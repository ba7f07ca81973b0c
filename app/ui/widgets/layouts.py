"""Emptying a layout whose rows are rebuilt (step list, ID groups, progress bars)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout) -> None:
    """Remove every item; widgets disappear at once, not at the next deferred delete.

    ``deleteLater`` alone leaves a removed widget painted where it was until the
    event loop deletes it, which is visible when the rows are rebuilt often.
    """
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
