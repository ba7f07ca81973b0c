"""Lab KMS hosts accept real TCP connections exactly when a real host would."""

from __future__ import annotations

import socket

from app.adapters.tcp_probe import SocketTcpProbe
from app.domain.dns import ProbeStatus
from tests.adapters.winrm_support import KMS_HOST, lab_runner, running_lab

ADDRESS = "127.20.0.2"


def connect(port: int) -> ProbeStatus:
    return SocketTcpProbe().connect(ADDRESS, port, timeout=1.0).status


def test_listening_follows_key_service_port_and_firewall():
    with running_lab() as lab:
        listeners = lab.kms_listeners
        runner = lab_runner(lab, KMS_HOST)
        try:
            runner.run("firewall", {"port": 1688, "enabled": True, "profiles": ["Domain"]})
            assert listeners.endpoints == set()  # open rule, but no KMS host key yet
            runner.run("install-key", {"key": lab.world.lab_keys()["server-b"]})
            assert listeners.endpoints == {(ADDRESS, 1688)}  # the service answers once keyed
            assert connect(1688) is ProbeStatus.REACHABLE

            runner.run("set-listening-port", {"port": 1689})
            assert connect(1688) is ProbeStatus.REACHABLE  # applies only after a restart
            runner.run("restart-service")
            assert listeners.endpoints == set()  # 1689 is not let in
            assert connect(1688) is ProbeStatus.REFUSED
            runner.run("firewall", {"port": 1689, "enabled": True, "profiles": ["Domain"]})
            assert connect(1689) is ProbeStatus.REACHABLE

            runner.run("firewall", {"port": 1689, "enabled": False, "profiles": ["Domain"]})
            runner.run("firewall", {"port": 1689, "enabled": True, "profiles": ["Public"]})
            assert connect(1689) is ProbeStatus.REFUSED  # the lab machine is in the Domain profile
        finally:
            runner.close()
    assert connect(1689) is ProbeStatus.REFUSED  # the lab stopped: its sockets are gone


def test_an_address_already_taken_is_reported_not_fatal():
    blocker = socket.socket()
    blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    blocker.bind((ADDRESS, 1688))
    blocker.listen(1)
    try:
        with running_lab() as lab:
            runner = lab_runner(lab, KMS_HOST)
            try:
                runner.run("install-key", {"key": lab.world.lab_keys()["server-b"]})
                runner.run("firewall", {"port": 1688, "enabled": True, "profiles": ["Domain"]})
            finally:
                runner.close()
            assert (ADDRESS, 1688) in lab.kms_listeners.problems
            assert lab.kms_listeners.endpoints == set()
    finally:
        blocker.close()
