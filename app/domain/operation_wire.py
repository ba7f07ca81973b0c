"""How a named operation and its parameters travel to a Windows machine.

The contract (DESIGN §2.1): every operation is a short PowerShell script,
``resources/ps/<name>.ps1``, whose first line is ``# kmsw-op: <name>``.
Parameters never become code: they are serialised to JSON, base64-encoded and
placed in a single-quoted string literal on one line of the script::

    $KmswArgs = '<base64 of UTF-8 JSON>'

Base64 holds only ``A-Z a-z 0-9 + / =``, so no value typed by a user (quotes,
``;``, ``$( )``, backticks, newlines) can leave the literal. The script decodes
it with ``[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(...))`` and
``ConvertFrom-Json``.

Secrets (:data:`SECRET_PARAMETERS`, a product key) never appear in the command
text: process-creation auditing (event 4688, Sysmon 1, EDR) records the command
line and script-block logging (4104) the decoded script. They travel as the
command's standard input instead: one line, the base64 of a UTF-8 JSON object,
then end of input (WinRS ``Send`` with ``End="true"``, or a pipe locally). Only
then does the wire add ``$KmswInput = @($input)[0]`` to the script, which
waits for that line; commands without secrets read no input and cost no extra
round trip. (Ansible's WinRM connection feeds its payload to ``powershell.exe
-EncodedCommand`` the same way and reads it with ``$input``.)

Before anything else every script runs :data:`GUARD`, statements Windows
PowerShell 2.0 can parse and run (no ``[ordered]``, no ``ConvertTo-Json``): on
PowerShell older than 3.0, or in Constrained Language Mode (WDAC/AppLocker), it
prints a typed failure document (``"kind": "guard"`` with the version and the
language mode, see resources/ps/README.md) and exits, instead of failing
half-way with nothing readable on stdout.

A script too long for the command line goes to standard input too, behind
the fixed :data:`BOOTSTRAP` (the guard, then ``$input`` read and run as a script
block, as Ansible's bootstrap wrapper does).

The whole script is sent as ``<full path of powershell.exe> -NoProfile
-NonInteractive -ExecutionPolicy Bypass -EncodedCommand <base64 of UTF-16LE
script>``. The command line must stay under cmd.exe's limit, so
:func:`build_operation` refuses scripts that would exceed :data:`MAX_COMMAND_CHARS`.

The simulated lab uses :func:`parse_command` to recognise the operation and
read its parameters exactly as a real ``powershell.exe`` would receive them,
and :func:`decode_input` for what arrives on standard input.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

OPERATION_MARKER = "# kmsw-op: "
# "# kmsw-uses: product-json error-json" pulls in resources/ps/lib/<name>.ps1: helpers
# several operations share live once (see expand_includes).
INCLUDE_MARKER = "# kmsw-uses: "
ARGS_VARIABLE = "$KmswArgs"
# Parameters that never travel in the command text (see the module docstring).
SECRET_PARAMETERS = frozenset({"key"})
# Reads the one line of standard input (all of it: it waits for the end of input).
INPUT_LINE = "$KmswInput = @($input)[0]"
# Over WinRM the shell is a 64-bit cmd.exe that expands %SystemRoot% (a WinRS command
# runs through "cmd.exe /c" unless WINRS_SKIP_CMD_SHELL is set); naming the file stops
# PATH and current-directory planting. The local runner uses powershell_path().
POWERSHELL = r"%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe"
POWERSHELL_SWITCHES = ("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass")
# cmd.exe caps a command line at 8,191 characters; keep a margin for the switches.
MAX_COMMAND_CHARS = 8000

# The guard's typed refusal (resources/ps/README.md, "Refusals"): one line, one
# document for both cases, because every character costs 2.7 in the command line.
# The spliced values are digits and dots, and one of PowerShell's LanguageMode names.
GUARD_KIND = "guard"
FULL_LANGUAGE = "FullLanguage"
_GUARD_HEAD = f'{{"ok":false,"kind":"{GUARD_KIND}","ps_version":"'
_GUARD_MIDDLE = '","language_mode":"'
_GUARD_TAIL = '"}'
# $PSVersionTable exists since 2.0 (on 1.0 it is $null: Major -lt 3 holds too);
# LanguageMode is how about_Language_Modes tells the mode (ConstrainedLanguage under
# WDAC/AppLocker). Nothing here needs more than PowerShell 2.0.
_GUARD_LINE = (
    "$kv=$PSVersionTable.PSVersion;$km=$ExecutionContext.SessionState.LanguageMode;"
    f"if($kv.Major -lt 3 -or $km -ne '{FULL_LANGUAGE}')"
    f"{{'{_GUARD_HEAD}'+$kv+'{_GUARD_MIDDLE}'+$km+'{_GUARD_TAIL}';exit}}"
)
GUARD = (_GUARD_LINE,)

# A script too long for cmd.exe's 8,191-character line (each script character costs
# 2.7 there) travels on standard input, after the secrets line; the command line is
# then this fixed bootstrap: the guard, then read all input, keep its first line as
# $KmswInput and run the rest as a script block. Ansible runs every Windows module
# this way (lib/ansible/executor/powershell/bootstrap_wrapper.ps1: a PowerShell 3.0
# check, "$input | Out-String", "& ([ScriptBlock]::Create(...))"). Script-block logging
# records the script, which carries no secret; the secrets line is data.
BOOTSTRAP_MARKER = "# kmsw-bootstrap"
BOOTSTRAP = "\n".join(
    [
        BOOTSTRAP_MARKER,
        *GUARD,
        "$kp=@($input);$KmswInput=$kp[0]",
        "&([ScriptBlock]::Create(($kp[1..($kp.Count-1)] -join [char]10)))",
    ]
) + "\n"

_OP_NAME = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
_ARGS_LINE = re.compile(r"^\$KmswArgs = '([A-Za-z0-9+/=]*)'\r?$", re.MULTILINE)
_ENCODED = re.compile(r"(?i)-(?:EncodedCommand|enc|e|ec)\s+([A-Za-z0-9+/=]+)\s*$")
_POWERSHELL_FILE = "windowspowershell\\v1.0\\powershell.exe"


class WireError(ValueError):
    """A script or command that does not follow the contract."""


@dataclass(frozen=True)
class DecodedOperation:
    """What a machine received: the operation, its parameters and the script."""

    name: str
    params: dict[str, Any]
    script: str

    @property
    def reads_input(self) -> bool:
        """True when the script waits for its secrets on standard input."""
        return any(line.strip() == INPUT_LINE for line in self.script.splitlines())


@dataclass(frozen=True)
class WireCommand:
    """A command line and what to write to its standard input (None: nothing).

    ``stdin`` holds secrets: it is never shown in ``repr`` and never logged.
    """

    command_line: str
    stdin: bytes | None = field(default=None, repr=False)


def powershell_path(
    system_root: str = "%SystemRoot%", *, python_64bit: bool = True, windows_64bit: bool = True
) -> str:
    """Where Windows PowerShell lives, as this process must name it.

    A 32-bit process on 64-bit Windows sees SysWOW64 (the 32-bit PowerShell, with
    a redirected registry view) under "System32"; "Sysnative" names the real one.
    """
    folder = "Sysnative" if windows_64bit and not python_64bit else "System32"
    return f"{system_root.rstrip(chr(92))}\\{folder}\\WindowsPowerShell\\v1.0\\powershell.exe"


def is_powershell(word: str) -> bool:
    """Whether a command's first word names Windows PowerShell (bare or by full path)."""
    lowered = word.strip('"').lower()
    return lowered in ("powershell", "powershell.exe") or lowered.endswith("\\" + _POWERSHELL_FILE)


def guard_document(ps_version: str, language_mode: str) -> str:
    """What :data:`GUARD` prints on PowerShell ``ps_version`` in ``language_mode``."""
    return _GUARD_HEAD + ps_version + _GUARD_MIDDLE + language_mode + _GUARD_TAIL


def expand_includes(body: str, read_fragment: Callable[[str], str]) -> str:
    """Replace each ``# kmsw-uses: a b`` line by the fragments it names.

    Fragment comment lines are dropped on the way: the command line has a size
    limit, and the comments are for people reading ``resources/ps/lib``.

    Raises:
        WireError: a fragment name that is not a plain lower-case name.
    """
    out: list[str] = []
    for line in body.splitlines():
        if not line.startswith(INCLUDE_MARKER):
            out.append(line)
            continue
        for name in line[len(INCLUDE_MARKER) :].split():
            if not _OP_NAME.match(name):
                raise WireError(f"bad fragment name {name!r}")
            fragment = read_fragment(name)
            out.extend(f for f in fragment.splitlines() if not f.lstrip().startswith("#"))
    return "\n".join(out) + "\n"


def _encoded_json(params: Mapping[str, Any]) -> str:
    payload = json.dumps(dict(params), ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(payload.encode("utf-8")).decode("ascii")


def args_line(params: Mapping[str, Any] | None) -> str:
    """The PowerShell line that carries ``params`` as inert data."""
    return f"{ARGS_VARIABLE} = '{_encoded_json(params or {})}'"


def split_secrets(params: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """``params`` → (what may travel in the command text, the secrets)."""
    public: dict[str, Any] = {}
    secrets: dict[str, Any] = {}
    for name, value in (params or {}).items():
        (secrets if name in SECRET_PARAMETERS else public)[name] = value
    return public, secrets


def input_line(secrets: Mapping[str, Any]) -> bytes:
    """The standard input that carries ``secrets``: one ASCII line, then end of input.

    Base64 keeps it independent of the console's input code page.
    """
    return (_encoded_json(secrets) + "\r\n").encode("ascii")


def decode_input(data: bytes) -> dict[str, Any]:
    """The secrets in what a script read from standard input (the lab's side).

    Raises:
        WireError: not one base64 line of a JSON object.
    """
    lines = data.decode("ascii", errors="replace").splitlines()
    try:
        secrets = json.loads(base64.b64decode(lines[0].strip(), validate=True).decode("utf-8"))
    except (IndexError, ValueError, RecursionError) as exc:
        # binascii.Error, UnicodeDecodeError and JSONDecodeError are ValueErrors; so is
        # json's refusal of a number of more than 4,300 digits.
        raise WireError("the input is not base64 JSON") from exc
    if not isinstance(secrets, dict):
        raise WireError("the input must be a JSON object")
    return secrets


def assemble_script(
    name: str, body: str, params: Mapping[str, Any] | None, *, reads_input: bool = False
) -> str:
    """The guard, the parameters line (and the input line) right after the marker line.

    ``params`` must hold no secret: pass those through :func:`build_operation`.
    """
    if not _OP_NAME.match(name):
        raise WireError(f"bad operation name {name!r}")
    lines = body.splitlines()
    if not lines or lines[0].strip() != OPERATION_MARKER + name:
        raise WireError(f"script for {name!r} must start with '{OPERATION_MARKER}{name}'")
    leaked = SECRET_PARAMETERS.intersection(params or {})
    if leaked:
        raise WireError(f"secret parameters never go in the script: {sorted(leaked)}")
    head = [lines[0], *GUARD, args_line(params)]
    if reads_input:
        head.append(INPUT_LINE)
    return "\n".join([*head, *_compact(lines[1:])]) + "\n"


def _compact(lines: list[str]) -> list[str]:
    """The script without indentation, comment lines and blank lines.

    Every character costs 2.7 in the command line (base64 of UTF-16), and none of
    these mean anything to PowerShell. A script with a here-string or a block
    comment, whose lines do matter, is left as it is.
    """
    if any(marker in line for line in lines for marker in ("@'", '@"', "<#")):
        return lines
    kept = (line.strip() for line in lines)
    return [_tighten(line) for line in kept if line and not line.startswith("#")]


# Spaces right after one of these, or right before one of those, mean nothing to
# PowerShell's parser ("$x = @{ a = 1 }; f" and "$x=@{a=1};f" are the same tokens).
_OPENERS = frozenset(";{(,|=")
_CLOSERS = frozenset(";})|,=")


def _tighten(line: str) -> str:
    """``line`` without the spaces next to punctuation, strings and comments untouched.

    Quoted strings ('…' with '' inside, "…" with `" inside) are copied as they are;
    a ``#`` outside them starts a comment that is copied too.
    tests/lab/test_ps_scripts.py checks every script keeps the same parse tree.
    """
    out: list[str] = []
    index, size = 0, len(line)
    while index < size:
        char = line[index]
        if char in "'\"":
            end = _string_end(line, index)
            out.append(line[index:end])
            index = end
        elif char == "#":
            out.append(line[index:])
            break
        elif char == " ":
            end = index
            while end < size and line[end] == " ":
                end += 1
            before = out[-1][-1] if out and out[-1] else ""
            after = line[end] if end < size else ""
            if not (before in _OPENERS or after in _CLOSERS) or not before or not after:
                out.append(" ")
            index = end
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _string_end(line: str, start: int) -> int:
    """The index after the string literal opening at ``start`` (end of line if unclosed)."""
    quote, index = line[start], start + 1
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "`":
            index += 2
            continue
        if char == quote:
            if index + 1 < len(line) and line[index + 1] == quote:
                index += 2  # '' or "" inside the string
                continue
            return index + 1
        index += 1
    return len(line)


def encode_command(script: str) -> str:
    """The full ``powershell.exe … -EncodedCommand`` command line for ``script``."""
    encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
    command = " ".join([POWERSHELL, *POWERSHELL_SWITCHES, "-EncodedCommand", encoded])
    if len(command) > MAX_COMMAND_CHARS:
        raise WireError(
            f"command line of {len(command)} characters exceeds {MAX_COMMAND_CHARS}; "
            "shorten the script or its parameters"
        )
    return command


def build_operation(name: str, body: str, params: Mapping[str, Any] | None = None) -> WireCommand:
    """Script body + parameters → the command line, and the secrets as its input.

    A script too long for cmd.exe's line travels on standard input instead, behind
    :data:`BOOTSTRAP` (see :func:`bootstrap_input`).
    """
    public, secrets = split_secrets(params)
    script = assemble_script(name, body, public, reads_input=bool(secrets))
    if _command_length(script) <= MAX_COMMAND_CHARS:
        return WireCommand(encode_command(script), input_line(secrets) if secrets else None)
    inner = assemble_script(name, body, public)  # $KmswInput comes from the bootstrap
    return WireCommand(encode_command(BOOTSTRAP), bootstrap_input(inner, secrets))


def _command_length(script: str) -> int:
    encoded = 4 * -(-len(script.encode("utf-16-le")) // 3)
    return len(" ".join([POWERSHELL, *POWERSHELL_SWITCHES, "-EncodedCommand"])) + 1 + encoded


def bootstrap_input(script: str, secrets: Mapping[str, Any]) -> bytes:
    """What :data:`BOOTSTRAP` reads: the secrets line (``{}`` when none), then the script.

    Both are ASCII (base64, and the scripts in resources/ps are ASCII: a test checks),
    so the console's input code page cannot change a byte.

    Raises:
        WireError: a script with a character outside ASCII.
    """
    try:
        text = script.encode("ascii")
    except UnicodeEncodeError as exc:
        raise WireError("a script sent on standard input must be ASCII") from exc
    return input_line(secrets) + text


def is_bootstrap(script: str) -> bool:
    """Whether a decoded command is :data:`BOOTSTRAP` (the operation comes on stdin)."""
    return script.split("\n", 1)[0].strip() == BOOTSTRAP_MARKER


def split_bootstrap_input(data: bytes) -> tuple[dict[str, Any], str]:
    """The lab's side of :func:`bootstrap_input`: (secrets, script).

    Raises:
        WireError: not a secrets line followed by an ASCII script.
    """
    head, _, rest = data.partition(b"\n")
    try:
        script = rest.decode("ascii").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise WireError("the script on standard input is not ASCII") from exc
    return decode_input(head), script


def build_command(name: str, body: str, params: Mapping[str, Any] | None = None) -> str:
    """The command line of an operation without secrets (raises WireError with one)."""
    return encode_command(assemble_script(name, body, params))


def decode_script(command_line: str) -> str | None:
    """The script inside a ``powershell … -EncodedCommand X`` line, else None."""
    stripped = command_line.strip()
    head = stripped.split(None, 1)[0] if stripped else ""
    if not is_powershell(head):
        return None
    found = _ENCODED.search(stripped)
    if not found:
        return None
    try:
        return base64.b64decode(found.group(1), validate=True).decode("utf-16-le")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise WireError("the encoded command is not valid base64 UTF-16") from exc


def parse_script(script: str) -> DecodedOperation:
    """Recognise a contract script: its operation name and decoded parameters."""
    first = script.split("\n", 1)[0].strip()
    if not first.startswith(OPERATION_MARKER):
        raise WireError("not a KMS Host Wizard operation script")
    name = first[len(OPERATION_MARKER) :].strip()
    if not _OP_NAME.match(name):
        raise WireError(f"bad operation name {name!r}")
    found = _ARGS_LINE.search(script)
    if not found:
        raise WireError("the parameters line is missing")
    try:
        params = json.loads(base64.b64decode(found.group(1), validate=True).decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # as in decode_input
        raise WireError("the parameters are not valid base64 JSON") from exc
    if not isinstance(params, dict):
        raise WireError("the parameters must be a JSON object")
    return DecodedOperation(name, params, script)


def operation_name(command_line: str, stdin: bytes | None = None) -> str | None:
    """The operation a command runs, its script on the line or behind the bootstrap.

    None: not one of ours, unreadable, or a bootstrap whose input has not arrived.
    """
    try:
        script = decode_script(command_line)
        if script is not None and is_bootstrap(script):
            script = split_bootstrap_input(stdin)[1] if stdin is not None else None
        return parse_script(script).name if script is not None else None
    except WireError:
        return None


def parse_command(command_line: str) -> DecodedOperation | None:
    """Decode a command line; None when it is not a PowerShell encoded command."""
    script = decode_script(command_line)
    if script is None:
        return None
    return parse_script(script)
