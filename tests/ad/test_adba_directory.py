"""Active Directory-based activation against a real Samba AD DC (2012 R2 base schema).

The DC is the session's ``samba_dc`` (tests/ad/conftest.py). Its forest is prepared the
way Windows Server 2012's adprep /forestprep prepares one — Samba's own implementation of
the Forest-Wide Updates (``samba-tool domain functionalprep --forest-prep``) creates
``CN=Microsoft SPP`` and ``CN=Activation Objects`` (operations 91 and 92) with Windows'
security descriptors — and an activation object is written as Windows writes one
(class msSPP-ActivationObject, its four mandatory attributes, the SKU ID in Windows'
GUID byte order), as the DC's administrator. Then the adapter reads the schema, lists
the object and removes it, over LDAPS with the certificate verified.
"""

from __future__ import annotations

import ssl
import subprocess

import pytest
from ldap3 import SIMPLE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPNoSuchObjectResult
from PySide6.QtCore import Qt

from app.adapters.ldap_activation_objects import ActivationObjectDirectory
from app.adapters.ldap_inventory import DirectorySettings
from app.domain.adba import (
    AdbaError,
    AdbaProblem,
    SchemaState,
    container_dn,
    guid_to_windows_bytes,
    object_dn_for,
)
from app.domain.inventory_ad import DirectoryServer
from tests.ad.samba_dc import _unavailable

# A Windows Server 2022 host key's SKU (the lab's Activation ID style): only its shape matters.
SKU_ID = "8b4b3e6a-5e1c-4e6e-9a2b-1c2d3e4f5a6b"
KMS_ID = "3c40b358-5948-45af-923b-53d21fcc7e79"
PID = "03612-03770-000-000000-03-1033-20348.0000-0452023"


def _settings(dc, user: str, password: str) -> DirectorySettings:
    return DirectorySettings(
        server=DirectoryServer(dc.fqdn, 636, True),
        user=user,
        password=password,
        ca_file=str(dc.ca_file),
    )


def _admin_connection(dc) -> Connection:
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(dc.ca_file))
    server = Server(dc.fqdn, port=636, use_ssl=True, tls=tls)
    return Connection(
        server,
        user=dc.admin_upn,
        password=dc.admin_password,
        authentication=SIMPLE,
        auto_bind=True,
        raise_exceptions=True,
    )


def test_an_unprepared_2012_r2_forest_has_the_class_but_no_container(samba_dc):
    """Provisioned with the 2012 R2 schema but never forest-prepared: the class is there,
    the container slmgr /ao-list looks for is not, and the listing says ADBA is not
    supported (slmgr.vbs, L_MsgADSchemaNotSupported on 0x80072030). Runs first: the
    fixture below prepares the forest (renaming the container is refused by AD)."""
    with samba_dc.resolving():
        directory = ActivationObjectDirectory(
            _settings(samba_dc, samba_dc.admin_upn, samba_dc.admin_password)
        )
        schema = directory.schema()
        if schema.has_container:
            pytest.skip("this session's DC was forest-prepared already")
        assert schema.has_class and schema.object_version == 69
        assert schema.state is SchemaState.NO_CONTAINER
        with pytest.raises(AdbaError) as missing:
            directory.list()
    assert missing.value.problem is AdbaProblem.NO_CONTAINER


@pytest.fixture(scope="module")
def prepared_dc(samba_dc):
    """The session's DC with its forest prepared for Windows Server 2012 R2 (idempotent)."""
    with samba_dc.resolving():
        connection = _admin_connection(samba_dc)
        try:
            connection.search(
                container_dn(samba_dc.configuration_dn), "(objectClass=*)", search_scope="BASE"
            )
            prepared = True
        except LDAPNoSuchObjectResult:
            prepared = False
        finally:
            connection.unbind()
    if not prepared:
        try:
            samba_dc.samba_tool(
                "domain", "functionalprep", "--forest-prep", "--function-level=2012_R2"
            )
        except subprocess.CalledProcessError as failed:
            # Samba reads the Forest-Wide Updates from Microsoft's markdown pages.
            _unavailable(
                "samba-tool domain functionalprep failed (Debian's python3-markdown is "
                f"needed): {(failed.stdout + failed.stderr)[-300:]}"
            )
    return samba_dc


def _write_activation_object(dc, name: str) -> str:
    """What DoActiveDirectoryOnlineActivation leaves in the forest (the attributes the
    schema makes mandatory, plus displayName as slmgr /ao-list reads it)."""
    dn = object_dn_for(name, dc.configuration_dn)
    assert dn is not None
    connection = _admin_connection(dc)
    try:
        connection.add(
            dn,
            ["top", "msSPP-ActivationObject"],
            {
                "displayName": name,
                "msSPP-CSVLKSkuId": guid_to_windows_bytes(SKU_ID),
                "msSPP-KMSIds": [guid_to_windows_bytes(KMS_ID)],
                "msSPP-CSVLKPartialProductKey": "3V66T",
                "msSPP-CSVLKPid": PID,
            },
        )
    finally:
        connection.unbind()
    return dn


def test_the_2012_r2_schema_is_ready_once_the_forest_is_prepared(prepared_dc):
    with prepared_dc.resolving():
        schema = ActivationObjectDirectory(
            _settings(prepared_dc, prepared_dc.reader_upn, prepared_dc.reader_password)
        ).schema()
    assert schema.configuration_nc.lower() == prepared_dc.configuration_dn.lower()
    assert schema.object_version == 69  # Windows Server 2012 R2
    assert schema.release == "Windows Server 2012 R2"
    assert schema.has_class and schema.has_container
    assert schema.state is SchemaState.READY


def test_an_activation_object_is_listed_then_removed(prepared_dc):
    with prepared_dc.resolving():
        dn = _write_activation_object(prepared_dc, "Contoso, Server 2022 hosts")
        directory = ActivationObjectDirectory(
            _settings(prepared_dc, prepared_dc.admin_upn, prepared_dc.admin_password)
        )
        container, objects = directory.list()
        assert container == container_dn(prepared_dc.configuration_dn)
        mine = [o for o in objects if o.name == "Contoso, Server 2022 hosts"]
        assert len(mine) == 1
        listed = mine[0]
        # The comma in the name stayed in the value: one RDN, escaped.
        assert listed.name == "Contoso, Server 2022 hosts"
        assert listed.sku_id == SKU_ID  # Windows' byte order read back as slmgr prints it
        assert listed.kms_ids == (KMS_ID,)
        assert (listed.partial_key, listed.pid) == ("3V66T", PID)
        assert not listed.by_phone

        removed = directory.remove(dn)
        assert removed.sku_id == SKU_ID
        _, after = directory.list()
        assert all(o.name != "Contoso, Server 2022 hosts" for o in after)
        with pytest.raises(AdbaError) as gone:
            directory.remove(dn)
        assert gone.value.problem is AdbaProblem.NOT_FOUND


def test_only_activation_objects_are_ever_deleted(prepared_dc):
    container = container_dn(prepared_dc.configuration_dn)
    with prepared_dc.resolving():
        directory = ActivationObjectDirectory(
            _settings(prepared_dc, prepared_dc.admin_upn, prepared_dc.admin_password)
        )
        with pytest.raises(AdbaError) as refused:
            directory.remove(container)  # the container itself
        assert refused.value.problem is AdbaProblem.NOT_AN_ACTIVATION_OBJECT
        assert directory.schema().has_container


def test_an_ordinary_user_cannot_remove_one(prepared_dc):
    with prepared_dc.resolving():
        dn = _write_activation_object(prepared_dc, "Kept for the forest")
        try:
            reader = ActivationObjectDirectory(
                _settings(prepared_dc, prepared_dc.reader_upn, prepared_dc.reader_password)
            )
            with pytest.raises(AdbaError) as refused:
                reader.remove(dn)
            assert refused.value.problem is AdbaProblem.ACCESS_DENIED
            admin = ActivationObjectDirectory(
                _settings(prepared_dc, prepared_dc.admin_upn, prepared_dc.admin_password)
            )
            assert any(o.name == "Kept for the forest" for o in admin.list()[1])
        finally:
            ActivationObjectDirectory(
                _settings(prepared_dc, prepared_dc.admin_upn, prepared_dc.admin_password)
            ).remove(dn)


def test_a_password_never_appears_in_a_refusal(prepared_dc):
    with prepared_dc.resolving():
        wrong = "Not-The-Password-42!"
        directory = ActivationObjectDirectory(_settings(prepared_dc, prepared_dc.admin_upn, wrong))
        with pytest.raises(Exception) as refused:
            directory.list()
    assert wrong not in str(refused.value)
    assert "password" in str(refused.value).lower() or "credentials" in str(refused.value).lower()


def test_the_command_line_checks_lists_and_removes(prepared_dc, capsys, monkeypatch):
    from tests.cli.cli_run import run, run_json

    dc = prepared_dc
    directory = [
        "--ad",
        dc.ldaps_name_url,
        "--ad-user",
        dc.admin_upn,
        "--ad-password-stdin",
        "--ad-ca-file",
        str(dc.ca_file),
    ]
    password = dc.admin_password + "\n"
    with dc.resolving():
        _write_activation_object(dc, "From the command line")
        code, document, err = run_json(
            capsys, monkeypatch, "adba", "schema", *directory, stdin=password
        )
        assert code == 0, err
        assert document["state"] == "ready" and document["object_version"] == 69
        code, document, err = run_json(
            capsys, monkeypatch, "adba", "list", *directory, stdin=password
        )
        assert code == 0, err
        names = [o["name"] for o in document["objects"]]
        assert "From the command line" in names
        # The password came on stdin, so a removal must be confirmed with --yes.
        code, out, err = run(
            capsys,
            monkeypatch,
            "adba",
            "remove",
            "From the command line",
            *directory,
            stdin=password,
        )
        assert code == 1 and "--yes" in err
        code, out, err = run(
            capsys,
            monkeypatch,
            "adba",
            "remove",
            "From the command line",
            *directory,
            "--yes",
            stdin=password,
        )
        assert code == 0, err
        assert "From the command line" in out
        # A DN outside the container is refused before anything is asked.
        code, out, err = run(
            capsys, monkeypatch, "adba", "remove", dc.admin_dn, *directory, "--yes", stdin=password
        )
        assert code == 2
        code, document, err = run_json(
            capsys, monkeypatch, "adba", "list", *directory, stdin=password
        )
        assert "From the command line" not in [o["name"] for o in document["objects"]]
    assert dc.admin_password not in out + err


def test_the_forest_page_reads_the_dc_and_removes_with_confirmation(prepared_dc, qtbot):
    """The wizard's Forest page against the DC: schema, the objects, a confirmed removal."""
    from app.bootstrap import DesktopBackend
    from app.ui.confirm import AutoConfirmer
    from app.ui.context import WizardContext
    from app.ui.pages.adba_forest import AdbaForestPage

    dc = prepared_dc
    confirmer = AutoConfirmer(False)
    context = WizardContext(DesktopBackend(), confirmer)
    page = AdbaForestPage(context)
    qtbot.addWidget(page)
    with dc.resolving():
        _write_activation_object(dc, "Shown in the wizard")
        try:
            page.url.setText(dc.ldaps_name_url)
            page.user.setText(dc.admin_upn)
            page.password.setText(dc.admin_password)
            page.ca_file.set_path(str(dc.ca_file))
            qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not page.operation.busy, timeout=30_000)
            assert page.schema is not None and page.schema.ready
            assert "version 69" in page.schema_line.text()
            # When KMS is still needed, from the domain's own computers.
            coverage = page.coverage_line.text()
            assert "pc-par-05.corp.test is older than Windows 8" in coverage
            assert "srv-lnx-01.corp.test" in coverage
            names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
            row = names.index("Shown in the wizard")
            page.table.selectRow(row)
            assert page.remove.isEnabled()
            # "No": nothing is removed.
            qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
            assert "Shown in the wizard" in confirmer.last_question
            assert not page.operation.busy
            # "Yes": removed, and the list is read again.
            confirmer.answer = True
            qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not page.operation.busy, timeout=30_000)
            assert "Shown in the wizard" not in [o.name for o in page.objects]
            assert dc.admin_password not in page.schema_line.text()
        finally:
            admin = ActivationObjectDirectory(_settings(dc, dc.admin_upn, dc.admin_password))
            if any(o.name == "Shown in the wizard" for o in admin.list()[1]):
                admin.remove(object_dn_for("Shown in the wizard", dc.configuration_dn))
        context.shutdown()


def test_coverage_tells_which_computers_still_need_kms(samba_dc, capsys, monkeypatch):
    """The domain's computers (the AD inventory's search) split by ADBA's rules."""
    from tests.cli.cli_run import run_json

    dc = samba_dc
    directory = ["--ad", dc.ldaps_name_url, "--ad-user", dc.reader_upn, "--ad-password-stdin",
                 "--ad-ca-file", str(dc.ca_file)]
    with dc.resolving():
        code, document, err = run_json(capsys, monkeypatch, "adba", "coverage", *directory,
                                       stdin=dc.reader_password + "\n")
    assert code == 0, err
    needing = {item["host"]: item["reasons"] for item in document["kms_needed"]}
    assert needing["pc-par-05.corp.test"] == ["os_too_old"]  # Windows 7
    assert needing["srv-2008.corp.test"] == ["os_too_old"]  # Windows Server 2008 R2
    assert "pc-par-01.corp.test" in document["covered"]  # Windows 10
    assert "srv-2012.corp.test" in document["covered"]  # Windows Server 2012 R2
    assert {"srv-lnx-01.corp.test", "mac-01.corp.test"} <= set(document["not_windows"])
    everything = set(needing) | set(document["covered"]) | set(document["not_windows"])
    assert "pc-par-06.corp.test" not in everything  # a disabled account
    assert not any("gmsa" in host or "msa-web" in host for host in everything)
