"""The machines' answers: ``status``/``inspect`` documents and the raw output of any operation.

The documents are real: ``fixtures/lab_documents.json`` holds what the lab's
machines answered through the WinRM adapter (``make_lab_documents.py``). One to
five mutations of a document (a field of another type, a number sent as a string
of 5,000 digits, a field dropped, a list unwrapped...) must give a result or
:class:`InvalidStatusData`; the raw bytes of an answer must give a document or a
typed :class:`ExecutionError`.
"""

from __future__ import annotations

import codecs
import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from app.adapters.operation_contract import parse_output
from app.domain.catalog import default_catalog
from app.domain.errors import ExecutionError, explain
from app.domain.licensing import InvalidStatusData
from app.domain.scan_results import read_host_result, result_to_record
from app.services.host_setup.inspection import HostInspector
from app.services.host_setup.licensing_state import Licensing, parse_status
from tests.property.contract import LONG_TEXTS, call, rendered, short_hostile_text
from tests.property.json_mutations import mutate, paths

FIXTURE = Path(__file__).with_name("fixtures") / "lab_documents.json"
DOCUMENTS = json.loads(FIXTURE.read_text(encoding="utf-8"))
CATALOG = default_catalog()
READ_AT = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
HUGE_NUMBER = "9" * 5000

replacement = st.one_of(
    st.sampled_from([
        [], {}, "", None, True, False, 0, -1, 1.5, 4294967295, 2**64, -(2**63),
        "0", "-1", "+5", " 7 ", "0x10", "1e3", "26", "٣", "²", "𝟗", "--5",
        "0xC004F074", "-1073418124", "{0ff1ce15-a989-479d-af46-f275c6370663}",
        "55c92734-d682-4d71-983e-d6ec3f16059f", "kms01.lab.test", "[2001:db8::1]",
        "Windows Server(R), ServerStandard edition", "6.1.7601.17514", "²³.1.7601",
        "10." + "9" * 5000, "2025-03-03T09:00:00.0000000Z", "2025-13-45T99:99:99Z",
        float("nan"), float("inf"), ["0x8007232B, 0x00000000, , x"], {"id": 12288},
    ]),
    st.sampled_from(LONG_TEXTS),
    short_hostile_text,
    st.integers(),
    st.floats(),
)
documents = st.sampled_from(DOCUMENTS)


def _explained(error: ExecutionError):
    summary, hint = explain(error, cli=True)
    rendered(hint)
    return summary


def _read(host: str, status: object, inspect: object) -> None:
    result = call(
        read_host_result,
        host,
        status,
        CATALOG,
        READ_AT,
        inspect=inspect,
        errors=(InvalidStatusData,),
    )
    if isinstance(result, InvalidStatusData):
        return
    # What was accepted is journaled and reported: it must serialise.
    json.dumps(result_to_record(result))
    for product in result.products:
        assert product.state.status is not None


# Fields a machine sends as numbers or dotted numbers: mutated on purpose half of the time.
NUMERIC_FIELDS = {
    "license_status", "grace_minutes", "kms_port", "discovered_port", "listening_port",
    "current_count", "required_count", "activation_interval", "renewal_interval",
    "status_reason", "version", "build", "sku", "id", "total", "failed", "dns_domains",
    "office_version", "ps_version", "data",
}
numeric_text = st.one_of(
    st.sampled_from([
        "10.0." + "9" * 5000, "²³.1.7601", "10.0.²", "٣.٣.٣", "1" * 5000 + ".0.1",
        "10.0.19045.1", "6.1", "-0", "0x" + "f" * 5000, "example.test, ²,  " + "9" * 5000,
        "9" * 4301, "-" + "9" * 4301, "1.5", "1e3", " 42 ", "４２",
    ]),
    st.lists(st.sampled_from(["example.test, 10, 50", "x, ², ³", "y, " + "9" * 5000 + ", 1"]),
             max_size=3),
)


def mutate_numbers(data, document):
    """Put a number-shaped trap into one of the fields that carry numbers."""
    places = [path for path in paths(document) if path[-1] in NUMERIC_FIELDS]
    if not places:
        return document
    path = places[data.draw(st.integers(0, len(places) - 1))]
    node = document
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = data.draw(numeric_text)
    return document


@given(documents, st.data())
def test_mutated_status_documents(document, data):
    status = copy.deepcopy(document["status"])
    inspect = copy.deepcopy(document["inspect"])
    for _ in range(data.draw(st.integers(1, 5))):
        change = mutate_numbers if data.draw(st.booleans()) else (
            lambda data, doc: mutate(data, doc, replacement)
        )
        if data.draw(st.integers(0, 2)) == 0:
            inspect = change(data, inspect)
        else:
            status = change(data, status)
    status = _with_markers(status)
    if not isinstance(status, dict):
        status = {"products": status}
    _read(document["host"], status, inspect if data.draw(st.booleans()) else None)
    runner = SimpleNamespace(target=document["host"])  # parse_status names the host only
    licensing = call(parse_status, runner, status, errors=(ExecutionError,), message=_explained)
    if isinstance(licensing, Licensing) and isinstance(inspect, dict):
        call(HostInspector(runner, CATALOG).host_info, inspect, licensing, READ_AT,
             errors=(ExecutionError,), message=_explained)


def _with_markers(document):
    """The mutation's marker becomes a number of 5,000 digits, as a machine could send it."""
    text = json.dumps(document).replace('"@@HUGE@@"', f'"{HUGE_NUMBER}"')
    return json.loads(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | short_hostile_text,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["products", "service", "os", "events", "utc_now", "version",
                         "license_status", "kms_machine", "kms_port", "cmid", "requests"])
        | st.text(max_size=8),
        children,
        max_size=5,
    ),
    max_leaves=30,
)


@given(json_values, json_values | st.none())
def test_random_json_documents(status, inspect):
    if not isinstance(status, dict):
        status = {"products": status}
    _read("pc01.lab.test", status, inspect)


def _encoded(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding, errors="replace")


@given(
    st.one_of(
        st.binary(max_size=2000),
        st.tuples(documents, st.sampled_from(["status", "inspect"]), st.data()).map(
            lambda t: json.dumps(t[0][t[1]])
        ).flatmap(
            lambda text: st.tuples(
                st.just(text),
                st.integers(0, len(text)),
                st.sampled_from(["", "\x00", "}", "{", "\ufeff", "\r\n", ' "ok": false,']),
                st.sampled_from(["utf-8", "utf-8-sig", "utf-16-bom", "cp1252"]),
            ).map(lambda p: _encoded(p[0][: p[1]] + p[2] + p[0][p[1]:], p[3]))
        ),
        st.sampled_from([
            b'{"ok": false, "hresult": "' + b"9" * 5000 + b'"}',
            b'{"ok": false, "hresult": ' + b"9" * 5000 + b"}",
            b'{"ok": true, "n": ' + b"1" * 4301 + b"}",
            b"[" * 10_000 + b"]" * 10_000,
            b'{"ok": false, "kind": "guard", "ps_version": "' + b"9" * 5000 + b'"}',
            b'{"ok": false, "kind": "guard", "ps_version": {"major": 5}}',
            b'{"ok": false, "hresult": NaN, "message": Infinity}',
        ]),
    ),
    st.binary(max_size=200),
    st.integers(-(2**31), 2**32),
)
def test_raw_operation_output(stdout, stderr, exit_code):
    document = call(parse_output, "pc01.lab.test", stdout, stderr, exit_code,
                    errors=(ExecutionError,), message=_explained)
    if isinstance(document, dict):
        assert document.get("ok") is not False
        _read("pc01.lab.test", document, None)


def test_the_fixture_documents_read_cleanly():
    """The mutations start from sound answers: unchanged, every one reads as a scanned host."""
    assert len(DOCUMENTS) >= 30
    for document in DOCUMENTS:
        result = read_host_result(
            document["host"], document["status"], CATALOG, READ_AT, inspect=document["inspect"]
        )
        assert result.reachable and result.products
