"""The lab's kms01 made a working KMS host for the clients-only path, through real operations."""

from __future__ import annotations

import pytest

from app.domain.errors import ExecutionError
from app.lab.working_host import set_up_working_kms_host
from tests.adapters.winrm_support import KMS_HOST, lab_runner, running_lab


def test_kms01_becomes_an_activated_host_with_its_port_open():
    with running_lab() as lab:
        runner = lab_runner(lab, KMS_HOST)
        try:
            set_up_working_kms_host(runner, lab.world.lab_keys(), lab.world.scenario)
            status = runner.run("status")
        finally:
            runner.close()
        host = [p for p in status["products"] if p.get("is_kms_host_key")]
        assert host and host[0]["license_status"] == 1  # licensed
        assert lab.kms_listeners.endpoints  # port 1688 answers


def test_a_failed_step_raises_the_typed_error_without_the_key():
    with running_lab() as lab:
        lab.world.set_internet(KMS_HOST.split(".")[0], False)  # online activation fails
        runner = lab_runner(lab, KMS_HOST)
        try:
            with pytest.raises(ExecutionError) as failed:
                set_up_working_kms_host(runner, lab.world.lab_keys(), lab.world.scenario)
        finally:
            runner.close()
        text = str(failed.value)
        assert "0x80072EE7" in text  # the host cannot reach Microsoft: a typed, explained error
        key = lab.world.lab_keys()["server-b"]
        assert key not in text and key[-5:] not in text
