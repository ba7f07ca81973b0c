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
(it would send the password in clear) — use ``ldaps://``, StartTLS, or a
``DOMAIN\\user`` account (NTLM, challenge/response). The filter comes from
:meth:`app.domain.inventory_ad.DirectoryQuery.ldap_filter`, which escapes every
value typed by the user. Failures become a :class:`DirectoryError` with a
translatable reason and never the password.
"""

from __future__ import annotations

import ast
import contextlib
import math
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field

from ldap3 import ANONYMOUS, NONE, NTLM, SIMPLE, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import (
    LDAPAdminLimitExceededResult,
    LDAPBindError,
    LDAPException,
    LDAPInvalidCredentialsResult,
    LDAPNoSuchObjectResult,
    LDAPSizeLimitExceededResult,
    LDAPSocketOpenError,
    LDAPSSLConfigurationError,
    LDAPStartTLSError,
)

from app.adapters.local_files import readable_file
from app.adapters.winrm_runner import is_loopback
from app.domain.inventory import MAX_HOSTS
from app.domain.inventory import shown as shown_text
from app.domain.inventory_ad import (
    DirectoryComputer,
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
)

PAGE_SIZE = 500
MIN_PAGE_SIZE = 1  # the smallest page asked for before the server's limit is reported
DEFAULT_TIMEOUT = 15.0


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
        return bool(self.user) and "\\" in (self.user or "")


class LdapDirectory:
    """Lists computer objects for a :class:`DirectoryQuery`."""

    def __init__(self, settings: DirectorySettings) -> None:
        self.settings = settings

    def computers(self, query: DirectoryQuery) -> list[DirectoryComputer]:
        """Every computer object matching ``query`` (paged; at most the inventory limit).

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
        try:
            self._open(connection)
            return self._search_in_pages(connection, query)
        except DirectoryError:
            raise
        except LDAPNoSuchObjectResult:
            raise DirectoryError(DirectoryProblem.NO_SUCH_BASE, query.base_dn) from None
        except (LDAPInvalidCredentialsResult, LDAPBindError):
            raise DirectoryError(DirectoryProblem.CREDENTIALS, shown) from None
        except (LDAPSSLConfigurationError, LDAPStartTLSError, ssl.SSLError) as problem:
            raise DirectoryError(DirectoryProblem.TLS, shown, _safe(problem, settings)) from None
        except LDAPSocketOpenError as problem:
            text = _safe(problem, settings)
            if "certificate" in text.lower() or "ssl" in text.lower():
                raise DirectoryError(DirectoryProblem.TLS, shown, text) from None
            raise DirectoryError(DirectoryProblem.UNREACHABLE, shown, text) from None
        except (LDAPException, OSError) as problem:
            raise DirectoryError(DirectoryProblem.FAILED, _safe(problem, settings)) from None
        finally:
            with contextlib.suppress(LDAPException, OSError):
                connection.unbind()

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
            # ldap3 packs this into SO_RCVTIMEO with struct: it must be an int.
            receive_timeout=_whole_seconds(settings.timeout),
            raise_exceptions=True,
        )

    def _open(self, connection: Connection) -> None:
        connection.open()
        if self.settings.start_tls and not self.settings.server.tls:
            connection.start_tls()
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
            return computers

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
            )



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


def _safe(problem: BaseException, settings: DirectorySettings) -> str:
    text = _unwrapped(str(problem)) or type(problem).__name__
    if settings.password:
        text = text.replace(settings.password, "***")
    return text[:300]
