"""Keys and activation on one machine: InstallProductKey, Activate, phone activation.

What each refusal returns follows facts §4: a malformed or foreign key
0xC004F050; a key whose SKU licence is not installed (an Evaluation edition, an
Office host key without its volume license pack) 0xC004F069; a CSVLK past six
hosts or ten activations on a host 0xC004C008; a MAK with no activations left
0xC004C020; online activation without internet 0x80072EE7.
"""

from __future__ import annotations

import re

from app.domain.catalog import Channel, Edition, GroupKind, KeyGroup
from app.domain.keys import ProductKey
from app.lab.lab_keys import LabKey, cid_blocks_valid, lab_confirmation_id, lab_installation_id
from app.lab.spp import hresult as hr
from app.lab.spp.hresult import SppError
from app.lab.spp.kms import contact, publish
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import Machine
from app.lab.spp.products import (
    WINDOWS_APP_ID,
    KeyKind,
    LicenseStatus,
    Product,
    Source,
    office_names,
    sku_id,
    windows_names,
)

CSVLK_MAX_HOSTS = 6
CSVLK_MAX_ACTIVATIONS = 10
_KEY_SHAPE = re.compile(r"[BCDFGHJKMNPQRTVWXY2346789]{5}(-[BCDFGHJKMNPQRTVWXY2346789]{5}){4}")
_OFFICE_PRODUCT_WORDS = {
    "proplus": "ProPlus",
    "standard": "Standard",
    "project-pro": "ProjectPro",
    "project-std": "ProjectStd",
    "visio-pro": "VisioPro",
    "visio-std": "VisioStd",
}


def find_product(machine: Machine, activation_id: str | None) -> Product:
    """The product a script's ``P`` finds: by Activation ID, or the keyed Windows product."""
    product = machine.windows_product() if activation_id is None else machine.product(activation_id)
    if product is None:
        raise SppError(hr.SL_E_VALUE_NOT_FOUND, "No such product holds a key.")
    return product


# --- InstallProductKey ------------------------------------------------------------


def install_key(lab: SppLab, machine: Machine, text: str, *, ospp: bool = False) -> Product:
    """Install a key the way SoftwareLicensingService.InstallProductKey does."""
    key = text.strip().upper()
    if not _KEY_SHAPE.fullmatch(key):
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    lab_key = lab.keyring.lookup(key)
    if lab_key is not None:
        return _install_lab_key(lab, machine, key, lab_key, ospp)
    edition = lab.catalog.identify_gvlk(ProductKey(key))
    if edition is None:
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    return _install_gvlk(lab, machine, key, edition, ospp)


def _install_gvlk(lab: SppLab, machine: Machine, key: str, edition: Edition, ospp: bool) -> Product:
    if edition.family == "office":
        product = _office_slot(machine, edition.versions[0], ospp, edition_id=edition.id)
        return _put_key(lab, machine, product, key, KeyKind.GVLK, None, edition.id)
    _windows_checks(machine, ospp)
    if edition.id != machine.edition_id or machine.os_version not in edition.versions:
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    return _put_windows_key(lab, machine, key, KeyKind.GVLK, None)


def _install_lab_key(
    lab: SppLab, machine: Machine, key: str, lab_key: LabKey, ospp: bool
) -> Product:
    if lab_key.kind is KeyKind.RETAIL:
        _windows_checks(machine, ospp)
        if lab_key.edition != machine.edition_id:
            raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
        return _put_windows_key(lab, machine, key, KeyKind.RETAIL, None)
    group = lab.catalog.group(lab_key.group or "")
    office = group.kind is GroupKind.OFFICE
    if lab_key.kind is KeyKind.MAK:
        if office:
            product = _office_slot(machine, group.id, ospp)
            return _put_key(lab, machine, product, key, KeyKind.MAK, group.id, product.edition_id)
        _windows_checks(machine, ospp)
        os_version = machine.os_version
        if not lab.catalog.activates(group.id, machine.edition_id or "", Channel.MAK, os_version):
            raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
        return _put_windows_key(lab, machine, key, KeyKind.MAK, group.id)
    # A host key (CSVLK).
    if ospp or machine.evaluation:
        raise SppError(
            hr.SL_E_MISMATCHED_PRODUCT_SKU if machine.evaluation else hr.SL_E_INVALID_PRODUCT_KEY
        )
    if office and group.id not in machine.office_packs:
        raise SppError(hr.SL_E_MISMATCHED_PRODUCT_SKU)  # no Office volume license pack
    eligibility = {
        e.group.id: e.allowed
        for e in lab.catalog.groups_for_host(
            machine.os_version, machine.edition_id or machine.wmi_edition
        )
    }
    if not eligibility.get(group.id, False):
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    if office:
        return _put_key(
            lab, machine, _office_host_slot(machine, group), key, KeyKind.CSVLK, group.id, group.id
        )
    return _put_windows_key(lab, machine, key, KeyKind.CSVLK, group.id)


def _windows_checks(machine: Machine, ospp: bool) -> None:
    if ospp:
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)  # OSPP holds Office SKUs only
    if machine.evaluation:
        raise SppError(hr.SL_E_MISMATCHED_PRODUCT_SKU)  # facts §4: /ipk on an Evaluation edition


def _put_windows_key(
    lab: SppLab, machine: Machine, key: str, kind: KeyKind, group: str | None
) -> Product:
    """Windows has one key slot: the new key's SKU takes over from the old one."""
    edition_id = machine.edition_id or ""
    activation_id = sku_id(edition_id, kind.value, group or "")
    product = machine.product(activation_id)
    if product is None:
        name, description = windows_names(machine.os_version, machine.wmi_edition, kind, group)
        product = Product(
            activation_id,
            WINDOWS_APP_ID,
            name,
            description,
            edition_id,
            kind,
            Source.SPP,
            group_id=group,
        )
        machine.products.append(product)
    for other in machine.products:
        # One Windows edition holds a key; an add-on licence (ESU) beside it keeps its own.
        if other is not product and other.application_id == WINDOWS_APP_ID and not other.is_addon:
            other.key = None
            other.next_contact = None
    return _put_key(lab, machine, product, key, kind, group, edition_id)


def _office_slot(
    machine: Machine, office_version: str, ospp: bool, *, edition_id: str | None = None
) -> Product:
    """The installed Office client product a GVLK or MAK goes to (its SKU must be installed)."""
    if ospp != (machine.office_source is Source.OSPP):
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    for product in machine.products:
        if (
            product.office_version == office_version
            and product.kind is not KeyKind.CSVLK
            and (edition_id is None or product.edition_id == edition_id)
        ):
            return product
    raise SppError(hr.SL_E_MISMATCHED_PRODUCT_SKU)


def _office_host_slot(machine: Machine, group: KeyGroup) -> Product:
    activation_id = (group.office_activation_id or sku_id(group.id, "host")).lower()
    product = machine.product(activation_id)
    if product is None:
        name, description = office_names(group.id, "", KeyKind.CSVLK)
        product = Product(
            activation_id,
            group.office_app_id or "",
            name,
            description,
            group.id,
            KeyKind.CSVLK,
            Source.SPP,
            group_id=group.id,
            office_version=group.id,
        )
        machine.products.append(product)
    return product


def new_office_product(machine: Machine, edition: Edition, app_id: str, kind: KeyKind) -> Product:
    """An installed Office client product (topology build)."""
    version = edition.versions[0]
    word = _OFFICE_PRODUCT_WORDS.get(edition.id.removeprefix(version + "-"), "ProPlus")
    name, description = office_names(version, word, kind)
    return Product(
        sku_id(edition.id, kind.value),
        app_id,
        name,
        description,
        edition.id,
        kind,
        machine.office_source,
        office_version=version,
    )


def _put_key(
    lab: SppLab,
    machine: Machine,
    product: Product,
    key: str,
    kind: KeyKind,
    group: str | None,
    edition_id: str,
) -> Product:
    now = lab.clock.now()
    was_host = machine.listens()
    product.key = key
    product.kind = kind
    product.group_id = group
    product.edition_id = edition_id
    if product.office_version is not None and kind is not KeyKind.CSVLK:
        product.name, product.description = office_names(
            product.office_version, _office_word(product), kind
        )
    product.start_grace(now)
    product.activations = 0
    product.next_contact = now if kind is KeyKind.GVLK else None
    lab.schedule(machine, product)
    if was_host and not machine.listens():
        machine.service.tables.clear()  # a host that became a client forgets its clients
    return product


def _office_word(product: Product) -> str:
    version = product.office_version or ""
    return _OFFICE_PRODUCT_WORDS.get(product.edition_id.removeprefix(version + "-"), "ProPlus")


def uninstall_key(lab: SppLab, machine: Machine, activation_id: str) -> Product:
    product = find_product(machine, activation_id)
    product.key = None
    product.status = LicenseStatus.UNLICENSED
    product.reason = hr.SL_E_PKEY_NOT_INSTALLED
    product.grace_end = None
    product.next_contact = None
    return product


# --- Activate ---------------------------------------------------------------------


def activate(lab: SppLab, machine: Machine, activation_id: str | None) -> Product:
    """Product.Activate(): a KMS request for a GVLK, online activation for the others."""
    product = find_product(machine, activation_id)
    lab.refresh(machine)
    if product.key is None:
        raise SppError(hr.SL_E_PKEY_NOT_INSTALLED)
    if product.kind is KeyKind.GVLK:
        contact(lab, machine, product)
        return product
    if product.kind is KeyKind.EVAL:
        return product
    if not machine.internet:
        raise SppError(hr.WINHTTP_NAME_NOT_RESOLVED)
    lab_key = lab.keyring.lookup(product.key)
    if product.kind is KeyKind.MAK and lab_key is not None:
        if lab_key.remaining <= 0:
            raise SppError(hr.SL_E_CHPA_DMAK_LIMIT_EXCEEDED)
        lab_key.remaining -= 1  # every online MAK activation burns one, licensed or not
    if product.kind is KeyKind.CSVLK and lab_key is not None:
        _count_host_activation(lab_key, machine)
    product.license_permanently()
    if product.kind is KeyKind.CSVLK:
        publish(lab, machine)
    return product


def _count_host_activation(lab_key: LabKey, machine: Machine) -> None:
    """Six hosts per CSVLK, ten activations per host (seed 001, facts §0)."""
    done = lab_key.host_activations.get(machine.machine_id, 0)
    new_host = machine.machine_id not in lab_key.host_activations
    if (
        new_host and len(lab_key.host_activations) >= CSVLK_MAX_HOSTS
    ) or done >= CSVLK_MAX_ACTIVATIONS:
        raise SppError(hr.SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED)
    lab_key.host_activations[machine.machine_id] = done + 1


# --- phone activation -------------------------------------------------------------


def installation_id(lab: SppLab, machine: Machine, activation_id: str | None) -> tuple[str, str]:
    """(Activation ID, OfflineInstallationId) of a product holding a key."""
    product = find_product(machine, activation_id)
    if product.key is None:
        raise SppError(hr.SL_E_PKEY_NOT_INSTALLED)
    return product.activation_id, lab_installation_id(
        machine.machine_id, product.key, product.activation_id
    )


def deposit_cid(
    lab: SppLab, machine: Machine, iid: str, cid: str, activation_id: str | None
) -> Product:
    """DepositOfflineConfirmationId(IID, CID) with the checks SPP makes."""
    product = find_product(machine, activation_id)
    if product.key is None:
        raise SppError(hr.SL_E_PKEY_NOT_INSTALLED)
    if not (iid.isascii() and iid.isdigit() and cid.isascii() and cid.isdigit()) or len(cid) != 48:
        raise SppError(hr.SL_E_CIDIID_INVALID_DATA)
    if not cid_blocks_valid(cid):
        raise SppError(hr.SL_E_CIDIID_INVALID_CHECK_DIGITS)
    expected_iid = lab_installation_id(machine.machine_id, product.key, product.activation_id)
    if iid != expected_iid or cid != lab_confirmation_id(iid):
        raise SppError(hr.SL_E_CIDIID_MISMATCHED)
    product.license_permanently()
    if product.kind is KeyKind.CSVLK:
        # The activation centre records the host too (it can grant more than the online limit).
        lab_key = lab.keyring.lookup(product.key)
        if lab_key is not None:
            lab_key.host_activations[machine.machine_id] = (
                lab_key.host_activations.get(machine.machine_id, 0) + 1
            )
        publish(lab, machine)
    return product
