"""Which product a step acts on: Windows, or the KMS host product of one Office version.

People name it ``windows``, ``2010``, ``office2016``, ``LTSC 2021`` or by the
Office host product's Activation ID (``98ebfe73-…``, as ``slmgr /dti`` takes it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.catalog import Catalog, KeyGroup
from app.domain.text import QT_TRANSLATE_NOOP, TranslatableError, msg

WINDOWS = "windows"
_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}?$")

UNKNOWN_PRODUCT = QT_TRANSLATE_NOOP(
    "HostSetup",
    "“%1” is not a product this step knows: give “windows”, an Office version (%2) or the "
    "Activation ID of an Office KMS host product.",
)


class InvalidProductChoice(TranslatableError, ValueError):
    """The text names no product; ``message`` says what is accepted."""


@dataclass(frozen=True)
class ProductChoice:
    """Windows (``office`` is None) or one Office version's host product."""

    office: KeyGroup | None = None

    @property
    def is_windows(self) -> bool:
        return self.office is None

    @property
    def activation_id(self) -> str | None:
        """The Office host product's Activation ID (lower case); None for Windows."""
        if self.office is None or not self.office.office_activation_id:
            return None
        return self.office.office_activation_id.lower()

    @property
    def id(self) -> str:
        """``windows`` or the Office group id (``office2010``)."""
        return WINDOWS if self.office is None else self.office.id


WINDOWS_PRODUCT = ProductChoice()


def office_group(catalog: Catalog, text: str) -> KeyGroup | None:
    """The Office host key group meant by ``2010``, ``office2010``, ``LTSC 2021``…; else None."""
    cleaned = re.sub(r"[\s_-]+", "", str(text)).lower()
    cleaned = cleaned.removeprefix("office").removeprefix("ltsc")
    for group in catalog.office_groups():
        if group.id == f"office{cleaned}":
            return group
    return None


def parse_product(catalog: Catalog, text: str) -> ProductChoice:
    """``windows``, an Office version or an Office host Activation ID → :class:`ProductChoice`.

    Raises:
        InvalidProductChoice: with a translatable message listing what is accepted.
    """
    raw = str(text or "").strip()
    if raw.lower() == WINDOWS:
        return WINDOWS_PRODUCT
    group = office_group(catalog, raw)
    if group is not None:
        return ProductChoice(group)
    if _GUID.match(raw):
        wanted = raw.strip("{}").lower()
        for candidate in catalog.office_groups():
            if (candidate.office_activation_id or "").lower() == wanted:
                return ProductChoice(candidate)
    versions = ", ".join(g.id.removeprefix("office") for g in catalog.office_groups())
    raise InvalidProductChoice(msg(UNKNOWN_PRODUCT, raw[:60], versions))
