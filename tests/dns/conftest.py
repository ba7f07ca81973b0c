"""Real BIND servers for the DNS tests: two ``named`` on 127.0.0.1 and 127.0.0.2, same port.

One session-wide pair serves a zone per scenario (a correct record, no record,
a wrong port, a target without address, another host, two hosts with priority
and weight, servers that disagree, a dead name server, a zone open to TSIG
updates). 127.0.0.2 is added to ``lo`` when missing (BIND listens only on
addresses configured on an interface). Ready when each answers an SOA query;
no fixed sleeps.

Outside CI a missing ``named`` (or no right to add the address) skips these
tests with the reason; with ``CI=true`` it is a failure.
"""

from __future__ import annotations

import base64
import os
import secrets
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import dns.message
import dns.query
import dns.rcode
import pytest

IN_CI = os.environ.get("CI") == "true"
SERVER_1 = "127.0.0.1"
SERVER_2 = "127.0.0.2"
DEAD_SERVER = "127.0.0.3"  # a loopback address nobody listens on
OTHER_HOST = "127.0.0.5"  # an address where no KMS host listens
KEY_NAME = "kms-wizard-test"
START_TIMEOUT_S = 15.0


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"BIND test servers unavailable in CI: {reason}")
    pytest.skip(reason)


def _named() -> str:
    found = shutil.which("named") or (
        "/usr/sbin/named" if Path("/usr/sbin/named").exists() else None
    )
    if not found:
        _unavailable("named (Debian package bind9) is not installed: apt-get install bind9")
    return found


def _ensure_loopback_alias(address: str) -> None:
    shown = subprocess.run(
        ["ip", "-o", "-4", "addr", "show", "dev", "lo"], capture_output=True, text=True
    )
    if f"inet {address}/" in shown.stdout:
        return
    added = subprocess.run(
        ["ip", "addr", "add", f"{address}/32", "dev", "lo"], capture_output=True, text=True
    )
    if added.returncode != 0:
        _unavailable(
            f"cannot add {address} to lo (needs root): {added.stderr.strip()}; "
            f"run: ip addr add {address}/32 dev lo"
        )


def _port_free_everywhere(port: int, addresses: tuple[str, ...]) -> bool:
    for address in addresses:
        for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
            with socket.socket(socket.AF_INET, kind) as probe:
                try:
                    probe.bind((address, port))
                except OSError:
                    return False
    return True


def _free_port(addresses: tuple[str, ...]) -> int:
    """A port free for UDP and TCP on every address (small race, fine in tests)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((addresses[0], 0))
            port = probe.getsockname()[1]
        if _port_free_everywhere(port, addresses):
            return port
    raise RuntimeError("no free port")


class KmsListener:
    """Stands in for a KMS host: accepts TCP connections on the given addresses, one port."""

    def __init__(self, addresses: tuple[str, ...]) -> None:
        self.sockets: list[socket.socket] = []
        for _ in range(50):
            port = _free_port(addresses)
            try:
                for address in addresses:
                    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    sock.bind((address, port))
                    sock.listen(64)
                    self.sockets.append(sock)
                break
            except OSError:
                self.close()
                self.sockets = []
        self.port = self.sockets[0].getsockname()[1]
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._accept, args=(s,), daemon=True) for s in self.sockets
        ]
        for thread in self._threads:
            thread.start()

    def _accept(self, sock: socket.socket) -> None:
        sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = sock.accept()
            except (TimeoutError, OSError):
                continue
            conn.close()

    def close(self) -> None:
        if hasattr(self, "_stop"):
            self._stop.set()
        for sock in self.sockets:
            sock.close()


@dataclass
class BindLab:
    """What the tests need to know about the running servers."""

    port: int
    kms_port: int
    closed_port: int
    key_name: str
    key_secret: str
    key_file: Path
    bad_key_file: Path
    workdir: Path
    logs: list[Path] = field(default_factory=list)

    def ns(self, address: str = SERVER_1) -> str:
        return f"{address}:{self.port}"

    def check_args(self, domain: str, *extra: str, nameservers: tuple[str, ...] = ()) -> list[str]:
        """``dns-check`` arguments for a zone of this lab."""
        servers = nameservers or (self.ns(),)
        args = ["--lang", "en", "dns-check", "--domain", domain]
        for server in servers:
            args += ["--nameserver", server]
        return [*args, "--dns-port", str(self.port), *extra]


def _zone_file(origin: str, serial: int, body: list[str], ns: tuple[str, ...]) -> str:
    lines = [
        "$TTL 3600",
        f"@ IN SOA ns1.{origin}. hostmaster.{origin}. {serial} 3600 600 86400 60",
    ]
    lines += [f"@ IN NS {name}.{origin}." for name in ns]
    addresses = {"ns1": SERVER_1, "ns2": SERVER_2, "ns3": DEAD_SERVER}
    lines += [f"{name} IN A {addresses[name]}" for name in ns]
    return "\n".join([*lines, *body, ""])


def _zones(kms: int, closed: int) -> dict[str, tuple[list[str], list[str] | None, tuple[str, ...]]]:
    """origin → (records on server 1, records on server 2 or None when only on 1, NS names)."""
    both = ("ns1", "ns2")
    kms01 = f"kms01 IN A {SERVER_1}"
    return {
        "good.test": ([f"_vlmcs._tcp IN SRV 0 0 {kms} kms01", kms01], None, both),
        "norecord.test": ([kms01], None, both),
        "wrongport.test": ([f"_vlmcs._tcp IN SRV 0 0 {closed} kms01", kms01], None, both),
        "noaddr.test": ([f"_vlmcs._tcp IN SRV 0 0 {kms} kms01"], None, both),
        "otherhost.test": (
            [f"_vlmcs._tcp IN SRV 0 0 {kms} kms02", kms01, f"kms02 IN A {OTHER_HOST}"],
            None,
            both,
        ),
        "twohosts.test": (
            [
                f"_vlmcs._tcp IN SRV 0 60 {kms} kms01",
                f"_vlmcs._tcp IN SRV 10 40 {kms} kms02",
                kms01,
                f"kms02 IN A {SERVER_2}",
            ],
            None,
            both,
        ),
        "split.test": (
            [f"_vlmcs._tcp IN SRV 0 0 {kms} kms01", kms01, f"kms02 IN A {SERVER_2}"],
            [f"_vlmcs._tcp IN SRV 0 0 {kms} kms02", kms01, f"kms02 IN A {SERVER_2}"],
            both,
        ),
        "cname.test": (
            [f"_vlmcs._tcp IN SRV 0 0 {kms} kms", "kms IN CNAME kms01", kms01],
            None,
            both,
        ),
        "deadns.test": ([f"_vlmcs._tcp IN SRV 0 0 {kms} kms01", kms01], [], ("ns1", "ns3")),
        "update.test": ([kms01, f"kms02 IN A {SERVER_2}"], [], ("ns1",)),
        # Shaped like an Active Directory zone: the DC locator record, a KMS record and a stale
        # one; no allow-update, so a signed update is REFUSED (tests/dns/test_dns_ad_zone.py).
        "ad.test": (
            [
                "_ldap._tcp.dc._msdcs IN SRV 0 100 389 ns1",
                f"_vlmcs._tcp IN SRV 0 0 {kms} kms01",
                f"_vlmcs._tcp IN SRV 0 0 {kms} kms-old",
                kms01,
                f"kms-old IN A {OTHER_HOST}",
            ],
            [],
            ("ns1",),
        ),
    }


def _named_conf(workdir: Path, address: str, port: int, zones: list[str], key_secret: str) -> str:
    zone_blocks = []
    for origin in zones:
        update = f' allow-update {{ key "{KEY_NAME}"; }};' if origin == "update.test" else ""
        zone_blocks.append(
            f'zone "{origin}" {{ type primary; file "{workdir}/{origin}.db";{update} }};'
        )
    return f"""
key "{KEY_NAME}" {{ algorithm hmac-sha256; secret "{key_secret}"; }};
options {{
    directory "{workdir}";
    pid-file "{workdir}/named.pid";
    session-keyfile "{workdir}/session.key";
    managed-keys-directory "{workdir}";
    listen-on port {port} {{ {address}; }};
    listen-on-v6 {{ none; }};
    recursion no;
    dnssec-validation no;
    notify no;
    allow-transfer {{ none; }};
}};
controls {{ }};
{chr(10).join(zone_blocks)}
"""


def _key_file(path: Path, secret: str) -> Path:
    path.write_text(
        f'key "{KEY_NAME}" {{\n\talgorithm hmac-sha256;\n\tsecret "{secret}";\n}};\n',
        encoding="utf-8",
    )
    return path


def _wait_ready(process: subprocess.Popen, address: str, port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    query = dns.message.make_query("good.test.", "SOA")
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"named on {address} exited:\n{log.read_text()[-3000:]}")
        try:
            reply = dns.query.udp(query, address, timeout=0.2, port=port)
        except (dns.exception.Timeout, OSError):
            continue
        if reply.rcode() == dns.rcode.NOERROR and reply.answer:
            return
    raise RuntimeError(
        f"named on {address} not ready in {START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}"
    )


@pytest.fixture(scope="session")
def bind_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BindLab]:
    named = _named()
    _ensure_loopback_alias(SERVER_2)
    root = tmp_path_factory.mktemp("bind")
    secret = base64.b64encode(secrets.token_bytes(32)).decode()
    wrong = base64.b64encode(secrets.token_bytes(32)).decode()
    kms = KmsListener((SERVER_1, SERVER_2))
    closed = _free_port((SERVER_1,))
    port = _free_port((SERVER_1, SERVER_2, DEAD_SERVER))
    zones = _zones(kms.port, closed)
    processes: list[subprocess.Popen] = []
    logs: list[Path] = []
    try:
        for index, address in enumerate((SERVER_1, SERVER_2), start=1):
            workdir = root / f"ns{index}"
            workdir.mkdir()
            served = []
            for origin, (first, second, ns) in zones.items():
                records = first if index == 1 else second
                if index == 2 and second is None:
                    records = first
                if index == 2 and second == []:
                    continue  # this zone lives on server 1 only
                serial = 2 if index == 2 and second else 1
                (workdir / f"{origin}.db").write_text(
                    _zone_file(origin, serial, records, ns), encoding="utf-8"
                )
                served.append(origin)
            conf = workdir / "named.conf"
            conf.write_text(_named_conf(workdir, address, port, served, secret), encoding="utf-8")
            log = workdir / "named.log"
            logs.append(log)
            with open(log, "wb") as out:
                processes.append(
                    subprocess.Popen(
                        [named, "-g", "-4", "-c", str(conf)], stdout=out, stderr=subprocess.STDOUT
                    )
                )
        for process, address, log in zip(processes, (SERVER_1, SERVER_2), logs, strict=True):
            try:
                _wait_ready(process, address, port, log)
            except RuntimeError as problem:
                _unavailable(str(problem))
        yield BindLab(
            port=port,
            kms_port=kms.port,
            closed_port=closed,
            key_name=KEY_NAME,
            key_secret=secret,
            key_file=_key_file(root / "good.key", secret),
            bad_key_file=_key_file(root / "bad.key", wrong),
            workdir=root,
            logs=logs,
        )
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        kms.close()
