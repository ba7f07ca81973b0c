"""Computers from Active Directory: the query (pure) and how its answers become an inventory.

The LDAP conversation itself is an adapter (``app.adapters.ldap_inventory``,
ldap3); this module decides *what* is asked and checks everything the user
types before it goes into a filter: the search base (an OU's distinguished
name), a name pattern and an operating-system pattern, both with ``*`` as the
only wildcard. Every other character is escaped as RFC 4515 requires
(``(`` → ``\\28``…), so a pattern such as ``*)(objectClass=*`` cannot widen
the search. Answers are computer objects (``objectCategory=computer``, as AD's
own tools ask: ``objectClass=computer`` would also match managed service
accounts, whose classes derive from ``computer``); disabled accounts are left
out unless asked for, and marked when listed. ``dNSHostName`` is the name to
contact, and an object without one falls back to its ``cn`` with a note. A
listing keeps, beside the inventory, each host's operating system and OU, so
the names can be checked before a scan.

How AD refuses a bind is read here too (:func:`bind_refusal`): the
diagnostic message carries a Win32 sub-code (``… AcceptSecurityContext error,
data 775, v1db1``) that names the cause, as listed in Microsoft's "LDAP
error codes" for Active Directory (data 52e, 525, 530, 531, 532, 533, 701,
773, 775).
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
GLOBAL_CATALOG_PORT = 3268
GLOBAL_CATALOG_TLS_PORT = 3269
# userAccountControl's ACCOUNTDISABLE flag (MS-ADTS 2.2.16).
ACCOUNT_DISABLED_FLAG = 0x2
# Classes derived from computer that are accounts of services, not machines.
MANAGED_SERVICE_ACCOUNT_CLASSES = frozenset(
    {"msds-groupmanagedserviceaccount", "msds-managedserviceaccount"}
)
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
        "A simple bind over plain LDAP would send the password in clear to %1. Use ldaps:// or "
        "StartTLS. Over plain LDAP only a DOMAIN\\user account can bind (NTLM), and Samba "
        "domain controllers do not accept it.",
    )
    UNREACHABLE = QT_TRANSLATE_NOOP("Directory", "The directory server %1 could not be reached: %2")
    CREDENTIALS = QT_TRANSLATE_NOOP(
        "Directory", "The directory server %1 rejected the user name or password."
    )
    ACCOUNT_LOCKED = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 refused the account: it is locked out after too many wrong "
        "passwords.",
    )
    ACCOUNT_DISABLED = QT_TRANSLATE_NOOP(
        "Directory", "The directory server %1 refused the account: it is disabled."
    )
    ACCOUNT_EXPIRED = QT_TRANSLATE_NOOP(
        "Directory", "The directory server %1 refused the account: it has expired."
    )
    PASSWORD_EXPIRED = QT_TRANSLATE_NOOP(
        "Directory", "The directory server %1 refused the account: its password has expired."
    )
    MUST_CHANGE_PASSWORD = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 refused the account: its password must be changed before it "
        "can be used.",
    )
    ACCOUNT_RESTRICTED = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 refused the account: it may not sign in at this time or from "
        "this computer.",
    )
    STRONGER_AUTH = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 accepts this bind only over an encrypted or signed connection.",
    )
    NTLM_REFUSED = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 closed the connection during the NTLM bind of a DOMAIN\\user "
        "account: it does not accept NTLM binds (Samba domain controllers never do).",
    )
    ANONYMOUS_REFUSED = QT_TRANSLATE_NOOP(
        "Directory", "The directory server %1 does not allow anonymous searches."
    )
    REFERRAL = QT_TRANSLATE_NOOP(
        "Directory",
        "The search base “%1” belongs to another domain: the directory server refers to %2, "
        "which was not contacted.",
    )
    CERTIFICATE_NAME = QT_TRANSLATE_NOOP(
        "Directory",
        "The certificate of the directory server %1 is issued to %2, not to %3.",
    )
    NO_TLS_ON_PORT = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 does not speak TLS on port %2: it closed the connection at the "
        "start of the TLS handshake.",
    )
    TLS_PORT_WITHOUT_TLS = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 closed the connection: port %2 expects TLS from the first "
        "byte (LDAPS), not plain LDAP.",
    )
    NOTHING_FOUND = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory has no computer under “%1” with the name “%2” and the operating "
        "system “%3”.",
    )
    ONLY_DISABLED_FOUND = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory has no enabled computer under “%1” with the name “%2” and the "
        "operating system “%3”. Disabled computer accounts that match: %4.",
    )
    DISABLED_LEFT_OUT = QT_TRANSLATE_NOOP(
        "Directory", "Computer %1 is disabled in the directory; it was left out."
    )
    NO_SUCH_BASE = QT_TRANSLATE_NOOP(
        "Directory", "The search base “%1” does not exist in the directory."
    )
    TLS = QT_TRANSLATE_NOOP(
        "Directory", "The certificate of the directory server %1 could not be verified: %2."
    )
    CA_FILE = QT_TRANSLATE_NOOP("Directory", "The CA file %1 cannot be read.")
    LIMIT = QT_TRANSLATE_NOOP(
        "Directory",
        "The directory server %1 ended the search at one of its limits (%2), so the computers "
        "could not all be listed.",
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


class DirectoryFix(TextEnum):
    """What to do about a :class:`DirectoryProblem` (translatable).

    Written for every place the error is shown, so no command-line option is
    named: the command line adds its own (``--ad-ca-file``), the window has its
    "CA file" field beside the error.
    """

    TLS = QT_TRANSLATE_NOOP(
        "Directory",
        "Trust the directory's certification authority on this computer, or give its CA file.",
    )
    CA_FILE = QT_TRANSLATE_NOOP(
        "Directory",
        "Give the PEM file of the certification authority that issued the directory "
        "server's certificate.",
    )
    CREDENTIALS = QT_TRANSLATE_NOOP(
        "Directory",
        "Check the user name and its form (DOMAIN\\user, user@domain.example or the "
        "distinguished name), the password, and that the account is neither locked nor expired.",
    )
    LIMIT = QT_TRANSLATE_NOOP(
        "Directory",
        "Narrow the search (an OU as the search base, or a name filter), or ask the "
        "directory's administrators to raise this account's limits for paged searches.",
    )
    ACCOUNT_LOCKED = QT_TRANSLATE_NOOP(
        "Directory",
        "Wait until the lock-out ends or ask a domain administrator to unlock the account: "
        "until then even the right password is refused.",
    )
    ACCOUNT_DISABLED = QT_TRANSLATE_NOOP(
        "Directory", "Use another account, or ask a domain administrator to enable this one."
    )
    ACCOUNT_EXPIRED = QT_TRANSLATE_NOOP(
        "Directory",
        "Use another account, or ask a domain administrator to extend this one's expiry date.",
    )
    NEW_PASSWORD = QT_TRANSLATE_NOOP(
        "Directory",
        "Set a new password for the account (sign in to Windows with it, or ask a domain "
        "administrator), then try again.",
    )
    ACCOUNT_RESTRICTED = QT_TRANSLATE_NOOP(
        "Directory",
        "Use another account, or ask a domain administrator to check this one's logon hours "
        "and the computers it may sign in from.",
    )
    ENCRYPTED = QT_TRANSLATE_NOOP(
        "Directory",
        "Connect with ldaps:// (port 636) or with StartTLS on ldap:// (port 389): the same "
        "account then binds over the encrypted connection.",
    )
    NTLM_REFUSED = QT_TRANSLATE_NOOP(
        "Directory",
        "Connect with ldaps:// or with StartTLS: over an encrypted connection every form of "
        "the account (DOMAIN\\user, user@domain, distinguished name) binds with its password.",
    )
    ANONYMOUS_REFUSED = QT_TRANSLATE_NOOP(
        "Directory",
        "Give a user of the domain and its password: any domain user may list the computers.",
    )
    REFERRAL = QT_TRANSLATE_NOOP(
        "Directory",
        "Point the directory address at a domain controller of that domain (%1), or correct "
        "the search base's DC= parts.",
    )
    CERTIFICATE_NAME = QT_TRANSLATE_NOOP(
        "Directory",
        "Connect with the name the certificate is issued to: %1 (this computer must resolve "
        "that name).",
    )
    WRONG_PORT = QT_TRANSLATE_NOOP(
        "Directory",
        "Match the port to the address: ldaps:// is port 636 (3269 for the Global Catalog), "
        "ldap:// with or without StartTLS is port 389 (3268).",
    )
    NOTHING_FOUND = QT_TRANSLATE_NOOP(
        "Directory",
        "Check the search base (the domain, such as DC=example,DC=com, or one of its OUs) "
        "and the filters: the name filter matches the computer's name (PC-01), not its DNS "
        "name (pc-01.example.com) nor its account name (PC-01$).",
    )
    ONLY_DISABLED_FOUND = QT_TRANSLATE_NOOP(
        "Directory",
        "Include the disabled computers to list them, or check the search base and the filters.",
    )


_FIXES = {
    DirectoryProblem.TLS: DirectoryFix.TLS,
    DirectoryProblem.CA_FILE: DirectoryFix.CA_FILE,
    DirectoryProblem.CREDENTIALS: DirectoryFix.CREDENTIALS,
    DirectoryProblem.LIMIT: DirectoryFix.LIMIT,
    DirectoryProblem.ACCOUNT_LOCKED: DirectoryFix.ACCOUNT_LOCKED,
    DirectoryProblem.ACCOUNT_DISABLED: DirectoryFix.ACCOUNT_DISABLED,
    DirectoryProblem.ACCOUNT_EXPIRED: DirectoryFix.ACCOUNT_EXPIRED,
    DirectoryProblem.PASSWORD_EXPIRED: DirectoryFix.NEW_PASSWORD,
    DirectoryProblem.MUST_CHANGE_PASSWORD: DirectoryFix.NEW_PASSWORD,
    DirectoryProblem.ACCOUNT_RESTRICTED: DirectoryFix.ACCOUNT_RESTRICTED,
    DirectoryProblem.STRONGER_AUTH: DirectoryFix.ENCRYPTED,
    DirectoryProblem.NTLM_REFUSED: DirectoryFix.NTLM_REFUSED,
    DirectoryProblem.ANONYMOUS_REFUSED: DirectoryFix.ANONYMOUS_REFUSED,
    DirectoryProblem.REFERRAL: DirectoryFix.REFERRAL,
    DirectoryProblem.CERTIFICATE_NAME: DirectoryFix.CERTIFICATE_NAME,
    DirectoryProblem.NO_TLS_ON_PORT: DirectoryFix.WRONG_PORT,
    DirectoryProblem.TLS_PORT_WITHOUT_TLS: DirectoryFix.WRONG_PORT,
    DirectoryProblem.NOTHING_FOUND: DirectoryFix.NOTHING_FOUND,
    DirectoryProblem.ONLY_DISABLED_FOUND: DirectoryFix.ONLY_DISABLED_FOUND,
}

# AD's bind sub-codes ("data 775" in the diagnostic message), Microsoft's "LDAP
# error codes" for Active Directory; 52e (bad password) and 525 (no such user)
# stay the plain credentials problem, as Windows keeps them apart only in its logs.
_BIND_SUB_CODES = {
    "775": DirectoryProblem.ACCOUNT_LOCKED,
    "533": DirectoryProblem.ACCOUNT_DISABLED,
    "701": DirectoryProblem.ACCOUNT_EXPIRED,
    "532": DirectoryProblem.PASSWORD_EXPIRED,
    "773": DirectoryProblem.MUST_CHANGE_PASSWORD,
    "530": DirectoryProblem.ACCOUNT_RESTRICTED,
    "531": DirectoryProblem.ACCOUNT_RESTRICTED,
}
_SUB_CODE = re.compile(r"\bdata ([0-9a-fA-F]{3,8})\b")


def bind_refusal(diagnostic: str) -> DirectoryProblem:
    """Why AD refused a bind, from its diagnostic message (``… data 775, v1db1``)."""
    found = _SUB_CODE.search(diagnostic or "")
    code = found.group(1).lower() if found else ""
    return _BIND_SUB_CODES.get(code, DirectoryProblem.CREDENTIALS)


class DirectoryError(Exception):
    """The directory could not be asked.

    Attributes:
        problem: what went wrong.
        message: why, for the user (translatable, no secret).
        fix: what to do, when the problem has a fix of its own (None when
            ``message`` already says it, or nothing but trying again helps).
    """

    def __init__(
        self, problem: DirectoryProblem, *args: object, fix_args: tuple[object, ...] = ()
    ) -> None:
        self.problem = problem
        self.message: Message = msg(problem.text, *args)
        fix = _FIXES.get(problem)
        self.fix: Message | None = msg(fix.text, *fix_args) if fix is not None else None
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
        include_disabled: also list disabled computer accounts (marked as such).
    """

    base_dn: str
    name_pattern: str | None = None
    os_pattern: str | None = None
    include_disabled: bool = False

    @classmethod
    def build(
        cls,
        base_dn: str,
        name_pattern: str | None = None,
        os_pattern: str | None = None,
        *,
        include_disabled: bool = False,
    ) -> DirectoryQuery:
        """Validate everything the user typed.

        Raises:
            DirectoryError: BAD_BASE or BAD_PATTERN.
        """
        return cls(
            validate_base_dn(base_dn),
            _pattern(name_pattern),
            _pattern(os_pattern),
            include_disabled,
        )

    def ldap_filter(self) -> str:
        """``(&(objectCategory=computer)(cn=…)(operatingSystem=…))``, every value escaped.

        Disabled accounts are told apart on this side, from ``userAccountControl``: the
        listing counts and marks them (AD's bitwise matching rule would hide them).
        """
        parts = ["(objectCategory=computer)"]
        if self.name_pattern:
            parts.append(f"(cn={escape_filter_value(self.name_pattern, keep_wildcards=True)})")
        if self.os_pattern:
            value = escape_filter_value(self.os_pattern, keep_wildcards=True)
            parts.append(f"(operatingSystem={value})")
        return "(&" + "".join(parts) + ")"

    ATTRIBUTES = (
        "cn",
        "dNSHostName",
        "operatingSystem",
        "operatingSystemVersion",
        "userAccountControl",
        "objectClass",
    )

    def shown_filters(self) -> tuple[str, str]:
        """The name and OS patterns as typed (``*`` when there is none), for messages."""
        return shown(self.name_pattern or "*", 80), shown(self.os_pattern or "*", 80)


@dataclass(frozen=True, slots=True)
class DirectoryComputer:
    """One computer object as the directory returned it.

    ``user_account_control`` is None when the directory did not return it;
    ``object_classes`` are the object's classes, lower case.
    """

    dn: str
    name: str
    dns_host_name: str = ""
    operating_system: str = ""
    operating_system_version: str = ""
    user_account_control: int | None = None
    object_classes: tuple[str, ...] = ()

    @property
    def disabled(self) -> bool:
        return bool((self.user_account_control or 0) & ACCOUNT_DISABLED_FLAG)

    @property
    def managed_service_account(self) -> bool:
        """A (group) managed service account: a computer by class, not a machine."""
        return not MANAGED_SERVICE_ACCOUNT_CLASSES.isdisjoint(self.object_classes)


@dataclass(frozen=True, slots=True)
class ListedComputer:
    """One host of a directory listing, as shown to be checked before a scan.

    Attributes:
        host: the name that will be contacted (as in the inventory).
        operating_system: ``operatingSystem`` and its version, when the directory has them.
        container: the OU (or container) path under the domain, outermost first
            (``Clients/Paris``); "" directly under the domain.
        disabled: the computer's account is disabled in the directory (listed only
            when disabled accounts were asked for).
    """

    host: str
    operating_system: str = ""
    container: str = ""
    disabled: bool = False


@dataclass(frozen=True)
class DirectoryListing:
    """A directory search's inventory and, for each of its hosts in order, what was listed."""

    inventory: Inventory
    computers: tuple[ListedComputer, ...] = ()


def _unescape_rdn_value(value: str) -> str:
    """``\\,`` and ``\\2C`` (RFC 4514 escapes) read back as the characters they stand for."""
    out = bytearray()
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            pair = value[i + 1 : i + 3]
            if len(pair) == 2 and all(c in "0123456789abcdefABCDEF" for c in pair):
                out.append(int(pair, 16))
                i += 3
                continue
            out.extend(value[i + 1].encode("utf-8"))
            i += 2
            continue
        out.extend(char.encode("utf-8"))
        i += 1
    return out.decode("utf-8", errors="replace")


def container_of(dn: str) -> str:
    """The OUs and containers above the object in ``dn``, outermost first, ``/`` between.

    ``CN=PC1,OU=Paris,OU=Clients,DC=example,DC=com`` → ``Clients/Paris``; the
    domain's own ``DC=`` parts are left out.
    """
    names = []
    for rdn in _split_rdns(dn)[1:]:
        attribute, sep, value = rdn.partition("=")
        if not sep or attribute.strip().lower() == "dc":
            continue
        names.append(shown(_unescape_rdn_value(value.strip()), 64))
    return "/".join(reversed(names))


def _system(computer: DirectoryComputer) -> str:
    parts = (computer.operating_system.strip(), computer.operating_system_version.strip())
    return shown(" ".join(part for part in parts if part), 80)


def listing_from_computers(
    computers: Iterable[DirectoryComputer],
    source: str = "",
    query: DirectoryQuery | None = None,
) -> DirectoryListing:
    """The computers as an inventory, and each host taken with its operating system and OU.

    A computer's DNS host name is the host (its ``cn`` when there is none, with
    a note); what is not a host name is left out, with a note. Managed service
    accounts are never taken; disabled accounts only with ``query.include_disabled``
    (marked), else left out with a note.

    Raises:
        DirectoryError: NOTHING_FOUND or ONLY_DISABLED_FOUND, with ``query``, when
            the directory returned no computer to take.
    """
    builder = InventoryBuilder(source)
    listed: list[ListedComputer] = []
    include_disabled = query.include_disabled if query is not None else False
    taken_any = False
    disabled_left_out = 0
    for index, computer in enumerate(computers, start=1):
        name = shown(computer.name, 64)
        if computer.managed_service_account:
            continue
        if computer.disabled and not include_disabled:
            disabled_left_out += 1
            builder.note_message(
                index,
                EntryProblem.NOT_HOST,
                msg(DirectoryProblem.DISABLED_LEFT_OUT.text, name),
                rejected=False,
            )
            continue
        taken_any = True
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
            taken = builder.add(index, checked.host)
            if taken is not None:
                listed.append(
                    ListedComputer(
                        taken, _system(computer), container_of(computer.dn), computer.disabled
                    )
                )
    if query is not None and not taken_any:
        name_filter, os_filter = query.shown_filters()
        base = shown(query.base_dn, 200)
        if disabled_left_out:
            raise DirectoryError(
                DirectoryProblem.ONLY_DISABLED_FOUND,
                base,
                name_filter,
                os_filter,
                disabled_left_out,
            )
        raise DirectoryError(DirectoryProblem.NOTHING_FOUND, base, name_filter, os_filter)
    return DirectoryListing(builder.build(), tuple(listed))


def inventory_from_computers(
    computers: Iterable[DirectoryComputer],
    source: str = "",
    query: DirectoryQuery | None = None,
) -> Inventory:
    """The computers' DNS host names as an inventory (``cn`` when there is none)."""
    return listing_from_computers(computers, source, query).inventory
