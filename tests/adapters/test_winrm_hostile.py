"""Hostile host names and keys reach the script only as data, byte for byte.

The values below would break out of a naively built command line or script
(quotes, ``;``, ``$( )``, backticks, newlines). They travel base64-encoded
inside one single-quoted literal; the lab records what each script received,
and that must be exactly what was sent — and the machine must still be fine.
"""

from __future__ import annotations

import contextlib

import pytest

from app.domain.errors import ExecutionError
from tests.adapters.winrm_support import KMS_HOST, lab_runner, running_lab

HOSTILE = [
    "kms01'; Remove-Item C:\\ -Recurse -Force; '",
    'kms01"; Stop-Computer -Force; "',
    "kms01$(Invoke-Expression 'calc')",
    "kms01`nStop-Service sppsvc",
    "kms01\nStop-Service sppsvc\r\n# ",
    "kms01 & del /q C:\\*.* | shutdown /s",
    "' + [char]39 + '",
    "é€日本; $env:USERNAME",
]


@pytest.fixture(scope="module")
def lab():
    with running_lab() as runtime:
        yield runtime


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(("operation", "field"), [("set-kms-host", "host"), ("install-key", "key")])
def test_hostile_value_arrives_as_data(lab, operation, field, value):
    params = {field: value} if field == "key" else {field: value, "port": 1688}
    runner = lab_runner(lab)
    try:
        runner.run(operation, params)
    except ExecutionError:
        pass  # the machine may well reject such a name or key: that is its right
    finally:
        runner.close()
    received = lab.world.received[-1]
    assert received.machine == KMS_HOST
    assert received.operation == operation
    assert received.params == params
    assert received.params[field] == value


def test_the_machine_is_unharmed_after_hostile_input(lab):
    runner = lab_runner(lab)
    with contextlib.suppress(ExecutionError):
        runner.run("set-kms-host", {"host": HOSTILE[0], "port": 1688})
    try:
        status = runner.run("status")
    finally:
        runner.close()
    assert status["ok"] is True
    assert status["service"]["kms_machine"] in (None, "", HOSTILE[0])
