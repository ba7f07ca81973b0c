"""WinRS Send: a command's standard input, as stock pywinrm sends it (MS-WSMV 3.1.4.13).

An operation that reads secrets (``$KmswInput``) behaves like powershell.exe
blocked on ``$input``: no output and no CommandState Done until a Send with
``End="true"`` closed its stdin; input may come in several Sends. A Send for
a command that reads nothing is accepted and ignored.
"""

from __future__ import annotations

import json

import pytest
from winrm.exceptions import WinRMOperationTimeoutError, WSManFaultError
from winrm.protocol import Protocol

from app.adapters.operation_contract import operation_command
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab

KMS_HOST = "kms01.lab.test"


@pytest.fixture(scope="module")
def lab():
    with LabRuntime(
        build_default_lab(seed=5, clients=4, scenario="legacy-2008r2"), with_dns=False
    ) as runtime:
        yield runtime


def stock(lab):
    return Protocol(
        lab.winrm_url(KMS_HOST),
        transport="basic",
        username=lab.world.user,
        password=lab.world.password,
        proxy=None,
        operation_timeout_sec=1,
        read_timeout_sec=5,
    )


def test_the_command_waits_for_the_end_of_its_input_sent_in_pieces(lab):
    key = lab.world.lab_keys()["server-b"]
    wire = operation_command(KMS_HOST, "install-key", {"key": key})
    assert wire.stdin is not None
    client = stock(lab)
    shell = client.open_shell(codepage=65001)
    command = client.run_command(shell, wire.command_line, console_mode_stdin=False)
    with pytest.raises(WinRMOperationTimeoutError):  # still waiting for its input
        client._raw_get_command_output(shell, command)
    assert not any(p.key == key for p in lab.world.machine(KMS_HOST).products)
    half = len(wire.stdin) // 2
    client.send_command_input(shell, command, wire.stdin[:half], end=False)
    with pytest.raises(WinRMOperationTimeoutError):  # input not ended yet
        client._raw_get_command_output(shell, command)
    client.send_command_input(shell, command, wire.stdin[half:], end=True)
    stdout, _stderr, code = client.get_command_output(shell, command)
    client.cleanup_command(shell, command)
    client.close_shell(shell)
    assert code == 0
    assert json.loads(stdout)["product"]["partial_key"] == key[-5:]
    assert any(p.key == key for p in lab.world.machine(KMS_HOST).products)


def test_input_to_a_command_that_reads_none_is_ignored(lab):
    client = stock(lab)
    shell = client.open_shell(codepage=65001)
    command = client.run_command(shell, "hostname")
    client.send_command_input(shell, command, b"ignored\r\n", end=True)
    stdout, _stderr, code = client.get_command_output(shell, command)
    client.close_shell(shell)
    assert code == 0 and stdout.strip().lower() == b"kms01"


def test_input_for_an_unknown_command_is_a_fault(lab):
    client = stock(lab)
    shell = client.open_shell(codepage=65001)
    try:
        with pytest.raises(WSManFaultError):
            client.send_command_input(shell, "00000000-0000-0000-0000-000000000000", b"x", True)
    finally:
        client.close_shell(shell)
