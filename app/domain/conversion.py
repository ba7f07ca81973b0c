"""Conversion planning: the exact steps that move a scanned client to KMS or to MAK.

DESIGN §2.4. MAK→KMS: install the edition's GVLK from the catalog, optionally
set (or clear) the KMS host, activate, re-read. KMS→MAK: install the MAK (from
the secret store), activate, re-read — and never activate a MAK product that is
already licensed: each activation uses up one of the MAK's activations.

A plan is pure data, shown as a preview before anything runs, then executed and
journalled step by step by the conversion service. It holds no secret: a MAK
step names the keyring *label*; the executor resolves it just before running
(:meth:`PlanStep.params_with_secret`). GVLKs are public (Microsoft prints them)
and travel in the params, but are shown masked in descriptions and ``repr``.

Each product is planned on its own (Windows and every Office product), with
the reason when it is left alone or cannot be converted. Towards MAK, Office
MAKs are chosen per Office edition: an edition without one stays on KMS.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from app.domain.dns_input import DnsInputError, parse_domain_name
from app.domain.licensing import KmsEndpoint, LicenseChannel, LicenseStatus, ProductState
from app.domain.text import QT_TRANSLATE_NOOP, Message, TextEnum, msg

if TYPE_CHECKING:
    from app.domain.catalog import Catalog

_ADDON = re.compile(r"\bESU\b|add-on", re.IGNORECASE)


class ConversionDirection(StrEnum):
    TO_KMS = "kms"
    TO_MAK = "mak"


class StepKind(StrEnum):
    """What a step does; :attr:`PlanStep.operation` names the script that does it."""

    INSTALL_KEY = "install-key"
    SET_KMS_HOST = "set-kms-host"
    CLEAR_KMS_HOST = "clear-kms-host"
    SET_KMS_LOOKUP_DOMAIN = "set-kms-lookup-domain"
    ACTIVATE = "activate"
    VERIFY = "verify"


_OPERATIONS: dict[StepKind, str] = {
    StepKind.INSTALL_KEY: "install-key",
    StepKind.SET_KMS_HOST: "set-kms-host",
    StepKind.CLEAR_KMS_HOST: "clear-kms-host",
    StepKind.SET_KMS_LOOKUP_DOMAIN: "set-kms-lookup-domain",
    StepKind.ACTIVATE: "activate",
    StepKind.VERIFY: "status",
}


class TargetProblem(TextEnum):
    BOTH_HOST_AND_DNS = QT_TRANSLATE_NOOP(
        "Conversion", "Choose either an explicit KMS host or DNS discovery, not both."
    )
    HOST_FOR_MAK = QT_TRANSLATE_NOOP(
        "Conversion", "A KMS host setting applies only to a conversion to KMS."
    )
    BAD_LABEL = QT_TRANSLATE_NOOP("Conversion", "The MAK label must be a non-empty name.")
    BOTH_HOST_AND_LOOKUP_DOMAIN = QT_TRANSLATE_NOOP(
        "Conversion",
        "Choose either an explicit KMS host or a KMS lookup domain, not both: an explicit "
        "host overrides the lookup domain.",
    )
    BAD_LOOKUP_DOMAIN = QT_TRANSLATE_NOOP(
        "Conversion", "The KMS lookup domain must be a DNS domain name such as corp.example.com."
    )


class InvalidConversionTarget(ValueError):
    """A contradictory conversion target; ``message`` says why (translatable)."""

    def __init__(self, problem: TargetProblem) -> None:
        self.problem = problem
        self.message: Message = msg(problem.text)
        super().__init__(self.message.english())


@dataclass(frozen=True)
class ConversionTarget:
    """Where the clients should end up.

    Attributes:
        direction: to KMS or to MAK.
        kms_host: for KMS, an explicit host (slmgr /skms); None leaves the
            current setting unless ``use_dns_discovery``.
        use_dns_discovery: for KMS, clear an explicit host so clients find one
            through DNS again (slmgr /ckms).
        kms_lookup_domain: for KMS, the DNS domain whose ``_vlmcs._tcp`` records the
            clients look up (slmgr /skms-domain; disjoint namespaces, Windows 8+). An
            explicit host set on a client is cleared first: it would override it.
        mak_label: for MAK, the keyring label of the Windows MAK.
        office_mak_labels: for MAK, keyring labels of Office MAKs by catalog
            Office edition id (``office2021-proplus``…).
    """

    direction: ConversionDirection
    kms_host: KmsEndpoint | None = None
    use_dns_discovery: bool = False
    mak_label: str | None = None
    office_mak_labels: Mapping[str, str] = field(default_factory=dict)
    kms_lookup_domain: str | None = None

    def __post_init__(self) -> None:
        if self.kms_host is not None and self.use_dns_discovery:
            raise InvalidConversionTarget(TargetProblem.BOTH_HOST_AND_DNS)
        if self.kms_host is not None and self.kms_lookup_domain is not None:
            raise InvalidConversionTarget(TargetProblem.BOTH_HOST_AND_LOOKUP_DOMAIN)
        if self.direction is ConversionDirection.TO_MAK and (
            self.kms_host is not None
            or self.use_dns_discovery
            or self.kms_lookup_domain is not None
        ):
            raise InvalidConversionTarget(TargetProblem.HOST_FOR_MAK)
        if self.kms_lookup_domain is not None:
            try:
                domain = parse_domain_name(self.kms_lookup_domain, what="lookup domain")
            except DnsInputError:
                raise InvalidConversionTarget(TargetProblem.BAD_LOOKUP_DOMAIN) from None
            object.__setattr__(self, "kms_lookup_domain", domain)
        labels = [self.mak_label] if self.mak_label is not None else []
        labels += list(self.office_mak_labels.values())
        if any(not isinstance(label, str) or not label.strip() for label in labels):
            raise InvalidConversionTarget(TargetProblem.BAD_LABEL)
        frozen = MappingProxyType(dict(self.office_mak_labels))
        object.__setattr__(self, "office_mak_labels", frozen)


@dataclass(frozen=True)
class ScannedClient:
    """What a scan learned about one machine, as conversion needs it.

    Attributes:
        host: the machine as the user named it.
        edition_id: catalog id of its Windows edition, or None when unidentified.
        products: every product holding a key (Windows and Office).
        kms_host: the explicit KMS host set on the machine, None for DNS discovery.
        office_editions: catalog Office edition id by product activation id.
        os_version: ``Win32_OperatingSystem.Version`` ("6.0.6002"), "" when unknown.
    """

    host: str
    edition_id: str | None
    products: tuple[ProductState, ...]
    kms_host: KmsEndpoint | None = None
    office_editions: Mapping[str, str] = field(default_factory=dict)
    os_version: str = ""


@dataclass(frozen=True)
class PlanStep:
    """One operation on the client, in order.

    Attributes:
        kind: what the step does.
        params: the operation's parameters, without secrets.
        description: translatable, keys masked.
        activation_id: the product the step concerns (its id before the step).
        secret_label: the keyring label of a MAK the executor must resolve first.
    """

    kind: StepKind
    params: Mapping[str, object]
    description: Message
    activation_id: str | None = None
    secret_label: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def operation(self) -> str:
        """The named operation (``resources/ps/<operation>.ps1``) that performs the step."""
        return _OPERATIONS[self.kind]

    def params_with_secret(self, secret: str | None = None) -> dict[str, object]:
        """The parameters to send, with the MAK resolved from the keyring.

        ``install-key`` receives the key as ``key``; ``activate`` receives its last
        five characters as ``partial_key`` (the product to activate is the one
        holding the key just installed: installing a key changes the Activation ID).
        """
        params = dict(self.params)
        if self.secret_label is None:
            return params
        if not secret:
            raise ValueError(f"step {self.operation} needs the secret {self.secret_label!r}")
        if self.kind is StepKind.INSTALL_KEY:
            params["key"] = secret
        elif self.kind is StepKind.ACTIVATE:
            params["partial_key"] = secret.replace("-", "").strip()[-5:].upper()
        return params

    def __repr__(self) -> str:
        shown = {k: ("XXXXX-…-" + str(v)[-5:] if k == "key" else v) for k, v in self.params.items()}
        return f"PlanStep({self.operation}, {shown}, label={self.secret_label!r})"


class Decision(StrEnum):
    """What the plan does with one product."""

    CONVERT = "convert"  # change its key and activate
    ACTIVATE_ONLY = "activate-only"  # right key already, not activated
    UPDATE_KMS_HOST = "update-kms-host"  # KMS client already; only the host setting changes
    NOTHING_TO_DO = "nothing-to-do"  # already where it should be
    LEFT_ALONE = "left-alone"  # not ours to touch (retail, OEM, host key, add-on…)
    CANNOT = "cannot"  # should be converted but the plan lacks something


class Reason(TextEnum):
    """Why a product is not (fully) converted; shown in the preview."""

    ALREADY_KMS = QT_TRANSLATE_NOOP("Conversion", "Already a KMS client: nothing to do.")
    KMS_HOST_CHANGE = QT_TRANSLATE_NOOP(
        "Conversion", "Already a KMS client: only its KMS host setting changes."
    )
    MAK_LICENSED = QT_TRANSLATE_NOOP(
        "Conversion",
        "Already activated with a MAK. Activating it again would use up one of the "
        "MAK's activations, so it is left as it is.",
    )
    MAK_NOT_ACTIVATED = QT_TRANSLATE_NOOP(
        "Conversion", "Already holds a MAK but is not activated: it will only be activated."
    )
    EDITION_UNKNOWN = QT_TRANSLATE_NOOP(
        "Conversion",
        "The edition of “%1” could not be identified (evaluation and Home editions have "
        "no KMS client key), so it cannot be converted to KMS.",
    )
    NO_GVLK = QT_TRANSLATE_NOOP(
        "Conversion",
        "The catalog has no KMS client key (GVLK) for %1: this edition cannot be "
        "activated by KMS.",
    )
    NO_MAK = QT_TRANSLATE_NOOP("Conversion", "No MAK was chosen for “%1”.")
    LEFT_ON_KMS = QT_TRANSLATE_NOOP(
        "Conversion", "Left on KMS: no MAK was chosen for this Office edition."
    )
    HOST_KEY = QT_TRANSLATE_NOOP(
        "Conversion",
        "This product holds a KMS host key: the machine is a KMS host and is not converted.",
    )
    RETAIL_OEM = QT_TRANSLATE_NOOP(
        "Conversion",
        "Licensed with a retail or OEM key, not a volume licence: converting it would "
        "replace a licence that was bought with it, so it is left as it is.",
    )
    TIME_BASED = QT_TRANSLATE_NOOP(
        "Conversion",
        "A time-based (evaluation or subscription) licence: it is left as it is.",
    )
    AVMA = QT_TRANSLATE_NOOP(
        "Conversion",
        "Activated by its Hyper-V host (automatic virtual machine activation): it is left "
        "as it is.",
    )
    UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP(
        "Conversion",
        "The licence channel could not be determined, so the product is left as it is.",
    )
    ADDON = QT_TRANSLATE_NOOP(
        "Conversion",
        "An add-on licence (such as Extended Security Updates): it is left as it is.",
    )
    NO_KEY = QT_TRANSLATE_NOOP("Conversion", "No product key is installed for this product.")
    NOT_WINDOWS_OR_OFFICE = QT_TRANSLATE_NOOP(
        "Conversion", "Neither Windows nor Office: the wizard does not convert it."
    )
    # Audit B5; %1 is "Windows Vista" or "Windows Server 2008".
    READ_ONLY_OS = QT_TRANSLATE_NOOP(
        "Conversion",
        "%1 runs the older Software Licensing service (slsvc), which the wizard can read "
        "but not change: nothing on this machine is converted. Change it by hand "
        "(slmgr.vbs), or upgrade it.",
    )


class _Describe(Enum):
    SET_KMS_HOST = QT_TRANSLATE_NOOP(
        "Conversion", "Set the KMS host to %1 (DNS discovery is then not used)."
    )
    CLEAR_KMS_HOST = QT_TRANSLATE_NOOP(
        "Conversion",
        "Clear the KMS host setting so that the machine finds its KMS host through DNS.",
    )
    SET_KMS_LOOKUP_DOMAIN = QT_TRANSLATE_NOOP(
        "Conversion", "Look up the KMS host in the DNS domain %1 (its _vlmcs._tcp records)."
    )
    INSTALL_GVLK = QT_TRANSLATE_NOOP("Conversion", "Install the KMS client key %1 for %2.")
    INSTALL_MAK = QT_TRANSLATE_NOOP("Conversion", "Install the MAK “%1” for %2.")
    ACTIVATE = QT_TRANSLATE_NOOP("Conversion", "Activate %1.")
    VERIFY = QT_TRANSLATE_NOOP(
        "Conversion", "Read the licensing state again to verify the result."
    )


@dataclass(frozen=True)
class ProductPlan:
    """The decision for one product.

    Attributes:
        product: the product as scanned.
        edition_id: its catalog edition id, when known.
        decision: what the plan does with it.
        reason: why it is not simply converted (None for a plain conversion).
        steps: its own steps (a subset of the plan's, in order).
        expected_channel: the channel it should show after the run, when it changes
            or is confirmed (None when it is left as it is).
    """

    product: ProductState
    edition_id: str | None
    decision: Decision
    reason: Message | None
    steps: tuple[PlanStep, ...] = ()
    expected_channel: LicenseChannel | None = None


@dataclass(frozen=True)
class ConversionPlan:
    """The ordered steps for one client, and the decision for each of its products."""

    host: str
    direction: ConversionDirection
    steps: tuple[PlanStep, ...]
    products: tuple[ProductPlan, ...]

    @property
    def has_work(self) -> bool:
        """True when the plan changes something (not just a verification)."""
        return any(step.kind is not StepKind.VERIFY for step in self.steps)

    @property
    def reasons(self) -> list[tuple[ProductPlan, Message]]:
        """Each product that is not plainly converted, with the reason."""
        return [(p, p.reason) for p in self.products if p.reason is not None]

    def count(self, decision: Decision) -> int:
        return sum(1 for p in self.products if p.decision is decision)


def plan_conversion(
    client: ScannedClient,
    target: ConversionTarget,
    catalog: Catalog,
    left_out: Mapping[str, Message] | None = None,
) -> ConversionPlan:
    """The exact ordered steps that take ``client`` to ``target``.

    Order: the machine-wide KMS host setting first (only when some product
    ends up a KMS client and the setting really changes), then each product —
    Windows first, then Office — key then activation, then one verification.
    ``left_out`` names products (by Activation ID) that the KMS host cannot
    activate, with the reason: they are left as they are.
    """
    ordered = sorted(client.products, key=lambda p: (not p.is_windows, p.name))
    read_only = catalog.read_only_os(client.os_version, client.edition_id)
    if read_only:
        # Vista / Server 2008 (slsvc): scanned read-only, never changed (audit B5).
        refused = msg(Reason.READ_ONLY_OS.text, " / ".join(v.name for v in read_only))
        plans = tuple(
            ProductPlan(p, _edition_of(client, p), Decision.LEFT_ALONE, refused) for p in ordered
        )
        return ConversionPlan(client.host, target.direction, (), plans)
    product_plans = [_plan_product(client, product, target, catalog) for product in ordered]
    if left_out:
        product_plans = [
            ProductPlan(p.product, p.edition_id, Decision.LEFT_ALONE, left_out[aid])
            if (aid := p.product.activation_id) in left_out and p.decision in _JUDGED
            else p
            for p in product_plans
        ]

    host_steps = _host_steps(client, target, product_plans)
    host_step = host_steps[0] if host_steps else None
    steps: list[PlanStep] = list(host_steps)
    finished: list[ProductPlan] = []
    for plan in product_plans:
        if plan.decision is Decision.NOTHING_TO_DO and host_step and _ends_kms(plan):
            # The new host setting is proven by activating against it.
            plan = ProductPlan(
                plan.product,
                plan.edition_id,
                Decision.UPDATE_KMS_HOST,
                msg(Reason.KMS_HOST_CHANGE.text),
                (_activate_existing(plan.product),),
                LicenseChannel.KMS_CLIENT,
            )
        steps.extend(plan.steps)
        finished.append(plan)
    if steps:
        steps.append(PlanStep(StepKind.VERIFY, {}, msg(_Describe.VERIFY.value)))
    return ConversionPlan(client.host, target.direction, tuple(steps), tuple(finished))


# What a KMS host's coverage can leave out: a conversion, or a KMS client whose host changes.
_JUDGED = (Decision.CONVERT, Decision.NOTHING_TO_DO)


def _ends_kms(plan: ProductPlan) -> bool:
    return plan.expected_channel is LicenseChannel.KMS_CLIENT


def _host_steps(
    client: ScannedClient, target: ConversionTarget, plans: list[ProductPlan]
) -> tuple[PlanStep, ...]:
    """The machine-wide KMS client settings: an explicit host, or discovery (in a lookup
    domain: any explicit host is cleared first, since it would override the domain)."""
    if target.direction is not ConversionDirection.TO_KMS or target.kms_lookup_domain is None:
        step = _host_step(client, target, plans)
        return (step,) if step else ()
    if not any(_ends_kms(plan) for plan in plans):
        return ()
    shown = msg(_Describe.SET_KMS_LOOKUP_DOMAIN.value, target.kms_lookup_domain)
    lookup = PlanStep(StepKind.SET_KMS_LOOKUP_DOMAIN, {"domain": target.kms_lookup_domain}, shown)
    if client.kms_host is None:
        return (lookup,)
    clear = PlanStep(StepKind.CLEAR_KMS_HOST, {}, msg(_Describe.CLEAR_KMS_HOST.value))
    return (clear, lookup)


def _host_step(
    client: ScannedClient, target: ConversionTarget, plans: list[ProductPlan]
) -> PlanStep | None:
    if target.direction is not ConversionDirection.TO_KMS:
        return None
    if not any(_ends_kms(plan) for plan in plans):
        return None
    if target.kms_host is not None and not target.kms_host.same_as(client.kms_host):
        params: dict[str, object] = {"host": target.kms_host.host}
        if target.kms_host.port is not None:
            params["port"] = target.kms_host.port
        shown = msg(_Describe.SET_KMS_HOST.value, target.kms_host.display)
        return PlanStep(StepKind.SET_KMS_HOST, params, shown)
    if target.use_dns_discovery and client.kms_host is not None:
        return PlanStep(StepKind.CLEAR_KMS_HOST, {}, msg(_Describe.CLEAR_KMS_HOST.value))
    return None


def _left_alone(product: ProductState) -> Reason | None:
    """Why a product is outside any conversion, whatever the direction."""
    if not product.has_key:
        return Reason.NO_KEY
    if product.is_addon:  # LicenseIsAddon (an ESU year): never converted with Windows
        return Reason.ADDON
    if not (product.is_windows or product.is_office):
        return Reason.NOT_WINDOWS_OR_OFFICE
    if product.is_kms_host_key or product.channel is LicenseChannel.KMS_HOST:
        return Reason.HOST_KEY
    if _ADDON.search(f"{product.name} {product.description}"):
        return Reason.ADDON
    return {
        LicenseChannel.RETAIL: Reason.RETAIL_OEM,
        LicenseChannel.OEM: Reason.RETAIL_OEM,
        LicenseChannel.TIME_BASED: Reason.TIME_BASED,
        LicenseChannel.AVMA: Reason.AVMA,
        LicenseChannel.UNKNOWN: Reason.UNKNOWN_CHANNEL,
    }.get(product.channel)


def _edition_of(client: ScannedClient, product: ProductState) -> str | None:
    if product.is_windows:
        return client.edition_id
    return client.office_editions.get(product.activation_id)


def _edition_name(catalog: Catalog, edition_id: str | None, fallback: str) -> str:
    try:
        return catalog.edition(edition_id).name if edition_id else fallback
    except KeyError:
        return fallback


def _activate_existing(product: ProductState) -> PlanStep:
    return PlanStep(
        StepKind.ACTIVATE,
        {"activation_id": product.activation_id},
        msg(_Describe.ACTIVATE.value, product.name),
        activation_id=product.activation_id,
    )


def _plan_product(
    client: ScannedClient, product: ProductState, target: ConversionTarget, catalog: Catalog
) -> ProductPlan:
    """One product's decision: left alone whatever the direction, else the direction's rules."""
    edition_id = _edition_of(client, product)
    left = _left_alone(product)
    if left is not None:
        return ProductPlan(product, edition_id, Decision.LEFT_ALONE, msg(left.text))
    planner = _KmsPlanner if target.direction is ConversionDirection.TO_KMS else _MakPlanner
    return planner.plan(product, edition_id, target, catalog)


class _KmsPlanner:
    @staticmethod
    def plan(
        product: ProductState, edition_id: str | None, target: ConversionTarget, catalog: Catalog
    ) -> ProductPlan:
        if product.channel is LicenseChannel.KMS_CLIENT:
            return ProductPlan(
                product,
                edition_id,
                Decision.NOTHING_TO_DO,
                msg(Reason.ALREADY_KMS.text),
                expected_channel=LicenseChannel.KMS_CLIENT,
            )
        # A MAK product: install its edition's GVLK.
        if edition_id is None:
            return ProductPlan(
                product, None, Decision.CANNOT, msg(Reason.EDITION_UNKNOWN.text, product.name)
            )
        gvlk = catalog.gvlk_for(edition_id)
        name = _edition_name(catalog, edition_id, product.name)
        if gvlk is None:
            return ProductPlan(product, edition_id, Decision.CANNOT, msg(Reason.NO_GVLK.text, name))
        steps = (
            PlanStep(
                StepKind.INSTALL_KEY,
                {"key": gvlk.reveal()},
                msg(_Describe.INSTALL_GVLK.value, gvlk.masked, name),
                activation_id=product.activation_id,
            ),
            PlanStep(
                StepKind.ACTIVATE,
                {"application_id": product.application_id, "partial_key": gvlk.last5},
                msg(_Describe.ACTIVATE.value, name),
                activation_id=product.activation_id,
            ),
        )
        return ProductPlan(
            product, edition_id, Decision.CONVERT, None, steps, LicenseChannel.KMS_CLIENT
        )


class _MakPlanner:
    @staticmethod
    def plan(
        product: ProductState, edition_id: str | None, target: ConversionTarget, catalog: Catalog
    ) -> ProductPlan:
        if product.channel is LicenseChannel.MAK:
            if product.status is LicenseStatus.LICENSED:
                return ProductPlan(
                    product, edition_id, Decision.NOTHING_TO_DO, msg(Reason.MAK_LICENSED.text)
                )
            return ProductPlan(
                product,
                edition_id,
                Decision.ACTIVATE_ONLY,
                msg(Reason.MAK_NOT_ACTIVATED.text),
                (_activate_existing(product),),
                LicenseChannel.MAK,
            )
        # A KMS client: install the MAK chosen for it.
        label = (
            target.mak_label
            if product.is_windows
            else target.office_mak_labels.get(edition_id or "")
        )
        if not label and product.is_office:
            # Office MAKs are chosen per edition; an edition without one stays a KMS client.
            return ProductPlan(
                product, edition_id, Decision.LEFT_ALONE, msg(Reason.LEFT_ON_KMS.text)
            )
        if not label:
            return ProductPlan(
                product, edition_id, Decision.CANNOT, msg(Reason.NO_MAK.text, product.name)
            )
        name = _edition_name(catalog, edition_id, product.name)
        steps = (
            PlanStep(
                StepKind.INSTALL_KEY,
                {},
                msg(_Describe.INSTALL_MAK.value, label, name),
                activation_id=product.activation_id,
                secret_label=label,
            ),
            PlanStep(
                StepKind.ACTIVATE,
                {"application_id": product.application_id},
                msg(_Describe.ACTIVATE.value, name),
                activation_id=product.activation_id,
                secret_label=label,
            ),
        )
        return ProductPlan(product, edition_id, Decision.CONVERT, None, steps, LicenseChannel.MAK)
