"""What this build is made of: each bundled component with its version and licence.

The About dialog lists them. The facts are read at run time from the installed
distributions' metadata (``importlib.metadata``: ``License-Expression``, the
``License ::`` classifiers, a short ``License`` field), so the list stays true
when a dependency changes; the table below only fills in when a frozen build
carries no metadata for a package. The walk starts at our direct dependencies
(:data:`DIRECT_DEPENDENCIES`, kept equal to ``pyproject.toml`` by a test) and
follows their requirements, leaving out extras and packages not installed.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata

# pyproject.toml's [project] dependencies, by distribution name.
DIRECT_DEPENDENCIES: tuple[str, ...] = (
    "PySide6-Essentials",
    "pywinrm",
    "pyspnego",
    "dnspython",
    "keyring",
    "platformdirs",
    "cryptography",
    "ldap3",
)

# Used only when a package's metadata is missing (some frozen builds drop it).
FALLBACK_LICENCES: dict[str, str] = {
    "pyside6-essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pywinrm": "MIT",
    "requests": "Apache-2.0",
    "requests-ntlm": "ISC",
    "pyspnego": "MIT",
    "xmltodict": "MIT",
    "urllib3": "MIT",
    "idna": "BSD-3-Clause",
    "charset-normalizer": "MIT",
    "certifi": "MPL-2.0",
    "dnspython": "ISC",
    "keyring": "MIT",
    "jaraco-classes": "MIT",
    "jaraco-functools": "MIT",
    "jaraco-context": "MIT",
    "more-itertools": "MIT",
    "pywin32-ctypes": "BSD-3-Clause",
    "secretstorage": "BSD-3-Clause",
    "jeepney": "MIT",
    "platformdirs": "MIT",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "cffi": "MIT-0",
    "pycparser": "BSD-3-Clause",
    "sspilib": "MIT",
    "ldap3": "LGPL-3.0-only",
    "pyasn1": "BSD-2-Clause",
}

# What each package requires, for the walk when its metadata is missing (frozen builds keep
# little of it); an entry "name@platform" counts only on that sys.platform prefix.
FALLBACK_REQUIRES: dict[str, tuple[str, ...]] = {
    "pyside6-essentials": ("shiboken6",),
    "pywinrm": ("requests", "requests-ntlm", "xmltodict"),
    "requests": ("urllib3", "idna", "charset-normalizer", "certifi"),
    "requests-ntlm": ("cryptography", "pyspnego", "requests"),
    "pyspnego": ("cryptography", "sspilib@win32"),
    "keyring": (
        "jaraco-classes",
        "jaraco-functools",
        "jaraco-context",
        "pywin32-ctypes@win32",
        "secretstorage@linux",
        "jeepney@linux",
    ),
    "jaraco-classes": ("more-itertools",),
    "jaraco-functools": ("more-itertools",),
    "secretstorage": ("cryptography", "jeepney"),
    "cryptography": ("cffi",),
    "cffi": ("pycparser",),
    "ldap3": ("pyasn1",),
}

# Trove classifier → SPDX identifier, for packages that only state a classifier.
_CLASSIFIERS: dict[str, str] = {
    "MIT License": "MIT",
    "MIT No Attribution License (MIT-0)": "MIT-0",
    "Apache Software License": "Apache-2.0",
    "BSD License": "BSD",
    "ISC License (ISCL)": "ISC",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "GNU Lesser General Public License v3 or later (LGPLv3+)": "LGPL-3.0-or-later",
    "Python Software Foundation License": "PSF-2.0",
}
_SHORT_LICENCE = 60  # a longer License field is the whole licence text, not its name
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    """One bundled component.

    Attributes:
        name: the distribution name as it spells itself ("Python" and "Qt" for the two runtimes).
        version: its version ("" when unknown).
        licence: an SPDX expression or the licence's name ("" when not stated anywhere).
        from_metadata: the licence was read from the installed metadata (not the table).
    """

    name: str
    version: str
    licence: str
    from_metadata: bool


def canonical(name: str) -> str:
    """PEP 503 normalised name: ``requests_ntlm`` and ``Requests-NTLM`` are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_from_metadata(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares: expression, classifiers, or a short field."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    classified = [
        _CLASSIFIERS.get(c.rsplit("::", 1)[-1].strip(), c.rsplit("::", 1)[-1].strip())
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classified:
        return " OR ".join(dict.fromkeys(classified))
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= _SHORT_LICENCE:
        return field
    return ""


def bundled_components() -> list[Component]:
    """Python, Qt, then every installed runtime dependency, each once, sorted by name."""
    found: dict[str, Component] = {}
    pending = list(DIRECT_DEPENDENCIES)
    while pending:
        name = pending.pop(0)
        key = canonical(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if key in FALLBACK_LICENCES:
                found[key] = Component(name, "", FALLBACK_LICENCES[key], False)
                pending.extend(_fallback_requirements(key))
            continue
        declared = licence_from_metadata(dist.metadata)
        licence = declared or FALLBACK_LICENCES.get(key, "")
        found[key] = Component(
            dist.metadata.get("Name") or name, dist.version, licence, bool(declared)
        )
        pending.extend(_runtime_requirements(dist))
    runtimes = [
        Component("Python", platform.python_version(), "PSF-2.0", False),
        Component("Qt", _qt_version(), "LGPL-3.0-only", False),
    ]
    return runtimes + sorted(found.values(), key=lambda c: c.name.lower())


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """Names of the requirements this platform uses: no extras, markers that hold."""
    names = []
    for requirement in dist.requires or []:
        _spec, _, marker = requirement.partition(";")
        if "extra" in marker or not _marker_holds(marker.strip()):
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _fallback_requirements(key: str) -> list[str]:
    names = []
    for entry in FALLBACK_REQUIRES.get(key, ()):
        name, _, only_on = entry.partition("@")
        if not only_on or sys.platform.startswith(only_on):
            names.append(name)
    return names


def _marker_holds(marker: str) -> bool:
    """Evaluate an environment marker; without ``packaging`` (a frozen build), assume it does
    (the walk then keeps the requirement only when it is installed)."""
    if not marker:
        return True
    try:
        from packaging.markers import InvalidMarker, Marker
    except ImportError:
        return True
    try:
        return Marker(marker).evaluate()
    except InvalidMarker:
        return True


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return ""
    return qVersion()
