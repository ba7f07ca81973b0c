"""Real TCP listeners for the lab's KMS hosts, so "is port 1688 open?" is answered by a connect.

A lab KMS host listens on its machine address (``127.20.x.y``, on the loopback
network) and its active KMS port exactly when a real one would accept a
client's connection: its KMS service runs with a host key installed and its
firewall lets that port in. Anything else — no host key, a closed or missing
rule, the port changed but the service not restarted — leaves the port closed,
and a connection attempt is refused. The wizard's reachability proof (and the
DNS check's TCP probe) therefore make real connections, like
``Test-NetConnection -Port`` would.

Accepted connections are closed at once: the KMS protocol itself is played by
the model (``app.lab.spp.kms``), not on the wire.

Linux routes all of 127.0.0.0/8 to the loopback interface, so any 127.x
address can be bound without configuration. Elsewhere, or when another lab
already listens on the same address and port, the bind fails: the address is
remembered in :attr:`KmsListeners.problems` and tried again at the next sync.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from typing import Any

Endpoint = tuple[str, int]


class KmsListeners:
    """Keeps one listening socket per reachable lab KMS host (address, active port).

    Args:
        world: the lab (``app.lab.world.LabWorld``); :meth:`sync` reads its machines.
    """

    def __init__(self, world: Any) -> None:
        self._world = world
        self._lock = threading.Lock()
        self._sockets: dict[Endpoint, socket.socket] = {}
        self.problems: dict[Endpoint, str] = {}
        self._selector: selectors.BaseSelector | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def endpoints(self) -> set[Endpoint]:
        """Where a lab KMS host listens right now."""
        with self._lock:
            return set(self._sockets)

    def wanted(self) -> set[Endpoint]:
        """Where lab KMS hosts should listen, from the model."""
        found = set()
        for machine in list(self._world.lab.machines.values()):
            # A host's firewall is made when a rule is first set: without one, nothing gets in.
            if machine.firewall is None or not machine.listens():
                continue
            port = machine.service.active_port
            # The wizard's computer counts as on the host's subnet (the admin's desk next to
            # it): a LocalSubnet rule lets it in, while routed clients are refused (kms.py).
            if machine.firewall.allows(port, from_local_subnet=True):
                found.add((machine.address, port))
        return found

    def sync(self) -> None:
        """Open and close sockets so that they match the model (called after every change)."""
        wanted = self.wanted()
        with self._lock:
            if self._closed:
                return
            for endpoint in set(self._sockets) - wanted:
                self._close_socket(endpoint)
            for endpoint in wanted - set(self._sockets):
                self._open_socket(endpoint)

    def close(self) -> None:
        """Close every socket and stop the accepting thread; idempotent."""
        with self._lock:
            self._closed = True
            for endpoint in list(self._sockets):
                self._close_socket(endpoint)
            wake = self._wake_w
        if wake is not None:
            with contextlib.suppress(OSError):
                wake.send(b"x")
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        for sock in (self._wake_r, self._wake_w):
            if sock is not None:
                sock.close()
        self._wake_r = self._wake_w = None
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    # --- sockets (called with the lock held) ---------------------------------------

    def _open_socket(self, endpoint: Endpoint) -> None:
        family = socket.AF_INET6 if ":" in endpoint[0] else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(endpoint)
            sock.listen(64)
            sock.setblocking(False)
        except OSError as problem:
            sock.close()
            self.problems[endpoint] = problem.strerror or str(problem)
            return
        self.problems.pop(endpoint, None)
        self._sockets[endpoint] = sock
        self._ensure_thread()
        assert self._selector is not None
        self._selector.register(sock, selectors.EVENT_READ)
        self._wake()

    def _close_socket(self, endpoint: Endpoint) -> None:
        sock = self._sockets.pop(endpoint)
        if self._selector is not None:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(sock)
        sock.close()
        self._wake()

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._selector.register(self._wake_r, selectors.EVENT_READ)
        self._thread = threading.Thread(target=self._serve, name="lab-kms-listeners", daemon=True)
        self._thread.start()

    def _wake(self) -> None:
        if self._wake_w is not None:
            with contextlib.suppress(OSError):
                self._wake_w.send(b"x")

    # --- the accepting thread -------------------------------------------------------

    def _serve(self) -> None:
        selector, wake = self._selector, self._wake_r
        assert selector is not None and wake is not None
        while True:
            with self._lock:
                if self._closed:
                    return
            try:
                events = selector.select()
            except (OSError, ValueError):
                return  # the selector was closed
            for key, _mask in events:
                if key.fileobj is wake:
                    with contextlib.suppress(OSError):
                        wake.recv(4096)
                    continue
                self._accept(key.fileobj)  # type: ignore[arg-type]

    @staticmethod
    def _accept(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            connection, _peer = sock.accept()
            connection.close()
