"""Membership written once for several names (round 12 of membership as news writes it).

News gives a party to a whole list in one stroke, where the rules that read a description
around one name only reach the first of them. Two shapes, each read from the sentence's
layout, not from one noun or verb:

- **plural title** — a plural determiner (or a count), a plural role noun and its party glued
  to a list of names, with no comma before the first: « les porte-parole du PS A et B », « ses
  deux vice-présidents du MoDem A, B et C », « les porte-parole du parti A et B » (when the
  article names one party just before: ``descriptions._party_after``). Every name of the list
  is a member; a spokesperson noun also makes each one the party's spokesperson. Never a
  former title (« les anciens porte-parole du PS A et B »), never a role of someone else's
  (« les porte-parole du candidat PS A et B »: the party does not follow the role).
- **represented by** — a party as the subject of a passive of representation (« P sera
  représenté par A et B, …, C et D »): every name the agent list enumerates is a member. An
  item of the list is a name, possibly after a title (« l'ancienne ministre C »), possibly
  followed by a rank in parentheses or a short complement between commas (« A, maire de
  Vannes, et par B »); the list ends at anything else (a verb, « et non », another name
  inside a complement), so « représenté par A, soutenu par B » gives B nothing. Never a
  negated, conditional or wished representation (only the indicative auxiliaries of
  ``represented_auxiliaries``).

Each names its rule in the trace (``membership plural title``, ``membership represented by``).
"""

from __future__ import annotations

from alliancegraph.loaders.claims import DETERMINERS, End, Found, end_of, words_from
from alliancegraph.loaders.context import Context, resolution_list
from alliancegraph.loaders.descriptions import (
    COPULA_FILLERS,
    COPULA_FORMS,
    COPULAS,
    NEGATION_WORDS,
    PAST_COPULAS,
    PERFECT_AUXILIARIES,
    _of_another_person,
    _party_after,
    describe,
    view_nominal,
)
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

TITLE_RULE = "membership plural title"
REPRESENTED_RULE = "membership represented by"
RELATIVE_RULE = "membership relative predicate"

PLURAL_OPENERS = grammar_words("membership_news", "plural_openers")
FORMER = grammar_words("membership_news", "former")
REPRESENTED = grammar_words("membership_news", "represented")
REPRESENTED_AUXILIARIES = grammar_words("membership_news", "represented_auxiliaries")
NEGATIONS = grammar_words("membership_news", "negations")
RELATIVES = grammar_words("membership_news", "relatives")
AGENT = grammar_words("membership_news", "agent")
SUBJECT_RELATIVES = grammar_words("membership_news", "subject_relatives")
UNREAL_COPULAS = grammar_words("membership_news", "unreal_copulas")
# The recent past before a copula: "qui vient d'être nommée porte-parole du PS".
RECENT = grammar_words("membership_news", "recent")
# How many tokens an apposition between a name and its relative may take.
APPOSITION_REACH = 8
# Tokens that join two names of a list.
JOINTS = frozenset({",", "et"})
# How many tokens a title before a listed name may take ("l'ancienne secrétaire d'État").
TITLE_REACH = 7
# How many tokens a complement after a listed name may take ("maire de Vannes").
COMPLEMENT_REACH = 8


def membership_news(ctx: Context, s: int, sent) -> list[Found]:
    """The memberships (and spokespersons) the shapes of this module give in sentence ``s``."""
    return _plural_titles(ctx, s, sent) + _represented_by(ctx, s, sent) + _relatives(ctx, s, sent)


# --- plural title ---------------------------------------------------------------------------


def _written_person(ctx: Context, k: int) -> Mention | None:
    """The name the text writes starting at token ``k``, if any."""
    named = ctx.at.get(k)
    if named is None or named.kind != "person" or named.source not in WRITTEN_SOURCES:
        return None
    return named if named.start == k else None


def _glued_runs(ctx: Context, sent) -> list[list[Mention]]:
    """Lists of written names joined only by commas and « et » ("A, B et C"), with an « et »
    among the joints; one pass over the sentence's mentions."""
    view = ctx.view
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    joined = False
    previous: Mention | None = None
    for m in ctx.mentions:
        if m.start < sent.start or m.start >= sent.end:
            continue
        if m.kind != "person" or m.source not in WRITTEN_SOURCES:
            continue
        gap = [view.texts[k] for k in range(previous.end, m.start)] if previous else []
        if previous is not None and gap and len(gap) <= 2 and set(gap) <= JOINTS:
            run.append(m)
            joined = joined or "et" in gap
        else:
            if len(run) > 1 and joined:
                runs.append(run)
            run, joined = [m], False
        previous = m
    if len(run) > 1 and joined:
        runs.append(run)
    return runs


def _plural_titles(ctx: Context, s: int, sent) -> list[Found]:
    found: list[Found] = []
    for run in _glued_runs(ctx, sent):
        title = _plural_title(ctx, run[0], sent, s)
        if title is None:
            continue
        party, cue, speaks = title
        for m in run:
            member = end_of(m)
            confidence = m.confidence * 0.85
            found.append(Found(member, REL.MEMBER_OF, party, cue, s, confidence, TITLE_RULE))
            if speaks:
                found.append(
                    Found(member, REL.SPOKESPERSON_OF, party, cue, s, confidence, TITLE_RULE)
                )
    return found


def _plural_title(ctx: Context, first: Mention, sent, s: int) -> tuple[End, str, bool] | None:
    """(party, cue, spokesperson?) of a plural title glued before the list's first name."""
    view = ctx.view
    label = first.details.get("label")  # "les porte-parole du PS A et B": PS is A's label
    end = first.start
    k = end - 1
    while k >= sent.start and end - k <= 8:
        if view.folded[k] in PLURAL_OPENERS:
            break
        stop = view.puncts[k] and view.texts[k] not in {"-", "'"}
        verb = view.pos[k] in {"VERB", "AUX"} and not view_nominal(ctx, k)
        if stop or verb or ctx.at.get(k) is not None:
            return None
        k -= 1
    else:
        return None
    if k < sent.start:
        return None
    words = words_from(ctx, k + 1, end)
    n = 0
    while n < len(words) and (words[n][0] in resolution_list("group_numbers")):
        n += 1  # "les deux porte-parole"
    if any(word in FORMER for word, _ in words):
        return None
    role = _plural_role(ctx, [word for word, _ in words[n:]])
    if role is None:
        return None
    after_role = words[n + role - 1][1] + 1
    speaks = tuple(word for word, _ in words[n : n + role]) in _spokesperson_nouns(ctx)
    if label is not None:
        # only « de » and its contractions between the role and the label
        if any(view.folded[j] not in {"du", "de", "d", "des"} for j in range(after_role, end)):
            return None
        party = End(label[0], "party", 1.0)
    else:
        if after_role >= end:
            return None
        named = _party_after(ctx, after_role, end, s)
        if named is None or named[1] != end:
            return None
        party = End(named[0], "party", 1.0)
        # a spokesperson of the party itself ("du PS", "du parti"), not of a party adjective
        speaks = speaks and view.folded[after_role] in {"du", "de", "d", "des"}
    cue = ctx.doc[k:end].text if label is None else ctx.doc[k : first.start + 1].text
    return party, cue, speaks


def _plural_role(ctx: Context, words: list[str]) -> int | None:
    """How many words the plural role noun at the start of ``words`` takes."""
    best = None
    for phrase in _plural_roles(ctx):
        if tuple(words[: len(phrase)]) == phrase and (best is None or len(phrase) > best):
            best = len(phrase)
    return best


def _plural_roles(ctx: Context) -> tuple[tuple[str, ...], ...]:
    """The plural role nouns: the lexicon's plural member roles and the member groups."""
    key = ("membership_news", "plural_roles")
    if key not in ctx.memo:
        groups = tuple(tuple(g.split()) for g in resolution_list("member_groups"))
        ctx.memo[key] = tuple(ctx.lexicon.phrases["plural_member_roles"]) + groups
    return ctx.memo[key]  # type: ignore[return-value]


def _spokesperson_nouns(ctx: Context) -> frozenset[tuple[str, ...]]:
    """The spokesperson nouns of the lexicon, as word tuples."""
    return frozenset(
        words
        for noun in ctx.lexicon.nouns
        if noun.relation == REL.SPOKESPERSON_OF
        for words in noun.words
    )


# --- represented by -------------------------------------------------------------------------


def _represented_by(ctx: Context, s: int, sent) -> list[Found]:
    view = ctx.view
    found: list[Found] = []
    for j in range(sent.start, sent.end):
        if view.folded[j] not in REPRESENTED:
            continue
        party = _passive_party(ctx, j, sent)
        agent = _agent_start(ctx, j, sent)
        if party is None or agent is None:
            continue
        cue = ctx.doc[j:agent].text
        for m in _agent_list(ctx, agent, sent):
            member = end_of(m)
            found.append(
                Found(member, REL.MEMBER_OF, party, cue, s, m.confidence * 0.85, REPRESENTED_RULE)
            )
    return found


def _passive_party(ctx: Context, j: int, sent) -> End | None:
    """The party subject of the passive participle at ``j``, when its auxiliary is an
    indicative one and nothing negates it."""
    view = ctx.view
    aux = [c for c in ctx.children(j) if view.deps[c].startswith("aux")]
    if not aux or view.folded[aux[-1]] not in REPRESENTED_AUXILIARIES:
        return None
    if any(view.folded[c] in NEGATIONS for c in ctx.children(j)):
        return None
    if any(view.folded[k] in NEGATIONS for k in range(aux[0], j)):
        return None
    for c in ctx.children(j):
        if view.deps[c] not in {"nsubj:pass", "nsubj"}:
            continue
        for k in range(c, min(c + 4, sent.end)):
            if view.puncts[k]:
                break
            named = ctx.at.get(k)
            if named is not None and named.kind == "party":
                return end_of(named)
    return None


def _agent_start(ctx: Context, j: int, sent) -> int | None:
    """The token after « par » following the participle at ``j``, past an incise between
    commas without a verb (« sera représenté, en 11e position, par A »)."""
    view = ctx.view
    k = j + 1
    if k < sent.end and view.texts[k] == ",":
        k += 1
        while k < sent.end and k - j < 8 and view.texts[k] != ",":
            if view.pos[k] in {"VERB", "AUX"} or ctx.at.get(k) is not None:
                return None
            k += 1
        k += 1
    if k < sent.end and view.folded[k] in AGENT:
        return k + 1
    return None


def _agent_list(ctx: Context, k: int, sent) -> list[Mention]:
    """The names enumerated from token ``k`` (see the module's docstring)."""
    view = ctx.view
    names: list[Mention] = []
    while k < sent.end:
        name = _item(ctx, k, sent)
        if name is None:
            break
        names.append(name)
        k = name.end
        if k < sent.end and view.texts[k] == "(":  # a rank: "(17e)"
            close = next((t for t in range(k, min(sent.end, k + 6)) if view.texts[t] == ")"), None)
            if close is None:
                break
            k = close + 1
        k = _next_item(ctx, k, sent)
        if k is None:
            break
    return names


def _item(ctx: Context, k: int, sent) -> Mention | None:
    """The name of a list item starting at ``k``: right there, or after a title without a
    verb, a mark or another actor ("l'ancienne secrétaire d'État C")."""
    view = ctx.view
    if k < sent.end and view.folded[k] in AGENT:
        k += 1  # "et par B"
    name = _written_person(ctx, k)
    if name is not None or k >= sent.end or view.folded[k] not in DETERMINERS:
        return name
    for t in range(k + 1, min(sent.end, k + TITLE_REACH)):
        name = _written_person(ctx, t)
        if name is not None:
            return name if view.folded[t - 1] not in {"de", "d", "du", "des"} else None
        stop = view.puncts[t] and view.texts[t] not in {"-", "'"}
        if stop or view.pos[t] in {"VERB", "AUX"} or ctx.at.get(t) is not None:
            return None
    return None


def _next_item(ctx: Context, k: int, sent) -> int | None:
    """Where the next item starts after a name ending at ``k``, past a complement between
    commas; None when the list ends."""
    view = ctx.view
    for _ in range(4):  # one step per complement
        if k >= sent.end or view.texts[k] not in JOINTS:
            return None
        if view.texts[k] == "," and k + 1 < sent.end and view.texts[k + 1] == "et":
            k += 1
        if _item(ctx, k + 1, sent) is not None:
            return k + 1
        if view.texts[k] != ",":
            return None  # "et non par B", "et soutenu par B"
        k = _complement_end(ctx, k + 1, sent)
        if k is None:
            return None
    return None


def _complement_end(ctx: Context, k: int, sent) -> int | None:
    """The token after a short complement of a listed name ("eurodéputés sortants",
    "maire de Vannes (Morbihan)"): no verb, no relative word, no name or party the text
    writes; None if there is."""
    view = ctx.view
    start = k
    depth = 0
    while k < sent.end and k - start < COMPLEMENT_REACH:
        text = view.texts[k]
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif depth == 0 and text in JOINTS:
            return k if k > start else None
        elif depth == 0 and view.puncts[k] and text not in {"-", "'"}:
            return None
        verb = view.pos[k] in {"VERB", "AUX"}  # "soutenu par B", "qui a quitté"
        named = ctx.at.get(k)
        # a written actor ends the list; a role read as someone ("adjointe au maire de Tulle")
        # is part of the complement
        if verb or view.folded[k] in RELATIVES or (named and named.source in WRITTEN_SOURCES):
            return None
        k += 1
    return None


# --- relative predicate ---------------------------------------------------------------------


def _relatives(ctx: Context, s: int, sent) -> list[Found]:
    """ "X, qui est députée PS, …", "X, adjointe au maire, qui devient trésorière du parti",
    "X, qui a été élu porte-parole du MoDem": a role predicated of a name by the subject
    relative right after it (past an apposition without a verb) is the name's, as in "X
    devient trésorière du parti". Only memberships and spokespersons; never a past, negated or
    unreal one (« qui était », « qui n'est plus », « qui serait »), nor after a noun of kin or
    staff (« le mari de X, qui est député PS » may be the husband)."""
    view = ctx.view
    found: list[Found] = []
    for m in ctx.mentions:
        if m.start < sent.start or m.start >= sent.end or m.kind != "person":
            continue
        if m.source not in WRITTEN_SOURCES or _of_another_person(ctx, m):
            continue
        k = m.end
        if k < sent.end and view.texts[k] == "," and view.folded[k + 1] not in SUBJECT_RELATIVES:
            k = _complement_end(ctx, k + 1, sent) or k  # "X, adjointe au maire, qui …"
        if k + 1 >= sent.end or view.texts[k] != "," or view.folded[k + 1] not in SUBJECT_RELATIVES:
            continue
        span = _predicate(ctx, k + 2, sent)
        if span is None:
            continue
        described = describe(ctx, end_of(m), *span, s, following=True)
        found += [
            Found(f.subject, f.relation, f.object, f.cue, s, f.confidence * 0.9, RELATIVE_RULE)
            for f in described
            if f.relation in {REL.MEMBER_OF, REL.SPOKESPERSON_OF}
        ]
    return found


def _predicate(ctx: Context, j: int, sent) -> tuple[int, int] | None:
    """The predicate after the copula of a relative starting at ``j`` ("est", "devient",
    "reste désormais", "a été nommée", "vient d'être élue"), up to the next mark or clause
    break; None for a past, negated or unreal copula, or a compound tense without an
    appointment ("a été député")."""
    view = ctx.view
    first = j
    copula = compound = appointed = False
    while j < sent.end and j < first + 6:
        word = view.folded[j]
        if word in NEGATION_WORDS or word in PAST_COPULAS or word in UNREAL_COPULAS:
            return None
        if (view.lemmas[j] in COPULAS or word in COPULA_FORMS) and view.pos[j] in {"AUX", "VERB"}:
            copula = True
            compound = compound or word == "ete"
        elif copula and word in resolution_list("appointed"):
            appointed = True
        elif (copula or word not in PERFECT_AUXILIARIES | RECENT) and word not in COPULA_FILLERS:
            break
        j += 1
    if not copula or (compound and not appointed):
        return None
    start = j
    while j < sent.end and j < start + 14:
        if view.puncts[j] and view.texts[j] not in {"-", "'"}:
            break
        if view.pos[j] in {"VERB", "AUX"} and not view_nominal(ctx, j):
            break
        j += 1
    return (start, j) if j > start else None
