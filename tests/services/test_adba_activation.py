"""Activating the forest through a domain-joined machine: the real winrm adapter against the lab.

The lab's domain controller (Windows Server 2022, app/lab/domain_controller.py) implements
the three SoftwareLicensingService methods (app/lab/spp/adba.py); kms01 of the legacy story
is a Windows Server 2008 R2, which has none. Every call goes over real WS-Man with the key on
standard input, and the lab records what it received.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from app.adapters.winrm_runner import WinrmRunner
from app.domain.keys import parse_key
from app.domain.phone import InvalidPhoneValue
from app.lab.domain_controller import add_domain_controller
from app.lab.lab_keys import lab_confirmation_id
from app.lab.runtime import LabRuntime
from app.lab.spp.adba import forest_of
from app.lab.world import build_default_lab
from app.services.adba import AdbaActivation, AdbaInputError, AdbaRefused
from tests.adapters.winrm_support import lab_settings


@contextmanager
def _lab():
    world = build_default_lab(seed=0, clients=12, scenario="legacy-2008r2")
    add_domain_controller(world)
    with LabRuntime(world, with_dns=False) as lab:
        yield lab


@pytest.fixture(scope="module")
def lab():
    with _lab() as running:
        yield running


def _activation(lab, machine: str = "dc01.lab.test") -> AdbaActivation:
    return AdbaActivation(WinrmRunner(machine, lab_settings(lab, machine)))


def _forest(lab):
    world = lab.world
    return forest_of(world.lab, world.lab.find("dc01"))


def test_online_activation_writes_an_activation_object(lab):
    key = parse_key(lab.world.lab_keys()["ws2022"])
    created = _activation(lab).activate_online(key, "Contoso Server 2022")
    assert created.name == "Contoso Server 2022"
    assert created.dn == (
        "CN=Contoso Server 2022,CN=Activation Objects,CN=Microsoft SPP,CN=Services,"
        "CN=Configuration,DC=lab,DC=test"
    )
    assert created.partial_key == key.last5
    assert not created.by_phone
    assert "contoso server 2022" in _forest(lab).objects
    # The key arrived (on standard input: tests/lab/test_ps_scripts.py proves the command
    # line never holds it).
    received = [r for r in lab.world.received if r.operation == "adba-activate-online"]
    assert received and received[-1].params.get("key") == key.reveal()
    with pytest.raises(AdbaRefused) as again:
        _activation(lab).activate_online(key, "Contoso Server 2022")
    assert again.value.hresult == 0x80071392  # the name is taken


def test_phone_activation_in_two_steps(lab):
    key = parse_key(lab.world.lab_keys()["ws2019"])
    activation = _activation(lab)
    iid = activation.installation_id(key)
    assert iid.iid.isdigit() and len(iid.iid) == 63
    assert len(iid.groups) == 9
    assert "by phone" not in _forest(lab).objects  # getting the IID changes nothing
    wrong = lab_confirmation_id("1" * 63)
    with pytest.raises(AdbaRefused) as refused:
        activation.apply_confirmation(key, wrong, "By phone")
    assert refused.value.hresult == 0xC004F031
    created = activation.apply_confirmation(key, lab_confirmation_id(iid.iid), "By phone")
    assert created.by_phone and created.partial_key == key.last5


def test_windows_server_2008_r2_cannot_activate_a_forest(lab):
    key = parse_key(lab.world.lab_keys()["ws2022"])
    with pytest.raises(AdbaRefused) as refused:
        _activation(lab, "kms01.lab.test").activate_online(key, "From 2008 R2")
    assert refused.value.hresult == 0x80131515
    assert "Windows Server 2012" in refused.value.message.english()


def test_a_client_setup_key_or_an_old_host_key_is_refused(lab):
    keys = lab.world.lab_keys()
    for label in ("server-b", "mak:client-vl"):
        with pytest.raises(AdbaRefused) as refused:
            _activation(lab).activate_online(parse_key(keys[label]), f"With {label}")
        assert refused.value.hresult == 0xC004F050
        assert "CSVLK" in refused.value.message.english()


def test_an_unprepared_forest_is_explained(lab):
    forest = _forest(lab)
    forest.prepared = False
    try:
        with pytest.raises(AdbaRefused) as refused:
            _activation(lab).installation_id(parse_key(lab.world.lab_keys()["ws2022"]))
        assert refused.value.hresult == 0x80072030
        assert "forestprep" in refused.value.message.english()
    finally:
        forest.prepared = True


def test_bad_input_is_refused_before_anything_is_sent(lab):
    key = parse_key(lab.world.lab_keys()["ws2022"])
    before = len(lab.world.received)
    with pytest.raises(AdbaInputError):
        _activation(lab).activate_online(key, "   ")
    with pytest.raises(InvalidPhoneValue):
        _activation(lab).apply_confirmation(key, "12345", "Name")
    assert len(lab.world.received) == before


def test_without_internet_the_phone_is_offered(lab):
    dc = lab.world.lab.find("dc01")
    dc.internet = False
    try:
        with pytest.raises(AdbaRefused) as refused:
            _activation(lab).activate_online(
                parse_key(lab.world.lab_keys()["ws2022"]), "Offline try"
            )
        assert refused.value.hresult == 0x80072EE7
        assert "phone" in refused.value.message.english()
    finally:
        dc.internet = True
