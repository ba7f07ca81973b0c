"""Start ``kms-wizard lab serve`` as a real child process and read its JSON line."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


@contextmanager
def lab_serve(*extra: str) -> Iterator[tuple[subprocess.Popen, dict]]:
    """``python -m app lab serve …``: yields the process and its parsed JSON line.

    The line is awaited for at most START_TIMEOUT seconds; the process is
    terminated (SIGTERM, then killed) when the block ends.
    """
    env = dict(os.environ, PYTHONUNBUFFERED="1", QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        # No product-query latency model: the tests stay fast (lab serve's default is 1 s).
        # The CLI tests tell the Windows Server 2008 R2 story unless they name another
        # scenario (a later --scenario in ``extra`` wins).
        [
            sys.executable,
            "-m",
            "app",
            "lab",
            "serve",
            "--product-query-ms",
            "0",
            "--scenario",
            "legacy-2008r2",
            *extra,
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
    try:
        try:
            line = lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            raise AssertionError("lab serve printed no line in time") from None
        if not line:
            raise AssertionError(f"lab serve exited: {process.wait(5)} {process.stderr.read()}")
        yield process, json.loads(line)
    finally:
        stop(process)


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> int:
    """Ask the process to stop; kill it if it does not within STOP_TIMEOUT."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    return process.returncode
