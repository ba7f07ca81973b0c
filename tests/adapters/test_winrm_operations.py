"""Every operation script runs through the real winrm adapter against the lab.

Over real HTTP and HTTPS, each ``resources/ps/*.ps1`` is sent as the
``powershell.exe -EncodedCommand`` line a Windows machine would get, the lab
recognises it and answers with the operation's JSON document, and the adapter
hands that document back (or, when the machine says ``"ok": false``, a
SCRIPT_FAILED error carrying the document's HRESULT).
"""

from __future__ import annotations

import pytest

from app.domain.errors import ErrorKind, ExecutionError
from app.domain.operations import OPERATIONS
from app.resources import resource
from tests.adapters.winrm_support import KMS_HOST, lab_runner, running_lab

SCRIPTS = sorted(p.stem for p in resource("ps").glob("*.ps1"))

# Parameters a person would give each operation on the KMS host candidate.
PARAMS = {
    "install-key": lambda lab: {"key": lab.world.lab_keys()["server-b"]},
    "set-kms-host": lambda lab: {"host": KMS_HOST, "port": 1688},
    "set-kms-lookup-domain": lambda lab: {"domain": "lab.test"},
    "set-listening-port": lambda lab: {"port": 1688},
    "set-dns-publishing": lambda lab: {
        "enabled": True,
        "domains": [{"domain": "lab.test", "priority": 0, "weight": 0}],
    },
    "set-intervals": lambda lab: {"activation": 120, "renewal": 10080},
    "set-priority": lambda lab: {"low": False},
    "firewall": lambda lab: {"enabled": True, "port": 1688, "profiles": ["domain", "private"]},
    "firewall-state": lambda lab: {"port": 1688},
    "deposit-cid": lambda lab: {"iid": "0" * 63, "cid": "0" * 48},
}
# These succeed on the KMS host candidate as it is in the default lab.
MUST_SUCCEED = {
    "inspect",
    "status",
    "install-key",
    "set-kms-host",
    "clear-kms-host",
    "set-listening-port",
    "set-dns-publishing",
    "set-intervals",
    "set-priority",
    "firewall",
    "firewall-state",
    "restart-service",
    "get-iid",
}


def test_every_known_operation_has_a_script():
    assert set(SCRIPTS) == set(OPERATIONS)


@pytest.fixture(scope="module", params=[False, True], ids=["http", "https"])
def lab(request):
    with running_lab() as runtime:
        runtime.https_for_tests = request.param
        yield runtime


@pytest.mark.parametrize("operation", SCRIPTS)
def test_operation_returns_its_json_document(lab, operation):
    params = PARAMS.get(operation, lambda _lab: {})(lab)
    runner = lab_runner(lab, https=lab.https_for_tests)
    try:
        document = runner.run(operation, params)
    except ExecutionError as error:
        assert operation not in MUST_SUCCEED, error
        # The machine answered with {"ok": false, "hresult": …}: still its JSON document.
        assert error.kind is ErrorKind.SCRIPT_FAILED, error
        assert error.hresult is not None and error.hresult & 0x80000000
        assert error.data["document"]["ok"] is False
        return
    finally:
        runner.close()
    assert document["ok"] is True
    received = lab.world.received[-1]
    assert received.operation == operation
    assert received.params == params


def test_operations_change_the_machine_and_the_change_is_read_back(lab):
    runner = lab_runner(lab, https=lab.https_for_tests)
    try:
        runner.run("set-listening-port", {"port": 1700})
        runner.run("install-key", {"key": lab.world.lab_keys()["server-b"]})
        service = runner.run("status")["service"]
        runner.run("set-listening-port", {"port": 1688})
    finally:
        runner.close()
    assert service["listening_port"] == 1700


def test_a_bad_parameter_is_the_machine_s_own_error(lab):
    runner = lab_runner(lab, https=lab.https_for_tests)
    try:
        with pytest.raises(ExecutionError) as caught:
            runner.run("set-listening-port", {"port": 70000})
    finally:
        runner.close()
    assert caught.value.kind is ErrorKind.SCRIPT_FAILED
    assert caught.value.hresult is not None


def test_an_unknown_operation_is_refused_before_anything_is_sent(lab):
    sent = len(lab.world.received)
    with pytest.raises(ExecutionError) as caught:
        lab_runner(lab).run("format-c-drive")
    assert caught.value.kind is ErrorKind.UNSUPPORTED
    assert len(lab.world.received) == sent
