"""``kms-wizard inventory``: the machines ``scan`` and ``convert`` would contact, not contacted.

    kms-wizard inventory (HOST... | --hosts FILE | --range CIDR | --ad URL --ad-base DN)
                         [--ad-include-disabled] [--json]

The same inventory options as ``scan`` and ``convert`` (they share
:mod:`app.commands.fleet_inventory`), so what is printed is exactly the list
those commands would take. For ``--ad`` the directory is asked (that is the
point: check the names, OUs and operating systems before a scan), and each
host is shown with its operating system, OU and whether its account is
disabled. No WinRM connection is made and nothing is written to the journal.
A sub-command of its own rather than a ``scan --list-only``: ``scan --list``
already lists the journal's scans, and ``convert`` needs the same preview.

Exit codes: 0 hosts listed; 2 bad options, or the directory could not be asked
or found nothing.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands.fleet_inventory import (
    INVENTORY_ERRORS,
    add_inventory_arguments,
    check_inventory_arguments,
    collect_inventory,
    render,
)
from app.commands.output import EXIT_OK, EXIT_USAGE, emit_json, ensure_translations
from app.domain.inventory_ad import DirectoryListing, ListedComputer
from app.domain.text import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, msg

HOST = QT_TRANSLATE_NOOP("InventoryCommand", "Host")
SYSTEM = QT_TRANSLATE_NOOP("InventoryCommand", "Operating system")
CONTAINER = QT_TRANSLATE_NOOP("InventoryCommand", "OU")
STATE = QT_TRANSLATE_NOOP("InventoryCommand", "Account")
DISABLED = QT_TRANSLATE_NOOP("InventoryCommand", "disabled")
COUNT = QT_TRANSLATE_N_NOOP("InventoryCommand", "%n host(s); none was contacted.", None, 0)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inventory",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "list the machines scan and convert would contact, without contacting them",
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Print the hosts the inventory options name (with --ad: each computer's operating "
            "system, OU and account state); no machine is contacted.",
        ),
    )
    add_inventory_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.set_defaults(handler=run_inventory)


def run_inventory(args: argparse.Namespace, *, stdin=None) -> int:
    """The ``inventory`` sub-command."""
    ensure_translations(getattr(args, "lang", None))
    listings: list[DirectoryListing] = []
    try:
        check_inventory_arguments(args)
        inventory = collect_inventory(args, None, stdin=stdin, listings=listings)
    except INVENTORY_ERRORS as problem:
        print(render(problem.message), file=sys.stderr)
        return EXIT_USAGE
    listed = {c.host: c for listing in listings for c in listing.computers}
    rows = [listed.get(host) or ListedComputer(host) for host in inventory.hosts]
    if args.json:
        emit_json(inventory_document(inventory.source, rows, inventory.notes))
    else:
        _print_table(rows, with_directory=bool(listings))
        print(render(msg(COUNT, n=len(rows))), file=sys.stderr)
    return EXIT_OK


def inventory_document(source: str, rows: list[ListedComputer], notes) -> dict[str, Any]:
    """The ``--json`` document: every host with what the directory said of it."""
    return {
        "source": source,
        "hosts": [
            {
                "host": row.host,
                "operating_system": row.operating_system,
                "ou": row.container,
                "disabled": row.disabled,
            }
            for row in rows
        ],
        "notes": [render(note.message) for note in notes],
    }


def _print_table(rows: list[ListedComputer], *, with_directory: bool) -> None:
    if not with_directory:
        for row in rows:
            print(row.host)
        return
    table = [[render(HOST), render(SYSTEM), render(CONTAINER), render(STATE)]]
    table += [
        [row.host, row.operating_system, row.container, render(DISABLED) if row.disabled else ""]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    for line in table:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
