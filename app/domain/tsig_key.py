"""TSIG keys in BIND's own file format, the one ``tsig-keygen`` prints::

    key "kms-publisher" {
        algorithm hmac-sha256;
        secret "Z2l2ZSBtZSBhIGtleQ==...";
    };

The secret authorises changes to DNS zones: it never appears in a message, an
exception text, a log or a ``repr``.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

from app.domain.dns_input import DnsInputError
from app.domain.text import QT_TRANSLATE_NOOP, msg

ALGORITHMS = (
    "hmac-sha256",
    "hmac-sha512",
    "hmac-sha384",
    "hmac-sha224",
    "hmac-sha1",
    "hmac-md5",
)
MAX_FILE_BYTES = 64 * 1024

NOT_A_KEY_FILE = QT_TRANSLATE_NOOP(
    "TsigKeyFile",
    "%1 holds no TSIG key. Expected the format tsig-keygen prints: "
    'key "name" { algorithm hmac-sha256; secret "…"; };',
)
SEVERAL_KEYS = QT_TRANSLATE_NOOP(
    "TsigKeyFile", "%1 holds %2 keys; keep only the one allowed to update this zone."
)
NO_SECRET = QT_TRANSLATE_NOOP("TsigKeyFile", "The key “%1” in %2 has no secret.")
BAD_SECRET = QT_TRANSLATE_NOOP(
    "TsigKeyFile", "The secret of the key “%1” in %2 is not valid base64."
)
NO_ALGORITHM = QT_TRANSLATE_NOOP(
    "TsigKeyFile", "The key “%1” in %2 does not say its algorithm (such as hmac-sha256)."
)
BAD_ALGORITHM = QT_TRANSLATE_NOOP(
    "TsigKeyFile",
    "The key “%1” in %2 uses the algorithm “%3”, which is not supported. Use one of: %4.",
)
BAD_KEY_NAME = QT_TRANSLATE_NOOP("TsigKeyFile", "The key name “%2” in %1 is not a valid DNS name.")
UNREADABLE = QT_TRANSLATE_NOOP("TsigKeyFile", "The key file %1 could not be read: %2")


@dataclass(frozen=True)
class TsigKey:
    """A TSIG key: its name, its HMAC algorithm and the secret (never shown)."""

    name: str
    algorithm: str
    secret: bytes = field(repr=False)

    def __repr__(self) -> str:
        return f"TsigKey(name={self.name!r}, algorithm={self.algorithm!r}, secret=<hidden>)"


# Quoted strings come first in the alternation so a "//" inside a base64 secret
# is never mistaken for a comment.
_STRINGS_OR_COMMENTS = re.compile(r"\"[^\"]*\"|/\*.*?\*/|//[^\n]*|#[^\n]*", re.DOTALL)
_KEY_STATEMENT = re.compile(
    r"\bkey\s+(?:\"([^\"]*)\"|([^\s{\";]+))\s*\{(.*?)\}\s*;", re.DOTALL | re.IGNORECASE
)
_ALGORITHM = re.compile(r"\balgorithm\s+\"?([A-Za-z0-9.-]+)\"?\s*;", re.IGNORECASE)
# Key names are DNS names but, unlike host names, may hold underscores.
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_KEY_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
_SECRET = re.compile(r"\bsecret\s+\"([^\"]*)\"\s*;", re.IGNORECASE)


def parse_tsig_key(text: str, *, source: str) -> TsigKey:
    """Read one key statement from the text of a BIND key file.

    Args:
        text: the file's content.
        source: how to name the file in messages (its path).

    Raises:
        DnsInputError: no key, several keys, no or bad secret, unknown algorithm.
    """
    body = _STRINGS_OR_COMMENTS.sub(_drop_comment, text)
    statements = _KEY_STATEMENT.findall(body)
    if not statements:
        raise DnsInputError(msg(NOT_A_KEY_FILE, source))
    if len(statements) > 1:
        raise DnsInputError(msg(SEVERAL_KEYS, source, len(statements)))
    quoted, bare, inner = statements[0]
    name = (quoted or bare).strip().rstrip(".").lower()
    if not _KEY_NAME.fullmatch(name) or len(name) > 253:
        raise DnsInputError(msg(BAD_KEY_NAME, source, name[:80]))
    algorithm_match = _ALGORITHM.search(inner)
    if not algorithm_match:
        raise DnsInputError(msg(NO_ALGORITHM, name, source))
    algorithm = algorithm_match.group(1).lower().rstrip(".")
    if algorithm not in ALGORITHMS:
        raise DnsInputError(msg(BAD_ALGORITHM, name, source, algorithm, ", ".join(ALGORITHMS)))
    secret_match = _SECRET.search(inner)
    if not secret_match or not secret_match.group(1).strip():
        raise DnsInputError(msg(NO_SECRET, name, source))
    try:
        secret = base64.b64decode("".join(secret_match.group(1).split()), validate=True)
    except (binascii.Error, ValueError):
        raise DnsInputError(msg(BAD_SECRET, name, source)) from None
    if not secret:
        raise DnsInputError(msg(NO_SECRET, name, source))
    return TsigKey(name, algorithm, secret)


def _drop_comment(match: re.Match[str]) -> str:
    token = match.group(0)
    return token if token.startswith('"') else " "


def read_tsig_key_file(path: str) -> TsigKey:
    """Read and parse a key file; every failure is a :class:`DnsInputError`.

    Reading a small text file is the one bit of I/O kept here, so the CLI and
    the wizard share exactly the same checks (size, encoding, format).
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as problem:
        raise DnsInputError(msg(UNREADABLE, path, problem.strerror or str(problem))) from None
    if len(data) > MAX_FILE_BYTES:
        raise DnsInputError(msg(NOT_A_KEY_FILE, path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DnsInputError(msg(NOT_A_KEY_FILE, path)) from None
    return parse_tsig_key(text, source=path)
