"""What every host-setup step reports besides its verified state: an outcome and findings.

A step never returns a sentence: it returns an :class:`Outcome` (what happened
to the machine) and :class:`Finding` values (what the user should know, each
with a stable id, a severity, a translatable message and, when there is one,
the fix). The UI and the CLI render them in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.domain.hresults import HResultInfo
from app.domain.text import Message


class Outcome(StrEnum):
    """What a step did to the machine."""

    DONE = "done"  # changed, and the re-read state shows the change
    UNCHANGED = "unchanged"  # already as asked: nothing was sent
    REPORTED = "reported"  # a read-only step (inspect, preflight, dashboard) ran
    REJECTED = "rejected"  # the input is invalid: nothing was sent
    REFUSED = "refused"  # the machine's state forbids the step: nothing was sent
    NEEDS_CONFIRMATION = "needs-confirmation"  # a replacement must be confirmed first
    FAILED = "failed"  # the machine reported an error (see the result's ``error``)
    NOT_VERIFIED = "not-verified"  # written, but the re-read state differs

    @property
    def succeeded(self) -> bool:
        return self in (Outcome.DONE, Outcome.UNCHANGED, Outcome.REPORTED)


class Severity(StrEnum):
    """How much a finding matters."""

    BLOCKER = "blocker"  # the setup cannot work until this is fixed
    WARNING = "warning"  # it may work, but look at this
    INFO = "info"  # good to know, or the next thing to do
    OK = "ok"  # a check that passed

    @property
    def rank(self) -> int:
        return (Severity.OK, Severity.INFO, Severity.WARNING, Severity.BLOCKER).index(self)


@dataclass(frozen=True)
class Finding:
    """One thing a step wants the user to know.

    Attributes:
        id: a stable identifier (JSON, tests, help links), e.g. ``clock-skew``.
        severity: how much it matters.
        message: what was found, translatable.
        fix: what to do about it, translatable; None when nothing is to be done.
    """

    id: str
    severity: Severity
    message: Message
    fix: Message | None = None


@dataclass(frozen=True)
class MachineError:
    """An error the machine reported for a step (an HRESULT from the licensing service).

    Attributes:
        hresult: the code explained (meaning, cause, fix), translatable.
        windows_message: what Windows itself said (raw, in the machine's language).
        operation: the named operation that failed.
    """

    hresult: HResultInfo
    windows_message: str
    operation: str

    @property
    def code(self) -> int:
        return self.hresult.code


def blockers(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that stop the setup."""
    return [f for f in findings if f.severity is Severity.BLOCKER]


def worst(findings: Iterable[Finding]) -> Severity:
    """The most severe finding's severity (OK when there is none)."""
    return max((f.severity for f in findings), key=lambda s: s.rank, default=Severity.OK)
