"""Each way a connection fails is told apart, with its own sentence and fix (issue 14 item 7).

Every case goes through WinrmRunner over real sockets: a name DNS does not know,
a closed port, the lab's HTTPS listener with a stranger CA or under a name its
certificate does not carry, a wrong password, a black hole and a hung listener.
"""

from __future__ import annotations

import socket

import pytest

from app.domain.errors import ConnectionReason, ErrorKind, explain
from app.lab.tls import make_ca
from tests.adapters.winrm_support import (
    KMS_HOST,
    lab_runner,
    run_failing,
    running_lab,
    unreachable_machine,
)


@pytest.fixture(scope="module")
def lab():
    with running_lab(clients=6) as runtime:
        yield runtime


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _said(error) -> tuple[str, str]:
    what, fix = explain(error)
    return what.english(), fix.english()


def test_a_name_dns_does_not_know_is_named_as_such(lab):
    # RFC 6761: ".invalid" never resolves, so the resolver answers "no such name".
    url = "http://kms99.invalid:5985/wsman"
    runner = lab_runner(lab, "kms99.invalid", url=url, auth="negotiate")
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.UNREACHABLE
    assert error.data["reason_code"] == ConnectionReason.NAME_NOT_FOUND.value
    what, fix = _said(error)
    assert "kms99.invalid" in what and "DNS" in what
    assert "IP address" in fix


def test_a_closed_http_port_says_no_listener_and_quickconfig(lab):
    port = _closed_port()
    error, _ = run_failing(lab_runner(lab, url=f"http://127.0.0.1:{port}/wsman"))
    assert error.kind is ErrorKind.REFUSED
    assert error.data["reason_code"] == ConnectionReason.NO_LISTENER.value
    what, fix = _said(error)
    assert f"port {port} (HTTP)" in what and "listener" in what
    assert "winrm quickconfig" in fix and str(port) in fix


def test_a_closed_https_port_says_quickconfig_makes_http_only(lab):
    port = _closed_port()
    error, _ = run_failing(lab_runner(lab, url=f"https://127.0.0.1:{port}/wsman"))
    what, fix = _said(error)
    assert f"port {port} (HTTPS)" in what
    assert f"HTTPS port {port}" in fix and "5985" in fix and "-transport:https" in fix


def test_a_certificate_from_a_stranger_ca_is_named_untrusted(lab, tmp_path):
    stranger = make_ca(tmp_path, "Some other CA")
    runner = lab_runner(lab, https=True, ca_file=str(stranger.ca_file))
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.TLS
    assert error.data["reason_code"] == ConnectionReason.TLS_UNTRUSTED.value
    what, fix = _said(error)
    assert f"(HTTPS, port {runner.port})" in what and "does not trust" in what
    assert "CA file" in fix


def test_a_name_the_certificate_does_not_carry_is_a_name_mismatch(lab):
    # "127.1" reaches 127.0.0.1 (inet_aton's short form) but is checked as a host name,
    # which the lab's certificate (localhost, 127.0.0.1, the lab machines) does not carry.
    url = lab.winrm_url(KMS_HOST, https=True).replace("127.0.0.1", "127.1")
    assert "127.1:" in url
    runner = lab_runner(lab, "127.1", https=True, url=url)
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.TLS
    assert error.data["reason_code"] == ConnectionReason.TLS_NAME_MISMATCH.value
    what, fix = _said(error)
    assert "another name than 127.1" in what
    assert "full name" in fix


@pytest.mark.parametrize(
    ("user", "form", "fix_words"),
    [
        ("LAB\\administrator", "domain", "before the backslash"),
        ("administrator@lab.test", "upn", "after the @"),
        (".\\helpdesk", "local", "LocalAccountTokenFilterPolicy"),
        ("helpdesk", "bare", ".\\name"),
    ],
)
def test_a_refused_account_gets_the_fix_for_its_form(lab, user, form, fix_words):
    runner = lab_runner(lab, auth="negotiate", user=user, password="Wr0ng-Pa55w0rd!")
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.CREDENTIALS
    assert error.data["account_form"] == form
    what, fix = _said(error)
    assert user in what and f"(HTTP, port {runner.port})" in what
    assert fix_words in fix
    assert "Wr0ng-Pa55w0rd!" not in what + fix + repr(error.data)


def test_basic_with_a_domain_account_says_basic_takes_local_accounts_only(lab):
    runner = lab_runner(lab, auth="basic", user="LAB\\administrator", password="nope")
    error, _ = run_failing(runner)
    _, fix = _said(error)
    assert "Basic authentication accepts only" in fix and "Negotiate" in fix


def test_a_black_hole_is_no_answer_to_the_connection(lab):
    runner = lab_runner(lab, unreachable_machine(lab), probe_timeout=0.5, timeout=5.0)
    error, _ = run_failing(runner)
    assert error.data["reason_code"] == ConnectionReason.NO_ANSWER.value
    what, fix = _said(error)
    assert f"did not answer the connection on port {runner.port} (HTTP)" in what
    assert "firewall" in fix


def test_a_listener_that_never_answers_is_a_time_out_after_connecting(lab):
    lab.faults.inject(KMS_HOST, hang=True)
    try:
        error, _ = run_failing(lab_runner(lab, timeout=2.0))
    finally:
        lab.faults.clear(KMS_HOST)
    assert error.kind is ErrorKind.TIMEOUT
    assert error.data["reason_code"] == ConnectionReason.SILENT.value
    what, fix = _said(error)
    assert "accepted the connection" in what and "within 2 seconds" in what
    assert "Restart-Service WinRM" in fix


def _expired_listener(tmp_path):
    """A lab WS-Man server on HTTPS whose certificate (from a trusted CA) expired yesterday."""
    import ssl

    from app.lab.tls import issue_server_certificate
    from app.lab.world import build_default_lab
    from app.lab.wsman_server import WsmanServer

    authority = make_ca(tmp_path, "Trusted lab CA")
    credentials = issue_server_certificate(authority, tmp_path, [], expired=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(credentials.cert_file, credentials.key_file)
    server = WsmanServer(
        build_default_lab(clients=1, scenario="legacy-2008r2"), tls_context=context
    )
    port = server.listen_shared(https=True)
    server.start()
    return server, port, authority.ca_file


def test_an_expired_certificate_is_named_expired(lab, tmp_path):
    server, port, ca_file = _expired_listener(tmp_path)
    try:
        url = f"https://localhost:{port}/wsman"
        runner = lab_runner(lab, "localhost", https=True, url=url, ca_file=str(ca_file))
        error, _ = run_failing(runner)
    finally:
        server.stop()
    assert error.kind is ErrorKind.TLS
    assert error.data["reason_code"] == ConnectionReason.TLS_EXPIRED.value
    what, fix = _said(error)
    assert f"(HTTPS, port {port}) has expired" in what
    assert "Renew" in fix
