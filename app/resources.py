"""Where the data files are: from a source tree, an installed package or a frozen exe.

The catalog, PowerShell scripts, help pages and translation catalogs live at the
top of the repository (``resources/``, ``translations/``). PyInstaller unpacks
them under ``sys._MEIPASS``; ``KMSW_RESOURCE_ROOT`` overrides both (tests of a
built bundle use it).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    override = os.environ.get("KMSW_RESOURCE_ROOT")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[1]


def resource(*parts: str) -> Path:
    """A path under ``resources/``, e.g. ``resource("catalog", "windows.json")``."""
    return root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return root() / "translations"
