"""Phone activation values: IID grouping, CID paste splitting, hard errors and soft warnings."""

from __future__ import annotations

import pytest

from app.domain.phone import (
    CID_BLOCKS,
    InvalidPhoneValue,
    PhoneProblem,
    check_block,
    check_cid,
    format_installation_id,
    group_installation_id,
    legacy_check_digit_ok,
    normalise_cid,
    split_cid,
)

IID_63 = "".join(str(i % 10) for i in range(63))
# Blocks that pass the legacy rule: (d1 + 2·d2 + d3 + 2·d4 + d5) mod 7 == d6.
GOOD_BLOCKS = ["123450", "000000", "111110", "987650", "314152", "246804", "271820", "555550"]
CID = "".join(GOOD_BLOCKS)


def test_good_blocks_are_really_good():
    # Recompute independently of the code under test, so the fixture itself is checked.
    for block in GOOD_BLOCKS:
        d = [int(c) for c in block]
        assert (d[0] + 2 * d[1] + d[2] + 2 * d[3] + d[4]) % 7 == d[5], block


# --- Installation ID -------------------------------------------------------------------------


def test_modern_iid_is_nine_groups_of_seven():
    groups = group_installation_id(IID_63)
    assert [len(g) for g in groups] == [7] * 9
    assert "".join(groups) == IID_63


def test_legacy_iid_is_nine_groups_of_six():
    assert [len(g) for g in group_installation_id("1" * 54)] == [6] * 9


@pytest.mark.parametrize(
    ("length", "sizes"),
    [
        (36, [6] * 6),  # the Office host doc's "36-digit … six groups of six"
        (49, [7] * 7),
        (48, [6] * 8),
        (50, [7] * 7 + [1]),
        (5, [5]),
    ],
)
def test_other_lengths_are_grouped_sensibly(length, sizes):
    assert [len(g) for g in group_installation_id("7" * length)] == sizes


def test_iid_ignores_spaces_dashes_and_line_breaks():
    pasted = " ".join(IID_63[i : i + 7] for i in range(0, 63, 7)).replace(" ", "-", 3) + "\r\n"
    assert "".join(group_installation_id(pasted)) == IID_63
    assert format_installation_id(IID_63) == " ".join(group_installation_id(IID_63))


@pytest.mark.parametrize(
    ("bad", "problem", "shown"),
    [
        ("", PhoneProblem.IID_EMPTY, None),
        ("  - ", PhoneProblem.IID_EMPTY, None),
        (None, PhoneProblem.IID_EMPTY, None),
        ("12345X7", PhoneProblem.IID_NOT_DIGITS, "X"),
        ("1234\x007", PhoneProblem.IID_NOT_DIGITS, "U+0000"),
    ],
)
def test_bad_iid_is_refused_with_a_clear_message(bad, problem, shown):
    with pytest.raises(InvalidPhoneValue) as caught:
        group_installation_id(bad)
    assert caught.value.problem is problem
    if shown:
        assert shown in caught.value.message.english()


# --- Confirmation ID: splitting --------------------------------------------------------------


@pytest.mark.parametrize(
    "pasted",
    [
        CID,
        " ".join(GOOD_BLOCKS),
        "-".join(GOOD_BLOCKS),
        "\n".join(GOOD_BLOCKS) + "\n",
        " ".join(f"{label}: {b}" for label, b in zip("ABCDEFGH", GOOD_BLOCKS, strict=True)),
        " ".join(f"{label}) {b}" for label, b in zip("abcdefgh", GOOD_BLOCKS, strict=True)),
        "\t".join(f"{label}{b}" for label, b in zip("ABCDEFGH", GOOD_BLOCKS, strict=True)),
        "\u2013".join(GOOD_BLOCKS),  # en dash from a mail
    ],
)
def test_split_cid_spreads_a_paste_over_the_eight_blocks(pasted):
    assert split_cid(pasted) == GOOD_BLOCKS
    assert normalise_cid(pasted) == CID


def test_split_short_paste_leaves_later_blocks_empty():
    blocks = split_cid(CID[:20])
    assert len(blocks) == CID_BLOCKS
    assert blocks[:4] == ["123450", "000000", "111110", "98"]
    assert blocks[4:] == ["", "", "", ""]


def test_split_keeps_overflow_in_block_h_so_it_is_reported():
    blocks = split_cid(CID + "7")
    assert blocks[7] == "5555507"
    assert check_cid(blocks).errors[0].label == "H"


def test_split_keeps_foreign_characters_so_the_block_can_point_at_them():
    blocks = split_cid("12X450" + CID[6:])
    assert blocks[0] == "12X450"
    result = check_block(blocks[0], 0)
    assert not result.ok
    assert result.error.english() == "Block A may contain only digits."


def test_split_of_nothing():
    assert split_cid("") == [""] * 8
    assert split_cid(None) == [""] * 8


# --- Confirmation ID: checking ---------------------------------------------------------------


def test_all_good_blocks_pass_without_warnings():
    result = check_cid(GOOD_BLOCKS)
    assert result.ok and result.errors == [] and result.warnings == []


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("", "Block C is empty."),
        ("12345", "Block C needs 6 digits; it has 5."),
        ("1234567", "Block C needs 6 digits; it has 7."),
        ("12 456", "Block C may contain only digits."),
        ("１２３４５４", "Block C may contain only digits."),  # full-width digits
    ],
)
def test_block_errors(block, expected):
    result = check_block(block, 2)
    assert not result.ok
    assert result.error.english() == expected
    assert result.label == "C"


def test_a_failed_check_digit_is_only_a_warning():
    assert not legacy_check_digit_ok("123455")
    result = check_block("123455", 7)
    assert result.ok  # never blocks: the modern rule is unverified
    assert result.error is None
    assert "Block H" in result.warning.english()
    blocks = [*GOOD_BLOCKS[:7], "123455"]
    overall = check_cid(blocks)
    assert overall.ok
    assert [w.label for w in overall.warnings] == ["H"]
    assert normalise_cid(blocks) == "".join(blocks)  # still deposited as typed


@pytest.mark.parametrize(
    ("block", "ok"),
    [
        ("123450", True),  # 1 + 2·2 + 3 + 2·4 + 5 = 21, 21 mod 7 = 0
        ("314152", True),  # 3 + 2 + 4 + 2 + 5 = 16, 16 mod 7 = 2
        ("123454", False),
        ("123457", False),  # a check digit of 7–9 can never match (mod 7)
        ("12345", False),  # too short to check
        ("12a450", False),
    ],
)
def test_legacy_rule(block, ok):
    assert legacy_check_digit_ok(block) is ok


def test_check_cid_needs_eight_blocks():
    with pytest.raises(InvalidPhoneValue) as caught:
        check_cid(GOOD_BLOCKS[:7])
    assert caught.value.problem is PhoneProblem.CID_WRONG_BLOCK_COUNT
    with pytest.raises(InvalidPhoneValue):
        check_cid(CID)  # a string, not blocks


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (CID[:-1], PhoneProblem.CID_WRONG_COUNT),
        (CID + "1", PhoneProblem.CID_WRONG_COUNT),
        ("", PhoneProblem.CID_WRONG_COUNT),
        (CID[:-1] + "X", PhoneProblem.CID_NOT_DIGITS),
        (CID[:-1] + "I", PhoneProblem.CID_NOT_DIGITS),  # only A–H are block labels
    ],
)
def test_normalise_cid_refuses_what_cannot_be_deposited(bad, problem):
    with pytest.raises(InvalidPhoneValue) as caught:
        normalise_cid(bad)
    assert caught.value.problem is problem
    assert caught.value.message.text.context == "PhoneActivation"
