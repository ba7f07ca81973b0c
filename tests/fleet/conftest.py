"""Fixtures for the fleet tests: the real lab on loopback, the real winrm adapter, a journal.

The lab runs in-process (HTTP only: no CA to build) with the default topology;
runners are the production ones (``build_runner_factory`` with the lab's URLs,
exactly what ``--lab`` uses). The keyring is an in-memory backend installed
with ``keyring.set_keyring`` for the test and removed after it.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from app.adapters.journal import SqliteJournal
from app.adapters.runner_factory import TransportMode, TransportSettings, build_runner_factory
from app.domain.catalog import default_catalog
from app.lab.runtime import LabRuntime
from app.lab.working_host import set_up_working_kms_host
from app.lab.world import build_default_lab
from app.services.host_setup.licensing_state import parse_status
from tests.memory_keyring import MemoryKeyring

KMS_HOST = "kms01.lab.test"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def lab() -> Iterator[LabRuntime]:
    """The 2008 R2 story's lab (kms01 + 40 clients) on loopback, WinRM over HTTP, no DNS."""
    world = build_default_lab(seed=0, scenario="legacy-2008r2")
    with LabRuntime(world, https=False, with_dns=False) as runtime:
        yield runtime


def lab_settings(lab: LabRuntime, timeout: float = 10.0) -> TransportSettings:
    return TransportSettings(
        mode=TransportMode.LAB,
        https=False,
        auth="basic",
        user=lab.world.user,
        password=lab.world.password,
        timeout=timeout,
    )


@pytest.fixture
def runners(lab: LabRuntime):
    """The ``--lab`` runner factory: the real winrm adapter to each lab machine's URL."""
    return build_runner_factory(lab_settings(lab), url_for=lab.winrm_url)


@pytest.fixture
def journal(tmp_path) -> Iterator[SqliteJournal]:
    store = SqliteJournal(tmp_path / "journal.sqlite3")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session")
def catalog():
    return default_catalog()


def make_kms_host(runners, lab: LabRuntime) -> None:
    """Turn the lab's kms01 into a working KMS host through the real operations."""
    runner = runners(KMS_HOST)
    try:
        set_up_working_kms_host(runner, lab.world.lab_keys(), lab.world.scenario)
    finally:
        runner.close()


def host_count(runners) -> int:
    runner = runners(KMS_HOST)
    try:
        # The count as the wizard reads it: null (WMI's uint32 sentinel) is "no count yet".
        return parse_status(runner, runner.run("status")).service.count
    finally:
        runner.close()
