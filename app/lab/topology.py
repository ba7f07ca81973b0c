"""The training lab: a KMS host candidate, ~40 clients, the lab.test zone, in two stories.

Deterministic for a seed and a scenario (``app.domain.lab_scenarios``).

``legacy-2008r2`` (the first lab, unchanged): the mix follows issue 3: Windows 7
Pro/Enterprise, Windows 10/11 Pro/Enterprise, Server 2008 R2 Web/Standard/Datacenter,
Server 2019/2022; GVLK clients waiting for a host, MAK and retail machines, Office
2010/2016/LTSC 2021, a duplicate-CMID pair, an unreachable client, a clock 5 h
off, a French and a German Windows, an evaluation server. The fill is heavy on
Windows 7 / 2008 R2 KMS clients so a Server Group B host on ``kms01`` can reach
the client threshold (25) with the default 40 clients.

``current`` (the default): ``kms01`` is Windows Server 2022 Standard, whose own
host key group (catalog ``ws2022``) activates every Windows 10/11 and Server
2016-2022 client around it. The same teaching cases (duplicate CMIDs, an
unreachable client, a clock 5 h off, a stale KMS host setting, a French and a
German Windows, an evaluation server, MAK and retail machines), Office 2016 and
LTSC 2021 clients, and two products this host's keys do not cover: a Windows
Server 2025 client and an Office LTSC 2024 client (the coverage check's
"cannot activate"). The fill is Windows 10/11 and Server 2019/2022 KMS clients,
so a Server 2022 host reaches the client threshold (25) with 40 clients.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from app.domain.catalog import Catalog, Channel, Edition, default_catalog
from app.domain.keys import KEY_ALPHABET
from app.domain.lab_scenarios import CURRENT, DEFAULT_SCENARIO, LEGACY_2008R2
from app.lab.lab_keys import LabKeyring
from app.lab.spp import hresult as hr
from app.lab.spp.clock import SimClock
from app.lab.spp.installation import new_office_product
from app.lab.spp.kms import failed_request
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import WMF_5_1, Machine
from app.lab.spp.products import (
    WINDOWS_APP_ID,
    KeyKind,
    LicenseStatus,
    Product,
    Source,
    esu_addon,
    sku_id,
    windows_names,
)
from app.lab.world import LabWorld
from app.lab.zone import LabZone

ZONE = "lab.test"
USER = "labadmin"
HOST_NAME = "kms01"
STALE_KMS_HOST = "oldkms.lab.test"  # a decommissioned host one client still points at


@dataclass(frozen=True)
class OsSpec:
    os_version: str
    wmi_edition: str
    caption: str
    version: str
    sku: int

    @property
    def server(self) -> bool:
        return self.wmi_edition.startswith("Server")


OS = {
    "win7-pro": OsSpec("win7", "Professional", "Microsoft Windows 7 Professional", "6.1.7601", 48),
    "win7-ent": OsSpec("win7", "Enterprise", "Microsoft Windows 7 Enterprise", "6.1.7601", 4),
    "win10-pro": OsSpec("win10", "Professional", "Microsoft Windows 10 Pro", "10.0.19045", 48),
    "win10-ent": OsSpec("win10", "Enterprise", "Microsoft Windows 10 Enterprise", "10.0.19045", 4),
    "win11-pro": OsSpec("win11", "Professional", "Microsoft Windows 11 Pro", "10.0.22631", 48),
    "win11-ent": OsSpec("win11", "Enterprise", "Microsoft Windows 11 Enterprise", "10.0.22631", 4),
    "ws2008r2-web": OsSpec(
        "ws2008r2", "ServerWeb", "Microsoft Windows Web Server 2008 R2", "6.1.7601", 17
    ),
    "ws2008r2-std": OsSpec(
        "ws2008r2", "ServerStandard", "Microsoft Windows Server 2008 R2 Standard", "6.1.7601", 7
    ),
    "ws2008r2-dc": OsSpec(
        "ws2008r2", "ServerDatacenter", "Microsoft Windows Server 2008 R2 Datacenter", "6.1.7601", 8
    ),
    # Windows Server 2016 / 2025: Win32_OperatingSystem's Caption shaped like the 2019 and
    # 2022 ones above; builds 10.0.14393 and 10.0.26100 as the catalog's os_versions.json
    # identifies them (GitHub's Windows Server 2025 runner image reports "10.0.26100").
    "ws2016-std": OsSpec(
        "ws2016", "ServerStandard", "Microsoft Windows Server 2016 Standard", "10.0.14393", 7
    ),
    "ws2025-std": OsSpec(
        "ws2025", "ServerStandard", "Microsoft Windows Server 2025 Standard", "10.0.26100", 7
    ),
    "ws2019-std": OsSpec(
        "ws2019", "ServerStandard", "Microsoft Windows Server 2019 Standard", "10.0.17763", 7
    ),
    "ws2019-dc": OsSpec(
        "ws2019", "ServerDatacenter", "Microsoft Windows Server 2019 Datacenter", "10.0.17763", 8
    ),
    "ws2022-std": OsSpec(
        "ws2022", "ServerStandard", "Microsoft Windows Server 2022 Standard", "10.0.20348", 7
    ),
    "ws2022-dc": OsSpec(
        "ws2022", "ServerDatacenter", "Microsoft Windows Server 2022 Datacenter", "10.0.20348", 8
    ),
    "ws2019-eval": OsSpec(
        "ws2019",
        "ServerStandardEval",
        "Microsoft Windows Server 2019 Standard Evaluation",
        "10.0.17763",
        79,
    ),
    # Localised captions, as a French and a German Windows report them.
    "win10-edu-fr": OsSpec(
        "win10", "Education", "Microsoft Windows 10 Éducation", "10.0.19045", 121
    ),
    "win10-prows-de": OsSpec(
        "win10",
        "ProfessionalWorkstation",
        "Microsoft Windows 10 Pro für Workstations",
        "10.0.19045",
        161,
    ),
}

G, M, R = KeyKind.GVLK, KeyKind.MAK, KeyKind.RETAIL


@dataclass(frozen=True)
class Spec:
    """One machine to build."""

    name: str
    os: str
    kind: KeyKind
    language: str = "en-US"
    role: str = "client"
    office: tuple[str, ...] = ()  # Office edition ids installed (with their GVLK)
    office_packs: tuple[str, ...] = ()
    clock_offset_hours: int = 0
    reachable: bool = True
    kms_machine: str = ""
    cmid_of: str = ""  # share the CMID of this machine (an image not sysprepped)
    esu: bool = False  # an ESU Year 1 add-on licence beside Windows (Windows 10)
    # Windows 7 / 2008 R2 keep the stock PowerShell 2.0: every operation answers
    # "PowerShell too old". The others are "updated" (WMF 5.1 installed).
    stock_powershell: bool = False
    routed: bool = False  # on a branch subnet routed to the host's: LocalSubnet rules refuse it


SPECIALS = (
    Spec("pc-fr", "win10-edu-fr", G, language="fr-FR", esu=True),
    Spec("pc-de", "win10-prows-de", G, language="de-DE"),
    Spec("pc-clone-a", "win7-ent", G),
    Spec("pc-clone-b", "win7-ent", G, cmid_of="pc-clone-a"),
    Spec("pc-offline", "win7-pro", G, reachable=False),
    Spec("pc-skew", "win7-pro", G, clock_offset_hours=5),
    Spec("pc-oldkms", "win7-pro", G, kms_machine=STALE_KMS_HOST),
    Spec("srv-eval", "ws2019-eval", KeyKind.EVAL, role="server"),
    Spec("pc-office2010", "win7-pro", M, office=("office2010-proplus",)),
    Spec("pc-office2016", "win10-ent", G, office=("office2016-proplus",)),
    Spec("pc-office2021", "win11-pro", R, office=("office2021-proplus",)),
    Spec("srv-dc", "ws2008r2-dc", G, role="server"),
)
# Six Windows 7 / 2008 R2 KMS clients (one with Office 2016 through OSPP), then one of the mix.
_FILL = (
    ("win7-pro", G, ()),
    ("ws2008r2-std", G, ()),
    ("win7-ent", G, ()),
    ("win7-pro", G, ("office2016-proplus",)),
    ("ws2008r2-web", G, ()),
    ("win7-pro", G, ()),
)
_MIXED = (
    ("win10-pro", M),
    ("win10-ent", G),
    ("win11-pro", R),
    ("win11-ent", G),
    ("ws2019-std", M),
    ("ws2019-dc", G),
    ("ws2022-std", G),
    ("ws2022-dc", M),
    ("win7-pro", M),
    ("ws2008r2-std", M),
    ("win10-pro", R),
)


# The current story's teaching cases, the same as the legacy ones on today's Windows; plus
# the two products a Server 2022 host cannot serve: Server 2025 (the ws2025 key only; catalog
# key_groups.json) and Office LTSC 2024 (no Office 2024 host key on kms01 yet).
CURRENT_SPECIALS = (
    Spec("pc-fr", "win10-edu-fr", G, language="fr-FR", esu=True),
    Spec("pc-de", "win10-prows-de", G, language="de-DE"),
    Spec("pc-clone-a", "win11-ent", G),
    Spec("pc-clone-b", "win11-ent", G, cmid_of="pc-clone-a"),
    Spec("pc-offline", "win11-pro", G, reachable=False),
    Spec("pc-skew", "win10-pro", G, clock_offset_hours=5),
    Spec("pc-oldkms", "win10-ent", G, kms_machine=STALE_KMS_HOST),
    Spec("srv-eval", "ws2019-eval", KeyKind.EVAL, role="server"),
    Spec("pc-office2016", "win10-ent", G, office=("office2016-proplus",)),
    Spec("pc-office2021", "win11-pro", R, office=("office2021-proplus",)),
    Spec("pc-office2024", "win11-ent", G, office=("office2024-proplus",)),
    Spec("srv-dc", "ws2022-dc", G, role="server"),
    Spec("srv-2016", "ws2016-std", G, role="server"),
    Spec("srv-2025", "ws2025-std", G, role="server"),
)
# Six Windows 10/11 and Server 2019/2022 KMS clients (one with Office LTSC 2021), then one
# of the mix.
_CURRENT_FILL = (
    ("win11-pro", G, ()),
    ("win10-pro", G, ()),
    ("ws2022-std", G, ()),
    ("win11-ent", G, ("office2021-proplus",)),
    ("win10-ent", G, ()),
    ("ws2019-std", G, ()),
)
_CURRENT_MIXED = (
    ("win10-pro", M),
    ("win11-pro", M),
    ("win11-pro", R),
    ("win10-ent", G),
    ("ws2016-std", G),
    ("ws2016-std", M),
    ("ws2019-std", M),
    ("ws2022-std", M),
    ("ws2022-dc", G),
    ("win10-pro", R),
    ("win11-ent", G),
)


@dataclass(frozen=True)
class Story:
    """What one scenario's lab is made of (``app.domain.lab_scenarios`` names them).

    Attributes:
        host: ``kms01``, the KMS host candidate.
        host_key_group: the host key group of kms01's own OS, which a working lab host
            holds (``app.lab.working_host``).
        specials: the teaching cases, first among the clients.
        fill: the cycle of KMS clients that fills the rest, one of ``mixed`` between cycles.
        mixed: the random mix (MAK, retail, other KMS clients).
        stock_powershell: fill indexes (modulo 50) left with PowerShell 2.0 (Windows 7 /
            2008 R2 era only: Windows 10 and Server 2016 ship PowerShell 5.1).
    """

    host: Spec
    host_key_group: str
    specials: tuple[Spec, ...]
    fill: tuple[tuple[str, KeyKind, tuple[str, ...]], ...]
    mixed: tuple[tuple[str, KeyKind], ...]
    stock_powershell: frozenset[int]


STORIES = {
    LEGACY_2008R2: Story(
        Spec(
            HOST_NAME,
            "ws2008r2-std",
            G,
            language="fr-FR",
            role="kms-host-candidate",
            office_packs=("office2010", "office2016"),
        ),
        "server-b",  # Server 2008 R2 Standard: Group B is its own group
        SPECIALS,
        _FILL,
        _MIXED,
        frozenset({5, 6}),
    ),
    CURRENT: Story(
        Spec(
            HOST_NAME,
            "ws2022-std",
            G,
            role="kms-host-candidate",
            office_packs=("office2016", "office2021"),
        ),
        "ws2022",  # what a Server 2022 host holds for Windows 10/11 and Server clients
        CURRENT_SPECIALS,
        _CURRENT_FILL,
        _CURRENT_MIXED,
        frozenset(),
    ),
}


def story(scenario: str) -> Story:
    """The machines of a scenario. Raises ValueError for an unknown scenario id."""
    try:
        return STORIES[scenario]
    except KeyError:
        raise ValueError(f"unknown lab scenario: {scenario!r}") from None


def build_lab(
    seed: int = 0,
    clients: int = 40,
    *,
    password: str | None = None,
    start: datetime | None = None,
    scenario: str = DEFAULT_SCENARIO,
) -> LabWorld:
    """Build the lab: ``kms01`` plus ``clients`` machines, deterministic for ``seed``.

    ``start`` sets the simulated clock (default: a fixed date, for reproducible
    tests); a lab served to outside clients starts at the real time so their
    clock-skew checks make sense. ``scenario`` picks the story
    (``app.domain.lab_scenarios``; ValueError for an unknown one).
    """
    if clients < 0:
        raise ValueError("clients must be 0 or more")
    told = story(scenario)
    catalog = default_catalog()
    rng = random.Random(seed)
    clock = SimClock(start) if start is not None else SimClock()
    zone = LabZone(ZONE + ".")
    zone.add_many(
        [
            (ZONE, "SOA", f"ns1.{ZONE}. hostmaster.{ZONE}. 1 3600 600 86400 3600"),
            (ZONE, "NS", f"ns1.{ZONE}."),
            (f"ns1.{ZONE}", "A", "127.0.0.1"),
        ]
    )
    keyring = LabKeyring(seed, catalog)
    lab = SppLab(catalog, zone, clock, keyring)
    builder = _Builder(lab, rng, seed)
    specs = [told.host]
    specs += _client_specs(clients, rng, told)
    lab.add_machines(builder.machine(index, spec) for index, spec in enumerate(specs))
    return LabWorld(lab, USER, password or secrets.token_urlsafe(12), scenario=scenario)


def _client_specs(count: int, rng: random.Random, told: Story) -> list[Spec]:
    specs = list(told.specials[:count])
    index = 0
    fill, mixed = told.fill, told.mixed
    while len(specs) < count:
        index += 1
        cycle = index % (len(fill) + 1)
        os_key, kind, office = fill[cycle - 1] if cycle else (*rng.choice(mixed), ())
        prefix = "srv" if OS[os_key].server else "pc"
        role = "server" if OS[os_key].server else "client"
        # Legacy story: two in fifty fill machines (srv005, pc006…) were never given WMF 3.0+.
        stock = index % 50 in told.stock_powershell
        specs.append(
            Spec(
                f"{prefix}{index:03d}",
                os_key,
                kind,
                role=role,
                office=office,
                stock_powershell=stock,
                # Every tenth sits on a routed branch subnet (127.21.x.y, not kms01's /24).
                routed=index % 10 == 0,
            )
        )
    return specs


class _Builder:
    """Makes machines fast: everything per (OS, channel) is computed once."""

    def __init__(self, lab: SppLab, rng: random.Random, seed: int) -> None:
        self.lab = lab
        self.rng = rng
        self.seed = seed
        self.start = lab.clock.now()
        self.cmids: dict[str, str] = {}

    def machine(self, index: int, spec: Spec) -> Machine:
        os_spec = OS[spec.os]
        edition = _edition(self.lab.catalog, spec.os)
        cmid = self.cmids.get(spec.cmid_of) or str(
            uuid.UUID(int=self.rng.getrandbits(128), version=4)
        )
        self.cmids[spec.name] = cmid
        machine = Machine(
            name=spec.name,
            domain=ZONE,
            address=f"127.{21 if spec.routed else 20}.{index // 250}.{index % 250 + 2}",
            os_version=os_spec.os_version,
            edition_id=edition.id if edition else None,
            wmi_edition=os_spec.wmi_edition,
            caption=os_spec.caption,
            version=os_spec.version,
            sku=os_spec.sku,
            product_type=3 if os_spec.server else 1,
            language=spec.language,
            cmid=cmid,
            machine_id=f"{self.seed}/{spec.name}",
            role=spec.role,
            family="server" if os_spec.server else "client",
            clock_offset=timedelta(hours=spec.clock_offset_hours),
            reachable=spec.reachable,
            evaluation=edition is None,
            office_packs=set(spec.office_packs),
            # kms01 and the clients the journeys convert are "updated" (WMF 5.1 installed,
            # or built in since Windows 10 / Server 2016); only stock_powershell machines
            # keep 2.0.
            ps_version="" if spec.stock_powershell else WMF_5_1,
        )
        machine.service.kms_machine = spec.kms_machine
        machine.products.append(self._windows_product(machine, spec, edition))
        for office_id in spec.office:
            machine.products.append(self._office_product(machine, office_id))
        if spec.esu:
            key = _lab_only_key(machine.machine_id)
            machine.products.append(esu_addon(os_spec.os_version, key))
        return machine

    def _windows_product(self, machine: Machine, spec: Spec, edition: Edition | None) -> Product:
        group = _mak_group(self.lab.catalog, spec.os) if spec.kind is M else None
        activation_id, name, description = _sku(self.lab.catalog, spec.os, spec.kind, group)
        product = Product(
            activation_id,
            WINDOWS_APP_ID,
            name,
            description,
            edition.id if edition else "",
            spec.kind,
            Source.SPP,
            group_id=group,
        )
        if spec.kind is G:
            product.key = edition.gvlk.value  # type: ignore[union-attr]
            self._waiting_kms_client(machine, product, stale_host=bool(spec.kms_machine))
        elif spec.kind is M:
            product.key = self.lab.keyring.by_label(f"mak:{group}").value
            product.license_permanently()
        else:
            label = ("eval:" if spec.kind is KeyKind.EVAL else "retail:") + spec.name
            modern = not machine.legacy_kernel
            product.key = self.lab.keyring.add_retail(
                label, product.edition_id, modern=modern
            ).value
            product.license_permanently()
            if spec.kind is KeyKind.EVAL:
                product.grace_end = self.start + timedelta(days=150)  # time-based licence
        return product

    def _office_product(self, machine: Machine, edition_id: str) -> Product:
        catalog = self.lab.catalog
        edition = catalog.edition(edition_id)
        app_id = catalog.office_versions[edition.versions[0]].app_id
        product = new_office_product(machine, edition, app_id, G)
        product.key = edition.gvlk.value  # type: ignore[union-attr]
        self._waiting_kms_client(machine, product, stale_host=False)
        return product

    def _waiting_kms_client(self, machine: Machine, product: Product, *, stale_host: bool) -> None:
        """A KMS client in its initial grace that found no host so far.

        Its LicenseStatusReason is the informational grace code; why its last request
        failed is in its event 12288 (app.lab.spp.events).
        """
        product.status = LicenseStatus.OOB_GRACE
        product.grace_end = self.start + timedelta(days=self.rng.randint(8, 30))
        error = (
            hr.SL_E_VL_BINDING_SERVICE_UNAVAILABLE if stale_host else hr.DNS_ERROR_RCODE_NAME_ERROR
        )
        product.reason = hr.SL_I_OOB_GRACE_PERIOD
        product.last_error = error
        failed_request(self.lab, machine, product, error, f"{STALE_KMS_HOST}:1688" * stale_host)
        product.next_contact = self.start + timedelta(minutes=self.rng.randint(1, 120))


@cache
def _edition(catalog: Catalog, os_key: str) -> Edition | None:
    spec = OS[os_key]
    edition = catalog.identify_os(spec.version, spec.wmi_edition, spec.caption)[1]
    if edition is None and not spec.wmi_edition.endswith("Eval"):
        raise LookupError(f"the catalog has no edition for {os_key}")
    return edition


@cache
def _mak_group(catalog: Catalog, os_key: str) -> str:
    edition = _edition(catalog, os_key)
    os_version = OS[os_key].os_version
    for group in catalog.windows_groups():
        if edition and catalog.activates(group.id, edition.id, Channel.MAK, os_version):
            return group.id
    raise LookupError(f"no lab MAK group activates {os_key}")


@cache
def _sku(catalog: Catalog, os_key: str, kind: KeyKind, group: str | None) -> tuple[str, str, str]:
    spec = OS[os_key]
    name, description = windows_names(spec.os_version, spec.wmi_edition, kind, group)
    edition = _edition(catalog, os_key)
    edition_id = edition.id if edition else ""
    # The same id installation.py gives the SKU when a key of this channel is installed later.
    return sku_id(edition_id, kind.value, group or ""), name, description


def _lab_only_key(seed: str) -> str:
    """A key-shaped string no product accepts (an ESU MAK the lab never checks)."""
    digest = hashlib.sha256(seed.encode()).digest()
    chars = "".join(KEY_ALPHABET[b % len(KEY_ALPHABET)] for b in digest[:25])
    return "-".join(chars[i : i + 5] for i in range(0, 25, 5))
