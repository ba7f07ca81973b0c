"""Can a KMS client open a TCP connection to a host and port? (One bounded connect.)"""

from __future__ import annotations

import errno
import socket
import time

from app.domain.dns import ProbeStatus, TcpProbeResult


class SocketTcpProbe:
    """:class:`app.domain.ports.TcpProbe` with a plain socket connect, closed at once."""

    def connect(self, address: str, port: int, *, timeout: float) -> TcpProbeResult:
        """Try one connection to ``address``:``port`` within ``timeout`` seconds."""
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        started = time.monotonic()

        def done(status: ProbeStatus, problem: str = "") -> TcpProbeResult:
            elapsed = round((time.monotonic() - started) * 1000, 2)
            return TcpProbeResult(address, port, status, elapsed, problem)

        try:
            with socket.socket(family, socket.SOCK_STREAM) as sock:
                sock.settimeout(max(timeout, 0.01))
                sock.connect((address, port))
        except TimeoutError:
            return done(ProbeStatus.TIMEOUT)
        except ConnectionRefusedError:
            return done(ProbeStatus.REFUSED)
        except OSError as problem:
            if problem.errno == errno.ECONNREFUSED:
                return done(ProbeStatus.REFUSED)
            return done(ProbeStatus.UNREACHABLE, problem.strerror or str(problem))
        return done(ProbeStatus.REACHABLE)
