"""KMS host setup (issue 5): one service per step, each taking a ScriptRunner and the Catalog.

Steps and their services:

1. inspect — :class:`HostInspector` → :class:`HostInfo`
2. preflight — :class:`PreflightService` → :class:`PreflightReport`
3. install-key — :class:`HostKeyService` → :class:`KeyInstallResult` (and ``restore_gvlk``)
4. activate — :class:`ActivationService` → :class:`ActivationResult`
5. phone-iid / phone-cid — :class:`PhoneActivationService`
6. office — :class:`OfficeService` → :class:`OfficeReport`
7. port / firewall — :class:`KmsServiceOptions`, :class:`FirewallService`
8. dns-publishing — :class:`DnsPublishingService`
9. dashboard — :class:`DashboardService` → :class:`Dashboard`

Every result carries an :class:`Outcome`, the state read back after writing,
and :class:`Finding` values (translatable message and fix). No Qt, no adapters.
"""

from app.services.host_setup.activation import ActivationResult, ActivationService
from app.services.host_setup.dashboard import Dashboard, DashboardService, ThresholdProgress
from app.services.host_setup.dns_publishing import (
    DnsLookupSettings,
    DnsPublishingResult,
    DnsPublishingService,
    DomainCheck,
    publish_domain,
)
from app.services.host_setup.findings import Finding, MachineError, Outcome, Severity
from app.services.host_setup.firewall import (
    ALL_PROFILES,
    FirewallProfile,
    FirewallResult,
    FirewallService,
)
from app.services.host_setup.host_key import HostKeyService, KeyInstallResult, RestoreResult
from app.services.host_setup.inspection import HostInfo, HostInspector, OfficeInstall
from app.services.host_setup.licensing_state import Licensing, PublishDomain, read_licensing
from app.services.host_setup.office import OfficeReport, OfficeService, OfficeVersionReport
from app.services.host_setup.phone_activation import (
    ConfirmationResult,
    InstallationIdResult,
    PhoneActivationService,
)
from app.services.host_setup.preflight import PreflightReport, PreflightService
from app.services.host_setup.product_choice import (
    WINDOWS_PRODUCT,
    InvalidProductChoice,
    ProductChoice,
    parse_product,
)
from app.services.host_setup.reachability import ReachabilityResult, prove_reachable
from app.services.host_setup.service_options import (
    IntervalsResult,
    KmsServiceOptions,
    PortResult,
    PriorityResult,
)

__all__ = [
    "ALL_PROFILES",
    "WINDOWS_PRODUCT",
    "ActivationResult",
    "ActivationService",
    "ConfirmationResult",
    "Dashboard",
    "DashboardService",
    "DnsLookupSettings",
    "DnsPublishingResult",
    "DnsPublishingService",
    "DomainCheck",
    "Finding",
    "FirewallProfile",
    "FirewallResult",
    "FirewallService",
    "HostInfo",
    "HostInspector",
    "HostKeyService",
    "InstallationIdResult",
    "IntervalsResult",
    "InvalidProductChoice",
    "KeyInstallResult",
    "KmsServiceOptions",
    "Licensing",
    "MachineError",
    "OfficeInstall",
    "OfficeReport",
    "OfficeService",
    "OfficeVersionReport",
    "Outcome",
    "PhoneActivationService",
    "PortResult",
    "PreflightReport",
    "PreflightService",
    "PriorityResult",
    "ProductChoice",
    "PublishDomain",
    "ReachabilityResult",
    "RestoreResult",
    "Severity",
    "ThresholdProgress",
    "parse_product",
    "prove_reachable",
    "publish_domain",
    "read_licensing",
]
