"""The resume re-reads a machine still busy (issue 15, item 8).

A ``kms-wizard convert --to mak`` is killed while the lab machine's
Activate() is still running (it takes seconds: ``app.lab.timing``); the
resume starts at once, while the machine still shows its state from before
the activation. It must find out the truth from the machine and journal it,
without sending the activation a second time: the lab counts every online MAK
activation, so a doubled one costs the customer one more.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator

import pytest

from app.lab import audit
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab

from .support import child_env, convert_command, finish, journal_rows, start, store_mak

CLIENT = "pc-clone-a.lab.test"  # Windows 11 Enterprise on its GVLK: the lab's win10 MAK fits
ACTIVATION_SECONDS = 8.0


@pytest.fixture
def lab() -> Iterator[LabRuntime]:
    with LabRuntime(build_default_lab(seed=0, clients=4), https=False, with_dns=False) as runtime:
        yield runtime


def wait_until(condition, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the lab never got there"
        time.sleep(0.02)


@pytest.mark.slow
def test_a_resume_while_the_activation_still_runs_journals_the_truth_once(lab, tmp_path):
    keyring_file = tmp_path / "keyring.json"
    store_mak(keyring_file, "wmak", lab.world.lab_keys()["mak:win10"])
    env = child_env(keyring_file)
    journal = tmp_path / "journal.sqlite3"
    url = lab.shared_url("HOST").replace("HOST", "{host}")
    user, password = lab.world.user, lab.world.password
    log = audit.OperationAudit()
    audit.attach(lab.world.lab, log)
    lab.server.timing.set(CLIENT, activation=ACTIVATION_SECONDS)
    makes_left = lab.world.mak_remaining("mak:win10")

    convert = convert_command(url, user, journal, CLIENT, "--to", "mak", "--mak", "wmak", "--yes")
    child = start(convert, password, env, tmp_path / "convert.log")
    try:
        wait_until(lambda: lab.server.busy(CLIENT) == 1 or child.poll() is not None)
        assert child.poll() is None, (tmp_path / "convert.log").read_text()
        child.send_signal(signal.SIGKILL)
    finally:
        finish(child)
    resumed_at_busy = lab.server.busy(CLIENT) == 1

    resume = start(
        convert_command(url, user, journal, "--resume"), password, env, tmp_path / "resume.log"
    )
    code = finish(resume)
    output = (tmp_path / "resume.log").read_text()
    audit.detach(lab.world.lab)

    assert resumed_at_busy  # the resume really met the machine while it was activating
    # The resume re-read the machine (step 0) and the journal tells the truth.
    steps = journal_rows(
        journal, "SELECT seq, operation, state, outcome FROM steps WHERE host = ?", CLIENT
    )
    assert any(seq == 0 and operation == "status" for seq, operation, _s, _o in steps)
    assert not [s for s in steps if s[2] == "intent"], steps
    activate_states = {state for _q, operation, state, _o in steps if operation == "activate"}
    assert "done" in activate_states and "failed" not in activate_states, steps
    assert journal_rows(journal, "SELECT status FROM conversions") == [("done",)], output
    assert code == 0, output
    activations = [e for e in log.entries if (e["operation"], e["machine"]) == ("activate", CLIENT)]
    spent = makes_left - lab.world.mak_remaining("mak:win10")
    # Not doubled: one activation ran on the machine, one MAK activation spent. (Before the
    # resume waited for an interrupted activation, it read the state from before it, found
    # the step "not in effect" and sent Activate() again: two MAK activations.)
    assert (len(activations), spent) == (1, 1), output
