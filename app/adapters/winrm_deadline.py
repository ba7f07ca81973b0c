"""Deadlines pywinrm cannot enforce by itself: per-call time-outs and a watchdog.

pywinrm hands requests one time-out for connect and read, and a read time-out
only bounds each ``recv``: a machine that dribbles a byte now and then keeps a
call alive forever. :class:`GuardedTransport` gives every HTTP call the time
left before the runner's deadline as its (connect, read) time-out and tracks
the sockets its connections open; the shared :data:`WATCHDOG` thread shuts
those sockets down when the deadline passes, which breaks the blocked read at
once.

Every answer is also read with a bound (issue 15, F1): a machine, or whatever
answers on its port, that streams without end or announces 100 MB costs at
most :data:`MAX_ANSWER_BYTES` of memory, then :class:`AnswerTooLarge`; and the
deadline is checked again once an answer is read and parsed (F4), since the
watchdog can break a blocked read but not stop work on data already here.
"""

from __future__ import annotations

import contextlib
import heapq
import http.client
import itertools
import math
import socket
import ssl
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import requests.auth
import requests.exceptions
import requests.utils
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager
from urllib3.util.wait import wait_for_read
from winrm.exceptions import InvalidCredentialsError, WinRMTransportError
from winrm.transport import Transport

from app.adapters.tcp_probe import connect_patiently

_BASIC = ("basic", "plaintext")

# A WinRM answer is at most the MaxEnvelopeSize the client asks for (pywinrm asks for
# 150 KiB; MS-WSMV 3.1.4.1.7), and a status document is a few kilobytes. 1 MiB leaves a wide
# margin, and bounds what a hostile answer costs: its bytes, then its parsed tree (about 25
# times the bytes for tiny XML elements), so 16 such hosts at once stay well under 200 MB.
MAX_ANSWER_BYTES = 1 << 20
# Every answer of one run (Create, Command, the Receive loop, Delete) together: answers each
# under the cap must not add up without end either (a Receive loop that never says Done).
MAX_RUN_ANSWER_BYTES = 4 << 20
_READ_PIECE = 64 * 1024


class DeadlinePassed(Exception):
    """No time is left for the next HTTP call (or the deadline passed while an answer was read)."""


class AnswerTooLarge(Exception):
    """The answer is larger than ``limit`` bytes; the connection was closed, unread."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"answer larger than {limit} bytes")
        self.limit = limit


class TlsHandshakeStalled(Exception):
    """The TCP connection was accepted, but the TLS handshake did not complete in time."""


class Redirected(Exception):
    """The endpoint answered with an HTTP redirection, which a WinRM service never sends."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class GuardedTransport(Transport):
    """pywinrm's transport, with a deadline for every call and sockets it can abort."""

    def __init__(self, *, connect_timeout: float = 3.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.deadline = math.inf
        self.aborted = False
        self.connect_timeout = connect_timeout
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._mounted_on: requests.Session | None = None
        self._lean_connection: _LeanConnection | None = None
        self.answer_budget = MAX_RUN_ANSWER_BYTES
        self._spare: socket.socket | None = None

    @property
    def uses_lean_path(self) -> bool:
        """Basic auth without proxy or encryption: :class:`_LeanConnection` speaks HTTP."""
        return (
            self.auth_method in _BASIC
            and self.proxy is None
            and self.message_encryption != "always"
        )

    def start_run(self, deadline: float) -> None:
        """A new run: its deadline, and a fresh budget of answer bytes."""
        self.deadline = deadline
        self.aborted = False
        self.answer_budget = MAX_RUN_ANSWER_BYTES

    def check_deadline(self) -> None:
        """Raise :class:`DeadlinePassed` when the run's deadline has passed.

        Called after an answer was read and after it was parsed: the watchdog breaks
        blocked reads, but work on bytes already received must stop here.
        """
        if time.monotonic() >= self.deadline:
            raise DeadlinePassed

    def charge(self, size: int) -> int:
        """Count ``size`` bytes read against the run's budget; the bytes still allowed."""
        self.answer_budget -= size
        return self.answer_budget

    def hand_over(self, sock: socket.socket) -> None:
        """A socket the pre-probe connected: the next connection uses it (no second SYN)."""
        self.drop_spare()
        lean = self._lean_connection
        if self.uses_lean_path and (lean is None or not lean.connected):
            self.track(sock)
            self._spare = sock
        else:  # a connection is open already, or pywinrm's path (urllib3 opens its own)
            sock.close()

    def take_spare(self) -> socket.socket | None:
        sock, self._spare = self._spare, None
        return sock

    def drop_spare(self) -> None:
        sock = self.take_spare()
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.close()

    def send_message(self, message: str | bytes) -> bytes:
        """Send one envelope; with Basic auth (no proxy, no encryption) over a lean connection.

        With Basic auth every request to the endpoint is the same but for its body,
        and requests' per-request machinery (settings merge, URL re-encoding, runtime
        Protocol checks, urllib3's pool) costs about as much CPU as the rest of the
        exchange together — the cost that bounds a fleet scan. So that path speaks
        HTTP/1.1 keep-alive through :mod:`http.client` itself, with the same headers,
        TLS rules (validation on, the CA file or certifi's bundle like requests), time-
        outs and abortable sockets, and raises what pywinrm's transport raises.
        NTLM (handshake, then message encryption over HTTP) keeps pywinrm's path, whose
        HTTP calls get the same deadline through :meth:`_send_message_request`.
        """
        if not self.uses_lean_path:
            return self._send_through_pywinrm(message)
        body = message.encode("utf-8") if isinstance(message, str) else message
        return self._lean().exchange(body, self)

    def _send_through_pywinrm(self, message: str | bytes) -> bytes:
        """pywinrm's path, with one fresh NTLM context when the service dropped the old one.

        NTLM seals messages with the security context of one TCP connection. When
        the service closes an idle keep-alive connection (HTTP.sys does after two
        minutes), urllib3 reconnects and requests_ntlm authenticates the new
        connection, but resends the body sealed with the old context: the service
        cannot unseal it and answers 401, and every later call would fail the
        same way. A 401 means the message was not processed, so it is sent once
        more after a new handshake (pywinrm's ``setup_encryption``). Wrong
        credentials still fail: the new handshake is refused too.
        """
        if self.encryption is None:
            return super().send_message(message)
        try:
            return super().send_message(message)
        except InvalidCredentialsError:
            self.close_session()
            self.encryption = None
            return super().send_message(message)

    def _lean(self) -> _LeanConnection:
        if self._lean_connection is None:
            self._lean_connection = _LeanConnection(
                self.endpoint,
                headers={
                    **self.default_headers,
                    "Authorization": requests.auth._basic_auth_str(
                        self.username or "", self.password or ""
                    ),
                },
                verify=self.server_cert_validation == "validate",
                ca_file=None if self.ca_trust_path == "legacy_requests" else self.ca_trust_path,
            )
        return self._lean_connection

    def close_session(self) -> None:
        self.drop_spare()
        if self._lean_connection is not None:
            self._lean_connection.close()
            self._lean_connection = None
        super().close_session()

    def _send_message_request(
        self, session: requests.Session, prepared_request: requests.PreparedRequest
    ) -> requests.Response:
        if self._mounted_on is not session:
            # pywinrm already settled proxies (proxy=None) and CA trust: stop requests
            # from re-reading the environment on every call.
            session.trust_env = False
            adapter = _TrackingAdapter(self._sockets, self)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._mounted_on = session
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlinePassed
        if remaining != math.inf:
            self.read_timeout_sec = (min(self.connect_timeout, remaining), remaining)  # type: ignore[assignment]
        response = super()._send_message_request(session, prepared_request)
        self.check_deadline()
        return response

    def track(self, sock: socket.socket) -> None:
        """Register a socket the watchdog must shut down at the deadline."""
        self._sockets.add(sock)

    def abort(self) -> None:
        """Called by the watchdog at the deadline: break the in-flight exchange."""
        self.aborted = True
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _LeanConnection:
    """One keep-alive HTTP(S) connection to a WinRM endpoint, for Basic auth."""

    def __init__(
        self, endpoint: str, *, headers: dict[str, str], verify: bool, ca_file: str | None
    ) -> None:
        parts = urlsplit(endpoint)
        self._https = parts.scheme.lower() == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self._headers = headers
        self._context: ssl.SSLContext | None = None
        if self._https:
            if verify:
                self._context = ssl.create_default_context(
                    cafile=ca_file or requests.utils.DEFAULT_CA_BUNDLE_PATH
                )
            else:  # the user's explicit, visible --insecure-skip-tls-verify
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                self._context = context
        self._connection: http.client.HTTPConnection | None = None

    @property
    def connected(self) -> bool:
        return self._connection is not None and self._connection.sock is not None

    def exchange(self, body: bytes, transport: GuardedTransport) -> bytes:
        """POST ``body``; the answer's body, or pywinrm's exceptions for 401 and other errors."""
        remaining = transport.deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlinePassed
        read_timeout = None if remaining == math.inf else remaining
        connection = self._connection
        if connection is not None and connection.sock is not None and _dropped(connection.sock):
            self.close()  # the service closed the idle keep-alive connection (as urllib3 checks)
            connection = None
        if connection is None or connection.sock is None:
            connection = self._connect(min(transport.connect_timeout, remaining), transport)
        assert connection.sock is not None
        connection.sock.settimeout(read_timeout)
        headers = dict(self._headers)
        headers["Content-Length"] = str(len(body))
        try:
            connection.request("POST", self._path, body, headers)
            response = connection.getresponse()
            data = read_bounded(response, transport)
        except BaseException:
            self.close()
            raise
        if response.will_close:
            self.close()
        transport.check_deadline()
        if 300 <= response.status < 400:
            raise Redirected(response.status)
        if response.status == 401:
            raise InvalidCredentialsError("the specified credentials were rejected by the server")
        if response.status >= 300:
            raise WinRMTransportError("http", response.status, data.decode("utf-8", "replace"))
        return data

    def _connect(self, timeout: float, transport: GuardedTransport) -> http.client.HTTPConnection:
        """A new connection: the pre-probe's socket when it is still good, else a patient connect.

        The TCP connect and the TLS handshake are separate steps so that a listener that
        accepts but never completes the handshake is not taken for an unreachable machine.
        """
        self.close()
        sock = transport.take_spare()
        if sock is not None and _dropped(sock):
            sock.close()
            sock = None
        if sock is None:
            try:
                sock = connect_patiently(self._host, self._port, budget=timeout)
            except TimeoutError as problem:
                raise requests.exceptions.ConnectTimeout(str(problem)) from None
            transport.track(sock)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._https:
            assert self._context is not None
            sock.settimeout(timeout)
            try:
                sock = self._context.wrap_socket(sock, server_hostname=self._host)
            except TimeoutError:
                sock.close()
                raise TlsHandshakeStalled(f"no TLS handshake within {timeout:g} s") from None
            except BaseException:
                sock.close()
                raise
            transport.track(sock)
            connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                self._host, self._port, timeout=timeout, context=self._context
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=timeout)
        connection.sock = sock
        self._connection = connection
        return connection

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None


def read_bounded(response: Any, transport: GuardedTransport) -> bytes:
    """The body of ``response`` (http.client's or urllib3's), read in pieces up to the caps.

    A ``Content-Length`` above the cap is refused before reading; a chunked or
    close-delimited body is read until the cap is passed. Either way the caller
    closes the connection, so the rest of the answer is never read.

    Raises:
        AnswerTooLarge: beyond :data:`MAX_ANSWER_BYTES`, or the run's remaining budget.
    """
    limit = min(MAX_ANSWER_BYTES, max(transport.answer_budget, 0))
    announced = _announced_length(response)
    if announced is not None and announced > limit:
        raise AnswerTooLarge(_exceeded(limit))
    pieces: list[bytes] = []
    size = 0
    while True:
        piece = response.read(min(_READ_PIECE, limit - size + 1))
        if not piece:
            break
        size += len(piece)
        if size > limit:
            raise AnswerTooLarge(_exceeded(limit))
        pieces.append(piece)
    transport.charge(size)
    return b"".join(pieces)


def _exceeded(limit: int) -> int:
    """The cap that was passed: the per-answer one, or the run's whole budget."""
    return MAX_ANSWER_BYTES if limit >= MAX_ANSWER_BYTES else MAX_RUN_ANSWER_BYTES


def _announced_length(response: Any) -> int | None:
    value = response.getheader("Content-Length") if hasattr(response, "getheader") else None
    if value is None and hasattr(response, "headers"):
        value = response.headers.get("Content-Length")
    try:
        return int(value) if value is not None and len(value) < 20 else None
    except ValueError:
        return None


def _dropped(sock: socket.socket) -> bool:
    """An idle keep-alive socket is readable only when the peer has closed it."""
    try:
        return wait_for_read(sock, timeout=0.0)
    except (OSError, ValueError):
        return True


class _TrackedHTTPConnection(HTTPConnection):
    kmsw_sockets: weakref.WeakSet[socket.socket] | None = None

    def connect(self) -> None:
        super().connect()
        if self.kmsw_sockets is not None and self.sock is not None:
            self.kmsw_sockets.add(self.sock)


class _TrackedHTTPSConnection(HTTPSConnection):
    kmsw_sockets: weakref.WeakSet[socket.socket] | None = None

    def connect(self) -> None:
        try:
            super().connect()
        except TimeoutError:
            # urllib3 raises its own ConnectTimeoutError when the TCP connect times out;
            # a socket time-out here comes from the TLS handshake on a connected socket.
            raise TlsHandshakeStalled(f"no TLS handshake within {self.timeout} s") from None
        if self.kmsw_sockets is not None and self.sock is not None:
            self.kmsw_sockets.add(self.sock)


class _TrackedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection
    kmsw_sockets: weakref.WeakSet[socket.socket] | None = None

    def _new_conn(self) -> Any:
        conn = super()._new_conn()
        conn.kmsw_sockets = self.kmsw_sockets
        return conn


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection
    kmsw_sockets: weakref.WeakSet[socket.socket] | None = None

    def _new_conn(self) -> Any:
        conn = super()._new_conn()
        conn.kmsw_sockets = self.kmsw_sockets
        return conn


class _TrackingPoolManager(PoolManager):
    def __init__(self, sockets: weakref.WeakSet[socket.socket], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kmsw_sockets = sockets
        self.pool_classes_by_scheme = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}

    def _new_pool(self, scheme: str, host: str, port: int, request_context: Any = None) -> Any:
        pool = super()._new_pool(scheme, host, port, request_context)
        pool.kmsw_sockets = self.kmsw_sockets
        return pool


class _TrackingAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter whose connections register their sockets for abort.

    It also bounds every body (:func:`_bound_reads`): requests would read a whole
    answer into memory (pywinrm's path, and requests_ntlm's handshake).
    """

    def __init__(
        self, sockets: weakref.WeakSet[socket.socket], transport: GuardedTransport
    ) -> None:
        self._kmsw_sockets = sockets
        self._kmsw_transport = weakref.proxy(transport)
        super().__init__(pool_connections=1, pool_maxsize=1)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        self.poolmanager = _TrackingPoolManager(
            self._kmsw_sockets, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )

    def send(self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any) -> Any:
        response = super().send(request, stream=True, **kwargs)
        try:
            if 300 <= response.status_code < 400:  # requests would follow it
                raise Redirected(response.status_code)
            _bound_reads(response.raw, self._kmsw_transport)
        except BaseException:
            response.close()  # closes the connection: the rest of the answer stays unread
            raise
        return response  # requests reads the body (through the bounded read) after its hooks


def _bound_reads(raw: Any, transport: GuardedTransport) -> None:
    """Make urllib3's reads of ``raw`` count what they return against the caps.

    requests reads a body through ``raw.stream``, which calls ``raw.read(amt)``, or
    ``raw.read_chunked(amt)`` for a chunked body. The instance's methods are replaced
    (in pieces of at most 64 KiB: one chunk may announce 100 MB), so the response stays
    a urllib3 ``HTTPResponse`` with its socket in place until read: requests_ntlm takes
    the server's certificate from it.
    """
    limit = min(MAX_ANSWER_BYTES, max(transport.answer_budget, 0))
    announced = _announced_length(raw)
    if announced is not None and announced > limit:
        raise AnswerTooLarge(_exceeded(limit))
    read, read_chunked = raw.read, raw.read_chunked
    size = 0

    def count(data: bytes) -> bytes:
        nonlocal size
        size += len(data)
        if size > limit:
            raise AnswerTooLarge(_exceeded(limit))
        transport.charge(len(data))
        return data

    def bounded_read(amt: int | None = None, *args: Any, **kwargs: Any) -> bytes:
        if amt is None:  # "all of it": in pieces, so that the cap can stop it
            pieces = []
            while piece := bounded_read(_READ_PIECE, *args, **kwargs):
                pieces.append(piece)
            return b"".join(pieces)
        return count(read(min(amt, limit - size + 1), *args, **kwargs))

    def bounded_chunks(amt: int | None = None, *args: Any, **kwargs: Any) -> Iterator[bytes]:
        for data in read_chunked(min(amt or _READ_PIECE, _READ_PIECE), *args, **kwargs):
            yield count(data)

    raw.read = bounded_read
    raw.read_chunked = bounded_chunks  # what raw.stream uses for a chunked body


class _Watchdog:
    """One thread for all runners: calls ``callback`` when a deadline passes."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, list[Any]]] = []
        self._counter = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: float, callback: Callable[[], None]) -> list[Any]:
        entry = [callback]
        with self._wake:
            heapq.heappush(self._heap, (deadline, next(self._counter), entry))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="winrm-watchdog", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is entry:
                self._wake.notify()
        return entry

    def disarm(self, entry: list[Any]) -> None:
        entry[0] = None  # popped lazily

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._heap and self._heap[0][2][0] is None:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wake.wait()
                    continue
                deadline = self._heap[0][0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                _, _, entry = heapq.heappop(self._heap)
                callback = entry[0]
            if callback is not None:
                with contextlib.suppress(Exception):
                    callback()


WATCHDOG = _Watchdog()
