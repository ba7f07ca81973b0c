"""Audit B5 and W6 through the real winrm adapter and the lab.

B5: Windows Server 2008 / Vista run slsvc (registry key ``…\\CurrentVersion\\SL``), whose
SoftwareLicensingService class has no port, listening-port, DNS or priority members
(Microsoft's slwmiprov "-vista" class pages): the preflight refuses them as hosts.
The lab has no such machine (it would have to answer as slsvc does, which it does not
model), so the real ``inspect`` document of a lab machine is re-labelled with the
identity a Server 2008 SP2 machine with WMF 3.0 reports, then read by the real
inspector and judged by the real preflight.

W6: the 2012-era groups are accepted by the CLI and its JSON.
"""

from __future__ import annotations

import io
import json

import pytest

from app.cli import main
from app.services.host_setup import HostInspector, PreflightService, Severity
from app.services.host_setup.licensing_state import read_licensing
from tests.services.host_lab import KMS_HOST, host_lab


@pytest.fixture(scope="module")
def lab():
    with host_lab() as running:
        yield running


# What Win32_OperatingSystem reports on these releases (Version / Caption / EditionID).
OLD = {
    "ws2008": ("6.0.6003", "Microsoft Windows Server (R) 2008 Standard", "ServerStandard"),
    "vista": ("6.0.6002", "Microsoft® Windows Vista™ Business", "Business"),
}


@pytest.mark.parametrize("os_id", sorted(OLD))
def test_vista_and_server_2008_are_refused_as_hosts_with_the_fix(lab, os_id):
    runner = lab.runner(KMS_HOST)
    document = dict(runner.run("inspect", {}))
    document["version"], document["caption"], document["edition_id"] = OLD[os_id]
    inspector = HostInspector(runner, lab.catalog, clock=lab.clock)
    host = inspector.host_info(document, read_licensing(runner), lab.clock())
    assert host.os_version.id == os_id

    report = PreflightService(runner, lab.catalog, clock=lab.clock).evaluate(host, "server-b")
    assert not report.allowed
    blocker = next(f for f in report.blockers if f.id == "read-only-os")
    assert blocker.severity is Severity.BLOCKER
    name = host.os_version.name
    assert blocker.message.english().startswith(f"{name} cannot be set up as a KMS host")
    assert "slsvc" in blocker.message.english()
    assert "Windows 7 / Windows Server 2008 R2 or newer" in blocker.fix.english()
    assert blocker.message.text.context == "HostSetupPreflight"
    # One clear blocker, not a second "group not allowed" one saying the same thing.
    assert "group-not-allowed" not in [f.id for f in report.findings]


def run_json(capsys, monkeypatch, *argv):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["--lang", "en", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("group", ["ws2012", "ws2012r2", "ws2012r2-win10"])
def test_cli_preflight_accepts_the_2012_era_groups_on_a_2008_r2_host(capsys, monkeypatch, group):
    code, doc = run_json(
        capsys,
        monkeypatch,
        "host",
        "preflight",
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        "--group",
        group,
    )
    assert code == 0, doc
    ids = [f["id"] for f in doc["result"]["findings"]]
    assert "group-allowed" in ids and "host-update" in ids
    assert "KB2757817" in json.dumps(doc) or "KB3079821" in json.dumps(doc)
