"""The report files of ``scan`` and ``convert`` (``--csv``, ``--html``, ``--report-json``).

Both commands render their report once and write it to every file asked for;
each file gets one line saying it was written or why it could not be.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.domain.report_model import RenderedReport
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg

# The "ScanCommand" context is where these texts were first written: keeping it
# keeps the catalogs' translations attached to them.
REPORT_WRITTEN = QT_TRANSLATE_NOOP("ScanCommand", "Report written: %1")
REPORT_FAILED = QT_TRANSLATE_NOOP("ScanCommand", "The report %1 could not be written: %2")

# (path or None, "csv" | "html" | "json"): the files one command line asked for.
ReportFiles = Sequence[tuple[str | None, str]]


def wants_report_files(files: ReportFiles) -> bool:
    """Whether any report file was asked for (the report need not be built otherwise)."""
    return any(path for path, _kind in files)


def write_report_files(
    rendered: RenderedReport, files: ReportFiles, language: str
) -> list[Message]:
    """Write ``rendered`` to each file asked for; one written-or-failed line per file.

    Args:
        rendered: the report, translated.
        files: (path, kind) pairs; a pair without a path is skipped.
        language: the HTML report's ``lang``.
    """
    from app.adapters.report_files import ReportWriteError, write_csv, write_html, write_json

    lines = []
    for path, kind in files:
        if not path:
            continue
        try:
            if kind == "csv":
                write_csv(Path(path), rendered)
            elif kind == "html":
                write_html(Path(path), rendered, language)
            else:
                write_json(Path(path), rendered)
            lines.append(msg(REPORT_WRITTEN, path))
        except ReportWriteError as problem:
            lines.append(msg(REPORT_FAILED, path, problem.strerror or str(problem)))
    return lines


def any_report_failed(lines: Sequence[Message]) -> bool:
    """Whether one of :func:`write_report_files`' lines says a file could not be written."""
    return any(line.text is REPORT_FAILED for line in lines)
