"""The default real path: NTLM with message encryption over plain HTTP (5985).

A stock Windows WinRM service (AllowUnencrypted=false) accepts Negotiate and then
only sealed messages. The real winrm adapter and a stock pywinrm session talk
real HTTP to the lab, whose NTLM acceptor is pyspnego (app/lab/wsman_auth.py);
a recording relay in front of the lab shows what travels on the wire.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import math
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
import spnego
import winrm
from winrm.exceptions import InvalidCredentialsError

from app.domain.errors import ErrorKind
from app.lab.faults import ACCESS_DENIED
from tests.adapters.winrm_support import KMS_HOST, lab_runner, run_failing, running_lab

DEADLINE = 2.0
MARGIN = 1.0
SEALED = b'multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted"'


@pytest.fixture(scope="module")
def lab():
    with running_lab() as runtime:
        yield runtime


@pytest.fixture(autouse=True)
def no_faults_left(lab):
    yield
    lab.faults.clear()


class Relay:
    """A TCP relay that records every byte each way (a wire capture at the server)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.to_server = bytearray()
        self.to_client = bytearray()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, upstream: bool) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                with self._lock:
                    (self.to_server if upstream else self.to_client).extend(data)
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._listener.close()


@contextlib.contextmanager
def relayed(lab, machine: str = KMS_HOST) -> Iterator[Relay]:
    relay = Relay(urlsplit(lab.winrm_url(machine)).port)
    try:
        yield relay
    finally:
        relay.close()


@pytest.mark.parametrize("auth", ["negotiate", "ntlm"])
def test_an_operation_runs_over_ntlm_and_its_answer_decodes(lab, auth):
    runner = lab_runner(lab, auth=auth)
    try:
        first = runner.run("inspect")
        again = runner.run("inspect")  # the same shell, the same security context
    finally:
        runner.close()
    assert first["ok"] is True and again["ok"] is True
    assert first["caption"] == again["caption"] and "Windows" in str(first["caption"])


def test_the_wire_carries_only_sealed_messages(lab):
    with relayed(lab) as relay:
        runner = lab_runner(lab, auth="negotiate", url=f"http://127.0.0.1:{relay.port}/wsman")
        try:
            document = runner.run("inspect")
        finally:
            runner.close()
    assert document["ok"] is True
    sent, received = bytes(relay.to_server), bytes(relay.to_client)
    assert b"Authorization: Negotiate TlRMTVNTUA" in sent  # raw NTLM in the Negotiate scheme
    assert b"WWW-Authenticate: Negotiate TlRMTVNTUA" in received  # the server's challenge
    assert sent.count(SEALED) >= 3 and received.count(SEALED) >= 3  # Create, Command, Receive
    # Neither the command (script text) nor the answer travels in clear.
    for clear in (b"powershell", b"EncodedCommand", b"rsp:CommandLine", b"Envelope"):
        assert clear not in sent, clear
    for clear in (b"ReceiveResponse", b"Envelope", b"ShellId"):
        assert clear not in received, clear


def test_basic_over_the_same_relay_is_clear_text(lab):
    """The control for the test above: the capture does see a clear exchange."""
    with relayed(lab) as relay:
        runner = lab_runner(lab, auth="basic", url=f"http://127.0.0.1:{relay.port}/wsman")
        try:
            runner.run("inspect")
        finally:
            runner.close()
    assert b"rsp:CommandLine" in bytes(relay.to_server)
    assert b"ReceiveResponse" in bytes(relay.to_client)


@pytest.mark.parametrize("auth", ["negotiate", "ntlm"])
def test_wrong_password_is_a_credentials_error(lab, auth):
    secret = "Not-The-Lab-Pa55!"
    error, elapsed = run_failing(lab_runner(lab, auth=auth, password=secret))
    assert error.kind is ErrorKind.CREDENTIALS
    assert secret not in str(error) and secret not in repr(error.data)
    assert elapsed < 2


@pytest.mark.parametrize(
    ("user", "works"),
    [
        ("{user}", True),
        ("KMS01\\{user}", True),
        (".\\{user}", True),
        ("{user}@lab.test", True),
        ("OTHERDOM\\{user}", False),
        ("someone-else", False),
    ],
)
def test_account_names_a_windows_machine_accepts(lab, user, works):
    runner = lab_runner(lab, auth="negotiate", user=user.format(user=lab.world.user))
    if works:
        try:
            assert runner.run("inspect")["ok"] is True
        finally:
            runner.close()
    else:
        error, _ = run_failing(runner)
        assert error.kind is ErrorKind.CREDENTIALS


def test_a_stock_pywinrm_session_works_over_ntlm(lab):
    session = winrm.Session(
        lab.winrm_url(KMS_HOST), auth=(lab.world.user, lab.world.password), transport="ntlm"
    )
    result = session.run_cmd("whoami")
    assert result.status_code == 0
    assert result.std_out.strip().lower() == f"kms01\\{lab.world.user}".lower().encode()


def test_an_unencrypted_message_after_ntlm_is_refused(lab):
    """AllowUnencrypted=false: Windows answers 401 to an unsealed NTLM message."""
    session = winrm.Session(
        lab.winrm_url(KMS_HOST),
        auth=(lab.world.user, lab.world.password),
        transport="ntlm",
        message_encryption="never",
    )
    with pytest.raises(InvalidCredentialsError):
        session.run_cmd("whoami")


def test_a_fault_travels_sealed_and_keeps_its_code(lab):
    lab.faults.inject(KMS_HOST, soap_fault=ACCESS_DENIED, actions=frozenset({"Command"}))
    error, _ = run_failing(lab_runner(lab, auth="negotiate"))
    assert error.kind is ErrorKind.WSMAN_FAULT
    assert error.data["wsman_fault_code"] == 5
    assert error.data["http_status"] == 500


@pytest.mark.parametrize(
    "faults",
    [
        {"hang": True},  # the very first request: before the handshake
        {"hang": True, "actions": frozenset({"Receive"})},  # inside the sealed exchange
        {"exec_time": math.inf},
        {"slowness": 0.4},
    ],
    ids=["hang-first", "hang-receive", "never-done", "dribble"],
)
def test_a_hung_machine_times_out_on_the_ntlm_path(lab, faults):
    lab.faults.inject(KMS_HOST, **faults)
    error, elapsed = run_failing(lab_runner(lab, auth="negotiate", timeout=DEADLINE))
    assert error.kind is ErrorKind.TIMEOUT, error
    assert elapsed < DEADLINE + MARGIN


def test_kerberos_from_an_old_setting_is_refused_with_the_way_out(lab):
    """No crash and no silent fallback: the runner names what it accepts."""
    error, _ = run_failing(lab_runner(lab, auth="kerberos"))
    assert error.kind is ErrorKind.UNSUPPORTED
    assert "negotiate" in error.detail and "NTLM" in error.detail


def test_a_spnego_wrapped_negotiate_token_also_authenticates(lab):
    """What Windows' own client sends (SPNEGO around NTLM) is accepted as well."""
    client = spnego.client(
        lab.world.user,
        lab.world.password,
        hostname="127.0.0.1",
        service="http",
        protocol="negotiate",
        options=spnego.NegotiateOptions.use_negotiate,
    )
    endpoint = urlsplit(lab.winrm_url(KMS_HOST))
    connection = http.client.HTTPConnection(endpoint.hostname, endpoint.port, timeout=5)
    try:
        answer = None
        statuses = []
        token = client.step()
        assert token[:1] == b"\x60"  # an SPNEGO NegTokenInit, not raw NTLM
        while token is not None:
            header = "Negotiate " + base64.b64encode(token).decode()
            connection.request("POST", "/wsman", b"", {"Authorization": header})
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
            answer = response.getheader("WWW-Authenticate")
            token = client.step(base64.b64decode(answer.split()[1])) if answer else None
            if response.status == 200:
                break
    finally:
        connection.close()
    assert statuses == [401, 200]
    assert client.complete  # the server's final SPNEGO token (mechListMIC) was accepted


def test_ntlm_over_https_runs_without_message_encryption(lab):
    """Over HTTPS, TLS protects the messages: Windows takes NTLM-authenticated plain SOAP."""
    runner = lab_runner(lab, auth="negotiate", https=True)
    try:
        assert runner.run("inspect")["ok"] is True
    finally:
        runner.close()


@pytest.mark.parametrize("auth", ["negotiate", "ntlm", "basic"])
def test_a_connection_the_service_closed_is_reopened(lab, auth):
    """HTTP.sys closes idle keep-alive connections, and NTLM's context goes with them:
    the next operation reconnects (and re-authenticates) instead of failing."""
    runner = lab_runner(lab, auth=auth)
    try:
        assert runner.run("inspect")["ok"] is True
        assert lab.server.drop_connections() >= 1
        assert runner.run("inspect")["ok"] is True  # neither UNREACHABLE nor CREDENTIALS
        assert runner.run("inspect")["ok"] is True
    finally:
        runner.close()
