"""Where a companion window (the help) goes: beside the wizard, not over the fields it explains."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

# Narrower than this, a help page wraps every other word: overlap the wizard instead.
MIN_COMPANION_WIDTH = 420


def beside(main: QRect, wanted: QSize, screen: QRect) -> QRect:
    """The rectangle for a companion window of ``wanted`` size next to ``main``.

    Right of the main window when it fits, else left of it, else the wider of the two
    free strips (at least MIN_COMPANION_WIDTH wide, overlapping the main window's edge
    as little as it can). It takes the main window's top and height, within ``screen``.
    """
    height = min(max(main.height(), wanted.height() // 2), screen.height())
    top = min(max(main.top(), screen.top()), screen.bottom() - height + 1)
    right_room = screen.right() - main.right()
    left_room = main.left() - screen.left()
    width = min(wanted.width(), screen.width())
    if right_room >= width:
        return QRect(main.right() + 1, top, width, height)
    if left_room >= width:
        return QRect(main.left() - width, top, width, height)
    if right_room >= left_room:
        width = max(min(width, right_room), MIN_COMPANION_WIDTH)
        return QRect(screen.right() - width + 1, top, width, height)
    width = max(min(width, left_room), MIN_COMPANION_WIDTH)
    return QRect(screen.left(), top, width, height)
