"""French and German read as a native technical editor would have them.

Beyond completeness (tests/i18n/test_catalog_completeness.py): no translation
left identical to its English source unless it is a name, a code or a word the
language shares; no English word inside a French or German sentence; the
seeds' terminology and not its rivals (tests/i18n/test_glossary.py, from
translations/glossary.json); French typography (no-break spaces,
« guillemets », ’); German quotation marks and the "Sie" form; and every
``%n`` plural in the code actually reaching the catalogs.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import i18n as i18n_tool  # noqa: E402 - the build tool is a script folder, not a package

PLACEHOLDER = re.compile(r"%L?[1-9n]|%\(\w+\)s")
WORD = re.compile(r"[^\W\d_]+")  # letters only, accented ones included ("téléphone")
# Names, protocols and codes that no language translates.
NAMES = {
    "windows", "server", "office", "mak", "kms", "oem", "ttl", "dns", "ntlm", "negotiate",
    "https", "http", "active", "directory", "powershell", "sku", "utc", "info", "ok", "gvlk",
    "csvlk", "winrm", "srv", "id", "kerberos", "basic", "ltsc", "vl", "rfc", "tsig", "bind",
    "ldap", "ldaps", "csv", "json", "html", "ipv4", "ipv6", "ip", "tcp", "udp", "cmid", "kb",
    "ms", "s", "min", "h",  # units
}
# Words each language writes exactly as English does (checked once by a native reader).
SAME_WORD = {
    "fr": {"version", "licence", "service", "notification", "public", "activation", "options",
           "port", "client", "clients", "info", "image", "simulation", "description", "type"},
    "de": {"version", "online", "status", "host", "hosts", "edition", "block", "problem",
           "clients", "client", "server", "update", "updates", "computer", "test", "name",
           "port", "domain"},
}
# English words that give away an untranslated fragment in a French or German sentence.
ENGLISH_WORDS = {
    "fr": {"the", "and", "with", "without", "please", "error", "errors", "warning", "host",
           "hosts", "key", "keys", "file", "files", "found", "click", "settings", "password",
           "computer", "threshold", "count", "phone", "record", "records", "failed", "done",
           "check", "scan", "cancel", "next", "back", "finish", "help", "yes", "no", "not"},
    "de": {"the", "and", "with", "without", "please", "error", "errors", "warning", "key",
           "keys", "file", "files", "found", "click", "settings", "password", "username",
           "threshold", "count", "phone", "record", "records", "failed", "done", "check",
           "cancel", "next", "back", "finish", "help", "yes", "no", "not", "activation"},
}
def _messages(lang: str):
    root = ET.parse(ROOT / "translations" / f"app_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            yield name, message.findtext("source") or "", forms


def _prose(text: str) -> str:
    """The sentence without what is not prose: quoted commands, options, paths, codes."""
    text = PLACEHOLDER.sub(" ", text).replace("KMS Host Wizard", " ")  # the product's name
    # Command lines and code samples: kms-wizard … / slmgr … up to the punctuation, key "x" {…};
    text = re.sub(r"\b(?:kms-wizard|slmgr|cscript|winrm)\b[^.;:,()«»„“]*", " ", text)
    text = re.sub(r"\bkey\s*\"[^\"]*\"\s*\{.*?\};?", " ", text)
    text = re.sub(r"«[^»]*»|„[^“]*“|“[^”]*”|\"[^\"]*\"|\([^)]*[-_/=:.][^)]*\)", " ", text)
    words = []
    for token in text.split():
        bare = token.strip(".,;:!?()[]«»„“”…’'")
        if re.search(r"[-_/\\.=:@0-9]", bare) or bare.isupper():
            continue  # an option, a path, a host name, a command, a code
        words.append(bare)
    return " ".join(words)


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_no_translation_is_the_english_source_unless_a_name(lang):
    allowed = NAMES | SAME_WORD[lang]
    left = []
    for context, source, forms in _messages(lang):
        if not any(form == source for form in forms):
            continue
        words = {w.lower() for w in WORD.findall(_prose(source))}
        if words - allowed:
            left.append(f"{context}: {source!r} (not a name: {sorted(words - allowed)})")
    assert left == [], "\n".join(left)


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_no_english_word_inside_a_translation(lang):
    found = []
    for context, _source, forms in _messages(lang):
        for form in forms:
            words = {w.lower() for w in WORD.findall(_prose(form))}
            stray = words & ENGLISH_WORDS[lang]
            # A word the source also spells in a name ("Office LTSC"), never mind.
            if stray:
                found.append(f"{context}: {form!r} → {sorted(stray)}")
    assert found == [], "\n".join(found[:40])


def test_french_typography():
    """No-break spaces before : ; ! ? and inside « », ’ for the apostrophe, … not ...

    ``python build/i18n.py update`` (and merge) sets them; this catches a
    catalog edited by hand.
    """
    wrong = [
        f"{context}: {form!r}"
        for context, _source, forms in _messages("fr")
        for form in forms
        if i18n_tool.french_typography(form) != form or re.search(r"\w\?|“|”", form)
    ]
    assert wrong == [], "\n".join(wrong[:40])


def test_german_quotes_and_the_sie_form():
    wrong = []
    for context, _source, forms in _messages("de"):
        for form in forms:
            prose = re.sub(r"\"[^\"]*\"", "", form)  # a code sample keeps its own quotes
            if "“" in prose.replace("„", "").replace("“", "", prose.count("„")) or "”" in prose:
                wrong.append(f"{context}: {form!r} (German quotes are „…“)")
            if prose.count("„") != prose.count("“"):
                wrong.append(f"{context}: {form!r} (unbalanced „…“)")
            if re.search(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b", prose):
                wrong.append(f"{context}: {form!r} (the wizard says Sie)")
            if "..." in form:
                wrong.append(f"{context}: {form!r} (… not ...)")
    assert wrong == [], "\n".join(wrong[:40])


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_buttons_and_menu_items_end_alike(lang):
    """An action that opens a dialog or asks first ends with … in every language."""
    wrong = [
        f"{context}: {source!r} → {forms[0]!r}"
        for context, source, forms in _messages(lang)
        if source.endswith("…") != forms[0].rstrip().endswith("…")
        and len(source.split()) <= 6
    ]
    assert wrong == [], "\n".join(wrong)


def test_every_plural_in_the_code_reaches_the_catalogs():
    """``QCoreApplication.translate(ctx, "%n …", None, count)`` is skipped by lupdate when the
    count is not a literal: the plural never reaches the catalogs and shows in English.
    Mark it with ``QT_TRANSLATE_N_NOOP(ctx, text, None, 0)`` and render it with ``n=``."""
    skipped = []
    for rel in i18n_tool.sources():
        if rel in i18n_tool._DYNAMIC_OK:
            continue  # the renderer, which translates texts marked elsewhere
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"), rel)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "translate" or len(node.args) < 4:
                continue
            if getattr(node.func.value, "id", None) not in {"QCoreApplication", "QApplication"}:
                continue
            count = node.args[3]
            if not isinstance(count, ast.Constant):
                skipped.append(f"{rel}:{node.lineno}")
    assert skipped == [], "plurals lupdate never sees:\n" + "\n".join(skipped)


def test_command_line_help_is_translatable():
    """argparse ``help=``/``description=`` given as a plain string would print in English."""
    plain = []
    for rel in i18n_tool.sources():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"), rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg in {"help", "description", "epilog"} and (
                    isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str)
                ):
                    plain.append(f"{rel}:{node.lineno}: {keyword.arg}={keyword.value.value!r}")
    assert plain == [], "write them as QT_TRANSLATE_NOOP(\"CommandLine\", …):\n" + "\n".join(plain)
