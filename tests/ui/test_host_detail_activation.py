"""The scan's detail pane: the last activation error (from events 12288/12289) and the clock.

Issue 13 G5/W7: LicenseStatusReason is informational on Windows; the pane still shows why
a client is not activated, with the fix, and flags a clock more than 4 hours off its KMS
host's. Results come from a real scan of the lab through the winrm adapter.
"""

from __future__ import annotations

from app.adapters.runner_factory import build_runner_factory
from app.domain.catalog import default_catalog
from app.domain.scan_results import ScanOptions
from app.lab.runtime import LabRuntime
from app.lab.working_host import set_up_working_kms_host
from app.lab.world import build_default_lab
from app.services.fleet_scan import FleetScanner
from app.ui.widgets.host_detail import detail_html
from app.ui.widgets.results_model import last_error_text
from tests.fleet.conftest import lab_settings

HOSTS = ["kms01.lab.test", "pc001.lab.test", "pc-skew.lab.test", "pc-oldkms.lab.test"]


def _scan(runtime: LabRuntime):
    runners = build_runner_factory(lab_settings(runtime), url_for=runtime.winrm_url)
    world = runtime.world
    scanner = FleetScanner(runners, default_catalog(), clock=world.clock.now)
    return scanner.scan(HOSTS, ScanOptions(timeout=5.0)).by_host


def test_the_pane_explains_the_last_error_from_the_events(qtbot):
    with LabRuntime(
        build_default_lab(clients=14, scenario="legacy-2008r2"), https=False, with_dns=False
    ) as runtime:
        results = _scan(runtime)
    pc001 = results["pc001.lab.test"]
    assert last_error_text(pc001) == "0x8007232B DNS_ERROR_RCODE_NAME_ERROR"
    html = detail_html(pc001)
    assert "The last activation request failed with 0x8007232B" in html
    assert "What to do:" in html  # the fix, from the error catalog
    stale = detail_html(results["pc-oldkms.lab.test"])
    assert "0xC004F074" in stale and "oldkms.lab.test:1688" in stale
    # The grace code LicenseStatusReason carries is shown, but not as the error.
    assert last_error_text(pc001) != "0x4004F00C SL_I_OOB_GRACE_PERIOD"


def test_the_pane_flags_a_clock_more_than_four_hours_off_the_kms_host(qtbot):
    with LabRuntime(
        build_default_lab(clients=14, scenario="legacy-2008r2"), https=False, with_dns=False
    ) as runtime:
        runner = build_runner_factory(lab_settings(runtime), url_for=runtime.winrm_url)(HOSTS[0])
        try:
            set_up_working_kms_host(runner, runtime.world.lab_keys(), runtime.world.scenario)
        finally:
            runner.close()
        runtime.world.advance(hours=3)
        results = _scan(runtime)
    skewed, host = results["pc-skew.lab.test"], results["kms01.lab.test"]
    html = detail_html(skewed, host)
    assert "5 h 0 min ahead of the KMS host kms01.lab.test" in html
    assert "more than 4 hours off" in html and "w32tm /resync" in html
    assert "0xC004F06C" in last_error_text(skewed)
    fine = detail_html(results["pc001.lab.test"], host)
    assert "more than 4 hours off" not in fine
