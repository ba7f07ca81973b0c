"""run_task: results, errors and cancellation reach the GUI thread; progress is throttled."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from app.domain.cancellation import Cancelled
from app.workers import MAX_UPDATES_PER_SECOND, run_task


def test_result_is_delivered_on_the_gui_thread(qtbot, pool):
    seen = {}
    gui_thread = QThread.currentThread()

    def work(token, report):
        seen["worker_thread"] = threading.current_thread().name
        return 42

    task = run_task(work, pool=pool)
    task.succeeded.connect(lambda r: seen.update(result=r, thread=QThread.currentThread()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["thread"] is gui_thread
    assert seen["worker_thread"] != threading.main_thread().name
    assert not task.is_running


def test_exception_is_delivered_not_lost(qtbot, pool):
    task = run_task(lambda token, report: 1 / 0, pool=pool)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_cancel_stops_cooperative_work(qtbot, pool):
    started = threading.Event()

    def work(token, report):
        started.set()
        while True:
            token.raise_if_cancelled()
            token.wait(0.01)

    task = run_task(work, pool=pool)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    with qtbot.assertNotEmitted(task.succeeded, wait=50):
        pass


def test_work_returning_after_cancel_reports_cancelled(qtbot, pool):
    def work(token, report):
        token.cancel()
        return "partial"

    task = run_task(work, pool=pool)
    with qtbot.waitSignal(task.cancelled, timeout=5000) as blocker:
        pass
    assert blocker.args == ["partial"]  # what was done before the cancel is not lost


def test_explicit_cancelled_exception(qtbot, pool):
    def work(token, report):
        raise Cancelled()

    task = run_task(work, pool=pool)
    with qtbot.waitSignal(task.cancelled, timeout=5000) as blocker:
        pass
    assert blocker.args == [None]


def test_progress_is_batched_and_complete(qtbot, pool):
    n = 20_000
    batches: list[list] = []

    def work(token, report):
        for i in range(n):
            report(i)
            if i % 2000 == 0:
                time.sleep(0.02)  # the worker takes a while, like a real scan
        return n

    started = time.perf_counter()
    task = run_task(work, pool=pool)
    task.progress.connect(batches.append)
    order: list[str] = []
    task.progress.connect(lambda _b: order.append("progress"))
    task.succeeded.connect(lambda _r: order.append("succeeded"))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    elapsed = time.perf_counter() - started
    delivered = [item for batch in batches for item in batch]
    assert delivered == list(range(n))  # nothing lost, order kept
    # Never more than ~20 emissions a second (plus the final flush).
    assert len(batches) <= elapsed * MAX_UPDATES_PER_SECOND + 2
    assert order[-1] == "succeeded"  # the last progress batch comes before the outcome
