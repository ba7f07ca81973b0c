"""``status`` as real Windows answers it, through the real winrm adapter against the lab.

Issue 13: uint32 sentinels (B1), an absent DnsDomainPublishList (B2), one-item arrays
unwrapped by PowerShell 2/3, ESU add-on licences beside Windows (G3), fewer and slower
product queries (G4), the last activation error from events 12288/12289 (G5/W7).
"""

from __future__ import annotations

import copy
import time

import pytest

from app.domain.licensing import UINT32_NONE, KmsHostState, as_list
from app.domain.scan_results import read_host_result, utc_now
from app.lab.faults import MachineFaults
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab
from app.services.host_setup.licensing_state import PublishDomain, parse_status, read_licensing
from tests.fleet.conftest import KMS_HOST, lab_settings, make_kms_host

PLAIN_CLIENT = "pc021.lab.test"  # a MAK client: no KMS role at all
ESU_CLIENT = "pc-fr.lab.test"  # Windows 10 Education GVLK + ESU Year 1 add-on


def _status(runners, host: str) -> dict:
    runner = runners(host)
    try:
        return runner.run("status")
    finally:
        runner.close()


def _licensing(runners, host: str):
    runner = runners(host)
    try:
        return read_licensing(runner), runner
    finally:
        runner.close()


def test_a_plain_client_reads_as_no_count_not_unreadable(runners, catalog):
    """B1: WMI's 4294967295 on a plain client is written null and read as "none"."""
    document = _status(runners, PLAIN_CLIENT)
    service = document["service"]
    for field in ("current_count", "required_count", "activation_interval", "renewal_interval"):
        assert service[field] is None, field
    assert set(service["requests"].values()) == {None}
    licensing, _ = _licensing(runners, PLAIN_CLIENT)
    assert licensing.service.current_count == -1 and licensing.service.count == 0
    assert licensing.service.requests.total == 0
    result = read_host_result(PLAIN_CLIENT, document, catalog, utc_now())
    assert result.reachable and result.service.required_count == 0


def test_a_fresh_host_has_no_count_and_reaches_no_threshold(runners, lab):
    """B1: a host with no request yet shows the sentinel: count 0, never "reached"."""
    make_kms_host(runners, lab)
    document = _status(runners, KMS_HOST)
    [host_key] = [p for p in document["products"] if p["is_kms_host_key"]]
    assert host_key["current_count"] is None and document["service"]["current_count"] is None
    licensing, _ = _licensing(runners, KMS_HOST)
    assert licensing.service.is_kms_host and licensing.service.count == 0
    assert not licensing.service.reaches(5)
    [counted] = licensing.host_counts
    assert counted.count == 0


def test_the_host_count_is_read_from_the_host_product(runners, lab):
    """slmgr.vbs DisplayKMSInformation reads KeyManagementServiceCurrentCount of the product."""
    make_kms_host(runners, lab)
    lab.world.advance(hours=3)  # the clients call on their schedule
    document = _status(runners, KMS_HOST)
    [host_key] = [p for p in document["products"] if p["is_kms_host_key"]]
    assert host_key["current_count"] > 0
    # An answer whose service-wide count is the sentinel still reads the host's count.
    document["service"]["current_count"] = UINT32_NONE
    licensing = parse_status(None, document)  # type: ignore[arg-type]
    assert licensing.service.count == host_key["current_count"]


@pytest.mark.parametrize("none", [None, -1, UINT32_NONE])
def test_every_spelling_of_none_is_accepted(runners, none):
    """Older scripts and captures write -1 or the raw 4294967295; ours write null."""
    document = copy.deepcopy(_status(runners, PLAIN_CLIENT))
    service = document["service"]
    for field in ("current_count", "required_count", "activation_interval", "renewal_interval"):
        service[field] = none
    service["requests"] = dict.fromkeys(service["requests"], none)
    state = KmsHostState.from_dict(service)
    assert (state.current_count, state.required_count, state.count) == (-1, 0, 0)
    assert state.requests.total == 0 and not state.reaches(5)


def test_no_publish_list_means_no_domain(runners):
    """B2: DnsDomainPublishList absent (the default) reads as no domain, never "none"."""
    document = _status(runners, KMS_HOST)
    assert document["service"]["dns_domains"] == []
    assert _licensing(runners, KMS_HOST)[0].dns_domains == ()
    # What the old script sent for it (@($null) is a one-element array): still no domain.
    document["service"]["dns_domains"] = [None]
    assert parse_status(None, document).dns_domains == ()  # type: ignore[arg-type]
    assert PublishDomain.from_registry(None) is None


def test_removing_the_list_reads_back_empty(runners):
    runner = runners(KMS_HOST)
    try:
        answer = runner.run("set-dns-publishing", {"enabled": True, "domains": []})
    finally:
        runner.close()
    assert answer["dns_domains"] == []


def test_one_item_arrays_written_as_objects_read_as_lists(runners, catalog):
    """PowerShell 2/3 unwrap one-item pipelines: ConvertTo-Json writes an object."""
    document = _status(runners, "pc001.lab.test")
    assert len(document["products"]) == 1 and len(document["events"]) == 1
    unwrapped = copy.deepcopy(document)
    unwrapped["products"] = document["products"][0]
    unwrapped["events"] = dict(document["events"][0], data=document["events"][0]["data"][0])
    now = utc_now()
    as_lists = read_host_result("pc001", document, catalog, now)
    as_objects = read_host_result("pc001", unwrapped, catalog, now)
    assert as_objects == as_lists and as_objects.last_error is not None
    assert parse_status(None, unwrapped).products == parse_status(None, document).products  # type: ignore[arg-type]
    assert as_list(None) == [] and as_list("a") == ["a"] and as_list([1]) == [1]


def test_an_esu_add_on_never_replaces_the_windows_product(runners):
    """G3: LicenseIsAddon products are listed, but "the Windows product" is Windows."""
    document = _status(runners, ESU_CLIENT)
    addons = [p for p in document["products"] if p["is_addon"]]
    assert [p["name"].split(" for ")[0] for p in addons] == ["Windows(R), Client-ESU-Year1 add-on"]
    licensing, _ = _licensing(runners, ESU_CLIENT)
    windows = licensing.windows()
    assert windows is not None and windows.name == "Windows(R), Education edition"
    assert not windows.is_addon and len(licensing.products) == 2
    runner = runners(ESU_CLIENT)
    try:  # activate with no Activation ID acts on Windows, as slmgr /ato does
        activated = runner.run("get-iid", {})
    finally:
        runner.close()
    assert activated["id"] == windows.activation_id


def test_each_product_query_costs_run_time():
    """G4: the lab charges real product queries' slowness per query (0 in the other tests)."""
    with LabRuntime(
        build_default_lab(clients=1, scenario="legacy-2008r2"), https=False, with_dns=False
    ) as lab:
        lab.faults.set_defaults(MachineFaults(product_query=0.3))
        from app.adapters.runner_factory import build_runner_factory

        runner = build_runner_factory(lab_settings(lab), url_for=lab.winrm_url)(KMS_HOST)
        try:
            started = time.monotonic()
            runner.run("status")
            slow = time.monotonic() - started
            started = time.monotonic()
            runner.run("set-priority", {"low": False})
            quick = time.monotonic() - started
        finally:
            runner.close()
    assert slow >= 0.6  # two product queries (SPP and OSPP)
    assert quick < slow - 0.4  # no product query


def test_the_report_error_column_comes_from_the_events(runners, catalog):
    """The reports' per-product error is the last KMS request's, not the grace code."""
    from app.domain.report_model import scan_rows

    document = _status(runners, "pc001.lab.test")
    result = read_host_result("pc001.lab.test", document, catalog, utc_now())
    [row] = scan_rows([result])
    assert row[-1].english().startswith("0x8007232B")
