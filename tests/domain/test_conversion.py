"""Conversion planning against the real catalog: exact steps, or the reason why not."""

from __future__ import annotations

import dataclasses
from functools import cache

import pytest

from app.domain.catalog import Catalog, load_catalog
from app.domain.conversion import (
    ConversionDirection,
    ConversionTarget,
    Decision,
    InvalidConversionTarget,
    ScannedClient,
    StepKind,
    TargetProblem,
    plan_conversion,
)
from app.domain.fleet_conversion import target_from_record, target_record
from app.domain.licensing import (
    OFFICE_APP_ID,
    WINDOWS_APP_ID,
    KmsEndpoint,
    LicenseChannel,
    ProductState,
)
from app.domain.operations import OPERATIONS

WIN10_PRO_GVLK = "W269N-WFGWX-YVC9B-4J6C9-T83GX"  # public, facts §5.3
OFFICE2016_GVLK = "XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99"  # public, facts §5.4
WIN_MAK_ACT = "11111111-2222-3333-4444-555555555555"
OFFICE_ACT = "66666666-7777-8888-9999-000000000000"
KMS01 = KmsEndpoint("kms01.lab.test", None)

TO_KMS = ConversionTarget(ConversionDirection.TO_KMS)
TO_MAK = ConversionTarget(ConversionDirection.TO_MAK, mak_label="lab-win10-pro-mak")


@cache
def catalog() -> Catalog:
    return load_catalog()


def windows(channel: str, status: int = 1, **changes) -> ProductState:
    descriptions = {
        "MAK": "Windows(R) Operating System, VOLUME_MAK channel",
        "GVLK": "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
        "CSVLK": "Windows(R) Operating System, VOLUME_KMS_2012 channel",
        "RETAIL": "Windows(R) Operating System, RETAIL channel",
        "OEM": "Windows(R) Operating System, OEM_DM channel",
        "TIMEBASED": "Windows(R) Operating System, TIMEBASED_EVAL channel",
        "AVMA": "Windows(R) Operating System, VIRTUAL_MACHINE_ACTIVATION channel",
        "OTHER": "",
    }
    data = {
        "id": WIN_MAK_ACT,
        "application_id": WINDOWS_APP_ID,
        "name": "Windows(R), Professional edition",
        "description": descriptions[channel],
        "channel": channel,
        "license_status": status,
        "grace_minutes": 0,
        "partial_key": "Q4M7B",
        "is_kms_host_key": channel == "CSVLK",
    }
    data.update(changes)
    return ProductState.from_dict(data)


def office(channel: str, status: int = 1) -> ProductState:
    return ProductState.from_dict(
        {
            "id": OFFICE_ACT,
            "application_id": OFFICE_APP_ID,
            "name": "Office 16, Office16ProPlusVL_MAK edition",
            "description": f"Office 16, {'VOLUME_MAK' if channel == 'MAK' else 'VOLUME_KMSCLIENT'}"
            " channel",
            "channel": channel,
            "license_status": status,
            "partial_key": "WFG99" if channel == "GVLK" else "RRRRR",
            "office_version": "2016",
        }
    )


def client(*products: ProductState, edition="win10-11-pro", kms_host=None, office_editions=None):
    return ScannedClient(
        host="pc-017.lab.test",
        edition_id=edition,
        products=tuple(products),
        kms_host=kms_host,
        office_editions=office_editions or {},
    )


def kinds(plan) -> list[StepKind]:
    return [step.kind for step in plan.steps]


# --- MAK → KMS -----------------------------------------------------------------------------------


def test_mak_to_kms_installs_the_editions_gvlk_activates_and_verifies():
    plan = plan_conversion(client(windows("MAK")), TO_KMS, catalog())
    assert kinds(plan) == [StepKind.INSTALL_KEY, StepKind.ACTIVATE, StepKind.VERIFY]
    install, activate, verify = plan.steps
    assert install.params == {"key": WIN10_PRO_GVLK}
    assert "XXXXX-XXXXX-XXXXX-XXXXX-T83GX" in install.description.english()
    assert WIN10_PRO_GVLK not in install.description.english()
    assert WIN10_PRO_GVLK not in repr(install)
    assert activate.params == {"application_id": WINDOWS_APP_ID, "partial_key": "T83GX"}
    assert verify.operation == "status" and verify.params == {}
    assert plan.products[0].decision is Decision.CONVERT
    assert plan.products[0].expected_channel is LicenseChannel.KMS_CLIENT
    assert plan.has_work


def test_every_step_runs_a_known_operation_without_secrets():
    plan = plan_conversion(
        client(windows("MAK"), office("MAK"), office_editions={OFFICE_ACT: "office2016-proplus"}),
        ConversionTarget(ConversionDirection.TO_KMS, kms_host=KmsEndpoint("kms01", 1688)),
        catalog(),
    )
    for step in plan.steps:
        assert step.operation in OPERATIONS
        assert step.secret_label is None


def test_explicit_kms_host_is_set_first_once_for_the_machine():
    host = KmsEndpoint("kms01.lab.test", 1700)
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_host=host)
    plan = plan_conversion(
        client(windows("MAK"), office("MAK"), office_editions={OFFICE_ACT: "office2016-proplus"}),
        target,
        catalog(),
    )
    assert kinds(plan) == [
        StepKind.SET_KMS_HOST,
        StepKind.INSTALL_KEY, StepKind.ACTIVATE,  # Windows first
        StepKind.INSTALL_KEY, StepKind.ACTIVATE,  # then Office, with its own GVLK
        StepKind.VERIFY,
    ]
    assert plan.steps[0].params == {"host": "kms01.lab.test", "port": 1700}
    assert "kms01.lab.test:1700" in plan.steps[0].description.english()
    assert plan.steps[3].params == {"key": OFFICE2016_GVLK}
    assert plan.steps[4].params["application_id"] == OFFICE_APP_ID
    assert plan.count(Decision.CONVERT) == 2


def test_host_setting_already_right_adds_no_step():
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_host=KmsEndpoint("KMS01.lab.test"))
    plan = plan_conversion(client(windows("MAK"), kms_host=KmsEndpoint("kms01.lab.test", 1688)),
                           target, catalog())
    assert StepKind.SET_KMS_HOST not in kinds(plan)


def test_already_kms_client_is_nothing_to_do():
    plan = plan_conversion(client(windows("GVLK", partial_key="T83GX")), TO_KMS, catalog())
    assert plan.steps == ()
    assert not plan.has_work
    assert plan.products[0].decision is Decision.NOTHING_TO_DO
    assert "Already a KMS client" in plan.products[0].reason.english()


def test_already_kms_client_with_a_new_host_changes_the_host_and_activates():
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_host=KMS01)
    plan = plan_conversion(client(windows("GVLK")), target, catalog())
    assert kinds(plan) == [StepKind.SET_KMS_HOST, StepKind.ACTIVATE, StepKind.VERIFY]
    assert plan.steps[1].params == {"activation_id": WIN_MAK_ACT}
    assert plan.products[0].decision is Decision.UPDATE_KMS_HOST


def test_back_to_dns_discovery_clears_an_explicit_host():
    target = ConversionTarget(ConversionDirection.TO_KMS, use_dns_discovery=True)
    plan = plan_conversion(client(windows("GVLK"), kms_host=KMS01), target, catalog())
    assert kinds(plan) == [StepKind.CLEAR_KMS_HOST, StepKind.ACTIVATE, StepKind.VERIFY]
    # Nothing to clear when the client already uses DNS discovery.
    assert plan_conversion(client(windows("GVLK")), target, catalog()).steps == ()


def test_no_host_step_when_no_product_ends_up_a_kms_client():
    target = ConversionTarget(ConversionDirection.TO_KMS, kms_host=KMS01)
    plan = plan_conversion(client(windows("RETAIL")), target, catalog())
    assert plan.steps == ()


def test_unidentified_edition_cannot_get_a_gvlk():
    plan = plan_conversion(client(windows("MAK"), edition=None), TO_KMS, catalog())
    assert plan.steps == ()
    product_plan = plan.products[0]
    assert product_plan.decision is Decision.CANNOT
    assert "could not be identified" in product_plan.reason.english()


def test_edition_without_gvlk_cannot_be_converted():
    real = catalog()
    pro = real.edition("win10-11-pro")
    no_key = dataclasses.replace(pro, gvlk=None, alternate_gvlks=())
    trimmed = dataclasses.replace(real, editions={**real.editions, pro.id: no_key})
    plan = plan_conversion(client(windows("MAK")), TO_KMS, trimmed)
    assert plan.products[0].decision is Decision.CANNOT
    assert plan.products[0].reason.english() == (
        "The catalog has no KMS client key (GVLK) for Windows 10/11 Pro: this edition "
        "cannot be activated by KMS."
    )


def test_edition_id_unknown_to_the_catalog_cannot_be_converted():
    plan = plan_conversion(client(windows("MAK"), edition="win-home"), TO_KMS, catalog())
    assert plan.products[0].decision is Decision.CANNOT
    assert "Windows(R), Professional edition" in plan.products[0].reason.english()


def test_office_without_identified_edition_is_planned_separately():
    plan = plan_conversion(client(windows("MAK"), office("MAK")), TO_KMS, catalog())
    decisions = {p.product.activation_id: p.decision for p in plan.products}
    assert decisions == {WIN_MAK_ACT: Decision.CONVERT, OFFICE_ACT: Decision.CANNOT}
    assert kinds(plan) == [StepKind.INSTALL_KEY, StepKind.ACTIVATE, StepKind.VERIFY]


@pytest.mark.parametrize(
    ("channel", "fragment"),
    [
        ("RETAIL", "retail or OEM"),
        ("OEM", "retail or OEM"),
        ("CSVLK", "KMS host key"),
        ("TIMEBASED", "time-based"),
        ("AVMA", "Hyper-V host"),
        ("OTHER", "could not be determined"),
    ],
)
@pytest.mark.parametrize("target", [TO_KMS, TO_MAK])
def test_products_left_alone_in_both_directions(channel, fragment, target):
    plan = plan_conversion(client(windows(channel)), target, catalog())
    assert plan.steps == ()
    assert plan.products[0].decision is Decision.LEFT_ALONE
    assert fragment in plan.products[0].reason.english()


def test_esu_add_on_is_left_alone():
    esu = windows("MAK", name="Client-ESU-Year1 add-on for Windows 7", id=OFFICE_ACT)
    plan = plan_conversion(client(windows("MAK"), esu), TO_KMS, catalog())
    by_id = {p.product.activation_id: p for p in plan.products}
    assert by_id[OFFICE_ACT].decision is Decision.LEFT_ALONE
    assert "add-on" in by_id[OFFICE_ACT].reason.english()
    assert by_id[WIN_MAK_ACT].decision is Decision.CONVERT


def test_product_without_key_or_foreign_application_is_left_alone():
    no_key = windows("MAK", partial_key=None)
    foreign = windows("MAK", application_id="12345678-1234-1234-1234-123456789abc")
    for product in (no_key, foreign):
        plan = plan_conversion(client(product), TO_KMS, catalog())
        assert plan.products[0].decision is Decision.LEFT_ALONE


# --- KMS → MAK -----------------------------------------------------------------------------------


def test_kms_to_mak_uses_the_keyring_label_never_the_key():
    plan = plan_conversion(client(windows("GVLK")), TO_MAK, catalog())
    assert kinds(plan) == [StepKind.INSTALL_KEY, StepKind.ACTIVATE, StepKind.VERIFY]
    install, activate, _ = plan.steps
    assert install.secret_label == "lab-win10-pro-mak" and install.params == {}
    assert activate.secret_label == "lab-win10-pro-mak"
    assert activate.params == {"application_id": WINDOWS_APP_ID}
    assert "lab-win10-pro-mak" in install.description.english()
    assert plan.products[0].expected_channel is LicenseChannel.MAK


def test_secret_is_merged_only_at_execution_time():
    plan = plan_conversion(client(windows("GVLK")), TO_MAK, catalog())
    install, activate, verify = plan.steps
    secret = "BCDFG-HJKMP-QRTVW-XY234-6789B"  # made up, well-formed
    assert install.params_with_secret(secret) == {"key": secret}
    assert activate.params_with_secret(secret) == {
        "application_id": WINDOWS_APP_ID, "partial_key": "6789B",
    }
    assert "key" not in install.params  # the plan itself stays clean
    assert verify.params_with_secret() == {}
    with pytest.raises(ValueError, match="needs the secret"):
        install.params_with_secret(None)


def test_licensed_mak_is_never_activated_again():
    plan = plan_conversion(client(windows("MAK", status=1)), TO_MAK, catalog())
    assert plan.steps == ()
    assert plan.products[0].decision is Decision.NOTHING_TO_DO
    assert "use up" in plan.products[0].reason.english()


def test_unlicensed_mak_is_only_activated():
    plan = plan_conversion(client(windows("MAK", status=5)), TO_MAK, catalog())
    assert kinds(plan) == [StepKind.ACTIVATE, StepKind.VERIFY]
    assert plan.steps[0].params == {"activation_id": WIN_MAK_ACT}
    assert plan.steps[0].secret_label is None
    assert plan.products[0].decision is Decision.ACTIVATE_ONLY


def test_kms_to_mak_without_a_mak_cannot():
    target = ConversionTarget(ConversionDirection.TO_MAK)
    plan = plan_conversion(client(windows("GVLK")), target, catalog())
    assert plan.products[0].decision is Decision.CANNOT
    assert "No MAK was chosen" in plan.products[0].reason.english()


def test_office_mak_label_by_office_edition():
    target = ConversionTarget(
        ConversionDirection.TO_MAK,
        mak_label="win-mak",
        office_mak_labels={"office2016-proplus": "office-2016-mak"},
    )
    plan = plan_conversion(
        client(windows("GVLK"), office("GVLK"), office_editions={OFFICE_ACT: "office2016-proplus"}),
        target,
        catalog(),
    )
    labels = [step.secret_label for step in plan.steps if step.kind is StepKind.INSTALL_KEY]
    assert labels == ["win-mak", "office-2016-mak"]
    assert "Office Professional Plus 2016" in plan.steps[2].description.english()


def test_office_edition_without_a_mak_stays_on_kms():
    """Office MAKs are chosen per edition: one without is left on KMS, not "impossible"."""
    plan = plan_conversion(
        client(windows("GVLK"), office("GVLK"), office_editions={OFFICE_ACT: "office2016-proplus"}),
        TO_MAK,
        catalog(),
    )
    decisions = {p.product.activation_id: p.decision for p in plan.products}
    assert decisions == {WIN_MAK_ACT: Decision.CONVERT, OFFICE_ACT: Decision.LEFT_ALONE}
    assert [s.activation_id for s in plan.steps[:-1]] == [WIN_MAK_ACT, WIN_MAK_ACT]
    (office_plan,) = [p for p in plan.products if p.product.activation_id == OFFICE_ACT]
    assert office_plan.reason.english() == (
        "Left on KMS: no MAK was chosen for this Office edition."
    )
    assert office_plan.expected_channel is None


def test_office_mak_labels_survive_the_journal_record():
    """A resumed run installs the same Office MAKs: the target keeps them, labels only."""
    target = ConversionTarget(
        ConversionDirection.TO_MAK,
        mak_label="win-mak",
        office_mak_labels={"office2016-proplus": "o16", "office2010-proplus": "o10"},
    )
    record = target_record(target)
    assert record["office_mak_labels"] == {"office2016-proplus": "o16", "office2010-proplus": "o10"}
    assert target_from_record(record) == target


# --- Targets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"direction": ConversionDirection.TO_KMS, "kms_host": KMS01, "use_dns_discovery": True},
         TargetProblem.BOTH_HOST_AND_DNS),
        ({"direction": ConversionDirection.TO_MAK, "kms_host": KMS01},
         TargetProblem.HOST_FOR_MAK),
        ({"direction": ConversionDirection.TO_MAK, "mak_label": "  "}, TargetProblem.BAD_LABEL),
        ({"direction": ConversionDirection.TO_MAK, "office_mak_labels": {"x": ""}},
         TargetProblem.BAD_LABEL),
    ],
)
def test_contradictory_targets_are_refused(kwargs, problem):
    with pytest.raises(InvalidConversionTarget) as caught:
        ConversionTarget(**kwargs)
    assert caught.value.problem is problem
    assert caught.value.message.text.context == "Conversion"
