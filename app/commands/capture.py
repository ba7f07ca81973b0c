"""``kms-wizard capture --target HOST [TRANSPORT] --out FILE``: a machine's answers, anonymised.

Runs the contract's read-only operations (``inspect``, ``status``, ``get-iid``,
``firewall-state``; never a write) on one machine through the normal runner, and writes their JSON
documents exactly as the scripts printed them, failures included, to one file
(format: ``app.domain.field_capture``). Everything identifying the machine is
replaced before the file is written (``app.domain.capture_anonymiser``); the
command says where the file went and how many values were replaced, never
which. ``kms-wizard lab serve --machine-file FILE`` replays the file as a lab
machine, so a real machine's answers become a regression test.

Exit codes: 0 written; 1 the machine could not be asked (nothing written);
2 bad options or the file could not be written.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import app
from app.adapters.operation_contract import UnknownOperation, script_body
from app.commands.execution_errors import report_step_failure
from app.commands.output import EXIT_OK, EXIT_USAGE, emit_json, ensure_translations, say
from app.commands.transport_args import (
    TransportArgumentError,
    add_transport_arguments,
    open_transport,
)
from app.domain.capture_anonymiser import anonymise
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.field_capture import CAPTURED_OPERATIONS, build_capture, unreadable_answer
from app.domain.operations import OPERATIONS
from app.domain.ports import ScriptRunner
from app.domain.text import QT_TRANSLATE_NOOP, msg

ANSWERED = QT_TRANSLATE_NOOP("CaptureCommand", "%1: answered")
ANSWERED_FAILURE = QT_TRANSLATE_NOOP("CaptureCommand", "%1: answered with a failure (%2)")
ANSWERED_GARBLED = QT_TRANSLATE_NOOP(
    "CaptureCommand", "%1: answered something that is not a JSON document"
)
WRITTEN = QT_TRANSLATE_NOOP("CaptureCommand", "Capture of %1 written to %2 (machine name: %3).")
REPLACED = QT_TRANSLATE_NOOP(
    "CaptureCommand",
    "Replaced before writing: %1 product key(s) masked, %2 host name(s), %3 domain(s), "
    "%4 IP address(es), %5 client machine ID(s), %6 installation ID(s); %7 user name(s) removed.",
)
CHECK_BEFORE_SHARING = QT_TRANSLATE_NOOP(
    "CaptureCommand",
    "Read the file before you share it: free text (error messages) may still name things "
    "the wizard could not recognise.",
)
REPLAY_HINT = QT_TRANSLATE_NOOP(
    "CaptureCommand", "Replay it with: kms-wizard lab serve --machine-file %1"
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("CaptureCommand", "The capture could not be written to %1: %2")

DEFAULT_KMS_PORT = 1688
# A capture that names no FQDN (the machine answered only failures, or was named
# by its address) is served under this name.
FALLBACK_NAME = "captured.example.test"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "capture",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "record a machine's answers to the read-only operations, anonymised, in one file",
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Run inspect, status, get-iid and firewall-state (never a change) on one machine and "
            "write their JSON answers, with host names, domains, addresses, machine IDs and keys "
            "replaced, to one file that `lab serve --machine-file` replays.",
        ),
    )
    parser.add_argument(
        "--target",
        required=True,
        metavar="HOST",
        help=QT_TRANSLATE_NOOP("CommandLine", "the machine"),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandLine", "where to write the capture (JSON)"),
    )
    add_transport_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print one JSON document"),
    )
    parser.set_defaults(handler=run_capture)


def run_capture(args: argparse.Namespace) -> int:
    """Ask the machine, anonymise, write the file, report."""
    ensure_translations(getattr(args, "lang", None))
    try:
        with open_transport(args) as transport:
            target = transport.target_name(args.target)
            runner = transport.factory(target)
            try:
                answers, asked = capture_answers(runner, args.timeout)
            except ExecutionError as error:
                return report_step_failure("capture", target, error, as_json=args.json)
            finally:
                runner.close()
    except TransportArgumentError as problem:
        say(problem.message, file=sys.stderr)
        return EXIT_USAGE
    cleaned = anonymise(answers, hosts=[target])
    name = _machine_name(cleaned.document, cleaned.hosts[0])
    document = build_capture(
        name=name,
        answers=cleaned.document,
        captured_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        wizard_version=app.__version__,
        script_digest=script_digests(),
        params=asked,
    )
    out = Path(args.out)
    try:
        out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as problem:
        say(msg(CANNOT_WRITE, str(out), problem.strerror or str(problem)), file=sys.stderr)
        return EXIT_USAGE
    counts = cleaned.counts
    if args.json:
        emit_json(
            {
                "ok": True,
                "target": target,
                "file": str(out),
                "machine": name,
                "answers": {op: _outcome(doc) for op, doc in answers.items()},
                "replaced": counts,
            }
        )
        return EXIT_OK
    for operation, answer in answers.items():
        say(_answer_line(operation, answer))
    say(msg(WRITTEN, target, str(out), name))
    say(
        msg(
            REPLACED,
            counts["product_keys"],
            counts["host_names"],
            counts["domains"],
            counts["addresses"],
            counts["machine_ids"],
            counts["installation_ids"],
            counts["user_names"],
        )
    )
    say(CHECK_BEFORE_SHARING)
    say(msg(REPLAY_HINT, str(out)))
    return EXIT_OK


def capture_answers(
    runner: ScriptRunner, timeout: float
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Each read-only operation's document as the machine printed it, failures included.

    Returns:
        The answers, and the parameters of the operations that took any.

    Raises:
        ExecutionError: the machine could not be asked at all (unreachable,
            credentials, time-out): such an error is not the machine's answer.
    """
    answers: dict[str, dict[str, Any]] = {}
    asked: dict[str, dict[str, Any]] = {}
    for operation in CAPTURED_OPERATIONS:
        if operation not in OPERATIONS:
            continue
        params = _params_for(operation, answers)
        if params:
            asked[operation] = params
        try:
            answers[operation] = dict(runner.run(operation, params, timeout=timeout))
        except ExecutionError as error:
            document = error.data.get("document")
            if isinstance(document, dict):
                answers[operation] = dict(document)  # a failure the script printed
            elif error.kind is ErrorKind.MALFORMED_OUTPUT:
                answers[operation] = unreadable_answer(
                    error.data.get("exit_code"),
                    error.data.get("stdout_bytes"),
                    str(error.data.get("stderr") or ""),
                )
            else:
                raise
    return answers, asked


def _params_for(operation: str, answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The firewall rules of the port the machine listens on (1688 unless a host says other)."""
    if operation != "firewall-state":
        return {}
    service = (answers.get("status") or {}).get("service")
    port = service.get("listening_port") if isinstance(service, dict) else None
    valid = isinstance(port, int) and not isinstance(port, bool) and 0 < port < 65536
    return {"port": port if valid else DEFAULT_KMS_PORT}


def script_digests() -> dict[str, str]:
    """``sha256:`` of each captured operation's script, so a capture says which version answered."""
    digests = {}
    for operation in CAPTURED_OPERATIONS:
        if operation not in OPERATIONS:
            continue
        try:
            body = script_body(operation)
        except UnknownOperation:
            continue
        digests[operation] = "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()
    return digests


def _machine_name(answers: dict[str, Any], target: str) -> str:
    """The anonymised FQDN the machine gave itself, else the anonymised target."""
    inspect = answers.get("inspect") or {}
    fqdn = inspect.get("fqdn") if inspect.get("ok") is True else None
    for candidate in (fqdn, target):
        if isinstance(candidate, str) and candidate.strip() and not _is_address(candidate):
            return candidate.strip().rstrip(".").lower()
    return FALLBACK_NAME


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def _outcome(answer: dict[str, Any]) -> str:
    if answer.get("ok") is True:
        return "ok"
    return "failed" if answer.get("ok") is False else "unreadable"


def _answer_line(operation: str, answer: dict[str, Any]):
    if answer.get("ok") is True:
        return msg(ANSWERED, operation)
    if answer.get("ok") is False:
        reason = answer.get("kind") or answer.get("hresult") or "?"
        return msg(ANSWERED_FAILURE, operation, str(reason))
    return msg(ANSWERED_GARBLED, operation)
