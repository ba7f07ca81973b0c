"""Bad input gets a clear, translated message, exit code 2, and nothing is sent.

"Nothing is sent" is checked for real: the --nameserver given is a socket this
test owns, and it must receive no packet. A server that answers garbage gives
a finding, not a traceback.
"""

from __future__ import annotations

import json
import socket
import threading

import pytest

from app.cli import main


@pytest.fixture
def silent_server():
    """A UDP and TCP socket on loopback that records whether anything arrived."""
    for _ in range(20):
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 0))
        port = udp.getsockname()[1]
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            tcp.bind(("127.0.0.1", port))
            break
        except OSError:  # the UDP port's TCP twin is taken: try another
            tcp.close()
            udp.close()
    tcp.listen(4)
    udp.setblocking(False)
    tcp.setblocking(False)

    def received_anything() -> bool:
        try:
            udp.recv(4096)
            return True
        except BlockingIOError:
            pass
        try:
            tcp.accept()[0].close()
            return True
        except BlockingIOError:
            return False

    yield f"127.0.0.1:{port}", received_anything
    udp.close()
    tcp.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def publish_to(server: str, *extra: str) -> list[str]:
    """A well-formed ``dns-publish`` command line for the silent server, plus ``extra``."""
    return [
        "dns-publish",
        "--domain",
        "example.test",
        "--nameserver",
        server,
        "--host",
        "kms01.example.test",
        *extra,
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--domain", "exa mple.test"], "contains a space"),
        (["--domain", "a" * 64 + ".test"], "has 64 characters; a DNS label has at most 63"),
        (["--domain", ".".join(["x" * 60] * 5)], "has 304 characters; a DNS name has at most 253"),
        (["--domain", "under_score.test"], "contains “_”"),
        (["--domain=-bad.test"], "starts or ends with a hyphen"),
        (["--domain", "two..dots.test"], "empty label"),
        (["--domain", "192.168.1.10"], "not an IP address"),
        (["--domain", ""], "--domain is empty"),
        (["--domain", "ok.test", "--port", "0"], "--port must be a whole number from 1 to 65535"),
        (["--domain", "ok.test", "--port", "70000"], "not “70000”"),
        (["--domain", "ok.test", "--port", "abc"], "--port must be a whole number"),
        (["--domain", "ok.test", "--dns-port", "65536"], "--dns-port must be a whole number"),
        (["--domain", "ok.test", "--timeout", "0"], "--timeout must be a number of seconds"),
        (["--domain", "ok.test", "--timeout", "nan"], "--timeout must be a number of seconds"),
        (["--domain", "ok.test", "--host", "kms01"], "fully qualified name"),
        (
            ["--domain", "ok.test", "--nameserver", "dns.example.test"],
            "is not a DNS server address",
        ),
        (["--domain", "ok.test", "--nameserver", "127.0.0.1:0"], "--nameserver must be a whole"),
    ],
)
def test_dns_check_rejects_bad_input(capsys, silent_server, args, expected):
    server, received_anything = silent_server
    code, out, err = run(capsys, "dns-check", "--nameserver", server, *args)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err
    assert out == ""
    assert not received_anything()


def test_bad_input_with_json_prints_one_document(capsys, silent_server):
    server, received_anything = silent_server
    code, out, _ = run(capsys, "dns-check", "--nameserver", server, "--domain", "a b", "--json")
    assert code == 2
    assert json.loads(out) == {
        "ok": False,
        "usage_error": "“a b” contains a space; DNS names cannot contain spaces.",
    }
    assert not received_anything()


def test_bad_input_message_is_translated(capsys, silent_server):
    server, _ = silent_server
    code = main(["--lang", "fr", "dns-check", "--nameserver", server, "--domain", "a b"])
    err = capsys.readouterr().err
    assert code == 2
    assert "espace" in err


@pytest.mark.parametrize(
    ("key_text", "expected"),
    [
        (None, "could not be read"),
        ("not a key file at all", "holds no TSIG key"),
        ('key "k" { algorithm hmac-sha256; secret "%%%not base64"; };', "not valid base64"),
        ('key "k" { algorithm hmac-sha256; };', "has no secret"),
        ('key "k" { secret "c2VjcmV0"; };', "does not say its algorithm"),
        ('key "k" { algorithm rot13; secret "c2VjcmV0"; };', "“rot13”, which is not supported"),
        (
            (
                'key "a" { algorithm hmac-sha256; secret "c2VjcmV0"; };\n'
                'key "b" { algorithm hmac-sha256; secret "c2VjcmV0"; };'
            ),
            "holds 2 keys",
        ),
    ],
)
def test_dns_publish_rejects_a_bad_key_file(capsys, tmp_path, silent_server, key_text, expected):
    server, received_anything = silent_server
    path = tmp_path / "key.conf"
    if key_text is not None:
        path.write_text(key_text, encoding="utf-8")
    code, _, err = run(capsys, *publish_to(server, "--tsig-key-file", str(path)))
    assert code == 2
    assert expected in err
    assert not received_anything()


def test_dns_publish_rejects_a_binary_key_file(capsys, tmp_path, silent_server):
    server, received_anything = silent_server
    path = tmp_path / "key.bin"
    path.write_bytes(bytes(range(256)) * 4)
    code, _, err = run(capsys, *publish_to(server, "--tsig-key-file", str(path)))
    assert code == 2 and "holds no TSIG key" in err
    assert not received_anything()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--address", "not-an-ip"], "is not an IPv4 or IPv6 address"),
        (["--address", "127.0.0.1", "--delete"], "--address cannot be used with --delete"),
        (["--replace", "--delete"], "cannot be used together"),
        (["--priority", "65536"], "--priority must be a whole number from 0 to 65535"),
        (["--weight", "-1"], "--weight must be a whole number"),
        (["--ttl", "1e9"], "--ttl must be a whole number"),
        (["--port", "0"], "--port must be a whole number from 1 to 65535"),
    ],
)
def test_dns_publish_rejects_bad_values(capsys, silent_server, args, expected):
    server, received_anything = silent_server
    code, _, err = run(capsys, *publish_to(server, *args))
    assert code == 2
    assert expected in err
    assert not received_anything()


class GarbageServer:
    """Answers every UDP datagram with the given bytes (junk, or a broken DNS reply)."""

    def __init__(self, make_reply) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.make_reply = make_reply
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            self.sock.sendto(self.make_reply(data), peer)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.mark.parametrize(
    "make_reply",
    [
        pytest.param(lambda query: b"\x13\x37 this is not DNS at all", id="junk"),
        # The right id and flags of a reply, then counts promising records that never come.
        pytest.param(
            lambda query: query[:2] + b"\x81\x80\x00\x01\x00\x05\x00\x00\x00\x00",
            id="truncated-records",
        ),
    ],
)
def test_garbage_answer_is_a_finding_not_a_crash(capsys, make_reply):
    server = GarbageServer(make_reply)
    try:
        code, out, err = run(
            capsys,
            "dns-check",
            "--domain",
            "example.test",
            "--nameserver",
            f"127.0.0.1:{server.port}",
            "--timeout",
            "1",
            "--json",
        )
    finally:
        server.close()
    assert code == 1
    assert "Traceback" not in err
    doc = json.loads(out)
    srv = [f for f in doc["findings"] if f["check"] == "srv-present"]
    assert [f["severity"] for f in srv] == ["error"]
    assert "not a valid DNS answer" in srv[0]["detail"]
    assert [a["status"] for a in doc["answers"]] == ["malformed"]
