"""Field capture files (``kms-wizard capture``): a damaged or hostile file is a typed refusal."""

from __future__ import annotations

import copy
import json

from hypothesis import given
from hypothesis import strategies as st

from app.domain.field_capture import CaptureFileError, read_capture
from app.resources import resource
from tests.property.contract import LONG_TEXTS, call, hostile_text, short_hostile_text
from tests.property.json_mutations import mutate

SHIPPED = [
    json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(resource("lab-captures").glob("*.json"))
]
replacement = st.one_of(
    st.sampled_from([[], {}, "", None, True, 0, -1, 1.5, {"ok": True}, "status", "inspect"]),
    short_hostile_text,
    st.sampled_from(LONG_TEXTS),
)


@given(st.sampled_from(SHIPPED), st.data())
def test_mutated_capture_files(document, data):
    changed = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 4))):
        changed = mutate(data, changed, replacement, ("@@HUGE@@", "@@DEEP@@"))
    text = json.dumps(changed)
    text = text.replace('"@@HUGE@@"', "9" * 5000).replace('"@@DEEP@@"', "[" * 5000 + "]" * 5000)
    call(read_capture, text, "capture.json", errors=(CaptureFileError,))


@given(hostile_text)
def test_any_text_as_a_capture_file(text):
    call(read_capture, text, "capture.json", errors=(CaptureFileError,))
