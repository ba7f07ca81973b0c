"""Which catalog edition a scanned product is: Windows from the OS facts, Office from its name.

A conversion to KMS needs the edition's GVLK, so a scan must name the edition
of every product it finds:

- Windows: ``Win32_OperatingSystem.Version`` + the registry ``EditionID`` +
  the caption go through :meth:`Catalog.identify_os` (a localised caption is
  fine: the EditionID decides). When the product already holds a GVLK, its last
  five characters confirm it.
- Office: a GVLK's last five characters name the edition outright; otherwise
  the WMI ``Name`` does — ``Office 16, Office16ProPlusVL_MAK edition`` is
  Office 2016 Professional Plus, ``Office 19, Office19ProPlus2019VL_MAK_AE``
  Office 2019 Professional Plus. The number is the version (14 = 2010, 15 =
  2013, 16 = 2016, 19 = 2019, 21 = LTSC 2021, 24 = LTSC 2024).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.catalog import Catalog, Family
from app.domain.licensing import ProductState

OFFICE_VERSION_BY_NUMBER = {
    "14": "office2010",
    "15": "office2013",
    "16": "office2016",
    "19": "office2019",
    "21": "office2021",
    "24": "office2024",
}
_OFFICE_NAME = re.compile(
    r"^Office\s+(?P<number>\d\d)\s*,\s*Office(?:\d\d)?(?P<word>[A-Za-z]+?)"
    r"(?:20\d\d)?(?:VL|Volume|Retail|R_|_|-|\s|$)"
)
# WMI product words → the catalog's edition suffix (office2016-<suffix>).
_OFFICE_WORDS = {
    "proplus": "proplus",
    "professionalplus": "proplus",
    "standard": "standard",
    "projectpro": "project-pro",
    "projectprofessional": "project-pro",
    "projectstd": "project-std",
    "projectstandard": "project-std",
    "visiopro": "visio-pro",
    "visioprofessional": "visio-pro",
    "visiostd": "visio-std",
    "visiostandard": "visio-std",
    "visiopremium": "visio-premium",
    "homebusiness": "home-business",
    "sharepointworkspace": "sharepoint-workspace",
    "groove": "sharepoint-workspace",
    "skypeforbusiness": "skype",
    "lync": "lync",
    "mondo": "mondo",
    "access": "access",
    "excel": "excel",
    "infopath": "infopath",
    "onenote": "onenote",
    "outlook": "outlook",
    "powerpoint": "powerpoint",
    "publisher": "publisher",
    "word": "word",
}


@dataclass(frozen=True, slots=True)
class OsFacts:
    """What a machine says about its Windows (from ``inspect`` or ``status``)."""

    caption: str = ""
    version: str = ""
    edition_id: str = ""  # registry EditionID ("ServerStandard")


def identify_windows(catalog: Catalog, facts: OsFacts, product: ProductState | None) -> str | None:
    """The catalog edition id of the machine's Windows, or None (evaluation, Home, unknown)."""
    edition = None
    if facts.version:
        edition = catalog.identify_os(facts.version, facts.edition_id or None, facts.caption)[1]
    if edition is not None:
        return edition.id
    if product is not None and product.partial_key:
        # A GVLK names its edition; only trust it when the key is unambiguous.
        windows = [
            e
            for e in catalog.editions_by_last5(product.partial_key)
            if e.family is not Family.OFFICE
        ]
        if len(windows) == 1:
            return windows[0].id
    return None


def identify_office(catalog: Catalog, product: ProductState) -> str | None:
    """The catalog edition id of an Office product, or None when it cannot be told."""
    if product.partial_key:
        office = [
            e for e in catalog.editions_by_last5(product.partial_key) if e.family is Family.OFFICE
        ]
        if len(office) == 1:
            return office[0].id
    found = _OFFICE_NAME.match(product.name.strip())
    if not found:
        return None
    version = OFFICE_VERSION_BY_NUMBER.get(found.group("number"))
    suffix = _OFFICE_WORDS.get(found.group("word").lower())
    if version is None or suffix is None:
        return None
    edition_id = f"{version}-{suffix}"
    return edition_id if edition_id in catalog.editions else None


def edition_name(catalog: Catalog, edition_id: str | None, fallback: str) -> str:
    """The catalog's English product name, or ``fallback`` (the WMI name) when unknown."""
    if edition_id and edition_id in catalog.editions:
        return catalog.editions[edition_id].name
    return fallback
