"""The TCP pre-probe tries again within its budget and tells refused from silent (issue 15, F3).

A listener whose accept queue is full makes the kernel drop SYNs on the floor,
as a busy machine or a lossy network does; when it starts accepting, the next
SYN (the kernel's own retransmission, or the probe's fresh attempt) gets
through. A single-shot probe of 1.5 s called such a machine unreachable.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time

import pytest

from app.adapters.tcp_probe import SocketTcpProbe
from app.adapters.winrm_runner import PROBE_SHARE, WinrmRunner, WinrmSettings
from app.domain.dns import ProbeStatus
from app.domain.errors import ConnectionReason, ErrorKind
from tests.adapters.hostile_wsman import HostileServer
from tests.adapters.winrm_support import run_failing

# Linux drops a SYN when the accept queue is full; Windows answers it with a reset.
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="needs Linux's full-backlog behaviour"
)


class LateListener:
    """A loopback listener that drops every SYN until ``opens_after`` seconds, then answers.

    Once open, it answers each HTTP request with a redirect: proof enough that the
    connection was made and the request read.
    """

    def __init__(self, opens_after: float | None) -> None:
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)  # one queue slot, filled below: further SYNs are dropped
        self.port = self._server.getsockname()[1]
        self._filler = socket.create_connection(("127.0.0.1", self.port), timeout=2)
        self._opens_after = opens_after
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> LateListener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for sock in (self._server, self._filler):
            with contextlib.suppress(OSError):
                sock.close()

    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/wsman"

    def _run(self) -> None:
        if self._opens_after is None or self._stop.wait(self._opens_after):
            return
        filler = self._filler.getsockname()
        self._server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, peer = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if peer == filler:
                conn.close()
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    @staticmethod
    def _answer(conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request:
                piece = conn.recv(65536)
                if not piece:
                    return
                request += piece
            conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n")


def _runner(url: str, timeout: float) -> WinrmRunner:
    settings = WinrmSettings(url=url, auth="basic", user="u", password="p", timeout=timeout)
    return WinrmRunner("busy.example", settings)


def test_a_machine_that_drops_the_first_syns_is_reached_within_the_budget():
    # Dropping SYNs for 1.6 s outlasts the old single 1.5 s probe; the new one tries on
    # for a third of the 10 s deadline, and the kernel's retransmission at 2 s gets in.
    with LateListener(opens_after=1.6) as listener:
        error, _ = run_failing(_runner(listener.url(), timeout=10.0))
    assert error.kind is ErrorKind.REDIRECTED, error  # connected and answered


def test_silence_is_waited_for_until_the_budget_but_a_refusal_ends_at_once():
    with LateListener(opens_after=None) as listener:
        error, elapsed = run_failing(_runner(listener.url(), timeout=6.0))
    assert error.kind is ErrorKind.UNREACHABLE
    assert error.data["reason_code"] == ConnectionReason.NO_ANSWER.value
    assert elapsed >= 6.0 * PROBE_SHARE - 0.1  # it kept trying for its whole budget

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: the kernel answers RST
        started = time.monotonic()
        result = SocketTcpProbe().connect("127.0.0.1", port, timeout=30.0)
        elapsed = time.monotonic() - started
    assert result.status is ProbeStatus.REFUSED
    assert elapsed < 15.0  # not the 30 s budget: a refusal is not tried again


def test_a_reset_of_the_first_request_on_a_new_connection_is_tried_once_more():
    """A crowded listener may take the handshake and then reset the connection (no room)."""
    with HostileServer() as hostile:
        error, _ = run_failing(_runner(hostile.url("resetonce"), timeout=10.0))
    assert error.kind is ErrorKind.REDIRECTED, error  # the second try got its answer
