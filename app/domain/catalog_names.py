"""Translatable names and reasons of the product catalog.

They live in Python (not in the JSON data) because ``pyside6-lupdate`` extracts
strings only from source files. Product names (``Windows Server 2022
Datacenter``) are not translated; what surrounds them is.
"""

from __future__ import annotations

from types import MappingProxyType

from app.domain.text import QT_TRANSLATE_NOOP, Text

# Display names of the key groups, by group id. A group in the data without a
# name here is a catalog problem.
GROUP_NAMES: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client-vl": QT_TRANSLATE_NOOP(
            "KeyGroup", "Client VL (Windows 7 Professional/Enterprise, Vista Business/Enterprise)"
        ),
        "server-a": QT_TRANSLATE_NOOP("KeyGroup", "Server Group A (Web, HPC)"),
        "server-b": QT_TRANSLATE_NOOP("KeyGroup", "Server Group B (Standard, Enterprise)"),
        "server-c": QT_TRANSLATE_NOOP("KeyGroup", "Server Group C (Datacenter, Itanium)"),
        "win8": QT_TRANSLATE_NOOP("KeyGroup", "Windows 8 (activates clients only)"),
        "ws2012": QT_TRANSLATE_NOOP("KeyGroup", "Windows Server 2012 (servers and clients)"),
        "win81": QT_TRANSLATE_NOOP("KeyGroup", "Windows 8.1 (activates clients only)"),
        "ws2012r2": QT_TRANSLATE_NOOP(
            "KeyGroup", "Windows Server 2012 R2 (servers and clients up to Windows 8.1)"
        ),
        "win10": QT_TRANSLATE_NOOP("KeyGroup", "Windows 10 (activates clients only)"),
        # Microsoft's Volume Licensing name of this host key, kept recognisable.
        "ws2012r2-win10": QT_TRANSLATE_NOOP(
            "KeyGroup",
            "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10 (servers and clients up to "
            "Windows 10)",
        ),
        "ws2016": QT_TRANSLATE_NOOP("KeyGroup", "Windows Server 2016 (servers and clients)"),
        "ws2019": QT_TRANSLATE_NOOP("KeyGroup", "Windows Server 2019 (servers and clients)"),
        "ws2022": QT_TRANSLATE_NOOP("KeyGroup", "Windows Server 2022 (servers and clients)"),
        "ws2025": QT_TRANSLATE_NOOP("KeyGroup", "Windows Server 2025 (servers and clients)"),
        "office2010": QT_TRANSLATE_NOOP("KeyGroup", "Office 2010 KMS host key"),
        "office2013": QT_TRANSLATE_NOOP("KeyGroup", "Office 2013 KMS host key"),
        "office2016": QT_TRANSLATE_NOOP("KeyGroup", "Office 2016 KMS host key"),
        "office2019": QT_TRANSLATE_NOOP("KeyGroup", "Office 2019 KMS host key"),
        "office2021": QT_TRANSLATE_NOOP("KeyGroup", "Office LTSC 2021 KMS host key"),
        "office2024": QT_TRANSLATE_NOOP("KeyGroup", "Office LTSC 2024 KMS host key"),
    }
)

FAMILY_NAMES: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": QT_TRANSLATE_NOOP("Catalog", "Windows client"),
        "server": QT_TRANSLATE_NOOP("Catalog", "Windows Server"),
        "office": QT_TRANSLATE_NOOP("Catalog", "Office"),
    }
)

# %1 is a knowledge-base article number such as "KB5034765".
UPDATE_OR_LATER = QT_TRANSLATE_NOOP("Catalog", "%1 or a later update")
UPDATE_EXACT = QT_TRANSLATE_NOOP("Catalog", "update %1")

# Why a host may not hold a key group (HostEligibility.reason).
AZURE_EDITION = QT_TRANSLATE_NOOP(
    "HostEligibility",
    "Windows Server Datacenter: Azure Edition is activated by Azure and cannot be a KMS host.",
)
EVALUATION_EDITION = QT_TRANSLATE_NOOP(
    "HostEligibility",
    "Evaluation editions cannot take a KMS host key. Convert this server to a licensed "
    "edition first (DISM /Set-Edition).",
)
# %1 is "Windows 7" (seed 001: such a host activates clients only).
CLIENT_VL_ONLY = QT_TRANSLATE_NOOP(
    "HostEligibility", "A %1 host can hold only the Client VL key, not a Server Group key."
)
# %1 lists product names: "Windows Server 2022, Windows Server 2019, Windows Server 2016".
NOT_ON_THIS_OS = QT_TRANSLATE_NOOP("HostEligibility", "This key can be installed only on %1.")
SERVER_KEY_ON_CLIENT = QT_TRANSLATE_NOOP(
    "HostEligibility",
    "A Windows client cannot hold a Windows Server host key: install it on %1.",
)
EDITION_OUT_OF_REACH = QT_TRANSLATE_NOOP(
    "HostEligibility",
    "This key cannot activate the host's own edition (%1): a KMS host needs a key of its "
    "own group or a higher one.",
)
# %1 is "Windows Vista" or "Windows Server 2008" (B5: slsvc, not sppsvc).
READ_ONLY_HOST_OS = QT_TRANSLATE_NOOP(
    "HostEligibility",
    "%1 cannot be a KMS host here: it runs the older Software Licensing service (slsvc). "
    "Use Windows 7 / Windows Server 2008 R2 or newer.",
)
UNKNOWN_HOST_OS = QT_TRANSLATE_NOOP(
    "HostEligibility", "This Windows version is not in the catalog: %1."
)
