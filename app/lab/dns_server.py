"""The lab's DNS server: UDP and TCP on one loopback port, in background threads.

It serves a :class:`~app.lab.zone.LabZone` authoritatively and accepts RFC 2136
updates signed with the TSIG keys it is given (see ``app.lab.dns_responder``),
so the wizard's DNS check and publishing run against it exactly as against a
real server::

    server = LabDnsServer(zone, tsig_keys={"lab-publisher": secret}).start()
    ...  # dns-check --nameserver 127.0.0.1:<server.port> --dns-port <server.port>
    server.stop()

The caller's thread is never used for serving: ``start()`` returns as soon as
both sockets listen.
"""

from __future__ import annotations

import errno
import socket
import socketserver
import struct
import threading

import dns.message

from app.lab.dns_responder import LabDnsResponder
from app.lab.zone import LabZone

BIND_ATTEMPTS = 20
POLL_INTERVAL_S = 0.05  # how fast stop() is noticed; idle cost is negligible
TCP_IDLE_TIMEOUT_S = 10.0
UDP_MAX_PAYLOAD = 4096
CLASSIC_UDP_SIZE = 512


class _UdpHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        data, sock = self.request
        responder: LabDnsResponder = self.server.responder  # type: ignore[attr-defined]
        reply = responder.respond(data, max_size=_udp_limit(data))
        if reply is not None:
            sock.sendto(reply, self.client_address)


class _TcpHandler(socketserver.BaseRequestHandler):
    """Length-prefixed messages (RFC 1035 §4.2.2), several per connection."""

    def handle(self) -> None:
        sock: socket.socket = self.request
        responder: LabDnsResponder = self.server.responder  # type: ignore[attr-defined]
        sock.settimeout(TCP_IDLE_TIMEOUT_S)
        while True:
            try:
                header = _read_exactly(sock, 2)
                if header is None:
                    return
                (length,) = struct.unpack("!H", header)
                data = _read_exactly(sock, length)
                if data is None:
                    return
                reply = responder.respond(data, max_size=65535)
                if reply is None:
                    return
                sock.sendall(struct.pack("!H", len(reply)) + reply)
            except OSError:
                return


def _read_exactly(sock: socket.socket, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _udp_limit(wire: bytes) -> int:
    """The reply size the client accepts: its EDNS payload, or 512 without EDNS."""
    try:
        request = dns.message.from_wire(wire, keyring=False, question_only=True)
    except Exception:  # the responder will judge the garbage
        return CLASSIC_UDP_SIZE
    return min(max(request.payload, CLASSIC_UDP_SIZE), UDP_MAX_PAYLOAD)


class _UdpServer(socketserver.ThreadingUDPServer):
    daemon_threads = True
    allow_reuse_address = False


class _TcpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class _UdpServer6(_UdpServer):
    address_family = socket.AF_INET6


class _TcpServer6(_TcpServer):
    address_family = socket.AF_INET6


class LabDnsServer:
    """An authoritative DNS server for one lab zone, on loopback.

    Args:
        zone: the records served; updates change it.
        host: the address to listen on (loopback).
        port: the port for UDP and TCP; 0 picks a free one (read it from ``port``).
        tsig_keys: key name → secret (HMAC-SHA256) allowed to send updates; none
            means every update is refused.
    """

    def __init__(
        self,
        zone: LabZone,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tsig_keys: dict[str, bytes] | None = None,
    ) -> None:
        self.zone = zone
        self.host = host
        self._requested_port = port
        self.responder = LabDnsResponder(zone, nameserver_address=host, tsig_keys=tsig_keys)
        self._udp: _UdpServer | None = None
        self._tcp: _TcpServer | None = None
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        """The port both transports listen on (after ``start``)."""
        if self._udp is None:
            return self._requested_port
        return self._udp.server_address[1]

    @property
    def address(self) -> str:
        """``127.0.0.1:PORT``, the form ``--nameserver`` takes."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def start(self) -> LabDnsServer:
        """Listen on UDP and TCP (same port) and serve in daemon threads."""
        if self._udp is not None:
            return self
        self._udp, self._tcp = self._bind()
        for server in (self._udp, self._tcp):
            server.responder = self.responder  # type: ignore[attr-defined]
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": POLL_INTERVAL_S},
                name=f"lab-dns-{type(server).__name__}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        return self

    def _bind(self) -> tuple[_UdpServer, _TcpServer]:
        v6 = ":" in self.host
        udp_class, tcp_class = (_UdpServer6, _TcpServer6) if v6 else (_UdpServer, _TcpServer)
        for _ in range(BIND_ATTEMPTS):
            udp = udp_class((self.host, self._requested_port), _UdpHandler)
            try:
                tcp = tcp_class((self.host, udp.server_address[1]), _TcpHandler)
            except OSError as problem:
                udp.server_close()
                if problem.errno != errno.EADDRINUSE or self._requested_port:
                    raise
                continue  # the UDP port's TCP twin was taken: try another port
            return udp, tcp
        raise OSError(errno.EADDRINUSE, "no port free for both UDP and TCP")

    def stop(self) -> None:
        """Stop serving and close both sockets (idempotent)."""
        servers = [s for s in (self._udp, self._tcp) if s is not None]
        # shutdown() waits up to one poll interval: stop both at once, not one after the other.
        stoppers = [threading.Thread(target=s.shutdown, daemon=True) for s in servers]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join(timeout=5)
        for server in servers:
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()
        self._udp = self._tcp = None

    def __enter__(self) -> LabDnsServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
