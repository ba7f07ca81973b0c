"""The TRANSPORT options every machine-facing command shares (DESIGN §3).

``--local | --winrm [--https|--http] [--winrm-url URL] [--auth …] [--user U]
[--credential NAME | --password-stdin] [--ca-file F] [--insecure-skip-tls-verify]
| --lab [SEED]`` plus ``--timeout S``. :func:`open_transport` turns them into a
runner factory; with ``--lab`` it starts the simulated lab in-process (stopped
when the ``with`` block ends) and targets its machines through the real winrm
adapter. Passwords come from standard input, the keyring or a prompt, never
from an argument.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, TextIO
from urllib.parse import urlsplit

from app.adapters.local_files import readable_file
from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
from app.adapters.secret_store import KeyringSecretStore
from app.adapters.winrm_runner import AUTH_METHODS, DEFAULT_TIMEOUT, is_loopback
from app.commands.argparse_types import MAX_SEED, bounded_float, bounded_int
from app.domain.lab_scenarios import DEFAULT_SCENARIO, SCENARIO_IDS
from app.domain.ports import RunnerFactory, SecretStore
from app.domain.text import QT_TRANSLATE_NOOP, Message, TranslatableError, msg

MAX_TIMEOUT = 3600.0

NO_USER = QT_TRANSLATE_NOOP(
    "TransportOptions", "Give the account with --user for %1 authentication."
)
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "No password: pass it on standard input with --password-stdin, take it from the keyring "
    "with --credential NAME, or run in a terminal to be asked for it.",
)
EMPTY_PASSWORD = QT_TRANSLATE_NOOP(
    "TransportOptions", "The password read from standard input is empty."
)
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("TransportOptions", "Password for %1 on %2: ")
NO_SAFE_KEYRING = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "No safe keyring is available on this computer (found: %1). Use --password-stdin, or type "
    "the password when asked.",
)
NO_CREDENTIAL = QT_TRANSLATE_NOOP(
    "TransportOptions", "The keyring holds no password under the name “%1”."
)
BAD_URL = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "“%1” is not a WinRM address. Expected http://host:5985/wsman or https://host:5986/wsman.",
)
CA_FILE_UNREADABLE = QT_TRANSLATE_NOOP("TransportOptions", "The CA file %1 cannot be read.")
BAD_TIMEOUT = QT_TRANSLATE_NOOP(
    "TransportOptions", "The time-out must be more than 0 and at most %1 seconds."
)
BASIC_OVER_HTTP = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "Basic authentication over plain HTTP would send the password in clear to %1. Use --https, "
    "or Negotiate (NTLM) authentication.",
)
INSECURE_WARNING = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "Warning: certificate validation is OFF (--insecure-skip-tls-verify). Anyone on the network "
    "path can pose as the machine and read the password.",
)
LOCAL_NOT_WINDOWS = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "--local runs PowerShell on this computer and works only on Windows. Use --winrm for a "
    "remote machine or --lab for the simulated lab.",
)
LAB_OWN_SETTINGS = QT_TRANSLATE_NOOP(
    "TransportOptions",
    "--lab uses the lab's own addresses and credentials: leave out %1.",
)
LAB_SCENARIO_WITHOUT_LAB = QT_TRANSLATE_NOOP(
    "TransportOptions", "--lab-scenario chooses the story of the simulated lab: add --lab."
)
LAB_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "TransportOptions", "The simulated lab is not available in this build (%1)."
)


class TransportArgumentError(TranslatableError):
    """The TRANSPORT options are unusable; ``message`` says why (translatable)."""


@dataclass
class OpenTransport:
    """A ready transport: the settings, a runner factory and, with ``--lab``, the lab."""

    settings: TransportSettings
    factory: RunnerFactory
    lab: Any = None  # app.lab.runtime.LabRuntime when --lab

    def target_name(self, host: str) -> str:
        """The canonical name of ``host`` (the lab machine's FQDN with ``--lab``)."""
        if self.lab is not None:
            return self.lab.resolve(host) or host
        return host


def add_transport_arguments(
    parser: argparse.ArgumentParser, *, default_timeout: float = DEFAULT_TIMEOUT
) -> None:
    """Add the TRANSPORT options and ``--timeout`` to ``parser``."""
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("CommandLine", "transport"))
    mode = group.add_mutually_exclusive_group()
    mode.add_argument(
        "--local",
        dest="transport",
        action="store_const",
        const="local",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "run on this computer with powershell.exe (Windows only)"
        ),
    )
    mode.add_argument(
        "--winrm",
        dest="transport",
        action="store_const",
        const="winrm",
        help=QT_TRANSLATE_NOOP("CommandLine", "run on a remote machine over WinRM (the default)"),
    )
    mode.add_argument(
        "--lab",
        dest="lab_seed",
        nargs="?",
        const=0,
        type=bounded_int(0, MAX_SEED),
        metavar="SEED",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "start the simulated lab in-process and target its machines by name"
        ),
    )
    group.add_argument(
        "--lab-scenario",
        choices=SCENARIO_IDS,
        metavar="SCENARIO",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "the story of the --lab lab: current (a Windows Server 2022 KMS host, the default) "
            "or legacy-2008r2 (a Windows Server 2008 R2 host with Server Group A/B/C keys)",
        ),
    )
    scheme = group.add_mutually_exclusive_group()
    scheme.add_argument(
        "--https",
        dest="https",
        action="store_true",
        default=None,
        help=QT_TRANSLATE_NOOP("CommandLine", "WinRM over HTTPS (5986)"),
    )
    scheme.add_argument(
        "--http",
        dest="https",
        action="store_false",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "WinRM over HTTP (5985, the default), every message encrypted by NTLM"
        ),
    )
    group.add_argument(
        "--winrm-url",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("CommandLine", "the WinRM endpoint, if not standard"),
    )
    group.add_argument(
        "--auth",
        choices=AUTH_METHODS,  # no Kerberos: see app.adapters.winrm_runner.AUTH_METHODS
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "authentication: negotiate (NTLM, the default), ntlm or basic"
        ),
    )
    group.add_argument(
        "--user",
        metavar="U",
        help=QT_TRANSLATE_NOOP("CommandLine", "account (DOMAIN\\user or user@domain)"),
    )
    secret = group.add_mutually_exclusive_group()
    secret.add_argument(
        "--credential",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CommandLine", "take the password from the OS keyring entry NAME"),
    )
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "read the password from standard input"),
    )
    group.add_argument(
        "--ca-file",
        metavar="F",
        help=QT_TRANSLATE_NOOP("CommandLine", "PEM file of the CA(s) to trust for HTTPS"),
    )
    group.add_argument(
        "--insecure-skip-tls-verify",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "do NOT validate the HTTPS certificate (exposes the password; a warning is shown)",
        ),
    )
    group.add_argument(
        "--timeout",
        type=bounded_float(0, MAX_TIMEOUT),
        default=default_timeout,
        metavar="S",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "deadline per machine in seconds (default %(default)s)"
        ),
    )


def transport_settings(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    secret_store: SecretStore | None = None,
    prompt: Callable[[str], str] | None = None,
) -> TransportSettings:
    """Validate the TRANSPORT options and fetch the password (not for ``--lab``).

    Raises:
        TransportArgumentError: the options are inconsistent or the password is missing.
    """
    timeout = float(args.timeout)
    if not 0 < timeout <= MAX_TIMEOUT:
        raise TransportArgumentError(msg(BAD_TIMEOUT, f"{MAX_TIMEOUT:g}"))
    if getattr(args, "lab_scenario", None) and args.lab_seed is None:
        raise TransportArgumentError(msg(LAB_SCENARIO_WITHOUT_LAB))
    if args.lab_seed is not None:
        given = [
            option
            for option, value in (
                ("--winrm-url", args.winrm_url),
                ("--user", args.user),
                ("--credential", args.credential),
                ("--password-stdin", args.password_stdin),
                ("--auth", args.auth),
            )
            if value
        ]
        if given:
            raise TransportArgumentError(msg(LAB_OWN_SETTINGS, ", ".join(given)))
        return TransportSettings(
            mode=TransportMode.LAB, https=bool(args.https), auth="basic", timeout=timeout
        )
    if args.transport == "local":
        if sys.platform != "win32":
            raise TransportArgumentError(msg(LOCAL_NOT_WINDOWS))
        return TransportSettings(mode=TransportMode.LOCAL, timeout=timeout)
    # HTTP 5985 (Negotiate encrypts every message) unless --https: the only listener a
    # stock Windows Server has, and the one "winrm quickconfig" creates.
    https = args.https is True
    url = args.winrm_url
    if url:
        parts = urlsplit(url)
        try:
            port_ok = parts.port is None or 0 < parts.port < 65536
        except ValueError:
            port_ok = False
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname or not port_ok:
            raise TransportArgumentError(msg(BAD_URL, url))
        https = parts.scheme.lower() == "https"
    auth = args.auth or "negotiate"
    if auth == "basic" and not https:
        host = urlsplit(url).hostname if url else None
        if not host or not is_loopback(host):
            raise TransportArgumentError(msg(BASIC_OVER_HTTP, host or "?"))
    if args.ca_file and not readable_file(args.ca_file):
        raise TransportArgumentError(msg(CA_FILE_UNREADABLE, args.ca_file))
    if not args.user:
        raise TransportArgumentError(msg(NO_USER, auth))
    settings = TransportSettings(
        mode=TransportMode.WINRM,
        https=https,
        url=url,
        auth=auth,
        user=args.user,
        ca_file=args.ca_file,
        verify_tls=not args.insecure_skip_tls_verify,
        timeout=timeout,
    )
    password = _password(args, settings, stdin=stdin, secret_store=secret_store, prompt=prompt)
    return replace(settings, password=password)


def _password(
    args: argparse.Namespace,
    settings: TransportSettings,
    *,
    stdin: TextIO | None,
    secret_store: SecretStore | None,
    prompt: Callable[[str], str] | None,
) -> str | None:
    if args.password_stdin:
        line = (stdin or sys.stdin).readline()
        password = line.rstrip("\r\n")
        if not password:
            raise TransportArgumentError(msg(EMPTY_PASSWORD))
        return password
    if args.credential:
        store = secret_store or KeyringSecretStore()
        if not store.available:
            refused = getattr(store, "refused_backend_name", lambda: "?")()
            raise TransportArgumentError(msg(NO_SAFE_KEYRING, refused))
        password = store.get(args.credential)
        if password is None:
            raise TransportArgumentError(msg(NO_CREDENTIAL, args.credential))
        return password
    source = stdin or sys.stdin
    if prompt is None and not (source is not None and source.isatty()):
        raise TransportArgumentError(msg(NO_PASSWORD))
    from app.commands.output import text_of

    where = args.target if getattr(args, "target", None) else "?"
    question = text_of(msg(PASSWORD_PROMPT, settings.user or "", where))
    return (prompt or getpass.getpass)(question)


def insecure_warning(settings: TransportSettings) -> Message | None:
    """The visible warning owed when certificate validation was turned off."""
    if settings.mode is TransportMode.WINRM and settings.https and not settings.verify_tls:
        return msg(INSECURE_WARNING)
    return None


def warn_if_insecure(settings: TransportSettings) -> None:
    """Print :func:`insecure_warning` on standard error when it is owed."""
    warning = insecure_warning(settings)
    if warning is not None:
        from app.commands.output import say

        say(warning, file=sys.stderr)


@contextmanager
def open_transport(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    secret_store: SecretStore | None = None,
    prompt: Callable[[str], str] | None = None,
    prepare_lab: Callable[[Any], None] | None = None,
) -> Iterator[OpenTransport]:
    """Validate the options and yield a ready transport (starting the lab for ``--lab``).

    ``prepare_lab`` may add to the lab's world before it is served (dns-publish adds
    the lab's domain controller).

    The warning owed for ``--insecure-skip-tls-verify`` is printed here, so that
    no command opening machines can leave it out.

    Raises:
        TransportArgumentError: bad options, missing password, or no lab in this build.
    """
    settings = transport_settings(args, stdin=stdin, secret_store=secret_store, prompt=prompt)
    if settings.mode is not TransportMode.LAB:
        warn_if_insecure(settings)
        yield OpenTransport(settings, build_runner_factory(settings))
        return
    try:
        from app.lab.runtime import LabRuntime
        from app.lab.world import build_default_lab
    except ImportError as problem:
        raise TransportArgumentError(msg(LAB_UNAVAILABLE, str(problem))) from None
    scenario = getattr(args, "lab_scenario", None) or DEFAULT_SCENARIO
    world = build_default_lab(seed=int(args.lab_seed), scenario=scenario)
    if prepare_lab is not None:
        prepare_lab(world)
    with LabRuntime(world, https=settings.https) as lab:
        settings = replace(
            settings,
            user=world.user,
            password=world.password,
            ca_file=str(lab.ca_file) if lab.ca_file else None,
        )

        def url_for(host: str) -> str:
            return lab.winrm_url(host, https=settings.https)

        yield OpenTransport(settings, build_runner_factory(settings, url_for=url_for), lab)
