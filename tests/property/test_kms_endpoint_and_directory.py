"""``--kms-host`` (and every KMS endpoint typed) and the Active Directory inputs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.inventory_ad import (
    DirectoryComputer,
    DirectoryError,
    DirectoryQuery,
    container_of,
    escape_filter_value,
    listing_from_computers,
    parse_directory_url,
    validate_base_dn,
)
from app.domain.licensing import InvalidKmsHost, parse_kms_endpoint, parse_port
from tests.property.contract import LONG_TEXTS, call, hostile_text, rendered, short_hostile_text

hosts = st.sampled_from(["kms01", "kms01.lab.test", "10.0.0.5", "[2001:db8::5]", "2001:db8::5",
                         "KMS01.LAB.TEST.", "ｋｍｓ", ""])
ports = st.one_of(st.integers(-5, 70_000).map(str), st.sampled_from(LONG_TEXTS),
                  short_hostile_text)


@given(st.one_of(hostile_text, st.tuples(hosts, st.sampled_from([":", "::", ":[", "]:"]), ports)
                 .map("".join)))
def test_kms_endpoints(text):
    endpoint = call(parse_kms_endpoint, text, errors=(InvalidKmsHost,))
    if not isinstance(endpoint, InvalidKmsHost):
        assert endpoint.port is None or 1 <= endpoint.port <= 65535
    call(parse_port, text, errors=(InvalidKmsHost,))


def _directory_error(error: DirectoryError):
    if error.fix is not None:
        rendered(error.fix)
    return error.message


dn_part = st.one_of(
    st.sampled_from(["DC=example", "dc=com", "OU=Paris", "CN=PC1", "OU=a\\,b", "CN=x+SN=y",
                     "OU=\\2C", "=x", "OU=", "1.2.3=v"]),
    short_hostile_text,
)
distinguished_names = st.lists(dn_part, max_size=6).map(",".join)


@given(
    st.one_of(hostile_text, st.tuples(st.sampled_from(["ldap://", "ldaps://", "", "http://"]),
                                      hosts, st.just(":"), ports).map("".join)),
    st.one_of(distinguished_names, hostile_text),
    st.none() | short_hostile_text,
    st.none() | short_hostile_text,
)
def test_directory_inputs(url, base_dn, name_pattern, os_pattern):
    errors = (DirectoryError,)
    call(parse_directory_url, url, errors=errors, message=_directory_error)
    call(validate_base_dn, base_dn, errors=errors, message=_directory_error)
    query = call(DirectoryQuery.build, base_dn, name_pattern, os_pattern, errors=errors,
                 message=_directory_error)
    if isinstance(query, DirectoryQuery):
        text = query.ldap_filter()
        # Escaping leaves no parenthesis of the user's: one per filter part, and balanced.
        parts = 1 + bool(query.name_pattern) + bool(query.os_pattern)
        assert text.count("(") == text.count(")") == parts + 1
        assert "\x00" not in text
        query.shown_filters()


@given(st.lists(st.builds(
    DirectoryComputer,
    dn=st.one_of(distinguished_names, short_hostile_text),
    name=short_hostile_text,
    dns_host_name=st.one_of(hosts, short_hostile_text),
    operating_system=short_hostile_text,
    operating_system_version=short_hostile_text,
    user_account_control=st.none() | st.integers(-(2**31), 2**32),
    object_classes=st.lists(st.sampled_from(["computer", "msds-groupmanagedserviceaccount",
                                             "top"])).map(tuple),
), max_size=8))
def test_directory_answers(computers):
    listing = call(listing_from_computers, computers, "ldaps://dc01", errors=())
    for note in listing.inventory.notes:
        rendered(note.message)
    for computer in computers:
        container_of(computer.dn)
        escape_filter_value(computer.name)
