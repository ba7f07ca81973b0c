"""The lab's WS-Management server, seen by stock pywinrm and by raw HTTP.

Everything here goes over real sockets to the real lab world: the same things
a Windows machine's WinRM service does (shells, commands, output streams,
faults, 401) must work for a client that knows nothing about our adapter.
"""

from __future__ import annotations

import base64
import socket
import uuid
from xml.etree import ElementTree as ET

import pytest
import requests
import winrm
import xmltodict
from winrm.exceptions import InvalidCredentialsError, WinRMOperationTimeoutError, WSManFaultError
from winrm.protocol import Protocol

from app.adapters.operation_contract import operation_command
from app.lab import wsman_soap as soap
from app.lab.faults import QUOTA_EXCEEDED
from app.lab.runtime import LabRuntime
from app.lab.world import build_default_lab

KMS_HOST = "kms01.lab.test"


@pytest.fixture(scope="module")
def lab():
    with LabRuntime(build_default_lab(seed=3, scenario="legacy-2008r2"), with_dns=False) as runtime:
        yield runtime


@pytest.fixture(autouse=True)
def no_faults_left(lab):
    yield
    lab.faults.clear()


def session(lab, machine=KMS_HOST, password=None):
    return winrm.Session(
        lab.winrm_url(machine),
        auth=(lab.world.user, lab.world.password if password is None else password),
        transport="basic",
        server_cert_validation="validate",
        ca_trust_path=None,
        proxy=None,
    )


def protocol(lab, url, **options):
    return Protocol(
        url,
        transport="basic",
        username=lab.world.user,
        password=lab.world.password,
        proxy=None,
        **options,
    )


def test_stock_session_runs_cmd_commands_on_a_machine(lab):
    result = session(lab).run_cmd("hostname")
    assert result.status_code == 0
    assert result.std_out.strip().lower().startswith(b"kms01")


def test_unknown_command_fails_the_way_cmd_exe_does(lab):
    result = session(lab).run_cmd("frobnicate", ["/all"])
    assert result.status_code != 0
    assert b"is not recognized as an internal or external command" in result.std_err


def test_arbitrary_powershell_is_not_a_contract_operation_and_exits_1(lab):
    result = session(lab).run_ps("Get-Process | Stop-Process")
    assert result.status_code == 1


def test_wrong_password_is_answered_401_with_a_basic_challenge(lab):
    with pytest.raises(InvalidCredentialsError):
        session(lab, password="not-the-lab-password").run_cmd("hostname")
    reply = requests.post(
        lab.winrm_url(KMS_HOST),
        data=b"<x/>",
        auth=(lab.world.user, "not-the-lab-password"),
        timeout=5,
    )
    assert reply.status_code == 401
    challenges = reply.raw.headers.getlist("WWW-Authenticate")
    assert 'Basic realm="WSMAN"' in challenges


def test_every_answer_relates_to_the_request_message_id(lab):
    client = protocol(lab, lab.winrm_url(KMS_HOST))
    message_id = uuid.uuid4()
    envelope = {
        "env:Envelope": client.build_wsman_header(
            action="http://schemas.xmlsoap.org/ws/2004/09/transfer/Create",
            resource_uri=soap.CMD_RESOURCE_URI,
            message_id=message_id,
        )
    }
    envelope["env:Envelope"]["env:Body"] = {"rsp:Shell": {"rsp:InputStreams": "stdin"}}
    answer = ET.fromstring(client.send_message(xmltodict.unparse(envelope)))
    relates_to = answer.find("s:Header/a:RelatesTo", soap.NS)
    assert relates_to is not None and relates_to.text == f"uuid:{message_id}"
    # pywinrm itself checks RelatesTo after Signal and Delete (an assert): a full run passes.
    shell = client.open_shell()
    command = client.run_command(shell, "hostname")
    client.get_command_output(shell, command)
    client.cleanup_command(shell, command)
    client.close_shell(shell)


def test_shell_options_and_environment_are_recorded(lab):
    client = protocol(lab, lab.winrm_url(KMS_HOST))
    shell = client.open_shell(codepage=65001, env_vars={"KMSW_TRACE": "on"})
    try:
        record = next(r for r in lab.server.shell_records() if r.environment.get("KMSW_TRACE"))
    finally:
        client.close_shell(shell)
    assert record.machine == KMS_HOST
    assert record.codepage == 65001


def test_large_output_comes_in_several_receive_answers():
    with LabRuntime(
        build_default_lab(seed=3, scenario="legacy-2008r2"), with_dns=False, receive_max_bytes=200
    ) as small:
        client = protocol(small, small.winrm_url(KMS_HOST))
        shell = client.open_shell(codepage=65001)
        wire = operation_command(KMS_HOST, "status", {})
        command = client.run_command(shell, wire.command_line)
        if wire.stdin is not None:  # the script itself, behind the bootstrap
            client.send_command_input(shell, command, wire.stdin, end=True)
        pieces, done = [], False
        while not done:
            stdout, _, exit_code, done = client.get_command_output_raw(shell, command)
            pieces.append(stdout)
        client.close_shell(shell)
    assert len(pieces) > 2
    assert all(len(p) <= 200 for p in pieces)
    assert exit_code == 0
    assert b"".join(pieces).startswith(b"{") and b"".join(pieces).rstrip().endswith(b"}")


def test_a_soap_fault_is_read_by_pywinrm_with_its_code(lab):
    lab.faults.inject(KMS_HOST, soap_fault=QUOTA_EXCEEDED)
    with pytest.raises(WSManFaultError) as caught:
        protocol(lab, lab.winrm_url(KMS_HOST)).open_shell()
    assert caught.value.wsman_fault_code == QUOTA_EXCEEDED.wsman_code
    assert caught.value.fault_subcode == "w:QuotaLimit"
    assert "maximum number of 30 concurrent shells" in caught.value.reason


def test_an_unknown_shell_gets_the_shell_not_found_fault(lab):
    with pytest.raises(WSManFaultError) as caught:
        protocol(lab, lab.winrm_url(KMS_HOST)).run_command(str(uuid.uuid4()).upper(), "hostname")
    assert caught.value.wsman_fault_code == soap.SHELL_NOT_FOUND


def test_a_running_command_answers_receive_with_the_timeout_fault(lab):
    client = protocol(lab, lab.winrm_url(KMS_HOST), operation_timeout_sec=1, read_timeout_sec=5)
    shell = client.open_shell()
    lab.faults.inject(KMS_HOST, exec_time=1.5)
    command = client.run_command(shell, "hostname")
    with pytest.raises(WinRMOperationTimeoutError):
        client.get_command_output_raw(shell, command)  # still running after 1 s
    stdout, _, exit_code, done = client.get_command_output_raw(shell, command)
    client.close_shell(shell)
    assert done and exit_code == 0 and stdout


def test_shared_endpoint_routes_by_url_path(lab):
    client = protocol(lab, lab.shared_url("kms01"))  # a short name works too
    shell = client.open_shell()
    client.close_shell(shell)
    assert lab.server.shell_records()[-1].machine == KMS_HOST


def test_shared_endpoint_routes_by_host_header(lab):
    shared = lab.shared_url(KMS_HOST).rsplit("/", 1)[0]  # plain /wsman
    client = protocol(lab, shared)
    client.transport.build_session().headers["Host"] = KMS_HOST
    shell = client.open_shell()
    client.close_shell(shell)
    assert lab.server.shell_records()[-1].machine == KMS_HOST


def test_unknown_machine_on_the_shared_endpoint_gets_no_answer(lab):
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(
            lab.shared_url("nosuch.lab.test"),
            data=b"<x/>",
            auth=(lab.world.user, lab.world.password),
            timeout=5,
        )


def test_unreachable_machine_endpoint_drops_connection_attempts(lab):
    machine = next(n for n in lab.world.machine_names() if not lab.world.is_reachable(n))
    url = lab.winrm_url(machine)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(TimeoutError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5)


def test_each_machine_has_its_own_endpoint(lab):
    names = [n for n in lab.world.machine_names() if lab.world.is_reachable(n)][:3]
    urls = {lab.winrm_url(n) for n in names}
    assert len(urls) == len(names)
    for name in names:
        result = session(lab, name).run_cmd("hostname")
        assert result.std_out.strip().lower() == name.split(".")[0].encode()


def test_malformed_request_gets_a_soap_fault_not_a_crash(lab):
    reply = requests.post(
        lab.winrm_url(KMS_HOST),
        data=b"<not-soap",
        auth=(lab.world.user, lab.world.password),
        headers={"Content-Type": "application/soap+xml;charset=UTF-8"},
        timeout=5,
    )
    assert reply.status_code == 500
    detail = ET.fromstring(reply.content).find("s:Body/s:Fault/s:Detail/f:WSManFault", soap.NS)
    assert detail is not None and int(detail.get("Code")) == soap.INVALID_MESSAGE
    # …and the service still works afterwards.
    assert session(lab).run_cmd("hostname").status_code == 0


def test_entity_declarations_are_refused(lab):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    reply = requests.post(
        lab.winrm_url(KMS_HOST), data=bomb, auth=(lab.world.user, lab.world.password), timeout=5
    )
    assert reply.status_code == 500


def test_credentials_accept_a_machine_prefix_and_any_case(lab):
    server = lab.server
    good = base64.b64encode(f"KMS01\\{lab.world.user.upper()}:{lab.world.password}".encode())
    bad = base64.b64encode(f"{lab.world.user}:{lab.world.password}x".encode())
    assert server.credentials_ok("Basic " + good.decode())
    assert not server.credentials_ok("Basic " + bad.decode())
    assert not server.credentials_ok("Negotiate abc")
    assert not server.credentials_ok("Basic !!!")
