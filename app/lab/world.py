"""The lab as the transports see it: machines that run command lines like a Windows shell.

``LabWorld.execute`` receives exactly what WinRS receives (pywinrm's command
plus arguments): our operations arrive as ``powershell.exe … -EncodedCommand``
(``app.domain.operation_wire``); the lab decodes the script, records what it
received (:class:`ReceivedOperation`, so tests can prove hostile values arrived
as data), runs it against the SPP model (``app.lab.operations``) and answers
with the one JSON document the script prints, encoded in the shell's code page.
Anything else behaves like cmd.exe or powershell.exe refusing it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from app.domain.operation_wire import (
    OPERATION_MARKER,
    DecodedOperation,
    WireError,
    decode_script,
    parse_script,
)
from app.domain.operations import OPERATIONS
from app.lab import operations
from app.lab.spp import hresult as hr
from app.lab.spp.clock import SimClock
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import Machine
from app.lab.zone import LabZone


@dataclass(frozen=True)
class CommandOutcome:
    """What a shell command produced."""

    stdout: bytes
    stderr: bytes
    exit_code: int


@dataclass(frozen=True)
class ReceivedOperation:
    """What one operation script received on one machine (hostile-input tests read it)."""

    machine: str
    operation: str
    params: dict[str, Any]
    at: datetime


READ_ONLY = frozenset({"inspect", "status", "get-iid"})
WITHOUT_PARAMETERS = frozenset({"inspect", "status", "restart-service"})
NOT_RECOGNISED = (
    "'{0}' is not recognized as an internal or external command,\r\n"
    "operable program or batch file.\r\n"
)
LAB_ONLY_SCRIPTS = (
    "This simulated machine runs only KMS Host Wizard operation scripts "
    f"(scripts whose first line is '{OPERATION_MARKER}<name>')."
)


@dataclass
class LabWorld:
    """Simulated Windows machines behind one lock. Build one with ``build_default_lab``."""

    lab: SppLab
    user: str
    password: str = field(repr=False)
    received: list[ReceivedOperation] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._lock = threading.RLock()

    @property
    def zone(self) -> LabZone:
        return self.lab.zone

    @property
    def clock(self) -> SimClock:
        return self.lab.clock

    # --- machines -----------------------------------------------------------------

    def machine_names(self) -> list[str]:
        """FQDNs of every machine, host candidate first."""
        with self._lock:
            return [m.fqdn for m in self.lab.machines.values()]

    def has_machine(self, name: str) -> bool:
        """Case-insensitive; a short name, an FQDN or the machine's address."""
        with self._lock:
            return self.lab.find(name) is not None

    def canonical_name(self, name: str) -> str | None:
        """The FQDN for a short name, FQDN or address; None for no such machine."""
        with self._lock:
            machine = self.lab.find(name)
            return machine.fqdn if machine else None

    def machine_summary(self, name: str) -> dict[str, str]:
        """``{"name", "os", "role", "address"}`` for `lab serve`'s JSON line."""
        with self._lock:
            machine = self._machine(name)
            return {
                "name": machine.fqdn,
                "os": machine.caption,
                "role": machine.role,
                "address": machine.address,
            }

    def is_reachable(self, name: str) -> bool:
        """False for the lab's deliberately unreachable client (WinRM blocked)."""
        with self._lock:
            return self._machine(name).reachable

    def machine(self, name: str) -> Machine:
        """The model of one machine (lab-only: tests and the trainer's controls)."""
        return self._machine(name)

    def _machine(self, name: str) -> Machine:
        machine = self.lab.find(name)
        if machine is None:
            raise KeyError(name)
        return machine

    # --- running commands ---------------------------------------------------------

    def execute(self, machine: str, command_line: str, *, codepage: int = 65001) -> CommandOutcome:
        """Run one command line as the machine's shell would; thread-safe."""
        with self._lock:
            target = self._machine(machine)
            stripped = command_line.strip()
            head = stripped.split(None, 1)[0].lower() if stripped else ""
            try:
                script = decode_script(stripped)
            except WireError:
                return _powershell_error(
                    "Cannot process the command because the value specified with "
                    "-EncodedCommand is not properly encoded. The value must be Base64 encoded."
                )
            if script is None:
                if head in ("powershell", "powershell.exe"):
                    return _powershell_error(LAB_ONLY_SCRIPTS)
                return self._cmd(target, stripped, codepage)
            first = script.split("\n", 1)[0].strip()
            name = first.removeprefix(OPERATION_MARKER).strip()
            if not first.startswith(OPERATION_MARKER) or name not in OPERATIONS:
                return _powershell_error(LAB_ONLY_SCRIPTS)
            try:
                decoded = parse_script(script)
            except WireError:
                if name in WITHOUT_PARAMETERS:  # these scripts never read $KmswArgs
                    decoded = DecodedOperation(name, {}, script)
                else:
                    return self._mangled(codepage)
            self.received.append(
                ReceivedOperation(target.fqdn, decoded.name, decoded.params, self.lab.clock.now())
            )
            document = operations.run(self.lab, target, decoded.name, decoded.params)
            if decoded.name not in READ_ONLY:
                self.lab.changed()  # waiting clients may now reach a host
            return CommandOutcome(_encode(to_powershell_json(document), codepage), b"", 0)

    @staticmethod
    def _mangled(codepage: int) -> CommandOutcome:
        """What a script's own try/catch prints when its parameters line cannot be decoded."""
        document = {
            "ok": False,
            "hresult": hr.hex_code(hr.COR_E_FORMAT),
            "message": "The input is not a valid Base-64 string as it contains a non-base 64 "
            "character, more than two padding characters, or an illegal character among the "
            "padding characters.",
        }
        return CommandOutcome(_encode(to_powershell_json(document), codepage), b"", 0)

    def _cmd(self, machine: Machine, line: str, codepage: int) -> CommandOutcome:
        """The few cmd.exe commands a stock WinRM session tries; the rest is not recognised."""
        word = line.split(None, 1)[0] if line else ""
        rest = line[len(word) :].strip()
        lowered = word.lower()
        if lowered == "hostname":
            return CommandOutcome(_encode(machine.name.upper() + "\r\n", codepage), b"", 0)
        if lowered == "whoami":
            text = f"{machine.name}\\{self.user}\r\n"
            return CommandOutcome(_encode(text, codepage), b"", 0)
        if lowered == "echo":
            return CommandOutcome(_encode(rest + "\r\n", codepage), b"", 0)
        if not word:
            return CommandOutcome(b"", b"", 0)
        return CommandOutcome(b"", _encode(NOT_RECOGNISED.format(word), codepage), 1)

    # --- lab-only controls --------------------------------------------------------

    def lab_keys(self) -> dict[str, str]:
        """LAB-ONLY keys: host keys by group id (``server-b``) and MAKs (``mak:client-vl``)."""
        with self._lock:
            return self.lab.keyring.published()

    def mak_remaining(self, label: str) -> int:
        """Activations left on a lab MAK (``mak:client-vl``)."""
        with self._lock:
            return self.lab.keyring.by_label(label).remaining

    def csvlk_hosts(self, group: str) -> dict[str, int]:
        """Activations of a lab host key per host (machine id → count)."""
        with self._lock:
            return dict(self.lab.keyring.by_label(group).host_activations)

    def set_internet(self, name: str, online: bool) -> None:
        """Give or take a machine's internet access (offline → phone activation)."""
        with self._lock:
            self._machine(name).internet = online
            self.lab.changed()

    def set_reachable(self, name: str, reachable: bool) -> None:
        with self._lock:
            self._machine(name).reachable = reachable
            self.lab.changed()

    def advance(self, *, days: float = 0, hours: float = 0, minutes: float = 0) -> int:
        """Move the simulated clock; every client contacts its KMS host when due.

        Returns:
            How many KMS requests the clients made on the way.
        """
        with self._lock:
            return self.lab.advance(timedelta(days=days, hours=hours, minutes=minutes))


def to_powershell_json(document: dict[str, Any]) -> str:
    """``ConvertTo-Json -Compress`` as Windows PowerShell 5.1 writes it, plus the line end.

    It keeps non-ASCII text as is and escapes ``< > ' &``.
    """
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return text + "\r\n"


# Windows code pages whose Python codec is not called cp<N>.
_CODECS = {20127: "ascii", 28591: "latin-1", 28605: "iso8859-15", 65000: "utf-7"}


def _encode(text: str, codepage: int) -> bytes:
    """Console output in the shell's code page (65001 = UTF-8); unmappable → '?'."""
    if codepage == 65001:
        return text.encode("utf-8")
    try:
        return text.encode(_CODECS.get(codepage, f"cp{codepage}"), errors="replace")
    except LookupError:
        return text.encode("utf-8")


def _powershell_error(message: str) -> CommandOutcome:
    """How powershell.exe reports an error to a remote shell: CLIXML on stderr, exit 1."""
    body = escape(message).replace("\n", "_x000A_").replace("\r", "_x000D_")
    clixml = (
        "#< CLIXML\r\n"
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">'
        f'<S S="Error">{body}_x000D__x000A_</S></Objs>'
    )
    return CommandOutcome(b"", clixml.encode("utf-8"), 1)


def build_default_lab(
    seed: int = 0,
    clients: int = 40,
    *,
    password: str | None = None,
    start: datetime | None = None,
) -> LabWorld:
    """The default training lab (see ``app.lab.topology``)."""
    from app.lab.topology import build_lab  # topology imports this module's types

    return build_lab(seed=seed, clients=clients, password=password, start=start)
