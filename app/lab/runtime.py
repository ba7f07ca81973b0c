"""The running lab: WS-Management over HTTP and HTTPS, and the lab DNS server, on loopback.

:class:`LabRuntime` puts a :class:`~app.lab.world.LabWorld` on the network the
way real machines are: each machine gets a WinRM URL (HTTP and HTTPS, see
:mod:`app.lab.wsman_server` for how one server tells machines apart and how an
unreachable machine looks), the HTTPS listener presents a certificate from a
throw-away CA written to a temporary folder, and the lab's DNS zone is served
by ``app.lab.dns_server`` when that module is present. ``kms-wizard lab serve``
prints :meth:`LabRuntime.describe`; the ``--lab`` transport and the GUI's
training mode run it in-process.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import secrets
import shutil
import ssl
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from app.lab.faults import FaultBook, MachineFaults
from app.lab.kms_listeners import KmsListeners
from app.lab.tls import ServerCredentials, make_lab_credentials
from app.lab.wsman_server import WsmanServer

# The TSIG key the lab DNS server accepts RFC 2136 updates with (lab-only, new each run).
TSIG_KEY_NAME = "kmsw-lab-update"

# Above this many machines, only the shared endpoint is opened (no socket per machine).
PER_MACHINE_ENDPOINT_LIMIT = 400


class LabRuntime:
    """Start and stop the lab's network services for one world.

    Args:
        world: the simulated machines (``app.lab.world.LabWorld``).
        latency_ms: round-trip latency added to every WS-Man request.
        product_query_ms: run time each product query of a script adds
            (``app.lab.faults.PRODUCT_QUERIES``); 0 in tests.
        port: the shared WS-Man HTTP port (0: any free port).
        dns_port: the DNS server's port (0: any free port).
        https: also serve HTTPS (a throw-away CA and certificate are made).
        per_machine_endpoints: give every machine its own port (the URL a stock
            pywinrm ``Session`` can use); None decides by the number of machines.
        with_dns: start the lab DNS server when ``app.lab.dns_server`` exists.
        receive_max_bytes: largest output per Receive answer (tests use a small
            value to force output over several answers).
    """

    def __init__(
        self,
        world: Any,
        *,
        latency_ms: float = 0.0,
        product_query_ms: float = 0.0,
        port: int = 0,
        dns_port: int = 0,
        https: bool = True,
        per_machine_endpoints: bool | None = None,
        with_dns: bool = True,
        receive_max_bytes: int | None = None,
    ) -> None:
        if latency_ms < 0:
            raise ValueError("latency must not be negative")
        self.world = world
        self.faults = FaultBook(
            MachineFaults(latency=latency_ms / 1000.0, product_query=product_query_ms / 1000.0)
        )
        self.dns: Any = None
        self.credentials: ServerCredentials | None = None
        self._port = port
        self._dns_port = dns_port
        self._https = https
        self._with_dns = with_dns
        names = list(world.machine_names())
        self._per_machine = (
            len(names) <= PER_MACHINE_ENDPOINT_LIMIT
            if per_machine_endpoints is None
            else per_machine_endpoints
        )
        self._receive_max_bytes = receive_max_bytes
        self._tmp: Path | None = None
        self._server: WsmanServer | None = None
        self._shared: dict[bool, int] = {}
        self._machine_ports: dict[tuple[str, bool], int] = {}
        self._black_hole: int | None = None
        self.tsig_key_file: Path | None = None
        self.kms_listeners: KmsListeners | None = None

    # --- lifecycle -------------------------------------------------------

    def start(self) -> LabRuntime:
        """Open every listener; returns self. Stops what it started if anything fails."""
        if self._server is not None:
            return self
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        names = list(self.world.machine_names())
        tls_context = None
        self._tmp = Path(tempfile.mkdtemp(prefix="kmsw-lab-"))
        if self._https:
            self.credentials = make_lab_credentials(self._tmp, names)
            tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls_context.load_cert_chain(self.credentials.cert_file, self.credentials.key_file)
        kwargs = {}
        if self._receive_max_bytes is not None:
            kwargs["receive_max_bytes"] = self._receive_max_bytes
        server = WsmanServer(self.world, self.faults, tls_context=tls_context, **kwargs)
        self._server = server
        self._shared[False] = server.listen_shared(port=self._port)
        if self._https:
            self._shared[True] = server.listen_shared(https=True)
        if any(not self.world.is_reachable(n) for n in names):
            self._black_hole = server.listen_black_hole()
        if self._per_machine:
            for name in names:
                if not self.world.is_reachable(name):
                    continue
                for https in (False, True) if self._https else (False,):
                    self._machine_ports[(name, https)] = server.listen_machine(name, https=https)
        server.start()
        self._start_kms_listeners()
        if self._with_dns:
            tsig_keys = getattr(self.world, "tsig_keys", None)
            if not tsig_keys:
                secret = secrets.token_bytes(32)
                tsig_keys = {TSIG_KEY_NAME: secret}
                self.tsig_key_file = _write_tsig_key_file(self._tmp, TSIG_KEY_NAME, secret)
            self.dns = _start_dns(self.world, self._dns_port, dict(tsig_keys))

    def _start_kms_listeners(self) -> None:
        """Real sockets where lab KMS hosts accept clients (see ``app.lab.kms_listeners``)."""
        lab = getattr(self.world, "lab", None)
        if lab is None or not hasattr(lab, "observers"):
            return
        self.kms_listeners = KmsListeners(self.world)
        lab.observers.append(self.kms_listeners.sync)
        self.kms_listeners.sync()

    def stop(self) -> None:
        """Close every listener and remove the temporary CA folder; idempotent."""
        if self.kms_listeners is not None:
            with contextlib.suppress(ValueError):
                self.world.lab.observers.remove(self.kms_listeners.sync)
            self.kms_listeners.close()
            self.kms_listeners = None
        if self.dns is not None:
            with contextlib.suppress(Exception):
                self.dns.stop()
            self.dns = None
        if self._server is not None:
            self._server.stop()
            self._server = None
        self._shared.clear()
        self._machine_ports.clear()
        self._black_hole = None
        self.tsig_key_file = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> LabRuntime:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- addresses -------------------------------------------------------

    @property
    def server(self) -> WsmanServer:
        if self._server is None:
            raise RuntimeError("the lab is not started")
        return self._server

    @property
    def ca_file(self) -> Path | None:
        return self.credentials.ca_file if self.credentials else None

    def resolve(self, name: str) -> str | None:
        """The lab machine meant by ``name`` (FQDN or short name, any case), or None."""
        return self.server.resolve(name)

    def shared_url(self, machine: str, *, https: bool = False) -> str:
        """The machine's URL on the shared endpoint (``/wsman/<machine>``)."""
        port = self._shared[https] if https else self._shared[False]
        scheme = "https" if https else "http"
        return f"{scheme}://127.0.0.1:{port}/wsman/{quote(machine, safe='')}"

    def winrm_url(self, machine: str, https: bool = False) -> str:
        """The WinRM URL a client uses for ``machine`` (see the module doc).

        An unknown name gets a shared-endpoint URL, where the lab drops the
        connection as if the name led nowhere.
        """
        if https and not self._https:
            raise ValueError("this lab runs without HTTPS")
        canonical = self.resolve(machine)
        scheme = "https" if https else "http"
        if canonical is None:
            return self.shared_url(machine, https=https)
        if not self.world.is_reachable(canonical) and self._black_hole is not None:
            return f"{scheme}://127.0.0.1:{self._black_hole}/wsman"
        port = self._machine_ports.get((canonical, https))
        if port is None:
            return self.shared_url(canonical, https=https)
        return f"{scheme}://127.0.0.1:{port}/wsman"

    def dns_address(self) -> str | None:
        """``127.0.0.1:PORT`` of the lab DNS server, or None when it is not running."""
        return self.dns.address if self.dns is not None else None

    def describe(self) -> dict[str, Any]:
        """The JSON document ``kms-wizard lab serve`` prints (DESIGN §3).

        Besides DESIGN's fields it names ``tsig_key_file``: the lab DNS server's
        update key in ``tsig-keygen`` format, for ``dns-publish --tsig-key-file``.
        """
        machines = []
        for name in self.world.machine_names():
            summary = dict(self.world.machine_summary(name))
            machines.append(
                {
                    "name": summary.get("name", name),
                    "os": summary.get("os", ""),
                    "role": summary.get("role", ""),
                    "winrm_url": self.winrm_url(name),
                    "winrm_https_url": self.winrm_url(name, https=True) if self._https else None,
                }
            )
        zone = getattr(self.world, "zone", None)
        origin = getattr(zone, "origin", "lab.test.")
        return {
            "dns": self.dns_address(),
            "zone": origin.rstrip("."),
            "user": self.world.user,
            "password": self.world.password,
            "ca_file": str(self.ca_file) if self.ca_file else None,
            "machines": machines,
            "keys": dict(self.world.lab_keys()),
            "tsig_key_file": str(self.tsig_key_file) if self.tsig_key_file else None,
        }


def _start_dns(world: Any, port: int, tsig_keys: dict[str, bytes]) -> Any:
    """Start ``app.lab.dns_server.LabDnsServer`` on the world's zone, if that module exists.

    Raises:
        OSError: the port could not be bound.
    """
    try:
        module = importlib.import_module("app.lab.dns_server")
    except ImportError:
        return None
    server_class = getattr(module, "LabDnsServer", None)
    if server_class is None:
        return None
    server = server_class(world.zone, host="127.0.0.1", port=port, tsig_keys=tsig_keys)
    server.start()
    return server


def _write_tsig_key_file(directory: Path, name: str, secret: bytes) -> Path:
    """The key in the format ``tsig-keygen`` prints (what ``dns-publish --tsig-key-file`` reads)."""
    path = directory / "lab-update.key"
    encoded = base64.b64encode(secret).decode("ascii")
    path.write_text(
        f'key "{name}" {{\n\talgorithm hmac-sha256;\n\tsecret "{encoded}";\n}};\n',
        encoding="ascii",
    )
    path.chmod(0o600)
    return path
