"""The AD inventory's paging against a real slapd: what a Samba DC cannot show.

Everything Active Directory answers — binds, filters, OUs, TLS names, refusals —
is tested against a real Samba AD DC in tests/ad. slapd stays for one behaviour
neither Samba nor AD has: it *refuses* a page larger than its limit
(adminLimitExceeded) where AD caps the page silently and Samba 4.17 ignores the
limit, so the client's "ask again with smaller pages" path is exercised here
(and, in test_ldap_referral.py, a referral, which Samba never sends). The
module's slapd sends at most 4 entries per page.
"""

from __future__ import annotations

import pytest

from app.adapters.ldap_inventory import PAGE_SIZE, DirectorySettings, LdapDirectory
from app.adapters.secret_store import KeyringSecretStore
from app.bootstrap_fleet import DesktopFleetBackend
from app.domain.inventory_ad import (
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
    ListedComputer,
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


def test_simple_bind_in_clear_to_a_remote_server_is_refused_before_connecting():
    remote = DirectoryServer("dc01.example.com", 389, tls=False)
    settings = DirectorySettings(remote, user="reader@example.com", password="secret-pw")
    with pytest.raises(DirectoryError) as refused:
        LdapDirectory(settings).computers(DirectoryQuery.build("DC=example,DC=com"))
    assert refused.value.problem is DirectoryProblem.INSECURE
    assert "secret-pw" not in str(refused.value)


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
