"""The offline help: complete in every language, valid, linked, offline, and readable by Qt.

The help browser is a QTextBrowser, which renders a subset of HTML 4 and CSS and
follows relative links only; an admin reads it on a host with no Internet, often
in the middle of a phone call. So: every page in every language, every link and
anchor resolvable, nothing fetched from outside, no script, and French and
German pages with no English sentence left in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.domain.help_topics import HELP_LANGUAGES, all_pages
from app.domain.hresults import format_hresult, known_codes
from app.resources import resource

HELP_ROOT: Path = resource("help")
PAGES = all_pages()
CASES = [(lang, page) for lang in HELP_LANGUAGES for page in PAGES]

# Qt's rich-text engine ignores CSS it does not know; a property outside this list
# would silently do nothing (https://doc.qt.io/qt-6/richtext-html-subset.html).
QT_CSS_PROPERTIES = frozenset(
    {
        "background-color",
        "color",
        "font-family",
        "font-size",
        "font-style",
        "font-weight",
        "text-decoration",
        "margin-top",
        "margin-bottom",
        "margin-left",
        "margin-right",
        "padding",
        "text-indent",
        "white-space",
        "vertical-align",
        "line-height",
    }
)

# Words that give away an English sentence. Chosen so that none is a French or German
# word (no "on", "also", "will", "die", "see"…).
ENGLISH_WORDS = (
    "the",
    "and",
    "with",
    "your",
    "click",
    "this",
    "that",
    "from",
    "which",
    "when",
    "should",
    "must",
    "have",
    "been",
    "only",
    "into",
    "then",
    "there",
    "after",
    "before",
    "every",
    "cannot",
    "does",
    "not",
    "are",
    "you",
    "for",
    "its",
    "what",
    "how",
    "where",
    "here",
    "they",
    "their",
    "would",
    "could",
    "until",
    "about",
    "because",
)
# Official product and setting names that contain such words and stay in English.
ENGLISH_NAMES = (
    "Microsoft Licensing Activation Centers",
    "Pro for Workstations",
)

# What the phone guide must say in each language (issue 9): where the number is,
# the Installation ID as 9 groups of 7, the Confirmation ID as 8 blocks A–H.
PHONE_PHRASES = {
    "en": ("9 groups of 7", "8 blocks", "A to H"),
    "fr": ("9 groupes de 7", "8 blocs", "A à H"),
    "de": ("9 Gruppen zu je 7", "8 Blöcke", "A bis H"),
}
PHONE_CODES = ("0xC004F04D", "0xC004F02C", "0xC004F02F", "0xC004F031")


@dataclass
class Page:
    """What the tests need from one HTML file."""

    lang: str | None = None
    title: str = ""
    charset: str | None = None
    hrefs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    forbidden_tags: list[str] = field(default_factory=list)
    handlers: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)  # visible text outside <code>/<pre>


class _PageParser(HTMLParser):
    _FORBIDDEN = frozenset(
        {"script", "iframe", "object", "embed", "link", "form", "input", "applet"}
    )
    _HIDDEN = frozenset({"style", "script"})
    _LITERAL = frozenset({"code", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.page.lang = values.get("lang")
        if tag == "meta" and "charset" in values:
            self.page.charset = values["charset"].lower()
        if tag in self._FORBIDDEN:
            self.page.forbidden_tags.append(tag)
        if "href" in values:
            self.page.hrefs.append(values["href"])
        if "src" in values:
            self.page.sources.append(values["src"])
        if tag == "a" and values.get("name"):
            self.page.anchors.add(values["name"])
        if values.get("id"):
            self.page.anchors.add(values["id"])
        self.page.handlers += [name for name in values if name.startswith("on")]
        if tag not in {"meta", "br", "img", "hr"}:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if "title" in self._stack:
            self.page.title += data
        if "style" in self._stack:
            self.page.styles.append(data)
        if self._HIDDEN & set(self._stack):
            return
        self.page.text.append(data)
        if not self._LITERAL & set(self._stack):
            self.page.prose.append(data)


@cache
def parsed(lang: str, name: str) -> Page:
    parser = _PageParser()
    parser.feed((HELP_ROOT / lang / name).read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def _plain(page: Page) -> str:
    return re.sub(r"\s+", " ", " ".join(page.text))


def _split_link(href: str) -> tuple[str, str]:
    target, _, anchor = href.partition("#")
    return target, anchor


def _internal_links(lang: str) -> list[tuple[str, str, str]]:
    """(page, target file, anchor) for every link in ``lang``; target "" = same page."""
    links = []
    for name in PAGES:
        for href in parsed(lang, name).hrefs:
            target, anchor = _split_link(href)
            links.append((name, target or name, anchor))
    return links


# --- presence -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_every_language_has_exactly_the_same_pages(lang):
    present = {p.name for p in (HELP_ROOT / lang).glob("*.html")}
    assert present == set(PAGES)


def test_there_is_no_stray_file_or_language_folder():
    folders = {p.name for p in HELP_ROOT.iterdir() if p.is_dir()}
    assert folders == set(HELP_LANGUAGES)
    for lang in HELP_LANGUAGES:
        assert {p.suffix for p in (HELP_ROOT / lang).iterdir()} == {".html"}


# --- structure ------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_page_is_well_formed_for_its_language(lang, name):
    page = parsed(lang, name)
    assert page.lang == lang
    assert page.charset == "utf-8"
    assert page.title.strip()
    assert page.hrefs and page.hrefs[0] == "index.html", "the breadcrumb must come first"
    assert len(_plain(page)) > 200


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_page_is_offline_and_script_free(lang, name):
    page = parsed(lang, name)
    assert not page.forbidden_tags
    assert not page.handlers
    for url in page.hrefs + page.sources:
        assert not re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", url, re.IGNORECASE), url
    for source in page.sources:  # images, if any, must ship with the help
        assert (HELP_ROOT / lang / source).is_file(), source


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_page_uses_only_css_that_qt_renders(lang, name):
    css = "\n".join(parsed(lang, name).styles)
    properties = set(re.findall(r"([a-z-]+)\s*:", re.sub(r"[^{}]*\{|\}", "\n", css)))
    assert properties, "each page carries its own small style block"
    assert properties <= QT_CSS_PROPERTIES, properties - QT_CSS_PROPERTIES


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_every_internal_link_and_anchor_resolves(lang):
    broken = []
    for source, target, anchor in _internal_links(lang):
        if not (HELP_ROOT / lang / target).is_file():
            broken.append(f"{source} → {target}")
        elif anchor and anchor not in parsed(lang, target).anchors:
            broken.append(f"{source} → {target}#{anchor}")
    assert not broken


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_index_links_every_page(lang):
    linked = {_split_link(href)[0] for href in parsed(lang, "index.html").hrefs}
    assert set(PAGES) - {"index.html"} <= linked


@pytest.mark.parametrize("lang", HELP_LANGUAGES[1:])
def test_translations_keep_the_same_anchors(lang):
    # The wizard links to anchors (troubleshooting.html#0xC004F074) in every language.
    for name in PAGES:
        assert parsed(lang, name).anchors == parsed("en", name).anchors, name


# --- content ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_troubleshooting_explains_every_code_of_the_error_catalog(lang):
    page = parsed(lang, "troubleshooting.html")
    text = _plain(page)
    codes = [format_hresult(code) for code in known_codes() if code != 0]
    assert len(codes) > 25
    assert [c for c in codes if c not in text] == []
    assert [c for c in codes if c not in page.anchors] == []  # linkable from error dialogs


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_phone_guide_is_complete(lang):
    text = _plain(parsed(lang, "phone-activation.html"))
    # The activation centres' address written out, to type on another device (issue 18.6).
    centres = "https://www.microsoft.com/licensing/existing-customer/activation-centers"
    for needed in ("slui 4", "phone.inf", centres, *PHONE_CODES, *PHONE_PHRASES[lang]):
        assert needed in text, needed


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_step_pages_name_their_key_facts(lang):
    facts = {
        "network.html": ("SPPSVC-In-TCP", "1688", "Test-NetConnection", "135"),
        "dns.html": ("_vlmcs._tcp", "DnsDomainPublishList", "12293", "12294", "24"),
        "host-ready.html": ("25", "13", "50"),
        "key-groups.html": ("Client VL", "KB5034765", "Azure"),
        "thresholds.html": ("CMID", "180", "30", "50", "0xC004C008"),
        "connection.html": ("5986", "5985", "LocalAccountTokenFilterPolicy", "TrustedHosts"),
        "troubleshooting.html": ("12288", "12289", "12290", "sysprep /generalize"),
    }
    for name, needed in facts.items():
        text = _plain(parsed(lang, name))
        assert [n for n in needed if n not in text] == [], name


@pytest.mark.parametrize(("lang", "name"), [c for c in CASES if c[0] != "en"])
def test_no_english_sentence_is_left(lang, name):
    prose = " ".join(parsed(lang, name).prose)
    for product_name in ENGLISH_NAMES:
        prose = prose.replace(product_name, " ")
    # Whole words, accents included: "forêt" is French, not "for" + "t".
    words = set(re.findall(r"[^\W\d_]+", prose.lower()))
    assert words.isdisjoint(ENGLISH_WORDS), sorted(words & set(ENGLISH_WORDS))


# --- Qt ---------------------------------------------------------------------------------


def _qt_anchors(document) -> frozenset[str]:
    names: set[str] = set()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            names.update(iterator.fragment().charFormat().anchorNames())
            iterator += 1
        block = block.next()
    return frozenset(names)


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_qt_renders_every_page_with_its_title_and_anchors(qapp, lang):
    from PySide6.QtGui import QTextDocument

    documents = {}
    for name in PAGES:
        document = QTextDocument()
        document.setHtml((HELP_ROOT / lang / name).read_text(encoding="utf-8"))
        documents[name] = document
        assert len(document.toPlainText().strip()) > 200, name
        title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        assert title == parsed(lang, name).title.strip(), name
    anchors = {name: _qt_anchors(document) for name, document in documents.items()}
    missing = [
        f"{target}#{anchor}"
        for _, target, anchor in _internal_links(lang)
        if anchor and anchor not in anchors[target]
    ]
    assert missing == [], "QTextBrowser could not scroll to these anchors"
