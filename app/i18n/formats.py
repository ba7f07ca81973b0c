"""Numbers, dates and times written the way the user's language writes them.

:func:`app.i18n.install_language` makes the language's locale Qt's default;
these functions format with it: ``12 345`` and ``14/03/2025 09:30`` in French,
``12.345`` and ``14.03.25 09:30`` in German, ``12,345`` and ``3/14/25 9:30 AM``
in English. Times from machines arrive in UTC and are shown in this computer's
time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

_SHORT = QLocale.FormatType.ShortFormat


def format_number(value: int | float, decimals: int | None = None) -> str:
    """``value`` with the locale's digit grouping and decimal mark.

    Args:
        value: the number.
        decimals: digits after the decimal mark for a float (None: as few as needed).
    """
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    if decimals is None:
        return locale.toString(value, "g", 12)
    return locale.toString(value, "f", decimals)


def format_datetime(moment: datetime) -> str:
    """Date and time, short form, in this computer's time zone (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), _SHORT)


def format_date(day: date | datetime) -> str:
    """The date alone, short form (a datetime is first moved to this computer's time zone)."""
    if isinstance(day, datetime):
        if day.tzinfo is None:
            day = day.replace(tzinfo=UTC)
        day = day.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), _SHORT)
