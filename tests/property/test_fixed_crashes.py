"""Plain regression tests for the crashes the reliability review found (F2, F7, F8's IDNA note).

Each one failed on the code before the fix: the value reached ``int()`` (4,300-digit
limit), a set lookup with a list (``TypeError: unhashable``), or the IDNA codec
before the length check.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.adapters.operation_contract import parse_output
from app.domain.catalog import default_catalog
from app.domain.catalog_loader import load_parts
from app.domain.catalog_model import CatalogError
from app.domain.dns_input import DnsInputError, parse_domain_name
from app.domain.errors import ErrorKind, ExecutionError
from app.domain.field_capture import CaptureFileError, read_capture
from app.domain.inventory import InventoryRefused
from app.domain.inventory_csv import parse_csv
from app.domain.keys import InvalidProductKey, is_well_formed, normalise_or_none, parse_key
from app.domain.licensing import (
    FieldProblem,
    InvalidKmsHost,
    InvalidStatusData,
    ProductState,
    parse_kms_endpoint,
    parse_port,
)
from app.domain.operation_wire import WireError, decode_input
from app.domain.scan_results import read_host_result
from app.resources import resource, root
from app.services.host_setup.dns_publishing import InvalidPublishDomain, publish_domain
from app.services.host_setup.inspection import HostInspector
from app.services.host_setup.licensing_state import PublishDomain, parse_status
from tests.cli.cli_run import run
from tests.cli.test_cli_traps import usage_error

DIGITS = "9" * 5000  # past int()'s limit of 4,300 digits
FIXTURE = Path(__file__).with_name("fixtures") / "lab_documents.json"
READ_AT = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


def _real_product() -> dict:
    documents = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return copy.deepcopy(documents[0]["status"]["products"][0])


# --- F2: numbers from a machine are bounded before conversion -------------------------------


@pytest.mark.parametrize("field", ["grace_minutes", "license_status", "kms_port"])
def test_a_number_of_5000_digits_from_a_machine_is_out_of_range(field):
    product = _real_product()
    product[field] = DIGITS
    with pytest.raises(InvalidStatusData) as refused:
        ProductState.from_dict(product)
    assert refused.value.problem is FieldProblem.OUT_OF_RANGE
    assert refused.value.field == field


def test_a_status_document_with_a_huge_number_is_refused_not_raised():
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))[0]
    status = copy.deepcopy(document["status"])
    status["service"]["listening_port"] = DIGITS
    with pytest.raises(InvalidStatusData):
        read_host_result(document["host"], status, default_catalog(), READ_AT)


@pytest.mark.parametrize("version", ["10.0.²", "²³.1.7601", "10.0." + DIGITS, DIGITS + ".0.1"])
def test_an_os_version_int_refuses_is_no_version(version):
    """The version a machine reports is split and its parts converted: digits int() takes only."""
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))[0]
    inspect = dict(document["inspect"], version=version)
    result = read_host_result(
        document["host"], document["status"], default_catalog(), READ_AT, inspect=inspect
    )
    assert result.os.version == version and result.edition_id is None


def test_a_build_number_of_5000_digits_reads_as_unknown():
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))[0]
    runner = SimpleNamespace(target=document["host"])  # host_info only names the host
    licensing = parse_status(runner, document["status"])
    inspect = dict(document["inspect"], build=DIGITS, sku="²")
    info = HostInspector(runner, default_catalog()).host_info(inspect, licensing, READ_AT)
    assert info.build == 0 and info.sku == 0


def test_a_powershell_version_of_5000_digits_is_unreadable():
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))[0]
    runner = SimpleNamespace(target=document["host"])
    licensing = parse_status(runner, document["status"])
    inspect = dict(document["inspect"], ps_version=DIGITS + ".1")
    info = HostInspector(runner, default_catalog()).host_info(inspect, licensing, READ_AT)
    assert info.ps_major is None


def test_a_typed_srv_priority_of_5000_digits_is_refused():
    with pytest.raises(InvalidPublishDomain):
        publish_domain("example.test", DIGITS, "0")


@pytest.mark.parametrize("line", ["example.test, ², 50", f"example.test, {DIGITS}, 50"])
def test_a_publish_list_priority_int_refuses_reads_as_zero(line):
    domain = PublishDomain.from_registry(line)
    assert domain is not None and domain.domain == "example.test" and domain.priority == 0


def test_doubled_signs_are_not_a_number():
    product = _real_product()
    product["grace_minutes"] = "--5"
    with pytest.raises(InvalidStatusData) as refused:
        ProductState.from_dict(product)
    assert refused.value.problem is FieldProblem.NOT_INTEGER


def test_an_answer_holding_a_huge_json_number_is_malformed_output():
    stdout = b'{"ok": true, "products": [], "n": ' + DIGITS.encode() + b"}"
    with pytest.raises(ExecutionError) as refused:
        parse_output("pc01.lab.test", stdout, b"", 0)
    assert refused.value.kind is ErrorKind.MALFORMED_OUTPUT


def test_the_lab_refuses_a_huge_number_in_its_input_as_a_wire_error():
    import base64

    line = base64.b64encode(b'{"password": ' + DIGITS.encode() + b"}") + b"\n"
    with pytest.raises(WireError):
        decode_input(line)


@pytest.mark.parametrize("text", [DIGITS, f"kms01.lab.test:{DIGITS}", f"[2001:db8::5]:{DIGITS}"])
def test_a_kms_port_of_5000_digits_is_a_bad_port(text):
    with pytest.raises(InvalidKmsHost):
        parse_kms_endpoint(text) if ":" in text else parse_port(text)


# --- F7: the CSV column, the catalog, every numeric command-line input -----------------------


def test_a_csv_column_of_5000_digits_does_not_exist():
    with pytest.raises(InventoryRefused) as refused:
        parse_csv("host,os\npc1,Win\n", DIGITS, "hosts.csv")
    english = refused.value.message.english()
    assert "does not exist" in english and len(english) < 200


def _catalog_copy(tmp_path: Path, edit) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(resource("catalog"), folder)
    edit(folder)
    return folder


def _edit_json(folder: Path, name: str, change) -> None:
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def _rule_with_set(document) -> None:
    for group in document["groups"]:
        for rule in group.get("kms") or ():
            if "set" in rule:
                rule["set"] = {"name": rule["set"]}
                return
    raise AssertionError("no rule with a set in the shipped catalog")


CATALOG_DAMAGE = {
    "family as a list": (
        "os_versions.json",
        lambda d: d["os_versions"][0].update(family=["client"]),
    ),
    "edition family as an object": (
        "windows_editions.json",
        lambda d: d["editions"][0].update(family={"v": "client"}),
    ),
    "kind as a list": ("key_groups.json", lambda d: d["groups"][0].update(kind=["legacy"])),
    "rule set as an object": ("key_groups.json", _rule_with_set),
    "group id as a list": ("key_groups.json", lambda d: d["groups"][0].update(id=["x"])),
}


@pytest.mark.parametrize("damage", sorted(CATALOG_DAMAGE))
def test_a_malformed_catalog_field_is_a_problem_not_a_traceback(tmp_path, damage):
    name, change = CATALOG_DAMAGE[damage]
    folder = _catalog_copy(tmp_path, lambda f: _edit_json(f, name, change))
    with pytest.raises(CatalogError) as refused:
        load_parts(folder)
    assert refused.value.problems


@pytest.mark.parametrize(
    "text", ['{"os_versions": ' + DIGITS + "}", "[" * 100_000 + "]" * 100_000]
)
def test_numbers_and_nesting_json_refuses_are_catalog_problems(tmp_path, text):
    folder = _catalog_copy(tmp_path, lambda f: (f / "os_versions.json").write_text(text))
    with pytest.raises(CatalogError) as refused:
        load_parts(folder)
    assert any("os_versions.json: invalid JSON" in p for p in refused.value.problems)


def test_selftest_lists_a_malformed_catalog_field(tmp_path):
    """The review's reproduction: ``family`` as a list made selftest print a traceback."""
    for folder in ("resources", "translations"):
        if folder == "resources":
            (tmp_path / folder).mkdir()
            for entry in (root() / folder).iterdir():
                if entry.name != "catalog":
                    (tmp_path / folder / entry.name).symlink_to(entry)
        else:
            (tmp_path / folder).symlink_to(root() / folder)
    shutil.copytree(resource("catalog"), tmp_path / "resources" / "catalog")
    name, change = CATALOG_DAMAGE["family as a list"]
    _edit_json(tmp_path / "resources" / "catalog", name, change)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KMSW_RESOURCE_ROOT=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "selftest", "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert not checks["catalog"]["ok"]
    assert "'family' must be one of client, server" in checks["catalog"]["summary"]
    assert checks["scripts"]["ok"] and checks["translations"]["ok"]


def test_scan_with_a_column_of_5000_digits_says_so(capsys, monkeypatch, tmp_path):
    hosts = tmp_path / "hosts.csv"
    hosts.write_text("host,os\npc1,Win\n", encoding="utf-8")
    code, _out, err = run(
        capsys, monkeypatch, "--lang", "fr", "scan", "--hosts", str(hosts), "--column", DIGITS,
        "--lab",
    )
    assert code == 2
    assert "n’existe pas" in err and len(err) < 300


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (("scan", "pc01", "--lab", "--concurrency", DIGITS), "--concurrency"),
        (("scan", "pc01", "--lab", "--timeout", "nan"), "--timeout"),
        (("scan", "pc01", "--lab", "--timeout", DIGITS), "--timeout"),
        (("scan", "pc01", "--lab", "--expiring-days", DIGITS), "--expiring-days"),
        (("scan", "--compare", DIGITS), "--compare"),
        (("convert", "--undo", "99999999999999999999"), "--undo"),
        (("convert", "--resume", "99999999999999999999"), "--resume"),
        (("convert", "pc01", "--to", "kms", "--from-scan", "99999999999999999999"), "--from-scan"),
        (("convert", "pc01", "--to", "kms", "--concurrency", "0"), "--concurrency"),
        (("scan", "pc01", "--lab", DIGITS), "--lab"),
        (("lab", "serve", "--clients", DIGITS), "--clients"),
        (("lab", "serve", "--seed", "-1"), "--seed"),
        (("lab", "serve", "--latency-ms", "inf"), "--latency-ms"),
        (("lab", "serve", "--port", "65536"), "--port"),
    ],
)
@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "expected a"), ("fr", "nombre"), ("de", "Zahl")],
)
def test_numeric_options_refuse_clearly(capsys, monkeypatch, tmp_path, argv, option, lang,
                                        expected):
    journal = ("--journal", str(tmp_path / "j.db")) if argv[0] in ("scan", "convert") else ()
    error = usage_error(capsys, monkeypatch, "--lang", lang, *argv, *journal).splitlines()[-1]
    assert option in error and expected in error
    assert len(error) < 200  # the value is shown cut short, not echoed whole


@pytest.mark.parametrize(
    "argv",
    [
        ("host", "port", "--target", "kms01", "--lab", "--activation-interval", DIGITS),
        ("host", "port", "--target", "kms01", "--lab", "--port", DIGITS),
        ("host", "firewall", "--target", "kms01", "--lab", "--port", DIGITS),
        ("convert", "pc01", "--to", "kms", "--kms-host", f"kms01:{DIGITS}", "--lab", "--dry-run"),
    ],
)
def test_numbers_given_as_text_are_refused_by_their_parser(capsys, monkeypatch, tmp_path, argv):
    journal = ("--journal", str(tmp_path / "j.db")) if argv[0] == "convert" else ()
    code, _out, err = run(capsys, monkeypatch, "--lang", "en", *argv, *journal)
    assert code == 2
    assert "65535" in err or "43200" in err


# --- F8: the length of a DNS name is checked before IDNA ------------------------------------


def test_a_long_international_name_is_refused_for_its_length():
    with pytest.raises(DnsInputError) as refused:
        parse_domain_name("é" * 100_000)
    assert "has 100000 characters" in refused.value.message.english()
    # A real internationalised name still converts.
    assert parse_domain_name("bücher.example") == "xn--bcher-kva.example"


@pytest.mark.parametrize(
    "value", ["YC6KT-GKW9T-YTKYR-T4X34-FHRC6", "YC6KT", "yc6ktgkw9tytkyrt4x34fhrc6"]
)
def test_a_key_typed_as_a_number_is_not_echoed(capsys, monkeypatch, value):
    error = usage_error(capsys, monkeypatch, "--lang", "en", "scan", "pc01", "--lab",
                        "--concurrency", value)
    assert "--concurrency" in error
    assert "YC6KT" not in error.upper() and "FHRC6" not in error.upper()


@pytest.mark.parametrize(
    "text", ['{"format": ' + DIGITS + "}", "[" * 100_000 + "]" * 100_000]
)
def test_a_capture_file_json_refuses_is_not_json(text):
    with pytest.raises(CaptureFileError):
        read_capture(text, "capture.json")


# --- found by the long profile ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["222222222222222222222222-2", "YC6K-TGKW9T-YTKYR-T4X34-FHRC6"])
def test_is_well_formed_agrees_with_parse_key_on_groups(text):
    """A key with a misplaced separator is refused by parse_key, so it is not well formed."""
    with pytest.raises(InvalidProductKey):
        parse_key(text)
    assert not is_well_formed(text) and normalise_or_none(text) is None
