"""The Connection page offers only what works: Negotiate (NTLM), NTLM and Basic, no Kerberos;
its introduction says which listener a stock Windows has; the default path reaches the lab."""

from __future__ import annotations

import pytest

from app.domain.flow import PageId, Target
from app.ui.session import AUTH_CHOICES
from tests.ui.clients_support import straight_to_clients
from tests.ui.driver import click, go_next, wait_idle

KMS_HOST = "kms01.lab.test"


def _connection_page(qtbot, make_wizard, language="en"):
    wizard, _confirmer = make_wizard(language, target=Target.REMOTE)
    go_next(qtbot, wizard, PageId.CONNECTION)
    return wizard, wizard.currentPage()


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_the_auth_list_has_no_kerberos(qtbot, make_wizard, language):
    _wizard, page = _connection_page(qtbot, make_wizard, language)
    items = [page.auth.itemText(i) for i in range(page.auth.count())]
    assert AUTH_CHOICES == ("negotiate", "ntlm", "basic")
    assert len(items) == len(AUTH_CHOICES)
    assert not any("kerberos" in item.lower() for item in items), items
    assert "NTLM" in items[0] and "Basic" in items[2]
    # G8: the introduction says that a stock Windows listens on HTTP 5985 only.
    intro = page.intro.text()
    assert "5985" in intro and "5986" in intro and "winrm quickconfig" in intro
    assert "Kerberos" not in intro


def test_negotiate_over_http_reaches_the_lab(qtbot, make_wizard, lab):
    """The GUI's default authentication on the default Windows listener (NTLM, encrypted)."""
    wizard, page = _connection_page(qtbot, make_wizard)
    page.host.setText(KMS_HOST)
    # Untouched, the page offers HTTP 5985 with Negotiate: what a stock Windows Server has.
    assert "5985" in page.protocol.currentText() and "NTLM" in page.auth.currentText()
    page.url.setText(lab.winrm_url(KMS_HOST))
    page.user.setText(lab.world.user)
    page.password.setText(lab.world.password)
    assert page.settings().auth == "negotiate" and not page.settings().https
    click(qtbot, page.test_button)
    wait_idle(qtbot, page)
    assert wizard.ctx.state.connected, page.operation.text
    assert page.summary.value("machine") == KMS_HOST


def test_the_clients_auth_list_has_no_kerberos(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("en")
    straight_to_clients(qtbot, wizard)
    page = wizard.currentPage()
    assert [page.auth.itemData(i) for i in range(page.auth.count())] == list(AUTH_CHOICES)
