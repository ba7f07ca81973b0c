"""The :class:`app.domain.ports.Resolver` port, implemented with dnspython.

Queries (``dns_query``) and updates (``dns_update``) live in their own modules;
this class only binds them to the port so services receive one object.
"""

from __future__ import annotations

from app.adapters import dns_query, dns_update
from app.domain.dns import NameServer, RawAnswer
from app.domain.dns_update import DnsUpdate, UpdateResult
from app.domain.tsig_key import TsigKey


class DnspythonResolver:
    """Real DNS over the network: UDP with TCP fallback for queries, TCP for updates.

    Stateless and thread-safe: the DNS check calls it from many threads at once.
    """

    def system_nameservers(self) -> list[NameServer]:
        """The DNS servers this computer is configured to use."""
        return dns_query.system_nameservers()

    def query(
        self, server: NameServer, qname: str, rdtype: str, *, recursive: bool, timeout: float
    ) -> RawAnswer:
        """One question to one server; never raises (see ``dns_query.query``)."""
        return dns_query.query(server, qname, rdtype, recursive=recursive, timeout=timeout)

    def update(
        self, server: NameServer, update: DnsUpdate, key: TsigKey | None, *, timeout: float
    ) -> UpdateResult:
        """One RFC 2136 update; never raises (see ``dns_update.send_update``)."""
        return dns_update.send_update(server, update, key, timeout=timeout)
