"""The lab's kms01 made a working KMS host, for training on the clients alone.

The clients-only path of the wizard skips the host steps; in the lab that would leave
kms01 a mere candidate and every conversion to KMS without a host to answer. So the
lab does what an admin did earlier, through the same operations the wizard runs:
the lab's Server Group B host key, online activation, the stock firewall rule of the
Domain profile (SPPSVC-In-TCP-NoScope: clients on any subnet of the domain). The lab
publishes the SRV record itself once the host is activated.
"""

from __future__ import annotations

from app.domain.ports import ScriptRunner

HOST_KEY_GROUP = "server-b"  # kms01 is Server 2008 R2 Standard: Group B is its own group
# kms01 is a domain member: what an admin opens there is the Domain profile's stock rule.
HOST_PROFILES = ["domain"]


def set_up_working_kms_host(runner: ScriptRunner, lab_keys: dict[str, str]) -> None:
    """Install and activate the lab's host key on the runner's machine, open port 1688.

    Args:
        runner: a runner on the lab's KMS host candidate (kms01).
        lab_keys: the lab's own keys by key group (``LabWorld.lab_keys()``).
    """
    # A failing step raises the runner's typed ExecutionError (shown with its fix).
    runner.run("install-key", {"key": lab_keys[HOST_KEY_GROUP]})
    runner.run("activate", {})
    runner.run("firewall", {"port": 1688, "enabled": True, "profiles": HOST_PROFILES})
