"""The command line: ``kms-wizard`` and ``python -m app`` (DESIGN §3).

Without a sub-command the wizard starts. Sub-commands live in ``app.commands``
and are discovered there, so adding one touches no other file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

import app
import app.commands
from app.commands import argparse_i18n, argparse_types
from app.commands.output import ensure_translations
from app.domain.lab_scenarios import SCENARIO_IDS
from app.domain.text import QT_TRANSLATE_NOOP, Text

_NOT_COMMANDS = {"output", "transport_args", "argparse_i18n"}
_requested_language: str | None = None


class _HelpText(str):
    """A help text that argparse handles as its English source until it is printed."""

    def __new__(cls, text: Text) -> _HelpText:
        instance = super().__new__(cls, text.source)
        instance.text = text
        return instance


def _lazy(value: object) -> object:
    return _HelpText(value) if isinstance(value, Text) else value


def _translate_now(text: Text) -> str:
    """Translate for output that is about to be printed (help, usage errors)."""
    from app.i18n import render_text

    ensure_translations(_requested_language)
    return render_text(text)


def _render(value: object) -> object:
    return _translate_now(value.text) if isinstance(value, _HelpText) else value


class _TranslatingFormatter(argparse.HelpFormatter):
    """Renders help texts marked with QT_TRANSLATE_NOOP in the user's language.

    They are translated only when help is printed, so building the parser needs
    no Qt application (the wizard creates its own QApplication).
    """

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _render(action.help)

    def add_text(self, text: object) -> None:
        super().add_text(_render(text))

    def start_section(self, heading: object) -> None:
        super().start_section(_render(heading))


class _Parser(argparse.ArgumentParser):
    """Every parser, sub-command parsers included, takes translatable help texts.

    Help, descriptions and group titles may be :class:`Text`; just before help
    is formatted they become :class:`_HelpText`, which argparse handles as plain
    strings and the formatter translates.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _TranslatingFormatter)
        super().__init__(*args, **kwargs)

    def _mark_translatable(self) -> None:
        self.description = _lazy(self.description)
        self.epilog = _lazy(self.epilog)
        for group in self._action_groups:
            group.title = _lazy(group.title)
            group.description = _lazy(group.description)
        for action in self._actions:
            action.help = _lazy(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = _lazy(choice.help)

    def format_help(self) -> str:
        self._mark_translatable()
        return super().format_help()

    def format_usage(self) -> str:
        self._mark_translatable()
        return super().format_usage()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kms-wizard",
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Set up a KMS host, verify its DNS record and convert clients between MAK and KMS.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {app.__version__}",
        help=QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr", "de", "pseudo"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "language of the interface (pseudo: stretched texts, to check the layout)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "run the wizard against the built-in simulated lab"),
    )
    parser.add_argument(
        "--scenario",
        dest="demo_scenario",
        choices=SCENARIO_IDS,
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "the simulated lab's story: current (a Windows Server 2022 KMS host, the default) "
            "or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys); "
            "implies --demo",
        ),
    )
    parser.add_argument(
        "--machine-file",
        dest="demo_machine_files",
        action="append",
        default=[],
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "add this capture (kms-wizard capture; or a shipped one by name: win10-client, "
            "ws2022-fresh-host, win7-ps2, no-publish-list) to the simulated lab as a read-only "
            "machine; repeatable (implies --demo)",
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(app.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name in _NOT_COMMANDS:
            continue
        module = importlib.import_module(f"app.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        from app.adapters.windows_console import attach_parent_console

        attach_parent_console()
    global _requested_language
    arguments = list(sys.argv[1:] if argv is None else argv)
    _requested_language = _language_in(arguments)
    argparse_i18n.install(_translate_now, _lazy)
    argparse_types.install(_translate_now)
    parser = build_parser()
    args = parser.parse_args(arguments)
    from app.adapters.debug_log import install_debug_log

    install_debug_log()  # a bug's traceback goes to a file, not to the user's screen
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_wizard(args)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _language_in(arguments: list[str]) -> str | None:
    """``--lang X`` as typed, known before parsing so help can be translated."""
    for i, word in enumerate(arguments):
        if word == "--lang" and i + 1 < len(arguments):
            return arguments[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def _run_wizard(args: argparse.Namespace) -> int:
    factory = None
    if args.demo_machine_files:
        factory = _lab_with_captures(args.demo_machine_files, args.lang)
        if factory is None:
            return 2
    from app.ui.main import run_wizard  # Qt loads only when a window is wanted

    scenario = args.demo_scenario
    if factory is not None:
        return run_wizard(
            language=args.lang, demo=True, lab_world_factory=factory, lab_scenario=scenario
        )
    return run_wizard(
        language=args.lang, demo=args.demo or scenario is not None, lab_scenario=scenario
    )


def _lab_with_captures(paths: Sequence[str], language: str | None):
    """The lab's world factory for ``--demo --machine-file``; None (reported) for a bad file."""
    from app.commands.output import say
    from app.domain.field_capture import CaptureFileError
    from app.lab.captured_machine import WorldWithCaptures, load_capture
    from app.lab.world import build_default_lab

    try:
        captures = [load_capture(path) for path in paths]
    except CaptureFileError as problem:
        ensure_translations(language)
        say(problem.message, file=sys.stderr)
        return None
    return lambda scenario: WorldWithCaptures(build_default_lab(scenario=scenario), captures)
