"""Licensing state of a product and of a KMS host, as read from a machine.

The ``status`` operation returns one JSON document: a ``products`` list (one
dict per ``SoftwareLicensingProduct`` that holds a key) and a ``service`` dict
(the ``SoftwareLicensingService`` KMS fields). This module turns those dicts
into typed, validated values — :class:`ProductState` and :class:`KmsHostState`
— so that garbage from a machine (or a bug in a script) stops here with a clear
:class:`InvalidStatusData` naming the field, never deeper in a table or a plan.

Facts: activation-facts.md §3.3 (LicenseStatus values, channel detection from
``Description`` and ``ProductKeyChannel``) and §0 (thresholds, intervals).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum, StrEnum

from app.domain.hresults import HResultInfo, InvalidHResult, describe, parse_hresult
from app.domain.keys import KEY_ALPHABET, mask_last5
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, msg

WINDOWS_APP_ID = "55c92734-d682-4d71-983e-d6ec3f16059f"
OFFICE_2010_APP_ID = "59a52881-a989-479d-af46-f275c6370663"
OFFICE_APP_ID = "0ff1ce15-a989-479d-af46-f275c6370663"  # Office 2013 and later
OFFICE_APP_IDS = frozenset({OFFICE_2010_APP_ID, OFFICE_APP_ID})
DEFAULT_KMS_PORT = 1688


class LicenseStatus(IntEnum):
    """``SoftwareLicensingProduct.LicenseStatus`` (texts from slmgr.vbs)."""

    UNLICENSED = 0
    LICENSED = 1
    OOB_GRACE = 2
    OOT_GRACE = 3
    NON_GENUINE_GRACE = 4
    NOTIFICATION = 5
    EXTENDED_GRACE = 6

    @property
    def label(self) -> Text:
        """Short translatable name for tables."""
        return _STATUS_TEXTS[self][0]

    @property
    def explanation(self) -> Text:
        """One translatable sentence for a detail pane."""
        return _STATUS_TEXTS[self][1]

    @property
    def in_grace(self) -> bool:
        """True for the grace states: working for now, but not (or no longer) activated."""
        return self in _GRACE_STATES


_GRACE_STATES = frozenset(
    {
        LicenseStatus.OOB_GRACE,
        LicenseStatus.OOT_GRACE,
        LicenseStatus.NON_GENUINE_GRACE,
        LicenseStatus.EXTENDED_GRACE,
    }
)

_STATUS_TEXTS: dict[LicenseStatus, tuple[Text, Text]] = {
    LicenseStatus.UNLICENSED: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Unlicensed"),
        QT_TRANSLATE_NOOP(
            "LicenseStatus", "The product is not activated and has no grace period left."
        ),
    ),
    LicenseStatus.LICENSED: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Licensed"),
        QT_TRANSLATE_NOOP(
            "LicenseStatus",
            "The product is activated. With time remaining it is a KMS, Active Directory, "
            "time-based or virtual machine activation that must be renewed; without, it is "
            "permanent.",
        ),
    ),
    LicenseStatus.OOB_GRACE: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Initial grace period"),
        QT_TRANSLATE_NOOP(
            "LicenseStatus",
            "The product was installed, or its key changed, and it is not activated yet.",
        ),
    ),
    LicenseStatus.OOT_GRACE: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Additional grace period"),
        QT_TRANSLATE_NOOP(
            "LicenseStatus",
            "The KMS activation expired, or the hardware changed beyond tolerance.",
        ),
    ),
    LicenseStatus.NON_GENUINE_GRACE: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Non-genuine grace period"),
        QT_TRANSLATE_NOOP("LicenseStatus", "Windows considers this copy not genuine."),
    ),
    LicenseStatus.NOTIFICATION: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Notification"),
        QT_TRANSLATE_NOOP(
            "LicenseStatus",
            "The grace period is over and Windows reminds the user to activate; the reason "
            "code says why.",
        ),
    ),
    LicenseStatus.EXTENDED_GRACE: (
        QT_TRANSLATE_NOOP("LicenseStatus", "Extended grace period"),
        QT_TRANSLATE_NOOP(
            "LicenseStatus", "The product runs in an extended grace period and is not activated."
        ),
    ),
}


class LicenseChannel(StrEnum):
    """How the installed key licenses the product."""

    KMS_CLIENT = "kms-client"  # GVLK: activates against a KMS host
    MAK = "mak"
    KMS_HOST = "kms-host"  # CSVLK: this machine is a KMS host
    RETAIL = "retail"
    OEM = "oem"
    TIME_BASED = "time-based"  # evaluation, trial, subscription
    AVMA = "avma"  # automatic virtual machine activation
    UNKNOWN = "unknown"

    @property
    def label(self) -> Text:
        return _CHANNEL_LABELS[self]

    @property
    def is_volume(self) -> bool:
        return self in (LicenseChannel.KMS_CLIENT, LicenseChannel.MAK, LicenseChannel.KMS_HOST)


_CHANNEL_LABELS: dict[LicenseChannel, Text] = {
    LicenseChannel.KMS_CLIENT: QT_TRANSLATE_NOOP("LicenseChannel", "KMS client (GVLK)"),
    LicenseChannel.MAK: QT_TRANSLATE_NOOP("LicenseChannel", "MAK"),
    LicenseChannel.KMS_HOST: QT_TRANSLATE_NOOP("LicenseChannel", "KMS host (CSVLK)"),
    LicenseChannel.RETAIL: QT_TRANSLATE_NOOP("LicenseChannel", "Retail"),
    LicenseChannel.OEM: QT_TRANSLATE_NOOP("LicenseChannel", "OEM"),
    LicenseChannel.TIME_BASED: QT_TRANSLATE_NOOP("LicenseChannel", "Time-based"),
    LicenseChannel.AVMA: QT_TRANSLATE_NOOP(
        "LicenseChannel", "Automatic virtual machine activation"
    ),
    LicenseChannel.UNKNOWN: QT_TRANSLATE_NOOP("LicenseChannel", "Unknown"),
}


def detect_channel(description: str | None, product_key_channel: str | None) -> LicenseChannel:
    """The channel of a product from WMI ``Description`` and ``ProductKeyChannel``.

    ``Description`` comes first because slmgr.vbs (Microsoft's own code) decides
    from it, e.g. ``"Windows(R) Operating System, VOLUME_KMSCLIENT channel"``;
    ``ProductKeyChannel`` (``Volume:GVLK``, ``OEM:DM``…) is only known from
    third-party code, so it decides only when the description says nothing.
    The short names the ``status`` script reports (``GVLK``, ``CSVLK``, ``MAK``,
    ``TIMEBASED``, ``AVMA``, ``RETAIL``, ``OEM``, ``OTHER``) are understood too.
    Both are compared case-insensitively; None and empty strings are tolerated.
    """
    found = _channel_from_description((description or "").upper())
    if found is LicenseChannel.UNKNOWN:
        found = _channel_from_key_channel((product_key_channel or "").strip().upper())
    return found


def _channel_from_description(text: str) -> LicenseChannel:
    # Order matters: VOLUME_KMSCLIENT contains VOLUME_KMS (slmgr tests it first).
    if "VOLUME_KMSCLIENT" in text:
        return LicenseChannel.KMS_CLIENT
    if "TIMEBASED_" in text:
        return LicenseChannel.TIME_BASED
    if "VIRTUAL_MACHINE_ACTIVATION" in text:
        return LicenseChannel.AVMA
    if "VOLUME_KMS" in text:
        return LicenseChannel.KMS_HOST
    if "MAK" in text:
        return LicenseChannel.MAK
    if "RETAIL" in text:
        return LicenseChannel.RETAIL
    if "OEM" in text:
        return LicenseChannel.OEM
    return LicenseChannel.UNKNOWN


# The short names the ``status`` script derives itself (resources/ps/status.ps1).
_SCRIPT_CHANNELS = {
    "GVLK": LicenseChannel.KMS_CLIENT,
    "CSVLK": LicenseChannel.KMS_HOST,
    "MAK": LicenseChannel.MAK,
    "TIMEBASED": LicenseChannel.TIME_BASED,
    "AVMA": LicenseChannel.AVMA,
}


def _channel_from_key_channel(text: str) -> LicenseChannel:
    if text in _SCRIPT_CHANNELS:
        return _SCRIPT_CHANNELS[text]
    parts = [part.strip() for part in text.split(":")]
    head = parts[0]
    tail = parts[1] if len(parts) > 1 else ""
    if head == "VOLUME":
        return {
            "GVLK": LicenseChannel.KMS_CLIENT,
            "MAK": LicenseChannel.MAK,
            "CSVLK": LicenseChannel.KMS_HOST,
        }.get(tail, LicenseChannel.UNKNOWN)
    if head == "RETAIL":
        return LicenseChannel.TIME_BASED if tail == "TB" else LicenseChannel.RETAIL
    if head == "OEM":
        return LicenseChannel.OEM
    if head == "VT" and tail == "IA":
        return LicenseChannel.AVMA
    return LicenseChannel.UNKNOWN


@dataclass(frozen=True)
class Grace:
    """``GracePeriodRemaining``: minutes until the licence or grace period ends.

    For a licensed product, more than zero means a volume (KMS/ADBA), time-based
    or AVMA activation that expires unless renewed; zero means permanent. For a
    grace state it is the time left before the product becomes unlicensed.
    """

    minutes: int

    @property
    def remaining(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    @property
    def expires(self) -> bool:
        return self.minutes > 0

    @property
    def days_left(self) -> int:
        """Whole days left (floor), as slmgr /xpr would round them."""
        return self.minutes // (24 * 60)

    def expires_at(self, now: datetime) -> datetime | None:
        """When it ends, counted from ``now`` (the moment the status was read)."""
        return now + self.remaining if self.expires else None

    def ends_within(self, window: timedelta) -> bool:
        """True when it expires and ends within ``window`` (the "expiring" filter)."""
        return self.expires and self.remaining <= window


# ---------------------------------------------------------------------------------------------
# KMS host names as clients hold them (KeyManagementServiceMachine, discovered host, /skms).
# ---------------------------------------------------------------------------------------------


class HostProblem(TextEnum):
    """Why a typed KMS host is not usable."""

    EMPTY = QT_TRANSLATE_NOOP("KmsHost", "No KMS host was given.")
    BAD_NAME = QT_TRANSLATE_NOOP(
        "KmsHost", "“%1” is not a valid host name or IP address."
    )
    BAD_PORT = QT_TRANSLATE_NOOP(
        "KmsHost", "The port must be a number from 1 to 65535; “%1” is not."
    )


class InvalidKmsHost(ValueError):
    """A KMS host[:port] that cannot be used; ``message`` says why (translatable)."""

    def __init__(self, problem: HostProblem, shown: str = "") -> None:
        self.problem = problem
        self.message: Message = msg(problem.text, shown)
        super().__init__(self.message.english())


_HOST_LABEL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$")


@dataclass(frozen=True)
class KmsEndpoint:
    """A KMS host and optional port (None: the client's default, 1688)."""

    host: str
    port: int | None = None

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else DEFAULT_KMS_PORT

    @property
    def display(self) -> str:
        """``host:port`` the way slmgr /skms takes it (IPv6 in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}" if self.port is not None else host

    def same_as(self, other: KmsEndpoint | None) -> bool:
        """True when both name the same host and effective port (names compared caseless)."""
        return (
            other is not None
            and self.host.rstrip(".").lower() == other.host.rstrip(".").lower()
            and self.effective_port == other.effective_port
        )


def parse_kms_endpoint(text: str) -> KmsEndpoint:
    """Parse ``host``, ``host:port``, ``[IPv6]:port`` or a bare IPv6 address.

    Raises:
        InvalidKmsHost: with a translatable reason.
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidKmsHost(HostProblem.EMPTY)
    raw = text.strip()
    port_text: str | None = None
    if raw.startswith("["):
        close = raw.find("]")
        if close < 0:
            raise InvalidKmsHost(HostProblem.BAD_NAME, _shown(raw))
        host, rest = raw[1:close], raw[close + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise InvalidKmsHost(HostProblem.BAD_NAME, _shown(raw))
            port_text = rest[1:]
        if not _is_ipv6(host):
            raise InvalidKmsHost(HostProblem.BAD_NAME, _shown(raw))
    elif raw.count(":") >= 2:
        host = raw
        if not _is_ipv6(host):
            raise InvalidKmsHost(HostProblem.BAD_NAME, _shown(raw))
    else:
        host, _, port_text = raw.partition(":") if ":" in raw else (raw, "", None)
        if not is_valid_host_name(host):
            raise InvalidKmsHost(HostProblem.BAD_NAME, _shown(host))
    port = None if port_text is None else parse_port(port_text)
    return KmsEndpoint(host, port)


def parse_port(text: str | int) -> int:
    """A TCP port 1–65535 from text or int.

    Raises:
        InvalidKmsHost: not a number in range.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    elif isinstance(text, str) and _is_short_ascii_number(text.strip()):
        number = int(text.strip())
    else:
        raise InvalidKmsHost(HostProblem.BAD_PORT, _shown(str(text)))
    if not 1 <= number <= 65535:
        raise InvalidKmsHost(HostProblem.BAD_PORT, str(number))
    return number


def is_valid_host_name(host: str) -> bool:
    """A DNS or NetBIOS name (letters, digits, ``-``, ``_``), or an IPv4/IPv6 address."""
    if not isinstance(host, str) or not host or len(host) > 253 or not host.isascii():
        return False
    if _is_ipv6(host):
        return True
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    return all(_HOST_LABEL.match(label) for label in labels)


def _is_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


# A number a machine or a user sends has at most 20 digits (uint64); checking the length
# before int() keeps a hostile string of digits from raising or costing CPU.
MAX_NUMBER_DIGITS = 20


def _is_short_ascii_number(text: str) -> bool:
    """ASCII digits only, at most :data:`MAX_NUMBER_DIGITS` of them."""
    return 0 < len(text) <= MAX_NUMBER_DIGITS and text.isascii() and text.isdigit()


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


# ---------------------------------------------------------------------------------------------
# Validation of the status documents.
# ---------------------------------------------------------------------------------------------


class FieldProblem(TextEnum):
    """What is wrong with one field of a status document."""

    NOT_A_RECORD = QT_TRANSLATE_NOOP(
        "StatusData", "The status data “%1” is not a record of named fields."
    )
    MISSING = QT_TRANSLATE_NOOP("StatusData", "The status data has no “%1” field.")
    NOT_TEXT = QT_TRANSLATE_NOOP("StatusData", "The status field “%1” is not text.")
    NOT_INTEGER = QT_TRANSLATE_NOOP("StatusData", "The status field “%1” is not a whole number.")
    OUT_OF_RANGE = QT_TRANSLATE_NOOP(
        "StatusData", "The status field “%1” is outside the allowed range %2 to %3."
    )
    NOT_BOOLEAN = QT_TRANSLATE_NOOP("StatusData", "The status field “%1” is not true or false.")
    NOT_GUID = QT_TRANSLATE_NOOP("StatusData", "The status field “%1” is not a GUID.")
    NOT_HRESULT = QT_TRANSLATE_NOOP("StatusData", "The status field “%1” is not an error code.")
    NOT_PARTIAL_KEY = QT_TRANSLATE_NOOP(
        "StatusData",
        "The status field “%1” is not the last five characters of a product key.",
    )
    NOT_OFFICE_VERSION = QT_TRANSLATE_NOOP(
        "StatusData", "The status field “%1” is not an Office version such as 2016."
    )
    NOT_HOST = QT_TRANSLATE_NOOP(
        "StatusData", "The status field “%1” is not a valid host name or IP address."
    )


class InvalidStatusData(ValueError):
    """A status document field that cannot be trusted.

    Attributes:
        field: the field's name in the document (``license_status``…).
        problem: what is wrong with it.
        message: the translatable explanation (never repeats the value).
    """

    def __init__(self, field: str, problem: FieldProblem, *args: object) -> None:
        self.field = field
        self.problem = problem
        self.message: Message = msg(problem.text, field, *args)
        super().__init__(self.message.english())


_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MISSING = object()


def _record(data: object, name: str) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise InvalidStatusData(name, FieldProblem.NOT_A_RECORD)
    return data


def _get(data: Mapping[str, object], field: str, *, required: bool) -> object:
    value = data.get(field, _MISSING)
    if value is _MISSING:
        if required:
            raise InvalidStatusData(field, FieldProblem.MISSING)
        return None
    return value


def _text(data: Mapping[str, object], field: str, *, required: bool = False) -> str:
    value = _get(data, field, required=required)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidStatusData(field, FieldProblem.NOT_TEXT)
    return value.strip()


def _int(
    data: Mapping[str, object],
    field: str,
    low: int,
    high: int,
    *,
    required: bool = False,
    default: int = 0,
) -> int:
    value = _get(data, field, required=required)
    if value is None:
        return default
    if isinstance(value, bool):
        raise InvalidStatusData(field, FieldProblem.NOT_INTEGER)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str):
        digits = value.strip().removeprefix("-")
        if not (digits.isascii() and digits.isdigit()):
            raise InvalidStatusData(field, FieldProblem.NOT_INTEGER)
        if len(digits) > MAX_NUMBER_DIGITS:
            # More digits than any machine's number has: out of range, not a crash (int()
            # refuses more than 4,300 digits with a ValueError, and is quadratic below).
            raise InvalidStatusData(field, FieldProblem.OUT_OF_RANGE, low, high)
        value = int(value.strip())
    if not isinstance(value, int):
        raise InvalidStatusData(field, FieldProblem.NOT_INTEGER)
    if not low <= value <= high:
        raise InvalidStatusData(field, FieldProblem.OUT_OF_RANGE, low, high)
    return value


# WMI types the KMS counts, intervals and request counters as uint32 and says "none" with
# -1 (SoftwareLicensingService doc: "-1 indicates ... not enabled as a KMS"), which reaches
# PowerShell as 4294967295. Our scripts write null; older scripts and captures carry either.
UINT32_NONE = 0xFFFFFFFF
_NONE_VALUES = (-1, UINT32_NONE)


def _count(data: Mapping[str, object], field: str, high: int, *, default: int) -> int:
    """A uint32 count or interval: null, -1 or 4294967295 mean "none" (``default``)."""
    value = _get(data, field, required=False)
    if value is None or (
        isinstance(value, int | float) and not isinstance(value, bool) and value in _NONE_VALUES
    ):
        return default
    return _int(data, field, 0, high, default=default)


def optional_count(value: object) -> int | None:
    """A count a script reported, or None for "none" (null, -1, 4294967295, not a number)."""
    if isinstance(value, bool) or not isinstance(value, int) or value in _NONE_VALUES:
        return None
    return value if value >= 0 else None


def windows_utc(value: object) -> datetime | None:
    """A script's ``[DateTime]::ToString('o')`` (seven fractional digits, ``Z``) as aware UTC.

    None for anything else (absent, empty, not a time).
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def as_list(value: object) -> list[object]:
    """A list field of a script's answer, tolerant of PowerShell's unwrapping.

    PowerShell 2.0/3.0 unwrap a pipeline that yields one item, and ConvertTo-Json
    then writes that item (an object, a string) instead of a one-item array.
    None (or an absent field) is an empty list.
    """
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def _bool(data: Mapping[str, object], field: str) -> bool:
    value = _get(data, field, required=False)
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise InvalidStatusData(field, FieldProblem.NOT_BOOLEAN)


def _guid(data: Mapping[str, object], field: str) -> str:
    value = _get(data, field, required=True)
    if not isinstance(value, str):
        raise InvalidStatusData(field, FieldProblem.NOT_GUID)
    cleaned = value.strip().strip("{}").lower()
    if not _GUID.match(cleaned):
        raise InvalidStatusData(field, FieldProblem.NOT_GUID)
    return cleaned


def _hresult(data: Mapping[str, object], field: str) -> int:
    value = _get(data, field, required=False)
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidStatusData(field, FieldProblem.NOT_HRESULT)
    try:
        return parse_hresult(value)
    except InvalidHResult:
        raise InvalidStatusData(field, FieldProblem.NOT_HRESULT) from None


def _partial_key(data: Mapping[str, object], field: str) -> str:
    value = _text(data, field)
    if not value:
        return ""
    value = value.upper()
    if len(value) != 5 or any(ch not in KEY_ALPHABET for ch in value):
        raise InvalidStatusData(field, FieldProblem.NOT_PARTIAL_KEY)
    return value


def _endpoint(data: Mapping[str, object], host_field: str, port_field: str) -> KmsEndpoint | None:
    host = _text(data, host_field)
    port = _int(data, port_field, 0, 65535)
    if not host:
        return None
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not is_valid_host_name(host):
        raise InvalidStatusData(host_field, FieldProblem.NOT_HOST)
    # WMI reports port 0 (or nothing) when no port was set: the default applies.
    return KmsEndpoint(host, port or None)


def _office_version(data: Mapping[str, object], field: str) -> str:
    value = _text(data, field)
    if value and not (len(value) == 4 and value.isascii() and value.isdigit()):
        raise InvalidStatusData(field, FieldProblem.NOT_OFFICE_VERSION)
    return value


@dataclass(frozen=True)
class ProductState:
    """One licensed product (Windows or Office) as a machine reported it.

    Attributes:
        activation_id: the product's Activation ID (``SoftwareLicensingProduct.ID``),
            lower case, no braces.
        application_id: Windows or Office application GUID.
        name: WMI ``Name`` (localised on French/German machines; shown as is).
        description: WMI ``Description`` (channel text).
        product_key_channel: WMI ``ProductKeyChannel`` as reported ("" if none).
        channel: derived by :func:`detect_channel`.
        status: ``LicenseStatus``.
        status_reason: ``LicenseStatusReason`` as an unsigned HRESULT (0 when none).
        grace: ``GracePeriodRemaining``.
        partial_key: last five characters of the key ("" when no key).
        kms_host: the KMS host set explicitly on the machine (slmgr /skms), or None.
        discovered_kms_host: the KMS host found through DNS, or None.
        is_kms_host_key: the product holds a KMS host key (CSVLK).
        office_version: the Office version the status script recognised in the
            name (``"2016"``), or "" for Windows and unrecognised products.
        is_addon: ``LicenseIsAddon``: an add-on licence (an ESU year) beside the
            product it extends; never "the Windows product" (slmgr.vbs skips them).
    """

    activation_id: str
    application_id: str
    name: str
    description: str
    product_key_channel: str
    channel: LicenseChannel
    status: LicenseStatus
    status_reason: int
    grace: Grace
    partial_key: str
    kms_host: KmsEndpoint | None
    discovered_kms_host: KmsEndpoint | None
    is_kms_host_key: bool
    office_version: str = ""
    is_addon: bool = False

    @classmethod
    def from_dict(cls, data: object) -> ProductState:
        """Build and validate from one ``products`` entry of the status document.

        Raises:
            InvalidStatusData: naming the first field that is missing or wrong.
        """
        record = _record(data, "product")
        description = _text(record, "description")
        key_channel = _text(record, "channel")
        is_host_key = _bool(record, "is_kms_host_key")
        channel = detect_channel(description, key_channel)
        if is_host_key and channel is LicenseChannel.UNKNOWN:
            channel = LicenseChannel.KMS_HOST
        return cls(
            activation_id=_guid(record, "id"),
            application_id=_guid(record, "application_id"),
            name=_text(record, "name"),
            description=description,
            product_key_channel=key_channel,
            channel=channel,
            status=LicenseStatus(_int(record, "license_status", 0, 6, required=True)),
            status_reason=_hresult(record, "status_reason"),
            grace=Grace(_int(record, "grace_minutes", 0, 0xFFFFFFFF)),
            partial_key=_partial_key(record, "partial_key"),
            kms_host=_endpoint(record, "kms_machine", "kms_port"),
            discovered_kms_host=_endpoint(record, "discovered_host", "discovered_port"),
            is_kms_host_key=is_host_key,
            office_version=_office_version(record, "office_version"),
            is_addon=_bool(record, "is_addon"),
        )

    @property
    def is_windows(self) -> bool:
        """The Windows product itself (an add-on licence such as an ESU year is not)."""
        return self.application_id == WINDOWS_APP_ID and not self.is_addon

    @property
    def is_office(self) -> bool:
        return self.application_id in OFFICE_APP_IDS

    @property
    def has_key(self) -> bool:
        return bool(self.partial_key)

    @property
    def masked_key(self) -> str:
        """``XXXXX-XXXXX-XXXXX-XXXXX-ABCDE``, or "" when no key is installed."""
        return mask_last5(self.partial_key) if self.partial_key else ""

    @property
    def reason(self) -> HResultInfo | None:
        """The status reason explained, or None when there is none."""
        return describe(self.status_reason) if self.status_reason else None

    def expires_at(self, now: datetime) -> datetime | None:
        """When the activation or grace ends, counted from ``now`` (the read time)."""
        return self.grace.expires_at(now)


@dataclass(frozen=True)
class KmsRequestCounts:
    """The KMS host's cumulative request counters (``KeyManagementService*Requests``)."""

    total: int = 0
    failed: int = 0
    unlicensed: int = 0
    licensed: int = 0
    oob: int = 0
    oot: int = 0
    non_genuine: int = 0
    notification: int = 0

    @classmethod
    def from_dict(cls, data: object) -> KmsRequestCounts:
        if data is None:
            return cls()
        record = dict(_record(data, "requests"))
        # The status script writes "nongenuine" (from NonGenuineGraceRequests).
        if "non_genuine" not in record and "nongenuine" in record:
            record["non_genuine"] = record["nongenuine"]
        # A machine that is not a KMS host reports every counter as the uint32 sentinel.
        limit = UINT32_NONE - 1
        return cls(
            **{name: _count(record, name, limit, default=0) for name in cls.__dataclass_fields__}
        )


@dataclass(frozen=True)
class KmsHostState:
    """The ``SoftwareLicensingService`` KMS fields of a machine.

    ``current_count`` is −1 when the machine is not a KMS host or has had no
    request yet (the script's null, or WMI's uint32 sentinel 4294967295);
    :attr:`count` reads it as 0. ``required_count`` and the intervals are 0 when
    the machine reports none.
    """

    is_kms_host: bool
    current_count: int
    required_count: int
    listening_port: int
    dns_publishing: bool
    low_priority: bool
    activation_interval: int  # minutes between retries of unactivated clients
    renewal_interval: int  # minutes between renewals of activated clients
    requests: KmsRequestCounts

    @classmethod
    def from_dict(cls, data: object) -> KmsHostState:
        """Build and validate from the ``service`` dict of the status document.

        Raises:
            InvalidStatusData: naming the first field that is missing or wrong.
        """
        record = _record(data, "service")
        return cls(
            is_kms_host=_bool(record, "is_kms_host"),
            current_count=_count(record, "current_count", 0xFFFF, default=-1),
            required_count=_count(record, "required_count", 0xFFFF, default=0),
            # 0 or nothing on a machine that is not a KMS host: the default applies.
            listening_port=_int(record, "listening_port", 0, 65535) or DEFAULT_KMS_PORT,
            dns_publishing=_bool(record, "dns_publishing"),
            low_priority=_bool(record, "low_priority"),
            activation_interval=_count(record, "activation_interval", UINT32_NONE - 1, default=0),
            renewal_interval=_count(record, "renewal_interval", UINT32_NONE - 1, default=0),
            requests=KmsRequestCounts.from_dict(_get(record, "requests", required=False)),
        )

    @property
    def count(self) -> int:
        return max(0, self.current_count)

    def reaches(self, threshold: int) -> bool:
        """True when the count meets ``threshold`` (25 clients, 5 servers or Office)."""
        return self.count >= threshold
