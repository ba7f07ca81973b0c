"""Composition for activation via Active Directory: the directory adapter the ADBA pages use.

Like ``app.bootstrap_fleet``: the pages never import an adapter; they receive
:func:`open_activation_directory` (tests pass their own) and call it in the background.
"""

from __future__ import annotations

from app.adapters.ldap_activation_objects import ActivationObjectDirectory
from app.adapters.ldap_inventory import DirectorySettings
from app.domain.inventory_ad import parse_directory_url


def open_activation_directory(
    url: str, user: str | None, password: str | None, ca_file: str | None
) -> ActivationObjectDirectory:
    """The forest's activation objects behind ``url`` (``ldaps://dc01.example.com``).

    Raises:
        app.domain.inventory_ad.DirectoryError: BAD_URL.
    """
    return ActivationObjectDirectory(
        DirectorySettings(
            parse_directory_url(url),
            user=user or None,
            password=password if user else None,
            ca_file=ca_file or None,
        )
    )
