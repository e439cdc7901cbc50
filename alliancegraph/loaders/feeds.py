"""RSS and Atom feeds: the list of pages an outlet published, with what the feed says of each.

``feedparser`` reads every RSS and Atom dialect (and forgives the usual mistakes). An item
becomes a URL to fetch plus :class:`~alliancegraph.loaders.html.PageHints` (date, title,
author, outlet) that fill in what the page itself does not say.
"""

from __future__ import annotations

import time

import feedparser

from alliancegraph.loaders.html import PageError, PageHints, clean_text


def feed_items(data: bytes) -> list[PageHints]:
    """The items of a feed, in feed order, each with the URL of its page.

    >>> rss = (b'<rss version="2.0"><channel><title>Le Fil</title><item><title>Un article'
    ...        b'</title><link>https://example.org/a</link><pubDate>Tue, 13 Oct 2026 08:00:00'
    ...        b' +0000</pubDate></item></channel></rss>')
    >>> feed_items(rss)  # doctest: +NORMALIZE_WHITESPACE
    [PageHints(url='https://example.org/a', date='2026-10-13', title='Un article',
               author=None, outlet='Le Fil')]

    Raises :class:`PageError` when the data is not a feed or lists no page.
    """
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")()
        raise PageError(f"not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    outlet = clean_text(parsed.feed.get("title", "")) or None
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith(
            ("http://", "https://")) else None)
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(PageHints(
            url=link.strip(),
            date=time.strftime("%Y-%m-%d", stamp) if stamp else None,
            title=clean_text(entry.get("title", "")) or None,
            author=clean_text(entry.get("author", "")) or None,
            outlet=outlet,
        ))
    if not items:
        raise PageError("the feed lists no page")
    return items
