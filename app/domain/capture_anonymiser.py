"""Anonymise a field capture's answers before they touch disk (``kms-wizard capture``).

A capture is the raw JSON the operation scripts printed on a real machine
(``app.domain.field_capture``). An admin must be able to attach it to a bug
report, so everything that identifies the machine or its network is replaced,
*consistently*: the same original becomes the same replacement everywhere in
the file, so the documents still agree with each other (the host's FQDN, its
``DnsDomainPublishList`` entries and the KMS host its clients discovered).

- full product keys (anything shaped ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``) keep only
  their last five characters, which Windows itself shows (``PartialProductKey``);
- host names become ``host1``, ``host2``…; domains ``example.test``,
  ``sub1.example.test``, ``example2.test``… (RFC 2606 reserves ``.test``; the
  hierarchy is kept, as DNS devolution depends on it), also inside the
  ``"domain, priority, weight"`` entries of ``dns_domains`` and in free text;
- IPv4 addresses become ``192.0.2.x``, then ``198.51.100.x`` and ``203.0.113.x``
  (RFC 5737), IPv6 addresses ``2001:db8::x`` (RFC 3849);
- the client machine ID (CMID) and the installation ID (it encodes the hardware)
  become obviously fake values of the same shape;
- user names are removed (fields such as ``user``, profile paths, e-mail names).

Activation IDs, application IDs and SKU IDs stay: they name public products,
and the wizard needs them. Pure and Qt-free: no I/O, the input is not changed.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Field names (lower case) whose string value is a host: an FQDN, a short name or an address.
HOST_FIELDS = frozenset(
    {
        "fqdn",
        "kms_machine",
        "discovered_host",
        "kms_host",
        "host",
        "hostname",
        "host_name",
        "computer",
        "computer_name",
        "machine_name",
        "dns_hostname",
    }
)
# Field names whose value (or list of values) is an IP address.
ADDRESS_FIELDS = frozenset({"addresses", "address", "ip", "ip_address", "ip_addresses"})
# Field names whose value is a DNS domain.
DOMAIN_FIELDS = frozenset(
    {"domain", "lookup_domain", "kms_lookup_domain", "primary_dns_suffix", "dns_suffix"}
)
# Field names holding ``"domain, priority, weight"`` entries (DnsDomainPublishList).
PUBLISH_LIST_FIELDS = frozenset({"dns_domains", "dns_domain_publish_list"})
# Identifiers of this machine (ClientMachineID): replaced by a fake GUID.
MACHINE_ID_FIELDS = frozenset({"cmid", "client_machine_id", "machine_id", "machine_guid"})
# The installation ID (phone activation) encodes the hardware: replaced by fake digits.
INSTALLATION_ID_FIELDS = frozenset({"iid", "installation_id", "offline_installation_id"})
# Fields that name a person: removed.
USER_FIELDS = frozenset(
    {"user", "user_name", "username", "account", "owner", "registered_owner", "user_sid"}
)
# Fields that name products, editions and codes, never a machine: only keys are masked there
# (a host called "kms" or "server" must not eat words of a product's description).
PRODUCT_FIELDS = frozenset(
    {
        "id",
        "application_id",
        "sku_id",
        "name",
        "description",
        "channel",
        "caption",
        "edition_id",
        "language",
        "source",
        "office_version",
        "status_reason",
        "hresult",
        "utc_now",
    }
)
# Workgroup names every stock Windows has: not identifying, and meaningful.
STOCK_NAMES = frozenset({"workgroup", "localhost", ""})

FIRST_DOMAIN = "example.test"
MASKED_KEY_PREFIX = "XXXXX-XXXXX-XXXXX-XXXXX-"
_V4_POOLS = ("192.0.2.", "198.51.100.", "203.0.113.")

_KEY = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Za-z0-9]{5}-){4}([A-Za-z0-9]{5})(?![A-Za-z0-9-])")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IPV6 = re.compile(
    r"(?<![0-9A-Fa-f:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z]+)?"
)
_PROFILE_PATH = re.compile(r"(?i)\b([A-Z]:\\(?:Users|Documents and Settings)\\)[^\\\s\"']+")
_EMAIL_NAME = re.compile(r"[A-Za-z0-9._%+-]+@(?=[A-Za-z0-9-]+\.)")
_HOST_PORT = re.compile(r"^(.+):(\d{1,5})$")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"


@dataclass(frozen=True)
class Anonymised:
    """The anonymised document and what was replaced (counts only, never originals).

    Attributes:
        document: a new document; the input is left as it was.
        counts: per category (``product_keys``, ``host_names``, ``domains``,
            ``addresses``, ``machine_ids``, ``installation_ids``, ``user_names``):
            how many distinct originals were replaced (keys: how many were masked).
        hosts: the replacement of each name passed as ``hosts=``, in order.
    """

    document: Any
    counts: dict[str, int]
    hosts: tuple[str, ...] = field(default=())


def anonymise(document: Any, *, hosts: Sequence[str] = ()) -> Anonymised:
    """Replace every identifying value of ``document`` (nested dicts and lists).

    Args:
        document: the JSON documents (dicts, lists, strings, numbers).
        hosts: names known to identify the machine (the target as the user typed
            it); they are numbered first, so the captured machine is ``host1``.
    """
    replacer = _Replacer()
    for name in hosts:
        replacer.host(name)
    replacer.collect(document, None)
    cleaned = replacer.rewrite(document, None)
    return Anonymised(cleaned, replacer.counts(), tuple(replacer.host(name) for name in hosts))


class _Replacer:
    """The consistent maps, filled by a first walk and applied by a second."""

    def __init__(self) -> None:
        self._domains: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._short: dict[str, str] = {}
        self._addresses: dict[str, str] = {}
        self._machine_ids: dict[str, str] = {}
        self._iids: dict[str, str] = {}
        self._keys = 0
        self._users = 0
        self._text_rules: re.Pattern[str] | bool | None = None  # False: nothing known yet

    # --- the maps ---------------------------------------------------------------

    def domain(self, name: str) -> str:
        """A DNS domain, hierarchy kept: ``corp.contoso.com`` → ``sub1.example.test``.

        The last two labels name the organisation (``contoso.com`` → ``example.test``);
        each label to their left becomes ``subN``. Parents are registered too, so
        ``contoso.com`` in free text is caught once ``corp.contoso.com`` is known.
        """
        wanted = name.strip().rstrip(".").lower()
        if wanted in STOCK_NAMES or _is_address(wanted):
            return name
        if wanted in self._domains:
            return self._domains[wanted]
        labels = wanted.split(".")
        base = ".".join(labels[-2:])
        if base not in self._domains:
            number = sum(1 for d in self._domains if d.count(".") < 2) + 1
            self._domains[base] = FIRST_DOMAIN if number == 1 else f"example{number}.test"
        result = self._domains[base]
        for index in range(len(labels) - 3, -1, -1):
            label = labels[index]
            if label not in self._labels:
                self._labels[label] = f"sub{len(self._labels) + 1}"
            result = f"{self._labels[label]}.{result}"
            self._domains.setdefault(".".join(labels[index:]), result)
        self._text_rules = None
        return self._domains[wanted]

    def host(self, name: str) -> str:
        """An FQDN, a short name or an address (``[v6]``, a trailing dot, ``:port`` allowed)."""
        text = name.strip()
        with_port = _HOST_PORT.match(text)
        if with_port and not _is_address(text.strip("[]")):
            return f"{self.host(with_port.group(1))}:{with_port.group(2)}"
        bare = text.strip("[]").rstrip(".")
        if _is_address(bare):
            replaced = self.address(bare)
            return f"[{replaced}]" if text.startswith("[") else replaced
        lowered = bare.lower()
        if lowered in STOCK_NAMES:
            return name
        short, _, domain = lowered.partition(".")
        if short not in self._short:
            self._short[short] = f"host{len(self._short) + 1}"
            self._text_rules = None
        if not domain:
            return self._short[short]
        return f"{self._short[short]}.{self.domain(domain)}"

    def address(self, text: str) -> str:
        scope = ""
        bare = text
        if "%" in text:
            bare, _, zone = text.partition("%")
            scope = "%" + zone
        parsed = ipaddress.ip_address(bare)
        if _kept_address(parsed):
            return text
        canonical = parsed.compressed
        if canonical not in self._addresses:
            count = sum(1 for v in self._addresses.values() if (":" in v) == (parsed.version == 6))
            if parsed.version == 4:
                pool, number = divmod(count, 254)
                self._addresses[canonical] = f"{_V4_POOLS[pool % 3]}{number + 1}"
            else:
                self._addresses[canonical] = f"2001:db8::{count + 1:x}"
        return self._addresses[canonical] + scope

    def machine_id(self, value: str) -> str:
        wanted = value.strip().lower()
        if wanted not in self._machine_ids:
            self._machine_ids[wanted] = f"00000000-0000-4000-8000-{len(self._machine_ids) + 1:012x}"
            self._text_rules = None
        return self._machine_ids[wanted]

    def installation_id(self, value: str) -> str:
        wanted = value.strip()
        if wanted not in self._iids:
            # Same length and grouping, obviously not a real ID (a check digit would fail).
            digit = str(len(self._iids) % 9 + 1)
            self._iids[wanted] = re.sub(r"\d", digit, wanted)
            self._text_rules = None
        return self._iids[wanted]

    def counts(self) -> dict[str, int]:
        return {
            "product_keys": self._keys,
            "host_names": len(self._short),
            "domains": len(self._domains),
            "addresses": len(self._addresses),
            "machine_ids": len(self._machine_ids),
            "installation_ids": len(self._iids),
            "user_names": self._users,
        }

    # --- first walk: learn the identifying values from the fields that hold them ---

    def collect(self, value: Any, key: str | None) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                self.collect(item, str(name).lower())
        elif isinstance(value, list):
            for item in value:
                self.collect(item, key)
        elif isinstance(value, str) and value.strip():
            if key in HOST_FIELDS:
                self.host(value)
            elif key in ADDRESS_FIELDS and _is_address(value.strip().partition("%")[0]):
                self.address(value.strip())
            elif key in DOMAIN_FIELDS:
                self.domain(value)
            elif key in PUBLISH_LIST_FIELDS:
                self.domain(value.split(",", 1)[0])
            elif key in MACHINE_ID_FIELDS:
                self.machine_id(value)
            elif key in INSTALLATION_ID_FIELDS:
                self.installation_id(value)

    # --- second walk: rewrite every string ----------------------------------------

    def rewrite(self, value: Any, key: str | None) -> Any:
        if isinstance(value, dict):
            kept = {}
            for name, item in value.items():
                lowered = str(name).lower()
                if lowered in USER_FIELDS:
                    self._users += 1
                    continue
                kept[name] = self.rewrite(item, lowered)
            return kept
        if isinstance(value, list):
            return [self.rewrite(item, key) for item in value]
        if not isinstance(value, str):
            return value
        if key in HOST_FIELDS and value.strip():
            return self.host(value)
        if key in DOMAIN_FIELDS and value.strip():
            return self.domain(value)
        if key in MACHINE_ID_FIELDS and value.strip():
            return self.machine_id(value)
        if key in INSTALLATION_ID_FIELDS and value.strip():
            return self.installation_id(value)
        if key in PRODUCT_FIELDS:
            return _KEY.sub(self._mask_key, value)
        return self.text(value, addresses=not (key or "").endswith("version"))

    def text(self, value: str, *, addresses: bool = True) -> str:
        """Free text: keys, known identifiers, names under known domains, addresses, users."""
        value = _KEY.sub(self._mask_key, value)
        known = self._rules()
        if known is not None:
            value = known.sub(self._known, value)
        if addresses:
            value = _IPV4.sub(self._address_match, value)
            value = _IPV6.sub(self._address_match, value)
        value, paths = _PROFILE_PATH.subn(r"\1user", value)
        value, mails = _EMAIL_NAME.subn("user@", value)
        self._users += paths + mails
        return value

    def _mask_key(self, found: re.Match[str]) -> str:
        self._keys += 1
        return MASKED_KEY_PREFIX + found.group(1)

    def _address_match(self, found: re.Match[str]) -> str:
        text = found.group(0)
        bare = text.partition("%")[0]
        if not _is_address(bare):
            return text
        if ":" in bare and "::" not in bare and bare.count(":") != 7:
            return text  # a time of day or a MAC, not an IPv6 address
        return self.address(text)

    def _rules(self) -> re.Pattern[str] | None:
        """One pattern for every known identifier, applied in a single pass.

        A single pass matters: a replacement (``sub1.example.test``) must never be
        matched again by a rule for another original.
        """
        if self._text_rules is not None:
            return self._text_rules or None
        parts = []
        literals = sorted([*self._machine_ids, *self._iids], key=len, reverse=True)
        if literals:
            parts.append(f"(?P<literal>{'|'.join(re.escape(x) for x in literals)})")
        domains = sorted(self._domains, key=len, reverse=True)
        if domains:
            alternatives = "|".join(re.escape(d) for d in domains)
            # The shortest prefix first, so the longest known domain wins: in
            # "corp.contoso.com", "corp" is a subdomain, not a host of contoso.com.
            parts.append(
                rf"(?<![A-Za-z0-9-])(?P<prefix>(?:_?{_LABEL}\.)*?)"
                rf"(?P<domain>{alternatives})(?![\w-])"
            )
        shorts = sorted(self._short, key=len, reverse=True)
        if shorts:
            # A known short name, alone or as the first label of a name in another domain.
            alternatives = "|".join(re.escape(s) for s in shorts)
            parts.append(rf"(?<![\w.-])(?P<short>(?:{alternatives})(?:\.{_LABEL})*)(?![\w-])")
        self._text_rules = re.compile("|".join(parts), re.IGNORECASE) if parts else False
        return self._text_rules or None

    def _known(self, found: re.Match[str]) -> str:
        groups = found.groupdict()
        if groups.get("literal") is not None:
            original = groups["literal"]
            return self._machine_ids.get(original.lower()) or self._iids[original]
        if groups.get("domain") is not None:
            return self._qualified(groups["prefix"], groups["domain"])
        return self.host(groups["short"])

    def _qualified(self, prefix: str, domain: str) -> str:
        """``name.domain``: service labels (``_vlmcs._tcp.``) stay, the first other is a host."""
        labels = prefix.rstrip(".").split(".") if prefix else []
        service = []
        while labels and labels[0].startswith("_"):
            service.append(labels.pop(0))
        named = self.host(".".join([*labels, domain])) if labels else self.domain(domain)
        return ".".join([*service, named])


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _kept_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Addresses that identify nothing (localhost, unspecified) or are already documentation."""
    if address.is_unspecified or str(address) in ("127.0.0.1", "::1"):
        return True
    if address.version == 4:
        return any(str(address).startswith(pool) for pool in _V4_POOLS)
    return address in ipaddress.ip_network("2001:db8::/32")
