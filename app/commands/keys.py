"""``kms-wizard keys check KEY [--json]``: is a typed key well-formed, and is it a GVLK?

The commonest mistake when setting up a KMS host is typing a GVLK (the public
KMS *client* key of an edition) where the host key (CSVLK) belongs. This
command says so, naming the edition, without ever printing an unknown key in
full.
"""

from __future__ import annotations

import argparse

from app.commands.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    emit_json,
    ensure_translations,
    say,
    text_of,
)
from app.domain.catalog import load_catalog
from app.domain.keys import InvalidProductKey, parse_key
from app.domain.text import QT_TRANSLATE_NOOP

WELL_FORMED = QT_TRANSLATE_NOOP("KeysCommand", "Well-formed product key: %1")
IS_GVLK = QT_TRANSLATE_NOOP(
    "KeysCommand",
    "This is the public KMS client setup key (GVLK) of %1. Install it on clients, not as a "
    "KMS host key.",
)
NOT_GVLK = QT_TRANSLATE_NOOP(
    "KeysCommand", "Not a known KMS client setup key (it may be a host key, a MAK or a retail key)."
)
NEW_FORMAT = QT_TRANSLATE_NOOP("KeysCommand", "Key format: Windows 8 / Office 2013 and later.")
OLD_FORMAT = QT_TRANSLATE_NOOP("KeysCommand", "Key format: Windows 7 / Office 2010 and earlier.")
INVALID = QT_TRANSLATE_NOOP("KeysCommand", "Not a valid product key: %1")


def register(subparsers: argparse._SubParsersAction) -> None:
    keys = subparsers.add_parser(
        "keys", help=QT_TRANSLATE_NOOP("CommandLine", "inspect product keys")
    )
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "is KEY well-formed? masked form; is it a known GVLK (which edition)?"
        ),
    )
    check.add_argument(
        "key",
        metavar="KEY",
        help=QT_TRANSLATE_NOOP("CommandLine", "the product key, as typed or pasted"),
    )
    check.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    ensure_translations(getattr(args, "lang", None))
    try:
        key = parse_key(args.key)
    except InvalidProductKey as problem:
        reason = text_of(problem.message)
        if args.json:
            emit_json({"well_formed": False, "problem": problem.problem.name, "message": reason})
        else:
            say(INVALID, reason)
        return EXIT_PROBLEMS
    edition = load_catalog().identify_gvlk(key)
    if args.json:
        document = {
            "well_formed": True,
            "masked": key.masked,
            "last5": key.last5,
            "new_format": key.has_n_encoding,
            "gvlk": edition is not None,
            "edition": None,
        }
        if edition is not None:
            # A GVLK is public (Microsoft publishes them), so showing it in full is safe.
            document["key"] = key.reveal()
            document["edition"] = {
                "id": edition.id,
                "name": edition.name,
                "family": edition.family.value,
                "versions": list(edition.versions),
            }
        emit_json(document)
        return EXIT_OK
    say(WELL_FORMED, key.reveal() if edition is not None else key.masked)
    say(NEW_FORMAT if key.has_n_encoding else OLD_FORMAT)
    say(IS_GVLK if edition is not None else NOT_GVLK, edition.name if edition else "")
    return EXIT_OK
