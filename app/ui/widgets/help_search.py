"""Full-text search over the offline help pages of one language (no Qt: plain files).

The help is small (about twenty pages per language), so a search reads every
page of the language, turns its HTML into text and looks for the words, case
and accents ignored ("hote" finds "hôte", "schlussel" finds "Schlüssel"). A page
matches when it contains every word of the query; pages with more hits come first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

SNIPPET_CHARS = 90


@dataclass(frozen=True)
class HelpHit:
    """One help page that matches a search.

    Attributes:
        path: the page's file.
        title: its title (``<title>``, else the file name).
        hits: how many times the query's words occur.
        snippet: the text around the first occurrence, on one line.
    """

    path: Path
    title: str
    hits: int
    snippet: str


class _TextExtractor(HTMLParser):
    """Collects the visible text and the title of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "title"):
            self._stack.append(tag)
        elif tag in ("p", "li", "tr", "h1", "h2", "h3", "pre", "br", "td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._stack:
            self.parts.append(data)
        elif self._stack[-1] == "title":
            self.title_parts.append(data)


def fold(text: str) -> str:
    """Lower case without accents, for comparing ("Hôte" → "hote", "Schlüssel" → "schlussel")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def page_text(html: str) -> tuple[str, str]:
    """(title, visible text on one line) of an HTML page."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = " ".join("".join(parser.parts).split())
    title = " ".join("".join(parser.title_parts).split())
    return title, text


def search_pages(folder: Path, query: str) -> list[HelpHit]:
    """The pages in ``folder`` that contain every word of ``query``, best first.

    Args:
        folder: one language's help folder (``resources/help/fr``).
        query: words typed by the user; empty gives no result.
    """
    words = fold(query).split()
    if not words:
        return []
    hits: list[HelpHit] = []
    for path in sorted(folder.glob("*.html")):
        title, text, folded = _read(str(path), path.stat().st_mtime_ns)
        counts = [folded.text.count(word) for word in words]
        if not all(counts):
            continue
        first = folded.original_index(folded.text.find(words[0]))
        hits.append(HelpHit(path, title or path.stem, sum(counts), _snippet(text, first)))
    hits.sort(key=lambda hit: (-hit.hits, hit.title.casefold()))
    return hits


@lru_cache(maxsize=256)
def _read(path: str, _mtime_ns: int) -> tuple[str, str, _Folded]:
    """A page's title, text and folded text; read again only when the file changed."""
    title, text = page_text(Path(path).read_text(encoding="utf-8"))
    return title, text, _folded_positions(text)


@dataclass(frozen=True)
class _Folded:
    text: str
    origin: tuple[int, ...]  # index in the original text of each folded character

    def original_index(self, index: int) -> int:
        return self.origin[index] if 0 <= index < len(self.origin) else 0


def _folded_positions(text: str) -> _Folded:
    """Fold ``text`` character by character, remembering where each piece came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch)
        out.append(folded)
        origin.extend([i] * len(folded))
    return _Folded("".join(out), tuple(origin))


def _snippet(text: str, at: int) -> str:
    start = max(0, at - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    piece = text[start:end].strip()
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
