"""Which key group do I need? The key-group page asks for the clients and recommends (issue 14.3).

On the lab's Windows Server 2008 R2 Standard host: Windows 7 + Server 2008 R2 clients
→ Server Group B, selected only on "Use this group"; Windows 11 → no group this
host can hold, naming the newer host; greyed-out Office versions say why in
visible text; "Take them from a scan" says why it is disabled, then reads a scan.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.fleet_identify import OsFacts
from app.domain.flow import PageId
from app.domain.scan_results import HostOutcome, HostResult, ScanSummary
from app.i18n import render_text
from app.services.fleet_scan import ScanReport
from tests.ui.driver import click, go_next, wait_idle


def _key_group_page(qtbot, make_wizard, language):
    wizard, _confirmer = make_wizard(language)
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    wait_idle(qtbot, wizard.currentPage())
    go_next(qtbot, wizard, PageId.KEY_GROUP)
    return wizard, wizard.currentPage()


def _tr(source):
    return QCoreApplication.translate("KeyGroupPage", source)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_clients_lead_to_a_recommendation_selected_only_on_click(qtbot, make_wizard, language):
    wizard, page = _key_group_page(qtbot, make_wizard, language)
    catalog = wizard.ctx.catalog
    assert wizard.ctx.state.key_group is None
    assert not page.use_group.isEnabled()
    page.client_boxes["win7"].setChecked(True)
    page.client_boxes["ws2008r2"].setChecked(True)
    assert page.advice.group == "server-b"
    text = page.advice_label.text()
    assert render_text(catalog.group("server-b").name) in text
    assert "Windows Server 2008 R2" in text and page.advice_label.isVisible()
    if language != "en":
        assert "it can be installed on this host" not in text  # translated
    # Nothing is chosen by itself: only the button selects the group.
    assert wizard.ctx.state.key_group is None
    click(qtbot, page.use_group)
    assert wizard.ctx.state.key_group == "server-b"
    assert page.groups.selectedIndexes()

    # Windows 11 too: no key this host can hold activates it; the newer host is named.
    page.client_boxes["win11"].setChecked(True)
    assert page.advice.group is None and not page.use_group.isEnabled()
    text = page.advice_label.text()
    assert "Windows 11" in text and "Windows Server 2022" in text
    assert wizard.ctx.state.key_group == "server-b"  # unchanged


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_greyed_out_office_versions_say_why_in_visible_text(qtbot, make_wizard, language):
    _wizard, page = _key_group_page(qtbot, make_wizard, language)
    assert not page.office_boxes["office2024"].isEnabled()
    reasons = page.office_reasons
    assert reasons.isVisible()
    lines = reasons.text().splitlines()
    assert len(lines) == sum(1 for box in page.office_boxes.values() if not box.isEnabled())
    line = next(x for x in lines if "LTSC 2024" in x)
    assert "Windows Server 2022" in line  # where it may be installed
    if language != "en":
        assert "greyed out" not in line
    # Ticking Office 2024 as a client: the advice says it is not for this host, and why.
    page.client_boxes["office2024"].setChecked(True)
    text = page.advice_label.text()
    assert "Office LTSC 2024" in text and "Windows Server 2022" in text


def test_take_them_from_a_scan(qtbot, make_wizard):
    wizard, page = _key_group_page(qtbot, make_wizard, "en")
    assert not page.from_scan.isEnabled()
    assert page.scan_reason.isVisible() and "No scan in this session" in page.scan_reason.text()
    # A scan of this session (as the scan page stores it) makes the button work.
    now = datetime(2026, 1, 1, tzinfo=UTC)
    results = (
        HostResult("pc1", HostOutcome.SCANNED, now, os=OsFacts("", "6.1.7601", "Professional")),
        HostResult("s1", HostOutcome.SCANNED, now, os=OsFacts("", "6.1.7601", "ServerStandard")),
    )
    clients = page._clients()
    clients.scans.append(ScanReport(1, results, ScanSummary(), now, now, False))
    page.initializePage()
    assert page.from_scan.isEnabled() and "2 machines" in page.scan_reason.text()
    click(qtbot, page.from_scan)
    ticked = {v for v, box in page.client_boxes.items() if box.isChecked()}
    assert ticked == {"win7", "ws2008r2"}
    assert page.advice.group == "server-b" and wizard.ctx.state.key_group is None
