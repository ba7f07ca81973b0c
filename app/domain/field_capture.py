"""A field capture: what a real machine answered to the read-only operations.

``kms-wizard capture`` writes one (anonymised by ``app.domain.capture_anonymiser``);
``kms-wizard lab serve --machine-file`` and ``--demo --machine-file`` replay it as
a lab machine (``app.lab.captured_machine``), so a real machine's awkward answers
become regression tests. The file::

    {"format": "kmsw-capture/1",
     "captured_utc": "2026-12-07T21:00:00Z",
     "wizard_version": "1.4.0",
     "script_digest": {"inspect": "sha256:…", "status": "sha256:…", …},
     "machine": {"name": "host1.example.test"},
     "params": {"firewall-state": {"port": 1688}},
     "answers": {"inspect": {…}, "status": {…}, "get-iid": {…}, "firewall-state": {…}}}

Each answer is the operation's JSON document exactly as the script printed it,
failures included (``{"ok": false, "kind": "powershell-too-old", …}``). When
the machine printed something that is not one JSON document, the answer is
``{"kmsw_unreadable": {"exit_code": 1, "stdout_bytes": 0, "stderr": "…"}}``.
``params`` names the parameters an operation was asked with, when it took any:
the replay answers only the same question. Hand-made fixtures may add a
``_source`` field saying where each value comes from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.domain.text import QT_TRANSLATE_NOOP, TranslatableError, msg

CAPTURE_FORMAT = "kmsw-capture/1"
# The read-only operations of the contract (resources/ps/README.md): they change nothing.
CAPTURED_OPERATIONS: tuple[str, ...] = ("inspect", "status", "get-iid", "firewall-state")
UNREADABLE = "kmsw_unreadable"

NOT_JSON = QT_TRANSLATE_NOOP("FieldCapture", "%1 is not a JSON file: %2")
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "FieldCapture", "%1 is not a KMS Host Wizard capture (expected format “%2”)."
)
NO_NAME = QT_TRANSLATE_NOOP("FieldCapture", "%1 names no machine (machine.name).")
BAD_ANSWERS = QT_TRANSLATE_NOOP(
    "FieldCapture", "%1 holds no answer of a read-only operation (inspect, status…)."
)


class CaptureFileError(TranslatableError, ValueError):
    """A file that is not a usable capture; ``message`` says why (translatable)."""


@dataclass(frozen=True)
class Capture:
    """One captured machine: its (anonymised) name and the documents it answered."""

    name: str
    answers: dict[str, dict[str, Any]]
    captured_utc: str = ""
    wizard_version: str = ""
    script_digest: dict[str, str] = field(default_factory=dict)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)

    def answers_question(self, operation: str, params: dict[str, Any]) -> bool:
        """Whether the capture holds the answer to ``operation`` asked with ``params``.

        An omitted parameter and a null one mean the same (resources/ps/README.md).
        """
        asked = {k: v for k, v in params.items() if v is not None}
        captured = {k: v for k, v in self.params.get(operation, {}).items() if v is not None}
        return operation in self.answers and asked == captured

    @property
    def caption(self) -> str:
        """The OS as ``inspect`` named it ("" when inspect failed)."""
        inspect = self.answers.get("inspect") or {}
        return str(inspect.get("caption") or "") if inspect.get("ok") is True else ""

    @property
    def address(self) -> str:
        inspect = self.answers.get("inspect") or {}
        addresses = inspect.get("addresses") if inspect.get("ok") is True else None
        if isinstance(addresses, str):  # a one-item array may arrive as the item
            return addresses
        return str(addresses[0]) if isinstance(addresses, list) and addresses else ""

    def machine_wide_failure(self) -> dict[str, Any] | None:
        """The failure every operation answered alike (PowerShell too old), else None.

        Such a failure comes before the script's own work, so a write would get
        it too.
        """
        documents = list(self.answers.values())
        first = documents[0] if documents else None
        if not isinstance(first, dict) or first.get("ok") is not False:
            return None
        return first if all(d == first for d in documents) else None


def build_capture(
    *,
    name: str,
    answers: dict[str, dict[str, Any]],
    captured_utc: str,
    wizard_version: str,
    script_digest: dict[str, str],
    params: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The capture file's document (answers already anonymised)."""
    document: dict[str, Any] = {
        "format": CAPTURE_FORMAT,
        "captured_utc": captured_utc,
        "wizard_version": wizard_version,
        "script_digest": dict(script_digest),
        "machine": {"name": name},
    }
    if params:
        document["params"] = {op: dict(p) for op, p in params.items()}
    document["answers"] = dict(answers)
    return document


def unreadable_answer(exit_code: Any, stdout_bytes: Any, stderr: str) -> dict[str, Any]:
    """The answer recorded when the machine printed no JSON document."""
    return {UNREADABLE: {"exit_code": exit_code, "stdout_bytes": stdout_bytes, "stderr": stderr}}


def read_capture(text: str, where: str) -> Capture:
    """Parse and check a capture file's text (``where`` names it in messages).

    Raises:
        CaptureFileError: not JSON, not our format, no machine name, no answers.
    """
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as problem:
        # JSONDecodeError, and json's refusals of a number of more than 4,300 digits
        # (a bare ValueError) and of arrays nested thousands deep (RecursionError).
        raise CaptureFileError(msg(NOT_JSON, where, str(problem)[:200])) from None
    if not isinstance(document, dict) or document.get("format") != CAPTURE_FORMAT:
        raise CaptureFileError(msg(WRONG_FORMAT, where, CAPTURE_FORMAT))
    machine = document.get("machine")
    name = machine.get("name") if isinstance(machine, dict) else None
    if not isinstance(name, str) or not name.strip():
        raise CaptureFileError(msg(NO_NAME, where))
    raw = document.get("answers")
    answers = (
        {op: doc for op, doc in raw.items() if op in CAPTURED_OPERATIONS and isinstance(doc, dict)}
        if isinstance(raw, dict)
        else {}
    )
    if not answers:
        raise CaptureFileError(msg(BAD_ANSWERS, where))
    digest = document.get("script_digest")
    raw_params = document.get("params")
    params = (
        {op: dict(p) for op, p in raw_params.items() if isinstance(p, dict)}
        if isinstance(raw_params, dict)
        else {}
    )
    return Capture(
        name=name.strip().rstrip(".").lower(),
        answers=answers,
        captured_utc=str(document.get("captured_utc") or ""),
        wizard_version=str(document.get("wizard_version") or ""),
        script_digest=dict(digest) if isinstance(digest, dict) else {},
        params=params,
    )
