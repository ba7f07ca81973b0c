"""A fleet conversion as data: which hosts, the steps per host, and how a step is proven done.

``app.domain.conversion`` plans one client; this module turns many plans into
the journaled form of a run (:class:`RunStep`, one per operation per host,
secret-free), tells which scanned hosts a direction concerns
(:func:`select_hosts`), and decides from a freshly read state whether a step
whose outcome was never written (a crash, a closed window) already took effect
(:func:`step_in_effect`) — the rule that makes a resumed run never install or
activate anything twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from app.domain.catalog import Catalog
from app.domain.conversion import (
    ConversionDirection,
    ConversionPlan,
    ConversionTarget,
    Decision,
    PlanStep,
    ScannedClient,
    StepKind,
    plan_conversion,
)
from app.domain.kms_coverage import HostKeys, Mark, ProductMark, mark_product
from app.domain.licensing import (
    KmsEndpoint,
    LicenseChannel,
    LicenseStatus,
    parse_kms_endpoint,
)
from app.domain.scan_results import HostResult, ScannedProduct
from app.domain.text import QT_TRANSLATE_NOOP, Message, Text, TextEnum, TranslatableError, msg

# KMS activation failures that only mean "not yet": the client retries by itself.
PENDING_KMS_CODES = frozenset({0xC004F038})


class ConversionProblem(TextEnum):
    UNREADABLE = QT_TRANSLATE_NOOP(
        "FleetConversion", "%1 could not be read, so no plan was made for it."
    )
    NO_SAFE_KEYRING = QT_TRANSLATE_NOOP(
        "FleetConversion",
        "The MAK must come from the keyring, and no safe keyring is available on this computer.",
    )
    NO_SECRET = QT_TRANSLATE_NOOP("FleetConversion", "The keyring holds no MAK labelled “%1”.")
    BAD_SECRET = QT_TRANSLATE_NOOP(
        "FleetConversion", "The keyring entry “%1” does not hold a valid product key."
    )
    UNFINISHED = QT_TRANSLATE_NOOP(
        "FleetConversion",
        "Conversion run %1 was interrupted and includes %2. Finish it first with "
        "“kms-wizard convert --resume %1”.",
    )
    NOTHING_TO_RESUME = QT_TRANSLATE_NOOP(
        "FleetConversion", "No interrupted conversion run to resume."
    )
    NO_SUCH_RUN = QT_TRANSLATE_NOOP(
        "FleetConversion", "Conversion run %1 is not an interrupted run (finished or unknown)."
    )
    DAMAGED_RUN = QT_TRANSLATE_NOOP(
        "FleetConversion", "Conversion run %1 cannot be resumed: its journal record is damaged."
    )
    NOT_CONVERTED_CANCELLED = QT_TRANSLATE_NOOP(
        "FleetConversion", "%1 was not converted: the run was cancelled before it started."
    )
    STILL_UNREADABLE = QT_TRANSLATE_NOOP(
        "FleetConversion",
        "%1 could not be read to check the interrupted steps; the run stays open for a "
        "later resume.",
    )
    UNEXPECTED = QT_TRANSLATE_NOOP(
        "FleetConversion",
        "%1 failed unexpectedly: this is a bug in KMS Host Wizard; the debug log has the "
        "details. Nothing was changed on it yet; the run stays open for a later resume.",
    )
    UNEXPECTED_AFTER_CHANGE = QT_TRANSLATE_NOOP(
        "FleetConversion",
        "%1 failed unexpectedly: this is a bug in KMS Host Wizard; the debug log has the "
        "details. Some of its steps were already done (its key may have changed); the run "
        "stays open for a later resume, which checks them again.",
    )
    NOT_STARTED = QT_TRANSLATE_NOOP(
        "FleetConversion",
        "%1 was not converted: it was never started; the run stays open for a later resume.",
    )


class ConversionRefused(TranslatableError, ValueError):
    """The conversion cannot start; ``message`` says why (translatable, no secret)."""


def scanned_client(result: HostResult) -> ScannedClient:
    """What :func:`app.domain.conversion.plan_conversion` needs from a scan result."""
    office = {
        p.state.activation_id: p.edition_id
        for p in result.products
        if p.is_office and p.edition_id is not None
    }
    return ScannedClient(
        host=result.host,
        edition_id=result.edition_id,
        products=tuple(p.state for p in result.products),
        kms_host=result.kms_host,
        office_editions=office,
        os_version=result.os.version,  # Vista / Server 2008 are refused by the plan (B5)
    )


def select_hosts(results: Iterable[HostResult], direction: ConversionDirection) -> list[str]:
    """Hosts of a scan with something to convert: a MAK product (to KMS) or a GVLK one (to MAK)."""
    wanted = (
        LicenseChannel.MAK if direction is ConversionDirection.TO_KMS else LicenseChannel.KMS_CLIENT
    )
    return [
        r.host
        for r in results
        if r.reachable
        and any(
            p.state.channel is wanted and not p.state.is_kms_host_key and not p.state.is_addon
            for p in r.products
        )
    ]


@dataclass(frozen=True)
class OfficeEditionOnKms:
    """An Office edition that KMS clients among the chosen hosts run (a MAK may be chosen for it).

    Attributes:
        edition_id: catalog Office edition id (the key of ``office_mak_labels``).
        name: the edition's name from the catalog.
        hosts: the hosts where it is a KMS client, in scan order.
    """

    edition_id: str
    name: str
    hosts: tuple[str, ...]


def office_editions_on_kms(
    results: Iterable[HostResult], hosts: Iterable[str]
) -> list[OfficeEditionOnKms]:
    """The identified Office editions on the KMS channel among ``hosts``, by edition id."""
    wanted = set(hosts)
    found: dict[str, tuple[str, list[str]]] = {}
    for result in results:
        if result.host not in wanted or not result.reachable:
            continue
        for product in result.products:
            state = product.state
            if (
                product.is_office
                and product.edition_id is not None
                and state.channel is LicenseChannel.KMS_CLIENT
                and not state.is_kms_host_key
            ):
                _name, on = found.setdefault(product.edition_id, (product.edition, []))
                if result.host not in on:
                    on.append(result.host)
    return [
        OfficeEditionOnKms(edition_id, name, tuple(on))
        for edition_id, (name, on) in sorted(found.items())
    ]


@dataclass(frozen=True)
class RunStep:
    """One journaled step of a run: what to run on which host, without any secret.

    Attributes:
        host: the machine.
        seq: order within the host (1…).
        kind: the step kind (its ``operation`` is the script name).
        params: the operation's parameters (a GVLK is public; a MAK is never here).
        description: translatable, keys masked.
        activation_id: the product the step concerns, as scanned.
        application_id: Windows or Office application id of that product.
        edition_id: catalog edition of that product (re-derives a GVLK on resume).
        secret_label: the keyring label of the MAK this step needs.
        key_last5: last five characters of a GVLK being installed ("" otherwise).
    """

    host: str
    seq: int
    kind: StepKind
    params: Mapping[str, Any]
    description: Message
    activation_id: str | None = None
    application_id: str | None = None
    edition_id: str | None = None
    secret_label: str | None = None
    key_last5: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def operation(self) -> str:
        return _OPERATIONS[self.kind]

    def plan_step(self) -> PlanStep:
        """The domain step (for ``params_with_secret``)."""
        return PlanStep(
            self.kind, self.params, self.description, self.activation_id, self.secret_label
        )

    def record(self) -> dict[str, Any]:
        """The journal form (the journal masks anything key-shaped on top)."""
        return {
            "host": self.host,
            "seq": self.seq,
            "kind": self.kind.value,
            "operation": self.operation,
            "params": {k: v for k, v in self.params.items() if k != "key"},
            "description": {
                "context": self.description.text.context,
                "source": self.description.text.source,
                "args": [str(a) for a in self.description.args],
            },
            "activation_id": self.activation_id,
            "application_id": self.application_id,
            "edition_id": self.edition_id,
            "secret_label": self.secret_label,
            "key_last5": self.key_last5,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any], catalog: Catalog) -> RunStep:
        """Rebuild a step from the journal; a GVLK is taken again from the catalog.

        Raises:
            KeyError, ValueError, TypeError: a damaged record.
        """
        kind = StepKind(record["kind"])
        params = dict(record.get("params") or {})
        edition_id = record.get("edition_id")
        label = record.get("secret_label")
        if kind is StepKind.INSTALL_KEY and label is None:
            gvlk = catalog.gvlk_for(str(edition_id))
            if gvlk is None:
                raise ValueError(f"no GVLK for {edition_id!r}")
            params["key"] = gvlk.reveal()
        described = record.get("description") or {}
        text = Text(str(described["context"]), str(described["source"]))
        return cls(
            host=str(record["host"]),
            seq=int(record["seq"]),
            kind=kind,
            params=params,
            description=Message(text, tuple(described.get("args") or ())),
            activation_id=record.get("activation_id"),
            application_id=record.get("application_id"),
            edition_id=edition_id,
            secret_label=label,
            key_last5=str(record.get("key_last5") or ""),
        )


_OPERATIONS = {
    StepKind.INSTALL_KEY: "install-key",
    StepKind.SET_KMS_HOST: "set-kms-host",
    StepKind.CLEAR_KMS_HOST: "clear-kms-host",
    StepKind.SET_KMS_LOOKUP_DOMAIN: "set-kms-lookup-domain",
    StepKind.ACTIVATE: "activate",
    StepKind.VERIFY: "status",
}


def run_steps(plan: ConversionPlan, before: HostResult) -> list[RunStep]:
    """The journaled steps of one host's plan (``ospp: true`` added for Office 2010's service)."""
    products = {p.state.activation_id: p for p in before.products}
    editions = {pp.product.activation_id: pp.edition_id for pp in plan.products}
    steps = []
    for seq, step in enumerate(plan.steps, start=1):
        product: ScannedProduct | None = products.get(step.activation_id or "")
        params = dict(step.params)
        if step.kind is StepKind.INSTALL_KEY and product is not None and product.source == "ospp":
            params["ospp"] = True
        key = params.get("key")
        steps.append(
            RunStep(
                host=plan.host,
                seq=seq,
                kind=step.kind,
                params=params,
                description=step.description,
                activation_id=step.activation_id,
                application_id=product.state.application_id if product else None,
                edition_id=editions.get(step.activation_id or ""),
                secret_label=step.secret_label,
                key_last5=key[-5:].upper() if isinstance(key, str) else "",
            )
        )
    return steps


@dataclass(frozen=True)
class HostPlan:
    """The plan for one host, made from the state read just before (or why there is none)."""

    host: str
    before: HostResult
    plan: ConversionPlan | None
    steps: tuple[RunStep, ...] = ()
    # MAK→KMS: each product to convert, by Activation ID → can the KMS host activate it?
    marks: Mapping[str, ProductMark] = field(default_factory=dict)
    kms_hosts: tuple[HostKeys, ...] = ()  # what the marks were judged against

    @property
    def uncovered(self) -> tuple[str, ...]:
        """Activation IDs of the products the KMS host cannot activate."""
        return tuple(a for a, m in self.marks.items() if m.mark is Mark.CANNOT_ACTIVATE)

    @property
    def has_work(self) -> bool:
        return self.plan is not None and self.plan.has_work

    @property
    def problem(self) -> Message | None:
        if self.plan is None:
            return msg(ConversionProblem.UNREADABLE.text, self.host)
        return None


def plan_host(
    result: HostResult,
    target: ConversionTarget,
    catalog: Catalog,
    kms_hosts: tuple[HostKeys, ...] = (),
    include_uncovered: bool = False,
) -> HostPlan:
    """One reachable host's plan; towards KMS each product to convert is marked first, and
    those the KMS host cannot activate are left out unless ``include_uncovered``."""
    client = scanned_client(result)
    plan = plan_conversion(client, target, catalog)
    if target.direction is not ConversionDirection.TO_KMS:
        return HostPlan(result.host, result, plan, tuple(run_steps(plan, result)))
    marks = {
        p.product.activation_id: mark_product(p.edition_id, kms_hosts, catalog)
        for p in plan.products
        if p.decision in (Decision.CONVERT, Decision.UPDATE_KMS_HOST)
    }
    left_out = {a: m.message for a, m in marks.items() if m.mark is Mark.CANNOT_ACTIVATE}
    if left_out and not include_uncovered:
        plan = plan_conversion(client, target, catalog, left_out)
    steps = tuple(run_steps(plan, result))
    return HostPlan(result.host, result, plan, steps, marks, kms_hosts)


@dataclass(frozen=True)
class FleetPlan:
    """Every host's plan for one target: what the preview shows and the run executes."""

    target: ConversionTarget
    hosts: tuple[HostPlan, ...]
    include_uncovered: bool = False

    @property
    def uncovered(self) -> tuple[tuple[HostPlan, str], ...]:
        """(host, Activation ID) of every product the KMS host cannot activate."""
        return tuple((h, a) for h in self.hosts for a in h.uncovered)

    def with_uncovered(self, include: bool, catalog: Catalog) -> FleetPlan:
        """The same hosts planned again from the same reading, uncovered products in or out."""
        hosts = tuple(
            h if h.plan is None else plan_host(h.before, self.target, catalog, h.kms_hosts, include)
            for h in self.hosts
        )
        return FleetPlan(self.target, hosts, include)

    @property
    def with_work(self) -> tuple[HostPlan, ...]:
        return tuple(h for h in self.hosts if h.has_work)

    @property
    def unreadable(self) -> tuple[HostPlan, ...]:
        return tuple(h for h in self.hosts if h.plan is None)

    def count(self, decision: Decision) -> int:
        return sum(h.plan.count(decision) for h in self.hosts if h.plan is not None)

    @property
    def secret_labels(self) -> tuple[str, ...]:
        labels = {s.secret_label for h in self.hosts for s in h.steps if s.secret_label}
        return tuple(sorted(labels))


def target_record(target: ConversionTarget) -> dict[str, Any]:
    """The target in the journal (labels only, never a key)."""
    return {
        "direction": target.direction.value,
        "kms_host": target.kms_host.display if target.kms_host else None,
        "use_dns_discovery": target.use_dns_discovery,
        "kms_lookup_domain": target.kms_lookup_domain,
        "mak_label": target.mak_label,
        "office_mak_labels": dict(target.office_mak_labels),
    }


def target_from_record(record: Mapping[str, Any]) -> ConversionTarget:
    """Inverse of :func:`target_record`.

    Raises:
        KeyError, ValueError: a damaged record.
    """
    host = record.get("kms_host")
    return ConversionTarget(
        direction=ConversionDirection(record["direction"]),
        kms_host=parse_kms_endpoint(host) if host else None,
        use_dns_discovery=bool(record.get("use_dns_discovery")),
        kms_lookup_domain=record.get("kms_lookup_domain") or None,
        mak_label=record.get("mak_label"),
        office_mak_labels=dict(record.get("office_mak_labels") or {}),
    )


# --- proving a step's effect from a fresh read ------------------------------------------------


def product_for_step(step: RunStep, state: HostResult, key_last5: str) -> ScannedProduct | None:
    """The product a step concerns in a freshly read state.

    After a key was installed the product is the one holding that key (a new
    key means a new Activation ID); otherwise the Activation ID as scanned.
    """
    if key_last5:
        for product in state.products:
            same_app = step.application_id in (None, product.state.application_id)
            if same_app and product.state.partial_key == key_last5:
                return product
        return None
    for product in state.products:
        if product.state.activation_id == step.activation_id:
            return product
    return None


def step_in_effect(step: RunStep, state: HostResult, key_last5: str = "") -> bool:
    """Whether ``step`` already took effect on the host, judged from a fresh ``state``.

    Args:
        step: the step whose outcome was never written.
        state: the host's state read now.
        key_last5: the last five characters of the key the host's plan installs
            for this product (GVLK or MAK), "" when none is installed.
    """
    if step.kind is StepKind.INSTALL_KEY:
        return product_for_step(step, state, key_last5) is not None
    if step.kind is StepKind.SET_KMS_HOST:
        host = step.params.get("host")
        if not isinstance(host, str) or state.kms_host is None:
            return False
        port = step.params.get("port")
        # The host alone (bare or bracketed IPv6 alike), then the port: "2001:db8::1" + ":1688"
        # would read as another IPv6 address.
        named = parse_kms_endpoint(host)
        wanted = KmsEndpoint(named.host, port if isinstance(port, int) else named.port)
        return wanted.same_as(state.kms_host)
    if step.kind is StepKind.CLEAR_KMS_HOST:
        return state.kms_host is None
    # SET_KMS_LOOKUP_DOMAIN: the scan does not read KeyManagementServiceLookupDomain; the
    # setting is idempotent, so a resumed run simply sets it again.
    if step.kind is StepKind.ACTIVATE:
        product = product_for_step(step, state, key_last5)
        return product is not None and product.state.status is LicenseStatus.LICENSED
    return False  # a verification is always run


@dataclass(frozen=True)
class ResumeState:
    """What the journal says about one host of an interrupted run."""

    last_rows: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> ResumeState:
        latest: dict[int, Mapping[str, Any]] = {}
        for row in rows:
            latest[int(row["seq"])] = row  # rows come in id order: the last one wins
        return cls(latest)

    def state(self, seq: int) -> str | None:
        row = self.last_rows.get(seq)
        return None if row is None else str(row["state"])

    def row_id(self, seq: int) -> int | None:
        row = self.last_rows.get(seq)
        return None if row is None else int(row["id"])

    def started(self, seq: int) -> datetime | None:
        """When the step's last row was written (its intent), None when unknown."""
        row = self.last_rows.get(seq)
        text = row.get("started") if row is not None else None
        if not isinstance(text, str):
            return None
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            return None
        return when if when.tzinfo is not None else when.replace(tzinfo=UTC)

    def hresult(self, seq: int) -> int | None:
        """The HRESULT journaled for the step ("0xC004F038"), None when none or unreadable."""
        row = self.last_rows.get(seq)
        text = row.get("hresult") if row is not None else None
        if not isinstance(text, str):
            return None
        try:
            return int(text, 16) & 0xFFFFFFFF
        except ValueError:
            return None

    def pending(self, seq: int) -> bool:
        """A KMS activation that failed only as "not yet" (the host's count is still low).

        A live run carries on past it, so a resumed one must too.
        """
        row = self.last_rows.get(seq)
        return (
            row is not None
            and row.get("state") == "failed"
            and row.get("operation") == "activate"
            and self.hresult(seq) in PENDING_KMS_CODES
        )
