"""``kms-wizard host inspect|status``: with --lab, and with --winrm against ``lab serve``."""

from __future__ import annotations

import io
import json

import pytest

from app.cli import main
from tests.cli.lab_process import lab_serve
from tests.memory_keyring import MemoryKeyring

KMS_HOST = "kms01.lab.test"
ENGLISH_INSPECT = ("--lang", "en", "host", "inspect")


def run(capsys, monkeypatch, *argv, stdin: str | None = None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, monkeypatch, *argv, stdin=None):
    code, out, err = run(capsys, monkeypatch, *argv, "--json", stdin=stdin)
    return code, json.loads(out), err


def test_inspect_with_the_in_process_lab(capsys, monkeypatch):
    code, doc, _ = run_json(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert code == 0
    assert doc["ok"] is True and doc["target"] == KMS_HOST
    assert "Windows Server 2008 R2" in doc["result"]["caption"]


def test_status_with_the_in_process_lab_over_https(capsys, monkeypatch):
    code, doc, _ = run_json(
        capsys,
        monkeypatch,
        "host",
        "status",
        "--target",
        KMS_HOST,
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "7",
        "--https",
    )
    assert code in (0, 1)  # 1 when a product is not licensed: reported, not failed
    assert doc["ok"] is True
    assert doc["problems"] is (code == 1)
    assert "service" in doc["result"] and isinstance(doc["result"]["products"], list)


def test_human_output_is_translated(capsys, monkeypatch):
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--lang",
        "fr",
        "host",
        "inspect",
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert code == 0
    assert "Système d’exploitation" in out
    code, out, _ = run(
        capsys,
        monkeypatch,
        "--lang",
        "de",
        "host",
        "status",
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert "KMS-Host" in out


def test_unreachable_lab_machine_is_an_explained_failure(capsys, monkeypatch):
    from app.lab.world import build_default_lab

    world = build_default_lab(seed=0, scenario="legacy-2008r2")
    machine = next(n for n in world.machine_names() if not world.is_reachable(n))
    code, doc, _ = run_json(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        "--target",
        machine,
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert code == 1
    assert doc["ok"] is False
    assert doc["error"]["kind"] == "UNREACHABLE"
    assert "did not answer the connection on port" in doc["error"]["message"]
    assert doc["error"]["data"]["reason_code"] == "no-answer"
    code, _out, err = run(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        "--target",
        machine,
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
    )
    assert code == 1 and "did not answer the connection" in err and "firewall" in err


@pytest.fixture(scope="module")
def served():
    with lab_serve("--clients", "4", "--seed", "2") as (_process, description):
        yield description


def winrm_args(description, machine=KMS_HOST):
    url = next(m["winrm_url"] for m in description["machines"] if m["name"] == machine)
    return [
        "--target",
        machine,
        "--winrm",
        "--winrm-url",
        url,
        "--auth",
        "basic",
        "--user",
        description["user"],
        "--password-stdin",
    ]


@pytest.mark.parametrize("step", ["inspect", "status"])
def test_winrm_against_a_running_lab_serve(capsys, monkeypatch, served, step):
    code, doc, _ = run_json(
        capsys,
        monkeypatch,
        "host",
        step,
        *winrm_args(served),
        stdin=served["password"] + "\n",
    )
    assert code in (0, 1)
    assert doc["ok"] is True, doc
    assert doc["step"] == step


def test_winrm_https_with_the_printed_ca_file(capsys, monkeypatch, served):
    url = next(m["winrm_https_url"] for m in served["machines"] if m["name"] == KMS_HOST)
    code, doc, _ = run_json(
        capsys,
        monkeypatch,
        "host",
        "inspect",
        "--target",
        KMS_HOST,
        "--winrm-url",
        url,
        "--auth",
        "basic",
        "--user",
        served["user"],
        "--password-stdin",
        "--ca-file",
        served["ca_file"],
        stdin=served["password"] + "\n",
    )
    assert code == 0 and doc["ok"] is True


def test_wrong_password_gives_the_credentials_error_and_hint(capsys, monkeypatch, served):
    code, out, err = run(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        *winrm_args(served),
        stdin="wrong-password\n",
    )
    assert code == 1
    assert "refused the account" in err and "or its password" in err
    assert "LocalAccountTokenFilterPolicy" in err
    assert "wrong-password" not in out + err


@pytest.mark.parametrize(
    ("argv", "stdin", "needle"),
    [
        (
            [
                "--winrm",
                "--winrm-url",
                "http://127.0.0.1:5985/wsman",
                "--auth",
                "basic",
                "--user",
                "u",
            ],
            "",
            "No password",
        ),
        (
            [
                "--winrm",
                "--winrm-url",
                "http://10.0.0.5:5985/wsman",
                "--auth",
                "basic",
                "--user",
                "u",
                "--password-stdin",
            ],
            "pw\n",
            "in clear",
        ),
        (
            ["--winrm", "--winrm-url", "ftp://x/wsman", "--user", "u", "--password-stdin"],
            "pw\n",
            "not a WinRM address",
        ),
        (
            [
                "--winrm",
                "--https",
                "--user",
                "u",
                "--password-stdin",
                "--ca-file",
                "/nonexistent/ca.pem",
            ],
            "pw\n",
            "cannot be read",
        ),
        (["--winrm", "--password-stdin"], "pw\n", "--user"),
        (["--lab-scenario", "legacy-2008r2", "--lab", "--user", "admin"], None, "--user"),
        (["--winrm", "--user", "u", "--password-stdin"], "\n", "empty"),
        (["--lab-scenario", "legacy-2008r2", "--lab", "--timeout", "0"], None, "time-out"),
    ],
)
def test_bad_transport_options_are_usage_errors(capsys, monkeypatch, argv, stdin, needle):
    code, out, err = run(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        "--target",
        "kms01",
        *argv,
        stdin=stdin if stdin is not None else "",
    )
    assert code == 2
    assert needle in err
    assert out == ""


def test_keyring_without_a_safe_backend_is_reported(capsys, monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    code, _, err = run(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        "--target",
        "h1",
        "--winrm",
        "--user",
        "u",
        "--credential",
        "corp",
    )
    assert code == 2
    assert "No safe keyring" in err


def test_insecure_flag_prints_a_visible_warning(capsys, monkeypatch):
    code, _, err = run(
        capsys,
        monkeypatch,
        *ENGLISH_INSPECT,
        "--target",
        "127.0.0.1",
        "--winrm-url",
        "https://127.0.0.1:1/wsman",
        "--auth",
        "basic",
        "--user",
        "u",
        "--password-stdin",
        "--insecure-skip-tls-verify",
        "--timeout",
        "3",
        stdin="pw\n",
    )
    assert "certificate validation is OFF" in err
    assert code == 1  # nothing listens on port 1: refused, reported
    assert "refused the connection" in err


def test_password_from_the_keyring(capsys, monkeypatch, served):
    import keyring

    from app.adapters.secret_store import SERVICE

    store = MemoryKeyring()
    store.set_password(SERVICE, "lab-admin", served["password"])
    monkeypatch.setattr(keyring, "get_keyring", lambda: store)
    args = [a for a in winrm_args(served) if a != "--password-stdin"]
    code, doc, _ = run_json(
        capsys, monkeypatch, "host", "inspect", *args, "--credential", "lab-admin"
    )
    assert code == 0 and doc["ok"] is True
    code, _, err = run(capsys, monkeypatch, *ENGLISH_INSPECT, *args, "--credential", "other")
    assert code == 2 and "“other”" in err


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_password_prompt_on_a_terminal(capsys, monkeypatch, served):
    asked = []

    def getpass(prompt):
        asked.append(prompt)
        return served["password"]

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr("sys.stdin", Terminal(""))
    args = [a for a in winrm_args(served) if a != "--password-stdin"]
    code, out, _ = run(capsys, monkeypatch, *ENGLISH_INSPECT, *args)
    assert code == 0
    assert asked == [f"Password for {served['user']} on {KMS_HOST}: "]
    assert "Machine: kms01.lab.test" in out


def test_an_informational_status_reason_is_explained_not_shown_raw():
    from app.commands.host import render_status
    from app.i18n.render import render

    product = {"name": "Windows", "channel": "GVLK", "license_status": 2}
    doc = {"products": [{**product, "status_reason": "0x4004F00C"}]}
    lines = [render(line) for line in render_status(doc)]
    assert "  Reason: 0x4004F00C — The product is running in its initial grace period." in lines
    # A code the catalog does not know stays a code.
    doc = {"products": [{**product, "status_reason": "0xC0041234"}]}
    assert "  Reason: 0xC0041234" in [render(line) for line in render_status(doc)]
