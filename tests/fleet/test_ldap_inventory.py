"""Active Directory inventory against a real slapd: filters, OU, escaping, paging, TLS, errors.

The module's slapd sends at most 4 entries per page and refuses a larger page
request (adminLimitExceeded), as a directory with a small page limit does.
"""

from __future__ import annotations

import io

import pytest

from app.adapters.ldap_inventory import PAGE_SIZE, DirectorySettings, LdapDirectory
from app.adapters.secret_store import KeyringSecretStore
from app.bootstrap_fleet import DesktopFleetBackend
from app.cli import main
from app.domain.inventory_ad import (
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
    ListedComputer,
    inventory_from_computers,
)
from app.ui.fleet import DirectoryRequest
from tests.memory_keyring import MemoryKeyring

from .slapd_server import READER_DN, READER_PASSWORD, SUFFIX, running_slapd

PAGE_LIMIT = 4  # running_slapd's default


@pytest.fixture(scope="module")
def slapd(tmp_path_factory):
    with running_slapd(tmp_path_factory.mktemp("slapd")) as server:
        yield server


def plain(slapd, **changes) -> DirectorySettings:
    settings = dict(
        server=DirectoryServer("127.0.0.1", slapd.ldap_port, tls=False),
        user=READER_DN,
        password=READER_PASSWORD,
        timeout=5.0,
        page_size=3,  # slapd allows at most 4 per page here: ten computers take four pages
    )
    settings.update(changes)
    return DirectorySettings(**settings)


def names(computers) -> list[str]:
    return sorted(c.name for c in computers)


def test_every_computer_of_the_domain_and_nothing_else(slapd):
    computers = LdapDirectory(plain(slapd)).computers(DirectoryQuery.build(SUFFIX))
    # Ten computer objects, over pages of 3: paging really happened.
    assert len(computers) == 10
    assert "Alice" not in names(computers) and "reader" not in names(computers)
    inventory = inventory_from_computers(computers, "ad")
    assert "pc-001.example.test" in inventory.hosts
    assert "pc-005.example.test" in inventory.hosts  # upper case in AD, normalised
    assert "legacy" in inventory.hosts  # no dNSHostName: its name, with a note
    assert not any("evil" in host for host in inventory.hosts)
    notes = [n.message.english() for n in inventory.notes]
    assert any("LEGACY has no DNS host name" in n for n in notes)
    assert any("EVIL" in n and "not a valid host name" in n for n in notes)


def test_ou_name_and_os_filters(slapd):
    directory = LdapDirectory(plain(slapd))
    servers = directory.computers(DirectoryQuery.build(f"OU=Servers,{SUFFIX}"))
    assert names(servers) == ["SRV-01", "SRV-02"]
    named = directory.computers(DirectoryQuery.build(SUFFIX, name_pattern="PC-00*"))
    assert names(named) == ["PC-001", "PC-002", "PC-003", "PC-004", "PC-005"]
    windows10 = directory.computers(DirectoryQuery.build(SUFFIX, os_pattern="*Windows 10*"))
    assert names(windows10) == ["EVIL", "PC-(weird)", "PC-001", "PC-004", "PC-005"]
    both = directory.computers(
        DirectoryQuery.build(SUFFIX, name_pattern="PC-*", os_pattern="*Enterprise")
    )
    assert names(both) == ["PC-003", "PC-004"]


def test_filter_values_are_escaped(slapd):
    directory = LdapDirectory(plain(slapd))
    query = DirectoryQuery.build(SUFFIX, name_pattern="*)(objectClass=*")
    assert query.ldap_filter() == "(&(objectClass=computer)(cn=*\\29\\28objectClass=*))"
    assert directory.computers(query) == []  # the injection could not widen the search
    # Parentheses typed by the user are matched literally.
    weird = directory.computers(DirectoryQuery.build(SUFFIX, name_pattern="PC-(weird)"))
    assert names(weird) == ["PC-(weird)"]


def test_anonymous_bind_works_when_the_directory_allows_it(slapd):
    computers = LdapDirectory(plain(slapd, user=None, password=None)).computers(
        DirectoryQuery.build(f"ou=Servers,{SUFFIX}")
    )
    assert names(computers) == ["SRV-01", "SRV-02"]


def test_wrong_password_missing_base_and_dead_server(slapd):
    with pytest.raises(DirectoryError) as wrong:
        LdapDirectory(plain(slapd, password="nope")).computers(DirectoryQuery.build(SUFFIX))
    assert wrong.value.problem is DirectoryProblem.CREDENTIALS
    assert "nope" not in str(wrong.value)
    with pytest.raises(DirectoryError) as missing:
        LdapDirectory(plain(slapd)).computers(DirectoryQuery.build(f"ou=Nowhere,{SUFFIX}"))
    assert missing.value.problem is DirectoryProblem.NO_SUCH_BASE
    dead = DirectoryServer("127.0.0.1", 1, tls=False)
    with pytest.raises(DirectoryError) as unreachable:
        LdapDirectory(plain(slapd, server=dead)).computers(DirectoryQuery.build(SUFFIX))
    assert unreachable.value.problem is DirectoryProblem.UNREACHABLE


def test_ldaps_validates_the_certificate(slapd):
    server = DirectoryServer("localhost", slapd.ldaps_port, tls=True)
    good = plain(slapd, server=server, ca_file=str(slapd.ca_file))
    assert len(LdapDirectory(good).computers(DirectoryQuery.build(SUFFIX))) == 10
    wrong_ca = plain(slapd, server=server, ca_file=str(slapd.other_ca_file))
    with pytest.raises(DirectoryError) as refused:
        LdapDirectory(wrong_ca).computers(DirectoryQuery.build(SUFFIX))
    assert refused.value.problem is DirectoryProblem.TLS


def test_simple_bind_in_clear_to_a_remote_server_is_refused_before_connecting():
    remote = DirectoryServer("dc01.example.com", 389, tls=False)
    settings = DirectorySettings(remote, user="reader@example.com", password="secret-pw")
    with pytest.raises(DirectoryError) as refused:
        LdapDirectory(settings).computers(DirectoryQuery.build("DC=example,DC=com"))
    assert refused.value.problem is DirectoryProblem.INSECURE
    assert "secret-pw" not in str(refused.value)


def test_credentials_and_certificates_errors_carry_their_fix(slapd, tmp_path):
    with pytest.raises(DirectoryError) as wrong:
        LdapDirectory(plain(slapd, password="nope")).computers(DirectoryQuery.build(SUFFIX))
    assert wrong.value.fix is not None
    fix = wrong.value.fix.english()
    assert "DOMAIN\\user" in fix and "user@domain.example" in fix
    assert "distinguished name" in fix and "password" in fix and "locked" in fix
    server = DirectoryServer("localhost", slapd.ldaps_port, tls=True)
    with pytest.raises(DirectoryError) as refused:
        LdapDirectory(plain(slapd, server=server, ca_file=str(slapd.other_ca_file))).computers(
            DirectoryQuery.build(SUFFIX)
        )
    # Neither text names a command-line option: the window shows them as they are.
    assert refused.value.fix.english() == (
        "Trust the directory's certification authority on this computer, or give its CA file."
    )
    assert "--" not in refused.value.message.english() + refused.value.fix.english()
    # The tuples ldap3 wraps socket errors in are not shown.
    assert "CERTIFICATE_VERIFY_FAILED" in refused.value.message.english()
    assert "('" not in refused.value.message.english()
    # A CA file that cannot be read: said so (before anything is sent), with what to give.
    missing = str(tmp_path / "missing.pem")
    with pytest.raises(DirectoryError) as unreadable:
        LdapDirectory(plain(slapd, server=server, ca_file=missing)).computers(
            DirectoryQuery.build(SUFFIX)
        )
    assert unreadable.value.problem is DirectoryProblem.CA_FILE
    assert unreadable.value.message.english() == f"The CA file {missing} cannot be read."
    assert "PEM file" in unreadable.value.fix.english()


def test_pages_larger_than_the_server_allows_are_asked_again_smaller(slapd):
    # The production page size (500) is over this server's limit (4): refused, then
    # asked again in halves (250, 125, … 3) until the server answers.
    assert PAGE_SIZE > PAGE_LIMIT
    settings = plain(slapd, page_size=PAGE_SIZE)
    computers = LdapDirectory(settings).computers(DirectoryQuery.build(SUFFIX))
    assert len(computers) == 10
    assert names(computers) == names(
        LdapDirectory(plain(slapd)).computers(DirectoryQuery.build(SUFFIX))
    )


def test_the_fleet_service_lists_past_a_small_page_limit(slapd, tmp_path):
    """What the wizard calls: the desktop fleet backend, production page size, the rows shown."""
    fleet = DesktopFleetBackend(
        journal_path=tmp_path / "journal.sqlite3",
        reports_dir=tmp_path / "reports",
        secret_store=KeyringSecretStore(backend=MemoryKeyring()),
    )
    request = DirectoryRequest(
        url=f"ldap://127.0.0.1:{slapd.ldap_port}",
        base_dn=SUFFIX,
        user=READER_DN,
        password=READER_PASSWORD,
    )
    listing = fleet.directory_listing(request)
    expected = [
        "legacy",
        "pc-001.example.test",
        "pc-002.example.test",
        "pc-003.example.test",
        "pc-004.example.test",
        "pc-005.example.test",
        "pc-weird.example.test",
        "srv-01.example.test",
        "srv-02.example.test",
    ]
    assert sorted(listing.inventory.hosts) == expected
    # One row per host taken, in the inventory's order, with its system and OU.
    assert [row.host for row in listing.computers] == list(listing.inventory.hosts)
    rows = {row.host: row for row in listing.computers}
    assert rows["srv-02.example.test"] == ListedComputer(
        "srv-02.example.test", "Windows Server 2022 Datacenter", "Servers"
    )
    assert rows["pc-weird.example.test"].container == "Workstations"
    assert rows["legacy"].operating_system == "Windows XP Professional"


def test_a_directory_refusing_every_page_is_explained(tmp_path):
    with running_slapd(tmp_path / "slapd", paged_results=False) as refusing:
        settings = plain(refusing, page_size=PAGE_SIZE)
        with pytest.raises(DirectoryError) as limited:
            LdapDirectory(settings).computers(DirectoryQuery.build(SUFFIX))
    assert limited.value.problem is DirectoryProblem.LIMIT
    assert limited.value.message.english() == (
        f"The directory server ldap://127.0.0.1:{refusing.ldap_port} ended the search at one "
        "of its limits (adminLimitExceeded), so the computers could not all be listed."
    )
    assert limited.value.fix.english() == (
        "Narrow the search (an OU as the search base, or a name filter), or ask the "
        "directory's administrators to raise this account's limits for paged searches."
    )


def scan_from_the_directory(capsys, monkeypatch, url: str, password: str, *options: str):
    """``kms-wizard scan --ad URL …`` (both passwords on standard input): exit code, stderr."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"winrm-Secret-7\n{password}\n"))
    code = main(
        [
            "--lang",
            "en",
            "scan",
            "--winrm",
            "--user",
            "EXAMPLE\\scanner",
            "--password-stdin",
            "--ad",
            url,
            "--ad-base",
            SUFFIX,
            "--ad-user",
            READER_DN,
            "--ad-password-stdin",
            *options,
        ]
    )
    return code, capsys.readouterr().err


def test_the_command_line_shows_the_fix_and_its_own_option(slapd, capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    journal = ("--journal", str(tmp_path / "journal.sqlite3"))
    plain_url = f"ldap://127.0.0.1:{slapd.ldap_port}"
    code, err = scan_from_the_directory(capsys, monkeypatch, plain_url, "nope", *journal)
    assert code == 2  # nothing was contacted
    assert err.splitlines() == [
        f"The directory server {plain_url} rejected the user name or password.",
        (
            "What to do: Check the user name and its form (DOMAIN\\user, user@domain.example or "
            "the distinguished name), the password, and that the account is neither locked nor "
            "expired."
        ),
    ]
    ldaps = f"ldaps://localhost:{slapd.ldaps_port}"
    code, err = scan_from_the_directory(capsys, monkeypatch, ldaps, READER_PASSWORD, *journal)
    assert code == 2
    refused, fix = err.splitlines()
    assert refused.startswith(f"The certificate of the directory server {ldaps} could not be")
    assert fix == (
        "What to do: Trust the directory's certification authority on this computer, or give "
        "its CA file. Use --ad-ca-file FILE to give it."
    )
    # A small page limit does not stop the command either: listed, then scanned.
    trusted = ("--ad-ca-file", str(slapd.ca_file), "--ad-name", "SRV-*", "--timeout", "1")
    code, err = scan_from_the_directory(
        capsys, monkeypatch, ldaps, READER_PASSWORD, *journal, *trusted
    )
    assert "adminLimitExceeded" not in err and "could not be verified" not in err
    assert code == 1  # the two servers listed are unreachable: problems, not a usage error
