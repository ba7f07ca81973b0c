"""``kms-wizard selftest [--json]``: headless check that this installation is whole.

Catches a broken install or a PyInstaller bundle missing its data files before
a user meets the problem: the catalog loads and is consistent, the PowerShell
operation scripts are present and fit the command-line limit, and both
translation catalogs (ours and Qt's) load and translate. Later steps add the
help pages and the wizard pages.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import app
from app.commands.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    emit_json,
    ensure_translations,
    say,
    text_of,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg

PASSED = QT_TRANSLATE_NOOP("Selftest", "OK      %1: %2")
FAILED = QT_TRANSLATE_NOOP("Selftest", "FAILED  %1: %2")
ALL_PASSED = QT_TRANSLATE_NOOP("Selftest", "All checks passed.")
CATALOG_OK = QT_TRANSLATE_NOOP("Selftest", "%1 editions, %2 GVLKs, %3 key groups")
SCRIPTS_OK = QT_TRANSLATE_NOOP("Selftest", "%1 operation scripts, longest command %2 characters")
TRANSLATIONS_OK = QT_TRANSLATE_NOOP("Selftest", "French and German catalogs load")
HELP_OK = QT_TRANSLATE_NOOP("Selftest", "%1 help pages in each of %2 languages")
PROBLEMS = QT_TRANSLATE_NOOP("Selftest", "Problems: %1")
CHECK_NAMES = {
    "catalog": QT_TRANSLATE_NOOP("Selftest", "Product catalog"),
    "scripts": QT_TRANSLATE_NOOP("Selftest", "PowerShell operations"),
    "translations": QT_TRANSLATE_NOOP("Selftest", "Translations"),
    "help": QT_TRANSLATE_NOOP("Selftest", "Offline help"),
}
SOME_FAILED = QT_TRANSLATE_NOOP("Selftest", "Some checks failed.")


@dataclass
class CheckResult:
    name: str
    ok: bool
    summary: Message
    detail: dict = field(default_factory=dict)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "check the catalog, scripts and translations of this installation"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    language = ensure_translations(getattr(args, "lang", None))
    results = [check() for check in CHECKS]
    ensure_translations(language)  # the translation check switched languages on the way
    ok = all(r.ok for r in results)
    if args.json:
        emit_json(
            {
                "ok": ok,
                "version": app.__version__,
                "language": language,
                "checks": [
                    {"name": r.name, "ok": r.ok, "summary": text_of(r.summary), "detail": r.detail}
                    for r in results
                ],
            }
        )
    else:
        for r in results:
            say(PASSED if r.ok else FAILED, text_of(CHECK_NAMES[r.name]), text_of(r.summary))
        say(ALL_PASSED if ok else SOME_FAILED)
    return EXIT_OK if ok else EXIT_PROBLEMS


def check_catalog() -> CheckResult:
    from app.domain.catalog import CatalogError, load_catalog

    try:
        catalog = load_catalog()
    except CatalogError as error:
        return CheckResult("catalog", False, msg(PROBLEMS, "; ".join(error.problems[:5])))
    except OSError as error:
        return CheckResult("catalog", False, msg(PROBLEMS, str(error)))
    problems = catalog.problems()
    gvlks = sum(1 for e in catalog.editions.values() if e.gvlk is not None)
    detail = {
        "editions": len(catalog.editions),
        "gvlks": gvlks,
        "key_groups": len(catalog.groups),
        "os_versions": len(catalog.os_versions),
        "problems": problems,
    }
    summary = (
        msg(CATALOG_OK, len(catalog.editions), gvlks, len(catalog.groups))
        if not problems
        else msg(PROBLEMS, "; ".join(problems[:5]))
    )
    return CheckResult("catalog", not problems, summary, detail)


def check_scripts() -> CheckResult:
    from app.adapters.operation_contract import UnknownOperation, script_body
    from app.domain.operation_wire import WireError, build_operation
    from app.domain.operations import OPERATIONS

    problems: list[str] = []
    sizes: dict[str, int] = {}
    for name in OPERATIONS:
        try:
            # A long script travels on stdin behind the bootstrap: count what is sent.
            wire = build_operation(name, script_body(name), {"probe": "x" * 64})
            sizes[name] = len(wire.command_line) + len(wire.stdin or b"")
        except (OSError, UnknownOperation):
            problems.append(f"{name}: missing")
        except WireError as error:
            problems.append(f"{name}: {error}")
    summary = (
        msg(SCRIPTS_OK, len(sizes), max(sizes.values(), default=0))
        if not problems
        else msg(PROBLEMS, "; ".join(problems[:5]))
    )
    return CheckResult("scripts", not problems, summary, {"commands": sizes, "problems": problems})


def check_translations() -> CheckResult:
    from app.i18n import install_language, render_text
    from app.i18n.catalogs import LANGUAGES, SOURCE_LANGUAGE

    probe = QT_TRANSLATE_NOOP("Selftest", "All checks passed.")
    detail: dict[str, dict] = {}
    problems: list[str] = []
    for lang in LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        load = install_language(lang)
        translated = render_text(probe)
        detail[lang] = {
            "app_catalog": str(load.app_catalog) if load.app_catalog else None,
            "qt_catalog": str(load.qt_catalog) if load.qt_catalog else None,
            "probe": translated,
        }
        if load.app_catalog is None:
            problems.append(f"app_{lang}.qm not loaded")
        if load.qt_catalog is None:
            problems.append(f"qtbase_{lang}.qm not loaded")
        if translated == probe.source:
            problems.append(f"{lang}: the probe string is not translated")
    summary = msg(TRANSLATIONS_OK) if not problems else msg(PROBLEMS, "; ".join(problems))
    return CheckResult("translations", not problems, summary, detail)


def check_help(help_root: Path | None = None) -> CheckResult:
    """Every offline help page is present in every help language (F1 must never 404).

    Args:
        help_root: the ``resources/help`` folder to check; the installed one by default.
    """
    from app.domain.help_topics import HELP_LANGUAGES, all_pages
    from app.resources import resource

    root = help_root if help_root is not None else resource("help")
    pages = all_pages()
    missing = [
        f"{lang}/{name}"
        for lang in HELP_LANGUAGES
        for name in pages
        if not (root / lang / name).is_file()
    ]
    summary = (
        msg(HELP_OK, len(pages), len(HELP_LANGUAGES))
        if not missing
        else msg(PROBLEMS, "; ".join(missing[:5]) + (" …" if len(missing) > 5 else ""))
    )
    detail = {"pages": len(pages), "languages": list(HELP_LANGUAGES), "missing": missing}
    return CheckResult("help", not missing, summary, detail)


CHECKS: list[Callable[[], CheckResult]] = [
    check_catalog,
    check_scripts,
    check_translations,
    check_help,
]
