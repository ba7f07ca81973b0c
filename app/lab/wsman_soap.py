"""WS-Management SOAP envelopes as a Windows WinRM service reads and writes them.

Only the Windows Remote Shell (WinRS) subset that pywinrm and ``winrs`` use:
``Create`` and ``Delete`` of a cmd shell, ``Command``, ``Send``, ``Receive``
and ``Signal``, plus SOAP 1.2 faults carrying a ``WSManFault Code``. Requests
are parsed with ElementTree by namespace; answers are built from templates
(escaped), mirroring the element names and namespaces Windows uses, and every
answer's ``a:RelatesTo`` echoes the request's ``a:MessageID`` (pywinrm checks
it after Signal and Delete).
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "x": "http://schemas.xmlsoap.org/ws/2004/09/transfer",
    "rsp": "http://schemas.microsoft.com/wbem/wsman/1/windows/shell",
    "p": "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd",
    "f": "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault",
}
SHELL_URI = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell"
CMD_RESOURCE_URI = SHELL_URI + "/cmd"
TRANSFER = "http://schemas.xmlsoap.org/ws/2004/09/transfer"
ACTION_URIS = {
    TRANSFER + "/Create": "Create",
    TRANSFER + "/Delete": "Delete",
    SHELL_URI + "/Command": "Command",
    SHELL_URI + "/Send": "Send",
    SHELL_URI + "/Receive": "Receive",
    SHELL_URI + "/Signal": "Signal",
}
RESPONSE_ACTIONS = {
    "Create": TRANSFER + "/CreateResponse",
    "Delete": TRANSFER + "/DeleteResponse",
    "Command": SHELL_URI + "/CommandResponse",
    "Send": SHELL_URI + "/SendResponse",
    "Receive": SHELL_URI + "/ReceiveResponse",
    "Signal": SHELL_URI + "/SignalResponse",
}
FAULT_ACTION = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"
DONE = SHELL_URI + "/CommandState/Done"
RUNNING = SHELL_URI + "/CommandState/Running"

# The WSManFault codes a Windows machine uses for the situations the lab reproduces.
OPERATION_TIMED_OUT = 2150858793  # Receive found no output within OperationTimeout
SHELL_NOT_FOUND = 2150858843  # the ShellId is unknown (expired, deleted, service restarted)
INVALID_MESSAGE = 2150858817  # the envelope could not be understood
ACTION_NOT_SUPPORTED = 2150858771

_DURATION = re.compile(r"^PT(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$")


class SoapParseError(ValueError):
    """The request body is not a WS-Management envelope the lab understands."""


@dataclass(frozen=True)
class WsmanRequest:
    """The parts of a request envelope the server acts on."""

    action: str  # short name: Create, Command, Receive, Signal, Delete, Send
    message_id: str
    resource_uri: str = ""
    shell_id: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    environment: dict[str, str] = field(default_factory=dict)
    command: str = ""
    arguments: tuple[str, ...] = ()
    command_id: str | None = None
    signal_code: str = ""
    operation_timeout: float | None = None
    stream: bytes = field(default=b"", repr=False)  # Send: the decoded stdin data
    end: bool = False  # Send: End="true", the last of the command's input
    body: bytes = field(default=b"", repr=False, compare=False)  # the envelope as received

    @property
    def command_line(self) -> str:
        """What cmd.exe would run: the command followed by its arguments."""
        return " ".join([self.command, *self.arguments]).strip()


def parse_duration(value: str | None) -> float | None:
    """``PT20S`` / ``PT1M30.5S`` → seconds; None when absent or unreadable."""
    if not value:
        return None
    found = _DURATION.match(value.strip())
    if not found or not (found.group(1) or found.group(2)):
        return None
    return float(found.group(1) or 0) * 60 + float(found.group(2) or 0)


def parse_request(body: bytes) -> WsmanRequest:
    """Read a WS-Man request envelope.

    Raises:
        SoapParseError: not XML, not a SOAP envelope, or an action outside WinRS.
    """
    if b"<!" in body.upper().replace(b"<![CDATA[", b""):
        # WS-Man never carries a DTD; refusing one rules out entity-expansion tricks.
        raise SoapParseError("document type declarations are not allowed")
    try:
        root = ET.fromstring(body)  # noqa: S314 - no DTD (checked above), no external entities
    except ET.ParseError as exc:
        raise SoapParseError(f"not XML: {exc}") from exc
    header = root.find("s:Header", NS)
    body_el = root.find("s:Body", NS)
    if root.tag != f"{{{NS['s']}}}Envelope" or header is None:
        raise SoapParseError("not a SOAP 1.2 envelope")
    action_uri = _text(header.find("a:Action", NS))
    action = ACTION_URIS.get(action_uri)
    if action is None:
        raise SoapParseError(f"unsupported action {action_uri!r}")
    options = {
        o.get("Name", ""): (o.text or "").strip()
        for o in header.findall("w:OptionSet/w:Option", NS)
    }
    shell_id = None
    for selector in header.findall("w:SelectorSet/w:Selector", NS):
        if selector.get("Name") == "ShellId":
            shell_id = (selector.text or "").strip()
    fields: dict[str, object] = {}
    if body_el is not None:
        if action == "Create":
            fields["environment"] = {
                v.get("Name", ""): v.text or ""
                for v in body_el.findall("rsp:Shell/rsp:Environment/rsp:Variable", NS)
            }
        elif action == "Command":
            line = body_el.find("rsp:CommandLine", NS)
            if line is not None:
                fields["command"] = _text(line.find("rsp:Command", NS))
                fields["arguments"] = tuple(a.text or "" for a in line.findall("rsp:Arguments", NS))
        elif action == "Receive":
            stream = body_el.find("rsp:Receive/rsp:DesiredStream", NS)
            if stream is not None:
                fields["command_id"] = stream.get("CommandId")
        elif action == "Signal":
            signal = body_el.find("rsp:Signal", NS)
            if signal is not None:
                fields["command_id"] = signal.get("CommandId")
                fields["signal_code"] = _text(signal.find("rsp:Code", NS))
        elif action == "Send":
            # MS-WSMV 3.1.4.13: <rsp:Send><rsp:Stream Name="stdin" CommandId End>base64
            stream = body_el.find("rsp:Send/rsp:Stream", NS)
            if stream is not None:
                fields["command_id"] = stream.get("CommandId")
                fields["end"] = (stream.get("End") or "").strip().lower() == "true"
                try:
                    fields["stream"] = base64.b64decode((stream.text or "").strip(), validate=True)
                except binascii.Error as exc:
                    raise SoapParseError("the stdin stream is not base64") from exc
    return WsmanRequest(
        action=action,
        message_id=_text(header.find("a:MessageID", NS)),
        resource_uri=_text(header.find("w:ResourceURI", NS)),
        shell_id=shell_id,
        options=options,
        operation_timeout=parse_duration(_text(header.find("w:OperationTimeout", NS))),
        body=body,
        **fields,  # type: ignore[arg-type]
    )


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def new_id() -> str:
    """A shell or command id in the upper-case GUID form Windows uses."""
    return str(uuid.uuid4()).upper()


def envelope(action_uri: str, relates_to: str, body: str) -> bytes:
    """A complete response envelope, UTF-8 encoded."""
    return (
        '<s:Envelope xml:lang="en-US"'
        f' xmlns:s="{NS["s"]}" xmlns:a="{NS["a"]}" xmlns:x="{NS["x"]}"'
        f' xmlns:w="{NS["w"]}" xmlns:rsp="{NS["rsp"]}" xmlns:p="{NS["p"]}">'
        "<s:Header>"
        f"<a:Action>{action_uri}</a:Action>"
        f"<a:MessageID>uuid:{uuid.uuid4()}</a:MessageID>"
        "<a:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:To>"
        f"<a:RelatesTo>{escape(relates_to)}</a:RelatesTo>"
        "</s:Header>"
        f"<s:Body>{body}</s:Body>"
        "</s:Envelope>"
    ).encode()


def create_response(request: WsmanRequest, shell_id: str, address: str) -> bytes:
    """``ResourceCreated`` with the new ShellId (pywinrm finds it by ``Name="ShellId"``)."""
    body = (
        "<x:ResourceCreated>"
        f"<a:Address>{escape(address)}</a:Address>"
        "<a:ReferenceParameters>"
        f"<w:ResourceURI>{CMD_RESOURCE_URI}</w:ResourceURI>"
        f'<w:SelectorSet><w:Selector Name="ShellId">{shell_id}</w:Selector></w:SelectorSet>'
        "</a:ReferenceParameters>"
        "</x:ResourceCreated>"
    )
    return envelope(RESPONSE_ACTIONS["Create"], request.message_id, body)


def command_response(request: WsmanRequest, command_id: str) -> bytes:
    body = f"<rsp:CommandResponse><rsp:CommandId>{command_id}</rsp:CommandId></rsp:CommandResponse>"
    return envelope(RESPONSE_ACTIONS["Command"], request.message_id, body)


def receive_response(
    request: WsmanRequest,
    command_id: str,
    stdout_chunks: Sequence[bytes],
    stderr_chunks: Sequence[bytes],
    *,
    done: bool,
    exit_code: int = 0,
) -> bytes:
    """Output chunks as base64 ``rsp:Stream`` elements, then the command state."""
    cid = quoteattr(command_id)
    parts = ["<rsp:ReceiveResponse>"]
    for name, chunks in (("stdout", stdout_chunks), ("stderr", stderr_chunks)):
        for chunk in chunks:
            encoded = base64.b64encode(chunk).decode("ascii")
            parts.append(f'<rsp:Stream Name="{name}" CommandId={cid}>{encoded}</rsp:Stream>')
        if done:
            parts.append(f'<rsp:Stream Name="{name}" CommandId={cid} End="true"></rsp:Stream>')
    if done:
        parts.append(
            f'<rsp:CommandState CommandId={cid} State="{DONE}">'
            f"<rsp:ExitCode>{int(exit_code)}</rsp:ExitCode></rsp:CommandState>"
        )
    else:
        parts.append(f'<rsp:CommandState CommandId={cid} State="{RUNNING}"/>')
    parts.append("</rsp:ReceiveResponse>")
    return envelope(RESPONSE_ACTIONS["Receive"], request.message_id, "".join(parts))


def signal_response(request: WsmanRequest) -> bytes:
    return envelope(RESPONSE_ACTIONS["Signal"], request.message_id, "<rsp:SignalResponse/>")


def send_response(request: WsmanRequest) -> bytes:
    return envelope(RESPONSE_ACTIONS["Send"], request.message_id, "<rsp:SendResponse/>")


def delete_response(request: WsmanRequest) -> bytes:
    return envelope(RESPONSE_ACTIONS["Delete"], request.message_id, "")


def fault(
    relates_to: str,
    *,
    wsman_code: int,
    reason: str,
    machine: str,
    code: str = "s:Receiver",
    subcode: str = "w:InternalError",
) -> bytes:
    """A SOAP 1.2 fault with the Microsoft ``WSManFault`` detail (sent with HTTP 500)."""
    body = (
        "<s:Fault>"
        f"<s:Code><s:Value>{escape(code)}</s:Value>"
        f"<s:Subcode><s:Value>{escape(subcode)}</s:Value></s:Subcode></s:Code>"
        f'<s:Reason><s:Text xml:lang="en-US">{escape(reason)}</s:Text></s:Reason>'
        "<s:Detail>"
        f'<f:WSManFault xmlns:f="{NS["f"]}" Code="{int(wsman_code)}" Machine={quoteattr(machine)}>'
        f"<f:Message>{escape(reason)}</f:Message></f:WSManFault>"
        "</s:Detail>"
        "</s:Fault>"
    )
    return envelope(FAULT_ACTION, relates_to, body)


def timeout_fault(request: WsmanRequest, machine: str) -> bytes:
    """What Windows answers a Receive that found no output within OperationTimeout."""
    return fault(
        request.message_id,
        wsman_code=OPERATION_TIMED_OUT,
        reason="The WS-Management service cannot complete the operation within the time "
        "specified in OperationTimeout.",
        machine=machine,
        subcode="w:TimedOut",
    )


def shell_not_found_fault(request: WsmanRequest, machine: str) -> bytes:
    return fault(
        request.message_id,
        wsman_code=SHELL_NOT_FOUND,
        reason=f"The request for the Windows Remote Shell with ShellId {request.shell_id} "
        "failed because the shell was not found on the server. Possible causes are: the "
        "specified ShellId is incorrect or the shell no longer exists on the server. Provide "
        "the correct ShellId or create a new shell and retry the operation.",
        machine=machine,
        code="s:Sender",
        subcode="w:InvalidSelectors",
    )
