"""The crash-and-resume campaign: kill ``kms-wizard convert``, resume it, count what went wrong.

    python -m tests.reliability.crash_campaign [--trials N] [--seed S] [--clients C]
        [--latency-ms L] [--activation-seconds A] [--reboot-chance P] [--drop-chance P]
        [--out DIR]

Each trial (bounded, seeded by ``--seed`` and its number):

1. starts a fresh lab, ``kms-wizard lab serve`` in a child process, with its
   audit log of executed operations (``--audit-log``, ``app.lab.audit``); for a
   conversion to KMS it first makes kms01 a working KMS host;
2. runs ``kms-wizard convert HOSTS … --yes`` in a child process, MAK→KMS and
   KMS→MAK in turn, and kills it: SIGKILL after k journal rows (plus up to 80 ms,
   so the kill can land inside a WinRM exchange) or at a random time, and now and
   then SIGINT or SIGTERM instead;
3. runs ``convert --resume`` until there is nothing left to resume (at most
   ``MAX_RESUMES`` times; in one trial in three the first resume is killed too);
4. counts, from the LAB's own record and from the journal:

   - ``steps_doubled``: a key installed twice on a host, a product answering a
     successful activation twice, a MAK activation spent twice on a host;
   - ``steps_skipped``: a planned step that has no journal row that ran it or
     showed it unnecessary (``done`` or ``failed``), although no real failure of
     an earlier step of the host excuses it (a pending KMS activation does not);
   - ``rows_left_open``: journal rows still ``intent``;
   - ``runs_left_open``: conversion runs never finished;
   - ``integrity_failures``: ``PRAGMA integrity_check`` not ``ok``.

Prints ONE JSON line with the totals (and writes every trial's figures to
``OUT/trials.jsonl``). Exit 0 when every count is zero, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.adapters.winrm_runner import WinrmRunner, WinrmSettings
from app.domain.errors import ExecutionError
from app.domain.fleet_conversion import PENDING_KMS_CODES
from app.domain.hresults import format_hresult
from app.lab.working_host import set_up_working_kms_host

from .support import ROOT, child_env, convert_command, finish, start, store_mak

MAX_RESUMES = 5
KMS_HOST = "kms01.lab.test"
MAK_LABEL = "wmak"
NOTHING_TO_RESUME = "No interrupted conversion run to resume."
PENDING = {format_hresult(code) for code in PENDING_KMS_CODES}
# The two tables counted, as app.adapters.journal creates them (only what is read here).
JOURNAL_TABLES = """
CREATE TABLE IF NOT EXISTS conversions (id INTEGER PRIMARY KEY, finished TEXT, plan TEXT);
CREATE TABLE IF NOT EXISTS steps (id INTEGER PRIMARY KEY, run_id INTEGER, host TEXT,
    seq INTEGER, state TEXT, hresult TEXT);
"""
COUNTS = (
    "steps_doubled",
    "steps_skipped",
    "rows_left_open",
    "runs_left_open",
    "integrity_failures",
)


@dataclass
class Trial:
    """One trial's figures (a line of trials.jsonl)."""

    number: int
    direction: str
    hosts: int
    kill: str = ""
    killed: bool = False  # the convert was killed before it finished
    killed_before_run: bool = False  # ... while it was still reading the hosts (nothing sent)
    resumes: int = 0
    resume_killed: bool = False
    steps_doubled: int = 0
    keys_installed_twice: int = 0
    activations_repeated: int = 0
    mak_spent_twice: int = 0
    steps_skipped: int = 0
    rows_left_open: int = 0
    runs_left_open: int = 0
    integrity_failures: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--clients", type=int, default=16, help="lab clients (hosts converted)")
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--activation-seconds", type=float, default=0.0)
    parser.add_argument("--reboot-chance", type=float, default=0.0)
    parser.add_argument("--drop-chance", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=None, help="keep the trials' files here")
    args = parser.parse_args(argv)
    if not (1 <= args.trials <= 1000 and 1 <= args.clients <= 200):
        parser.error("--trials 1..1000, --clients 1..200")
    out = args.out or Path(tempfile.mkdtemp(prefix="kmsw-crash-"))
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    trials = []
    with open(out / "trials.jsonl", "a", encoding="utf-8") as record:
        for number in range(args.trials):
            trial = run_trial(number, args, out / f"t{number:03d}")
            trials.append(trial)
            record.write(json.dumps(asdict(trial)) + "\n")
            record.flush()
    summary = summarise(trials, time.monotonic() - started, args)
    print(json.dumps(summary), flush=True)
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0 if all(summary[name] == 0 for name in COUNTS) else 1


def summarise(trials: list[Trial], seconds: float, args: argparse.Namespace) -> dict[str, Any]:
    kills = Counter(t.kill.split(":", 1)[0] for t in trials if t.killed)
    return {
        "trials": len(trials),
        "kills": sum(kills.values()),
        "kills_by_signal": dict(sorted(kills.items())),
        "kills_before_the_run_was_journaled": sum(1 for t in trials if t.killed_before_run),
        "finished_before_kill": sum(1 for t in trials if not t.killed),
        "resume_kills": sum(1 for t in trials if t.resume_killed),
        "resumes": sum(t.resumes for t in trials),
        **{name: sum(getattr(t, name) for t in trials) for name in COUNTS},
        **{
            name: sum(getattr(t, name) for t in trials)
            for name in ("keys_installed_twice", "activations_repeated", "mak_spent_twice")
        },
        "trials_with_problems": [t.number for t in trials if any(getattr(t, n) for n in COUNTS)],
        "seed": args.seed,
        "clients": args.clients,
        "activation_seconds": args.activation_seconds,
        "reboot_chance": args.reboot_chance,
        "drop_chance": args.drop_chance,
        "seconds": round(seconds, 1),
    }


# --- one trial -----------------------------------------------------------------------


def run_trial(number: int, args: argparse.Namespace, folder: Path) -> Trial:
    rng = random.Random(f"{args.seed}/{number}")
    direction = "mak" if number % 2 == 0 else "kms"
    folder.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    lab, description, port = start_lab(args, folder, seed=args.seed + number)
    try:
        url = f"http://127.0.0.1:{port}/wsman/{{host}}"
        hosts = pick_hosts(description, direction)
        trial = Trial(number, direction, len(hosts))
        keyring_file = folder / "keyring.json"
        store_mak(keyring_file, MAK_LABEL, description["keys"]["mak:win10"])
        env = child_env(keyring_file)
        if direction == "kms":
            make_kms_host(url, description)
        target = (
            ["--to", "mak", "--mak", MAK_LABEL]
            if direction == "mak"
            else ["--to", "kms", "--kms-host", KMS_HOST]
        )
        journal = folder / "journal.sqlite3"
        user, password = description["user"], description["password"]
        command = convert_command(url, user, journal, *hosts, *target, "--yes")
        # About three journal rows per host (a key, an activation, the verification).
        trial.kill, trial.killed = kill_convert(
            rng, command, password, env, journal, folder, rows_expected=3 * len(hosts)
        )
        trial.killed_before_run = trial.killed and not runs_journaled(journal)
        resume_until_done(rng, trial, url, user, password, env, journal, folder)
        time.sleep(args.activation_seconds + (2 if args.reboot_chance else 0))  # let it land
    finally:
        stop_lab(lab)
    count(trial, folder / "audit.jsonl", journal)
    trial.seconds = round(time.monotonic() - began, 2)
    return trial


def start_lab(args: argparse.Namespace, folder: Path, seed: int) -> tuple[Any, dict, int]:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "app",
        "lab",
        "serve",
        "--clients",
        str(args.clients),
        "--seed",
        str(seed),
        "--port",
        str(port),
        "--latency-ms",
        str(args.latency_ms),
        "--product-query-ms",
        "0",
        "--audit-log",
        str(folder / "audit.jsonl"),
        "--activation-seconds",
        str(args.activation_seconds),
        "--reboot-chance",
        str(args.reboot_chance),
        "--reboot-seconds",
        "2",
        "--drop-chance",
        str(args.drop_chance),
    ]
    lab = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=open(folder / "lab.err", "wb"),  # noqa: SIM115 - the child holds it
        cwd=ROOT,
        text=True,
    )
    assert lab.stdout is not None
    line = lab.stdout.readline()
    if not line:
        lab.wait(10)
        raise RuntimeError(f"the lab did not start: {(folder / 'lab.err').read_text()}")
    return lab, json.loads(line), port


def stop_lab(lab: Any) -> None:
    lab.send_signal(signal.SIGTERM)
    try:
        lab.wait(30)
    except subprocess.TimeoutExpired:
        lab.kill()
        lab.wait(10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pick_hosts(description: dict, direction: str) -> list[str]:
    """Reachable clients; to MAK only Windows 10/11 ones (the lab's win10 MAK fits them)."""
    hosts = []
    for machine in description["machines"]:
        name, os_name = machine["name"], machine["os"]
        if machine["role"] != "client" or name.startswith("pc-offline"):
            continue  # kms01 is the host; pc-offline's WinRM never answers (it costs a probe)
        if direction == "mak" and not ("Windows 10" in os_name or "Windows 11" in os_name):
            continue
        hosts.append(name)
    return hosts


def make_kms_host(url: str, description: dict) -> None:
    settings = WinrmSettings(
        url=url.replace("{host}", KMS_HOST),
        auth="basic",
        user=description["user"],
        password=description["password"],
        timeout=30.0,
    )
    scenario = description.get("scenario", "current")
    for attempt in range(10):
        runner = WinrmRunner(KMS_HOST, settings)
        try:
            set_up_working_kms_host(runner, description["keys"], scenario)
            return
        except ExecutionError:
            if attempt == 9:
                raise
            time.sleep(1.0)  # kms01 too may restart or lose an answer (--reboot/--drop-chance)
        finally:
            runner.close()


def kill_convert(
    rng: random.Random,
    command: list[str],
    password: str,
    env: dict,
    journal: Path,
    folder: Path,
    rows_expected: int,
) -> tuple[str, bool]:
    """Run the conversion and kill it as the trial's draw says; (how, killed before the end)."""
    sig = rng.choices([signal.SIGKILL, signal.SIGINT, signal.SIGTERM], [8, 1, 1])[0]
    by_rows = rng.random() < 0.7
    rows = rng.randint(1, max(1, rows_expected))
    delay = rng.uniform(0.0, 0.08) if by_rows else rng.uniform(0.3, 2.5)
    child = start(command, password, env, folder / "convert.log")
    try:
        begun = time.monotonic()
        while child.poll() is None and time.monotonic() - begun < 120:
            if not by_rows and time.monotonic() - begun >= delay:
                break
            if by_rows and step_rows(journal) >= rows:
                time.sleep(delay)
                break
            time.sleep(0.01)
        killed = child.poll() is None
        if killed:
            child.send_signal(sig)
    finally:
        finish(child)
    how = f"{sig.name}:" + (f"rows>={rows}+{delay:.3f}s" if by_rows else f"at {delay:.2f}s")
    return how, killed


def resume_until_done(
    rng: random.Random,
    trial: Trial,
    url: str,
    user: str,
    password: str,
    env: dict,
    journal: Path,
    folder: Path,
) -> None:
    kill_first = rng.random() < 1 / 3
    for attempt in range(MAX_RESUMES):
        log = folder / f"resume{attempt}.log"
        child = start(convert_command(url, user, journal, "--resume"), password, env, log)
        killed = False
        try:
            if attempt == 0 and kill_first:
                try:
                    child.wait(rng.uniform(0.6, 1.6))
                except subprocess.TimeoutExpired:
                    child.send_signal(signal.SIGKILL)
                    trial.resume_killed = killed = True
        finally:
            code = finish(child)
        trial.resumes += 1
        if killed:
            continue
        if code == 2 and NOTHING_TO_RESUME in log.read_text(encoding="utf-8", errors="replace"):
            return
        if code in (0, 1) and not open_runs(journal):
            return  # this resume closed the run: "nothing to resume" is what a next one says
    trial.problems.append(f"still something to resume after {MAX_RESUMES} resumes")


def step_rows(journal: Path) -> int:
    return _count_rows(journal, "steps")


def runs_journaled(journal: Path) -> bool:
    return _count_rows(journal, "conversions") > 0


def open_runs(journal: Path) -> int:
    return _count_rows(journal, "conversions WHERE finished IS NULL")


def _count_rows(journal: Path, table: str) -> int:
    if not journal.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=0.2)
        try:
            return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


# --- counting --------------------------------------------------------------------------


def count(trial: Trial, audit_file: Path, journal: Path) -> None:
    """Fill the trial's counts from the lab's audit log and the journal."""
    entries = []
    if audit_file.exists():
        for line in audit_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entries.append(json.loads(line))
    installs, activations, mak_burns = doubled_steps(entries)
    trial.keys_installed_twice = len(installs)
    trial.activations_repeated = len(activations)
    trial.mak_spent_twice = len(mak_burns)
    # A MAK spent twice is an activation repeated: counted once as a doubled step.
    trial.steps_doubled = len(installs) + len(activations)
    trial.problems += installs + activations + mak_burns
    if not journal.exists():
        return  # killed before the run was journaled: nothing was sent
    connection = sqlite3.connect(journal)
    try:
        # A convert killed while it created the journal leaves part of the schema; the next
        # run completes it (CREATE TABLE IF NOT EXISTS). Count over the complete schema.
        connection.executescript(JOURNAL_TABLES)
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        trial.integrity_failures = 0 if check == "ok" else 1
        trial.runs_left_open = connection.execute(
            "SELECT COUNT(*) FROM conversions WHERE finished IS NULL"
        ).fetchone()[0]
        trial.rows_left_open = connection.execute(
            "SELECT COUNT(*) FROM steps WHERE state = 'intent'"
        ).fetchone()[0]
        skipped = skipped_steps(connection)
    finally:
        connection.close()
    trial.steps_skipped = len(skipped)
    trial.problems += skipped


def doubled_steps(entries: list[dict]) -> tuple[list[str], list[str], list[str]]:
    """What the lab did twice: (keys installed twice, activations repeated, MAKs spent twice).

    Counted per host from the lab's audit log; kms01's set-up is the trial's own, not counted.
    """
    installs: Counter[tuple[str, str]] = Counter()
    activations: Counter[tuple[str, str]] = Counter()
    mak_burns: Counter[str] = Counter()
    for entry in entries:
        machine = entry["machine"]
        if machine == KMS_HOST or not entry["ok"]:
            continue
        if entry["operation"] == "install-key":
            installs[(machine, entry["key_last5"] or "")] += 1
        elif entry["operation"] == "activate":
            activations[(machine, entry["product_id"] or "")] += 1
            if entry["channel"] == "MAK":
                mak_burns[machine] += 1
    return (
        [f"key …{k} installed {n} times on {m}" for (m, k), n in installs.items() if n > 1],
        [f"product {p} of {m} activated {n} times" for (m, p), n in activations.items() if n > 1],
        [f"{n} MAK activations spent on {m}" for m, n in mak_burns.items() if n > 1],
    )


def skipped_steps(connection: sqlite3.Connection) -> list[str]:
    """Planned steps with no row that ran them (or showed them unnecessary), unexcused."""
    problems = []
    for run_id, plan_text in connection.execute("SELECT id, plan FROM conversions"):
        rows: dict[tuple[str, int], list[tuple[str, str | None]]] = {}
        for host, seq, state, hresult in connection.execute(
            "SELECT host, seq, state, hresult FROM steps WHERE run_id = ? ORDER BY id", (run_id,)
        ):
            rows.setdefault((host, seq), []).append((state, hresult))
        plan = sorted(json.loads(plan_text), key=lambda s: (s["host"], s["seq"]))
        failed_hosts: set[str] = set()
        for step in plan:
            host, seq = step["host"], step["seq"]
            ended = [(s, h) for s, h in rows.get((host, seq), []) if s in ("done", "failed")]
            if host in failed_hosts and step["kind"] != "verify":
                continue  # an earlier step really failed: a live run stops there too
            if not ended:
                problems.append(f"run {run_id}: {host} step {seq} ({step['operation']}) skipped")
                continue
            state, hresult = ended[-1]
            if state == "failed" and hresult not in PENDING:
                failed_hosts.add(host)
    return problems


if __name__ == "__main__":
    raise SystemExit(main())
