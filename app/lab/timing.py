"""Time on the lab's machines: activations that take seconds, reboots, lost answers.

Without this module a lab machine applies an operation the moment its WinRS
``Command`` arrives, so "the remote activation is still running while a resumed
run re-reads the machine" cannot happen (reliability review, "Limits of this
run"). A :class:`TimingBook` (one per :class:`~app.lab.wsman_server.WsmanServer`,
off by default) gives each machine a :class:`MachineTiming`:

- ``activation``: seconds ``SoftwareLicensingProduct.Activate()`` runs. The
  script calls it synchronously, so the command's output is ready only when it
  returns (SppWmi doc: ``uint32 Activate()``, no asynchronous form). Its effect
  lands at the end; until then a status read from another session shows the
  product as it was. Whether Windows shows anything else meanwhile (a read that
  blocks, a transient state) is not documented: the old state is the
  conservative shape (a reader cannot tell "running" from "never sent").
  Activations of one machine run one after another (sppsvc is one service; the
  lab queues them, an assumption), and a second one is a second activation.
- ``reboot`` / ``reboot_seconds``: the chance that a write command is cut by a
  restart of the machine, and how long WinRM is then unavailable. While down,
  the machine's own ports are closed, so connecting is refused (what a host
  whose port has nothing listening answers); the shared listener cannot refuse
  a connection meant for one machine, so it resets it once the request names
  the machine. (A real restarting machine refuses, or lets the connection time
  out while it is off; both read as "not reachable now".) Afterwards
  the machine is back with its licensing state kept and no shell: shells live in
  the WinRM service's memory, so a ShellId from before the restart gets the
  "shell was not found" fault (``wsman_soap.shell_not_found_fault``, the text
  Windows answers for a ShellId it does not know).
- ``drop``: the chance that the connection of a write command is lost:
  either before the request reached the service (nothing ran) or after the
  command ran, on the way back (the answer is lost, the effect stays).
- ``applied``: for a cut or lost command, the chance its effect landed.

Every draw comes from a ``random.Random`` seeded with the book's seed and the
machine's name, taken in the order that machine receives write commands, so a
run that sends the same commands to a machine meets the same fates.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, replace
from enum import Enum

# Operations that change nothing (app.lab.world.READ_ONLY plus firewall-state): never cut.
READ_ONLY_OPERATIONS = frozenset({"inspect", "status", "get-iid", "firewall-state"})


class Fate(Enum):
    """What happens to one write command."""

    NORMAL = "normal"
    LOST_BEFORE = "lost-before"  # the connection broke before the request arrived: nothing ran
    LOST_ANSWER = "lost-answer"  # the command ran; its answer never reached the client
    REBOOT_APPLIED = "reboot-applied"  # the machine restarted; the command had taken effect
    REBOOT_NOT_APPLIED = "reboot-not-applied"  # the machine restarted before it took effect

    @property
    def applied(self) -> bool:
        return self in (Fate.NORMAL, Fate.LOST_ANSWER, Fate.REBOOT_APPLIED)

    @property
    def reboots(self) -> bool:
        return self in (Fate.REBOOT_APPLIED, Fate.REBOOT_NOT_APPLIED)


@dataclass(frozen=True)
class MachineTiming:
    """How time passes on one machine (everything off by default)."""

    activation: float = 0.0
    reboot: float = 0.0
    reboot_seconds: float = 5.0
    drop: float = 0.0
    applied: float = 0.5

    def __post_init__(self) -> None:
        if min(self.activation, self.reboot_seconds) < 0:
            raise ValueError("activation and reboot_seconds must not be negative")
        for name in ("reboot", "drop", "applied"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} is a probability between 0 and 1")
        if self.reboot + self.drop > 1.0:
            raise ValueError("reboot + drop must not exceed 1")

    @property
    def active(self) -> bool:
        return bool(self.activation or self.reboot or self.drop)


class TimingBook:
    """Per-machine timing, seeded draws and the machines now restarting; thread-safe."""

    def __init__(self, defaults: MachineTiming | None = None, *, seed: int = 0) -> None:
        self._defaults = defaults or MachineTiming()
        self._per_machine: dict[str, MachineTiming] = {}
        self._seed = seed
        self._draws: dict[str, random.Random] = {}
        self._down_until: dict[str, float] = {}
        # Machines whose own ports are still shut after their restart time: down until
        # the ports listen again (else "back" would be seen before it can be reached).
        self._reopening: set[str] = set()
        self._busy_until: dict[str, float] = {}
        self._lock = threading.Lock()
        self.log: list[tuple[str, str, Fate]] = []  # (machine, operation, fate): tests, campaign

    def set_defaults(self, timing: MachineTiming, *, seed: int | None = None) -> None:
        """Timing of every machine without its own entry; a new seed restarts the draws."""
        with self._lock:
            self._defaults = timing
            if seed is not None:
                self._seed = seed
                self._draws.clear()

    def set(self, machine: str, **changes: object) -> MachineTiming:
        """Give ``machine`` its own timing (starting from the defaults); returns it."""
        key = machine.lower()
        with self._lock:
            updated = replace(self._per_machine.get(key, self._defaults), **changes)  # type: ignore[arg-type]
            self._per_machine[key] = updated
            return updated

    def for_machine(self, machine: str) -> MachineTiming:
        with self._lock:
            return self._per_machine.get(machine.lower(), self._defaults)

    def fate(self, machine: str, operation: str | None) -> Fate:
        """The fate of a command about to run ``operation`` on ``machine`` (one seeded draw)."""
        if operation is None or operation in READ_ONLY_OPERATIONS:
            return Fate.NORMAL
        timing = self.for_machine(machine)
        if not (timing.reboot or timing.drop):
            return Fate.NORMAL
        key = machine.lower()
        with self._lock:
            draws = self._draws.setdefault(key, random.Random(f"{self._seed}/{key}"))
            roll, applied = draws.random(), draws.random() < timing.applied
            if roll < timing.reboot:
                fate = Fate.REBOOT_APPLIED if applied else Fate.REBOOT_NOT_APPLIED
            elif roll < timing.reboot + timing.drop:
                fate = Fate.LOST_ANSWER if applied else Fate.LOST_BEFORE
            else:
                fate = Fate.NORMAL
            self.log.append((key, operation, fate))
            return fate

    # --- restarts --------------------------------------------------------

    def restart(self, machine: str, seconds: float | None = None) -> float:
        """Take ``machine`` down now for ``seconds`` (its own reboot_seconds by default)."""
        down = self.for_machine(machine).reboot_seconds if seconds is None else seconds
        until = time.monotonic() + max(0.0, down)
        with self._lock:
            self._down_until[machine.lower()] = until
            self._busy_until.pop(machine.lower(), None)  # what was running is decided now
        return until

    def survives(self, machine: str) -> bool:
        """Whether a command still running when ``machine`` restarts had taken effect."""
        key = machine.lower()
        applied = self.for_machine(machine).applied
        with self._lock:
            draws = self._draws.setdefault(key, random.Random(f"{self._seed}/{key}"))
            return draws.random() < applied

    def is_down(self, machine: str) -> bool:
        key = machine.lower()
        with self._lock:
            until = self._down_until.get(key)
            reopening = key in self._reopening
        return reopening or (until is not None and time.monotonic() < until)

    def reopening(self, machine: str, pending: bool) -> None:
        """The machine's own ports are shut (``pending``) or listen again (not ``pending``)."""
        with self._lock:
            if pending:
                self._reopening.add(machine.lower())
            else:
                self._reopening.discard(machine.lower())

    # --- activations -----------------------------------------------------

    def activation_slot(self, machine: str) -> float:
        """Seconds from now until an Activate() starting now (queued behind the others) ends."""
        seconds = self.for_machine(machine).activation
        now = time.monotonic()
        key = machine.lower()
        with self._lock:
            start = max(now, self._busy_until.get(key, now))
            self._busy_until[key] = start + seconds
        return start + seconds - now
