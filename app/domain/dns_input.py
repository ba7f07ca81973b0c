"""Validation of what a user types for the DNS check and publishing.

Domain and host names go into generated commands (``Add-DnsServerResourceRecord``,
a BIND zone line, a registry value) and into DNS messages, so they are checked
against the RFC 1035 host-name rules (letters, digits, hyphens; labels of 1 to
63 characters; at most 253 characters) before anything is built or sent. An
internationalised name is converted to its ASCII (punycode) form. Every error
carries a translatable message naming the offending part.
"""

from __future__ import annotations

import ipaddress
import math
import re

from app.domain.dns import DEFAULT_DNS_PORT, NameServer
from app.domain.text import QT_TRANSLATE_NOOP, TranslatableError, msg

MAX_NAME_LENGTH = 253
MAX_LABEL_LENGTH = 63
MAX_TTL = 2_147_483_647
MIN_TIMEOUT_S = 0.1
MAX_TIMEOUT_S = 60.0

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\Z")
_ALLOWED = re.compile(r"[a-z0-9.-]")

EMPTY_NAME = QT_TRANSLATE_NOOP("DnsInput", "%1 is empty: give a DNS name such as example.com.")
BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "DnsInput",
    "“%1” contains %2, which a DNS name cannot hold. Use letters, digits and hyphens, "
    "with dots between the labels.",
)
HAS_SPACE = QT_TRANSLATE_NOOP("DnsInput", "“%1” contains a space; DNS names cannot contain spaces.")
LABEL_TOO_LONG = QT_TRANSLATE_NOOP(
    "DnsInput", "The label “%1” has %2 characters; a DNS label has at most 63."
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP("DnsInput", "“%1” has %2 characters; a DNS name has at most 253.")
EMPTY_LABEL = QT_TRANSLATE_NOOP(
    "DnsInput", "“%1” has an empty label (two dots in a row, or a leading dot)."
)
HYPHEN_EDGE = QT_TRANSLATE_NOOP(
    "DnsInput", "The label “%1” starts or ends with a hyphen, which DNS names do not allow."
)
NUMERIC_TLD = QT_TRANSLATE_NOOP(
    "DnsInput", "“%1” ends with a number: give a host or domain name, not an IP address."
)
NOT_FQDN = QT_TRANSLATE_NOOP(
    "DnsInput",
    "Give the fully qualified name of the KMS host (such as kms01.example.com), not “%1”.",
)
BAD_IDN = QT_TRANSLATE_NOOP("DnsInput", "“%1” is not a valid internationalised domain name.")
BAD_NUMBER = QT_TRANSLATE_NOOP("DnsInput", "%1 must be a whole number from %2 to %3, not “%4”.")
BAD_NAMESERVER = QT_TRANSLATE_NOOP(
    "DnsInput",
    "“%1” is not a DNS server address: give an IP address, optionally followed by :PORT "
    "(an IPv6 address in brackets, such as [2001:db8::53]:53).",
)
BAD_ADDRESS = QT_TRANSLATE_NOOP("DnsInput", "“%1” is not an IPv4 or IPv6 address.")
BAD_TIMEOUT = QT_TRANSLATE_NOOP(
    "DnsInput", "%1 must be a number of seconds from 0.1 to 60, not “%2”."
)


class DnsInputError(TranslatableError, ValueError):
    """Bad input; ``message`` says what is wrong, translatable."""


def parse_domain_name(text: str, *, what: str = "--domain") -> str:
    """Check a domain name and return it in canonical form (lower case, no trailing dot).

    Args:
        text: the name as typed; surrounding blanks and one trailing dot are dropped.
        what: how the user named the field (an option such as ``--domain``), for messages.

    Raises:
        DnsInputError: the name breaks a DNS rule; the message says which.
    """
    name = (text or "").strip()
    if name.endswith(".") and name != ".":
        name = name[:-1]
    if not name or name == ".":
        raise DnsInputError(msg(EMPTY_NAME, what))
    for ch in name:
        if ch.isspace():
            raise DnsInputError(msg(HAS_SPACE, _shorten(text.strip())))
    if not name.isascii():
        # The length first: the IDNA codec costs about 13 µs per character, so a pasted
        # megabyte would hold the caller for seconds. The ASCII form is longer than the name
        # (punycode spends at least one character per non-ASCII one); only characters IDNA
        # drops (soft hyphens, joiners) could shorten it, and no real name is made of them.
        if len(name) > MAX_NAME_LENGTH:
            raise DnsInputError(msg(NAME_TOO_LONG, _shorten(name), len(name)))
        name = _to_ascii(name, text)
    name = name.lower()
    for ch in name:
        if not _ALLOWED.match(ch):
            raise DnsInputError(msg(BAD_CHARACTER, _shorten(name), f"“{ch}”"))
    if len(name) > MAX_NAME_LENGTH:
        raise DnsInputError(msg(NAME_TOO_LONG, _shorten(name), len(name)))
    labels = name.split(".")
    for label in labels:
        if not label:
            raise DnsInputError(msg(EMPTY_LABEL, name))
        if len(label) > MAX_LABEL_LENGTH:
            raise DnsInputError(msg(LABEL_TOO_LONG, _shorten(label), len(label)))
        if not _LABEL.match(label):
            raise DnsInputError(msg(HYPHEN_EDGE, label))
    if labels[-1].isdigit():
        raise DnsInputError(msg(NUMERIC_TLD, name))
    return name


def parse_host_name(text: str, *, what: str = "--host") -> str:
    """Like :func:`parse_domain_name`, and the name must be fully qualified (two labels or more)."""
    name = parse_domain_name(text, what=what)
    if "." not in name:
        raise DnsInputError(msg(NOT_FQDN, name))
    return name


def parse_int(text: str | int, *, what: str, low: int, high: int) -> int:
    """A whole number within ``low``..``high`` (port, priority, weight, TTL)."""
    raw = str(text).strip()
    if not re.fullmatch(r"[0-9]{1,10}", raw) or not low <= int(raw) <= high:
        raise DnsInputError(msg(BAD_NUMBER, what, low, high, _shorten(raw)))
    return int(raw)


def parse_port(text: str | int, *, what: str = "--port") -> int:
    """A TCP/UDP port, 1 to 65535 (0 is not a port one can connect to)."""
    return parse_int(text, what=what, low=1, high=65535)


def parse_timeout(text: str | float, *, what: str = "--timeout") -> float:
    """A time budget in seconds, 0.1 to 60."""
    raw = str(text).strip()
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (MIN_TIMEOUT_S <= value <= MAX_TIMEOUT_S):  # also rejects nan and inf
        raise DnsInputError(msg(BAD_TIMEOUT, what, _shorten(raw)))
    return value


def parse_ip_address(text: str) -> str:
    """An IPv4 or IPv6 address, in its compressed canonical form."""
    raw = (text or "").strip()
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        raise DnsInputError(msg(BAD_ADDRESS, _shorten(raw))) from None


def parse_nameserver(text: str, *, default_port: int = DEFAULT_DNS_PORT) -> NameServer:
    """``IP``, ``IP:PORT``, ``[IPv6]:PORT`` or a bare IPv6 address → :class:`NameServer`.

    Only addresses are accepted: a DNS server given by name would need DNS to be
    found, which is what is being checked.
    """
    raw = (text or "").strip()
    address, port_text = raw, None
    bracketed = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::([0-9]+))?", raw)
    if bracketed:
        address, port_text = bracketed.group(1), bracketed.group(2)
    elif raw.count(":") == 1:
        address, port_text = raw.split(":")
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        raise DnsInputError(msg(BAD_NAMESERVER, _shorten(raw))) from None
    if bracketed and ip.version != 6:
        raise DnsInputError(msg(BAD_NAMESERVER, _shorten(raw)))
    port = default_port if port_text is None else parse_port(port_text, what="--nameserver")
    return NameServer(str(ip), port)


def _to_ascii(name: str, original: str) -> str:
    try:
        return name.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        raise DnsInputError(msg(BAD_IDN, _shorten(original.strip()))) from None


def _shorten(text: str, limit: int = 80) -> str:
    """Keep messages readable when someone pastes a megabyte into a field."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
