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
import itertools
import math
import socket
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import requests
import requests.adapters
import requests.auth
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager
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
        self._template: tuple[requests.Session, requests.PreparedRequest] | None = None

    def build_session(self) -> requests.Session:
        """pywinrm's session; for Basic auth without a proxy, built without the environment.

        pywinrm merges the environment's proxy and CA settings into every new session
        even with ``proxy=None`` — iterating ``os.environ`` costs most of a
        millisecond, paid once per host in a fleet scan. With Basic auth, no proxy and
        an explicit CA choice the result is known, so it is set directly (and
        ``trust_env`` off, as for every session of this transport).
        """
        if self.session is not None:
            return self.session
        if (
            self.auth_method not in _BASIC
            or self.proxy is not None
            or self.ca_trust_path == "legacy_requests"
            or self.message_encryption == "always"
        ):
            return super().build_session()
        session = requests.Session()
        session.trust_env = False
        session.proxies = {"no_proxy": "*"}
        validate = self.server_cert_validation == "validate"
        session.verify = (self.ca_trust_path or True) if validate else False
        session.auth = requests.auth.HTTPBasicAuth(self.username or "", self.password or "")
        session.headers.update(self.default_headers)
        self.session = session
        return session

    def send_message(self, message: str | bytes) -> bytes:
        """Send one envelope; with Basic auth and no message encryption, cheaply.

        ``Session.prepare_request`` re-merges settings, re-encodes the URL and runs
        requests' runtime Protocol checks on every call — half a millisecond of CPU
        per request, a tenth of a whole scan exchange. With Basic auth every request
        to the endpoint is the same but for its body, so one prepared request is
        copied instead. Other auth methods (NTLM, Kerberos: handshakes, encryption)
        keep pywinrm's path.
        """
        session = self.build_session()
        if self.encryption or self.auth_method not in _BASIC:
            return super().send_message(message)
        body = message.encode("utf-8") if isinstance(message, str) else message
        if self._template is None or self._template[0] is not session:
            template = session.prepare_request(requests.Request("POST", self.endpoint, data=b"-"))
            self._template = (session, template)
        prepared = self._template[1].copy()
        prepared.body = body
        prepared.headers["Content-Length"] = str(len(body))
        response = self._send_message_request(session, prepared)
        return self._get_message_response_text(response)

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

    def abort(self) -> None:
        """Called by the watchdog at the deadline: break the in-flight exchange."""
        self.aborted = True
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


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
