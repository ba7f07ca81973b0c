"""The KMS protocol as the lab plays it: discovery, reachability, the host's answer, publishing.

A client finds its host by an explicit setting (set-kms-host) or the lab zone's
``_vlmcs._tcp.<domain>`` SRV records (none → 0x8007232B) — in its own domain, or
in the lookup domain set with set-kms-lookup-domain — reaches it only if the
host's KMS service listens on that port and its firewall lets the port in
(otherwise 0xC004F074), and is activated only when the host's count reaches the
client's threshold (0xC004F038 until then). Seeds 001/002, facts §0, §4, §8.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.catalog import Channel
from app.lab.spp import events
from app.lab.spp import hresult as hr
from app.lab.spp.firewall import same_subnet
from app.lab.spp.hresult import SppError
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import KMS_PORT, Machine
from app.lab.spp.products import UNREACHED, LicenseStatus, Product, Source

VALIDITY = timedelta(days=180)
MAX_SKEW = timedelta(hours=4)
REPUBLISH = timedelta(hours=24)
SRV_PREFIX = "_vlmcs._tcp."

_STATUS_COUNTER = {
    LicenseStatus.UNLICENSED: "unlicensed",
    LicenseStatus.LICENSED: "licensed",
    LicenseStatus.OOB_GRACE: "oob",
    LicenseStatus.OOT_GRACE: "oot",
    LicenseStatus.NON_GENUINE_GRACE: "nongenuine",
    LicenseStatus.NOTIFICATION: "notification",
    LicenseStatus.EXTENDED_GRACE: "oob",
}


def contact(lab: SppLab, client: Machine, product: Product, *, reschedule: bool = True) -> None:
    """One activation or renewal request of a KMS client product, and when to call next.

    ``reschedule`` queues that next call (the lab's scheduler does it itself).

    Raises:
        SppError: what the client's Activate() would report (the product keeps
            it as its last error and retries after its activation interval).
    """
    now = lab.clock.now()
    product.refresh(now)
    product.blocked_by = UNREACHED
    attempt = _Attempt()
    try:
        host, name, port, discovered = _find_host(lab, client, product, attempt)
        product.blocked_by = host.name
        attempt.reached = True
        _answer(lab, host, client, product, attempt)
    except SppError as err:
        # LicenseStatusReason stays informational (0x4004F00C in the initial grace): the
        # failure lives in the client's events 12288/12289 only, as on Windows.
        product.last_error = err.hresult
        log_attempt(lab, client, product, attempt, err.hresult)
        product.next_contact = now + timedelta(minutes=product.activation_interval)
        if reschedule:
            lab.schedule(client, product)
        raise
    product.blocked_by = ""
    product.status = LicenseStatus.LICENSED
    product.reason = 0
    product.last_error = 0
    log_attempt(lab, client, product, attempt, 0, bound=True)
    product.grace_end = now + VALIDITY
    product.activations += 1
    product.next_contact = now + timedelta(minutes=product.renewal_interval)
    if discovered:
        product.discovered_host, product.discovered_port = name, port
        if product is client.windows_product():
            client.service.discovered_host, client.service.discovered_port = name, port
    if reschedule:
        lab.schedule(client, product)


@dataclass
class _Attempt:
    """How far one KMS request got: what the events 12288/12289 will say."""

    target: str = ""  # host:port of the last host tried ("" when none was found)
    reached: bool = False  # a host answered (12289 follows 12288)
    count: int = 0  # the count the host answered with


def log_attempt(
    lab: SppLab,
    client: Machine,
    product: Product,
    attempt: _Attempt,
    hresult: int,
    *,
    bound: bool = False,
) -> None:
    """Log the events 12288 (and 12289 when a host answered) of one request (app.lab.spp.events).

    Only SPP products log them under Microsoft-Windows-Security-SPP; Office on
    OSPP keeps its own log, which the status script does not read.
    """
    if product.source is not Source.SPP:
        return
    now = lab.clock.now()
    needed = client_threshold(lab, product)
    status, minutes = int(product.status), product.grace_minutes(now)
    sent = hresult if not attempt.reached else 0
    interval = (product.activation_interval, product.renewal_interval)

    def request(local: datetime) -> events.SppEvent:
        data = events.request_data(
            sent, attempt.target, client.cmid, local, status, minutes, product.activation_id, needed
        )
        return events.SppEvent(events.REQUEST_SENT, local, data)

    def response(local: datetime) -> events.SppEvent:
        # NOT_ENOUGH_COUNT comes back as HRESULT 0 with the flag set and fBound 0.
        code = 0 if hresult == hr.SL_E_VL_NOT_ENOUGH_COUNT else hresult
        data = events.response_data(
            code,
            bound=bound,
            count=attempt.count,
            activation=interval[0],
            renewal=interval[1],
            local=local,
        )
        return events.SppEvent(events.RESPONSE_PROCESSED, local, data)

    product.last_attempt = (request, response) if attempt.reached else (request,)
    local = client.local_now(now)
    events.log(client.events, *(make(local) for make in product.last_attempt))


def failed_request(
    lab: SppLab, client: Machine, product: Product, hresult: int, target: str = ""
) -> None:
    """Log a request that found or reached no host (a lab built with waiting clients)."""
    log_attempt(lab, client, product, _Attempt(target=target), hresult)


def _find_host(
    lab: SppLab, client: Machine, product: Product, attempt: _Attempt
) -> tuple[Machine, str, int, bool]:
    explicit = product.kms_machine or client.service.kms_machine
    if explicit:
        port = product.kms_port or client.service.kms_port or KMS_PORT
        candidates = [(explicit, port)]
    else:
        # slmgr.vbs: "/skms setting overrides the /skms-domain setting"; without either the
        # client looks in its own domain.
        domain = product.kms_lookup_domain or client.service.kms_lookup_domain or client.domain
        records = lab.zone.srv(SRV_PREFIX + domain.rstrip("."))
        if not records:
            raise SppError(hr.DNS_ERROR_RCODE_NAME_ERROR)
        # Lowest priority first, heavier weight first; a silent host is dropped and the next tried.
        ordered = sorted(records, key=lambda r: (r.priority, -r.weight, r.target))
        candidates = [(r.target.rstrip("."), r.port) for r in ordered]
    for name, port in candidates:
        attempt.target = f"{name}:{port}"
        host = lab.resolve(name, client.domain)
        if host is not None and host is not client and _reachable(host, port, client):
            return host, name, port, not explicit
    raise SppError(hr.SL_E_VL_BINDING_SERVICE_UNAVAILABLE)


def _reachable(host: Machine, port: int, client: Machine) -> bool:
    # A LocalSubnet-scoped rule (SPPSVC-In-TCP) admits clients on the host's subnet only.
    local = same_subnet(host.address, client.address)
    return (
        host.listens()
        and host.service.active_port == port
        and host.fw().allows(port, from_local_subnet=local)
    )


def _answer(
    lab: SppLab, host: Machine, client: Machine, product: Product, attempt: _Attempt
) -> None:
    """The host's side: check the request, count the CMID, activate or not."""
    now = lab.clock.now()
    counters = host.service.counters(product.application_id)
    counters.total += 1
    skew = abs(host.local_now(now) - client.local_now(now))
    host_product = _serving_product(lab, host, product)
    failure = None
    if skew > MAX_SKEW:
        failure = hr.SL_E_VL_INVALID_TIMESTAMP
    elif host_product is None:
        failure = hr.SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH
    elif host_product.status is not LicenseStatus.LICENSED:
        failure = hr.SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED
    elif not _covers(lab, host_product, client, product):
        failure = hr.SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH
    if failure is not None:
        counters.failed += 1
        raise SppError(failure)
    product.blocked_by = ""  # counted: the answer depends on the other clients
    setattr(
        counters,
        _STATUS_COUNTER[product.status],
        getattr(counters, _STATUS_COUNTER[product.status]) + 1,
    )
    threshold = client_threshold(lab, product)
    count = host.service.table(product.application_id).record(client.cmid, now, threshold)
    attempt.count = count
    # The host hands the intervals its running service holds to every client it answers
    # (set-intervals reaches them only after restart-service, as on Windows).
    product.activation_interval, product.renewal_interval = host.service.active_intervals
    if count < threshold:
        raise SppError(hr.SL_E_VL_NOT_ENOUGH_COUNT)


def _serving_product(lab: SppLab, host: Machine, product: Product) -> Product | None:
    """The host key that answers for the client's application (Windows, or an Office version)."""
    if product.office_version is None:
        return host.windows_host_product()
    office_keys = [p for p in host.host_products() if p.office_version is not None]
    for host_product in office_keys:
        if lab.catalog.activates(host_product.group_id or "", product.edition_id):
            return host_product
    return office_keys[0] if office_keys else None


def _covers(lab: SppLab, host_product: Product, client: Machine, product: Product) -> bool:
    os_version = product.office_version or client.os_version
    return lab.catalog.activates(
        host_product.group_id or "", product.edition_id, Channel.KMS, os_version=os_version
    )


def client_threshold(lab: SppLab, product: Product) -> int:
    """25 for Windows client editions, 5 for servers and Office."""
    return lab.catalog.threshold_for(lab.catalog.edition(product.edition_id).family)


def host_required_count(lab: SppLab, host_product: Product) -> int:
    """RequiredClientCount shown for a host key: the highest threshold among what it activates."""
    if host_product.office_version is not None:
        return lab.catalog.thresholds.office
    families = {e.family for e in lab.catalog.activated_by(host_product.group_id or "")}
    return max((lab.catalog.threshold_for(f) for f in families), default=0)


def publish(lab: SppLab, host: Machine) -> list[str]:
    """Register the host's SRV records: in its primary domain, or in DnsDomainPublishList only.

    "Setting this registry value suspends the KMS host's default behavior of
    publishing only in the domain specified as the Primary DNS Suffix" (Microsoft,
    Volume Activation Deployment Guide, "Publish to Multiple DNS Domains"): a list
    without the host's own domain loses the own-domain record. The registry table
    of the Technical Reference says the home domain "is always used"; the lab
    follows the less kind reading until a real host settles it (README: release check).
    """
    if not (host.service.dns_publishing and host.is_kms_host()):
        return []
    wanted = {} if host.service.publish_list else {host.domain: (0, 0)}
    for line in host.service.publish_list:
        parts = [part.strip() for part in line.split(",")]
        if parts and parts[0]:
            numbers = [int(p) if p.isdigit() else 0 for p in parts[1:3]] + [0, 0]
            wanted[parts[0].lower().rstrip(".")] = (numbers[0], numbers[1])
    published = []
    target = host.fqdn + "."
    host.service.published_at = lab.clock.now()
    # Lab modules that import this one: imported here (DNS Server role, events 12293/12294).
    from app.lab import publishing_events
    from app.lab.dns_server_role import host_may_publish

    now = host.local_now(lab.clock.now())
    for domain, (priority, weight) in wanted.items():
        if not lab.zone.in_zone(domain):
            continue  # a real host logs event 12293 for a zone it cannot update
        name = SRV_PREFIX + domain
        if not host_may_publish(lab, host, lab.zone, name):
            # An AD-integrated name another account owns: the secure update is refused.
            refused = publishing_events.DNS_ERROR_RCODE_REFUSED
            publishing_events.publish_failed(host, domain, refused, now)
            continue
        value = f"{priority} {weight} {host.service.active_port} {target}"
        mine = [
            r.value for r in lab.zone.records(name, "SRV") if r.value.split()[-1].lower() == target
        ]
        if mine != [value]:  # only a real change touches the zone (and its serial)
            for old in mine:
                lab.zone.delete(name, "SRV", old)
            lab.zone.add(name, "SRV", value)
        if host.address not in lab.zone.addresses(host.fqdn):
            lab.zone.add(host.fqdn, "A", host.address)
        publishing_events.published(host, domain, now)
        published.append(name)
    return published


def republish_due(lab: SppLab, now: datetime) -> None:
    """Hosts re-register their SRV records every 24 hours (facts §8)."""
    for machine in lab.machines.values():
        published = machine.service.published_at
        if published is not None and now - published >= REPUBLISH:
            publish(lab, machine)
