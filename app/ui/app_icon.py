"""The application icon: every size of ``resources/icons/kms-wizard-*.png`` in one QIcon."""

from __future__ import annotations

import re

from PySide6.QtGui import QIcon

from app.resources import resource

_SIZED = re.compile(r"kms-wizard-(\d+)\.png$")


def application_icon() -> QIcon:
    """The wizard's icon with each PNG size, so Qt never scales a 16 px image up."""
    icon = QIcon()
    folder = resource("icons")
    sized = []
    for path in folder.glob("kms-wizard-*.png"):
        match = _SIZED.search(path.name)
        if match:
            sized.append((int(match.group(1)), path))
    for _size, path in sorted(sized):
        icon.addFile(str(path))
    return icon
