"""``kms-wizard capture`` and ``lab serve --machine-file``: answers written, then replayed."""

from __future__ import annotations

import json
import subprocess
import sys

from app.domain.field_capture import CAPTURE_FORMAT, CAPTURED_OPERATIONS
from app.lab.captured_machine import shipped_captures
from tests.cli.cli_run import run
from tests.cli.lab_process import ROOT, lab_serve


def test_capture_writes_an_anonymised_file_and_says_what_it_replaced(capsys, monkeypatch, tmp_path):
    out = tmp_path / "pc001.json"
    code, text, err = run(
        capsys,
        monkeypatch,
        "--lang",
        "en",
        "capture",
        "--target",
        "pc001",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--out",
        str(out),
    )
    assert code == 0, err
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == CAPTURE_FORMAT
    assert set(document["answers"]) == set(CAPTURED_OPERATIONS)
    assert set(document["script_digest"]) == set(CAPTURED_OPERATIONS)
    assert all(d.startswith("sha256:") for d in document["script_digest"].values())
    assert document["answers"]["inspect"]["ok"] is True
    assert document["machine"]["name"] == document["answers"]["inspect"]["fqdn"]
    assert document["machine"]["name"].endswith(".example.test")
    data = out.read_bytes().lower()
    for original in (b"pc001", b"lab.test"):
        assert original not in data
    assert str(out) in text
    assert "Replaced before writing:" in text and "host name(s)" in text
    assert "pc001.lab.test" in text  # the target is named on screen, never in the file


def test_capture_output_is_translated(capsys, monkeypatch, tmp_path):
    out = tmp_path / "c.json"
    code, text, _ = run(
        capsys,
        monkeypatch,
        "--lang",
        "fr",
        "capture",
        "--target",
        "pc001",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--out",
        str(out),
    )
    assert code == 0
    assert "Remplacé avant l’écriture" in text


def test_capture_of_an_unknown_machine_writes_nothing(capsys, monkeypatch, tmp_path):
    out = tmp_path / "none.json"
    code, _, _ = run(
        capsys,
        monkeypatch,
        "--lang",
        "en",
        "capture",
        "--target",
        "nosuch",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--out",
        str(out),
        "--timeout",
        "3",
    )
    assert code == 1
    assert not out.exists()


def test_lab_serve_replays_a_capture_to_host_status(capsys, monkeypatch, tmp_path):
    out = tmp_path / "kms.json"
    code, _, err = run(
        capsys,
        monkeypatch,
        "capture",
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--out",
        str(out),
    )
    assert code == 0, err
    captured = json.loads(out.read_text(encoding="utf-8"))
    name = captured["machine"]["name"]
    with lab_serve("--clients", "1", "--machine-file", str(out)) as (_process, description):
        machine = next(m for m in description["machines"] if m["name"] == name)
        assert machine["role"] == "capture"
        assert machine["os"] == captured["answers"]["inspect"]["caption"]
        code, text, err = run(
            capsys,
            monkeypatch,
            "host",
            "status",
            "--target",
            name,
            "--winrm",
            "--winrm-url",
            machine["winrm_url"],
            "--auth",
            "basic",
            "--user",
            description["user"],
            "--password-stdin",
            "--json",
            stdin=description["password"] + "\n",
        )
    assert code in (0, 1), err
    assert json.loads(text)["result"] == captured["answers"]["status"]


def test_lab_serve_refuses_a_file_that_is_not_a_capture(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "lab", "serve", "--machine-file", str(bad)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "is not a KMS Host Wizard capture" in result.stderr
    assert result.stdout == ""


def test_lab_serve_lists_every_shipped_capture():
    files = shipped_captures()
    assert files
    arguments = [part for path in files for part in ("--machine-file", str(path))]
    with lab_serve("--clients", "0", *arguments) as (_process, description):
        roles = [m["role"] for m in description["machines"]]
    assert roles.count("capture") == len(files)


def test_demo_machine_files_add_shipped_captures_to_the_lab(capsys):
    from app.cli import _lab_with_captures

    factory = _lab_with_captures(["win7-ps2", "ws2022-fresh-host"], "en")
    assert factory is not None
    world = factory("legacy-2008r2")  # the story chosen on the Welcome page
    summaries = {n: world.machine_summary(n) for n in world.machine_names()}
    captured = {n: s for n, s in summaries.items() if s["role"] == "capture"}
    assert len(captured) == 2
    assert any(s["os"] == "Microsoft Windows Server 2022 Standard" for s in captured.values())
    assert "kms01.lab.test" in summaries  # the simulated lab is still all there
    assert world.scenario == "legacy-2008r2"
    assert summaries["kms01.lab.test"]["os"] == "Microsoft Windows Server 2008 R2 Standard"


def test_demo_with_a_bad_machine_file_says_why(capsys, tmp_path):
    from app.cli import main as cli_main

    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    assert cli_main(["--lang", "en", "--machine-file", str(bad)]) == 2
    assert "is not a JSON file" in capsys.readouterr().err


def test_capture_json_output_names_the_file_and_counts_only(capsys, monkeypatch, tmp_path):
    out = tmp_path / "kms.json"
    code, text, _ = run(
        capsys,
        monkeypatch,
        "capture",
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--out",
        str(out),
        "--json",
    )
    assert code == 0
    document = json.loads(text)
    assert document["ok"] is True and document["file"] == str(out)
    assert document["answers"]["status"] == "ok"
    assert document["replaced"]["host_names"] >= 1
    assert all(isinstance(v, int) for v in document["replaced"].values())
