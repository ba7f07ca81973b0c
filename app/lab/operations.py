"""The lab's side of the named operations: params → the SPP model → the script's JSON.

Each ``resources/ps/<name>.ps1`` runs on a real Windows machine; in the lab,
``LabWorld.execute`` recognises the script and calls :func:`run` here, which
checks the parameters exactly as the script does (same order, same
``0x80070057 invalid <what>`` refusals), applies the operation to the model and
returns the document the script would print. The output schema of every
operation is written down once, in ``resources/ps/README.md``; the tests compare
both sides' field names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.lab import audit
from app.lab.dns_server_role import dns_server_srv, set_dns_server_srv
from app.lab.publishing_events import publishing_events
from app.lab.spp import adba, host_config, installation
from app.lab.spp import hresult as hr
from app.lab.spp.events import events_json
from app.lab.spp.hresult import SppError, hex_code
from app.lab.spp.kms import client_threshold, host_required_count
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import Machine
from app.lab.spp.products import WINDOWS_APP_ID, KeyKind, Product
from app.lab.spp.wmi import (
    PRODUCT_UINT32,
    SERVICE_UINT32,
    UINT32_NONE,
    script_view,
    scripted,
)

_GUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_HOST = re.compile(
    r"(?=.{1,253}\Z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\.?"
)
_IPV6ISH = re.compile(r"[0-9A-Fa-f:.]{2,45}")
_BRACKETED_IP = re.compile(r"\[[0-9A-Fa-f:.]{2,45}\]")
_CHANNEL = re.compile(
    r"KMSCLIENT|VOLUME_KMS(?!CLIENT)|MAK|TIMEBASED|VIRTUAL_MACHINE|RETAIL|OEM", re.I
)
_CHANNEL_NAMES = {"KMSCLIENT": "GVLK", "VOLUME_KMS": "CSVLK", "VIRTUAL_MACHINE": "AVMA"}
_PROFILES = {"domain": "Domain", "private": "Private", "public": "Public"}

Params = dict[str, Any]
Result = dict[str, Any]


def run(lab: SppLab, machine: Machine, operation: str, params: Params) -> Result:
    """Run one named operation; failures come back as ``{"ok": false, "hresult", "message"}``."""
    handler = HANDLERS.get(operation)
    if handler is None:
        raise KeyError(operation)
    lab.refresh(machine)
    try:
        result = handler(lab, machine, params)
    except SppError as err:
        result = {"ok": False, "hresult": err.hex, "message": err.message}
    audit.record(lab, machine.fqdn, operation, params, result)  # off unless attached
    return result


# --- parameter checks (mirror the scripts' I, B and P helpers) -----------------------


def _invalid(what: str) -> SppError:
    return SppError(hr.E_INVALIDARG, f"invalid {what}")


def _int(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _invalid(what)
    return value


def _bool(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise _invalid(what)
    return value


def _activation_id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and _GUID.fullmatch(value):
        return value.lower()
    raise _invalid("activation_id")


def _host_name(value: Any, *, allow_ip: bool, what: str) -> str:
    if isinstance(value, str) and (
        _HOST.fullmatch(value) or (allow_ip and _IPV6ISH.fullmatch(value))
    ):
        return value
    raise _invalid(what)


def _as_list(value: Any) -> list[Any]:
    """PowerShell's ``@(x)``: null → one null, a list → itself, anything else → [x]."""
    return list(value) if isinstance(value, list) else [value]


# --- output shapes --------------------------------------------------------------------


def channel_of(description: str) -> str:
    """The channel the scripts derive from a product's Description."""
    found = _CHANNEL.search(description or "")
    if not found:
        return "OTHER"
    word = found.group(0).upper()
    return _CHANNEL_NAMES.get(word, word)


def product_json(lab: SppLab, machine: Machine, product: Product) -> Result:
    """J's record. The counts are modelled as WMI gives them (the uint32 sentinel
    4294967295 for "none") and mapped as the script's U maps them (app.lab.spp.wmi)."""
    now = lab.clock.now()
    channel = channel_of(product.description)
    current = required = UINT32_NONE
    if product.is_host_key:
        if _counting(machine, product):
            current = machine.service.table(product.application_id).count(now)
        required = host_required_count(lab, product)
    elif product.is_kms_client:
        required = client_threshold(lab, product)  # the N-policy its requests carry
    raw = {
        "id": product.activation_id,
        "application_id": product.application_id,
        "name": product.name,
        "description": product.description,
        "channel": channel,
        "license_status": int(product.status),
        "status_reason": hex_code(product.reason),
        "grace_minutes": product.grace_minutes(now),
        "partial_key": product.partial_key,
        "kms_machine": product.kms_machine,
        "kms_port": product.kms_port,
        "discovered_host": product.discovered_host,
        "discovered_port": product.discovered_port,
        "is_kms_host_key": channel == "CSVLK",
        "current_count": current,
        "required_count": required,
        # LicenseIsAddon (an ESU year beside Windows); OSPP products have no such property.
        "is_addon": product.is_addon,
        "office_version": product.office_version.removeprefix("office")
        if product.office_version
        else None,
        "source": product.source.value,
    }
    return script_view(raw, PRODUCT_UINT32)


def _counting(machine: Machine, product: Product) -> bool:
    """A host key that has a count: activated and asked at least once ("-1 indicates ...
    not enabled as a KMS or no requests", SoftwareLicensingService doc)."""
    return product.status == 1 and machine.service.counters(product.application_id).total > 0


def service_json(lab: SppLab, machine: Machine) -> Result:
    service = machine.service
    now = lab.clock.now()
    host_product = machine.windows_host_product()
    hosting = host_product is not None and host_product.status == 1
    own = (
        lab.catalog.thresholds.client
        if machine.family == "client"
        else lab.catalog.thresholds.server
    )
    kernel_build = "17514" if machine.legacy_kernel else "1"
    # A plain client shows every count, interval and counter as the uint32 sentinel (real
    # Get-WmiObject output: Idera PowerTip "Managing Windows License Key (Part 3)"); the
    # script writes null for it (app.lab.spp.wmi). Intervals are real on hosts and KMS clients.
    none = UINT32_NONE
    counting = hosting and _counting(machine, host_product)  # type: ignore[arg-type]
    uses_kms = bool(machine.host_products()) or any(p.is_kms_client for p in machine.keyed())
    counters = service.counters(WINDOWS_APP_ID).as_json()
    raw = {
        "version": f"{machine.version}.{kernel_build}",
        "is_kms_host": machine.is_kms_host(),
        "current_count": service.table(WINDOWS_APP_ID).count(now) if counting else none,
        "required_count": own if hosting else none,
        "listening_port": service.listening_port,
        "dns_publishing": service.dns_publishing,
        # The registry's DnsDomainPublishList lines. When the value is absent, PowerShell's
        # @((gp ...).DnsDomainPublishList) is @($null): a ONE-element array, [null] in JSON;
        # status.ps1 drops nulls (@($dl | ? { $_ })), so an absent list reads [] here too.
        "dns_domains": list(service.publish_list),
        "low_priority": service.low_priority,
        "activation_interval": service.activation_interval if uses_kms else none,
        "renewal_interval": service.renewal_interval if uses_kms else none,
        "requests": {
            name: scripted(value if hosting else none) for name, value in counters.items()
        },
        "cmid": machine.cmid,
        "kms_machine": service.kms_machine,
        "kms_port": service.kms_port,
        "discovered_host": service.discovered_host,
        "discovered_port": service.discovered_port,
    }
    return script_view(raw, SERVICE_UINT32)


def windows_utc(moment: datetime) -> str:
    """``[DateTime]::UtcNow.ToString('o')``: seven fractional digits and a Z."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond:06d}0Z"


# --- the operations -------------------------------------------------------------------


def _inspect(lab: SppLab, machine: Machine, params: Params) -> Result:
    installed = {
        p.office_version
        for p in machine.keyed()
        if p.office_version and p.kind is not KeyKind.CSVLK
    }
    versions = sorted(installed | machine.office_packs)
    office = [
        {
            "version": v.removeprefix("office"),
            "installed": v in installed,
            "vl_pack": v in machine.office_packs,
        }
        for v in versions
    ]
    return {
        "ok": True,
        "caption": machine.caption,
        "version": machine.version,
        "build": machine.build,
        "edition_id": machine.wmi_edition,
        "sku": machine.sku,
        "product_type": machine.product_type,
        "language": machine.language,
        "domain": machine.domain,
        "part_of_domain": True,
        "fqdn": machine.fqdn,
        "addresses": [machine.address],
        "elevated": machine.elevated,
        "ps_version": machine.ps_version,
        "office": office,
        "utc_now": windows_utc(machine.local_now(lab.clock.now())),
    }


def _status(lab: SppLab, machine: Machine, params: Params) -> Result:
    products = [product_json(lab, machine, p) for p in machine.keyed()]
    return {
        "ok": True,
        "service": service_json(lab, machine),
        "products": products,
        # Get-WinEvent ... Id=12288,12289 -MaxEvents 4: the client's last activation events.
        "events": events_json(machine.events),
        "utc_now": windows_utc(machine.local_now(lab.clock.now())),
    }


def _install_key(lab: SppLab, machine: Machine, params: Params) -> Result:
    key = params.get("key")
    if not isinstance(key, str):
        raise _invalid("key")
    ospp = params.get("ospp") is not None and _bool(params.get("ospp"), "ospp")
    product = installation.install_key(lab, machine, key, ospp=ospp)
    return {"ok": True, "product": product_json(lab, machine, product)}


def _uninstall_key(lab: SppLab, machine: Machine, params: Params) -> Result:
    activation_id = _activation_id(params.get("activation_id"))
    if activation_id is None:
        raise _invalid("activation_id")
    product = installation.uninstall_key(lab, machine, activation_id)
    return {"ok": True, "product": product_json(lab, machine, product)}


def _activate(lab: SppLab, machine: Machine, params: Params) -> Result:
    product = installation.activate(lab, machine, _activation_id(params.get("activation_id")))
    return {"ok": True, "product": product_json(lab, machine, product)}


def _get_iid(lab: SppLab, machine: Machine, params: Params) -> Result:
    activation_id, iid = installation.installation_id(
        lab, machine, _activation_id(params.get("activation_id"))
    )
    return {"ok": True, "id": activation_id, "iid": iid}


def _deposit_cid(lab: SppLab, machine: Machine, params: Params) -> Result:
    iid, cid = params.get("iid"), params.get("cid")
    if not isinstance(iid, str) or not isinstance(cid, str):
        raise _invalid("iid or cid")
    activation_id = _activation_id(params.get("activation_id"))
    strip = re.compile(r"[\s-]")
    product = installation.deposit_cid(
        lab, machine, strip.sub("", iid), strip.sub("", cid), activation_id
    )
    return {"ok": True, "product": product_json(lab, machine, product)}


def _kms_target(result_target: object, target_id: str) -> Result:
    return {
        "ok": True,
        "target": target_id,
        "kms_machine": result_target.kms_machine,  # type: ignore[attr-defined]
        "kms_port": result_target.kms_port,  # type: ignore[attr-defined]
    }


def _set_kms_host(lab: SppLab, machine: Machine, params: Params) -> Result:
    host = params.get("host")
    bracketed = isinstance(host, str) and _BRACKETED_IP.fullmatch(host) is not None
    host = host if bracketed else _host_name(host, allow_ip=True, what="host")
    if ":" in host:
        # slmgr.vbs SetKmsMachineName keeps the brackets of "/skms [address]:port" and hands
        # "[address]" to SetKeyManagementServiceMachine; the script does the same, and the
        # property reads back what was set. (Whether SPP would also take a bare IPv6 address
        # is not documented: the script never sends one.)
        host = f"[{host.strip('[]')}]"
    activation_id = _activation_id(params.get("activation_id"))
    if activation_id is not None:
        installation.find_product(machine, activation_id)
    port = None if params.get("port") is None else _int(params.get("port"), 1, 65535, "port")
    target = host_config.set_kms_host(machine, host, port, activation_id)
    return _kms_target(target, activation_id or "service")


def _clear_kms_host(lab: SppLab, machine: Machine, params: Params) -> Result:
    activation_id = _activation_id(params.get("activation_id"))
    target = host_config.clear_kms_host(machine, activation_id)
    return {**_kms_target(target, activation_id or "service"), **_lookup_domain(machine, target)}


def _set_kms_lookup_domain(lab: SppLab, machine: Machine, params: Params) -> Result:
    """SetKeyManagementServiceLookupDomain on the service (slmgr.vbs SetKmsLookupDomain)."""
    domain = _host_name(params.get("domain"), allow_ip=False, what="domain")
    if not host_config.has_lookup_domain(machine):
        # The script's own check: Windows 7 has no SetKeyManagementServiceLookupDomain.
        raise SppError(COR_E_NOTSUPPORTED, LOOKUP_DOMAIN_UNSUPPORTED)
    target = host_config.set_kms_lookup_domain(machine, domain, None)
    return {
        "ok": True,
        **_lookup_domain(machine, target),
        "kms_machine": target.kms_machine,  # type: ignore[attr-defined]
    }


# What set-kms-lookup-domain.ps1 throws where the method is missing (NotSupportedException).
COR_E_NOTSUPPORTED = 0x80131515
LOOKUP_DOMAIN_UNSUPPORTED = "No KMS lookup domain before Windows 8 / Server 2012."


def _lookup_domain(machine: Machine, target: object) -> Result:
    """KeyManagementServiceLookupDomain: "" when none is set, null before Windows 8 (no such
    property: PowerShell reads a missing property as $null)."""
    if not host_config.has_lookup_domain(machine):
        return {"kms_lookup_domain": None}
    return {"kms_lookup_domain": target.kms_lookup_domain}  # type: ignore[attr-defined]


def _set_listening_port(lab: SppLab, machine: Machine, params: Params) -> Result:
    port = _int(params.get("port"), 1, 65535, "port")
    host_config.set_listening_port(machine, port)
    return {"ok": True, "listening_port": machine.service.listening_port, "restart_needed": True}


def _set_dns_publishing(lab: SppLab, machine: Machine, params: Params) -> Result:
    enabled = _bool(params.get("enabled"), "enabled")
    lines = []
    for entry in _as_list(params.get("domains")):
        if entry is None:
            continue
        domain = entry.get("domain") if isinstance(entry, dict) else None
        domain = _host_name(domain, allow_ip=False, what="domain")
        priority = _int(entry.get("priority"), 0, 65535, "priority")  # type: ignore[union-attr]
        weight = _int(entry.get("weight"), 0, 65535, "weight")  # type: ignore[union-attr]
        lines.append(f"{domain}, {priority}, {weight}")
    # Written as given: with a non-empty list the host then publishes in the listed domains
    # only, its own domain included only if listed (kms.publish; Microsoft's Volume
    # Activation Deployment Guide, "Publish to Multiple DNS Domains").
    host_config.set_dns_publishing(lab, machine, enabled, lines)
    return {
        "ok": True,
        "dns_publishing": machine.service.dns_publishing,
        "dns_domains": list(machine.service.publish_list),
    }


def _set_intervals(lab: SppLab, machine: Machine, params: Params) -> Result:
    activation = _int(params.get("activation"), 15, 43200, "activation interval")
    renewal = _int(params.get("renewal"), 15, 43200, "renewal interval")
    host_config.set_intervals(machine, activation, renewal)
    service = machine.service
    # restart_needed: slmgr.vbs warns "a KMS reboot is needed" after /sai and /sri.
    return {
        "ok": True,
        "activation_interval": service.activation_interval,
        "renewal_interval": service.renewal_interval,
        "restart_needed": True,
    }


def _set_priority(lab: SppLab, machine: Machine, params: Params) -> Result:
    host_config.set_priority(machine, _bool(params.get("low"), "low"))
    # restart_needed: slmgr.vbs warns "a KMS reboot is needed" after /spri and /cpri.
    return {"ok": True, "low_priority": machine.service.low_priority, "restart_needed": True}


def _restart_service(lab: SppLab, machine: Machine, params: Params) -> Result:
    host_config.restart_service(lab, machine)
    return {
        "ok": True,
        "service": "sppsvc",
        "status": "Running",
        "is_kms_host": machine.is_kms_host(),
        "listening_port": machine.service.listening_port,
    }


def _firewall(lab: SppLab, machine: Machine, params: Params) -> Result:
    port = _int(params.get("port"), 1, 65535, "port")
    enabled = _bool(params.get("enabled"), "enabled")
    profiles: list[str] = []
    raw = params.get("profiles")
    for item in [] if raw is None else _as_list(raw):
        name = _PROFILES.get(_ps_string(item).lower())
        if name is None:
            raise _invalid("profile")
        profiles.append(name)
    if not profiles:
        raise _invalid("profile")
    host_config.firewall(machine, port, profiles, enabled)
    return {"ok": True, "method": "com" if machine.legacy_kernel else "netsecurity"}


def _firewall_state(lab: SppLab, machine: Machine, params: Params) -> Result:
    """firewall-state.ps1: the KMS rules in the active store, as Get-NetFirewallRule
    -PolicyStore ActiveStore and Get-NetFirewallAddressFilter show them (RemoteAddress
    "Any" / "LocalSubnet"; PolicyStoreSourceType "Local" / "GroupPolicy"); through COM
    (Windows 7 / 2008 R2) the display name is the rule's Name and "*" means any address."""
    port = _int(params.get("port"), 1, 65535, "port")
    firewall = machine.fw()
    legacy = machine.legacy_kernel
    order = ("Domain", "Private", "Public")
    rules = [
        {
            "name": rule.name,
            "display_name": rule.display_name,
            "enabled": rule.enabled,
            "profiles": [p for p in order if p in rule.profiles],
            "remote_addresses": [
                "*" if legacy and a == "Any" else a for a in rule.remote_addresses
            ],
            "local_port": rule.local_port,
            "store": rule.store,
        }
        for rule in firewall.state(port)
    ]
    ignored = [p for p in order if p in firewall.local_rules_ignored]
    return {
        "ok": True,
        "method": "com" if legacy else "netsecurity",
        "active_profiles": [firewall.active_profile],
        "local_rules_ignored": ignored,
        "gpo_controls": bool(ignored),
        "rules": rules,
    }


def _ps_string(value: Any) -> str:
    """``"$_"`` of a JSON value, close enough for the profile names."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    return value if isinstance(value, str) else str(value)


# --- Active Directory-based activation (resources/ps/adba-*.ps1, app/lab/spp/adba.py) ---


def _adba_key(params: Params) -> str:
    key = params.get("key")
    if not isinstance(key, str):
        raise _invalid("key")
    return key


def _adba_name(params: Params) -> str:
    """adba-key.ps1's N: a non-blank string of at most 64 characters, no control character."""
    name = params.get("name")
    if (
        not isinstance(name, str)
        or not name.strip()
        or len(name) > 64
        or any(ord(ch) < 32 for ch in name)
    ):
        raise _invalid("name")
    return name


def _adba_activate_online(lab: SppLab, machine: Machine, params: Params) -> Result:
    key, name = _adba_key(params), _adba_name(params)
    item = adba.activate_online(lab, machine, key, name)
    return {"ok": True, "object": adba.forest_of(lab, machine).object_json(item)}


def _adba_get_iid(lab: SppLab, machine: Machine, params: Params) -> Result:
    return {"ok": True, "iid": adba.installation_id(lab, machine, _adba_key(params))}


def _adba_apply_cid(lab: SppLab, machine: Machine, params: Params) -> Result:
    cid = params.get("cid")
    if not isinstance(cid, str):
        raise _invalid("cid")
    key, name = _adba_key(params), _adba_name(params)
    item = adba.apply_cid(lab, machine, key, re.sub(r"[\s-]", "", cid), name)
    return {"ok": True, "object": adba.forest_of(lab, machine).object_json(item)}


HANDLERS: dict[str, Callable[[SppLab, Machine, Params], Result]] = {
    "inspect": _inspect,
    "status": _status,
    "install-key": _install_key,
    "uninstall-key": _uninstall_key,
    "activate": _activate,
    "get-iid": _get_iid,
    "deposit-cid": _deposit_cid,
    "set-kms-host": _set_kms_host,
    "clear-kms-host": _clear_kms_host,
    "set-kms-lookup-domain": _set_kms_lookup_domain,
    "set-listening-port": _set_listening_port,
    "set-dns-publishing": _set_dns_publishing,
    "set-intervals": _set_intervals,
    "set-priority": _set_priority,
    "restart-service": _restart_service,
    "firewall": _firewall,
    "firewall-state": _firewall_state,
    # On a machine with the DNS Server role (a domain controller): app.lab.dns_server_role.
    "dns-server-srv": dns_server_srv,
    "set-dns-server-srv": set_dns_server_srv,
    "publishing-events": publishing_events,  # on the KMS host: events 12293 / 12294
    # Active Directory-based activation: app.lab.spp.adba.
    "adba-activate-online": _adba_activate_online,
    "adba-get-iid": _adba_get_iid,
    "adba-apply-cid": _adba_apply_cid,
}
