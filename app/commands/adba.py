"""``kms-wizard adba …``: Active Directory-based activation from the command line.

Directory steps (LDAP, straight to a domain controller; the AD inventory's options)::

    adba schema  --ad URL [--ad-user U (--ad-credential NAME | --ad-password-stdin)] [--json]
    adba list    --ad URL …                 the forest's activation objects (slmgr /ao-list)
    adba remove  OBJECT --ad URL … [--yes]  one of them, by name or DN (slmgr /del-ao)
    adba coverage --ad URL [--ad-base DN] … which of the domain's computers still need KMS

Activation steps (on a domain-joined Windows 8 / Server 2012+ machine, best a domain
controller; the host key from standard input or the keyring, never from an argument)::

    adba activate  --target HOST [TRANSPORT] --name NAME (--key-stdin | --key-label L) [--yes]
    adba phone-iid --target HOST [TRANSPORT] (--key-stdin | --key-label L)
    adba phone-cid --target HOST [TRANSPORT] --name NAME --cid CID (…key…) [--yes]

Every change asks first: ``--yes``, or "yes" typed on a terminal. Exit codes: 0 done,
1 refused / not confirmed / the directory or machine failed, 2 bad options.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands.execution_errors import report_step_failure
from app.commands.fleet_inventory import _directory_password
from app.commands.host_steps import NO_KEY, UsageProblem, _KeyOnCommandLine, _read_key
from app.commands.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, emit_json, say, text_of
from app.commands.transport_args import (
    TransportArgumentError,
    add_transport_arguments,
    open_transport,
)
from app.domain.adba import (
    ActivationObject,
    AdbaError,
    AdbaProblem,
    CoverageText,
    container_dn,
    coverage_from_directory,
    object_dn_for,
)
from app.domain.errors import ExecutionError
from app.domain.inventory_ad import DirectoryError, parse_directory_url
from app.domain.phone import InvalidPhoneValue
from app.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    TranslatableError,
    msg,
)
from app.services.adba import AdbaActivation, AdbaRefused

HELP = QT_TRANSLATE_NOOP("CommandLine", "activation via Active Directory (ADBA)")
OBJECT_LINE = QT_TRANSLATE_NOOP("Adba", "%1 — key …%2, Activation ID %3%4")
BY_PHONE = QT_TRANSLATE_NOOP("Adba", " (by phone)")
OBJECT_DN = QT_TRANSLATE_NOOP("Adba", "    %1")
NONE_FOUND = QT_TRANSLATE_NOOP("Adba", "No activation object in %1.")
CONTAINER = QT_TRANSLATE_NOOP("Adba", "Activation objects in %1:")
REMOVE_ASK = QT_TRANSLATE_NOOP(
    "Adba",
    "Remove the activation object %1? Computers activated from it stay activated until "
    "their activation runs out (180 days), then need another one. Type yes to remove it: ",
)
ACTIVATE_ASK = QT_TRANSLATE_NOOP(
    "Adba",
    "Activate the forest of %1 with the host key %2, as activation object “%3”? Every "
    "Windows 8 / Server 2012 (and later) volume client of the forest will activate from it. "
    "Type yes to go on: ",
)
NEEDS_YES = QT_TRANSLATE_NOOP(
    "Adba", "Nothing was changed: confirm with --yes (or answer yes on a terminal)."
)
NOT_CONFIRMED = QT_TRANSLATE_NOOP("Adba", "Not confirmed: nothing was changed.")
REMOVED = QT_TRANSLATE_NOOP("Adba", "Removed %1.")
ACTIVATED = QT_TRANSLATE_NOOP("Adba", "The forest is activated: activation object %1 (%2).")
READ_OUT = QT_TRANSLATE_NOOP(
    "Adba",
    "Installation ID of the forest (read out these %1 groups to the activation centre, then "
    "enter the Confirmation ID with adba phone-cid):",
)
WINDOWS_SAID = QT_TRANSLATE_NOOP("Adba", "Windows said: %1")



def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("adba", help=HELP, description=HELP)
    steps = parser.add_subparsers(dest="adba_step", metavar="STEP", required=True)

    schema = steps.add_parser("schema", help=QT_TRANSLATE_NOOP(
        "CommandLine", "check that the forest's schema can hold activation objects"))
    _directory_arguments(schema)
    schema.set_defaults(handler=run_schema)

    listing = steps.add_parser("list", help=QT_TRANSLATE_NOOP(
        "CommandLine", "list the forest's activation objects"))
    _directory_arguments(listing)
    listing.set_defaults(handler=run_list)

    remove = steps.add_parser("remove", help=QT_TRANSLATE_NOOP(
        "CommandLine", "remove one activation object (asks first)"))
    remove.add_argument("object", metavar="OBJECT", help=QT_TRANSLATE_NOOP(
        "CommandLine", "its name, or its distinguished name"))
    _directory_arguments(remove)
    _yes_argument(remove)
    remove.set_defaults(handler=run_remove)

    coverage = steps.add_parser("coverage", help=QT_TRANSLATE_NOOP(
        "CommandLine", "which of the domain's computers still need a KMS host"))
    coverage.add_argument("--ad-base", metavar="DN", help=QT_TRANSLATE_NOOP(
        "CommandLine", "search base (default: the whole domain)"))
    _directory_arguments(coverage)
    coverage.set_defaults(handler=run_coverage)

    for name, handler, text in (
        ("activate", run_activate, QT_TRANSLATE_NOOP(
            "CommandLine", "activate the forest online through a domain-joined machine")),
        ("phone-iid", run_phone_iid, QT_TRANSLATE_NOOP(
            "CommandLine", "show the forest's Installation ID for phone activation")),
        ("phone-cid", run_phone_cid, QT_TRANSLATE_NOOP(
            "CommandLine", "activate the forest with the Confirmation ID from the phone")),
    ):
        step = steps.add_parser(name, help=text)
        step.add_argument("--target", required=True, metavar="HOST", help=QT_TRANSLATE_NOOP(
            "CommandLine", "a domain-joined Windows Server 2012 (or later), best a DC"))
        add_transport_arguments(step)
        _key_source(step)
        if name != "phone-iid":
            step.add_argument("--name", required=True, metavar="NAME", help=QT_TRANSLATE_NOOP(
                "CommandLine", "the activation object's name"))
            _yes_argument(step)
        if name == "phone-cid":
            step.add_argument("--cid", required=True, metavar="CID", help=QT_TRANSLATE_NOOP(
                "CommandLine", "the Confirmation ID (48 digits, blocks allowed)"))
        step.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
            "CommandLine", "print one JSON document"))
        step.set_defaults(handler=handler)


def _directory_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("CommandLine", "directory"))
    group.add_argument("--ad", required=True, metavar="URL", help=QT_TRANSLATE_NOOP(
        "CommandLine", "a domain controller: ldaps://dc01.example.com"))
    group.add_argument("--ad-user", metavar="U", help=QT_TRANSLATE_NOOP(
        "CommandLine", "bind as DN, user@domain or DOMAIN\\user"))
    secret = group.add_mutually_exclusive_group()
    secret.add_argument("--ad-credential", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "CommandLine", "directory password from the keyring"))
    secret.add_argument("--ad-password-stdin", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "read the directory password from standard input"))
    group.add_argument("--ad-starttls", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "StartTLS on an ldap:// URL"))
    group.add_argument("--ad-ca-file", metavar="F", help=QT_TRANSLATE_NOOP(
        "CommandLine", "CA file for the directory's certificate"))
    parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "print one JSON document"))


def _yes_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "confirm the change without asking"))


def _key_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--key", "--ke", "--k", "--product-key", dest="key_on_command_line",
                        nargs="?", action=_KeyOnCommandLine, help=argparse.SUPPRESS)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--key-stdin", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "read the host key (CSVLK) from standard input"))
    source.add_argument("--key-label", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "CommandLine", "take the host key from the keyring"))


# --- the directory steps ------------------------------------------------------------


def _directory(args: argparse.Namespace):
    from app.adapters.ldap_activation_objects import ActivationObjectDirectory
    from app.adapters.ldap_inventory import DirectorySettings

    server = parse_directory_url(args.ad)
    password = _directory_password(args, sys.stdin) if args.ad_user else None
    return ActivationObjectDirectory(
        DirectorySettings(server, user=args.ad_user, password=password,
                          start_tls=args.ad_starttls, ca_file=args.ad_ca_file)
    )


def _directory_failure(args: argparse.Namespace, error: Exception) -> int:
    message = getattr(error, "message", None)
    fix = getattr(error, "fix", None)
    if args.json:
        emit_json({"ok": False, "error": text_of(message) if message else str(error),
                   "fix": text_of(fix) if fix else None})
    else:
        say(message if message is not None else str(error), file=sys.stderr)
        if fix is not None:
            say(fix, file=sys.stderr)
    return EXIT_PROBLEMS


def run_schema(args: argparse.Namespace) -> int:
    try:
        schema = _directory(args).schema()
    except (DirectoryError, AdbaError, TranslatableError) as error:
        return _directory_failure(args, error)
    text = msg(schema.text.text, *schema.text_args)
    if args.json:
        emit_json({"ok": schema.ready, "state": schema.state.value,
                   "object_version": schema.object_version, "release": schema.release,
                   "has_class": schema.has_class, "has_container": schema.has_container,
                   "configuration_nc": schema.configuration_nc, "text": text_of(text)})
    else:
        say(text)
    return EXIT_OK if schema.ready else EXIT_PROBLEMS


def run_list(args: argparse.Namespace) -> int:
    try:
        container, objects = _directory(args).list()
    except (DirectoryError, AdbaError, TranslatableError) as error:
        return _directory_failure(args, error)
    if args.json:
        emit_json({"ok": True, "container": container,
                   "objects": [_object_json(o) for o in objects]})
        return EXIT_OK
    if not objects:
        say(msg(NONE_FOUND, container))
        return EXIT_OK
    say(msg(CONTAINER, container))
    for item in objects:
        _say_object(item)
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    try:
        directory = _directory(args)
        config_nc = directory.configuration_nc()
        dn = object_dn_for(args.object, config_nc)
        if dn is None:
            problem = AdbaProblem.BAD_REFERENCE.text
            say(msg(problem, args.object[:200], container_dn(config_nc)), file=sys.stderr)
            return EXIT_USAGE
        if not _confirmed(args, msg(REMOVE_ASK, dn)):
            return EXIT_PROBLEMS
        removed = directory.remove(dn)
    except (DirectoryError, AdbaError, TranslatableError) as error:
        return _directory_failure(args, error)
    if args.json:
        emit_json({"ok": True, "removed": _object_json(removed)})
    else:
        say(msg(REMOVED, removed.dn))
    return EXIT_OK


def run_coverage(args: argparse.Namespace) -> int:
    """The domain's enabled computers (not managed service accounts), split by the rules of
    app.domain.adba: served by the forest, still needing KMS (with why), not Windows."""
    try:
        base, computers = _directory(args).computers(args.ad_base)
    except (DirectoryError, AdbaError, TranslatableError) as error:
        return _directory_failure(args, error)
    split = coverage_from_directory(base, computers)
    if args.json:
        emit_json({
            "ok": True, "base": base, "covered": list(split.covered),
            "kms_needed": [
                {"host": host, "reasons": [r.name.lower() for r in reasons]}
                for host, reasons in split.needing_kms
            ],
            "not_windows": list(split.not_windows),
        })
    else:
        say(msg(CoverageText.COVERED.text, base, n=len(split.covered)))
        if split.needing_kms:
            say(msg(CoverageText.STILL_KMS.text, n=len(split.needing_kms)))
            for host, reasons in split.needing_kms:
                for reason in reasons:
                    say(msg(OBJECT_DN, text_of(msg(reason.text, host))))
        else:
            say(msg(CoverageText.NONE_NEEDED.text))
        if split.not_windows:
            say(msg(CoverageText.NOT_WINDOWS.text, ", ".join(split.not_windows)))
    return EXIT_OK


# --- the activation steps -----------------------------------------------------------


def run_activate(args: argparse.Namespace) -> int:
    return _on_machine(args, "activate")


def run_phone_iid(args: argparse.Namespace) -> int:
    return _on_machine(args, "phone-iid")


def run_phone_cid(args: argparse.Namespace) -> int:
    return _on_machine(args, "phone-cid")


def _add_lab_domain_controller(world: Any) -> None:
    from app.lab.domain_controller import add_domain_controller  # lab-only, loaded on demand

    add_domain_controller(world)


def _on_machine(args: argparse.Namespace, step: str) -> int:
    if not (args.key_stdin or args.key_label):
        say(msg(NO_KEY), file=sys.stderr)
        return EXIT_USAGE
    try:
        with open_transport(args, prepare_lab=_add_lab_domain_controller) as transport:
            target = transport.target_name(args.target)
            key = _read_key(_KeyArgs(args))
            runner = transport.factory(target)
            try:
                return _step(args, step, AdbaActivation(runner), key, target)
            except ExecutionError as error:
                return report_step_failure(f"adba {step}", target, error, as_json=args.json)
            finally:
                runner.close()
    except TransportArgumentError as problem:
        say(problem.message, file=sys.stderr)
        return EXIT_USAGE
    except (UsageProblem, InvalidPhoneValue, TranslatableError) as problem:
        say(problem.message, file=sys.stderr)
        return EXIT_USAGE


class _KeyArgs:
    """What host_steps' key reader looks at (``ctx.args``)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args


def _step(args, step: str, service: AdbaActivation, key, target: str) -> int:
    try:
        if step == "phone-iid":
            iid = service.installation_id(key)
            if args.json:
                emit_json({"ok": True, "target": target, "iid": iid.iid,
                           "groups": list(iid.groups)})
            else:
                say(msg(READ_OUT, len(iid.groups)))
                say("  ".join(iid.groups))
            return EXIT_OK
        if not _confirmed(args, msg(ACTIVATE_ASK, target, key.masked, args.name)):
            return EXIT_PROBLEMS
        if step == "activate":
            created = service.activate_online(key, args.name)
        else:
            created = service.apply_confirmation(key, args.cid, args.name)
    except AdbaRefused as refused:
        if args.json:
            emit_json({"ok": False, "target": target, "hresult": f"0x{refused.hresult:08X}",
                       "error": text_of(refused.message), "windows": refused.windows_message})
        else:
            say(refused.message, file=sys.stderr)
            say(f"0x{refused.hresult:08X}", file=sys.stderr)
            if refused.windows_message:
                say(msg(WINDOWS_SAID, refused.windows_message[:300]), file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        emit_json({"ok": True, "target": target, "object": _object_json(created)})
    else:
        say(msg(ACTIVATED, created.name, created.dn))
    return EXIT_OK


# --- shared -------------------------------------------------------------------------


def _confirmed(args: argparse.Namespace, question: Message) -> bool:
    if args.yes:
        return True
    reads_stdin = getattr(args, "key_stdin", False) or getattr(args, "ad_password_stdin", False)
    if reads_stdin or not sys.stdin.isatty():
        say(msg(NEEDS_YES), file=sys.stderr)
        return False
    answer = input(text_of(question)).strip().lower()
    if answer in {"yes", "y", text_of(QT_TRANSLATE_NOOP("HostCommand", "yes")).lower()}:
        return True
    say(msg(NOT_CONFIRMED), file=sys.stderr)
    return False


def _say_object(item: ActivationObject) -> None:
    phone = text_of(msg(BY_PHONE)) if item.by_phone else ""
    say(msg(OBJECT_LINE, item.shown_name, item.partial_key, item.sku_id or "?", phone))
    say(msg(OBJECT_DN, item.dn))


def _object_json(item: ActivationObject) -> dict[str, Any]:
    return {
        "dn": item.dn,
        "name": item.name,
        "display_name": item.display_name,
        "sku_id": item.sku_id,
        "partial_key": item.partial_key,
        "pid": item.pid,
        "kms_ids": list(item.kms_ids),
        "by_phone": item.by_phone,
        "created": item.created,
    }
