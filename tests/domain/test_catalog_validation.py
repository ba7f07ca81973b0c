"""A damaged catalog is refused with every problem named (and no key quoted)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.domain.catalog import CatalogError, load_catalog
from app.resources import resource

WIN7_PRO_KEY = "FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(resource("catalog"), folder)
    return folder


def edit(folder: Path, name: str, change) -> None:
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def edition(document: dict, edition_id: str) -> dict:
    return next(e for e in document["editions"] if e["id"] == edition_id)


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    return caught.value.problems


def test_an_intact_copy_loads(data):
    copy = load_catalog(data)
    assert copy is not load_catalog()
    assert copy.editions.keys() == load_catalog().editions.keys()
    assert copy.problems() == []


def test_malformed_gvlk_is_named_by_edition_without_quoting_the_key(data):
    edit(
        data,
        "windows_editions.json",
        lambda d: edition(d, "win7-professional").update(gvlk="FJ82H-XT6CR-J8D7P-XQJJ2-GPDD0"),
    )
    problems = problems_of(data)
    assert any("win7-professional" in p and "malformed key" in p for p in problems)
    assert not any("GPDD" in p for p in problems)


def test_a_gvlk_used_by_two_editions_is_refused(data):
    edit(
        data,
        "windows_editions.json",
        lambda d: edition(d, "win7-professional-n").update(gvlk=WIN7_PRO_KEY),
    )
    problems = problems_of(data)
    assert any(
        "win7-professional-n" in p and "also the key of win7-professional" in p for p in problems
    )
    assert not any(WIN7_PRO_KEY in p for p in problems)


def test_a_key_of_the_wrong_generation_is_refused(data):
    # Windows 8 keys carry one N; this one (a Windows 7 key) has none.
    edit(
        data,
        "windows_editions.json",
        lambda d: edition(d, "win8-professional").update(gvlk="W82YF-2Q76Y-63HXB-FGJG9-GF7QX"),
    )
    problems = problems_of(data)
    assert any("win8-professional" in p and "lacks the N" in p for p in problems)


def test_every_problem_is_collected(data):
    def break_editions(d):
        edition(d, "win7-enterprise")["versions"] = ["win7", "win99"]
        edition(d, "ws2022-standard")["legacy_group"] = "server-z"

    edit(data, "windows_editions.json", break_editions)
    edit(
        data, "key_groups.json", lambda d: d["edition_sets"]["win7-pro-ent"].append("win7-ultimate")
    )
    edit(data, "thresholds.json", lambda d: d["thresholds"].update(client="25"))
    problems = problems_of(data)
    expected = [
        ("win7-enterprise", "unknown OS version 'win99'"),
        ("ws2022-standard", "unknown legacy group 'server-z'"),
        ("edition_sets.win7-pro-ent", "unknown edition 'win7-ultimate'"),
        ("thresholds.json client", "must be a positive integer"),
    ]
    for where, what in expected:
        assert any(where in p and what in p for p in problems), (where, problems)


def test_missing_and_broken_files_are_named(data):
    (data / "os_versions.json").unlink()
    (data / "thresholds.json").write_text("{ not json", encoding="utf-8")
    problems = problems_of(data)
    assert "os_versions.json: file is missing" in problems
    assert any(p.startswith("thresholds.json: invalid JSON at line 1") for p in problems)


def test_a_group_rule_must_select_something(data):
    def break_rule(d):
        ws2022 = next(g for g in d["groups"] if g["id"] == "ws2022")
        ws2022["kms"].append({"versions": ["win7"], "editions": ["ws2022-standard"]})
        ws2022["host_os"].append("ws2031")

    edit(data, "key_groups.json", break_rule)
    problems = problems_of(data)
    assert any("ws2022 kms[7]" in p and "runs on none of ['win7']" in p for p in problems)
    assert any("ws2022" in p and "unknown host OS 'ws2031'" in p for p in problems)


def test_a_group_without_a_translated_name_is_refused(data):
    def add_group(d):
        d["groups"].append(
            {
                "id": "ws2031",
                "kind": "modern",
                "rank": 9,
                "host_os": ["ws2025"],
                "kms": [{"versions": ["ws2025"], "family": "server"}],
                "mak": [{"versions": ["ws2025"], "family": "server"}],
            }
        )

    edit(data, "key_groups.json", add_group)
    assert any("ws2031" in p and "GROUP_NAMES" in p for p in problems_of(data))


def test_office_group_needs_valid_host_details(data):
    def break_office(d):
        office = next(g for g in d["groups"] if g["id"] == "office2019")
        office["office"]["activation_id"] = "70512334"

    edit(data, "key_groups.json", break_office)
    assert any("office2019" in p and "GUID" in p for p in problems_of(data))


def test_an_unknown_licensing_service_is_refused(data):
    def change(d):
        vista = next(v for v in d["os_versions"] if v["id"] == "vista")
        vista["licensing_service"] = "slsvc2"

    edit(data, "os_versions.json", change)
    assert any(
        "vista" in p and "'licensing_service' must be sppsvc or slsvc" in p
        for p in problems_of(data)
    )


def test_a_modern_group_without_mak_rules_loads(data):
    # "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10" is a host key only.
    copy = load_catalog(data)
    assert copy.group("ws2012r2-win10").members == ()
    assert copy.os_version("ws2008").read_only and not copy.os_version("ws2008r2").read_only


def test_a_host_update_scoped_to_an_unknown_group_is_refused(data):
    def change(d):
        d["host_updates"][0]["groups"] = ["ws2031"]

    edit(data, "key_groups.json", change)
    assert any("unknown key group 'ws2031'" in p for p in problems_of(data))
