"""The lab as the transports see it: machines that run command lines like a Windows shell.

``LabWorld.execute`` receives exactly what WinRS receives (pywinrm's command
plus arguments, and what was sent to the command's stdin): our operations arrive
as ``%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe …
-EncodedCommand`` (``app.domain.operation_wire``); the lab decodes the script,
runs its guard as PowerShell would (PowerShell 2.0 on a Windows 7 / 2008 R2
machine that was never updated, Constrained Language Mode), reads the secrets
from stdin when the script asks for them, records what it received
(:class:`ReceivedOperation`, so tests can prove hostile values arrived as data),
runs it against the SPP model (``app.lab.operations``) and answers with the one
JSON document the script prints, encoded in the shell's code page. Anything
else behaves like cmd.exe or powershell.exe refusing it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from app.domain.operation_wire import (
    GUARD,
    OPERATION_MARKER,
    DecodedOperation,
    WireError,
    decode_input,
    decode_script,
    guard_document,
    is_bootstrap,
    is_powershell,
    parse_script,
    split_bootstrap_input,
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
# cmd.exe expands %SystemRoot% in a WinRS command; the machines' Windows folder is C:\Windows.
SYSTEM_ROOT = "C:\\Windows"
POWERSHELL_FILE = SYSTEM_ROOT + "\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
# cmd.exe's answer for a folder that does not exist (Sysnative, seen from a 64-bit shell):
# the text of ERROR_PATH_NOT_FOUND (3) in Microsoft's System Error Codes.
PATH_NOT_FOUND = "The system cannot find the path specified.\r\n"
# What PowerShell 2.0 says for [ordered] (a 3.0 addition) when no guard stopped the script:
# PowerShell's TypeNotFound text, as published for "[ordered]" (Stack Overflow 10238698).
PS2_NO_ORDERED = (
    "Unable to find type [ordered]: make sure that the assembly containing this type is loaded."
)
# ConstrainedLanguage refusing a .NET method call (about_Language_Modes: method invocation
# only on core types); the scripts' first [Text.Encoding]::UTF8 call hits it.
CLM_NO_METHODS = (
    "Cannot invoke method. Method invocation is supported only on core types in this language mode."
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
    scenario: str = ""  # the story it was built for (app.domain.lab_scenarios); "" unknown

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

    def reads_input(self, command_line: str) -> bool:
        """Whether the command waits for its standard input to end before it can finish.

        Only our operation scripts that read secrets (``$KmswInput``) do; the WinRS
        server holds such a command until a ``Send`` with ``End="true"`` arrives.
        """
        try:
            script = decode_script(command_line.strip())
            if script is not None and is_bootstrap(script):
                return True  # the operation itself arrives on stdin
            return script is not None and parse_script(script).reads_input
        except WireError:
            return False

    def execute(
        self,
        machine: str,
        command_line: str,
        *,
        codepage: int = 65001,
        stdin: bytes | None = None,
    ) -> CommandOutcome:
        """Run one command line as the machine's shell would; thread-safe.

        ``stdin`` is everything written to the command's standard input before it
        ended (None: nothing).
        """
        with self._lock:
            target = self._machine(machine)
            stripped = command_line.strip()
            head = stripped.split(None, 1)[0] if stripped else ""
            if "\\" in head and is_powershell(head) and _expanded(head) != POWERSHELL_FILE.lower():
                return CommandOutcome(b"", _encode(PATH_NOT_FOUND, codepage), 1)
            try:
                script = decode_script(stripped)
            except WireError:
                return _powershell_error(
                    "Cannot process the command because the value specified with "
                    "-EncodedCommand is not properly encoded. The value must be Base64 encoded."
                )
            if script is None:
                if is_powershell(head):
                    return _powershell_error(LAB_ONLY_SCRIPTS)
                return self._cmd(target, stripped, codepage)
            secrets: dict[str, Any] | None = None
            if is_bootstrap(script):
                # The bootstrap's guard runs before it reads stdin (PowerShell 2.0 exits).
                refused = _guard(target, script, codepage)
                if refused is not None:
                    return refused
                try:
                    secrets, script = split_bootstrap_input(stdin or b"")
                except WireError:
                    return self._mangled(codepage)
            first = script.split("\n", 1)[0].strip()
            name = first.removeprefix(OPERATION_MARKER).strip()
            if not first.startswith(OPERATION_MARKER) or name not in OPERATIONS:
                return _powershell_error(LAB_ONLY_SCRIPTS)
            refused = _guard(target, script, codepage)
            if refused is not None:
                return refused
            try:
                decoded = parse_script(script)
            except WireError:
                if name in WITHOUT_PARAMETERS:  # these scripts never read $KmswArgs
                    decoded = DecodedOperation(name, {}, script)
                else:
                    return self._mangled(codepage)
            params = dict(decoded.params)
            if secrets is not None:
                params.update(secrets)
            elif decoded.reads_input and stdin:
                try:
                    params.update(decode_input(stdin))
                except WireError:
                    return self._mangled(codepage)
            self.received.append(
                ReceivedOperation(target.fqdn, decoded.name, params, self.lab.clock.now())
            )
            document = operations.run(self.lab, target, decoded.name, params)
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


def _expanded(path: str) -> str:
    """``path`` as cmd.exe expands it (only %SystemRoot% / %windir% matter here), lower case."""
    lowered = path.strip('"').lower()
    for variable in ("%systemroot%", "%windir%"):
        lowered = lowered.replace(variable, SYSTEM_ROOT.lower())
    return lowered


def _guard(machine: Machine, script: str, codepage: int) -> CommandOutcome | None:
    """What the script's first statements do on this machine's PowerShell (None: go on).

    With the wire's guard line first, PowerShell 2.0 and a restricted language mode
    print the guard's typed document. Without them the script fails as those would: 2.0
    cannot find [ordered], ConstrainedLanguage refuses .NET method calls.
    """
    statements = [line for line in script.splitlines() if not line.lstrip().startswith("#")]
    guarded = tuple(statements[: len(GUARD)]) == GUARD  # the first statement, or too late
    old = machine.ps_major < 3
    if not old and machine.language_mode == "FullLanguage":
        return None
    if not guarded:
        return _powershell_error(PS2_NO_ORDERED if old else CLM_NO_METHODS)
    # '...' + $PSVersionTable.PSVersion + '...': a Version prints as "2.0", a mode by name.
    text = guard_document(machine.ps_version, machine.language_mode) + "\r\n"
    return CommandOutcome(_encode(text, codepage), b"", 0)


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
    scenario: str | None = None,
) -> LabWorld:
    """The training lab (see ``app.lab.topology``) of ``scenario`` (None: the default one,
    ``current``; ``legacy-2008r2`` for the Windows Server 2008 R2 story)."""
    from app.domain.lab_scenarios import DEFAULT_SCENARIO
    from app.lab.topology import build_lab  # topology imports this module's types

    return build_lab(
        seed=seed,
        clients=clients,
        password=password,
        start=start,
        scenario=scenario or DEFAULT_SCENARIO,
    )
