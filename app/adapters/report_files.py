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
from pathlib import Path
from typing import Any

from app.domain.report_html import report_html
from app.domain.report_model import RenderedReport

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ReportWriteError(OSError):
    """A report file could not be written (the text names the file, never a secret)."""


def _atomic_write(path: Path, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
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


def csv_bytes(report: RenderedReport) -> bytes:
    """The table as CSV (UTF-8 with BOM, comma-separated, one header row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_safe_cell(h) for h in report.headers])
    for row in report.rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


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
    _atomic_write(path, csv_bytes(report))


def write_json(path: Path, report: RenderedReport) -> None:
    text = json.dumps(json_document(report), ensure_ascii=False, indent=2, default=str)
    _atomic_write(path, text.encode("utf-8") + b"\n")


def write_html(path: Path, report: RenderedReport, language: str = "en") -> None:
    _atomic_write(path, report_html(report, language).encode("utf-8"))
