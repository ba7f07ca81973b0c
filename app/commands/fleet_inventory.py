"""The inventory options ``scan`` and ``convert`` share, and turning them into host names.

``HOST…``, ``--hosts FILE`` (a host list, or a CSV by its extension or
``--hosts-format csv``; ``--column`` picks the CSV column), ``--range CIDR``
(more than 256 addresses need ``--yes``), ``--ad URL --ad-base DN`` with name
and OS filters (disabled computer accounts only with ``--ad-include-disabled``),
and ``--lab-all`` (every machine of the ``--lab`` lab). The
sources may be combined; duplicates are removed with a note. Every rejected or
cleaned entry is reported on standard error with its line and reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from app.adapters.journal import SqliteJournal
from app.adapters.secret_store import KeyringSecretStore
from app.commands.output import text_of
from app.commands.transport_args import OpenTransport
from app.domain.inventory import (
    MAX_FILE_BYTES,
    Inventory,
    InventoryRefused,
    SourceProblem,
    decode_text,
    from_entries,
    merge,
    parse_host_list,
    summarise_notes,
)
from app.domain.inventory_ad import (
    DirectoryError,
    DirectoryListing,
    DirectoryProblem,
    DirectoryQuery,
    listing_from_computers,
    parse_directory_url,
)
from app.domain.inventory_csv import looks_like_csv_name, parse_csv
from app.domain.inventory_range import expand_range
from app.domain.report_model import render_deep
from app.domain.text import (
    QT_TRANSLATE_N_NOOP,
    QT_TRANSLATE_NOOP,
    Message,
    Text,
    TranslatableError,
    msg,
)

NO_SOURCE = QT_TRANSLATE_NOOP(
    "FleetInventory",
    "Name the machines: host names, --hosts FILE, --range CIDR, --ad URL --ad-base DN, or "
    "--lab-all with --lab.",
)
LAB_ALL_WITHOUT_LAB = QT_TRANSLATE_NOOP(
    "FleetInventory", "--lab-all takes the machines of the simulated lab: add --lab."
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP("FleetInventory", "The file %1 cannot be read: %2")
CSV_LAYOUT = QT_TRANSLATE_NOOP(
    "FleetInventory", "%1: CSV with “%2” as separator, host names from column %3 %4."
)
MORE_NOTES = QT_TRANSLATE_N_NOOP("FleetInventory", "… and %n more line(s) left out.", None, 0)
AD_NEEDS_BASE = QT_TRANSLATE_NOOP(
    "FleetInventory", "--ad needs the search base: --ad-base OU=…,DC=…,DC=…"
)
AD_PASSWORD_PROMPT = QT_TRANSLATE_NOOP("FleetInventory", "Directory password for %1: ")
AD_NO_PASSWORD = QT_TRANSLATE_NOOP(
    "FleetInventory",
    "No directory password: use --ad-password-stdin, --ad-credential NAME, or run in a "
    "terminal to be asked.",
)
AD_NO_CREDENTIAL = QT_TRANSLATE_NOOP(
    "FleetInventory", "The keyring holds no password under the name “%1”."
)
AD_PROBLEM_AND_FIX = QT_TRANSLATE_NOOP("FleetInventory", "%1\nWhat to do: %2")
AD_CA_FILE_OPTION = QT_TRANSLATE_NOOP("FleetInventory", "%1 Use --ad-ca-file FILE to give it.")
AD_STARTTLS_OPTION = QT_TRANSLATE_NOOP(
    "FleetInventory", "%1 (StartTLS: --ad-starttls, with --ad-ca-file FILE if needed.)"
)
AD_USER_OPTION = QT_TRANSLATE_NOOP(
    "FleetInventory", "%1 Use --ad-user with --ad-password-stdin or --ad-credential NAME."
)
AD_INCLUDE_DISABLED_OPTION = QT_TRANSLATE_NOOP(
    "FleetInventory",
    "Add --ad-include-disabled to take them, or check --ad-base, --ad-name and --ad-os.",
)


class InventoryArgumentError(TranslatableError):
    """The inventory options cannot be used; ``message`` says why (translatable)."""


def render(message: Message | Text | str) -> str:
    """A message in the user's language, nested arguments included."""
    if isinstance(message, Message):
        from app.i18n import render as render_message

        return render_deep(message, render_message)
    return text_of(message)


def add_inventory_arguments(parser: argparse.ArgumentParser) -> None:
    """HOST…, --hosts, --hosts-format, --column, --range, --ad…, --lab-all, --yes."""
    parser.add_argument(
        "hosts",
        nargs="*",
        metavar="HOST",
        help=QT_TRANSLATE_NOOP("CommandLine", "host names or IP addresses"),
    )
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("CommandLine", "inventory"))
    group.add_argument(
        "--hosts",
        dest="hosts_file",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandLine", "a host list (one per line) or CSV"),
    )
    group.add_argument(
        "--hosts-format",
        choices=("auto", "list", "csv"),
        default="auto",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "how to read --hosts (auto: CSV for .csv/.tsv names)"
        ),
    )
    group.add_argument(
        "--column",
        metavar="C",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "the CSV column with host names (name or 1-based number)"
        ),
    )
    group.add_argument(
        "--range",
        dest="ranges",
        action="append",
        default=[],
        metavar="CIDR",
        help=QT_TRANSLATE_NOOP("CommandLine", "an address range"),
    )
    group.add_argument(
        "--ad",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("CommandLine", "Active Directory: ldaps://dc01.example.com"),
    )
    group.add_argument(
        "--ad-base",
        metavar="DN",
        help=QT_TRANSLATE_NOOP("CommandLine", "search base: OU=Clients,DC=example,DC=com"),
    )
    group.add_argument(
        "--ad-user",
        metavar="U",
        help=QT_TRANSLATE_NOOP("CommandLine", "bind as DN, user@domain or DOMAIN\\user"),
    )
    secret = group.add_mutually_exclusive_group()
    secret.add_argument(
        "--ad-credential",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CommandLine", "directory password from the keyring"),
    )
    secret.add_argument(
        "--ad-password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "read the directory password from standard input (after the WinRM password)",
        ),
    )
    group.add_argument(
        "--ad-name",
        metavar="PATTERN",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "computer name filter (the name, as PC-01, not the DNS name), * as wildcard",
        ),
    )
    group.add_argument(
        "--ad-os",
        metavar="PATTERN",
        help=QT_TRANSLATE_NOOP("CommandLine", "operatingSystem filter: *Windows 10*"),
    )
    group.add_argument(
        "--ad-starttls",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "StartTLS on an ldap:// URL"),
    )
    group.add_argument(
        "--ad-ca-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP("CommandLine", "CA file for the directory's certificate"),
    )
    group.add_argument(
        "--ad-include-disabled",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "also take the computers whose account is disabled in the directory"
        ),
    )
    group.add_argument(
        "--lab-all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "every machine of the simulated lab (with --lab)"),
    )
    group.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "confirm without asking (large ranges, conversions)"),
    )


def add_journal_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--journal",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "the journal database (default: journal.sqlite3 in the user data folder)"
        ),
    )


def open_journal(args: argparse.Namespace) -> SqliteJournal:
    return SqliteJournal(Path(args.journal) if args.journal else None)


def read_file(path: str) -> bytes:
    """The file's bytes (refusing what no host list is: huge files).

    Raises:
        InventoryArgumentError: unreadable or too large.
    """
    target = Path(path)
    try:
        size = target.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InventoryArgumentError(msg(SourceProblem.TOO_BIG.text, size // (1024 * 1024)))
        return target.read_bytes()
    except OSError as problem:
        raise InventoryArgumentError(
            msg(FILE_UNREADABLE, path, problem.strerror or type(problem).__name__)
        ) from None


def check_inventory_arguments(args: argparse.Namespace) -> None:
    """Refuse what is wrong before any password is asked or machine contacted.

    Raises:
        InventoryArgumentError: no source at all, or --lab-all without --lab.
    """
    if not has_inventory(args):
        raise InventoryArgumentError(msg(NO_SOURCE))
    if args.lab_all and getattr(args, "lab_seed", None) is None:
        raise InventoryArgumentError(msg(LAB_ALL_WITHOUT_LAB))


def has_inventory(args: argparse.Namespace) -> bool:
    return bool(args.hosts or args.hosts_file or args.ranges or args.ad or args.lab_all)


def collect_inventory(
    args: argparse.Namespace,
    transport: OpenTransport | None,
    *,
    stdin: TextIO | None = None,
    err: TextIO | None = None,
    listings: list[DirectoryListing] | None = None,
) -> Inventory:
    """Every source given on the command line, as one cleaned inventory.

    Notes about dropped entries go to ``err`` (stderr). With ``--lab`` host names
    are mapped to the lab machines' full names. ``listings``, when given, receives
    the directory's listing (each host's operating system, OU and state).

    Raises:
        InventoryArgumentError, InventoryRefused, DirectoryError: nothing usable.
    """
    err = err or sys.stderr
    parts: list[Inventory] = []
    if args.hosts:
        parts.append(from_entries(args.hosts, "arguments"))
    if args.hosts_file:
        parts.append(_file_inventory(args, err))
    for text in args.ranges:
        parts.append(expand_range(text, confirmed=args.yes))
    if args.ad:
        listing = directory_listing(args, stdin)
        if listings is not None:
            listings.append(listing)
        parts.append(listing.inventory)
    if args.lab_all:
        if transport is None or transport.lab is None:
            raise InventoryArgumentError(msg(LAB_ALL_WITHOUT_LAB))
        parts.append(from_entries(transport.lab.world.machine_names(), "lab"))
    if not parts:
        raise InventoryArgumentError(msg(NO_SOURCE))
    inventory = merge(parts, source=describe_sources(args))
    if transport is not None and transport.lab is not None:
        names = [transport.target_name(h).lower() for h in inventory.hosts]
        inventory = Inventory(tuple(dict.fromkeys(names)), inventory.notes, inventory.source)
    report_notes(inventory, err)
    if not inventory.hosts:
        raise InventoryRefused(msg(SourceProblem.EMPTY.text))
    return inventory


def describe_sources(args: argparse.Namespace) -> str:
    """How the inventory was given, for the journal (no secret: no password, no key)."""
    parts = []
    if args.hosts:
        shown = ", ".join(args.hosts[:5]) + (" …" if len(args.hosts) > 5 else "")
        parts.append(f"hosts {shown}")
    if args.hosts_file:
        parts.append(f"file {Path(args.hosts_file).name}")
    parts += [f"range {r}" for r in args.ranges]
    if args.ad:
        parts.append(f"ad {args.ad} {args.ad_base or ''}".strip())
    if args.lab_all:
        parts.append("lab (all machines)")
    return "; ".join(parts)[:500]


def report_notes(inventory: Inventory, err: TextIO) -> None:
    summary = summarise_notes(inventory.notes)
    for note in summary.shown:
        print(render(note.message), file=err)
    if summary.more:
        print(render(msg(MORE_NOTES, n=summary.more)), file=err)


def _file_inventory(args: argparse.Namespace, err: TextIO) -> Inventory:
    data = read_file(args.hosts_file)
    text = decode_text(data)
    name = Path(args.hosts_file).name
    as_csv = args.hosts_format == "csv" or (
        args.hosts_format == "auto" and (looks_like_csv_name(name) or args.column)
    )
    if not as_csv:
        return parse_host_list(text, name)
    inventory, layout = parse_csv(text, args.column, name)
    separator = {"\t": "TAB"}.get(layout.delimiter, layout.delimiter)
    column = f"“{layout.column_name}”" if layout.column_name else ""
    print(render(msg(CSV_LAYOUT, name, separator, layout.column + 1, column)), file=err)
    return inventory


def directory_listing(args: argparse.Namespace, stdin: TextIO | None) -> DirectoryListing:
    """The computers ``--ad`` names, as a listing (hosts with their OS, OU and state).

    Raises:
        InventoryArgumentError, DirectoryError: with the fix (and its option) in the message.
    """
    from app.adapters.ldap_inventory import DirectorySettings, LdapDirectory

    if not args.ad_base:
        raise InventoryArgumentError(msg(AD_NEEDS_BASE))
    server = parse_directory_url(args.ad)
    query = DirectoryQuery.build(
        args.ad_base,
        args.ad_name,
        args.ad_os,
        include_disabled=getattr(args, "ad_include_disabled", False),
    )
    password = None
    if args.ad_user:
        password = _directory_password(args, stdin)
    settings = DirectorySettings(
        server,
        user=args.ad_user,
        password=password,
        start_tls=args.ad_starttls,
        ca_file=args.ad_ca_file,
    )
    try:
        computers = LdapDirectory(settings).computers(query)
        return listing_from_computers(computers, server.display, query)
    except DirectoryError as error:
        _add_fix(error)
        raise


def _add_fix(error: DirectoryError) -> None:
    """Put the error's fix in its message, with the option that gives a CA file.

    The commands print an inventory error's ``message`` alone; the fix the
    window shows beside it is written for both, without any option's name.
    """
    if error.fix is None:
        return
    fix = error.fix
    if error.problem in (DirectoryProblem.TLS, DirectoryProblem.CA_FILE):
        fix = msg(AD_CA_FILE_OPTION, fix)
    elif error.problem is DirectoryProblem.ONLY_DISABLED_FOUND:
        fix = msg(AD_INCLUDE_DISABLED_OPTION)
    elif error.problem in (
        DirectoryProblem.STRONGER_AUTH,
        DirectoryProblem.NTLM_REFUSED,
    ):
        fix = msg(AD_STARTTLS_OPTION, fix)
    elif error.problem is DirectoryProblem.ANONYMOUS_REFUSED:
        fix = msg(AD_USER_OPTION, fix)
    error.message = msg(AD_PROBLEM_AND_FIX, error.message, fix)


def _directory_password(args: argparse.Namespace, stdin: TextIO | None) -> str:
    source = stdin or sys.stdin
    if args.ad_password_stdin:
        password = source.readline().rstrip("\r\n")
        if not password:
            raise InventoryArgumentError(msg(AD_NO_PASSWORD))
        return password
    if args.ad_credential:
        store = KeyringSecretStore()
        secret = store.get(args.ad_credential) if store.available else None
        if secret is None:
            raise InventoryArgumentError(msg(AD_NO_CREDENTIAL, args.ad_credential))
        return secret
    if source is not None and source.isatty():
        import getpass

        return getpass.getpass(render(msg(AD_PASSWORD_PROMPT, args.ad_user)))
    raise InventoryArgumentError(msg(AD_NO_PASSWORD))


INVENTORY_ERRORS = (InventoryArgumentError, InventoryRefused, DirectoryError)
