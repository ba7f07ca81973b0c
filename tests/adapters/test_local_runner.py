"""The local transport: powershell.exe on this computer (Windows only).

Off Windows the transport does not exist and says so with a typed error. The
real run is a release check: it needs a Windows machine with its Software
Protection Platform, so it is marked ``windows`` and skipped elsewhere.
"""

from __future__ import annotations

import sys

import pytest

from app.adapters.local_runner import LocalRunner
from app.domain.errors import ErrorKind, ExecutionError


def test_off_windows_the_local_transport_is_unsupported_with_a_reason():
    runner = LocalRunner("localhost", platform="linux")
    with pytest.raises(ExecutionError) as caught:
        runner.run("inspect")
    assert caught.value.kind is ErrorKind.UNSUPPORTED
    assert "Windows" in caught.value.detail
    runner.close()


def test_an_unknown_operation_is_refused_without_starting_anything():
    with pytest.raises(ExecutionError) as caught:
        LocalRunner(platform="win32").run("no-such-operation")
    assert caught.value.kind is ErrorKind.UNSUPPORTED


@pytest.mark.windows
@pytest.mark.skipif(
    sys.platform != "win32", reason="release check: needs Windows PowerShell and a real SPP"
)
def test_inspect_and_status_on_this_windows_machine():
    runner = LocalRunner(timeout=120)
    inspect = runner.run("inspect")
    assert inspect["ok"] is True and inspect["caption"].startswith("Microsoft Windows")
    status = runner.run("status")
    assert any(p["application_id"] for p in status["products"])
