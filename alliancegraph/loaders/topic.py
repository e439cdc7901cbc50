"""The person a stretch of an article is about, for a subject pronoun the nearest sentences
leave unbound.

Journalists keep writing « il » / « elle » for the person a portrait, a profile or a report is
about while other persons pass by inside noun phrases (« la démission de X », « une photo de lui
avec Y », « le parti de Z ») or while quotations carry the story: the pronoun then skips those
sentences. ``anaphora.antecedent`` reads a few sentences back and refuses when two persons of
one sentence are equally salient, which is right between two subjects or two objects, but
wrong when one of them is only a complement of a noun. Two rules, each binding only when one
candidate remains:

* a person named only as a noun's complement does not rival a person who is an argument of a
  clause ("À 58 ans, X, député de …, reçoit dans un bureau où trône une photo de lui avec Y.
  Suivra-t-il Z ?": X);
* when the sentences back to the person the article is about (its *protagonist*: the one
  person named as a subject at least twice, twice as often as anyone else, whose gender the
  text has told) name nobody else outside noun complements and quotations, the pronoun is the
  protagonist ("X arrive au marché. « … » « … » Il a ses chances face au député sortant"),
  unless a thing of that gender is the subject just before (« La réunion devait durer une
  heure ; elle en a duré quatre »).

A new person named as a subject or an object in between, a second protagonist, or a gender
never stated leaves the pronoun unbound: a miss is better than a wrong edge.

Both read who each sentence is about (``ctx.salience``), and the parse often misses it when a
name is set off between commas after a fronted phrase or before an aside ("À 58 ans, X,
député de …, reçoit …", "La tête de liste du MoDem, X (8 %), a opposé …"): the name the
argument rules find before the sentence's main verb is its subject (``main_subject``).

The same habit gives a quotation no incise: a sentence made only of a quotation in the first
person, right after a sentence whose one subject (or speaker) is a person, is that person's
word (« X reconnaît regarder ailleurs. « Pour l'instant, je reste ici. » »), unless the
quotation names that person itself (``continued_speaker``).
"""

from __future__ import annotations

from spacy.tokens import Token

from alliancegraph.loaders.anaphora import (
    MORPH_GENDER,
    SUBJECT_PRONOUNS,
    _compatible,
    _coordinated_with,
)
from alliancegraph.loaders.arguments import find_subjects
from alliancegraph.loaders.context import SUBJECT_DEPS, Context, Quote, resolution_list
from alliancegraph.loaders.mentions import feature
from alliancegraph.loaders.quotes import FIRST_PERSON
from alliancegraph.ontology.grammar import grammar_words

# Times a person must be a subject before a sentence to be what the article is about.
PROTAGONIST_SUBJECTS = 2
# Parts of speech a noun phrase's head has: a person hung on one of them is its complement.
NOMINAL = frozenset({"NOUN", "PROPN"})


def embedded(ctx: Context, start: int) -> bool:
    """Whether the person mentioned at token ``start`` is only the complement of a noun ("la
    démission de X", "une photo avec X", "la liste de X"), not an argument of a clause."""
    token: Token = ctx.doc[start]
    if token.dep_ == "det" and token.head.i > start:
        token = token.head  # a description: its noun is what the parse hangs
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "la démission de X et de Y": Y as much as X
    return token.dep_ == "nmod" and token.head.pos_ in NOMINAL


def _stated_gender(ctx: Context, name: str, before: int) -> str | None:
    """The gender the gazetteer or the first name gives ``name``, else the one the article's
    own pronouns gave it before token ``before`` ("Il …" bound to it): None when unknown or
    contradictory."""
    entity = ctx.entities.get(name)
    if entity is not None and entity.gender:
        return entity.gender
    seen = {
        SUBJECT_PRONOUNS[ctx.view.folded[m.start]]
        for m in ctx.mentions
        if m.start < before
        and m.name == name
        and m.source == "pronoun"
        and ctx.view.folded[m.start] in SUBJECT_PRONOUNS
    }
    return seen.pop() if len(seen) == 1 else None


def protagonist(ctx: Context, s: int) -> str | None:
    """The person sentences before ``s`` are about: named as a subject (or speaker) in at
    least ``PROTAGONIST_SUBJECTS`` sentences, and at least twice as often as anyone else."""
    counts: dict[str, int] = {}
    for records in ctx.salience[:s]:
        for name in {name for _, name, weight in records if weight == 2}:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    top, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if count >= PROTAGONIST_SUBJECTS and 2 * second <= count else None


def _thing_subject(ctx: Context, i: int, s: int, gender: str | None) -> bool:
    """Whether a noun no person mention covers, of the pronoun's gender, is a subject in
    sentence ``s`` before token ``i``: the pronoun may continue it (« La réunion devait durer
    une heure ; elle en a duré quatre »). A sentence before does not count: a thing it was
    about ("Le départ de X a bousculé ses plans. Il …") is seldom what a new sentence's
    « il » opens on."""
    want = MORPH_GENDER.get(gender or "")
    for k in range(ctx.sents[s].start, i):
        token = ctx.doc[k]
        if token.pos_ == "NOUN" and token.dep_ in SUBJECT_DEPS and ctx.at.get(k) is None:
            if _person_noun(ctx, ctx.view.folded[k]):
                continue  # "le médiatique avocat …": a person the text describes
            if want is None or want in feature(token, "Gender"):
                return True
    return False


def _person_noun(ctx: Context, word: str) -> bool:
    """Whether a folded noun names a person (a role, a profession, a relation)."""
    lists = ctx.lexicon.lists
    return any(
        word in lists[key] for key in ("role_heads", "person_nouns", "nominal", "relatives")
    ) or word in resolution_list("description_heads")


def _described_subject(ctx: Context, s: int, i: int, gender: str | None) -> bool:
    """Whether sentence ``s`` (before token ``i``) has for subject a description of a person
    that no mention covers ("le maire", "l'ancienne élue"), of the pronoun's gender: the
    pronoun may well stand for that person, whom nothing named."""
    want = MORPH_GENDER.get(gender or "")
    sent = ctx.sents[s]
    for k in range(sent.start, min(sent.end, i)):
        token = ctx.doc[k]
        if (
            token.pos_ == "NOUN"
            and token.dep_ in SUBJECT_DEPS
            and ctx.at.get(k) is None
            and not ctx.in_quote(k)
            and _person_noun(ctx, ctx.view.folded[k])
            and (want is None or not feature(token, "Gender") or want in feature(token, "Gender"))
        ):
            return True
    return False


PERSONAL = grammar_words("topic", "personal")


def singular_personal(ctx: Context, i: int, end: int) -> bool:
    """Whether the pronoun at tokens ``i`` to ``end`` is « il » or « elle » (inverted too):
    a plural « ils » is a group, never one protagonist."""
    return ctx.doc[end - 1].text.lower() in PERSONAL


def _inverted_after_noun(ctx: Context, i: int, s: int) -> bool:
    """Whether the pronoun at ``i`` is inverted after its verb ("a-t-elle", "participeront-
    ils") in a sentence where a noun stands before as the subject it repeats (« La liste de
    X a-t-elle fusionné ? »): the pronoun is that noun, not a person."""
    inverted = ctx.doc[i].text.lower() == "-t" or ctx.doc[i].text.startswith("-")
    if not inverted:
        return False
    sent = ctx.sents[s]
    opening = sent.start + (ctx.view.pos[sent.start] in {"CCONJ", "ADV"})
    noun_first = (
        opening + 1 < i
        and ctx.view.pos[opening] == "DET"
        and ctx.view.pos[opening + 1] in NOMINAL | {"ADJ"}
    )  # the parse often makes that noun the root: its place tells
    return noun_first or any(
        ctx.doc[k].pos_ in NOMINAL and ctx.doc[k].dep_ in SUBJECT_DEPS and not ctx.in_quote(k)
        for k in range(sent.start, i)
    )


def topic_antecedent(
    ctx: Context, i: int, s: int, gender: str | None, exclude: frozenset[str]
) -> tuple[str, str] | None:
    """The person a subject pronoun at token ``i`` of sentence ``s`` stands for when the
    plain reading found no single antecedent, and the binding that found it: ``nearest
    argument`` (the one person of the nearest sentence naming someone who is not a noun's
    complement) or ``topic`` (the protagonist, past sentences that name only complements or
    nobody). None when another person could be meant."""
    if _thing_subject(ctx, i, s, gender) or _inverted_after_noun(ctx, i, s):
        return None
    sent = ctx.sents[s]
    here = [
        (m.start, m.name)
        for m in ctx.mentions
        if sent.start <= m.start < i and not ctx.in_quote(m.start) and m.kind == "person"
    ]
    windows = [here] + [[(k, name) for k, name, _ in ctx.salience[j]] for j in range(s - 1, -1, -1)]
    hero = protagonist(ctx, s)
    if hero is not None and (
        hero in exclude
        or not _compatible(ctx, hero, gender)
        or _stated_gender(ctx, hero, i) != gender
    ):
        hero = None
    for depth, records in enumerate(windows):
        if _described_subject(ctx, s - depth, i, gender):
            return None  # "le maire a reçu Y. Il …": the description, bound or not, is meant
        agreeing = {
            (k, name)
            for k, name in records
            if name and name not in exclude and _compatible(ctx, name, gender)
        }
        if not agreeing:
            continue
        arguments = {name for k, name in agreeing if not embedded(ctx, k)}
        if len(arguments) > 1:
            return None
        if arguments:
            name = arguments.pop()
            if depth <= 1 and hero in (None, name):
                return name, "nearest argument"
            return (name, "topic") if name == hero else None
        if hero is None:
            return None  # only complements here, and no protagonist to reach past them
    return None if hero is None else (hero, "topic")


def continued_speaker(ctx: Context, quote: Quote) -> str | None:
    """The speaker of a quotation nothing attributes: the one person subject or speaker of
    the sentence before, when the quotation is its sentences' only words and speaks in the
    first person without naming that person. None otherwise."""
    view = ctx.view
    first, last = ctx.sent_of[quote.start], ctx.sent_of[max(quote.start, quote.end - 1)]
    outside = [*range(ctx.sents[first].start, quote.start), *range(quote.end, ctx.sents[last].end)]
    if first == 0 or any(not (view.puncts[k] or view.spaces[k]) for k in outside):
        return None  # an incise, or a clause around the quotation: not this rule's business
    if not any(view.texts[k].lower() in FIRST_PERSON for k in range(quote.start, quote.end)):
        return None
    records = ctx.salience[first - 1]
    subjects = {(k, name) for k, name, weight in records if weight == 2}
    if len({name for _, name in subjects}) != 1:
        return None
    k, name = subjects.pop()
    if any(other != name for j, other, _ in records if j in _coordinated_with(ctx, k)):
        return None  # "A et B ont reçu les militants": either could speak
    named = any(m.name == name for m in ctx.mentions if quote.start <= m.start < quote.end)
    return None if named else name


FINITE = frozenset({"VERB", "AUX"})


def main_subject(ctx: Context, sent) -> str | None:
    """The one person the main clause of ``sent`` has for subject, read the way the argument
    rules read a cue's subject (``arguments.find_subjects``: past asides and appositions),
    whatever the parse hung the name on, but never beside a subject the parse found that does
    not hold that name. The main verb is the sentence's root, or its first finite
    verb outside quotations when the root is no verb."""
    root = sent.root
    verb = root if root.pos_ in FINITE and not ctx.in_quote(root.i) else None
    if verb is None:  # the view's POS first: the morphology makes a Token
        pos = ctx.view.pos
        first = next(
            (k for k in range(sent.start, sent.end) if pos[k] in FINITE
             and "Fin" in feature(ctx.doc[k], "VerbForm") and not ctx.in_quote(k)),
            None,
        )
        verb = ctx.doc[first] if first is not None else None
    if verb is None:
        return None
    found, _ = find_subjects(ctx, verb.i, sent)
    persons = {end.name for end in found if end.kind == "person"}
    if len(persons) != 1:
        return None
    name = persons.pop()
    named = [m.end for m in ctx.mentions if m.name == name and sent.start <= m.start < verb.i]
    if named and any(
        ctx.view.folded[k] in SUBJECT_PRONOUNS for k in range(max(named), verb.i)
    ):
        return None  # "Ignorant sa rivale, X, il s'assied": the pronoun is the subject
    for child in verb.children:  # "Après sa rencontre avec X, le maire a reçu Y": not X
        if child.dep_ in SUBJECT_DEPS and not any(
            (m := ctx.at.get(t.i)) is not None and m.name == name for t in child.subtree
        ):
            return None
    return name
