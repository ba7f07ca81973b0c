"""HTTPS to the lab: its throw-away CA is trusted when given, anything else is refused."""

from __future__ import annotations

import ssl

import pytest

from app.domain.errors import ErrorKind
from app.lab.tls import make_ca
from tests.adapters.winrm_support import KMS_HOST, lab_runner, run_failing, running_lab


@pytest.fixture(scope="module")
def lab():
    with running_lab() as runtime:
        yield runtime


def test_lab_certificate_names_loopback_and_the_lab_machines(lab):
    from cryptography import x509

    certificate = x509.load_pem_x509_certificate(lab.credentials.cert_file.read_bytes())
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    dns_names = names.get_values_for_type(x509.DNSName)
    assert "localhost" in dns_names and KMS_HOST in dns_names
    assert "127.0.0.1" in {str(ip) for ip in names.get_values_for_type(x509.IPAddress)}


def test_https_with_the_lab_ca_connects(lab):
    runner = lab_runner(lab, https=True)
    try:
        document = runner.run("inspect")
    finally:
        runner.close()
    assert runner.settings.url.startswith("https://")
    assert document["ok"] is True


def test_https_on_the_shared_endpoint_connects(lab):
    runner = lab_runner(lab, https=True, url=lab.shared_url(KMS_HOST, https=True))
    try:
        assert runner.run("inspect")["ok"] is True
    finally:
        runner.close()


def test_another_ca_is_refused_as_a_tls_error(lab, tmp_path):
    stranger = make_ca(tmp_path, "Some other CA")
    runner = lab_runner(lab, https=True, ca_file=str(stranger.ca_file))
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.TLS
    assert "certificate" in error.data["reason"] or "issuer" in error.data["reason"]


def test_the_system_trust_store_does_not_know_the_lab_ca(lab):
    runner = lab_runner(lab, https=True, ca_file=None)
    error, _ = run_failing(runner)
    assert error.kind is ErrorKind.TLS


def test_validation_off_is_an_explicit_choice_that_connects(lab):
    runner = lab_runner(lab, https=True, ca_file=None, verify_tls=False)
    try:
        assert runner.run("inspect")["ok"] is True
    finally:
        runner.close()


def test_http_client_on_the_https_port_fails_cleanly(lab):
    url = lab.winrm_url(KMS_HOST, https=True).replace("https://", "http://")
    error, _ = run_failing(lab_runner(lab, url=url, timeout=3.0))
    assert error.kind in (ErrorKind.UNREACHABLE, ErrorKind.TIMEOUT)


def test_lab_server_speaks_modern_tls_only(lab):
    url = lab.winrm_url(KMS_HOST, https=True)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    context = ssl.create_default_context(cafile=str(lab.ca_file))
    import socket

    with (
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
