"""Give command-line sub-commands a console when the exe is built windowed.

The shipped ``kms-wizard.exe`` is a windowed (GUI) program so that a double-click
opens no black console window. Windows then gives it no stdout, so
``kms-wizard.exe selftest`` typed in a console would print nothing. When a
sub-command runs in such a build, attach to the parent console (the one the
admin typed in) and point stdout/stderr at it.
"""

from __future__ import annotations

import sys

_ATTACH_PARENT_PROCESS = -1


def attach_parent_console() -> bool:
    """Attach to the calling console on a windowed Windows build; True when done."""
    if sys.platform != "win32" or sys.stdout is not None:
        return False
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(_ATTACH_PARENT_PROCESS):
        return False  # started by double-click: there is no console to attach to
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stdin = open("CONIN$", encoding="utf-8", errors="replace")  # noqa: SIM115
    return True
