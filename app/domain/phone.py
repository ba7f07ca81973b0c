"""Phone activation values: the Installation ID to read out, the Confirmation ID to type.

Facts §6: a Windows 7+ Installation ID (IID) has 63 digits, read in 9 groups
of 7; XP-era IIDs have 54 digits in 9 groups of 6; the Office KMS host doc
contradicts itself about its length, so no length is hard-coded — other
lengths are grouped sensibly. The Confirmation ID (CID) has 48 digits typed
into 8 blocks (A–H) of 6.

Check digits: the legacy rule (each group of 6 = 5 data digits + 1 check digit,
``(d1 + 2·d2 + d3 + 2·d4 + d5) mod 7 == d6``) is documented for XP-era IDs
only. Whether modern CID blocks follow it is NOT verified, so a failed check is
only ever a soft warning; the Software Protection Platform validates the CID
itself and answers 0xC004F04D / 0xC004F02C / 0xC004F02F / 0xC004F031.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.text import QT_TRANSLATE_NOOP, Message, TextEnum, msg

CID_BLOCKS = 8
CID_BLOCK_LEN = 6
CID_DIGITS = CID_BLOCKS * CID_BLOCK_LEN
BLOCK_LABELS = "ABCDEFGH"
IID_MODERN_DIGITS = 63  # Windows 7 and later: 9 groups of 7
IID_LEGACY_DIGITS = 54  # XP era: 9 groups of 6

# Everything people paste between digits: spaces, dashes of every kind, line breaks,
# and the punctuation of block labels ("A: 123456", "B) 234567").
_SEPARATORS = frozenset(
    " \t\r\n\u00a0\u2007\u202f-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d:.,;)(/"
)
_LABELS = frozenset(BLOCK_LABELS + BLOCK_LABELS.lower())


class PhoneProblem(TextEnum):
    """Why a phone activation value cannot be used (errors block; warnings don't)."""

    IID_EMPTY = QT_TRANSLATE_NOOP("PhoneActivation", "The machine returned no Installation ID.")
    IID_NOT_DIGITS = QT_TRANSLATE_NOOP(
        "PhoneActivation",
        "The Installation ID may contain only digits, but it contains “%1”.",
    )
    BLOCK_EMPTY = QT_TRANSLATE_NOOP("PhoneActivation", "Block %1 is empty.")
    BLOCK_NOT_DIGITS = QT_TRANSLATE_NOOP(
        "PhoneActivation", "Block %1 may contain only digits."
    )
    BLOCK_WRONG_LENGTH = QT_TRANSLATE_NOOP(
        "PhoneActivation", "Block %1 needs 6 digits; it has %2."
    )
    BLOCK_CHECK_DIGIT = QT_TRANSLATE_NOOP(
        "PhoneActivation",
        "Block %1 fails the old check-digit test. Newer Confirmation IDs may follow "
        "another rule, so it can still be right: compare it with what you were given.",
    )
    CID_WRONG_COUNT = QT_TRANSLATE_NOOP(
        "PhoneActivation",
        "A Confirmation ID has 48 digits (8 blocks of 6); this one has %1.",
    )
    CID_NOT_DIGITS = QT_TRANSLATE_NOOP(
        "PhoneActivation",
        "A Confirmation ID may contain only digits and the block letters A to H, "
        "but it contains “%1”.",
    )
    CID_WRONG_BLOCK_COUNT = QT_TRANSLATE_NOOP(
        "PhoneActivation", "A Confirmation ID has 8 blocks; %1 were given."
    )


class InvalidPhoneValue(ValueError):
    """An Installation or Confirmation ID that cannot be used; ``message`` says why."""

    def __init__(self, problem: PhoneProblem, *args: object) -> None:
        self.problem = problem
        self.message: Message = msg(problem.text, *args)
        super().__init__(self.message.english())


# ---------------------------------------------------------------------------------------------
# Installation ID
# ---------------------------------------------------------------------------------------------


def group_installation_id(iid: str) -> list[str]:
    """Split an Installation ID into the groups read out on the phone.

    63 digits → 9 groups of 7; 54 → 9 groups of 6; any other length → groups
    of 7 when it divides evenly, else groups of 6 when that does, else groups of
    7 with a shorter last group. Spaces and dashes are ignored.

    Raises:
        InvalidPhoneValue: empty, or characters other than digits.
    """
    digits = _digits_only_iid(iid)
    size = _iid_group_size(len(digits))
    return [digits[i : i + size] for i in range(0, len(digits), size)]


def format_installation_id(iid: str, separator: str = " ") -> str:
    """The grouped Installation ID as one line, e.g. for copying."""
    return separator.join(group_installation_id(iid))


def _iid_group_size(length: int) -> int:
    if length == IID_MODERN_DIGITS:
        return 7
    if length == IID_LEGACY_DIGITS:
        return 6
    if length % 7 == 0:
        return 7
    if length % 6 == 0:
        return 6
    return 7


def _digits_only_iid(iid: str) -> str:
    if not isinstance(iid, str):
        raise InvalidPhoneValue(PhoneProblem.IID_EMPTY)
    kept = "".join(ch for ch in iid if ch not in _SEPARATORS)
    if not kept:
        raise InvalidPhoneValue(PhoneProblem.IID_EMPTY)
    bad = next((ch for ch in kept if not _is_ascii_digit(ch)), None)
    if bad is not None:
        raise InvalidPhoneValue(PhoneProblem.IID_NOT_DIGITS, _shown_char(bad))
    return kept


# ---------------------------------------------------------------------------------------------
# Confirmation ID
# ---------------------------------------------------------------------------------------------


def split_cid(pasted: str) -> list[str]:
    """Spread a pasted Confirmation ID across the 8 block fields (A–H).

    Separators and the block letters A–H (any case, with their ``:`` or ``)``)
    are dropped; any other character is kept so that :func:`check_block` can
    point at it. Characters beyond the 48th stay in block H, so that a paste with
    a digit too many shows up as an error instead of being silently cut.

    Returns:
        Always 8 strings, some possibly empty.
    """
    kept = "".join(ch for ch in (pasted or "") if ch not in _SEPARATORS and ch not in _LABELS)
    blocks = [
        kept[i * CID_BLOCK_LEN : (i + 1) * CID_BLOCK_LEN] for i in range(CID_BLOCKS - 1)
    ]
    blocks.append(kept[(CID_BLOCKS - 1) * CID_BLOCK_LEN :])
    return blocks


@dataclass(frozen=True)
class BlockCheck:
    """The verdict on one CID block: an error blocks; a warning only informs."""

    index: int  # 0 for block A … 7 for block H
    error: Message | None = None
    warning: Message | None = None

    @property
    def label(self) -> str:
        return BLOCK_LABELS[self.index]

    @property
    def ok(self) -> bool:
        return self.error is None


def check_block(block: str, index: int) -> BlockCheck:
    """Validate one block of 6 digits (``index`` 0–7 for A–H).

    Wrong length or a non-digit is an error; a failed legacy check digit only a
    warning (see the module docstring: the modern rule is unverified).
    """
    label = BLOCK_LABELS[index]
    text = (block or "").strip()
    if not text:
        return BlockCheck(index, error=msg(PhoneProblem.BLOCK_EMPTY.text, label))
    if not all(_is_ascii_digit(ch) for ch in text):
        return BlockCheck(index, error=msg(PhoneProblem.BLOCK_NOT_DIGITS.text, label))
    if len(text) != CID_BLOCK_LEN:
        return BlockCheck(
            index, error=msg(PhoneProblem.BLOCK_WRONG_LENGTH.text, label, len(text))
        )
    if not legacy_check_digit_ok(text):
        return BlockCheck(index, warning=msg(PhoneProblem.BLOCK_CHECK_DIGIT.text, label))
    return BlockCheck(index)


def legacy_check_digit_ok(block: str) -> bool:
    """The XP-era rule: ``(d1 + 2·d2 + d3 + 2·d4 + d5) mod 7 == d6``.

    UNVERIFIED for Windows 7+ Confirmation IDs (facts §6): use the result only
    for a soft warning, never to refuse a block.
    """
    if len(block) != CID_BLOCK_LEN or not all(_is_ascii_digit(ch) for ch in block):
        return False
    d = [int(ch) for ch in block]
    return (d[0] + 2 * d[1] + d[2] + 2 * d[3] + d[4]) % 7 == d[5]


@dataclass(frozen=True)
class CidCheck:
    """The verdict on all 8 blocks."""

    blocks: tuple[BlockCheck, ...]

    @property
    def ok(self) -> bool:
        """True when no block has an error (warnings allowed): the CID may be deposited."""
        return all(block.ok for block in self.blocks)

    @property
    def errors(self) -> list[BlockCheck]:
        return [block for block in self.blocks if block.error is not None]

    @property
    def warnings(self) -> list[BlockCheck]:
        return [block for block in self.blocks if block.warning is not None]


RETYPE_ONE_BLOCK = QT_TRANSLATE_NOOP(
    "PhoneActivation",
    "Re-type block %1: it is the only block that fails the check digit, so it most likely "
    "holds the typing mistake.",
)
RETYPE_SOME_BLOCKS = QT_TRANSLATE_NOOP(
    "PhoneActivation",
    "Re-type blocks %1 first: they fail the check digit, the others pass it.",
)
RETYPE_UNKNOWN_BLOCK = QT_TRANSLATE_NOOP(
    "PhoneActivation",
    "The check digits cannot tell which block is wrong: read the eight blocks back to the "
    "activation centre and re-type those that differ.",
)


def retype_advice(check: CidCheck) -> Message:
    """One sentence saying which block(s) of a refused Confirmation ID to re-type.

    The legacy check digit is the only clue (unverified for modern CIDs, see the
    module docstring): when some blocks fail it and others pass, the failing ones
    are the likely typos; when all fail (a CID following another rule) or none do,
    it names no block rather than a wrong one.
    """
    suspects = [block.label for block in check.blocks if block.warning is not None]
    if not suspects or len(suspects) == len(check.blocks):
        return msg(RETYPE_UNKNOWN_BLOCK)
    if len(suspects) == 1:
        return msg(RETYPE_ONE_BLOCK, suspects[0])
    return msg(RETYPE_SOME_BLOCKS, ", ".join(suspects))


def check_cid(blocks: Sequence[str]) -> CidCheck:
    """Validate the 8 blocks as typed.

    Raises:
        InvalidPhoneValue: not exactly 8 blocks (a programming error in a caller
            more than a user error, but still explained).
    """
    if isinstance(blocks, str) or len(blocks) != CID_BLOCKS:
        count = 1 if isinstance(blocks, str) else len(blocks)
        raise InvalidPhoneValue(PhoneProblem.CID_WRONG_BLOCK_COUNT, count)
    return CidCheck(tuple(check_block(block, i) for i, block in enumerate(blocks)))


def normalise_cid(value: str | Sequence[str]) -> str:
    """The 48 digits to deposit, from pasted text or from the 8 blocks.

    Raises:
        InvalidPhoneValue: a character other than digits, separators and block
            letters, or not exactly 48 digits.
    """
    text = value if isinstance(value, str) else "".join(value)
    kept = "".join(ch for ch in text if ch not in _SEPARATORS and ch not in _LABELS)
    bad = next((ch for ch in kept if not _is_ascii_digit(ch)), None)
    if bad is not None:
        raise InvalidPhoneValue(PhoneProblem.CID_NOT_DIGITS, _shown_char(bad))
    if len(kept) != CID_DIGITS:
        raise InvalidPhoneValue(PhoneProblem.CID_WRONG_COUNT, len(kept))
    return kept


def _is_ascii_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _shown_char(ch: str) -> str:
    # An invisible or control character would print as nothing in the message.
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"
