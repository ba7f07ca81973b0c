"""The simulated lab's stories, named in one place: stable ids, titles and descriptions.

The lab can tell two stories (``app.lab.topology`` builds their machines):

- ``current`` (the default wherever a user starts the lab): a Windows Server 2022
  KMS host candidate whose host key activates the Windows 10/11 and Server
  2016-2022 clients around it, Office LTSC clients, and one newer server and one
  newer Office that this host's keys do not cover (the coverage check's warning).
- ``legacy-2008r2``: the first lab, kept as it was (same seed, same machines): a
  Windows Server 2008 R2 host candidate, Windows 7 / Server 2008 R2 clients and
  the Server Group A/B/C choice.

Qt-free: the Welcome page, the command line and the help name them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.text import QT_TRANSLATE_NOOP, Text

CURRENT = "current"
LEGACY_2008R2 = "legacy-2008r2"
DEFAULT_SCENARIO = CURRENT


@dataclass(frozen=True)
class LabScenario:
    """One story the lab can tell: ``id`` is what ``--scenario`` takes."""

    id: str
    title: Text
    description: Text


SCENARIOS: tuple[LabScenario, ...] = (
    LabScenario(
        CURRENT,
        QT_TRANSLATE_NOOP("LabScenario", "Today's network: a Windows Server 2022 KMS host"),
        QT_TRANSLATE_NOOP(
            "LabScenario",
            "Windows 10 and 11, Windows Server 2016 to 2022 and Office clients; a newer server "
            "and a newer Office show what the host cannot activate.",
        ),
    ),
    LabScenario(
        LEGACY_2008R2,
        QT_TRANSLATE_NOOP("LabScenario", "An older network: a Windows Server 2008 R2 KMS host"),
        QT_TRANSLATE_NOOP(
            "LabScenario",
            "Windows 7 and Windows Server 2008 R2 clients, Server Group A, B or C keys, "
            "Office 2010 and 2016.",
        ),
    ),
)

SCENARIO_IDS: tuple[str, ...] = tuple(s.id for s in SCENARIOS)


def scenario(scenario_id: str) -> LabScenario:
    """The scenario with this id. Raises KeyError for an unknown id."""
    for known in SCENARIOS:
        if known.id == scenario_id:
            return known
    raise KeyError(scenario_id)
