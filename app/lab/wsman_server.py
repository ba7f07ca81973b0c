"""The lab's WS-Management (WinRM) server: real HTTP(S) on loopback for every lab machine.

It speaks the Windows Remote Shell subset pywinrm and ``winrs`` use (see
:mod:`app.lab.wsman_soap`), authenticates with Basic against the lab's
credentials, and hands each command line to ``LabWorld.execute`` of the
machine it was sent to, in the code page the shell was opened with.

How one server tells its machines apart
---------------------------------------
One :class:`WsmanServer` (one accept loop, one shell table) owns several
listening sockets on ``127.0.0.1``:

- a **per-machine endpoint** for each machine, ``http://127.0.0.1:<port>/wsman``:
  the port names the machine, as a real machine's address would. This is the
  ``winrm_url`` the lab publishes, because a stock ``winrm.Session`` rewrites
  any URL to ``scheme://host:port/wsman`` and drops a longer path;
- a **shared endpoint**, where the machine is the last part of the URL path
  (``/wsman/kms01.lab.test``) or, for a plain ``/wsman``, the ``Host`` header
  (a client whose hosts file maps lab names to 127.0.0.1). Fleets larger than a
  few hundred machines use only this one (no socket per machine).

How an unreachable machine looks
--------------------------------
A machine the world marks unreachable gets a **black hole** as its endpoint:
a socket that listens with a backlog of zero whose single queue slot the
server fills itself and never accepts, so the kernel drops every further
connection attempt (SYN) on the floor, exactly like a switched-off host or a
firewall that drops. A client's connect times out (``UNREACHABLE``); nothing
is refused and no HTTP is spoken. (Windows answers a full backlog with a reset,
so there the client reports "refused" instead.) A request for an unreachable
or unknown machine on the shared endpoint is dropped the same way: the
connection is closed without an answer.

Injected faults (:mod:`app.lab.faults`) are applied per machine and request.
Responses are written with one ``sendall`` on a ``TCP_NODELAY`` socket: with
``http.server``'s separate header and body writes, Nagle plus delayed ACKs cost
about 40 ms per request on loopback.
"""

from __future__ import annotations

import base64
import binascii
import collections
import contextlib
import hmac
import logging
import selectors
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from app.lab import wsman_soap as soap
from app.lab.faults import FaultBook, MachineFaults

log = logging.getLogger(__name__)

SOAP_CONTENT_TYPE = "application/soap+xml;charset=UTF-8"
# A Receive answer carries at most this much output (Windows: MaxEnvelopeSize 150 KB).
RECEIVE_MAX_BYTES = 96 * 1024
STREAM_CHUNK_BYTES = 16 * 1024
IDLE_SHELL_SECONDS = 900.0
HANG_LIMIT_SECONDS = 600.0
KEEPALIVE_SECONDS = 300.0
TLS_HANDSHAKE_SECONDS = 10.0
DEFAULT_OPERATION_TIMEOUT = 60.0
_SLOW_PIECE_BYTES = 64


class World(Protocol):
    """What the server needs from ``app.lab.world.LabWorld``."""

    user: str
    password: str

    def machine_names(self) -> list[str]: ...

    def is_reachable(self, name: str) -> bool: ...

    def execute(self, machine: str, command_line: str, *, codepage: int = 65001) -> Any: ...


@dataclass
class CommandRun:
    """One command started in a shell, with the output not yet received."""

    command_id: str
    command_line: str
    ready_at: float
    stdout: bytes
    stderr: bytes
    exit_code: int
    stdout_sent: int = 0
    stderr_sent: int = 0


@dataclass
class Shell:
    """A remote shell (WinRS ``Create``) and what its client asked for."""

    shell_id: str
    machine: str
    codepage: int
    environment: dict[str, str]
    last_used: float
    commands: dict[str, CommandRun] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ShellRecord:
    """What a test or the GUI may see of a shell: who opened it and how."""

    machine: str
    codepage: int
    environment: dict[str, str]
    command_lines: tuple[str, ...]


@dataclass(frozen=True)
class Listener:
    """One listening socket: which machine it serves (None: from path/Host) and how."""

    sock: socket.socket
    port: int
    https: bool
    machine: str | None


class _Dropped(Exception):
    """The server decided to close the connection without answering.

    With ``reset`` the close is abortive (TCP RST) instead of an orderly FIN.
    """

    def __init__(self, *, reset: bool = False) -> None:
        super().__init__("connection dropped")
        self.reset = reset


class WsmanServer:
    """One WS-Management service for every machine of a lab world.

    Args:
        world: the simulated machines (``execute`` runs a command line).
        faults: per-machine injected faults; a fresh empty book by default.
        host: the loopback address to listen on.
        tls_context: the server-side TLS context for HTTPS listeners.
        receive_max_bytes: largest output carried by one Receive answer.
    """

    def __init__(
        self,
        world: World,
        faults: FaultBook | None = None,
        *,
        host: str = "127.0.0.1",
        tls_context: ssl.SSLContext | None = None,
        receive_max_bytes: int = RECEIVE_MAX_BYTES,
    ) -> None:
        self.world = world
        self.faults = faults or FaultBook()
        self.host = host
        self.tls_context = tls_context
        self.receive_max_bytes = max(1, receive_max_bytes)
        self._listeners: dict[int, Listener] = {}
        self._black_holes: list[socket.socket] = []
        self._shells: dict[str, Shell] = {}
        self._closed_records: list[ShellRecord] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._selector = selectors.DefaultSelector()
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._names: dict[str, str] = {}
        # Requests answered per action, plus "Receive-timeout" (tests, benchmarks).
        self.stats: collections.Counter[str] = collections.Counter()

    # --- listeners -------------------------------------------------------

    def listen_shared(self, *, https: bool = False, port: int = 0) -> int:
        """Open the shared endpoint (machine from the URL path or Host header)."""
        return self._listen(https=https, port=port, machine=None)

    def listen_machine(self, machine: str, *, https: bool = False) -> int:
        """Open an endpoint of its own for ``machine``; returns its port."""
        return self._listen(https=https, port=0, machine=machine)

    def listen_black_hole(self) -> int:
        """A port where connection attempts are never answered (see module doc)."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))
        sock.listen(0)
        port = sock.getsockname()[1]
        # Fill the single backlog slot ourselves: from now on the kernel drops SYNs.
        filler = socket.create_connection((self.host, port), timeout=2)
        self._black_holes += [sock, filler]
        return port

    def _listen(self, *, https: bool, port: int, machine: str | None) -> int:
        if https and self.tls_context is None:
            raise ValueError("an HTTPS listener needs a TLS context")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, port))
        sock.listen(128)
        sock.setblocking(False)
        bound = sock.getsockname()[1]
        listener = Listener(sock, bound, https, machine)
        self._listeners[bound] = listener
        self._selector.register(sock, selectors.EVENT_READ, listener)
        return bound

    def listeners(self) -> list[Listener]:
        return list(self._listeners.values())

    # --- lifecycle -------------------------------------------------------

    def start(self) -> None:
        """Accept connections in a background thread."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._accept_loop, name="lab-wsman", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close every listener and connection; idempotent."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        for listener in list(self._listeners.values()):
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(listener.sock)
            listener.sock.close()
        self._listeners.clear()
        for sock in self._black_holes:
            sock.close()
        self._black_holes.clear()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            _shutdown(conn)
        self._selector.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            for key, _ in self._selector.select(timeout=0.2):
                listener: Listener = key.data
                try:
                    conn, address = listener.sock.accept()
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    if self._stop.is_set():
                        return
                    continue
                threading.Thread(
                    target=self._serve_connection,
                    args=(conn, address, listener),
                    name=f"lab-wsman-{listener.port}",
                    daemon=True,
                ).start()

    def _serve_connection(
        self, conn: socket.socket, address: tuple[str, int], listener: Listener
    ) -> None:
        conn.setblocking(True)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._connections.add(conn)
        try:
            if listener.https:
                assert self.tls_context is not None
                conn.settimeout(TLS_HANDSHAKE_SECONDS)
                try:
                    conn = self.tls_context.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    return  # the client refused our certificate (or went away)
                with self._lock:
                    self._connections.add(conn)
            _RequestHandler(conn, address, self, listener)
        except OSError:
            pass  # the client went away mid-request
        finally:
            with self._lock:
                self._connections.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()

    # --- routing ---------------------------------------------------------

    def resolve(self, name: str) -> str | None:
        """The lab machine a client means by ``name`` (FQDN or short name), or None."""
        key = name.strip().rstrip(".").lower()
        if not key:
            return None
        if key not in self._names:
            self._names = _name_index(self.world.machine_names())
        found = self._names.get(key)
        if found is None:
            # The world may know more spellings (a machine's IP address).
            canonical = getattr(self.world, "canonical_name", None)
            found = canonical(key) if canonical is not None else None
        return found

    def machine_for(self, listener: Listener, path: str, host_header: str | None) -> str | None:
        """Which machine a request is for (None: no such machine here)."""
        route = urlsplit(path).path.rstrip("/")
        if not (route == "/wsman" or route.startswith("/wsman/")):
            return None
        if listener.machine is not None:
            return listener.machine if route == "/wsman" else None
        if route.startswith("/wsman/"):
            return self.resolve(unquote(route[len("/wsman/") :]))
        host = (host_header or "").rsplit(":", 1)[0].strip("[]")
        return self.resolve(host) if host else None

    # --- shells ----------------------------------------------------------

    def shell_records(self) -> list[ShellRecord]:
        """Every shell opened so far (open ones last), for tests and diagnostics."""
        with self._lock:
            live = [_record(s) for s in self._shells.values()]
            return [*self._closed_records, *live]

    def forget_shells(self, machine: str | None = None) -> int:
        """Drop the open shells (of ``machine``), as a restart of its WinRM service would."""
        with self._lock:
            gone = [s for s in self._shells.values() if machine in (None, s.machine)]
            for shell in gone:
                del self._shells[shell.shell_id]
                self._closed_records.append(_record(shell))
            return len(gone)

    def open_shell_count(self, machine: str | None = None) -> int:
        with self._lock:
            return sum(1 for s in self._shells.values() if machine in (None, s.machine))

    def handle(self, machine: str, request: soap.WsmanRequest, base_url: str) -> bytes:
        """Run one parsed request against ``machine``; returns the answer envelope.

        Raises:
            _FaultAnswer: the request fails with a WS-Man fault (HTTP 500).
        """
        now = time.monotonic()
        with self._lock:
            self.stats[request.action] += 1
        if request.action == "Create":
            return self._create(machine, request, base_url, now)
        with self._lock:
            shell = self._shells.get(request.shell_id or "")
            if shell is None or shell.machine != machine:
                raise _FaultAnswer(soap.shell_not_found_fault(request, machine))
            shell.last_used = now
        if request.action == "Command":
            return self._command(shell, request, now)
        if request.action == "Receive":
            return self._receive(shell, request)
        if request.action == "Signal":
            with self._lock:
                shell.commands.pop(request.command_id or "", None)
            return soap.signal_response(request)
        if request.action == "Send":
            return soap.send_response(request)
        with self._lock:  # Delete
            self._shells.pop(shell.shell_id, None)
            self._closed_records.append(_record(shell))
            del self._closed_records[:-1000]
        return soap.delete_response(request)

    def _create(self, machine: str, request: soap.WsmanRequest, base_url: str, now: float) -> bytes:
        if request.resource_uri and request.resource_uri != soap.CMD_RESOURCE_URI:
            raise _FaultAnswer(
                soap.fault(
                    request.message_id,
                    wsman_code=soap.ACTION_NOT_SUPPORTED,
                    reason=f"The resource URI {request.resource_uri} is not supported.",
                    machine=machine,
                    code="s:Sender",
                    subcode="w:DestinationUnreachable",
                )
            )
        raw_codepage = request.options.get("WINRS_CODEPAGE", "437")
        try:
            codepage = int(raw_codepage)
        except ValueError:
            raise _FaultAnswer(
                soap.fault(
                    request.message_id,
                    wsman_code=soap.INVALID_MESSAGE,
                    reason=f"The WINRS_CODEPAGE option value {raw_codepage!r} is not valid.",
                    machine=machine,
                    code="s:Sender",
                    subcode="w:InvalidOptions",
                )
            ) from None
        shell = Shell(soap.new_id(), machine, codepage, dict(request.environment), now)
        with self._lock:
            for stale in [
                s for s in self._shells.values() if now - s.last_used > IDLE_SHELL_SECONDS
            ]:
                del self._shells[stale.shell_id]
            self._shells[shell.shell_id] = shell
        return soap.create_response(request, shell.shell_id, base_url)

    def _command(self, shell: Shell, request: soap.WsmanRequest, now: float) -> bytes:
        faults = self.faults.for_machine(shell.machine)
        line = request.command_line
        try:
            outcome = self.world.execute(shell.machine, line, codepage=shell.codepage)
            stdout, stderr, exit_code = outcome.stdout, outcome.stderr, int(outcome.exit_code)
        except Exception as exc:  # the model must never take the service down
            log.exception("lab world failed on %s", shell.machine)
            stdout, stderr, exit_code = b"", f"{type(exc).__name__}\r\n".encode(), 1
        if faults.truncate_output:
            stdout = stdout[: len(stdout) // 2]
        run = CommandRun(soap.new_id(), line, now + faults.exec_time, stdout, stderr, exit_code)
        with self._lock:
            shell.commands[run.command_id] = run
            shell.history.append(line)
        return soap.command_response(request, run.command_id)

    def _receive(self, shell: Shell, request: soap.WsmanRequest) -> bytes:
        with self._lock:
            run = shell.commands.get(request.command_id or "")
        if run is None:
            raise _FaultAnswer(soap.shell_not_found_fault(request, shell.machine))
        wait = run.ready_at - time.monotonic()
        if wait > 0:
            limit = request.operation_timeout or DEFAULT_OPERATION_TIMEOUT
            self._stop.wait(min(wait, limit))
            if time.monotonic() < run.ready_at:
                with self._lock:
                    self.stats["Receive-timeout"] += 1
                raise _FaultAnswer(soap.timeout_fault(request, shell.machine))
        with self._lock:
            budget = self.receive_max_bytes
            out = run.stdout[run.stdout_sent : run.stdout_sent + budget]
            run.stdout_sent += len(out)
            err = run.stderr[run.stderr_sent : run.stderr_sent + budget - len(out)]
            run.stderr_sent += len(err)
            done = run.stdout_sent >= len(run.stdout) and run.stderr_sent >= len(run.stderr)
        return soap.receive_response(
            request,
            run.command_id,
            _chunks(out),
            _chunks(err),
            done=done,
            exit_code=run.exit_code,
        )

    # --- faults ----------------------------------------------------------

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the server stops first; True when stopping."""
        return self._stop.wait(seconds) if seconds > 0 else self._stop.is_set()

    def credentials_ok(self, authorization: str | None) -> bool:
        """Basic credentials match the lab's (user name case-insensitive, like Windows)."""
        if not authorization or not authorization.lower().startswith("basic "):
            return False
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, _, password = decoded.partition(":")
        user = user.rsplit("\\", 1)[-1]  # "KMS01\labadmin" and "labadmin" are the same account
        same_user = user.lower() == str(self.world.user).lower()
        same_password = hmac.compare_digest(password.encode(), str(self.world.password).encode())
        return same_user and same_password


class _FaultAnswer(Exception):
    def __init__(self, envelope: bytes) -> None:
        super().__init__("WS-Man fault")
        self.envelope = envelope


class _RequestHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive handling of WS-Man POSTs on one connection."""

    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-HTTPAPI/2.0"
    sys_version = ""
    timeout = KEEPALIVE_SECONDS

    def __init__(
        self,
        conn: socket.socket,
        address: tuple[str, int],
        service: WsmanServer,
        listener: Listener,
    ) -> None:
        self.service = service
        self.listener = listener
        super().__init__(conn, address, None)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._answer(405, b"", content_type="text/plain")

    def do_POST(self) -> None:
        try:
            self._post()
        except _AlreadyAnswered:
            pass
        except _Dropped as dropped:
            self.close_connection = True
            if dropped.reset:
                # SO_LINGER 0 turns the final close() (after finish()) into a TCP reset.
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            else:
                _shutdown(self.connection)

    def _post(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        service = self.service
        machine = service.machine_for(self.listener, self.path, self.headers.get("Host"))
        if machine is None or not service.world.is_reachable(machine):
            raise _Dropped  # like a name that resolves nowhere or a host that is off
        faults = service.faults.for_machine(machine)
        if service.wait(faults.latency):
            raise _Dropped
        try:
            request: soap.WsmanRequest | None = soap.parse_request(body)
        except soap.SoapParseError:
            request = None
        if faults.actions is None if request is None else faults.applies_to(request.action):
            self._request_faults(machine, faults, request)
        if not service.credentials_ok(self.headers.get("Authorization")):
            self._unauthorized()
            return
        if request is None:
            envelope = soap.fault(
                "uuid:00000000-0000-0000-0000-000000000000",
                wsman_code=soap.INVALID_MESSAGE,
                reason="The WS-Management service cannot process the request because the "
                "XML is invalid.",
                machine=machine,
                code="s:Sender",
                subcode="w:InvalidMessageInformationHeader",
            )
            self._answer(500, envelope, faults=faults)
            return
        scheme = "https" if self.listener.https else "http"
        base_url = f"{scheme}://{self.headers.get('Host') or service.host}/wsman"
        try:
            answer = service.handle(machine, request, base_url)
        except _FaultAnswer as failure:
            self._answer(500, failure.envelope, faults=faults)
            return
        self._answer(200, answer, faults=faults)

    def _request_faults(
        self, machine: str, faults: MachineFaults, request: soap.WsmanRequest | None
    ) -> None:
        if faults.reset:
            raise _Dropped(reset=True)
        if faults.hang:
            self.service.wait(HANG_LIMIT_SECONDS)
            raise _Dropped
        if faults.unauthorized:
            self._unauthorized()
            raise _AlreadyAnswered
        if faults.soap_fault is not None:
            found = faults.soap_fault
            envelope = soap.fault(
                request.message_id if request else "",
                wsman_code=found.wsman_code,
                reason=found.reason,
                machine=machine,
                code=found.code,
                subcode=found.subcode,
            )
            self._answer(500, envelope, faults=faults)
            raise _AlreadyAnswered
        if faults.malformed_xml:
            self._answer(200, b"<s:Envelope><s:Body><rsp:ReceiveResp", faults=faults)
            raise _AlreadyAnswered

    def _unauthorized(self) -> None:
        self._answer(
            401,
            b"",
            content_type=None,
            extra=(("WWW-Authenticate", "Negotiate"), ("WWW-Authenticate", 'Basic realm="WSMAN"')),
        )

    def _answer(
        self,
        status: int,
        body: bytes,
        *,
        content_type: str | None = SOAP_CONTENT_TYPE,
        extra: tuple[tuple[str, str], ...] = (),
        faults: MachineFaults | None = None,
    ) -> None:
        reason = self.responses.get(status, ("",))[0]
        lines = [f"HTTP/1.1 {status} {reason}", f"Server: {self.server_version}"]
        if content_type:
            lines.append(f"Content-Type: {content_type}")
        lines += [f"{name}: {value}" for name, value in extra]
        lines.append(f"Content-Length: {len(body)}")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        if faults is not None and faults.slowness > 0:
            for start in range(0, len(data), _SLOW_PIECE_BYTES):
                self.wfile.write(data[start : start + _SLOW_PIECE_BYTES])
                if self.service.wait(faults.slowness):
                    raise _Dropped
            return
        self.wfile.write(data)  # one sendall: headers and body in the same segment


class _AlreadyAnswered(Exception):
    """A fault was answered; skip the normal handling of this request."""


def _chunks(data: bytes) -> list[bytes]:
    return [data[i : i + STREAM_CHUNK_BYTES] for i in range(0, len(data), STREAM_CHUNK_BYTES)]


def _record(shell: Shell) -> ShellRecord:
    return ShellRecord(
        shell.machine,
        shell.codepage,
        dict(shell.environment),
        tuple(shell.history),
    )


def _name_index(names: list[str]) -> dict[str, str]:
    index: dict[str, str] = {}
    for name in names:
        full = name.rstrip(".").lower()
        index.setdefault(full.split(".", 1)[0], name)
    for name in names:
        index[name.rstrip(".").lower()] = name  # full names win over short ones
    return index


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
