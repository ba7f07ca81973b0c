"""Verify the KMS SRV record the way clients will meet it, fast (DESIGN §2.3).

The check asks the clients' resolvers for ``_vlmcs._tcp.<domain>``, finds the
zone and its authoritative servers, asks each of them directly, resolves every
target and the expected host, and tries a TCP connection to each target and
port. The findings themselves come from the pure evaluation
(``app.domain.dns_evaluation``); this module only gathers observations.

Speed: every question that does not depend on another answer is in flight at
the same time, and everything runs against one deadline (the budget, 3 s by
default). A server that stays silent is marked dead after its first time-out
and never asked again, so it costs its time-out once, not once per question.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed, wait

from app.domain.dns import (
    AddressLookup,
    AuthoritativeServer,
    DnsCheckReport,
    DnsCheckRequest,
    NameServer,
    Observations,
    ProbeStatus,
    QueryStatus,
    RawAnswer,
    TcpProbeResult,
    ZoneDiscovery,
    absolute_name,
)
from app.domain.dns_ad_zone import ad_marker_name
from app.domain.dns_evaluation import evaluate
from app.domain.ports import Resolver, TcpProbe

# A single question may use at most this share of the budget, so one dead
# server leaves time for the questions that depend on the others' answers.
QUERY_SHARE = 0.5
PROBE_TIMEOUT_S = 1.0
MIN_PROBE_TIMEOUT_S = 0.2
MIN_QUERY_TIMEOUT_S = 0.02
_Key = tuple[NameServer, str, str, bool]


class DnsCheckService:
    """Runs the DNS check over a :class:`Resolver` and a :class:`TcpProbe`.

    Args:
        resolver: DNS queries (``app.adapters.dns_resolver.DnspythonResolver``).
        probe: TCP connects (``app.adapters.tcp_probe.SocketTcpProbe``).
        clock: monotonic seconds (tests may pass their own).
        max_workers: how many questions may be in flight at once.
    """

    def __init__(
        self,
        resolver: Resolver,
        probe: TcpProbe,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_workers: int = 32,
    ) -> None:
        self._resolver = resolver
        self._probe = probe
        self._clock = clock
        self._max_workers = max_workers

    def run(self, request: DnsCheckRequest) -> DnsCheckReport:
        """Check ``request.domain``; returns within the budget plus about one second."""
        started = self._clock()
        session = _Session(self._resolver, self._probe, request, self._clock, self._max_workers)
        try:
            observations = session.observe()
        finally:
            session.close()
        findings = tuple(evaluate(observations))
        return DnsCheckReport(request, observations, findings, round(self._clock() - started, 3))


class _Session:
    """One run: the deadline, the thread pool, the dead servers, the questions asked."""

    def __init__(
        self,
        resolver: Resolver,
        probe: TcpProbe,
        request: DnsCheckRequest,
        clock: Callable[[], float],
        max_workers: int,
    ) -> None:
        self.resolver = resolver
        self.probe = probe
        self.request = request
        self.clock = clock
        self.deadline = clock() + request.timeout
        self.per_query = max(request.timeout * QUERY_SHARE, MIN_QUERY_TIMEOUT_S)
        self.pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="dns-check")
        self.dead: set[NameServer] = set()
        self.asked: dict[_Key, Future[RawAnswer]] = {}
        self.lock = threading.Lock()
        self.resolvers: tuple[NameServer, ...] = ()

    def close(self) -> None:
        # Questions still in flight end by themselves within their own time-out.
        self.pool.shutdown(wait=False, cancel_futures=True)

    # --- asking -------------------------------------------------------------------------

    def ask(
        self, server: NameServer, qname: str, rdtype: str, recursive: bool
    ) -> Future[RawAnswer]:
        """Ask once per run; the same question later gets the same future."""
        key = (server, qname.lower(), rdtype, recursive)
        with self.lock:
            future = self.asked.get(key)
            if future is None:
                future = self.pool.submit(self._query, server, qname, rdtype, recursive)
                self.asked[key] = future
            return future

    def _query(self, server: NameServer, qname: str, rdtype: str, recursive: bool) -> RawAnswer:
        skipped = RawAnswer(server, qname, rdtype, QueryStatus.SKIPPED, recursive=recursive)
        with self.lock:
            if server in self.dead:
                return skipped
        timeout = min(self.per_query, self.deadline - self.clock())
        if timeout < MIN_QUERY_TIMEOUT_S:
            return skipped
        try:
            answer = self.resolver.query(
                server, qname, rdtype, recursive=recursive, timeout=timeout
            )
        except Exception as problem:  # one broken answer must not end the whole check
            answer = RawAnswer(
                server,
                qname,
                rdtype,
                QueryStatus.MALFORMED,
                recursive=recursive,
                problem=f"{type(problem).__name__}: {problem}",
            )
        if answer.status in (QueryStatus.TIMEOUT, QueryStatus.UNREACHABLE):
            with self.lock:
                self.dead.add(server)
        return answer

    def first_usable(
        self, futures: Iterable[Future[RawAnswer]]
    ) -> tuple[RawAnswer | None, list[RawAnswer]]:
        """The first answer that says yes or no; all answers seen until then.

        Several servers are asked the same question at once: the first real
        answer wins and a dead server's silence costs nothing.
        """
        seen: list[RawAnswer] = []
        for future in as_completed(list(futures)):
            answer = future.result()
            seen.append(answer)
            if answer.status.definitive and (answer.recursive or answer.authoritative):
                return answer, seen
        return None, seen

    def ask_resolvers(self, qname: str, rdtype: str) -> list[Future[RawAnswer]]:
        return [self.ask(r, qname, rdtype, True) for r in self.resolvers]

    # --- the run ------------------------------------------------------------------------

    def observe(self) -> Observations:
        request = self.request
        self.resolvers = tuple(request.nameservers) or tuple(self.resolver.system_nameservers())
        qname = request.qname
        # Questions that depend on nothing else leave at once.
        srv_on_resolvers = self.ask_resolvers(qname, "SRV")
        if request.host:
            self.start_address_lookup(absolute_name(request.host))
        zone = self.discover_zone(absolute_name(request.domain))
        base = Observations(request=request, resolvers=self.resolvers, zone=zone)
        if not zone.zone:
            srv = tuple(f.result() for f in srv_on_resolvers)
            return self.finish(base, srv, (), ())
        # Asked at once, beside the NS lookup: does the zone belong to Active Directory?
        marker = self.ask_resolvers(ad_marker_name(zone.zone), "SRV")
        ns_answer, ns_names, authoritative, unresolved = self.find_name_servers(zone.zone)
        on_auth = [self.ask(a.server, qname, "SRV", False) for a in authoritative]
        soa = [self.ask(a.server, zone.zone, "SOA", False) for a in authoritative]
        wait([*srv_on_resolvers, *on_auth, *soa])
        srv = tuple(f.result() for f in [*srv_on_resolvers, *on_auth])
        observed = Observations(
            request=request,
            resolvers=self.resolvers,
            zone=zone,
            ns_answer=ns_answer,
            ns_names=ns_names,
            ns_unresolved=unresolved,
            authoritative=authoritative,
            ad_marker=self.first_usable(marker)[0],
        )
        return self.finish(observed, srv, tuple(f.result() for f in soa), authoritative)

    def finish(
        self,
        observed: Observations,
        srv: tuple[RawAnswer, ...],
        soa: tuple[RawAnswer, ...],
        authoritative: tuple[AuthoritativeServer, ...],
    ) -> Observations:
        """Resolve the targets and the host, then probe the targets' ports."""
        targets: dict[str, None] = {}
        for answer in srv:
            if answer.status.definitive and (answer.recursive or answer.authoritative):
                for record in answer.srv():
                    if record.target != ".":
                        targets.setdefault(record.target, None)
        names = list(targets)
        host = absolute_name(self.request.host) if self.request.host else None
        for name in [*names, *([host] if host else [])]:
            self.start_address_lookup(name)
        lookups = {name: self.address_lookup(name, authoritative) for name in names}
        host_lookup = self.address_lookup(host, authoritative) if host else None
        probes = self.probe_targets(srv, lookups)
        return Observations(
            request=observed.request,
            resolvers=observed.resolvers,
            zone=observed.zone,
            ns_answer=observed.ns_answer,
            ns_names=observed.ns_names,
            ns_unresolved=observed.ns_unresolved,
            authoritative=observed.authoritative,
            srv_answers=srv,
            soa_answers=soa,
            targets=tuple(lookups.values()),
            host=host_lookup,
            probes=probes,
            ad_marker=observed.ad_marker,
        )

    def discover_zone(self, domain: str) -> ZoneDiscovery:
        """Walk up from the domain until a server names the zone (its SOA)."""
        name = domain
        attempts: list[RawAnswer] = []
        while True:
            answer, seen = self.first_usable(self.ask_resolvers(name, "SOA"))
            attempts += seen
            if answer is None:
                return ZoneDiscovery(None, attempts=tuple(attempts))
            for record in [*answer.of_type("SOA"), *answer.of_type("SOA", "authority")]:
                if answer.status is QueryStatus.NXDOMAIN and name == domain:
                    return ZoneDiscovery(
                        None, server=answer.server, domain_exists=False, attempts=tuple(attempts)
                    )
                fields = record.value.split()
                serial = int(fields[2]) if len(fields) > 2 and fields[2].isdigit() else None
                return ZoneDiscovery(
                    zone=record.name,
                    primary=fields[0].lower() if fields else None,
                    serial=serial,
                    server=answer.server,
                    attempts=tuple(attempts),
                )
            if answer.status is QueryStatus.NXDOMAIN and name == domain:
                return ZoneDiscovery(
                    None, server=answer.server, domain_exists=False, attempts=tuple(attempts)
                )
            if name == ".":
                return ZoneDiscovery(None, attempts=tuple(attempts))
            name = name.split(".", 1)[1] or "."

    def find_name_servers(
        self, zone: str
    ) -> tuple[RawAnswer | None, tuple[str, ...], tuple[AuthoritativeServer, ...], tuple[str, ...]]:
        """The zone's NS names, their addresses (glue or lookups), and those without any."""
        answer, seen = self.first_usable(self.ask_resolvers(zone, "NS"))
        if answer is None:
            return (seen[0] if seen else None), (), (), ()
        names = tuple(sorted({r.value for r in answer.of_type("NS") if r.name == zone}))
        glue: dict[str, list[str]] = {}
        for record in answer.additional:
            if record.rdtype in ("A", "AAAA"):
                glue.setdefault(record.name, []).append(record.value)
        for name in names:
            if name not in glue:
                self.start_address_lookup(name)
        servers: dict[NameServer, AuthoritativeServer] = {}
        unresolved = []
        for name in names:
            addresses = glue.get(name) or list(self.address_lookup(name, ()).addresses)
            if not addresses:
                unresolved.append(name)
            for address in addresses:
                server = NameServer(address, self.request.dns_port)
                servers.setdefault(server, AuthoritativeServer(name, server))
        return answer, names, tuple(servers.values()), tuple(unresolved)

    def start_address_lookup(self, name: str) -> None:
        self.ask_resolvers(name, "A")
        self.ask_resolvers(name, "AAAA")

    def address_lookup(
        self, name: str, authoritative: tuple[AuthoritativeServer, ...]
    ) -> AddressLookup:
        """A and AAAA of ``name`` from the resolvers, else from the zone's own servers."""
        a, seen_a = self.first_usable(self.ask_resolvers(name, "A"))
        aaaa, seen_aaaa = self.first_usable(self.ask_resolvers(name, "AAAA"))
        if a is None and aaaa is None and authoritative:
            auth = [s.server for s in authoritative]
            a, more_a = self.first_usable(self.ask(s, name, "A", False) for s in auth)
            aaaa, more_aaaa = self.first_usable(self.ask(s, name, "AAAA", False) for s in auth)
            seen_a += more_a
            seen_aaaa += more_aaaa
        definitive = [x for x in (a, aaaa) if x is not None]
        failures = [x for x in [*seen_a, *seen_aaaa] if not x.status.definitive]
        answers = definitive or failures
        addresses = tuple(dict.fromkeys(addr for x in definitive for addr in x.addresses()))
        if addresses:
            status = QueryStatus.ANSWER
        elif any(x.status is QueryStatus.NXDOMAIN for x in definitive):
            status = QueryStatus.NXDOMAIN
        elif definitive:
            status = QueryStatus.NODATA
        else:
            status = failures[0].status if failures else QueryStatus.SKIPPED
        alias = None
        for answer in answers:
            chain = answer.of_type("CNAME")
            if chain:
                alias = chain[-1].value
        return AddressLookup(name, addresses, status, tuple(answers), alias)

    def probe_targets(
        self, srv: tuple[RawAnswer, ...], lookups: dict[str, AddressLookup]
    ) -> tuple[TcpProbeResult, ...]:
        """Connect to every address of every target on every port its records give."""
        ports: dict[str, dict[int, None]] = {}
        for answer in srv:
            if answer.status.definitive and (answer.recursive or answer.authoritative):
                for record in answer.srv():
                    ports.setdefault(record.target, {}).setdefault(record.port, None)
        jobs: list[tuple[str, str, int]] = [
            (name, address, port)
            for name, lookup in lookups.items()
            for address in lookup.addresses
            for port in ports.get(name, {})
        ]
        timeout = min(PROBE_TIMEOUT_S, max(self.deadline - self.clock(), MIN_PROBE_TIMEOUT_S))
        futures = [
            self.pool.submit(self._probe_one, name, address, port, timeout)
            for name, address, port in jobs
        ]
        return tuple(f.result() for f in futures)

    def _probe_one(self, target: str, address: str, port: int, timeout: float) -> TcpProbeResult:
        try:
            result = self.probe.connect(address, port, timeout=timeout)
        except Exception as problem:  # a failed probe is a finding, not a crash
            result = TcpProbeResult(
                address, port, ProbeStatus.UNREACHABLE, problem=f"{type(problem).__name__}"
            )
        return TcpProbeResult(
            result.address, result.port, result.status, result.elapsed_ms, result.problem, target
        )
