"""Product keys: parse what people paste, validate, normalise, mask.

A product key is 25 characters from a 24-letter alphabet, shown as five groups
of five. Keys from Windows 8 / Office 2013 on carry exactly one ``N`` (the
"N" marks the newer key encoding); older keys carry none. People paste keys
from PDFs, mails and spreadsheets, so parsing tolerates lower case, spaces,
en/em dashes and missing dashes, but never guesses a character.

A :class:`ProductKey` never shows its full value in ``repr``/``str``: logs,
exceptions and reports see only the masked form, like Windows' PartialProductKey.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.text import QT_TRANSLATE_NOOP, Message, TextEnum, msg

# The characters Microsoft uses in product keys (no vowels but Y, no 0/1/5/L/S/Z…).
KEY_ALPHABET = "BCDFGHJKMNPQRTVWXY2346789"
_GROUPS = 5
_GROUP_LEN = 5
_KEY_LEN = _GROUPS * _GROUP_LEN
# Dash look-alikes that word processors and web pages substitute for "-".
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = " \t\u00a0\u2007\u202f\r\n"


class KeyProblem(TextEnum):
    """Why a typed key is not a well-formed product key."""

    EMPTY = QT_TRANSLATE_NOOP("ProductKey", "No product key was entered.")
    WRONG_LENGTH = QT_TRANSLATE_NOOP(
        "ProductKey", "A product key has 25 characters (five groups of five); this one has %1."
    )
    BAD_CHARACTERS = QT_TRANSLATE_NOOP(
        "ProductKey",
        "A product key cannot contain “%1”. Product keys use only the letters "
        "B C D F G H J K M N P Q R T V W X Y and the digits 2 3 4 6 7 8 9 "
        "(no 0, 1, 5, A, E, I, L, O, S, U or Z).",
    )
    BAD_GROUPS = QT_TRANSLATE_NOOP(
        "ProductKey",
        "A product key is five groups of five characters separated by dashes; a character "
        "seems to be in the wrong group.",
    )
    TOO_MANY_N = QT_TRANSLATE_NOOP(
        "ProductKey", "A product key contains at most one letter N; this one has %1."
    )


class InvalidProductKey(ValueError):
    """Raised by :func:`parse_key`; ``message`` is the translatable reason."""

    def __init__(self, problem: KeyProblem, *args: object) -> None:
        self.problem = problem
        self.message: Message = msg(problem.text, *args)
        # The exception text never repeats the key: it may be a real secret (a MAK).
        super().__init__(self.message.english())


@dataclass(frozen=True, slots=True)
class ProductKey:
    """A well-formed product key. Build it with :func:`parse_key`.

    ``value`` is the normalised form ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``. It is
    deliberately left out of ``repr``/``str``; call :meth:`reveal` where the
    full key is really needed (installing it).
    """

    value: str

    def __post_init__(self) -> None:
        # Guard against bypassing parse_key with an arbitrary string.
        if normalise_or_none(self.value) != self.value:
            raise InvalidProductKey(KeyProblem.BAD_GROUPS)

    def reveal(self) -> str:
        """The full key. Only for sending it to the machine that installs it."""
        return self.value

    @property
    def last5(self) -> str:
        """The last five characters, as Windows reports them (PartialProductKey)."""
        return self.value[-5:]

    @property
    def masked(self) -> str:
        """``XXXXX-XXXXX-XXXXX-XXXXX-ABCDE``: safe for screens, logs and reports."""
        return mask_last5(self.last5)

    @property
    def has_n_encoding(self) -> bool:
        """True for the newer key format (Windows 8 / Office 2013 and later)."""
        return "N" in self.value

    def __repr__(self) -> str:
        return f"ProductKey({self.masked})"

    def __str__(self) -> str:
        return self.masked


def mask_last5(last5: str) -> str:
    """The masked display form for a key of which only the last five are known."""
    return "XXXXX-XXXXX-XXXXX-XXXXX-" + last5.upper()


def clean_key_text(text: str) -> str:
    """Strip separators and upper-case: what remains should be 25 key characters."""
    kept = []
    for ch in text:
        if ch in _DASHES or ch in _SPACES:
            continue
        kept.append(ch.upper())
    return "".join(kept)


def parse_key(text: str) -> ProductKey:
    """Parse a key as typed or pasted.

    Raises:
        InvalidProductKey: with a translatable reason; the key itself is never
            part of the message.
    """
    if text is None or not text.strip(_SPACES):
        raise InvalidProductKey(KeyProblem.EMPTY)
    _check_grouping(text)
    compact = clean_key_text(text)
    bad = sorted({ch for ch in compact if ch not in KEY_ALPHABET})
    if bad:
        shown = ", ".join(_describe_char(ch) for ch in bad[:5])
        raise InvalidProductKey(KeyProblem.BAD_CHARACTERS, shown)
    if len(compact) != _KEY_LEN:
        raise InvalidProductKey(KeyProblem.WRONG_LENGTH, len(compact))
    n_count = compact.count("N")
    if n_count > 1:
        raise InvalidProductKey(KeyProblem.TOO_MANY_N, n_count)
    grouped = "-".join(compact[i : i + _GROUP_LEN] for i in range(0, _KEY_LEN, _GROUP_LEN))
    return ProductKey(grouped)


def normalise_or_none(text: str) -> str | None:
    """The normalised key, or None when ``text`` is not a well-formed key."""
    try:
        _check_grouping(text)  # as parse_key: "…-ABCD-EFGHIJ-…" is a typo, not a key
        compact = clean_key_text(text)
    except (AttributeError, InvalidProductKey):
        return None
    if len(compact) != _KEY_LEN or any(ch not in KEY_ALPHABET for ch in compact):
        return None
    if compact.count("N") > 1:
        return None
    return "-".join(compact[i : i + _GROUP_LEN] for i in range(0, _KEY_LEN, _GROUP_LEN))


def is_well_formed(text: str) -> bool:
    """True when ``text`` parses as a product key."""
    return normalise_or_none(text) is not None


def split_into_groups(text: str) -> list[str]:
    """Split pasted text into the five fields of a segmented key editor.

    Separators are dropped and characters upper-cased; invalid characters are
    kept so the editor can point at them. Overflow beyond 25 characters is
    dropped. Always returns five strings (some possibly empty).
    """
    compact = clean_key_text(text or "")[:_KEY_LEN]
    return [compact[i : i + _GROUP_LEN] for i in range(0, _KEY_LEN, _GROUP_LEN)]


def _check_grouping(text: str) -> None:
    """Reject separated input whose groups are not made of whole groups of five.

    ``ABCDE-FGHIJ…`` with a group of four and one of six is a typo (a character
    typed in the wrong place), not a key to be silently re-grouped. A missing
    separator (a group of ten) is tolerated, and so is undashed input.
    """
    unified = text
    for sep in _DASHES + _SPACES:
        unified = unified.replace(sep, " ")
    groups = unified.split()
    if len(groups) <= 1:
        return
    if sum(len(g) for g in groups) != _KEY_LEN:
        return  # the length check names the real problem
    if any(len(g) % _GROUP_LEN for g in groups):
        raise InvalidProductKey(KeyProblem.BAD_GROUPS)


def _describe_char(ch: str) -> str:
    if ch.isprintable() and not ch.isspace():
        return ch
    return f"U+{ord(ch):04X}"
