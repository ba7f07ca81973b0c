"""Garbage holding Qt objects is collected on the GUI thread, never on a worker.

A worker that collected a cycle holding a widget ran the widget's destructor beside the
GUI thread and deadlocked the wizard (Qt's signal lock against the interpreter lock).
"""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QLabel

from app.workers import run_task
from app.workers.gui_thread_gc import gui_thread_collector


class _CycleWithWidget:
    """A reference cycle owning a label; records the thread that destroys it."""

    def __init__(self, seen: list[str]) -> None:
        self.label = QLabel("garbage")
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate_a_lot(_token, _report) -> list:
    # Container allocations are what advance the collector's counters; they stay
    # alive (returned), so a collection is still due when the task ends.
    return [[i] for i in range(200_000)]


@pytest.fixture
def collector(qapp):
    collector = gui_thread_collector()
    yield collector
    gc.collect()


def test_automatic_collection_is_off_while_the_collector_runs(collector):
    assert gui_thread_collector() is collector  # one per application
    assert not gc.isenabled()


def test_a_cycle_holding_a_widget_dies_on_the_gui_thread(collector, qtbot, pool):
    gc.collect()
    seen: list[str] = []
    _CycleWithWidget(seen)  # unreachable at once: only the collector can free it
    task = run_task(_allocate_a_lot, pool=pool)
    kept = []
    task.succeeded.connect(kept.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert seen in ([], [threading.main_thread().name])  # a worker never collected it
    qtbot.waitUntil(lambda: seen != [], timeout=5_000)  # the GUI timer did
    assert seen == [threading.main_thread().name]
    assert len(kept[0]) == 200_000


def _push_the_oldest_generation_over_its_threshold() -> None:
    for _ in range(gc.get_threshold()[2] + 2):
        gc.collect(1)
    assert gc.get_count()[2] > gc.get_threshold()[2]


def test_full_collections_wait_for_the_end_of_runs(collector):
    collector.run_started()
    try:
        _push_the_oldest_generation_over_its_threshold()
        assert collector.collect_due() != 2
    finally:
        collector.run_ended()
    # The run's survivors were frozen (long-lived results are not scanned again) ...
    assert gc.get_freeze_count() > 0
    # ... and once idle, a due full collection runs.
    _push_the_oldest_generation_over_its_threshold()
    assert collector.collect_due() == 2
