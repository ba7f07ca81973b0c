"""Running one named operation for a step: a licensing error is a result, not a crash.

When the script on the machine reports an HRESULT (``{"ok": false, …}``), the
step goes on with a :class:`~app.services.host_setup.findings.MachineError`
to explain. Every other failure (unreachable, credentials, time-out, malformed
output) stays an :class:`~app.domain.errors.ExecutionError` for the caller:
the step could not talk to the machine at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.errors import ErrorKind, ExecutionError
from app.domain.hresults import describe
from app.domain.ports import ScriptRunner
from app.services.host_setup.findings import MachineError


def call(
    runner: ScriptRunner,
    operation: str,
    params: Mapping[str, Any] | None = None,
    *,
    timeout: float | None = None,
) -> tuple[dict[str, Any] | None, MachineError | None]:
    """Run ``operation``; returns ``(document, None)`` or ``(None, the machine's error)``.

    Raises:
        ExecutionError: any failure other than a script that reported an HRESULT.
    """
    try:
        return runner.run(operation, params, timeout=timeout), None
    except ExecutionError as error:
        if error.kind is not ErrorKind.SCRIPT_FAILED or error.hresult is None:
            raise
        said = str(error.data.get("message") or "")
        return None, MachineError(describe(error.hresult), said, operation)


def malformed(runner: ScriptRunner, what: str) -> ExecutionError:
    """The error for an answer that lacks a field a step relies on."""
    return ExecutionError(ErrorKind.MALFORMED_OUTPUT, runner.target, what)
