"""Translatable text that the domain can name without importing Qt.

The domain core must stay free of Qt, yet every message it produces has to reach
the user translated. So the domain only *marks* strings: ``QT_TRANSLATE_NOOP`` is
recognised by ``pyside6-lupdate`` by its name (it need not be Qt's), and the
result is a :class:`Text` carrying the context and the English source. The UI
and the CLI translate it at display time through ``app.i18n.render``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


class Text(NamedTuple):
    """An English source string and the translation context it is filed under."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark ``source`` for extraction into the catalogs under ``context``."""
    return Text(context, source)


def QT_TRANSLATE_N_NOOP(
    context: str, source: str, disambiguation: None = None, n: int = 0
) -> Text:
    """Mark a ``%n`` plural text. Always write all four arguments::

        QT_TRANSLATE_N_NOOP("Dashboard", "%n more Windows client(s)", None, 0)

    pyside6-lupdate does not understand this macro by itself; ``build/i18n.py``
    declares it an alias of ``translate``, and a ``translate`` call is filed as a
    plural only when it has the fourth (count) argument. Render it with
    ``msg(TEXT, n=count)``.
    """
    return Text(context, source)


class TextEnum(Enum):
    """An enumeration whose members stand for translatable texts (their values).

    Problem kinds are written this way: ``EMPTY = QT_TRANSLATE_NOOP("Ctx", "…")``,
    then ``msg(Problem.EMPTY.text, …)``.
    """

    @property
    def text(self) -> Text:
        """The member's text, to pass to :func:`msg`."""
        return self.value


@dataclass(frozen=True)
class Message:
    """A translatable text with its arguments, rendered only when shown.

    ``args`` fill ``%1``, ``%2``… in order (Qt's convention, so translators can
    reorder them); ``n`` selects the plural form of a ``%n`` text.
    """

    text: Text
    args: tuple[object, ...] = field(default=())
    n: int = -1

    def english(self) -> str:
        """The message rendered in English, without Qt (logs, exceptions, tests)."""
        return substitute(self.text.source, self.args, self.n)


class TranslatableError(Exception):
    """An error whose ``message`` tells the user what is wrong, in their language.

    ``str(error)`` is the English text, for logs and tracebacks. Subclasses that
    are also ``ValueError`` list it second: ``class BadInput(TranslatableError, ValueError)``.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def msg(text: Text, *args: object, n: int = -1) -> Message:
    """Shorthand: ``msg(SOME_TEXT, host, port)``."""
    return Message(text, tuple(args), n)


def substitute(template: str, args: tuple[object, ...], n: int = -1) -> str:
    """Fill ``%1``…``%9`` and ``%n`` the way ``QString.arg`` would.

    One pass over the template: an argument that itself contains ``%2`` is
    never substituted a second time.
    """
    out: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template):
            nxt = template[i + 1]
            if nxt.isdigit() and nxt != "0" and int(nxt) <= len(args):
                out.append(_english(args[int(nxt) - 1]))
                i += 2
                continue
            if nxt == "n" and n >= 0:
                out.append(str(n))
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _english(arg: object) -> str:
    """An argument in English: a :class:`Text` (or a tuple of them, as the UI joins them)
    by its source, a nested :class:`Message` in English, anything else as ``str``."""
    if isinstance(arg, Message):
        return arg.english()
    if isinstance(arg, Text):
        return arg.source
    if isinstance(arg, tuple) and arg and all(isinstance(item, Text) for item in arg):
        return ", ".join(item.source for item in arg)
    return str(arg)
