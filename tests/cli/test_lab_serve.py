"""``kms-wizard lab serve`` in a child process: its JSON line, and stock clients using it."""

from __future__ import annotations

import signal

import pytest
import winrm

from tests.cli.lab_process import lab_serve, stop


@pytest.fixture(scope="module")
def served():
    with lab_serve("--clients", "6", "--seed", "5") as (process, description):
        yield process, description


def test_prints_the_design_json_line(served):
    _, description = served
    assert {"dns", "zone", "user", "password", "ca_file", "machines", "keys"} <= set(description)
    assert description["zone"] == "lab.test"
    assert description["dns"].startswith("127.0.0.1:")
    names = [m["name"] for m in description["machines"]]
    assert "kms01.lab.test" in names
    assert len(names) == 7  # kms01 and six clients
    for machine in description["machines"]:
        assert {"name", "os", "role", "winrm_url", "winrm_https_url"} <= set(machine)
        assert machine["winrm_url"].startswith("http://127.0.0.1:")
        assert machine["winrm_https_url"].startswith("https://127.0.0.1:")
    assert "server-b" in description["keys"]


def test_a_stock_pywinrm_session_reaches_a_machine(served):
    _, description = served
    kms = next(m for m in description["machines"] if m["name"] == "kms01.lab.test")
    credentials = (description["user"], description["password"])
    result = winrm.Session(kms["winrm_url"], auth=credentials, transport="basic").run_cmd(
        "hostname"
    )
    assert result.status_code == 0
    assert result.std_out.strip().lower() == b"kms01"
    failed = winrm.Session(kms["winrm_url"], auth=credentials, transport="basic").run_cmd(
        "no-such-tool", ["/?"]
    )
    assert failed.status_code != 0
    assert b"is not recognized" in failed.std_err


def test_https_url_works_with_the_printed_ca_file(served):
    _, description = served
    kms = next(m for m in description["machines"] if m["name"] == "kms01.lab.test")
    session = winrm.Session(
        kms["winrm_https_url"],
        auth=(description["user"], description["password"]),
        transport="basic",
        server_cert_validation="validate",
        ca_trust_path=description["ca_file"],
    )
    assert session.run_cmd("hostname").status_code == 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_stops_cleanly_on_a_signal(sig):
    with lab_serve("--clients", "2") as (process, description):
        assert description["machines"]
        assert stop(process, sig) == 0
        assert process.poll() == 0


def test_bad_numbers_are_a_usage_error():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "lab", "serve", "--clients", "-3"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--clients" in result.stderr
    assert result.stdout == ""
