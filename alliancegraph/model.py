"""The records every stage passes to the next: articles in, actors and claims out.

One typed model shared by loaders, stores and exports (the way neo4j-graphrag passes one
``types`` module between its components), so a store never needs to know how a claim was found.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


def article_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same id, so a re-load is a no-op.

    Whitespace is normalised first, so a file re-saved with other line endings keeps its id.
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article as read from disk: ``date`` is ISO (``YYYY-MM-DD`` or ``YYYY-MM``).

    Web pages also carry their provenance: ``canonical_url`` (normalised, the page's identity),
    ``outlet`` and ``author``. ``signature`` is the MinHash of the text that finds syndicated
    copies (:mod:`alliancegraph.loaders.copies`), set by the pipeline before storing.
    """

    id: str
    date: str
    title: str
    text: str
    url: str | None = None
    source: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    author: str | None = None
    signature: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Actor:
    """A person or a party, under its canonical name (the key in both stores).

    ``party`` is the party the actor belonged to at the date of the article that mentioned it
    (from the gazetteer, or from a MEMBER_OF claim in the text) and may be unknown.
    """

    name: str
    kind: str  # "person" | "party"
    gender: str | None = None
    party: str | None = None


@dataclass(frozen=True)
class Claim:
    """One typed edge with its provenance: who, which relation, whom, and where it was read.

    ``group`` is set when the subject is a group inside a party ("certains au PS"): the claim is
    then about the party, qualified by the group's words, and never about a person.
    ``copy_of``, ``url`` and ``outlet`` are provenance the stores add when reading claims back.
    """

    subject: str
    relation: str
    object: str
    article: str
    date: str
    evidence: str
    cue: str
    confidence: float
    subject_kind: str = "person"
    object_kind: str = "person"
    group: str | None = None
    # Provenance the stores add when reading back (the extractor leaves them unset): the copy
    # group of the article (see loaders/copies.py), and the page's URL and outlet. A claim read
    # back still equals the claim written.
    copy_of: str | None = field(default=None, compare=False)
    url: str | None = field(default=None, compare=False)
    outlet: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside [0, 1]")

    @property
    def dispatch(self) -> str:
        """What counts once: the article's copy group (syndicated copies share one), else it."""
        return self.copy_of or self.article

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The identity both stores merge on: one edge per (subject, relation, object, article)."""
        return (self.subject, self.relation, self.object, self.article)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Candidate:
    """A claim an extractor considered, kept or dropped, with the rule that proposed it.

    Extractors first *find* candidates (two actors and a cue) and then *decide* on them
    (negation, modality, the ontology's kinds, self-loops, duplicates). Keeping the dropped
    ones with their ``reason`` makes every miss traceable to the step that lost it, the way
    neo4j-graphrag's graph pruning reports what it pruned. ``subject`` or ``object`` is None
    when the rule found no actor for that end ("no object"); ``sentence`` is the sentence's
    index in the article (-1 when the extractor does not know it).
    """

    sentence: int
    subject: str | None
    relation: str
    object: str | None
    rule: str
    cue: str
    confidence: float = 0.0
    reason: str | None = None
    detail: str = ""

    @property
    def kept(self) -> bool:
        return self.reason is None

    def to_dict(self) -> dict:
        return {**asdict(self), "kept": self.kept}


@dataclass
class Extraction:
    """What the extractor read in one article: its claims and every actor it mentions.

    ``kept`` holds the candidate behind each claim (same order as ``claims``, so
    ``kept[k].rule`` is the rule that produced ``claims[k]``); ``dropped`` every candidate
    decided against, each with its reason.
    """

    article: Article
    claims: list[Claim] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    kept: list[Candidate] = field(default_factory=list)
    dropped: list[Candidate] = field(default_factory=list)
