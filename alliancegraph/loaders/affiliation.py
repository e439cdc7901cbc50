"""Membership where news writes a party label next to a name with no role noun to carry it
(round 11 of membership as news writes it; the role-carried forms live in
``loaders/descriptions.py``).

Positions of the label, each read from the sentence's shape, not from one noun or verb:

- **party complement** — the party right after the name, introduced by « de » or « pour »:
  « X du PCF l'emporte de justesse », « en lice : X pour le MoDem, Y pour Reconquête », « X,
  pour La France insoumise, a déposé sa liste ». The name must stand free (opening its clause,
  after a comma, a colon or « et »), so that the party is the name's own and not the
  complement of a noun or verb before it (« la démission de X du PS », « a exclu X du PS »), and
  the label must close the phrase (a mark, « et », or the verb of which the name is the
  subject). Never a former label (« X de l'ex-UMP »), a route between two parties (« X, du PS à
  LFI »), nor « X, pour le PS, est un danger » (« pour » there is the party's view: a copula
  follows).
- **party side** — a sentence opened on a party with one of the ``side_openers``
  (« Côté PS, X appelle … », « Du côté de la Nupes, l'insoumis X … », « Dans le camp LR, X
  … »): the name its clause opens on is a member of that party, whether or not a role noun
  goes with it. Only a name that is the first thing after the opener's comma (with at most a
  title before it), never a former title or aside (« l'ex-socialiste X », « X, ancienne
  secrétaire, ») and never a name further in (« Côté PS, on attend X »). « Chez P » and « au
  sein de P » are left to the role rule: they may be where an outsider finds support.
- **at the head** — « X, à la tête de la liste LR, … », « X prend la tête de la liste du
  MoDem », « X est à la tête du PCF », « la nomination de X à la tête de la liste UDI »:
  heading a party, or the list of one party, is a membership of it. Only right after the name,
  its comma or a word of accession (the ``leadership_verbs``, « est », « reste », or a noun of
  accession the name completes, the ``accession_nouns``); never a negated, former, wished or
  past head (« n'est plus à la tête », « veut prendre la tête », « était à la tête … en
  2014 »), a question, nor a joint list (« la liste d'union PS-PCF »).

- **list place** — « Deuxième sur la liste du PS, X … », « Septième sur la liste d'EELV
  conduite par Y, X … », « En tête de la liste LREM, X … », « X, troisième de la liste LR, … »:
  a rank or the head of the list of one party, fronted before the name's clause or set off
  right after the name, is a membership of that party (the sets' gold writes a candidate on a
  party's list as its member), and a list said to be led by a person (« conduite par Y »,
  with or without a party) gives the name's support to that person, as « X figure sur la liste
  conduite par Y » does; so does the place as the predicate of a present copula (« X est
  septième sur la liste menée par Y »). Never a joint list, a question, a place dated or told
  by a verb (« Deuxième sur la liste du PS en 2014, X … »), a name with another label, nor a
  sentence telling the name's departure.

- **own list** — « X, dont la liste UDF a obtenu 11 % », « X, dont la liste socialiste a
  fusionné avec … »: the party labelling the list a relative right after the name gives it
  is the name's party. Only a list of one party (never « la liste d'union PS-PCF »), right
  after the name's comma and the relative, with no word between the determiner and the list.

Each names its rule in the trace (``membership party complement``, ``membership party side``,
``membership at the head``, ``membership own list``), so that ``evaluate --by-rule`` shows
what each one found.
"""

from __future__ import annotations

import re

from alliancegraph.loaders.claims import DETERMINERS, End, Found, end_of
from alliancegraph.loaders.co_mention import leaving
from alliancegraph.loaders.context import Context, gazetteer_party, resolution_list
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, feature, fold_token
from alliancegraph.loaders.negation import unrealised
from alliancegraph.loaders.nlp import time_stamp_end
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

COMPLEMENT_RULE = "membership party complement"
SIDE_RULE = "membership party side"
HEAD_RULE = "membership at the head"
OWN_LIST_RULE = "membership own list"
# The relative that gives a name its own list: "X, dont la liste UDF a obtenu 11 %".
OWN_LIST_OPENERS = grammar_words("affiliation", "own_list_openers")

# Where a name stands free: it opens its clause, or follows one of these.
FREE_BEFORE = frozenset({",", ":", ";", "(", "«", "—", "–", "-"})
FREE_WORDS = grammar_words("affiliation", "free_words")
# Prepositions that bring a party after a name, with the determiners each may take.
PARTY_PREPOSITIONS = {
    "du": frozenset(),
    "des": frozenset(),
    "de": frozenset({"la", "l"}),
    "d": frozenset(),
    "pour": frozenset({"le", "la", "l", "les"}),
}
# What may follow the label when it closes the phrase.
CLOSING_MARKS = frozenset({",", ".", ";", ":", ")", "»", "!", "?", "—", "–"})
# Clitics between a subject and its verb: « X du FN ne l'a pas dit ».
CLITICS = grammar_words("affiliation", "clitics")
COPULA_LEMMAS = grammar_words("affiliation", "copula_lemmas")
# Copula forms the tagger lemmatizes as themselves ("reste" -> "reste").
COPULA_FORMS = grammar_words("affiliation", "copula_forms")


def affiliation_claims(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """The memberships the label positions of this module give the written name ``m``."""
    if m.kind != "person" or m.source not in WRITTEN_SOURCES or m.name is None:
        return []
    found = _party_complement(ctx, m, sent, s) + _at_the_head(ctx, m, sent, s)
    found += _own_list(ctx, m, sent, s) + _moved(ctx, m, sent, s)
    found += _party_voice(ctx, m, sent, s) + _in_the_lead(ctx, m, sent, s)
    return found + _party_race(ctx, m, sent, s) + _list_place(ctx, m, sent, s)


def _free(ctx: Context, m: Mention, sent) -> bool:
    """Whether the name stands free: nothing before it in its clause but a title ("le député
    X"), so that no noun or verb before it owns what follows it."""
    view = ctx.view
    k = m.start - 1
    while k >= sent.start and k > m.start - 4 and _title_token(ctx, k):
        k -= 1
    if k < sent.start:
        return True
    return view.texts[k] in FREE_BEFORE or view.folded[k] in FREE_WORDS


def _title_token(ctx: Context, k: int) -> bool:
    """A determiner or role noun of a title before a name ("la sénatrice"); never a word
    of a former title."""
    view = ctx.view
    if ctx.at.get(k) is not None or view.folded[k] in ctx.lexicon.lists["former"]:
        return False
    return (
        view.folded[k] in {"le", "la", "l", "les"} or view.folded[k] in ctx.lexicon.lists["nominal"]
    )


def _former_aside(ctx: Context, m: Mention, sent) -> bool:
    """Whether an aside set off after the name says its role is over ("X, ancienne
    secrétaire départementale, …", "X, ex-adjoint, …")."""
    view = ctx.view
    k = m.end
    if k >= sent.end or view.texts[k] != ",":
        return False
    for j in range(k + 1, min(sent.end, k + 10)):
        if view.texts[j] == ",":
            return False
        if view.folded[j] in ctx.lexicon.lists["former"] or fold_token(view.texts[j])[:1] == ["ex"]:
            return True
    return False


def _former_label(ctx: Context, party: Mention) -> bool:
    """ "l'ex-UMP", "l'ancien FN": a label of the past."""
    view = ctx.view
    before = party.start - 1
    return fold_token(view.texts[party.start])[:1] == ["ex"] or (
        before >= 0 and view.folded[before] in ctx.lexicon.lists["former"]
    )


def _party_complement(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X du PCF l'emporte", "X pour le MoDem", "X, pour LFI, a déposé …" (see the docstring)."""
    view = ctx.view
    j = m.end
    comma = j < sent.end and view.texts[j] == ","
    j += comma
    if j + 1 >= sent.end or not _free(ctx, m, sent):
        return []
    preposition = view.folded[j]
    if preposition not in PARTY_PREPOSITIONS or (comma and preposition != "pour"):
        return []  # "X, du PS, …" is the apposition rule's (descriptions._party_apposition)
    k = j + 1
    while (
        k < sent.end and ctx.at.get(k) is None and view.folded[k] in PARTY_PREPOSITIONS[preposition]
    ):
        k += 1  # "pour le MoDem", never past the "Les" of "Les Républicains"
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.start != k or _former_label(ctx, party):
        return []
    after = party.end
    if after + 2 < sent.end and view.texts[after] == "(" and view.texts[after + 2] == ")":
        after += 3  # "X du Rassemblement national (RN)"
    if not _closes(ctx, after, sent, comma):
        return []
    cue = ctx.doc[j : party.end].text
    return [
        Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8, COMPLEMENT_RULE)
    ]


def _closes(ctx: Context, after: int, sent, comma: bool) -> bool:
    """Whether the label ends its phrase at token ``after``: the sentence's end, a mark, « et »
    before another name, or (with no comma before the label) the verb of the name. After
    « X, pour le P, » the comma must close it and no copula follow (« X, pour le PS, est un
    danger » is the party's view of X)."""
    view = ctx.view
    if after >= sent.end:
        return not comma
    if comma:
        if view.texts[after] != ",":
            return False
        k = after + 1
        while k < sent.end and view.folded[k] in CLITICS:
            k += 1
        return k < sent.end and not (
            view.lemmas[k] in COPULA_LEMMAS or view.folded[k] in COPULA_FORMS
        )
    if view.texts[after] in CLOSING_MARKS:
        return True
    if view.folded[after] in {"et", "ou"}:
        named = ctx.at.get(after + 1)
        while named is None and after + 1 < sent.end and view.folded[after + 1] in DETERMINERS:
            after += 1
            named = ctx.at.get(after + 1)
        return named is not None and named.kind == "person"
    k = after
    while k < sent.end and view.folded[k] in CLITICS:
        k += 1
    return k < sent.end and view.pos[k] in {"VERB", "AUX"}


def party_side(ctx: Context, s: int, sent) -> list[Found]:
    """ "Côté PS, X appelle …", "Dans le camp LR, la conseillère X …": the name a sentence
    opened by a party opener puts first is a member of that party (see the docstring)."""
    view = ctx.view
    folded = view.folded
    party = None
    opening = _past_timestamp(ctx, sent)
    for n in range(4, 0, -1):  # the longest opener first: "du côté de" before "côté"
        if " ".join(folded[opening : opening + n]) in resolution_list("side_openers"):
            k = opening + n
            while k < sent.end and folded[k] in DETERMINERS:
                k += 1
            party = ctx.at.get(k)
            break
    if party is None or party.kind != "party" or _former_label(ctx, party):
        return []
    k = party.end
    if k + 2 < sent.end and view.texts[k] == "(" and view.texts[k + 2] == ")":
        k += 3
    if k + 1 >= sent.end or view.texts[k] != ",":
        return []
    k += 1
    first = k
    while k < sent.end and k < first + 4 and ctx.at.get(k) is None:
        if not (_title_token(ctx, k) or ctx.party_by_adjective(view.texts[k]) is not None):
            return []  # "Côté PS, on attend X": X is no opener's name
        if fold_token(view.texts[k])[:1] == ["ex"]:
            return []  # "Côté LR, l'ex-socialiste X"
        k += 1
    m = ctx.at.get(k)
    if m is None or m.kind != "person" or m.start != k or m.source not in WRITTEN_SOURCES:
        return []
    if _former_aside(ctx, m, sent):
        return []  # "Côté LR, X, ancienne secrétaire départementale, hésite"
    if _known_elsewhere(ctx, m, party.name):
        return []  # "Du côté d'En Marche, X (LR) sera candidat": the side's ally, no member
    cue = ctx.doc[opening : party.end].text
    return [
        Found(
            end_of(m),
            REL.MEMBER_OF,
            End(party.name, "party", party.confidence),
            cue,
            s,
            m.confidence * 0.75,
            SIDE_RULE,
        )
    ]


def _known_elsewhere(ctx: Context, m: Mention, party: str) -> bool:
    """Whether the gazetteer puts the person ``m`` names in another party at the article's
    date: a side's sentence may be about the ally it backs (« Du côté d'En Marche, Renaud
    Muselier sera candidat aux côtés du référent du mouvement »)."""
    held = gazetteer_party(ctx, m.name)
    return held is not None and held != party


def _past_timestamp(ctx: Context, sent) -> int:
    """Where a sentence's words begin after a live blog's time stamp and its dash or colon
    ("14h30 — Côté Verts, X appelle …"): the opener then comes right after it."""
    k = sent.start
    after = time_stamp_end(ctx.view.texts, k, sent.end)  # "14h30 —", "19 h 40 -"
    return after if after is not None and after < sent.end else k


# Copulas of a head held now: "X est / reste à la tête de …".
HOLDING = grammar_words("affiliation", "holding")
# What may follow a party's list label when the list is one party's: a mark or a clause word.
JOINT_WORDS = grammar_words("affiliation", "joint_words")


def _at_the_head(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, à la tête de la liste LR", "X prend la tête de la liste du MoDem", "la nomination de X
    à la tête de la liste UDI" (see the module's docstring)."""
    view = ctx.view
    if view.texts[sent.end - 1] == "?":
        return []
    j = m.end
    if j < sent.end and view.texts[j] == ",":
        j += 1
    elif not _accession_before(ctx, m, sent):
        verbs = resolution_list("leadership_verbs")
        auxiliaries = resolution_list("leadership_auxiliaries")
        start = j
        while (
            j < sent.end
            and j < start + 3
            and (
                view.folded[j] in verbs
                or view.folded[j] in HOLDING
                or view.folded[j] in auxiliaries
            )
        ):
            j += 1
        if j == start:
            return []
    k = j + (j < sent.end and view.folded[j] == "a")  # "à la tête": the folded "à" is "a"
    if view.folded[k : k + 3] != ["la", "tete", "de"] and view.folded[k : k + 2] != ["la", "tete"]:
        return []
    k += 2
    if k < sent.end and view.folded[k] in {"de", "du", "des", "d"} and ctx.at.get(k) is None:
        k += 1
    party, end = _list_party(ctx, k, sent)
    if party is None:
        return []
    cue = ctx.doc[j:end].text
    return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8, HEAD_RULE)]


def _accession_before(ctx: Context, m: Mention, sent) -> bool:
    """ "la nomination de X", "l'élection de X": the name completes a noun of accession."""
    view = ctx.view
    k = m.start - 1
    return (
        k - 1 >= sent.start
        and view.folded[k] in {"de", "d"}
        and view.folded[k - 1] in resolution_list("accession_nouns")
    )


def _list_party(ctx: Context, k: int, sent) -> tuple[End | None, int]:
    """The party at token ``k`` ("du PS") or the one party labelling a list there ("la liste
    LR", "la liste socialiste", "la liste régionale du MoDem"), with the token after it."""
    view = ctx.view
    while k < sent.end and ctx.at.get(k) is None and view.folded[k] in {"la", "l", "le", "les"}:
        k += 1
    party = ctx.at.get(k)
    if party is not None:
        return (
            (end_of(party), party.end)
            if party.kind == "party" and party.start == k
            else (
                None,
                k,
            )
        )
    if k >= sent.end or view.folded[k] not in resolution_list("list_nouns"):
        return None, k
    k += 1
    while k < sent.end and ctx.at.get(k) is None and view.pos[k] == "ADJ":
        entry = ctx.party_by_adjective(view.texts[k])
        if entry is not None:  # "la liste socialiste"
            after = k + 1
            joint = after < sent.end and view.folded[after] in JOINT_WORDS
            return (None, k) if joint else (End(entry.name, "party", 1.0), after)
        if view.folded[k] in JOINT_WORDS:
            return None, k
        k += 1
    if k < sent.end and view.folded[k] in {"de", "du", "des", "d"}:
        k += 1
        while k < sent.end and ctx.at.get(k) is None and view.folded[k] in {"la", "l"}:
            k += 1
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.start != k:
        return None, k
    after = party.end
    if after < sent.end and (view.folded[after] in JOINT_WORDS or view.texts[after] in JOINT_WORDS):
        return None, k  # "la liste PS-PCF", "la liste du PS et du PCF"
    return end_of(party), after


def _own_list(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, dont la liste UDF a obtenu 11 %", "X, dont sa liste socialiste …" (see the module's
    docstring)."""
    view = ctx.view
    k = m.end
    if k + 3 >= sent.end or view.texts[k] != "," or view.folded[k + 1] not in OWN_LIST_OPENERS:
        return []
    if view.folded[k + 2] not in {"la", "sa"}:
        return []
    if view.folded[k + 3] not in resolution_list("list_nouns"):
        return []
    party, end = _label_after_list(ctx, k + 4, sent)
    if party is None:
        return []
    cue = ctx.doc[k + 1 : end].text
    return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8, OWN_LIST_RULE)]


def _label_after_list(ctx: Context, t: int, sent) -> tuple[End | None, int]:
    """The one party labelling a list from token ``t``, right after the list noun ("UDF",
    "socialiste", "de La France insoumise"), with the token after it. The words are read
    whatever description the resolver made of the list ("la liste socialiste" may stand for
    its head), and a joint list ("PS-PCF", "d'union") has none."""
    view = ctx.view

    def party_at(k: int) -> Mention | None:
        named = ctx.at.get(k)
        return named if named is not None and named.kind == "party" and named.start == k else None

    if t < sent.end and view.folded[t] in {"de", "du", "des", "d"}:
        t += 1
        while t < sent.end and view.folded[t] in {"la", "l"} and party_at(t) is None:
            t += 1
    party = party_at(t) if t < sent.end else None
    if party is not None:
        label, end = end_of(party), party.end
    elif t < sent.end and view.texts[t].islower() and ctx.party_by_adjective(view.texts[t]):
        label, end = End(ctx.party_by_adjective(view.texts[t]).name, "party", 1.0), t + 1
    else:
        return None, t
    if end < sent.end and (view.folded[end] in JOINT_WORDS or view.texts[end] in JOINT_WORDS):
        return None, t  # "la liste PS-PCF"
    return label, end


MOVE_RULE = "membership move"
MOVE_PARTICIPLES = grammar_words("affiliation", "move_participles")
MOVE_AUXILIARIES = grammar_words("affiliation", "move_auxiliaries")
MOVE_NOUNS = grammar_words("affiliation", "move_nouns")
MOVE_DETERMINERS = grammar_words("affiliation", "move_determiners")
MOVE_PREPOSITIONS = grammar_words("affiliation", "move_prepositions")
MOVE_PARTY_NOUNS = grammar_words("affiliation", "move_party_nouns")


def _moved(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, passé au RN l'an dernier", "X est partie chez Horizons", "le départ de X vers le
    parti Reconquête", "l'arrivée de X au MoDem": a move of the name to a party is a membership
    of it (the ``move_*`` words of ``[affiliation]``).

    The participle follows the name with at most a comma, a relative or an auxiliary of être
    between (so "a passé six ans au PS", "n'est jamais passé au RN", "serait passé au RN" give
    nothing); the noun stands right after its determiner ("l'éventuel départ de X" is a
    guess) with the name as its complement. Either way the party comes right after the
    preposition (a route "du PS au RN" gives the destination), never a former label, and
    never in a sentence with a conditional verb ("le départ de X vers le RN serait imminent").
    """
    view = ctx.view
    j = m.end
    if j < sent.end and view.folded[j] in {"du", "de", "d"}:
        return []  # "le départ de X du PS" leaves a party
    mover_noun = (
        m.start - 3 >= sent.start
        and view.folded[m.start - 1] in {"de", "d"}
        and view.folded[m.start - 2] in MOVE_NOUNS
        and view.folded[m.start - 3] in MOVE_DETERMINERS
    )
    if not mover_noun:
        if completes_a_noun(ctx, m, sent):
            return []  # "L'ancien ministre de X, passé au RN": the minister moved, not X
        while (
            j < sent.end
            and j < m.end + 3
            and (view.folded[j] in MOVE_AUXILIARIES or view.texts[j] == ",")
        ):
            j += 1
        if j >= sent.end or view.folded[j] not in MOVE_PARTICIPLES or view.pos[j] == "NOUN":
            return []
        j += 1
        j = _route_origin(ctx, j, sent)
    if j >= sent.end or view.folded[j] not in MOVE_PREPOSITIONS:
        return []
    k = j + 1
    while (
        k < sent.end and k < j + 4 and ctx.at.get(k) is None and view.folded[k] in MOVE_PARTY_NOUNS
    ):
        k += 1
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.start != k or _former_label(ctx, party):
        return []
    if _conditional(ctx, sent):
        return []
    if mover_noun and unrealised(ctx.lexicon, ctx.doc[m.start - 2]):
        return []  # "l'arrivée de X au MoDem a été démentie", "… n'a jamais eu lieu"
    start = m.start - 3 if mover_noun else m.end
    cue = ctx.doc[start : party.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8, MOVE_RULE)]


def _route_origin(ctx: Context, j: int, sent) -> int:
    """Past the party a route starts from ("passé du PS au RN"): the token after it, or ``j``."""
    view = ctx.view
    if j >= sent.end or view.folded[j] not in {"du", "de", "d"}:
        return j
    k = j + 1
    if k < sent.end and ctx.at.get(k) is None and view.folded[k] in {"la", "l"}:
        k += 1
    origin = ctx.at.get(k)
    if origin is None or origin.kind != "party" or origin.start != k:
        return j
    return origin.end


def _conditional(ctx: Context, sent) -> bool:
    """Whether a verb of the sentence is in the conditional (a rumour or a wish)."""
    return any(
        "Cnd" in feature(ctx.doc[k], "Mood")
        for k in range(sent.start, sent.end)
        if ctx.view.pos[k] in {"VERB", "AUX"}
    )


VOICE_RULE = "membership party voice"
VOICE_PHRASE = ("par", "la", "voix")
VOICE_POSSESSIVES = grammar_words("affiliation", "voice_possessives")


def _party_voice(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "LFI, par la voix de X, a décliné", "le RPR s'est félicité par la voix de son secrétaire
    départemental, X": the one through whose voice a party speaks is its member.

    The name follows "par la voix de" directly, or after a possessive and a membership title
    set off by a comma ("de son président, X"; never "de son allié, X"). The party is the one
    set off by a comma right before "par", or the subject of the verb "voix" hangs on."""
    view = ctx.view
    k = m.start - 1
    if k > sent.start and view.texts[k] == ",":
        title = k - 1
        while title > sent.start and title > k - 5 and view.folded[title] not in VOICE_POSSESSIVES:
            title -= 1
        roles = _find_member_role(ctx, title + 1, k)
        if not roles or view.folded[title] not in VOICE_POSSESSIVES:
            return []
        k = title - 1
    if k < sent.start + 3 or view.folded[k] not in {"de", "d"}:
        return []
    voice = k - 1
    if tuple(view.folded[voice - 2 : voice + 1]) != VOICE_PHRASE:
        return []
    party = _voice_owner(ctx, voice, sent)
    if party is None:
        return []
    cue = ctx.doc[voice - 2 : m.start].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8, VOICE_RULE)]


def _find_member_role(ctx: Context, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are a membership title ("président", "secrétaire
    départemental") and nothing else."""
    words = [w for j in range(start, end) for w in fold_token(ctx.view.texts[j])]
    return tuple(words) in ctx.lexicon.phrases["member_roles"]


def _voice_owner(ctx: Context, voice: int, sent) -> Mention | None:
    """The party that speaks by "par la voix" at token ``voice``: set off by a comma right
    before "par" ("L'UMP, par la voix de …"), or the subject of the verb the phrase hangs on."""
    view = ctx.view
    before = voice - 3
    if before > sent.start and view.texts[before] == ",":
        last = before - 1
        if last > sent.start and unit_adjective(ctx, last):
            last -= 1  # "le soutien de l'UDF locale, par la voix de son président, X"
        party = ctx.at.get(last)
        if party is not None and party.kind == "party" and party.end == last + 1:
            return party
    verb = view.heads[voice]
    if verb == voice or view.pos[verb] not in {"VERB", "AUX"}:
        return None
    if any(view.deps[k] == "aux:pass" and view.heads[k] == verb for k in range(sent.start, verb)):
        return None  # "le PS a été critiqué par la voix de X": X speaks against it
    k = sent.start + (view.folded[sent.start] in {"le", "la", "l", "les"})
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.start != k:
        return None
    j = party.end
    if j < voice and view.texts[j] == ",":  # "Le RPR, partenaire de l'UDF, s'est félicité …"
        j += 1
        while j < voice and view.texts[j] != ",":
            j += 1
        j += 1
    for t in range(j, voice - 2):  # the party's own clause up to "par la voix"
        if (
            ctx.at.get(t) is not None
            or view.folded[t] in CLAUSE_BREAKS
            or view.texts[t] in {",", ";", ":"}
        ):
            return None
    return party


# Words that open another clause between a party and "par la voix": its speaker may be that
# clause's ("Le PS a critiqué LR, qui a répondu par la voix de X").
CLAUSE_BREAKS = frozenset({"qui", "que", "qu", "dont", "et", "mais", "ou", "lequel", "laquelle"})


def unit_adjective(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a lower-case adjective of a party's local unit ("le MoDem
    local", "l'UDF départementale"), never a party's own adjective nor part of a name."""
    text = ctx.view.texts[k]
    return (
        ctx.view.pos[k] == "ADJ"
        and text.islower()
        and ctx.party_by_adjective(text) is None
        and ctx.at.get(k) is None
    )


PLACE_RULE = "membership list place"
LIST_RANKS = grammar_words("affiliation", "list_ranks")
LIST_HEADS = tuple(tuple(head.split()) for head in grammar_words("affiliation", "list_heads"))
LIST_LINKS = grammar_words("affiliation", "list_links")
# « 3e », « 7ème »: a rank written in figures.
NUMBERED_RANK = re.compile(r"^\d{1,2}(e|eme)$")


def _list_place(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Deuxième sur la liste du PS, X …", "X, troisième de la liste LR, …" (see the module's
    docstring): the place phrase right after the name's comma, or the sentence's opening when
    the name (with at most a title) comes first after the opening's comma."""
    view = ctx.view
    if view.texts[sent.end - 1] == "?":
        return []
    place = None
    after = m.end < sent.end and (view.texts[m.end] == "," or view.folded[m.end] in HOLDING)
    if after and m.end + 1 < sent.end and not completes_a_noun(ctx, m, sent):
        place = _place_party(ctx, m.end + 1, sent)  # "X, deuxième …", "X est deuxième …"
        start = m.end + 1
    if place is None:
        start = _past_timestamp(ctx, sent)
        k = m.start - 1
        while k > start and k > m.start - 4 and _title_token(ctx, k):
            k -= 1
        if k <= start or view.texts[k] != ",":
            return []
        place = _place_party(ctx, start, sent, stop=k)
    if place is None:
        return []
    party, leader, end = place
    if any(leaving(ctx, t) for t in range(m.end, sent.end)):
        return []  # "X, troisième de la liste du PCF, a quitté le parti"
    cue = ctx.doc[start:end].text
    found = []
    if leader is not None and leader.name != m.name:
        # "Septième sur la liste conduite par Y, X": standing on Y's list backs Y
        found.append(
            Found(end_of(m), REL.SUPPORTS, end_of(leader), cue, s, m.confidence * 0.8, PLACE_RULE)
        )
    if party is not None and not (
        _known_elsewhere(ctx, m, party.name)
        or any(
            ctx.party_by_adjective(view.texts[k]) is not None
            for k in range(max(sent.start, m.start - 3), m.start)
            if view.texts[k].islower()
        )
    ):  # "En tête de la liste LR, le centriste X": the name has a label of its own
        found.append(Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8, PLACE_RULE))
    return found


def _place_party(
    ctx: Context, k: int, sent, stop: int | None = None
) -> tuple[End | None, Mention | None, int] | None:
    """The one party whose list a place phrase at token ``k`` names (« deuxième sur la liste du
    PS », « en tête de la liste LREM »; never a joint list) and the person said to lead that
    list (« sur la liste d'EELV conduite par Y », « sur la liste menée par Y »), one of them at
    least, with the token after the phrase. With ``stop`` (the comma closing a fronted
    phrase) the phrase must run to it; else it runs to the next mark. Whatever follows (« à
    Vernac », « aux régionales ») holds no figure, no former word and no finite verb."""
    view = ctx.view
    folded = view.folded
    if folded[k] in LIST_RANKS or NUMBERED_RANK.match(folded[k]):
        k += 1
    else:
        head = next((h for h in LIST_HEADS if tuple(folded[k : k + len(h)]) == h), None)
        if head is None:
            return None
        k += len(head)
    if k >= sent.end or folded[k] not in LIST_LINKS:
        return None
    k += 1
    while k < sent.end and folded[k] in {"la", "l"}:
        k += 1
    if k >= sent.end or folded[k] not in resolution_list("list_nouns"):
        return None  # "deuxième du PS" names no list
    party, end = _label_after_list(ctx, k + 1, sent)  # whatever the resolver made of the list
    end = end if party is not None else k + 1
    leader = _list_leader(ctx, end, sent)
    if party is None and leader is None:
        return None
    end = leader.end if leader is not None else end
    stop = stop if stop is not None else _next_mark(ctx, end, sent)
    for t in range(end, stop):
        if (
            view.texts[t][:1].isdigit()
            or folded[t] in ctx.lexicon.lists["former"]
            or "Fin" in feature(ctx.doc[t], "VerbForm")
        ):
            return None
    return party, leader, end


def _list_leader(ctx: Context, k: int, sent) -> Mention | None:
    """The person a list's leading participle names at token ``k`` (« conduite par Y »,
    « menée par la maire sortante Y »: a title may come between)."""
    view = ctx.view
    if k + 2 >= sent.end or view.folded[k] not in resolution_list("list_leading"):
        return None
    if view.folded[k + 1] != "par":
        return None
    t = k + 2
    while t < sent.end and t < k + 6 and ctx.at.get(t) is None and _title_token(ctx, t):
        t += 1
    leader = ctx.at.get(t)
    if leader is None or leader.kind != "person" or leader.start != t:
        return None
    return leader


def _next_mark(ctx: Context, k: int, sent) -> int:
    """The first clause mark from token ``k`` on (or the sentence's end)."""
    while k < sent.end and ctx.view.texts[k] not in CLOSING_MARKS:
        k += 1
    return k


LEAD_RULE = "membership list lead"
LEAD_WORDS = ("en", "tete", "de")


def _in_the_lead(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "la présence de X en tête de liste UMP", "avec X, en tête de la liste du PS, …": the
    name right before "en tête de" and the list of one party heads that list (never a joint
    list, never a question; "en tête de liste UMP, Y a placé X en deuxième position" gives X
    nothing, whose own place follows him)."""
    view = ctx.view
    if view.texts[sent.end - 1] == "?":
        return []
    j = m.end + (m.end < sent.end and view.texts[m.end] == ",")
    if tuple(view.folded[j : j + 3]) != LEAD_WORDS:
        return []
    k = j + 3
    if k >= sent.end or ctx.at.get(k) is not None:
        return []
    party, end = _list_party(ctx, k, sent)
    if party is None or view.folded[k] not in {"liste", "la", "l"}:
        return []  # "en tête du PS" is no list; "en tête des sondages" names none
    cue = ctx.doc[j:end].text
    return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8, LEAD_RULE)]


RACE_RULE = "membership party race"
RACE_WORDS = grammar_words("affiliation", "race_words")
RACE_BETWEEN = grammar_words("affiliation", "race_between")
RACE_OFFICE = grammar_words("affiliation", "race_office")


def _party_race(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X brigue la présidence de LR", "X a remporté dimanche la course à la présidence des
    Républicains", "X, candidat à la présidence de l'UMP": running for or winning a party's
    own presidency is a membership of it.

    The race word (``race_words``) follows the name with at most a relative, an auxiliary, an
    adverb or a day between (``race_between``; never a negation, a wish or a conditional);
    then, with no verb, name or mark between, the presidency and the party it governs."""
    view = ctx.view
    if completes_a_noun(ctx, m, sent):
        return []  # "le ministre de X, candidat à la présidence de LR": the minister runs
    j = m.end
    while j < sent.end and j < m.end + 6:
        if view.texts[j] in {",", "-"} or view.folded[j] in RACE_BETWEEN:
            j += 1
        else:
            break
    if j >= sent.end or view.folded[j] not in RACE_WORDS:
        return []
    if any(
        "Cnd" in feature(ctx.doc[k], "Mood") for k in range(m.end, j + 1) if view.pos[k] != "NOUN"
    ):
        return []
    k = j + 1
    while k < sent.end and k < j + 6 and view.folded[k] not in RACE_OFFICE:
        if ctx.at.get(k) is not None or view.puncts[k] or view.pos[k] in {"VERB", "AUX"}:
            return []
        k += 1
    if k + 2 >= sent.end or view.folded[k] not in RACE_OFFICE:
        return []
    k += 1
    if view.folded[k] not in {"de", "du", "des", "d"}:
        return []
    k += 1
    if view.folded[k] in {"la", "l"} and ctx.at.get(k) is None:
        k += 1
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.start != k or _former_label(ctx, party):
        return []
    cue = ctx.doc[j : party.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8, RACE_RULE)]


def completes_a_noun(ctx: Context, m: Mention, sent) -> bool:
    """Whether the name ``m`` is the complement of a noun before it ("l'ancien ministre de X",
    "le bras droit du maire X"): what follows the name may then describe that noun's holder."""
    k = m.start - 1
    return k > sent.start and ctx.view.folded[k] in {"de", "d", "du", "des"}
