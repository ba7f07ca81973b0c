"""The lab's own record of every operation it executed (off by default).

A crash-and-resume campaign counts doubled and skipped steps from what the
machines really did, not from what the client believes it did: every operation
the SPP model runs (``app.lab.operations.run``) is written as one JSON line
with the machine, the operation, the product it touched and how it ended.
Keys never appear, only their last five characters (what Windows itself shows
as ``PartialProductKey``).

    audit = OperationAudit(path)
    attach(world.lab, audit)        # from now on every operation is recorded
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from pathlib import Path
from typing import Any

_AUDITS: weakref.WeakKeyDictionary[Any, OperationAudit] = weakref.WeakKeyDictionary()


class OperationAudit:
    """Append-only JSON lines, one per executed operation, flushed at once (a killer may come)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self._file = open(path, "a", encoding="utf-8") if path is not None else None  # noqa: SIM115
        self.entries: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def record(self, machine: str, operation: str, params: dict[str, Any], result: Any) -> None:
        entry = _entry(machine, operation, params, result)
        line = json.dumps(entry, sort_keys=True)
        with self._lock:
            self.entries.append(entry)
            if self._file is not None:
                self._file.write(line + "\n")
                self._file.flush()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def attach(lab: Any, audit: OperationAudit) -> None:
    """Record every operation ``lab`` (an ``SppLab``) executes from now on."""
    _AUDITS[lab] = audit


def detach(lab: Any) -> None:
    _AUDITS.pop(lab, None)


def record(lab: Any, machine: str, operation: str, params: dict[str, Any], result: Any) -> None:
    """Called by ``app.lab.operations.run`` after each operation; nothing when not attached."""
    audit = _AUDITS.get(lab)
    if audit is not None:
        audit.record(machine, operation, params, result)


def _entry(machine: str, operation: str, params: dict[str, Any], result: Any) -> dict[str, Any]:
    document = result if isinstance(result, dict) else {}
    product = document.get("product") if isinstance(document.get("product"), dict) else {}
    key = params.get("key")
    return {
        "t": round(time.time(), 4),
        "machine": machine,
        "operation": operation,
        "activation_id": params.get("activation_id"),
        "key_last5": key.replace("-", "")[-5:].upper() if isinstance(key, str) else None,
        "ok": bool(document.get("ok")),
        "hresult": document.get("hresult"),
        "product_id": product.get("id"),
        "channel": product.get("channel"),
        "license_status": product.get("license_status"),
    }
