"""Faults the lab's WS-Management server can inject, per simulated machine.

A real fleet is slow, flaky and sometimes hostile; the lab reproduces that on
demand so every failure path of the winrm adapter (and of the scan built on it)
is exercised over real HTTP. Each machine has a :class:`MachineFaults`; the
:class:`FaultBook` holds them and the defaults applied to every machine (the
``--latency-ms`` of ``lab serve``).

What each field does, as seen by a client:

- ``latency``: seconds added to every HTTP round trip (network distance).
- ``exec_time``: seconds a command runs on the machine before its output is
  ready (PowerShell start). While it runs, a Receive waits at
  most the request's ``OperationTimeout`` and then answers the WS-Man timeout
  fault 2150858793, as Windows does, so clients poll. ``math.inf`` models a
  command that never finishes.
- ``product_query``: seconds each SoftwareLicensingProduct /
  OfficeSoftwareProtectionProduct query of the command's script adds to its run
  time (:data:`PRODUCT_QUERIES`). Real product queries are slow ("takes very
  long": Idera PowerTip "Managing Windows License Key (Part 3)"); ``lab serve``
  charges :data:`DEFAULT_PRODUCT_QUERY_MS`, tests and the scan benchmark 0.
- ``hang``: the server reads the request and never answers (until the lab
  stops): the client's own deadline is the only way out.
- ``unauthorized``: every request gets HTTP 401, whatever the credentials.
- ``soap_fault``: every request gets HTTP 500 with this WS-Man fault.
- ``reset``: the server resets the TCP connection (RST) instead of answering.
- ``malformed_xml``: answers HTTP 200 with a body that is not XML.
- ``truncate_output``: a command's stdout is cut in half (a JSON document
  missing its end), the exit code stays 0.
- ``slowness``: seconds between the small pieces an answer is dribbled out in
  (a congested link): each read gets *some* bytes, so a per-read socket
  time-out never fires and only a whole-call deadline helps.

- ``hang_after_write``: a command that changes the machine (any operation but
  the read-only ones) takes effect at once, but its answer never comes: the
  Receive keeps answering the WS-Man time-out fault, as for a command that never
  finishes. Models a write whose answer is lost (a machine busy after the
  change, a link that died): the client must read the machine back to know.
- ``poison_status_after_write``: once the machine ran a write, its ``status``
  answers carry a number that is no number any machine writes (a hostile or
  broken endpoint, reliability review F2): the product's ``license_status``
  becomes a string of :data:`POISON_DIGITS` digits. Not Windows' shape, on purpose.

``actions`` restricts the request-level faults (``hang``, ``unauthorized``,
``soap_fault``, ``reset``, ``malformed_xml``, ``slowness``) to some WS-Man
actions, e.g. ``frozenset({"Receive"})``; ``None`` means every action.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass, field, replace

from app.domain.operation_wire import operation_name

ACTIONS = frozenset({"Create", "Command", "Receive", "Signal", "Delete", "Send"})

# What one product query costs by default in ``lab serve``: no published number beyond
# "takes very long" (Idera); about a second on an ordinary PC is the lab's estimate, to be
# measured on hardware (README, release check).
DEFAULT_PRODUCT_QUERY_MS = 1000.0
# Product queries per run of each script (resources/ps): status one SPP and one OSPP query,
# inspect two name queries and one volume-license-pack query, the lookup P two (SPP, OSPP).
PRODUCT_QUERIES = {
    "status": 2,
    "inspect": 3,
    "activate": 3,  # P, then the product read back
    "uninstall-key": 3,
    "deposit-cid": 3,
    "get-iid": 2,
    "set-kms-host": 2,
    "clear-kms-host": 2,
    "install-key": 1,  # the product read back by its partial key
}


# What the ``poison_status_after_write`` fault puts in a status answer: past Python's
# 4,300-digit int() limit, the string the reliability review's F2 used.
POISON_DIGITS = 5000
# Operations that only read (``app.lab.world.READ_ONLY``): every other one changes the machine.
_READ_ONLY = frozenset({"inspect", "status", "get-iid"})


def is_write_operation(name: str) -> bool:
    """Whether the named operation changes the machine."""
    return name not in _READ_ONLY


def is_write(command_line: str, stdin: bytes | None = None) -> bool:
    """Whether the command is one of our operations that changes the machine."""
    name = operation_name(command_line, stdin)
    return name is not None and is_write_operation(name)


def poison_status(stdout: bytes) -> bytes:
    """A status answer whose first product's ``license_status`` is an endless number."""
    try:
        document = json.loads(stdout.decode("utf-8"))
        products = document["products"]
        products[0]["license_status"] = "9" * POISON_DIGITS
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return stdout  # not a status document with products: left as it is
    return (json.dumps(document, separators=(",", ":")) + "\r\n").encode("utf-8")


def product_queries(command_line: str, stdin: bytes | None = None) -> int:
    """How many product queries the operation in ``command_line`` runs (0: not ours)."""
    name = operation_name(command_line, stdin)
    return PRODUCT_QUERIES.get(name, 0) if name is not None else 0


@dataclass(frozen=True)
class SoapFault:
    """A WS-Man fault as a Windows machine reports it (HTTP 500)."""

    wsman_code: int
    reason: str
    code: str = "s:Receiver"
    subcode: str = "w:InternalError"


# The fault a busy Windows machine answers when a user already holds too many shells.
QUOTA_EXCEEDED = SoapFault(
    2150859174,
    "The WS-Management service cannot process the request. This user is allowed a maximum "
    "number of 30 concurrent shells, which has been exceeded. Close existing shells or raise "
    "the quota for this user.",
    subcode="w:QuotaLimit",
)
ACCESS_DENIED = SoapFault(5, "Access is denied.", code="s:Sender", subcode="w:AccessDenied")


@dataclass(frozen=True)
class MachineFaults:
    """The faults injected for one machine (all off by default)."""

    latency: float = 0.0
    exec_time: float = 0.0
    hang: bool = False
    unauthorized: bool = False
    soap_fault: SoapFault | None = None
    reset: bool = False
    malformed_xml: bool = False
    truncate_output: bool = False
    slowness: float = 0.0
    actions: frozenset[str] | None = field(default=None)
    product_query: float = 0.0
    hang_after_write: bool = False
    poison_status_after_write: bool = False

    def __post_init__(self) -> None:
        if min(self.latency, self.exec_time, self.slowness, self.product_query) < 0:
            raise ValueError(
                "latency, exec_time, slowness and product_query must not be negative"
            )
        if self.actions is not None and not self.actions <= ACTIONS:
            raise ValueError(f"unknown WS-Man actions: {sorted(self.actions - ACTIONS)}")

    def run_time(self, command_line: str, stdin: bytes | None = None) -> float:
        """Seconds the command runs: PowerShell start plus its product queries."""
        if self.hang_after_write and is_write(command_line, stdin):
            return math.inf  # it ran (the world applied it); its answer never comes
        if not self.product_query:
            return self.exec_time
        return self.exec_time + self.product_query * product_queries(command_line, stdin)

    def applies_to(self, action: str) -> bool:
        """Whether the request-level faults hit a request for ``action``."""
        return self.actions is None or action in self.actions


class FaultBook:
    """Thread-safe per-machine faults, falling back to lab-wide defaults."""

    def __init__(self, defaults: MachineFaults | None = None) -> None:
        self._defaults = defaults or MachineFaults()
        self._per_machine: dict[str, MachineFaults] = {}
        self._lock = threading.Lock()

    @property
    def defaults(self) -> MachineFaults:
        return self._defaults

    def set_defaults(self, faults: MachineFaults) -> None:
        """Faults for every machine without its own entry (e.g. a lab-wide latency)."""
        with self._lock:
            self._defaults = faults

    def inject(self, machine: str, **changes: object) -> MachineFaults:
        """Set faults on ``machine`` (starting from the defaults); returns the result.

        Example: ``book.inject("pc07.lab.test", reset=True, actions=frozenset({"Command"}))``.
        """
        key = machine.lower()
        with self._lock:
            current = self._per_machine.get(key, self._defaults)
            updated = replace(current, **changes)  # type: ignore[arg-type]
            self._per_machine[key] = updated
            return updated

    def clear(self, machine: str | None = None) -> None:
        """Remove the faults of ``machine`` (or of every machine)."""
        with self._lock:
            if machine is None:
                self._per_machine.clear()
            else:
                self._per_machine.pop(machine.lower(), None)

    def for_machine(self, machine: str) -> MachineFaults:
        """The faults in force for ``machine``."""
        with self._lock:
            return self._per_machine.get(machine.lower(), self._defaults)
