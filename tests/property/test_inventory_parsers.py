"""Host lists (text and bytes), CSV exports (auto column and --column) and address ranges."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from app.domain.inventory import InventoryRefused, check_host, decode_text, parse_host_list
from app.domain.inventory_csv import HOST_HEADERS, parse_csv
from app.domain.inventory_range import expand_range, plan_range
from tests.property.contract import (
    HOSTILE_FRAGMENTS,
    LONG_TEXTS,
    call,
    hostile_text,
    rendered,
    short_hostile_text,
)

HOSTS = st.sampled_from(
    ["pc01.lab.test", "srv-02", "10.0.0.7", "2001:db8::1", "KMS01.LAB.TEST.", "pc_03", "[::1]"]
)
cell = st.one_of(HOSTS, short_hostile_text, st.sampled_from(HOST_HEADERS), st.just(""))


def _check_inventory(inventory) -> None:
    for host in inventory.hosts:
        assert check_host(host).host == host  # only valid, cleaned names are kept
    for note in inventory.notes:
        rendered(note.message)


@st.composite
def host_list_text(draw) -> str:
    lines = draw(st.lists(st.one_of(HOSTS, short_hostile_text), max_size=30))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(LONG_TEXTS)))
    return draw(st.sampled_from(["\n", "\r\n", "\r", ";", ","])).join(lines)


@st.composite
def csv_text(draw) -> str:
    width = draw(st.integers(1, 6))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", " "]))
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=width + 1), min_size=0, max_size=25))
    quote = draw(st.booleans())

    def joined(row):
        cells = [f'"{c}"' if quote else c for c in row]
        return delimiter.join(cells)

    return "\n".join(joined(row) for row in rows)


column = st.one_of(
    st.none(),
    st.integers(-3, 12).map(str),
    st.sampled_from(HOST_HEADERS),
    hostile_text,
    st.sampled_from(LONG_TEXTS),
)


@given(host_list_text())
def test_host_list_text(text):
    _check_inventory(call(parse_host_list, text, "hosts.txt", errors=()))


@given(
    st.one_of(
        st.binary(max_size=2000),
        host_list_text().flatmap(
            lambda text: st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
            .map(lambda encoding: text.encode(encoding, errors="replace"))
        ),
        st.binary(max_size=200).map(lambda data: codecs.BOM_UTF16_LE + data),
    )
)
def test_host_list_bytes(data):
    text = call(decode_text, data, errors=(InventoryRefused,))
    if isinstance(text, str):
        _check_inventory(call(parse_host_list, text, errors=()))


@given(csv_text(), column)
def test_csv(text, wanted):
    parsed = call(parse_csv, text, wanted, "hosts.csv", errors=(InventoryRefused,))
    if not isinstance(parsed, InventoryRefused):
        inventory, layout = parsed
        _check_inventory(inventory)
        assert layout.column >= 0


@st.composite
def range_text(draw) -> str:
    address = draw(
        st.one_of(
            st.ip_addresses().map(str),
            st.sampled_from(HOSTILE_FRAGMENTS),
            st.text(alphabet="0123456789.:abcdef", max_size=45),
        )
    )
    prefix = draw(
        st.one_of(
            st.integers(-1, 140).map(str),
            st.sampled_from(LONG_TEXTS),
            st.sampled_from(["", "255.255.255.0", "0.0.0.255", "24 ", "２４"]),
        )
    )
    return f"{address}/{prefix}" if draw(st.booleans()) else address


@given(st.one_of(range_text(), hostile_text), st.booleans())
def test_ranges(text, confirmed):
    plan = call(plan_range, text, errors=(InventoryRefused,))
    inventory = call(expand_range, text, confirmed=confirmed, errors=(InventoryRefused,))
    if not isinstance(inventory, InventoryRefused):
        assert not isinstance(plan, InventoryRefused)
        assert len(inventory.hosts) == plan.addresses
