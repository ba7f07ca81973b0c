"""The catalog loader on damaged copies of ``resources/catalog/*.json``.

A hand-edited or corrupted catalog must come out as a list of problems
(:class:`CatalogError`, which ``selftest`` prints), never as a traceback: one to
four mutations of the shipped files (a value replaced by another type, a key
dropped, an element doubled, a number of 5,000 digits, arrays nested thousands
deep, a file cut short) are loaded, and whatever loads is checked for consistency.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.domain.catalog import Catalog
from app.domain.catalog_loader import FILES, load_parts
from app.domain.catalog_model import CatalogError
from app.resources import resource
from tests.property.contract import call, costly, short_hostile_text
from tests.property.json_mutations import mutate

SHIPPED = {name: resource("catalog", name).read_text(encoding="utf-8") for name in FILES}
PARSED = {name: json.loads(text) for name, text in SHIPPED.items()}
HUGE_NUMBER = "9" * 5000  # json refuses it with a bare ValueError (int()'s digit limit)
DEEP = "[" * 5000 + "]" * 5000  # RecursionError in json

replacement = st.one_of(
    st.sampled_from([[], {}, "", None, True, False, 0, -1, 2**63, 1.5, ["client"],
                     {"id": "x"}, [["nested"]], "client", "legacy", "modern", "office"]),
    short_hostile_text,
    st.integers(),
)


def damaged_text(data, name: str) -> str:
    document = copy.deepcopy(PARSED[name])
    for _ in range(data.draw(st.integers(1, 4))):
        document = mutate(data, document, replacement, ("@@HUGE@@", "@@DEEP@@"))
    text = json.dumps(document, indent=1)
    text = text.replace('"@@HUGE@@"', HUGE_NUMBER).replace('"@@DEEP@@"', DEEP)
    if data.draw(st.integers(0, 9)) == 0:  # now and then, bytes rather than structure
        cut = data.draw(st.integers(0, len(text)))
        text = text[:cut] + data.draw(st.sampled_from(["", "\x00", "}", "\ufffd", ","]))
    return text


def _check(folder: Path) -> None:
    parts = call(load_parts, folder, errors=(CatalogError,), message=lambda e: None)
    if isinstance(parts, CatalogError):
        assert parts.problems and all(isinstance(p, str) and p for p in parts.problems)
        return
    catalog = call(Catalog.from_parts, parts, errors=())
    problems = call(catalog.problems, errors=())
    assert all(isinstance(p, str) for p in problems)


@costly(0.5)  # a whole catalog per example
@given(st.data())
def test_damaged_catalogs_are_reported_not_raised(data):
    damaged = set(data.draw(st.lists(st.sampled_from(FILES), min_size=1, max_size=2)))
    with tempfile.TemporaryDirectory() as folder:
        for name in FILES:
            text = damaged_text(data, name) if name in damaged else SHIPPED[name]
            (Path(folder) / name).write_text(text, encoding="utf-8")
        _check(Path(folder))


def test_the_shipped_catalog_loads():
    """The mutations start from a sound catalog: unchanged, it loads without problems."""
    with tempfile.TemporaryDirectory() as folder:
        for name in FILES:
            (Path(folder) / name).write_text(SHIPPED[name], encoding="utf-8")
        parts = load_parts(Path(folder))
    assert Catalog.from_parts(parts).problems() == []
