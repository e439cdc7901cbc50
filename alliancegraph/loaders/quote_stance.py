"""Stance carried by a quotation: « X a trahi ses électeurs, c'est une faute », a lancé Y.

A quotation whose speaker is known, that contains a word of condemnation (the
``[quote_condemnation]`` section of ``ontology/cues.toml``) and names exactly one actor as the
doer, is a REJECTS by the speaker toward that actor. The doer is the actor whose own clause
holds the condemnation word ("X a pactisé avec …", "X fait le jeu de …"), or, when the
quotation passes judgement on what it just reported ("…, c'est une trahison"), the one actor
that is a subject in it. A denial that is itself a condemnation (« X n'a aucune légitimité »)
counts as one. Precision first: any other negation, question or conditional inside the
quotation, or a second candidate, and nothing is read.

A quotation that praises the one actor it makes the subject of the praise (the
``[quote_praise]`` section: « X est la meilleure d'entre nous », a déclaré Y; « X a toute ma
confiance ») is a SUPPORTS by the speaker toward that actor, under the same voiding rules and
never when the incise is a verb of attack (« X est le meilleur, bien sûr », a ironisé Y).

A quotation that opens by equating two rivals renvoie them dos à dos: « A ou B, c'est bonnet
blanc et blanc bonnet », « A et B, ce sont les mêmes », « Entre A et B, c'est du pareil au
même » is a REJECTS by the speaker of each (the ``equating`` phrases of the same section).
"""

from __future__ import annotations

from functools import cache

from alliancegraph.loaders.claims import End, Found, end_of
from alliancegraph.loaders.context import SUBJECT_DEPS, Context, Quote
from alliancegraph.loaders.cues import cue_section
from alliancegraph.loaders.mentions import Mention, feature, fold_token
from alliancegraph.ontology.gazetteer import fold
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

# Sources of a mention that names or describes an actor (not je/nous standing for the speaker).
NAMING = grammar_words("quote_stance", "naming")
DEMONSTRATIVES = grammar_words("quote_stance", "demonstratives")
# A subject « il » / « elle » of the quotation bound to the one person the text leaves
# (``references.quoted_stressed``): « Elle a trahi ses électeurs », a lancé Y.
QUOTED_SUBJECT = "quoted subject"
# « seul(e) » between the subject opening a quotation and its verb (« Lui seul saura … »).
ALONE = frozenset({"seul", "seule"})
# Words that join the rivals an equating quotation opens with ("A ou B", "A, B et C").
EQUATED_JOINS = grammar_words("quote_stance", "equated_joins")
# How many words after the demonstrative the equating phrase may start.
EQUATING_REACH = 8


@cache
def condemnation_words() -> tuple[
    tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], frozenset[str]
]:
    """(condemnation phrases, denial phrases, as folded word tuples; folded voiding words)."""
    data = cue_section("quote_condemnation")
    phrases = tuple(tuple(fold(w).split()) for w in data.get("words", ()))
    denials = tuple(tuple(fold(w).split()) for w in data.get("denials", ()))
    return phrases, denials, frozenset(fold(w) for w in data.get("voiding", ()))


@cache
def praise_words() -> tuple[tuple[str, ...], ...]:
    """Praise phrases (``[quote_praise]``), as folded word tuples."""
    return tuple(tuple(fold(w).split()) for w in cue_section("quote_praise").get("words", ()))


@cache
def praise_spoilers() -> tuple[tuple[str, ...], ...]:
    """Phrases that make a praise sarcastic when they follow it (``spoilers``), folded."""
    return tuple(tuple(fold(w).split()) for w in cue_section("quote_praise").get("spoilers", ()))


@cache
def incise_verbs() -> frozenset[str]:
    """Folded verbs of attack that report a quotation (``incise_verbs``)."""
    return frozenset(fold(w) for w in cue_section("quote_condemnation")["incise_verbs"])


def _condemning_incise(ctx: Context, quote: Quote) -> int | None:
    """The token of a verb of attack in the quotation's incise (« … », a fustigé Y), or None."""
    if quote.incise is None:
        return None
    verbs = incise_verbs()
    return next((j for j in range(*quote.incise) if ctx.view.folded[j] in verbs), None)


@cache
def equating_phrases() -> tuple[tuple[str, ...], ...]:
    """Phrases that equate two rivals ("bonnet blanc", "la même chose"), as folded word tuples."""
    return tuple(tuple(fold(w).split()) for w in cue_section("quote_condemnation")["equating"])


def _equated(ctx: Context, quote: Quote, words: list[tuple[str, int]]) -> list[Mention]:
    """The rivals a quotation opens by equating: « A ou B, c'est bonnet blanc et blanc
    bonnet », « Entre A et B, c'est du pareil au même »; none unless at least two actors,
    joined by "ou", "et" or commas only, are followed by a comma, a demonstrative and, within
    a few words, an equating phrase."""
    view = ctx.view
    j = quote.start + 1
    j += view.folded[j] == "entre"
    actors: list[Mention] = []
    while j < quote.end:
        mention = ctx.at.get(j)
        if mention is None or mention.start != j or not mention.name:
            return []
        if mention.source not in NAMING:
            return []
        actors.append(mention)
        j = mention.end
        if view.texts[j] == "," and view.folded[j + 1] in DEMONSTRATIVES:
            j += 1
            break
        if view.folded[j] not in EQUATED_JOINS and view.texts[j] != ",":
            return []
        j += 1
    else:
        return []
    if len({m.name for m in actors}) < 2:
        return []
    rest = [(w, k) for w, k in words if j < k <= j + EQUATING_REACH]
    return actors if _matches(rest, equating_phrases()) else []


def _words(ctx: Context, quote: Quote) -> list[tuple[str, int]]:
    """Folded words of the quotation (its incise left out) with their token."""
    words = []
    for j in range(quote.start + 1, quote.end - 1):
        if quote.incise and quote.incise[0] <= j < quote.incise[1]:
            continue
        words.extend((w, j) for w in fold_token(ctx.view.texts[j]))
    return words


def _cue_tokens(words: list[tuple[str, int]], phrases) -> list[int]:
    return [words[k][1] for k, _ in _matches(words, phrases)]


def _matches(words: list[tuple[str, int]], phrases) -> list[tuple[int, int]]:
    """(first, last + 1) word positions of every phrase found in ``words``.

    Each phrase is compared only where its first word stands (positions indexed once).
    """
    found = []
    folded = [w for w, _ in words]
    at: dict[str, list[int]] = {}
    for k, word in enumerate(folded):
        at.setdefault(word, []).append(k)
    for phrase in phrases:
        n = len(phrase)
        starts = at.get(phrase[0], ()) if n else range(len(folded) + 1)
        for k in starts:
            if k <= len(folded) - n and tuple(folded[k : k + n]) == phrase:
                found.append((k, k + n))
    return found


def _acting_token(ctx: Context, m: Mention):
    """The token that acts for a mention: its own, or the subject noun it owns when that noun
    is a move or a statement of its ("« La déclaration de X n'a aucune valeur »")."""
    token = ctx.doc[m.start]
    head = token.head
    if (
        token.dep_ == "nmod"
        and head.dep_ in SUBJECT_DEPS
        and head.i < token.i
        and ctx.view.folded[head.i] in owned_moves(ctx)
    ):
        return head
    return token


def owned_moves(ctx: Context) -> frozenset[str]:
    lists = ctx.lexicon.lists
    return lists["proposal"] | lists["moves"]


def _doing(ctx: Context, quote: Quote, m: Mention) -> bool:
    """An active subject: tagged so, or opening the quotation when the parser made it the
    root ("« Masseret s'entête … »"), or owning the subject move ("la décision de X"), or a
    passive's agent ("« Y a été trahie par X »": X did it); never a passive subject (the one
    wronged), even when it opens the quotation."""
    token = _acting_token(ctx, m)
    after = m.end + (m.end < quote.end and ctx.view.folded[m.end] in ALONE)  # « Lui seul peut »
    verb_next = after < quote.end and (
        ctx.view.pos[after] in {"VERB", "AUX"} or ctx.view.folded[after] in {"ne", "n"}
    )  # "« X n'a aucune légitimité »" parsed with X hung on the speaker before the colon
    opening = m.start == quote.start + 1 and (token.dep_ in {"ROOT", "nsubj"} or verb_next)
    if token.dep_ == "nsubj:pass":
        return False
    return token.dep_ in SUBJECT_DEPS or token.dep_ == "obl:agent" or opening


def _inside(ctx: Context, quote: Quote, token) -> bool:
    return quote.start < token.i < quote.end


def _doer(ctx: Context, quote: Quote, actors: list[Mention], cues: list[int]) -> Mention | None:
    """The one actor the condemnation is about, or None."""
    own = []
    for m in actors:
        token = _acting_token(ctx, m)
        if not _doing(ctx, quote, m):
            continue
        head = token if token.head.i == token.i else token.head
        clause = {t.i for t in head.subtree}
        if token.dep_ not in SUBJECT_DEPS and not _inside(ctx, quote, head):
            clause = set(range(m.end, quote.end))  # hung outside the quotation: its own words
        if any(c in clause and c not in range(m.start, m.end) for c in cues):
            own.append(m)
    names = {m.name for m in own}
    if len(names) == 1:
        return own[0]
    if names:
        return None
    # "…, c'est une trahison": a judgement on what the quotation reported before it
    judged = any(
        ctx.view.folded[c - k] in DEMONSTRATIVES
        for c in cues
        for k in (1, 2, 3)
        if c - k > quote.start
    )
    subjects = {m.name: m for m in actors if _doing(ctx, quote, m) and m.start < min(cues)}
    return next(iter(subjects.values())) if judged and len(subjects) == 1 else None


def _sole_doer(ctx: Context, quote: Quote, actors: list[Mention]) -> Mention | None:
    """The one actor a quotation reported by a verb of attack makes its active subject
    (« X méprise les électeurs », a fustigé Y): none if two are, or if none is."""
    doing = {m.name: m for m in actors if _doing(ctx, quote, m)}
    return next(iter(doing.values())) if len(doing) == 1 else None


def _quoted_actors(ctx: Context, quote: Quote) -> list[Mention]:
    """The actors a quotation names or describes (its incise and its speaker left out)."""
    return [
        m
        for m in ctx.mentions
        if quote.start < m.start < quote.end
        and (m.source in NAMING or m.binding == QUOTED_SUBJECT)
        and m.name
        and m.name != quote.speaker
        and not (quote.incise and quote.incise[0] <= m.start < quote.incise[1])
    ]


def _praised(
    ctx: Context, quote: Quote, words: list[tuple[str, int]]
) -> tuple[End, str, float] | None:
    """(the praised actor, the cue, the confidence) when the quotation praises the one actor
    it makes the subject of a praise phrase; None otherwise, or when a verb of attack reports
    it (irony), or when a praise word stands in the conditional, or when a word of defeat or of
    the other camp follows it (sarcasm: « X fera un excellent bouc émissaire »)."""
    cues = _cue_tokens(words, praise_words())
    if not cues or _condemning_incise(ctx, quote) is not None:
        return None
    if any("Cnd" in feature(ctx.doc[c], "Mood") for c in cues):
        return None
    if any(words[k][1] > min(cues) for k, _ in _matches(words, praise_spoilers())):
        return None  # « X est la seule à pouvoir nous faire perdre »: sarcasm, not praise
    doer = _doer(ctx, quote, _quoted_actors(ctx, quote), cues)
    if doer is None:
        return None
    confidence = 0.7 * min(quote.confidence or 0.7, doer.confidence)
    return end_of(doer), ctx.doc[min(cues) : min(cues) + 1].text, confidence


def quote_claims(ctx: Context, s: int) -> list[Found]:
    """REJECTS and SUPPORTS read from the quotations ending in sentence ``s``."""
    phrases, denials, voiding = condemnation_words()
    found: list[Found] = []
    for quote in ctx.quotes:
        if quote.speaker is None or ctx.sent_of[max(quote.start, quote.end - 1)] != s:
            continue
        words = _words(ctx, quote)
        denied = _matches(words, denials)
        own = {k for first, end in denied for k in range(first, end)}  # not voiding themselves
        if any(w in voiding for k, (w, _) in enumerate(words) if k not in own) or any(
            ctx.view.texts[j] == "?" for j in range(quote.start + 1, quote.end - 1)
        ):  # a question mark folds to no word: read from the tokens
            continue
        speaker = End(quote.speaker, "person", quote.confidence)
        equated = [m for m in _equated(ctx, quote, words) if m.name != quote.speaker]
        if equated:  # « A ou B, c'est bonnet blanc et blanc bonnet »: neither of them
            cue = ctx.doc[quote.start + 1 : equated[-1].end + 1].text
            for rival in {m.name: m for m in equated}.values():
                confidence = 0.7 * min(quote.confidence or 0.7, rival.confidence)
                found.append(Found(speaker, REL.REJECTS, end_of(rival), cue, s, confidence))
            continue
        cues = _cue_tokens(words, phrases) + [words[first][1] for first, _ in denied]
        praise = _praised(ctx, quote, words) if not cues else None
        if praise is not None:
            praised, cue, confidence = praise
            found.append(Found(speaker, REL.SUPPORTS, praised, cue, s, confidence))
            continue
        attack = None if cues else _condemning_incise(ctx, quote)
        if not cues and attack is None:
            continue
        if any("Cnd" in feature(ctx.doc[c], "Mood") for c in cues):
            continue
        actors = _quoted_actors(ctx, quote)
        doer = _doer(ctx, quote, actors, cues) if cues else _sole_doer(ctx, quote, actors)
        if doer is None:
            continue
        cue = ctx.doc[min(cues or [attack]) : min(cues or [attack]) + 1].text
        confidence = 0.7 * min(quote.confidence or 0.7, doer.confidence)
        found.append(Found(speaker, REL.REJECTS, end_of(doer), cue, s, confidence))
    return found
