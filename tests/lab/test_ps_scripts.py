"""The operation scripts: valid PowerShell, the wire contract, size, the same fields as the lab."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import tree_sitter_powershell
from tree_sitter import Language, Node, Parser

from app.adapters.operation_contract import script_body
from app.domain.catalog import default_catalog
from app.domain.operation_wire import (
    BOOTSTRAP,
    GUARD,
    INPUT_LINE,
    MAX_COMMAND_CHARS,
    SECRET_PARAMETERS,
    assemble_script,
    build_operation,
    decode_input,
    decode_script,
    encode_command,
    is_bootstrap,
    parse_command,
    parse_script,
    split_bootstrap_input,
)
from app.domain.operations import OPERATIONS
from app.lab.spp.products import WINDOWS_APP_ID
from app.resources import resource
from tests.lab.spp_lab_driver import Driver, wire

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
    "set-kms-lookup-domain": {"domain": LONG_HOST},
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
    "firewall-state": {"port": 65535},
    "publishing-events": {},
    "dns-server-srv": {"zone": LONG_HOST, "name": "_vlmcs._tcp." + "s" * 63},
    "set-dns-server-srv": {
        "zone": LONG_HOST,
        "name": "_vlmcs._tcp." + "s" * 63,
        "target": LONG_HOST,
        "priority": 65535,
        "weight": 65535,
        "port": 65535,
        "ttl": 2147483647,
        "mode": "replace",
    },
    "adba-activate-online": {"key": "BCDFG-HJKMP-QRTVW-XY234-6789B", "name": "n" * 64},
    "adba-get-iid": {"key": "BCDFG-HJKMP-QRTVW-XY234-6789B"},
    "adba-apply-cid": {
        "key": "BCDFG-HJKMP-QRTVW-XY234-6789B",
        "cid": "-".join(["123456"] * 8),
        "name": "n" * 64,
    },
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
    wire = build_operation(path.stem, script_body(path.stem), WORST[path.stem])
    assert len(wire.command_line) < MAX_COMMAND_CHARS
    script = decode_script(wire.command_line)
    assert script is not None
    if is_bootstrap(script):
        # Too long for cmd.exe's line: the script itself travels on stdin.
        assert wire.stdin is not None
        secrets, script = split_bootstrap_input(wire.stdin)
        decoded = parse_script(script)
        assert INPUT_LINE not in script.splitlines()  # the bootstrap set $KmswInput
    else:
        decoded = parse_command(wire.command_line)
        assert decoded is not None
        secrets = decode_input(wire.stdin) if wire.stdin is not None else {}
        assert decoded.reads_input is bool(secrets)
    assert decoded.name == path.stem
    assert decoded.params | secrets == WORST[path.stem]
    assert not SECRET_PARAMETERS & decoded.params.keys()
    assert not any(str(v) in wire.command_line for v in secrets.values())


def test_the_bootstrap_guards_first_and_powershell_2_can_parse_it() -> None:
    statements = [line for line in BOOTSTRAP.splitlines() if not line.startswith("#")]
    assert tuple(statements[: len(GUARD)]) == GUARD
    assert "$input" in BOOTSTRAP and "[ScriptBlock]::Create" in BOOTSTRAP
    tree = Parser(Language(tree_sitter_powershell.language())).parse(BOOTSTRAP.encode())
    assert _problems(tree.root_node) == [] and _too_new_for_ps2(tree.root_node) == []
    assert len(encode_command(BOOTSTRAP)) < 1200


# Syntax PowerShell 2.0 cannot even parse: one such token anywhere and 2.0 rejects the
# whole -EncodedCommand before the guard runs (about_Operators: -in/-notin and -shl/-shr
# are 3.0 additions; class/enum/using came with 5.0, && || ?? and ?: with 7).
_PS3_OPERATORS = {b"-in", b"-notin", b"-iin", b"-inotin", b"-cin", b"-cnotin", b"-shl", b"-shr"}
_PS3_OPERATORS |= {b"&&", b"||", b"??", b"??="}
_PS5_STATEMENTS = {"class_statement", "enum_statement", "ternary_expression"}


def _too_new_for_ps2(node: Node) -> list[str]:
    found = []
    if node.child_count == 0 and (node.text or b"").lower() in _PS3_OPERATORS:
        found.append(f"{node.text!r} at line {node.start_point[0] + 1}")
    if node.type in _PS5_STATEMENTS:
        found.append(f"{node.type} at line {node.start_point[0] + 1}")
    if node.type == "command_name" and (node.text or b"").lower() == b"using":
        found.append(f"using at line {node.start_point[0] + 1}")
    for child in node.children:
        found.extend(_too_new_for_ps2(child))
    return found


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_the_guard_comes_first_and_powershell_2_can_parse_the_whole_script(path: Path) -> None:
    params = {k: v for k, v in WORST[path.stem].items() if k not in SECRET_PARAMETERS}
    script = assemble_script(path.stem, script_body(path.stem), params)
    statements = [line for line in script.splitlines() if not line.startswith("#")]
    assert tuple(statements[: len(GUARD)]) == GUARD
    tree = Parser(Language(tree_sitter_powershell.language())).parse(script.encode("utf-8"))
    assert _problems(tree.root_node) == []
    assert _too_new_for_ps2(tree.root_node) == []


def _tokens(node: Node) -> list[tuple[str, bytes]]:
    if node.child_count == 0:
        text = (node.text or b"").strip()
        return [(node.type, text)] if text else []
    return [token for child in node.children for token in _tokens(child)]


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
def test_what_the_wire_sends_parses_to_the_same_tokens_as_the_script(path: Path) -> None:
    # The wire drops comment lines, indentation and spaces next to punctuation: the parse
    # must not change (same tokens, in the same order, with the same tree shape).
    body = script_body(path.stem)
    sent = assemble_script(path.stem, body, {})
    sent_body = "\n".join(line for line in sent.splitlines()[3:])  # after guard and args
    parser = Parser(Language(tree_sitter_powershell.language()))
    original = parser.parse(body.encode("utf-8")).root_node
    compact = parser.parse(sent_body.encode("utf-8")).root_node
    assert _problems(compact) == []
    drop_comments = [t for t in _tokens(original) if t[0] != "comment"]
    assert [t for t in _tokens(compact) if t[0] != "comment"] == drop_comments
    assert len(sent_body) < len(body)


def test_the_guard_itself_uses_nothing_powershell_2_lacks() -> None:
    for line in GUARD:
        assert "[ordered]" not in line and "ConvertTo-Json" not in line
        assert "$PSVersionTable" in line or "$ExecutionContext.SessionState.LanguageMode" in line
    tree = Parser(Language(tree_sitter_powershell.language())).parse("\n".join(GUARD).encode())
    assert _problems(tree.root_node) == [] and _too_new_for_ps2(tree.root_node) == []


def test_a_wmi_error_reports_its_wbem_code_not_the_dotnet_hresult() -> None:
    # W10: ManagementException.HResult is a generic 0x8013150x; ErrorCode is 0x80041003…
    fragment = resource("ps", "lib", "error-json.ps1").read_text(encoding="utf-8")
    assert "'System.Management.ManagementException') { $h = $e.ErrorCode }" in fragment
    assert "[Management.ManagementException]" not in fragment  # may not be loaded yet


def test_the_product_key_is_read_from_standard_input_without_a_cmdlet() -> None:
    text = script_body("install-key")
    reading = next(line for line in text.splitlines() if "FromBase64String($KmswInput)" in line)
    assert "FromBase64String($KmswInput)" in reading
    assert "ConvertFrom-Json" not in reading and "|" not in reading


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
        assert WINDOWS_APP_ID in script_body(name) or (name == "status")


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
    docs["firewall-state"] = d.ok("kms01", "firewall-state", port=1688)
    docs["set-kms-host"] = d.ok("pc001", "set-kms-host", host="kms01.lab.test", port=1688)
    docs["clear-kms-host"] = d.ok("pc001", "clear-kms-host")
    docs["set-kms-lookup-domain"] = d.ok("pc-fr", "set-kms-lookup-domain", domain="lab.test")
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
    docs["publishing-events"] = d.ok("kms01", "publishing-events")
    assert docs["publishing-events"]["events"], "the restarted host published: event 12294"
    from app.lab.domain_controller import add_domain_controller

    add_domain_controller(d.world)

    def on_dc(operation: str, params: dict) -> dict:
        # Driver.ok takes the parameters as keywords, and these scripts have a "name" one.
        sent = wire(operation, params)
        outcome = d.world.execute("dc01", sent.command_line, stdin=sent.stdin)
        document = json.loads(outcome.stdout.decode("utf-8"))
        assert document["ok"] is True, document
        return document

    srv = {"zone": "lab.test", "name": "_vlmcs._tcp"}
    docs["set-dns-server-srv"] = on_dc(
        "set-dns-server-srv",
        {
            **srv,
            "target": "kms01.lab.test",
            "priority": 0,
            "weight": 0,
            "port": 1688,
            "ttl": 3600,
            "mode": "add",
        },
    )
    docs["dns-server-srv"] = on_dc("dns-server-srv", srv)
    # Active Directory-based activation from the DC (Windows Server 2022, in the forest).
    host_key = d.keys["ws2022"]
    iid = on_dc("adba-get-iid", {"key": host_key})["iid"]
    docs["adba-get-iid"] = {"ok": True, "iid": iid}
    docs["adba-apply-cid"] = on_dc(
        "adba-apply-cid", {"key": host_key, "cid": lab_confirmation_id(iid), "name": "By phone"}
    )
    docs["adba-activate-online"] = on_dc(
        "adba-activate-online", {"key": host_key, "name": "Online"}
    )
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


# --- issue 13: what real Windows answers (B1, B2, G3, G4) -------------------------------


def test_the_scripts_map_the_uint32_sentinel_on_the_fields_the_lab_models() -> None:
    """One list (app.lab.spp.wmi) says which fields carry WMI's -1: the scripts apply U."""
    from app.lab.spp.wmi import PRODUCT_UINT32, REQUEST_COUNTERS, SERVICE_UINT32

    status = script_body("status")
    product = script_body("activate")  # J, from lib/product-json.ps1
    assert "function U($v) { if ($v -ne [uint32]::MaxValue) { $v } }" in status
    for field, prop in SERVICE_UINT32.items():
        wanted = prop.replace("KeyManagementService", "${n}")
        assert re.search(rf"{field} = U \$s\.\"?{re.escape(wanted)}", status), field
    for field, prop in PRODUCT_UINT32.items():
        wanted = prop.replace("KeyManagementService", "${n}")
        assert re.search(rf"{field} = U \$p\.\"?{re.escape(wanted)}", product), field
    assert '= U $s."$n$($k)Requests"' in status
    words = re.search(r"'(Total [A-Za-z ]+)' -split", status).group(1)  # type: ignore[union-attr]
    assert words.split() == list(REQUEST_COUNTERS.values())


def test_an_absent_publish_list_never_becomes_a_null_domain() -> None:
    """@($null) is a one-element array: both scripts drop nulls (B2)."""
    assert "dns_domains = @($dl | ? { $_ })" in script_body("status")
    assert "DnsDomainPublishList | ? { $_ })" in script_body("set-dns-publishing")


def test_the_windows_product_lookup_skips_add_on_licences() -> None:
    """slmgr.vbs CheckProductForCommand: no Activation ID → Windows AND LicenseIsAddon = False."""
    lookup = script_body("get-iid")
    assert "PartialProductKey IS NOT NULL AND LicenseIsAddon=FALSE" in lookup
    assert "is_addon = [bool]$p.LicenseIsAddon" in script_body("status")


def test_status_reads_the_products_with_one_projected_query() -> None:
    """G4: one SoftwareLicensingProduct query selecting every property J reads."""
    status = script_body("status")
    queries = re.findall(r"FROM SoftwareLicensingProduct", status)
    assert len(queries) == 1
    selected = re.search(r'"SELECT ([^ ]+) FROM SoftwareLicensingProduct', status).group(1)  # type: ignore[union-attr]
    columns = {c.replace("${n}", "KeyManagementService") for c in selected.split(",")}
    j = status[status.index("function J") : status.index("function F")]
    read = (
        set(re.findall(r"\$p\.([A-Za-z_]+)", j))
        | {"KeyManagementService" + m for m in re.findall(r'\$p\."\$\{n\}([A-Za-z]+)"', j)}
        | {
            "Discovered" + "KeyManagementService" + m
            for m in re.findall(r'\$p\."Discovered\$\{n\}([A-Za-z]+)"', j)
        }
    )
    assert read - {"__CLASS"} <= columns
    # The events: bounded, no events is not an error, insertion strings only.
    assert "Id = 12288, 12289 } -MaxEvents 4 -EA 0" in status
    assert "$_.Properties" in status and ".Message" not in status.split("function F")[0]


def test_inspect_probes_every_volume_license_pack_in_one_query() -> None:
    inspect = script_body("inspect")
    assert inspect.count("gwmi -Query") == 3 and '-Filter "ID=' not in inspect
    assert "-join ' OR '" in inspect
