"""Product keys: the ugly ways people type them, and what must never leak."""

from __future__ import annotations

import pytest

from app.domain.keys import (
    InvalidProductKey,
    KeyProblem,
    ProductKey,
    is_well_formed,
    mask_last5,
    parse_key,
    split_into_groups,
)

WIN7_PRO = "FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4"  # public GVLK (seed 000)
WIN10_ENT = "NPPR9-FWDCX-D2C8J-H872K-2YT43"  # public GVLK, new format (one N)


@pytest.mark.parametrize(
    "typed",
    [
        WIN7_PRO,
        WIN7_PRO.lower(),
        WIN7_PRO.replace("-", ""),
        WIN7_PRO.replace("-", " "),
        WIN7_PRO.replace("-", "\u2013"),  # en dash from a word processor
        WIN7_PRO.replace("-", "\u2014"),  # em dash
        f"  {WIN7_PRO}\n",
        "fj82h xt6cr-j8d7p\u2011xqjj2  gpdd4",  # mixed separators, non-breaking hyphen
        WIN7_PRO.replace("-", " - "),
    ],
)
def test_parse_tolerates_how_keys_are_pasted(typed):
    assert parse_key(typed).reveal() == WIN7_PRO


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", KeyProblem.EMPTY),
        ("   ", KeyProblem.EMPTY),
        ("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD", KeyProblem.WRONG_LENGTH),
        ("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD44", KeyProblem.WRONG_LENGTH),
        ("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD0", KeyProblem.BAD_CHARACTERS),  # zero
        ("FJ82H-XT6CR-J8D7P-XQJJ2-GPDDO", KeyProblem.BAD_CHARACTERS),  # letter O
        ("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD1", KeyProblem.BAD_CHARACTERS),
        ("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD;", KeyProblem.BAD_CHARACTERS),
        ("FJ82HX-T6CR-J8D7P-XQJJ2-GPDD4", KeyProblem.BAD_GROUPS),  # a group of 6 and one of 4
        ("NPPR9-FWDCX-D2C8J-H872N-2YT43", KeyProblem.TOO_MANY_N),
    ],
)
def test_bad_keys_name_the_problem(typed, problem):
    with pytest.raises(InvalidProductKey) as caught:
        parse_key(typed)
    assert caught.value.problem is problem
    assert caught.value.message.text == problem.text


def test_error_messages_never_repeat_the_key():
    secret = "FJ82H-XT6CR-J8D7P-XQJJ2-GPDD0"
    with pytest.raises(InvalidProductKey) as caught:
        parse_key(secret)
    assert "GPDD" not in str(caught.value)
    assert "FJ82H" not in caught.value.message.english()


def test_bad_character_message_shows_the_offender():
    with pytest.raises(InvalidProductKey) as caught:
        parse_key("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD0")
    assert "“0”" in caught.value.message.english()
    assert caught.value.message.args == ("0",)


def test_key_never_shows_itself_in_repr_str_or_format():
    key = parse_key(WIN7_PRO)
    for shown in (repr(key), str(key), f"{key}", f"{key!r}", str([key]), str({"k": key})):
        assert "FJ82H" not in shown
        assert "GPDD4" in shown


def test_masked_form_matches_partial_product_key_style():
    key = parse_key(WIN10_ENT)
    assert key.masked == "XXXXX-XXXXX-XXXXX-XXXXX-2YT43"
    assert key.last5 == "2YT43"
    assert mask_last5("gpdd4") == "XXXXX-XXXXX-XXXXX-XXXXX-GPDD4"


def test_new_and_old_key_formats():
    assert parse_key(WIN10_ENT).has_n_encoding
    assert not parse_key(WIN7_PRO).has_n_encoding


def test_product_key_cannot_be_built_from_garbage():
    with pytest.raises(InvalidProductKey):
        ProductKey("not a key")
    with pytest.raises(InvalidProductKey):
        ProductKey(WIN7_PRO.lower())  # only the normalised form is accepted directly


def test_is_well_formed_never_raises():
    assert is_well_formed(WIN7_PRO)
    for junk in ["", "x" * 10_000, "\x00" * 25, "ÄÖÜ" * 10]:
        assert not is_well_formed(junk)


def test_split_into_groups_for_the_segmented_editor():
    assert split_into_groups("fj82hxt6crj8d7p") == ["FJ82H", "XT6CR", "J8D7P", "", ""]
    assert split_into_groups(WIN7_PRO + "-EXTRA") == WIN7_PRO.split("-")
    assert split_into_groups("") == ["", "", "", "", ""]
