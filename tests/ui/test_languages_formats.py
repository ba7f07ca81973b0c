"""Numbers, dates and times in the user's language, wherever the wizard shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.flow import PageId
from app.domain.text import QT_TRANSLATE_NOOP
from app.i18n import install_language, render_text
from app.i18n.catalogs import locale_for
from app.i18n.formats import format_date, format_datetime, format_number
from app.services.host_setup import HostInfo
from tests.ui.driver import go_next, wait_idle

MOMENT = datetime(2025, 3, 14, 8, 30, tzinfo=UTC)


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        install_language(code)

    yield use
    install_language("en")


@pytest.mark.parametrize(
    ("code", "thousands", "decimal", "day_first"),
    [
        ("en", "12,345", "1.5", False),
        ("fr", "12\u202f345", "1,5", True),
        ("de", "12.345", "1,5", True),
    ],
)
def test_numbers_and_dates_follow_the_language(language, code, thousands, decimal, day_first):
    language(code)
    assert QLocale().language() == locale_for(code).language()
    assert format_number(12345) == thousands
    assert format_number(1.5) == decimal
    local = MOMENT.astimezone()
    shown = format_date(local.date())
    day, month = f"{local.day:02d}", f"{local.month:02d}"
    if day_first:
        assert shown.index(day) < shown.index(month)
    else:
        assert shown.startswith(f"{local.month}/{local.day}/")
    assert format_date(local.date()) in format_datetime(MOMENT)
    assert f"{local.minute:02d}" in format_datetime(MOMENT)


def test_a_naive_datetime_is_utc(language):
    language("de")
    assert format_datetime(MOMENT.replace(tzinfo=None)) == format_datetime(MOMENT)
    assert format_date(datetime(2025, 3, 14, 12, tzinfo=UTC)) == format_date(
        datetime(2025, 3, 14, 12, tzinfo=UTC).astimezone().date()
    )


def test_messages_write_their_dates_and_decimals_the_language_way(language):
    text = QT_TRANSLATE_NOOP("FormatsProbe", "%1 at %2, %3 s, port %4")
    language("fr")
    shown = render_text(text, date(2025, 3, 14), MOMENT, 2.5, 1688)
    assert shown.startswith("14/03/2025 at ")
    assert "2,5 s" in shown and shown.endswith("port 1688")  # a port takes no grouping


def test_the_host_check_shows_when_the_grace_period_ends(qtbot, make_wizard):
    wizard, _confirmer = make_wizard("de")
    go_next(qtbot, wizard, PageId.HOST_CHECK)
    page = wizard.currentPage()
    wait_idle(qtbot, page)
    host: HostInfo = wizard.ctx.host
    windows = host.windows
    assert windows.grace.expires
    ends = format_datetime(windows.grace.expires_at(host.machine_utc))
    licence = page.summary.value("licence")
    assert f" bis {ends}" in licence
    assert ends.count(".") == 2  # German dates: 14.03.25
    wizard.switch_language("fr")
    qtbot.waitUntil(lambda: "jusqu’au" in page.summary.value("licence"))
    assert format_datetime(windows.grace.expires_at(host.machine_utc)).count("/") == 2


def test_names_given_as_texts_are_translated_too(language):
    from app.services.host_setup.firewall import PROFILE_NAMES, FirewallProfile

    text = QT_TRANSLATE_NOOP("FormatsProbe", "open for: %1")
    profiles = (PROFILE_NAMES[FirewallProfile.DOMAIN], PROFILE_NAMES[FirewallProfile.PUBLIC])
    language("de")
    assert render_text(text, profiles).endswith("Domäne, Öffentlich")
    language("fr")
    assert render_text(text, PROFILE_NAMES[FirewallProfile.PRIVATE]).endswith("Privé")
