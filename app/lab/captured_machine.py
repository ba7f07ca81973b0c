"""Field captures as lab machines: a real machine's answers, replayed over WS-Man.

A capture (``app.domain.field_capture``, written by ``kms-wizard capture``) holds
the JSON documents a real machine printed for the read-only operations. Here it
becomes a machine of the lab, served by the same WS-Man listener as the
simulated ones (``kms-wizard lab serve --machine-file``, ``--demo --machine-file``):

- a read-only operation asked the captured question (same parameters) gets
  the captured document, serialised exactly as
  Windows PowerShell's ``ConvertTo-Json -Compress`` prints it
  (:func:`app.lab.world.to_powershell_json`);
- a write is refused the way Windows refuses a call it does not support: WMI's
  WBEM_E_NOT_SUPPORTED (0x8004100C, "Not supported"; Microsoft's "WMI Error
  Constants" page) in our failure document, saying the machine is a replayed,
  read-only capture. A machine whose every answer was the same failure (a
  PowerShell 2.0 machine: the guard refuses before the script runs) answers
  that failure to writes too, as the real machine would.

:class:`WorldWithCaptures` puts captures beside a :class:`~app.lab.world.LabWorld`
without changing it: the WS-Man server and :class:`~app.lab.runtime.LabRuntime`
see one world (machine names, reachability, ``execute``), and every other
attribute is the simulated world's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.field_capture import (
    CAPTURED_OPERATIONS,
    UNREADABLE,
    Capture,
    CaptureFileError,
    read_capture,
)
from app.domain.operation_wire import (
    OPERATION_MARKER,
    WireError,
    decode_script,
    is_bootstrap,
    parse_script,
    split_bootstrap_input,
)
from app.domain.text import QT_TRANSLATE_NOOP, msg
from app.lab.world import CommandOutcome, _encode, _powershell_error, to_powershell_json

UNREADABLE_FILE = QT_TRANSLATE_NOOP("FieldCapture", "%1 cannot be read: %2")

# WBEM_E_NOT_SUPPORTED: what WMI answers a method or feature it does not support.
NOT_SUPPORTED_HRESULT = "0x8004100C"
ROLE = "capture"
NOT_RECOGNISED = (
    "'{0}' is not recognized as an internal or external command,\r\n"
    "operable program or batch file.\r\n"
)


def load_capture(path: str | Path) -> Capture:
    """Read one capture file, or a shipped capture by name (``win7-ps2``).

    Raises:
        CaptureFileError: unreadable, not JSON, or not a capture (translatable message).
    """
    path = resolve_capture_path(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as problem:
        reason = getattr(problem, "strerror", None) or str(problem)
        raise CaptureFileError(msg(UNREADABLE_FILE, str(path), reason)) from None
    return read_capture(text, str(path))


@dataclass(frozen=True)
class CapturedMachine:
    """A capture served under ``name`` (the capture's own name unless it was taken)."""

    name: str
    capture: Capture

    @property
    def short_name(self) -> str:
        return self.name.split(".", 1)[0]

    def summary(self) -> dict[str, str]:
        """``{"name", "os", "role", "address"}`` for ``lab serve``'s JSON line."""
        return {
            "name": self.name,
            "os": self.capture.caption,
            "role": ROLE,
            "address": self.capture.address,
        }

    def execute(
        self, command_line: str, *, codepage: int = 65001, stdin: bytes | None = None
    ) -> CommandOutcome:
        """Answer one command line (and its standard input) as the captured machine did."""
        stripped = command_line.strip()
        try:
            script = decode_script(stripped)
        except WireError:
            script = None
        if script is None:
            return self._cmd(stripped, codepage)
        wide = self.capture.machine_wide_failure()
        if is_bootstrap(script):
            if wide is not None:  # the guard refuses before the script is even read
                return self._answer(wide, codepage)
            try:
                script = split_bootstrap_input(stdin or b"")[1]
            except WireError:
                script = ""
        first = script.split("\n", 1)[0].strip()
        if not first.startswith(OPERATION_MARKER):
            return _powershell_error(
                "This replayed machine runs only KMS Host Wizard operation scripts."
            )
        operation = first.removeprefix(OPERATION_MARKER).strip()
        try:
            params = parse_script(script).params
        except WireError:
            params = {}  # inspect and status never read their parameters line
        if self.capture.answers_question(operation, params):
            return self._answer(self.capture.answers[operation], codepage)
        return self._answer(wide or self._refusal(operation), codepage)

    @staticmethod
    def _answer(answer: dict[str, Any], codepage: int) -> CommandOutcome:
        unreadable = answer.get(UNREADABLE)
        if isinstance(unreadable, dict):
            # The machine printed no JSON: replay its error output and exit code.
            stderr = str(unreadable.get("stderr") or "")
            code = unreadable.get("exit_code")
            return CommandOutcome(
                b"", _encode(stderr, codepage), code if isinstance(code, int) else 1
            )
        return CommandOutcome(_encode(to_powershell_json(answer), codepage), b"", 0)

    def _refusal(self, operation: str) -> dict[str, Any]:
        kind = "read-only" if operation not in CAPTURED_OPERATIONS else "not captured"
        return {
            "ok": False,
            "hresult": NOT_SUPPORTED_HRESULT,
            "message": f"Not supported: {self.name} is a replayed field capture ({kind}); "
            f"the operation '{operation}' cannot run on it.",
        }

    def _cmd(self, line: str, codepage: int) -> CommandOutcome:
        """``hostname`` and ``echo`` as cmd.exe answers them; the rest is not recognised."""
        word = line.split(None, 1)[0] if line else ""
        if word.lower() == "hostname":
            return CommandOutcome(_encode(self.short_name.upper() + "\r\n", codepage), b"", 0)
        if word.lower() == "echo":
            return CommandOutcome(_encode(line[4:].strip() + "\r\n", codepage), b"", 0)
        if not word:
            return CommandOutcome(b"", b"", 0)
        return CommandOutcome(b"", _encode(NOT_RECOGNISED.format(word), codepage), 1)


class WorldWithCaptures:
    """A lab world plus replayed captures, seen by the lab's servers as one world.

    Args:
        world: the simulated lab (``app.lab.world.LabWorld``).
        captures: the captures to serve; a name already taken gets ``-2``, ``-3``…
            on its first label.
    """

    def __init__(self, world: Any, captures: Iterable[Capture] = ()) -> None:
        self._world = world
        self._captured: dict[str, CapturedMachine] = {}
        for capture in captures:
            self.add(capture)

    def __getattr__(self, name: str) -> Any:
        if name == "_world":  # not set yet (copy, pickle): no endless recursion
            raise AttributeError(name)
        return getattr(self._world, name)

    @property
    def base(self) -> Any:
        """The simulated world underneath."""
        return self._world

    def add(self, capture: Capture) -> CapturedMachine:
        """Serve ``capture``; returns the machine (its name may carry a suffix)."""
        short, dot, rest = capture.name.partition(".")
        name, number = capture.name, 1
        while self._taken(name):
            number += 1
            name = f"{short}-{number}{dot}{rest}"
        machine = CapturedMachine(name, capture)
        self._captured[name] = machine
        return machine

    def captured(self, name: str) -> CapturedMachine | None:
        """The captured machine meant by a name, short name or address; None otherwise."""
        wanted = name.strip().rstrip(".").lower()
        if wanted in self._captured:
            return self._captured[wanted]
        for machine in self._captured.values():
            if wanted in (machine.short_name, machine.capture.address.lower()) and wanted:
                return machine
        return None

    def _taken(self, name: str) -> bool:
        short = name.split(".", 1)[0]
        return (
            self.captured(name) is not None
            or self.captured(short) is not None
            or self._world.canonical_name(name) is not None
            or self._world.canonical_name(short) is not None
        )

    # --- what the WS-Man server and the runtime ask -----------------------------

    def machine_names(self) -> list[str]:
        return [*self._world.machine_names(), *self._captured]

    def has_machine(self, name: str) -> bool:
        return self.captured(name) is not None or self._world.has_machine(name)

    def canonical_name(self, name: str) -> str | None:
        machine = self.captured(name)
        return machine.name if machine else self._world.canonical_name(name)

    def machine_summary(self, name: str) -> dict[str, str]:
        machine = self.captured(name)
        return machine.summary() if machine else self._world.machine_summary(name)

    def is_reachable(self, name: str) -> bool:
        return True if self.captured(name) else self._world.is_reachable(name)

    def execute(self, machine: str, command_line: str, **options: Any) -> CommandOutcome:
        """Run a command on a captured machine (replay) or a simulated one."""
        captured = self.captured(machine)
        if captured is None:
            return self._world.execute(machine, command_line, **options)
        return captured.execute(
            command_line, codepage=options.get("codepage", 65001), stdin=options.get("stdin")
        )


def with_captures(world: Any, paths: Iterable[str | Path]) -> Any:
    """``world`` plus the captures in ``paths``; ``world`` itself when there are none.

    Raises:
        CaptureFileError: a file is unreadable or not a capture.
    """
    captures = [load_capture(path) for path in paths]
    return WorldWithCaptures(world, captures) if captures else world


def resolve_capture_path(path: str | Path) -> Path:
    """``path`` itself when it exists, else the shipped capture of that name, else ``path``.

    The frozen exe keeps its resources in a temporary folder, so the shipped
    captures are named rather than given by path.
    """
    given = Path(path)
    if given.exists():
        return given
    for shipped in shipped_captures():
        if str(path) in (shipped.stem, shipped.name):
            return shipped
    return given


def shipped_captures() -> list[Path]:
    """The captures shipped with the wizard (``resources/lab-captures/*.json``)."""
    from app.resources import resource

    folder = resource("lab-captures")
    return sorted(folder.glob("*.json")) if folder.is_dir() else []
