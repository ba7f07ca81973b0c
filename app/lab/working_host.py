"""The lab's kms01 made a working KMS host, for training on the clients alone.

The clients-only path of the wizard skips the host steps; in the lab that would leave
kms01 a mere candidate and every conversion to KMS without a host to answer. So the
lab does what an admin did earlier, through the same operations the wizard runs:
the lab's host key of kms01's own group (Windows Server 2022 in the current story,
Server Group B on the 2008 R2 one), online activation, the stock firewall rule of the
Domain profile (SPPSVC-In-TCP-NoScope: clients on any subnet of the domain). The lab
publishes the SRV record itself once the host is activated.
"""

from __future__ import annotations

from app.domain.lab_scenarios import DEFAULT_SCENARIO
from app.domain.ports import ScriptRunner

# kms01 is a domain member: what an admin opens there is the Domain profile's stock rule.
HOST_PROFILES = ["domain"]


def host_key_group(scenario: str = DEFAULT_SCENARIO) -> str:
    """The host key group kms01 holds when it works (``ws2022``, ``server-b``)."""
    from app.lab.topology import story

    return story(scenario).host_key_group


def set_up_working_kms_host(
    runner: ScriptRunner, lab_keys: dict[str, str], scenario: str = DEFAULT_SCENARIO
) -> None:
    """Install and activate the lab's host key on the runner's machine, open port 1688.

    Args:
        runner: a runner on the lab's KMS host candidate (kms01).
        lab_keys: the lab's own keys by key group (``LabWorld.lab_keys()``).
        scenario: the lab's story (``LabWorld.scenario``): which key fits kms01.
    """
    # A failing step raises the runner's typed ExecutionError (shown with its fix).
    runner.run("install-key", {"key": lab_keys[host_key_group(scenario)]})
    runner.run("activate", {})
    runner.run("firewall", {"port": 1688, "enabled": True, "profiles": HOST_PROFILES})
