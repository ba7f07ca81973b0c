"""Product keys, Installation IDs and Confirmation IDs: typed errors only, whatever is pasted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.keys import (
    KEY_ALPHABET,
    InvalidProductKey,
    is_well_formed,
    normalise_or_none,
    parse_key,
    split_into_groups,
)
from app.domain.phone import (
    InvalidPhoneValue,
    check_block,
    check_cid,
    format_installation_id,
    group_installation_id,
    normalise_cid,
    retype_advice,
    split_cid,
)
from tests.property.contract import call, hostile_text, rendered

SEPARATORS = st.sampled_from(["-", " ", "", "—", "\t", "\n", "‐", "－"])


@st.composite
def key_like(draw) -> str:
    """Five groups of five from the key alphabet (and beyond), joined by odd separators."""
    alphabet = st.sampled_from(KEY_ALPHABET + "N0O1I" + "éß٣")
    groups = draw(st.lists(st.text(alphabet, min_size=0, max_size=7), min_size=1, max_size=7))
    return draw(SEPARATORS).join(groups)


@st.composite
def digits_like(draw, blocks: int, size: int) -> str:
    """Blocks of ASCII digits (sometimes other digits) joined by what people paste."""
    digit = st.sampled_from("0123456789" * 4 + "٣²０")
    parts = draw(
        st.lists(st.text(digit, min_size=size - 1, max_size=size + 1), min_size=blocks - 2,
                 max_size=blocks + 2)
    )
    return draw(SEPARATORS).join(parts)


@given(st.one_of(hostile_text, key_like()))
def test_product_keys(text):
    key = call(parse_key, text, errors=(InvalidProductKey,))
    if not isinstance(key, InvalidProductKey):
        assert len(key.value) == 29 and key.masked.endswith(key.value[-5:])
    call(split_into_groups, text, errors=(InvalidProductKey,))
    assert isinstance(is_well_formed(text), bool)
    assert normalise_or_none(text) in (None, *([] if isinstance(key, Exception) else [key.value]))


@given(st.one_of(hostile_text, digits_like(9, 7), digits_like(9, 6)))
def test_installation_ids(text):
    groups = call(group_installation_id, text, errors=(InvalidPhoneValue,))
    if isinstance(groups, list):
        assert "".join(groups).isdigit()
        call(format_installation_id, text, errors=(InvalidPhoneValue,))


@given(st.one_of(hostile_text, digits_like(8, 6)))
def test_confirmation_ids(text):
    blocks = call(split_cid, text, errors=(InvalidPhoneValue,))
    if isinstance(blocks, list):
        checked = call(check_cid, blocks, errors=(InvalidPhoneValue,))
        if not isinstance(checked, InvalidPhoneValue):
            rendered(retype_advice(checked))
        for index, block in enumerate(blocks):
            call(check_block, block, index, errors=(InvalidPhoneValue,))
    call(normalise_cid, text, errors=(InvalidPhoneValue,))
