"""A pseudo-locale that stretches every translatable text, to find tight layouts early.

``kms-wizard --lang pseudo`` (or ``KMSW_PSEUDO=1``) installs
:class:`PseudoTranslator` instead of a real catalog. Every text comes out about
40 % longer, accented and bracketed — ``"More text"`` becomes
``"[Ḿöŕé~~ ţéẋţ~~]"`` — so a label that clips, a text still in English (no
brackets: it never went through ``translate``) or two texts glued together (a
bracket in the middle) show at a glance. Placeholders (``%1``, ``%n``,
``%L1``), HTML tags, entities, ``&`` mnemonics and codes with digits
(``0xC004F038``) pass through unchanged, so the stretched text still fills in
and renders like the real one.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

PSEUDO_LANGUAGE = "pseudo"
STRETCH = 0.4

# One accented look-alike per ASCII letter: still readable, clearly not English.
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķĺḿñöṕʠŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹḾÑÖṔɊŔŠŢÚṼŴẊÝŽ",
)
# Kept verbatim: placeholders, HTML tags and entities, "&&" and the "&" of a mnemonic.
# Codes with digits in them (0xC004F038, KB3172614, kms01) stay whole and readable too.
_KEEP = re.compile(r"%L?[1-9n]|<[^>]*>|&(?:[a-zA-Z]+|#\d+);|&&|&(?=\w)|\b(?=\w*\d)\w+\b")
_LETTERS = re.compile(r"[A-Za-z]+")


def stretch(text: str) -> str:
    """The pseudo-translation of ``text`` ("" stays "").

    Each word grows by about 40 % (tildes appended to it), so lines still wrap
    between words the way a longer language's would.
    """
    if not text:
        return text
    out: list[str] = []
    position = 0
    for kept in _KEEP.finditer(text):
        out.append(_stretch_words(text[position : kept.start()]))
        out.append(kept.group())
        position = kept.end()
    out.append(_stretch_words(text[position:]))
    return f"[{''.join(out)}]"


def _stretch_words(plain: str) -> str:
    return _LETTERS.sub(_stretch_word, plain)


def _stretch_word(match: re.Match[str]) -> str:
    word = match.group()
    return word.translate(_ACCENTED) + "~" * math.ceil(len(word) * STRETCH)


class PseudoTranslator(QTranslator):
    """Answers every ``translate`` call with the stretched source text."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return stretch(source_text)

    def isEmpty(self) -> bool:
        return False
