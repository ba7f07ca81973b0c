"""The operation contract both transports share: script in, one JSON document out.

Both transports (local and winrm) turn an operation and its parameters into
the same ``powershell.exe … -EncodedCommand`` line, plus the secrets as its
standard input (:mod:`app.domain.operation_wire`), and read the answer the same
way (DESIGN §2.1): stdout is exactly one JSON object; ``{"ok": false, "hresult":
"0xC004F074", …}`` is a script failure with its Windows error code, except the
guard's typed refusal (``"kind": "guard"``: PowerShell older than 3.0, or a
restricted language mode), which is an error of its own; anything else
(nothing, half a document, two documents, text) is malformed output. stderr is
diagnostics only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from app.domain.errors import ErrorKind, ExecutionError
from app.domain.operation_wire import (
    FULL_LANGUAGE,
    GUARD_KIND,
    WireCommand,
    WireError,
    build_operation,
    expand_includes,
)
from app.domain.operations import OPERATIONS
from app.resources import resource

_STDERR_EXCERPT = 300


class UnknownOperation(LookupError):
    """No script exists for the operation name."""


@cache
def script_body(operation: str) -> str:
    """``resources/ps/<operation>.ps1`` with its shared fragments included (cached).

    Raises:
        UnknownOperation: the name is not a known operation, or its script or a
            fragment it uses is missing.
    """
    if operation not in OPERATIONS:
        raise UnknownOperation(operation)
    try:
        body = resource("ps", f"{operation}.ps1").read_text(encoding="utf-8-sig")
        return expand_includes(body, _fragment)
    except FileNotFoundError:
        raise UnknownOperation(operation) from None


@cache
def _fragment(name: str) -> str:
    return resource("ps", "lib", f"{name}.ps1").read_text(encoding="utf-8-sig")


def operation_command(host: str, operation: str, params: Mapping[str, Any] | None) -> WireCommand:
    """The command line that runs ``operation`` with ``params`` as data, and its input.

    Raises:
        ExecutionError: UNSUPPORTED when the operation is unknown or the script
            with its parameters exceeds the command-line limit.
    """
    try:
        return build_operation(operation, script_body(operation), params)
    except UnknownOperation:
        raise ExecutionError(
            ErrorKind.UNSUPPORTED, host, f"unknown operation {operation!r}"
        ) from None
    except WireError as problem:
        raise ExecutionError(ErrorKind.UNSUPPORTED, host, str(problem)) from None


def parse_hresult(value: Any) -> int | None:
    """``"0xC004F074"``, ``-1073418124`` or ``3221549172`` → 0xC004F074; None if unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value & 0xFFFFFFFF
    if isinstance(value, str):
        text = value.strip()
        try:
            number = int(text, 16) if text.lower().startswith("0x") else int(text)
        except ValueError:
            return None
        return number & 0xFFFFFFFF
    return None


def parse_output(host: str, stdout: bytes, stderr: bytes, exit_code: int) -> dict[str, Any]:
    """Turn what a script printed into its JSON document.

    Raises:
        ExecutionError: SCRIPT_FAILED (with ``hresult``) when the document says
            ``"ok": false``; MALFORMED_OUTPUT when stdout is not exactly one
            JSON object.
    """
    text = stdout.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
    try:
        document = json.loads(text) if text else None
    except (ValueError, RecursionError):
        # JSONDecodeError is a ValueError; so is json's refusal of a number of more than
        # 4,300 digits, which a hostile machine can send as well.
        document = None
    if not isinstance(document, dict):
        raise ExecutionError(
            ErrorKind.MALFORMED_OUTPUT,
            host,
            data={
                "exit_code": exit_code,
                "stdout_bytes": len(stdout),
                "stderr": stderr.decode("utf-8", errors="replace")[:_STDERR_EXCERPT],
            },
        )
    if document.get("ok") is False:
        refusal = _refusal(host, document)
        if refusal is not None:
            raise refusal
        hresult = parse_hresult(document.get("hresult"))
        shown = f"0x{hresult:08X}" if hresult is not None else str(document.get("hresult", "?"))
        raise ExecutionError(
            ErrorKind.SCRIPT_FAILED,
            host,
            shown,
            hresult=hresult,
            data={"message": str(document.get("message", "")), "document": document},
        )
    return document


def _refusal(host: str, document: dict[str, Any]) -> ExecutionError | None:
    """The guard's typed refusal (resources/ps/README.md, "Refusals"), else None.

    The error carries no ``hresult``: what to do is the kind's own fix.
    """
    if document.get("kind") != GUARD_KIND:
        return None
    # PowerShell 1.0 has no $PSVersionTable: the guard splices nothing.
    version = str(document.get("ps_version") or "")[:20] or "1.0"
    mode = str(document.get("language_mode") or "")[:40]
    data = {"document": document}
    major = version.split(".", 1)[0]
    if not major.isdigit() or int(major) < 3:
        return ExecutionError(ErrorKind.POWERSHELL_TOO_OLD, host, version, data=data)
    if mode != FULL_LANGUAGE:
        return ExecutionError(ErrorKind.CONSTRAINED_LANGUAGE, host, mode or "?", data=data)
    return None
