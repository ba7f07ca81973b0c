"""The way back: put back what a finished run changed where it left a product unlicensed.

A MAK→KMS run can leave a product in its grace period (the KMS host could not
activate it) and a KMS→MAK run can fail to activate the MAK. The way back is an
ordinary plan in the other direction, limited to those products: towards MAK with
a MAK the admin picks from the keyring (each activation spends one activation of
that MAK), towards KMS with the edition's GVLK. A KMS→MAK run never touches the
machine's KMS host setting, so going back to KMS keeps the setting the product had.

Which products the run changed comes from the journal (the run's planned steps
name each product's edition); which of them are not licensed comes from the
state read now, so a product that meanwhile activated is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.catalog import Catalog
from app.domain.conversion import ConversionDirection, ConversionTarget, plan_conversion
from app.domain.fleet_conversion import FleetPlan, HostPlan, run_steps, scanned_client
from app.domain.licensing import LicenseStatus
from app.domain.scan_results import HostResult
from app.domain.text import QT_TRANSLATE_NOOP, Message, TextEnum, TranslatableError, msg


class WayBackProblem(TextEnum):
    NO_SUCH_RUN = QT_TRANSLATE_NOOP("WayBack", "The journal holds no conversion run %1.")
    UNFINISHED = QT_TRANSLATE_NOOP(
        "WayBack",
        "Conversion run %1 is not finished: finish it first with “kms-wizard convert --resume %1”.",
    )
    NOTHING_CHANGED = QT_TRANSLATE_NOOP("WayBack", "Conversion run %1 changed no product.")
    NEEDS_MAK = QT_TRANSLATE_NOOP(
        "WayBack",
        "Run %1 moved products to KMS: putting them back needs the keyring label of the MAK "
        "(--mak LABEL).",
    )
    DAMAGED = QT_TRANSLATE_NOOP(
        "WayBack", "Conversion run %1 cannot be put back: its journal record is damaged."
    )


# Why a product of a host of the run stays as it is on the way back.
NOT_CHANGED = QT_TRANSLATE_NOOP("WayBack", "Not changed by run %1: left as it is.")
STILL_LICENSED = QT_TRANSLATE_NOOP("WayBack", "Licensed now: left as it is.")


class WayBackRefused(TranslatableError, ValueError):
    """No way back can be planned from this run (nothing on any machine changed)."""


@dataclass(frozen=True)
class WayBack:
    """What to put back: the target, and per host the editions the run changed.

    Attributes:
        run_id: the run being put back.
        target: the opposite direction (a MAK label towards MAK).
        editions: host → catalog edition ids of the products the run changed.
    """

    run_id: int
    target: ConversionTarget
    editions: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(self.editions)


def way_back_plan(
    run: Mapping[str, Any] | None,
    run_id: int,
    *,
    mak_label: str | None = None,
    office_mak_labels: Mapping[str, str] | None = None,
) -> WayBack:
    """The way back from a journaled run (a row of the journal's ``conversions``).

    Raises:
        WayBackRefused: unknown or unfinished run, a run that changed nothing,
            or a MAK label missing when the way back leads to MAK.
    """
    if run is None:
        raise WayBackRefused(msg(WayBackProblem.NO_SUCH_RUN.text, run_id))
    if not run.get("finished"):
        raise WayBackRefused(msg(WayBackProblem.UNFINISHED.text, run_id))
    try:
        direction = ConversionDirection(run["direction"])
        editions: dict[str, set[str]] = {}
        for step in run.get("plan") or []:
            if step.get("kind") == "install-key" and step.get("edition_id"):
                editions.setdefault(str(step["host"]), set()).add(str(step["edition_id"]))
    except (KeyError, ValueError, TypeError, AttributeError):
        raise WayBackRefused(msg(WayBackProblem.DAMAGED.text, run_id)) from None
    if not editions:
        raise WayBackRefused(msg(WayBackProblem.NOTHING_CHANGED.text, run_id))
    if direction is ConversionDirection.TO_KMS:
        if not (mak_label or office_mak_labels):
            raise WayBackRefused(msg(WayBackProblem.NEEDS_MAK.text, run_id))
        target = ConversionTarget(
            ConversionDirection.TO_MAK,
            mak_label=mak_label,
            office_mak_labels=dict(office_mak_labels or {}),
        )
    else:
        # No KMS host named: the client keeps its setting (a run to MAK never changed it).
        target = ConversionTarget(ConversionDirection.TO_KMS)
    return WayBack(run_id, target, {h: frozenset(e) for h, e in editions.items()})


def way_back_host_plan(result: HostResult, way_back: WayBack, catalog: Catalog) -> HostPlan:
    """One host's way back from its state read now: only the products the run changed
    and that are not licensed now; everything else is left as it is, with the reason."""
    if not result.reachable:
        return HostPlan(result.host, result, None)
    changed = way_back.editions.get(result.host, frozenset())
    left_out: dict[str, Message] = {}
    for product in result.products:
        edition = product.edition_id or (None if product.is_office else result.edition_id)
        if edition not in changed:
            left_out[product.state.activation_id] = msg(NOT_CHANGED, way_back.run_id)
        elif product.state.status is LicenseStatus.LICENSED:
            left_out[product.state.activation_id] = msg(STILL_LICENSED)
    plan = plan_conversion(scanned_client(result), way_back.target, catalog, left_out)
    return HostPlan(result.host, result, plan, tuple(run_steps(plan, result)))


def mak_activations(plan: FleetPlan) -> dict[str, int]:
    """MAK label → how many of its activations the plan spends (one per MAK installed):
    what a confirmation names before any is spent."""
    spent: dict[str, int] = {}
    for host in plan.with_work:
        for step in host.steps:
            if step.operation == "install-key" and step.secret_label:
                spent[step.secret_label] = spent.get(step.secret_label, 0) + 1
    return spent
