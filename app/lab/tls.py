"""A throw-away certificate authority and server certificate for the lab's HTTPS listener.

The lab's WS-Management server speaks HTTPS like a real WinRM listener on 5986,
so the winrm adapter's certificate validation is exercised for real: the lab
writes a fresh CA and a server certificate (SAN ``127.0.0.1``, ``localhost``
and every lab machine name) into a temporary folder, and a client that trusts
that CA file connects while any other CA is refused. Keys are generated per
run and never leave that folder; nothing here is a secret worth keeping.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_VALIDITY = dt.timedelta(days=30)


@dataclass(frozen=True)
class CertificateAuthority:
    """A CA certificate file (PEM) and the key that signs with it."""

    ca_file: Path
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate


@dataclass(frozen=True)
class ServerCredentials:
    """What an HTTPS listener loads (``cert_file``, ``key_file``) and clients trust."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def make_ca(
    directory: Path, common_name: str = "KMS Host Wizard lab CA (lab only)"
) -> CertificateAuthority:
    """Create a self-signed CA and write its certificate to ``directory/<name>.pem``.

    Args:
        directory: an existing folder (a temporary one).
        common_name: the CA's subject; also names the file.
    """
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    slug = "".join(c if c.isalnum() else "-" for c in common_name.lower()).strip("-")
    ca_file = directory / f"{slug[:40]}.pem"
    ca_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return CertificateAuthority(ca_file, key, certificate)


def issue_server_certificate(
    authority: CertificateAuthority,
    directory: Path,
    names: Iterable[str],
    *,
    expired: bool = False,
) -> ServerCredentials:
    """Issue a TLS server certificate for loopback and ``names``, signed by ``authority``.

    The subject alternative names always include ``127.0.0.1``, ``::1`` and
    ``localhost``, so a client validating the host name of a loopback URL accepts it.
    ``expired`` issues one that expired yesterday (what a forgotten listener presents).
    """
    key = ec.generate_private_key(ec.SECP256R1())
    dns_names = ["localhost", *sorted({n.strip().rstrip(".").lower() for n in names if n})]
    alt_names: list[x509.GeneralName] = [x509.DNSName(n) for n in dict.fromkeys(dns_names)]
    alt_names += [
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address("::1")),
    ]
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - (dt.timedelta(days=30) if expired else dt.timedelta(minutes=5)))
        .not_valid_after(now - dt.timedelta(days=1) if expired else now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()),
            critical=False,
        )
        .sign(authority.key, hashes.SHA256())
    )
    cert_file = directory / "wsman-server.pem"
    key_file = directory / "wsman-server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    return ServerCredentials(authority.ca_file, cert_file, key_file)


def make_lab_credentials(directory: Path, names: Iterable[str]) -> ServerCredentials:
    """A fresh CA plus a server certificate for ``names``, all written to ``directory``."""
    return issue_server_certificate(make_ca(directory), directory, names)
