"""The forest's activation objects over LDAP: schema check, list, delete (slmgr /ao-list, /del-ao).

The connection, the bind (simple / NTLM / anonymous), TLS and its checks are the AD
inventory's (:class:`app.adapters.ldap_inventory.LdapDirectory`), so every fix made there
(referrals, bind forms, certificate names) applies here too. What this module adds is
what slmgr.vbs does through ADSI: read the configuration naming context from the rootDSE,
look for the ``msSPP-ActivationObject`` class in the schema, list the container's children
of that class, and delete one after checking its class (app/domain/adba.py cites the
lines). A deletion is read back: the object must be gone.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from ldap3 import BASE, LEVEL, Connection
from ldap3.core.exceptions import (
    LDAPException,
    LDAPInsufficientAccessRightsResult,
    LDAPNoSuchObjectResult,
    LDAPSSLConfigurationError,
)

from app.adapters import ldap_inventory
from app.adapters.ldap_inventory import DirectorySettings, LdapDirectory
from app.adapters.local_files import readable_file
from app.adapters.winrm_runner import is_loopback
from app.domain.adba import (
    ACTIVATION_OBJECT_CLASS,
    LIST_ATTRIBUTES,
    ActivationObject,
    AdbaError,
    AdbaProblem,
    ForestSchema,
    container_dn,
    guid_from_windows_bytes,
    schema_dn,
)
from app.domain.inventory import shown as shown_text
from app.domain.inventory_ad import (
    DirectoryComputer,
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
)


class ActivationObjectDirectory:
    """ADBA's side of a forest's directory, reached with the AD inventory's settings."""

    def __init__(self, settings: DirectorySettings) -> None:
        self.settings = settings

    # --- the three operations ---------------------------------------------------------

    def schema(self) -> ForestSchema:
        """What the forest's schema and configuration say about ADBA.

        Raises:
            DirectoryError: the directory could not be asked.
        """
        with self._bound() as connection:
            config_nc = _configuration_nc(connection)
            version = _first_int(_read_base(connection, schema_dn(config_nc), "objectVersion"))
            connection.search(
                schema_dn(config_nc),
                # A constant filter: nothing typed by the user goes into it.
                f"(&(objectClass=classSchema)(lDAPDisplayName={ACTIVATION_OBJECT_CLASS}))",
                search_scope=LEVEL,
                attributes=["lDAPDisplayName"],
            )
            has_class = bool(_entries(connection))
            has_container = _exists(connection, container_dn(config_nc))
            return ForestSchema(config_nc, version, has_class, has_container)

    def list(self) -> tuple[str, list[ActivationObject]]:
        """(container DN, the activation objects in it), sorted by name.

        Raises:
            AdbaError: NO_CONTAINER (slmgr /ao-list: "not supported in the current Active
                Directory schema").
            DirectoryError: the directory could not be asked.
        """
        with self._bound() as connection:
            container = container_dn(_configuration_nc(connection))
            try:
                connection.search(
                    container,
                    f"(objectClass={ACTIVATION_OBJECT_CLASS})",
                    search_scope=LEVEL,
                    attributes=list(LIST_ATTRIBUTES),
                )
            except LDAPNoSuchObjectResult:
                raise AdbaError(AdbaProblem.NO_CONTAINER, container) from None
            objects = [_activation_object(entry) for entry in _entries(connection)]
            return container, sorted(objects, key=lambda o: (o.shown_name.lower(), o.dn))

    def configuration_nc(self) -> str:
        with self._bound() as connection:
            return _configuration_nc(connection)

    def computers(self, base_dn: str | None = None) -> tuple[str, list[DirectoryComputer]]:
        """(the search base, the computer objects under it): the AD inventory's own search,
        from the domain (rootDSE ``defaultNamingContext``) when no base is given.

        Raises:
            DirectoryError: the directory could not be asked.
        """
        if not base_dn:
            with self._bound() as connection:
                base_dn = _read_base(connection, "", "defaultNamingContext")
        return base_dn, LdapDirectory(self.settings).computers(DirectoryQuery.build(base_dn))

    def remove(self, dn: str) -> ActivationObject:
        """Delete the activation object ``dn`` (a DN from :func:`app.domain.adba.object_dn_for`)
        and check it is gone.

        Raises:
            AdbaError: NOT_FOUND, NOT_AN_ACTIVATION_OBJECT, ACCESS_DENIED, STILL_THERE.
            DirectoryError: the directory could not be asked.
        """
        with self._bound(writable=True) as connection:
            try:
                connection.search(
                    dn, "(objectClass=*)", search_scope=BASE,
                    attributes=["objectClass", *LIST_ATTRIBUTES],
                )
            except LDAPNoSuchObjectResult:
                raise AdbaError(AdbaProblem.NOT_FOUND, dn) from None
            found = _entries(connection)
            if not found:
                raise AdbaError(AdbaProblem.NOT_FOUND, dn)
            classes = [_decoded(c).lower() for c in _values(found[0], "objectClass")]
            if not classes:
                # Listed but unreadable: the account lacks read rights there (a Samba DC
                # gives Authenticated Users none on activation objects; Windows does).
                raise AdbaError(AdbaProblem.ACCESS_DENIED, "objectClass unreadable")
            if ACTIVATION_OBJECT_CLASS.lower() not in classes:
                raise AdbaError(AdbaProblem.NOT_AN_ACTIVATION_OBJECT, dn)
            removed = _activation_object(found[0])
            try:
                connection.delete(dn)
            except LDAPInsufficientAccessRightsResult as problem:
                raise AdbaError(AdbaProblem.ACCESS_DENIED, _result_code(problem)) from None
            if _exists(connection, dn):
                raise AdbaError(AdbaProblem.STILL_THERE, dn)
            return removed

    # --- connection -------------------------------------------------------------------

    @contextlib.contextmanager
    def _bound(self, *, writable: bool = False) -> Iterator[Connection]:
        """A bound connection made by the AD inventory's code, its failures explained by the
        inventory's own rules (``LdapDirectory._explained``: bind refusals with AD's
        sub-codes, StartTLS needed, certificate names, ports), never with the password."""
        settings = self.settings
        directory = LdapDirectory(settings)
        shown = settings.server.display
        _refuse_insecure(settings)
        if settings.encrypted and settings.ca_file and not readable_file(settings.ca_file):
            raise DirectoryError(DirectoryProblem.CA_FILE, shown_text(settings.ca_file, 200))
        try:
            connection = directory._connection()
        except LDAPSSLConfigurationError as problem:
            raise DirectoryError(DirectoryProblem.TLS, shown, _safe(problem, settings)) from None
        # The inventory only reads; a deletion needs a writable connection.
        connection.read_only = not writable
        try:
            directory._open(connection)
            yield connection
        except (DirectoryError, AdbaError):
            raise
        except LDAPInsufficientAccessRightsResult as problem:
            raise AdbaError(AdbaProblem.ACCESS_DENIED, _result_code(problem)) from None
        except (LDAPException, OSError, ssl.SSLError) as problem:
            # Our operations catch "no such object" themselves: no search base to name here.
            raise directory._explained(problem, connection, _NO_QUERY) from None
        finally:
            with contextlib.suppress(LDAPException, OSError):
                connection.unbind()


# What LdapDirectory._explained reads of a query (only for a missing search base).
_NO_QUERY: Any = SimpleNamespace(base_dn="")


def _refuse_insecure(settings: DirectorySettings) -> None:
    """The inventory's rule: no simple bind in clear text, except to this computer."""
    if (
        settings.user
        and not settings.ntlm
        and not settings.encrypted
        and not is_loopback(settings.server.host)
    ):
        raise DirectoryError(DirectoryProblem.INSECURE, settings.server.display)


def _safe(problem: BaseException, settings: DirectorySettings) -> str:
    return ldap_inventory._safe(problem, settings)


def _result_code(problem: LDAPException) -> str:
    return str(getattr(problem, "description", "") or type(problem).__name__)[:100]


def _entries(connection: Connection) -> list[dict]:
    return [e for e in (connection.response or []) if e.get("type") == "searchResEntry"]


def _values(entry: dict, name: str) -> list:
    """An attribute's values, raw (bytes) where the server sent bytes."""
    raw = entry.get("raw_attributes") or {}
    for key, value in raw.items():
        if key.lower() == name.lower():
            return list(value) if isinstance(value, list | tuple) else [value]
    return []


def _decoded(value: object) -> str:
    return value.decode("utf-8", errors="replace") if isinstance(value, bytes) else str(value)


def _text(entry: dict, name: str) -> str:
    values = _values(entry, name)
    return _decoded(values[0]) if values else ""


def _read_base(connection: Connection, dn: str, attribute: str) -> str:
    connection.search(dn, "(objectClass=*)", search_scope=BASE, attributes=[attribute])
    found = _entries(connection)
    return _text(found[0], attribute) if found else ""


def _configuration_nc(connection: Connection) -> str:
    """rootDSE's configurationNamingContext (slmgr.vbs reads the same)."""
    value = _read_base(connection, "", "configurationNamingContext")
    if not value:
        raise DirectoryError(
            DirectoryProblem.FAILED, "the rootDSE has no configurationNamingContext"
        )
    return value


def _exists(connection: Connection, dn: str) -> bool:
    try:
        connection.search(dn, "(objectClass=*)", search_scope=BASE, attributes=["1.1"])
    except LDAPNoSuchObjectResult:
        return False
    return bool(_entries(connection))


def _first_int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _activation_object(entry: dict) -> ActivationObject:
    return ActivationObject(
        dn=str(entry.get("dn") or ""),
        name=_text(entry, "cn"),
        display_name=_text(entry, "displayName"),
        sku_id=guid_from_windows_bytes(_first_bytes(entry, "msSPP-CSVLKSkuId")),
        partial_key=_text(entry, "msSPP-CSVLKPartialProductKey"),
        pid=_text(entry, "msSPP-CSVLKPid"),
        kms_ids=tuple(
            guid
            for guid in (guid_from_windows_bytes(v) for v in _values(entry, "msSPP-KMSIds"))
            if guid
        ),
        by_phone=bool(_text(entry, "msSPP-ConfirmationId")),
        created=_text(entry, "whenCreated"),
    )


def _first_bytes(entry: dict, name: str) -> bytes:
    values = _values(entry, name)
    return values[0] if values and isinstance(values[0], bytes) else b""
