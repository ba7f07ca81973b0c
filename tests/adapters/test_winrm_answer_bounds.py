"""Hostile answers cost bounded memory and get their own typed errors (issue 15: F1, F4, F8).

Every case drives the real WinrmRunner over real HTTP against the hostile
WS-Man server of :mod:`tests.adapters.hostile_wsman`: an endless chunked answer,
100 MB announced and sent, a 100 MB header line, a dribble, a redirect, a TLS
listener that never handshakes, countless tiny XML elements. Memory is
measured in a child process (other tests raise this one's high-water mark).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.adapters.winrm_deadline import MAX_ANSWER_BYTES, MAX_RUN_ANSWER_BYTES
from app.adapters.winrm_runner import WinrmRunner, WinrmSettings
from app.domain.errors import ErrorKind, ExecutionError, explain
from tests.adapters.hostile_wsman import HostileServer
from tests.adapters.winrm_support import run_failing

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 10.0
MARGIN = 3.0  # a loaded shared machine; the benchmark measures the real figures


@pytest.fixture(scope="module")
def hostile():
    with HostileServer() as server:
        yield server


def _runner(url: str, *, auth: str = "basic", timeout: float = DEADLINE) -> WinrmRunner:
    settings = WinrmSettings(
        url=url, auth=auth, user="administrator", password="Hostile-Pa55", timeout=timeout
    )
    return WinrmRunner("victim.example", settings)


def _said(error, *, cli: bool = False) -> tuple[str, str]:
    what, fix = explain(error, cli=cli)
    return what.english(), fix.english()


@pytest.mark.parametrize("mode", ["endless", "huge"])
def test_an_oversized_answer_is_refused_at_the_cap(hostile, mode):
    error, elapsed = run_failing(_runner(hostile.url(mode)))
    assert error.kind is ErrorKind.ANSWER_TOO_LARGE, error
    assert error.data["limit_bytes"] == MAX_ANSWER_BYTES
    what, fix = _said(error)
    assert what == "victim.example sent an answer of more than 1 MB; the wizard stopped reading it."
    assert "WinRM" in fix and "Restart-Service WinRM" in fix
    assert elapsed < DEADLINE  # refused at the cap, not cut by the deadline


def test_answers_that_add_up_are_refused_at_the_run_budget(hostile):
    """Each answer under the cap, a Receive loop that never ends: the run's budget stops it."""
    runner = _runner(hostile.url("flood"))
    try:
        with pytest.raises(ExecutionError) as caught:
            runner.run_command_line("status")
    finally:
        runner.close()
    error = caught.value
    assert error.kind is ErrorKind.ANSWER_TOO_LARGE, error
    assert error.data["limit_bytes"] == MAX_RUN_ANSWER_BYTES


def test_the_ntlm_path_reads_with_the_same_cap(hostile):
    """Negotiate over HTTP goes through pywinrm and requests: bounded as well."""
    error, elapsed = run_failing(_runner(hostile.url("endless"), auth="negotiate"))
    assert error.kind is ErrorKind.ANSWER_TOO_LARGE, error
    assert elapsed < DEADLINE


def test_a_header_line_of_100_mb_is_not_http_not_unreachable(hostile):
    error, _ = run_failing(_runner(hostile.url("header")))
    assert error.kind is ErrorKind.NOT_HTTP, error  # the machine did answer (F8)
    what, _ = _said(error)
    assert what.startswith("victim.example answered on port")
    assert "LineTooLong" in error.data["reason"]


def test_a_banner_that_is_not_http_is_named_so(hostile):
    error, _ = run_failing(_runner(hostile.url("nothttp")))
    assert error.kind is ErrorKind.NOT_HTTP, error


@pytest.mark.parametrize("auth", ["basic", "negotiate"])  # requests would follow it
def test_a_redirect_has_its_own_message_without_the_quota_hint(hostile, auth):
    error, _ = run_failing(_runner(hostile.url("redirect"), auth=auth))
    assert error.kind is ErrorKind.REDIRECTED, error
    assert error.data["http_status"] == 302
    what, fix = _said(error)
    assert what == "victim.example answered with a redirection (HTTP 302) instead of WinRM."
    assert "MaxShellsPerUser" not in fix and "/wsman" in fix
    _, cli_fix = _said(error, cli=True)
    assert "--winrm-url" in cli_fix and "Advanced" not in cli_fix


@pytest.mark.parametrize("auth", ["basic", "negotiate"])  # our HTTP client, and urllib3's
def test_a_tls_listener_that_never_handshakes_is_not_unreachable(hostile, auth):
    error, elapsed = run_failing(_runner(hostile.tls_stall_url(), auth=auth))
    assert error.kind is ErrorKind.TLS_HANDSHAKE, error
    what, _ = _said(error)
    port = hostile.silent_port
    assert what == (
        f"victim.example accepted the connection on port {port}, but the TLS handshake "
        "did not complete."
    )
    assert elapsed < DEADLINE


def test_a_dribble_times_out_and_the_hint_names_the_option_on_the_command_line(hostile):
    error, elapsed = run_failing(_runner(hostile.url("dribble"), timeout=1.0))
    assert error.kind is ErrorKind.TIMEOUT
    assert elapsed < 1.0 + MARGIN
    _, gui_fix = _said(error)
    _, cli_fix = _said(error, cli=True)
    if error.data.get("reason_code") is None:  # the kind's own hint: it names the setting
        assert "Advanced" in gui_fix
    assert "Advanced" not in cli_fix
    assert "Advanced" not in ErrorKind.TIMEOUT.cli_hint.source
    assert "--timeout" in ErrorKind.TIMEOUT.cli_hint.source


def test_memory_stays_bounded_under_hostile_answers(hostile):
    """In a child process: its peak RSS grows by a few MB, not by the answers' size."""
    cases = ["endless", "huge", "header", "elements", "flood", "endless", "huge"]
    cases += ["endless/negotiate", "huge/negotiate", "header/negotiate"]  # pywinrm's path
    done = subprocess.run(
        [sys.executable, "-m", "tests.adapters.hostile_memory", hostile.template(), *cases],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["kinds"] == [
        "ANSWER_TOO_LARGE",
        "ANSWER_TOO_LARGE",
        "NOT_HTTP",
        "MALFORMED_OUTPUT",  # 225,000 XML elements: refused at 10,000, before a big tree
        "ANSWER_TOO_LARGE",
        "ANSWER_TOO_LARGE",
        "ANSWER_TOO_LARGE",
        "ANSWER_TOO_LARGE",
        "ANSWER_TOO_LARGE",
        "NOT_HTTP",
    ]
    # 100 MB answers, a 300 MB stream, 4 MB of floods: the caps and buffers remain (2-3 MB).
    assert result["peak_growth_mb"] < 16, result
