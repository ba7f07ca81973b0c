"""Reading the DNS server operations' documents and the Active Directory zone marker (pure)."""

from __future__ import annotations

import pytest

from app.domain.dns import NameServer, QueryStatus, RawAnswer, RawRecord
from app.domain.dns_ad_zone import ad_marker_name, domain_controllers, is_ad_zone
from app.domain.dns_remedies import srv_publication
from app.domain.dns_server_records import (
    BadServerDocument,
    candidate_zones,
    foreign_owner,
    name_in_zone,
    operation_params,
    parse_zone_records,
    shows,
)
from app.domain.dns_update import PublishMode

RECORD = srv_publication("corp.test", "kms01.corp.test")


def document(*records: dict, integrated: bool = True) -> dict:
    return {
        "ok": True,
        "zone": "corp.test",
        "ds_integrated": integrated,
        "dynamic_update": "Secure",
        "records": list(records),
    }


def srv(target="kms01.corp.test.", owner="CORP\\KMS01$", port=1688) -> dict:
    return {"target": target, "priority": 0, "weight": 0, "port": port, "ttl": 3600, "owner": owner}


def test_a_one_record_list_unwrapped_by_powershell_reads_as_one_record():
    doc = document()
    doc["records"] = srv()  # ConvertTo-Json wrote the one item as an object
    [record] = parse_zone_records(doc).records
    assert (record.target, record.port, record.owner) == ("kms01.corp.test", 1688, "CORP\\KMS01$")


def test_a_record_without_its_fields_is_refused():
    with pytest.raises(BadServerDocument):
        parse_zone_records(document({"target": "x.corp.test."}))


def test_the_host_s_own_record_is_not_a_foreign_one_but_an_administrator_s_is():
    assert foreign_owner(parse_zone_records(document(srv())), "kms01.corp.test") is None
    theirs = parse_zone_records(document(srv(owner="CORP\\Administrator")))
    assert foreign_owner(theirs, "kms01.corp.test").owner == "CORP\\Administrator"
    # A file-backed zone has no owners to speak of.
    plain = parse_zone_records(document(srv(owner="X\\Y"), integrated=False))
    assert foreign_owner(plain, "kms01.corp.test") is None


def test_zone_candidates_and_the_name_inside_the_zone():
    assert candidate_zones("paris.corp.test") == ["paris.corp.test", "corp.test"]
    child = srv_publication("paris.corp.test", "kms01.corp.test")
    assert name_in_zone(child, "corp.test") == "_vlmcs._tcp.paris"
    params = operation_params(child, "corp.test", PublishMode.REPLACE)
    assert params["name"] == "_vlmcs._tcp.paris" and params["mode"] == "replace"
    assert params["target"] == "kms01.corp.test"


def test_the_read_back_must_hold_exactly_what_was_asked():
    state = parse_zone_records(document(srv(), srv(target="kms02.corp.test.")))
    assert shows(RECORD, PublishMode.ADD, state)
    assert not shows(RECORD, PublishMode.REPLACE, state)  # another host is still there
    assert not shows(RECORD, PublishMode.DELETE, state)
    moved = parse_zone_records(document(srv(port=1700)))
    assert not shows(RECORD, PublishMode.ADD, moved)


def _answer(status, records=(), authority=()) -> RawAnswer:
    return RawAnswer(
        NameServer("127.0.0.1"),
        ad_marker_name("corp.test"),
        "SRV",
        status,
        records=tuple(records),
        authority=tuple(authority),
    )


def test_the_ad_marker_tells_an_active_directory_zone():
    dc = RawRecord(
        ad_marker_name("corp.test"),
        "SRV",
        600,
        "0 100 389 dc1.corp.test.",
        0,
        100,
        389,
        "dc1.corp.test.",
    )
    assert is_ad_zone(_answer(QueryStatus.ANSWER, [dc])) is True
    assert domain_controllers(_answer(QueryStatus.ANSWER, [dc])) == ("dc1.corp.test",)
    assert is_ad_zone(_answer(QueryStatus.NXDOMAIN)) is False
    assert is_ad_zone(_answer(QueryStatus.TIMEOUT)) is None  # unknown, not "no"
    referral = RawRecord("_msdcs.corp.test.", "NS", 600, "dc1.corp.test.")
    assert is_ad_zone(_answer(QueryStatus.NODATA, authority=[referral])) is True
