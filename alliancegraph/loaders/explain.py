"""Why the extractor produced (or missed) each claim, sentence by sentence.

``alliancegraph extract --explain FILE`` prints, for every sentence where something happened:
the mentions and the actor each resolved to, through which binding (a name, a surname, an
alias, a role, a pronoun, an apposition, a description, the speaker of a quotation…), the
cues that fired, and every candidate claim with the rule that proposed it, kept or dropped
with its reason (negation, question, no object, kind check, self-loop, duplicate…). A miss
is then traced in one look to the step that lost it: no mention, a wrong binding, no cue, or
a candidate dropped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from alliancegraph.loaders.context import Context
from alliancegraph.loaders.mentions import Mention, fold_token
from alliancegraph.model import Article, Candidate, Claim, Extraction

# How a mention found its actor when the mention's ``binding`` does not say it.
SOURCE_BINDINGS = {
    "surname": "surname",
    "role": "role",
    "pronoun": "pronoun",
    "description": "description",
    "adjective": "party adjective",
}


def binding_of(mention: Mention) -> str:
    """How ``mention`` was bound to its actor: "name", "surname", "alias", "role",
    "pronoun", "quote speaker" (je/me/nous in a quotation), "apposition", "possessive",
    "party label", "description", "party adjective"…"""
    if mention.binding:
        return mention.binding
    if mention.details.get("first_person"):
        return "quote speaker"
    if mention.source in SOURCE_BINDINGS:
        return SOURCE_BINDINGS[mention.source]
    words = mention.details.get("key") or fold_token(mention.text)
    entry = mention.entry
    if entry is None:
        return "name" if len(words) > 1 else "surname"
    if words == fold_token(entry.name):
        return "name"
    if mention.kind == "person" and words == fold_token(entry.surname):
        return "surname"
    return "alias"


@dataclass(frozen=True)
class MentionTrace:
    """One mention: its words, the actor it stands for, and how it was bound."""

    text: str
    name: str
    kind: str
    binding: str
    confidence: float
    detail: str = ""


@dataclass
class SentenceTrace:
    """What happened in one sentence (``index`` counts from 0; -1: sentence unknown)."""

    index: int
    text: str
    mentions: list[MentionTrace] = field(default_factory=list)
    cues: list[tuple[str, str]] = field(default_factory=list)  # (rule, words)
    candidates: list[Candidate] = field(default_factory=list)
    # references left unbound: (words, binding tried, reason)
    unbound: list[tuple[str, str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "index": self.index,
            "text": self.text,
            "mentions": [asdict(m) for m in self.mentions],
            "unbound": [
                {"text": words, "binding": binding, "reason": reason}
                for words, binding, reason in self.unbound
            ],
            "cues": [{"rule": rule, "words": words} for rule, words in self.cues],
            "candidates": [c.to_dict() for c in self.candidates],
        }


@dataclass
class Explanation:
    """The trace of one article: the sentences where something happened, and the claims."""

    article: Article
    sentences: list[SentenceTrace]
    claims: list[Claim]

    @property
    def dropped(self) -> list[Candidate]:
        return [c for s in self.sentences for c in s.candidates if not c.kept]

    def to_dict(self) -> dict:
        article = self.article
        return {
            "article": {
                "id": article.id,
                "date": article.date,
                "title": article.title,
                "source": article.source,
            },
            "claims": [claim.to_dict() for claim in self.claims],
            "sentences": [s.to_dict() for s in self.sentences],
        }


def _mention_trace(mention: Mention) -> MentionTrace:
    role = mention.details.get("role")
    detail = f"role: {role.head}" if role is not None else ""
    if mention.details.get("speaker"):
        detail = "speaker of a quotation"
    return MentionTrace(
        " ".join(mention.text.split()),
        mention.name or "",
        mention.kind,
        binding_of(mention),
        round(mention.confidence, 3),
        detail,
    )


def explanation(ctx: Context, extraction: Extraction) -> Explanation:
    """The trace of an article the rule extractor read (``ctx``) and decided on."""
    sentences = [
        SentenceTrace(s, " ".join(ctx.sentence_text(s).split())) for s in range(len(ctx.sents))
    ]
    for mention in ctx.mentions:
        if mention.name:
            sentences[ctx.sent_of[mention.start]].mentions.append(_mention_trace(mention))
    for s, words, binding, reason in ctx.trace.unbound:
        unbound = (" ".join(words.split()), binding, reason)
        if unbound not in sentences[s].unbound:
            sentences[s].unbound.append(unbound)
    for s, rule, words in ctx.trace.fired:
        sentences[s].cues.append((rule, words))
    for candidate in [*extraction.kept, *extraction.dropped]:
        sentence = sentences[candidate.sentence]
        sentence.candidates.append(candidate)
        cue = (candidate.rule, candidate.cue)
        if cue not in sentence.cues and not candidate.rule.startswith("verb "):
            sentence.cues.append(cue)  # the nouns and phrases that fired, shown as cues too
    busy = [s for s in sentences if s.mentions or s.unbound or s.cues or s.candidates]
    return Explanation(extraction.article, busy, extraction.claims)


def explanation_of(extraction: Extraction) -> Explanation:
    """The trace any extractor gives: its candidates, by sentence when it knows them (an
    extractor that does not read sentences has no mentions or cues to show)."""
    by_sentence: dict[int, SentenceTrace] = {}
    evidence = {(c.subject, c.relation, c.object): c.evidence for c in extraction.claims}
    for candidate in [*extraction.kept, *extraction.dropped]:
        key = (candidate.subject, candidate.relation, candidate.object)
        text = evidence.get(key, "") if candidate.sentence >= 0 else ""
        trace = by_sentence.setdefault(candidate.sentence, SentenceTrace(candidate.sentence, text))
        trace.text = trace.text or text
        trace.candidates.append(candidate)
    sentences = [by_sentence[s] for s in sorted(by_sentence)]
    return Explanation(extraction.article, sentences, extraction.claims)
