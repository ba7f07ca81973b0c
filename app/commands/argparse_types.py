"""Bounded numbers for command-line options: one argparse ``type`` for all of them.

``type=int`` lets a user (or a script gone wrong) hand over any number: argparse
echoes a 5,000-digit value back whole, and a value past SQLite's 64-bit range
(``--undo 99999999999999999999``) crashed the journal lookup. Every numeric option
takes :func:`bounded_int` or :func:`bounded_float` instead: the text's length is
checked before it is converted, the range right after, and a refusal is one
translated line ("argument --concurrency: expected a whole number from 1 to 256,
not “0”"), exit 2, like any other usage error.

The bounds here are what the option can mean at all; a command may still check
finer rules later with its own message (the time-out must be more than 0).
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
from collections.abc import Callable

from app.commands.argparse_i18n import mask_key_shaped
from app.domain.text import QT_TRANSLATE_NOOP, Text, substitute

# A journal row id (SQLite INTEGER PRIMARY KEY): a signed 64-bit number.
MAX_JOURNAL_ID = 2**63 - 1
# A seed for the lab's topology (random.Random takes any int; this is plenty).
MAX_SEED = 2**32 - 1

# More characters than any sensible number (a 64-bit integer has 20 digits, a float
# written out 25 or so): refused before int()/float() ever sees it.
_MAX_CHARS = 32
_SHOWN_CHARS = 24

NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "CommandLine", "expected a whole number from %1 to %2, not “%3”"
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("CommandLine", "expected a number from %1 to %2, not “%3”")


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number (ASCII digits, optional sign) in ``low``..``high``."""

    def convert(text: str) -> int:
        raw = text.strip()
        digits = raw[1:] if raw[:1] in ("-", "+") else raw
        if 0 < len(digits) <= _MAX_CHARS and digits.isascii() and digits.isdigit():
            number = int(raw)
            if low <= number <= high:
                return number
        raise argparse.ArgumentTypeError(_rendered(NOT_A_WHOLE_NUMBER, low, high, _shown(raw)))

    convert.__name__ = "whole number"  # argparse names the type in some of its messages
    return convert


def bounded_float(low: float, high: float) -> Callable[[str], float]:
    """An argparse ``type``: a finite number (``2``, ``0.5``, ``1e3``) in ``low``..``high``."""

    def convert(text: str) -> float:
        raw = text.strip()
        number = math.nan
        if 0 < len(raw) <= _MAX_CHARS and raw.isascii() and "_" not in raw:
            with contextlib.suppress(ValueError):  # not a number: stays nan, refused below
                number = float(raw)
        if math.isfinite(number) and low <= number <= high:  # nan and inf fail here
            return number
        raise argparse.ArgumentTypeError(
            _rendered(NOT_A_NUMBER, f"{low:g}", f"{high:g}", _shown(raw))
        )

    convert.__name__ = "number"
    return convert


def _shown(text: str) -> str:
    """The value as typed, cut short, control characters escaped, and nothing of a key.

    A product key (or one group of it) typed where a number belongs must not be
    echoed to the terminal: key-shaped text and five-character groups holding a
    letter are masked, as argparse_i18n does for argparse's own echoes.
    """
    masked = _KEY_GROUP.sub(
        lambda m: "XXXXX" if len(m[0]) == 5 and not m[0].isdigit() else m[0],
        mask_key_shaped(text),
    )
    cut = masked if len(masked) <= _SHOWN_CHARS else masked[: _SHOWN_CHARS - 1] + "…"
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in cut)


_KEY_GROUP = re.compile(r"[A-Za-z0-9]+")


def _rendered(text: Text, *args: object) -> str:
    """``text`` in the user's language (argparse wants a string at once, not a Message)."""
    translate = _translator
    template = translate(text) if translate is not None else text.source
    return substitute(template, args)


_translator: Callable[[Text], str] | None = None


def install(translate: Callable[[Text], str]) -> None:
    """Render refusals with ``translate`` (the command line's own, which knows ``--lang``)."""
    global _translator
    _translator = translate
