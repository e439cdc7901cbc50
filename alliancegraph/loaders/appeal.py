"""Temptation told from the other side: what of X appeals to someone ("les propositions de X me
parlent", "la main tendue de X le séduit", "X me plaît"). The one appealed to is the object
clitic (the speaker for "me" in a quotation, the salient person for "le"/"la"), the one
appealing is the subject or the owner of the subject ("le projet de X")."""

from __future__ import annotations

from spacy.tokens import Token

from alliancegraph.loaders.anaphora import antecedent
from alliancegraph.loaders.claims import End, Found, end_of
from alliancegraph.loaders.context import SUBJECT_DEPS, Context
from alliancegraph.loaders.mentions import cfold
from alliancegraph.loaders.negation import modality
from alliancegraph.loaders.trace import MODALITY_REASONS
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

FIRST_PERSON_CLITICS = grammar_words("appeal", "first_person_clitics")
THIRD_PERSON_CLITICS = {"le": "m", "la": "f", "l": None, "lui": None}
# Complements that make "parler" mean talking, not appealing ("X me parle de Y", "à Y").
TALK_COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "ccomp", "xcomp"})
APPEAL = "appeal: X me plaît"


def _appealing(ctx: Context, verb: Token) -> End | None:
    """The actor the subject of ``verb`` is or belongs to: "X", "les propositions de X"."""
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS:
            continue
        mention = ctx.at.get(child.i)
        if mention is not None and mention.name and not mention.details.get("first_person"):
            return end_of(mention)
        if child.pos_ != "NOUN":
            return None
        for noun_child in child.children:
            owner = ctx.at.get(noun_child.i)
            if (
                noun_child.dep_ == "nmod"
                and owner is not None
                and owner.name
                and any(cfold(c.text) in {"de", "du", "d"} for c in noun_child.children)
            ):
                return end_of(owner)
    return None


def _appealed(ctx: Context, verb: Token, s: int, appealing: End) -> End | None:
    """The one the subject appeals to: the object clitic, resolved."""
    for child in verb.children:
        if child.i > verb.i or child.pos_ != "PRON":
            continue
        word = cfold(child.text)
        if word in FIRST_PERSON_CLITICS:
            mention = ctx.at.get(child.i)
            return end_of(mention) if mention is not None and mention.name else None
        if word in THIRD_PERSON_CLITICS and child.dep_ in {"obj", "iobj", "obl:arg"}:
            if verb.lemma_ == "parler" and not _thing_subject(ctx, verb):
                return None  # "X lui parle" is talking to him; "le projet de X lui parle" appeals
            exclude = frozenset({appealing.name})
            name = antecedent(ctx, child.i, s, THIRD_PERSON_CLITICS[word], exclude=exclude)
            return End(name, "person", 0.6) if name else None
    return None


def _thing_subject(ctx: Context, verb: Token) -> bool:
    """The subject of ``verb`` is a thing, not an actor ("le discours de X lui parle")."""
    return any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and ctx.at.get(c.i) is None
        for c in verb.children
    )


def _talk_complement(ctx: Context, verb: Token, child: Token) -> bool:
    """A complement that makes "parler" talking ("X lui parle de Y"); the clitic before the
    verb is no such complement when the subject is a thing ("le projet de X lui parle")."""
    if child.dep_ not in TALK_COMPLEMENTS:
        return False
    return not (child.pos_ == "PRON" and child.i < verb.i and _thing_subject(ctx, verb))


BLOCKING = ("negated", "deny", "question", "hypothetical", "request")
BLOCKING_TOO = ("courtesy", "past", "contrast", "refuse")


def _dropped(ctx: Context, s: int, appealed: End, appealing: End, words: str, mod) -> None:
    """Record the candidate the modality ``mod`` turned down, under its first blocking flag."""
    flag = next(f for f in (*BLOCKING, *BLOCKING_TOO) if getattr(mod, f))
    ctx.trace.drop(s, appealed, REL.TEMPTED_BY, appealing, APPEAL, words, MODALITY_REASONS[flag])


def appeal_claims(ctx: Context, s: int, sent) -> list[Found]:
    """TEMPTED_BY claims of sentence ``s`` told from the appealing side."""
    found: list[Found] = []
    verbs = ctx.lexicon.lists["appeal"]
    for i in range(sent.start, sent.end):
        if ctx.view.pos[i] != "VERB" or ctx.view.lemmas[i] not in verbs:
            continue
        verb = ctx.doc[i]
        if ctx.view.lemmas[i] == "parler" and any(
            _talk_complement(ctx, verb, c) for c in verb.children
        ):
            continue
        appealing = _appealing(ctx, verb)
        if appealing is None:
            continue
        appealed = _appealed(ctx, verb, s, appealing)
        if appealed is None or appealed.name == appealing.name:
            continue
        mod = modality(ctx, i, sent)
        if mod.negated or mod.deny or mod.question or mod.hypothetical or mod.request:
            _dropped(ctx, s, appealed, appealing, verb.text, mod)
            continue
        if mod.courtesy or mod.past or mod.contrast or mod.refuse:
            _dropped(ctx, s, appealed, appealing, verb.text, mod)
            continue
        confidence = 0.7 * appealing.confidence * appealed.confidence
        found.append(Found(appealed, REL.TEMPTED_BY, appealing, verb.text, s, confidence, APPEAL))
    return found
