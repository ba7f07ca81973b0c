"""The command line: ``kms-wizard`` and ``python -m app`` (DESIGN §3).

Without a sub-command the wizard starts. Sub-commands live in ``app.commands``
and are discovered there, so adding one touches no other file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import app
import app.commands
from app.commands.output import EXIT_USAGE

_NOT_COMMANDS = {"output", "transport_args"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kms-wizard",
        description="Set up a KMS host, verify its DNS record and convert clients "
        "between MAK and KMS.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app.__version__}")
    parser.add_argument("--lang", choices=("en", "fr", "de"), help="language of the interface")
    parser.add_argument(
        "--demo", action="store_true", help="run the wizard against the built-in simulated lab"
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
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_wizard(args)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130


def _run_wizard(args: argparse.Namespace) -> int:
    try:
        from app.ui.main import run_wizard  # arrives with the wizard (step 6)
    except ImportError:
        print(
            "The wizard window is not built yet in this version; try "
            "'kms-wizard selftest' or 'kms-wizard --help'.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_wizard(language=args.lang, demo=args.demo)
