"""Deadlines pywinrm cannot enforce by itself: per-call time-outs and a watchdog.

pywinrm hands requests one time-out for connect and read, and a read time-out
only bounds each ``recv``: a machine that dribbles a byte now and then keeps a
call alive forever. :class:`GuardedTransport` gives every HTTP call the time
left before the runner's deadline as its (connect, read) time-out and tracks
the sockets its connections open; the shared :data:`WATCHDOG` thread shuts
those sockets down when the deadline passes, which breaks the blocked read at
once.
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
from collections.abc import Callable
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

_BASIC = ("basic", "plaintext")


class DeadlinePassed(Exception):
    """No time is left for the next HTTP call."""


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
        if (
            self.auth_method not in _BASIC
            or self.proxy is not None
            or self.message_encryption == "always"
        ):
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
            adapter = _TrackingAdapter(self._sockets)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._mounted_on = session
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlinePassed
        if remaining != math.inf:
            self.read_timeout_sec = (min(self.connect_timeout, remaining), remaining)  # type: ignore[assignment]
        return super()._send_message_request(session, prepared_request)

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
            data = response.read()
        except BaseException:
            self.close()
            raise
        if response.will_close:
            self.close()
        if response.status == 401:
            raise InvalidCredentialsError("the specified credentials were rejected by the server")
        if response.status >= 300:
            raise WinRMTransportError("http", response.status, data.decode("utf-8", "replace"))
        return data

    def _connect(self, timeout: float, transport: GuardedTransport) -> http.client.HTTPConnection:
        self.close()
        if self._https:
            connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                self._host, self._port, timeout=timeout, context=self._context
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=timeout)
        try:
            connection.connect()
        except TimeoutError as problem:
            connection.close()
            raise requests.exceptions.ConnectTimeout(str(problem) or "connect timed out") from None
        except BaseException:
            connection.close()
            raise
        assert connection.sock is not None
        connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        transport.track(connection.sock)
        self._connection = connection
        return connection

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None


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
        super().connect()
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
    """requests' adapter whose connections register their sockets for abort."""

    def __init__(self, sockets: weakref.WeakSet[socket.socket]) -> None:
        self._kmsw_sockets = sockets
        super().__init__(pool_connections=1, pool_maxsize=1)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        self.poolmanager = _TrackingPoolManager(
            self._kmsw_sockets, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )


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
