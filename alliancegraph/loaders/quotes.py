"""Quotations and their speakers: where each quotation starts and ends, who speaks it
(its incise "a-t-elle répondu", ", a déclaré X", "X : « … »", "selon X", or the speech verb
that governs it), and je/me/moi/nous inside it standing for that speaker.

Separate from ``resolution`` because attributing a quotation is its own set of rules about
incises and speech verbs; the pass calls them sentence by sentence.
"""

from __future__ import annotations

from alliancegraph.loaders.context import CLITICS, SUBJECT_DEPS, Context, Quote, person_noun
from alliancegraph.loaders.mentions import Mention, TokenView, cfold, feature
from alliancegraph.ontology.grammar import grammar_words

QUOTE_PAIRS = {"«": "»", "“": "”"}
FIRST_PERSON = grammar_words("quotes", "first_person")
SKIP_IN_INCISE = grammar_words("quotes", "skip_in_incise")
RELAY_VERBS = grammar_words("quotes", "relay_verbs")
RELAY_NOUNS = grammar_words("quotes", "relay_nouns")
RELATIVE_PREPOSITIONS = grammar_words("quotes", "relative_speaker_prepositions")
RELATIVE_PRONOUNS = grammar_words("quotes", "relative_speaker_pronouns")


def quote_tokens(view: TokenView) -> tuple[list[int], list[Quote]]:
    """Per-token quote id (-1 outside) and the quotations as token ranges (marks included).

    « » and “ ” pair up; straight quotes alternate; a blank line closes whatever is open.
    """
    quote_of = [-1] * len(view.texts)
    quotes: list[Quote] = []
    open_at: int | None = None
    closer = ""
    for i, text in enumerate(view.texts):
        if view.spaces[i] and text.count("\n") >= 2:
            open_at = None
            continue
        if open_at is None:
            if text in QUOTE_PAIRS or text == '"':
                open_at, closer = i, QUOTE_PAIRS.get(text, '"')
        elif text == closer:
            qid = len(quotes)
            quotes.append(Quote(open_at, i + 1))
            for k in range(open_at, i + 1):
                quote_of[k] = qid
            open_at = None
    return quote_of, quotes


def is_speech(ctx: Context, i: int) -> bool:
    speech = ctx.lexicon.lists["speech"]
    return ctx.view.lemmas[i] in speech or ctx.view.folded[i] in speech


def _incise_subject(ctx: Context, verb: int, limit: int) -> Mention | None:
    """The subject of an incise verb: a clitic right after it, or a name within 3 tokens."""
    doc = ctx.doc
    for j in (verb - 2, verb - 1):
        mention = ctx.at.get(j) if j > 0 else None
        if (
            mention is not None
            and mention.source == "pronoun"
            and (doc[j].text.lower() in {"-t", *CLITICS})
        ):
            return mention
    j = verb + 1
    described = False  # "a annoncé la sénatrice socialiste Claire Dumoulin"
    adjunct: int | None = None  # "a affirmé jeudi soir sur France 2 Claire Dumoulin"
    while j < min(limit, verb + (14 if adjunct is not None else 9 if described else 5)):
        mention = ctx.at.get(j)
        if mention is not None and mention.kind == "person":
            if adjunct is not None and not _after_adjunct(ctx, adjunct, mention, limit):
                return None  # "a lancé à la ministre X": the one spoken to
            return mention
        skippable = cfold(doc[j].text) in SKIP_IN_INCISE or doc[j].pos_ == "ADV"
        if doc[j].pos_ in {"DET", "NOUN", "ADJ"} or (
            mention is not None and mention.kind == "party"
        ):
            described = skippable = True
        if doc[j].pos_ == "ADP" or (adjunct is not None and doc[j].pos_ in {"PROPN", "NUM"}):
            adjunct = j if doc[j].pos_ == "ADP" else adjunct
            skippable = True
        # an adjunct set off by commas, its noun qualified by a participle: "tranche, dans un
        # communiqué diffusé lundi, X"; "a lancé, mardi, le conseiller municipal X"
        if doc[j].text == "," or (adjunct is not None and _participle(doc[j])):
            skippable = True
        if not skippable and doc[j].text.lower() not in {"-t", *CLITICS}:
            return None
        j += 1
    return None


def _participle(token) -> bool:
    return token.pos_ == "VERB" and "Part" in feature(token, "VerbForm")


def _after_adjunct(ctx: Context, prep: int, mention: Mention, limit: int) -> bool:
    """A name after an incise's adjunct is its subject ("a affirmé jeudi sur France 2 X",
    "a assuré au micro de RTL X", "a déclaré à la presse X") only when the adjunct's own
    object, a proper name, a number or a noun of a thing, stands between the last preposition
    and the name, and the name closes the incise; otherwise the name is the preposition's
    object ("a lancé à X", "a lancé à la ministre X": a noun of a person)."""
    doc = ctx.doc
    own_object = any(
        (doc[k].pos_ in {"PROPN", "NUM"} and ctx.at.get(k) is None)
        or (doc[k].pos_ == "NOUN" and not person_noun(ctx, k))  # "à la presse", "au micro"
        for k in range(prep + 1, mention.start)
    )
    closes = mention.end >= limit or doc[mention.end].is_punct
    return own_object and closes


def find_speaker(ctx: Context, quote: Quote) -> Mention | None:
    """The speaker of a quotation: incise inside or after it, "X :", "selon X", or the verb."""
    doc, texts = ctx.doc, ctx.view.texts
    sent_end = ctx.sents[ctx.sent_of[quote.end - 1]].end
    # ", a expliqué Benoît Hamon" or "dit-il" inside the marks.
    for v in range(quote.start + 1, quote.end - 1):
        if not is_speech(ctx, v):
            continue
        clitic = v + 1 < len(doc) and texts[v + 1].lower() in {"-t", *CLITICS}
        comma = any(texts[k] == "," for k in range(max(quote.start, v - 3), v))
        if clitic or comma:
            subject = _incise_subject(ctx, v, quote.end)
            if subject is not None:
                quote.incise = (v, subject.end)
                return subject
    # "», a-t-elle répondu", "», assure Luc Carvounas".
    j = quote.end
    while j < len(doc) and doc[j].text in {",", "—", "-", "–"}:
        j += 1
    for v in range(j, min(j + 5, sent_end + 3, len(doc))):
        if ctx.in_quote(v):
            break
        if is_speech(ctx, v) or (
            doc[v].pos_ == "VERB" and v + 1 < len(doc) and doc[v + 1].text.lower() in CLITICS
        ):
            subject = _incise_subject(ctx, v, len(doc))
            if subject is not None:
                quote.incise = (j, subject.end)
                return subject
            break
    # "X : « … »" and "Selon X, « … »".
    before = quote.start - 1
    if before > 0 and doc[before].text == ":":
        relayed = _relayed(ctx, before)
        if relayed is not None:
            return relayed or None
        for k in range(before - 1, max(-1, before - 5), -1):
            mention = ctx.at.get(k)
            if mention is not None and mention.kind == "person" and not ctx.in_quote(k):
                if not any(is_speech(ctx, x) for x in range(mention.end, before)) and not (
                    _complement_in_clause(ctx, mention)
                ):
                    return mention
                break
        # "X a pris la parole : « … »", "X s'est désolidarisé de Y : « … »": the subject of
        # the clause the colon closes
        verb = doc[before].head  # the parser may hang the colon on a noun of the clause
        if verb.i < before and verb.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} and not ctx.in_quote(
            verb.i
        ):
            subject = subject_of_clause(ctx, verb.i)
            if subject is not None:
                return subject
    if before > 1 and doc[before].text == ",":
        mention = ctx.at.get(before - 1)
        if (
            mention is not None
            and mention.start > 0
            and cfold(doc[mention.start - 1].text) in {"selon", "pour"}
        ):
            return mention
    relative = _relative_antecedent(ctx, quote)
    if relative is not None:
        return relative
    # A speech verb before the quote in the same sentence: "X a estimé que « … »".
    sent_start = ctx.sents[ctx.sent_of[quote.start]].start
    for v in range(quote.start - 1, sent_start - 1, -1):
        if ctx.in_quote(v) or not is_speech(ctx, v):
            continue
        for child in doc[v].children:
            if child.dep_ in SUBJECT_DEPS and ctx.at.get(child.i) is not None:
                return ctx.at[child.i]
        subject = subject_of_clause(ctx, v)
        if subject is not None:
            return subject
    return None


def _relative_antecedent(ctx: Context, quote: Quote) -> Mention | None:
    """ "Même ligne chez X, secrétaire du parti, pour qui « … »", "Y, selon laquelle « … »":
    a quotation opened by a relative of opinion is its antecedent's, the one person named
    after the clause's last verb (or the sentence start) and before the relative. None with
    two persons there (« X, proche de Y, pour qui … » may be either's), none inside quotes."""
    view = ctx.view
    rel = quote.start - 1
    if rel < 2 or view.folded[rel] not in RELATIVE_PRONOUNS:
        return None
    if view.folded[rel - 1] not in RELATIVE_PREPOSITIONS or view.texts[rel - 2] != ",":
        return None
    sent_start = ctx.sents[ctx.sent_of[quote.start]].start
    named: dict[str, Mention] = {}
    for k in range(rel - 3, sent_start - 1, -1):
        if ctx.in_quote(k) or view.pos[k] in {"VERB", "AUX"}:
            break
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person" and mention.name:
            named.setdefault(mention.name, mention)
    return next(iter(named.values())) if len(named) == 1 else None


def _relayed(ctx: Context, colon: int) -> Mention | bool | None:
    """ "X a cité Y : « … »", "X rapporte les propos de Y : « … »": the words after the colon
    are someone else's, relayed by the clause's subject. The person named right before the
    colon, after the relaying word, is the speaker (a mention); with no such person, nobody
    known speaks (False). None when the clause relays nothing (a verb of relaying, or a noun
    of words followed by that person: "X a publié un message : « … »" is X's own)."""
    view = ctx.view
    start = ctx.sents[ctx.sent_of[colon]].start
    mention = ctx.at.get(colon - 1)
    named = mention if mention is not None and mention.kind == "person" else None
    for k in range(start, colon):
        if ctx.in_quote(k):
            continue
        if cfold(view.lemmas[k]) in RELAY_VERBS and view.pos[k] == "VERB":
            return named if named is not None and named.start > k else False
        if view.folded[k] in RELAY_NOUNS and named is not None and named.start > k:
            return named
    return None


def _complement_in_clause(ctx: Context, mention: Mention) -> bool:
    """ "X a exclu toute alliance avec le parti de Y : « … »": the name before the colon is a
    complement inside a clause whose verb comes before it, so the clause's subject speaks,
    not Y. A name that opens its clause ("Y : « … »", "Selon lui, Y : …") still speaks."""
    sent_start = ctx.sents[ctx.sent_of[mention.start]].start
    head = ctx.doc[mention.start]
    while head.i != head.head.i and mention.start <= head.head.i < mention.end:
        head = head.head
    if head.dep_ in {"nsubj", "nsubj:pass", "ROOT", "root"}:
        return False
    return any(ctx.view.pos[k] in {"VERB", "AUX"} for k in range(sent_start, mention.start))


def incise_description(ctx: Context, quote: Quote) -> Mention | None:
    """ "Nous ne céderons pas : « … », a lancé la députée frontiste": once the speaker is known
    by another route, the definite description of the incise after the quotation stands for
    them (gender agreeing), so what it says ("frontiste") is said of the speaker."""
    view = ctx.view
    if quote.speaker is None or quote.incise is not None:
        return None
    j = quote.end
    while j < len(view.texts) and view.texts[j] in {",", "—", "-", "–"}:
        j += 1
    while j < len(view.texts) and view.pos[j] == "AUX":
        j += 1  # "», a lancé …"
    if j >= len(view.texts) or not is_speech(ctx, j):
        return None
    k = j + 1
    if k >= len(view.texts) or view.folded[k] not in {"le", "la", "l"}:
        return None
    end = k + 1
    while end < min(len(view.texts), k + 7) and not view.puncts[end]:
        mention = ctx.at.get(end)
        if (mention is not None and mention.kind == "person") or view.pos[end] in {"VERB", "AUX"}:
            return None
        end += 1
    if end == k + 1 or ctx.at.get(k) is not None or view.pos[k + 1] not in {"NOUN", "ADJ"}:
        return None
    entity = ctx.entities.get(quote.speaker)
    gender = {"la": "f", "le": "m"}.get(view.folded[k])
    if entity is None or (gender and entity.gender not in (None, gender)):
        return None
    mention = Mention(k, end, "person", ctx.doc[k:end].text, "description", quote.speaker)
    mention.confidence = min(0.8, quote.confidence or 0.8)
    ctx.add(mention)
    return mention


def subject_of_clause(ctx: Context, i: int) -> Mention | None:
    """The person subject of the verb at ``i`` or of the verbs governing it (not across quotes)."""
    token = ctx.doc[i]
    for _ in range(6):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                mention = ctx.at.get(child.i)
                if mention is None:  # "Le député Marc Leroy …": the name in apposition
                    named = (ctx.at.get(c.i) for c in child.children if c.dep_ == "appos")
                    mention = next((m for m in named if m is not None), None)
                return mention if mention is not None and mention.kind == "person" else None
        if token.head.i == token.i or ctx.in_quote(token.head.i) != ctx.in_quote(i):
            return None
        token = token.head
    return None


def first_person(ctx: Context) -> None:
    """je/me/moi/nous inside a quotation stand for its speaker."""
    for quote in ctx.quotes:
        if quote.speaker is None:
            continue
        for i in range(quote.start, quote.end):
            if quote.incise and quote.incise[0] <= i < quote.incise[1]:
                continue
            if ctx.view.texts[i].lower() in FIRST_PERSON and ctx.at.get(i) is None:
                mention = Mention(
                    i,
                    i + 1,
                    "person",
                    ctx.doc[i].text,
                    "pronoun",
                    quote.speaker,
                    confidence=min(0.9, quote.confidence),
                )
                mention.details["first_person"] = True
                if quote.continued:
                    mention.binding = "continued quotation"
                ctx.add(mention)
