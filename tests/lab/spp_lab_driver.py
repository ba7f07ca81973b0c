"""Drive a lab world the way the wizard does: real scripts, real command lines.

Every call builds the command line (and the secrets' stdin) with
``operation_wire.build_operation`` from the script shipped in ``resources/ps`` and
runs it through ``LabWorld.execute``, so the tests exercise the real contract,
not the model's Python API.
"""

from __future__ import annotations

import json
from typing import Any

from app.adapters.operation_contract import script_body
from app.domain.catalog import default_catalog
from app.domain.operation_wire import WireCommand, build_operation
from app.domain.scan_results import read_host_result, utc_now
from app.lab.world import LabWorld, build_default_lab
from app.services.host_setup.licensing_state import parse_status


def script(name: str) -> str:
    return script_body(name)


def wire(name: str, params: dict[str, Any] | None = None) -> WireCommand:
    """The command line and, for secrets, the stdin the wizard would send."""
    return build_operation(name, script(name), params or {})


def command(name: str, params: dict[str, Any] | None = None) -> str:
    return wire(name, params).command_line


class Driver:
    def __init__(self, world: LabWorld | None = None, **build: Any) -> None:
        self.world = world or build_default_lab(**{"scenario": "legacy-2008r2", **build})
        self.keys = self.world.lab_keys()

    def run(self, machine: str, name: str, **params: Any) -> dict[str, Any]:
        sent = wire(name, params)
        outcome = self.world.execute(machine, sent.command_line, stdin=sent.stdin)
        assert outcome.exit_code == 0, outcome
        assert outcome.stdout.endswith(b"\r\n")
        return json.loads(outcome.stdout.decode("utf-8"))

    def ok(self, machine: str, name: str, **params: Any) -> dict[str, Any]:
        document = self.run(machine, name, **params)
        assert document["ok"] is True, document
        return document

    def fails(self, machine: str, name: str, **params: Any) -> str:
        document = self.run(machine, name, **params)
        assert document["ok"] is False, document
        assert set(document) == {"ok", "hresult", "message"}
        return document["hresult"]

    def status(self, machine: str) -> dict[str, Any]:
        return self.ok(machine, "status")

    def windows(self, machine: str) -> dict[str, Any]:
        """The Windows product of a machine, from its status (an ESU add-on is not it)."""
        products = [
            p
            for p in self.status(machine)["products"]
            if p["application_id"] == "55c92734-d682-4d71-983e-d6ec3f16059f" and not p["is_addon"]
        ]
        assert len(products) == 1, products
        return products[0]

    def count(self, host: str = "kms01") -> int:
        """The host's Windows count as the wizard reads it (none: 0), from the host product."""
        return parse_status(None, self.status(host)).service.count  # type: ignore[arg-type]

    def last_error(self, machine: str) -> str:
        """The machine's last activation error as the scan reads it (events 12288/12289)."""
        result = read_host_result(machine, self.status(machine), default_catalog(), utc_now())
        error = result.last_error
        return error.hex if error is not None else ""

    def make_host(
        self, group: str = "server-b", host: str = "kms01", *, firewall: bool = True
    ) -> None:
        """Install and activate the lab host key, open TCP 1688 (what the wizard's steps do)."""
        self.ok(host, "install-key", key=self.keys[group])
        self.ok(host, "activate")
        if firewall:
            self.ok(host, "firewall", port=1688, profiles=["Domain", "Private"], enabled=True)

    def scriptable(self) -> list[str]:
        """Every machine whose PowerShell runs the scripts (3.0+), FQDNs."""
        return [m.fqdn for m in self.world.lab.machines.values() if m.ps_major >= 3]

    def names(
        self, *, os_prefix: str = "", kind: str = "GVLK", role: str | None = None
    ) -> list[str]:
        """Machines whose Windows product has this channel and whose caption starts so.

        Only machines whose PowerShell runs the scripts (not a stock 2.0) are listed.
        """
        lab = self.world.lab
        out = []
        for machine in lab.machines.values():
            product = machine.windows_product()
            if machine.name == "kms01" or product is None or product.kind.value != kind:
                continue
            if machine.ps_major < 3:
                continue
            if machine.caption.startswith(os_prefix) and (role is None or machine.role == role):
                out.append(machine.name)
        return out
