"""The lab models time (issue 15, item 8): slow activations, restarts, lost answers.

Every test goes through the real winrm adapter over HTTP to the in-process lab;
the timing is seeded and switched on per machine (``app.lab.timing``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from app.adapters.winrm_runner import WinrmRunner
from app.domain.errors import ExecutionError
from app.lab import audit
from app.lab.runtime import LabRuntime
from app.lab.timing import Fate, MachineTiming, TimingBook
from app.lab.world import build_default_lab
from tests.adapters.winrm_support import lab_settings

CLIENT = "pc-clone-a.lab.test"  # Windows 11 Enterprise on its GVLK, online
WINDOWS = "55c92734"  # Windows' application id (the start of it)


@pytest.fixture
def lab() -> Iterator[LabRuntime]:
    with LabRuntime(build_default_lab(seed=0, clients=4), https=False, with_dns=False) as runtime:
        yield runtime


def runner(lab: LabRuntime, machine: str = CLIENT) -> WinrmRunner:
    return WinrmRunner(machine, lab_settings(lab, machine))


def run(lab: LabRuntime, operation: str, params=None, machine: str = CLIENT):
    one = runner(lab, machine)
    try:
        return one.run(operation, params)
    finally:
        one.close()


def windows(status) -> dict:
    return next(p for p in status["products"] if p["application_id"].startswith(WINDOWS))


def install_mak(lab: LabRuntime) -> str:
    """Put the lab's client MAK on the client; returns the new product's activation id."""
    answer = run(lab, "install-key", {"key": lab.world.lab_keys()["mak:win10"]})
    return answer["product"]["id"]


def wait_until(condition, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the lab never got there"
        time.sleep(0.02)


def test_an_activation_takes_seconds_and_a_reader_meanwhile_sees_the_state_before_it(lab):
    product_id = install_mak(lab)
    makes_left = lab.world.mak_remaining("mak:win10")
    lab.server.timing.set(CLIENT, activation=4.0)
    answers = []
    activating = threading.Thread(
        target=lambda: answers.append(run(lab, "activate", {"activation_id": product_id}))
    )
    activating.start()
    try:
        wait_until(lambda: lab.server.busy(CLIENT) == 1)
        during = windows(run(lab, "status"))
        still_busy = lab.server.busy(CLIENT) == 1
    finally:
        activating.join(30)
    assert still_busy  # the read really happened while Activate() ran
    assert during["channel"] == "MAK" and during["license_status"] != 1
    [answer] = answers
    assert answer["ok"] and answer["product"]["license_status"] == 1
    assert windows(run(lab, "status"))["license_status"] == 1
    assert lab.world.mak_remaining("mak:win10") == makes_left - 1


def test_a_second_activation_sent_meanwhile_is_a_second_activation(lab):
    """Why a resume must not re-send an activation still running: the lab counts both."""
    product_id = install_mak(lab)
    makes_left = lab.world.mak_remaining("mak:win10")
    lab.server.timing.set(CLIENT, activation=1.0)
    first = threading.Thread(target=run, args=(lab, "activate", {"activation_id": product_id}))
    first.start()
    try:
        wait_until(lambda: lab.server.busy(CLIENT) == 1)
        run(lab, "activate", {"activation_id": product_id})
    finally:
        first.join(30)
    assert lab.world.mak_remaining("mak:win10") == makes_left - 2


@pytest.mark.parametrize("applied", [True, False])
def test_a_machine_restarting_mid_command_is_away_then_back_with_its_state(lab, applied):
    before = windows(run(lab, "status"))
    lab.server.timing.set(CLIENT, reboot=1.0, applied=1.0 if applied else 0.0, reboot_seconds=1.5)
    mak = lab.world.lab_keys()["mak:win10"]
    with pytest.raises(ExecutionError):
        run(lab, "install-key", {"key": mak})
    assert lab.server.timing.is_down(CLIENT)
    port = urlsplit(lab.winrm_url(CLIENT)).port
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()  # its own port
    with pytest.raises(ExecutionError):
        run(lab, "status")  # WinRM is not there while the machine restarts
    wait_until(lambda: not lab.server.timing.is_down(CLIENT))
    lab.server.timing.set(CLIENT, reboot=0.0)
    after = windows(run(lab, "status"))
    assert (after["channel"] == "MAK") is applied
    assert after["partial_key"] == (mak[-5:] if applied else before["partial_key"])


@pytest.mark.parametrize("applied", [True, False])
def test_a_lost_connection_loses_the_answer_and_the_effect_lands_or_not(lab, applied):
    before = windows(run(lab, "status"))
    lab.server.timing.set(CLIENT, drop=1.0, applied=1.0 if applied else 0.0)
    mak = lab.world.lab_keys()["mak:win10"]
    with pytest.raises(ExecutionError):
        run(lab, "install-key", {"key": mak})
    after = windows(run(lab, "status"))  # reads are never cut
    assert after["partial_key"] == (mak[-5:] if applied else before["partial_key"])
    assert lab.server.timing.log[-1] == (
        CLIENT,
        "install-key",
        Fate.LOST_ANSWER if applied else Fate.LOST_BEFORE,
    )


def test_a_restart_decides_the_fate_of_an_activation_still_running(lab):
    product_id = install_mak(lab)
    makes_left = lab.world.mak_remaining("mak:win10")
    lab.server.timing.set(CLIENT, activation=30.0, applied=0.0, reboot_seconds=0.5)
    failures = []

    def activate() -> None:
        try:
            run(lab, "activate", {"activation_id": product_id})
        except ExecutionError as error:
            failures.append(error)

    waiting = threading.Thread(target=activate)
    waiting.start()
    wait_until(lambda: lab.server.busy(CLIENT) == 1)
    lab.server.restart(CLIENT)
    waiting.join(30)
    assert failures  # the client waiting for the answer lost its connection
    wait_until(lambda: not lab.server.timing.is_down(CLIENT))
    assert windows(run(lab, "status"))["license_status"] != 1  # applied=0: it never landed
    assert lab.world.mak_remaining("mak:win10") == makes_left


def test_the_draws_are_seeded_per_machine():
    def fates(seed: int, machine: str) -> list[Fate]:
        book = TimingBook(MachineTiming(reboot=0.2, drop=0.3), seed=seed)
        return [book.fate(machine, "activate") for _ in range(40)]

    assert fates(7, CLIENT) == fates(7, CLIENT)
    assert fates(7, CLIENT) != fates(8, CLIENT)
    assert len(set(fates(7, CLIENT))) > 2
    assert TimingBook(MachineTiming(drop=1.0)).fate(CLIENT, "status") is Fate.NORMAL


def test_timing_is_off_by_default_and_checked(lab):
    assert not lab.server.timing.for_machine(CLIENT).active
    with pytest.raises(ValueError):
        MachineTiming(drop=0.7, reboot=0.5)
    with pytest.raises(ValueError):
        MachineTiming(activation=-1)


def test_the_audit_log_records_what_the_lab_executed_without_keys(lab, tmp_path):
    log = audit.OperationAudit(tmp_path / "ops.jsonl")
    audit.attach(lab.world.lab, log)
    try:
        mak = lab.world.lab_keys()["mak:win10"]
        product_id = install_mak(lab)
        run(lab, "activate", {"activation_id": product_id})
    finally:
        audit.detach(lab.world.lab)
        log.close()
    text = (tmp_path / "ops.jsonl").read_text(encoding="utf-8")
    assert mak not in text and mak.replace("-", "") not in text
    done = [(e["operation"], e["ok"], e["key_last5"]) for e in log.entries]
    assert done == [("install-key", True, mak[-5:]), ("activate", True, None)]
    assert log.entries[-1]["license_status"] == 1 and log.entries[-1]["machine"] == CLIENT


def test_lab_serve_turns_the_timing_on_and_keeps_its_audit_log(tmp_path):
    """``kms-wizard lab serve`` in a child process: a campaign process can use the timing."""
    from app.adapters.winrm_runner import WinrmSettings
    from tests.cli.lab_process import lab_serve

    log_file = tmp_path / "ops.jsonl"
    with lab_serve(
        "--scenario",
        "current",
        "--clients",
        "4",
        "--activation-seconds",
        "1.5",
        "--audit-log",
        str(log_file),
    ) as (_process, lab):
        url = next(m["winrm_url"] for m in lab["machines"] if m["name"] == CLIENT)
        settings = WinrmSettings(url=url, auth="basic", user=lab["user"], password=lab["password"])
        client = WinrmRunner(CLIENT, settings)
        try:
            product_id = client.run("install-key", {"key": lab["keys"]["mak:win10"]})["product"][
                "id"
            ]
            started = time.monotonic()
            answer = client.run("activate", {"activation_id": product_id})
            took = time.monotonic() - started
        finally:
            client.close()
    assert answer["product"]["license_status"] == 1
    assert took >= 1.5  # the activation's answer came only when it had run its time
    done = [json.loads(line)["operation"] for line in log_file.read_text().splitlines()]
    assert done == ["install-key", "activate"]


@pytest.mark.parametrize(
    "option", [("--activation-seconds", "601"), ("--reboot-chance", "1.5"), ("--drop-chance", "-1")]
)
def test_lab_serve_refuses_timing_out_of_range(option, capsys):
    from app.cli import main

    with pytest.raises(SystemExit) as refused:
        main(["--lang", "en", "lab", "serve", *option])
    assert refused.value.code == 2
    assert option[0] in capsys.readouterr().err
