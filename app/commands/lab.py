"""``kms-wizard lab serve``: run the simulated lab standalone until interrupted.

    kms-wizard lab serve [--scenario current|legacy-2008r2] [--clients N] [--seed S]
                         [--latency-ms L] [--product-query-ms Q] [--port P] [--dns-port P]
                         [--machine-file FILE]...
                         [--activation-seconds A] [--reboot-chance P] [--reboot-seconds R]
                         [--drop-chance P] [--timing-seed S] [--audit-log FILE]

Prints exactly one JSON line (DESIGN §3: DNS address, zone, lab credentials,
CA file, every machine with its WinRM URLs, the lab-only keys), flushes it, and
serves until SIGINT or SIGTERM, then closes every listener and exits 0.
Each ``--machine-file`` (a ``kms-wizard capture`` file) adds a read-only machine
that replays a real machine's answers (``app.lab.captured_machine``).
The timing options (off by default) make machines take time to activate,
restart mid-command or lose answers (``app.lab.timing``), seeded; ``--audit-log``
appends one JSON line per operation the lab executed (``app.lab.audit``).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import UTC, datetime
from types import FrameType
from typing import Any

from app.commands.argparse_types import MAX_SEED, bounded_float, bounded_int
from app.commands.output import EXIT_OK, EXIT_USAGE, ensure_translations, say
from app.domain.lab_scenarios import DEFAULT_SCENARIO, SCENARIO_IDS
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
        "--scenario",
        choices=SCENARIO_IDS,
        default=DEFAULT_SCENARIO,
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "the lab's story: current (a Windows Server 2022 KMS host, the default) or "
            "legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys)",
        ),
    )
    serve.add_argument(
        "--clients",
        type=bounded_int(0, MAX_CLIENTS),
        default=40,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "simulated clients"),
    )
    serve.add_argument(
        "--seed",
        type=bounded_int(0, MAX_SEED),
        default=0,
        metavar="S",
        help=QT_TRANSLATE_NOOP("CommandLine", "topology seed"),
    )
    serve.add_argument(
        "--latency-ms",
        type=bounded_float(0, 60_000),
        default=0.0,
        metavar="L",
        help=QT_TRANSLATE_NOOP("CommandLine", "added per WinRM round trip"),
    )
    serve.add_argument(
        "--product-query-ms",
        type=bounded_float(0, 60_000),
        default=DEFAULT_PRODUCT_QUERY_MS,
        metavar="Q",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "run time each licensing product query adds (real ones are slow)"
        ),
    )
    serve.add_argument(
        "--port",
        type=bounded_int(0, 65535),
        default=0,
        metavar="P",
        help=QT_TRANSLATE_NOOP("CommandLine", "shared WinRM HTTP port"),
    )
    serve.add_argument(
        "--dns-port",
        type=bounded_int(0, 65535),
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
    _add_timing_arguments(serve)
    serve.set_defaults(handler=run_serve)


def _add_timing_arguments(serve: argparse.ArgumentParser) -> None:
    """Time on the lab's machines (app.lab.timing) and the lab's own operation log."""
    serve.add_argument(
        "--activation-seconds",
        type=bounded_float(0, 600),
        default=0.0,
        metavar="A",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "seconds each activation runs on a machine; a status read meanwhile shows the "
            "state from before it",
        ),
    )
    serve.add_argument(
        "--reboot-chance",
        type=bounded_float(0, 1),
        default=0.0,
        metavar="P",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "chance (0 to 1) that a change is cut by a restart of the machine"
        ),
    )
    serve.add_argument(
        "--reboot-seconds",
        type=bounded_float(0, 600),
        default=5.0,
        metavar="R",
        help=QT_TRANSLATE_NOOP("CommandLine", "seconds a restarting machine stays unreachable"),
    )
    serve.add_argument(
        "--drop-chance",
        type=bounded_float(0, 1),
        default=0.0,
        metavar="P",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "chance (0 to 1) that the connection of a change is lost"
        ),
    )
    serve.add_argument(
        "--timing-seed",
        type=bounded_int(0, MAX_SEED),
        default=None,
        metavar="S",
        help=QT_TRANSLATE_NOOP("CommandLine", "seed of the restarts and lost connections"),
    )
    serve.add_argument(
        "--audit-log",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "append one JSON line per operation the lab executes to FILE"
        ),
    )


def run_serve(args: argparse.Namespace) -> int:
    """Start the lab, print its description, serve until a signal arrives."""
    ensure_translations(getattr(args, "lang", None))
    for name, value, low, high in (
        ("--clients", args.clients, 0, MAX_CLIENTS),
        ("--latency-ms", args.latency_ms, 0, 60_000),
        ("--product-query-ms", args.product_query_ms, 0, 60_000),
        ("--port", args.port, 0, 65535),
        ("--dns-port", args.dns_port, 0, 65535),
        ("--activation-seconds", args.activation_seconds, 0, 600),
        ("--reboot-chance", args.reboot_chance, 0, 1),
        ("--reboot-seconds", args.reboot_seconds, 0, 600),
        ("--drop-chance", args.drop_chance, 0, 1),
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
        world = build_default_lab(
            seed=args.seed, clients=args.clients, start=now, scenario=args.scenario
        )
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
        audit = _set_up_timing(args, runtime)
        try:
            described = {"scenario": args.scenario, **runtime.describe()}
            sys.stdout.write(json.dumps(described, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            while not stop.wait(0.5):
                pass
        finally:
            runtime.stop()
            if audit is not None:
                audit.close()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return EXIT_OK


def _set_up_timing(args: argparse.Namespace, runtime: Any) -> Any:
    """Apply the timing options to the started lab; the audit log, when asked for."""
    from app.lab.timing import MachineTiming

    # reboot + drop share one draw: a drop chance beyond what the reboots leave is capped.
    drop = min(args.drop_chance, 1 - args.reboot_chance)
    timing = MachineTiming(
        activation=args.activation_seconds,
        reboot=args.reboot_chance,
        reboot_seconds=args.reboot_seconds,
        drop=drop,
    )
    seed = args.seed if args.timing_seed is None else args.timing_seed
    runtime.server.timing.set_defaults(timing, seed=seed)
    if not args.audit_log:
        return None
    from app.lab import audit

    log = audit.OperationAudit(args.audit_log)
    lab = getattr(runtime.world, "lab", None)
    if lab is not None:
        audit.attach(lab, log)
    return log
