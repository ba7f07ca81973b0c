"""The capture anonymiser: nothing identifying survives, and the documents still agree."""

from __future__ import annotations

import copy
import json

from app.domain.capture_anonymiser import anonymise

WINDOWS_ACTIVATION_ID = "2de67392-b7a7-462a-b1ca-108dd189f588"
WINDOWS_APP_ID = "55c92734-d682-4d71-983e-d6ec3f16059f"
CMID = "2A0A6A5C-1234-4B6F-9C2D-0123456789AB"
FULL_KEY = "W269N-WFGWX-YVC9B-4J6C9-T83GX"


def real_looking_answers() -> dict:
    """inspect + status of a domain client whose KMS host is found through DNS."""
    return {
        "inspect": {
            "ok": True,
            "caption": "Microsoft Windows 10 Pro",
            "version": "10.0.19045",
            "ps_version": "5.1.19041.1",
            "domain": "corp.contoso.com",
            "part_of_domain": True,
            "fqdn": "PC042.corp.contoso.com",
            "addresses": ["10.20.30.40", "fe80::1c2d:3e4f:5a6b:7c8d%12", "2a01:cb00:1:2::5"],
            "user": "CONTOSO\\jdoe",
            "utc_now": "2025-03-03T09:00:00.0000000Z",
        },
        "status": {
            "ok": True,
            "service": {
                "cmid": CMID.lower(),
                "kms_machine": "",
                "discovered_host": "kms01.corp.contoso.com",
                "dns_domains": ["corp.contoso.com, 0, 0", "branch.contoso.com, 10, 50"],
                "requests": {"total": 3},
            },
            "products": [
                {
                    "id": WINDOWS_ACTIVATION_ID,
                    "application_id": WINDOWS_APP_ID,
                    "name": "Windows(R), Professional edition",
                    "description": "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
                    "partial_key": "T83GX",
                    "kms_machine": "10.20.30.41",
                    "discovered_host": "KMS01.corp.contoso.com",
                }
            ],
            "events": [
                {
                    "id": 12288,
                    "message": f"Info: 0x0, 2, kms01.corp.contoso.com:1688, {CMID}, "
                    f"{FULL_KEY} C:\\Users\\jdoe\\AppData 10.20.30.40 admin@contoso.com",
                }
            ],
        },
        "get-iid": {"ok": True, "id": WINDOWS_ACTIVATION_ID, "iid": "1234567" * 9},
    }


ORIGINALS = (
    "pc042",
    "kms01",
    "contoso",
    "10.20.30.40",
    "10.20.30.41",
    "fe80::1c2d",
    "2a01:cb00",
    CMID.lower(),
    "jdoe",
    "admin@",
    "WFGWX",
    "1234567" * 9,
)


def test_nothing_identifying_survives_anywhere_in_the_document():
    result = anonymise(real_looking_answers(), hosts=["pc042"])
    text = json.dumps(result.document).lower()
    for original in ORIGINALS:
        assert original.lower() not in text, original


def test_the_same_original_gets_the_same_replacement_everywhere():
    doc = anonymise(real_looking_answers(), hosts=["pc042"]).document
    inspect, service = doc["inspect"], doc["status"]["service"]
    product = doc["status"]["products"][0]
    assert inspect["fqdn"] == "host1.sub1.example.test"
    assert inspect["domain"] == "sub1.example.test"
    # The host's own domain heads its publish list, as on the machine; the others differ.
    assert service["dns_domains"] == ["sub1.example.test, 0, 0", "sub2.example.test, 10, 50"]
    # Same KMS host in the service, the product (other case) and the event text.
    assert service["discovered_host"] == product["discovered_host"] == "host2.sub1.example.test"
    message = doc["status"]["events"][0]["message"]
    assert "host2.sub1.example.test:1688" in message
    assert service["cmid"] in message
    assert inspect["addresses"][0] in message
    assert product["kms_machine"] != inspect["addresses"][0]
    assert product["kms_machine"].startswith("192.0.2.")
    assert inspect["addresses"][1] == "2001:db8::1%12"
    assert inspect["addresses"][2].startswith("2001:db8::")


def test_public_product_identifiers_and_facts_stay():
    doc = anonymise(real_looking_answers(), hosts=["pc042"]).document
    product = doc["status"]["products"][0]
    assert product["id"] == WINDOWS_ACTIVATION_ID
    assert product["application_id"] == WINDOWS_APP_ID
    assert product["partial_key"] == "T83GX"
    assert product["description"] == "Windows(R) Operating System, VOLUME_KMSCLIENT channel"
    assert doc["get-iid"]["id"] == WINDOWS_ACTIVATION_ID
    inspect = doc["inspect"]
    assert inspect["version"] == "10.0.19045" and inspect["ps_version"] == "5.1.19041.1"
    assert inspect["utc_now"] == "2025-03-03T09:00:00.0000000Z"
    assert doc["status"]["service"]["requests"] == {"total": 3}


def test_keys_are_masked_but_keep_what_windows_shows():
    doc = anonymise(real_looking_answers()).document
    assert "XXXXX-XXXXX-XXXXX-XXXXX-T83GX" in doc["status"]["events"][0]["message"]


def test_machine_ids_and_installation_ids_become_fakes_of_the_same_shape():
    doc = anonymise(real_looking_answers()).document
    cmid = doc["status"]["service"]["cmid"]
    assert len(cmid) == 36 and cmid.count("-") == 4 and cmid.startswith("00000000-")
    iid = doc["get-iid"]["iid"]
    assert len(iid) == 63 and iid.isdigit()


def test_user_names_are_removed():
    doc = anonymise(real_looking_answers()).document
    assert "user" not in doc["inspect"]
    message = doc["status"]["events"][0]["message"]
    assert "C:\\Users\\user\\AppData" in message and "user@example.test" in message


def test_counts_say_how_many_values_were_replaced():
    counts = anonymise(real_looking_answers(), hosts=["pc042"]).counts
    assert counts["product_keys"] == 1
    assert counts["host_names"] == 2  # pc042, kms01
    assert counts["addresses"] == 4
    assert counts["machine_ids"] == 1
    assert counts["installation_ids"] == 1
    assert counts["user_names"] == 3  # the user field, a profile path, an e-mail name
    assert counts["domains"] >= 3  # corp.contoso.com, branch.contoso.com, contoso.com


def test_the_target_is_named_first_and_the_input_is_not_changed():
    answers = real_looking_answers()
    before = copy.deepcopy(answers)
    result = anonymise(answers, hosts=["PC042.corp.contoso.com", "10.20.30.40"])
    assert answers == before
    assert result.hosts == ("host1.sub1.example.test", "192.0.2.1")


def test_a_host_named_like_a_word_leaves_product_texts_alone():
    answers = {
        "inspect": {"ok": True, "fqdn": "kms.contoso.com", "domain": "contoso.com"},
        "status": {
            "products": [
                {"name": "Windows(R), ServerStandard edition", "description": "VOLUME_KMS_B"}
            ],
            "service": {"discovered_host": "kms.contoso.com"},
        },
    }
    doc = anonymise(answers).document
    assert doc["status"]["products"][0]["description"] == "VOLUME_KMS_B"
    assert doc["status"]["service"]["discovered_host"] == "host1.example.test"


def test_anonymising_twice_changes_nothing_more():
    once = anonymise(real_looking_answers(), hosts=["pc042"])
    twice = anonymise(once.document, hosts=once.hosts)
    assert twice.document == once.document
