"""Benchmark: one WinRM exchange with the real winrm adapter against the lab (zero latency).

    .venv/bin/python tests/perf/bench_winrm_exchange.py [--rounds N]

Prints one JSON line:
- ``full_exchange_*``: a new runner per host (TCP probe, Create, Command,
  Receive, Signal, Delete) running ``inspect``, over every reachable lab machine;
- ``run_on_open_shell_*``: further ``run("inspect")`` on a kept shell
  (Command, Receive, Signal);
- ``stock_session_*``: pywinrm's ``Session.run_cmd`` of the same command line,
  the baseline (a shell per call, xmltodict envelopes);
- ``*_cpu_ms``: CPU of the client thread only (the lab's server threads run in
  the same process but are not counted), per host.
The target is ≤ 5 ms of client CPU per host for a full exchange.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import winrm

from app.adapters.operation_contract import operation_command
from app.adapters.winrm_runner import WinrmRunner, WinrmSettings
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab


def measure(action, count: int) -> tuple[float, float]:
    """(wall ms, client-thread CPU ms) per call of ``action``."""
    wall, cpu = time.perf_counter(), time.thread_time()
    for index in range(count):
        action(index)
    return (
        (time.perf_counter() - wall) * 1000 / count,
        (time.thread_time() - cpu) * 1000 / count,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    world = build_default_lab(seed=0, scenario="legacy-2008r2")
    with LabRuntime(world, with_dns=False) as lab:
        hosts = [n for n in world.machine_names() if world.is_reachable(n)]
        settings = {
            h: WinrmSettings(
                lab.winrm_url(h), auth="basic", user=world.user, password=world.password
            )
            for h in hosts
        }

        def full(index: int) -> None:
            host = hosts[index % len(hosts)]
            runner = WinrmRunner(host, settings[host])
            runner.run("inspect")
            runner.close()

        kept = WinrmRunner(hosts[0], settings[hosts[0]])
        kept.run("inspect")

        command = operation_command(hosts[0], "inspect", {}).command_line

        def stock(index: int) -> None:
            host = hosts[index % len(hosts)]
            session = winrm.Session(
                lab.winrm_url(host),
                auth=(world.user, world.password),
                transport="basic",
                proxy=None,
                ca_trust_path=None,
            )
            session.run_cmd(command)

        full(0)  # warm-up: imports, first connections
        stock(0)
        count = rounds * len(hosts)
        full_wall, full_cpu = measure(full, count)
        open_wall, open_cpu = measure(lambda _i: kept.run("inspect"), count)
        stock_wall, stock_cpu = measure(stock, count)
        kept.close()
    print(
        json.dumps(
            {
                "benchmark": "winrm_exchange",
                "hosts": len(hosts),
                "exchanges": count,
                "full_exchange_wall_ms": round(full_wall, 2),
                "full_exchange_cpu_ms": round(full_cpu, 2),
                "run_on_open_shell_wall_ms": round(open_wall, 2),
                "run_on_open_shell_cpu_ms": round(open_cpu, 2),
                "stock_session_wall_ms": round(stock_wall, 2),
                "stock_session_cpu_ms": round(stock_cpu, 2),
                "target_cpu_ms": 5.0,
            }
        )
    )


if __name__ == "__main__":
    main()
