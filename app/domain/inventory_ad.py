"""Computers from Active Directory: the query (pure) and how its answers become an inventory.

The LDAP conversation itself is an adapter (``app.adapters.ldap_inventory``,
ldap3); this module decides *what* is asked and checks everything the user
types before it goes into a filter: the search base (an OU's distinguished
name), a name pattern and an operating-system pattern, both with ``*`` as the
only wildcard. Every other character is escaped as RFC 4515 requires
(``(`` → ``\\28``…), so a pattern such as ``*)(objectClass=*`` cannot widen
the search. Answers are computer objects; ``dNSHostName`` is the name to
contact, and an object without one falls back to its ``cn`` with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.domain.inventory import EntryProblem, Inventory, InventoryBuilder, check_host, shown
from app.domain.licensing import is_valid_host_name
from app.domain.text import QT_TRANSLATE_NOOP, Message, TextEnum, msg

MAX_PATTERN_CHARS = 256
MAX_DN_CHARS = 1024
DEFAULT_LDAP_PORT = 389
DEFAULT_LDAPS_PORT = 636
_ATTRIBUTE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)+)$")


class DirectoryProblem(TextEnum):
    """Why the directory could not be asked, or an answer not used (translatable)."""

    BAD_URL = QT_TRANSLATE_NOOP(
        "Directory",
        "“%1” is not a directory address. Write ldaps://dc01.example.com or "
        "ldap://dc01.example.com:389.",
    )
    BAD_BASE = QT_TRANSLATE_NOOP(
        "Directory",
        "“%1” is not a distinguished name. Write the search base like "
        "OU=Workstations,DC=example,DC=com.",
    )
    BAD_PATTERN = QT_TRANSLATE_NOOP(
        "Directory",
        "The filter “%1” cannot be used: it must be at most %2 printable characters.",
    )
    INSECURE = QT_TRANSLATE_NOOP(
        "Directory",
        "A simple bind over plain LDAP would send the password in clear to %1. Use ldaps://, "
        "StartTLS, or a DOMAIN\\user account (NTLM).",
    )
    UNREACHABLE = QT_TRANSLATE_NOOP("Directory", "The directory server %1 could not be reached: %2")
    CREDENTIALS = QT_TRANSLATE_NOOP(
        "Directory", "The directory server %1 rejected the user name or password."
    )
    NO_SUCH_BASE = QT_TRANSLATE_NOOP(
        "Directory", "The search base “%1” does not exist in the directory."
    )
    TLS = QT_TRANSLATE_NOOP(
        "Directory",
        "The certificate of the directory server %1 could not be verified: %2. Give the CA "
        "file with --ad-ca-file.",
    )
    FAILED = QT_TRANSLATE_NOOP("Directory", "The directory search failed: %1")
    NO_DNS_NAME = QT_TRANSLATE_NOOP(
        "Directory",
        "Computer %1 has no DNS host name in the directory; its name %2 is used instead.",
    )
    BAD_ENTRY = QT_TRANSLATE_NOOP(
        "Directory",
        "Computer %1: “%2” is not a valid host name; the computer was left out.",
    )


class DirectoryError(Exception):
    """The directory could not be asked; ``message`` says why (translatable, no secret)."""

    def __init__(self, problem: DirectoryProblem, *args: object) -> None:
        self.problem = problem
        self.message: Message = msg(problem.text, *args)
        super().__init__(self.message.english())


@dataclass(frozen=True)
class DirectoryServer:
    """Where the directory is: ``ldap://`` or ``ldaps://`` host and port."""

    host: str
    port: int
    tls: bool  # ldaps:// (TLS from the first byte)

    @property
    def display(self) -> str:
        scheme = "ldaps" if self.tls else "ldap"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"


def parse_directory_url(text: str) -> DirectoryServer:
    """``ldap[s]://host[:port]`` (a bare host name means ``ldaps://host``).

    Raises:
        DirectoryError: BAD_URL.
    """
    raw = (text or "").strip()
    if not raw or len(raw) > 300 or any(not ch.isprintable() or ch.isspace() for ch in raw):
        raise DirectoryError(DirectoryProblem.BAD_URL, shown(raw))
    if "://" not in raw:
        raw = "ldaps://" + raw
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        raise DirectoryError(DirectoryProblem.BAD_URL, shown(text)) from None
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if (
        scheme not in ("ldap", "ldaps")
        or not is_valid_host_name(host)
        or parts.path not in ("", "/")
    ):
        raise DirectoryError(DirectoryProblem.BAD_URL, shown(text))
    tls = scheme == "ldaps"
    return DirectoryServer(host, port or (DEFAULT_LDAPS_PORT if tls else DEFAULT_LDAP_PORT), tls)


def _split_rdns(dn: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in dn:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def validate_base_dn(text: str) -> str:
    """A distinguished name (RFC 4514, loosely): ``attr=value`` parts separated by commas.

    Raises:
        DirectoryError: BAD_BASE.
    """
    dn = (text or "").strip()
    if not dn or len(dn) > MAX_DN_CHARS or any(not ch.isprintable() for ch in dn):
        raise DirectoryError(DirectoryProblem.BAD_BASE, shown(dn))
    for rdn in _split_rdns(dn):
        for part in rdn.split("+"):
            attribute, sep, value = part.partition("=")
            if not sep or not _ATTRIBUTE.match(attribute.strip()) or not value.strip():
                raise DirectoryError(DirectoryProblem.BAD_BASE, shown(dn))
    return dn


def escape_filter_value(value: str, *, keep_wildcards: bool = False) -> str:
    """Escape a value for an LDAP filter (RFC 4515 §3): ``\\ * ( )`` and NUL, and non-ASCII bytes.

    With ``keep_wildcards`` a ``*`` stays a wildcard (the only one a pattern has).
    """
    out: list[str] = []
    for char in value:
        if char == "*" and keep_wildcards:
            out.append("*")
        elif char in "\\*()\x00" or not char.isascii() or not char.isprintable():
            out.extend(f"\\{byte:02x}" for byte in char.encode("utf-8"))
        else:
            out.append(char)
    return "".join(out)


def _pattern(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    value = text.strip()
    if len(value) > MAX_PATTERN_CHARS or any(not ch.isprintable() for ch in value):
        raise DirectoryError(DirectoryProblem.BAD_PATTERN, shown(value), MAX_PATTERN_CHARS)
    return value


@dataclass(frozen=True)
class DirectoryQuery:
    """Which computer objects to list.

    Attributes:
        base_dn: where to search (the domain, or an OU), whole subtree.
        name_pattern: ``cn`` pattern, ``*`` as wildcard (``PC-*``); None for all.
        os_pattern: ``operatingSystem`` pattern (``*Windows 10*``); None for all.
    """

    base_dn: str
    name_pattern: str | None = None
    os_pattern: str | None = None

    @classmethod
    def build(
        cls, base_dn: str, name_pattern: str | None = None, os_pattern: str | None = None
    ) -> DirectoryQuery:
        """Validate everything the user typed.

        Raises:
            DirectoryError: BAD_BASE or BAD_PATTERN.
        """
        return cls(validate_base_dn(base_dn), _pattern(name_pattern), _pattern(os_pattern))

    def ldap_filter(self) -> str:
        """``(&(objectClass=computer)(cn=…)(operatingSystem=…))`` with every value escaped."""
        parts = ["(objectClass=computer)"]
        if self.name_pattern:
            parts.append(f"(cn={escape_filter_value(self.name_pattern, keep_wildcards=True)})")
        if self.os_pattern:
            value = escape_filter_value(self.os_pattern, keep_wildcards=True)
            parts.append(f"(operatingSystem={value})")
        return "(&" + "".join(parts) + ")"

    ATTRIBUTES = ("cn", "dNSHostName", "operatingSystem", "operatingSystemVersion")


@dataclass(frozen=True, slots=True)
class DirectoryComputer:
    """One computer object as the directory returned it."""

    dn: str
    name: str
    dns_host_name: str = ""
    operating_system: str = ""
    operating_system_version: str = ""


def inventory_from_computers(computers: Iterable[DirectoryComputer], source: str = "") -> Inventory:
    """The computers' DNS host names as an inventory (``cn`` when there is none)."""
    builder = InventoryBuilder(source)
    for index, computer in enumerate(computers, start=1):
        name = shown(computer.name, 64)
        host = computer.dns_host_name.strip() or computer.name.strip()
        if not computer.dns_host_name.strip() and is_valid_host_name(computer.name.strip()):
            builder.note_message(
                index,
                EntryProblem.NOT_HOST,
                msg(DirectoryProblem.NO_DNS_NAME.text, name, computer.name.strip().lower()),
                rejected=False,
            )
        checked = check_host(host)
        if checked.host is None:
            assert checked.problem is not None
            builder.note_message(
                index, checked.problem, msg(DirectoryProblem.BAD_ENTRY.text, name, shown(host))
            )
        else:
            builder.add(index, checked.host)
    return builder.build()
