"""Fixtures for the Active Directory tests: a real Samba AD DC on its own loopback address.

``samba_dc`` (session): the domain corp.test with the computers, OUs, managed
service accounts and users of :mod:`tests.ad.samba_dc`, started once per test
session (about 10 s). ``samba_dc_bulk`` (session, only when a test asks for
it): a second DC whose ``OU=Bulk`` also holds 1,500 computers, for paging past
AD's 1,000-entry page. Both skip (fail in CI) when Samba is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ad.samba_dc import SambaDC, running_samba_dc

BULK_COMPUTERS = 1500


@pytest.fixture(scope="session")
def samba_dc(tmp_path_factory) -> Iterator[SambaDC]:
    with running_samba_dc(tmp_path_factory.mktemp("samba-dc")) as dc:
        yield dc


@pytest.fixture(scope="session")
def samba_dc_bulk(tmp_path_factory) -> Iterator[SambaDC]:
    with running_samba_dc(tmp_path_factory.mktemp("samba-dc-bulk"), bulk=BULK_COMPUTERS) as dc:
        yield dc
