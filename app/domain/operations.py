"""The named operations every transport can run (``resources/ps/<name>.ps1``)."""

from __future__ import annotations

OPERATIONS: tuple[str, ...] = (
    "inspect",
    "status",
    "install-key",
    "uninstall-key",
    "activate",
    "get-iid",
    "deposit-cid",
    "set-kms-host",
    "clear-kms-host",
    "set-kms-lookup-domain",
    "set-listening-port",
    "set-dns-publishing",
    "set-intervals",
    "set-priority",
    "firewall",
    "firewall-state",
    "restart-service",
    "publishing-events",
    # Run on a Windows DNS server (a domain controller), not on the KMS host.
    "dns-server-srv",
    "set-dns-server-srv",
    # Active Directory-based activation: on a domain-joined Windows 8 / Server 2012+ machine.
    "adba-activate-online",
    "adba-get-iid",
    "adba-apply-cid",
)
