"""The Samba AD DC fixture itself: what the other AD tests rely on holds."""

from __future__ import annotations

import socket
import ssl

from tests.ad.samba_dc import COMPUTERS, MANAGED_SERVICE_ACCOUNTS


def test_the_dc_holds_the_test_domain(samba_dc):
    found = samba_dc.search(samba_dc.base_dn, "(objectClass=computer)", "cn", "userAccountControl")
    names = {entry["cn"][0] for entry in found}
    # Every computer, both managed service accounts, and the DC itself.
    assert names == {c.name for c in COMPUTERS} | set(MANAGED_SERVICE_ACCOUNTS) | {"DC1"}
    disabled = {e["cn"][0] for e in found if int(e["userAccountControl"][0]) & 2}
    assert disabled == {c.name for c in COMPUTERS if c.disabled}


def test_the_dc_listens_on_its_own_loopback_address_only(samba_dc):
    with socket.create_connection((samba_dc.ip, 636), timeout=5):
        pass
    # Its certificate names its FQDN only: a verified connection must use that name.
    context = ssl.create_default_context(cafile=str(samba_dc.ca_file))
    with (
        samba_dc.resolving(),
        socket.create_connection((samba_dc.fqdn, 636), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname=samba_dc.fqdn) as tls,
    ):
        subject = dict(item[0] for item in tls.getpeercert()["subject"])
    assert subject["commonName"] == "DC1.corp.test"


def test_the_schema_is_2012_r2(samba_dc):
    # Active Directory-based activation needs this class (Windows Server 2012 schema).
    found = samba_dc.search(samba_dc.schema_dn, "(lDAPDisplayName=msSPP-ActivationObject)", "cn")
    assert [e["cn"][0] for e in found] == ["ms-SPP-Activation-Object"]
