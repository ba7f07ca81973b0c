"""The French and German catalogs are complete, consistent and compiled.

Fails on: a string in the code that never reached the catalogs, an unfinished or
empty translation, a placeholder (%1…%9, %n) lost or invented by a translator,
English left untranslated in a sentence, and a .qm older than its .ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import i18n as i18n_tool  # noqa: E402 - the build tool is a script folder, not a package

LANGS = ("fr", "de")
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")


def _messages(ts: Path):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            yield ctx, message


def _forms(message) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    missing = []
    for ctx, message in _messages(ROOT / "translations" / f"app_{lang}.ts"):
        translation = message.find("translation")
        forms = _forms(message)
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not forms
            or any(not f.strip() for f in forms)
        ):
            missing.append(f"{ctx}: {message.findtext('source')}")
    assert missing == [], f"{len(missing)} untranslated in {lang}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match(lang):
    wrong = []
    for ctx, message in _messages(ROOT / "translations" / f"app_{lang}.ts"):
        source = message.findtext("source") or ""
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in _forms(message):
            got = sorted(set(PLACEHOLDER.findall(form)))
            # A singular plural form may legitimately spell out "one" instead of %n.
            if message.get("numerus") == "yes":
                got = sorted(set(got) | {"%n"} & set(expected))
            if got != expected:
                wrong.append(f"{ctx}: {source!r} → {form!r}")
    assert wrong == [], "\n".join(wrong[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_no_sentence_left_in_english(lang):
    """A translated sentence identical to its English source is a forgotten one.

    Short labels may be the same in every language (product names, "OK",
    "Client VL"), so only texts of four words or more are checked.
    """
    same = []
    for ctx, message in _messages(ROOT / "translations" / f"app_{lang}.ts"):
        source = (message.findtext("source") or "").strip()
        words = re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", source))
        if len(words) < 4:
            continue
        if any(form.strip() == source for form in _forms(message)):
            same.append(f"{ctx}: {source}")
    assert same == [], "\n".join(same[:40])


def test_english_plurals_are_spelled_out():
    """English is the source, but "%n host(s)" still needs "1 host" / "2 hosts"."""
    missing = [
        f"{ctx}: {m.findtext('source')}"
        for ctx, m in _messages(ROOT / "translations" / "app_en.ts")
        if m.get("numerus") == "yes"
        and (m.find("translation").get("type") == "unfinished"
             or any(not f.strip() for f in _forms(m)))
    ]
    assert missing == [], "\n".join(missing)


def test_catalogs_contain_every_string_in_the_code(tmp_path):
    """lupdate over the current code adds nothing unfinished to a copy of the catalogs."""
    for lang in (*LANGS, "en"):
        shutil.copy(ROOT / "translations" / f"app_{lang}.ts", tmp_path / f"app_{lang}.ts")
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    for lang in (*LANGS, "en"):
        only_plurals = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [str(lupdate), *i18n_tool.sources(), *i18n_tool.LUPDATE_OPTIONS, *only_plurals,
             "-ts", str(tmp_path / f"app_{lang}.ts")],
            cwd=ROOT, check=True, capture_output=True,
        )
        new = [
            f"{ctx}: {m.findtext('source')}"
            for ctx, m in _messages(tmp_path / f"app_{lang}.ts")
            if (m.find("translation") is not None
                and m.find("translation").get("type") == "unfinished")
        ]
        assert new == [], (
            f"strings in the code missing from app_{lang}.ts "
            "(run: python build/i18n.py update, then translate):\n" + "\n".join(new[:40])
        )


def test_compiled_catalogs_are_up_to_date(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in (*LANGS, "en"):
        fresh = tmp_path / f"app_{lang}.qm"
        subprocess.run(
            [str(lrelease), "-silent", str(ROOT / "translations" / f"app_{lang}.ts"),
             "-qm", str(fresh)],
            check=True,
        )
        committed = ROOT / "translations" / f"app_{lang}.qm"
        assert committed.is_file(), f"{committed.name} is missing: run python build/i18n.py release"
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is stale: run python build/i18n.py release"
        )


def test_plural_marker_is_extracted_as_a_plural(tmp_path):
    source = tmp_path / "plural_probe.py"
    source.write_text(
        'from app.domain.text import QT_TRANSLATE_N_NOOP\n'
        'X = QT_TRANSLATE_N_NOOP("Probe", "%n host(s)", None, 0)\n',
        encoding="utf-8",
    )
    ts = tmp_path / "probe.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), str(source), *i18n_tool.LUPDATE_OPTIONS, "-ts", str(ts)],
        check=True, capture_output=True,
    )
    [(ctx, message)] = list(_messages(ts))
    assert ctx == "Probe" and message.get("numerus") == "yes"


def test_every_translatable_call_uses_literal_strings():
    """lupdate skips QT_TRANSLATE_NOOP(variable, …) silently; we do not."""
    assert i18n_tool.unextractable_calls() == []
