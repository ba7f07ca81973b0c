"""Send one RFC 2136 dynamic update, TSIG-signed, and say how the server took it.

The exchange is done by hand over TCP (two-byte length prefix, RFC 1035
§4.2.2) rather than with ``dns.query.tcp`` because a server that rejects a
signed update often answers *unsigned* (REFUSED, or NOTAUTH with BADKEY):
dnspython would raise on the missing signature and the reason would be lost.
Here the reply is read raw, checked against the key when it is signed, and
read without the key only to learn the refusal's code.
"""

from __future__ import annotations

import socket
import struct
import time

import dns.exception
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.tsig
import dns.update

from app.domain.dns import NameServer
from app.domain.dns_update import ChangeKind, DnsUpdate, UpdateResult, UpdateStatus
from app.domain.tsig_key import TsigKey

_RCODE_STATUS = {
    dns.rcode.NOERROR: UpdateStatus.ACCEPTED,
    dns.rcode.REFUSED: UpdateStatus.REFUSED,
    dns.rcode.NOTAUTH: UpdateStatus.NOT_AUTHORITATIVE,
    dns.rcode.NOTZONE: UpdateStatus.NOT_ZONE,
    dns.rcode.SERVFAIL: UpdateStatus.SERVER_FAILURE,
    dns.rcode.YXDOMAIN: UpdateStatus.PREREQUISITE_FAILED,
    dns.rcode.YXRRSET: UpdateStatus.PREREQUISITE_FAILED,
    dns.rcode.NXRRSET: UpdateStatus.PREREQUISITE_FAILED,
    dns.rcode.NXDOMAIN: UpdateStatus.PREREQUISITE_FAILED,
}
_TSIG_ERRORS = {
    dns.tsig.PeerBadKey: ("BADKEY", UpdateStatus.BAD_KEY),
    dns.tsig.PeerBadSignature: ("BADSIG", UpdateStatus.BAD_SIGNATURE),
    dns.tsig.PeerBadTime: ("BADTIME", UpdateStatus.BAD_TIME),
}
_MAX_REPLY = 65535
# BIND's key files say "hmac-md5"; on the wire it is HMAC-MD5.SIG-ALG.REG.INT.
_ALGORITHMS = {
    "hmac-md5": dns.tsig.HMAC_MD5,
    "hmac-sha1": dns.tsig.HMAC_SHA1,
    "hmac-sha224": dns.tsig.HMAC_SHA224,
    "hmac-sha256": dns.tsig.HMAC_SHA256,
    "hmac-sha384": dns.tsig.HMAC_SHA384,
    "hmac-sha512": dns.tsig.HMAC_SHA512,
}


def send_update(
    server: NameServer, update: DnsUpdate, key: TsigKey | None, *, timeout: float
) -> UpdateResult:
    """Send ``update`` to ``server`` over TCP; every outcome is an :class:`UpdateResult`."""
    started = time.monotonic()

    def result(status: UpdateStatus, **fields) -> UpdateResult:
        elapsed = round((time.monotonic() - started) * 1000, 2)
        return UpdateResult(status, elapsed_ms=elapsed, **fields)

    message = _build(update, key)
    wire = message.to_wire()  # signs the message and records its MAC
    try:
        reply = _exchange(server, wire, deadline=started + timeout)
    except TimeoutError:
        return result(UpdateStatus.TIMEOUT)
    except OSError as problem:
        return result(UpdateStatus.UNREACHABLE, problem=problem.strerror or str(problem))
    except _ShortReply as problem:
        return result(UpdateStatus.MALFORMED, problem=str(problem))
    return _judge(message, reply, result)


def _build(update: DnsUpdate, key: TsigKey | None) -> dns.update.UpdateMessage:
    keyring = None
    if key is not None:
        keyring = dns.tsig.Key(key.name + ".", key.secret, _ALGORITHMS[key.algorithm])
    message = dns.update.UpdateMessage(update.zone, keyring=keyring)
    for change in update.changes:
        name = dns.name.from_text(change.name)
        if change.kind is ChangeKind.ADD:
            message.add(name, change.ttl, change.rdtype, change.value)
        elif change.kind is ChangeKind.DELETE_RECORD:
            message.delete(name, change.rdtype, change.value)
        else:
            message.delete(name, change.rdtype)
    return message


class _ShortReply(Exception):
    """The server closed the connection before a whole reply arrived."""


def _exchange(server: NameServer, wire: bytes, *, deadline: float) -> bytes:
    family = socket.AF_INET6 if ":" in server.address else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(max(deadline - time.monotonic(), 0.01))
        sock.connect((server.address, server.port))
        sock.sendall(struct.pack("!H", len(wire)) + wire)
        (length,) = struct.unpack("!H", _read(sock, 2, deadline))
        return _read(sock, length, deadline)


def _read(sock: socket.socket, count: int, deadline: float) -> bytes:
    data = b""
    while len(data) < count:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock.settimeout(remaining)
        chunk = sock.recv(min(count - len(data), _MAX_REPLY))
        if not chunk:
            raise _ShortReply(f"connection closed after {len(data)} of {count} bytes")
        data += chunk
    return data


def _judge(message: dns.update.UpdateMessage, reply: bytes, result) -> UpdateResult:
    signed = message.keyring is not None
    tsig_error = ""
    status_override = None
    try:
        response = dns.message.from_wire(
            reply, keyring=message.keyring if signed else None, request_mac=message.mac
        )
    except tuple(_TSIG_ERRORS) as problem:
        tsig_error, status_override = _TSIG_ERRORS[type(problem)]
        response = _unchecked(reply)
    except dns.exception.FormError as problem:
        # A signed update answered without a signature: trust only a refusal.
        response = _unchecked(reply)
        if response is None:
            return result(UpdateStatus.MALFORMED, problem=str(problem))
        if response.rcode() == dns.rcode.NOERROR:
            return result(
                UpdateStatus.MALFORMED,
                rcode="NOERROR",
                problem="the reply to a signed update was not signed",
            )
    except Exception as problem:  # a hostile reply must never crash publishing
        return result(UpdateStatus.MALFORMED, problem=f"{type(problem).__name__}: {problem}")
    if response is None:
        return result(UpdateStatus.MALFORMED, problem="unreadable reply")
    if response.id != message.id or response.opcode() != dns.opcode.UPDATE:
        return result(UpdateStatus.MALFORMED, problem="the reply does not match the update")
    rcode = response.rcode()
    status = status_override or _RCODE_STATUS.get(rcode, UpdateStatus.OTHER_ERROR)
    return result(status, rcode=dns.rcode.to_text(rcode), tsig_error=tsig_error)


def _unchecked(reply: bytes) -> dns.message.Message | None:
    """Read a reply without checking its signature (only to learn why we were refused)."""
    try:
        return dns.message.from_wire(reply, keyring=False)
    except Exception:  # unreadable even without the signature check
        return None
