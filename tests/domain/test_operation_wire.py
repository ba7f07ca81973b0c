"""Parameters travel as data: no user value can become PowerShell code, no secret a command line."""

from __future__ import annotations

import base64

import pytest

from app.domain.operation_wire import (
    GUARD,
    INPUT_LINE,
    MAX_COMMAND_CHARS,
    SECRET_PARAMETERS,
    WireError,
    assemble_script,
    build_command,
    build_operation,
    decode_input,
    decode_script,
    guard_document,
    is_powershell,
    parse_command,
    powershell_path,
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
KEY = "BCDFG-HJKMP-QRTVW-XY234-6789B"


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_arrive_unchanged_and_only_inside_the_base64_literal(value):
    command = build_command("install-key", BODY, {"host": value, "domain": value})
    decoded = parse_command(command)
    assert decoded.name == "install-key"
    assert decoded.params == {"host": value, "domain": value}
    script_lines = decoded.script.splitlines()
    # The guard, then the only line carrying parameters: the quoted base64 literal.
    assert script_lines[1 : 1 + len(GUARD)] == list(GUARD)
    args = script_lines[1 + len(GUARD)]
    assert args.startswith("$KmswArgs = '")
    literal = args[len("$KmswArgs = '") : -1]
    assert set(literal) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
    assert value not in decoded.script


@pytest.mark.parametrize("value", [KEY, *HOSTILE])
def test_a_secret_travels_as_standard_input_never_in_the_command(value):
    sent = build_operation("install-key", BODY, {"key": value, "ospp": True})
    assert "key" in SECRET_PARAMETERS
    encoded_key = base64.b64encode(value.encode("utf-8")).decode()
    assert value not in sent.command_line and encoded_key not in sent.command_line
    decoded = parse_command(sent.command_line)
    assert decoded.params == {"ospp": True}  # what stays in the text
    assert value not in decoded.script and decoded.reads_input
    assert INPUT_LINE in decoded.script.splitlines()
    assert sent.stdin is not None and sent.stdin.endswith(b"\r\n") and sent.stdin.isascii()
    assert decode_input(sent.stdin) == {"key": value}
    assert value not in repr(sent)


def test_without_secrets_nothing_is_read_from_standard_input():
    sent = build_operation("install-key", BODY, {"ospp": False})
    assert sent.stdin is None
    assert not parse_command(sent.command_line).reads_input


def test_a_secret_cannot_be_forced_into_the_script_text():
    with pytest.raises(WireError):
        build_command("install-key", BODY, {"key": KEY})
    with pytest.raises(WireError):
        assemble_script("install-key", BODY, {"key": KEY})


def test_command_line_is_what_powershell_expects():
    command = build_command("install-key", BODY, {})
    assert command.startswith(
        "%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe "
        "-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand "
    )
    encoded = command.rsplit(" ", 1)[1]
    script = base64.b64decode(encoded).decode("utf-16-le")
    assert script.startswith("# kmsw-op: install-key\n" + GUARD[0] + "\n")


@pytest.mark.parametrize(
    ("python_64bit", "windows_64bit", "expected"),
    [
        (True, True, "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
        (False, True, "C:\\Windows\\Sysnative\\WindowsPowerShell\\v1.0\\powershell.exe"),
        (False, False, "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"),
    ],
)
def test_powershell_is_named_by_full_path_sysnative_from_a_32_bit_python(
    python_64bit, windows_64bit, expected
):
    found = powershell_path("C:\\Windows\\", python_64bit=python_64bit, windows_64bit=windows_64bit)
    assert found == expected


def test_powershell_is_recognised_bare_or_by_path():
    assert is_powershell("powershell") and is_powershell("PowerShell.exe")
    assert is_powershell("%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe")
    assert is_powershell('"C:\\Windows\\Sysnative\\WindowsPowerShell\\v1.0\\powershell.exe"')
    assert not is_powershell("C:\\Temp\\powershell.exe.bat") and not is_powershell("pwsh")


def test_the_guard_prints_one_json_document_without_powershell_3():
    line = GUARD[0]
    for needed in ("$PSVersionTable.PSVersion", "$ExecutionContext.SessionState.LanguageMode"):
        assert needed in line
    for missing_in_2 in ("[ordered]", "ConvertTo-Json", "[pscustomobject]", "-in "):
        assert missing_in_2 not in line
    assert guard_document("2.0", "FullLanguage") == (
        '{"ok":false,"kind":"guard","ps_version":"2.0","language_mode":"FullLanguage"}'
    )


def test_indentation_and_comment_lines_are_not_sent():
    body = "# kmsw-op: activate\n# why\ntry {\n    $x = 1 # kept\n\n} catch { }\n"
    script = assemble_script("activate", body, {})
    assert script.endswith("\ntry {\n$x=1 # kept\n} catch {}\n")
    quoted = "# kmsw-op: activate\n$a = 'x = y , z' ; f \"q = `\" ( r )\" 'it''s = 1' # c = d\n"
    assert assemble_script("activate", quoted, {}).endswith(
        "\n$a='x = y , z';f \"q = `\" ( r )\" 'it''s = 1' # c = d\n"
    )
    here = "# kmsw-op: activate\n$t = @'\n  # kept\n'@\n"
    assert assemble_script("activate", here, {}).endswith("\n$t = @'\n  # kept\n'@\n")


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
    with pytest.raises(WireError):
        decode_input(b"not base64!\r\n")


def test_includes_are_expanded_without_their_comments():
    from app.domain.operation_wire import expand_includes

    fragments = {"error-json": "# kmsw-fragment: error-json\n# why\nfunction F($e) { $e }\n"}
    body = "# kmsw-op: activate\n# kmsw-uses: error-json\ntry { 1 } catch { $o = F $_ }\n"
    expanded = expand_includes(body, fragments.__getitem__)
    assert expanded == "# kmsw-op: activate\nfunction F($e) { $e }\ntry { 1 } catch { $o = F $_ }\n"
    with pytest.raises(WireError):
        expand_includes("# kmsw-uses: ../../evil\n", fragments.__getitem__)
