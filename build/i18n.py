"""Maintain the translation catalogs: extract, merge translations, compile.

    python build/i18n.py update            # lupdate app/ → translations/*.ts, then lrelease
    python build/i18n.py merge FILE.json   # update, fill translations from FILE, lrelease
    python build/i18n.py release           # lrelease only (.ts → .qm)
    python build/i18n.py status            # count unfinished messages per language

FILE.json is a list of {"context", "source", "fr", "de"} objects; for a ``%n``
plural, "fr"/"de" are lists of forms (French and German: singular, plural).
``update`` and ``merge`` also set French typography in the whole French catalog
(:func:`french_typography`: no-break spaces before ``: ; ! ?`` and inside « »,
typographic apostrophes), so a translator may type ordinary spaces.
Several people (or agents) may run this at once: an exclusive lock on
``translations/.lock`` serialises them so no catalog is written twice at once.
"""

from __future__ import annotations

import ast
import fcntl
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LANGS = {"fr": "fr_FR", "de": "de_DE", "en": "en_US"}
# English is the source language: its catalog holds only the %n plurals, so that
# "1 machine" / "3 machines" read right instead of "machine(s)".
PLURALS_ONLY = {"en"}
# QT_TRANSLATE_N_NOOP(ctx, text, None, 0) in pure-Python code is read as a plural
# translate() call; lupdate ignores the macro otherwise (see app/domain/text.py).
LUPDATE_OPTIONS = (
    "-locations", "none", "-no-obsolete", "-tr-function-alias", "translate+=QT_TRANSLATE_N_NOOP",
)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


@contextmanager
def _locked():
    TS_DIR.mkdir(exist_ok=True)
    with open(TS_DIR / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


_MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP", "translate"}
# The renderer translates texts marked elsewhere; it is the one dynamic call allowed.
_DYNAMIC_OK = {"app/i18n/render.py"}


def unextractable_calls() -> list[str]:
    """Calls lupdate would silently skip: a context or text that is not a literal.

    lupdate reads source text, it does not run it: ``QT_TRANSLATE_NOOP(_CTX, "…")``
    or ``translate("Ctx", some_variable)`` never reach the catalogs, so the user
    would see English. Write the context and the text as string literals.
    """
    found = []
    for rel in sources():
        if rel in _DYNAMIC_OK:
            continue
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"), rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in _MARKERS:
                continue
            if name == "translate" and not (
                isinstance(func, ast.Attribute)
                and getattr(func.value, "id", None) in {"QCoreApplication", "QApplication"}
            ):
                continue
            literal = [
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in node.args[:2]
            ]
            if len(literal) < 2 or not all(literal):
                found.append(f"{rel}:{node.lineno}: {name}(...) needs literal context and text")
            elif name == "QT_TRANSLATE_N_NOOP" and len(node.args) != 4:
                found.append(f"{rel}:{node.lineno}: write QT_TRANSLATE_N_NOOP(ctx, text, None, 0)")
    return found


def ts_path(lang: str) -> Path:
    return TS_DIR / f"app_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"app_{lang}.qm"


def lupdate() -> None:
    for lang, locale in LANGS.items():
        path = ts_path(lang)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{locale}" sourcelanguage="en_US"></TS>\n',
                encoding="utf-8",
            )
        only_plurals = ["-pluralonly"] if lang in PLURALS_ONLY else []
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources(), *LUPDATE_OPTIONS, *only_plurals,
             "-source-language", "en_US", "-target-language", locale, "-ts", str(path)],
            cwd=ROOT, check=True, capture_output=True,
        )


def fill_english_plurals() -> int:
    """Write the English plural forms a source like "%n host(s)" implies.

    "(s)" and "(es)" spell both forms in the source; the catalog spells them out
    ("1 host", "3 hosts"). Sources without that pattern are left for a person.
    """
    path = ts_path("en")
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if "(s)" not in source and "(es)" not in source:
            continue
        singular = source.replace("(es)", "").replace("(s)", "")
        plural = source.replace("(es)", "es").replace("(s)", "s")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
        filled += 1
    _write(tree, path)
    return filled


def lrelease() -> None:
    for lang in LANGS:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))],
            cwd=ROOT, check=True,
        )


NBSP, NARROW_NBSP = "\u00a0", "\u202f"
_SPACES = "[ \u00a0\u202f]"


def french_typography(text: str) -> str:
    """French punctuation spacing: ``Hôte :`` with a no-break space, ``prêt ?``,
    ``;`` and ``!`` with a narrow one, «\u202fguillemets\u202f» likewise, and ’ for '.

    Only a space already there is made unbreakable (``hmac-sha256;`` in a code
    sample or ``Datacenter: Azure Edition``, a product name, stay as they are).
    """
    text = re.sub(_SPACES + r"+:(?=\s|$|[»)\]])", NBSP + ":", text)
    text = re.sub(_SPACES + r"+([;!?])(?=\s|$|[»)\]\"'])", NARROW_NBSP + r"\1", text)
    text = re.sub("«" + _SPACES + "*", "«" + NARROW_NBSP, text)
    text = re.sub(_SPACES + "*»", NARROW_NBSP + "»", text)
    text = re.sub(r"(?<=[A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])", "’", text)
    return text.replace("...", "…")


def apply_french_typography() -> int:
    """Rewrite the French catalog's translations with :func:`french_typography`."""
    path = ts_path("fr")
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = (
            list(translation.iter("numerusform"))
            if message.get("numerus") == "yes"
            else [translation]
        )
        for node in forms:
            if node.text and french_typography(node.text) != node.text:
                node.text = french_typography(node.text)
                changed += 1
    if changed:
        _write(tree, path)
    return changed


def merge(entries: list[dict]) -> dict[str, int]:
    """Fill translations from ``entries``; returns how many were set per language."""
    index: dict[tuple[str, str], dict] = {(e["context"], e["source"]): e for e in entries}
    filled = {lang: 0 for lang in LANGS}
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        for context in tree.getroot().iter("context"):
            ctx = context.findtext("name") or ""
            for message in context.iter("message"):
                entry = index.get((ctx, message.findtext("source") or ""))
                if not entry or lang not in entry:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                value = entry[lang]
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
                translation.attrib.pop("type", None)
                filled[lang] += 1
        _write(tree, ts_path(lang))
    return filled


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def status() -> dict[str, int]:
    counts = {}
    for lang in LANGS:
        root = ET.parse(ts_path(lang)).getroot()
        counts[lang] = sum(
            1
            for t in root.iter("translation")
            if t.get("type") == "unfinished" or not ("".join(t.itertext()).strip())
        )
    return counts


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "merge", "release", "status"}:
        print(__doc__)
        return 2
    command = argv[0]
    skipped = unextractable_calls()
    if skipped and command in {"update", "merge"}:
        print("These strings would never be translated:", *skipped, sep="\n  ", file=sys.stderr)
        return 1
    with _locked():
        if command in {"update", "merge"}:
            lupdate()
            fill_english_plurals()
        if command == "merge":
            if len(argv) != 2:
                print("merge needs a JSON file", file=sys.stderr)
                return 2
            entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
            print("filled:", merge(entries))
        if command in {"update", "merge"}:
            apply_french_typography()
        if command in {"update", "merge", "release"}:
            lrelease()
        left = status()
    print("unfinished:", left)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
