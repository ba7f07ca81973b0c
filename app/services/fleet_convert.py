"""Fleet conversion MAK⇄KMS: plan (dry run), then execute with a journal that survives a crash.

DESIGN §2.4. :meth:`FleetConverter.plan` reads every host now (the scan
service, so one dead host costs its deadline only) and plans each with
:func:`app.domain.conversion.plan_conversion`. Nothing changes until
:meth:`FleetConverter.execute` gets that plan back — the caller shows it and
asks first. Execution runs hosts in parallel (bounded), the steps of one host
in order, and writes every step to the journal as an *intent* before it runs
and an *outcome* after; the last step of each host re-reads its state.

:meth:`FleetConverter.resume` finishes a run that a crash or a closed window
interrupted: a host whose verification has an outcome is complete; any other
host is read again, and each step without a "done" outcome is first checked
against that fresh state (:func:`app.domain.fleet_conversion.step_in_effect`)
— a key already installed or a product already licensed is never sent again.
A resume carries on past a pending KMS activation exactly as a live run does,
and reports a host as the journal recorded it, never "converted" while a
planned step has neither run nor been shown unnecessary. A MAK activation left
running by the interrupted process is given its time before it is sent again.

A write whose answer is lost (a time-out, a dropped connection) is read back
from the machine and journaled as what is true. A bug in one host's worker is
that host's failure (logged with its traceback in the debug log): the other
hosts go on, and the run stays open so a resume can check and finish the host.

MAKs come from the keyring by label just before use; they never reach the
journal, a report, an exception text or a progress event.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.domain.cancellation import CancelToken
from app.domain.catalog import Catalog
from app.domain.conversion import ConversionDirection, ConversionTarget, StepKind
from app.domain.dns import NameServer, QueryStatus, srv_name
from app.domain.errors import ErrorKind, ExecutionError, explain
from app.domain.fleet_conversion import (
    PENDING_KMS_CODES,
    ConversionProblem,
    ConversionRefused,
    FleetPlan,
    HostPlan,
    ResumeState,
    RunStep,
    plan_host,
    product_for_step,
    step_in_effect,
    target_from_record,
    target_record,
)
from app.domain.hresults import format_hresult
from app.domain.keys import InvalidProductKey, parse_key
from app.domain.kms_coverage import HostKeys, host_keys, unreachable
from app.domain.licensing import InvalidStatusData, LicenseChannel
from app.domain.ports import Journal, Resolver, RunnerFactory, SecretStore
from app.domain.scan_results import (
    DEFAULT_CONCURRENCY,
    HostResult,
    ScanOptions,
    check_concurrency,
    check_timeout,
    read_host_result,
    utc_now,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, msg
from app.domain.way_back import way_back_host_plan, way_back_plan
from app.services.fleet_scan import FleetScanner

_LOG = logging.getLogger(__name__)

DEFAULT_CONVERT_CONCURRENCY = 8
DEFAULT_STEP_TIMEOUT = 60.0  # an online MAK activation can take half a minute

RECHECKED_DONE = QT_TRANSLATE_NOOP(
    "FleetConversion", "Checked again after the interruption: already in effect."
)
RECHECKED_NOT_DONE = QT_TRANSLATE_NOOP(
    "FleetConversion", "Checked again after the interruption: not in effect, so it is run again."
)
RECHECK_READ = QT_TRANSLATE_NOOP(
    "FleetConversion", "Read the licensing state again after the interruption."
)
SUPERSEDED_READ = QT_TRANSLATE_NOOP(
    "FleetConversion", "Interrupted before its answer; read again by the resumed run."
)
ANSWER_LOST_IN_EFFECT = QT_TRANSLATE_NOOP(
    "FleetConversion", "Its answer was lost (%1); read back from the machine: in effect."
)
ANSWER_LOST_NOT_IN_EFFECT = QT_TRANSLATE_NOOP(
    "FleetConversion", "Its answer was lost (%1); read back from the machine: not in effect."
)
ANSWER_LOST_UNREADABLE = QT_TRANSLATE_NOOP(
    "FleetConversion", "Its answer was lost (%1) and the machine could not be read back."
)

# Failures after which a write is known not to have run, or to have answered for itself:
# the machine refused us before running anything, or the script ran and said how it
# failed. After any other failure (a time-out, a dropped connection, a garbled or
# oversized answer) the command may have run and only its answer been lost, so the
# machine is read back before the journal says anything (reliability F5).
_ANSWERED_OR_NOT_RUN = frozenset(
    {
        ErrorKind.SCRIPT_FAILED,
        ErrorKind.CREDENTIALS,
        ErrorKind.TLS,
        ErrorKind.POWERSHELL_TOO_OLD,
        ErrorKind.CONSTRAINED_LANGUAGE,
    }
)
_WRITES = frozenset(
    {
        StepKind.INSTALL_KEY,
        StepKind.SET_KMS_HOST,
        StepKind.CLEAR_KMS_HOST,
        StepKind.SET_KMS_LOOKUP_DOMAIN,
        StepKind.ACTIVATE,
    }
)


class StepState(StrEnum):
    """How a step ended (journal states, plus ``in-effect`` for a step proven done on resume)."""

    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"
    IN_EFFECT = "in-effect"


@dataclass(frozen=True)
class StepResult:
    """One step as it ended."""

    host: str
    seq: int
    operation: str
    description: Message
    state: StepState
    hresult: int | None = None
    error: ExecutionError | None = None

    @classmethod
    def of(cls, step: RunStep, state: StepState, error: ExecutionError | None = None) -> StepResult:
        """How ``step`` ended; a failure carries the machine's error and its HRESULT."""
        hresult = error.hresult if error is not None else None
        return cls(step.host, step.seq, step.operation, step.description, state, hresult, error)

    @property
    def pending_activation(self) -> bool:
        """A KMS activation refused only because the host's count is still too low."""
        return (
            self.state is StepState.FAILED
            and self.operation == "activate"
            and self.hresult in PENDING_KMS_CODES
        )


@dataclass(frozen=True)
class HostConversion:
    """One host at the end of a run: its steps and the state read last."""

    host: str
    steps: tuple[StepResult, ...] = ()
    after: HostResult | None = None
    complete: bool = True  # False: resume could not finish it (the run stays open)
    problem: Message | None = None
    unexpected: bool = False  # a bug stopped it (logged with its traceback)

    @property
    def failed(self) -> bool:
        return not self.complete or any(
            s.state is StepState.FAILED and not s.pending_activation for s in self.steps
        )

    @property
    def pending(self) -> bool:
        return any(s.pending_activation for s in self.steps)


@dataclass(frozen=True)
class ConversionReport:
    """A run: its journal id, every host's result, and whether it was cancelled or resumed."""

    run_id: int
    target: ConversionTarget
    hosts: tuple[HostConversion, ...]
    cancelled: bool = False
    resumed: bool = False
    finished: bool = True

    @property
    def ok(self) -> bool:
        return self.finished and not self.cancelled and not any(h.failed for h in self.hosts)


@dataclass(frozen=True, slots=True)
class ConversionProgress:
    """A step ended (``step`` set), a host finished (``host_done`` set), or a resume waits
    up to ``waiting`` seconds for an interrupted MAK activation that may still run."""

    host: str
    step: StepResult | None = None
    host_done: HostConversion | None = None
    hosts_done: int = 0
    hosts_total: int = 0
    waiting: float = 0.0


@dataclass
class _HostContext:
    """What one host's execution carries from step to step."""

    secrets: Mapping[str, str]
    installed_last5: dict[str, str] = field(default_factory=dict)  # activation id → key last 5
    installed_ids: dict[str, str] = field(default_factory=dict)  # old → new activation id


SrvLookup = Callable[[str], tuple[str, ...]]


def srv_lookup(
    resolver: Resolver, servers: Sequence[NameServer], timeout: float = 3.0
) -> SrvLookup:
    """The KMS hosts that ``_vlmcs._tcp.<domain>`` names, asked like a client would.

    The first server that answers decides; no answer gives no host (the marks then
    say "cannot check").
    """

    def lookup(domain: str) -> tuple[str, ...]:
        for server in servers:
            answer = resolver.query(
                server, srv_name(domain), "SRV", recursive=True, timeout=timeout
            )
            if answer.status in (QueryStatus.ANSWER, QueryStatus.NODATA, QueryStatus.NXDOMAIN):
                targets = (t.target.rstrip(".") for t in answer.srv() if t.target != ".")
                return tuple(dict.fromkeys(t for t in targets if t))
        return ()

    return lookup


class FleetConverter:
    """Plans and runs conversions.

    Args:
        runners: one runner per host (closed after the host).
        catalog: GVLKs and edition names.
        journal: the durable record of every step (required: it is what makes
            a run safe to interrupt).
        secrets: the keyring holding MAKs (needed for conversions to MAK).
        srv_hosts: DNS discovery: the KMS hosts a domain's SRV records name
            (:func:`srv_lookup`), to judge what the clients' host can activate.
    """

    def __init__(
        self,
        runners: RunnerFactory,
        catalog: Catalog,
        journal: Journal,
        secrets: SecretStore | None = None,
        srv_hosts: SrvLookup | None = None,
    ) -> None:
        self._runners = runners
        self._catalog = catalog
        self._journal = journal
        self._secrets = secrets
        self._srv_hosts = srv_hosts
        self._scanner = FleetScanner(runners, catalog)

    # --- plan ---------------------------------------------------------------------------

    def plan(
        self,
        hosts: Sequence[str],
        target: ConversionTarget,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float = 20.0,
        cancel: CancelToken | None = None,
        progress: Callable[[Any], None] | None = None,
        include_uncovered: bool = False,
        kms_hosts: Sequence[str] = (),
    ) -> FleetPlan:
        """Read every host now and plan it (nothing is changed: this is the dry run).

        Towards KMS the KMS host is read too, and each product to convert is
        marked with whether its key can activate it (:mod:`app.domain.kms_coverage`);
        those it cannot are left out unless ``include_uncovered``.

        Args:
            kms_hosts: the KMS hosts to judge against when the target names none
                (DNS discovery: the hosts the SRV records name; the host set up in
                this run). Without them a client's own explicit or discovered host is used.
        """
        report = self._scanner.scan(
            hosts,
            ScanOptions(concurrency=concurrency, timeout=timeout),
            cancel=cancel,
            progress=progress,
        )
        read: dict[str, HostKeys] = {}
        srv: dict[str, tuple[str, ...]] = {}  # domain → the hosts its SRV records name
        plans = []
        for result in report.results:
            if not result.reachable:
                plans.append(HostPlan(result.host, result, None))
                continue
            judged: tuple[HostKeys, ...] = ()
            if target.direction is ConversionDirection.TO_KMS:
                names = self._kms_hosts_for(result, target, kms_hosts, srv)
                judged = tuple(self._read_kms_host(n, read, timeout) for n in names)
            plans.append(plan_host(result, target, self._catalog, judged, include_uncovered))
        return FleetPlan(target, tuple(plans), include_uncovered)

    def _kms_hosts_for(
        self,
        result: HostResult,
        target: ConversionTarget,
        given: Sequence[str],
        srv: dict[str, tuple[str, ...]],
    ) -> tuple[str, ...]:
        """The KMS hosts this client will ask after the run."""
        if target.kms_host is not None:
            return (target.kms_host.host,)
        if given:
            return tuple(dict.fromkeys(given))
        keeps_setting = not target.use_dns_discovery and target.kms_lookup_domain is None
        if keeps_setting and result.kms_host is not None:
            return (result.kms_host.host,)
        domain = target.kms_lookup_domain or result.host.partition(".")[2]
        if self._srv_hosts is not None and domain:
            if domain not in srv:
                srv[domain] = self._srv_hosts(domain)
            if srv[domain]:
                return srv[domain]
        if result.discovered is not None:
            return (result.discovered.host,)
        return ()

    def _read_kms_host(self, host: str, read: dict[str, HostKeys], timeout: float) -> HostKeys:
        """The KMS host's own keys, read once per plan with the conversion's runners."""
        key = host.lower()
        if key not in read:
            runner = self._runners(host)
            try:
                status = runner.run("status", timeout=timeout)
                result = read_host_result(host, status, self._catalog, utc_now())
                read[key] = host_keys(
                    host,
                    (p.state for p in result.products),
                    self._catalog,
                    edition=result.edition_id,
                )
            except ExecutionError as error:
                read[key] = unreachable(host, explain(error)[0])
            except InvalidStatusData as problem:
                read[key] = unreachable(host, problem.message)
            finally:
                runner.close()
        return read[key]

    def plan_way_back(
        self,
        run_id: int,
        *,
        mak_label: str | None = None,
        office_mak_labels: Mapping[str, str] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        timeout: float = 20.0,
        cancel: CancelToken | None = None,
    ) -> FleetPlan:
        """The way back from a finished run (:mod:`app.domain.way_back`): its hosts read now,
        planned in the other direction for the products it changed that are not licensed.
        Nothing is changed: :meth:`execute` runs the plan once confirmed, journaled as any run.

        Raises:
            WayBackRefused: unknown or unfinished run, nothing changed, no MAK label.
        """
        way_back = way_back_plan(
            self._journal.conversion(run_id),
            run_id,
            mak_label=mak_label,
            office_mak_labels=office_mak_labels,
        )
        report = self._scanner.scan(
            way_back.hosts, ScanOptions(concurrency=concurrency, timeout=timeout), cancel=cancel
        )
        hosts = tuple(way_back_host_plan(r, way_back, self._catalog) for r in report.results)
        return FleetPlan(way_back.target, hosts)

    # --- secrets -----------------------------------------------------------------------

    def resolve_secrets(self, labels: Sequence[str]) -> dict[str, str]:
        """Fetch every MAK a run needs before any host is touched.

        Raises:
            ConversionRefused: no safe keyring, a missing label, or not a product key.
        """
        if not labels:
            return {}
        if self._secrets is None or not self._secrets.available:
            raise ConversionRefused(msg(ConversionProblem.NO_SAFE_KEYRING.text))
        found = {}
        for label in labels:
            secret = self._secrets.get(label)
            if not secret:
                raise ConversionRefused(msg(ConversionProblem.NO_SECRET.text, label))
            try:
                found[label] = parse_key(secret).reveal()
            except InvalidProductKey:
                raise ConversionRefused(msg(ConversionProblem.BAD_SECRET.text, label)) from None
        return found

    def unfinished_hosts(self) -> dict[str, int]:
        """Hosts of interrupted runs → the run id (a new run must not touch them)."""
        busy: dict[str, int] = {}
        for run in self._journal.unfinished_conversions():
            for step in run.get("plan") or []:
                host = step.get("host") if isinstance(step, Mapping) else None
                if isinstance(host, str):
                    busy.setdefault(host, int(run["id"]))
        return busy

    # --- execute ------------------------------------------------------------------------

    def execute(
        self,
        plan: FleetPlan,
        *,
        concurrency: int = DEFAULT_CONVERT_CONCURRENCY,
        timeout: float = DEFAULT_STEP_TIMEOUT,
        cancel: CancelToken | None = None,
        progress: Callable[[ConversionProgress], None] | None = None,
    ) -> ConversionReport:
        """Run the confirmed plan; every step journaled before and after.

        Raises:
            ConversionRefused: a MAK is missing, or a host belongs to an
                interrupted run (finish that one first with :meth:`resume`).
        """
        check_concurrency(concurrency)
        check_timeout(timeout)
        work = plan.with_work
        busy = self.unfinished_hosts()
        clash = sorted({h.host for h in work if h.host in busy})
        if clash:
            run_id = busy[clash[0]]
            raise ConversionRefused(
                msg(ConversionProblem.UNFINISHED.text, run_id, ", ".join(clash[:5]))
            )
        secrets = self.resolve_secrets(plan.secret_labels)
        steps = [step for host in work for step in host.steps]
        params = {
            **target_record(plan.target),
            "concurrency": concurrency,
            "timeout": timeout,
            "hosts": [h.host for h in work],
        }
        run_id = self._journal.start_conversion(
            plan.target.direction.value, params, [s.record() for s in steps]
        )
        jobs = [(h.host, list(h.steps), ResumeState(), False) for h in work]
        return self._run(run_id, plan.target, jobs, secrets, concurrency, timeout, cancel, progress)

    # --- resume -------------------------------------------------------------------------

    def interrupted_runs(self) -> list[Mapping[str, Any]]:
        """Runs that never finished, oldest first (what ``--resume`` and the GUI offer)."""
        return list(self._journal.unfinished_conversions())

    def resume(
        self,
        run_id: int | None = None,
        *,
        cancel: CancelToken | None = None,
        progress: Callable[[ConversionProgress], None] | None = None,
    ) -> ConversionReport:
        """Finish an interrupted run (the given one, or the most recent).

        Raises:
            ConversionRefused: nothing to resume, no such interrupted run, a
                damaged record, or a MAK no longer in the keyring.
        """
        runs = self.interrupted_runs()
        if not runs:
            raise ConversionRefused(msg(ConversionProblem.NOTHING_TO_RESUME.text))
        chosen = runs[-1] if run_id is None else next((r for r in runs if r["id"] == run_id), None)
        if chosen is None:
            raise ConversionRefused(msg(ConversionProblem.NO_SUCH_RUN.text, run_id))
        run_id = int(chosen["id"])
        try:
            params = dict(chosen["params"])
            target = target_from_record(params)
            steps = [RunStep.from_record(s, self._catalog) for s in chosen["plan"]]
            concurrency = check_concurrency(int(params.get("concurrency", 8)))
            timeout = check_timeout(float(params.get("timeout", DEFAULT_STEP_TIMEOUT)))
        except (KeyError, ValueError, TypeError):
            raise ConversionRefused(msg(ConversionProblem.DAMAGED_RUN.text, run_id)) from None
        secrets = self.resolve_secrets(sorted({s.secret_label for s in steps if s.secret_label}))
        rows_by_host: dict[str, list[Mapping[str, Any]]] = {}
        for row in self._journal.conversion_steps(run_id):
            rows_by_host.setdefault(str(row["host"]), []).append(row)
        self._supersede_reads(steps, rows_by_host)
        jobs = []
        for host in dict.fromkeys(s.host for s in steps):
            host_steps = sorted((s for s in steps if s.host == host), key=lambda s: s.seq)
            jobs.append((host, host_steps, ResumeState.from_rows(rows_by_host.get(host, [])), True))
        return self._run(
            run_id, target, jobs, secrets, concurrency, timeout, cancel, progress, resumed=True
        )

    def _supersede_reads(
        self, steps: Sequence[RunStep], rows_by_host: Mapping[str, list[Mapping[str, Any]]]
    ) -> None:
        """Close the reads an interruption left open: this resume reads every host again.

        A read (the re-check, step 0, and the verification) changes nothing, so an
        unanswered one is simply replaced (reliability F6). An unanswered write stays
        open here: the re-check against the machine decides it.
        """
        verifies = {(s.host, s.seq) for s in steps if s.kind is StepKind.VERIFY}
        for host, rows in rows_by_host.items():
            for row in rows:
                read = int(row["seq"]) == 0 or (host, int(row["seq"])) in verifies
                if read and row.get("state") == "intent":
                    self._journal.step_outcome(
                        int(row["id"]), "superseded", detail=msg(SUPERSEDED_READ).english()
                    )

    # --- the engine ---------------------------------------------------------------------

    def _run(
        self,
        run_id: int,
        target: ConversionTarget,
        jobs: list[tuple[str, list[RunStep], ResumeState, bool]],
        secrets: Mapping[str, str],
        concurrency: int,
        timeout: float,
        cancel: CancelToken | None,
        progress: Callable[[ConversionProgress], None] | None,
        *,
        resumed: bool = False,
    ) -> ConversionReport:
        cancel = cancel or CancelToken()
        events: queue.SimpleQueue[ConversionProgress | None] = queue.SimpleQueue()
        feeder = _Feeder(jobs, cancel)
        results: dict[str, HostConversion] = {}
        lock = threading.Lock()

        def work() -> None:
            try:
                for host, steps, prior, is_resume in feeder:
                    try:
                        done = self._convert_host(
                            run_id, host, steps, prior, is_resume, secrets, timeout, events
                        )
                    except Exception:  # a bug must cost this host only, never the run
                        _LOG.exception("converting %s failed unexpectedly (run %s)", host, run_id)
                        writes = {s.seq for s in steps if s.kind in _WRITES}
                        done = _unexpected(host, (), changed=self._changed(run_id, host, writes))
                    with lock:
                        results[host] = done
                        count = len(results)
                    events.put(ConversionProgress(host, None, done, count, len(jobs)))
            finally:
                events.put(None)

        workers = [
            threading.Thread(target=work, daemon=True)
            for _ in range(min(concurrency, max(1, len(jobs))))
        ]
        for worker in workers:
            worker.start()
        running = len(workers)
        try:
            while running:
                event = events.get()
                if event is None:
                    running -= 1
                elif progress is not None:
                    progress(event)
        finally:
            if running:
                cancel.cancel()
        hosts = []
        cancelled = False
        for host, _steps, _prior, _is_resume in jobs:
            if host in results:
                hosts.append(results[host])
            elif cancel.cancelled:  # someone cancelled: the hosts not started stay as they are
                cancelled = True
                hosts.append(
                    HostConversion(
                        host,
                        complete=True,
                        problem=msg(ConversionProblem.NOT_CONVERTED_CANCELLED.text, host),
                    )
                )
            else:  # never started and nobody cancelled: the run stays open for a resume
                hosts.append(
                    HostConversion(
                        host,
                        complete=False,
                        problem=msg(ConversionProblem.NOT_STARTED.text, host),
                    )
                )
        finished = all(h.complete for h in hosts)
        if finished:
            failed = any(h.failed for h in hosts)
            status = "cancelled" if cancelled else ("failed" if failed else "done")
            self._journal.finish_conversion(run_id, status)
        return ConversionReport(run_id, target, tuple(hosts), cancelled, resumed, finished)

    def _convert_host(
        self,
        run_id: int,
        host: str,
        steps: list[RunStep],
        prior: ResumeState,
        is_resume: bool,
        secrets: Mapping[str, str],
        timeout: float,
        events: queue.SimpleQueue[ConversionProgress | None],
    ) -> HostConversion:
        verify = next((s for s in steps if s.kind is StepKind.VERIFY), None)
        if verify is not None and prior.state(verify.seq) in ("done", "failed"):
            # Finished before the interruption: reported as the journal recorded it.
            return HostConversion(host, tuple(_journaled(steps, prior)))
        results: list[StepResult] = []
        runner = self._runners(host)
        try:
            return self._convert_steps(
                run_id,
                runner,
                host,
                steps,
                verify,
                prior,
                is_resume,
                secrets,
                timeout,
                events,
                results,
            )
        except Exception:  # a bug must cost this host only, never the run
            _LOG.exception("converting %s failed unexpectedly (run %s)", host, run_id)
            writes = {s.seq for s in steps if s.kind in _WRITES}
            return _unexpected(host, results, changed=self._changed(run_id, host, writes))
        finally:
            runner.close()

    def _changed(self, run_id: int, host: str, writes: set[int]) -> bool:
        """Whether the journal shows a write step of ``host`` done, or sent without an answer."""
        try:
            rows = self._journal.conversion_steps(run_id)
        except Exception:  # the journal itself may be what broke: assume the worst
            _LOG.exception("reading run %s back from the journal failed", run_id)
            return True
        return any(
            r.get("host") == host
            and int(r["seq"]) in writes
            and r.get("state") in ("done", "intent")
            for r in rows
        )

    def _convert_steps(
        self,
        run_id: int,
        runner: Any,
        host: str,
        steps: list[RunStep],
        verify: RunStep | None,
        prior: ResumeState,
        is_resume: bool,
        secrets: Mapping[str, str],
        timeout: float,
        events: queue.SimpleQueue[ConversionProgress | None],
        results: list[StepResult],
    ) -> HostConversion:
        context = _HostContext(secrets)
        fresh = None
        if is_resume:
            fresh = self._recheck(run_id, runner, host, timeout)
            if fresh is None:
                return HostConversion(
                    host,
                    complete=False,
                    problem=msg(ConversionProblem.STILL_UNREADABLE.text, host),
                )
        for step in steps:
            if step.kind is StepKind.VERIFY:
                continue
            last5 = self._key_last5(step, steps, context)
            state = prior.state(step.seq)
            if state == "done":
                self._remember_install(step, last5, context)
                continue
            if state == "failed":
                # A pending KMS activation (the count is still low) is no failure: a live
                # run goes on past it, so the resumed one does too (reliability F9).
                results.append(_journaled_result(step, prior))
                if prior.pending(step.seq):
                    continue
                break  # the host failed before the interruption: only verify it
            if fresh is not None:
                in_effect = step_in_effect(step, fresh, last5)
                if not in_effect and state == "intent" and _spends_mak(step, fresh, last5):
                    # Sending it again would spend one more of the MAK's activations if
                    # the interrupted one is still running: give it its time first.
                    fresh = self._await_interrupted(
                        runner, step, fresh, last5, prior, timeout, events
                    )
                    in_effect = step_in_effect(step, fresh, last5)
                row_id = prior.row_id(step.seq)
                if row_id is not None and state == "intent":
                    self._journal.step_outcome(
                        row_id,
                        "done" if in_effect else "superseded",
                        detail=msg(RECHECKED_DONE if in_effect else RECHECKED_NOT_DONE).english(),
                    )
                if in_effect:
                    self._remember_install(step, last5, context)
                    result = StepResult.of(step, StepState.IN_EFFECT)
                    results.append(result)
                    events.put(ConversionProgress(host, result))
                    continue
            result = self._run_step(run_id, runner, step, fresh, last5, context, timeout)
            results.append(result)
            events.put(ConversionProgress(host, result))
            if result.state is StepState.FAILED and not result.pending_activation:
                break  # a failed host still gets its verification below
        after = None
        if verify is not None:
            verify_result, after = self._verify(run_id, runner, verify, timeout)
            results.append(verify_result)
            events.put(ConversionProgress(host, verify_result))
        return HostConversion(host, tuple(results), after)

    def _await_interrupted(
        self,
        runner: Any,
        step: RunStep,
        fresh: HostResult,
        last5: str,
        prior: ResumeState,
        timeout: float,
        events: queue.SimpleQueue[ConversionProgress | None],
    ) -> HostResult:
        """Read the host again until the interrupted step shows its effect or its time is up.

        A killed process leaves its command running on the machine (an online
        activation takes seconds). The interrupted run gave the step ``timeout``
        seconds from its intent; past that, what the machine shows is final.
        """
        started = prior.started(step.seq)
        if started is None:
            return fresh
        left = started + timedelta(seconds=timeout + _CLOCK_MARGIN) - datetime.now(UTC)
        deadline = time.monotonic() + left.total_seconds()
        if left.total_seconds() > 0:
            events.put(ConversionProgress(step.host, waiting=left.total_seconds()))
        while time.monotonic() < deadline:
            time.sleep(max(0.0, min(_BUSY_POLL_SECONDS, deadline - time.monotonic())))
            try:
                status = runner.run("status", timeout=timeout)
                fresh = read_host_result(step.host, status, self._catalog, utc_now())
            except (ExecutionError, InvalidStatusData):
                continue  # a machine busy or rebooting: ask again until the deadline
            if step_in_effect(step, fresh, last5):
                break
        return fresh

    def _key_last5(self, step: RunStep, steps: list[RunStep], context: _HostContext) -> str:
        """The last five characters of the key this host's plan installs for the step's product."""
        for candidate in steps:
            if (
                candidate.kind is StepKind.INSTALL_KEY
                and candidate.activation_id == step.activation_id
            ):
                if candidate.secret_label:
                    secret = context.secrets.get(candidate.secret_label, "")
                    return secret.replace("-", "")[-5:].upper()
                return candidate.key_last5
        return ""

    def _remember_install(self, step: RunStep, last5: str, context: _HostContext) -> None:
        if step.kind is StepKind.INSTALL_KEY and step.activation_id and last5:
            context.installed_last5[step.activation_id] = last5

    def _params(
        self,
        step: RunStep,
        fresh: HostResult | None,
        last5: str,
        context: _HostContext,
    ) -> dict[str, Any]:
        secret = context.secrets.get(step.secret_label) if step.secret_label else None
        params = step.plan_step().params_with_secret(secret)
        if step.kind is StepKind.ACTIVATE:
            new_id = context.installed_ids.get(step.activation_id or "")
            if new_id is None and fresh is not None and last5:
                product = product_for_step(step, fresh, last5)
                new_id = product.state.activation_id if product else None
            if new_id is None and not last5:
                new_id = step.activation_id  # no key changed: the product keeps its id
            if new_id is not None:
                params["activation_id"] = new_id
        return params

    def _run_step(
        self,
        run_id: int,
        runner: Any,
        step: RunStep,
        fresh: HostResult | None,
        last5: str,
        context: _HostContext,
        timeout: float,
    ) -> StepResult:
        params = self._params(step, fresh, last5, context)
        detail = step.description.english()
        step_id = self._journal.step_intent(run_id, step.host, step.seq, step.operation, detail)
        try:
            document = runner.run(step.operation, params, timeout=timeout)
        except ExecutionError as error:
            if error.kind not in _ANSWERED_OR_NOT_RUN and step.kind in _WRITES:
                return self._read_back(step_id, runner, step, error, last5, context, timeout)
            return self._step_failed(step_id, step, error)
        product = document.get("product") if isinstance(document, Mapping) else None
        summary = ""
        if isinstance(product, Mapping):
            summary = f"channel {product.get('channel')}, status {product.get('license_status')}"
            new_id = product.get("id")
            if step.kind is StepKind.INSTALL_KEY and isinstance(new_id, str):
                context.installed_ids[step.activation_id or ""] = new_id
                self._remember_install(step, last5, context)
        self._journal.step_outcome(step_id, "done", detail=summary)
        return StepResult.of(step, StepState.DONE)

    def _step_failed(
        self, step_id: int, step: RunStep, error: ExecutionError, note: str = ""
    ) -> StepResult:
        """Journal that the machine could not run ``step`` (code and error kind), and say so."""
        hresult = format_hresult(error.hresult) if error.hresult is not None else None
        detail = f"{error.kind.name} {error.detail}" + (f" — {note}" if note else "")
        self._journal.step_outcome(step_id, "failed", hresult=hresult, detail=detail)
        return StepResult.of(step, StepState.FAILED, error)

    def _read_back(
        self,
        step_id: int,
        runner: Any,
        step: RunStep,
        error: ExecutionError,
        last5: str,
        context: _HostContext,
        timeout: float,
    ) -> StepResult:
        """A write whose answer was lost: read the machine and journal what is true (F5).

        The same proof a resume uses (:func:`step_in_effect`): in effect → done, and the
        host goes on; not in effect → failed with the original error; unreadable → failed.
        """
        kind = error.kind.name
        try:
            status = runner.run("status", timeout=timeout)
            now = read_host_result(step.host, status, self._catalog, utc_now())
        except (ExecutionError, InvalidStatusData):
            return self._step_failed(
                step_id, step, error, msg(ANSWER_LOST_UNREADABLE, kind).english()
            )
        if not step_in_effect(step, now, last5):
            return self._step_failed(
                step_id, step, error, msg(ANSWER_LOST_NOT_IN_EFFECT, kind).english()
            )
        if step.kind is StepKind.INSTALL_KEY:
            product = product_for_step(step, now, last5)
            if product is not None:
                context.installed_ids[step.activation_id or ""] = product.state.activation_id
            self._remember_install(step, last5, context)
        self._journal.step_outcome(
            step_id, "done", detail=msg(ANSWER_LOST_IN_EFFECT, kind).english()
        )
        return StepResult.of(step, StepState.IN_EFFECT)

    def _recheck(self, run_id: int, runner: Any, host: str, timeout: float) -> HostResult | None:
        """The re-read before resuming a host (journaled as step 0)."""
        step_id = self._journal.step_intent(run_id, host, 0, "status", msg(RECHECK_READ).english())
        try:
            status = runner.run("status", timeout=timeout)
            fresh = read_host_result(host, status, self._catalog, utc_now())
        except ExecutionError as error:
            self._journal.step_outcome(
                step_id, "failed", detail=f"{error.kind.name} {error.detail}"
            )
            return None
        except InvalidStatusData as problem:
            self._journal.step_outcome(step_id, "failed", detail=f"invalid {problem.field}")
            return None
        self._journal.step_outcome(step_id, "done")
        return fresh

    def _verify(
        self, run_id: int, runner: Any, step: RunStep, timeout: float
    ) -> tuple[StepResult, HostResult | None]:
        step_id = self._journal.step_intent(
            run_id, step.host, step.seq, step.operation, step.description.english()
        )
        try:
            status = runner.run("status", timeout=timeout)
            after = read_host_result(step.host, status, self._catalog, utc_now())
        except ExecutionError as error:
            return self._step_failed(step_id, step, error), None
        except InvalidStatusData as problem:
            self._journal.step_outcome(step_id, "failed", detail=f"invalid {problem.field}")
            return StepResult.of(step, StepState.FAILED), None
        summary = ", ".join(
            f"{p.edition}: {p.state.channel.value} {p.state.status.name}" for p in after.products
        )
        self._journal.step_outcome(step_id, "done", detail=summary)
        return StepResult.of(step, StepState.DONE), after


_JOURNALED_STATES = {"done": StepState.DONE, "failed": StepState.FAILED}
# How often a resume reads a host whose interrupted MAK activation may still be running,
# and the slack allowed between this computer's clock and the one that wrote the intent.
_BUSY_POLL_SECONDS = 1.0
_CLOCK_MARGIN = 2.0


def _spends_mak(step: RunStep, state: HostResult, last5: str) -> bool:
    """An activation of a MAK product: each one sent spends one of the MAK's activations."""
    if step.kind is not StepKind.ACTIVATE:
        return False
    product = product_for_step(step, state, last5)
    return product is not None and product.state.channel is LicenseChannel.MAK


def _journaled_result(step: RunStep, prior: ResumeState) -> StepResult:
    """A step as an earlier process journaled it (done or failed, with its HRESULT)."""
    state = _JOURNALED_STATES.get(prior.state(step.seq) or "", StepState.SKIPPED)
    hresult = prior.hresult(step.seq) if state is StepState.FAILED else None
    return StepResult(step.host, step.seq, step.operation, step.description, state, hresult)


def _journaled(steps: Sequence[RunStep], prior: ResumeState) -> list[StepResult]:
    """Every step with a journaled outcome, as recorded (a host finished before a resume)."""
    return [_journaled_result(s, prior) for s in steps if prior.state(s.seq) in _JOURNALED_STATES]


def _unexpected(host: str, results: Sequence[StepResult], *, changed: bool) -> HostConversion:
    """A host a bug stopped: its own failure; the run stays open so a resume re-checks it."""
    problem = ConversionProblem.UNEXPECTED_AFTER_CHANGE if changed else ConversionProblem.UNEXPECTED
    return HostConversion(
        host, tuple(results), complete=False, problem=msg(problem.text, host), unexpected=True
    )


class _Feeder:
    """Hands out jobs to the workers until none is left or the run is cancelled."""

    def __init__(self, jobs: list[Any], cancel: CancelToken) -> None:
        self._jobs = iter(jobs)
        self._cancel = cancel
        self._lock = threading.Lock()

    def __iter__(self) -> Iterator[Any]:
        while True:
            with self._lock:
                if self._cancel.cancelled:
                    return
                job = next(self._jobs, None)
            if job is None:
                return
            yield job
