"""Judge what the DNS check saw: observations in, findings out (pure, no network).

Each check (``app.domain.dns.CheckId``) looks at the raw answers the service
collected and says ok, warning or error, with the concrete values, why it
matters for KMS clients and what to do. Keeping this apart from the queries
means every rule can be tested with hand-made answers in microseconds.

The checks live in one module per group (zone, SRV records, names, published
hosts, reachability), each with the texts it says; :func:`evaluate` runs them
in the order of :class:`~app.domain.dns.CheckId`.
"""

from __future__ import annotations

from app.domain.dns import Finding, Observations
from app.domain.dns_evaluation.names import (
    check_expected_host,
    check_host_address,
    check_target_resolves,
)
from app.domain.dns_evaluation.published_hosts import check_foreign_host, check_port
from app.domain.dns_evaluation.reachability import check_tcp_reachable
from app.domain.dns_evaluation.srv_records import check_srv_consistent, check_srv_present
from app.domain.dns_evaluation.view import CheckView
from app.domain.dns_evaluation.zone import check_ns, check_zone


def evaluate(obs: Observations) -> list[Finding]:
    """Every finding for ``obs``, in the order of :class:`~app.domain.dns.CheckId`."""
    view = CheckView(obs)
    findings: list[Finding] = []
    findings += check_zone(view)
    findings += check_ns(view)
    findings += check_srv_present(view)
    findings += check_srv_consistent(view)
    findings += check_target_resolves(view)
    if view.host:
        findings += check_expected_host(view)
        findings += check_host_address(view)
    findings += check_port(view)
    findings += check_foreign_host(view)
    findings += check_tcp_reachable(view)
    return findings
