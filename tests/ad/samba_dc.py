"""A real Samba 4 Active Directory domain controller for the tests, on loopback.

Debian's ``samba`` provisions a domain (``samba-tool domain provision``, the
2012 R2 base schema: it has the ``msSPP-ActivationObject`` class that
Active Directory-based activation needs) into a temporary folder — never
``/etc/samba`` — and runs it in the foreground with ``samba -F``, stopped by
its own process group when the session ends. Everything is under the
temporary folder: configuration, databases, sockets, logs, and the TLS files
Samba generates on its first start (``private/tls``: a certificate for
``DC1.corp.test`` without subjectAltName, signed by Samba's own throw-away CA).

Several pytest processes may each run their own DC at the same time: each
takes a loopback address of its own (127.0.0.100–250) where the DC's ports
are free, held by a lock file for the life of the DC. Linux routes the whole
127.0.0.0/8 to ``lo``, so no address is added to the interface; Samba is told
``interfaces = <ip>/8`` (with a mask it accepts an address the interface
list does not name) and ``bind interfaces only``.

The directory is filled before the first start, offline against ``sam.ldb``
through Samba's own modules (``ldbadd -H sam.ldb``: SIDs, classes and
password hashing as over LDAP, in a fraction of the time), from
:data:`COMPUTERS`, :data:`ORGANIZATIONAL_UNITS` and the users of
:data:`USERS` — shaped like a small company's domain, with what a KMS
inventory meets in a real one: disabled accounts (userAccountControl 4098),
managed service accounts (a gMSA and an MSA, whose classes derive from
``computer``), a computer without ``dNSHostName``, a pre-staged account,
OUs with a comma and a non-ASCII letter, a deep OU; and accounts for each
refusal AD explains with a sub-code (locked 775, disabled 533, expired 701,
must change 773). Samba 4.17 does not answer 532 (password
expired) to a simple bind, so that one is not modelled.

Outside CI a missing ``samba`` skips the tests with the reason; with
``CI=true`` it is a failure (tests/run.sh installs the Debian packages).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI") == "true"
REALM = "CORP.TEST"
DNS_DOMAIN = "corp.test"
NETBIOS_DOMAIN = "CORP"
HOST_NAME = "DC1"
BASE_DN = "DC=corp,DC=test"
ADMIN_USER = "Administrator"
ADMIN_PASSWORD = "Passw0rd!Samba42"  # test-only secret of a throw-away domain
READER_USER = "reader"
USER_PASSWORD = "Reader!Secret42"  # every other test user's password
START_TIMEOUT_S = 60.0
ADDRESSES = range(100, 251)
# Ports the DC binds on its address; one of them taken means another DC (or server) is there.
TCP_PORTS = (53, 88, 135, 389, 464, 636, 3268, 3269)
UDP_PORTS = (53, 88, 389, 464)
LOCK_FOLDER = Path("/tmp")
# What a test DC runs: LDAP, CLDAP, Kerberos, DNS and RPC (samba-tool dns); no SMB,
# replication, NTP signing or winbind.
SERVICES = "ldap, cldap, kdc, dns, rpc"

# userAccountControl flags (MS-ADTS 2.2.16)
UAC_ACCOUNTDISABLE = 0x2
UAC_PASSWD_NOTREQD = 0x20
UAC_NORMAL_ACCOUNT = 0x200
UAC_WORKSTATION_TRUST_ACCOUNT = 0x1000
UAC_DONT_EXPIRE_PASSWORD = 0x10000
WORKSTATION = UAC_WORKSTATION_TRUST_ACCOUNT  # 4096, a joined computer
DISABLED_WORKSTATION = UAC_WORKSTATION_TRUST_ACCOUNT | UAC_ACCOUNTDISABLE  # 4098
PRE_STAGED = UAC_WORKSTATION_TRUST_ACCOUNT | UAC_PASSWD_NOTREQD  # 4128, never joined

# OU paths under the domain, outermost first.
ORGANIZATIONAL_UNITS = (
    ("Clients",),
    ("Clients", "Paris"),
    ("Clients", "Paris", "Finance"),
    ("Clients", "Paris", "Finance", "Laptops"),
    ("Clients", "Berlin"),
    ("Clients", "Zürich"),
    ("Clients", "Lyon, Villeurbanne"),
    ("Servers",),
    ("Decommissioned",),
)


@dataclass(frozen=True)
class Computer:
    """One computer object. ``ou`` is an OU path (outermost first), () for CN=Computers."""

    ou: tuple[str, ...]
    name: str
    dns_host_name: str | None
    operating_system: str | None = None
    version: str | None = None
    uac: int = WORKSTATION

    @property
    def disabled(self) -> bool:
        return bool(self.uac & UAC_ACCOUNTDISABLE)


def _pc(ou, name, system, version="10.0 (19045)", uac=WORKSTATION, dns="") -> Computer:
    return Computer(
        ou,
        name,
        dns if dns is not None and dns else f"{name.lower()}.corp.test",
        system,
        version,
        uac,
    )


PARIS = ("Clients", "Paris")
LAPTOPS = ("Clients", "Paris", "Finance", "Laptops")
BERLIN = ("Clients", "Berlin")
ZURICH = ("Clients", "Zürich")
LYON = ("Clients", "Lyon, Villeurbanne")
SERVERS = ("Servers",)
OLD = ("Decommissioned",)

COMPUTERS: tuple[Computer, ...] = (
    _pc(PARIS, "PC-PAR-01", "Windows 10 Pro"),
    _pc(PARIS, "PC-PAR-02", "Windows 10 Enterprise"),
    _pc(PARIS, "PC-PAR-03", "Windows 11 Pro", "10.0 (22631)"),
    _pc(PARIS, "PC-PAR-04", "Windows 10 Pro N", dns="PC-PAR-04.CORP.TEST"),  # upper case
    _pc(PARIS, "PC-PAR-05", "Windows 7 Professional", "6.1 (7601)"),
    _pc(PARIS, "PC-PAR-06", "Windows 10 Pro", uac=DISABLED_WORKSTATION),
    _pc(LAPTOPS, "LT-FIN-01", "Windows 11 Enterprise", "10.0 (22631)"),
    _pc(LAPTOPS, "LT-FIN-02", "Windows 10 Enterprise LTSC", "10.0 (17763)"),
    _pc(LAPTOPS, "LT-FIN-03", "Windows 11 Enterprise", "10.0 (22631)", DISABLED_WORKSTATION),
    _pc(BERLIN, "PC-BER-01", "Windows 10 Pro"),
    _pc(BERLIN, "PC-BER-02", "Windows 10 Education"),
    _pc(BERLIN, "PC-BER-03", "Windows 11 Pro", "10.0 (22631)"),
    _pc(BERLIN, "PC-BER-04", "Windows 10 Enterprise N"),
    _pc(BERLIN, "PC-BER-05", "Windows 10 Pro", dns="pc-ber-05.berlin.corp.test"),  # disjoint
    _pc(BERLIN, "PC-BER-06", "Windows 10 Pro", uac=DISABLED_WORKSTATION),
    _pc(ZURICH, "PC-ZRH-01", "Windows 11 Enterprise", "10.0 (22631)"),
    _pc(ZURICH, "PC-ZRH-02", "Windows 10 Enterprise"),
    _pc(LYON, "PC-LYS-01", "Windows 11 Pro", "10.0 (22631)"),
    _pc(LYON, "PC-LYS-02", "Windows 10 Pro"),
    _pc(SERVERS, "KMS01", "Windows Server 2019 Standard", "10.0 (17763)"),
    _pc(SERVERS, "SRV-FS-01", "Windows Server 2016 Standard", "10.0 (14393)"),
    _pc(SERVERS, "SRV-APP-01", "Windows Server 2022 Datacenter", "10.0 (20348)"),
    _pc(SERVERS, "SRV-2008", "Windows Server 2008 R2 Enterprise", "6.1 (7601)"),
    _pc(SERVERS, "SRV-2012", "Windows Server 2012 R2 Standard", "6.3 (9600)"),
    _pc(SERVERS, "SRV-LNX-01", "Ubuntu", "22.04"),
    Computer(SERVERS, "SQLCLU01", "sqlclu01.corp.test"),  # a cluster name object: no OS
    _pc(
        SERVERS, "SRV-OLD-01", "Windows Server 2012 R2 Standard", "6.3 (9600)", DISABLED_WORKSTATION
    ),
    _pc(OLD, "PC-OLD-01", "Windows 7 Enterprise", "6.1 (7601)", DISABLED_WORKSTATION),
    _pc(OLD, "PC-OLD-02", "Windows 7 Professional", "6.1 (7601)", DISABLED_WORKSTATION),
    Computer((), "WS-LEGACY-01", None, "Windows 7 Professional", "6.1 (7601)"),
    Computer((), "PC-STAGED-01", None, None, None, PRE_STAGED),
    _pc((), "MAC-01", "Mac OS X", "14.2"),
)
MANAGED_SERVICE_ACCOUNTS = ("gmsa-sql", "msa-web")  # not machines: never in an inventory


@dataclass(frozen=True)
class User:
    """A user account for the bind tests; ``sub_code`` is what AD answers for it (data …)."""

    name: str
    sub_code: str | None = None


USERS = (
    User(READER_USER),  # an ordinary user: Authenticated Users may read computers
    User("svc-locked", "775"),
    User("svc-disabled", "533"),
    User("svc-mustchange", "773"),
    User("svc-expired", "701"),
)


def ou_dn(path: Sequence[str]) -> str:
    if not path:
        return f"CN=Computers,{BASE_DN}"
    return ",".join(f"OU={_rdn_value(name)}" for name in reversed(path)) + f",{BASE_DN}"


def computer_dn(computer: Computer) -> str:
    return f"CN={_rdn_value(computer.name)},{ou_dn(computer.ou)}"


def _rdn_value(value: str) -> str:
    return re.sub(r'([,+"\\<>;=])', r"\\\1", value)


def _ldif_value(attribute: str, value: str) -> str:
    if value.isascii() and not value.startswith((" ", ":", "<")):
        return f"{attribute}: {value}"
    return f"{attribute}:: {base64.b64encode(value.encode()).decode()}"


def _password_value(password: str) -> str:
    return base64.b64encode(f'"{password}"'.encode("utf-16-le")).decode()


def _nt_time(seconds_since_epoch: float) -> int:
    return int((seconds_since_epoch + 11644473600) * 10_000_000)


def directory_ldif(bulk: int = 0) -> str:
    """Every OU, computer, managed service account and user, as one ldbadd batch."""
    blocks = []
    for path in ORGANIZATIONAL_UNITS + ((("Bulk",),) if bulk else ()):
        blocks.append(
            "\n".join(
                [
                    _ldif_value("dn", ou_dn(path)),
                    "objectClass: organizationalUnit",
                    _ldif_value("ou", path[-1]),
                ]
            )
        )
    for computer in COMPUTERS:
        lines = [
            _ldif_value("dn", computer_dn(computer)),
            "objectClass: computer",
            f"sAMAccountName: {computer.name}$",
            f"userAccountControl: {computer.uac}",
        ]
        if computer.dns_host_name:
            lines.append(f"dNSHostName: {computer.dns_host_name}")
            lines.append(f"servicePrincipalName: HOST/{computer.dns_host_name}")
            lines.append(f"servicePrincipalName: HOST/{computer.name}")
        if computer.operating_system:
            lines.append(f"operatingSystem: {computer.operating_system}")
        if computer.version:
            lines.append(f"operatingSystemVersion: {computer.version}")
        blocks.append("\n".join(lines))
    msa_base = f"CN=Managed Service Accounts,{BASE_DN}"
    blocks.append(
        "\n".join(
            [
                f"dn: CN=gmsa-sql,{msa_base}",
                "objectClass: msDS-GroupManagedServiceAccount",
                "sAMAccountName: gmsa-sql$",
                # Enabled, as a gMSA in use is (Windows gives it 4096, WORKSTATION_TRUST_ACCOUNT).
                f"userAccountControl: {WORKSTATION}",
                "dNSHostName: gmsa-sql.corp.test",
                "msDS-ManagedPasswordInterval: 30",
            ]
        )
    )
    blocks.append(
        "\n".join(
            [
                f"dn: CN=msa-web,{msa_base}",
                "objectClass: msDS-ManagedServiceAccount",
                "sAMAccountName: msa-web$",
                f"userAccountControl: {WORKSTATION}",
            ]
        )
    )
    for user in USERS:
        uac = UAC_NORMAL_ACCOUNT | UAC_DONT_EXPIRE_PASSWORD
        if user.sub_code == "533":
            uac |= UAC_ACCOUNTDISABLE
        if user.sub_code == "773":
            uac = UAC_NORMAL_ACCOUNT  # a password that never expires is never due for a change
        lines = [
            f"dn: CN={user.name},CN=Users,{BASE_DN}",
            "objectClass: user",
            f"sAMAccountName: {user.name}",
            f"userPrincipalName: {user.name}@{DNS_DOMAIN}",
            f"unicodePwd:: {_password_value(USER_PASSWORD)}",
            f"userAccountControl: {uac}",
        ]
        if user.sub_code == "701":
            lines.append(f"accountExpires: {_nt_time(time.time() - 30 * 86400)}")
        blocks.append("\n".join(lines))
    for index in range(1, bulk + 1):
        name = f"BULK-{index:05d}"
        blocks.append(
            "\n".join(
                [
                    f"dn: CN={name},OU=Bulk,{BASE_DN}",
                    "objectClass: computer",
                    f"sAMAccountName: {name}$",
                    f"userAccountControl: {WORKSTATION}",
                    f"dNSHostName: {name.lower()}.corp.test",
                    "operatingSystem: Windows 10 Enterprise",
                ]
            )
        )
    return "\n\n".join(blocks) + "\n"


def _after_first_ldif(users_dn: str) -> str:
    """States that only an existing account can take: must change, locked, password expired."""
    now = _nt_time(time.time())
    return (
        "\n\n".join(
            [
                (
                    f"dn: CN=svc-mustchange,{users_dn}\nchangetype: modify\n"
                    "replace: pwdLastSet\npwdLastSet: 0"
                ),
                (
                    f"dn: CN=svc-locked,{users_dn}\nchangetype: modify\n"
                    f"replace: lockoutTime\nlockoutTime: {now}"
                ),
            ]
        )
        + "\n"
    )


@dataclass
class SambaDC:
    """A running Samba AD DC, and everything a test needs to talk to it.

    Attributes:
        ip: its loopback address (every port of the DC is on it, DNS on 53).
        folder: the temporary folder holding everything of this DC.
        ca_file: PEM of the CA that issued its LDAPS certificate.
        cert_file: its LDAPS certificate (CN=DC1.corp.test, no subjectAltName).
        pid: the ``samba`` root process.
        bulk: how many extra computers ``OU=Bulk`` holds (for paging).
    """

    ip: str
    folder: Path
    pid: int
    bulk: int = 0
    realm: str = REALM
    dns_domain: str = DNS_DOMAIN
    netbios_domain: str = NETBIOS_DOMAIN
    base_dn: str = BASE_DN
    host_name: str = HOST_NAME
    admin_user: str = ADMIN_USER
    admin_password: str = field(default=ADMIN_PASSWORD, repr=False)
    reader_user: str = READER_USER
    user_password: str = field(default=USER_PASSWORD, repr=False)
    dns_port: int = 53

    @property
    def fqdn(self) -> str:
        """``DC1.corp.test``: the name its certificate is issued to."""
        return f"{self.host_name}.{self.dns_domain}"

    @property
    def reader_upn(self) -> str:
        return f"{self.reader_user}@{self.dns_domain}"

    @property
    def reader_password(self) -> str:
        return self.user_password

    @property
    def admin_upn(self) -> str:
        return f"{self.admin_user.lower()}@{self.dns_domain}"

    @property
    def admin_dn(self) -> str:
        return f"CN={self.admin_user},CN=Users,{self.base_dn}"

    @property
    def smb_conf(self) -> Path:
        return self.folder / "etc" / "smb.conf"

    @property
    def sam_ldb(self) -> Path:
        return self.folder / "private" / "sam.ldb"

    @property
    def ca_file(self) -> Path:
        return self.folder / "private" / "tls" / "ca.pem"

    @property
    def cert_file(self) -> Path:
        return self.folder / "private" / "tls" / "cert.pem"

    @property
    def log_file(self) -> Path:
        return self.folder / "samba.log"

    @property
    def ldap_url(self) -> str:
        return f"ldap://{self.ip}"

    @property
    def ldaps_url(self) -> str:
        return f"ldaps://{self.ip}"

    @property
    def ldaps_name_url(self) -> str:
        """``ldaps://DC1.corp.test``: resolves only inside :meth:`resolving`."""
        return f"ldaps://{self.fqdn}"

    @property
    def configuration_dn(self) -> str:
        return f"CN=Configuration,{self.base_dn}"

    @property
    def schema_dn(self) -> str:
        return f"CN=Schema,CN=Configuration,{self.base_dn}"

    def computers(self, *, include_disabled: bool = True) -> list[Computer]:
        """The computer objects the directory was filled with (not the DC, not Bulk)."""
        return [c for c in COMPUTERS if include_disabled or not c.disabled]

    @contextmanager
    def resolving(self) -> Iterator[None]:
        """Make ``DC1.corp.test`` (any case) resolve to :attr:`ip` in this process.

        The DC's certificate names only its FQDN, so a verified TLS connection must
        use that name; the system resolver (``/etc/hosts``) is not touched: only
        this process's ``socket.getaddrinfo`` answers the one name, for the block.
        """
        original = socket.getaddrinfo
        names = {self.fqdn.lower(), self.host_name.lower()}

        def getaddrinfo(host, *args, **kwargs):
            if isinstance(host, str) and host.lower().rstrip(".") in names:
                host = self.ip
            return original(host, *args, **kwargs)

        socket.getaddrinfo = getaddrinfo
        try:
            yield
        finally:
            socket.getaddrinfo = original

    def ldb(
        self, tool: str, *arguments: str, stdin: str | None = None, over_ldap: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run an ldb tool (``ldbsearch``, ``ldbmodify``, ``ldbadd``, ``ldbdel``) as the admin.

        Over LDAP (signed and sealed, the admin's password in the environment, never
        on the command line), or with ``over_ldap=False`` on ``sam.ldb`` directly.
        Raises CalledProcessError with the tool's output when it fails.
        """
        url = self.ldap_url if over_ldap else str(self.sam_ldb)
        command = [tool, "-H", url, f"--configfile={self.smb_conf}"]
        env = dict(os.environ)
        if over_ldap:
            command += ["-U", f"{self.netbios_domain}\\{self.admin_user}"]
            env["PASSWD"] = self.admin_password
        command += list(arguments)
        return subprocess.run(
            command, input=stdin, text=True, capture_output=True, env=env, check=True, timeout=120
        )

    def search(
        self, base: str, ldap_filter: str, *attributes: str, scope: str = "sub"
    ) -> list[dict[str, list[str]]]:
        """ldbsearch as the admin: entries as {attribute: [values]} with ``dn``."""
        result = self.ldb("ldbsearch", "-b", base, "-s", scope, ldap_filter, *attributes)
        return _parse_ldif(result.stdout)

    def modify(self, ldif: str) -> None:
        """ldbmodify as the admin over LDAP."""
        self.ldb("ldbmodify", stdin=ldif)

    def samba_tool(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """``samba-tool …`` against this DC's configuration (local database)."""
        command = ["samba-tool", *arguments, "-s", str(self.smb_conf)]
        return subprocess.run(command, text=True, capture_output=True, check=True, timeout=120)


def _parse_ldif(text: str) -> list[dict[str, list[str]]]:
    entries: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    lines: list[str] = []
    for raw in text.splitlines():
        if raw.startswith(" ") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    for line in lines:
        if line.startswith("#") or line.startswith("ref:"):
            continue
        if not line.strip():
            current = None
            continue
        attribute, sep, value = line.partition(":")
        if not sep:
            continue
        if value.startswith(":"):
            value = base64.b64decode(value[1:].strip()).decode("utf-8", errors="replace")
        else:
            value = value.strip()
        if attribute == "dn":
            current = {"dn": [value]}
            entries.append(current)
        elif current is not None:
            current.setdefault(attribute, []).append(value)
    return entries


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"Samba AD DC unavailable in CI: {reason}")
    pytest.skip(reason)


def missing_tools() -> list[str]:
    """What the DC needs that is not installed (commands, or Debian packages' files)."""
    needed = ("samba", "samba-tool", "ldbadd", "ldbsearch", "ldbmodify")
    missing = [
        name
        for name in needed
        if not (shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin"))
    ]
    if not Path("/usr/share/samba/setup/ad-schema").is_dir():
        missing.append("samba-ad-provision (the schema files)")
    if not any(Path("/usr/lib").glob("*/samba/ldb/samba_dsdb.so")):
        missing.append("samba-dsdb-modules (the DC's database modules)")
    if not any(Path("/usr/lib").glob("*/samba/vfs/acl_xattr.so")):
        missing.append("samba-vfs-modules (needed by the provision)")
    return missing


def _bindable(ip: str) -> bool:
    sockets: list[socket.socket] = []
    try:
        for kind, ports in ((socket.SOCK_STREAM, TCP_PORTS), (socket.SOCK_DGRAM, UDP_PORTS)):
            for port in ports:
                probe = socket.socket(socket.AF_INET, kind)
                sockets.append(probe)
                # As samba does: a closed connection's TIME_WAIT must not hide a free port.
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind((ip, port))
        return True
    except OSError:
        return False
    finally:
        for probe in sockets:
            probe.close()


@contextmanager
def _free_address() -> Iterator[str]:
    """A loopback address where the DC's ports are free, locked for this process."""
    for last in ADDRESSES:
        ip = f"127.0.0.{last}"
        lock_path = LOCK_FOLDER / f"kms-wizard-samba-dc-{ip}.lock"
        handle = open(lock_path, "a")  # noqa: SIM115 - held for the DC's whole life
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            continue
        try:
            if not _bindable(ip):
                continue
            yield ip
            return
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
    raise RuntimeError("no loopback address 127.0.0.100-250 has the DC's ports free")


def _tame_configuration(conf: Path, folder: Path) -> None:
    """Keep every file of the DC under ``folder`` and drop what a test DC does not need."""
    kept: list[str] = []
    skipping = False
    for line in conf.read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            skipping = stripped in ("[homes]", "[printers]", "[print$]")
        if skipping or re.match(
            r"(passwd |pam |obey pam|unix password sync|panic action|usershare|map to guest|"
            r"server services|log file|logging)",
            stripped,
        ):
            continue
        kept.append(line)
        if stripped == "[global]":
            run = folder / "run"
            kept += [
                f"\tserver services = {SERVICES}",
                f"\tpid directory = {run}",
                f"\tncalrpc dir = {run / 'ncalrpc'}",
                f"\twinbindd socket directory = {run / 'winbindd'}",
                f"\tlog file = {folder / 'samba.log'}",
                "\tmax log size = 0",
                "\tload printers = no",
                "\tprinting = bsd",
                "\tprintcap name = /dev/null",
                "\tdisable spoolss = yes",
            ]
    conf.write_text("\n".join(kept) + "\n")
    (folder / "run").mkdir(exist_ok=True)


def _run(command: list[str], *, stdin: str | None = None, what: str) -> None:
    done = subprocess.run(command, input=stdin, text=True, capture_output=True, timeout=300)
    if done.returncode != 0:
        output = done.stdout + done.stderr
        errors = [line for line in output.splitlines() if "ERROR" in line or "rror" in line]
        raise RuntimeError(
            f"{what} failed ({done.returncode}): " + "\n".join(errors[-20:] or [output[-3000:]])
        )


def provision(folder: Path, ip: str, *, bulk: int = 0) -> None:
    """Provision the domain into ``folder`` and fill it (offline)."""
    _run(
        [
            "samba-tool",
            "domain",
            "provision",
            f"--targetdir={folder}",
            f"--realm={REALM}",
            f"--domain={NETBIOS_DOMAIN}",
            f"--host-name={HOST_NAME}",
            f"--host-ip={ip}",
            "--server-role=dc",
            "--dns-backend=SAMBA_INTERNAL",
            "--base-schema=2012_R2",
            f"--adminpass={ADMIN_PASSWORD}",
            f"--option=interfaces={ip}/8",
            "--option=bind interfaces only=yes",
            # No forwarder that could leave the machine: 127.0.0.1:53 (nothing listens there).
            "--option=dns forwarder=127.0.0.1",
            # The password policy the lock-out account needs; no complexity for test users.
            f"--option=log file={folder / 'samba.log'}",
        ],
        what="samba-tool domain provision",
    )
    conf = folder / "etc" / "smb.conf"
    _tame_configuration(conf, folder)
    sam = str(folder / "private" / "sam.ldb")
    _run(["ldbadd", "-H", sam, f"--configfile={conf}"], stdin=directory_ldif(bulk), what="ldbadd")
    _run(
        ["ldbmodify", "-H", sam, f"--configfile={conf}"],
        stdin=_after_first_ldif(f"CN=Users,{BASE_DN}"),
        what="ldbmodify",
    )
    # Lock out after 3 bad passwords (svc-locked is locked already).
    _run(
        [
            "samba-tool",
            "domain",
            "passwordsettings",
            "set",
            "-H",
            sam,
            "-s",
            str(conf),
            "--account-lockout-threshold=3",
            "--min-pwd-age=0",
        ],
        what="samba-tool domain passwordsettings",
    )


def _wait_ready(process: subprocess.Popen, ip: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    pending = [389, 636, 53]
    while time.monotonic() < deadline:
        while pending:
            try:
                with socket.create_connection((ip, pending[0]), timeout=0.5):
                    pending.pop(0)
            except OSError:
                break
        if not pending:
            return
        try:
            process.wait(0.1)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"samba exited with {process.returncode}")
    raise RuntimeError("samba did not open its LDAP, LDAPS and DNS ports in time")


def _stop(process: subprocess.Popen) -> None:
    """Stop samba and its workers: its own process group (started in a new session)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(15)


@contextmanager
def running_samba_dc(folder: Path, *, bulk: int = 0) -> Iterator[SambaDC]:
    """Provision, fill and start a DC in ``folder``; stopped when the block ends.

    Skips (fails in CI) when Samba is not installed. ``bulk`` adds that many
    computers under ``OU=Bulk`` (paging past AD's 1,000-entry page).
    """
    missing = missing_tools()
    if missing:
        _unavailable(
            "Samba AD DC tests need Debian's samba, samba-ad-provision, samba-dsdb-modules, "
            f"samba-vfs-modules and ldb-tools (missing: {', '.join(missing)})"
        )
    if os.geteuid() != 0:
        _unavailable("the Samba AD DC needs root (it binds ports 53, 88, 389 and 636)")
    with _free_address() as ip:
        provision(folder, ip, bulk=bulk)
        samba = shutil.which("samba") or "/usr/sbin/samba"
        log = open(folder / "samba.stdout", "wb")  # noqa: SIM115 - closed below
        process = subprocess.Popen(
            [samba, "-F", "-s", str(folder / "etc" / "smb.conf"), "--debug-stdout", "-d", "1"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped with all its workers
        )
        try:
            _wait_ready(process, ip)
            dc = SambaDC(ip=ip, folder=folder, pid=process.pid, bulk=bulk)
            _wait_for_tls_files(dc)
            yield dc
        finally:
            _stop(process)
            log.close()


def _wait_for_tls_files(dc: SambaDC) -> None:
    """Samba writes its self-signed CA and certificate on the first start, before LDAPS."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if dc.ca_file.exists() and dc.cert_file.exists():
            return
        time.sleep(0.1)
    raise RuntimeError("samba did not write its TLS certificate")
