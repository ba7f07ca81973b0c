"""Publish, replace or delete the KMS SRV record by RFC 2136 dynamic update.

The steps: ask the server which zone holds the domain (it must answer
authoritatively), read the records it holds now, plan the smallest update
(``app.domain.dns_update.plan_publication``), send it signed with the TSIG
key, then ask again and report what the server really answers. Nothing is
sent when the plan is empty or when the request cannot work (a host address
outside the zone).
"""

from __future__ import annotations

from app.domain.dns import QueryStatus, RawAnswer, absolute_name
from app.domain.dns_ad_zone import ad_marker_name, domain_controllers, is_ad_zone
from app.domain.dns_update import (
    AD_SUSPECT_STATUSES,
    PublishMode,
    PublishReport,
    PublishRequest,
    PublishStatus,
    UpdateResult,
    UpdateStatus,
    plan_publication,
    publication_visible,
    zone_holds,
)
from app.domain.ports import Resolver
from app.domain.tsig_key import TsigKey

_QUERY_TO_UPDATE = {
    QueryStatus.TIMEOUT: UpdateStatus.TIMEOUT,
    QueryStatus.SKIPPED: UpdateStatus.TIMEOUT,
    QueryStatus.UNREACHABLE: UpdateStatus.UNREACHABLE,
    QueryStatus.REFUSED: UpdateStatus.REFUSED,
    QueryStatus.SERVFAIL: UpdateStatus.SERVER_FAILURE,
    QueryStatus.MALFORMED: UpdateStatus.MALFORMED,
}


class DnsPublishService:
    """Publishes one KMS host's SRV record on one DNS server."""

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver

    def publish(self, request: PublishRequest, key: TsigKey | None = None) -> PublishReport:
        """Apply ``request`` on ``request.server`` and verify it by asking again.

        Args:
            request: the record, the server, add/replace/delete, optional address.
            key: the TSIG key to sign with; None sends an unsigned update
                (accepted only by servers that allow updates by address).
        """
        record = request.record
        key_name = key.name if key else ""

        def report(status: PublishStatus, **fields) -> PublishReport:
            return PublishReport(request, status, key_name=key_name, **fields)

        soa = self._ask(request, absolute_name(record.domain), "SOA")
        zone = _zone_of(soa)
        if soa.status.silent:
            # No answer is not "does not serve the domain" (report §4, E4).
            return report(PublishStatus.SERVER_SILENT, zone=None, zone_answer=soa)
        if zone is None:
            return report(PublishStatus.ZONE_NOT_FOUND, zone=None, zone_answer=soa)
        if request.address and not zone_holds(zone, record.host):
            return report(PublishStatus.ADDRESS_OUTSIDE_ZONE, zone=zone, zone_answer=soa)
        before = self._ask(request, record.owner, "SRV")
        if not before.status.definitive:
            failed = UpdateResult(
                _QUERY_TO_UPDATE.get(before.status, UpdateStatus.OTHER_ERROR),
                rcode=before.rcode,
                problem=before.problem,
            )
            return report(PublishStatus.UPDATE_FAILED, zone=zone, before=before, result=failed)
        update = plan_publication(request, zone, before.records)
        if request.mode is PublishMode.DELETE and not update.changes:
            return report(PublishStatus.NOTHING_TO_DELETE, zone=zone, before=before, update=update)
        result = self._resolver.update(request.server, update, key, timeout=request.timeout)
        if result.status is not UpdateStatus.ACCEPTED:
            marker = None
            if result.status in AD_SUSPECT_STATUSES:
                # AD DNS answers an HMAC-signed update with NOTAUTH/BADKEY, not only REFUSED
                # (report §4, E1): the domain controllers' record tells such a zone.
                marker = self._ask(request, ad_marker_name(zone), "SRV")
            return report(
                PublishStatus.UPDATE_FAILED,
                zone=zone,
                before=before,
                update=update,
                result=result,
                ad_zone=is_ad_zone(marker),
                domain_controllers=domain_controllers(marker),
            )
        after = self._ask(request, record.owner, "SRV")
        after_address = None
        verified = after.status.definitive and publication_visible(request, after)
        if request.address:
            rdtype = "AAAA" if ":" in request.address else "A"
            after_address = self._ask(request, absolute_name(record.host), rdtype)
            verified = verified and request.address in after_address.addresses()
        return report(
            PublishStatus.VERIFIED if verified else PublishStatus.NOT_VERIFIED,
            zone=zone,
            before=before,
            update=update,
            result=result,
            after=after,
            after_address=after_address,
        )

    def _ask(self, request: PublishRequest, qname: str, rdtype: str) -> RawAnswer:
        # Non-recursive: we want the server's own data, not a cached copy.
        return self._resolver.query(
            request.server, qname, rdtype, recursive=False, timeout=request.timeout
        )


def _zone_of(answer: RawAnswer) -> str | None:
    """The zone named by an authoritative SOA in the answer or the authority section."""
    if not (answer.status.definitive and answer.authoritative):
        return None
    for record in [*answer.of_type("SOA"), *answer.of_type("SOA", "authority")]:
        return record.name
    return None
