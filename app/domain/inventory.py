"""Fleet inventory: the machines a scan or a conversion will touch, cleaned and explained.

Every source (a typed list, a host-list file, a CSV, a CIDR range, Active
Directory) ends up as an :class:`Inventory`: the host names to contact, in
order, without duplicates, plus one :class:`InventoryNote` per line that was
rejected or cleaned, with a translatable reason. A host name is the only thing
that ever leaves this module, and only after :func:`check_host` accepted it:
letters, digits, ``-``, ``_`` and dots, or an IPv4/IPv6 address — so quotes,
``;``, ``$( )``, backticks, spaces, control characters or binary junk from a
file can never reach a command line, a report or a terminal unescaped.

Host lists are one host per line; ``#`` starts a comment (whole line or after
the host); blank lines are skipped.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.domain.licensing import is_valid_host_name
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, TranslatableError, msg

# A DNS name is at most 253 characters; anything much longer on a line is junk.
MAX_ENTRY_CHARS = 255
# A host-list or CSV file larger than this is not a host list (read as bytes, refused).
MAX_FILE_BYTES = 64 * 1024 * 1024
# Above this many distinct hosts an inventory is refused: no fleet scan is that big.
MAX_HOSTS = 100_000
_SHOWN_CHARS = 40


class EntryProblem(TextEnum):
    """Why one entry (a line, a CSV cell, a directory object) was not taken."""

    TOO_LONG = QT_TRANSLATE_NOOP(
        "Inventory",
        "Line %1: the entry is %2 characters long, far too long for a host name; it was ignored.",
    )
    CONTROL = QT_TRANSLATE_NOOP(
        "Inventory",
        "Line %1: “%2” contains control characters or binary data; it was ignored.",
    )
    FORBIDDEN = QT_TRANSLATE_NOOP(
        "Inventory",
        "Line %1: “%2” contains %3, which no host name can hold; it was ignored.",
    )
    NOT_HOST = QT_TRANSLATE_NOOP(
        "Inventory", "Line %1: “%2” is not a valid host name or IP address; it was ignored."
    )
    DUPLICATE = QT_TRANSLATE_NOOP(
        "Inventory", "Line %1: %2 is listed again (first on line %3); the duplicate was removed."
    )
    EMPTY_CELL = QT_TRANSLATE_NOOP(
        "Inventory", "Line %1: the host column is empty; the line was skipped."
    )


class SourceProblem(TextEnum):
    """Why a whole source could not be read (nothing is taken from it)."""

    TOO_BIG = QT_TRANSLATE_NOOP(
        "Inventory", "The file is %1 MB; a host list is never that large, so it was not read."
    )
    BINARY = QT_TRANSLATE_NOOP(
        "Inventory",
        "The file is not text (it looks like binary data), so no host was taken from it.",
    )
    TOO_MANY = QT_TRANSLATE_NOOP(
        "Inventory", "The inventory holds more than %1 hosts; split it into smaller lists."
    )
    EMPTY = QT_TRANSLATE_NOOP("Inventory", "No host to contact: the inventory is empty.")


# How a forbidden character is named in the FORBIDDEN message ("a space", "a quote"…).
CHARACTER_NAMES: dict[str, Text] = {
    " ": QT_TRANSLATE_NOOP("Inventory", "a space"),
    '"': QT_TRANSLATE_NOOP("Inventory", "a double quote"),
    "'": QT_TRANSLATE_NOOP("Inventory", "a quote"),
    ";": QT_TRANSLATE_NOOP("Inventory", "a semicolon"),
    "$": QT_TRANSLATE_NOOP("Inventory", "a dollar sign"),
    "`": QT_TRANSLATE_NOOP("Inventory", "a backtick"),
    "(": QT_TRANSLATE_NOOP("Inventory", "a parenthesis"),
    ")": QT_TRANSLATE_NOOP("Inventory", "a parenthesis"),
    "|": QT_TRANSLATE_NOOP("Inventory", "a vertical bar"),
    "&": QT_TRANSLATE_NOOP("Inventory", "an ampersand"),
    "<": QT_TRANSLATE_NOOP("Inventory", "an angle bracket"),
    ">": QT_TRANSLATE_NOOP("Inventory", "an angle bracket"),
    "\\": QT_TRANSLATE_NOOP("Inventory", "a backslash"),
    "/": QT_TRANSLATE_NOOP("Inventory", "a slash"),
    ",": QT_TRANSLATE_NOOP("Inventory", "a comma"),
    "=": QT_TRANSLATE_NOOP("Inventory", "an equals sign"),
    "%": QT_TRANSLATE_NOOP("Inventory", "a percent sign"),
    "*": QT_TRANSLATE_NOOP("Inventory", "an asterisk"),
}
OTHER_CHARACTER = QT_TRANSLATE_NOOP("Inventory", "the character “%1”")


class InventoryRefused(TranslatableError, ValueError):
    """A whole source was refused; ``message`` says why (translatable)."""


@dataclass(frozen=True, slots=True)
class InventoryNote:
    """One rejected or cleaned entry: where it was and why (translatable).

    ``rejected`` is False for what was only cleaned (a duplicate removed, a
    directory name used instead of a missing DNS name).
    """

    line: int
    problem: EntryProblem
    message: Message
    rejected: bool = True


@dataclass(frozen=True)
class Inventory:
    """Host names to contact, in first-seen order, with the notes explaining what was dropped."""

    hosts: tuple[str, ...]
    notes: tuple[InventoryNote, ...] = ()
    source: str = ""

    @property
    def rejected(self) -> tuple[InventoryNote, ...]:
        return tuple(n for n in self.notes if n.rejected)

    @property
    def duplicates(self) -> tuple[InventoryNote, ...]:
        return tuple(n for n in self.notes if not n.rejected)


@dataclass(frozen=True, slots=True)
class HostCheck:
    """The outcome of :func:`check_host`: a clean host name, or the problem."""

    host: str | None
    problem: EntryProblem | None = None
    args: tuple[object, ...] = ()


def shown(text: str, limit: int = _SHOWN_CHARS) -> str:
    """``text`` safe to print: control and non-printable characters escaped, cut to ``limit``.

    A hostile file may hold terminal escape sequences; they are shown as
    ``\\x1b`` and never reach a terminal or an HTML report as such.
    """
    out: list[str] = []
    for char in text[: limit + 1]:
        if char.isprintable():
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    result = "".join(out)
    return result if len(result) <= limit else result[: limit - 1] + "…"


def character_name(char: str) -> Message:
    """How ``char`` is named in a message ("a semicolon", or the character quoted)."""
    name = CHARACTER_NAMES.get(char)
    return msg(name) if name is not None else msg(OTHER_CHARACTER, shown(char))


def check_host(raw: str) -> HostCheck:
    """Validate one entry as a host name or IP address; returns it normalised.

    Normalisation: surrounding blanks removed, IPv6 brackets dropped, a final dot
    dropped, lower case (Windows names are case-insensitive).
    """
    entry = raw.strip()
    if len(entry) > MAX_ENTRY_CHARS:
        return HostCheck(None, EntryProblem.TOO_LONG, (len(entry),))
    if any(not ch.isprintable() for ch in entry):
        return HostCheck(None, EntryProblem.CONTROL, (shown(entry),))
    candidate = entry[1:-1] if entry.startswith("[") and entry.endswith("]") else entry
    if candidate.endswith(".") and not candidate.endswith(".."):
        candidate = candidate[:-1]
    if is_valid_host_name(candidate):
        return HostCheck(candidate.lower())
    bad = next(
        (ch for ch in candidate if not (ch.isascii() and (ch.isalnum() or ch in ".-_:"))), None
    )
    if bad is not None:
        return HostCheck(None, EntryProblem.FORBIDDEN, (shown(entry), character_name(bad)))
    return HostCheck(None, EntryProblem.NOT_HOST, (shown(entry),))


class InventoryBuilder:
    """Collects entries from any source: validates, removes duplicates, keeps the notes."""

    def __init__(self, source: str = "") -> None:
        self.source = source
        self._hosts: dict[str, int] = {}  # host → line it was first seen on
        self._notes: list[InventoryNote] = []

    def note(self, line: int, problem: EntryProblem, *args: object) -> None:
        """Record a problem with the standard text ("Line %1: …")."""
        rejected = problem is not EntryProblem.DUPLICATE
        self._notes.append(InventoryNote(line, problem, msg(problem.text, line, *args), rejected))

    def note_message(
        self, line: int, problem: EntryProblem, message: Message, *, rejected: bool = True
    ) -> None:
        """Record a problem with a text of the source's own (a directory entry, not a line)."""
        self._notes.append(InventoryNote(line, problem, message, rejected))

    def add(self, line: int, raw: str) -> str | None:
        """Validate and add one entry; returns the host taken, or None (with a note)."""
        checked = check_host(raw)
        if checked.host is None:
            assert checked.problem is not None
            self.note(line, checked.problem, *checked.args)
            return None
        first = self._hosts.get(checked.host)
        if first is not None:
            self.note(line, EntryProblem.DUPLICATE, checked.host, first)
            return None
        if len(self._hosts) >= MAX_HOSTS:
            raise InventoryRefused(msg(SourceProblem.TOO_MANY.text, MAX_HOSTS))
        self._hosts[checked.host] = line
        return checked.host

    def extend(self, other: Inventory) -> None:
        """Merge another inventory (its hosts keep their order; repeats become notes)."""
        self._notes.extend(other.notes)
        for index, host in enumerate(other.hosts, start=1):
            if host in self._hosts:
                self.note(index, EntryProblem.DUPLICATE, host, self._hosts[host])
            else:
                self._hosts[host] = index

    def build(self) -> Inventory:
        return Inventory(tuple(self._hosts), tuple(self._notes), self.source)


def from_entries(entries: Iterable[str], source: str = "") -> Inventory:
    """An inventory from host names given one by one (command-line arguments, a GUI list)."""
    builder = InventoryBuilder(source)
    for index, entry in enumerate(entries, start=1):
        builder.add(index, entry)
    return builder.build()


def parse_host_list(text: str, source: str = "") -> Inventory:
    """One host per line; ``#`` comments and blank lines skipped; every other line checked."""
    builder = InventoryBuilder(source)
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_ENTRY_CHARS * 4:
            builder.note(number, EntryProblem.TOO_LONG, len(line))
            continue
        entry = line.split("#", 1)[0].strip()
        if entry:
            builder.add(number, entry)
    return builder.build()


def merge(inventories: Sequence[Inventory], source: str = "") -> Inventory:
    """Several sources as one inventory (duplicates across sources removed with a note)."""
    builder = InventoryBuilder(source)
    for inventory in inventories:
        builder.extend(inventory)
    return builder.build()


def decode_text(data: bytes) -> str:
    """Decode a host list or CSV file whatever Windows saved it as.

    UTF-8 with or without BOM, UTF-16 with a BOM (Notepad's "Unicode") or
    without one (told by its zero bytes), and finally Windows-1252 (Excel's
    "CSV" on a Western European Windows), which decodes any byte.

    Raises:
        InventoryRefused: the file is too large, or binary.
    """
    if len(data) > MAX_FILE_BYTES:
        raise InventoryRefused(msg(SourceProblem.TOO_BIG.text, len(data) // (1024 * 1024)))
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    if _looks_binary(data):
        raise InventoryRefused(msg(SourceProblem.BINARY.text))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when half the bytes are zeros on one side (ASCII text in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros >= half * 0.9 and even_zeros == 0:
        return "utf-16-le"
    if even_zeros >= half * 0.9 and odd_zeros == 0:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """Zero bytes, or mostly bytes no text file has, in the first 8 KB."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    odd = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0D, 0x0C))
    return odd > len(sample) * 0.1


@dataclass(frozen=True)
class NoteSummary:
    """Notes for a person: the first few in full and how many more there were."""

    shown: tuple[InventoryNote, ...] = field(default=())
    more: int = 0


def summarise_notes(notes: Sequence[InventoryNote], limit: int = 20) -> NoteSummary:
    """At most ``limit`` notes, rejections first (a binary file can produce thousands)."""
    ordered = sorted(notes, key=lambda n: (not n.rejected, n.line))
    return NoteSummary(tuple(ordered[:limit]), max(0, len(ordered) - limit))
