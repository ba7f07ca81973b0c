"""Typed results and errors turned into text in the user's language, at display time.

Services return findings, outcomes and typed errors; nothing reaches a widget
as a pre-rendered sentence. This module is the one place that decides how a
finding, an :class:`~app.domain.errors.ExecutionError` or a machine's HRESULT
reads: the error code with its symbolic name, what it means, why it usually
happens and what to do (DESIGN §2.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.domain import dns
from app.domain.catalog import KeyGroup
from app.domain.errors import ExecutionError, explain
from app.domain.hresults import HResultInfo, InvalidHResult, describe
from app.domain.text import Message, substitute
from app.i18n import render
from app.services.host_setup import Finding, Severity
from app.services.host_setup.findings import MachineError
from app.services.host_setup.office_packs import office_label


def fill(template: str, *args: object) -> str:
    """``%1``, ``%2``… of an already translated template, the way ``QString.arg`` fills them."""
    return substitute(template, tuple(args))


class Level(Enum):
    """How a line is coloured: green, blue, amber, red."""

    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def colour(self) -> str:
        return _COLOURS[self]

    @property
    def background(self) -> str:
        return _BACKGROUNDS[self]

    def label(self) -> str:
        if self is Level.OK:
            return QCoreApplication.translate("Level", "OK")
        if self is Level.INFO:
            return QCoreApplication.translate("Level", "Note")
        if self is Level.WARNING:
            return QCoreApplication.translate("Level", "Warning")
        return QCoreApplication.translate("Level", "Problem")


_COLOURS = {
    Level.OK: "#1b7a2e",
    Level.INFO: "#1f5f99",
    Level.WARNING: "#9a5b00",
    Level.ERROR: "#b3261e",
}
_BACKGROUNDS = {
    Level.OK: "#e3f4e6",
    Level.INFO: "#e6eef8",
    Level.WARNING: "#fdf0d5",
    Level.ERROR: "#fbe3e1",
}
_FROM_SEVERITY = {
    Severity.OK: Level.OK,
    Severity.INFO: Level.INFO,
    Severity.WARNING: Level.WARNING,
    Severity.BLOCKER: Level.ERROR,
}
_FROM_DNS = {
    dns.Severity.OK: Level.OK,
    dns.Severity.WARNING: Level.WARNING,
    dns.Severity.ERROR: Level.ERROR,
}


@dataclass(frozen=True)
class FindingRow:
    """One line of a findings table, rendered."""

    level: Level
    text: str
    fix: str = ""
    where: str = ""  # the domain, server or product the line is about
    ident: str = ""  # the finding's stable id (tests, help links)


def finding_row(finding: Finding, where: str = "") -> FindingRow:
    """A host-setup finding as a table row."""
    fix = render(finding.fix) if finding.fix is not None else ""
    return FindingRow(
        _FROM_SEVERITY[finding.severity], render(finding.message), fix, where, finding.id
    )


def dns_finding_row(finding: dns.Finding, domain: str = "") -> FindingRow:
    """A DNS check finding: what was seen and why it matters, then the fix."""
    text = render(finding.detail)
    explanation = render(finding.explanation)
    if explanation and explanation != text:
        text = f"{text} {explanation}"
    fix = render(finding.fix) if finding.fix is not None else ""
    where = (
        domain
        if not finding.server
        else f"{domain} · {finding.server}"
        if domain
        else (finding.server)
    )
    return FindingRow(_FROM_DNS[finding.severity], text, fix, where, finding.check.value)


def worst_level(rows: list[FindingRow]) -> Level:
    order = [Level.OK, Level.INFO, Level.WARNING, Level.ERROR]
    return max((r.level for r in rows), key=order.index, default=Level.OK)


@dataclass(frozen=True)
class ErrorReport:
    """An error as shown: what happened, what to do, and the error code explained."""

    summary: str
    hint: str = ""
    code: str = ""  # "0xC004F074 (SL_E_VL_BINDING_SERVICE_UNAVAILABLE)"
    meaning: str = ""
    cause: str = ""
    fix: str = ""

    def as_text(self) -> str:
        """Plain text for copying into a ticket."""
        lines = [self.summary]
        if self.code:
            lines.append(f"{self.code}: {self.meaning}")
        if self.cause:
            lines.append(self.cause)
        if self.fix:
            lines.append(self.fix)
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


def hresult_report(summary: str, info: HResultInfo, hint: str = "") -> ErrorReport:
    """An HRESULT explained: code and symbol, meaning, cause, fix (in the user's language)."""
    code = f"{info.hex} ({info.symbol})" if info.symbol else info.hex
    return ErrorReport(
        summary,
        hint,
        code,
        render(info.meaning),
        fill(QCoreApplication.translate("Errors", "Cause: %1"), render(info.cause)),
        fill(QCoreApplication.translate("Errors", "What to do: %1"), render(info.fix)),
    )


def machine_error_report(error: MachineError) -> ErrorReport:
    """An HRESULT the machine reported for a step."""
    summary = fill(
        QCoreApplication.translate("Errors", "The machine reported error %1."), error.hresult.hex
    )
    return hresult_report(summary, error.hresult)


def error_report(error: BaseException) -> ErrorReport:
    """Any failure of a background operation, explained with its fix."""
    if isinstance(error, ExecutionError):
        what, fix = explain(error)  # the case's own sentence and fix (DNS, TLS check, account…)
        summary, hint = render(what), render(fix)
        if error.hresult is not None:
            try:
                return hresult_report(summary, describe(error.hresult), hint)
            except InvalidHResult:
                pass
        return ErrorReport(summary, hint)
    message = getattr(error, "message", None)
    if isinstance(message, Message):  # our validation errors carry a translatable message
        return ErrorReport(render(message))
    return ErrorReport(
        fill(
            QCoreApplication.translate(
                "Errors", "Something unexpected went wrong (%1). Nothing more is known."
            ),
            type(error).__name__,
        ),
        QCoreApplication.translate(
            "Errors",
            "Try again. If it happens again, close the wizard and start it again; the host "
            "check shows what state the machine is in.",
        ),
    )


def office_name(group: KeyGroup) -> str:
    """``Office 2016``, ``Office LTSC 2021``: shorter than the group's name, for labels and tabs."""
    return fill(QCoreApplication.translate("Common", "Office %1"), office_label(group))


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Common", "yes")
        if value
        else QCoreApplication.translate("Common", "no")
    )
