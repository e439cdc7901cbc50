"""Sentences worth a look because the extractor read nothing there: the misses, not the errors.

Two kinds, in this order, for sentences from which no stored claim was read:

1. the extractor's own record of **dropped candidates** (two actors and a cue that a rule
   proposed, then turned down: negation, question, kind check...), with the relation and the
   reason, so an analyst sees what was almost read and why it was not;
2. sentences where two named actors meet a **stance word** (a cue of the ontology's lexicon: a
   verb lemma or form, or a noun cue's first word) though no rule proposed anything.

The stores keep evidence sentences only, not article texts, so candidates are computed at
review time from the article files the store remembers (``articles.source``): each is read and
parsed again with the extractor's own pipeline, resolution and rules. That costs the parse of
the articles asked for, and nothing at load time. An article whose file is gone is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from alliancegraph.graph.store import ArticleInfo, Store
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article
from alliancegraph.ontology.gazetteer import fold
from alliancegraph.review.decisions import sentence_key


def _stance_words(lexicon) -> frozenset[str]:
    """Folded cue words: every verb trigger and the first word of every noun cue."""
    nouns = {words[0] for noun in lexicon.nouns for words in noun.words if words}
    return frozenset(lexicon.verb_index) | frozenset(nouns)


def _stored_article(info: ArticleInfo) -> Article | None:
    """The article ``info`` was loaded from, read again from its file (None when gone)."""
    if not info.source or not Path(info.source).is_file():
        return None
    for item in read_articles([info.source]):
        if isinstance(item, Article) and item.id == info.id:
            return item
    return None


def candidates(
    store: Store,
    extractor=None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> list[dict]:
    """Sentences where two known actors meet a stance word and no claim was read.

    Rows: article, date, title, sentence, actors (the named actors, in order of first
    mention), cues (the stance words found). ``actor`` keeps sentences naming that actor.
    """
    if extractor is None:
        from alliancegraph.loaders.extractor import Extractor

        extractor = Extractor()
    found: list[dict] = []
    for row in _scan(store, extractor, actor, since, until):
        found.append(row)
        if len(found) >= limit:
            break
    return found


def _scan(store: Store, extractor, actor, since, until) -> Iterator[dict]:
    from alliancegraph.loaders.nlp import parse_text

    read: dict[str, set[str]] = {}
    for row in store.review_queue(since=since, until=until, limit=10**9, reviewed=True):
        read.setdefault(row["article"], set()).add(sentence_key(row["evidence"]))
    words = _stance_words(extractor.lexicon)
    for info in store.articles():
        if (since and info.date < since) or (until and info.date > until):
            continue
        article = _stored_article(info)
        if article is None:
            continue
        ctx = extractor.context(article, extractor.nlp(parse_text(article.text)))
        seen = set(read.get(info.id, ()))
        for dropped in extractor.decide(ctx).dropped:
            if dropped.sentence < 0 or not dropped.subject or not dropped.object:
                continue
            sentence = sentence_key(ctx.sentence_text(dropped.sentence))
            ends = [dropped.subject, dropped.object]
            if sentence in seen or (actor and actor not in ends):
                continue
            seen.add(sentence)
            yield {"article": info.id, "date": info.date, "title": info.title,
                   "sentence": sentence, "actors": ends, "cues": [dropped.cue],
                   "relation": dropped.relation, "reason": dropped.reason}
        for s, sent in enumerate(ctx.sents):
            sentence = sentence_key(ctx.sentence_text(s))
            if sentence in seen:
                continue
            names: list[str] = []
            for i in range(sent.start, sent.end):
                mention = ctx.mention(i)
                named = mention and mention.name and mention.source != "pronoun"
                if named and mention.name not in names:
                    names.append(mention.name)
            if len(names) < 2 or (actor and actor not in names):
                continue
            cues = sorted({fold(t.lemma_) for t in sent if fold(t.lemma_) in words}
                          | {fold(t.text) for t in sent if fold(t.text) in words})
            if cues:
                yield {"article": info.id, "date": info.date, "title": info.title,
                       "sentence": sentence, "actors": names, "cues": cues}
