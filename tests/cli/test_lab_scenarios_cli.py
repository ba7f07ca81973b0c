"""Choosing the lab's story on the command line (issue 14 item 3).

``--demo --scenario``, ``lab serve --scenario`` and ``--lab-scenario`` (with ``--lab``);
"current" (a Windows Server 2022 KMS host) wherever a user starts the lab without naming
one, "legacy-2008r2" for the Windows Server 2008 R2 story.
"""

from __future__ import annotations

import pytest

from app.cli import build_parser
from tests.cli.cli_run import run, run_json
from tests.cli.lab_process import lab_serve

INSPECT = ("--lang", "en", "host", "inspect", "--target", "kms01")


def kms01_os(description: dict) -> str:
    return next(m["os"] for m in description["machines"] if m["name"] == "kms01.lab.test")


def test_lab_serve_tells_the_story_it_is_given():
    with lab_serve("--clients", "3", "--scenario", "current") as (_process, description):
        assert description["scenario"] == "current"
        assert kms01_os(description) == "Microsoft Windows Server 2022 Standard"
        assert "ws2022" in description["keys"]
    with lab_serve("--clients", "3", "--scenario", "legacy-2008r2") as (_process, description):
        assert description["scenario"] == "legacy-2008r2"
        assert kms01_os(description) == "Microsoft Windows Server 2008 R2 Standard"


def test_every_way_to_start_the_lab_defaults_to_the_current_story():
    parser = build_parser()
    assert parser.parse_args(["lab", "serve"]).scenario == "current"
    assert parser.parse_args(["--demo"]).demo_scenario is None  # the Welcome page's default
    assert parser.parse_args(["scan", "--lab"]).lab_scenario is None


def test_lab_option_builds_the_current_story_unless_told_otherwise(capsys, monkeypatch):
    code, doc, _ = run_json(capsys, monkeypatch, *INSPECT, "--lab")
    assert code == 0
    assert "Windows Server 2022" in doc["result"]["caption"]
    code, doc, _ = run_json(
        capsys, monkeypatch, *INSPECT, "--lab", "--lab-scenario", "legacy-2008r2"
    )
    assert code == 0
    assert "Windows Server 2008 R2" in doc["result"]["caption"]


def test_lab_scenario_needs_lab(capsys, monkeypatch):
    code, _out, err = run(capsys, monkeypatch, *INSPECT, "--lab-scenario", "current", "--user", "u")
    assert code == 2
    assert "--lab-scenario" in err and "--lab." in err


@pytest.mark.parametrize("argv", [("--scenario", "2008"), ("lab", "serve", "--scenario", "x")])
def test_an_unknown_scenario_is_refused_with_the_choices(capsys, monkeypatch, argv):
    with pytest.raises(SystemExit) as refused:
        run(capsys, monkeypatch, *argv)
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "current" in err and "legacy-2008r2" in err


def test_demo_scenario_reaches_the_wizard(capsys, monkeypatch):
    started = []

    def record(**kwargs):
        started.append(kwargs)
        return 0

    # The window itself is covered by tests/ui/test_welcome_scenario.py; here, what the
    # command line hands to it.
    monkeypatch.setattr("app.ui.main.run_wizard", record)
    assert run(capsys, monkeypatch, "--demo", "--scenario", "legacy-2008r2")[0] == 0
    assert run(capsys, monkeypatch, "--scenario", "current")[0] == 0  # implies --demo
    assert run(capsys, monkeypatch, "--demo")[0] == 0
    assert [(s["demo"], s["lab_scenario"]) for s in started] == [
        (True, "legacy-2008r2"),
        (True, "current"),
        (True, None),
    ]
