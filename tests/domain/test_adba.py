"""The pure rules of Active Directory-based activation (app/domain/adba.py)."""

from __future__ import annotations

import pytest

from app.domain.adba import (
    ForestSchema,
    KmsReason,
    MachineFacts,
    SchemaState,
    check_object_name,
    container_dn,
    domain_of_dn,
    escape_rdn_value,
    guid_from_windows_bytes,
    guid_to_windows_bytes,
    in_forest,
    kms_reasons,
    object_dn_for,
    schema_release,
    split_by_activation,
    supports_adba,
)

CONFIG = "CN=Configuration,DC=corp,DC=test"
CONTAINER = "CN=Activation Objects,CN=Microsoft SPP,CN=Services,CN=Configuration,DC=corp,DC=test"


def test_container_is_where_slmgr_looks():
    assert container_dn(CONFIG) == CONTAINER


@pytest.mark.parametrize(
    ("version", "has_class", "has_container", "state"),
    [
        (47, False, False, SchemaState.TOO_OLD),  # 2008 R2 schema
        (56, True, False, SchemaState.NO_CONTAINER),  # schema extended, no forestprep
        (69, True, True, SchemaState.READY),
        (88, True, True, SchemaState.READY),
        (None, False, True, SchemaState.TOO_OLD),
    ],
)
def test_schema_state(version, has_class, has_container, state):
    assert ForestSchema(CONFIG, version, has_class, has_container).state is state


def test_schema_release_names_the_nearest_known_version():
    assert schema_release(56) == "Windows Server 2012"
    assert schema_release(69) == "Windows Server 2012 R2"
    assert schema_release(90) == "Windows Server 2019 / 2022"
    assert schema_release(None) == ""


def test_guid_bytes_follow_slmgr_guid_to_string():
    # slmgr.vbs GuidToString reads bytes 4,3,2,1 - 6,5 - 8,7 - 9..16.
    raw = bytes(range(1, 17))
    assert guid_from_windows_bytes(raw) == "04030201-0605-0807-090a-0b0c0d0e0f10"
    assert guid_to_windows_bytes("04030201-0605-0807-090a-0b0c0d0e0f10") == raw
    assert guid_from_windows_bytes(b"short") == ""


def test_object_dn_for_follows_del_ao_but_stays_in_the_container():
    assert object_dn_for("Contoso 2022", CONFIG) == f"CN=Contoso 2022,{CONTAINER}"
    assert object_dn_for("cn=Contoso", CONFIG) == f"CN=Contoso,{CONTAINER}"
    assert object_dn_for(f"CN=Contoso,{CONTAINER.lower()}", CONFIG) == f"CN=Contoso,{CONTAINER}"
    # A typed name never adds an RDN, and a DN elsewhere is refused.
    assert object_dn_for("a,CN=Users", CONFIG) is None  # read as a DN outside the container
    assert object_dn_for("Evil,OU=x", CONFIG) == f"CN=Evil\\,OU\\=x,{CONTAINER}"
    assert object_dn_for("CN=Administrator,CN=Users,DC=corp,DC=test", CONFIG) is None
    assert object_dn_for(f"CN=x,CN=y,{CONTAINER}", CONFIG) is None
    assert object_dn_for("", CONFIG) is None


def test_escape_rdn_value():
    assert escape_rdn_value('a,b+c"d\\e<f>g;h=i') == 'a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h\\=i'
    assert escape_rdn_value(" lead") == "\\ lead"
    assert escape_rdn_value("#x") == "\\#x"


def test_object_names():
    assert check_object_name("Contoso 2022") is None
    assert check_object_name("  ") is not None
    assert check_object_name("x" * 65) is not None
    assert check_object_name("tab\there") is not None


@pytest.mark.parametrize(
    ("version", "expected"),
    [("6.1.7601", False), ("6.0.6002", False), ("6.2.9200", True), ("10.0.19045", True),
     ("", None), ("Ubuntu", None)],
)
def test_supports_adba(version, expected):
    assert supports_adba(version) is expected


def test_in_forest():
    assert in_forest("corp.test", "corp.test")
    assert in_forest("paris.corp.test", "CORP.TEST.")
    assert not in_forest("corp.test.evil", "corp.test")
    assert not in_forest("", "corp.test")


def test_when_kms_is_still_needed():
    machines = [
        MachineFacts("win10", "10.0.19045", "corp.test"),
        MachineFacts("win7", "6.1.7601", "corp.test"),
        MachineFacts("srv2008r2", "6.1.7601", "paris.corp.test"),
        MachineFacts("workgroup", "10.0.22631", ""),
        MachineFacts("office2010", "10.0.19045", "corp.test", ("2010",)),
    ]
    split = split_by_activation(machines, "corp.test")
    assert split.covered == ("win10",)
    reasons = dict(split.needing_kms)
    assert reasons["win7"] == (KmsReason.OS_TOO_OLD,)
    assert reasons["srv2008r2"] == (KmsReason.OS_TOO_OLD,)
    assert reasons["workgroup"] == (KmsReason.NOT_IN_FOREST,)
    assert reasons["office2010"] == (KmsReason.OFFICE_2010,)
    assert split.kms_needed
    assert kms_reasons(MachineFacts("w8", "6.2.9200", "corp.test"), "corp.test") == []


def test_machines_without_windows_need_neither():
    split = split_by_activation(
        [
            MachineFacts("linux", "22.04", "corp.test", operating_system="Ubuntu"),
            MachineFacts("unknown", "", "corp.test"),
            MachineFacts("w7", "6.1 (7601)", "corp.test", operating_system="Windows 7 Pro"),
        ],
        "corp.test",
    )
    assert split.not_windows == ("linux",)
    assert split.covered == ("unknown",)  # nothing known against it
    assert dict(split.needing_kms)["w7"] == (KmsReason.OS_TOO_OLD,)


def test_domain_of_dn():
    assert domain_of_dn("OU=Paris,DC=corp,DC=test") == "corp.test"
    assert domain_of_dn("") == ""
