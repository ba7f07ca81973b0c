"""Command-line traps (issue 14, item 8): a port change is checked before it is made, a key
never comes from (nor is echoed back by) the command line, ``host dns-publishing`` asks the
DNS server it is given, and a refused Confirmation ID names the block to re-type, once."""

from __future__ import annotations

import io
import socket

import pytest

from app.cli import main
from app.lab.lab_keys import lab_confirmation_id
from tests.cli.cli_run import run, run_json
from tests.cli.lab_process import lab_serve

KMS_HOST = "kms01.lab.test"
A_KEY = "YC6KT-GKW9T-YTKYR-T4X34-FHRC6"


def usage_error(capsys, monkeypatch, *argv) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as leaving:
        main(list(argv))
    assert leaving.value.code == 2
    return capsys.readouterr().err


def lab(step, *extra, lang="en"):
    return (
        "--lang",
        lang,
        "host",
        step,
        "--target",
        "kms01",
        "--lab-scenario",
        "legacy-2008r2",
        "--lab",
        *extra,
    )


def ids(result) -> list[str]:
    return [finding["id"] for finding in result["findings"]]


# --- --key and what argparse echoes ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "keys are never taken from the command line"),
        ("fr", "--key-stdin"),
        ("de", "Schlüssel werden nie von der Befehlszeile übernommen"),
    ],
)
@pytest.mark.parametrize(
    "spelling",
    [("--key", A_KEY), (f"--key={A_KEY}",), ("--ke", A_KEY), ("--product-key", A_KEY)],
)
def test_a_key_option_explains_where_keys_come_from_without_echoing(
    capsys, monkeypatch, lang, expected, spelling
):
    err = usage_error(capsys, monkeypatch, *lab("install-key", *spelling, lang=lang))
    assert expected in err
    assert "ambiguous" not in err and "ambiguë" not in err and "mehrdeutig" not in err
    assert "FHRC6" not in err and "GKW9T" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("host", "status", "--target", "kms01", "--lab-scenario", "legacy-2008r2", "--lab", A_KEY),
        (
            "host",
            "status",
            "--target",
            "kms01",
            "--lab-scenario",
            "legacy-2008r2",
            "--lab",
            "--productkey",
            "FHRC6",
        ),
        (
            "host",
            "status",
            "--target",
            "kms01",
            "--lab-scenario",
            "legacy-2008r2",
            "--lab",
            *A_KEY.split("-"),
        ),
        (
            "convert",
            "pc021",
            "--lab-scenario",
            "legacy-2008r2",
            "--lab",
            "--to",
            "kms",
            "--pkey",
            A_KEY.replace("-", "").lower(),
        ),
        (
            "host",
            "install-key",
            "--target",
            "kms01",
            "--lab-scenario",
            "legacy-2008r2",
            "--lab",
            "--key-s=" + A_KEY,
        ),
    ],
)
def test_an_unrecognised_argument_never_echoes_a_key(capsys, monkeypatch, argv):
    for lang in ("en", "fr", "de"):
        err = usage_error(capsys, monkeypatch, "--lang", lang, *argv)
        assert "kms-wizard" in err
        for group in A_KEY.split("-"):
            assert group not in err and group.lower() not in err, (lang, err)


# --- host port: checked before it is changed ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "port", "expected"),
    [
        ("en", "5985", "WinRM (HTTP)"),
        ("fr", "5986", "WinRM (HTTPS)"),
        ("de", "80", "HTTP"),
        ("en", "445", "SMB"),
        ("de", "700", "1024"),
    ],
)
def test_a_port_windows_uses_is_refused_before_anything_is_changed(
    capsys, monkeypatch, lang, port, expected
):
    code, doc, _ = run_json(
        capsys, monkeypatch, *lab("port", "--port", port, "--priority", "low", lang=lang)
    )
    assert code == 2 and doc["outcome"] == "rejected"  # refused input: exit 2, as bad input
    result = doc["result"]
    assert result["priority"] is None  # refused as a whole: the priority was not set either
    assert result["port"]["listening_port"] == 1688 and not result["port"]["restarted"]
    assert ids(result["port"])[-1] == "port-refused"
    assert all(f["severity"] == "blocker" for f in result["port"]["findings"])
    assert any(expected in f["message"] for f in result["port"]["findings"])


# --- against `lab serve` (a real child process: state persists between commands) ------------


@pytest.fixture(scope="module")
def served():
    with lab_serve("--clients", "2", "--seed", "5") as (_process, description):
        yield description


def remote(served, step, *extra, lang="en"):
    url = next(m["winrm_url"] for m in served["machines"] if m["name"] == KMS_HOST)
    return (
        "--lang", lang, "host", step, "--target", KMS_HOST, "--winrm", "--winrm-url", url,
        "--auth", "basic", "--user", served["user"], "--password-stdin", *extra,
    )  # fmt: skip


@pytest.fixture(scope="module")
def host_key_installed(served):
    """kms01 with its host key installed, not yet activated (phone activation pending)."""
    monkeypatch = pytest.MonkeyPatch()
    stdin = served["password"] + "\n" + served["keys"]["server-b"] + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(list(remote(served, "install-key", "--key-stdin", "--yes"))) == 0
    monkeypatch.undo()
    return served


def test_a_refused_confirmation_id_names_the_block_to_retype_once(
    capsys, monkeypatch, host_key_installed
):
    served = host_key_installed
    password = served["password"] + "\n"
    code, doc, _ = run_json(capsys, monkeypatch, *remote(served, "phone-iid"), stdin=password)
    assert code == 0
    good = lab_confirmation_id(doc["result"]["installation_id"])
    typo = good[:13] + str((int(good[13]) + 1) % 10) + good[14:]  # block C, one digit off
    expected = {
        "en": "Re-type block C",
        "fr": "Ressaisissez le bloc C",
        "de": "Geben Sie Block C erneut ein",
    }
    for lang, advice in expected.items():
        code, out, _ = run(
            capsys, monkeypatch, *remote(served, "phone-cid", "--cid", typo, lang=lang),
            stdin=password,
        )  # fmt: skip
        assert code == 1
        assert out.count(advice) == 1, out  # said once…
        assert out.count("0xC004F04D (") == 1  # …and Windows' refusal once, not three times
        blockers = [line for line in out.splitlines() if line.startswith(("BLOCKER", "BLOQUANT"))]
        blockers += [line for line in out.splitlines() if line.startswith("BLOCKIEREND")]
        assert len(blockers) == 1, out
        assert "WARN" not in out and "AVERTISSEMENT" not in out, out
    code, doc, _ = run_json(
        capsys, monkeypatch, *remote(served, "phone-cid", "--cid", typo), stdin=password
    )
    assert [f["id"] for f in doc["result"]["findings"]] == ["cid-check-digits"]
    assert doc["result"]["findings"][0]["fix"].startswith("Re-type block C:")


@pytest.fixture(scope="module")
def activated(host_key_installed):
    served = host_key_installed
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr("sys.stdin", io.StringIO(served["password"] + "\n"))
    assert main(list(remote(served, "activate"))) == 0
    monkeypatch.undo()
    return served


def _port_now(capsys, monkeypatch, served) -> tuple[str, int]:
    """Ask for the default port again: "unchanged" proves nothing moved."""
    _code, doc, _ = run_json(
        capsys, monkeypatch, *remote(served, "port", "--port", "1688"),
        stdin=served["password"] + "\n",
    )  # fmt: skip
    return doc["result"]["port"]["outcome"], doc["result"]["port"]["listening_port"]


def test_a_port_in_use_on_the_host_is_refused_and_nothing_changes(capsys, monkeypatch, activated):
    served = activated
    password = served["password"] + "\n"
    code, doc, _ = run_json(capsys, monkeypatch, *remote(served, "inspect"), stdin=password)
    address = doc["result"]["addresses"][0]
    # Another program on the host: a real listening socket on the host's address.
    with socket.create_server((address, 0)) as other_program:
        taken = other_program.getsockname()[1]
        for lang, said in (("en", "already in use"), ("fr", "déjà utilisé"), ("de", "bereits")):
            code, out, _ = run(
                capsys, monkeypatch, *remote(served, "port", "--port", str(taken), lang=lang),
                stdin=password,
            )  # fmt: skip
            assert code == 1 and said in out and f"findstr :{taken}" in out, out
        code, doc, _ = run_json(
            capsys, monkeypatch, *remote(served, "port", "--port", str(taken), "--priority", "low"),
            stdin=password,
        )  # fmt: skip
        assert doc["outcome"] == "refused" and doc["result"]["priority"] is None
        assert [f["id"] for f in doc["result"]["port"]["findings"]] == ["port-in-use"]
    assert _port_now(capsys, monkeypatch, served) == ("unchanged", 1688)


def test_winrm_ports_are_refused_on_a_real_host_too(capsys, monkeypatch, activated):
    served = activated
    for port in ("5985", "5986"):
        code, out, err = run(
            capsys, monkeypatch, *remote(served, "port", "--port", port, lang="de"),
            stdin=served["password"] + "\n",
        )  # fmt: skip
        said = out + err
        assert code == 2 and "WinRM" in said and "nichts wurde geändert" in said, said
    assert _port_now(capsys, monkeypatch, served) == ("unchanged", 1688)


def test_a_free_port_is_still_changed(capsys, monkeypatch, activated):
    served = activated
    _code, doc, _ = run_json(
        capsys, monkeypatch, *remote(served, "port", "--port", "1689"),
        stdin=served["password"] + "\n",
    )  # fmt: skip
    assert doc["result"]["port"]["outcome"] == "done"
    assert doc["result"]["port"]["listening_port"] == 1689
    assert "port-in-use" not in [f["id"] for f in doc["result"]["port"]["findings"]]
    # Not moved back here: another test's lab may listen on 127.20.0.2:1688 meanwhile, and
    # the check would then rightly call 1688 taken.


def test_dns_publishing_asks_the_nameserver_it_is_given(capsys, monkeypatch, activated):
    """``lab serve`` answers DNS on a high port: ``--nameserver IP:PORT`` alone is enough."""
    served = activated
    _code, out, err = run(
        capsys, monkeypatch,
        *remote(served, "dns-publishing", "--on", "--domain", "lab.test", "--nameserver",
                served["dns"], lang="fr"),
        stdin=served["password"] + "\n",
    )  # fmt: skip
    assert "La publication DNS est activée" in out, out + err
    # The zone's own server (ns1) is asked where it answers, not on port 53 (a false time-out).
    ns_line = next(line for line in out.splitlines() if line.split()[1:2] == ["ns"])
    assert ns_line.split()[0] == "OK", out
    assert ":53)" not in out and "n’a pas répondu" not in out, out
    assert "NXDOMAIN" not in out and "n’existe pas" not in out, out
