"""Every injected fault reaches the caller as its typed error, within the deadline.

The real winrm adapter talks real HTTP to the real lab; the lab's fault book
makes one machine slow, silent, hostile or broken. A hang anywhere would fail
the test through the time bound (never through pytest's global time-out).
"""

from __future__ import annotations

import math
import socket
import time

import pytest

from app.adapters.winrm_runner import PROBE_SHARE
from app.domain.errors import ErrorKind
from app.lab.faults import ACCESS_DENIED, QUOTA_EXCEEDED
from tests.adapters.winrm_support import (
    KMS_HOST,
    lab_runner,
    run_failing,
    running_lab,
    unreachable_machine,
)

DEADLINE = 2.0
MARGIN = 1.0  # thread wake-ups and a loaded CI machine


@pytest.fixture(scope="module")
def lab():
    with running_lab() as runtime:
        yield runtime


@pytest.fixture(autouse=True)
def no_faults_left(lab):
    yield
    lab.faults.clear()


@pytest.mark.parametrize(
    ("faults", "kind"),
    [
        ({"hang": True}, ErrorKind.TIMEOUT),
        ({"exec_time": math.inf}, ErrorKind.TIMEOUT),
        ({"slowness": 0.4}, ErrorKind.TIMEOUT),
        ({"unauthorized": True}, ErrorKind.CREDENTIALS),
        ({"soap_fault": QUOTA_EXCEEDED}, ErrorKind.WSMAN_FAULT),
        ({"reset": True}, ErrorKind.UNREACHABLE),
        ({"malformed_xml": True}, ErrorKind.MALFORMED_OUTPUT),
        ({"truncate_output": True}, ErrorKind.MALFORMED_OUTPUT),
        ({"hang": True, "actions": frozenset({"Receive"})}, ErrorKind.TIMEOUT),
        ({"reset": True, "actions": frozenset({"Command"})}, ErrorKind.UNREACHABLE),
    ],
    ids=lambda v: v.name if isinstance(v, ErrorKind) else ",".join(sorted(v)),
)
def test_fault_gives_its_kind_within_the_deadline(lab, faults, kind):
    lab.faults.inject(KMS_HOST, **faults)
    runner = lab_runner(lab, timeout=DEADLINE)
    try:
        error, elapsed = run_failing(runner)
    finally:
        runner.close()
    assert error.kind is kind, error
    assert elapsed < DEADLINE + MARGIN
    assert error.host == KMS_HOST


def test_soap_fault_carries_code_and_reason(lab):
    lab.faults.inject(KMS_HOST, soap_fault=ACCESS_DENIED)
    error, _ = run_failing(lab_runner(lab))
    assert error.kind is ErrorKind.WSMAN_FAULT
    assert error.data["wsman_fault_code"] == 5
    assert error.data["reason"] == "Access is denied."
    assert "5: Access is denied." in error.detail


def test_timeout_detail_is_the_deadline_in_seconds(lab):
    lab.faults.inject(KMS_HOST, hang=True)
    error, _ = run_failing(lab_runner(lab), timeout=1.5)
    assert error.kind is ErrorKind.TIMEOUT
    assert error.args_for_summary == (KMS_HOST, "1.5")


def test_latency_is_paid_per_round_trip_and_still_succeeds(lab):
    lab.faults.inject(KMS_HOST, latency=0.15)
    runner = lab_runner(lab)
    try:
        runner.run("inspect")  # opens the shell
        started = time.monotonic()
        document = runner.run("inspect")
        elapsed = time.monotonic() - started
    finally:
        runner.close()
    assert document["ok"] is True
    # Command, Receive and Signal: three round trips on an open shell.
    assert elapsed >= 3 * 0.15


def test_a_slow_command_is_polled_until_done(lab):
    runner = lab_runner(lab, timeout=3.2)
    runner.run("inspect")  # shell open before the machine turns slow
    lab.faults.inject(KMS_HOST, exec_time=2.5)
    timeouts_before = lab.server.stats["Receive-timeout"]
    try:
        document = runner.run("inspect")
    finally:
        runner.close()
    assert document["ok"] is True
    # The service answered a Receive with the OperationTimeout fault (2150858793), and
    # the adapter's own loop asked again instead of failing or retrying forever.
    assert lab.server.stats["Receive-timeout"] > timeouts_before


def test_wrong_password_is_a_credentials_error_without_the_password(lab):
    secret = "Wr0ng-Pa55w0rd!"
    error, elapsed = run_failing(lab_runner(lab, password=secret))
    assert error.kind is ErrorKind.CREDENTIALS
    assert secret not in str(error) and secret not in repr(error.data)
    assert "LocalAccountTokenFilterPolicy" in error.kind.hint.source
    assert "Basic" in error.kind.hint.source
    assert elapsed < 2


def test_unreachable_machine_is_classified_by_the_pre_probe(lab):
    machine = unreachable_machine(lab)
    runner = lab_runner(lab, machine, probe_timeout=0.5, timeout=5.0)
    error, elapsed = run_failing(runner)
    assert error.kind is ErrorKind.UNREACHABLE
    assert error.detail == str(runner.port)
    # The probe's budget (a third of the deadline, issue 15 F3), not the 5 s deadline.
    assert elapsed < 5.0 * PROBE_SHARE + MARGIN


def test_closed_port_is_refused_at_once(lab):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    runner = lab_runner(lab, url=f"http://127.0.0.1:{port}/wsman")
    error, elapsed = run_failing(runner)
    assert error.kind is ErrorKind.REFUSED
    assert error.detail == str(port)
    assert elapsed < 1


def test_unknown_machine_name_looks_unreachable(lab):
    runner = lab_runner(lab, "nosuch.lab.test")
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.UNREACHABLE


def test_runner_recovers_after_a_transient_fault(lab):
    runner = lab_runner(lab, timeout=DEADLINE)
    try:
        assert runner.run("inspect")["ok"] is True
        lab.faults.inject(KMS_HOST, reset=True)
        error, _ = run_failing(runner)
        assert error.kind is ErrorKind.UNREACHABLE
        lab.faults.clear(KMS_HOST)
        assert runner.run("inspect")["ok"] is True
    finally:
        runner.close()


def test_shell_lost_by_the_service_is_reopened_transparently(lab):
    runner = lab_runner(lab)
    try:
        assert runner.run("inspect")["ok"] is True
        assert lab.server.forget_shells(KMS_HOST) >= 1  # "Restart-Service WinRM"
        assert runner.run("inspect")["ok"] is True
    finally:
        runner.close()


def test_one_shell_serves_several_runs_and_close_deletes_it(lab):
    before = lab.server.open_shell_count(KMS_HOST)
    runner = lab_runner(lab)
    for _ in range(3):
        runner.run("inspect")
    assert lab.server.open_shell_count(KMS_HOST) == before + 1
    runner.close()
    assert lab.server.open_shell_count(KMS_HOST) == before
    runner.close()  # idempotent
