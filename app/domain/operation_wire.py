"""How a named operation and its parameters travel to a Windows machine.

The contract (DESIGN §2.1): every operation is a short PowerShell script,
``resources/ps/<name>.ps1``, whose first line is ``# kmsw-op: <name>``.
Parameters never become code: they are serialised to JSON, base64-encoded and
placed in a single-quoted string literal on the script's first executable line::

    $KmswArgs = '<base64 of UTF-8 JSON>'

Base64 holds only ``A-Z a-z 0-9 + / =``, so no value typed by a user (quotes,
``;``, ``$( )``, backticks, newlines) can leave the literal. The script decodes
it with ``[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(...))`` and
``ConvertFrom-Json``.

The whole script is sent as ``powershell.exe -NoProfile -NonInteractive
-ExecutionPolicy Bypass -EncodedCommand <base64 of UTF-16LE script>``. The
command line must stay under cmd.exe's limit, so :func:`build_command` refuses
scripts that would exceed :data:`MAX_COMMAND_CHARS`.

The simulated lab uses :func:`parse_command` to recognise the operation and
read its parameters exactly as a real ``powershell.exe`` would receive them.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

OPERATION_MARKER = "# kmsw-op: "
# "# kmsw-uses: product-json error-json" pulls in resources/ps/lib/<name>.ps1: helpers
# several operations share live once (see expand_includes).
INCLUDE_MARKER = "# kmsw-uses: "
ARGS_VARIABLE = "$KmswArgs"
POWERSHELL = "powershell.exe"
POWERSHELL_SWITCHES = ("-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass")
# cmd.exe caps a command line at 8,191 characters; keep a margin for the switches.
MAX_COMMAND_CHARS = 8000

_OP_NAME = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
_ARGS_LINE = re.compile(r"^\$KmswArgs = '([A-Za-z0-9+/=]*)'\r?$", re.MULTILINE)
_ENCODED = re.compile(r"(?i)-(?:EncodedCommand|enc|e|ec)\s+([A-Za-z0-9+/=]+)\s*$")


class WireError(ValueError):
    """A script or command that does not follow the contract."""


@dataclass(frozen=True)
class DecodedOperation:
    """What a machine received: the operation, its parameters and the script."""

    name: str
    params: dict[str, Any]
    script: str


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


def args_line(params: Mapping[str, Any] | None) -> str:
    """The PowerShell line that carries ``params`` as inert data."""
    payload = json.dumps(dict(params or {}), ensure_ascii=False, separators=(",", ":"))
    encoded = base64.b64encode(payload.encode("utf-8")).decode("ascii")
    return f"{ARGS_VARIABLE} = '{encoded}'"


def assemble_script(name: str, body: str, params: Mapping[str, Any] | None) -> str:
    """Put the parameters line right after the script's marker line."""
    if not _OP_NAME.match(name):
        raise WireError(f"bad operation name {name!r}")
    lines = body.splitlines()
    if not lines or lines[0].strip() != OPERATION_MARKER + name:
        raise WireError(f"script for {name!r} must start with '{OPERATION_MARKER}{name}'")
    return "\n".join([lines[0], args_line(params), *lines[1:]]) + "\n"


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


def build_command(name: str, body: str, params: Mapping[str, Any] | None = None) -> str:
    """Script body + parameters → the command line a Windows shell runs."""
    return encode_command(assemble_script(name, body, params))


def decode_script(command_line: str) -> str | None:
    """The script inside a ``powershell … -EncodedCommand X`` line, else None."""
    stripped = command_line.strip()
    head = stripped.split(None, 1)[0].lower() if stripped else ""
    if head not in ("powershell", "powershell.exe"):
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
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WireError("the parameters are not valid base64 JSON") from exc
    if not isinstance(params, dict):
        raise WireError("the parameters must be a JSON object")
    return DecodedOperation(name, params, script)


def parse_command(command_line: str) -> DecodedOperation | None:
    """Decode a command line; None when it is not a PowerShell encoded command."""
    script = decode_script(command_line)
    if script is None:
        return None
    return parse_script(script)
