"""Fleet scan: read the licensing state of many machines at once, safely and fast.

DESIGN §2.4. A fixed pool of worker threads (the concurrency, default 32, at
most 256) pulls host names one by one; each worker builds a runner for its host
(one WinRM connection: the runner's TCP pre-probe makes a dead host cost about
a second), runs ``status`` — one exchange per host; ``inspect`` follows only
when the machine's ``status`` lacks the OS facts — closes the runner and hands
the :class:`HostResult` to the calling thread. That thread alone journals (in
batches, one transaction each) and reports progress, one event per host
(the GUI throttles them; see ``app.workers``).

One slow or dead host never stalls the rest: every host has its own deadline
(default 20 s, enforced by the runner). Cancel stops new hosts from starting at
once; hosts already in flight finish or hit their deadline; hosts never started
are reported as not scanned.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.cancellation import CancelToken
from app.domain.catalog import Catalog
from app.domain.errors import ExecutionError
from app.domain.licensing import InvalidStatusData
from app.domain.ports import Journal, RunnerFactory
from app.domain.scan_results import (
    HostOutcome,
    HostResult,
    ScanOptions,
    ScanSummary,
    failed_result,
    not_scanned,
    os_facts,
    read_host_result,
    result_to_record,
    summarise,
    utc_now,
)

_LOG = logging.getLogger(__name__)

# Journal writes are batched: at most this many results or this many seconds per transaction.
_BATCH_RESULTS = 200
_BATCH_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """One host finished (the GUI and the CLI count and show these)."""

    result: HostResult
    done: int
    total: int
    failed: int
    elapsed: float


@dataclass(frozen=True)
class ScanReport:
    """The whole scan: one result per host in inventory order, the summary, the journal id."""

    scan_id: int | None
    results: tuple[HostResult, ...]
    summary: ScanSummary
    started: datetime
    finished: datetime
    cancelled: bool

    @property
    def by_host(self) -> dict[str, HostResult]:
        return {r.host: r for r in self.results}


class FleetScanner:
    """Scans hosts through a :class:`RunnerFactory`, journaling every result.

    Args:
        runners: builds one runner per host (closed after the host).
        catalog: names editions and their GVLKs.
        journal: where scans and results are recorded (None: not recorded).
        clock: the current UTC time (tests may pin it).
    """

    def __init__(
        self,
        runners: RunnerFactory,
        catalog: Catalog,
        journal: Journal | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._runners = runners
        self._catalog = catalog
        self._journal = journal
        self._clock = clock

    # --- one host ----------------------------------------------------------------------

    def scan_host(self, host: str, timeout: float) -> HostResult:
        """Read one host within ``timeout`` seconds; never raises for the host's failures."""
        started = time.monotonic()
        deadline = started + timeout
        runner = None
        try:
            runner = self._runners(host)
            status = runner.run("status", timeout=timeout)
            inspect = None
            if os_facts(status, None) is None:
                inspect = runner.run("inspect", timeout=max(0.1, deadline - time.monotonic()))
            elapsed = _ms_since(started)
            return read_host_result(
                host, status, self._catalog, self._clock(), inspect=inspect, elapsed_ms=elapsed
            )
        except ExecutionError as error:
            return failed_result(
                host,
                error.kind,
                error.detail,
                self._clock(),
                _ms_since(started),
                error.hresult,
                error.data,
            )
        except InvalidStatusData as problem:
            return failed_result(
                host, "INVALID_STATUS", problem.field, self._clock(), _ms_since(started)
            )
        except Exception as problem:  # a bug below us must cost one host, not the scan
            _LOG.exception("reading %s failed unexpectedly", host)
            return failed_result(
                host, "UNEXPECTED", type(problem).__name__, self._clock(), _ms_since(started)
            )
        finally:
            if runner is not None:
                runner.close()

    # --- many hosts --------------------------------------------------------------------

    def scan(
        self,
        hosts: Sequence[str],
        options: ScanOptions | None = None,
        *,
        source: str = "",
        cancel: CancelToken | None = None,
        progress: Callable[[ScanProgress], None] | None = None,
    ) -> ScanReport:
        """Scan ``hosts`` (already validated and de-duplicated, see ``app.domain.inventory``).

        Args:
            hosts: host names, in the order results are reported.
            options: concurrency, per-host deadline, expiry window.
            source: how the inventory was given (journaled: "hosts.txt", "10.0.0.0/24"…).
            cancel: stops new hosts from starting.
            progress: called on the calling thread once per finished host.
        """
        options = options or ScanOptions()
        cancel = cancel or CancelToken()
        started = self._clock()
        started_clock = time.monotonic()
        total = len(hosts)
        scan_id = None
        if self._journal is not None:
            scan_id = self._journal.start_scan(
                source,
                total,
                {
                    "concurrency": options.concurrency,
                    "timeout": options.timeout,
                    "expiring_days": options.expiring_days,
                },
            )
        results: list[HostResult | None] = [None] * total
        finished: queue.SimpleQueue[tuple[int, HostResult] | None] = queue.SimpleQueue()
        pending = _Feeder(hosts, cancel)
        workers = [
            threading.Thread(
                target=self._work, args=(pending, options.timeout, finished), daemon=True
            )
            for _ in range(min(options.concurrency, total))
        ]
        for worker in workers:
            worker.start()
        batch: dict[str, dict] = {}
        last_flush = time.monotonic()
        done = failed = 0
        running = len(workers)
        try:
            while running:
                item = finished.get()
                if item is None:
                    running -= 1
                    continue
                index, result = item
                results[index] = result
                done += 1
                failed += result.outcome is not HostOutcome.SCANNED
                if scan_id is not None:
                    batch[result.host] = result_to_record(result)
                    now = time.monotonic()
                    if len(batch) >= _BATCH_RESULTS or now - last_flush >= _BATCH_SECONDS:
                        self._flush(scan_id, batch)
                        last_flush = now
                if progress is not None:
                    progress(
                        ScanProgress(result, done, total, failed, time.monotonic() - started_clock)
                    )
        finally:
            if running:  # the caller's progress callback raised: let the workers stop
                cancel.cancel()
        read_at = self._clock()
        final = tuple(
            r if r is not None else not_scanned(h, read_at)
            for h, r in zip(hosts, results, strict=True)
        )
        cancelled = any(r.outcome is HostOutcome.NOT_SCANNED for r in final)
        if scan_id is not None:
            for result in final:
                if result.outcome is HostOutcome.NOT_SCANNED:
                    batch[result.host] = result_to_record(result)
            self._flush(scan_id, batch)
        summary = summarise(final, options.expiring_days)
        if scan_id is not None and self._journal is not None:
            self._journal.finish_scan(
                scan_id, "cancelled" if cancelled else "done", summary.as_dict()
            )
        return ScanReport(scan_id, final, summary, started, self._clock(), cancelled)

    def _work(
        self,
        pending: _Feeder,
        timeout: float,
        finished: queue.SimpleQueue[tuple[int, HostResult] | None],
    ) -> None:
        try:
            for index, host in pending:
                try:
                    result = self.scan_host(host, timeout)
                except Exception as problem:  # even building the failure failed: still one host
                    _LOG.exception("reading %s failed unexpectedly", host)
                    result = failed_result(host, "UNEXPECTED", type(problem).__name__, utc_now(), 0)
                finished.put((index, result))
        finally:
            finished.put(None)

    def _flush(self, scan_id: int, batch: dict[str, dict]) -> None:
        if batch and self._journal is not None:
            record_hosts = getattr(self._journal, "record_hosts", None)
            if record_hosts is not None:
                record_hosts(scan_id, dict(batch))
            else:
                for host, record in batch.items():
                    self._journal.record_host(scan_id, host, record)
        batch.clear()


class _Feeder:
    """Hands out (index, host) to the workers until the list ends or the scan is cancelled."""

    def __init__(self, hosts: Sequence[str], cancel: CancelToken) -> None:
        self._items = iter(enumerate(hosts))
        self._cancel = cancel
        self._lock = threading.Lock()

    def __iter__(self) -> Iterator[tuple[int, str]]:
        while True:
            with self._lock:
                if self._cancel.cancelled:
                    return
                item = next(self._items, None)
            if item is None:
                return
            yield item


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
