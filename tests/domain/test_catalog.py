"""The product catalog: the seeds' key-group rules, host rules, keys, thresholds."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest

from app.domain.catalog import (
    Catalog,
    Channel,
    Family,
    GroupKind,
    Thresholds,
    load_catalog,
)
from app.domain.catalog_names import (
    AZURE_EDITION,
    CLIENT_VL_ONLY,
    EDITION_OUT_OF_REACH,
    EVALUATION_EDITION,
    GROUP_NAMES,
    NOT_ON_THIS_OS,
    READ_ONLY_HOST_OS,
    SERVER_KEY_ON_CLIENT,
    UNKNOWN_HOST_OS,
)
from app.domain.keys import parse_key
from app.domain.text import Text

LEGACY = ("client-vl", "server-a", "server-b", "server-c")
MODERN = (
    "win8", "ws2012", "win81", "ws2012r2", "win10", "ws2012r2-win10",
    "ws2016", "ws2019", "ws2022", "ws2025",
)
OFFICE = ("office2010", "office2013", "office2016", "office2019", "office2021", "office2024")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def eligibility(catalog: Catalog, os_id: str, edition: str | None = None, **kw) -> dict:
    return {e.group.id: e for e in catalog.groups_for_host(os_id, edition, **kw)}


# --- loading ---------------------------------------------------------------


def test_catalog_loads_and_is_consistent(catalog):
    assert catalog.problems() == []
    assert tuple(catalog.groups) == LEGACY + MODERN + OFFICE
    assert len(catalog.editions) >= 160


def test_default_catalog_is_loaded_once(catalog):
    assert load_catalog() is catalog


def test_catalog_is_immutable(catalog):
    assert isinstance(catalog.editions, MappingProxyType)
    with pytest.raises(TypeError):
        catalog.editions["x"] = catalog.edition("win7-professional")  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalog.edition("win7-professional").name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        catalog.group("ws2022").kms_targets["x"] = ()  # type: ignore[index]
    assert isinstance(catalog.group("ws2022").activates, tuple)


def test_catalog_values_are_hashable(catalog):
    hosts = catalog.groups_for_host("ws2019", "ServerStandard")
    assert len({h.group for h in hosts}) == len(catalog.groups)
    assert len(set(hosts)) == len(hosts)
    assert len({catalog, load_catalog()}) == 1
    assert len(set(catalog.editions.values())) == len(catalog.editions)


def test_every_group_has_a_translatable_name(catalog):
    for group in catalog.groups.values():
        assert group.name == GROUP_NAMES[group.id]
        assert isinstance(group.name, Text) and group.name.context == "KeyGroup"
    assert "Server Group B" in catalog.group("server-b").name.source


# --- legacy groups: hierarchical KMS, lateral MAK (seeds 000, 001, 004) -----


def test_server_group_b_kms_activates_win7_pro_and_web_2008r2_but_not_datacenter(catalog):
    assert catalog.activates("server-b", "win7-professional")
    assert catalog.activates("server-b", "ws2008r2-web")
    assert catalog.activates("server-b", "ws2008r2-standard")
    assert catalog.activates(
        "server-b", "vista-business"
    )  # seed 000: "produits du groupe Vista VL"
    assert not catalog.activates("server-b", "ws2008r2-datacenter")
    assert not catalog.activates("server-b", "ws2008-itanium")


def test_client_vl_activates_clients_only(catalog):
    activated = catalog.activated_by("client-vl")
    assert {e.family for e in activated} == {Family.CLIENT}
    assert {e.id for e in activated} >= {"win7-enterprise-e", "vista-enterprise-n"}
    assert not catalog.activates("client-vl", "ws2008r2-web")


@pytest.mark.parametrize(
    ("group", "edition", "expected"),
    [
        ("server-a", "ws2008-hpc", True),
        ("server-a", "win7-enterprise", True),
        ("server-a", "ws2008-standard", False),
        ("server-c", "ws2008-standard-v", True),
        ("server-c", "ws2008r2-itanium", True),
        ("server-c", "vista-enterprise", True),
        ("server-c", "ws2012-standard", False),  # a 2008 R2-era key stops at 2008 R2
        ("client-vl", "win8-professional", False),
    ],
)
def test_legacy_kms_keys_activate_their_group_and_every_lower_one(
    catalog, group, edition, expected
):
    assert catalog.activates(group, edition) is expected


def test_mak_is_lateral(catalog):
    assert catalog.activates("server-b", "ws2008r2-enterprise", Channel.MAK)
    assert not catalog.activates("server-b", "win7-professional", Channel.MAK)
    assert not catalog.activates("server-b", "ws2008r2-web", Channel.MAK)
    assert not catalog.activates("server-c", "ws2008r2-standard", Channel.MAK)
    mak_c = {e.id for e in catalog.activated_by("server-c", Channel.MAK)}
    assert mak_c == {
        "ws2008-datacenter",
        "ws2008-datacenter-v",
        "ws2008-itanium",
        "ws2008r2-datacenter",
        "ws2008r2-itanium",
    }


def test_legacy_group_membership_follows_the_seed_tables(catalog):
    def members(group):
        return {e.id for e in catalog.activated_by(group, Channel.MAK)}

    assert members("server-a") == {"ws2008-web", "ws2008-hpc", "ws2008r2-web", "ws2008r2-hpc"}
    assert members("server-b") == {
        "ws2008-standard",
        "ws2008-standard-v",
        "ws2008-enterprise",
        "ws2008-enterprise-v",
        "ws2008r2-standard",
        "ws2008r2-enterprise",
    }
    assert members("client-vl") == {
        "vista-business",
        "vista-business-n",
        "vista-enterprise",
        "vista-enterprise-n",
        "win7-professional",
        "win7-professional-n",
        "win7-professional-e",
        "win7-enterprise",
        "win7-enterprise-n",
        "win7-enterprise-e",
    }


# --- legacy hosts ----------------------------------------------------------


def test_windows_7_host_may_hold_only_the_client_vl_key_of_the_legacy_groups(catalog):
    hosts = eligibility(catalog, "win7", "Professional")
    assert hosts["client-vl"].allowed
    for group in ("server-a", "server-b", "server-c"):
        assert not hosts[group].allowed
        assert hosts[group].reason == CLIENT_VL_ONLY
        assert hosts[group].message.english() == (
            "A Windows 7 host can hold only the Client VL key, not a Server Group key."
        )
    for group in ("ws2016", "ws2019", "ws2022", "ws2025"):
        assert hosts[group].reason == SERVER_KEY_ON_CLIENT
    # facts §5.5: the Windows 10 client CSVLK may be hosted on Windows 7, after KB3079821
    # (the 8.1-era KB2885698 is scoped to the 8.1-era keys).
    assert hosts["win10"].allowed
    assert [u.kb for u in hosts["win10"].required_updates] == ["KB3079821"]


def test_client_vl_key_needs_a_client_host(catalog):
    hosts = eligibility(catalog, "ws2008r2", "ServerStandard")
    assert not hosts["client-vl"].allowed
    assert hosts["client-vl"].reason == NOT_ON_THIS_OS
    assert hosts["client-vl"].message.english() == (
        "This key can be installed only on Windows 7."
    )


def test_a_server_group_key_must_activate_its_own_host(catalog):
    datacenter = eligibility(catalog, "ws2008r2", "ServerDatacenter")
    assert datacenter["server-c"].allowed
    for group in ("server-a", "server-b"):
        assert not datacenter[group].allowed
        assert datacenter[group].reason == EDITION_OUT_OF_REACH
        assert "Windows Server 2008 R2 Datacenter" in datacenter[group].message.english()
    web = eligibility(catalog, "ws2008r2", "ws2008r2-web")  # a catalog edition id works too
    assert all(web[g].allowed for g in ("server-a", "server-b", "server-c"))
    unknown_edition = eligibility(catalog, "ws2008r2")
    assert unknown_edition["server-b"].allowed


@pytest.mark.parametrize(
    ("os_id", "edition"), [("vista", "Business"), ("ws2008", "ServerEnterprise")]
)
def test_vista_and_server_2008_can_hold_no_host_key(catalog, os_id, edition):
    # Audit B5: slsvc, not sppsvc; the SL WMI classes lack the KMS host settings.
    hosts = eligibility(catalog, os_id, edition)
    assert not any(e.allowed for e in hosts.values())
    assert {e.reason for e in hosts.values()} == {READ_ONLY_HOST_OS}
    name = catalog.os_version(os_id).name
    assert hosts["client-vl"].message.english().startswith(f"{name} cannot be a KMS host")
    assert "Windows 7 / Windows Server 2008 R2 or newer" in hosts["server-b"].message.english()
    assert all(os_id not in g.host_os for g in catalog.groups.values())


def test_vista_and_server_2008_editions_stay_for_identification(catalog):
    assert catalog.identify_gvlk(parse_key("YFKBB-PQJJV-G996G-VWGXY-2V3X8")).id == "vista-business"
    ids = lambda found: [v.id for v in found]  # noqa: E731
    assert ids(catalog.read_only_os("6.0.6002")) == ["vista", "ws2008"]  # kernel 6.0
    assert ids(catalog.read_only_os("6.0.6002", "ws2008-standard")) == ["ws2008"]
    assert catalog.read_only_os("6.1.7601") == ()
    assert catalog.read_only_os("", "win7-professional") == ()
    assert catalog.read_only_os("", None) == ()
    # Still KMS clients: a 2008 R2-era key activates them.
    assert catalog.activates("server-c", "ws2008-datacenter")
    assert catalog.activates("ws2012r2", "vista-enterprise")


# --- modern CSVLKs (facts §5.5, [ws-plan]) -----------------------------------


def test_ws2022_csvlk_activates_win11_enterprise_and_ws2019_but_not_ws2025(catalog):
    assert catalog.activates("ws2022", "win10-11-enterprise", os_version="win11")
    assert catalog.activates("ws2022", "ws2019-datacenter")
    assert catalog.activates("ws2022", "ws2008-web")
    assert catalog.activates("ws2022", "win7-professional")
    assert catalog.activates("ws2022", "win81-enterprise")
    assert not catalog.activates("ws2022", "ws2025-standard")
    # Windows 11 Enterprise LTSC 2024 shares its GVLK with Windows 10 LTSC 2019/2021.
    assert catalog.activates("ws2022", "win10-11-enterprise-ltsc", os_version="win10")
    assert not catalog.activates("ws2022", "win10-11-enterprise-ltsc", os_version="win11")


def test_ws2025_csvlk_activates_server_2025_and_win11_ltsc(catalog):
    assert catalog.activates("ws2025", "ws2025-datacenter")
    assert catalog.activates("ws2025", "ws2025-datacenter-azure")
    assert catalog.activates("ws2025", "win10-11-enterprise-ltsc", os_version="win11")
    assert not catalog.activates("ws2019", "ws2022-standard")
    assert not catalog.activates("ws2019", "win10-11-pro", os_version="win11")
    assert catalog.activates("ws2019", "win10-11-pro", os_version="win10")


def test_ws2016_csvlk_stops_at_ltsb_2016(catalog):
    assert catalog.activates("ws2016", "win10-ltsb-2016")
    assert catalog.activates("ws2016", "wssac-1809-standard")
    assert not catalog.activates("ws2016", "win10-11-enterprise-ltsc")
    assert not catalog.activates("ws2016", "ws2019-standard")


def test_win10_client_csvlk_activates_no_server(catalog):
    activated = catalog.activated_by("win10")
    assert activated
    assert {e.family for e in activated} == {Family.CLIENT}
    assert catalog.activates("win10", "win10-ltsb-2015")
    assert not catalog.activates("win10", "win10-ltsb-2016")
    assert catalog.activates("win10", "win7-enterprise")


def test_a_client_host_is_refused_a_server_csvlk(catalog):
    hosts = eligibility(catalog, "win10", "Enterprise")
    assert hosts["win10"].allowed
    assert not hosts["ws2022"].allowed
    assert hosts["ws2022"].reason == SERVER_KEY_ON_CLIENT
    assert "Windows Server 2022, Windows Server 2019, Windows Server 2016" in (
        hosts["ws2022"].message.english()
    )


def test_modern_host_os_per_facts(catalog):
    allowed = {
        os_id: {g for g, e in eligibility(catalog, os_id).items() if e.allowed and g in MODERN}
        for os_id in ("ws2025", "ws2022", "ws2019", "ws2016", "ws2012r2", "ws2012", "win11")
    }
    assert allowed == {
        "ws2025": {"ws2025"},
        "ws2022": {"ws2022", "ws2025"},
        "ws2019": {"ws2019", "ws2022", "ws2025"},
        "ws2016": {"ws2016", "ws2019", "ws2022"},
        "ws2012r2": {"ws2012r2", "ws2012r2-win10", "ws2016", "ws2019"},
        "ws2012": {"ws2012", "ws2012r2", "ws2012r2-win10", "ws2016"},
        "win11": set(),  # [ws-plan] lists Windows 10, 8.1 and 7 as client hosts
    }


@pytest.mark.parametrize("edition", ["ServerTurbine", "ws2022-datacenter-azure"])
def test_azure_edition_cannot_host(catalog, edition):
    hosts = eligibility(catalog, "ws2022", edition)
    assert not any(e.allowed for e in hosts.values())
    assert {e.reason for e in hosts.values()} == {AZURE_EDITION}


def test_evaluation_edition_cannot_take_a_windows_host_key(catalog):
    hosts = eligibility(catalog, "ws2022", "ServerDatacenterEval")
    assert not hosts["ws2022"].allowed
    assert hosts["ws2022"].reason == EVALUATION_EDITION
    flagged = eligibility(catalog, "ws2022", "ServerDatacenter", evaluation=True)
    assert flagged["ws2025"].reason == EVALUATION_EDITION
    assert eligibility(catalog, "ws2022", "ServerDatacenter")["ws2022"].allowed


def test_unknown_host_os_is_refused_with_a_reason(catalog):
    hosts = catalog.groups_for_host("ws2003")
    assert len(hosts) == len(catalog.groups)
    assert all(not e.allowed and e.reason == UNKNOWN_HOST_OS for e in hosts)
    assert hosts[0].message.english() == "This Windows version is not in the catalog: ws2003."


# --- host updates ------------------------------------------------------------


def kbs(catalog: Catalog, host: str, group: str) -> list[str]:
    return [u.kb for u in eligibility(catalog, host)[group].required_updates]


def test_ws2019_host_activating_server_2022_needs_kb5003646(catalog):
    assert kbs(catalog, "ws2019", "ws2022") == ["KB5003646"]
    update = eligibility(catalog, "ws2019")["ws2022"].required_updates[0]
    assert update.activating == ("ws2022",)
    assert update.description.english() == "KB5003646 or a later update"


@pytest.mark.parametrize(
    ("host", "group", "expected"),
    [
        ("ws2022", "ws2022", []),
        ("ws2022", "ws2025", ["KB5034765"]),
        ("ws2019", "ws2025", ["KB5034768", "KB5003646"]),
        ("ws2016", "ws2022", ["KB5003638"]),  # cumulative: covers 2019 too
        ("ws2016", "ws2019", ["KB4478877"]),
        ("ws2012r2", "ws2019", ["KB4467695"]),
        ("ws2012r2", "ws2016", ["KB3172614"]),
        ("ws2012", "ws2016", ["KB3172615"]),
        ("win81", "win10", ["KB3172614"]),
        ("win7", "client-vl", []),
        # W6: the Windows 8 / 8.1 and Server 2012 / 2012 R2 groups ([plan-2012r2] notes).
        ("win7", "win8", ["KB2757817"]),
        ("win7", "win81", ["KB2885698", "KB2757817"]),
        ("win81", "win81", []),
        ("ws2008r2", "ws2012", ["KB2757817"]),
        ("ws2012", "ws2012r2", ["KB2885698"]),
        ("ws2012r2", "ws2012r2", []),
        ("ws2012r2", "ws2012r2-win10", ["KB3172614"]),
        ("ws2008r2", "ws2012r2", ["KB2885698", "KB2757817"]),
        ("ws2008r2", "ws2012r2-win10", ["KB3079821"]),  # [ws-plan]: 2008 R2 → 2012 R2, 2012, 10
    ],
)
def test_required_host_updates(catalog, host, group, expected):
    assert kbs(catalog, host, group) == expected


def test_group_lists_the_updates_of_all_its_hosts(catalog):
    assert {u.kb for u in catalog.group("ws2022").required_updates} == {"KB5003646", "KB5003638"}


# --- Office --------------------------------------------------------------------


def test_office_2016_group_activates_its_own_version_only(catalog):
    assert catalog.activates("office2016", "office2016-proplus")
    assert catalog.activates("office2016", "office2016-proplus", Channel.MAK)
    assert not catalog.activates("office2016", "office2019-proplus")
    assert not catalog.activates("office2016", "office2013-proplus")
    assert not catalog.activates("office2016", "win10-11-pro")
    for group in OFFICE:
        assert {e.versions for e in catalog.activated_by(group)} == {(group,)}


@pytest.mark.parametrize(
    ("group", "lowest_allowed", "too_old"),
    [
        ("office2024", ["ws2022", "win10"], ["ws2019", "win81"]),
        ("office2021", ["ws2016", "win10"], ["ws2012r2", "win81"]),
        ("office2019", ["ws2012", "win81"], ["ws2008r2", "win8"]),
        ("office2016", ["ws2008r2", "win7"], ["ws2008", "vista"]),
        ("office2010", ["ws2008r2", "win7"], ["ws2008", "vista"]),
    ],
)
def test_office_host_minimum_os(catalog, group, lowest_allowed, too_old):
    for os_id in lowest_allowed:
        assert eligibility(catalog, os_id)[group].allowed
    for os_id in too_old:
        refused = eligibility(catalog, os_id)[group]
        expected = READ_ONLY_HOST_OS if os_id in ("ws2008", "vista") else NOT_ON_THIS_OS
        assert not refused.allowed and refused.reason == expected


def test_office_host_details(catalog):
    ltsc2024 = catalog.group("office2024")
    assert ltsc2024.office_activation_id == "F3D89BBF-C0EC-47CE-A8FA-E5A5F97E447F"
    assert ltsc2024.office_pack_url == "https://www.microsoft.com/download/details.aspx?id=106246"
    assert catalog.group("office2021").office_activation_id.startswith("47F3B983")
    assert catalog.group("office2019").office_activation_id.startswith("70512334")
    assert catalog.group("office2016").office_activation_id.startswith("98EBFE73")
    assert catalog.group("office2010").office_activation_id.startswith("BFE7A195")  # seed 004
    assert catalog.group("office2010").office_app_id == "59a52881-a989-479d-af46-f275c6370663"
    assert catalog.group("office2013").office_app_id == "0ff1ce15-a989-479d-af46-f275c6370663"
    assert catalog.group("office2013").office_pack_download_id == 35584
    assert all(g.office_pack for g in catalog.office_groups())


def test_office_host_on_windows_7_needs_kb2757817(catalog):
    assert kbs(catalog, "win7", "office2016") == ["KB2757817"]
    assert kbs(catalog, "ws2012", "office2016") == []


# --- keys ------------------------------------------------------------------------


def test_every_key_is_well_formed_and_in_canonical_form(catalog):
    for edition in catalog.editions.values():
        assert edition.gvlk is not None, edition.id
        for key in edition.all_gvlks:
            assert parse_key(key.value) == key


def test_no_gvlk_belongs_to_two_editions(catalog):
    owners: dict[str, str] = {}
    for edition in catalog.editions.values():
        for key in edition.all_gvlks:
            assert owners.setdefault(key.value, edition.id) == edition.id


def test_windows_10_and_11_share_one_edition_entry_per_key(catalog):
    pro = catalog.identify_gvlk(parse_key("W269N-WFGWX-YVC9B-4J6C9-T83GX"))
    assert pro.id == "win10-11-pro" and pro.versions == ("win10", "win11")
    assert catalog.gvlk_for("win10-11-enterprise") == parse_key("NPPR9-FWDCX-D2C8J-H872K-2YT43")


def test_seed_and_facts_hpc_keys_both_map_to_the_same_edition(catalog):
    seeds = catalog.identify_gvlk(parse_key("FKJQ8-TMCVP-FRMR7-4WR42-3JCD7"))
    facts = catalog.identify_gvlk(parse_key("TT8MH-CG224-D3D7Q-498W2-9QCTX"))
    assert seeds is facts
    assert seeds.id == "ws2008r2-hpc" and seeds.legacy_group == "server-a"


def test_a_key_that_is_no_gvlk_is_not_identified(catalog):
    assert catalog.identify_gvlk(parse_key("BCDFG-HJKMP-QRTVW-XY234-6789B")) is None
    assert catalog.gvlk_for("no-such-edition") is None


def test_partial_product_key_identifies_the_installed_gvlk(catalog):
    assert [e.id for e in catalog.editions_by_last5("t83gx")] == ["win10-11-pro"]
    assert catalog.editions_by_last5("ZZZZZ") == ()


# --- other queries ---------------------------------------------------------------


def test_editions_for_version(catalog):
    win11 = {e.id for e in catalog.editions_for_version("win11")}
    assert "win10-11-pro" in win11 and "win10-ltsb-2016" not in win11
    assert {e.id for e in catalog.editions_for_version("ws2022")} == {
        "ws2022-standard",
        "ws2022-datacenter",
        "ws2022-datacenter-azure",
    }
    assert len(catalog.editions_for_version("office2024")) == 15


def test_group_lists(catalog):
    assert [g.id for g in catalog.windows_groups()] == list(LEGACY + MODERN)
    assert [g.id for g in catalog.office_groups()] == list(OFFICE)
    assert {g.kind for g in catalog.office_groups()} == {GroupKind.OFFICE}


def test_thresholds(catalog):
    t = catalog.thresholds
    assert (t.client, t.server, t.office) == (25, 5, 5)
    assert t.count_cap == 50
    assert (t.cmid_retention_days, t.validity_days) == (30, 180)
    assert (t.renewal_interval_min, t.activation_interval_min) == (10080, 120)
    assert (t.interval_min, t.interval_max, t.default_port) == (15, 43200, 1688)
    assert (t.csvlk_max_hosts, t.csvlk_max_activations, t.max_clock_skew_hours) == (6, 10, 4)
    assert t == Thresholds()
    assert catalog.threshold_for(Family.CLIENT) == 25
    assert catalog.threshold_for(Family.SERVER) == 5
    assert catalog.threshold_for(Family.OFFICE) == 5
