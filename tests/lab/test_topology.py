"""The default lab: what it contains, that it is deterministic, and that it scales."""

from __future__ import annotations

import ipaddress
import time
from datetime import datetime
from pathlib import Path

from app.domain.catalog import default_catalog
from app.domain.keys import parse_key
from app.lab.world import build_default_lab
from tests.lab.spp_lab_driver import Driver

# shared/ sits beside the repository (developers and CI alike).
FACTS = Path(__file__).resolve().parents[3] / "shared" / "reference" / "activation-facts.md"


def test_kms01_is_a_windows_server_2008_r2_standard_candidate_not_yet_a_host() -> None:
    d = Driver()
    names = d.world.machine_names()
    assert names[0] == "kms01.lab.test" and len(names) == 41
    info = d.ok("kms01", "inspect")
    assert info["caption"] == "Microsoft Windows Server 2008 R2 Standard"
    assert (info["version"], info["edition_id"], info["product_type"]) == (
        "6.1.7601",
        "ServerStandard",
        3,
    )
    assert info["fqdn"] == "kms01.lab.test" and info["domain"] == "lab.test"
    assert d.status("kms01")["service"]["is_kms_host"] is False
    assert d.world.machine_summary("kms01")["role"] == "kms-host-candidate"


def test_every_machine_has_a_unique_loopback_address_in_the_zone() -> None:
    world = build_default_lab(scenario="legacy-2008r2")
    addresses = []
    for name in world.machine_names():
        [address] = world.zone.addresses(name)
        assert ipaddress.ip_address(address) in ipaddress.ip_network("127.0.0.0/8")
        assert world.machine_summary(name)["address"] == address
        addresses.append(address)
    assert len(set(addresses)) == len(addresses)
    assert world.zone.records("lab.test", "SOA") and world.zone.records("lab.test", "NS")
    assert world.zone.srv("_vlmcs._tcp.lab.test") == []  # no host published yet


def test_the_mix_of_systems_channels_and_troubles() -> None:
    d = Driver()
    captions = {d.world.machine_summary(n)["os"] for n in d.world.machine_names()}
    for wanted in (
        "Microsoft Windows 7 Professional",
        "Microsoft Windows 7 Enterprise",
        "Microsoft Windows 10 Enterprise",
        "Microsoft Windows 11 Pro",
        "Microsoft Windows Web Server 2008 R2",
        "Microsoft Windows Server 2008 R2 Datacenter",
        "Microsoft Windows Server 2019 Standard Evaluation",
    ):
        assert wanted in captions
    assert any(c.startswith("Microsoft Windows Server 2019") for c in captions)
    assert any(c.startswith("Microsoft Windows Server 2022") for c in captions)
    # Two fill machines kept the stock PowerShell 2.0: the guard answers for them.
    stock = [n for n in d.world.machine_names() if n not in d.scriptable()]
    assert stock == ["srv005.lab.test", "pc006.lab.test"]
    for name in stock:
        assert d.run(name, "status") == {
            "ok": False,
            "kind": "guard",
            "ps_version": "2.0",
            "language_mode": "FullLanguage",
        }
    channels: dict[str, list[dict]] = {}
    for name in d.scriptable():
        product = d.windows(name)
        channels.setdefault(product["channel"], []).append(product)
    assert {"GVLK", "MAK", "RETAIL", "TIMEBASED"} <= set(channels)
    assert all(p["license_status"] == 1 and p["grace_minutes"] == 0 for p in channels["MAK"])
    for product in channels["GVLK"]:
        assert product["license_status"] == 2
        assert product["status_reason"] == "0x4004F00C"  # informational, as on Windows
    for name in d.scriptable():
        if d.windows(name)["channel"] == "GVLK" and d.world.lab.find(name).reachable:
            assert d.last_error(name) in ("0x8007232B", "0xC004F074")  # from event 12288
    office = {o["version"] for n in d.scriptable() for o in d.ok(n, "inspect")["office"]}
    assert {"2010", "2016", "2021"} <= office


def test_the_special_machines() -> None:
    d = Driver()
    assert d.status("pc-clone-a")["service"]["cmid"] == d.status("pc-clone-b")["service"]["cmid"]
    cmids = [d.status(n)["service"]["cmid"] for n in d.scriptable()]
    assert len(cmids) - len(set(cmids)) == 1
    assert [n for n in d.world.machine_names() if not d.world.is_reachable(n)] == [
        "pc-offline.lab.test"
    ]
    clocks = {
        n: datetime.fromisoformat(d.ok(n, "inspect")["utc_now"][:26])
        for n in ("kms01", "pc-skew", "pc001")
    }
    assert (clocks["pc-skew"] - clocks["kms01"]).total_seconds() == 5 * 3600
    assert clocks["pc001"] == clocks["kms01"]
    french, german = d.ok("pc-fr", "inspect"), d.ok("pc-de", "inspect")
    assert (french["language"], french["caption"]) == ("fr-FR", "Microsoft Windows 10 Éducation")
    assert (german["language"], german["caption"]) == (
        "de-DE",
        "Microsoft Windows 10 Pro für Workstations",
    )
    assert d.windows("pc-fr")["name"] == "Windows(R), Education edition"  # WMI names stay English


def test_the_same_seed_builds_the_same_lab_and_another_seed_another() -> None:
    first, again, other = (
        Driver(build_default_lab(seed, scenario="legacy-2008r2")) for seed in (7, 7, 8)
    )
    assert first.world.machine_names() == again.world.machine_names()
    assert first.keys == again.keys
    for name in first.scriptable():
        assert first.status(name) == again.status(name)
    assert first.keys != other.keys
    assert first.status("pc001")["service"]["cmid"] != other.status("pc001")["service"]["cmid"]


def test_lab_keys_are_well_formed_lab_only_and_never_real_keys() -> None:
    catalog = default_catalog()
    keys = build_default_lab(scenario="legacy-2008r2").lab_keys()
    for group in catalog.groups:
        assert group in keys
        # A MAK where Microsoft sells one (none for 2012 R2 "for Windows 10").
        assert (f"mak:{group}" in keys) is bool(catalog.groups[group].mak_targets)
    real = {k.value for e in catalog.editions.values() for k in e.all_gvlks}
    published = FACTS.read_text(encoding="utf-8") if FACTS.exists() else ""
    for label, value in keys.items():
        assert parse_key(value).value == value, label
        assert value not in real, label
        assert value not in published, label
    assert len(set(keys.values())) == len(keys)


def test_the_lab_scales_to_ten_thousand_clients_quickly() -> None:
    start = time.perf_counter()
    world = build_default_lab(seed=3, clients=10_000, scenario="legacy-2008r2")
    elapsed = time.perf_counter() - start
    names = world.machine_names()
    assert len(names) == 10_001 and len(set(names)) == 10_001
    assert elapsed < 2.0, elapsed  # the bound for benchmark set-up
    assert world.has_machine(names[-1])


def test_the_client_count_is_honoured() -> None:
    assert build_default_lab(clients=0, scenario="legacy-2008r2").machine_names() == [
        "kms01.lab.test"
    ]
    assert len(build_default_lab(clients=5, scenario="legacy-2008r2").machine_names()) == 6


def test_the_evaluation_server_runs_out_after_its_time_based_licence() -> None:
    d = Driver()
    assert d.windows("srv-eval")["grace_minutes"] == 150 * 24 * 60
    d.world.advance(days=151)
    assert d.windows("srv-eval")["license_status"] == 5
