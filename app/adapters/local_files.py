"""Small questions about files on this computer."""

from __future__ import annotations

from pathlib import Path


def readable_file(path: str) -> bool:
    """True when ``path`` names a file this process can open and read (a CA file, say).

    Opening and reading one byte, rather than checking permissions, also catches a
    folder, a dangling link and a file on a share that went away.
    """
    try:
        with Path(path).open("rb") as handle:
            handle.read(1)
    except OSError:
        return False
    return True
