"""Drive a lab world the way the wizard does: real scripts, real command lines.

Every call builds the command line with ``operation_wire.build_command`` from the
script shipped in ``resources/ps`` and runs it through ``LabWorld.execute``, so
the tests exercise the real contract, not the model's Python API.
"""

from __future__ import annotations

import json
from typing import Any

from app.adapters.operation_contract import script_body
from app.domain.operation_wire import build_command
from app.lab.world import LabWorld, build_default_lab


def script(name: str) -> str:
    return script_body(name)


def command(name: str, params: dict[str, Any] | None = None) -> str:
    return build_command(name, script(name), params or {})


class Driver:
    def __init__(self, world: LabWorld | None = None, **build: Any) -> None:
        self.world = world or build_default_lab(**build)
        self.keys = self.world.lab_keys()

    def run(self, machine: str, name: str, **params: Any) -> dict[str, Any]:
        outcome = self.world.execute(machine, command(name, params))
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
        """The Windows product of a machine, from its status."""
        products = [
            p
            for p in self.status(machine)["products"]
            if p["application_id"] == "55c92734-d682-4d71-983e-d6ec3f16059f"
        ]
        assert len(products) == 1, products
        return products[0]

    def count(self, host: str = "kms01") -> int:
        return self.status(host)["service"]["current_count"]

    def make_host(
        self, group: str = "server-b", host: str = "kms01", *, firewall: bool = True
    ) -> None:
        """Install and activate the lab host key, open TCP 1688 (what the wizard's steps do)."""
        self.ok(host, "install-key", key=self.keys[group])
        self.ok(host, "activate")
        if firewall:
            self.ok(host, "firewall", port=1688, profiles=["Domain", "Private"], enabled=True)

    def names(
        self, *, os_prefix: str = "", kind: str = "GVLK", role: str | None = None
    ) -> list[str]:
        """Machines whose Windows product has this channel and whose caption starts so."""
        lab = self.world.lab
        out = []
        for machine in lab.machines.values():
            product = machine.windows_product()
            if machine.name == "kms01" or product is None or product.kind.value != kind:
                continue
            if machine.caption.startswith(os_prefix) and (role is None or machine.role == role):
                out.append(machine.name)
        return out
