"""Active Directory-based activation in the lab: the forest's activation objects and the three
SoftwareLicensingService methods that write them.

The forest is the lab zone's (``lab.test`` → ``DC=lab,DC=test``), prepared for Windows Server
2012 R2 (schema objectVersion 69, the Activation Objects container present) unless a test
says otherwise. One forest per :class:`SppLab`, kept beside it (not in it: ADBA is an
add-on of the lab, so the SPP model stays as it is).

What each method refuses, and where the shape comes from:
- a machine before Windows 8 / Server 2012 has no such methods (slmgr.vbs of the 8.1
  generation is the first with /ad-activation-*); our scripts throw NotSupportedException
  (0x80131515) before calling, as set-kms-lookup-domain does;
- a key that is not a host key (CSVLK), or a host key that cannot serve ADBA (the Windows 7 /
  2008 R2 key groups, Office 2010): 0xC004F050 SL_E_INVALID_PRODUCT_KEY. Not confirmed on a
  real machine: the code Windows gives for a valid but ADBA-incapable CSVLK;
- an Office host key without its volume license pack on that machine: 0xC004F069, as for
  InstallProductKey (the Office VL pack is needed "on the server that has the role",
  Microsoft's ADBA page);
- a forest without the Activation Objects container: 0x80072030 ERROR_DS_NO_SUCH_OBJECT, the
  code slmgr.vbs /ao-list tests for (HR_ERROR_DS_NO_SUCH_OBJECT);
- online without internet: 0x80072EE7, as for Activate();
- the same name twice: 0x80071392 (HRESULT of ERROR_OBJECT_ALREADY_EXISTS, what ADSI returns
  for a duplicate). Not confirmed: whether SPP replaces the object instead;
- phone: the CID checks of DepositOfflineConfirmationId (0xC004F02C length / digits,
  0xC004F04D check digits, 0xC004F031 not this IID).
The forest's activation uses one activation of the host key, counted like a KMS host (six
"hosts" per CSVLK, ten activations each): not confirmed, but never kinder than Windows.
"""

from __future__ import annotations

import re
import uuid
import weakref
from dataclasses import dataclass, field

from app.domain.adba import container_dn
from app.domain.catalog import GroupKind
from app.lab.lab_keys import LabKey, cid_blocks_valid, lab_confirmation_id, lab_installation_id
from app.lab.spp import hresult as hr
from app.lab.spp.hresult import SppError
from app.lab.spp.installation import CSVLK_MAX_ACTIVATIONS, CSVLK_MAX_HOSTS
from app.lab.spp.lab import SppLab
from app.lab.spp.machine import Machine
from app.lab.spp.products import KeyKind, sku_id

ERROR_DS_NO_SUCH_OBJECT = 0x80072030
ERROR_OBJECT_ALREADY_EXISTS = 0x80071392
COR_E_NOTSUPPORTED = 0x80131515
NOT_SUPPORTED = "No activation via Active Directory before Windows 8 / Server 2012."
_KEY_SHAPE = re.compile(r"[BCDFGHJKMNPQRTVWXY2346789]{5}(-[BCDFGHJKMNPQRTVWXY2346789]{5}){4}")
_KMS_NAMESPACE = uuid.UUID("6f1d7c1e-5a0b-4c55-9d59-1ab5a0ad0b1e")  # lab-only KMS ids


@dataclass
class LabActivationObject:
    """One msSPP-ActivationObject: the mandatory attributes and what phone activation adds."""

    name: str
    sku_id: str
    partial_key: str
    pid: str
    kms_ids: tuple[str, ...]
    installation_id: str = ""
    confirmation_id: str = ""


@dataclass
class LabForest:
    """The lab's forest as ADBA sees it."""

    root_domain: str
    schema_version: int = 69  # Windows Server 2012 R2
    prepared: bool = True  # adprep /forestprep created CN=Activation Objects
    objects: dict[str, LabActivationObject] = field(default_factory=dict)  # by lower-case cn

    @property
    def configuration_nc(self) -> str:
        domain_dn = ",".join(f"DC={part}" for part in self.root_domain.split("."))
        return f"CN=Configuration,{domain_dn}"

    @property
    def container(self) -> str:
        return container_dn(self.configuration_nc)

    @property
    def forest_id(self) -> str:
        return f"forest/{self.root_domain}"

    def object_json(self, item: LabActivationObject) -> dict[str, object]:
        """The script's A record (resources/ps/lib/adba-object.ps1)."""
        return {
            "dn": f"CN={item.name},{self.container}",
            "name": item.name,
            "display_name": "",
            "sku_id": item.sku_id,
            "partial_key": item.partial_key,
            "pid": item.pid,
            "by_phone": bool(item.confirmation_id),
        }


_FORESTS: weakref.WeakKeyDictionary[SppLab, LabForest] = weakref.WeakKeyDictionary()


def forest_of(lab: SppLab, machine: Machine) -> LabForest:
    """The forest of the lab (its root domain is the machines' domain)."""
    forest = _FORESTS.get(lab)
    if forest is None:
        forest = LabForest(machine.domain.lower())
        _FORESTS[lab] = forest
    return forest


def _supported(machine: Machine) -> None:
    major, minor = (int(part) for part in machine.version.split(".")[:2])
    if (major, minor) < (6, 2):
        raise SppError(COR_E_NOTSUPPORTED, NOT_SUPPORTED)


def _host_key(lab: SppLab, machine: Machine, key: str) -> LabKey:
    """The lab host key behind ``key``, if it can activate a forest from this machine."""
    value = key.strip().upper()
    lab_key = lab.keyring.lookup(value) if _KEY_SHAPE.fullmatch(value) else None
    if lab_key is None or lab_key.kind is not KeyKind.CSVLK or not lab_key.group:
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    group = lab.catalog.group(lab_key.group)
    if group.kind is GroupKind.LEGACY or group.id == "office2010":
        raise SppError(hr.SL_E_INVALID_PRODUCT_KEY)
    if group.kind is GroupKind.OFFICE and group.id not in machine.office_packs:
        raise SppError(hr.SL_E_MISMATCHED_PRODUCT_SKU)
    return lab_key


def _ready(forest: LabForest) -> None:
    if not forest.prepared or forest.schema_version < 56:
        raise SppError(ERROR_DS_NO_SUCH_OBJECT, "There is no such object on the server.")


def _count(forest: LabForest, lab_key: LabKey) -> None:
    done = lab_key.host_activations.get(forest.forest_id, 0)
    new = forest.forest_id not in lab_key.host_activations
    if (new and len(lab_key.host_activations) >= CSVLK_MAX_HOSTS) or done >= CSVLK_MAX_ACTIVATIONS:
        raise SppError(hr.SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED)
    lab_key.host_activations[forest.forest_id] = done + 1


def _new_object(forest: LabForest, lab_key: LabKey, name: str) -> LabActivationObject:
    if name.lower() in forest.objects:
        raise SppError(ERROR_OBJECT_ALREADY_EXISTS, "The object already exists.")
    group = lab_key.group or ""
    build = "20348"
    return LabActivationObject(
        name=name,
        sku_id=sku_id("csvlk", group),
        partial_key=lab_key.value[-5:],
        # The extended PID's shape (slmgr /dlv "Extended PID"): lab digits, real layout.
        pid=f"06401-{uuid.uuid5(_KMS_NAMESPACE, 'pid/' + group).int % 100000:05d}"
        f"-000-000000-03-1033-{build}.0000-0012025",
        kms_ids=(str(uuid.uuid5(_KMS_NAMESPACE, group)),),
    )


def activate_online(lab: SppLab, machine: Machine, key: str, name: str) -> LabActivationObject:
    """DoActiveDirectoryOnlineActivation(ProductKey, ActivationObjectName)."""
    _supported(machine)
    lab_key = _host_key(lab, machine, key)
    forest = forest_of(lab, machine)
    _ready(forest)
    if not machine.internet:
        raise SppError(hr.WINHTTP_NAME_NOT_RESOLVED)
    item = _new_object(forest, lab_key, name)
    _count(forest, lab_key)
    forest.objects[name.lower()] = item
    return item


def installation_id(lab: SppLab, machine: Machine, key: str) -> str:
    """GenerateActiveDirectoryOfflineActivationId(ProductKey): the forest's IID (63 digits)."""
    _supported(machine)
    lab_key = _host_key(lab, machine, key)
    forest = forest_of(lab, machine)
    _ready(forest)
    sku = sku_id("csvlk", lab_key.group or "")
    return lab_installation_id(forest.forest_id, lab_key.value, sku)


def apply_cid(
    lab: SppLab, machine: Machine, key: str, cid: str, name: str
) -> LabActivationObject:
    """DepositActiveDirectoryOfflineActivationConfirmation(ProductKey, ConfirmationId, name)."""
    _supported(machine)
    lab_key = _host_key(lab, machine, key)
    forest = forest_of(lab, machine)
    _ready(forest)
    if not (cid.isascii() and cid.isdigit()) or len(cid) != 48:
        raise SppError(hr.SL_E_CIDIID_INVALID_DATA)
    if not cid_blocks_valid(cid):
        raise SppError(hr.SL_E_CIDIID_INVALID_CHECK_DIGITS)
    iid = installation_id(lab, machine, key)
    if cid != lab_confirmation_id(iid):
        raise SppError(hr.SL_E_CIDIID_MISMATCHED)
    item = _new_object(forest, lab_key, name)
    item.installation_id, item.confirmation_id = iid, cid
    # The activation centre records the forest too (it may grant more than online).
    lab_key.host_activations[forest.forest_id] = (
        lab_key.host_activations.get(forest.forest_id, 0) + 1
    )
    forest.objects[name.lower()] = item
    return item
