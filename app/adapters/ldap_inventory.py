"""Computer objects from Active Directory (or any LDAP directory) through ldap3.

Why ldap3: pure Python (no OpenLDAP client libraries to ship in the Windows
build), supports simple, NTLM and anonymous binds, LDAPS and StartTLS, and the
simple paged results control AD needs past its 1,000-entry page limit.

Paging: the wizard asks for pages of 500 entries. AD caps a larger request
at its MaxPageSize silently, but other directories (OpenLDAP's ``size.pr``)
refuse it with adminLimitExceeded; the search is then asked again with pages
half as large, down to one entry, before the limit is reported.

Safety choices: TLS certificates are validated (a CA file may be given); a
simple bind over plain LDAP is refused unless the server is this computer
(it would send the password in clear). Over LDAPS or StartTLS every form of
the account — ``DOMAIN\\user``, ``user@domain``, a DN — binds with a simple
bind, which AD and Samba both accept inside TLS; NTLM (challenge/response) is
used only for ``DOMAIN\\user`` over plain ``ldap://``, the one case where it
is the better choice (Samba never accepts it: it drops the connection).
Referrals are never followed: ldap3 would bind again, with the same
password, to whatever host the referral names, in clear for an ``ldap://``
URL; a referral is reported instead. The filter comes from
:meth:`app.domain.inventory_ad.DirectoryQuery.ldap_filter`, which escapes every
value typed by the user. Failures become a :class:`DirectoryError` with a
translatable reason and the fix, never ldap3's own text alone, and never the
password.
"""

from __future__ import annotations

import ast
import contextlib
import math
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urlsplit

from ldap3 import ANONYMOUS, NONE, NTLM, SIMPLE, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import (
    LDAPAdminLimitExceededResult,
    LDAPBindError,
    LDAPException,
    LDAPInvalidCredentialsResult,
    LDAPNoSuchObjectResult,
    LDAPOperationsErrorResult,
    LDAPSessionTerminatedByServerError,
    LDAPSizeLimitExceededResult,
    LDAPSocketOpenError,
    LDAPSocketReceiveError,
    LDAPSSLConfigurationError,
    LDAPStartTLSError,
    LDAPStrongerAuthRequiredResult,
)

from app.adapters.local_files import readable_file
from app.adapters.winrm_runner import is_loopback
from app.domain.inventory import MAX_HOSTS
from app.domain.inventory import shown as shown_text
from app.domain.inventory_ad import (
    GLOBAL_CATALOG_TLS_PORT,
    DirectoryComputer,
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
    bind_refusal,
)

PAGE_SIZE = 500
MIN_PAGE_SIZE = 1  # the smallest page asked for before the server's limit is reported
DEFAULT_TIMEOUT = 15.0
RESULT_REFERRAL = 10  # RFC 4511 4.1.9
TLS_PORTS = (636, GLOBAL_CATALOG_TLS_PORT)
# What ssl and ldap3 say when the other end is no TLS server (it resets, closes, or
# answers bytes that are no TLS record): the text is all ldap3 keeps of the error.
_NOT_TLS = re.compile(
    r"connection reset|errno 104|unexpected eof|eof occurred|wrong version number|"
    r"record layer failure|packet length too long|http request|unknown protocol",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"connection reset|errno 104|session terminated|connection closed", re.I)
# ldap3's hostname check: "certificate {…peer certificate…} doesn't match any name in […]".
_NAME_MISMATCH = "doesn't match any name"
_SAN_DNS = re.compile(r"\('DNS', '([^']{1,253})'\)")
_COMMON_NAME = re.compile(r"\('commonName', '([^']{1,253})'\)")


class _Step(Enum):
    """Where the conversation was when it failed (the same error means different things)."""

    CONNECT = "connect"
    START_TLS = "start_tls"
    BIND = "bind"
    SEARCH = "search"


@dataclass(frozen=True)
class DirectorySettings:
    """How to reach and bind to the directory.

    Attributes:
        server: host, port and whether it is LDAPS.
        user: a bind DN, ``user@domain`` (simple bind) or ``DOMAIN\\user`` (NTLM);
            None binds anonymously.
        password: never shown in ``repr`` or any message.
        start_tls: upgrade a plain ``ldap://`` connection with StartTLS.
        ca_file: PEM file of the CA(s) to trust for LDAPS or StartTLS (None: the system's).
        verify_tls: certificate validation (on by default).
        timeout: connect and per-answer time-out in seconds.
        page_size: entries per page (AD answers at most 1,000 per page); halved while
            the server refuses it.
    """

    server: DirectoryServer
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    start_tls: bool = False
    ca_file: str | None = None
    verify_tls: bool = True
    timeout: float = DEFAULT_TIMEOUT
    page_size: int = PAGE_SIZE

    @property
    def encrypted(self) -> bool:
        return self.server.tls or self.start_tls

    @property
    def ntlm(self) -> bool:
        """NTLM only for ``DOMAIN\\user`` over plain LDAP; inside TLS, a simple bind."""
        return bool(self.user) and "\\" in (self.user or "") and not self.encrypted


class LdapDirectory:
    """Lists computer objects for a :class:`DirectoryQuery`."""

    def __init__(self, settings: DirectorySettings) -> None:
        self.settings = settings
        self._step = _Step.CONNECT

    def computers(self, query: DirectoryQuery) -> list[DirectoryComputer]:
        """Every computer object matching ``query`` (paged; at most the inventory limit).

        Disabled accounts are returned too, with their ``userAccountControl``:
        :func:`~app.domain.inventory_ad.listing_from_computers` leaves them out or marks them.

        Raises:
            DirectoryError: unreachable, credentials, TLS or CA file, no such base, a
                server limit, or another failure.
        """
        settings = self.settings
        shown = settings.server.display
        if (
            settings.user
            and not settings.ntlm
            and not settings.encrypted
            and not is_loopback(settings.server.host)
        ):
            raise DirectoryError(DirectoryProblem.INSECURE, shown)
        if settings.encrypted and settings.ca_file and not readable_file(settings.ca_file):
            raise DirectoryError(DirectoryProblem.CA_FILE, shown_text(settings.ca_file, 200))
        try:
            connection = self._connection()
        except LDAPSSLConfigurationError as problem:
            raise DirectoryError(DirectoryProblem.TLS, shown, _safe(problem, settings)) from None
        self._step = _Step.CONNECT
        try:
            self._open(connection)
            self._step = _Step.SEARCH
            return self._search_in_pages(connection, query)
        except DirectoryError:
            raise
        except (LDAPException, OSError, ssl.SSLError) as problem:
            raise self._explained(problem, connection, query) from None
        finally:
            with contextlib.suppress(LDAPException, OSError):
                connection.unbind()

    def _explained(
        self, problem: BaseException, connection: Connection, query: DirectoryQuery
    ) -> DirectoryError:
        """ldap3's exception as a translated problem with its fix, by what failed and when."""
        settings = self.settings
        shown = settings.server.display
        text = _full_text(problem, settings)
        step = self._step
        if isinstance(problem, LDAPNoSuchObjectResult):
            return DirectoryError(DirectoryProblem.NO_SUCH_BASE, query.base_dn)
        if isinstance(problem, LDAPInvalidCredentialsResult | LDAPBindError):
            diagnostic = str((connection.result or {}).get("message") or "") + " " + text
            return DirectoryError(bind_refusal(diagnostic), shown)
        if isinstance(problem, LDAPStrongerAuthRequiredResult):
            return DirectoryError(DirectoryProblem.STRONGER_AUTH, shown)
        if isinstance(problem, LDAPOperationsErrorResult) and not settings.user:
            # AD: "000004DC: … a successful bind must be completed"; Samba: "00002020:
            # Operation unavailable without authentication".
            return DirectoryError(DirectoryProblem.ANONYMOUS_REFUSED, shown)
        if _NAME_MISMATCH in text:
            names = _certificate_names(text)
            issued_to = ", ".join(names) if names else "?"
            return DirectoryError(
                DirectoryProblem.CERTIFICATE_NAME,
                shown,
                issued_to,
                settings.server.host,
                fix_args=(
                    DirectoryServer(names[0], settings.server.port, settings.server.tls).display
                    if names
                    else "…",
                ),
            )
        closed = isinstance(
            problem, LDAPSessionTerminatedByServerError | LDAPSocketReceiveError
        ) or bool(_CLOSED.search(text))
        if (
            closed
            and not settings.server.tls
            and settings.server.port in TLS_PORTS
            and step in (_Step.START_TLS, _Step.BIND, _Step.SEARCH)
        ):
            return DirectoryError(
                DirectoryProblem.TLS_PORT_WITHOUT_TLS, shown, settings.server.port
            )
        if step is _Step.BIND and settings.ntlm and closed:
            return DirectoryError(DirectoryProblem.NTLM_REFUSED, shown)
        tls_handshake = (settings.server.tls and step is _Step.CONNECT) or (step is _Step.START_TLS)
        if tls_handshake and "certificate" not in text.lower() and _NOT_TLS.search(text):
            return DirectoryError(DirectoryProblem.NO_TLS_ON_PORT, shown, settings.server.port)
        short = _safe(problem, settings)
        if isinstance(problem, LDAPSSLConfigurationError | LDAPStartTLSError | ssl.SSLError):
            return DirectoryError(DirectoryProblem.TLS, shown, short)
        if isinstance(problem, LDAPSocketOpenError):
            if "certificate" in text.lower() or "ssl" in text.lower():
                return DirectoryError(DirectoryProblem.TLS, shown, short)
            return DirectoryError(DirectoryProblem.UNREACHABLE, shown, short)
        return DirectoryError(DirectoryProblem.FAILED, short)

    def _connection(self) -> Connection:
        settings = self.settings
        tls = Tls(
            validate=ssl.CERT_REQUIRED if settings.verify_tls else ssl.CERT_NONE,
            # Only TLS reads it: plain LDAP ignores a CA file (ldap3 would still open it).
            ca_certs_file=settings.ca_file if settings.encrypted else None,
            version=ssl.PROTOCOL_TLS_CLIENT,
        )
        server = Server(
            settings.server.host,
            port=settings.server.port,
            use_ssl=settings.server.tls,
            tls=tls,
            get_info=NONE,
            connect_timeout=_whole_seconds(settings.timeout),
        )
        if not settings.user:
            authentication = ANONYMOUS
        elif settings.ntlm:
            authentication = NTLM
        else:
            authentication = SIMPLE
        return Connection(
            server,
            user=settings.user or None,
            password=settings.password if settings.user else None,
            authentication=authentication,
            auto_bind=False,
            read_only=True,
            # Never bind again, with this password, to a host a referral names (see the
            # module's doc): a referral is reported by _search_in_pages instead.
            auto_referrals=False,
            # ldap3 packs this into SO_RCVTIMEO with struct: it must be an int.
            receive_timeout=_whole_seconds(settings.timeout),
            raise_exceptions=True,
        )

    def _open(self, connection: Connection) -> None:
        self._step = _Step.CONNECT
        connection.open()
        if self.settings.start_tls and not self.settings.server.tls:
            self._step = _Step.START_TLS
            connection.start_tls()
        self._step = _Step.BIND
        connection.bind()

    def _search_in_pages(
        self, connection: Connection, query: DirectoryQuery
    ) -> list[DirectoryComputer]:
        """Every entry, in pages as large as the server allows (see the module's doc).

        Raises:
            DirectoryError: LIMIT when even the smallest page, or the search as a
                whole, goes past the server's limits.
        """
        page_size = max(MIN_PAGE_SIZE, self.settings.page_size)
        while True:
            computers: list[DirectoryComputer] = []
            try:
                for computer in self._search(connection, query, page_size):
                    computers.append(computer)
            except LDAPAdminLimitExceededResult:
                # Refused on the first page: the page size is over the limit. Refused
                # later, the limit is on the search as a whole and smaller pages won't help.
                if computers or page_size <= MIN_PAGE_SIZE:
                    raise DirectoryError(
                        DirectoryProblem.LIMIT, self.settings.server.display, "adminLimitExceeded"
                    ) from None
                page_size = max(MIN_PAGE_SIZE, page_size // 2)
                continue
            except LDAPSizeLimitExceededResult:
                raise DirectoryError(
                    DirectoryProblem.LIMIT, self.settings.server.display, "sizeLimitExceeded"
                ) from None
            self._refuse_referral(connection, query)
            return computers

    def _refuse_referral(self, connection: Connection, query: DirectoryQuery) -> None:
        """A referral (result 10) ends the search without an error in ldap3: report it."""
        result = connection.result or {}
        if result.get("result") != RESULT_REFERRAL:
            return
        hosts = [_referral_host(url) for url in result.get("referrals") or []]
        host = next((h for h in hosts if h), "?")
        raise DirectoryError(
            DirectoryProblem.REFERRAL, shown_text(query.base_dn, 200), host, fix_args=(host,)
        )

    def _search(
        self, connection: Connection, query: DirectoryQuery, page_size: int
    ) -> Iterator[DirectoryComputer]:
        entries = connection.extend.standard.paged_search(
            search_base=query.base_dn,
            search_filter=query.ldap_filter(),
            search_scope=SUBTREE,
            attributes=list(DirectoryQuery.ATTRIBUTES),
            paged_size=page_size,
            generator=True,
        )
        count = 0
        for entry in entries:
            if entry.get("type") != "searchResEntry":
                continue
            attributes = entry.get("attributes") or {}
            count += 1
            if count > MAX_HOSTS:
                return
            yield DirectoryComputer(
                dn=str(entry.get("dn") or ""),
                name=_first(attributes.get("cn")),
                dns_host_name=_first(attributes.get("dNSHostName")),
                operating_system=_first(attributes.get("operatingSystem")),
                operating_system_version=_first(attributes.get("operatingSystemVersion")),
                user_account_control=_integer(attributes.get("userAccountControl")),
                object_classes=_lower_all(attributes.get("objectClass")),
            )


def _integer(value: object) -> int | None:
    """userAccountControl as ldap3 gives it (an int, or its text, alone or in a list)."""
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="replace")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _lower_all(value: object) -> tuple[str, ...]:
    values = value if isinstance(value, list | tuple) else [value] if value else []
    return tuple(str(v).lower() for v in values)


def _referral_host(url: object) -> str:
    """``ldap://other.example.com/DC=other…`` → ``other.example.com`` (shown, never contacted)."""
    try:
        parts = urlsplit(str(url))
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return ""
    shown = shown_text(host, 253)
    return f"{shown}:{port}" if host and port else shown


def _certificate_names(text: str) -> list[str]:
    """The DNS names (else the common name) of the certificate ldap3's mismatch text shows."""
    names = _SAN_DNS.findall(text) or _COMMON_NAME.findall(text)
    return [shown_text(name, 253) for name in dict.fromkeys(names)]


def _whole_seconds(seconds: float) -> int:
    return max(1, math.ceil(seconds))


def _first(value: object) -> str:
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return value if isinstance(value, str) else ""


def _unwrapped(text: str) -> str:
    """ldap3 wraps socket errors in tuples of tuples: ``("('socket ssl wrapping error: …',)",)``."""
    for _ in range(4):
        if not (text.startswith("(") and text.endswith(",)")):
            break
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            break
        if not (isinstance(value, tuple) and len(value) == 1 and isinstance(value[0], str)):
            break
        text = value[0]
    return text


def _full_text(problem: BaseException, settings: DirectorySettings) -> str:
    """ldap3's whole text, unwrapped, the password masked (read, not shown: see _safe)."""
    text = _unwrapped(str(problem)) or type(problem).__name__
    if settings.password:
        text = text.replace(settings.password, "***")
    return text


def _safe(problem: BaseException, settings: DirectorySettings) -> str:
    return _full_text(problem, settings)[:300]
