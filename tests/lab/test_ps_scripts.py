"""The operation scripts: valid PowerShell, the wire contract, size, the same fields as the lab."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tree_sitter_powershell
from tree_sitter import Language, Node, Parser

from app.adapters.operation_contract import script_body
from app.domain.catalog import default_catalog
from app.domain.operation_wire import MAX_COMMAND_CHARS, build_command, parse_command
from app.domain.operations import OPERATIONS
from app.lab.spp.products import WINDOWS_APP_ID
from app.resources import resource
from tests.lab.spp_lab_driver import Driver

SCRIPTS = sorted(resource("ps").glob("*.ps1"))
AID = "12345678-abcd-4bcd-8bcd-123456789012"
LONG_HOST = ".".join(["a" * 63, "b" * 63, "c" * 63, "lab", "test"])
# The largest parameters each operation is expected to carry.
WORST = {
    "inspect": {},
    "status": {},
    "restart-service": {},
    "install-key": {"key": "BCDFG-HJKMP-QRTVW-XY234-6789B", "ospp": True},
    "uninstall-key": {"activation_id": AID},
    "activate": {"activation_id": AID},
    "get-iid": {"activation_id": AID},
    "deposit-cid": {
        "iid": "-".join(["1234567"] * 9),
        "cid": "-".join(["123456"] * 8),
        "activation_id": AID,
    },
    "set-kms-host": {"host": LONG_HOST, "port": 65535, "activation_id": AID},
    "clear-kms-host": {"activation_id": AID},
    "set-listening-port": {"port": 65535},
    "set-dns-publishing": {
        "enabled": True,
        "domains": [
            {"domain": f"site{i}.example.org", "priority": 65535, "weight": 65535} for i in range(5)
        ],
    },
    "set-intervals": {"activation": 43200, "renewal": 43200},
    "set-priority": {"low": True},
    "firewall": {"port": 65535, "profiles": ["Domain", "Private", "Public"], "enabled": True},
}


def _problems(node: Node) -> list[str]:
    found = []
    if node.type == "ERROR" or node.is_missing:
        found.append(f"{node.type} at line {node.start_point[0] + 1}: {node.text[:60]!r}")
    for child in node.children:
        found.extend(_problems(child))
    return found


def test_there_is_one_script_per_operation() -> None:
    assert sorted(p.stem for p in SCRIPTS) == sorted(OPERATIONS)
    assert set(WORST) == set(OPERATIONS)


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_script_parses_without_errors(path: Path) -> None:
    parser = Parser(Language(tree_sitter_powershell.language()))
    tree = parser.parse(script_body(path.stem).encode("utf-8"))
    assert _problems(tree.root_node) == []


def test_every_shared_fragment_is_used_and_parses() -> None:
    fragments = sorted(resource("ps", "lib").glob("*.ps1"))
    assert fragments
    used = {
        name
        for path in SCRIPTS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# kmsw-uses: ")
        for name in line.split(":", 1)[1].split()
    }
    assert used == {f.stem for f in fragments}
    parser = Parser(Language(tree_sitter_powershell.language()))
    for fragment in fragments:
        text = fragment.read_text(encoding="utf-8")
        assert text.splitlines()[0] == f"# kmsw-fragment: {fragment.stem}"
        assert _problems(parser.parse(text.encode("utf-8")).root_node) == []


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_script_follows_the_contract(path: Path) -> None:
    text = script_body(path.stem)
    lines = text.splitlines()
    assert lines[0] == f"# kmsw-op: {path.stem}"
    assert "$ProgressPreference = 'SilentlyContinue'" in text
    assert "$ErrorActionPreference = 'Stop'" in text
    assert text.rstrip().endswith("$o | ConvertTo-Json -Compress -Depth 5")
    assert "ok = $false; hresult = '0x{0:X8}' -f [int]$h; message = $e.Message" in text
    assert text.isascii()  # survives any console code page untouched
    lowered = text.lower()
    for banned in ("slmgr", "ospp.vbs", "cscript", "wscript", "netsh", "invoke-expression", "iex "):
        assert banned not in lowered
    if WORST[path.stem]:
        assert "FromBase64String($KmswArgs)" in text
    assert "$KmswArgs =" not in text  # the wire inserts it, never the script


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_command_line_with_worst_case_parameters_fits(path: Path) -> None:
    line = build_command(path.stem, script_body(path.stem), WORST[path.stem])
    assert len(line) < MAX_COMMAND_CHARS
    decoded = parse_command(line)
    assert decoded is not None and decoded.params == WORST[path.stem]


def test_scripts_use_the_ids_the_catalog_and_the_lab_use() -> None:
    inspect = script_body("inspect")
    catalog = default_catalog()
    for group in catalog.office_groups():
        assert group.office_activation_id, group.id
        assert (
            f"'{group.id.removeprefix('office')}' = '{group.office_activation_id.lower()}'"
            in inspect
        )
    for name in ("status", "activate", "get-iid"):
        assert WINDOWS_APP_ID in script_body(name) or (
            name == "status"
        )


def _script_keys(text: str) -> set[str]:
    """Hashtable keys a script writes (``name = …`` inside @{ }), lower-case ones only."""
    return set(re.findall(r"(?<![$\w.])([a-z][a-z_]*) = ", text))


def _document_keys(value: object) -> set[str]:
    if isinstance(value, dict):
        keys = set(value)
        for item in value.values():
            keys |= _document_keys(item)
        return keys
    if isinstance(value, list):
        return set().union(*(_document_keys(v) for v in value)) if value else set()
    return set()


REQUEST_KEYS = {
    "total",
    "failed",
    "unlicensed",
    "licensed",
    "oob",
    "oot",
    "nongenuine",
    "notification",
}


def _lab_documents() -> dict[str, dict]:
    """One successful answer of the lab per operation."""
    d = Driver()
    docs = {"status-before": d.status("kms01")}
    docs["install-key"] = d.ok("kms01", "install-key", key=d.keys["server-b"])
    docs["get-iid"] = d.ok("kms01", "get-iid")
    docs["activate"] = d.ok("kms01", "activate")
    docs["firewall"] = d.ok("kms01", "firewall", port=1688, profiles=["Domain"], enabled=True)
    docs["set-kms-host"] = d.ok("pc001", "set-kms-host", host="kms01.lab.test", port=1688)
    docs["clear-kms-host"] = d.ok("pc001", "clear-kms-host")
    docs["set-listening-port"] = d.ok("kms01", "set-listening-port", port=1688)
    domains = [{"domain": "lab.test", "priority": 1, "weight": 2}]
    docs["set-dns-publishing"] = d.ok("kms01", "set-dns-publishing", enabled=True, domains=domains)
    docs["set-intervals"] = d.ok("kms01", "set-intervals", activation=120, renewal=10080)
    docs["set-priority"] = d.ok("kms01", "set-priority", low=False)
    docs["restart-service"] = d.ok("kms01", "restart-service")
    docs["inspect"] = d.ok("pc-office2016", "inspect")
    d.ok("pc001", "install-key", key=d.keys["mak:client-vl"])
    iid = d.ok("pc001", "get-iid")["iid"]
    from app.lab.lab_keys import lab_confirmation_id

    docs["deposit-cid"] = d.ok("pc001", "deposit-cid", iid=iid, cid=lab_confirmation_id(iid))
    docs["uninstall-key"] = d.ok(
        "pc001", "uninstall-key", activation_id=docs["deposit-cid"]["product"]["id"]
    )
    docs["status"] = d.status("kms01")
    return docs


@pytest.fixture(scope="module")
def lab_documents() -> dict[str, dict]:
    return _lab_documents()


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_the_lab_answers_with_the_fields_the_script_writes(name: str, lab_documents) -> None:
    script_keys = _script_keys(script_body(name))
    lab_keys = _document_keys(lab_documents[name]) - REQUEST_KEYS
    assert lab_keys - script_keys == set(), "the lab writes fields the script does not"
    assert script_keys - lab_keys - {"hresult", "message"} == set(), "the script writes more"
    if name == "status":
        text = script_body("status")
        words = re.search(r"'(Total [A-Za-z ]+)' -split", text).group(1)  # type: ignore[union-attr]
        assert {w.replace("Grace", "").lower() for w in words.split()} == REQUEST_KEYS
        assert set(lab_documents[name]["service"]["requests"]) == REQUEST_KEYS


def test_the_readme_documents_every_field() -> None:
    readme = (resource("ps") / "README.md").read_text(encoding="utf-8")
    for path in SCRIPTS:
        assert f"`{path.stem}`" in readme
        for key in _script_keys(script_body(path.stem)):
            assert f"`{key}`" in readme, (path.stem, key)
