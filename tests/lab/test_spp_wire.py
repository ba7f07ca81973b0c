"""LabWorld.execute as a Windows shell: hostile values stay data, code pages, cmd.exe behaviour."""

from __future__ import annotations

import base64
import json
import threading

import pytest

from app.domain.operation_wire import OPERATION_MARKER, encode_command
from app.lab.world import LabWorld, build_default_lab, to_powershell_json
from tests.lab.spp_lab_driver import Driver, command

HOSTILE = [
    "kms01;calc.exe",
    "kms01' ; Remove-Item C:\\ -Recurse #",
    '"; Stop-Computer; "',
    "$(Stop-Computer -Force)",
    "`whoami`",
    "kms01.lab.test\nStop-Computer",
    "kms01.lab.test\n",
    "kms01\r\n$(calc)",
    "é" * 100,
]


@pytest.fixture(scope="module")
def world() -> LabWorld:
    return build_default_lab(scenario="legacy-2008r2")


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_host_names_arrive_as_data_and_are_refused(world: LabWorld, value: str) -> None:
    d = Driver(world)
    document = d.run("pc001", "set-kms-host", host=value, port=1688)
    assert document == {"ok": False, "hresult": "0x80070057", "message": "invalid host"}
    received = world.received[-1]
    assert received.machine == "pc001.lab.test"
    assert received.operation == "set-kms-host"
    assert received.params == {"host": value, "port": 1688}
    assert received.at == world.clock.now()
    assert world.machine("pc001").service.kms_machine == ""


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_keys_arrive_as_data_and_are_invalid_keys(world: LabWorld, value: str) -> None:
    d = Driver(world)
    before = d.windows("pc003")
    assert d.fails("pc003", "install-key", key=value) == "0xC004F050"
    assert world.received[-1].params == {"key": value}
    assert d.windows("pc003") == before


@pytest.mark.parametrize("value", [*HOSTILE, "x' OR ID LIKE '%", 42, ["a"]])
def test_hostile_activation_ids_never_reach_a_query(world: LabWorld, value: object) -> None:
    d = Driver(world)
    assert d.run("pc001", "activate", activation_id=value)["message"] == "invalid activation_id"
    assert world.received[-1].params == {"activation_id": value}


def test_hostile_cid_and_domain_values(world: LabWorld) -> None:
    d = Driver(world)
    for value in HOSTILE[:-1]:  # the long one would not fit deposit-cid's command line twice
        assert d.fails("kms01", "deposit-cid", iid=value, cid=value) == "0xC004F02C"
        domains = [{"domain": value, "priority": 0, "weight": 0}]
        assert d.fails("kms01", "set-dns-publishing", enabled=True, domains=domains) == "0x80070057"
        assert world.received[-1].params["domains"][0]["domain"] == value


def test_code_page_65001_keeps_accents_and_437_mangles_them() -> None:
    world = build_default_lab(scenario="legacy-2008r2")
    line = command("inspect")
    utf8 = world.execute("pc-fr", line, codepage=65001).stdout
    assert json.loads(utf8.decode("utf-8"))["caption"] == "Microsoft Windows 10 Éducation"
    oem = world.execute("pc-fr", line, codepage=437).stdout
    assert "Éducation" not in oem.decode("utf-8", errors="replace")  # mojibake for a UTF-8 reader
    assert json.loads(oem.decode("cp437"))["caption"] == "Microsoft Windows 10 Éducation"
    german = world.execute("pc-de", line, codepage=65001).stdout.decode("utf-8")
    assert json.loads(german)["caption"] == "Microsoft Windows 10 Pro für Workstations"
    assert json.loads(german)["language"] == "de-DE"
    fw = command("firewall-state", {"port": 1688})
    rules = json.loads(world.execute("kms01", fw, codepage=65001).stdout.decode("utf-8"))["rules"]
    assert {r["display_name"] for r in rules} == {"Service de gestion de clés (TCP-Entrée)"}
    # Characters a code page lacks become "?" (errors="replace"), as the console does.
    ascii_only = world.execute("pc-fr", line, codepage=20127).stdout
    assert b"?ducation" in ascii_only


def test_unknown_commands_fail_like_cmd_exe(world: LabWorld) -> None:
    outcome = world.execute("pc001", "foo bar baz")
    assert outcome.exit_code == 1 and outcome.stdout == b""
    assert outcome.stderr == (
        b"'foo' is not recognized as an internal or external command,\r\n"
        b"operable program or batch file.\r\n"
    )
    hostname = world.execute("pc001", "hostname")
    assert (hostname.exit_code, hostname.stdout) == (0, b"PC001\r\n")
    assert world.execute("pc001", "echo hello").stdout == b"hello\r\n"


def test_powershell_without_a_contract_script_fails_like_powershell(world: LabWorld) -> None:
    count = len(world.received)
    for script in ("Get-Date", f"{OPERATION_MARKER}format-disk\n$KmswArgs = 'e30='\n"):
        outcome = world.execute("pc001", encode_command(script))
        assert outcome.exit_code == 1 and outcome.stdout == b""
        assert outcome.stderr.startswith(b"#< CLIXML\r\n")
    assert world.execute("pc001", "powershell -Command Get-Process").exit_code == 1
    bad = world.execute("pc001", "powershell -EncodedCommand ====")
    assert bad.exit_code == 1 and b"Base64" in bad.stderr
    assert len(world.received) == count  # nothing ran


def test_a_mangled_parameters_line_is_reported_by_the_script(world: LabWorld) -> None:
    script = f"{OPERATION_MARKER}activate\n$KmswArgs = '!!not base64!!'\n"
    outcome = world.execute("pc001", encode_command(script))
    document = json.loads(outcome.stdout)
    assert outcome.exit_code == 0
    assert document["ok"] is False and document["hresult"] == "0x80131537"
    # status never reads its parameters, so it still answers.
    script = f"{OPERATION_MARKER}status\n$KmswArgs = '!!not base64!!'\n"
    assert json.loads(world.execute("pc001", encode_command(script)).stdout)["ok"] is True


def test_stock_pywinrm_style_command_lines_work(world: LabWorld) -> None:
    # pywinrm's run_ps sends "powershell -encodedcommand <base64>".
    line = command("inspect")
    encoded = line.rsplit(" ", 1)[1]
    outcome = world.execute("pc001", f"powershell -encodedcommand {encoded}")
    assert json.loads(outcome.stdout)["fqdn"] == "pc001.lab.test"
    assert base64.b64decode(encoded).decode("utf-16-le").startswith(OPERATION_MARKER + "inspect")


def test_machine_names_are_found_in_any_spelling(world: LabWorld) -> None:
    assert world.has_machine("kms01") and world.has_machine("KMS01.LAB.TEST.")
    assert world.has_machine("127.20.0.2")
    assert not world.has_machine("kms01.other.test") and not world.has_machine("nope")
    assert world.canonical_name("Pc-Fr") == "pc-fr.lab.test"
    assert world.machine_summary("kms01") == {
        "name": "kms01.lab.test",
        "os": "Microsoft Windows Server 2008 R2 Standard",
        "role": "kms-host-candidate",
        "address": "127.20.0.2",
    }
    assert world.is_reachable("kms01") and not world.is_reachable("pc-offline")
    with pytest.raises(KeyError):
        world.execute("nope", "hostname")


def test_execute_is_thread_safe() -> None:
    world = build_default_lab(scenario="legacy-2008r2")
    d = Driver(world)
    d.make_host()
    names = [n for n in world.machine_names() if world.is_reachable(n)][:8]
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            for _ in range(15):
                d.run(name, "activate")
                assert d.status(name)["ok"] is True
        except BaseException as exc:
            errors.append(exc)

    before = len(world.received)
    threads = [threading.Thread(target=work, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(world.received) - before == len(names) * 30


def test_json_is_written_like_convertto_json() -> None:
    text = to_powershell_json({"a": "l'hôte <KMS> & co", "n": None, "b": True})
    assert text == '{"a":"l\\u0027hôte \\u003cKMS\\u003e \\u0026 co","n":null,"b":true}\r\n'
    assert json.loads(text) == {"a": "l'hôte <KMS> & co", "n": None, "b": True}
