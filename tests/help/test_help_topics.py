"""Which help page F1 opens: every wizard page has one, in every language, offline."""

from __future__ import annotations

import pytest

from app.commands.selftest import check_help
from app.domain.flow import PageId, help_topic
from app.domain.help_topics import (
    HELP_LANGUAGES,
    HELP_PAGES,
    TOPICS,
    all_pages,
    help_file,
    help_language,
)
from app.resources import resource


def test_every_wizard_page_has_a_help_page():
    assert set(HELP_PAGES) == {page.name.lower() for page in PageId}


@pytest.mark.parametrize("page", list(PageId))
def test_help_page_agrees_with_the_flow(page):
    # flow.help_topic names the page without extension; both must point at one file.
    assert HELP_PAGES[page.name.lower()] == f"{help_topic(page)}.html"


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
@pytest.mark.parametrize("page", list(PageId))
def test_help_opens_offline_for_every_page_id_and_language(lang, page):
    path = help_file(lang, page.name)
    assert path.startswith(f"{lang}/")
    assert resource("help", *path.split("/")).is_file()


def test_all_pages_lists_each_file_once_steps_first():
    pages = all_pages()
    assert len(pages) == len(set(pages)) == 22
    assert pages[0] == "welcome.html"
    assert set(TOPICS) <= set(pages)
    assert "index.html" in TOPICS


@pytest.mark.parametrize(
    ("language", "key", "expected"),
    [
        ("fr", "DNS", "fr/dns.html"),
        ("de", "host_check", "de/host-check.html"),
        ("de_DE", "HOST_CHECK", "de/host-check.html"),
        ("fr-CA", "host-check", "fr/host-check.html"),
        ("FR", "office_phone_activation", "fr/phone-activation.html"),
        ("en", "troubleshooting.html", "en/troubleshooting.html"),
        ("es", "dns", "en/dns.html"),  # no Spanish help: English
        (None, "dns", "en/dns.html"),
        ("fr", "no_such_page", "fr/index.html"),
        ("de", "", "de/index.html"),
        ("de", None, "de/index.html"),
        ("fr", "../../etc/passwd", "fr/index.html"),  # never a path outside the help
    ],
)
def test_help_file_falls_back_sensibly(language, key, expected):
    assert help_file(language, key) == expected


def test_help_language_accepts_locale_names():
    assert help_language("de_AT") == "de"
    assert help_language("pt_BR") == "en"
    assert help_language("") == "en"


def test_selftest_check_passes_on_the_shipped_help():
    result = check_help()
    assert result.ok, result.detail
    assert result.summary.args == (len(all_pages()), len(HELP_LANGUAGES))
    assert result.detail["missing"] == []


def test_selftest_check_names_what_is_missing(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text("<html></html>", encoding="utf-8")
    result = check_help(tmp_path)
    assert not result.ok
    assert "en/dns.html" in result.detail["missing"]
    assert "fr/index.html" in result.detail["missing"]
    assert "en/index.html" not in result.detail["missing"]
