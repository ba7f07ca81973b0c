"""Which offline help page belongs to which wizard page (DESIGN §2.5).

The help is static HTML in ``resources/help/<language>/``: one page per wizard
step plus topic pages, with the same file names in every language. This module
only names files; reading them is the help browser's job. F1 on a wizard page
asks :func:`help_file` for the page's key (the ``PageId`` member name, in any
case) and gets a path relative to ``resources/help``.
"""

from __future__ import annotations

from types import MappingProxyType

HELP_LANGUAGES: tuple[str, ...] = ("en", "fr", "de")
FALLBACK_LANGUAGE = "en"
INDEX_PAGE = "index.html"

# Keys are PageId member names in lower case (app/domain/flow.py). Office's phone page is
# the same page class as Windows' phone page, so it shares its help.
HELP_PAGES: MappingProxyType[str, str] = MappingProxyType(
    {
        "welcome": "welcome.html",
        "connection": "connection.html",
        "host_check": "host-check.html",
        "key_group": "key-group.html",
        "host_key": "host-key.html",
        "activation": "activation.html",
        "phone_activation": "phone-activation.html",
        "office": "office.html",
        "office_phone_activation": "phone-activation.html",
        "network": "network.html",
        "dns": "dns.html",
        "host_ready": "host-ready.html",
        "clients_inventory": "clients-inventory.html",
        "clients_scan": "clients-scan.html",
        "clients_convert": "clients-convert.html",
        "summary": "summary.html",
        # Activation via Active Directory: one page for its three steps.
        "adba_forest": "adba.html",
        "adba_activation": "adba.html",
        "adba_phone": "adba.html",
        "adba_done": "adba.html",
    }
)

# Pages that belong to no single step; index.html links every page.
TOPICS: tuple[str, ...] = (
    INDEX_PAGE,
    "key-groups.html",
    "thresholds.html",
    "troubleshooting.html",
    "mak-or-kms.html",
    "glossary.html",
)


def all_pages() -> tuple[str, ...]:
    """Every help file name, each once: the step pages in wizard order, then the topics."""
    seen: dict[str, None] = dict.fromkeys(HELP_PAGES.values())
    seen.update(dict.fromkeys(TOPICS))
    return tuple(seen)


def help_language(language: str | None) -> str:
    """The help folder for a UI language: ``fr_FR``, ``de-CH`` or ``FR`` map to their
    base language; anything without help pages falls back to English."""
    base = (language or "").replace("-", "_").split("_", 1)[0].strip().lower()
    return base if base in HELP_LANGUAGES else FALLBACK_LANGUAGE


def help_file(language: str | None, page_key: str | None) -> str:
    """The help page for a wizard page, relative to ``resources/help``.

    Args:
        language: a UI language code (``"fr"``, ``"de_DE"``…); unknown ones give English.
        page_key: a PageId member name in any case (``"HOST_CHECK"``, ``"host_check"``,
            ``"host-check"``), or a help file name (``"dns.html"``); unknown ones give
            the table of contents.

    Returns:
        A POSIX relative path such as ``"fr/dns.html"``.
    """
    lang = help_language(language)
    key = (page_key or "").strip().lower()
    name = HELP_PAGES.get(key.replace("-", "_"))
    if name is None:
        name = key if key in all_pages() else INDEX_PAGE
    return f"{lang}/{name}"
