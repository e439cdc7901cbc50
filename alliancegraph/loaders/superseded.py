"""Affiliations a later change of side ends: "encartée au PCF puis devenue écologiste", "élu
sous l'étiquette PS puis passé chez Horizons", "membre du MoDem avant de rejoindre
Renaissance".

The membership finders read a party next to its role or label; a change told right after it
in the same clause ("puis devenu", "avant de rejoindre") is a later event they do not see, and
the tie it ended would be stored as current. This post-stage reads the few words after the
party's mention: an affiliation claim (the ontology's ``affiliation`` polarity) whose party is
followed, before any comma, by one of the ontology's ``superseded_by`` phrases is dropped, with
the reason in the trace. So is one whose holder the same sentence tells leaving that party
("la députée socialiste X claque la porte du PS": the ontology's ``leaving`` words), and one
whose party a relative clause tells left ("a milité au PCF, qu'elle a quitté en 2009").

>>> from alliancegraph.loaders.extractor import Extractor
>>> from alliancegraph.model import Article
>>> text = "Hélène Marchand, encartée au PCF puis devenue écologiste, mène la liste."
>>> Extractor().run(Article("a", "2022-05-01", "", text)).claims
[]
"""

from __future__ import annotations

from alliancegraph.loaders.claims import Found
from alliancegraph.loaders.co_mention import listed_after_departure
from alliancegraph.loaders.context import Context, adjective_map
from alliancegraph.loaders.mentions import cfold
from alliancegraph.ontology.gazetteer import Gazetteer
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL, relation

WINDOW = 6  # words read after the party: "du PS en 2012 puis devenu", never past a comma
CLAUSE_BREAKS = frozenset({",", ";", ":"})
LIST_JOINTS = frozenset({",", "et"})
PARTY_NOUNS = grammar_words("membership_news", "party_nouns")
OF_WORDS = frozenset({"de", "d", "du", "des"})  # "le parti de X" is someone else's party
PARTY_POSSESSIVES = grammar_words("descriptions", "party_possessives")
# "ancienne socialiste", "ex-EELV", "l'ancien du PS": a former label of the party.
FORMER = grammar_words("membership_news", "former")
LABEL_REACH = 5  # words of an apposition or a fronted phrase read for a former label


def superseded(ctx: Context, s: int, party: str) -> bool:
    """Whether a mention of ``party`` in sentence ``s`` is followed by a change of side."""
    return _next_to_party(ctx, s, party, "superseded_by", after=True)


def held_until_now(ctx: Context, s: int, party: str) -> bool:
    """Whether a mention of ``party`` in sentence ``s`` follows, within its clause, words that
    say the tie held only until the news ("X, jusqu'ici adhérente des Républicains, a pris sa
    carte chez Horizons", "hier encore membre du PS": the ontology's ``held_until_now``)."""
    return _next_to_party(ctx, s, party, "held_until_now", after=False)


def _next_to_party(ctx: Context, s: int, party: str, kind: str, after: bool) -> bool:
    """Whether one of the lexicon's ``kind`` phrases stands among the ``WINDOW`` words after
    (or before) a mention of ``party`` in sentence ``s``, without crossing a comma, a
    semicolon or a colon."""
    phrases = ctx.lexicon.phrases[kind]
    sent = ctx.sents[s]
    folded = ctx.view.folded
    for mention in ctx.mentions_in(s):
        if mention.name != party:
            continue
        if after:
            span = folded[mention.end : min(sent.end, mention.end + WINDOW)]
        else:
            span = folded[max(sent.start, mention.start - WINDOW) : mention.start][::-1]
        words: list[str] = []
        for word in span:
            if word in CLAUSE_BREAKS:
                break
            words.append(word)
        if not after:
            words.reverse()
        if not _may_hold(ctx, kind, words):
            continue
        if any(tuple(words[k : k + len(p)]) == p for p in phrases for k in range(len(words))):
            return True
    return False


def _may_hold(ctx: Context, kind: str, words: list[str]) -> bool:
    """Whether one of the lexicon's ``kind`` phrases may start among ``words``: one of its
    first words is there (or a phrase is empty). The first words are gathered once per
    article and kind: every affiliation claim asks, and the words after a party seldom hold
    any."""
    key = ("superseded", "first_words", kind)
    firsts = ctx.memo.get(key)
    if firsts is None:
        phrases = ctx.lexicon.phrases[kind]
        firsts = ctx.memo[key] = (frozenset(p[0] for p in phrases if p), not all(phrases))
    starts, empty = firsts
    return bool(words) and (empty or not starts.isdisjoint(words))


ANSWER_REACH = 2  # sentences after a hesitation where its answer may come


def answered_no(ctx: Context, f: Found) -> bool:
    """Whether the temptation's sentence or one of the two after it answers with a refusal of
    several words and names nobody else (« Je lui ai dit que je réfléchirais. J'ai réfléchi :
    c'est non. », « X hésite encore. Finalement, ce sera non. »): the ontology's
    ``refusal_answers``, the one-word ones (« non », « jamais ») left out as too common."""
    phrases = [p for p in ctx.lexicon.phrases["refusal_answers"] if len(p) > 1]
    folded = ctx.view.folded
    for s in range(f.sentence, min(len(ctx.sents), f.sentence + 1 + ANSWER_REACH)):
        sent = ctx.sents[s]
        if any(m.name not in (None, f.subject.name) for m in ctx.mentions_in(s)):
            continue
        words = folded[sent.start : sent.end]
        if any(tuple(words[k : k + len(p)]) == p for p in phrases for k in range(len(words))):
            return True
    return False


INCISE_REACH = 3  # words after a quotation's closing mark read as its incise: ", ironise-t-il"


def ironic(ctx: Context, f: Found) -> bool:
    """Whether ``f``'s cue lies in a quotation whose incise reports it as mockery (« "X est
    désormais le candidat d'En marche", ironise Y »: the ontology's ``ironic_incises``); a
    rejection said in mockery stays one."""
    sent = ctx.sents[f.sentence]
    mocking = ctx.lexicon.lists["ironic_incises"]
    cue = cfold(f.cue).split()[:1]
    for quote in ctx.quotes:
        if not sent.start <= quote.start < sent.end:
            continue
        # the incise as found, or the words right after the closing mark when no speaker was
        # found for it (« …», ironise-t-il » with nobody « il » can be)
        incise = quote.incise or (quote.end, min(sent.end, quote.end + INCISE_REACH))
        if not any(ctx.view.folded[j] in mocking for j in range(*incise)):
            continue
        if cue and cue[0] in ctx.view.folded[quote.start : quote.end]:
            return True
    return False


RELATIVE_REACH = 8  # words from the party to the comma of its relative ("P de Y, qu'il a quitté")


def left_by_relative(ctx: Context, s: int, holder: str, party: str) -> bool:
    """Whether a mention of ``party`` in sentence ``s`` is followed by a relative clause that
    tells ``holder`` left it ("a milité au MPF de Y, qu'il a quitté en 2011", "membre du PCF,
    qu'elle quitte en 2009"): a comma then "que" and a ``leaving`` word within the four words
    after, with no negation nor intention before it and no one else named in it."""
    folded = ctx.view.folded
    lists = ctx.lexicon.lists
    end = ctx.sents[s].end
    for mention in ctx.mentions_in(s):
        if mention.name != party:
            continue
        for k in range(mention.end, min(end - 2, mention.end + RELATIVE_REACH)):
            if ctx.view.texts[k] != ",":
                continue
            if folded[k + 1] not in {"qu", "que"}:
                break
            words = folded[k + 2 : min(end, k + 6)]
            someone = any(
                ctx.at[j].name != holder for j in range(k + 2, min(end, k + 6)) if j in ctx.at
            )
            if someone or any(w in lists["leaving_blocked"] for w in words):
                break  # "que Y a quitté": someone else left it
            if any(w in lists["leaving"] for w in words):
                return True
            break
    return False


def left_in_sentence(ctx: Context, s: int, holder: str, party: str) -> bool:
    """Whether sentence ``s`` tells ``holder`` leaving ``party`` ("la députée socialiste X
    claque la porte du PS", "X a annoncé son départ d'EELV"): a ``leaving`` word with the party
    named within the four words after it, the holder the last person named before it or one
    of the names listed with that person ("des militants écologistes, dont A et B, ont claqué
    la porte du parti": both leave), and no negation nor intention (``leaving_blocked``:
    "menace de quitter") in the three words before it. "Le parti", "la formation" with no
    complement stand for the party the claim is about: the sentence names no other."""
    folded = ctx.view.folded
    lists = ctx.lexicon.lists
    leaving = _leaving_words(ctx).get(s)
    if not leaving:
        return False
    mentions = ctx.mentions_in(s)
    end = ctx.sents[s].end
    for k in leaving:
        if any(folded[j] in lists["leaving_blocked"] for j in range(max(0, k - 3), k)):
            continue
        named = [m for m in mentions if k < m.start <= k + 4 and m.name == party]
        before = [m for m in mentions if m.end <= k and m.kind == "person"]
        if not before:
            continue
        if named and before[-1].name == holder:
            return True
        # the wider readings (a listed holder, "le parti") want no negation nor intention
        # anywhere between the last name and the leaving word ("qui ne se résout pas à
        # quitter sa formation", "menacent de quitter le parti")
        if _blocked_since(ctx, before[-1].end, k) or holder not in _listed_with(ctx, before):
            continue
        if named or _bare_party_noun(ctx, k, end, mentions, party):
            return True
    return False


def _leaving_words(ctx: Context) -> dict[int, list[int]]:
    """The tokens of each sentence whose word is a ``leaving`` word, in order, found in one
    pass per article: ``_left_elsewhere`` asks every sentence of the article for each
    membership claim, and most sentences hold none."""
    key = ("superseded", "leaving")
    found = ctx.memo.get(key)
    if found is None:
        leaving = ctx.lexicon.lists["leaving"]
        found = ctx.memo[key] = {}
        for k, word in enumerate(ctx.view.folded):
            if word in leaving:
                found.setdefault(ctx.sent_of[k], []).append(k)
    return found


def _former_sentences(ctx: Context) -> frozenset[int]:
    """The sentences holding a ``FORMER`` word ("ex-", "ancien"), found in one pass per
    article: no former label can be read elsewhere, and ``_left_elsewhere`` asks every
    sentence for each membership claim."""
    key = ("superseded", "former")
    found = ctx.memo.get(key)
    if found is None:
        folded, sent_of = ctx.view.folded, ctx.sent_of
        found = ctx.memo[key] = frozenset(
            sent_of[j] for j, word in enumerate(folded) if not FORMER.isdisjoint(word.split())
        )
    return found


def _blocked_since(ctx: Context, start: int, k: int) -> bool:
    """Whether a ``leaving_blocked`` word (or one whose lemma is) stands between token
    ``start`` and the leaving word at ``k``."""
    blocked = ctx.lexicon.lists["leaving_blocked"]
    view = ctx.view
    return any(
        view.folded[j] in blocked or cfold(view.lemmas[j]) in blocked for j in range(start, k)
    )


def _listed_with(ctx: Context, before: list) -> set[str]:
    """The names of the last person mentioned and of those joined to it by commas and « et »
    only ("A, B et C"): a list whose members share the verb that follows."""
    texts = ctx.view.texts
    names = {before[-1].name}
    for m, nxt in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        gap = texts[m.end : nxt.start]
        if not gap or len(gap) > 2 or not set(gap) <= LIST_JOINTS:
            break
        names.add(m.name)
    return names


def _bare_party_noun(ctx: Context, k: int, end: int, mentions: list, party: str) -> bool:
    """Whether a party noun with no complement ("la porte du parti", "quitté la formation")
    follows the leaving word at ``k`` within four words and stands for ``party``: the sentence
    names ``party`` before the leaving word and no other party anywhere ("a quitté le parti
    centriste et adhéré à l'UDI": the party left is another one)."""
    view = ctx.view
    if any(m.kind == "party" and m.name != party for m in mentions):
        return False
    if not any(m.name == party and m.end <= k for m in mentions):
        return False
    for t in range(k + 1, min(end, k + 5)):
        if view.folded[t] in PARTY_NOUNS:
            if t + 1 >= end:
                return True
            qualified = view.pos[t + 1] == "ADJ" or view.folded[t + 1] in OF_WORDS
            return not qualified and t + 1 not in ctx.at
    return False


def _negated_act(ctx: Context, f: Found) -> bool:
    """Whether ``f`` is a party's possessive title ("son candidat, X", "sa tête de liste X")
    that the same sentence's act on the same pair denies: « Le PS n'a pas investi son
    candidat, X » (the verb's own reading was dropped for its negation). The possessive is
    the subject's, so the title stands or falls with that act; a label the holder carries
    apart from it (« X, socialiste, n'a pas été investi par le PS ») is not read here."""
    words = f.cue.split()
    if not words or cfold(words[0]) not in PARTY_POSSESSIVES:
        return False
    return any(
        c.sentence == f.sentence
        and c.reason == "negation"
        and (c.subject, c.relation, c.object) == (f.subject.name, f.relation, f.object.name)
        for c in ctx.trace.dropped
    )


def _listed_after_departure(ctx: Context, f: Found) -> bool:
    """Whether every mention of ``f``'s holder in its sentence is listed after a colon whose
    clause tells members leaving the claim's party (:func:`co_mention.listed_after_departure`)."""
    starts = [m.start for m in ctx.mentions_in(f.sentence) if m.name == f.subject.name]
    return bool(starts) and all(
        listed_after_departure(ctx, f.sentence, k, f.object.name) for k in starts
    )


_PARTY_WORDS: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]] | None] = {}


def _party_words(gazetteer: Gazetteer, party: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The folded names of ``party`` (name, short name, aliases) and those with the adjectives
    that stand for it, gathered once per gazetteer and party (read for every membership claim
    in every sentence); None for a party the gazetteer lacks."""
    key = (id(gazetteer), party)
    if key not in _PARTY_WORDS:
        entry = gazetteer.party(party)
        if entry is None:
            _PARTY_WORDS[key] = None
        else:
            names = frozenset(cfold(w) for w in entry.names())
            adjectives = {a for a, p in adjective_map(gazetteer).items() if p.name == party}
            _PARTY_WORDS[key] = (names, names | adjectives)
    return _PARTY_WORDS[key]


def former_label(ctx: Context, s: int, holder: str, party: str) -> bool:
    """Whether sentence ``s`` gives ``holder`` a former label of ``party`` in the apposition
    right after the name or the phrase fronted right before it: « A, une ex-EELV aujourd'hui
    sans étiquette, … », « Ancienne socialiste, A … », « A, l'ancien du PS, … » (the party's
    short name, name or adjective after « ex- », « ancien », « ancienne », maybe past « du »).

    >>> from alliancegraph.loaders.extractor import Extractor
    >>> from alliancegraph.model import Article
    >>> text = ("Au premier tour, la socialiste Claire Voisin est arrivée en tête. "
    ...         "Claire Voisin, une ex-socialiste, conduit une liste d'union.")
    >>> Extractor().run(Article("a", "2020-06-26", "", text)).claims
    []
    """
    if s not in _former_sentences(ctx):
        return False
    found = _party_words(ctx.gazetteer, party)
    if found is None:
        return False
    names, keys = found
    folded = ctx.view.folded
    sent = ctx.sents[s]
    for m in ctx.mentions_in(s):
        if m.name != holder:
            continue
        spans = []
        if m.end < sent.end and folded[m.end] == "":  # « A, une ex-P, … »
            stop = next((j for j in range(m.end + 1, sent.end) if folded[j] == ""), sent.end)
            spans.append(range(m.end + 1, min(stop, m.end + 1 + LABEL_REACH)))
        if m.start > sent.start and folded[m.start - 1] == "":  # « Ancienne P, A … »
            spans.append(range(max(sent.start, m.start - 1 - LABEL_REACH), m.start - 1))
        for span in spans:
            words = [w for j in span for w in folded[j].split()]
            for k, word in enumerate(words[:-1]):
                rest = words[k + 1 : k + 4]
                if word in FORMER and any(" ".join(rest[: n + 1]) in keys for n in range(3)):
                    return True
                if (
                    word in FORMER
                    and rest[0] in OF_WORDS | {"la", "le", "l"}
                    and any(" ".join(rest[1 : n + 2]) in names for n in range(2))
                ):
                    return True
    return False


def _left_elsewhere(ctx: Context, f: Found) -> bool:
    """Whether another sentence of the article tells ``f``'s holder leaving the party or gives
    them a former label of it: a label read in one sentence (« la socialiste A ») is the tie
    another sentence ends (« A, qui a quitté le PS en 2018, … », « A, une ex-socialiste, … »)."""
    holder, party = f.subject.name, f.object.name
    return any(
        former_label(ctx, t, holder, party)
        or (t != f.sentence and left_in_sentence(ctx, t, holder, party))
        for t in range(len(ctx.sents))
    )


def drop_superseded(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` less the affiliations a change of side told right after the party ends,
    those the same sentence tells the holder leaving or says held only until now, a
    possessive title whose act the sentence denies, whatever but a rejection a quotation
    reported as mockery seems to grant, and a temptation a later sentence answers no."""
    kept = []
    for f in found:
        why = None
        if f.relation != REL.REJECTS and ironic(ctx, f):
            why = "granted in a quotation reported as mockery"
        elif f.relation == REL.TEMPTED_BY and answered_no(ctx, f):
            why = "a later sentence answers no"
        elif relation(f.relation).polarity == "affiliation":
            if _negated_act(ctx, f):
                why = "the sentence denies the act the possessive title tells"
            elif superseded(ctx, f.sentence, f.object.name):
                why = "a later change of side follows the party"
            elif left_in_sentence(ctx, f.sentence, f.subject.name, f.object.name):
                why = "the same sentence tells the holder leaving"
            elif left_by_relative(ctx, f.sentence, f.subject.name, f.object.name):
                why = "a relative clause on the party tells it left"
            elif _listed_after_departure(ctx, f):
                why = "listed after a clause that tells members leaving the party"
            elif f.relation == REL.MEMBER_OF and _left_elsewhere(ctx, f):
                why = "the article tells the holder left the party or calls them a former member"
            elif held_until_now(ctx, f.sentence, f.object.name):
                why = "the tie held only until now"
        if why is None:
            kept.append(f)
        else:
            ctx.trace.drop_found(f, "superseded", why)
    return kept
