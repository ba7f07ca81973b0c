"""The contract every parser of outside input keeps, and the inputs that attack it.

A parser returns a value or raises its own documented, typed input error, whose
message renders in every language; any other exception is a crash. ``call``
checks exactly that, so each property test is one line per target.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

from app.domain.text import Message


def rendered(message: object) -> str:
    """The error's message, rendered in English and through the Qt catalogs."""
    from app.i18n import render

    assert isinstance(message, Message), f"not a translatable message: {message!r}"
    assert message.english().strip()
    wanted = [int(number) for number in re.findall(r"%(\d)", message.text.source)]
    assert max(wanted, default=0) <= len(message.args)  # every placeholder has its argument
    return render(message)


def call(parse: Callable[..., Any], *args: Any, errors: tuple[type[BaseException], ...],
         message: Callable[[BaseException], object] = lambda e: e.message, **kwargs: Any) -> Any:
    """``parse(*args)``, allowing only ``errors``; returns the value or the error raised."""
    try:
        return parse(*args, **kwargs)
    except errors as error:
        shown = message(error)
        if shown is not None:
            rendered(shown) if isinstance(shown, Message) else str(shown)
        return error


def costly(share: float):
    """Fewer examples for a costly target in CI (``share`` of the profile's count, at least
    25); the full count when fuzzing with the long profile."""
    count = settings.default.max_examples
    return settings(max_examples=count if count >= 10_000 else max(25, int(count * share)))


# --- hostile text ---------------------------------------------------------------------------

HOSTILE_FRAGMENTS = (
    "'; Stop-Computer; '",
    "$(Invoke-Expression 'calc')",
    "`n`r",
    "*)(objectClass=*",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "%s%n%x%1%2",
    "\u202egnp.exe",  # right-to-left override
    "\x00\x1b[31m",
    "ｋｍｓ０１．ｌａｂ．ｔｅｓｔ",  # fullwidth letters and digits
    "xn--bcher-kva.example",
    "bücher.example",
    "١٢٣٤٥",  # Arabic-Indic digits
    "²³",  # digits int() refuses
    "9" * 5000,  # past int()'s 4,300-digit limit
    "-" * 3 + "5",
    "\ufeff",
    "\r\n\r\n",
    " \t ",
    "1e309",
    "nan",
)

# Long inputs, made once: drawing 20,000 random characters per example would cost more
# than the parsers under test.
LONG_TEXTS = (
    "9" * 4301,
    "1" * 10_000,
    "-" + "7" * 5000,
    "é" * 20_000,
    "ü.".join(["bücher"] * 2000),
    "a" * 100_000,
    "𝟗" * 5000,  # mathematical digits: isdigit() is true, int() takes them
    "\u0660" * 4400,  # Arabic-Indic zeros, past the int() limit
    ("pc01.lab.test\n" * 5000),
)

short_hostile_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(HOSTILE_FRAGMENTS),
    st.lists(
        st.one_of(st.sampled_from(HOSTILE_FRAGMENTS), st.text(max_size=12)), max_size=4
    ).map("".join),
)

hostile_text = st.one_of(
    st.text(max_size=200),
    short_hostile_text,
    st.sampled_from(LONG_TEXTS),
    st.tuples(st.sampled_from(LONG_TEXTS), st.text(max_size=10)).map("".join),
)
