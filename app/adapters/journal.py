"""The journal: SQLite in the user's data folder, write-ahead logged, nothing secret.

Why SQLite: one file, transactional, survives a killed process, and ships with
Python. WAL mode lets the GUI read the audit trail while a worker writes.
Every public method commits before returning. One connection guarded by a lock
serves all threads.

Durability: ``synchronous=FULL``. In WAL mode NORMAL syncs only at checkpoints,
so a commit survives a killed process but not a power cut: the last
transactions, an ``intent`` row among them, can vanish, and a resume would then
not know that a key was sent (reliability F6). FULL syncs the WAL at every
commit. A conversion writes two rows per step (a few hundred per run), a scan
writes its results in batches (``app.services.fleet_scan``), so the cost stays
small; ``tests/perf/bench_journal_sync.py`` measures it.

The file is created readable by its owner only (0600): it names the hosts and
holds masked keys, nothing secret, but no other local user needs it. SQLite
gives its ``-wal`` and ``-shm`` files the database file's permissions.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from app.domain.keys import KEY_ALPHABET

APP_DIR_NAME = "kms-host-wizard"
_KEY_SHAPE = re.compile(
    rf"(?<![{KEY_ALPHABET}])(?:[{KEY_ALPHABET}]{{5}}-){{4}}([{KEY_ALPHABET}]{{5}})(?![{KEY_ALPHABET}])",
    re.IGNORECASE,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, source TEXT NOT NULL,
    hosts INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'running', params TEXT NOT NULL,
    summary TEXT
);
CREATE TABLE IF NOT EXISTS host_results (
    scan_id INTEGER NOT NULL REFERENCES scans(id), host TEXT NOT NULL, at TEXT NOT NULL,
    result TEXT NOT NULL, PRIMARY KEY (scan_id, host)
);
CREATE TABLE IF NOT EXISTS conversions (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, direction TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'running', params TEXT NOT NULL, plan TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS steps (
    id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES conversions(id),
    host TEXT NOT NULL, seq INTEGER NOT NULL, operation TEXT NOT NULL, detail TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'intent', hresult TEXT, outcome TEXT,
    started TEXT NOT NULL, finished TEXT
);
CREATE INDEX IF NOT EXISTS steps_run ON steps(run_id, host, seq);
"""


# How a step ended. "superseded": an interrupted step replaced by the resumed run's own
# (a read done again, a write found not in effect and sent again).
STEP_OUTCOMES = frozenset({"done", "failed", "skipped", "superseded"})


def _private_file(path: Path) -> None:
    """Create ``path`` with mode 0600, or narrow an existing one to it (POSIX; no-op elsewhere)."""
    if os.name != "posix" or str(path) == ":memory:":
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.chmod(side, 0o600)


def default_journal_path() -> Path:
    """``<user data dir>/kms-host-wizard/journal.sqlite3`` (platformdirs)."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "journal.sqlite3"


def mask_keys(text: str) -> str:
    """Replace anything shaped like a product key by its masked form."""
    return _KEY_SHAPE.sub(lambda m: "XXXXX-XXXXX-XXXXX-XXXXX-" + m.group(1).upper(), text)


def _dump(value: Any) -> str:
    return mask_keys(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class SqliteJournal:
    """Implements :class:`app.domain.ports.Journal`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_journal_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _private_file(self.path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, sql: str, params: Sequence[Any]) -> int:
        with self._lock:
            cursor = self._db.execute(sql, params)
            return int(cursor.lastrowid or 0)

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(row) for row in self._db.execute(sql, params).fetchall()]

    # Scans -----------------------------------------------------------------

    def start_scan(self, source: str, hosts: int, params: Mapping[str, Any]) -> int:
        return self._write(
            "INSERT INTO scans (started, source, hosts, params) VALUES (?, ?, ?, ?)",
            (_now(), mask_keys(source), int(hosts), _dump(dict(params))),
        )

    def record_host(self, scan_id: int, host: str, result: Mapping[str, Any]) -> None:
        self._write(
            "INSERT OR REPLACE INTO host_results (scan_id, host, at, result) VALUES (?, ?, ?, ?)",
            (scan_id, host, _now(), _dump(dict(result))),
        )

    def record_hosts(self, scan_id: int, results: Mapping[str, Mapping[str, Any]]) -> None:
        """Store many host results in one transaction (a batch from a streaming scan)."""
        rows = [(scan_id, host, _now(), _dump(dict(r))) for host, r in results.items()]
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO host_results (scan_id, host, at, result) "
                    "VALUES (?, ?, ?, ?)",
                    rows,
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def finish_scan(self, scan_id: int, status: str, summary: Mapping[str, Any]) -> None:
        self._write(
            "UPDATE scans SET finished = ?, status = ?, summary = ? WHERE id = ?",
            (_now(), status, _dump(dict(summary)), scan_id),
        )

    def scans(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self._read("SELECT * FROM scans ORDER BY id DESC LIMIT ?", (int(limit),))
        for row in rows:
            row["params"] = json.loads(row["params"])
            row["summary"] = json.loads(row["summary"]) if row["summary"] else None
        return rows

    def scan_results(self, scan_id: int) -> dict[str, dict[str, Any]]:
        rows = self._read(
            "SELECT host, result FROM host_results WHERE scan_id = ? ORDER BY host", (scan_id,)
        )
        return {row["host"]: json.loads(row["result"]) for row in rows}

    # Conversions -------------------------------------------------------------

    def start_conversion(
        self, direction: str, params: Mapping[str, Any], plan: Sequence[Mapping[str, Any]]
    ) -> int:
        return self._write(
            "INSERT INTO conversions (started, direction, params, plan) VALUES (?, ?, ?, ?)",
            (_now(), direction, _dump(dict(params)), _dump([dict(s) for s in plan])),
        )

    def step_intent(self, run_id: int, host: str, seq: int, operation: str, detail: str) -> int:
        return self._write(
            "INSERT INTO steps (run_id, host, seq, operation, detail, started) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, host, int(seq), operation, mask_keys(detail), _now()),
        )

    def step_outcome(
        self, step_id: int, state: str, *, hresult: str | None = None, detail: str = ""
    ) -> None:
        if state not in STEP_OUTCOMES:
            raise ValueError(f"unknown step state {state!r}")
        self._write(
            "UPDATE steps SET state = ?, hresult = ?, outcome = ?, finished = ? WHERE id = ?",
            (state, hresult, mask_keys(detail), _now(), step_id),
        )

    def finish_conversion(self, run_id: int, status: str) -> None:
        self._write(
            "UPDATE conversions SET finished = ?, status = ? WHERE id = ?",
            (_now(), status, run_id),
        )

    def unfinished_conversions(self) -> list[dict[str, Any]]:
        rows = self._read("SELECT * FROM conversions WHERE finished IS NULL ORDER BY id")
        for row in rows:
            row["params"] = json.loads(row["params"])
            row["plan"] = json.loads(row["plan"])
        return rows

    def conversion(self, run_id: int) -> dict[str, Any] | None:
        rows = self._read("SELECT * FROM conversions WHERE id = ?", (int(run_id),))
        if not rows:
            return None
        row = rows[0]
        row["params"] = json.loads(row["params"])
        row["plan"] = json.loads(row["plan"])
        return row

    def conversion_steps(self, run_id: int) -> list[dict[str, Any]]:
        return self._read("SELECT * FROM steps WHERE run_id = ? ORDER BY id", (run_id,))

    # Audit -------------------------------------------------------------------

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        return self._read(
            """
            SELECT at, kind, subject, detail FROM (
                SELECT started AS at, 'scan' AS kind, source AS subject,
                       status || ' (' || hosts || ' hosts)' AS detail, 1 AS rank, id FROM scans
                UNION ALL
                SELECT started, 'conversion', direction, status, 2, id FROM conversions
                UNION ALL
                SELECT COALESCE(finished, started), 'step', host,
                       operation || ': ' || state || COALESCE(' ' || hresult, '')
                       || CASE WHEN detail <> '' THEN ' — ' || detail ELSE '' END, 3, id
                FROM steps
            ) ORDER BY at DESC, rank DESC, id DESC LIMIT ?
            """,
            (int(limit),),
        )
