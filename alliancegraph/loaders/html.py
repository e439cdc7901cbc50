"""Saved or fetched HTML pages: the article's own text and its provenance, nothing else.

A news page is mostly not the article: navigation, ads, "Lire aussi" boxes, share buttons,
footers. Those blocks are removed first (the words and class names that mark them are data, in
``ontology/web.toml``), then ``trafilatura`` finds the main text in what is left, and reads the
metadata (title, author, site name, canonical URL, date, from JSON-LD, OpenGraph and the page;
the date through ``htmldate``) from the untouched page. Only plain text leaves this module, so
no markup can reach the extractor or an actor's name.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

import trafilatura
from htmldate import find_date

from alliancegraph.loaders.fetch import normalised_url
from alliancegraph.model import Article, article_id

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SPACES = re.compile(r"[ \t\u00a0\u202f]+")


class PageError(ValueError):
    """A page that holds no readable article; the message says why."""


@dataclass(frozen=True)
class PageHints:
    """What is known about a page before reading it (from a feed item or a URL list)."""

    url: str | None = None
    date: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Boilerplate:
    prefixes: tuple[str, ...]
    tags: frozenset[str]
    tokens: frozenset[str]
    phrases: tuple[str, ...]


@cache
def boilerplate() -> Boilerplate:
    """The boilerplate vocabulary of ``ontology/web.toml``, read once."""
    data = tomllib.loads(files("alliancegraph.ontology").joinpath("web.toml").read_text("utf-8"))
    return Boilerplate(
        prefixes=tuple(data["boxes"]["prefixes"]),
        tags=frozenset(data["blocks"]["tags"]),
        tokens=frozenset(data["blocks"]["tokens"]),
        phrases=tuple(data["blocks"]["phrases"]),
    )


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: how boilerplate words are compared.

    >>> fold("  À LIRE   aussi :")
    'a lire aussi :'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.lower().split())


def clean_text(text: str) -> str:
    """Plain text fit for the extractor and a terminal: no control characters, tidy spaces."""
    text = CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


# A block whose text starts with a boxes prefix is dropped only when it is this short: a
# "Lire aussi" box is a line or two, while a container that merely starts with a share button
# holds the article.
BOX_CHARS = 400
# A block marked by its class or id is kept when it holds this share of the page's text: the
# article's own container may carry a word such as "comments" ("article-body has-comments").
MAIN_SHARE = 0.5


def _is_boilerplate_block(element, words: Boilerplate, page_chars: int) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag.lower() in words.tags:
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    marks = marks.lower()
    if marks.strip():
        tokens = set(re.split(r"[\s_-]+", marks))
        if tokens & words.tokens or any(phrase in marks for phrase in words.phrases):
            return len(element.text_content()) < MAIN_SHARE * page_chars
    if element.tag.lower() in {"p", "li", "div", "section", "blockquote", "strong", "h2", "h3"}:
        text = element.text_content()
        if len(text) < BOX_CHARS and fold(text[:80]).startswith(words.prefixes):
            return True
    return False


def strip_boilerplate(tree) -> None:
    """Remove, in place, every block of ``tree`` that is navigation, an ad or a cross-link box.

    JSON-LD scripts go too: the metadata is read from the untouched page beforehand.
    """
    words = boilerplate()
    body = tree.find(".//body")
    root = body if body is not None else tree
    page_chars = len(root.text_content())
    doomed = [el for el in root.iter()
              if el is not root and _is_boilerplate_block(el, words, page_chars)]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()


def parse_html(data: bytes | str, source: str, hints: PageHints | None = None) -> Article:
    """The article of one HTML page: main text, title, date, outlet, author, URLs.

    ``source`` names the file or URL in messages; ``hints`` (from a feed item, or the URL the
    page was fetched from) fill what the page lacks. The id is a hash of the canonical URL when
    there is one (two URLs of one page are one article), else of the text.

    Raises :class:`PageError` when no main text or no publication date can be found.
    """
    hints = hints or PageHints()
    if not data.strip():
        raise PageError("empty page")
    try:
        tree = trafilatura.load_html(data)
    except (ValueError, TypeError) as exc:
        raise PageError(f"not an HTML page ({exc})") from None
    if tree is None:
        raise PageError("not an HTML page")
    meta = trafilatura.extract_metadata(deepcopy(tree), default_url=hints.url)
    page_url = _canonical(meta.url if meta else None, hints.url)
    date = _date(tree, meta, hints, page_url)
    strip_boilerplate(tree)
    body = trafilatura.extract(
        tree, url=page_url, output_format="txt", include_comments=False, include_tables=False,
        include_images=False, include_links=False, favor_precision=True, with_metadata=False,
    )
    body = clean_text(body or "")
    if len(body.split()) < 5:
        raise PageError("no article text found in the page")
    title = clean_text((meta.title if meta else None) or hints.title or "").split("\n")[0]
    paragraphs = [line for line in body.split("\n") if line]
    if title and paragraphs and fold(paragraphs[0]) == fold(title):
        paragraphs = paragraphs[1:]
    text = "\n\n".join([title, *paragraphs] if title else paragraphs)
    url = hints.url or page_url
    canonical = page_url or (normalised_url(hints.url) if hints.url else None)
    return Article(
        id=article_id(f"url {canonical}") if canonical else article_id(text),
        date=date,
        title=title or paragraphs[0][:120],
        text=text,
        url=url,
        source=source,
        canonical_url=canonical,
        outlet=_outlet(meta, hints, canonical),
        author=_author(meta, hints),
    )


def _canonical(found: str | None, given: str | None) -> str | None:
    for candidate in (found, given):
        if candidate and candidate.lower().startswith(("http://", "https://")):
            return normalised_url(candidate)
    return None


def _date(tree, meta, hints: PageHints, url: str | None) -> str:
    """The publication date (not the last update): metadata, then htmldate, then the hints."""
    found = meta.date if meta and meta.date else None
    if not found:
        try:
            found = find_date(tree, url=url, original_date=True, extensive_search=False,
                              outputformat="%Y-%m-%d")
        except (ValueError, TypeError):
            found = None
    found = found or hints.date
    if not found or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", found[:10]):
        raise PageError("no publication date found in the page or its metadata")
    return found[:10]


def _outlet(meta, hints: PageHints, canonical: str | None) -> str | None:
    name = (meta.sitename if meta else None) or hints.outlet
    if not name and canonical:
        name = urlsplit(canonical).hostname
    if name and name.startswith("www."):
        name = name[4:]
    return clean_text(name) if name else None


def _author(meta, hints: PageHints) -> str | None:
    name = (meta.author if meta else None) or hints.author
    return clean_text(name) if name else None
