"""Shared set-up for the tests that drive the real winrm adapter against the real lab."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from app.adapters.winrm_runner import WinrmRunner, WinrmSettings
from app.domain.errors import ErrorKind, ExecutionError
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab

KMS_HOST = "kms01.lab.test"


@contextmanager
def running_lab(seed: int = 0, clients: int = 40, **options) -> Iterator[LabRuntime]:
    """The default lab topology served on loopback (no DNS server: WinRM only)."""
    options.setdefault("with_dns", False)
    with LabRuntime(
        build_default_lab(seed=seed, clients=clients, scenario="legacy-2008r2"), **options
    ) as lab:
        yield lab


def lab_settings(lab: LabRuntime, machine: str, *, https: bool = False, **changes) -> WinrmSettings:
    """The settings the ``--lab`` transport uses for ``machine``."""
    settings = WinrmSettings(
        url=lab.winrm_url(machine, https=https),
        auth="basic",
        user=lab.world.user,
        password=lab.world.password,
        ca_file=str(lab.ca_file) if https else None,
        timeout=10.0,
    )
    return replace(settings, **changes)


def lab_runner(lab: LabRuntime, machine: str = KMS_HOST, **changes) -> WinrmRunner:
    return WinrmRunner(machine, lab_settings(lab, machine, **changes))


def run_failing(runner: WinrmRunner, operation: str = "inspect", params=None, timeout=None):
    """Run an operation that must fail; returns (error, elapsed seconds)."""
    started = time.monotonic()
    try:
        runner.run(operation, params, timeout=timeout)
    except ExecutionError as error:
        return error, time.monotonic() - started
    finally:
        runner.close()
    raise AssertionError(f"{operation} on {runner.target} did not fail")


def machines_by(lab: LabRuntime, predicate) -> list[str]:
    """Lab machines whose ``inspect`` answer satisfies ``predicate``.

    Only reachable machines whose PowerShell runs the scripts (not the stock 2.0 of a
    Windows 7 / 2008 R2 never updated) are asked.
    """
    found = []
    for name in lab.world.machine_names():
        if not lab.world.is_reachable(name):
            continue
        runner = lab_runner(lab, name)
        try:
            if predicate(runner.run("inspect")):
                found.append(name)
        except ExecutionError as error:
            if error.kind is not ErrorKind.POWERSHELL_TOO_OLD:
                raise
        finally:
            runner.close()
    return found


def unreachable_machine(lab: LabRuntime) -> str:
    return next(n for n in lab.world.machine_names() if not lab.world.is_reachable(n))


__all__ = [
    "KMS_HOST",
    "ErrorKind",
    "lab_runner",
    "lab_settings",
    "machines_by",
    "run_failing",
    "running_lab",
    "unreachable_machine",
]
