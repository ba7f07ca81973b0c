"""The marks of a MAK→KMS plan, judged from the KMS host's key groups (catalog rules)."""

from __future__ import annotations

import pytest

from app.domain.catalog import default_catalog
from app.domain.kms_coverage import HostKeys, Mark, host_keys, key_group_of, mark_product
from app.domain.licensing import ProductState

WINDOWS_APP = "55c92734-d682-4d71-983e-d6ec3f16059f"


@pytest.fixture(scope="module")
def catalog():
    return default_catalog()


def host_product(description: str, activation_id: str = "11111111-2222-3333-4444-555555555555"):
    return ProductState.from_dict(
        {
            "id": activation_id,
            "application_id": WINDOWS_APP,
            "name": "Windows Server(R), ServerEnterprise edition",
            "description": description,
            "channel": "CSVLK",
            "license_status": 1,
            "partial_key": "BCDFG",
            "is_kms_host_key": True,
        }
    )


def test_a_server_group_b_key_is_told_from_its_channel(catalog):
    product = host_product("Windows Operating System - Windows Server(R), VOLUME_KMS_R2_B channel")
    assert key_group_of(product, catalog) == "server-b"
    assert host_keys("kms01", [product], catalog).groups == ("server-b",)


def test_an_unknown_host_key_cannot_be_checked(catalog):
    product = host_product("Windows(R) Operating System, VOLUME_KMS_SOMETHING channel")
    keys = host_keys("kms01", [product], catalog)
    assert keys.groups == () and not keys.blocking
    assert mark_product("win7-professional", [keys], catalog).mark is Mark.CANNOT_CHECK


def test_no_host_key_means_not_a_kms_host(catalog):
    keys = host_keys("kms01", [], catalog)
    mark = mark_product("win7-professional", [keys], catalog)
    assert mark.mark is Mark.CANNOT_ACTIVATE and "0xC004F074" in mark.message.english()


def test_without_the_hosts_edition_the_newest_covering_group_is_suggested(catalog):
    mark = mark_product("win10-11-pro", [HostKeys("kms01", ("server-b",))], catalog)
    assert mark.mark is Mark.CANNOT_ACTIVATE
    text = mark.message.english()
    assert "Server Group B" in text and "Windows 10/11 Pro" in text and "0xC004F042" in text
    assert "Windows Server 2025" in text


def test_a_2008_r2_host_is_never_told_to_install_a_key_it_cannot_hold(catalog):
    host = HostKeys("kms01", ("server-b",), edition="ws2008r2-enterprise")
    # Windows 10: the 2012 R2 "for Windows 10" key, which 2008 R2 may hold (with its update).
    client = mark_product("win10-11-pro", [host], catalog).message.english()
    assert "Windows Server 2025" not in client
    assert "Install the host key of Windows Srv 2012R2 DataCtr/Std KMS for Windows 10" in client
    # Server 2022: no key a 2008 R2 host may hold covers it.
    mark = mark_product("ws2022-standard", [host], catalog)
    text = mark.message.english()
    assert mark.mark is Mark.CANNOT_ACTIVATE and "0xC004F042" in text
    assert "Install the host key" not in text
    assert "newer Windows Server" in text


def test_the_lowest_group_the_host_may_hold_is_suggested(catalog):
    # A Server 2022 host with a Server 2016 key: Windows 11 needs the 2019 key or later;
    # the 2019 key is the lowest it may hold that covers it and what it covers today.
    host = HostKeys("kms01", ("ws2016",), edition="ws2022-standard")
    mark = mark_product("ws2022-standard", [host], catalog)
    text = mark.message.english()
    assert mark.mark is Mark.CANNOT_ACTIVATE
    assert "Windows Server 2025" not in text
    assert "Install the host key of Windows Server 2022" in text


def test_dns_hosts_that_disagree_cannot_be_checked(catalog):
    hosts = [HostKeys("kms01", ("server-b",)), HostKeys("kms02", ("ws2022",))]
    assert mark_product("win10-11-pro", hosts, catalog).mark is Mark.CANNOT_CHECK
    assert mark_product("win7-professional", hosts, catalog).mark is Mark.WILL_ACTIVATE
    assert mark_product("win10-11-pro", hosts[1:], catalog).mark is Mark.WILL_ACTIVATE
    no_host = mark_product("win10-11-pro", [], catalog)
    assert no_host.mark is Mark.CANNOT_CHECK
    assert "name the KMS host" in no_host.message.english()


def test_an_unreadable_host_says_what_happened_not_an_error_kind_name(catalog):
    from app.domain.errors import ErrorKind, ExecutionError, explain
    from app.domain.kms_coverage import unreachable

    error = ExecutionError(
        ErrorKind.REFUSED,
        "kms9.corp.test",
        "5985",
        data={"port": 5985, "scheme": "http", "reason_code": "no-listener"},
    )
    mark = mark_product("win10-11-pro", [unreachable("kms9.corp.test", explain(error)[0])], catalog)
    assert mark.mark is Mark.CANNOT_CHECK
    text = mark.message.english()
    assert "kms9.corp.test" in text and "5985" in text
    assert "REFUSED" not in text and "Message(" not in text
