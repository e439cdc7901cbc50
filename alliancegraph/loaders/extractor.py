"""The extractor: articles in, :class:`~alliancegraph.model.Extraction` records out.

One spaCy pass per article (no re-parsing), then cheap Python over the parsed tokens:
mentions, resolution, and the relation rules only where a cue word is present. ``pipe``
streams its input and keeps order; with ``workers > 1`` each worker process loads the pipeline
once and runs the whole extraction, so only small records cross process boundaries.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from spacy.language import Language
from spacy.tokens import Doc

from alliancegraph.loaders.appeal import appeal_claims
from alliancegraph.loaders.claims import Discourse, Found
from alliancegraph.loaders.context import Context
from alliancegraph.loaders.cues import Lexicon, load_lexicon
from alliancegraph.loaders.descriptions import descriptions
from alliancegraph.loaders.mentions import NameIndex
from alliancegraph.loaders.nlp import load_nlp
from alliancegraph.loaders.quote_stance import quote_claims
from alliancegraph.loaders.resolution import build_context
from alliancegraph.loaders.rules import phrase_claims, verb_claims
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.ontology.gazetteer import Gazetteer, PersonEntry, load_gazetteer
from alliancegraph.ontology.vocabulary import relation as ontology_relation


class Extractor:
    """Typed claims and actors from French political articles (rules over spaCy's parse)."""

    def __init__(self, nlp: Language | None = None, gazetteer: Gazetteer | None = None):
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._index: NameIndex | None = None
        self._lexicon: Lexicon = load_lexicon()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex.build(self.gazetteer)
        return self._index

    def run(self, article: Article) -> Extraction:
        """Claims and actors of one article."""
        return self.extract(article, self.nlp(article.text))

    def pipe(
        self, articles: Iterable[Article], workers: int = 1, batch_size: int = 64
    ) -> Iterator[Extraction]:
        """Streams (does not materialise the input), preserves order; workers>1 uses a process
        pool with the nlp loaded once per worker."""
        if workers <= 1:
            pairs = ((article.text, article) for article in articles)
            for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                yield self.extract(article, doc)
            return
        yield from self._pipe_parallel(articles, workers, batch_size)

    def _pipe_parallel(
        self, articles: Iterable[Article], workers: int, batch_size: int
    ) -> Iterator[Extraction]:
        """Small chunks of articles to a pool, a bounded number in flight (memory stays flat).

        Chunks are a quarter of ``batch_size`` so the workers stay evenly loaded near the end.
        """
        self.nlp, self.gazetteer, self.index  # noqa: B018 - load before forking, shared by copy
        context = multiprocessing.get_context("fork")
        pending: deque[Future] = deque()
        iterator = iter(articles)
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(self,)
        ) as pool:
            while True:
                while len(pending) < 4 * workers:
                    chunk = list(itertools.islice(iterator, max(1, batch_size // 4)))
                    if not chunk:
                        break
                    pending.append(pool.submit(_run_chunk, chunk, batch_size))
                if not pending:
                    return
                yield from pending.popleft().result()

    def extract(self, article: Article, doc: Doc) -> Extraction:
        """Claims and actors from an already parsed article."""
        ctx = build_context(doc, article, self.gazetteer, self._lexicon, self.index)
        found: list[Found] = []
        discourse = Discourse()
        for s, sent in enumerate(ctx.sents):
            here = descriptions(ctx, s, sent)
            for claim in here:
                discourse.record(claim)
            phrases = phrase_claims(ctx, s, sent)
            for claim in phrases:
                discourse.record(claim)
            found += here + verb_claims(ctx, s, sent, discourse) + phrases
            found += appeal_claims(ctx, s, sent)
            found += quote_claims(ctx, s)
        claims = _claims(ctx, found)
        return Extraction(article=article, claims=claims, actors=_actors(ctx, claims))


_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER
    _WORKER = extractor


def _run_chunk(chunk: list[Article], batch_size: int) -> list[Extraction]:
    assert _WORKER is not None
    return list(_WORKER.pipe(chunk, workers=1, batch_size=batch_size))


def _allowed(found: Found) -> bool:
    """The ontology's subject and object kinds, and no self-loops."""
    if found.subject.name == found.object.name:
        return False
    spec = ontology_relation(found.relation)
    return found.subject.kind in spec.subject_kinds and found.object.kind in spec.object_kinds


def _evidence(ctx: Context, s: int) -> str:
    return " ".join(ctx.sentence_text(s).split())


def _claims(ctx: Context, found: list[Found]) -> list[Claim]:
    """Validated claims, one per (subject, relation, object), the most confident kept."""
    best: dict[tuple[str, str, str], Claim] = {}
    for item in found:
        if not _allowed(item):
            continue
        claim = Claim(
            subject=item.subject.name,
            relation=item.relation,
            object=item.object.name,
            article=ctx.article.id,
            date=ctx.article.date,
            evidence=_evidence(ctx, item.sentence),
            cue=item.cue,
            confidence=round(max(0.05, min(1.0, item.confidence)), 3),
            subject_kind=item.subject.kind,
            object_kind=item.object.kind,
            group=item.subject.group,
        )
        key = (claim.subject, claim.relation, claim.object)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    return list(best.values())


def _actors(ctx: Context, claims: list[Claim]) -> list[Actor]:
    """Every person and party of the article, with gender and party at the article's date."""
    members = {c.subject: c.object for c in claims if c.relation == "MEMBER_OF"}
    names: dict[str, str] = {}
    for mention in ctx.mentions:
        if mention.name:
            names.setdefault(mention.name, mention.kind)
    for claim in claims:
        names.setdefault(claim.subject, claim.subject_kind)
        names.setdefault(claim.object, claim.object_kind)
    actors = []
    for name, kind in names.items():
        entity = ctx.entities.get(name)
        entry = entity.entry if entity else None
        if entry is None:
            entry = ctx.gazetteer.person(name) if kind == "person" else ctx.gazetteer.party(name)
        gender = entity.gender if entity else getattr(entry, "gender", None)
        party = None
        if kind == "person":
            if isinstance(entry, PersonEntry):
                party = entry.party_at(ctx.article.date)
            party = members.get(name, party)
        actors.append(Actor(name=name, kind=kind, gender=gender, party=party))
    return actors
