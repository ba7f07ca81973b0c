"""Which key group do I need? The recommendation from the clients (issue 14 item 3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.catalog import default_catalog
from app.domain.fleet_identify import OsFacts
from app.domain.key_group_advice import (
    NO_GROUP_AT_ALL,
    NO_SINGLE_GROUP,
    NO_SINGLE_GROUP_REASON,
    NO_WINDOWS_NEEDED,
    RECOMMEND,
    RECOMMEND_WITH_UPDATES,
    ClientMix,
    mix_from_scan,
    reach_summary,
    recommend_key_group,
)
from app.domain.scan_results import HostOutcome, HostResult

CATALOG = default_catalog()


def advise(host_os, windows=(), office=(), edition=None, evaluation=False):
    eligibility = CATALOG.groups_for_host(host_os, edition, evaluation)
    return recommend_key_group(CATALOG, host_os, eligibility, ClientMix(windows, office))


@pytest.mark.parametrize(
    ("host_os", "edition", "windows", "group"),
    [
        # Server 2022 host, Windows 10/11 and current servers: its own key.
        ("ws2022", "ServerStandard", ("win10", "win11", "ws2019", "ws2022"), "ws2022"),
        # Windows 10/11 only on a Server 2022 host: the lowest key that activates Windows 11.
        ("ws2022", "ServerStandard", ("win10", "win11"), "ws2022"),
        # Windows 10 and Server 2016 on a Server 2016 host: the 2016 key is enough.
        ("ws2016", "ServerStandard", ("win10", "ws2016"), "ws2016"),
        # Server 2025 clients need the 2025 key, which a 2022 host may hold.
        ("ws2022", "ServerStandard", ("win11", "ws2025"), "ws2025"),
        # 2008 R2 host, Windows 7 and 2008 R2 servers: Server Group B (A cannot activate Standard).
        ("ws2008r2", "ServerStandard", ("win7", "ws2008r2"), "server-b"),
        # 2008 R2 host with Windows 10 clients: the 2012 R2 "for Windows 10" key.
        ("ws2008r2", "ServerStandard", ("win7", "win10"), "ws2012r2-win10"),
        # A Windows 10 host activates clients only: the Windows 10 key.
        ("win10", "Enterprise", ("win81", "win10"), "win10"),
    ],
)
def test_the_lowest_group_that_this_host_may_hold_and_that_covers_every_client(
    host_os, edition, windows, group
):
    advice = advise(host_os, windows, edition=edition)
    assert advice.group == group and advice.possible
    assert advice.message.text in (RECOMMEND, RECOMMEND_WITH_UPDATES)
    assert advice.message.args[0] == CATALOG.group(group).name
    assert advice.message.args[2] == CATALOG.os_version(host_os).name


def test_the_sentence_names_what_the_key_activates_and_the_host():
    advice = advise("ws2022", ("win10", "win11"), edition="ServerStandard")
    assert advice.message.text == RECOMMEND
    # The Server 2022 key: Windows 7…11 and Server 2008 R2 to 2022 (not 2025).
    assert advice.message.args[1] == (
        "Windows 7, Windows 8.1, Windows 10, Windows 11, Windows Server 2008 R2–2022"
    )
    assert advice.message.args[2] == "Windows Server 2022"


def test_updates_the_host_needs_are_named():
    advice = advise("ws2008r2", ("win10",), edition="ServerStandard")
    assert advice.group == "ws2012r2-win10"
    assert advice.message.text == RECOMMEND_WITH_UPDATES
    assert "KB3079821" in advice.updates and "KB3079821" in advice.message.args[3]


def test_a_2008_r2_host_cannot_hold_a_key_for_windows_11():
    advice = advise("ws2008r2", ("win10", "win11"), edition="ServerStandard")
    assert advice.group is None and not advice.possible
    assert advice.message.text == NO_SINGLE_GROUP
    host, missing, needed, where = advice.message.args
    assert host == "Windows Server 2008 R2" and missing == "Windows 11"
    assert advice.needed_group == "ws2022" and needed == CATALOG.group("ws2022").name
    assert "Windows Server 2022" in where and "Windows Server 2008 R2" not in where


def test_an_evaluation_host_is_told_its_own_reason():
    advice = advise("ws2022", ("win11",), edition="ServerStandardEval")
    assert advice.group is None and advice.message.text == NO_SINGLE_GROUP_REASON
    assert advice.detail is not None and "Evaluation" in advice.detail.english()


def test_a_windows_client_host_cannot_activate_servers():
    advice = advise("win10", ("win10", "ws2019"), edition="Enterprise")
    assert advice.group is None and not advice.possible
    assert advice.message.args[1] == "Windows Server 2019"


def test_office_only_needs_no_windows_key_and_each_version_says_whether_it_fits():
    advice = advise("ws2008r2", (), ("office2016", "office2024"), edition="ServerStandard")
    assert advice.group is None and advice.message.text == NO_WINDOWS_NEEDED
    fits = {o.group: o.allowed for o in advice.office}
    assert fits == {"office2016": True, "office2024": False}
    assert not advice.possible and advice.office_to_use == ("office2016",)
    refused = advice.office[1]
    assert refused.detail is not None and "Windows Server 2022" in refused.detail.english()


def test_windows_and_office_together():
    advice = advise("ws2022", ("win11",), ("office2021", "office2024"), edition="ServerStandard")
    assert advice.group == "ws2022" and advice.possible
    assert advice.office_to_use == ("office2021", "office2024")


def test_no_group_at_all_is_said_plainly():
    # Vista's last host keys are Server 2012 R2 / "for Windows 10"; Windows 11 needs 2022+.
    advice = advise("ws2022", ("vista", "win11"), edition="ServerStandard")
    assert advice.message.text == NO_GROUP_AT_ALL and advice.group is None
    assert not advice.possible and advice.message.args == ("Windows Vista, Windows 11",)


def test_reach_summary_of_a_client_only_key():
    assert reach_summary(CATALOG, CATALOG.group("win10")) == "Windows 7, Windows 8.1, Windows 10"


def test_mix_from_a_scan():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    results = [
        HostResult("pc1", HostOutcome.SCANNED, now, os=OsFacts("", "10.0.22631", "Professional")),
        HostResult(
            "srv1", HostOutcome.SCANNED, now, os=OsFacts("", "10.0.20348", "ServerStandard")
        ),
        HostResult("gone", HostOutcome.UNREACHABLE, now, os=OsFacts("", "6.1.7601", "")),
    ]
    assert mix_from_scan(CATALOG, results) == ClientMix(("win11", "ws2022"), ())
