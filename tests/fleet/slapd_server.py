"""A real OpenLDAP ``slapd`` for the Active Directory inventory tests.

Started on free loopback ports (LDAP and LDAPS) from a temporary folder: a
``slapd.conf`` with the core and cosine schemas plus ``ad.schema`` beside this
file (AD's ``computer`` class with ``dNSHostName`` and ``operatingSystem``,
under AD's own OIDs), a database loaded with ``slapadd`` before start, and a
certificate from the lab's throw-away CA for LDAPS. The page size is capped at
4 entries (``size.pr``) so the client's paging is really exercised; slapd then
*refuses* a larger page request (adminLimitExceeded) where AD caps it silently,
so a test of the production page size (500) passes AD's own limit, 1,000 —
or keeps the small cap to see the client ask again with smaller pages. With
``paged_results=False`` every paged search is refused (adminLimitExceeded,
whatever the page size): a directory whose limits no page size satisfies.

Outside CI a missing ``slapd`` skips the tests with the reason; with
``CI=true`` it is a failure (tests/run.sh installs the Debian packages).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.lab.tls import make_lab_credentials

IN_CI = os.environ.get("CI") == "true"
SUFFIX = "dc=example,dc=test"
ADMIN_DN = f"cn=admin,{SUFFIX}"
READER_DN = f"cn=reader,{SUFFIX}"
READER_PASSWORD = "reader-Secret-42"
ADMIN_PASSWORD = "admin-Secret-42"
START_TIMEOUT_S = 15.0
SCHEMA = Path(__file__).with_name("ad.schema")

COMPUTERS = [
    # (ou, cn, dNSHostName, operatingSystem)
    ("Workstations", "PC-001", "pc-001.example.test", "Windows 10 Pro"),
    ("Workstations", "PC-002", "pc-002.example.test", "Windows 7 Professional"),
    ("Workstations", "PC-003", "pc-003.example.test", "Windows 11 Enterprise"),
    ("Workstations", "PC-004", "pc-004.example.test", "Windows 10 Enterprise"),
    ("Workstations", "PC-005", "PC-005.example.test", "Windows 10 Pro"),
    ("Workstations", "LEGACY", None, "Windows XP Professional"),
    ("Workstations", "EVIL", "evil.example.test; calc.exe", "Windows 10 Pro"),
    ("Workstations", "PC-(weird)", "pc-weird.example.test", "Windows 10 Pro"),
    ("Servers", "SRV-01", "srv-01.example.test", "Windows Server 2019 Standard"),
    ("Servers", "SRV-02", "srv-02.example.test", "Windows Server 2022 Datacenter"),
]


@dataclass(frozen=True)
class Slapd:
    """A running slapd: where it listens and the CA its LDAPS certificate comes from."""

    ldap_port: int
    ldaps_port: int
    ca_file: Path
    other_ca_file: Path


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"slapd unavailable in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ldif() -> str:
    blocks = [
        f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\no: Example\ndc: example",
        (
            f"dn: {READER_DN}\nobjectClass: person\ncn: reader\nsn: reader\n"
            f"userPassword: {READER_PASSWORD}"
        ),
        f"dn: cn=Alice,{SUFFIX}\nobjectClass: person\ncn: Alice\nsn: Alice",
    ]
    for ou in ("Workstations", "Servers"):
        blocks.append(f"dn: ou={ou},{SUFFIX}\nobjectClass: organizationalUnit\nou: {ou}")
    for ou, cn, dns_name, os_name in COMPUTERS:
        cn_rdn = cn.replace("(", "\\28").replace(")", "\\29")
        lines = [f"dn: cn={cn_rdn},ou={ou},{SUFFIX}", "objectClass: computer", f"cn: {cn}"]
        lines.append("objectCategory: computer")  # what AD's filter matches (see ad.schema)
        if dns_name:
            lines.append(f"dNSHostName: {dns_name}")
        lines.append(f"operatingSystem: {os_name}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _config(
    folder: Path,
    cert: Path,
    key: Path,
    page_limit: int,
    paged_results: bool,
    referral: str | None = None,
) -> str:
    total = "unlimited" if paged_results else "disabled"
    limits = f"size.soft=unlimited size.hard=unlimited size.pr={page_limit} size.prtotal={total}"
    return "\n".join(
        [
            # A base outside the suffix is answered with a referral to this URL, as AD
            # answers a base in another domain of the forest.
            *([f"referral {referral}"] if referral else []),
            "include /etc/ldap/schema/core.schema",
            "include /etc/ldap/schema/cosine.schema",
            f"include {SCHEMA}",
            f"pidfile {folder / 'slapd.pid'}",
            f"argsfile {folder / 'slapd.args'}",
            "modulepath /usr/lib/ldap",
            "moduleload back_mdb",
            f"TLSCertificateFile {cert}",
            f"TLSCertificateKeyFile {key}",
            "database mdb",
            f'suffix "{SUFFIX}"',
            f'rootdn "{ADMIN_DN}"',
            f"rootpw {ADMIN_PASSWORD}",
            f"directory {folder / 'db'}",
            "maxsize 10485760",
            f"limits users {limits}",
            f"limits anonymous {limits}",
            "",
        ]
    )


def _wait_ready(process: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            pass
        try:  # wait on the process itself: its exit ends the wait at once
            process.wait(0.05)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"slapd exited with {process.returncode}")
    raise RuntimeError("slapd did not open its port in time")


@contextmanager
def running_slapd(
    folder: Path, page_limit: int = 4, *, paged_results: bool = True, referral: str | None = None
) -> Iterator[Slapd]:
    """Start slapd with the test directory loaded; stopped when the block ends.

    Args:
        folder: an empty folder for the configuration, database and certificates.
        page_limit: the most entries slapd sends per page of a paged search (a
            larger page request is refused with adminLimitExceeded).
        paged_results: False refuses every paged search (adminLimitExceeded).
        referral: answer a search base outside the directory with a referral to this URL.
    """
    slapd = shutil.which("slapd") or (
        "/usr/sbin/slapd" if Path("/usr/sbin/slapd").exists() else None
    )
    slapadd = shutil.which("slapadd") or (
        "/usr/sbin/slapadd" if Path("/usr/sbin/slapadd").exists() else None
    )
    if not slapd or not slapadd:
        _unavailable("slapd (Debian packages slapd, ldap-utils) is not installed")
    assert slapd is not None and slapadd is not None
    for sub in ("db", "tls", "other-tls"):
        (folder / sub).mkdir(parents=True)
    credentials = make_lab_credentials(folder / "tls", ["localhost"])
    other = make_lab_credentials(folder / "other-tls", ["localhost"])
    config = folder / "slapd.conf"
    config.write_text(
        _config(
            folder, credentials.cert_file, credentials.key_file, page_limit, paged_results, referral
        )
    )
    data = folder / "data.ldif"
    data.write_text(_ldif())
    loaded = subprocess.run([slapadd, "-f", str(config), "-l", str(data)], capture_output=True)
    if loaded.returncode != 0:
        raise RuntimeError(f"slapadd failed: {loaded.stderr.decode(errors='replace')}")
    ldap_port, ldaps_port = _free_port(), _free_port()
    urls = f"ldap://127.0.0.1:{ldap_port}/ ldaps://127.0.0.1:{ldaps_port}/"
    process = subprocess.Popen(
        [slapd, "-f", str(config), "-h", urls, "-d", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_ready(process, ldap_port)
        _wait_ready(process, ldaps_port)
        yield Slapd(ldap_port, ldaps_port, credentials.ca_file, other.ca_file)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        if process.stderr is not None:
            process.stderr.close()
