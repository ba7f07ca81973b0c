"""Mapping what a scan reads (Version, EditionID, Caption) to catalog entries."""

from __future__ import annotations

import pytest

from app.domain.catalog import is_evaluation_edition_id, load_catalog


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("version", "edition_id", "os_id", "edition"),
    [
        ("6.1.7601", "ServerStandard", "ws2008r2", "ws2008r2-standard"),
        ("6.1.7600", "ServerHPC", "ws2008r2", "ws2008r2-hpc"),
        ("6.1.7601", "Professional", "win7", "win7-professional"),
        ("6.0.6002", "Business", "vista", "vista-business"),
        ("6.0.6002", "ServerEnterpriseV", "ws2008", "ws2008-enterprise-v"),
        ("6.2.9200", "ServerMultiPointPremium", "ws2012", "ws2012-multipoint-premium"),
        ("6.3.9600", "ServerSolution", "ws2012r2", "ws2012r2-essentials"),
        ("6.3.9600", "EnterpriseN", "win81", "win81-enterprise-n"),
        ("10.0.19045", "Enterprise", "win10", "win10-11-enterprise"),
        ("10.0.22631", "Professional", "win11", "win10-11-pro"),
        ("10.0.21999", "Professional", "win10", "win10-11-pro"),
        ("10.0.22000", "Professional", "win11", "win10-11-pro"),
        ("10.0.10240", "EnterpriseS", "win10", "win10-ltsb-2015"),
        ("10.0.14393", "EnterpriseS", "win10", "win10-ltsb-2016"),
        ("10.0.19044", "EnterpriseSN", "win10", "win10-11-enterprise-ltsc-n"),
        ("10.0.26100", "EnterpriseS", "win11", "win10-11-enterprise-ltsc"),
        ("10.0.14393", "ServerStandard", "ws2016", "ws2016-standard"),
        ("10.0.17763", "ServerDatacenter", "ws2019", "ws2019-datacenter"),
        ("10.0.17763", "ServerDatacenterACor", "wssac", "wssac-1809-datacenter"),
        ("10.0.16299", "ServerStandardACor", "wssac", "wssac-1709-standard"),
        ("10.0.20348", "ServerTurbine", "ws2022", "ws2022-datacenter-azure"),
        ("10.0.20348.2582", "serverdatacenter", "ws2022", "ws2022-datacenter"),
        ("10.0.26100", "ServerStandard", "ws2025", "ws2025-standard"),
    ],
)
def test_identify_os(catalog, version, edition_id, os_id, edition):
    found_os, found_edition = catalog.identify_os(version, edition_id)
    assert found_os is not None and found_os.id == os_id
    assert found_edition is not None and found_edition.id == edition


def test_evaluation_and_home_editions_have_an_os_but_no_catalog_edition(catalog):
    os_version, edition = catalog.identify_os("10.0.20348", "ServerStandardEval")
    assert os_version.id == "ws2022" and edition is None
    assert is_evaluation_edition_id("ServerStandardEval")
    assert not is_evaluation_edition_id("ServerStandard")
    os_version, edition = catalog.identify_os("10.0.22631", "Core")
    assert os_version.id == "win11" and edition is None


def test_caption_decides_when_the_edition_id_is_missing(catalog):
    os_version, edition = catalog.identify_os(
        "6.1.7601", None, "Microsoft Windows Server 2008 R2 Enterprise "
    )
    assert (os_version.id, edition.id) == ("ws2008r2", "ws2008r2-enterprise")
    os_version, edition = catalog.identify_os("10.0.22631", None, "Microsoft Windows 11 Pro")
    assert (os_version.id, edition.id) == ("win11", "win10-11-pro")
    # A localised caption still tells client from server, not the edition.
    os_version, edition = catalog.identify_os(
        "10.0.22631", None, "Microsoft Windows 11 Professionnel"
    )
    assert (os_version.id, edition) == ("win11", None)


@pytest.mark.parametrize(
    ("version", "edition_id"),
    [
        ("6.1.7601", None),  # Windows 7 or Server 2008 R2?
        ("10.0", "Professional"),  # Windows 10 or 11?
        ("", "Professional"),
        ("not a version", None),
        ("5.2.3790", "ServerStandard"),  # Windows Server 2003: not in the catalog
        ("10.0.25398", "ServerDatacenter"),  # Server 23H2 (Annual Channel): no GVLK here
    ],
)
def test_unknown_or_ambiguous_versions_give_nothing(catalog, version, edition_id):
    assert catalog.identify_os(version, edition_id) == (None, None)
