"""The capture file: what it must hold, and which questions a replay may answer."""

from __future__ import annotations

import json

import pytest

from app.domain.field_capture import CaptureFileError, build_capture, read_capture

GUARD = {"ok": False, "kind": "guard", "ps_version": "2.0", "language_mode": "FullLanguage"}


def text(**changes) -> str:
    document = build_capture(
        name="Host1.Example.Test.",
        answers={"inspect": {"ok": True, "caption": "Microsoft Windows 10 Pro"}, "status": {}},
        captured_utc="2026-12-07T21:00:00Z",
        wizard_version="1.0",
        script_digest={"inspect": "sha256:00"},
        params={"firewall-state": {"port": 1688}},
    )
    document.update(changes)
    return json.dumps(document)


def test_a_capture_reads_back_with_its_name_normalised():
    capture = read_capture(text(), "c.json")
    assert capture.name == "host1.example.test"
    assert capture.caption == "Microsoft Windows 10 Pro"
    assert capture.params == {"firewall-state": {"port": 1688}}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("not json", "is not a JSON file"),
        (json.dumps({"format": "other"}), "is not a KMS Host Wizard capture"),
        (text(machine={}), "names no machine"),
        (text(answers={"install-key": {"ok": True}}), "holds no answer"),
    ],
)
def test_what_is_not_a_capture_is_refused_with_a_reason(content, says):
    with pytest.raises(CaptureFileError) as raised:
        read_capture(content, "c.json")
    assert says in str(raised.value) and "c.json" in str(raised.value)


def test_a_replay_answers_only_the_question_that_was_asked():
    capture = read_capture(
        text(answers={"get-iid": {"ok": True}, "firewall-state": {"ok": True}}), "c.json"
    )
    assert capture.answers_question("get-iid", {})
    assert capture.answers_question("get-iid", {"activation_id": None})  # null = omitted
    assert not capture.answers_question("get-iid", {"activation_id": "0ff1ce15-0000"})
    assert capture.answers_question("firewall-state", {"port": 1688})
    assert not capture.answers_question("firewall-state", {"port": 2000})
    assert not capture.answers_question("status", {})


def test_a_failure_every_operation_gave_is_machine_wide():
    same = read_capture(text(answers={"inspect": GUARD, "status": GUARD}), "c.json")
    assert same.machine_wide_failure() == GUARD
    mixed = read_capture(text(answers={"inspect": GUARD, "status": {"ok": True}}), "c.json")
    assert mixed.machine_wide_failure() is None
