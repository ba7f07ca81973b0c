"""The inventory page's Active Directory tab against a real Samba AD DC (review D5, D6).

Disabled computer accounts are left out unless "Include disabled computers" is
ticked; then they are listed and marked in the table. The DC is the session's
``samba_dc`` (tests/ad); its certificate names ``DC1.corp.test``, resolved for
this process only.
"""

from __future__ import annotations

from tests.ad.samba_dc import ou_dn
from tests.ui.conftest import make_wizard  # noqa: F401 - the window, as tests/ui builds it
from tests.ui.test_clients_inventory_ad import directory_tab, list_computers


def show(page, dc, *, include_disabled: bool, url: str | None = None) -> None:
    page.ad_url.setText(url or dc.ldaps_name_url)
    page.ad_base.setText(ou_dn(("Clients", "Paris")))
    page.ad_name.setText("")
    page.ad_os.setText("")
    page.ad_user.setText("CORP\\reader")  # a simple bind inside TLS
    page.ad_password.setText(dc.reader_password)
    page.ad_starttls.setChecked(False)
    page.ad_ca_file.set_path(str(dc.ca_file))
    page.ad_include_disabled.setChecked(include_disabled)


def table(page) -> list[str]:
    model = page.computer_list.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_disabled_computers_are_left_out_or_listed_and_marked(qtbot, make_wizard, samba_dc):  # noqa: F811
    _wizard, page = directory_tab(qtbot, make_wizard)  # clients only, on the network
    with samba_dc.resolving():
        show(page, samba_dc, include_disabled=False)
        list_computers(qtbot, page)
        assert "pc-par-06.corp.test" not in page.inventory.hosts
        assert "Computer PC-PAR-06 is disabled in the directory; it was left out." in (
            page.notes.text()
        )
        assert page.summary.text() == "7 hosts to scan."

        show(page, samba_dc, include_disabled=True)
        list_computers(qtbot, page)
        assert "pc-par-06.corp.test" in page.inventory.hosts
        assert "pc-par-06.corp.test (disabled)" in table(page)
        assert "pc-par-01.corp.test" in table(page)  # enabled: not marked
        assert page.summary.text() == "9 hosts to scan."

        # The DC's address instead of its name: the certificate's name is given to use.
        show(page, samba_dc, include_disabled=False, url=samba_dc.ldaps_url)
        list_computers(qtbot, page)
        assert page.inventory is None
        assert "is issued to DC1.corp.test" in page.summary.text()
        assert "ldaps://DC1.corp.test:636" in page.summary.text()
