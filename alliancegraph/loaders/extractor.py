"""The extractor: articles in, :class:`~alliancegraph.model.Extraction` records out.

One spaCy pass per article (no re-parsing), then cheap Python over the parsed tokens:
mentions, resolution, and the relation rules only where a cue word is present. ``pipe``
streams its input and keeps order; with ``workers > 1`` each worker process loads the pipeline
once and runs the whole extraction, so only small records cross process boundaries.
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from alliancegraph.loaders.allies import camp_place_allies, possessed_allies
from alliancegraph.loaders.appeal import APPEAL, appeal_claims
from alliancegraph.loaders.claims import Discourse, Found
from alliancegraph.loaders.co_mention import co_mention_claims
from alliancegraph.loaders.context import Context
from alliancegraph.loaders.cues import Lexicon, load_lexicon
from alliancegraph.loaders.descriptions import descriptions
from alliancegraph.loaders.enrichment import enrich_actors
from alliancegraph.loaders.exceptions import drop_excepted
from alliancegraph.loaders.explain import Explanation, explanation
from alliancegraph.loaders.membership_news import membership_news
from alliancegraph.loaders.mentions import NameIndex
from alliancegraph.loaders.nlp import load_nlp, parse_text
from alliancegraph.loaders.quote_stance import quote_claims
from alliancegraph.loaders.resolution import build_context
from alliancegraph.loaders.rosters import roster_claims
from alliancegraph.loaders.rules import phrase_claims, verb_claims
from alliancegraph.loaders.superseded import drop_superseded
from alliancegraph.loaders.trace import cue_label
from alliancegraph.loaders.validation import Proposal, validate
from alliancegraph.model import Actor, Article, Candidate, Claim, Extraction
from alliancegraph.ontology.gazetteer import Gazetteer, load_gazetteer
from alliancegraph.ontology.vocabulary import REL


class Extractor:
    """Typed claims and actors from French political articles (rules over spaCy's parse).

    The rule-based :class:`~alliancegraph.loaders.contract.ClaimExtractor`. The spaCy
    pipeline, the gazetteer and the cue lexicon are injected (each defaults to the
    project's own, loaded on first use), so a test or an analyst can run the same rules
    with another list of actors or another lexicon.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None,
    ):
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._index: NameIndex | None = None
        self._lexicon = lexicon

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
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = NameIndex.build(self.gazetteer)
        return self._index

    def rule_names(self) -> list[str]:
        """The rules that carry one name whatever they match (every verb cue of the
        lexicon): the per-rule report lists them even when they never fired."""
        return list(dict.fromkeys([*(cue_label(cue) for cue in self.lexicon.verbs), APPEAL]))

    def run(self, article: Article) -> Extraction:
        """Claims and actors of one article."""
        return self.extract(article, self.nlp(parse_text(article.text)))

    def pipe(
        self, articles: Iterable[Article], workers: int = 1, batch_size: int = 64
    ) -> Iterator[Extraction]:
        """Streams (does not materialise the input), preserves order; workers>1 uses a process
        pool with the nlp loaded once per worker.

        No input, no spaCy: a run of bad files only never loads the pipeline. The pool never
        has more workers than CPUs or than chunks of articles to give them.
        """
        iterator = iter(articles)
        chunk = max(1, batch_size // 4)
        workers = max(1, min(workers, os.cpu_count() or 1))
        ahead = list(itertools.islice(iterator, chunk * workers))
        if not ahead:
            return
        workers = min(workers, -(-len(ahead) // chunk))
        articles = itertools.chain(ahead, iterator)
        if workers <= 1:
            pairs = ((parse_text(article.text), article) for article in articles)
            for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                yield self.extract(article, doc)
            return
        yield from self._pipe_parallel(articles, workers, batch_size)

    def _pipe_parallel(
        self, articles: Iterable[Article], workers: int, batch_size: int
    ) -> Iterator[Extraction]:
        """Small chunks of articles to a pool, a bounded number in flight (memory stays flat).

        Chunks are a quarter of ``batch_size`` so the workers stay evenly loaded near the end.
        The workers die with this process (see :func:`_init_worker`).
        """
        self.nlp, self.gazetteer, self.index, self.lexicon  # noqa: B018 - load before forking, shared by copy
        context = multiprocessing.get_context("fork")
        pending: deque[Future] = deque()
        iterator = iter(articles)
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(self, os.getpid())
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
        return self.decide(self.context(article, doc))

    def explain(self, article: Article) -> Explanation:
        """What happened in each sentence of ``article``: mentions and their bindings, cues
        fired, every candidate kept or dropped (``alliancegraph extract --explain``)."""
        ctx = self.context(article, self.nlp(parse_text(article.text)))
        return explanation(ctx, self.decide(ctx))

    def context(self, article: Article, doc: Doc) -> Context:
        """Mentions resolved, quotations attributed: what the rules read."""
        return build_context(doc, article, self.gazetteer, self.lexicon, self.index)

    def find(self, ctx: Context) -> list[Found]:
        """Every claim the rules propose, sentence by sentence; what a rule turned down on
        the way (modality, missing ends) is in ``ctx.trace``."""
        found: list[Found] = []
        discourse = Discourse()
        for s, sent in enumerate(ctx.sents):
            mark = len(ctx.trace.dropped)  # what this sentence's rules drop comes after
            described = descriptions(ctx, s, sent) + membership_news(ctx, s, sent)
            here = _tagged(described, "description")
            for claim in here:
                discourse.record(claim)
            phrases = _tagged(phrase_claims(ctx, s, sent), "phrase")
            for claim in phrases:
                discourse.record(claim)
            verbs = verb_claims(ctx, s, sent, discourse)
            found += _uncontradicted(ctx, s, here, verbs, mark) + verbs + phrases
            found += appeal_claims(ctx, s, sent)
            found += possessed_allies(ctx, s, sent)
            found += camp_place_allies(ctx, s, sent)
            found += _tagged(quote_claims(ctx, s), "quote stance")
        found = drop_superseded(
            ctx, drop_excepted(ctx, _qualified_supports(ctx, found)) + roster_claims(ctx)
        )
        return found + co_mention_claims(ctx, found)

    def decide(self, ctx: Context) -> Extraction:
        """The rules' proposals through the shared stages: validation, then actors."""
        checked = validate(_proposal(ctx, item) for item in self.find(ctx))
        article = ctx.article
        actors = enrich_actors(checked.claims, article.date, self.gazetteer, mentioned_actors(ctx))
        dropped = ctx.trace.dropped + checked.dropped
        return Extraction(article, checked.claims, actors, checked.kept, dropped)


def _uncontradicted(
    ctx: Context, s: int, described: list[Found], verbs: list[Found], mark: int
) -> list[Found]:
    """A description's support that the sentence's own act contradicts is set aside: « X,
    proche de Y, a pris ses distances avec lui », « Son colistier, X, a voté contre : … » (a
    rejection of Y by X, or X's vote against what the sentence leaves unnamed). The tie the
    description tells is background; the act is the news."""
    rejecters = {(f.subject.name, f.object.name) for f in verbs if f.relation == REL.REJECTS}
    objectless = {
        c.subject
        for c in ctx.trace.dropped[mark:]  # this sentence's, not the whole article's so far
        if c.sentence == s
        and c.relation == REL.REJECTS
        and c.reason == "no object"
        and _rejecting_words(ctx, s, c.cue)
    } - {subject for subject, _ in rejecters}  # a rejection whose object is named elsewhere
    kept = []
    for f in described:
        if f.relation == REL.SUPPORTS and (
            (f.subject.name, f.object.name) in rejecters or f.subject.name in objectless
        ):
            ctx.trace.drop_found(f, "contradicted", "the sentence's act rejects")
            continue
        kept.append(f)
    return kept


def _rejecting_words(ctx: Context, s: int, cue: str) -> bool:
    """Whether a rejecting cue with no object rejects outright: its word followed by a bare
    "contre" ("a voté contre", "s'est prononcé contre."), not a vote against a thing ("votera
    contre le budget"), a verb that also supports ("a voté pour la motion") nor a door left
    open ("ne ferme pas la porte")."""
    sent = ctx.sents[s]
    view = ctx.view
    first = cue.split()[0] if cue else ""
    return any(
        view.texts[j] == first
        and view.folded[j + 1] == "contre"
        and (j + 2 >= sent.end or view.puncts[j + 2])  # "a voté contre :", not "contre le budget"
        for j in range(sent.start, sent.end - 1)
    )


_WORKER: Extractor | None = None


# prctl(2) option: the signal the kernel sends this process when its parent dies.
PR_SET_PDEATHSIG = 1


def _init_worker(extractor: Extractor, parent: int) -> None:
    """Make the worker die with the loader, then keep the extractor it inherited.

    A worker holds ~500 MB and the store's files; after a ``kill -9`` of the loader nothing
    else would stop it. On Linux the kernel sends it SIGKILL when the parent dies
    (``PR_SET_PDEATHSIG``); the parent may already be gone by the time this runs, hence the
    check after it. Elsewhere a daemon thread watches for the parent's disappearance.
    """
    global _WORKER
    _WORKER = extractor
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _run_chunk(chunk: list[Article], batch_size: int) -> list[Extraction]:
    assert _WORKER is not None
    return list(_WORKER.pipe(chunk, workers=1, batch_size=batch_size))


def _qualified_supports(ctx: Context, found: list[Found]) -> list[Found]:
    """ "Je voterai X, mais je ne ferai pas campagne pour lui": a support cue read negated
    (a refusal) in the very sentence that states the subject's support of the same actor
    only qualifies that support; it is dropped, with its reason in the trace."""
    affirmed = {
        (f.sentence, f.subject.name, f.object.name) for f in found if f.relation == REL.SUPPORTS
    }
    kept = []
    for f in found:
        negated = f.relation == REL.REJECTS and f.rule.split()[1:2] == [REL.SUPPORTS]
        if negated and (f.sentence, f.subject.name, f.object.name) in affirmed:
            ctx.trace.drop_found(f, "qualified support", "the sentence states the support")
            continue
        kept.append(f)
    return kept


def _tagged(found: list[Found], family: str) -> list[Found]:
    """Name the rule behind each claim a family of rules found, unless the rule named itself:
    the family and the relation ("description MEMBER_OF" for "X, député PS"); the words that
    matched stay in the claim's cue."""
    return [f if f.rule else replace(f, rule=f"{family} {f.relation}") for f in found]


def _proposal(ctx: Context, item: Found) -> Proposal:
    """The claim ``item`` proposes, with its provenance, and the candidate behind it."""
    confidence = round(max(0.05, min(1.0, item.confidence)), 3)
    claim = Claim(
        subject=item.subject.name,
        relation=item.relation,
        object=item.object.name,
        article=ctx.article.id,
        date=ctx.article.date,
        evidence=" ".join(ctx.sentence_text(item.sentence).split()),
        cue=item.cue,
        confidence=confidence,
        subject_kind=item.subject.kind,
        object_kind=item.object.kind,
        group=item.subject.group,
    )
    candidate = Candidate(
        item.sentence, claim.subject, claim.relation, claim.object, item.rule, item.cue, confidence
    )
    return claim, candidate


def mentioned_actors(ctx: Context) -> list[Actor]:
    """Every actor the article names, in reading order, with the gender the text gave."""
    actors: dict[str, Actor] = {}
    for mention in ctx.mentions:
        if mention.name and mention.name not in actors:
            entity = ctx.entities.get(mention.name)
            gender = entity.gender if entity is not None else None
            actors[mention.name] = Actor(mention.name, mention.kind, gender)
    return list(actors.values())
