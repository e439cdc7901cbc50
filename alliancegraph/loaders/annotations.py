"""Hand annotations as an extractor: the claims of a ``gold.json`` file, article by article.

The same file that scores the rules (``alliancegraph evaluate``) can be loaded as a graph of
its own (``alliancegraph load CORPUS --extractor annotations=gold.json``): analysts then ask
their questions over what a person read in the articles, side by side with what the rules
extracted. It is a second, real :class:`~alliancegraph.loaders.contract.ClaimExtractor`, and
it goes through the same shared stages as the rules: an annotation the ontology forbids (a
self-loop, a person as the object of MEMBER_OF, a relation it does not know) is dropped and
recorded, never stored.

The format (``../shared/corpus/gold.json``): ``articles`` is a list of
``{"file": NAME, "edges": [[subject, relation, object], ...], "optional": [...]}``, matched
to articles by file name (or by ``id``); ``parties`` maps each party's canonical name to its
aliases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from alliancegraph.loaders.enrichment import enrich_actors
from alliancegraph.loaders.validation import validate
from alliancegraph.model import Article, Candidate, Claim, Extraction
from alliancegraph.ontology.gazetteer import Gazetteer, fold, load_gazetteer

RULE = "annotation"
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«A-ZÀ-Ý\"])|\n\s*\n")


class AnnotationError(ValueError):
    """The annotation file is missing or malformed; the message says which and why."""


Edge = tuple[str, str, str]


def load_annotations(path: Path) -> dict:
    """The parsed annotation file, checked for the shape every reader of it relies on."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AnnotationError(f"{path}: cannot read gold annotations ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise AnnotationError(f"{path}: expected an object with an 'articles' list")
    return gold


def edges(raw: list, where: str) -> list[Edge]:
    """``[[subject, relation, object], ...]`` as tuples; a malformed edge names its place."""
    found = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 3):
            raise AnnotationError(f"{where}: an edge must be [subject, relation, object]: {item!r}")
        found.append((str(item[0]), str(item[1]), str(item[2])))
    return found


def sentences(text: str) -> list[str]:
    """The article's sentences, split on end punctuation before a capital, and blank lines."""
    return [" ".join(part.split()) for part in SENTENCE_END.split(text) if part.strip()]


class AnnotationExtractor:
    """Claims read from hand annotations (a :class:`ClaimExtractor`).

    ``optional``: also take the edges the annotators marked optional.
    """

    def __init__(
        self, path: Path, gazetteer: Gazetteer | None = None, optional: bool = False
    ) -> None:
        self.path = Path(path)
        gold = load_annotations(self.path)
        self.gazetteer = gazetteer or load_gazetteer()
        self.parties = {
            fold(alias): canonical
            for canonical, aliases in (gold.get("parties") or {}).items()
            for alias in [canonical, *aliases]
        }
        self.entries: dict[str, list[Edge]] = {}
        for entry in gold["articles"]:
            where = f"{self.path} {entry.get('file') or entry.get('id')}"
            annotated = edges(entry.get("edges", []), where)
            if optional:
                annotated += edges(entry.get("optional", []), where)
            for key in (entry.get("file"), entry.get("id")):
                if key:
                    self.entries[str(key)] = annotated

    def _edges_of(self, article: Article) -> list[Edge]:
        name = Path(article.source).name if article.source else ""
        return self.entries.get(name) or self.entries.get(article.id) or []

    def _actor(self, name: str) -> tuple[str, str]:
        """(canonical name, kind): the annotation's party list first, then the gazetteer."""
        if fold(name) in self.parties:
            return self.parties[fold(name)], "party"
        party = self.gazetteer.party(name)
        if party is not None:
            return party.name, "party"
        person = self.gazetteer.person(name)
        return (person.name if person else name), "person"

    def run(self, article: Article) -> Extraction:
        """The annotated claims of ``article``, each with the first sentence naming both ends
        (by their last word) as evidence, through validation and actor enrichment."""
        texts = sentences(article.text)
        folded = [f" {fold(t)} " for t in texts]
        proposals = []
        for subject, relation, obj in self._edges_of(article):
            (subject, subject_kind), (obj, object_kind) = self._actor(subject), self._actor(obj)
            ends = [f" {fold(n).split()[-1]} " for n in (subject, obj) if fold(n)]
            s = next((k for k, t in enumerate(folded) if all(e in t for e in ends)), -1)
            evidence = texts[s] if s >= 0 else article.title
            claim = Claim(
                subject,
                relation,
                obj,
                article.id,
                article.date,
                evidence,
                RULE,
                1.0,
                subject_kind=subject_kind,
                object_kind=object_kind,
            )
            proposals.append((claim, Candidate(s, subject, relation, obj, RULE, RULE, 1.0)))
        checked = validate(proposals)
        actors = enrich_actors(checked.claims, article.date, self.gazetteer)
        return Extraction(article, checked.claims, actors, checked.kept, checked.dropped)

    def pipe(
        self, articles: Iterable[Article], workers: int = 1, batch_size: int = 64
    ) -> Iterator[Extraction]:
        """One extraction per article, in order (reading a file needs no worker processes)."""
        for article in articles:
            yield self.run(article)
