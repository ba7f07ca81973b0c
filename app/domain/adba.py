"""Active Directory-based activation (ADBA): the forest's readiness, its activation objects,
and the machines ADBA cannot serve (those still need a KMS host).

ADBA stores the organisation's host key (CSVLK) activation in the forest as an
``msSPP-ActivationObject`` under
``CN=Activation Objects,CN=Microsoft SPP,CN=Services,<configuration naming context>``;
domain-joined Windows 8 / Server 2012 (and later) volume clients with a GVLK activate
from it at boot, with no count and no port 1688. Facts used here:

- the class and its attributes come with the Windows Server 2012 schema (objectVersion
  56; Microsoft's AD schema pages "ms-SPP-Activation-Object class", all "Windows Server
  2012"); the Server 2012 forest preparation creates the two containers (Forest-Wide
  Updates, operations 91 and 92: ``CN=Microsoft SPP,CN=Services`` and
  ``CN=Activation Objects`` of class ``msSPP-ActivationObjectsContainer``);
- the mandatory attributes of an activation object are msSPP-KMSIds, msSPP-CSVLKSkuId,
  msSPP-CSVLKPartialProductKey and msSPP-CSVLKPid (schema ``systemMustContain``, read from
  the 2012 R2 schema a Samba DC is provisioned with);
- slmgr.vbs /ao-list reads ``displayName``, ``distinguishedName``, ``msSPP-CSVLKSkuId``
  (a GUID in Windows' byte order: its ``GuidToString``), ``msSPP-CSVLKPartialProductKey``
  and ``msSPP-CSVLKPid`` of the container's children of that class, and says "not supported
  in the current Active Directory schema" when the container is missing (0x80072030);
- slmgr.vbs /del-ao takes a DN (it contains ",cn="), an RDN ("cn=…") or a bare name, which
  it places under the container, and deletes the object only if it is of that class.

Nothing here talks to a directory: ``app.adapters.ldap_activation_objects`` does.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from app.domain.inventory_ad import DirectoryComputer
from app.domain.text import (
    QT_TRANSLATE_N_NOOP,
    QT_TRANSLATE_NOOP,
    TextEnum,
    TranslatableError,
    msg,
)

ACTIVATION_OBJECT_CLASS = "msSPP-ActivationObject"
CONTAINER_CLASS = "msSPP-ActivationObjectsContainer"
CONTAINER_RDNS = ("CN=Activation Objects", "CN=Microsoft SPP", "CN=Services")
SCHEMA_WINDOWS_2012 = 56
MAX_OBJECT_NAME = 64  # cn's rangeUpper
# objectVersion of CN=Schema → the schema's release (Microsoft TechNet wiki "Active Directory
# Schema Versions": 13 … 69 for 2012 R2, 87 for 2016, 88 for 2019 and 2022; 91 for 2025 as
# Microsoft's "find the current schema version" page is quoted, not read here).
SCHEMA_RELEASES = {
    13: "Windows 2000 Server",
    30: "Windows Server 2003",
    31: "Windows Server 2003 R2",
    44: "Windows Server 2008",
    47: "Windows Server 2008 R2",
    56: "Windows Server 2012",
    69: "Windows Server 2012 R2",
    87: "Windows Server 2016",
    88: "Windows Server 2019 / 2022",
    91: "Windows Server 2025",
}
# The attributes a listing asks for: never the licence blobs (up to 5 MB each).
LIST_ATTRIBUTES = (
    "cn",
    "displayName",
    "msSPP-CSVLKSkuId",
    "msSPP-CSVLKPid",
    "msSPP-CSVLKPartialProductKey",
    "msSPP-KMSIds",
    "msSPP-ConfirmationId",
    "whenCreated",
)


def container_dn(configuration_nc: str) -> str:
    """Where a forest keeps its activation objects."""
    return ",".join((*CONTAINER_RDNS, configuration_nc))


def schema_dn(configuration_nc: str) -> str:
    return f"CN=Schema,{configuration_nc}"


def schema_release(object_version: int | None) -> str:
    """The Windows Server release of a schema version ("" when unknown)."""
    if object_version is None:
        return ""
    known = [v for v in SCHEMA_RELEASES if v <= object_version]
    return SCHEMA_RELEASES[max(known)] if known else ""


class SchemaState(Enum):
    READY = "ready"
    TOO_OLD = "too-old"  # before Windows Server 2012: no activation object class
    NO_CONTAINER = "no-container"  # the class exists but the forest was never prepared


class SchemaText(TextEnum):
    """What a schema check found, and what to do (translatable)."""

    READY = QT_TRANSLATE_NOOP(
        "Adba",
        "The forest can hold activation objects: schema version %1 (%2), with the "
        "Activation Objects container.",
    )
    TOO_OLD = QT_TRANSLATE_NOOP(
        "Adba",
        "The forest's schema (version %1, %2) is older than Windows Server 2012: it has no "
        "activation objects. Extend it with adprep /forestprep from Windows Server 2012 or "
        "later, or keep a KMS host.",
    )
    NO_CONTAINER = QT_TRANSLATE_NOOP(
        "Adba",
        "The schema knows activation objects (version %1, %2), but the forest has no "
        "Activation Objects container under CN=Microsoft SPP,CN=Services. Run adprep "
        "/forestprep from Windows Server 2012 or later (it creates the container).",
    )


@dataclass(frozen=True)
class ForestSchema:
    """What the forest's directory says about ADBA.

    Attributes:
        configuration_nc: the configuration naming context (rootDSE).
        object_version: ``objectVersion`` of ``CN=Schema`` (None: unreadable).
        has_class: a ``classSchema`` whose lDAPDisplayName is msSPP-ActivationObject.
        has_container: the Activation Objects container exists.
    """

    configuration_nc: str
    object_version: int | None
    has_class: bool
    has_container: bool

    @property
    def state(self) -> SchemaState:
        too_old = self.object_version is not None and self.object_version < SCHEMA_WINDOWS_2012
        if not self.has_class or too_old:
            return SchemaState.TOO_OLD
        if not self.has_container:
            return SchemaState.NO_CONTAINER
        return SchemaState.READY

    @property
    def ready(self) -> bool:
        return self.state is SchemaState.READY

    @property
    def release(self) -> str:
        return schema_release(self.object_version)

    @property
    def text(self) -> SchemaText:
        return SchemaText[self.state.name]

    @property
    def text_args(self) -> tuple[object, ...]:
        version = "?" if self.object_version is None else str(self.object_version)
        return (version, self.release or "?")


@dataclass(frozen=True)
class ActivationObject:
    """One activation object, as slmgr /ao-list shows it.

    Attributes:
        dn: its distinguished name.
        name: its ``cn`` (the name given when the forest was activated).
        display_name: ``displayName`` ("" when absent).
        sku_id: ``msSPP-CSVLKSkuId`` as a GUID string (the host key's Activation ID).
        partial_key: the host key's last five characters.
        pid: ``msSPP-CSVLKPid``, the host key's extended product ID.
        kms_ids: ``msSPP-KMSIds`` (the KMS ids the key activates) as GUID strings.
        by_phone: a Confirmation ID is stored (activated by phone).
        created: ``whenCreated`` (generalized time) or "".
    """

    dn: str
    name: str
    display_name: str = ""
    sku_id: str = ""
    partial_key: str = ""
    pid: str = ""
    kms_ids: tuple[str, ...] = field(default=())
    by_phone: bool = False
    created: str = ""

    @property
    def shown_name(self) -> str:
        return self.display_name or self.name


def guid_from_windows_bytes(raw: bytes) -> str:
    """A GUID attribute's 16 bytes as slmgr.vbs prints them (GuidToString: Data1-Data3
    little-endian), lower case without braces; "" when it is not 16 bytes."""
    if not isinstance(raw, bytes | bytearray) or len(raw) != 16:
        return ""
    return str(uuid.UUID(bytes_le=bytes(raw)))


def guid_to_windows_bytes(text: str) -> bytes:
    """The inverse, for writing an activation object the way Windows stores it."""
    return uuid.UUID(text).bytes_le


class AdbaProblem(TextEnum):
    """Why a directory step of ADBA could not be done (translatable)."""

    NO_CONTAINER = QT_TRANSLATE_NOOP(
        "Adba",
        "Activation via Active Directory is not supported in this forest's schema: there is no "
        "Activation Objects container (%1).",
    )
    NOT_FOUND = QT_TRANSLATE_NOOP("Adba", "There is no activation object %1.")
    NOT_AN_ACTIVATION_OBJECT = QT_TRANSLATE_NOOP(
        "Adba", "%1 is not an activation object; nothing was deleted."
    )
    ACCESS_DENIED = QT_TRANSLATE_NOOP(
        "Adba",
        "The account may not change activation objects (%1). Use a member of Enterprise "
        "Admins: the activation objects belong to the whole forest.",
    )
    STILL_THERE = QT_TRANSLATE_NOOP(
        "Adba", "The directory accepted the deletion but %1 is still there."
    )
    BAD_REFERENCE = QT_TRANSLATE_NOOP(
        "Adba",
        "“%1” is not an activation object of this forest: give its name, or a "
        "distinguished name directly under %2.",
    )


class AdbaError(TranslatableError):
    """A directory step of ADBA failed; ``message`` says why, translated at display time."""

    def __init__(self, problem: AdbaProblem, *args: object) -> None:
        self.problem = problem
        super().__init__(msg(problem.text, *args))


# --- naming an object -------------------------------------------------------------


class NameProblem(TextEnum):
    EMPTY = QT_TRANSLATE_NOOP("Adba", "Give the activation object a name.")
    TOO_LONG = QT_TRANSLATE_NOOP(
        "Adba", "The activation object's name must be at most %1 characters."
    )
    BAD_CHARACTER = QT_TRANSLATE_NOOP(
        "Adba", "The activation object's name cannot hold control characters."
    )


def check_object_name(text: str) -> NameProblem | None:
    """None when ``text`` can name an activation object (its cn)."""
    name = (text or "").strip()
    if not name:
        return NameProblem.EMPTY
    if len(name) > MAX_OBJECT_NAME:
        return NameProblem.TOO_LONG
    if any(not ch.isprintable() for ch in name):
        return NameProblem.BAD_CHARACTER
    return None


_DN_SPECIALS = re.compile(r'([,+"\\<>;=#])')


def escape_rdn_value(value: str) -> str:
    """RFC 4514 escaping of an attribute value (a leading or trailing space, a leading #,
    and , + " \\ < > ; =), so a typed name can never add an RDN to a DN."""
    escaped = _DN_SPECIALS.sub(r"\\\1", value)
    if escaped.startswith(" "):
        escaped = "\\" + escaped
    if escaped.endswith(" ") and not escaped.endswith("\\ "):
        escaped = escaped[:-1] + "\\ "
    return escaped


def object_dn_for(reference: str, configuration_nc: str) -> str | None:
    """The DN slmgr /del-ao would delete for ``reference`` — but only when it is directly
    under this forest's Activation Objects container (None otherwise).

    A DN (holds ",cn=") must end with the container's DN; "cn=NAME" and a bare NAME are
    placed under the container, NAME escaped as a value.
    """
    text = (reference or "").strip()
    container = container_dn(configuration_nc)
    if not text:
        return None
    if ",cn=" in text.lower():
        head, sep, tail = text.partition(",")
        if not sep or _normal(tail) != _normal(container) or not head.lower().startswith("cn="):
            return None
        if _unescaped_comma_or_plus(head):
            return None
        return f"{head},{container}"
    if text.lower().startswith("cn="):
        value = text[3:]
        if _unescaped_comma_or_plus(value) or check_object_name(value) is not None:
            return None
        return f"CN={value},{container}"
    if check_object_name(text) is not None:
        return None
    return f"CN={escape_rdn_value(text)},{container}"


def _normal(dn: str) -> str:
    return ",".join(part.strip().lower() for part in dn.split(","))


def _unescaped_comma_or_plus(value: str) -> bool:
    return re.search(r"(?<!\\)[,+]", value) is not None


# --- where KMS is still needed ----------------------------------------------------


class KmsReason(TextEnum):
    """Why a machine cannot activate from the forest (translatable)."""

    OS_TOO_OLD = QT_TRANSLATE_NOOP(
        "Adba",
        "%1 is older than Windows 8 / Windows Server 2012: it only activates through a KMS "
        "host (or a MAK).",
    )
    NOT_IN_FOREST = QT_TRANSLATE_NOOP(
        "Adba",
        "%1 is not joined to a domain of this forest: activation objects are read from the "
        "computer's own forest, so it needs a KMS host (or a MAK).",
    )
    OFFICE_2010 = QT_TRANSLATE_NOOP(
        "Adba",
        "%1 runs Office 2010, which only activates through a KMS host (Office 2013 and later "
        "can use activation via Active Directory).",
    )


@dataclass(frozen=True)
class MachineFacts:
    """What a scan or an inventory knows about one machine (enough to place it).

    Attributes:
        name: its host name.
        os_version: ``major.minor[.build]`` ("6.1.7601"); "" when unknown.
        forest_domain: the DNS domain it is joined to ("" for a workgroup machine).
        office_versions: installed volume Office versions ("2010", "2016"…).
        operating_system: its operating system's name ("Windows 10 Pro", "Ubuntu"); ""
            when unknown. A machine that does not run Windows needs neither.
    """

    name: str
    os_version: str = ""
    forest_domain: str = ""
    office_versions: tuple[str, ...] = ()
    operating_system: str = ""

    @property
    def runs_windows(self) -> bool:
        """Unknown counts as Windows: only a named other system is left out."""
        return not self.operating_system or "windows" in self.operating_system.lower()


def _version_tuple(text: str) -> tuple[int, int] | None:
    match = re.match(r"^\s*(\d+)\.(\d+)", text or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def supports_adba(os_version: str) -> bool | None:
    """Windows 8 / Server 2012 (6.2) and later; None when the version is unknown."""
    version = _version_tuple(os_version)
    return None if version is None else version >= (6, 2)


def in_forest(domain: str, forest_root: str) -> bool:
    """``domain`` is the forest root domain or one of its children (a tree of another name
    in the same forest cannot be told from DNS names alone and counts as outside)."""
    domain = (domain or "").strip(".").lower()
    root = (forest_root or "").strip(".").lower()
    return bool(domain and root) and (domain == root or domain.endswith("." + root))


def kms_reasons(machine: MachineFacts, forest_root: str) -> list[KmsReason]:
    """Why ``machine`` still needs a KMS host ([] when ADBA serves it)."""
    reasons: list[KmsReason] = []
    if supports_adba(machine.os_version) is False:
        reasons.append(KmsReason.OS_TOO_OLD)
    if not in_forest(machine.forest_domain, forest_root):
        reasons.append(KmsReason.NOT_IN_FOREST)
    if "2010" in machine.office_versions:
        reasons.append(KmsReason.OFFICE_2010)
    return reasons


@dataclass(frozen=True)
class KmsStillNeeded:
    """The machines ADBA leaves to a KMS host, with their reasons; ``not_windows`` need
    neither (Linux, macOS: no Windows activation at all)."""

    covered: tuple[str, ...]
    needing_kms: tuple[tuple[str, tuple[KmsReason, ...]], ...]
    not_windows: tuple[str, ...] = ()

    @property
    def kms_needed(self) -> bool:
        return bool(self.needing_kms)


def split_by_activation(machines: Iterable[MachineFacts], forest_root: str) -> KmsStillNeeded:
    covered: list[str] = []
    needing: list[tuple[str, tuple[KmsReason, ...]]] = []
    others: list[str] = []
    for machine in machines:
        if not machine.runs_windows:
            others.append(machine.name)
            continue
        reasons = kms_reasons(machine, forest_root)
        if reasons:
            needing.append((machine.name, tuple(reasons)))
        else:
            covered.append(machine.name)
    return KmsStillNeeded(tuple(covered), tuple(needing), tuple(others))


def domain_of_dn(dn: str) -> str:
    """``DC=corp,DC=test`` (or any DN ending so) → ``corp.test``."""
    parts = [p.strip()[3:] for p in (dn or "").split(",") if p.strip().lower().startswith("dc=")]
    return ".".join(parts).lower()


class CoverageText(TextEnum):
    """How the domain's computers split (translatable; %n texts take ``n=``)."""

    COVERED = QT_TRANSLATE_N_NOOP(
        "Adba", "%n computer(s) under %1 can activate from the forest.", None, 0
    )
    STILL_KMS = QT_TRANSLATE_N_NOOP("Adba", "%n computer(s) still need a KMS host:", None, 0)
    NONE_NEEDED = QT_TRANSLATE_NOOP(
        "Adba",
        "No enabled computer of the domain needs a KMS host (as far as the directory says).",
    )
    NOT_WINDOWS = QT_TRANSLATE_NOOP("Adba", "Not Windows (no Windows activation): %1")


def coverage_from_directory(
    base_dn: str, computers: Iterable[DirectoryComputer]
) -> KmsStillNeeded:
    """The domain's enabled computers (not managed service accounts) split by the rules
    above. They are in the forest by definition: the directory listed them."""
    domain = domain_of_dn(base_dn)
    facts = [
        MachineFacts(
            name=c.dns_host_name or c.name,
            os_version=c.operating_system_version,
            forest_domain=domain,
            operating_system=c.operating_system,
        )
        for c in computers
        if not c.disabled and not c.managed_service_account
    ]
    return split_by_activation(facts, domain)
