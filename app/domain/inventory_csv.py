"""Host names from a CSV export (Excel, AD Users and Computers, a CMDB, VAMT).

What a real export looks like decides the rules: the delimiter may be ``,``,
``;`` (Excel on a French or German Windows), a tab or ``|``; the first row may
be a header or already data; the host names sit in some column whose name
varies (``DNSHostName``, ``Name``, ``Computer``, ``Nom``, ``Rechner``…). So:

- the delimiter is sniffed from the first lines (the one that splits them into
  the same number of cells);
- a header is recognised by a known column name, or because the first row holds
  no host name while the next rows do;
- the column is the one the user named (by header or 1-based number), else the
  best-known header name, else the column holding the most valid host names.

Every cell taken goes through :func:`app.domain.inventory.check_host`; a CSV
formula (``=cmd|' /C calc'!A0``) or an injection attempt is refused like any
other non-host. Each physical line is one row (host exports never quote line
breaks); lines longer than 64 KB are dropped with a note before parsing.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.inventory import (
    MAX_ENTRY_CHARS,
    EntryProblem,
    Inventory,
    InventoryBuilder,
    InventoryRefused,
    check_host,
    shown,
)
from app.domain.text import QT_TRANSLATE_NOOP, TextEnum, msg

DELIMITERS = (",", ";", "\t", "|")
MAX_LINE_CHARS = 64 * 1024
_SNIFF_LINES = 20
_MAX_COLUMN_DIGITS = 9

# Known host column names, best first (compared without case, accents, blanks, _ and -).
HOST_HEADERS = (
    "dnshostname",
    "fqdn",
    "hostname",
    "host",
    "computername",
    "computer",
    "machinename",
    "machine",
    "servername",
    "server",
    "name",
    "ipaddress",
    "address",
    "ip",
    "target",
    # French and German exports.
    "nomdhote",
    "hote",
    "nomordinateur",
    "ordinateur",
    "serveur",
    "nom",
    "adresseip",
    "adresse",
    "rechnername",
    "rechner",
)


class CsvProblem(TextEnum):
    NO_SUCH_COLUMN = QT_TRANSLATE_NOOP(
        "Inventory", "The CSV file has no column “%1”. Its columns are: %2."
    )
    COLUMN_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
        "Inventory", "The CSV file has %1 columns; column %2 does not exist."
    )
    NO_HOST_COLUMN = QT_TRANSLATE_NOOP(
        "Inventory",
        "No column of the CSV file holds host names. Name the column with --column.",
    )
    UNREADABLE = QT_TRANSLATE_NOOP("Inventory", "The CSV file cannot be read: %1")


@dataclass(frozen=True)
class CsvLayout:
    """What was found out about the file (shown to the user, and tested)."""

    delimiter: str
    has_header: bool
    column: int  # 0-based
    column_name: str  # header text, or "" without a header


def _normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the first lines into the same number (≥ 2) of cells."""
    sample = [line for line in lines[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(_split(line, delimiter)) for line in sample]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        # Most lines agreeing first, then more columns (a "," inside a ";" file is rarer).
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def _is_host(cell: str) -> bool:
    """A cell that is plausibly a host name: valid, and not a bare number (a row index)."""
    host = check_host(cell).host
    return host is not None and not host.isdigit()


def _host_scores(rows: Sequence[Sequence[str]], width: int) -> list[int]:
    scores = [0] * width
    for row in rows[:200]:
        for index, cell in enumerate(row[:width]):
            if _is_host(cell):
                scores[index] += 1
    return scores


def _detect_header(rows: Sequence[Sequence[str]]) -> bool:
    if not rows:
        return False
    first = rows[0]
    known = {_normalise_header(h) for h in HOST_HEADERS}
    if any(_normalise_header(cell) in known for cell in first):
        return True
    if len(rows) < 2:
        return False
    # The column that holds hosts below: a first cell there that is no host is a heading.
    width = max(len(row) for row in rows)
    scores = _host_scores(rows[1:], width)
    best = scores.index(max(scores))
    return scores[best] > 0 and best < len(first) and not _is_host(first[best])


def _choose_column(
    header: Sequence[str] | None, rows: Sequence[Sequence[str]], wanted: str | None
) -> int:
    width = max((len(row) for row in rows), default=len(header or ()))
    width = max(width, len(header or ()))
    if wanted is not None and wanted.strip():
        choice = wanted.strip()
        if header is not None:
            target = _normalise_header(choice)
            for index, name in enumerate(header):
                if _normalise_header(name) == target:
                    return index
        if choice.isascii() and choice.isdigit():
            # The length first: int() raises on more than 4,300 digits (and no file has
            # a billion columns), so a long number is simply a column that does not exist.
            number = int(choice) if len(choice) <= _MAX_COLUMN_DIGITS else 0
            if 1 <= number <= width:
                return number - 1
            raise InventoryRefused(
                msg(CsvProblem.COLUMN_OUT_OF_RANGE.text, width, shown(choice, 30))
            )
        names = ", ".join(shown(h, 30) for h in header) if header else str(width)
        raise InventoryRefused(msg(CsvProblem.NO_SUCH_COLUMN.text, shown(choice, 30), names))
    if header is not None:
        normalised = [_normalise_header(h) for h in header]
        for known in HOST_HEADERS:
            if known in normalised:
                return normalised.index(known)
    scores = _host_scores(rows, width)
    if not scores or max(scores) == 0:
        raise InventoryRefused(msg(CsvProblem.NO_HOST_COLUMN.text))
    return scores.index(max(scores))


def parse_csv(
    text: str, column: str | None = None, source: str = ""
) -> tuple[Inventory, CsvLayout]:
    """Host names from CSV text (decode bytes with :func:`app.domain.inventory.decode_text`).

    Args:
        text: the file's text.
        column: the host column by header name or 1-based number; None detects it.
        source: a label for the inventory (the file name).

    Raises:
        InventoryRefused: the named column does not exist, or no column holds hosts.
    """
    builder = InventoryBuilder(source)
    kept: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            builder.note(number, EntryProblem.TOO_LONG, len(line))
            continue
        if line.strip():
            kept.append((number, line))
    delimiter = sniff_delimiter([line for _, line in kept])
    rows: list[tuple[int, list[str]]] = []
    for number, line in kept:
        try:
            cells = next(csv.reader(io.StringIO(line), delimiter=delimiter), [])
        except csv.Error as problem:
            raise InventoryRefused(msg(CsvProblem.UNREADABLE.text, str(problem))) from None
        rows.append((number, cells))
    cells_only = [cells for _, cells in rows]
    has_header = _detect_header(cells_only)
    header = cells_only[0] if has_header else None
    data = rows[1:] if has_header else rows
    index = _choose_column(header, [cells for _, cells in data], column)
    for number, cells in data:
        cell = cells[index] if index < len(cells) else ""
        if not cell.strip():
            builder.note(number, EntryProblem.EMPTY_CELL)
            continue
        if len(cell) > MAX_ENTRY_CHARS:
            builder.note(number, EntryProblem.TOO_LONG, len(cell))
            continue
        builder.add(number, cell)
    name = header[index] if header is not None and index < len(header) else ""
    layout = CsvLayout(delimiter, has_header, index, shown(name, 60))
    return builder.build(), layout


def looks_like_csv_name(file_name: str) -> bool:
    """Whether a file name says CSV (``.csv``, ``.tsv``); other files are host lists."""
    return file_name.lower().endswith((".csv", ".tsv"))
