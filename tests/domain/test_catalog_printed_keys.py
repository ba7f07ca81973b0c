"""Every GVLK printed in the seeds (000, 001, 004) and the facts maps back to its edition.

``catalog_printed_gvlks.json`` is the committed list (key → edition, checked row
by row against the printed tables), so the mapping is tested even where
``../shared`` is absent; where it is present, the files are re-read to prove
the committed list is complete.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.domain.catalog import load_catalog
from app.domain.keys import is_well_formed, parse_key

FIXTURE = Path(__file__).with_name("catalog_printed_gvlks.json")
SHARED = Path(__file__).resolve().parents[3] / "shared"
SOURCES = {
    "000": "seeds/000_*.txt",
    "001": "seeds/001_*.txt",
    "004": "seeds/004_*.txt",
    "activation-facts": "reference/activation-facts.md",
}
KEY_LIKE = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}\b")
# Seed 004 shows `slmgr /ipk 12345-12345-12345-12345-12345` as a placeholder:
# it is not a key (0, 1 and 5 are not key characters), and the test says so.
PLACEHOLDERS = {"12345-12345-12345-12345-12345"}


def printed() -> dict[str, dict[str, str]]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))["printed"]


def test_every_printed_gvlk_maps_back_to_its_edition():
    catalog = load_catalog()
    checked = 0
    for source, keys in printed().items():
        for key, edition_id in keys.items():
            edition = catalog.identify_gvlk(parse_key(key))
            assert edition is not None, (source, key[-5:])
            assert edition.id == edition_id, (source, key[-5:], edition.id)
            checked += 1
    assert checked >= 210


def test_the_seeds_print_the_older_hpc_key_and_the_facts_the_newer():
    keys = printed()
    for seed in ("000", "001", "004"):
        assert keys[seed]["FKJQ8-TMCVP-FRMR7-4WR42-3JCD7"] == "ws2008r2-hpc"
    assert keys["activation-facts"]["TT8MH-CG224-D3D7Q-498W2-9QCTX"] == "ws2008r2-hpc"


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} (seeds and facts) is not checked out")
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_committed_list_holds_every_key_printed_in_the_source(source):
    matches = sorted(SHARED.glob(SOURCES[source]))
    assert len(matches) == 1, SOURCES[source]
    found = set(KEY_LIKE.findall(matches[0].read_text(encoding="utf-8")))
    malformed = {k for k in found if not is_well_formed(k)}
    assert malformed <= PLACEHOLDERS, f"malformed printed keys: {sorted(malformed)}"
    assert found - malformed == set(printed()[source])
