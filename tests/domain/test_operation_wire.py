"""Parameters travel as data: no user value can become PowerShell code."""

from __future__ import annotations

import base64

import pytest

from app.domain.operation_wire import (
    MAX_COMMAND_CHARS,
    WireError,
    build_command,
    decode_script,
    parse_command,
)

BODY = "# kmsw-op: install-key\n$a = 1\n"
HOSTILE = [
    "kms01'; Remove-Item C:\\ -Recurse; '",
    'kms01"; calc.exe; "',
    "$(Stop-Computer)",
    "`$env:USERNAME`",
    "line1\nline2\r\n'@\n",
    "kms01 & del /q *",
    "\u202e\u0000tricky",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_arrive_unchanged_and_only_inside_the_base64_literal(value):
    command = build_command("install-key", BODY, {"host": value, "key": value})
    decoded = parse_command(command)
    assert decoded.name == "install-key"
    assert decoded.params == {"host": value, "key": value}
    script_lines = decoded.script.splitlines()
    # The only line carrying parameters is the quoted base64 literal.
    assert script_lines[1].startswith("$KmswArgs = '")
    literal = script_lines[1][len("$KmswArgs = '") : -1]
    assert set(literal) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
    assert value not in decoded.script


def test_command_line_is_what_powershell_expects():
    command = build_command("install-key", BODY, {})
    assert command.startswith("powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass")
    encoded = command.rsplit(" ", 1)[1]
    assert base64.b64decode(encoded).decode("utf-16-le").startswith("# kmsw-op: install-key\n")


def test_scripts_must_carry_their_marker():
    with pytest.raises(WireError):
        build_command("install-key", "# kmsw-op: activate\n", {})
    with pytest.raises(WireError):
        build_command("Bad Name", "# kmsw-op: Bad Name\n", {})


def test_oversized_commands_are_refused_before_sending():
    with pytest.raises(WireError):
        build_command("install-key", BODY, {"blob": "x" * MAX_COMMAND_CHARS})


def test_non_powershell_commands_are_not_operations():
    assert parse_command("ipconfig /all") is None
    assert decode_script("cmd /c dir") is None


def test_garbled_encoded_command_is_a_wire_error():
    with pytest.raises(WireError):
        parse_command("powershell -EncodedCommand QQ=")  # odd byte count for UTF-16


def test_includes_are_expanded_without_their_comments():
    from app.domain.operation_wire import expand_includes

    fragments = {"error-json": "# kmsw-fragment: error-json\n# why\nfunction F($e) { $e }\n"}
    body = "# kmsw-op: activate\n# kmsw-uses: error-json\ntry { 1 } catch { $o = F $_ }\n"
    expanded = expand_includes(body, fragments.__getitem__)
    assert expanded == "# kmsw-op: activate\nfunction F($e) { $e }\ntry { 1 } catch { $o = F $_ }\n"
    with pytest.raises(WireError):
        expand_includes("# kmsw-uses: ../../evil\n", fragments.__getitem__)
