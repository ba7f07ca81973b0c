"""How the wizard finds the KMS hosts a client would ask, for the coverage check of a conversion.

A client without a KMS host set finds one through the ``_vlmcs._tcp`` SRV records of its
domain; the conversion plan reads what those hosts' keys activate before anything changes.
The CLI and the window wire the same lookup here: the lab's own DNS server in training, the
system's name servers otherwise.
"""

from __future__ import annotations

from app.adapters.dns_resolver import DnspythonResolver
from app.domain.dns import NameServer
from app.services.fleet_convert import SrvLookup, srv_lookup


def kms_srv_lookup(lab_dns_address: str | None = None) -> SrvLookup:
    """The SRV lookup a conversion plan uses (``lab_dns_address``: "ip:port" of the lab's DNS).

    Nothing is read until the first lookup (the system's resolver configuration is a file,
    and the window builds this on its GUI thread); plans run it on a worker.
    """
    resolver = DnspythonResolver()
    if lab_dns_address:
        address, _, port = lab_dns_address.rpartition(":")
        return srv_lookup(resolver, (NameServer(address, int(port)),))

    def lookup(domain: str) -> tuple[str, ...]:
        return srv_lookup(resolver, resolver.system_nameservers())(domain)

    return lookup
