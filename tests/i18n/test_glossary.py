"""One term per concept: the glossary (translations/glossary.json) holds everywhere.

Each glossary entry names the English term, its French and German terms with their
source, and the rival terms a translator must not use for it. A rival found in a
translation (of a message whose English source is about that concept, when the entry
says so) or in a help page of that language fails here, with where it was found.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "translations" / "glossary.json").read_text(encoding="utf-8"))
TERMS = GLOSSARY["terms"]


def _messages(lang: str):
    """(context, English source, translated forms) of every message of a catalog."""
    root = ET.parse(ROOT / "translations" / f"app_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield name, message.findtext("source") or "", forms


def _help_text(page: Path) -> str:
    """A help page's text without its markup (a term split by a tag still counts)."""
    text = re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", text.replace("&nbsp;", "\u00a0"))


def test_every_entry_names_its_terms_and_their_source():
    assert len(TERMS) >= 15
    for term in TERMS:
        for field in ("en", "fr", "de", "source"):
            assert term.get(field, "").strip(), f"{term.get('en')}: no {field}"
        assert set(term["avoid"]) == {"fr", "de"}, term["en"]
        for lang in ("fr", "de"):
            # The chosen term is never one of its own rivals.
            assert all(r.strip() not in term[lang] for r in term["avoid"][lang]), term["en"]


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_no_translation_uses_a_rival_term(lang):
    found = []
    for context, source, forms in _messages(lang):
        for term in TERMS:
            when, unless = term.get("when_source"), term.get("unless_source")
            if when and not re.search(when, source):
                continue
            if unless and re.search(unless, source):
                continue
            for rival in term["avoid"][lang]:
                for form in forms:
                    if rival in form:
                        found.append(f"{context}: {form!r} says “{rival.strip()}”, "
                                     f"not “{term[lang]}” ({term['en']})")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_no_help_page_uses_a_rival_term(lang):
    found = []
    for page in sorted((ROOT / "resources" / "help" / lang).glob("*.html")):
        text = _help_text(page)
        for term in TERMS:
            if term.get("when_source"):
                continue  # a word that is right elsewhere: checked against sources only
            for rival in term["avoid"][lang]:
                if rival in text:
                    found.append(f"{page.name}: “{rival.strip()}”, not “{term[lang]}”")
    assert found == [], "\n".join(found)
