"""Secrets travel as input, and PowerShell that cannot run the scripts says why (issue 13).

Through the real WinRM adapter against the lab over real HTTP:

- G1: a product key is installed, yet no Command envelope the service received
  holds it (not in the command line, not in the script inside -EncodedCommand);
  it arrived in a WinRS Send to the command's stdin with End="true".
- A command that waits for its input and never gets it fails within its deadline.
- B3 / G14: a Windows 7 / 2008 R2 machine with the stock PowerShell 2.0, or one in
  Constrained Language Mode, answers the guard's document: a typed error with its
  fix, not "garbled answer".
"""

from __future__ import annotations

import base64
import json
import time

import pytest

from app.adapters.operation_contract import script_body
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.operation_wire import build_operation, decode_script, encode_command
from app.lab import wsman_soap as soap
from tests.adapters.winrm_support import KMS_HOST, lab_runner, running_lab

STOCK_PS2 = "srv005.lab.test"  # Windows Server 2008 R2 Web, never given WMF 3.0+


@pytest.fixture(scope="module")
def lab():
    with running_lab(clients=18) as runtime:
        yield runtime


def _forms(secret: str) -> list[str]:
    """Ways a key could hide in a command line: plain, base64 of UTF-8 and of UTF-16."""
    found = [secret]
    for encoding in ("utf-8", "utf-16-le"):
        raw = secret.encode(encoding)
        for shift in range(3):  # base64 of the text at any alignment inside a longer text
            chunk = base64.b64encode(b"\0" * shift + raw).decode()[4:-4]
            found.append(chunk)
    return found


@pytest.mark.parametrize(
    ("auth", "machine_name", "label"),
    [
        ("basic", KMS_HOST, "server-b"),
        # The default real path: NTLM with every message sealed, the Send included.
        ("negotiate", "pc-clone-b.lab.test", "mak:client-vl"),
    ],
)
def test_the_key_is_installed_through_stdin_and_no_command_body_holds_it(
    lab, auth, machine_name, label
):
    key = lab.world.lab_keys()[label]
    lab.server.received_bodies.clear()
    runner = lab_runner(lab, machine_name, auth=auth)
    try:
        document = runner.run("install-key", {"key": key})
    finally:
        runner.close()
    assert document["product"]["partial_key"] == key[-5:]
    machine = lab.world.machine(machine_name)
    assert any(p.key == key for p in machine.products)  # installed in the model
    bodies = list(lab.server.received_bodies)
    commands = [soap.parse_request(body) for action, body in bodies if action == "Command"]
    sends = [soap.parse_request(body) for action, body in bodies if action == "Send"]
    assert len(commands) == 1 and len(sends) == 1
    body_text = next(body for action, body in bodies if action == "Command").decode()
    script = decode_script(commands[0].command_line)
    assert script is not None and "install-key" in script
    for form in _forms(key):
        assert form not in body_text, form
        assert form not in script, form
    # The key came as the command's whole stdin: one Send, End="true", a pipe not a console.
    assert commands[0].options["WINRS_CONSOLEMODE_STDIN"] == "FALSE"
    assert sends[0].end is True and sends[0].command_id
    line = base64.b64decode(sends[0].stream.strip())
    assert json.loads(line) == {"key": key}
    assert lab.world.received[-1].params["key"] == key


def test_operations_without_secrets_send_no_input(lab):
    lab.server.received_bodies.clear()
    runner = lab_runner(lab, KMS_HOST)
    try:
        runner.run("inspect")
    finally:
        runner.close()
    actions = [action for action, _ in lab.server.received_bodies]
    assert actions == ["Command"]  # no Send: no extra round trip for scans


def test_a_command_waiting_for_input_that_never_comes_fails_within_its_deadline(lab):
    key = lab.world.lab_keys()["server-c"]
    sent = build_operation("install-key", script_body("install-key"), {"key": key})
    runner = lab_runner(lab, "pc-fr.lab.test")
    started = time.monotonic()
    try:
        with pytest.raises(ExecutionError) as caught:
            runner.run_command_line(sent.command_line, timeout=2.0)  # stdin never sent
    finally:
        runner.close()
    assert caught.value.kind is ErrorKind.TIMEOUT
    assert time.monotonic() - started < 5.0
    assert not any(p.key == key for p in lab.world.machine("pc-fr").products)


def test_stock_powershell_2_answers_too_old_with_the_wmf_fix(lab):
    assert lab.world.machine(STOCK_PS2).ps_version == "2.0"
    for operation, params in (("inspect", None), ("get-iid", None), ("install-key", {"key": "x"})):
        runner = lab_runner(lab, STOCK_PS2)
        try:
            with pytest.raises(ExecutionError) as caught:
                runner.run(operation, params)
        finally:
            runner.close()
        error = caught.value
        assert error.kind is ErrorKind.POWERSHELL_TOO_OLD, operation
        assert error.detail == "2.0" and error.hresult is None
        assert "Windows Management Framework 5.1" in error.kind.hint.source
        assert error.data["document"] == {
            "ok": False,
            "kind": "guard",
            "ps_version": "2.0",
            "language_mode": "FullLanguage",
        }


def test_updated_windows_7_and_2008_r2_machines_run_the_scripts(lab):
    for name in (KMS_HOST, "pc-clone-a.lab.test"):
        assert lab.world.machine(name).ps_version.startswith("5.1.")
        runner = lab_runner(lab, name)
        try:
            assert runner.run("inspect")["ps_version"].startswith("5.1.")
        finally:
            runner.close()


def test_constrained_language_mode_is_its_own_error(lab):
    machine = lab.world.machine("pc-de.lab.test")
    machine.language_mode = "ConstrainedLanguage"
    runner = lab_runner(lab, machine.fqdn)
    try:
        with pytest.raises(ExecutionError) as caught:
            runner.run("inspect")
    finally:
        runner.close()
        machine.language_mode = "FullLanguage"
    assert caught.value.kind is ErrorKind.CONSTRAINED_LANGUAGE
    assert caught.value.detail == "ConstrainedLanguage"
    assert "WDAC" in caught.value.kind.hint.source


def test_without_the_guard_powershell_2_leaves_only_a_garbled_answer(lab):
    # What the scripts did before issue 13: [ordered] fails on 2.0 and stdout stays empty.
    body = script_body("inspect")
    runner = lab_runner(lab, STOCK_PS2)
    try:
        stdout, stderr, _code = runner.run_command_line(encode_command(body))
    finally:
        runner.close()
    assert stdout == b"" and b"[ordered]" in stderr


def test_a_sysnative_path_does_not_exist_for_the_64_bit_remote_shell(lab):
    sent = build_operation("inspect", script_body("inspect"), {})
    line = sent.command_line.replace("%SystemRoot%\\System32", "C:\\Windows\\Sysnative", 1)
    runner = lab_runner(lab, KMS_HOST)
    try:
        stdout, stderr, code = runner.run_command_line(line)
        expanded = runner.run_command_line(
            sent.command_line.replace("%SystemRoot%", "C:\\WINDOWS", 1)
        )
    finally:
        runner.close()
    assert (stdout, code) == (b"", 1) and b"cannot find the path" in stderr
    assert json.loads(expanded[0])["ok"] is True
