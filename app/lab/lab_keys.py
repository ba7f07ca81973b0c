"""LAB-ONLY product keys and the lab's phone "activation centre".

Every key made here is generated from a hash for the simulated lab. None is a
real Microsoft key: they are well-formed (app.domain.keys) so the wizard
accepts them, and a test asserts none equals a GVLK of the catalog. They
activate nothing outside the lab.

The lab plays Microsoft's activation centre for phone activation: the
Installation ID a lab machine shows is derived from the machine and its key,
and :func:`lab_confirmation_id` gives the one Confirmation ID that machine
accepts, so a trainer can "read out" the CID in a training session.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from app.domain.catalog import Catalog, GroupKind
from app.domain.keys import KEY_ALPHABET, parse_key
from app.lab.spp.products import KeyKind

LAB_ONLY = "LAB-ONLY"
_NO_N = KEY_ALPHABET.replace("N", "")
# Legacy-era keys (Windows 7 / 2008 R2 / Office 2010) carry no N; newer ones one N.
_LEGACY_GROUPS = {"client-vl", "server-a", "server-b", "server-c", "office2010"}
MAK_ACTIVATIONS = {"office": 20, "windows": 50}


@dataclass
class LabKey:
    """One lab-only key and what it has been used for."""

    label: str  # "server-b", "mak:client-vl", "retail:pc007"
    kind: KeyKind
    value: str = field(repr=False)
    group: str | None = None
    edition: str | None = None  # retail keys belong to one edition
    remaining: int = 0  # MAK: activations left
    host_activations: dict[str, int] = field(default_factory=dict)  # CSVLK: per host id

    def __repr__(self) -> str:
        return f"LabKey({self.label}, {self.kind}, ...{self.value[-5:]})"


def lab_key_value(
    seed: int, label: str, *, modern: bool, avoid: frozenset[str] = frozenset()
) -> str:
    """A deterministic, well-formed, lab-only key for ``label``."""
    attempt = 0
    while True:
        digest = hashlib.sha256(f"{LAB_ONLY}/{seed}/{label}/{attempt}".encode()).digest()
        chars = [_NO_N[b % len(_NO_N)] for b in digest[:25]]
        if modern:
            chars[digest[25] % 25] = "N"
        value = parse_key("".join(chars)).value
        if value not in avoid:
            return value
        attempt += 1


class LabKeyring:
    """The lab's host keys (CSVLK) and MAKs per key group, plus retail keys of machines."""

    def __init__(self, seed: int, catalog: Catalog) -> None:
        self._gvlks = frozenset(
            key.value for edition in catalog.editions.values() for key in edition.all_gvlks
        )
        self._by_value: dict[str, LabKey] = {}
        self._by_label: dict[str, LabKey] = {}
        self._seed = seed
        for group in catalog.groups.values():
            modern = group.id not in _LEGACY_GROUPS
            self._add(LabKey(group.id, KeyKind.CSVLK, self._value(group.id, modern), group.id))
            if not group.mak_targets:
                continue  # Microsoft sells no MAK of this group (e.g. 2012 R2 "for Windows 10")
            office = group.kind is GroupKind.OFFICE
            count = MAK_ACTIVATIONS["office" if office else "windows"]
            label = f"mak:{group.id}"
            self._add(
                LabKey(label, KeyKind.MAK, self._value(label, modern), group.id, remaining=count)
            )

    def _value(self, label: str, modern: bool) -> str:
        return lab_key_value(
            self._seed, label, modern=modern, avoid=self._gvlks | set(self._by_value)
        )

    def _add(self, key: LabKey) -> LabKey:
        self._by_value[key.value] = key
        self._by_label[key.label] = key
        return key

    def add_retail(self, label: str, edition_id: str, *, modern: bool) -> LabKey:
        """A retail key for one machine's edition (made at topology build)."""
        return self._add(
            LabKey(label, KeyKind.RETAIL, self._value(label, modern), edition=edition_id)
        )

    def lookup(self, value: str) -> LabKey | None:
        return self._by_value.get(value)

    def by_label(self, label: str) -> LabKey:
        return self._by_label[label]

    def published(self) -> dict[str, str]:
        """Host keys by group id and MAKs as ``mak:<group>`` (what `lab serve` prints)."""
        return {k.label: k.value for k in self._by_label.values() if k.kind is not KeyKind.RETAIL}


# --- phone activation -----------------------------------------------------------

IID_GROUPS = 9
IID_GROUP_LEN = 7
CID_BLOCKS = 8
CID_BLOCK_LEN = 6


def _digits(seed: str, count: int) -> list[int]:
    out: list[int] = []
    counter = 0
    while len(out) < count:
        digest = hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        out.extend(b % 10 for b in digest if b < 250)  # < 250: no modulo bias
        counter += 1
    return out[:count]


def block_check_digit(data: list[int]) -> int:
    """Legacy phone-activation check digit: (d1 + 2·d2 + d3 + 2·d4 + d5 …) mod 7."""
    return sum(d * (2 if i % 2 else 1) for i, d in enumerate(data)) % 7


def lab_installation_id(machine_id: str, key: str, activation_id: str) -> str:
    """The 63-digit Installation ID (9 groups of 7) a lab product shows."""
    groups = []
    for index in range(IID_GROUPS):
        data = _digits(f"{LAB_ONLY}/iid/{machine_id}/{key}/{activation_id}/{index}", 6)
        groups.append("".join(map(str, [*data, block_check_digit(data)])))
    return "".join(groups)


def lab_confirmation_id(iid: str) -> str:
    """The lab activation centre's 48-digit Confirmation ID (8 blocks of 6) for ``iid``.

    Each block is 5 digits plus the legacy check digit, so the wizard's soft
    block check agrees with what the lab accepts.
    """
    digits_only = "".join(ch for ch in iid if ch.isdigit())
    blocks = []
    for index in range(CID_BLOCKS):
        data = _digits(f"{LAB_ONLY}/cid/{digits_only}/{index}", 5)
        blocks.append("".join(map(str, [*data, block_check_digit(data)])))
    return "".join(blocks)


def cid_blocks_valid(cid: str) -> bool:
    """Whether every 6-digit block of a 48-digit CID passes its check digit."""
    for start in range(0, len(cid), CID_BLOCK_LEN):
        block = [int(ch) for ch in cid[start : start + CID_BLOCK_LEN]]
        if block_check_digit(block[:-1]) != block[-1]:
            return False
    return True
