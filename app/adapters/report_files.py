"""Write a rendered fleet report as CSV, JSON or HTML, atomically.

Each file is written next to its final name and renamed into place, so a
report is either complete or absent — never half a table after a crash. CSV
gets a UTF-8 byte-order mark (Excel then reads accents right) and neutralises
cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` at
the start: OWASP's CSV-injection advice), since host names and Windows' texts
come from outside.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from app.domain.report_html import report_html_chunks
from app.domain.report_model import RenderedReport

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ReportWriteError(OSError):
    """A report file could not be written (the text names the file, never a secret)."""


def _atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                write(stream)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as problem:
        raise ReportWriteError(
            problem.errno, problem.strerror or str(problem), str(target)
        ) from None


def _safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _write_csv(report: RenderedReport, stream: BinaryIO) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([_safe_cell(h) for h in report.headers])
    for row in report.rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    text.flush()
    text.detach()


def csv_bytes(report: RenderedReport) -> bytes:
    """The table as CSV (UTF-8 with BOM, comma-separated, one header row)."""
    buffer = io.BytesIO()
    _write_csv(report, buffer)
    return buffer.getvalue()


def json_document(report: RenderedReport) -> dict[str, Any]:
    """The machine-readable report: the language-independent data plus the translated table."""
    return {
        "kind": report.kind,
        "title": report.title,
        "generated": report.generated,
        "summary": [{"label": label, "value": value} for label, value in report.summary],
        "notes": list(report.notes),
        "columns": list(report.headers),
        "rows": [list(row) for row in report.rows],
        **report.data,
    }


def write_csv(path: Path, report: RenderedReport) -> None:
    _atomic_write(path, lambda stream: _write_csv(report, stream))


def write_json(path: Path, report: RenderedReport) -> None:
    def write(stream: BinaryIO) -> None:
        text = io.TextIOWrapper(stream, encoding="utf-8")
        json.dump(json_document(report), text, ensure_ascii=False, indent=1, default=str)
        text.write("\n")
        text.flush()
        text.detach()

    _atomic_write(path, write)


def write_html(path: Path, report: RenderedReport, language: str = "en") -> None:
    def write(stream: BinaryIO) -> None:
        for chunk in report_html_chunks(report, language):
            stream.write(chunk.encode("utf-8"))

    _atomic_write(path, write)
