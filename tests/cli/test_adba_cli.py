"""``kms-wizard adba …`` against the simulated lab (activation) — in-process, as a user runs it.

The directory steps run against the real Samba DC in tests/ad/test_adba_directory.py.
"""

from __future__ import annotations

import pytest

from tests.cli.cli_run import run, run_json


def _host_key(capsys, monkeypatch) -> str:
    from app.lab.world import build_default_lab

    return build_default_lab(seed=0, clients=1).lab_keys()["ws2022"]


def test_activate_needs_confirmation_and_never_takes_the_key_as_an_argument(capsys, monkeypatch):
    key = _host_key(capsys, monkeypatch)
    code, out, err = run(
        capsys, monkeypatch, "adba", "activate", "--target", "dc01", "--lab",
        "--name", "Contoso", "--key-stdin", stdin=key + "\n",
    )
    assert code == 1
    assert "--yes" in err and key not in out + err
    with pytest.raises(SystemExit) as refused:
        run(capsys, monkeypatch, "adba", "activate", "--target", "dc01", "--lab",
            "--name", "Contoso", "--key", key)
    assert refused.value.code == 2
    captured = capsys.readouterr()
    assert key not in captured.out + captured.err


def test_activate_online_then_by_phone_on_the_lab_dc(capsys, monkeypatch):
    key = _host_key(capsys, monkeypatch)
    code, document, err = run_json(
        capsys, monkeypatch, "adba", "activate", "--target", "dc01", "--lab",
        "--name", "Contoso 2022", "--key-stdin", "--yes", stdin=key + "\n",
    )
    assert code == 0, err
    assert document["object"]["name"] == "Contoso 2022"
    assert document["object"]["partial_key"] == key[-5:]
    assert key not in str(document)

    code, document, err = run_json(
        capsys, monkeypatch, "adba", "phone-iid", "--target", "dc01", "--lab", "--key-stdin",
        stdin=key + "\n",
    )
    assert code == 0, err
    assert len(document["groups"]) == 9

    from app.lab.lab_keys import lab_confirmation_id

    # Each --lab run is a new lab: the IID of this run's forest is the same (same seed).
    cid = lab_confirmation_id(document["iid"])
    code, document, err = run_json(
        capsys, monkeypatch, "adba", "phone-cid", "--target", "dc01", "--lab", "--key-stdin",
        "--name", "By phone", "--cid", cid, "--yes", stdin=key + "\n",
    )
    assert code == 0, err
    assert document["object"]["by_phone"] is True


def test_a_machine_before_2012_is_explained(capsys, monkeypatch):
    key = _host_key(capsys, monkeypatch)
    code, _out, err = run(
        capsys, monkeypatch, "adba", "phone-iid", "--target", "kms01", "--lab",
        "--lab-scenario", "legacy-2008r2", "--key-stdin", stdin=key + "\n",
    )
    assert code == 1
    assert "0x80131515" in err and "Windows Server 2012" in err
