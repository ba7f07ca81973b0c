"""A simulated Windows machine: what inspect and status read, and its licensing service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.lab.spp.counting import ClientTable, RequestCounters
from app.lab.spp.events import SppEvent
from app.lab.spp.firewall import Firewall
from app.lab.spp.products import WINDOWS_APP_ID, KeyKind, LicenseStatus, Product, Source

KMS_PORT = 1688


@dataclass
class LicensingService:
    """SoftwareLicensingService: client settings and, on a host, the KMS service."""

    kms_machine: str = ""  # set with set-kms-host (slmgr /skms)
    kms_port: int = 0
    kms_lookup_domain: str = ""  # set-kms-lookup-domain (slmgr /skms-domain), Windows 8+
    discovered_host: str = ""
    discovered_port: int = 0
    listening_port: int = KMS_PORT  # configured (registry); applies on restart
    active_port: int = KMS_PORT  # what the running service listens on
    dns_publishing: bool = True
    publish_list: list[str] = field(default_factory=list)  # DnsDomainPublishList lines
    low_priority: bool = False
    activation_interval: int = 120
    renewal_interval: int = 10080
    # What the running service uses: like the port, intervals and priority apply on restart
    # (slmgr.vbs prints "a KMS reboot is needed" after /sai, /sri, /spri and /cpri).
    active_intervals: tuple[int, int] = (120, 10080)
    active_low_priority: bool = False
    running: bool = True
    published_at: datetime | None = None  # last SRV registration (hosts re-register daily)
    # On a KMS host: one CMID table and one set of counters per application id.
    tables: dict[str, ClientTable] = field(default_factory=dict)
    requests: dict[str, RequestCounters] = field(default_factory=dict)

    def table(self, application_id: str) -> ClientTable:
        return self.tables.setdefault(application_id, ClientTable())

    def counters(self, application_id: str) -> RequestCounters:
        return self.requests.setdefault(application_id, RequestCounters())


# "$($PSVersionTable.PSVersion)": stock Windows 7 SP1 / 2008 R2 SP1 ("Windows PowerShell 2.0
# is integrated with Windows 7 and Windows Server 2008 R2", Microsoft), and WMF 5.1 for
# Windows 7 / 2008 R2 (build 5.1.14409.1005 in Microsoft's WMF 5.1 release notes).
STOCK_PS_2 = "2.0"
WMF_5_1 = "5.1.14409.1005"


@dataclass(eq=False)
class Machine:
    """One lab machine. ``name`` is the short lower-case host name."""

    name: str
    domain: str
    address: str
    os_version: str  # catalog OsVersion id
    edition_id: str | None  # catalog Edition id (None for an evaluation edition)
    wmi_edition: str  # registry EditionID ("ServerStandard", "ServerStandardEval")
    caption: str  # Win32_OperatingSystem.Caption, localised
    version: str  # "6.1.7601"
    sku: int  # OperatingSystemSKU
    product_type: int  # 1 workstation, 3 server
    language: str  # "en-US", "fr-FR", "de-DE"
    cmid: str
    machine_id: str  # what phone activation IDs are derived from
    role: str = "client"
    family: str = "client"  # catalog Family of the OS: client / server
    clock_offset: timedelta = timedelta(0)
    reachable: bool = True  # WinRM reachable (the lab's unreachable client is not)
    internet: bool = True  # online activation possible
    elevated: bool = True
    # Windows PowerShell as shipped: 2.0 on Windows 7 / Server 2008 R2 (6.1) until WMF 3.0+
    # is installed (topology marks those "updated"), 5.1 on Windows 10 / Server 2016+.
    ps_version: str = ""
    # $ExecutionContext.SessionState.LanguageMode: ConstrainedLanguage under WDAC/AppLocker.
    language_mode: str = "FullLanguage"
    evaluation: bool = False
    office_packs: set[str] = field(default_factory=set)  # Office versions with a VL pack
    products: list[Product] = field(default_factory=list)
    service: LicensingService = field(default_factory=LicensingService)
    firewall: Firewall | None = None  # made on first use: 10,000 clients build fast
    # Application log: the activation events 12288/12289 (app.lab.spp.events).
    events: list[SppEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.ps_version:
            self.ps_version = STOCK_PS_2 if self.legacy_kernel else WMF_5_1

    @property
    def ps_major(self) -> int:
        return int(self.ps_version.split(".", 1)[0] or 1)

    @property
    def fqdn(self) -> str:
        return f"{self.name}.{self.domain}"

    @property
    def build(self) -> int:
        return int(self.version.split(".")[2])

    @property
    def legacy_kernel(self) -> bool:
        """Windows 7 / Server 2008 R2 (6.1): Office uses OSPP, no NetSecurity module."""
        return self.version.startswith("6.1.")

    @property
    def office_source(self) -> Source:
        return Source.OSPP if self.legacy_kernel else Source.SPP

    def local_now(self, world_now: datetime) -> datetime:
        return world_now + self.clock_offset

    def fw(self) -> Firewall:
        if self.firewall is None:
            self.firewall = Firewall(language=self.language)
        return self.firewall

    def keyed(self) -> list[Product]:
        return [p for p in self.products if p.key is not None]

    def windows_product(self) -> Product | None:
        """The keyed Windows product; an add-on licence (ESU) never is (slmgr.vbs skips them)."""
        for product in self.products:
            if (
                product.application_id == WINDOWS_APP_ID
                and product.key is not None
                and not product.is_addon
            ):
                return product
        return None

    def product(self, activation_id: str) -> Product | None:
        wanted = activation_id.lower()
        for product in self.products:
            if product.activation_id == wanted:
                return product
        return None

    def host_products(self) -> list[Product]:
        return [p for p in self.products if p.is_host_key]

    def listens(self) -> bool:
        """The KMS service answers on its port once a host key is installed."""
        return self.service.running and bool(self.host_products())

    def is_kms_host(self) -> bool:
        """IsKeyManagementServiceMachine: a host key installed and activated."""
        return any(p.status is LicenseStatus.LICENSED for p in self.host_products())

    def windows_host_product(self) -> Product | None:
        product = self.windows_product()
        return product if product is not None and product.kind is KeyKind.CSVLK else None
