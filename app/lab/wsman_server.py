"""The lab's WS-Management (WinRM) server: real HTTP(S) on loopback for every lab machine.

It speaks the Windows Remote Shell subset pywinrm and ``winrs`` use (see
:mod:`app.lab.wsman_soap`), authenticates against the lab's credentials with
Negotiate (NTLM, every message then sealed as a stock Windows service with
``AllowUnencrypted=false`` demands; see :mod:`app.lab.wsman_auth`) or Basic,
and hands each command line to ``LabWorld.execute`` of the machine it was sent
to, in the code page the shell was opened with.

Basic over plain HTTP is a lab convenience (the tests and benchmarks use it):
a real machine accepts it only after ``winrm set winrm/config/service
@{AllowUnencrypted="true"}`` and ``Auth/Basic=true``.

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
import math
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

from app.domain.operation_wire import operation_name
from app.lab import wsman_auth
from app.lab import wsman_soap as soap
from app.lab.faults import FaultBook, MachineFaults, is_write_operation, poison_status
from app.lab.timing import Fate, TimingBook

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

    def execute(
        self, machine: str, command_line: str, *, codepage: int = 65001, stdin: bytes | None = None
    ) -> Any: ...

    def reads_input(self, command_line: str) -> bool: ...


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
    # A command that reads its stdin to the end runs once a Send with End="true" came.
    awaiting_input: bool = False
    stdin: bytearray = field(default_factory=bytearray, repr=False)
    started: threading.Event = field(default_factory=threading.Event, repr=False)
    exec_time: float = 0.0
    # Timed machines (app.lab.timing): set once a deferred command (an activation that
    # takes seconds) has run; None for a command that ran when it arrived.
    ready: threading.Event | None = field(default=None, repr=False)
    lose_answer: bool = False  # the command ran, its answer is lost on the way back


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
        timing: how time passes on each machine (``app.lab.timing``); off by default.
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
        timing: TimingBook | None = None,
    ) -> None:
        self.world = world
        self.faults = faults or FaultBook()
        self.timing = timing or TimingBook()
        # Deferred commands not yet run, per machine (a restart decides their fate).
        self._deferred: dict[str, list[_Deferred]] = {}
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
        self._ntlm_accounts = wsman_auth.AccountFiles()
        # Requests answered per action, plus "Receive-timeout" (tests, benchmarks).
        self.stats: collections.Counter[str] = collections.Counter()
        # The last Command and Send envelopes as received (tests prove no secret is in a
        # command line); bounded, so a 10,000-host scan does not grow it.
        self.received_bodies: collections.deque[tuple[str, bytes]] = collections.deque(maxlen=1000)

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
        self._ntlm_accounts.close()

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
            return self._send(shell, request)
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
        with self._lock:
            self.received_bodies.append((request.action, request.body))
        reads_input = getattr(self.world, "reads_input", None)
        if reads_input is not None and reads_input(line):
            # Like powershell.exe blocked on $input: no output before the input ends.
            run = CommandRun(soap.new_id(), line, math.inf, b"", b"", 0, awaiting_input=True)
            run.exec_time = faults.run_time(line)
        elif self.timing.for_machine(shell.machine).active:
            run = CommandRun(soap.new_id(), line, now + faults.run_time(line), b"", b"", 0)
            self._timed_run(shell, run, None)
            run.started.set()
        else:
            stdout, stderr, exit_code = self._run(shell, line, None)
            run = CommandRun(
                soap.new_id(), line, now + faults.run_time(line), stdout, stderr, exit_code
            )
            run.started.set()
        with self._lock:
            shell.commands[run.command_id] = run
            shell.history.append(line)
        return soap.command_response(request, run.command_id)

    def _run(self, shell: Shell, line: str, stdin: bytes | None) -> tuple[bytes, bytes, int]:
        faults = self.faults.for_machine(shell.machine)
        try:
            outcome = self.world.execute(shell.machine, line, codepage=shell.codepage, stdin=stdin)
            stdout, stderr, exit_code = outcome.stdout, outcome.stderr, int(outcome.exit_code)
        except Exception as exc:  # the model must never take the service down
            log.exception("lab world failed on %s", shell.machine)
            stdout, stderr, exit_code = b"", f"{type(exc).__name__}\r\n".encode(), 1
        if faults.truncate_output:
            stdout = stdout[: len(stdout) // 2]
        if faults.poison_status_after_write and operation_name(line, stdin) == "status":
            wrote = any(
                r.machine.lower() == shell.machine.lower() and is_write_operation(r.operation)
                for r in list(getattr(self.world, "received", ()))
            )
            stdout = poison_status(stdout) if wrote else stdout
        return stdout, stderr, exit_code

    def _send(self, shell: Shell, request: soap.WsmanRequest) -> bytes:
        """WinRS Send: input for a running command; ``End="true"`` closes its stdin.

        MS-WSMV 3.1.4.13 (Send, stream "stdin", End); Ansible's WinRM connection feeds
        powershell.exe's ``$input`` this way. Input for a command that reads none is
        accepted and dropped (on Windows it waits unread in the pipe); the lab does
        not model the fault a Send to an already ended process may get.
        """
        with self._lock:
            self.received_bodies.append((request.action, request.body))
            run = shell.commands.get(request.command_id or "")
        if run is None:
            raise _FaultAnswer(soap.shell_not_found_fault(request, shell.machine))
        with self._lock:
            if not run.awaiting_input:
                return soap.send_response(request)  # a command that never reads it
            run.stdin += request.stream
            if not request.end:
                return soap.send_response(request)
            run.awaiting_input = False
            data = bytes(run.stdin)
            run.stdin.clear()  # a secret: not kept once the command read it
        if self.timing.for_machine(shell.machine).active:
            run_time = self.faults.for_machine(shell.machine).run_time(run.command_line, data)
            with self._lock:
                run.exec_time = max(run.exec_time, run_time)
                run.ready_at = time.monotonic() + run.exec_time
            self._timed_run(shell, run, data)
            run.started.set()
            return soap.send_response(request)
        stdout, stderr, exit_code = self._run(shell, run.command_line, data)
        # A script behind the bootstrap is known only now: its product queries too.
        run_time = self.faults.for_machine(shell.machine).run_time(run.command_line, data)
        with self._lock:
            run.exec_time = max(run.exec_time, run_time)
            run.stdout, run.stderr, run.exit_code = stdout, stderr, exit_code
            run.ready_at = time.monotonic() + run.exec_time
        run.started.set()
        return soap.send_response(request)

    def _receive(self, shell: Shell, request: soap.WsmanRequest) -> bytes:
        with self._lock:
            run = shell.commands.get(request.command_id or "")
        if run is None:
            raise _FaultAnswer(soap.shell_not_found_fault(request, shell.machine))
        limit = request.operation_timeout or DEFAULT_OPERATION_TIMEOUT
        if not run.started.is_set():
            # Waiting for its input: a Send on another connection may end it meanwhile.
            started = time.monotonic()
            if not run.started.wait(min(limit, HANG_LIMIT_SECONDS)):
                with self._lock:
                    self.stats["Receive-timeout"] += 1
                raise _FaultAnswer(soap.timeout_fault(request, shell.machine))
            limit = max(0.0, limit - (time.monotonic() - started))
        if run.ready is not None and not run.ready.is_set():
            # A deferred command (an activation still running): wait for it like for any.
            started = time.monotonic()
            if not self._wait_ready(shell.machine, run, min(limit, HANG_LIMIT_SECONDS)):
                with self._lock:
                    self.stats["Receive-timeout"] += 1
                raise _FaultAnswer(soap.timeout_fault(request, shell.machine))
            limit = max(0.0, limit - (time.monotonic() - started))
        wait = run.ready_at - time.monotonic()
        if wait > 0:
            self._stop.wait(min(wait, limit))
            if time.monotonic() < run.ready_at:
                with self._lock:
                    self.stats["Receive-timeout"] += 1
                raise _FaultAnswer(soap.timeout_fault(request, shell.machine))
        if run.lose_answer:
            # The command ran; the connection breaks as its answer travels back
            # (app.lab.timing). The output is gone with it.
            with self._lock:
                shell.commands.pop(run.command_id, None)
            raise _Dropped(reset=True)
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

    # --- time (app.lab.timing) ---------------------------------------------

    def _timed_run(self, shell: Shell, run: CommandRun, stdin: bytes | None) -> None:
        """Run a command on a timed machine: now, later (an activation), or never.

        Raises:
            _Dropped: the connection is lost with this request (see ``app.lab.timing``).
        """
        machine = shell.machine
        operation = operation_name(run.command_line, stdin)
        fate = self.timing.fate(machine, operation)
        if fate.reboots:
            if fate.applied:
                self._execute(shell, run, stdin)
            self.restart(machine)
            raise _Dropped(reset=True)
        if fate is Fate.LOST_BEFORE:
            raise _Dropped(reset=True)
        run.lose_answer = fate is Fate.LOST_ANSWER
        timing = self.timing.for_machine(machine)
        if operation != "activate" or not timing.activation:
            self._execute(shell, run, stdin)
            return
        # Activate() runs for seconds; its effect lands at the end (app.lab.timing).
        run.ready, run.ready_at = threading.Event(), math.inf
        timer = threading.Timer(self.timing.activation_slot(machine), self._finish, (shell, run))
        timer.daemon = True
        with self._lock:
            self._deferred.setdefault(machine, []).append((timer, shell, run, stdin))
        timer.start()

    def _finish(self, shell: Shell, run: CommandRun) -> None:
        """A deferred command's time is up: it runs now (unless a restart took it)."""
        with self._lock:
            pending = self._deferred.get(shell.machine, [])
            entry = next((e for e in pending if e[2] is run), None)
            if entry is None or self._stop.is_set():
                return
            pending.remove(entry)
        self._execute(shell, run, entry[3])
        run.ready_at = time.monotonic()
        assert run.ready is not None
        run.ready.set()

    def _execute(self, shell: Shell, run: CommandRun, stdin: bytes | None) -> None:
        stdout, stderr, exit_code = self._run(shell, run.command_line, stdin)
        with self._lock:
            run.stdout, run.stderr, run.exit_code = stdout, stderr, exit_code

    def _wait_ready(self, machine: str, run: CommandRun, limit: float) -> bool:
        """Wait up to ``limit`` s for a deferred command; a restart drops the waiting Receive."""
        assert run.ready is not None
        end = time.monotonic() + limit
        while not run.ready.wait(min(0.1, max(0.0, end - time.monotonic()))):
            if self.timing.is_down(machine) or self._stop.is_set():
                raise _Dropped(reset=True)
            if time.monotonic() >= end:
                return False
        return True

    def busy(self, machine: str) -> int:
        """Commands still running on ``machine`` (deferred activations): tests, campaign."""
        with self._lock:
            return len(self._deferred.get(machine, []))

    def restart(self, machine: str, seconds: float | None = None) -> None:
        """Restart ``machine``: WinRM away for ``seconds``, shells gone, state kept.

        A command still running (a deferred activation) lands or not by the
        machine's seeded draw (``TimingBook.survives``).
        """
        until = self.timing.restart(machine, seconds)
        with self._lock:
            pending = self._deferred.pop(machine, [])
        for timer, shell, run, stdin in pending:
            timer.cancel()
            if self.timing.survives(machine):
                self._execute(shell, run, stdin)
        self.forget_shells(machine)
        self._close_machine_ports(machine, until)

    def _close_machine_ports(self, machine: str, until: float) -> None:
        """Close the machine's own ports while it restarts: connecting is refused (RST to
        the SYN), as with any host whose port has nothing listening; reopened afterwards."""
        closed = [lis for lis in list(self._listeners.values()) if lis.machine == machine]
        for listener in closed:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(listener.sock)
            listener.sock.close()
            self._listeners.pop(listener.port, None)

        def reopen() -> None:
            try:
                for listener in closed:
                    if self._stop.is_set():
                        return
                    with contextlib.suppress(OSError):  # the port was taken meanwhile: stays shut
                        self._listen(https=listener.https, port=listener.port, machine=machine)
            finally:
                self.timing.reopening(machine, False)

        if closed:
            self.timing.reopening(machine, True)
            timer = threading.Timer(max(0.0, until - time.monotonic()), reopen)
            timer.daemon = True
            timer.start()

    # --- faults ----------------------------------------------------------

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the server stops first; True when stopping."""
        return self._stop.wait(seconds) if seconds > 0 else self._stop.is_set()

    def drop_connections(self) -> int:
        """Close every client connection, as the service does to idle keep-alive ones.

        HTTP.sys closes a connection idle for two minutes (its IdleConnectionTimeout);
        with it go the NTLM security contexts, which belong to the connection.
        """
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            _shutdown(conn)
        return len(connections)

    def negotiate_session(self, machine: str) -> wsman_auth.NegotiateSession:
        """A fresh NTLM acceptor for a connection to ``machine`` (its own account names)."""
        accounts = self._ntlm_accounts.file_for(
            machine, str(self.world.user), str(self.world.password)
        )
        return wsman_auth.NegotiateSession(accounts)

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


# A deferred command: its timer, shell, run and the input it read.
_Deferred = tuple[threading.Timer, Shell, CommandRun, "bytes | None"]


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
        # NTLM authenticates the connection: its context outlives each request.
        self._negotiate: wsman_auth.NegotiateSession | None = None
        self._seal: wsman_auth.NegotiateSession | None = None  # this request's answer is sealed
        self._negotiated = False  # this request is authenticated by the connection's NTLM
        self._auth_reply: tuple[tuple[str, str], ...] = ()  # a final SPNEGO token to return
        super().__init__(conn, address, None)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._seal, self._auth_reply = None, ()  # nothing to seal: WS-Man is POST only
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
        if service.timing.is_down(machine):
            raise _Dropped(reset=True)  # restarting: its WinRM service is gone (app.lab.timing)
        faults = service.faults.for_machine(machine)
        if service.wait(faults.latency):
            raise _Dropped
        self._seal, self._negotiated, self._auth_reply = None, False, ()
        authorization = self.headers.get("Authorization")
        if self._negotiate is not None or _is_negotiate(authorization):
            body = self._negotiated_body(machine, authorization, body)
        try:
            request: soap.WsmanRequest | None = soap.parse_request(body)
        except soap.SoapParseError:
            request = None
        if faults.actions is None if request is None else faults.applies_to(request.action):
            self._request_faults(machine, faults, request)
        if not self._negotiated and not service.credentials_ok(authorization):
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

    def _negotiated_body(self, machine: str, authorization: str | None, body: bytes) -> bytes:
        """Run the NTLM handshake leg or unseal the message (see :mod:`app.lab.wsman_auth`).

        Returns the plain SOAP body of a sealed request (or, over HTTPS, of an
        unsealed one: TLS protects it and Windows takes it so); answers the
        handshake legs and refusals itself (raising ``_AlreadyAnswered``).
        """
        try:
            token = wsman_auth.negotiate_token(authorization)
        except wsman_auth.NegotiateRejected:
            self._unauthorized()
            raise _AlreadyAnswered from None
        if token is None and authorization:
            self._negotiate = None  # another scheme (Basic) replaces the NTLM context
            return body
        if token is not None:
            if self._negotiate is None or self._negotiate.complete:
                self._negotiate = self.service.negotiate_session(machine)
            try:
                answer = self._negotiate.step(token)
            except wsman_auth.NegotiateRejected:
                self._unauthorized()
                raise _AlreadyAnswered from None
            if not self._negotiate.complete:
                challenge = (("WWW-Authenticate", wsman_auth.challenge_header(answer)),)
                self._answer(401, b"", content_type=None, extra=challenge)
                raise _AlreadyAnswered
            if answer:  # SPNEGO's last word (mechListMIC) rides on the answer
                self._auth_reply = (("WWW-Authenticate", wsman_auth.challenge_header(answer)),)
            if not body:
                # pywinrm's setup_encryption: an empty POST that only sets the context up.
                self._answer(200, b"", content_type=None)
                raise _AlreadyAnswered
        assert self._negotiate is not None
        content_type = self.headers.get("Content-Type") or ""
        if self.listener.https and not content_type.lower().startswith("multipart/encrypted"):
            if not self._negotiate.complete:
                self._unauthorized()
                raise _AlreadyAnswered
            self._negotiated = True
            return body
        try:
            plain = self._negotiate.unseal(body, content_type)
        except wsman_auth.NotSealed:
            # AllowUnencrypted=false: an unsealed message after NTLM is refused with 401.
            self._unauthorized()
            raise _AlreadyAnswered from None
        self._seal = self._negotiate
        self._negotiated = True
        return plain

    def _unauthorized(self) -> None:
        # A 401 ends the connection's security context.
        self._negotiate, self._seal, self._negotiated, self._auth_reply = None, None, False, ()
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
        if self._seal is not None and status != 401:
            # Answers and faults alike travel sealed on an NTLM connection (MS-WSMV 2.2.9.1.1).
            body = self._seal.seal(body)
            content_type = wsman_auth.ENCRYPTED_CONTENT_TYPE
        if self._auth_reply and status != 401:
            extra, self._auth_reply = (*self._auth_reply, *extra), ()
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


def _is_negotiate(authorization: str | None) -> bool:
    return authorization is not None and authorization[:10].lower() == "negotiate "


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
