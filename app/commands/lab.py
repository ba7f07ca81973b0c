"""``kms-wizard lab serve``: run the simulated lab standalone until interrupted.

    kms-wizard lab serve [--clients N] [--seed S] [--latency-ms L] [--product-query-ms Q]
                         [--port P] [--dns-port P]
                         [--machine-file FILE]...

Prints exactly one JSON line (DESIGN §3: DNS address, zone, lab credentials,
CA file, every machine with its WinRM URLs, the lab-only keys), flushes it, and
serves until SIGINT or SIGTERM, then closes every listener and exits 0.
Each ``--machine-file`` (a ``kms-wizard capture`` file) adds a read-only machine
that replays a real machine's answers (``app.lab.captured_machine``).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import UTC, datetime
from types import FrameType

from app.commands.output import EXIT_OK, EXIT_USAGE, ensure_translations, say
from app.domain.text import QT_TRANSLATE_NOOP, msg

# app.lab.faults.DEFAULT_PRODUCT_QUERY_MS, repeated: the lab package may be absent here.
DEFAULT_PRODUCT_QUERY_MS = 1000.0

BAD_NUMBER = QT_TRANSLATE_NOOP("LabCommand", "%1 must be between %2 and %3.")
PORT_IN_USE = QT_TRANSLATE_NOOP("LabCommand", "The lab could not listen: %1")
NO_LAB = QT_TRANSLATE_NOOP("LabCommand", "The simulated lab is not available in this build (%1).")

MAX_CLIENTS = 5000


def register(subparsers: argparse._SubParsersAction) -> None:
    lab = subparsers.add_parser(
        "lab", help=QT_TRANSLATE_NOOP("CommandLine", "the simulated lab (training mode)")
    )
    actions = lab.add_subparsers(dest="lab_command", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "serve the simulated lab (WinRM over HTTP and HTTPS, DNS) until interrupted",
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandLine",
            "Print one JSON line describing the lab, then serve it on 127.0.0.1 "
            "until Ctrl+C or SIGTERM.",
        ),
    )
    serve.add_argument(
        "--clients",
        type=int,
        default=40,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "simulated clients"),
    )
    serve.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="S",
        help=QT_TRANSLATE_NOOP("CommandLine", "topology seed"),
    )
    serve.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        metavar="L",
        help=QT_TRANSLATE_NOOP("CommandLine", "added per WinRM round trip"),
    )
    serve.add_argument(
        "--product-query-ms",
        type=float,
        default=DEFAULT_PRODUCT_QUERY_MS,
        metavar="Q",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "run time each licensing product query adds (real ones are slow)"
        ),
    )
    serve.add_argument(
        "--port",
        type=int,
        default=0,
        metavar="P",
        help=QT_TRANSLATE_NOOP("CommandLine", "shared WinRM HTTP port"),
    )
    serve.add_argument(
        "--dns-port",
        type=int,
        default=0,
        metavar="P",
        help=QT_TRANSLATE_NOOP("CommandLine", "DNS server port"),
    )
    serve.add_argument(
        "--machine-file",
        action="append",
        default=[],
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "also serve this capture (kms-wizard capture; or a shipped one by name: "
            "win10-client, ws2022-fresh-host, win7-ps2, no-publish-list) as a read-only lab "
            "machine; repeatable",
        ),
    )
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    """Start the lab, print its description, serve until a signal arrives."""
    ensure_translations(getattr(args, "lang", None))
    for name, value, low, high in (
        ("--clients", args.clients, 0, MAX_CLIENTS),
        ("--latency-ms", args.latency_ms, 0, 60_000),
        ("--product-query-ms", args.product_query_ms, 0, 60_000),
        ("--port", args.port, 0, 65535),
        ("--dns-port", args.dns_port, 0, 65535),
    ):
        if not low <= value <= high:
            say(msg(BAD_NUMBER, name, low, high), file=sys.stderr)
            return EXIT_USAGE
    try:
        from app.lab.captured_machine import load_capture
        from app.lab.runtime import LabRuntime
        from app.lab.world import build_default_lab
    except ImportError as problem:
        say(msg(NO_LAB, str(problem)), file=sys.stderr)
        return EXIT_USAGE
    from app.domain.field_capture import CaptureFileError

    try:
        captures = [load_capture(path) for path in args.machine_file]
    except CaptureFileError as problem:
        say(problem.message, file=sys.stderr)
        return EXIT_USAGE

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        # Outside clients compare the lab's clock with their own (clock-skew checks),
        # so a served lab starts at the real time.
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        world = build_default_lab(seed=args.seed, clients=args.clients, start=now)
        if captures:
            from app.lab.captured_machine import WorldWithCaptures

            world = WorldWithCaptures(world, captures)
        runtime = LabRuntime(
            world,
            latency_ms=args.latency_ms,
            product_query_ms=args.product_query_ms,
            port=args.port,
            dns_port=args.dns_port,
        )
        try:
            runtime.start()
        except OSError as problem:
            say(msg(PORT_IN_USE, problem.strerror or str(problem)), file=sys.stderr)
            return EXIT_USAGE
        try:
            sys.stdout.write(json.dumps(runtime.describe(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            while not stop.wait(0.5):
                pass
        finally:
            runtime.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return EXIT_OK
