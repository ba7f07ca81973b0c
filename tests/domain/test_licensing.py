"""Licensing state: status values, channel detection, grace, and validation of status data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.licensing import (
    OFFICE_APP_ID,
    WINDOWS_APP_ID,
    FieldProblem,
    Grace,
    HostProblem,
    InvalidKmsHost,
    InvalidStatusData,
    KmsEndpoint,
    KmsHostState,
    LicenseChannel,
    LicenseStatus,
    ProductState,
    as_list,
    detect_channel,
    optional_count,
    parse_kms_endpoint,
)

WIN_ACT_ID = "2de67392-b7a7-462a-b1ca-108dd189f588"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def product(**changes) -> dict:
    """A status ``products`` entry as the status script writes it."""
    data = {
        "id": WIN_ACT_ID,
        "application_id": WINDOWS_APP_ID,
        "name": "Windows(R), Professional edition",
        "description": "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
        "channel": "GVLK",
        "license_status": 1,
        "status_reason": "0x00000000",
        "grace_minutes": 259200,
        "partial_key": "T83GX",
        "kms_machine": None,
        "kms_port": 1688,
        "discovered_host": "kms01.lab.test",
        "discovered_port": 1688,
        "is_kms_host_key": False,
        "office_version": None,
        "source": "spp",
    }
    data.update(changes)
    return data


# --- LicenseStatus -----------------------------------------------------------------------


def test_license_status_values_match_wmi():
    assert [s.value for s in LicenseStatus] == list(range(7))
    assert LicenseStatus(5) is LicenseStatus.NOTIFICATION


def test_every_status_has_translatable_label_and_explanation():
    labels = {s.label.source for s in LicenseStatus}
    assert len(labels) == 7
    for status in LicenseStatus:
        assert status.label.context == "LicenseStatus"
        assert status.explanation.context == "LicenseStatus"


def test_grace_states():
    assert {s for s in LicenseStatus if s.in_grace} == {
        LicenseStatus.OOB_GRACE,
        LicenseStatus.OOT_GRACE,
        LicenseStatus.NON_GENUINE_GRACE,
        LicenseStatus.EXTENDED_GRACE,
    }


# --- Channel detection (facts §3.3) --------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "key_channel", "expected"),
    [
        ("Windows(R) Operating System, VOLUME_KMSCLIENT channel", None, LicenseChannel.KMS_CLIENT),
        ("Windows(R) Operating System, VOLUME_KMS_R2_C channel", None, LicenseChannel.KMS_HOST),
        ("Windows(R) Operating System, VOLUME_KMS_2012 channel", "", LicenseChannel.KMS_HOST),
        ("Windows(R) Operating System, VOLUME_MAK channel", None, LicenseChannel.MAK),
        ("Office 16, VOLUME_KMSCLIENT channel", None, LicenseChannel.KMS_CLIENT),
        ("Windows(R) Operating System, RETAIL channel", None, LicenseChannel.RETAIL),
        ("Windows(R) Operating System, OEM_DM channel", None, LicenseChannel.OEM),
        ("Windows(R) Operating System, TIMEBASED_EVAL channel", None, LicenseChannel.TIME_BASED),
        ("Windows(R) Operating System, VIRTUAL_MACHINE_ACTIVATION channel", None,
         LicenseChannel.AVMA),
        ("windows(r) operating system, volume_kmsclient channel", None, LicenseChannel.KMS_CLIENT),
        # The description decides (Microsoft's own rule); the key channel is a fallback.
        ("Windows(R) Operating System, VOLUME_MAK channel", "Volume:GVLK", LicenseChannel.MAK),
        (None, "Volume:GVLK", LicenseChannel.KMS_CLIENT),
        ("", "Volume:MAK", LicenseChannel.MAK),
        ("", "Volume:CSVLK", LicenseChannel.KMS_HOST),
        ("", "volume:csvlk", LicenseChannel.KMS_HOST),
        ("", "Retail", LicenseChannel.RETAIL),
        ("", "Retail:TB:Eval", LicenseChannel.TIME_BASED),
        ("", "OEM:SLP", LicenseChannel.OEM),
        ("", "OEM:NONSLP", LicenseChannel.OEM),
        ("", "VT:IA", LicenseChannel.AVMA),
        ("", "Volume", LicenseChannel.UNKNOWN),
        # Short names written by resources/ps/status.ps1.
        ("", "GVLK", LicenseChannel.KMS_CLIENT),
        ("", "CSVLK", LicenseChannel.KMS_HOST),
        ("", "TIMEBASED", LicenseChannel.TIME_BASED),
        ("", "OTHER", LicenseChannel.UNKNOWN),
        (None, None, LicenseChannel.UNKNOWN),
        ("Something else entirely", "???", LicenseChannel.UNKNOWN),
    ],
)
def test_detect_channel(description, key_channel, expected):
    assert detect_channel(description, key_channel) is expected


def test_channel_labels_are_translatable():
    assert {c.label.context for c in LicenseChannel} == {"LicenseChannel"}
    assert LicenseChannel.MAK.is_volume and not LicenseChannel.RETAIL.is_volume


# --- Grace ---------------------------------------------------------------------------------


def test_grace_remaining_and_expiry():
    grace = Grace(180 * 24 * 60)
    assert grace.remaining == timedelta(days=180)
    assert grace.days_left == 180
    assert grace.expires_at(NOW) == NOW + timedelta(days=180)
    assert grace.ends_within(timedelta(days=181))
    assert not grace.ends_within(timedelta(days=30))


def test_zero_grace_never_expires():
    grace = Grace(0)
    assert not grace.expires
    assert grace.expires_at(NOW) is None
    assert not grace.ends_within(timedelta(days=3650))


def test_days_left_rounds_down():
    assert Grace(24 * 60 - 1).days_left == 0


# --- ProductState ----------------------------------------------------------------------------


def test_product_from_status_dict():
    state = ProductState.from_dict(product())
    assert state.activation_id == WIN_ACT_ID
    assert state.channel is LicenseChannel.KMS_CLIENT
    assert state.status is LicenseStatus.LICENSED
    assert state.status_reason == 0 and state.reason is None
    assert state.grace.days_left == 180
    assert state.expires_at(NOW) == NOW + timedelta(days=180)
    assert state.masked_key == "XXXXX-XXXXX-XXXXX-XXXXX-T83GX"
    assert state.kms_host is None  # port 1688 without a machine is no setting
    assert state.discovered_kms_host == KmsEndpoint("kms01.lab.test", 1688)
    assert state.is_windows and not state.is_office


def test_product_normalises_guids_keys_and_reasons():
    state = ProductState.from_dict(
        product(
            id="{2DE67392-B7A7-462A-B1CA-108DD189F588}",
            partial_key="t83gx",
            status_reason="0xC004F038",
            license_status=2,
            kms_machine="KMS01.lab.test",
            kms_port=1700,
        )
    )
    assert state.activation_id == WIN_ACT_ID
    assert state.partial_key == "T83GX"
    assert state.status is LicenseStatus.OOB_GRACE
    assert state.reason is not None and state.reason.symbol == "SL_E_VL_NOT_ENOUGH_COUNT"
    assert state.kms_host == KmsEndpoint("KMS01.lab.test", 1700)


def test_product_tolerates_nulls_where_wmi_gives_them():
    state = ProductState.from_dict(
        product(
            name=None,
            description=None,
            channel=None,
            status_reason=None,
            partial_key=None,
            discovered_host="",
            discovered_port=0,
            is_kms_host_key=None,
        )
    )
    assert state.name == ""
    assert state.channel is LicenseChannel.UNKNOWN
    assert state.partial_key == "" and state.masked_key == "" and not state.has_key
    assert state.discovered_kms_host is None


def test_signed_decimal_status_reason_is_accepted():
    state = ProductState.from_dict(product(status_reason=-1073418124))
    assert state.status_reason == 0xC004F074


def test_kms_host_key_flag_marks_a_host_even_with_an_odd_description():
    state = ProductState.from_dict(product(description="", channel="", is_kms_host_key=True))
    assert state.channel is LicenseChannel.KMS_HOST


def test_office_product():
    state = ProductState.from_dict(
        product(
            application_id=OFFICE_APP_ID.upper(),
            name="Office 16, Office16ProPlusVL_MAK edition",
            description="Office 16, VOLUME_MAK channel",
            channel="MAK",
            office_version="2016",
        )
    )
    assert state.is_office and not state.is_windows
    assert state.channel is LicenseChannel.MAK
    assert state.office_version == "2016"


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("id", None, FieldProblem.NOT_GUID),
        ("id", "not-a-guid", FieldProblem.NOT_GUID),
        ("id", 12, FieldProblem.NOT_GUID),
        ("application_id", "55c92734", FieldProblem.NOT_GUID),
        ("name", 42, FieldProblem.NOT_TEXT),
        ("description", ["x"], FieldProblem.NOT_TEXT),
        ("license_status", 7, FieldProblem.OUT_OF_RANGE),
        ("license_status", -1, FieldProblem.OUT_OF_RANGE),
        ("license_status", "licensed", FieldProblem.NOT_INTEGER),
        ("license_status", True, FieldProblem.NOT_INTEGER),
        ("license_status", 1.5, FieldProblem.NOT_INTEGER),
        ("status_reason", "banana", FieldProblem.NOT_HRESULT),
        ("status_reason", 1.0, FieldProblem.NOT_HRESULT),
        ("grace_minutes", -5, FieldProblem.OUT_OF_RANGE),
        ("grace_minutes", "a lot", FieldProblem.NOT_INTEGER),
        ("partial_key", "ABCDE", FieldProblem.NOT_PARTIAL_KEY),  # A and E are not key letters
        ("partial_key", "T83G", FieldProblem.NOT_PARTIAL_KEY),
        ("kms_machine", "kms01; rm -rf /", FieldProblem.NOT_HOST),
        ("kms_machine", "bad host", FieldProblem.NOT_HOST),
        ("kms_port", 70000, FieldProblem.OUT_OF_RANGE),
        ("discovered_host", 5, FieldProblem.NOT_TEXT),
        ("is_kms_host_key", "yes", FieldProblem.NOT_BOOLEAN),
        ("office_version", "sixteen", FieldProblem.NOT_OFFICE_VERSION),
    ],
)
def test_garbage_fields_name_the_field(field, value, problem):
    with pytest.raises(InvalidStatusData) as caught:
        ProductState.from_dict(product(**{field: value}))
    assert caught.value.field == field
    assert caught.value.problem is problem
    assert field in caught.value.message.english()
    assert caught.value.message.text.context == "StatusData"


@pytest.mark.parametrize("field", ["id", "application_id", "license_status"])
def test_missing_required_field(field):
    data = product()
    del data[field]
    with pytest.raises(InvalidStatusData) as caught:
        ProductState.from_dict(data)
    assert caught.value.field == field
    assert caught.value.problem is FieldProblem.MISSING


@pytest.mark.parametrize("garbage", [None, [], "product", 5])
def test_a_product_that_is_not_a_record(garbage):
    with pytest.raises(InvalidStatusData) as caught:
        ProductState.from_dict(garbage)
    assert caught.value.problem is FieldProblem.NOT_A_RECORD


def test_partial_key_never_echoed_in_the_error():
    with pytest.raises(InvalidStatusData) as caught:
        ProductState.from_dict(product(partial_key="QQQQ0"))
    assert "QQQQ0" not in str(caught.value)


# --- KMS host state --------------------------------------------------------------------------


def service(**changes) -> dict:
    data = {
        "version": "6.1.7601.17514",
        "is_kms_host": True,
        "current_count": 27,
        "required_count": 25,
        "listening_port": 1688,
        "dns_publishing": True,
        "dns_domains": [],
        "low_priority": False,
        "activation_interval": 120,
        "renewal_interval": 10080,
        "requests": {
            "total": 40, "failed": 2, "unlicensed": 0, "licensed": 30, "oob": 8, "oot": 0,
            "nongenuine": 0, "notification": 0,
        },
        "cmid": "b1c2",
    }
    data.update(changes)
    return data


def test_kms_host_state_from_service_dict():
    host = KmsHostState.from_dict(service())
    assert host.is_kms_host and host.count == 27 and host.required_count == 25
    assert host.reaches(25) and not host.reaches(50)
    assert host.requests.total == 40 and host.requests.oob == 8
    assert host.requests.non_genuine == 0
    assert host.renewal_interval == 10080


def test_not_a_kms_host_reads_minus_one_as_zero_and_defaults_the_port():
    host = KmsHostState.from_dict(
        service(is_kms_host=False, current_count=-1, listening_port=0, requests=None)
    )
    assert host.count == 0 and host.current_count == -1
    assert host.listening_port == 1688
    assert host.requests.total == 0


def test_non_genuine_spelled_as_the_brief_says_is_accepted_too():
    requests = {"total": 3, "non_genuine": 1}
    assert KmsHostState.from_dict(service(requests=requests)).requests.non_genuine == 1


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("current_count", "many", FieldProblem.NOT_INTEGER),
        ("current_count", -2, FieldProblem.OUT_OF_RANGE),
        ("listening_port", 65536, FieldProblem.OUT_OF_RANGE),
        ("dns_publishing", "on", FieldProblem.NOT_BOOLEAN),
        ("requests", [1, 2], FieldProblem.NOT_A_RECORD),
        ("renewal_interval", -2, FieldProblem.OUT_OF_RANGE),  # -1 is WMI's "none"
    ],
)
def test_kms_host_garbage_names_the_field(field, value, problem):
    with pytest.raises(InvalidStatusData) as caught:
        KmsHostState.from_dict(service(**{field: value}))
    assert caught.value.field == field
    assert caught.value.problem is problem


def test_bad_request_counter_names_its_field():
    with pytest.raises(InvalidStatusData) as caught:
        KmsHostState.from_dict(service(requests={"failed": "x"}))
    assert caught.value.field == "failed"


# --- KMS endpoints ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "host", "port", "display"),
    [
        ("kms01", "kms01", None, "kms01"),
        ("kms01.lab.test:1688", "kms01.lab.test", 1688, "kms01.lab.test:1688"),
        (" 10.0.0.5:1700 ", "10.0.0.5", 1700, "10.0.0.5:1700"),
        ("[fe80::1]:1688", "fe80::1", 1688, "[fe80::1]:1688"),
        ("fe80::1", "fe80::1", None, "[fe80::1]"),
        ("[2001:db8::5]", "2001:db8::5", None, "[2001:db8::5]"),
        ("kms_01.corp.", "kms_01.corp.", None, "kms_01.corp."),
    ],
)
def test_parse_kms_endpoint(typed, host, port, display):
    endpoint = parse_kms_endpoint(typed)
    assert (endpoint.host, endpoint.port, endpoint.display) == (host, port, display)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", HostProblem.EMPTY),
        ("   ", HostProblem.EMPTY),
        ("kms01:", HostProblem.BAD_PORT),
        ("kms01:0", HostProblem.BAD_PORT),
        ("kms01:99999", HostProblem.BAD_PORT),
        ("kms01:http", HostProblem.BAD_PORT),
        ("kms 01", HostProblem.BAD_NAME),
        ("kms01'; calc", HostProblem.BAD_NAME),
        ("-kms01", HostProblem.BAD_NAME),
        ("kms..lab", HostProblem.BAD_NAME),
        ("[fe80::1", HostProblem.BAD_NAME),
        ("[not-v6]:1688", HostProblem.BAD_NAME),
        ("fe80::zz", HostProblem.BAD_NAME),
        ("kmsé01", HostProblem.BAD_NAME),
        ("a" * 300, HostProblem.BAD_NAME),
    ],
)
def test_bad_kms_endpoint(typed, problem):
    with pytest.raises(InvalidKmsHost) as caught:
        parse_kms_endpoint(typed)
    assert caught.value.problem is problem
    assert caught.value.message.text.context == "KmsHost"


def test_same_endpoint_ignores_case_trailing_dot_and_default_port():
    a = KmsEndpoint("KMS01.lab.test.", None)
    assert a.same_as(KmsEndpoint("kms01.lab.test", 1688))
    assert not a.same_as(KmsEndpoint("kms01.lab.test", 1700))
    assert not a.same_as(None)


@pytest.mark.parametrize("none", [None, -1, 0xFFFFFFFF])
def test_the_uint32_sentinel_in_any_spelling_is_none(none):
    """Issue 13 B1: a plain client's WMI shows 4294967295 for every count and counter."""
    counters = dict.fromkeys(
        ("total", "failed", "unlicensed", "licensed", "oob", "oot", "nongenuine", "notification"),
        none,
    )
    host = KmsHostState.from_dict(
        service(
            current_count=none,
            required_count=none,
            activation_interval=none,
            renewal_interval=none,
            requests=counters,
        )
    )
    assert (host.current_count, host.count, host.required_count) == (-1, 0, 0)
    assert (host.activation_interval, host.renewal_interval) == (0, 0)
    assert host.requests.total == 0 and not host.reaches(1)


def test_one_item_lists_arrive_as_the_item():
    assert as_list(None) == [] and as_list([]) == []
    assert as_list({"id": "x"}) == [{"id": "x"}] and as_list("a, 0, 0") == ["a, 0, 0"]
    assert optional_count(4294967295) is None and optional_count(-1) is None
    assert optional_count(7) == 7 and optional_count(True) is None


def test_an_add_on_licence_is_not_the_windows_product():
    esu = ProductState.from_dict(
        {
            "id": "f520e45e-7413-4a34-a497-d2765967d094",
            "application_id": WINDOWS_APP_ID,
            "name": "Windows(R), Client-ESU-Year1 add-on for Education,EducationN",
            "description": "Windows(R) Operating System, VOLUME_MAK channel",
            "license_status": 1,
            "is_addon": True,
        }
    )
    assert esu.is_addon and not esu.is_windows

