"""The Active Directory inventory against a real Samba AD domain controller (review D2–D10).

Every case goes through the production adapter (ldap3) to the session's DC
(``samba_dc``: corp.test on its own loopback address). The DC's certificate
names only ``DC1.corp.test``, so verified TLS connections use that name,
resolved for this process by ``samba_dc.resolving()``; a connection to the
bare address is how an admin meets the name mismatch (D6).
"""

from __future__ import annotations

import io
import json

import pytest

from app.adapters.ldap_inventory import DirectorySettings, LdapDirectory
from app.cli import main
from app.domain.inventory_ad import (
    DirectoryError,
    DirectoryListing,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
    listing_from_computers,
)
from tests.ad.samba_dc import COMPUTERS, MANAGED_SERVICE_ACCOUNTS, SambaDC, ou_dn

ENABLED = {c.name.lower() for c in COMPUTERS if not c.disabled}
DISABLED = {c.name.lower() for c in COMPUTERS if c.disabled}


def settings(dc: SambaDC, **changes) -> DirectorySettings:
    """LDAPS to the DC by its name, as reader@corp.test, its CA trusted."""
    values = dict(
        server=DirectoryServer(dc.fqdn, 636, tls=True),
        user=dc.reader_upn,
        password=dc.reader_password,
        ca_file=str(dc.ca_file),
        timeout=10.0,
    )
    values.update(changes)
    return DirectorySettings(**values)


def listing(dc: SambaDC, query: DirectoryQuery | None = None, **changes) -> DirectoryListing:
    query = query or DirectoryQuery.build(dc.base_dn)
    with dc.resolving():
        computers = LdapDirectory(settings(dc, **changes)).computers(query)
    return listing_from_computers(computers, "ad", query)


def refusal(dc: SambaDC, query: DirectoryQuery | None = None, **changes) -> DirectoryError:
    with pytest.raises(DirectoryError) as refused:
        listing(dc, query, **changes)
    return refused.value


def names(result: DirectoryListing) -> set[str]:
    """The computers' names (the first label of each host)."""
    return {computer.host.split(".")[0].lower() for computer in result.computers}


# --- D2: a DOMAIN\user account binds simply inside TLS; NTLM only on plain LDAP ---------------


@pytest.mark.parametrize("start_tls", [False, True], ids=["ldaps", "starttls"])
def test_a_domain_backslash_user_binds_over_tls(samba_dc, start_tls):
    server = (
        DirectoryServer(samba_dc.fqdn, 389, tls=False)
        if start_tls
        else DirectoryServer(samba_dc.fqdn, 636, tls=True)
    )
    result = listing(samba_dc, server=server, start_tls=start_tls, user="CORP\\reader")
    # Samba never accepts ldap3's NTLM bind: the account bound simply, inside TLS.
    assert names(result) == ENABLED | {"dc1"}


@pytest.mark.parametrize(
    "user", ["reader@corp.test", "CN=reader,CN=Users,DC=corp,DC=test", "CORP\\reader"]
)
def test_every_form_of_the_account_lists_the_same_computers(samba_dc, user):
    assert names(listing(samba_dc, user=user)) == ENABLED | {"dc1"}


def test_an_ntlm_bind_the_server_drops_is_explained(samba_dc):
    error = refusal(
        samba_dc, server=DirectoryServer(samba_dc.ip, 389, tls=False), user="CORP\\reader"
    )
    assert error.problem is DirectoryProblem.NTLM_REFUSED
    assert "does not accept NTLM binds" in error.message.english()
    assert error.fix is not None and "ldaps://" in error.fix.english()


# --- D3, D4: an encrypted connection required; no anonymous search ---------------------------


def test_a_simple_bind_in_clear_refused_by_the_dc_says_to_encrypt(samba_dc):
    # The tool allows a simple bind in clear to a loopback address; the DC refuses it.
    error = refusal(samba_dc, server=DirectoryServer(samba_dc.ip, 389, tls=False))
    assert error.problem is DirectoryProblem.STRONGER_AUTH
    assert "strongerAuthRequired" not in error.message.english()
    assert error.fix is not None and "StartTLS" in error.fix.english()


@pytest.mark.parametrize("tls", [True, False], ids=["ldaps", "ldap"])
def test_an_anonymous_search_refused_by_the_dc_asks_for_a_user(samba_dc, tls):
    server = (
        DirectoryServer(samba_dc.fqdn, 636, tls=True)
        if tls
        else DirectoryServer(samba_dc.ip, 389, tls=False)
    )
    error = refusal(samba_dc, server=server, user=None, password=None)
    assert error.problem is DirectoryProblem.ANONYMOUS_REFUSED
    assert "operationsError" not in error.message.english()
    assert error.fix is not None and "user of the domain" in error.fix.english()


# --- D5: computers only, disabled accounts left out (or marked) -------------------------------


def test_the_listing_holds_machines_only_and_leaves_disabled_accounts_out(samba_dc):
    result = listing(samba_dc)
    assert names(result) == ENABLED | {"dc1"}
    assert not names(result) & {name.lower() for name in MANAGED_SERVICE_ACCOUNTS}
    assert not names(result) & DISABLED
    assert not any(computer.disabled for computer in result.computers)
    left_out = [note.message.english() for note in result.inventory.notes]
    assert "Computer PC-OLD-01 is disabled in the directory; it was left out." in left_out


def test_disabled_accounts_are_listed_on_request_and_marked(samba_dc):
    query = DirectoryQuery.build(samba_dc.base_dn, include_disabled=True)
    result = listing(samba_dc, query)
    assert names(result) == ENABLED | DISABLED | {"dc1"}
    marked = {c.host.split(".")[0] for c in result.computers if c.disabled}
    assert marked == DISABLED
    assert not names(result) & {name.lower() for name in MANAGED_SERVICE_ACCOUNTS}


def test_ous_with_a_comma_a_non_ascii_letter_and_depth(samba_dc):
    lyon = listing(samba_dc, DirectoryQuery.build(ou_dn(("Clients", "Lyon, Villeurbanne"))))
    assert {c.container for c in lyon.computers} == {"Clients/Lyon, Villeurbanne"}
    zurich = listing(samba_dc, DirectoryQuery.build(ou_dn(("Clients", "Zürich"))))
    assert names(zurich) == {"pc-zrh-01", "pc-zrh-02"}
    laptops = DirectoryQuery.build(ou_dn(("Clients", "Paris", "Finance", "Laptops")))
    assert names(listing(samba_dc, laptops)) == {"lt-fin-01", "lt-fin-02"}


# --- D6, D7: the certificate's name; a port that does not match the scheme --------------------


@pytest.mark.parametrize("start_tls", [False, True], ids=["ldaps", "starttls"])
def test_a_certificate_for_another_name_says_which_name_to_use(samba_dc, start_tls):
    server = DirectoryServer(samba_dc.ip, 389 if start_tls else 636, tls=not start_tls)
    error = refusal(samba_dc, server=server, start_tls=start_tls)
    assert error.problem is DirectoryProblem.CERTIFICATE_NAME
    assert error.message.english() == (
        f"The certificate of the directory server {server.display} is issued to "
        f"DC1.corp.test, not to {samba_dc.ip}."
    )
    scheme = "ldap" if start_tls else "ldaps"
    assert error.fix is not None
    assert f"{scheme}://DC1.corp.test:{server.port}" in error.fix.english()


def test_ldaps_to_the_plain_ldap_port_says_the_port_is_wrong(samba_dc):
    error = refusal(samba_dc, server=DirectoryServer(samba_dc.fqdn, 389, tls=True))
    assert error.problem is DirectoryProblem.NO_TLS_ON_PORT
    assert "certificate" not in error.message.english()
    assert error.fix is not None and "636" in error.fix.english()


def test_starttls_to_the_ldaps_port_says_the_port_is_wrong(samba_dc):
    error = refusal(samba_dc, server=DirectoryServer(samba_dc.fqdn, 636, tls=False), start_tls=True)
    assert error.problem is DirectoryProblem.TLS_PORT_WITHOUT_TLS
    assert "Connection reset" not in error.message.english()
    assert error.fix is not None and "389" in error.fix.english()


# --- D8: AD's reason for refusing a bind ------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "problem"),
    [
        ("svc-locked", "ACCOUNT_LOCKED"),  # data 775
        ("svc-disabled", "ACCOUNT_DISABLED"),  # data 533
        ("svc-expired", "ACCOUNT_EXPIRED"),  # data 701
        ("svc-mustchange", "MUST_CHANGE_PASSWORD"),  # data 773
        ("nobody", "CREDENTIALS"),  # data 52e
    ],
)
def test_a_refused_bind_says_why(samba_dc, user, problem):
    error = refusal(samba_dc, user=f"{user}@corp.test")
    assert error.problem.name == problem
    assert error.fix is not None


def test_a_wrong_password_is_the_plain_credentials_problem(samba_dc):
    error = refusal(samba_dc, password="not-the-password")
    assert error.problem is DirectoryProblem.CREDENTIALS


# --- D9: a search that finds nothing says what was searched -----------------------------------


def test_a_name_filter_on_the_dns_name_finds_nothing_and_says_why(samba_dc):
    query = DirectoryQuery.build(samba_dc.base_dn, "kms01.corp.test")
    error = refusal(samba_dc, query)
    assert error.problem is DirectoryProblem.NOTHING_FOUND
    assert error.message.english() == (
        "The directory has no computer under “DC=corp,DC=test” with the name "
        "“kms01.corp.test” and the operating system “*”."
    )
    assert error.fix is not None and "not its DNS name" in error.fix.english()


def test_an_ou_of_disabled_accounts_says_they_were_left_out(samba_dc):
    error = refusal(samba_dc, DirectoryQuery.build(ou_dn(("Decommissioned",))))
    assert error.problem is DirectoryProblem.ONLY_DISABLED_FOUND
    assert error.message.english().endswith("Disabled computer accounts that match: 2.")


# --- D10: the command line lists the computers without scanning them --------------------------


def run_cli(dc: SambaDC, capsys, monkeypatch, *options: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(dc.reader_password + "\n"))
    argv = [
        "inventory",
        "--ad",
        dc.ldaps_name_url,
        "--ad-base",
        dc.base_dn,
        "--ad-user",
        dc.reader_upn,
        "--ad-password-stdin",
        "--ad-ca-file",
        str(dc.ca_file),
        *options,
    ]
    with dc.resolving():
        code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_lists_the_directory_without_scanning(samba_dc, capsys, monkeypatch):
    code, out, err = run_cli(samba_dc, capsys, monkeypatch, "--ad-include-disabled", "--json")
    assert code == 0, err
    document = json.loads(out)
    rows = {row["host"]: row for row in document["hosts"]}
    assert rows["pc-old-01.corp.test"] == {
        "host": "pc-old-01.corp.test",
        "operating_system": "Windows 7 Enterprise 6.1 (7601)",
        "ou": "Decommissioned",
        "disabled": True,
    }
    assert rows["pc-zrh-01.corp.test"]["ou"] == "Clients/Zürich"
    assert rows["pc-zrh-01.corp.test"]["disabled"] is False
    assert "gmsa-sql.corp.test" not in rows
    assert len(rows) == len(COMPUTERS) + 1  # and the DC


def test_the_command_line_table_and_its_fix_for_disabled_only(samba_dc, capsys, monkeypatch):
    code, out, err = run_cli(samba_dc, capsys, monkeypatch)
    assert code == 0, err
    assert "kms01.corp.test" in out and "Windows Server 2019 Standard" in out
    assert "pc-old-01" not in out
    code, out, err = run_cli(samba_dc, capsys, monkeypatch, "--ad-name", "PC-OLD-*")
    assert code == 2
    assert "--ad-include-disabled" in err


# --- What the slapd tests checked before, now against the DC ----------------------------------


def test_the_domain_s_computers_with_their_system_and_ou(samba_dc):
    result = listing(samba_dc)
    rows = {computer.host: computer for computer in result.computers}
    assert rows["kms01.corp.test"].operating_system == "Windows Server 2019 Standard 10.0 (17763)"
    assert rows["kms01.corp.test"].container == "Servers"
    assert rows["lt-fin-01.corp.test"].container == "Clients/Paris/Finance/Laptops"
    assert "pc-par-04.corp.test" in rows  # upper case in the directory, normalised
    assert "pc-ber-05.berlin.corp.test" in rows  # a disjoint DNS suffix kept as it is
    assert rows["dc1.corp.test"].container == "Domain Controllers"
    # No dNSHostName: its name, with a note (the pre-staged account too).
    assert "ws-legacy-01" in rows and "pc-staged-01" in rows
    notes = [note.message.english() for note in result.inventory.notes]
    assert any("WS-LEGACY-01 has no DNS host name" in note for note in notes)


def test_ou_name_and_os_filters(samba_dc):
    def found(base=samba_dc.base_dn, name=None, system=None) -> set[str]:
        return names(listing(samba_dc, DirectoryQuery.build(base, name, system)))

    assert found(ou_dn(("Servers",))) == {
        "kms01",
        "srv-fs-01",
        "srv-app-01",
        "srv-2008",
        "srv-2012",
        "srv-lnx-01",
        "sqlclu01",
    }
    assert found(name="pc-ber-*") == {f"pc-ber-0{n}" for n in range(1, 6)}  # AD ignores case
    assert found(system="Windows Server*") == {
        "kms01",
        "srv-fs-01",
        "srv-app-01",
        "srv-2008",
        "srv-2012",
    }
    assert found(ou_dn(("Clients",)), system="*Windows 11*") == {
        "pc-par-03",
        "lt-fin-01",
        "pc-ber-03",
        "pc-zrh-01",
        "pc-lys-01",
    }
    assert found(name="PC-*", system="*Education") == {"pc-ber-02"}


def test_filter_values_are_escaped(samba_dc):
    query = DirectoryQuery.build(samba_dc.base_dn, name_pattern="*)(objectClass=*")
    assert query.ldap_filter() == "(&(objectCategory=computer)(cn=*\\29\\28objectClass=*))"
    error = refusal(samba_dc, query)  # the injection could not widen the search
    assert error.problem is DirectoryProblem.NOTHING_FOUND


def test_missing_base_dead_server_and_the_password_never_shown(samba_dc):
    error = refusal(samba_dc, DirectoryQuery.build(f"OU=Nowhere,{samba_dc.base_dn}"))
    assert error.problem is DirectoryProblem.NO_SUCH_BASE
    error = refusal(samba_dc, server=DirectoryServer(samba_dc.ip, 1, tls=False))
    assert error.problem is DirectoryProblem.UNREACHABLE
    error = refusal(samba_dc, password="Wrong-Secret-42")
    assert "Wrong-Secret-42" not in str(error) and error.fix is not None
    fix = error.fix.english()
    assert "DOMAIN\\user" in fix and "user@domain.example" in fix and "locked" in fix


def test_ldaps_validates_the_certificate(samba_dc, tmp_path):
    other_ca = tmp_path / "other-ca.pem"
    other_ca.write_bytes(samba_dc.cert_file.read_bytes())  # a certificate, not its CA
    error = refusal(samba_dc, ca_file=str(other_ca))
    assert error.problem is DirectoryProblem.TLS
    assert "CERTIFICATE_VERIFY_FAILED" in error.message.english()
    assert "('" not in error.message.english()  # ldap3's tuples are unwrapped
    assert error.fix is not None and error.fix.english() == (
        "Trust the directory's certification authority on this computer, or give its CA file."
    )
    missing = str(tmp_path / "missing.pem")
    error = refusal(samba_dc, ca_file=missing)
    assert error.problem is DirectoryProblem.CA_FILE


def test_the_global_catalog_lists_the_forest_s_computers(samba_dc):
    result = listing(samba_dc, server=DirectoryServer(samba_dc.fqdn, 3269, tls=True))
    assert names(result) == ENABLED | {"dc1"}


def test_the_fleet_backend_lists_what_the_window_shows(samba_dc, tmp_path):
    """What the Active Directory tab calls: the desktop backend, the include-disabled box."""
    from app.adapters.secret_store import KeyringSecretStore
    from app.bootstrap_fleet import DesktopFleetBackend
    from app.ui.fleet import DirectoryRequest
    from tests.memory_keyring import MemoryKeyring

    fleet = DesktopFleetBackend(
        journal_path=tmp_path / "journal.sqlite3",
        reports_dir=tmp_path / "reports",
        secret_store=KeyringSecretStore(backend=MemoryKeyring()),
    )
    request = DirectoryRequest(
        url=samba_dc.ldaps_name_url,
        base_dn=ou_dn(("Clients", "Paris")),
        user=samba_dc.reader_upn,
        password=samba_dc.reader_password,
        ca_file=str(samba_dc.ca_file),
        include_disabled=True,
    )
    with samba_dc.resolving():
        result = fleet.directory_listing(request)
    rows = {computer.host: computer for computer in result.computers}
    assert rows["pc-par-06.corp.test"].disabled and not rows["pc-par-01.corp.test"].disabled
    assert len(rows) == 9


def test_scan_from_the_directory_shows_the_fix_with_its_option(samba_dc, capsys, monkeypatch):
    def scan(url: str, *options: str) -> tuple[int, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(samba_dc.reader_password + "\n"))
        argv = ["--lang", "en", "scan", "--lab", "--timeout", "2", "--ad", url, "--ad-base"]
        argv += [samba_dc.base_dn, "--ad-user", samba_dc.reader_upn, "--ad-password-stdin"]
        with samba_dc.resolving():
            code = main([*argv, *options])
        return code, capsys.readouterr().err

    code, err = scan(samba_dc.ldaps_url, "--ad-ca-file", str(samba_dc.ca_file))
    assert code == 2  # nothing was contacted
    assert err.splitlines()[-1] == (
        "What to do: Connect with the name the certificate is issued to: "
        "ldaps://DC1.corp.test:636 (this computer must resolve that name)."
    )
    code, err = scan(f"ldap://{samba_dc.ip}")
    assert code == 2
    assert "--ad-starttls" in err.splitlines()[-1]


def test_paging_lists_every_computer_past_ad_s_page_limit(samba_dc_bulk):
    """1,500 computers in one OU: more than AD's 1,000 per page, over pages of 500."""
    bulk = listing(samba_dc_bulk, DirectoryQuery.build(ou_dn(("Bulk",))))
    hosts = bulk.inventory.hosts
    assert len(hosts) == len(set(hosts)) == 1500
    assert "bulk-01500.corp.test" in hosts
    whole = listing(samba_dc_bulk, page_size=1000)
    assert len(whole.inventory.hosts) == 1500 + len(ENABLED) + 1  # and the DC


def test_every_sub_code_ad_documents_is_named():
    """The sub-codes the DC cannot show here: Samba 4.17 answers no 532, 530 or 531 to a bind."""
    from app.domain.inventory_ad import bind_refusal

    def diagnostic(code: str) -> str:
        return (
            "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, "
            f"data {code}, v4563"
        )

    assert bind_refusal(diagnostic("532")) is DirectoryProblem.PASSWORD_EXPIRED
    assert bind_refusal(diagnostic("530")) is DirectoryProblem.ACCOUNT_RESTRICTED
    assert bind_refusal(diagnostic("531")) is DirectoryProblem.ACCOUNT_RESTRICTED
    assert bind_refusal(diagnostic("52e")) is DirectoryProblem.CREDENTIALS
    assert bind_refusal("no sub-code at all") is DirectoryProblem.CREDENTIALS
