"""How a failed operation on a machine is shown on the command line.

Every machine-facing command (host, scan, convert) prints an
:class:`~app.domain.errors.ExecutionError` the same way: the translated summary
and hint, the HRESULT's meaning and fix when the script reported one, and the
same facts as JSON with ``--json``.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from app.commands.output import EXIT_PROBLEMS, emit_json, say, text_of
from app.domain.errors import ExecutionError, explain
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg

ERROR_CODE_MEANING = QT_TRANSLATE_NOOP("ExecutionErrorOutput", "%1 (%2): %3")
FIX = QT_TRANSLATE_NOOP("ExecutionErrorOutput", "What to do: %1")
WINDOWS_SAID = QT_TRANSLATE_NOOP("ExecutionErrorOutput", "Windows said: %1")

# Data fields that are technical facts safe to show (never a secret).
_SHOWN_DATA = (
    "port",
    "url",
    "scheme",
    "reason",
    "reason_code",
    "account_form",
    "http_status",
    "wsman_fault_code",
    "fault_code",
    "fault_subcode",
    "exit_code",
    "stderr",
    "message",
)


def error_lines(error: ExecutionError) -> list[Message | str]:
    """The translated lines describing ``error``, most important first."""
    what, fix = explain(error, cli=True)  # the case's own sentence and fix, as in the wizard
    lines: list[Message | str] = [what]
    if error.hresult is not None:
        explained = _hresult_explanation(error.hresult)
        if explained is not None:
            symbol, meaning, fix = explained
            lines.append(
                msg(ERROR_CODE_MEANING, f"0x{error.hresult:08X}", symbol, text_of(meaning))
            )
            lines.append(msg(FIX, text_of(fix)))
        message = error.data.get("message")
        if message:
            lines.append(msg(WINDOWS_SAID, str(message)))
    else:
        lines.append(fix)
    return lines


def say_error(error: ExecutionError, file: TextIO | None = None) -> None:
    """Print ``error`` for a person (stderr by default)."""
    out = file or sys.stderr
    for line in error_lines(error):
        say(line, file=out)


def error_document(error: ExecutionError) -> dict[str, Any]:
    """``error`` as JSON: kind, host, translated message and hint, safe technical data."""
    document: dict[str, Any] = {
        "kind": error.kind.name,
        "host": error.host,
        "detail": error.detail,
        "message": text_of(explain(error, cli=True)[0]),
        "hint": text_of(explain(error, cli=True)[1]),
        "hresult": f"0x{error.hresult:08X}" if error.hresult is not None else None,
    }
    if error.hresult is not None:
        explained = _hresult_explanation(error.hresult)
        if explained is not None:
            symbol, meaning, fix = explained
            document.update(symbol=symbol, meaning=text_of(meaning), fix=text_of(fix))
    document["data"] = {k: error.data[k] for k in _SHOWN_DATA if error.data.get(k) is not None}
    return document


def report_step_failure(step: str, target: str, error: ExecutionError, *, as_json: bool) -> int:
    """Show that ``step`` could not run on ``target`` (one JSON document, or lines on stderr).

    Returns:
        The exit code for "the machine answered with a failure or could not be reached".
    """
    if as_json:
        emit_json({"ok": False, "target": target, "step": step, "error": error_document(error)})
    else:
        say_error(error)
    return EXIT_PROBLEMS


def _hresult_explanation(code: int) -> tuple[str, Message, Message] | None:
    try:
        from app.domain.hresults import describe
    except ImportError:  # the error catalog arrives with its own step
        return None
    try:
        info = describe(code)
    except ValueError:
        return None
    return info.symbol or info.hex, info.meaning, info.fix
