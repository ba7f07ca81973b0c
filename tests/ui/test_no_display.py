"""Without a desktop session the wizard says so instead of letting Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland variables are Linux")
def test_no_display_gives_a_translated_message_and_exit_2():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "de", "--demo"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 2
    assert "Desktopsitzung" in result.stderr
    assert "Aborted" not in result.stderr and "Traceback" not in result.stderr
