"""Is a DNS zone Active Directory–integrated? Told by the domain controllers' own record.

Every Active Directory domain registers ``_ldap._tcp.dc._msdcs.<domain>``: the
SRV records that name its domain controllers (the DC locator, "DNS records
registered by Active Directory", Microsoft Learn: Netlogon registers them on
every DC). A zone whose servers answer that name with SRV records belongs to an
Active Directory domain, and its DNS servers are domain controllers: they
accept only secure dynamic updates, signed with Kerberos (GSS-TSIG), and
answer an HMAC-TSIG update with REFUSED, or NOTAUTH with the TSIG error BADKEY
(Samba 4.17's AD DNS does the latter; report §4, case U01).
"""

from __future__ import annotations

from app.domain.dns import RawAnswer, absolute_name

AD_MARKER_SERVICE = "_ldap._tcp.dc._msdcs"


def ad_marker_name(zone: str) -> str:
    """``corp.test`` → ``_ldap._tcp.dc._msdcs.corp.test.``"""
    return f"{AD_MARKER_SERVICE}.{absolute_name(zone)}"


def is_ad_zone(answer: RawAnswer | None) -> bool | None:
    """True: the zone names domain controllers; False: it answered without; None: unknown."""
    if answer is None or not answer.status.definitive:
        return None
    # A server that holds the domain but not _msdcs answers a non-recursive question with a
    # referral to the _msdcs.<domain> zone (NS in the authority section): AD all the same.
    referral = any(r.name.startswith("_msdcs.") for r in answer.of_type("NS", "authority"))
    return bool(answer.of_type("SRV")) or referral


def domain_controllers(answer: RawAnswer | None) -> tuple[str, ...]:
    """The domain controllers the marker names (``dc1.corp.test``), sorted, without dots."""
    if answer is None:
        return ()
    names = {r.target.rstrip(".").lower() for r in answer.of_type("SRV") if r.target}
    return tuple(sorted(n for n in names if n))
