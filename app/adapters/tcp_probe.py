"""Can a machine be reached on a TCP port? Connects that try again until their budget.

A single connect with a short time-out lies when one SYN is lost: the kernel
sends the next one only after about 1 s (Linux; 3 s on Windows), and a busy
listener whose backlog is full drops SYNs until it catches up. So a connect
here is several attempts, each a fresh SYN with twice the wait of the one
before (1 s, 2 s, 4 s…), until the budget is spent; a refusal (RST) ends it at
once, since nothing listens and waiting would not change that.
"""

from __future__ import annotations

import errno
import socket
import time

from app.domain.dns import ProbeStatus, TcpProbeResult

FIRST_ATTEMPT_WAIT = 1.0  # seconds: the kernel's own first SYN retransmission (Linux)


def connect_patiently(
    host: str, port: int, *, budget: float, first_wait: float = FIRST_ATTEMPT_WAIT
) -> socket.socket:
    """A connected TCP socket to ``host``:``port``, trying again until ``budget`` seconds.

    Raises:
        TimeoutError: no attempt was answered within the budget.
        ConnectionRefusedError: the machine refused (nothing listens), at the first refusal.
        socket.gaierror: the name has no address.
        OSError: another failure (no route to the host…), not retried.
    """
    deadline = time.monotonic() + max(budget, 0.01)
    # Every address of the name, as socket.create_connection tries them (localhost: ::1 first).
    pending = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    wait = min(first_wait, max(budget, 0.01))
    refusal: OSError | None = None
    while pending:
        silent = []
        for entry in pending:
            family, kind, proto, _, address = entry
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer to TCP connect within {budget:g} s")
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(max(min(wait, left), 0.01))
                sock.connect(address)
            except TimeoutError:
                sock.close()
                silent.append(entry)  # no answer yet: a fresh SYN next round, waiting longer
                continue
            except OSError as problem:
                sock.close()
                refusal = refusal or problem  # this address said no: the others may not
                continue
            except BaseException:
                sock.close()
                raise
            return sock
        pending = silent
        wait *= 2
    assert refusal is not None
    raise refusal


class SocketTcpProbe:
    """:class:`app.domain.ports.TcpProbe` with a plain socket connect, closed at once."""

    def connect(self, address: str, port: int, *, timeout: float) -> TcpProbeResult:
        """Try to connect to ``address``:``port`` for up to ``timeout`` seconds."""
        started = time.monotonic()

        def done(status: ProbeStatus, problem: str = "") -> TcpProbeResult:
            elapsed = round((time.monotonic() - started) * 1000, 2)
            return TcpProbeResult(address, port, status, elapsed, problem)

        try:
            connect_patiently(address, port, budget=timeout).close()
        except TimeoutError:
            return done(ProbeStatus.TIMEOUT)
        except ConnectionRefusedError:
            return done(ProbeStatus.REFUSED)
        except OSError as problem:
            if problem.errno == errno.ECONNREFUSED:
                return done(ProbeStatus.REFUSED)
            return done(ProbeStatus.UNREACHABLE, problem.strerror or str(problem))
        return done(ProbeStatus.REACHABLE)
