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


# A stand-in for powershell.exe: records the argv and stdin it really got, then answers
# as the lab's machine would for that very command line and input.
STAND_IN = """#!{python}
import json, sys
sys.path.insert(0, {root!r})
data = sys.stdin.buffer.read()
with open({log!r}, "w") as log:
    json.dump({{"argv": sys.argv, "stdin": data.decode("ascii")}}, log)
from app.lab.world import build_default_lab
world = build_default_lab(clients=0, scenario="legacy-2008r2")
line = "powershell.exe " + " ".join(sys.argv[1:])
sys.stdout.buffer.write(world.execute("kms01", line, stdin=data or None).stdout)
"""


def _stand_in(tmp_path):
    from pathlib import Path

    log = tmp_path / "seen.json"
    script = tmp_path / "powershell-stand-in"
    root = str(Path(__file__).resolve().parents[2])
    script.write_text(STAND_IN.format(python=sys.executable, root=root, log=str(log)))
    script.chmod(0o755)
    return script, log


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a POSIX script")
def test_the_key_goes_to_stdin_and_never_into_the_argv_powershell_receives(tmp_path):
    import base64
    import json

    from app.lab.world import build_default_lab

    key = build_default_lab(clients=0, scenario="legacy-2008r2").lab_keys()["server-b"]
    script, log = _stand_in(tmp_path)
    runner = LocalRunner(platform="win32", powershell=str(script), timeout=60)
    document = runner.run("install-key", {"key": key})
    assert document["product"]["partial_key"] == key[-5:]  # installed through the pipe
    seen = json.loads(log.read_text())
    argv = " ".join(seen["argv"])
    assert seen["argv"][0] == str(script)  # the executable named, no PATH lookup
    script_text = base64.b64decode(seen["argv"][-1]).decode("utf-16-le")
    for where in (argv, script_text):
        assert key not in where and key[-5:] not in where
        assert base64.b64encode(json.dumps({"key": key}).encode()).decode() not in where
    assert json.loads(base64.b64decode(seen["stdin"].strip())) == {"key": key}


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a POSIX script")
def test_operations_without_secrets_get_no_input(tmp_path):
    import json

    script, log = _stand_in(tmp_path)
    document = LocalRunner(platform="win32", powershell=str(script), timeout=60).run("inspect")
    assert document["ok"] is True
    assert json.loads(log.read_text())["stdin"] == ""  # stdin was the null device


def test_the_default_executable_is_this_windows_powershell_by_full_path(monkeypatch):
    from app.adapters import local_runner

    monkeypatch.setenv("SYSTEMROOT", "D:\\WINNT")
    monkeypatch.delenv("PROCESSOR_ARCHITEW6432", raising=False)
    found = local_runner.windows_powershell()
    assert found == "D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
