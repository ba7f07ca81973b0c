"""pywinrm's ``Protocol`` with the WinRS envelopes written from templates.

pywinrm builds every SOAP message through ``xmltodict.unparse``, which costs
about 0.8 ms of CPU per message here — most of a host's budget when a scan
sends five messages to each of hundreds of machines. :class:`LeanProtocol` is a
``winrm.protocol.Protocol`` (same transport, authentication, encryption and
fault handling through ``send_message``) whose six WinRS calls produce the
very same envelopes from string templates; ``tests/adapters/test_winrm_envelopes.py``
compares them with pywinrm's own, element by element.

Answers are parsed with a bound on their elements (:func:`parse_answer`), and
the run's deadline is checked once an answer is parsed (issue 15, F4).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from winrm.protocol import Protocol

SHELL = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell"
CMD_URI = SHELL + "/cmd"
TRANSFER = "http://schemas.xmlsoap.org/ws/2004/09/transfer"
_DONE_SUFFIX = "CommandState/Done"
_RSP = "{" + SHELL + "}"
_ADDRESSING = "{http://schemas.xmlsoap.org/ws/2004/08/addressing}"
# A WinRS answer holds a few dozen elements (its streams are base64 text, not elements);
# 10,000 is far above that, and bounds the tree a hostile answer of tiny elements builds
# (about 25 times its bytes) to a few megabytes whatever the size cap lets through.
MAX_ANSWER_ELEMENTS = 10_000
_PARSE_SLICE = 16 * 1024


def parse_answer(data: bytes) -> ET.Element:
    """The root of a WS-Man answer, refusing one with more than MAX_ANSWER_ELEMENTS elements.

    Raises:
        xml.etree.ElementTree.ParseError: not XML.
        ValueError: too many elements.
    """
    if len(data) < 4 * (MAX_ANSWER_ELEMENTS + 1):  # "<a/>": no element is shorter than 4 bytes
        return ET.fromstring(data)  # noqa: S314 - the WinRM service's answer, bounded
    parser = ET.XMLPullParser(events=("start",))
    root: ET.Element | None = None
    count = 0

    def take_events() -> None:
        nonlocal root, count
        for _, element in parser.read_events():
            root = element if root is None else root
            count += 1
        if count > MAX_ANSWER_ELEMENTS:
            raise ValueError(f"the answer holds more than {MAX_ANSWER_ELEMENTS} XML elements")

    for offset in range(0, len(data), _PARSE_SLICE):
        parser.feed(data[offset : offset + _PARSE_SLICE])
        take_events()
    parser.close()
    take_events()
    assert root is not None  # close() raised ParseError for a document without an element
    return root


_OPEN = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<env:Envelope xmlns:xsd="http://www.w3.org/2001/XMLSchema"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xmlns:env="http://www.w3.org/2003/05/soap-envelope"'
    ' xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing"'
    ' xmlns:b="http://schemas.dmtf.org/wbem/wsman/1/cimbinding.xsd"'
    ' xmlns:n="http://schemas.xmlsoap.org/ws/2004/09/enumeration"'
    ' xmlns:x="http://schemas.xmlsoap.org/ws/2004/09/transfer"'
    ' xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"'
    ' xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd"'
    ' xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"'
    ' xmlns:cfg="http://schemas.microsoft.com/wbem/wsman/1/config">'
    "<env:Header>"
    "<a:To>http://windows-host:5985/wsman</a:To>"
    '<a:ReplyTo><a:Address mustUnderstand="true">'
    "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>"
    '<w:MaxEnvelopeSize mustUnderstand="true">{max_size}</w:MaxEnvelopeSize>'
    "<a:MessageID>uuid:{message_id}</a:MessageID>"
    '<w:Locale mustUnderstand="false" xml:lang="en-US"></w:Locale>'
    '<p:DataLocale mustUnderstand="false" xml:lang="en-US"></p:DataLocale>'
    "<w:OperationTimeout>PT{timeout}S</w:OperationTimeout>"
    f'<w:ResourceURI mustUnderstand="true">{CMD_URI}</w:ResourceURI>'
    '<a:Action mustUnderstand="true">{action}</a:Action>'
)


def _options(pairs: Iterable[tuple[str, str]]) -> str:
    items = "".join(f'<w:Option Name="{name}">{escape(value)}</w:Option>' for name, value in pairs)
    return f"<w:OptionSet>{items}</w:OptionSet>"


def _selector(shell_id: str) -> str:
    return (
        f'<w:SelectorSet><w:Selector Name="ShellId">{escape(shell_id)}</w:Selector></w:SelectorSet>'
    )


class LeanProtocol(Protocol):
    """``winrm.protocol.Protocol`` whose WinRS messages are built without xmltodict."""

    def _envelope(
        self, action: str, header_extra: str, body: str, message_id: uuid.UUID | None = None
    ) -> tuple[str, uuid.UUID]:
        message_id = message_id or uuid.uuid4()
        head = _OPEN.format(
            max_size=self.max_env_sz,
            message_id=message_id,
            timeout=int(self.operation_timeout_sec),
            action=action,
        )
        return f"{head}{header_extra}</env:Header><env:Body>{body}</env:Body></env:Envelope>", (
            message_id
        )

    def open_shell(  # type: ignore[override]
        self,
        i_stream: str = "stdin",
        o_stream: str = "stdout stderr",
        working_directory: str | None = None,
        env_vars: dict[str, str] | None = None,
        noprofile: bool = False,
        codepage: int = 437,
        lifetime: None = None,
        idle_timeout: str | int | None = None,
    ) -> str:
        """Create a cmd shell (WinRS ``Create``); returns its ShellId."""
        options = _options(
            [("WINRS_NOPROFILE", str(noprofile).upper()), ("WINRS_CODEPAGE", str(codepage))]
        )
        shell = f"<rsp:InputStreams>{escape(i_stream)}</rsp:InputStreams>"
        shell += f"<rsp:OutputStreams>{escape(o_stream)}</rsp:OutputStreams>"
        if working_directory:
            shell += f"<rsp:WorkingDirectory>{escape(working_directory)}</rsp:WorkingDirectory>"
        if idle_timeout:
            shell += f"<rsp:IdleTimeOut>{escape(str(idle_timeout))}</rsp:IdleTimeOut>"
        if env_vars:
            variables = "".join(
                f"<rsp:Variable Name={quoteattr(k)}>{escape(v)}</rsp:Variable>"
                for k, v in env_vars.items()
            )
            shell += f"<rsp:Environment>{variables}</rsp:Environment>"
        message, _ = self._envelope(
            TRANSFER + "/Create", options, f"<rsp:Shell>{shell}</rsp:Shell>"
        )
        root = self._answer(message)
        for node in root.iter():
            if node.get("Name") == "ShellId" and node.text:
                return node.text
        raise ValueError("the Create answer holds no ShellId")

    def run_command(  # type: ignore[override]
        self,
        shell_id: str,
        command: str,
        arguments: Iterable[str | bytes] = (),
        console_mode_stdin: bool = True,
        skip_cmd_shell: bool = False,
    ) -> str:
        """Start ``command`` in the shell (WinRS ``Command``); returns its CommandId."""
        header = _selector(shell_id) + _options(
            [
                ("WINRS_CONSOLEMODE_STDIN", str(console_mode_stdin).upper()),
                ("WINRS_SKIP_CMD_SHELL", str(skip_cmd_shell).upper()),
            ]
        )
        line = f"<rsp:Command>{escape(command)}</rsp:Command>"
        words = [a if isinstance(a, str) else a.decode("utf-8") for a in arguments]
        if words:
            line += f"<rsp:Arguments>{escape(' '.join(words))}</rsp:Arguments>"
        message, _ = self._envelope(
            SHELL + "/Command", header, f"<rsp:CommandLine>{line}</rsp:CommandLine>"
        )
        root = self._answer(message)
        for node in root.iter():
            if node.tag.endswith("CommandId") and node.text:
                return node.text
        raise ValueError("the Command answer holds no CommandId")

    def send_input(self, shell_id: str, command_id: str, data: bytes, *, end: bool = True) -> None:
        """WinRS ``Send`` of ``data`` to the command's stdin; ``end`` closes it.

        Same envelope as pywinrm's ``send_command_input`` (MS-WSMV 3.1.4.13:
        ``rsp:Send/rsp:Stream Name="stdin" CommandId End``), but bytes only: the
        caller chose the encoding, never code page 437.
        """
        encoded = base64.b64encode(data).decode("ascii")
        body = (
            f'<rsp:Send><rsp:Stream CommandId={quoteattr(command_id)} Name="stdin"'
            f' End="{str(end).lower()}" xmlns:rsp="{SHELL}">{encoded}</rsp:Stream></rsp:Send>'
        )
        message, _ = self._envelope(SHELL + "/Send", _selector(shell_id), body)
        self.send_message(message)

    def get_command_output_raw(
        self, shell_id: str, command_id: str
    ) -> tuple[bytes, bytes, int, bool]:
        """One WinRS ``Receive``: (stdout, stderr, exit code, done), like pywinrm's.

        Raises:
            winrm.exceptions.WinRMOperationTimeoutError: no output within OperationTimeout.
        """
        body = (
            f"<rsp:Receive><rsp:DesiredStream CommandId={quoteattr(command_id)}>"
            "stdout stderr</rsp:DesiredStream></rsp:Receive>"
        )
        message, _ = self._envelope(SHELL + "/Receive", _selector(shell_id), body)
        root = self._answer(message)
        stdout: list[bytes] = []
        stderr: list[bytes] = []
        done = False
        exit_code = -1
        for node in root.iter():
            tag = node.tag
            if tag.endswith("Stream"):
                if node.text:
                    data = base64.b64decode(node.text.encode("ascii"))
                    name = node.attrib["Name"]
                    if name == "stdout":
                        stdout.append(data)
                    elif name == "stderr":
                        stderr.append(data)
            elif node.get("State", "").endswith(_DONE_SUFFIX):
                done = True
            elif tag.endswith("ExitCode"):
                exit_code = int(node.text or -1)
        self._check_deadline()  # after decoding the streams
        return b"".join(stdout), b"".join(stderr), exit_code if done else -1, done

    def _answer(self, message: str) -> ET.Element:
        """Send ``message``; its answer parsed, and only while the run's deadline holds."""
        root = parse_answer(self.send_message(message))
        self._check_deadline()
        return root

    def _check_deadline(self) -> None:
        check = getattr(self.transport, "check_deadline", None)  # GuardedTransport's
        if check is not None:
            check()

    def cleanup_command(self, shell_id: str, command_id: str) -> None:
        """WinRS ``Signal terminate`` for a finished command (checks RelatesTo)."""
        body = (
            f"<rsp:Signal CommandId={quoteattr(command_id)}>"
            f"<rsp:Code>{SHELL}/signal/terminate</rsp:Code></rsp:Signal>"
        )
        message, message_id = self._envelope(SHELL + "/Signal", _selector(shell_id), body)
        _check_relates_to(self.send_message(message), message_id)

    def close_shell(self, shell_id: str, close_session: bool = True) -> None:
        """WinRS ``Delete`` of the shell; optionally close the HTTP session too."""
        try:
            message, message_id = self._envelope(TRANSFER + "/Delete", _selector(shell_id), "")
            _check_relates_to(self.send_message(message), message_id)
        finally:
            if close_session:
                self.transport.close_session()


def _check_relates_to(answer: bytes, message_id: uuid.UUID) -> None:
    root = parse_answer(answer)
    relates_to = root.find(f".//{_ADDRESSING}RelatesTo")
    if relates_to is None or not relates_to.text:
        raise ValueError("the answer does not say which request it relates to")
    if uuid.UUID(relates_to.text.replace("uuid:", "")) != message_id:
        raise ValueError("the answer relates to another request")
