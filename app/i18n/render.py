"""Turn domain :class:`~app.domain.text.Message` objects into text for the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.text import Message, Text, substitute


def render_text(text: Text, *args: object, n: int = -1) -> str:
    """Translate ``text`` into the installed language and fill its arguments."""
    translated = QCoreApplication.translate(text.context, text.source, None, n)
    return substitute(translated, tuple(args), n)


def render(message: Message) -> str:
    """Translate and fill a :class:`Message`."""
    return render_text(message.text, *message.args, n=message.n)
