"""Audit W5, W6, W8: the Windows 8 / 8.1 and Server 2012 / 2012 R2 host-key groups, the
KMS clients Microsoft's planning tables leave out, and the Office 2010 Small Business
Basics label. Sources: resources/catalog/key_groups.json ``_about`` and each group's
``source``."""

from __future__ import annotations

import pytest

from app.domain.catalog import Catalog, Channel, load_catalog
from app.domain.hresults import describe


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def allowed(catalog: Catalog, os_id: str, edition: str | None = None) -> set[str]:
    return {e.group.id for e in catalog.groups_for_host(os_id, edition) if e.allowed}


# --- W6: the 2012-era groups ---------------------------------------------------------


def test_an_existing_2012_r2_kms_host_with_a_2012_r2_csvlk_can_be_classified(catalog):
    # [plan-2012r2] 'Volume license for Windows Server 2012 R2'.
    assert "ws2012r2" in allowed(catalog, "ws2012r2", "ServerDatacenter")
    group = catalog.group("ws2012r2")
    assert group.host_os == ("ws2012r2", "ws2012", "ws2008r2")
    for edition in ("ws2012r2-standard", "ws2012-datacenter", "ws2008r2-web", "ws2008-itanium",
                    "win81-enterprise-n", "win8-professional", "win7-enterprise",
                    "vista-business"):
        assert catalog.activates("ws2012r2", edition), edition
    assert not catalog.activates("ws2012r2", "win10-11-pro", os_version="win10")
    assert not catalog.activates("ws2012r2", "ws2016-standard")
    assert catalog.activates("ws2012r2", "ws2012r2-essentials", Channel.MAK)


def test_the_2012_r2_key_for_windows_10_adds_windows_10_but_no_newer_server(catalog):
    # [ws2016-act] 'Volume license for "Windows Server 2012 R2 for Windows 10"'.
    assert catalog.activates("ws2012r2-win10", "win10-11-enterprise", os_version="win10")
    assert catalog.activates("ws2012r2-win10", "win10-ltsb-2015")
    assert catalog.activates("ws2012r2-win10", "win10-11-pro-workstations", os_version="win10")
    assert not catalog.activates("ws2012r2-win10", "win10-11-pro", os_version="win11")
    assert not catalog.activates("ws2012r2-win10", "win10-ltsb-2016")
    assert not catalog.activates("ws2012r2-win10", "ws2016-datacenter")
    assert catalog.activates("ws2012r2-win10", "ws2012r2-datacenter")
    # A host key only: Microsoft sells no MAK under this name.
    assert catalog.activated_by("ws2012r2-win10", Channel.MAK) == []
    assert "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10" in (
        catalog.group("ws2012r2-win10").name.source
    )


def test_windows_8_and_8_1_keys_activate_clients_only(catalog):
    assert catalog.activates("win81", "win81-professional")
    assert catalog.activates("win81", "win8-enterprise-n")
    assert catalog.activates("win81", "vista-enterprise")
    assert not catalog.activates("win8", "win81-professional")
    assert catalog.activates("win8", "win7-professional-e")
    for group in ("win8", "win81"):
        assert not any(e.family.value == "server" for e in catalog.activated_by(group))
    assert allowed(catalog, "win81", "Enterprise") >= {"win81", "win10"}
    assert "win8" in allowed(catalog, "win7", "Professional")


def test_server_2012_key_stops_at_server_2012(catalog):
    assert catalog.activates("ws2012", "ws2012-multipoint-premium")
    assert catalog.activates("ws2012", "win8-professional")
    assert not catalog.activates("ws2012", "ws2012r2-standard")
    assert not catalog.activates("ws2012", "win81-enterprise")


def test_a_2008_r2_host_may_now_take_the_2012_era_keys_with_their_updates(catalog):
    hosts = {e.group.id: e for e in catalog.groups_for_host("ws2008r2", "ServerStandard")}
    for group in ("ws2012", "ws2012r2", "ws2012r2-win10"):
        assert hosts[group].allowed, group
    assert "KB2757817" in {u.kb for u in hosts["ws2012"].required_updates}


def test_the_error_texts_name_groups_that_exist(catalog):
    # hresults 0xC004F015 names the Windows 10 key for 2012 R2 hosts and its group id.
    fix = describe(0xC004F015).fix.english()
    assert "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10" in fix
    assert "ws2012r2-win10" in fix and "ws2012r2-win10" in catalog.groups
    # key_groups.json host_updates: 2008 R2 host → 2012 R2 / 2012 / 10 (KB3079821) is
    # now used by a group a 2008 R2 host can hold.
    assert "KB3079821" in {
        u.kb for u in catalog.host_updates_for("ws2012r2-win10", "ws2008r2")
    }


def test_groups_are_listed_oldest_first_within_windows(catalog):
    windows = [g.id for g in catalog.windows_groups()]
    assert windows.index("server-c") < windows.index("win8") < windows.index("ws2012")
    assert windows.index("ws2012r2") < windows.index("win10") < windows.index("ws2016")


# --- W5: KMS clients the planning tables leave out -------------------------------------


@pytest.mark.parametrize(
    "edition",
    ["win10-11-pro-education", "win10-11-pro-education-n",
     "win10-11-enterprise-g", "win10-11-enterprise-g-n"],
)
def test_pro_education_and_enterprise_g_are_activated_like_pro_and_enterprise(
    catalog, edition
):
    by = {g.id for g in catalog.windows_groups() if catalog.activates(g.id, edition)}
    assert by == {"win10", "ws2012r2-win10", "ws2016", "ws2019", "ws2022", "ws2025"}
    assert catalog.activates("ws2022", edition, os_version="win11")
    assert not catalog.activates("ws2019", edition, os_version="win11")


def test_iot_enterprise_ltsc_is_activated_like_enterprise_ltsc(catalog):
    iot = "win10-11-iot-enterprise-ltsc"
    assert catalog.activates("ws2019", iot, os_version="win10")
    assert catalog.activates("ws2022", iot, os_version="win10")
    assert not catalog.activates("ws2022", iot, os_version="win11")  # LTSC 2024: 2025 only
    assert catalog.activates("ws2025", iot, os_version="win11")
    assert not catalog.activates("ws2016", iot)


def test_no_windows_kms_client_edition_is_left_without_a_host_key(catalog):
    orphans = [
        e.id
        for e in catalog.editions.values()
        if e.family.value != "office"
        and not any(catalog.activates(g.id, e.id) for g in catalog.windows_groups())
    ]
    assert orphans == []


# --- W8 ------------------------------------------------------------------------------


def test_office_2010_small_business_basics_carries_microsofts_label(catalog):
    edition = catalog.editions_by_last5("VVRCK")
    assert [e.name for e in edition] == ["Office Small Business Basics 2010"]
