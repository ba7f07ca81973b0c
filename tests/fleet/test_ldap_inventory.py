"""Active Directory inventory against a real slapd: filters, OU, escaping, paging, TLS, errors."""

from __future__ import annotations

import pytest

from app.adapters.ldap_inventory import DirectorySettings, LdapDirectory
from app.domain.inventory_ad import (
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
    inventory_from_computers,
)

from .slapd_server import READER_DN, READER_PASSWORD, SUFFIX, running_slapd


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
