"""The lab's two stories (issue 14 item 3): named in one place, each built from its own machines.

"current" is the default: a Windows Server 2022 host candidate whose own host key
group activates the Windows 10/11 and Server clients around it, with one newer
server it cannot serve. "legacy-2008r2" is the first lab, unchanged.
"""

from __future__ import annotations

import pytest

from app.domain.catalog import Channel, default_catalog
from app.domain.lab_scenarios import DEFAULT_SCENARIO, SCENARIO_IDS, SCENARIOS, scenario
from app.lab.spp.products import KeyKind
from app.lab.topology import STORIES, story
from app.lab.working_host import host_key_group
from app.lab.world import build_default_lab

HOST = "kms01.lab.test"


def windows_kms_clients(world):
    """(machine, Windows product) of every reachable client holding a GVLK."""
    found = []
    for name in world.machine_names():
        machine = world.machine(name)
        product = machine.windows_product()
        if name != HOST and machine.reachable and product.kind is KeyKind.GVLK:
            found.append((machine, product))
    return found


def test_every_named_scenario_has_a_story_and_a_text():
    assert set(SCENARIO_IDS) == set(STORIES) == {"current", "legacy-2008r2"}
    assert DEFAULT_SCENARIO == "current"
    for known in SCENARIOS:
        assert known.title.source and known.description.source.endswith(".")
        assert scenario(known.id) is known
    with pytest.raises(ValueError):
        story("2008")
    with pytest.raises(ValueError):
        build_default_lab(scenario="2008")


def test_the_default_lab_is_the_current_story():
    world = build_default_lab()
    assert world.scenario == "current"
    host = world.machine(HOST)
    assert host.caption == "Microsoft Windows Server 2022 Standard"
    assert host.language == "en-US"
    assert host.office_packs == {"office2016", "office2021"}
    assert host_key_group() == host_key_group("current") == "ws2022"
    assert "ws2022" in world.lab_keys()


def test_the_current_story_is_todays_windows_and_the_host_key_covers_it():
    world = build_default_lab(scenario="current")
    catalog = default_catalog()
    captions = {world.machine(n).caption for n in world.machine_names()}
    assert not any("Windows 7" in c or "2008 R2" in c for c in captions)
    assert {
        "Microsoft Windows 10 Pro",
        "Microsoft Windows 11 Pro",
        "Microsoft Windows Server 2016 Standard",
        "Microsoft Windows Server 2019 Standard",
        "Microsoft Windows Server 2022 Datacenter",
    } <= captions
    # Windows 10 and Server 2016 ship PowerShell 5.1: no machine answers "too old".
    assert all(world.machine(n).ps_major >= 5 for n in world.machine_names())
    uncovered = set()
    clients = windows_kms_clients(world)
    for machine, product in clients:
        if not catalog.activates("ws2022", product.edition_id, Channel.KMS, machine.os_version):
            uncovered.add(machine.fqdn)
    # The one Windows the Server 2022 key cannot serve: the coverage check's example.
    assert uncovered == {"srv-2025.lab.test"}
    # Enough KMS clients for the client threshold (25), as in the legacy story.
    assert len(clients) >= 30
    office = {p.edition_id for n in world.machine_names() for p in world.machine(n).products[1:]}
    assert {"office2016-proplus", "office2021-proplus", "office2024-proplus"} <= office


def test_the_legacy_story_is_the_first_lab():
    world = build_default_lab(scenario="legacy-2008r2")
    again = build_default_lab(scenario="legacy-2008r2")
    assert world.scenario == "legacy-2008r2"
    assert world.machine(HOST).caption == "Microsoft Windows Server 2008 R2 Standard"
    assert world.machine(HOST).language == "fr-FR"
    assert host_key_group("legacy-2008r2") == "server-b"
    assert world.machine_names() == again.machine_names()
    assert [world.machine(n).cmid for n in world.machine_names()] == [
        again.machine(n).cmid for n in again.machine_names()
    ]
    # The machines the 2008 R2 tests and the review name are where they were.
    assert world.machine("pc-office2010").caption == "Microsoft Windows 7 Professional"
    assert world.machine("pc021").windows_product().kind is KeyKind.MAK
    assert world.machine("srv028").caption == "Microsoft Windows Server 2019 Standard"
    assert world.machine("srv005").ps_major == 2  # never given WMF 3.0+
