"""Run named operations on this computer with ``powershell.exe`` (Windows only).

The wizard running on the KMS host itself uses this transport: the same script
and the same ``-EncodedCommand`` line as over WinRM, started as a child
process with a time-out; secrets (a product key) go to its standard input
through a pipe, never into its argument list. PowerShell is named by its full
path (``Sysnative`` from a 32-bit Python on 64-bit Windows), never looked up
on PATH. Elsewhere the transport does not exist and says so with
``ErrorKind.UNSUPPORTED``.
"""

from __future__ import annotations

import os
import platform as platform_module
import subprocess
import sys
from collections.abc import Mapping

from app.adapters.operation_contract import operation_command, parse_output
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.operation_wire import powershell_path
from app.domain.ports import JSONValue

DEFAULT_TIMEOUT = 120.0
NOT_WINDOWS = "Windows PowerShell exists only on Windows"


class LocalRunner:
    """:class:`app.domain.ports.ScriptRunner` for this computer.

    Args:
        target: how the user named this computer (``localhost`` by default).
        timeout: default deadline of one ``run()`` in seconds.
        platform: the OS to assume (tests); ``sys.platform`` by default.
        powershell: the executable to start; this Windows' own ``powershell.exe``
            (:func:`windows_powershell`) by default.
    """

    def __init__(
        self,
        target: str = "localhost",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        platform: str | None = None,
        powershell: str | None = None,
    ) -> None:
        self._target = target
        self.timeout = timeout
        self._platform = platform or sys.platform
        self._powershell = powershell

    @property
    def target(self) -> str:
        return self._target

    def run(
        self,
        operation: str,
        params: Mapping[str, JSONValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> dict[str, JSONValue]:
        """Run ``operation`` in a child ``powershell.exe`` (see ``ScriptRunner.run``)."""
        if self._platform != "win32":
            raise ExecutionError(ErrorKind.UNSUPPORTED, self._target, NOT_WINDOWS)
        wire = operation_command(self._target, operation, params)
        # The wire's command line split into an argument list (no shell involved), its
        # first word (%SystemRoot%, which only cmd.exe expands) replaced by the real path.
        executable = self._powershell or windows_powershell()
        argv = [executable, *wire.command_line.split(" ")[1:]]
        seconds = self.timeout if timeout is None else timeout
        creation_flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        # Secrets: one line on a pipe, then end of input. Nothing else reads stdin.
        stdin = {"input": wire.stdin} if wire.stdin is not None else {"stdin": subprocess.DEVNULL}
        try:
            completed = subprocess.run(
                argv,
                capture_output=True,
                timeout=seconds,
                creationflags=creation_flags,
                check=False,
                **stdin,  # type: ignore[call-overload]
            )
        except subprocess.TimeoutExpired:
            raise ExecutionError(ErrorKind.TIMEOUT, self._target, f"{seconds:g}") from None
        except OSError as problem:
            raise ExecutionError(
                ErrorKind.UNSUPPORTED, self._target, problem.strerror or str(problem)
            ) from None
        stdout = _as_utf8(completed.stdout)
        return parse_output(self._target, stdout, completed.stderr, completed.returncode)

    def close(self) -> None:
        """Nothing to release: every run is its own process."""


def windows_powershell() -> str:
    """This Windows' own 64-bit (or only) ``powershell.exe``, by full path.

    Under WOW64 (a 32-bit Python on 64-bit Windows) ``PROCESSOR_ARCHITEW6432`` is
    set and "System32" would be redirected to SysWOW64.
    """
    return powershell_path(
        os.environ.get("SYSTEMROOT") or "C:\\Windows",
        python_64bit=sys.maxsize > 2**32,
        windows_64bit=bool(os.environ.get("PROCESSOR_ARCHITEW6432"))
        or platform_module.machine().endswith("64"),
    )


def _as_utf8(output: bytes) -> bytes:
    """PowerShell writes redirected output in the console's OEM code page, not UTF-8.

    Output that is valid UTF-8 (ASCII included) is kept; anything else is read
    in the OEM code page (850 on a French or German Windows) and re-encoded.
    """
    try:
        output.decode("utf-8")
    except UnicodeDecodeError:
        import ctypes

        oem = ctypes.windll.kernel32.GetOEMCP()  # type: ignore[attr-defined]
        return output.decode(f"cp{oem}", errors="replace").encode("utf-8")
    return output
