"""The way back's plan from a journaled run (pure: no machine, no journal file)."""

from __future__ import annotations

import pytest

from app.domain.conversion import ConversionDirection
from app.domain.way_back import WayBackRefused, way_back_plan


def run(direction: str, *steps: dict, finished: str | None = "2026-12-07T22:00:00Z") -> dict:
    return {
        "id": 7,
        "direction": direction,
        "finished": finished,
        "params": {},
        "plan": list(steps),
    }


def step(host: str, kind: str, edition: str | None) -> dict:
    return {"host": host, "seq": 1, "kind": kind, "edition_id": edition}


def test_a_run_to_kms_goes_back_to_mak_with_the_chosen_label_for_the_changed_editions():
    record = run(
        "kms",
        step("pc1", "install-key", "win10-pro"),
        step("pc1", "activate", "win10-pro"),
        step("pc2", "install-key", "win10-enterprise"),
        step("pc3", "status", None),
    )
    back = way_back_plan(record, 7, mak_label="win10-mak")
    assert back.target.direction is ConversionDirection.TO_MAK
    assert back.target.mak_label == "win10-mak"
    assert dict(back.editions) == {"pc1": {"win10-pro"}, "pc2": {"win10-enterprise"}}
    assert back.hosts == ("pc1", "pc2")  # pc3 changed nothing: not read again


def test_a_run_to_mak_goes_back_to_kms_keeping_the_host_setting():
    back = way_back_plan(run("mak", step("pc1", "install-key", "win10-pro")), 7)
    assert back.target.direction is ConversionDirection.TO_KMS
    # No host named, no DNS discovery: the client keeps the setting a run to MAK never touched.
    assert back.target.kms_host is None and not back.target.use_dns_discovery


@pytest.mark.parametrize(
    ("record", "kwargs", "says"),
    [
        (None, {"mak_label": "m"}, "The journal holds no conversion run 7."),
        (
            run("kms", step("pc1", "install-key", "w"), finished=None),
            {"mak_label": "m"},
            "Conversion run 7 is not finished",
        ),
        (
            run("kms", step("pc1", "status", None)),
            {"mak_label": "m"},
            "Conversion run 7 changed no product.",
        ),
        (run("kms", step("pc1", "install-key", "w")), {}, "needs the keyring label of the MAK"),
        (run("sideways", step("pc1", "install-key", "w")), {}, "journal record is damaged"),
    ],
)
def test_refusals_say_why(record, kwargs, says):
    with pytest.raises(WayBackRefused) as refused:
        way_back_plan(record, 7, **kwargs)
    assert says in refused.value.message.english()
