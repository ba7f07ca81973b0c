"""Turn domain :class:`~app.domain.text.Message` objects into text for the user."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.domain.text import Message, Text, substitute
from app.i18n.formats import format_date, format_datetime, format_number


def render_text(text: Text, *args: object, n: int = -1) -> str:
    """Translate ``text`` into the installed language and fill its arguments.

    Dates, times and decimal numbers among the arguments are written the
    language's way (whole numbers stay as they are: they are often ports,
    years or error codes, which take no digit grouping). An argument that is
    itself a :class:`Text` (or a tuple of them, shown as a list) is translated
    too: a firewall profile's name, for instance.
    """
    translated = QCoreApplication.translate(text.context, text.source, None, n)
    return substitute(translated, tuple(_localised(arg) for arg in args), n)


def render(message: Message) -> str:
    """Translate and fill a :class:`Message`."""
    return render_text(message.text, *message.args, n=message.n)


def _localised(arg: object) -> object:
    if isinstance(arg, Message):  # a sentence inside a sentence ("could not be read (…)")
        return render(arg)
    if isinstance(arg, Text):
        return render_text(arg)
    if isinstance(arg, tuple) and arg and all(isinstance(item, Text) for item in arg):
        return ", ".join(render_text(item) for item in arg)
    if isinstance(arg, datetime):
        return format_datetime(arg)
    if isinstance(arg, date):
        return format_date(arg)
    if isinstance(arg, float):
        return format_number(arg)
    return arg
