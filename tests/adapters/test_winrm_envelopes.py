"""LeanProtocol sends exactly the envelopes pywinrm's own Protocol would send.

The lean templates exist only to save CPU; a real WinRM service must not be
able to tell the difference. Both protocols' ``send_message`` are captured
(no network) and the envelopes compared as parsed XML, message ids aside.
"""

from __future__ import annotations

import re
import uuid

import pytest
import xmltodict
from winrm.protocol import Protocol

from app.adapters.winrm_envelopes import LeanProtocol

SHELL_ANSWER = (
    b'<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
    b'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"><s:Body>'
    b'<w:Selector Name="ShellId">S-1</w:Selector>'
    b'<rsp:CommandId xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell">C-1'
    b"</rsp:CommandId></s:Body></s:Envelope>"
)


def capture(protocol_class, call):
    protocol = protocol_class(
        "http://h:5985/wsman",
        transport="basic",
        username="u",
        password="p",
        operation_timeout_sec=7,
        read_timeout_sec=9,
    )
    sent = []

    def send_message(message):
        sent.append(message)
        found = re.search(r"<a:MessageID>uuid:([0-9a-f-]+)</a:MessageID>", message)
        relates = f"<a:RelatesTo>uuid:{found.group(1)}</a:RelatesTo>".encode()
        return SHELL_ANSWER.replace(
            b"<s:Body>",
            b'<s:Header xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing">'
            + relates
            + b"</s:Header><s:Body>",
        )

    protocol.send_message = send_message
    call(protocol)
    return [xmltodict.parse(re.sub(r"uuid:[0-9a-f-]+", "uuid:X", message)) for message in sent]


CALLS = {
    "open_shell": lambda p: p.open_shell(codepage=65001, noprofile=True),
    "open_shell_env": lambda p: p.open_shell(
        env_vars={"A": "x<&>'\"", "B": "é"}, working_directory="C:\\T", idle_timeout=60
    ),
    "run_command": lambda p: p.run_command("S-1", "powershell.exe -EncodedCommand QQA="),
    "run_command_args": lambda p: p.run_command("S-1", "ipconfig", ["/all", b"/x"]),
    "run_command_escaped": lambda p: p.run_command("S-1", "echo <a & b>"),
    "run_command_piped_stdin": lambda p: p.run_command(
        "S-1", "powershell.exe -EncodedCommand QQA=", console_mode_stdin=False
    ),
    "send_stdin_end": lambda p: (
        p.send_input("S-1", "C-1", b"eyJrZXkiOiJ4In0=\r\n", end=True)
        if isinstance(p, LeanProtocol)
        else p.send_command_input("S-1", "C-1", b"eyJrZXkiOiJ4In0=\r\n", end=True)
    ),
    "receive": lambda p: p.get_command_output_raw("S-1", "C-1"),
    "signal": lambda p: p.cleanup_command("S-1", "C-1"),
    "delete": lambda p: p.close_shell("S-1", close_session=False),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
def test_same_envelope_as_pywinrm(call):
    assert capture(LeanProtocol, call) == capture(Protocol, call)


def test_receive_reads_streams_and_state_like_pywinrm():
    answer = (
        b'<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
        b'xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"><s:Body>'
        b"<rsp:ReceiveResponse>"
        b'<rsp:Stream Name="stdout" CommandId="C">aGVs</rsp:Stream>'
        b'<rsp:Stream Name="stdout" CommandId="C">bG8=</rsp:Stream>'
        b'<rsp:Stream Name="stderr" CommandId="C">b29wcw==</rsp:Stream>'
        b'<rsp:Stream Name="stdout" CommandId="C" End="true"></rsp:Stream>'
        b'<rsp:CommandState CommandId="C" State="http://schemas.microsoft.com/wbem/wsman/1/'
        b'windows/shell/CommandState/Done"><rsp:ExitCode>3</rsp:ExitCode></rsp:CommandState>'
        b"</rsp:ReceiveResponse></s:Body></s:Envelope>"
    )
    results = []
    for cls in (LeanProtocol, Protocol):
        protocol = cls("http://h:5985/wsman", transport="basic", username="u", password="p")
        protocol.send_message = lambda _m: answer
        results.append(protocol.get_command_output_raw("S", "C"))
    assert results[0] == results[1] == (b"hello", b"oops", 3, True)


def test_a_wrong_relates_to_is_refused():
    protocol = LeanProtocol("http://h:5985/wsman", transport="basic", username="u", password="p")
    other = uuid.uuid4()
    protocol.send_message = lambda _m: (
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"><s:Header>'
        f"<a:RelatesTo>uuid:{other}</a:RelatesTo></s:Header><s:Body/></s:Envelope>"
    ).encode()
    with pytest.raises(ValueError, match="another request"):
        protocol.cleanup_command("S", "C")
