"""A referral never carries the password (review D1), against a real slapd.

Windows AD answers a search base outside the partitions it holds (another
domain of the forest, a typo in the DC= parts) with a referral; Samba answers
noSuchObject instead, so this one case stays on slapd, whose ``referral``
directive answers every base outside its suffix the same way. The referral
points at a TCP listener on loopback that records every byte it receives:
ldap3's default (``auto_referrals=True``) would open a plain connection there
and send the same bind, password included.
"""

from __future__ import annotations

import socket
import threading

import pytest

from app.adapters.ldap_inventory import DirectorySettings, LdapDirectory
from app.domain.inventory_ad import (
    DirectoryError,
    DirectoryProblem,
    DirectoryQuery,
    DirectoryServer,
)

from .slapd_server import ADMIN_DN, ADMIN_PASSWORD, running_slapd


class RecordingListener:
    """Accepts TCP connections on loopback and keeps what they send (never answers)."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                peer, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            with peer:
                peer.settimeout(1.0)
                try:
                    while chunk := peer.recv(4096):
                        self.received += chunk
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.server.close()


@pytest.fixture
def listener():
    recording = RecordingListener()
    try:
        yield recording
    finally:
        recording.close()


def test_a_referral_is_reported_and_never_followed_with_the_password(tmp_path, listener):
    referral = f"ldap://127.0.0.1:{listener.port}/"
    with running_slapd(tmp_path / "slapd", referral=referral) as slapd:
        settings = DirectorySettings(
            server=DirectoryServer("localhost", slapd.ldaps_port, tls=True),
            user=ADMIN_DN,
            password=ADMIN_PASSWORD,
            ca_file=str(slapd.ca_file),
            timeout=3.0,
        )
        with pytest.raises(DirectoryError) as refused:
            LdapDirectory(settings).computers(DirectoryQuery.build("DC=other,DC=test"))
    listener.close()  # every connection read to its end
    # Nothing reached the host the referral named: no connection, no bind, no password.
    assert listener.connections == 0
    assert ADMIN_PASSWORD.encode() not in bytes(listener.received)
    error = refused.value
    assert error.problem is DirectoryProblem.REFERRAL
    assert error.message.english() == (
        "The search base “DC=other,DC=test” belongs to another domain: the directory server "
        f"refers to 127.0.0.1:{listener.port}, which was not contacted."
    )
    assert error.fix is not None and f"127.0.0.1:{listener.port}" in error.fix.english()
