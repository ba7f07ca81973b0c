"""The error catalog: every code of facts §4 explained, in every spelling Windows uses."""

from __future__ import annotations

import re

import pytest

from app.domain.hresults import (
    HResult,
    HResultProblem,
    InvalidHResult,
    describe,
    format_hresult,
    known_codes,
    parse_hresult,
    symbol_of,
)

# Facts §4 (table and its "Related" row), §3.3 (status reasons) and seed 004.
FACTS_CODES = {
    0xC004F074: "SL_E_VL_BINDING_SERVICE_UNAVAILABLE",
    0xC004C008: "SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED",
    0xC004F050: "SL_E_INVALID_PRODUCT_KEY",
    0xC004F038: "SL_E_VL_NOT_ENOUGH_COUNT",
    0xC004F039: "SL_E_VL_BINDING_SERVICE_NOT_ENABLED",
    0xC004F041: "SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED",
    0xC004F042: "SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH",
    0xC004F069: "SL_E_MISMATCHED_PRODUCT_SKU",
    0xC004F06C: "SL_E_VL_INVALID_TIMESTAMP",
    0xC004C003: "SL_E_CHPA_PRODUCT_KEY_BLOCKED",
    0xC004C020: "SL_E_CHPA_DMAK_LIMIT_EXCEEDED",
    0xC004C021: "SL_E_CHPA_DMAK_EXTENSION_LIMIT_EXCEEDED",
    0x8007232B: "DNS_ERROR_RCODE_NAME_ERROR",
    0x8007232A: "DNS_ERROR_RCODE_SERVER_FAILURE",
    0x8007007B: "ERROR_INVALID_NAME",
    0xC004F015: "SL_E_PRODUCT_SKU_NOT_INSTALLED",
    0xC004E016: "SL_E_PKEY_INVALID_CONFIG",
    0xC004F035: "SL_E_VL_NOT_WINDOWS_SLP",
    0x80070005: "E_ACCESSDENIED",
    0xC004F02C: "SL_E_CIDIID_INVALID_DATA",
    0xC004F02F: "SL_E_CIDIID_INVALID_DATA_LENGTH",
    0xC004F031: "SL_E_CIDIID_MISMATCHED",
    0xC004F04D: "SL_E_CIDIID_INVALID_CHECK_DIGITS",
    0x800706BA: "RPC_S_SERVER_UNAVAILABLE",
    0x8007251D: "DNS_INFO_NO_RECORDS",
    0x80072338: "DNS_ERROR_RCODE_BADSIG",
    0xC004F009: "SL_E_GRACE_TIME_EXPIRED",
    0xC004F200: "SL_E_NOT_GENUINE",
}


@pytest.mark.parametrize(("code", "symbol"), sorted(FACTS_CODES.items()))
def test_every_code_of_the_facts_is_known_with_its_symbol(code, symbol):
    info = describe(code)
    assert info.known
    assert info.symbol == symbol
    assert info.code == code
    for text in (info.meaning, info.cause, info.fix):
        assert text.text.context == "HResult"
        assert len(text.english()) > 10


def test_every_catalog_entry_has_three_distinct_texts():
    for code in known_codes():
        info = describe(code)
        assert len({info.meaning.english(), info.cause.english(), info.fix.english()}) == 3 or (
            code in (0xC004C020, 0xC004C021)  # share a fix, their causes differ
        ), info.hex
        assert info.symbol == HResult(code).name


@pytest.mark.parametrize(
    "spelling",
    ["0xC004F074", "0xc004f074", "0XC004F074", "c004f074", "C004F074", " 0xC004F074\n",
     "-1073418124", "3221549172", "&HC004F074", -1073418124, 0xC004F074],
)
def test_every_spelling_windows_uses_reads_the_same_code(spelling):
    assert parse_hresult(spelling) == 0xC004F074
    assert describe(spelling).symbol == "SL_E_VL_BINDING_SERVICE_UNAVAILABLE"


def test_eight_bare_digits_are_hex_as_hresults_are_written():
    assert parse_hresult("80070005") == 0x80070005
    assert describe("80070005").symbol == "E_ACCESSDENIED"


def test_hex_and_signed_forms():
    info = describe(-2147024891)  # E_ACCESSDENIED as .NET reports it
    assert info.hex == "0x80070005"
    assert info.signed == -2147024891
    assert info.is_error
    assert describe(0x4004F00C).is_error is False  # an informational grace code
    assert format_hresult(-1073418124) == "0xC004F074"
    assert format_hresult(5) == "0x00000005"


def test_unknown_licensing_code_is_explained_generically_in_hex():
    info = describe("0xC004F0FF")
    assert not info.known
    assert info.symbol == ""
    assert info.hex == "0xC004F0FF"
    assert "0xC004F0FF" in info.meaning.english()
    assert "slui 0x2a 0xC004F0FF" in info.fix.english()


def test_unknown_win32_code_names_its_win32_number():
    info = describe(0x80070490)  # ERROR_NOT_FOUND, not in our catalog
    assert not info.known
    assert "1168" in info.meaning.english()
    assert "net helpmsg 1168" in info.fix.english()


def test_unknown_other_code_still_shown_in_hex():
    info = describe(0x12345678)
    assert not info.known
    assert info.meaning.english() == "The machine reported error 0x12345678."


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("", HResultProblem.EMPTY),
        ("   ", HResultProblem.EMPTY),
        ("0x", HResultProblem.NOT_A_NUMBER),
        ("0xC004G074", HResultProblem.NOT_A_NUMBER),
        ("error", HResultProblem.NOT_A_NUMBER),
        ("--5", HResultProblem.NOT_A_NUMBER),
        ("١٢٣", HResultProblem.NOT_A_NUMBER),  # Arabic-Indic digits are not a code
        (None, HResultProblem.NOT_A_NUMBER),
        (True, HResultProblem.NOT_A_NUMBER),
        (1.5, HResultProblem.NOT_A_NUMBER),
        ("0x1C004F074", HResultProblem.OUT_OF_RANGE),
        ("4294967296", HResultProblem.OUT_OF_RANGE),
        ("-2147483649", HResultProblem.OUT_OF_RANGE),
        (1 << 32, HResultProblem.OUT_OF_RANGE),
    ],
)
def test_garbage_gives_a_clear_translatable_reason(bad, problem):
    with pytest.raises(InvalidHResult) as caught:
        describe(bad)
    assert caught.value.problem is problem
    assert caught.value.message.text.context == "HResult"
    assert isinstance(caught.value, ValueError)


def test_long_garbage_is_shortened_in_the_message():
    with pytest.raises(InvalidHResult) as caught:
        parse_hresult("x" * 500)
    assert len(caught.value.message.english()) < 200


def test_symbol_of_unknown_or_garbage_is_empty():
    assert symbol_of("0xC004F038") == "SL_E_VL_NOT_ENOUGH_COUNT"
    assert symbol_of("0xDEADBEEF") == ""
    assert symbol_of("nonsense") == ""


def test_texts_keep_codes_and_commands_untranslatable_placeholders_free():
    # Catalog texts have no %1: a translator could not know what to put there.
    for code in known_codes():
        info = describe(code)
        for text in (info.meaning, info.cause, info.fix):
            assert not re.search(r"%\d", text.text.source), info.hex


# --- audit G7 / G15: proxy, WinHTTP and service errors ---------------------------------

# winhttp.h 12007 / 12029 / 12175, winerror.h 1058 / 13, slerror.h SL_E_VALUE_NOT_FOUND.
G7_CODES = {
    0x80072EE7: "ERROR_WINHTTP_NAME_NOT_RESOLVED",
    0x80072EFD: "ERROR_WINHTTP_CANNOT_CONNECT",
    0x80072F8F: "ERROR_WINHTTP_SECURE_FAILURE",
    0x80070422: "ERROR_SERVICE_DISABLED",
    0x8007000D: "ERROR_INVALID_DATA",
    0xC004F012: "SL_E_VALUE_NOT_FOUND",
}


@pytest.mark.parametrize(("code", "symbol"), sorted(G7_CODES.items()))
def test_proxy_and_service_codes_are_explained_not_generic(code, symbol):
    info = describe(code)
    assert info.known and info.symbol == symbol
    for text in (info.meaning, info.cause, info.fix):
        assert text.text.context == "HResult"


@pytest.mark.parametrize("code", [0x80072EE7, 0x80072EFD])
def test_network_codes_point_at_the_winhttp_proxy_not_the_browser(code):
    info = describe(code)
    assert "WinHTTP proxy" in info.cause.english()
    assert "not the" in info.cause.english() and "browser" in info.cause.english()
    assert "netsh winhttp show proxy" in info.fix.english()
    assert "netsh winhttp import proxy source=ie" in info.fix.english()


def test_tls_failure_says_check_the_clock_and_root_certificates():
    info = describe("0x80072F8F")
    assert "date and time" in info.cause.english()
    assert "root certificates" in info.fix.english()


def test_disabled_service_names_sppsvc():
    assert "sppsvc" in describe(-2147023838).cause.english()  # 0x80070422 as .NET writes it


def test_value_not_found_is_what_the_scripts_throw_for_no_such_product():
    assert "no product holds the key" in describe("c004f012").cause.english()


def test_invalid_key_mentions_the_office_volume_license_pack():
    info = describe(0xC004F050)
    assert "Volume License Pack" in info.cause.english()
    assert "Volume License Pack on the host first" in info.fix.english()
