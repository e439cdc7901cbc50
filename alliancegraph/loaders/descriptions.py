"""Descriptions attached to a name: appositions, pre-nominal roles, predicates, role
descriptions. They give SUPPORTS ("X, proche de Y"), SPOKESPERSON_OF ("porte-parole de Y") and
MEMBER_OF ("la députée socialiste X", "X (PCF)", "le candidat de La France insoumise"), and
never a membership from the gazetteer alone: only what the text says.
"""

from __future__ import annotations

from functools import cache

from alliancegraph.loaders.affiliation import (
    affiliation_claims,
    completes_a_noun,
    party_side,
    unit_adjective,
)
from alliancegraph.loaders.anaphora import object_antecedent, opening_word, plural_verb_after
from alliancegraph.loaders.claims import (
    CLAUSE_STOPS,
    DETERMINERS,
    End,
    Found,
    contracted_start,
    end_of,
    words_from,
)
from alliancegraph.loaders.co_mention import leaving
from alliancegraph.loaders.context import (
    Context,
    foreign,
    resolution_list,
    resolution_sequence,
)
from alliancegraph.loaders.cues import by_first_word
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold, feature, fold_token
from alliancegraph.loaders.negation import DE_FORMS, DURING, PAST_BOUNDS, UNTIL, earlier_year
from alliancegraph.loaders.references import sole_candidate
from alliancegraph.loaders.roles import opens_clause
from alliancegraph.ontology.gazetteer import PartyEntry
from alliancegraph.ontology.grammar import grammar_table, grammar_words
from alliancegraph.ontology.vocabulary import REL

COPULAS = grammar_words("descriptions", "copulas")
EMPHATIC_FILLERS = grammar_words("descriptions", "emphatic_fillers")
NEGATION_WORDS = grammar_words("descriptions", "negation_words")
# Nouns of allegiance whose negation is a rejection: "nous ne serons pas les supplétifs de X".
ALLEGIANCE = grammar_words("descriptions", "allegiance")
# Forms whose lemma the tagger gets wrong ("reste" -> "reste").
COPULA_FORMS = grammar_words("descriptions", "copula_forms")
COPULA_FILLERS = grammar_words("descriptions", "copula_fillers")


# --- descriptions -----------------------------------------------------------------------------


def view_nominal(ctx: Context, j: int) -> bool:
    """Whether token ``j`` starts a role noun or a noun cue (even if tagged otherwise)."""
    words = fold_token(ctx.view.texts[j])
    return bool(words) and words[0] in ctx.lexicon.lists["nominal"]


def _clause_break(ctx: Context, j: int) -> bool:
    """A verb or relative word ends a description, unless it is a role noun mis-tagged as a
    verb ("porte-parole" is sometimes tagged VERB)."""
    view = ctx.view
    if view_nominal(ctx, j):
        return False
    named = ctx.at.get(j)
    if named is not None and named.kind == "party":
        return False  # "président de Soyons libres": a party's name is no verb
    if view.deps[j] in {"acl", "amod"} and (
        view.folded[j] in ctx.lexicon.lists["role_modifiers"]
        or view.folded[j] in resolution_list("role_modifiers")
    ):
        return False  # "candidat investi par LR"
    return view.pos[j] in {"VERB", "AUX"} or view.folded[j] in CLAUSE_STOPS


# Verbs of reliance tagged as nouns after a bare name (``_segment_after``).
RELIED_VERBS = grammar_words("descriptions", "relied_verbs")


def _segment_after(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    view = ctx.view
    j = _after_score(ctx, m.end, sent)
    if j >= sent.end:
        return None
    if view.texts[j] == ",":
        j += 1
        if j + 2 < sent.end and view.pos[j] == "NUM" and view.folded[j + 1] == "ans":
            j += 2 + (view.texts[j + 2] == ",")  # "X, 58 ans, député RPR de l'Aveyron"
        adverbs = EMPHATIC_FILLERS | resolution_list("apposition_adverbs")
        while j + 1 < sent.end and view.folded[j] in adverbs:
            j += 1  # "X, lui aussi socialiste, …", "X, bientôt premier secrétaire du PS"
        # "X, porte-parole de Y" describes X; "X, selon un proche de Y" does not.
        if j >= sent.end or not (view.pos[j] in {"DET", "NOUN", "ADJ"} or view_nominal(ctx, j)):
            return None
    elif view.folded[j] in resolution_list("apposition_adverbs") and view_nominal(ctx, j + 1):
        j += 1  # a headline: "X bientôt premier secrétaire du PS"
    elif view.folded[j] in RELIED_VERBS and "sur" in view.folded[j + 1 : min(j + 3, sent.end)]:
        return None  # "X compte (désormais) sur le soutien de Y": a verb, and Y's support
    elif view.pos[j] not in {"NOUN", "ADJ"} or view.texts[j][:1].isupper():
        return None
    start = j
    while j < sent.end and j < start + 16:
        if _second_apposition(ctx, j, sent):
            j += 2  # "X, très populaire ici, et candidat sous l'étiquette PS": one description
            continue
        if (view.puncts[j] and view.texts[j] not in {"-", "'", "(", ")"}) or _clause_break(ctx, j):
            break
        j += 1
    definite = ctx.view.folded[start] in DETERMINERS
    if definite and start > m.end and j < sent.end and opens_clause(ctx, m.start, j):
        return None  # "Après un entretien avec X, le président du parti a renoncé"
    return (start, j) if j > start else None


def _of_another_person(ctx: Context, m: Mention) -> bool:
    """The name completes a noun for a person defined by it ("le mari de X", "la collaboratrice
    d'X"): what follows the name between commas is about that person."""
    view, k = ctx.view, m.start - 1
    return (
        k > 0
        and view.folded[k] in {"de", "d"}
        and view.pos[k - 1] == "NOUN"
        and view.folded[k - 1] in ctx.lexicon.lists["kin_and_staff"]
    )


# How far after a bounding word its year may stand: "jusqu'en 2017" right after, "pendant la
# campagne de 2017" a few words on.
YEAR_REACH = {word: 4 for word in UNTIL} | {word: 7 for word in DURING}


# Words that put a bound in the future: "jusqu'en juin prochain".
FUTURE_MARKERS = grammar_words("descriptions", "future_markers")


def _ended_by_then(ctx: Context, start: int, end: int) -> bool:
    """A description bounded by a year before the article's ("X, députée PS jusqu'en 2017,"
    in a 2019 article) or set inside an episode of such a year ("X, porte-parole de Y pendant
    la campagne de 2017,", "lors de la primaire de 2011"), or bounded by a month or a season
    with no year and nothing of the future ("était encartée à l'UMP jusqu'en juin", never
    "jusqu'en juin prochain"): a tie of the past."""
    view, year = ctx.view, ctx.article.date[:4]
    for j in range(start, min(end + 2, len(view.texts))):
        reach = YEAR_REACH.get(view.folded[j])
        if reach is None or (j >= end and view.folded[j] not in UNTIL):
            continue  # a bound may close the description ("encartée à l'UMP| jusqu'en juin")
        limit = min(end + 3, j + reach, len(view.texts))
        if earlier_year(view.texts[j + 1 : limit], year):
            return True
        bound = {view.folded[k] for k in range(j + 1, limit)}
        if view.folded[j] in UNTIL and bound & PAST_BOUNDS:
            later = range(max(0, start - 2), min(end + 3, len(view.texts)))
            return not any(
                view.texts[k].isdigit()
                or view.folded[k] in FUTURE_MARKERS
                or "Fut" in feature(ctx.doc[k], "Tense")
                for k in later
            )
    return False


# Auxiliaries of a compound past before "été" ("X a été élu président du parti").
PERFECT_AUXILIARIES = grammar_words("descriptions", "perfect_auxiliaries")


def _second_apposition(ctx: Context, j: int, sent) -> bool:
    """Whether the comma at ``j`` is followed by "et" and a role noun: the apposition goes on
    with a second description of the same person, not with another name."""
    view = ctx.view
    return (
        view.texts[j] == ","
        and j + 2 < sent.end
        and view.folded[j + 1] == "et"
        and ctx.at.get(j + 2) is None
        and view_nominal(ctx, j + 2)
    )


def _after_score(ctx: Context, j: int, sent) -> int:
    """The token after a parenthesis that holds no actor right at ``j`` ("X (29,05 %), le
    candidat de la Nupes"): the apposition after it is still X's; ``j`` itself otherwise."""
    view = ctx.view
    if j >= sent.end or view.texts[j] != "(":
        return j
    for k in range(j + 1, min(sent.end, j + 8)):
        if ctx.at.get(k) is not None:
            return j
        if view.texts[k] == ")":
            return k + 1 if k + 1 < sent.end and view.texts[k + 1] == "," else j
    return j


def _quotes_a_party(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is a quotation mark opening or closing a party's name."""
    text = ctx.view.texts[j]
    opened = ctx.at.get(j + 1) if text in QUOTES else None
    closed = ctx.at.get(j - 1) if text in CLOSING_QUOTES else None
    return any(m is not None and m.kind == "party" for m in (opened, closed))


def _segment_predicate(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    """ "X est (désormais) un proche de Y", "celui qui est devenu le candidat du PS"."""
    view = ctx.view
    j = first = _after_incise(ctx, m.end, sent)
    seen_copula = appointed = compound = False
    while j < sent.end and j < first + 6:
        word = view.folded[j]
        copula = view.lemmas[j] in COPULAS or word in COPULA_FORMS
        if copula and view.pos[j] in {"AUX", "VERB"}:
            seen_copula = True
            compound = compound or word == "ete"
        elif seen_copula and word in resolution_list("appointed"):
            appointed = True  # "X a été élu président du parti P", "X est nommée porte-parole"
        elif not seen_copula and word in PERFECT_AUXILIARIES:
            pass  # the "a" of "X a été élu …"
        elif word not in COPULA_FILLERS and word not in NEGATION_WORDS:
            break
        j += 1
    if not seen_copula or (compound and not appointed):
        return None  # "X a été le candidat du PS": a past role
    start = j
    while j < sent.end and j < start + 14:
        if _quotes_a_party(ctx, j):  # 'secrétaire générale de "République solidaire"'
            j += 1
            continue
        if (view.puncts[j] and view.texts[j] not in {"-", "'"}) or _clause_break(ctx, j):
            break
        j += 1
    return (start, j) if j > start else None


def _after_incise(ctx: Context, j: int, sent) -> int:
    """The token after the incises between a name and its verb ("X, 49 ans, sera …", "X,
    maire de Tulle, a été élu …", "X, 26 ans, conseiller municipal, a été nommé …"): at most
    two comma-enclosed phrases of at most eight tokens each, without a verb, a relative word
    or another actor; ``j`` itself when there is none."""
    view = ctx.view
    after = comma = j
    for _ in range(2):
        if comma >= sent.end or view.texts[comma] != ",":
            break
        close = next(
            (k for k in range(comma + 1, min(sent.end, comma + 10)) if view.texts[k] == ","),
            None,
        )
        if close is None or close == comma + 1:
            break
        if any(
            view.puncts[k]
            or view.pos[k] in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}
            or ctx.at.get(k) is not None
            or view.folded[k] in CLAUSE_STOPS
            for k in range(comma + 1, close)
        ):
            break
        after = comma = close
        after += 1
    return after


def _bracketed_party(ctx: Context, j: int) -> int | None:
    """The token before "(" when token ``j`` closes a parenthesised party: "le président du
    Parti chrétien-démocrate (PCD) X", "le député (LR) du Var X" read across it."""
    if ctx.view.texts[j] != ")" or j < 2 or ctx.view.texts[j - 2] != "(":
        return None
    party = ctx.at.get(j - 1)
    return j - 3 if party is not None and party.kind == "party" else None


def _bracketed_place(ctx: Context, j: int) -> int | None:
    """The token before "(" when token ``j`` closes a place in parentheses, as news follows a
    commune with its department: "le maire PS de Saint-Firmin (Corrèze), X", "Maire LR de V
    (Gard) depuis 2014, X" read across it. The bracket holds one to three capitalised words
    (hyphens and particles allowed), no actor and no verb."""
    view = ctx.view
    if view.texts[j] != ")":
        return None
    k = j - 1
    while k > j - 6 and view.texts[k] != "(":
        text = view.texts[k]
        if ctx.at.get(k) is not None or view.pos[k] in {"VERB", "AUX", "NUM"}:
            return None
        if not (text[:1].isupper() or text in {"-", "'"} or view.folded[k] in PLACE_PARTICLES):
            return None
        k -= 1
    if view.texts[k] != "(" or k == j - 1 or not view.texts[k + 1][:1].isupper():
        return None
    return k - 1


def _bracketed_skip(ctx: Context, j: int) -> int | None:
    """The token before a bracket closing at ``j`` that a description reads across: a party's
    abbreviation (``_bracketed_party``) or a place (``_bracketed_place``)."""
    skip = _bracketed_party(ctx, j)
    return skip if skip is not None else _bracketed_place(ctx, j)


def _opening_before_incise(ctx: Context, j: int, end: int, sent) -> tuple[int, int] | None:
    """ "Tête de liste de P, arrivée troisième avec 13 %, X négocie …", "Maire LR de V, réélu
    en 2020, X …": a verbless description opening the sentence, then a participle's incise
    opening right after its comma (the verb at ``j``), then the name: both describe the name,
    and the description is read alone. Never when the incise or the opening holds an actor or
    a finite verb, nor an opening that starts with a preposition of an agent or a rival (« Face
    au maire PS, réélu …, X »: the rival's role)."""
    view = ctx.view
    comma = j - 1
    if comma <= sent.start or view.texts[comma] != ",":
        return None
    if not view.texts[j].lower().endswith(INCISE_PARTICIPLE_ENDINGS):
        return None
    participle = "Part" in feature(ctx.doc[j], "VerbForm")
    # the tagger calls "arrivée troisième" a noun: a bare one with no complement of its own
    bare_noun = view.pos[j] == "NOUN" and j + 1 < end and view.folded[j + 1] not in DE_FORMS
    if not (participle or bare_noun):
        return None
    start = sent.start
    for k in range(start, end):
        named = ctx.at.get(k)
        if named is not None and named.kind == "person":
            return None
        if k >= comma:
            continue
        if view.pos[k] in {"VERB", "AUX"} or (view.puncts[k] and view.texts[k] not in {"-", "'"}):
            return None
    if view.folded[start] in AGENT_MARKERS or view.pos[start] not in {"NOUN", "ADJ", "PROPN"}:
        return None
    return start, comma


def _segment_before(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    """ "le candidat écologiste Yannick Jadot", "La maire de Lille, Martine Aubry, …"."""
    view = ctx.view
    j = m.start - 1
    if j >= sent.start and view.texts[j] == "," and plural_verb_after(ctx, m.end):
        return None  # "Le président de la région, X, ont quitté la salle": two persons
    if j >= sent.start and view.texts[j] == ",":
        j -= 1
        end = j + 1
        place = _bracketed_place(ctx, j) if j >= sent.start + 2 else None
        j = place if place is not None else j  # "Le maire PS de V (Gard), X"
        while j >= sent.start and not (view.puncts[j] and view.texts[j] not in {"-", "'", "%"}):
            if view.pos[j] in {"VERB", "AUX"} and not _participle_after_role(ctx, j):
                # "Battu par le candidat PS, X se retire": a fronted participle's agent, or
                # any role its clause sets after a preposition ("Interrogé sur une alliance
                # avec la candidate insoumise, X …": the candidate is someone else)
                opener = sent.start
                fronted = view.pos[opener] == "VERB" and "Part" in feature(
                    ctx.doc[opener], "VerbForm"
                )
                opening = _opening_before_incise(ctx, j, end, sent)
                if opening is not None:  # "Tête de liste de P, arrivée troisième, X …"
                    return opening
                return _role_phrase_before(ctx, j + 1, end, fronted)
            other = ctx.at.get(j)
            if _coordinated_name(ctx, other):
                # "Le maire LR X et la déléguée de Y, Z, …": what precedes X is X's own
                return _role_phrase_before(ctx, other.end, end)
            j -= 1
            skip = _bracketed_skip(ctx, j) if j >= sent.start + 2 else None
            j = skip if skip is not None else j
        start = j + 1
        if j > sent.start and start < end and view.pos[start] in {"VERB", "NOUN"}:
            opening = _opening_before_incise(ctx, start, end, sent)
            if opening is not None:  # "Conseillère régionale PS, élue en 2015, X …"
                return opening
        at_start = (
            start == sent.start
            or view.texts[start - 1] in {"«", '"', "—", "-"}
            or _after_opener(ctx, sent.start, start - 1)
        )
        # "Proche de X, Y …" describes Y; "Selon un proche de X, Y …" does not.
        described = start < end and view.pos[start] in {"DET", "NOUN", "ADJ", "PROPN"}
        if (described or at_start) and _agent_opening(ctx, start):
            # "Face au député UMP de V, X part favori", "Contre le député RN sortant, X",
            # "Derrière la maire socialiste, X": the rival's or the leader's role, not X's
            # (inside a clause, "…, avec le maire PS de V, X, …" apposes X to the role)
            return None
        if at_start and described and view.folded[start] in HOLDER_EVENTS:
            # "Réplique du secrétaire fédéral communiste, X :": the act's author is X
            return _role_phrase_before(ctx, start, end)
        if at_start and described:
            return start, end
        return _role_phrase_before(ctx, start, end)
    if j >= sent.start and view.folded[j] in {"de", "d"}:
        return None  # "des proches du parti de X", "la porte-parole d'X": X completes a noun
    end = m.start
    while j >= sent.start:
        other = ctx.at.get(j)
        skip = _bracketed_skip(ctx, j) if j >= sent.start + 2 else None
        if skip is not None:
            j = skip
            continue
        if _glued_hyphen(ctx, j):
            j -= 1  # "le président LR de la région Centre-Val de Loire X"
            continue
        outgoing = view.folded[j] in OUTGOING and j > sent.start  # "le député PS sortant X"
        if view.puncts[j] or (
            view.pos[j] in {"VERB", "AUX", "PRON", "CCONJ", "SCONJ"} and not outgoing
        ):
            break
        if other is not None and other.kind == "person":
            break
        if view.folded[j] in resolution_list("rival_markers"):
            break  # "élu président du parti LR face à X": the role is the winner's, not X's
        # a party's name is skipped whole ("du Parti chrétien-démocrate": its hyphen is no stop)
        j = other.start - 1 if other is not None else j - 1
    start = _last_role_phrase(ctx, j + 1, end)
    start = _past_an_act(ctx, start, end)
    start = _contracted_label(ctx, start, end)
    while start < end and view.folded[start] not in DETERMINERS and view.pos[start] == "ADP":
        start += 1
    return (start, end) if end > start else None


def _past_an_act(ctx: Context, start: int, end: int) -> int:
    """Where the name's own words begin after an act directed at it ("le soutien de LR au
    maire X", "l'offre du PS à X"): an act noun (``role_carriers``) and its author before "à"
    are not the name's description; only what follows "à" can be."""
    view = ctx.view
    targets = [
        k
        for k in range(start, end)
        if view.folded[k] in {"a", "au", "aux"}
        and not (k + 1 < end and view.folded[k + 1] in ELECTION_COMPLEMENTS)  # « aux régionales »
    ]
    carriers = resolution_list("role_carriers")
    if targets and any(view.folded[k] in carriers for k in range(start, targets[-1])):
        return targets[-1] + 1
    return start


# Contractions of a preposition and the article before a party's label noun: « du socialiste X ».
LABEL_CONTRACTIONS = grammar_words("descriptions", "label_contractions")


def _contracted_label(ctx: Context, start: int, end: int) -> int:
    """Where the name's own words begin when a party's label noun with its contracted article
    ends them (« le soutien du communiste X », « la liste du socialiste X »): the label alone
    is the name's description, the noun before it another thing's (an act, a list). A label
    written with « le » or « l' » (« la liste de l'écologiste X ») was read already."""
    view = ctx.view
    k = end - 1
    if (
        k - 1 > start
        and view.folded[k - 1] in LABEL_CONTRACTIONS
        and view.texts[k].islower()
        and ctx.at.get(k) is None
        and ctx.party_by_adjective(view.texts[k]) is not None
    ):
        return k
    return start


def _agent_opening(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a preposition of an agent, a rival or a companion opening a noun
    phrase ("face au maire", "contre le député", "derrière la maire", "avec la sénatrice",
    "par le candidat"): a role after it is that other person's. "par ailleurs" opens none."""
    view = ctx.view
    return (
        view.folded[k] in AGENT_MARKERS - {"a"}
        and k + 1 < len(view.folded)
        and view.folded[k + 1] in ROLE_OPENERS | AGENT_COMPLEMENT_OPENERS
    )


def _participle_after_role(ctx: Context, j: int) -> bool:
    """Whether the verb at token ``j`` is a participle qualifying a role written before it
    ("Le candidat LR éliminé dimanche, X", "la tête de liste PS battue au premier tour, X"):
    it is part of the description, not the verb of another clause."""
    if j < 1 or "Part" not in feature(ctx.doc[j], "VerbForm"):
        return False
    before = ctx.at.get(j - 1)
    if before is not None:
        return before.kind == "party"  # "Le candidat LR éliminé"
    return ctx.view.pos[j - 1] in {"NOUN", "ADJ"}


def _glued_hyphen(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is a hyphen glued to the words on both sides, inside a compound
    place name ("Hauts-de-Seine", "Auvergne-Rhône-Alpes"), not a dash between clauses."""
    doc = ctx.doc
    return (
        ctx.view.texts[j] == "-"
        and 0 < j < len(doc) - 1
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and ctx.at.get(j) is None
    )


def _last_role_phrase(ctx: Context, start: int, end: int) -> int:
    """Where the last noun phrase opened by a determiner and a membership role starts, inside
    the words glued before a name: "… onze points de retard sur le député UMP X" is X's
    "le député UMP", whatever noun came before it; so is a former role ("le ralliement de
    l'ancien adjoint UDF X": its label stays X's, ``_kept_label``)."""
    roles = ctx.lexicon.phrases["member_roles"]
    former = ctx.lexicon.lists["former"]
    for k in range(end - 2, start, -1):
        if ctx.view.folded[k] in DETERMINERS:
            found = _find_phrases(words_from(ctx, k + 1, end), roles)
            opening = k + 2 if ctx.view.folded[k + 1] in former else k + 1
            if found and found[0][0] == opening:
                return k
    return start


def _coordinated_name(ctx: Context, other: Mention | None) -> bool:
    """A name the text wrote, followed by "et"/"ou": it ends its own description, and a new
    one (another person's) starts after it ("proche de X, Y" is Y's description, about X)."""
    return (
        other is not None
        and other.kind == "person"
        and other.source in WRITTEN_SOURCES
        and other.end < len(ctx.view.folded)
        and ctx.view.folded[other.end] in {"et", "ou"}
    )


# Words before a role, inside a participle clause that opens the sentence, that make it
# another person's than the subject's: an agent or a rival ("Battu par le candidat PS, X",
# "Opposée à la députée LR, X").
AGENT_MARKERS = grammar_words("descriptions", "agent_markers")
ROLE_OPENERS = frozenset({"le", "la", "l", "du", "au", "aux", "des", "de", "d"})
# What may open the other person's noun phrase after an agent marker besides a role opener
# ("face à la sénatrice", "contre un député", "avec les élus").
AGENT_COMPLEMENT_OPENERS = frozenset({"a", "les", "un", "une"})


def _fronted_before_title(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    """ "Proche de X, la députée Y a …", "Soutien de X, le maire LR de Dax Y …": a description
    that opens the sentence before the title opening the holder's noun phrase is the holder's,
    as it is before a bare name ("Proche de X, Y …", ``_segment_before``). The title is one
    noun phrase with a role noun and a single determiner ("l'entourage de la députée Y" is
    someone else's); the fronted words hold no verb and open the sentence."""
    view = ctx.view
    j, role = m.start - 1, False
    while j > sent.start and view.texts[j] != ",":
        other = ctx.at.get(j)
        if other is not None and other.kind == "party" and other.end == j + 1:
            j = other.start - 1  # "la députée LR Y"
            continue
        if other is not None or view.puncts[j] or view.pos[j] in {"VERB", "AUX", "PRON"}:
            return None
        role = role or view_nominal(ctx, j)
        j -= 1
    title = range(j + 1, m.start)
    if j <= sent.start or len(title) < 2 or not role or view.folded[j + 1] not in DETERMINERS:
        return None
    if any(view.folded[k] in DETERMINERS for k in title[1:]):
        return None
    comma, k = j, j - 1
    while k >= sent.start and not (view.puncts[k] and view.texts[k] not in {"-", "'"}):
        if view.pos[k] in {"VERB", "AUX"} and not view_nominal(ctx, k):
            return None  # "Interrogée sur X, la députée Y …": a participle's clause
        k -= 1
    start = k + 1
    if start != sent.start or start >= comma or view.folded[start] in HOLDER_EVENTS:
        return None
    return (start, comma) if view.pos[start] in {"NOUN", "ADJ", "PROPN"} else None


def _after_opener(ctx: Context, start: int, comma: int) -> bool:
    """ "Dans le Nord, la tête de liste socialiste, X, …": the comma at ``comma`` closes a
    short opening adverbial (no verb, no actor, no quotation), so what follows it starts the
    clause as if it opened the sentence."""
    if ctx.doc[comma].text != "," or comma - start > 6 or comma == start:
        return False
    view = ctx.view
    return not any(
        view.pos[k] in {"VERB", "AUX"} or ctx.at.get(k) is not None or ctx.in_quote(k)
        for k in range(start, comma)
    )


def _role_phrase_before(
    ctx: Context, start: int, end: int, fronted: bool = False
) -> tuple[int, int] | None:
    """ "… le soutien du secrétaire départemental du PCF, X": inside a clause, a comma-glued
    description before a name counts only when it is a determiner-led membership role
    ("du secrétaire …", "la porte-parole de …"), the last noun phrase before the name."""
    view = ctx.view
    for k in range(end - 2, max(start, end - 9) - 1, -1):
        if view.pos[k] in {"VERB", "AUX"}:
            return None
        if view.folded[k] in ROLE_OPENERS:
            words = words_from(ctx, k + 1, end)
            roles = _find_phrases(words, ctx.lexicon.phrases["member_roles"])
            if not roles or roles[0][0] != k + 1:
                continue
            if fronted and view.folded[k - 1] in AGENT_MARKERS:
                return None  # "Battu par le candidat PS, X": the agent's role, not X's
            # "le fils du maire, X" is someone else; "le soutien du maire, X" is X's; so is
            # "le retrait de la candidate RN, X" someone else's (the article after "de")
            of = k if view.folded[k] in {"du", "de", "d", "des"} else k - 1
            if of > start and of < k and view.folded[of] not in {"de", "d"}:
                of = k
            owner = view.folded[of - 1] if of > start else ""
            # "Très proche du maire PS, X": an adjective's complement is someone else too
            if view.folded[of] in {"du", "de", "d", "des"} and view.pos[of - 1] in {"NOUN", "ADJ"}:
                carried = owner in resolution_list("role_carriers") or _holder_event(
                    ctx, of - 1, start, end
                )
                return (k + 1, end) if carried else None
            return k + 1, end
    return None


HOLDER_EVENTS = grammar_words("descriptions", "holder_events")
# "sortant" after a role and its label, which the tagger takes for a verb ("le député PS
# sortant X"): part of the name's description, never the verb of a clause.
OUTGOING = grammar_words("membership_news", "outgoing")
DISSENTING = grammar_words("membership_news", "dissenting")
# A party's local units a spokesperson speaks for the party through ("de la fédération UDF").
SPOKESPERSON_UNITS = grammar_words("membership_news", "spokesperson_units")
# The level a unit may carry before its party ("de la fédération départementale du PS").
SPOKESPERSON_UNIT_WORDS = grammar_words("membership_news", "spokesperson_unit_words")
ROLE_SIDES = grammar_words("membership_news", "role_sides")
ELECTION_COMPLEMENTS = grammar_words("membership_news", "election_complements")
# How a past participle opening an incise is spelt ("arrivée", "réélu", "élue", "battus"): the
# tagger takes a future for a participle ("votera"), never spelt so.
INCISE_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")
CLOSING_AFTER_NAME = frozenset({",", ":", ";", ".", ")", "(", "«", "!", "?"})


def _holder_event(ctx: Context, noun: int, start: int, comma: int) -> bool:
    """Whether the noun at ``noun`` is one person's act or fate (``holder_events``: "le
    retour du président de l'UMP, X, au gouvernement", "un lâchage de la présidente du
    parti, X, en conflit avec …") whose titled complement the name after ``comma`` apposes.

    Only opening a verbless sentence or inside a clause, right after its verb (``start``
    follows a verb), so that a fronted
    adjunct's comma ("Après le départ de la candidate RN, X a gagné": X is the clause's own
    subject) gives nothing; and only a name closed by a mark, an apposition, not a subject."""
    view = ctx.view
    if view.folded[noun] not in HOLDER_EVENTS:
        return False
    opening = noun == ctx.sents[ctx.sent_of[noun]].start  # a verbless opening: "Réplique du …"
    if not opening and (start < 1 or view.pos[start - 1] not in {"VERB", "AUX"}):
        return False
    return _name_closed(ctx, comma + 1)


def _name_closed(ctx: Context, k: int) -> bool:
    """Whether a written person's name starts at token ``k`` and a mark follows it."""
    name = ctx.at.get(k)
    if name is None or name.kind != "person" or name.start != k:
        return False
    return name.end < len(ctx.view.texts) and ctx.view.texts[name.end] in CLOSING_AFTER_NAME


def _noun_object(ctx: Context, start: int, end: int, objects: frozenset[str]) -> Mention | None:
    """The actor named right after a noun cue: "porte-parole d'Emmanuel Macron", also
    through the principal's campaign or team ("porte-parole de la campagne de X")."""
    gap: list[str] = []
    for j in range(start, min(end + 10, len(ctx.doc))):
        mention = ctx.at.get(j)
        if mention is not None and mention.source == "role" and mention.start < start:
            # "PARIS - Le porte-parole du PS, X, …": the role mention bound to X spans the
            # cue and its object; the party's own mention lies under it
            mention = _mention_starting(ctx, j)
        if mention is not None and mention.start == j:
            if contracted_start(ctx, mention) > j:
                gap.append(cfold(ctx.doc[j].text))
            words = _gap_core(ctx, gap)
            if len(words) == 1 and words[0] in objects:
                return mention
            return None
        if ctx.view.puncts[j] or _clause_break(ctx, j):
            return None
        gap.extend(fold_token(ctx.view.texts[j]))
        if len(_gap_core(ctx, gap)) > 1:
            return None
    return None


def _mention_starting(ctx: Context, j: int) -> Mention | None:
    """The mention of an actor starting at token ``j`` that a role mention spanning it hides
    from ``ctx.at`` (none if no such mention)."""
    return next((m for m in ctx.mentions if m.start == j and m.source != "role"), None)


def _label_voided(ctx: Context, m: Mention) -> bool:
    """A party glued to a name after a noun's "de" ("les adversaires du PS X", "les anciens
    porte-parole du PS X") labels the name only if the noun phrase is neither former nor
    hostile: the words before "de" hold neither a ``former`` word (ancien, ex) nor a rejecting
    noun (adversaires, opposants, détracteurs…)."""
    view = ctx.view
    k = m.start
    if k == 0 or view.folded[k - 1] not in DE_FORMS:
        return False
    void = ctx.lexicon.lists["former"] | _hostile_nouns(ctx)
    return any(view.folded[j] in void for j in range(max(0, k - 6), k - 1))


def _hostile_nouns(ctx: Context) -> frozenset[str]:
    """The words of the lexicon's rejecting nouns ("opposant", "détracteur", "adversaire")."""
    key = ("hostile nouns",)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = frozenset(
            w
            for noun in ctx.lexicon.nouns
            if noun.relation == REL.REJECTS
            for p in noun.words
            for w in p
        )
    return found


def _labelled_party(ctx: Context, target: Mention, holder: End) -> Mention:
    """ "la porte-parole du Parti socialiste Nadia Karim": the holder's own name took the party
    in as its label; the noun's object is that party, not the holder. So too for the other
    names of a plural title when the label follows the noun's "de" ("les porte-parole du MoDem
    A, B et C": B and C speak for the MoDem, not for A); "du député LR A" keeps A."""
    if target.kind != "person" or "label" not in target.details:
        return target
    after_de = target.start > 0 and ctx.view.folded[target.start - 1] in DE_FORMS
    if target.name != holder.name and not after_de:
        return target
    party, text = target.details["label"]
    return Mention(target.start, target.start + 1, "party", text, "label", party)


def _unit_party(ctx: Context, after: int, end: int) -> Mention | None:
    """ "porte-parole de la fédération UDF", "de la section socialiste", "de la fédération du
    PS": a spokesperson of a party's local unit (``spokesperson_units``) speaks for the
    party, written as its name or its adjective right after the unit (« de la fédération
    CGT », « de la fédération de chasse » name no party)."""
    view = ctx.view
    j = after
    if j >= end or view.folded[j] not in {"de", "d"}:
        return None
    j += 1
    if j < end and view.folded[j] in {"la", "l"}:
        j += 1
    if j >= end or view.folded[j] not in SPOKESPERSON_UNITS:
        return None
    j += 1
    while j < end and view.folded[j] in SPOKESPERSON_UNIT_WORDS:
        j += 1  # "de la fédération départementale du PS"
    if j < end and view.folded[j] in {"du", "de", "d", "des"}:
        j += 1
    mention = ctx.at.get(j) or _mention_starting(ctx, j)
    if mention is not None and mention.start == j:
        return mention if mention.kind == "party" else None
    party = ctx.party_by_adjective(view.texts[j]) if j < end else None
    if party is None or not view.texts[j].islower():
        return None
    return Mention(j, j + 1, "party", view.texts[j], "adjective", party.name, confidence=0.9)


def _party_noun_object(
    ctx: Context, after: int, end: int, objects: frozenset[str], s: int
) -> Mention | None:
    """ "Le RN a réagi. La porte-parole du parti, X, …": a noun cue whose object is "le parti"
    (or "le mouvement") stands for the one party named before it, in this sentence or the one
    before (None when none or several are)."""
    view = ctx.view
    j = after
    if j + 1 >= min(end, len(view.texts)) or view.folded[j] not in objects:
        return None
    k = j + 1 if view.folded[j + 1] not in {"la", "l"} else j + 2
    if k >= end or view.folded[k] not in resolution_list("party_nouns") or ctx.at.get(k):
        return None
    written = party_named_after(ctx, k)
    if written is not None:  # "porte-parole du parti Les Républicains"
        return written
    named = _named_party(ctx, after, s)
    if named is None:
        return None
    text = ctx.doc[j : k + 1].text
    return Mention(j, k + 1, "party", text, "anaphora", named.name, confidence=named.confidence)


FOLLOWER_INTENSIFIERS = grammar_words("descriptions", "follower_intensifiers")
CHANGED_SIDES = grammar_words("descriptions", "changed_sides")
# Words after a former role's holder that tell a move to another camp (``_kept_label``).
LABEL_VOIDING = grammar_words("membership_news", "label_voiding")
CAMPAIGN_ROLES = grammar_words("membership_news", "campaign_roles")
# Particles inside a place name in parentheses: "(Alpes-de-Haute-Provence)", "(Val d'Oise)".
PLACE_PARTICLES = grammar_words("membership_news", "place_particles")


def _follower(ctx: Context, holder: End, words: list[tuple[str, int]], s: int) -> list[Found]:
    """ "le filloniste X", "X, sarkozyste de la première heure", "les juppéistes A et B": a
    label naming a leader's followers (the gazetteer's ``followers``) that opens the holder's
    description says the holder backs that leader. Only as the description's first word: "ex-"
    or "anti-" before it, a noun it qualifies ("la ligne filloniste") or a verb ("qui a quitté
    les fillonistes") leave the holder's own tie unsaid."""
    content = [(w, j) for w, j in words if w not in DETERMINERS and w not in EMPHATIC_FILLERS]
    while len(content) > 1 and content[0][0] in FOLLOWER_INTENSIFIERS:
        content = content[1:]  # "une fervente sarkozyste"
    if not content:
        return []
    word, j = content[0]
    leader = ctx.gazetteer.leader_followed(word)
    if leader is None or leader.name == holder.name:
        return []
    after = ctx.view.folded[j + 1 : j + 3]  # the description may stop before a participle
    if any(w in CHANGED_SIDES for w in after):
        return []  # "sarkozyste devenu juppéiste", "filloniste passé chez Y": a tie left since
    target = End(leader.name, "person", 1.0)
    return [Found(holder, REL.SUPPORTS, target, ctx.view.texts[j], s, holder.confidence * 0.85)]


DEMONSTRATIVE = grammar_words("anaphora", "demonstrative")
COMPLEMENT_PREPOSITIONS = frozenset({"de", "du", "d", "des"})


def _named_complement(ctx: Context, k: int, sent) -> int | None:
    """The end of the name completing a description noun right at token ``k`` ("de Y", "de
    la maire Y" aside: only a preposition, maybe an article, then the name)."""
    view = ctx.view
    if k >= sent.end or view.folded[k] not in COMPLEMENT_PREPOSITIONS:
        return None
    j = k + 1 if view.folded[k + 1] not in {"la", "l"} else k + 2
    named = ctx.at.get(j)
    return named.end if named is not None and named.start == j else None


def _gap_core(ctx: Context, gap: list[str]) -> list[str]:
    """The gap's words without determiners, role modifiers, and a principal's units with the
    preposition before them ("de la campagne", "de l'équipe de campagne")."""
    modifiers = ctx.lexicon.lists["role_modifiers"]
    units = ctx.lexicon.lists["principal_units"]
    core: list[str] = []
    for word in gap:
        if word in units:
            if core and core[-1] in {"de", "du", "d", "des"}:
                core.pop()
            continue
        if word not in DETERMINERS and word not in modifiers:
            core.append(word)
    return core


def _find_phrases(words: list[tuple[str, int]], phrases) -> list[tuple[int, int, str]]:
    """(first token, token after, first word) of every occurrence of any of ``phrases``."""
    index = by_first_word(phrases)
    found = []
    for k, (word, _) in enumerate(words):
        for phrase in index.get(word, ()):
            n = len(phrase)
            if tuple(w for w, _ in words[k : k + n]) == phrase:
                found.append((words[k][1], words[k + n - 1][1] + 1, word))
                break
    return found


def _former_before(ctx: Context, words: list[tuple[str, int]], first: int, word: str) -> bool:
    """Whether "ancien"/"ex-" comes right before the phrase starting with ``word`` at token
    ``first`` ("ex-porte-parole" is one token: the words are compared, not the tokens)."""
    former = ctx.lexicon.lists["former"]
    k = next(n for n, (w, owner) in enumerate(words) if owner == first and w == word)
    return k > 0 and words[k - 1][0] in former


def _received(ctx: Context, words: list[tuple[str, int]], first: int, word: str) -> bool:
    """Whether the noun phrase at token ``first`` is what the holder got, not a tie of the
    holder: "X, élu avec le soutien de Y" (Y backed X, maybe long ago), "sans l'appui de Y"."""
    at = next(n for n, (w, owner) in enumerate(words) if owner == first and w == word)
    k = at - 1
    while k >= 0 and at - k <= 3 and words[k][0] in DETERMINERS | {"a", "au", "aux"}:
        k -= 1
    return k >= 0 and words[k][0] in ctx.lexicon.lists["received_with"]


# Determiners (plain or fused with a preposition) that open a noun phrase of its own.
PHRASE_OPENERS = DETERMINERS | {"du", "des", "au", "aux"}


def _own_phrase(ctx: Context, start: int, first: int) -> bool:
    """Whether the role at token ``first`` opens a noun phrase of its own inside a description
    that follows its holder: "X devance le député UMP Y" (the parser took "devance" for a noun)
    or "X, proche du député PS" describe someone else by that role, while "X, le député PS" and
    "X, l'un des cadres du PS" open with it."""
    view = ctx.view
    k = first - 1
    while k > start and view.pos[k] == "ADJ" and view.folded[k] not in PHRASE_OPENERS:
        k -= 1  # "le nouveau député UMP"
    return k > start and view.folded[k] in PHRASE_OPENERS


def _introduces_another(ctx: Context, start: int, first: int, after: int, holder: End) -> bool:
    """Whether the role at token ``first`` (its party ending at ``after``) describes someone
    else than the holder of a description that follows the holder: it opens a noun phrase of
    its own (``_own_phrase``), or another name comes right after it ("X, son homologue du
    CNIP Y": Y's role, not X's)."""
    if _own_phrase(ctx, start, first):
        return True
    texts = ctx.view.texts
    if after + 2 < len(texts) and texts[after] == "(" and texts[after + 2] == ")":
        after += 3  # "son homologue du Centre national … (CNIP) Y"
    named = ctx.at.get(after)  # glued, no comma: "X, député PS, Y, député LR" is a list
    return named is not None and named.kind == "person" and named.name != holder.name


def describe(
    ctx: Context,
    holder: End,
    start: int,
    end: int,
    s: int,
    negated: bool = False,
    following: bool = False,
    plural: bool = False,
) -> list[Found]:
    """Claims a description makes about its holder ("porte-parole de X", "député PS"); with
    ``plural``, a plural title before several names ("les deux élus PS, A et B") whose role
    nouns are plural too.

    A negated predicate ("n'est pas un proche de X") asserts nothing, except for nouns of
    allegiance, whose negation is a rejection ("nous ne serons pas les supplétifs de X").
    ``following``: the description comes after its holder (an apposition or a predicate), where
    a role opening a noun phrase of its own inside it is another person's (``_own_phrase``).
    A description bounded in the past ("était encartée à l'UMP jusqu'en juin") says nothing
    of now (``_ended_by_then``)."""
    if _ended_by_then(ctx, start, end):
        return []
    found: list[Found] = []
    words = words_from(ctx, start, end)
    for noun in ctx.lexicon.nouns:
        for first, after, word in _find_phrases(words, noun.words):
            if _former_before(ctx, words, first, word):
                continue  # "ancien soutien de X", "ex-porte-parole de X"
            if first > start and ctx.view.folded[first - 1] in resolution_list("organisations"):
                continue  # "président d'une formation proche du FN": the formation's tie
            target = _noun_object(ctx, after, end, noun.objects)
            if target is None and noun.relation == REL.SPOKESPERSON_OF:
                target = _unit_party(ctx, after, end)
            if target is None and not negated:
                target = _party_noun_object(ctx, after, end, noun.objects, s)
            if target is None or target.start >= end + 8:
                continue
            target = _labelled_party(ctx, target, holder)
            relation = noun.relation
            if _received(ctx, words, first, word):
                rule, cue = f"description {relation}", ctx.doc[first:after].text
                ctx.trace.drop(s, holder, relation, end_of(target), rule, cue, "received")
                continue
            if negated:
                if relation != REL.SUPPORTS or word not in ALLEGIANCE:
                    continue
                relation = REL.REJECTS
            cue = ctx.doc[first:after].text
            found.append(
                Found(
                    holder,
                    relation,
                    end_of(target),
                    cue,
                    s,
                    holder.confidence * target.confidence * 0.95,
                )
            )
            if negated:
                continue
            if noun.relation == REL.SPOKESPERSON_OF and target.kind == "party":
                found.append(Found(holder, REL.MEMBER_OF, end_of(target), cue, s, 0.9))
    bare = [
        (w, j)
        for w, j in words
        if w not in EMPHATIC_FILLERS
        and w not in DETERMINERS
        and w not in OUTGOING
        and w not in DISSENTING
    ]  # "la communiste sortante X", "la communiste dissidente X" are "la communiste X"
    if (
        not negated
        and len(bare) == 1
        and ctx.party_by_adjective(bare[0][0]) is not None
        and ctx.doc[bare[0][1]].text.islower()  # "…, Les Républicains" names the party itself
    ):
        # "X, lui aussi socialiste, …", "l'écologiste X", "la socialiste X"
        party = ctx.party_by_adjective(bare[0][0])
        member = End(party.name, "party", 1.0)
        found.append(Found(holder, REL.MEMBER_OF, member, bare[0][0], s, 0.8))
    if not negated:
        found += _follower(ctx, holder, words, s)
    roles = ctx.lexicon.phrases["member_roles"]
    if plural:  # "les deux conseillers régionaux communistes, A et B"
        roles = roles + ctx.lexicon.phrases["plural_member_roles"]
    for first, after, word in _find_phrases(words, roles):
        former = _former_before(ctx, words, first, word)
        if negated or (former and not _former_label_kept(ctx, word, after, end, following)):
            continue
        if _nested(ctx, start, first, glued=_before_name(ctx, end)):
            continue  # "directeur de campagne du candidat socialiste": someone else's role
        party = _party_after(ctx, after, end, s, sides=not following and _before_name(ctx, end))
        if party is None and after >= end:
            party = _led_party(ctx, words, first, after) or _office_party(ctx, words, first, s)
            if party is not None and _holder_leaves(ctx, first):
                # « La secrétaire de section, X, a quitté le parti »: the party the context
                # lends the office is the one being left (or the one before a move)
                rule, cue = "description MEMBER_OF", ctx.doc[first : party[1]].text
                ctx.trace.drop(
                    s, holder, REL.MEMBER_OF, End(party[0], "party", 1.0), rule, cue, "departure"
                )
                continue
        if (
            party is not None
            and following
            and _introduces_another(ctx, start, first, party[1], holder)
        ):
            rule, cue = "description MEMBER_OF", ctx.doc[first : party[1]].text
            ctx.trace.drop(
                s, holder, REL.MEMBER_OF, End(party[0], "party", 1.0), rule, cue, "another's role"
            )
            continue
        if party is not None and _a_cause(ctx, word, party[1]):
            rule, cue = "description MEMBER_OF", ctx.doc[first : party[1]].text
            ctx.trace.drop(
                s,
                holder,
                REL.MEMBER_OF,
                End(party[0], "party", 1.0),
                rule,
                cue,
                "a cause, not a party",
            )
            continue
        if party is not None:
            cue = ctx.doc[first : party[1]].text
            found.append(
                Found(
                    holder,
                    REL.MEMBER_OF,
                    End(party[0], "party", 1.0),
                    cue,
                    s,
                    holder.confidence * 0.9,
                )
            )
            if not former and (
                _spokesperson_label(ctx, first, after, party[1], end)
                or _spokesperson_of_party_noun(ctx, first, after, party[1])
            ):
                found.append(
                    Found(
                        holder,
                        REL.SPOKESPERSON_OF,
                        End(party[0], "party", 1.0),
                        cue,
                        s,
                        holder.confidence * 0.85,
                    )
                )
            rival = _race_rival(ctx, words, first, party[1], s)
            if rival is not None and rival.name != holder.name:
                rule = ctx.doc[first : rival.start].text
                found.append(
                    Found(end_of(rival), REL.MEMBER_OF, End(party[0], "party", 1.0), rule, s, 0.7)
                )
    return found


def _former_label_kept(ctx: Context, word: str, after: int, end: int, following: bool) -> bool:
    """Whether the former role starting with ``word`` still gives its glued label: written
    before the name, never a campaign's role (``campaign_roles``), see ``_kept_label``."""
    return not following and word not in CAMPAIGN_ROLES and _kept_label(ctx, after, end)


def _kept_label(ctx: Context, after: int, end: int) -> bool:
    """A former role written before its holder's name still labels the holder when its party
    is glued right after the role noun, with no « de » between: « l'ancien député PS X »,
    « l'ancienne adjointe écologiste X », « l'ancien maire socialiste, X » present the person
    by a role that ended and a label that did not; after the name (« X, ancienne adjointe
    socialiste, … ») the former post is all the apposition says;
    « l'ancien porte-parole du PS X » is a former tie to the party itself. Both stay void.
    Never when the sentence tells the holder's departure or move after the role (« l'ancien
    maire LR, X, qui a quitté le parti », « l'ex-adjoint PS X, passé chez Horizons »,
    « l'ancien député PS X a rejoint Horizons »), nor when the next sentence does (« Ses
    anciens camarades du PS l'avaient suspendue en mars. »)."""
    view = ctx.view
    if after >= end:
        return False
    mention = ctx.at.get(after)
    glued = (mention is not None and mention.kind == "party" and mention.start == after) or (
        ctx.party_by_adjective(ctx.doc[after].text) is not None
    )
    if not glued:
        return False
    sent = ctx.doc[after].sent
    stop = ctx.doc[sent.end].sent.end if sent.end < len(ctx.doc) else sent.end
    former = ctx.lexicon.lists["former"]
    for t in range(end, stop):  # this sentence and the next: « … ses anciens camarades d'EELV »
        if view.folded[t] in CHANGED_SIDES or view.folded[t] in LABEL_VOIDING or leaving(ctx, t):
            return False
        if view.folded[t] in former and any(
            (named := ctx.at.get(k)) is not None and named.kind == "party"
            for k in range(t + 1, min(stop, t + 5))
        ):
            return False
    return True


def _before_name(ctx: Context, end: int) -> bool:
    """Whether a description ending at ``end`` is glued to a name the text writes there (« la
    conseillère d'opposition LR X »), not a role read as someone elsewhere in the article."""
    name = ctx.at.get(end)
    return name is not None and name.start == end and name.source in WRITTEN_SOURCES


def _spokesperson_label(ctx: Context, first: int, after: int, party_end: int, end: int) -> bool:
    """Whether a spokesperson noun at ``first`` takes the party label glued right after it as
    the party it speaks for (« la porte-parole socialiste X », « X, porte-parole LR, »), as
    « la porte-parole du PS » does. Only a bare label closing the description: a complement
    after it names what is spoken for (« porte-parole socialiste du gouvernement », « du
    groupe », « de la campagne de Y »), and a word between is a unit or a wing of the party."""
    spoken = _find_phrases(words_from(ctx, first, after), _spokesperson_phrases(ctx))
    if not spoken or spoken[0][0] != first:
        return False
    j = after
    if j < end and ctx.view.texts[j] == "(":
        j += 1  # « la porte-parole (LR) X »
    mention = ctx.at.get(j)
    label_end = mention.end if mention is not None and mention.kind == "party" else j + 1
    if label_end != party_end:
        return False
    rest = [t for t in ctx.view.texts[party_end:end] if t != ")"]
    return not rest


def _spokesperson_of_party_noun(ctx: Context, first: int, after: int, party_end: int) -> bool:
    """Whether a spokesperson noun at ``first`` speaks for the party a party noun right after it
    stands for (« la porte-parole régionale du parti de X », « le porte-parole national du
    mouvement », then maybe a place: « … en Dordogne »): the party noun is the party itself, as
    « du PS » is. Only role modifiers (« départemental », « national ») and « du » / « de la »
    may sit between: another noun is what is spoken for (« porte-parole du candidat du parti de
    X », « du groupe du parti »)."""
    spoken = _find_phrases(words_from(ctx, first, after), _spokesperson_phrases(ctx))
    if not spoken or spoken[0][0] != first:
        return False
    view = ctx.view
    modifiers = ctx.lexicon.lists["role_modifiers"]
    for j in range(after, party_end):
        word = view.folded[j]
        if word in resolution_list("party_nouns"):
            return view.folded[j - 1] in {"du", "de", "la", "l"}
        if word not in modifiers and word not in {"du", "de", "d", "la", "l"}:
            return False
    return False


def _a_cause(ctx: Context, role: str, party_end: int) -> bool:
    """ "la militante écologiste X", "un activiste écolo": an activist of a cause the party's
    adjective also names (``cause_adjectives``) is not thereby the party's member; "la
    députée écologiste X" or "le militant d'EELV X" is."""
    lists = ctx.lexicon.lists
    return (
        role.split()[0] in lists["activist_roles"]
        and ctx.view.folded[party_end - 1] in lists["cause_adjectives"]
    )


def _race_rival(
    ctx: Context, words: list[tuple[str, int]], first: int, after: int, s: int
) -> Mention | None:
    """ "X élu président du parti P avec 53 % des voix face à Y": the rival of an election to a
    party's own office (the [resolution] ``race_roles``, reached by a participle of
    appointment) ran inside that party, and is its member too. Only a score may sit between
    the party and the rival marker; any verb, clause or other name ends the search."""
    view = ctx.view
    title = " ".join(w for w, j in words if first <= j < after and ctx.at.get(j) is None)
    if not any(title.startswith(role) for role in resolution_sequence("race_roles")):
        return None
    if first < 1 or view.folded[first - 1] not in resolution_list("appointed"):
        return None
    end = ctx.sents[s].end
    for j in range(after, min(end, after + 10)):
        word = view.folded[j]
        if word in resolution_list("rival_markers"):
            k = j + 1 if j + 1 < end and view.folded[j + 1] in {"a", "au"} else j
            rival = ctx.at.get(k + 1)
            ok = rival is not None and rival.kind == "person" and rival.start == k + 1
            return rival if ok else None
        if not (view.pos[j] == "NUM" or word in resolution_list("score_words")):
            return None
    return None


def _led_party(
    ctx: Context, words: list[tuple[str, int]], first: int, after: int
) -> tuple[str, int] | None:
    """ "Le PS a réuni ses cadres. Le premier secrétaire X a parlé.": a bare leadership title
    (the [resolution] ``party_leaders``) with nothing after it is the leadership of the one
    party the article named before it, outside quotations; None when it named none or several.
    """
    title = " ".join(w for w, j in words if first <= j < after)
    if title not in resolution_list("party_leaders"):
        return None
    names = {
        m.name
        for m in ctx.mentions
        if m.kind == "party" and m.start < first and not ctx.in_quote(m.start)
    }
    return (names.pop(), after) if len(names) == 1 else None


def _office_party(
    ctx: Context, words: list[tuple[str, int]], first: int, s: int
) -> tuple[str, int] | None:
    """ "Le PCF a voté. Le secrétaire fédéral, X, …": an office of a party's local unit (the
    [resolution] ``party_offices``: "président départemental", "secrétaire fédérale") that
    names no party, written as the whole description, is held in the one party named before
    it in the sentence or the one before (else in the article). Never an office with its own
    complement ("le président de la fédération" may head any federation)."""
    title = " ".join(w for w, j in words if j >= first)
    if title not in resolution_list("party_offices"):
        return None
    party = _named_party(ctx, first, s)
    return (party.name, words[-1][1] + 1) if party is not None else None


def _holder_leaves(ctx: Context, role: int) -> bool:
    """The office at token ``role`` belongs to the subject of a verb of leaving or of an
    exclusion (:func:`co_mention.leaving`): « La secrétaire de section, X, a quitté le
    parti », « X, trésorier de la fédération, a été exclu »: the party the context lends the
    office is the one being left. The role's own phrase or the name it apposes must be that
    verb's subject; a departure elsewhere in the sentence (« commente à peine la démission
    d'un adjoint ») is someone else's."""
    token = ctx.doc[role]
    for _ in range(3):  # up through appositions: « X, secrétaire de section, … »
        if token.dep_ not in {"appos", "flat:name", "flat"} or token.head.i == token.i:
            break
        token = token.head
    return token.dep_ in {"nsubj", "nsubj:pass"} and leaving(ctx, token.head.i)


def _nested(ctx: Context, start: int, first: int, glued: bool = False) -> bool:
    """Whether the role starting at ``first`` is the complement of an earlier noun of the
    description (a "de" after a noun between them), not the holder's own role; an adjective's
    complement too ("Proche du maire PS, X"), unless the description is ``glued`` to the name
    it ends on ("X, proche du maire LR Y": the role is Y's, whose words end there)."""
    view = ctx.view
    noun = nested = False
    for k in range(start, first):
        if _agent_opening(ctx, k):
            nested = True  # "Élu face au candidat sous l'étiquette LR": the rival's label
        elif view.pos[k] in {"NOUN", "PROPN"} and ctx.at.get(k) is None:
            noun = True
        elif (
            not glued
            and view.pos[k] == "ADJ"
            and k + 1 < first
            and view.folded[k + 1] in {"de", "du", "des", "d", "au", "aux", "a"}
        ):
            nested = True  # "Proche du maire PS de Dax", "Fidèle au député LR": his role
        elif view.folded[k] in {"et", "ou"} or view.texts[k] == ",":
            # "sénateur-maire de Vienne et tête de liste LR": a second role of the holder
            noun = nested = False
        elif noun and view.folded[k] in {"de", "du", "des", "d"}:
            nested = True
        elif (
            view.folded[k] in {"au", "aux", "a"}
            and k > start
            and _person_noun(ctx, view.folded[k - 1])
        ):
            nested = True  # "adjointe au maire socialiste": the mayor's party, not hers
    return nested


def _person_noun(ctx: Context, word: str) -> bool:
    """A noun for a person by position ("adjointe", "conseiller"), not a locution ("face")."""
    return word in resolution_list("description_heads") or word in ctx.lexicon.lists["nominal"]


AT_ROLE = frozenset({"au", "aux", "chez", "a"})


def _party_after(
    ctx: Context, after: int, end: int, s: int | None = None, sides: bool = False
) -> tuple[str, int] | None:
    """A party right after a role noun: "député PS", "secrétaire national d'EELV", "socialiste",
    "militant au MoDem", and "président du parti" when sentence ``s`` or the one before names
    one party (and no other), before the role. With ``sides`` (a role glued before a written
    name), a side of the council may stand between: « conseillère d'opposition LR X »."""
    j = after
    wing = False
    if j < end and ctx.view.folded[j] in AT_ROLE:
        j += 1  # "encartée au PS", "militant chez LR"
    while j < min(end, after + 8):
        token = ctx.doc[j]
        mention = ctx.at.get(j)
        if mention is not None and mention.start >= after:  # not the description itself
            return (mention.name, mention.end) if mention.kind == "party" else None
        anaphoric = s is not None and mention is None
        if anaphoric and ctx.view.folded[j] in resolution_list("party_nouns"):
            if ctx.view.folded[j - 1] not in {"du", "de", "d", "la", "l"}:
                return None
            written = party_named_after(ctx, j)
            if written is not None:  # "président du parti Les Républicains"
                return written.name, written.end
            led = _person_party(ctx, j + 1)
            if led is not None:  # "figure locale du parti de X"
                return led
            named = _named_party(ctx, after, s)
            if named is None:  # "délégué du parti d'extrême droite": the one of that side
                return _sided_party(ctx, j + 1, end)
            return named.name, j + 1
        phrase = _phrase_adjective(ctx, j, end)
        if phrase is not None:  # "radical de gauche"
            return phrase.name, j + 3
        party = ctx.party_by_adjective(token.text)
        if party is None and mention is not None and token.text[:1].isupper():
            party = ctx.gazetteer.party(token.text)  # "le militant MoDem" (one mention)
        if party is not None:
            return None if foreign(ctx, j + 1) else (party.name, j + 1)
        word = cfold(token.text)
        lists = ctx.lexicon.lists
        if word in PARTY_WINGS:
            wing = True  # "figure de l'aile la plus droitière de l'UMP": a wing of the party
        modifier = (
            word in PARTY_WINGS
            or (wing and (token.pos_ == "ADV" or word in PARTY_SIDES))
            or token.pos_ == "ADJ"
            or word in lists["role_modifiers"]
            or word in resolution_list("role_modifiers")
            or word in lists["party_units"]
            or (sides and word in ROLE_SIDES and ctx.view.folded[j - 1] in {"d", "de"})
            or token.text == "("  # "conseiller municipal (PS)"
            or token.text in QUOTES  # 'secrétaire générale de "République solidaire"'
        )
        # "tête de liste régionale et départementale d'EELV": two modifiers joined by "et"
        joined = word == "et" and j > after and j + 1 < end and ctx.doc[j + 1].pos_ == "ADJ"
        if word not in {"de", "du", "d", "des"} | DETERMINERS and not modifier and not joined:
            return None
        j += 1
    return None


SIDE_WORDS = grammar_words("roles", "side_words")


def _sided_party(ctx: Context, k: int, end: int) -> tuple[str, int] | None:
    """ "(le parti) d'extrême droite", "(la formation) d'extrême gauche" from token ``k``: the
    one party of that side's camps ([roles.side_camps]) the article names outside quotations,
    and the end of the side's words; None when it names none or several (the RN and
    Reconquête). Only an extreme side: « le parti de gauche » may be the Parti de gauche
    itself, and « de droite » any party of the right."""
    view = ctx.view
    j = k
    if j < end and view.folded[j] in DE_FORMS:
        j += 1
    if j < end and view.folded[j] in {"la", "l"}:
        j += 1
    first = j
    while j < end and j - first < 2 and view.folded[j] in SIDE_WORDS:
        j += 1
    if j == first or view.folded[k] not in DE_FORMS or view.folded[first] != "extreme":
        return None
    words = sorted(view.folded[first:j], key=lambda w: w != "extreme")
    camps = grammar_table("roles", "side_camps").get(" ".join(words), frozenset())
    parties = {
        m.name
        for m in ctx.mentions
        if m.kind == "party"
        and m.entry is not None
        and m.entry.camp in camps
        and not ctx.in_quote(m.start)
    }
    return (parties.pop(), j) if len(parties) == 1 else None


def _phrase_adjective(ctx: Context, j: int, end: int) -> PartyEntry | None:
    """A party adjective of three words at token ``j`` ("le député radical de gauche X")."""
    if j + 3 > end or ctx.view.folded[j + 1] not in {"de", "d"}:
        return None
    return ctx.gazetteer.party_by_adjective(" ".join(ctx.view.texts[j : j + 3]))


def _role_at_party(
    ctx: Context, holder: End, segment: tuple[int, int], sent, s: int, found: list[Found]
) -> list[Found]:
    """ "Chez les écologistes, la secrétaire nationale X …", "Du côté du PS, c'est X, député
    sortant, qui …": a role of a name, in a sentence opened by one of the ``party_openers``
    and a party, is a role in that party."""
    if any(f.subject == holder and f.relation == REL.MEMBER_OF for f in found):
        return []
    party = None
    folded = ctx.view.folded
    for n in range(4, 0, -1):  # the longest opener: "au sein du" before "au"
        opener = " ".join(folded[sent.start : sent.start + n])
        if opener in resolution_list("party_openers"):
            k = sent.start + n
            while k < sent.end and folded[k] in DETERMINERS:
                k += 1
            party = ctx.at.get(k)
            break
    if party is None or party.kind != "party" or party.end >= segment[0]:
        return []
    if not any(ctx.doc[k].text == "," for k in range(party.end, segment[0])):
        return []
    words = words_from(ctx, segment[0], segment[1])
    for first, _after, word in _find_phrases(words, ctx.lexicon.phrases["member_roles"]):
        if _former_before(ctx, words, first, word):
            return []
    if not _find_phrases(words, ctx.lexicon.phrases["member_roles"]):
        return []
    cue = ctx.doc[sent.start : segment[1]].text
    return [Found(holder, REL.MEMBER_OF, end_of(party), cue, s, holder.confidence * 0.8)]


POSSESSIVES = grammar_words("descriptions", "possessives")
POSSESSED_RECIPIENTS = grammar_words("descriptions", "possessed_recipients")
ASSURING_VERBS = grammar_words("descriptions", "assuring_verbs")
WITHDRAWALS = grammar_words("descriptions", "withdrawals")
WITHDRAWN_SUPPORT = grammar_words("descriptions", "withdrawn_support")
# Words opening the complement of a noun of allegiance ("son bras droit depuis 2012").
COMPLEMENT_OPENERS = frozenset(
    {"au", "aux", "a", "de", "du", "des", "d", "pour", "dans", "depuis", "lors", "sur", "en"}
)
# Noun cues a possessive can carry: "son lieutenant X", "X, sa porte-parole, …".
TIES = frozenset({REL.SUPPORTS, REL.SPOKESPERSON_OF})


def _possessed_after(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, sa colistière, …", "X, son bras droit, …": a noun of allegiance after a possessive,
    in apposition, ties X to the one other person of this sentence or the one before."""
    j = m.end
    if j + 2 >= sent.end or ctx.doc[j].text != "," or cfold(ctx.doc[j + 1].text) not in POSSESSIVES:
        return []
    k = j + 2
    words: list[str] = []
    while k < sent.end and ctx.doc[k].text != "," and len(words) < 10:
        if ctx.at.get(k) is not None:
            return []
        words.extend(fold_token(ctx.doc[k].text))
        k += 1
    if k >= sent.end or ctx.doc[k].text != ",":
        return []
    noun = None
    for n in range(min(4, len(words)), 0, -1):
        # "sa colistière au poste de secrétaire générale": the noun, then its complement
        if n < len(words) and words[n] not in COMPLEMENT_OPENERS:
            continue
        phrase = tuple(words[:n])
        noun = next(
            (c for c in ctx.lexicon.nouns if c.relation in TIES and phrase in c.words), None
        )
        if noun is not None:
            break
    if noun is None:
        return []
    name = sole_candidate(ctx, j, s, frozenset({m.name}))
    if name is None:
        return []
    cue = ctx.doc[j + 1 : k].text
    return [Found(end_of(m), noun.relation, End(name, "person", 0.8), cue, s, 0.6 * m.confidence)]


def _spoken_in_first_person(ctx: Context, j: int) -> bool:
    """Token ``j`` is inside a quotation whose speaker says "je" in it (a first-person mention
    bound to the speaker), so that the quotation is his speech, not the writer's words."""
    if not ctx.in_quote(j):
        return False
    quote = ctx.quotes[ctx.quote_of[j]]
    return any(
        (m := ctx.at.get(k)) is not None and m.details.get("first_person")
        for k in range(quote.start, quote.end)
    )


def _withdraws_support(ctx: Context, m: Mention, sent) -> bool:
    """After ``m`` in its sentence, a withdrawing word, then a possessive and a support noun
    within three words ("a retiré mardi son soutien", "a mis fin à son appui"): the holder of
    a possessive title takes his support back, so the title ties nothing."""
    view = ctx.view
    withdrawn = None
    for k in range(m.end, sent.end - 1):
        if view.folded[k] in WITHDRAWALS:
            withdrawn = k
        elif (
            withdrawn is not None
            and k - withdrawn <= 3
            and view.folded[k] in POSSESSIVES
            and view.folded[k + 1] in WITHDRAWN_SUPPORT
        ):
            return True
    return False


def _assured_of(ctx: Context, j: int, sent) -> bool:
    """ "S'il assure le maire de son soutien, X …": the possessive at ``j`` follows "de" after
    a verb of assuring in the same clause; the noun is the support given to the one assured,
    whoever "son" stands for, and no title of the name after it."""
    view = ctx.view
    if j - 1 <= sent.start or view.folded[j - 1] not in {"de", "d"}:
        return False
    k = j - 2
    while k >= sent.start and not view.puncts[k] and view.lemmas[k] not in ASSURING_VERBS:
        k -= 1
    return k >= sent.start and view.lemmas[k] in ASSURING_VERBS


def _possessed(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Marine Le Pen et son lieutenant Jordan Bardella": a noun of allegiance after a
    possessive, right before a name, ties the name to the closest earlier person (or, with
    nobody earlier in the sentence, to the one person of the sentence before)."""
    view = ctx.view
    j = m.start - 1
    if view.folded[m.start] in POSSESSED_RECIPIENTS or (
        j >= sent.start and view.folded[j] in POSSESSED_RECIPIENTS
    ):
        # "a retiré son soutien au maire sortant", "son appui à X": the name receives the
        # support (given or withdrawn, the verb's business), it is not the owner's supporter
        return []
    if j >= sent.start and view.texts[j] == ",":
        j -= 1
    words: list[str] = []
    while j >= sent.start and len(words) < 4:
        word = view.folded[j]
        if word in POSSESSIVES:
            break
        if view.puncts[j] or ctx.at.get(j) is not None:
            return []
        words[:0] = fold_token(view.texts[j])
        j -= 1
    else:
        return []
    phrase = tuple(words)
    noun = next((n for n in ctx.lexicon.nouns if n.relation in TIES and phrase in n.words), None)
    if noun is None or _withdraws_support(ctx, m, sent) or _assured_of(ctx, j, sent):
        return []
    owners = [
        o for o in ctx.mentions if sent.start <= o.start and o.end <= j and o.kind == "person"
    ]
    if not ctx.in_quote(j):
        # « Nous irons jusqu'au bout », assure sa directrice de campagne, X: the quotation's
        # « nous » is X speaking, who is not the one the writer's « sa » stands for
        owners = [o for o in owners if not o.details.get("first_person")]
    if _spoken_in_first_person(ctx, j):
        # « Je regrette que son porte-parole, X, … »: a speaker says "mon" of his own, so
        # "son" in his quotation is neither his "je" nor the speaker named outside it; only a
        # third person the quotation itself names can own the noun (a quoted fragment in the
        # writer's voice, « le travail de son porte-parole, X », keeps the plain reading)
        quote = ctx.quote_of[j]
        owners = [
            o
            for o in owners
            if ctx.quote_of[o.start] == quote and not o.details.get("first_person")
        ]
        if not owners:
            return []
    if owners:
        if owners[-1].name == m.name:
            return []
        owner = end_of(owners[-1])
    else:  # "Son lieutenant, X, …" opening a sentence: the one person of the sentence before
        name = sole_candidate(ctx, j, s, frozenset({m.name}))
        if name is None:
            return []
        owner = End(name, "person", 0.8)
    cue = ctx.doc[j : m.start].text
    return [Found(end_of(m), noun.relation, owner, cue, s, owner.confidence * 0.7)]


NAMING_PREDICATE = grammar_words("descriptions", "naming_predicate")


def _possessed_named(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Sa colistière sera X", "Son bras droit se nomme X": a sentence opening on a possessive
    and a noun of allegiance, then a copula or a naming verb, then the name: the name is tied
    to the one person the possessive can stand for (``anaphora.object_antecedent``), or to
    nobody."""
    view = ctx.view
    j = m.start - 1
    while j > sent.start and view.folded[j] in NAMING_PREDICATE:
        j -= 1
    if j == m.start - 1 or ctx.at.get(j) is not None:
        return []  # no predicate between: "son lieutenant X" is ``_possessed``'s
    words: list[str] = []
    while j >= sent.start and len(words) < 4 and view.folded[j] not in POSSESSIVES:
        if view.puncts[j] or ctx.at.get(j) is not None:
            return []
        words[:0] = fold_token(view.texts[j])
        j -= 1
    if j < sent.start or view.folded[j] not in POSSESSIVES or j != opening_word(ctx, sent):
        return []
    phrase = tuple(words)
    noun = next((n for n in ctx.lexicon.nouns if n.relation in TIES and phrase in n.words), None)
    if noun is None:
        return []
    # the possessor: one person before, past sentences that name nobody ("X sera tête de
    # liste. Son parachutage a fait grincer des dents. Sa colistière sera Y")
    name, _ = object_antecedent(ctx, j, s, None, frozenset({m.name}))
    if name is None:
        return []
    cue = ctx.doc[j : m.start].text
    return [Found(end_of(m), noun.relation, End(name, "person", 0.8), cue, s, 0.6 * m.confidence)]


def party_named_after(ctx: Context, noun: int) -> Mention | None:
    """The party whose name the text writes right after the party noun at token ``noun``
    ("du parti Les Républicains", "le mouvement « Place publique »"): that party, never the one
    an earlier sentence named."""
    k = noun + 1
    if k < len(ctx.view.texts) and ctx.view.texts[k] in QUOTES:
        k += 1
    k = _past_party_qualifiers(ctx, k)
    mention = ctx.at.get(k)
    if mention is None or mention.kind != "party" or mention.start != k:
        return None
    return mention


PARTY_SIDES = grammar_words("descriptions", "party_sides")
PARTY_WINGS = grammar_words("descriptions", "party_wings")


def _past_party_qualifiers(ctx: Context, k: int) -> int:
    """Past the qualifiers news puts between a party noun and the party's name ("du parti
    majoritaire de droite UMP", "le parti d'extrême droite RN", "du courant social du PS"):
    lower-case adjectives that name no party and their adverbs ("la plus droitière"),
    "de"/"d'" before a side of the spectrum
    (``party_sides``), then at most a "de" before the party; at most four words, else ``k``
    itself."""
    view = ctx.view
    j = k
    while j < min(len(view.texts), k + 5) and ctx.at.get(j) is None:
        text = view.texts[j]
        if view.pos[j] == "ADJ" and text.islower() and ctx.party_by_adjective(text) is None:
            j += 1
        elif view.pos[j] == "ADV" or (
            view.folded[j] in {"la", "le"} and j + 1 < len(view.texts) and view.pos[j + 1] == "ADV"
        ):
            j += 1  # "l'aile la plus droitière de l'UMP"
        elif (
            view.folded[j] in {"de", "d"}
            and j + 1 < len(view.texts)
            and (view.folded[j + 1] in PARTY_SIDES)
        ):
            j += 2
        elif view.folded[j] in PARTY_SIDES and j > k:
            j += 1  # "d'extrême droite": the second word of the side
        else:
            break
    if j > k and j + 1 < len(view.texts) and view.folded[j] in {"du", "de", "d", "des"}:
        j += 1 + (view.folded[j + 1] in {"la", "l"} and ctx.at.get(j + 1) is None)
        # "du courant social du PS": a wing qualified, then the party it belongs to
    return j if ctx.at.get(j) is not None else k


def _named_party(ctx: Context, k: int, s: int) -> End | None:
    """ "la tête du parti" after the party was named: the one party named before token ``k``
    in sentence ``s`` or in the sentence before (outside quotations); when those two name
    none, the one party the article named before them ("Le PS a réuni son conseil national.
    … Trois nouveaux visages … X, qui devient trésorière du parti"); None if none or several.
    """
    first = ctx.sents[s - 1].start if s else ctx.sents[s].start
    names = _parties_between(ctx, first, k)
    if not names:
        names = _parties_between(ctx, 0, first)
        return End(names.pop(), "party", 0.7) if len(names) == 1 else None
    return End(names.pop(), "party", 0.8) if len(names) == 1 else None


def _parties_between(ctx: Context, first: int, k: int) -> set[str]:
    """Names of the parties mentioned from token ``first`` to ``k``, outside quotations."""
    return {
        m.name
        for m in ctx.mentions
        if m.kind == "party" and first <= m.start < k and not ctx.in_quote(m.start)
    }


def _leadership(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, élu en décembre à la présidence des Républicains, …", "X, portée à la tête du PS",
    "X a été élu à la tête du parti" (the one party just named): a party's leadership, reached
    by a participle of accession, is a membership."""
    view = ctx.view
    j = m.end
    if j >= sent.end:
        return []
    auxiliaries = resolution_list("leadership_auxiliaries")
    verbs = resolution_list("leadership_verbs")
    if view.texts[j] == "," and completes_a_noun(ctx, m, sent):
        return []  # "Le bras droit de X, candidat à la présidence du PS": the right hand runs
    if view.texts[j] != ",":
        j -= 1  # "X a été élu …": only auxiliaries before the participle
        near = range(m.end, min(sent.end, m.end + 2))  # "X prend la tête du PS"
        if not any(view.folded[k] in auxiliaries or view.folded[k] in verbs for k in near):
            return []
    nouns = resolution_list("leadership")
    seen_verb = False
    for k in range(j + 1, min(sent.end, j + 12)):
        word = view.folded[k]
        if view.puncts[k] or ctx.at.get(k) is not None and ctx.at[k].kind == "person":
            return []
        if word in verbs:
            seen_verb = True
        elif not seen_verb and word in auxiliaries:
            continue
        elif (
            view.pos[k] in {"VERB", "AUX"}
            or word in NEGATION_WORDS
            or word in ctx.lexicon.lists["former"]
        ):
            return []
        elif word in nouns and seen_verb and k + 2 < sent.end:
            nxt = k + 1
            if view.folded[nxt] not in {"de", "du", "des", "d"}:
                return []
            mention = ctx.at.get(nxt + 1) or ctx.at.get(nxt)
            party = end_of(mention) if mention is not None and mention.kind == "party" else None
            noun = nxt + 1 if view.folded[nxt + 1] not in {"la", "l"} else nxt + 2
            written = party_named_after(ctx, noun) if party is None else None
            if written is not None:  # "élu à la tête du parti Les Républicains"
                party, mention_end = end_of(written), written.end
            elif party is None and view.folded[noun] in resolution_list("party_nouns"):
                party = _named_party(ctx, k, s)
                mention_end = noun + 1
            else:
                mention_end = mention.end if mention is not None else nxt
            if party is None:
                return []
            cue = ctx.doc[k:mention_end].text
            return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.85)]
    return []


def _founded(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, qui a fondé son propre mouvement, La France insoumise, …": the party a person
    founded, named in apposition to the founded party noun, is theirs."""
    view = ctx.view
    j = m.end
    if j + 3 >= sent.end or view.texts[j] != "," or view.folded[j + 1] not in {"qui", "qu"}:
        return []
    founding = resolution_list("founding")
    nouns = resolution_list("party_nouns")
    seen_verb = seen_noun = False
    for k in range(j + 2, min(sent.end, j + 10)):
        word = view.folded[k]
        if word in NEGATION_WORDS or word in ctx.lexicon.lists["former"]:
            return []
        if word in founding:
            seen_verb = True
        elif seen_verb and word in nouns:
            seen_noun = True
        elif view.texts[k] == ",":
            party = ctx.at.get(k + 1)
            if seen_noun and party is not None and party.kind == "party":
                cue = ctx.doc[j + 1 : party.end].text
                return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.85)]
            return []
        elif view.pos[k] in {"VERB"} and not seen_verb:
            return []
    return []


PLURAL_DETERMINERS = frozenset({"les", "des", "aux"})


def _shared_label(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "les écologistes Anne Morel et Paul Verdier", "les députés insoumis A et B", "les élus
    LR A et B": a plural party label (after a plural determiner, or a plural role noun of the
    [lists] groups) before
    several names joined by commas and "et" is a membership of each (after a bare determiner
    the first name has it already, from the label)."""
    view = ctx.view
    j = m.start - 1
    first = True
    while j > sent.start and view.texts[j] in {"et", ","}:
        before = ctx.at.get(j - 1)
        if before is None or before.kind != "person":
            return []
        j = before.start - 1
        first = False
    label = ctx.at.get(j) if j > sent.start else None
    if label is None or label.kind != "party":
        return []
    k = label.start - 1
    role = view.folded[k] in ctx.lexicon.lists["group"] and k > sent.start
    if role:
        k -= 1
    elif label.source != "adjective":  # "les élus LR A et B", never "le PS, A et B"
        return []
    if label.end != j + 1 or view.folded[k] not in PLURAL_DETERMINERS or (first and not role):
        return []
    return [Found(end_of(m), REL.MEMBER_OF, end_of(label), label.text, s, m.confidence * 0.8)]


def _enumerated(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "plusieurs membres de sa famille LR, à savoir A à l'Intérieur, B à la Santé et C",
    "des ministres MoDem, avec A et B", "les socialistes, dont A et B": names enumerated after a
    plural group labelled by a party, and a list opener ([resolution] ``list_openers``), are
    members of it, each name followed at most by a short complement without a verb."""
    view = ctx.view
    j = m.start - 1
    for _ in range(12):  # one step per earlier name of the list
        j = _skip_title(ctx, j, sent.start)  # "…, le député du Tarn B, …"
        opener = _list_opener(view, j, sent.start)
        if opener is not None:
            return _group_label(ctx, m, opener, sent, s)
        also = view.folded[j] == "que" and view.folded[j - 1] == "ainsi"  # "ainsi que C"
        if j <= sent.start or (view.texts[j] not in {",", "et"} and not also):
            return []
        if also:
            j -= 1
        j -= 2 if view.texts[j] in {"et", "ainsi"} and view.texts[j - 1] == "," else 1
        for _ in range(8):  # back over the complement to the name before
            named = ctx.at.get(j)
            if named is not None and named.kind == "person" and named.source in WRITTEN_SOURCES:
                break
            finite = "Part" not in feature(ctx.doc[j], "VerbForm")
            verb = view.pos[j] in {"VERB", "AUX"} and finite
            if j <= sent.start or verb or view.texts[j] in {":", ";"}:
                return []  # "A, chargée de l'Europe, et B": a participle may qualify A
            j -= 1
        else:
            return []
        j = named.start - 1
    return []


def _skip_title(ctx: Context, j: int, start: int) -> int:
    """The separator before a title written before a listed name ("Parmi les élus NC :
    l'ancien ministre du Budget A, le député du Tarn B et C"): a determiner-led phrase without
    a verb or another name ending at token ``j``; ``j`` itself when there is none."""
    view = ctx.view
    k = j
    while k > start and j - k < 10:
        named = ctx.at.get(k)
        person = named is not None and named.kind == "person"
        stop = view.puncts[k] and not _glued_hyphen(ctx, k) and view.texts[k] != "'"
        if view.texts[k] in {",", ":", ";", "et"} or view.folded[k] == "que":
            break
        if _list_opener(view, k, start) is not None:  # "dont la maire de Tulle A"
            return k if k < j and _title_at(ctx, k + 1) else j
        if view.pos[k] in {"VERB", "AUX"} or person or stop:
            return j
        k -= 1
    if k == j or not _title_at(ctx, k + 1):
        return j
    if view.texts[k] not in {",", ":", "et"} and view.folded[k] != "que":
        return j
    return k


def _title_at(ctx: Context, k: int) -> bool:
    """Whether a person's title starts at token ``k``: a determiner, at most two adjectives
    ("l'ancien", "le nouveau"), then a role head ("ministre", "député", "maire"…), never
    another noun ("avec le soutien de A" is no title of A)."""
    view = ctx.view
    if k >= len(view.folded) or view.folded[k] not in DETERMINERS:
        return False
    t = k + 1
    while t < k + 3 and t < len(view.folded) and view.pos[t] == "ADJ":
        t += 1
    if t >= len(view.folded):
        return False
    words = words_from(ctx, t, min(len(view.folded), t + 3))
    heads = ctx.lexicon.lists["role_heads"] | resolution_list("description_heads")
    if words and words[0][0] in heads:
        return True
    roles = _find_phrases(words, ctx.lexicon.phrases["member_roles"])
    return bool(roles) and roles[0][0] == t


def _list_opener(view, j: int, start: int) -> int | None:
    """First token of a list opener ("à savoir", "dont", ":") ending at token ``j``."""
    if j > start and view.texts[j] == ":":
        return j
    if view.folded[j] not in _list_opener_ends():
        return None  # (asked at every name: most words end no opener)
    for words in _list_openers():
        first = j - len(words) + 1
        if first > start and tuple(view.folded[first : j + 1]) == words:
            return first
    return None


@cache
def _list_openers() -> tuple[tuple[str, ...], ...]:
    """The words of each list opener, split once (asked at every name of a list)."""
    return tuple(tuple(opener.split()) for opener in resolution_sequence("list_openers"))


@cache
def _list_opener_ends() -> frozenset[str]:
    """The last word of each list opener (every opener has words)."""
    return frozenset(words[-1] for words in _list_openers())


def _group_label(ctx: Context, m: Mention, opener: int, sent, s: int) -> list[Found]:
    """The membership of ``m`` when the words before the list opener at ``opener`` are a plural
    group labelled by a party ("des ministres MoDem", "membres de sa famille Les Républicains
    (LR)", "les écologistes"), never a former one."""
    view = ctx.view
    k = opener - 1
    if k > sent.start and view.texts[k] == ",":
        k -= 1
    if k > sent.start + 2 and view.texts[k] == ")" and view.texts[k - 2] == "(":
        k -= 3  # "Les Républicains (LR)"
    k = _before_place(ctx, k, sent)
    label = ctx.at.get(k)
    adjective = ctx.party_by_adjective(view.texts[k]) if label is None else None
    if adjective is not None and view.texts[k].islower():  # "plusieurs élus socialistes"
        label = Mention(k, k + 1, "party", view.texts[k], "adjective", adjective.name, adjective)
    if label is None or label.kind != "party" or label.end != k + 1:
        return []
    before = [view.folded[t] for t in range(max(sent.start, label.start - 5), label.start)]
    groups = resolution_list("member_groups")
    grouped = any(w in groups for w in before)
    plural = label.source == "adjective" and before[-1:] and before[-1] in PLURAL_DETERMINERS
    if not (grouped or plural) or any(w in ctx.lexicon.lists["former"] for w in before):
        return []
    cue = ctx.doc[label.start : opener].text
    party = End(label.name, "party", 1.0)
    return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8)]


def _before_place(ctx: Context, k: int, sent) -> int:
    """The last token of a group's label before a place complement ending at ``k`` (« plusieurs
    élus LR *de la région*, dont … », « trois maires écologistes *de Gironde*, dont … »): the
    token before a « de » that follows a party label, past at most four words with no verb,
    punctuation or name; ``k`` itself when there is none."""
    view = ctx.view
    for j in range(k, max(sent.start, k - 4), -1):
        if view.puncts[j] or view.pos[j] in {"VERB", "AUX"}:
            return k
        if ctx.at.get(j) is not None:
            return k
        if view.folded[j] not in DE_FORMS:
            continue
        label = ctx.at.get(j - 1)
        lowered = view.texts[j - 1].islower()
        if (label is not None and label.kind == "party" and label.end == j) or (
            label is None and lowered and ctx.party_by_adjective(view.texts[j - 1]) is not None
        ):
            return j - 1
        return k
    return k


def _party_relative(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "le MoDem, dont la candidate, X, …", "Le PS, dont le premier secrétaire X a parlé":
    a membership role in a "dont" relative whose antecedent is a party is a role in that
    party (never a former one)."""
    view = ctx.view
    end = m.start - 1 if view.texts[m.start - 1] == "," else m.start
    k = end - 1
    while k > sent.start and k > end - 6 and view.folded[k] != "dont":
        k -= 1
    if k <= sent.start + 1 or view.folded[k] != "dont":
        return []
    words = words_from(ctx, k + 1, end)
    roles = _find_phrases(words, ctx.lexicon.phrases["member_roles"])
    if not roles or words[0][0] not in DETERMINERS or roles[0][0] != words[1][1]:
        return []  # "dont la candidate": a determiner, then the role itself
    if any(w in ctx.lexicon.lists["former"] for w, _ in words):
        return []
    if roles[0][1] < end and ctx.at.get(roles[0][1]) is None:
        return []  # the role must end the phrase: "dont le candidat à Lyon" says no party tie
    if any(
        ctx.party_word(i) or ctx.party_by_adjective(view.texts[i]) is not None
        for i in range(roles[0][1], end)
    ):
        return []  # "le PS, dont la candidate PCF, X": her title names her own party
    j = k - 1 if view.texts[k - 1] == "," else k
    party = ctx.at.get(j - 1)
    if party is None or party.kind != "party" or party.end != j:
        return []
    cue = ctx.doc[k:end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


PARTY_POSSESSIVES = grammar_words("descriptions", "party_possessives")


CLAUSE_OPENERS = grammar_words("descriptions", "clause_openers")


def _at_party(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X est au PS depuis vingt ans", "X, au Front national depuis 2010, …", and the gapped
    coordination of news writing "A au PS, B chez LR, ont débattu": a name that opens its
    clause, followed by "au"/"chez" and a party (or a present "être" before them), belongs to
    it. Never after "était"/"a été" (a past tie) nor a name that is some verb's object ("Il a
    présenté X au PS")."""
    view = ctx.view
    j = m.end
    if j + 1 >= sent.end:
        return []
    opened = m.start == sent.start or view.texts[m.start - 1] in CLAUSE_OPENERS
    if view.texts[j] == ",":
        j += 1
    elif view.lemmas[j] == "etre" or view.folded[j] in {"est", "sont"}:
        if view.folded[j] in PAST_COPULAS or view.folded[j] in {"ete", "fut", "sera"}:
            return []
        j += 1
        while j < sent.end and view.folded[j] in COPULA_FILLERS - {"devenu", "devenue"}:
            j += 1
        opened = True
    if not opened or j + 1 >= sent.end or view.folded[j] not in AT_ROLE:
        return []
    party = ctx.at.get(j + 1)
    if party is None or party.kind != "party" or party.start != j + 1:
        return []
    after = party.end
    if after < sent.end and view.texts[after] == "(":  # "au Nouveau Centre (NC)"
        after = next(
            (k + 1 for k in range(after, min(sent.end, after + 4)) if view.texts[k] == ")"), after
        )
    if after < sent.end and not (
        view.puncts[after] or view.folded[after] in {"et", "depuis", "aussi", "egalement"}
    ):
        return []  # "X est au PS ce que Y est à LR", "au PS de Z"
    cue = ctx.doc[j : party.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _party_possessive(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Les écologistes hésitent. Leur chef de file, X, …", "Le RN n'a pas de candidat. Son
    délégué départemental, X, …": a membership role after a possessive, opening the sentence
    in apposition to a name, is a role in the one party the sentence before names. "Son" or
    "sa" count only when that sentence names no person (who could be the possessor)."""
    view = ctx.view
    start = sent.start
    if view.folded[start] not in PARTY_POSSESSIVES or s == 0:
        return []
    if m.start < start + 2 or view.texts[m.start - 1] != "," or m.start - start > 6:
        return []
    words = words_from(ctx, start + 1, m.start - 1)
    roles = _find_phrases(words, ctx.lexicon.phrases["member_roles"])
    if not roles or roles[0][0] != start + 1:
        return []
    if any(w in ctx.lexicon.lists["former"] for w, _ in words):
        return []  # "Leur ex-porte-parole, X": a role left, maybe the party too
    if any(ctx.at.get(k) is not None for k in range(start + 1, m.start - 1)):
        return []  # "Son porte-parole au PS, X": the party is given
    before = ctx.sents[s - 1]
    outside = [
        other
        for other in ctx.mentions
        if before.start <= other.start < before.end and not ctx.in_quote(other.start)
    ]
    parties = {other.name for other in outside if other.kind == "party"}
    persons = [other for other in outside if other.kind == "person"]
    if len(parties) != 1 or (view.folded[start] != "leur" and persons):
        return []
    cue = ctx.doc[start : m.start - 1].text
    party = End(parties.pop(), "party", 1.0)
    found = [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8)]
    spoken = _find_phrases(words, _spokesperson_phrases(ctx))
    if spoken and spoken[0][0] == start + 1:  # "Leur porte-parole, X": speaks for it too
        found.append(Found(end_of(m), REL.SPOKESPERSON_OF, party, cue, s, m.confidence * 0.75))
    return found


PARTY_DETERMINERS = grammar_words("descriptions", "party_determiners")
# Time adjuncts between a participle of leading and its agent: "dirigé depuis 2019 par X".
LEADING_ADJUNCTS = grammar_words("membership_news", "leading_adjuncts")
# Present forms of leading a party, after "que": "le MoDem, que dirige X".
LEADING_VERBS = grammar_words("membership_news", "leading_verbs")


def _party_owned_role(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Le RN maintient sa liste, et sa tête de liste, X, …", "La France insoumise, qui
    réclamait la tête de liste pour son candidat, X, …": a membership role after "son"/"sa"/
    "leur", right before a name, in a sentence opened by a party, is a role in that party (a
    spokesperson noun its spokesperson too). Never when another actor or a noun that could
    own the role ([resolution] ``possessor_nouns``) sits between, nor a former role."""
    view = ctx.view
    j = m.start - 1
    if j > sent.start and view.texts[j] == ",":
        j -= 1
    end = j + 1
    while j > sent.start and end - j <= 5 and view.folded[j] not in PARTY_POSSESSIVES:
        named = ctx.at.get(j)  # the role itself may have been read as a reference
        if view.puncts[j] or named is not None and named.source in WRITTEN_SOURCES:
            return []
        j -= 1
    if view.folded[j] not in PARTY_POSSESSIVES or j + 1 >= end:
        return []
    words = words_from(ctx, j + 1, end)
    roles = _find_phrases(words, ctx.lexicon.phrases["member_roles"])
    first = j + 1  # "sa nouvelle porte-parole, X": a role just taken is still the role
    while first < end and view.folded[first] in resolution_list("role_novelty"):
        first += 1
    if not roles or roles[0][0] != first or any(w in ctx.lexicon.lists["former"] for w, _ in words):
        return []
    party = _owning_party(ctx, sent, j)
    if party is None:
        return []
    cue = ctx.doc[j:end].text
    found = [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.75)]
    if _find_phrases(words, _spokesperson_phrases(ctx)):
        found.append(Found(end_of(m), REL.SPOKESPERSON_OF, party, cue, s, m.confidence * 0.75))
    return found


def _owning_party(ctx: Context, sent, j: int) -> End | None:
    """The party a possessive at ``j`` ("son", "sa", "leur") refers to: the one party named
    before it in the sentence ("Une liste UDI a été actée par les militants, et leur président,
    X, …"; "La fédération socialiste a saisi la commission ; son premier secrétaire, X, …"),
    or, when the sentence opens on the possessive, the one party the previous sentence names.
    Never when a person is named before the possessive (who may own the role), when two
    parties are, or when a noun that could own the role sits between ("… la gauche et son
    candidat", "… le maire et son adjoint"); the party's own members ("les militants du
    parti") and the party's own noun ("le parti centriste") are the party, not rivals."""
    view = ctx.view
    plural = view.folded[j] == "leur"
    named = _parties_named(ctx, sent.start, j)
    if named is None:
        return None
    start = sent.start
    if not named:
        if ctx.sent_of[sent.start] == 0 or not _no_rival_owner(ctx, start, j, "", plural):
            return None  # "Leur président, X, …", "Qualifié, son chef de file, X, …" look back
        before = ctx.sents[ctx.sent_of[sent.start] - 1]
        named = _parties_named(ctx, before.start, before.end)
        start, j = before.start, before.end
    if not named or len({party.name for party in named}) != 1:
        return None
    return named[-1] if _no_rival_owner(ctx, start, j, named[-1].name, plural) else None


# Bodies a party adjective makes the party's own besides its units: "l'opposition socialiste".
PARTY_COLLECTIVES = grammar_words("mentions", "party_collectives")


def _parties_named(ctx: Context, start: int, end: int) -> list[End] | None:
    """The parties named between ``start`` and ``end``, by name or as the adjective of one of
    their units or bodies ("la fédération socialiste", "le groupe écologiste", "l'opposition
    communiste"); None when a person is named there too."""
    view = ctx.view
    units = ctx.lexicon.lists["party_units"] | PARTY_COLLECTIVES
    named: list[End] = []
    for k in range(start, end):
        mention = ctx.at.get(k)
        if mention is not None:
            if mention.kind != "party":
                return None
            if mention.start == k:
                named.append(end_of(mention))
        elif k > start and view.folded[k - 1] in units and view.pos[k - 1] == "NOUN":
            party = ctx.party_by_adjective(view.texts[k])
            if party is not None:
                named.append(End(party.name, "party", 0.9))
    return named


def _no_rival_owner(ctx: Context, start: int, end: int, party: str, plural: bool) -> bool:
    """No noun between ``start`` and ``end`` but the party's own could own a role after a
    possessive: a person by position ("le maire sortant et son adjoint") or a body ("la gauche
    et son candidat"); the party's list, its members and its own noun are the party. "leur"
    has a plural owner: a singular body ("l'alliance") cannot own "leur porte-parole"."""
    view = ctx.view
    # "maintient sa liste, et sa tête de liste, X": the party's own list owns no role
    owners = resolution_list("possessor_nouns") | resolution_list("organisations")
    owners -= resolution_list("list_nouns")
    members = resolution_list("member_groups")
    for t in range(start, end):
        if ctx.at.get(t) is not None:
            continue
        word = view.folded[t]
        if word in members and t + 1 < end and view.folded[t + 1] in {"du", "de", "d", "des"}:
            continue  # "les militants du parti": the party's own people
        unit = word in resolution_list("party_nouns") or word in ctx.lexicon.lists["party_units"]
        if (unit or word in PARTY_COLLECTIVES) and _names_party(ctx, t + 1, party):
            continue  # "le parti centriste", "la formation P", "l'opposition socialiste"
        person = view.pos[t] == "NOUN" and _person_noun(ctx, word)
        body = word in owners and view.pos[t] != "ADJ"  # never "une liste commune"
        if body and plural and feature(ctx.doc[t], "Number") == ["Sing"]:
            continue  # "… ont approuvé l'alliance, et leur porte-parole, X"
        if body or person:
            return False  # "… le maire sortant et son adjoint, X": the mayor's deputy
    return True


def _names_party(ctx: Context, k: int, party: str) -> bool:
    """Whether token ``k`` names ``party`` (its mention, or a family word it shares)."""
    named = ctx.at.get(k)
    if named is not None:
        return named.name == party
    adjective = ctx.party_by_adjective(ctx.view.texts[k])
    if adjective is not None:
        return adjective.name == party
    families = ctx.gazetteer.parties_by_family(ctx.view.texts[k])
    return any(entry.name == party for entry in families)


def _party_at(ctx: Context, k: int, limit: int) -> Mention | None:
    """The party mention at token ``k`` after any determiners ("par le PS", "du RN")."""
    while k < limit and ctx.view.folded[k] in PARTY_DETERMINERS:
        k += 1
    party = ctx.at.get(k)
    return party if party is not None and party.kind == "party" else None


def _invested(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, investi par LR, …" and, opening the sentence, "La candidate investie par le PS, X":
    a party's investiture is a membership of that party."""
    view = ctx.view
    words = resolution_list("investiture")
    j = m.end
    after = j + 3 < sent.end and view.texts[j] == "," and view.folded[j + 1] in words
    if after and view.folded[j + 2] == "par":
        party = _party_at(ctx, j + 3, sent.end)
        if party is not None:
            cue = ctx.doc[j + 1 : party.end].text
            return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.85)]
    if m.start - 1 <= sent.start or view.texts[m.start - 1] != ",":
        return []
    before = ctx.at.get(m.start - 2)
    if before is None or before.kind != "party":
        return []
    k = before.start - 1
    while k > sent.start and view.folded[k] in PARTY_DETERMINERS:
        k -= 1
    if view.folded[k] != "par" or view.folded[k - 1] not in words:
        return []
    opening = range(sent.start, k - 1)  # a determiner and a role noun, nothing else
    if len(opening) > 3 or view.folded[sent.start] not in DETERMINERS:
        return []
    if any(ctx.at.get(i) is not None or view.puncts[i] for i in opening):
        return []
    cue = ctx.doc[sent.start : before.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(before), cue, s, m.confidence * 0.8)]


def _party_apposition(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, du PS, a répondu", "à X, de La France insoumise (LFI)": a party alone in apposition
    after "de" is the person's party (nothing else may sit between the commas); so is a party
    written bare between commas, as news tags a name with its label ("la députée X, UMP, …"),
    unless a list of parties goes on after it ("X, LFI, EELV et le PCF": the actors met)."""
    view = ctx.view
    j = m.end
    if j + 2 >= sent.end or view.texts[j] != ",":
        return []
    if view.folded[j + 1] not in {"de", "du", "d", "des"}:
        return _bare_party_label(ctx, m, sent, s)
    party = _party_at(ctx, j + 1, min(sent.end, j + 4))
    if party is None:
        return []
    k = party.end
    if k + 2 < sent.end and view.texts[k] == "(" and view.texts[k + 2] == ")":
        k += 3  # "(LFI)"
    if k < sent.end and view.texts[k] not in {",", ".", ";", ":"} and k != sent.end - 1:
        return []
    cue = ctx.doc[j + 1 : party.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _bare_party_label(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, UMP, affrontera …", "face à X, RN." : a party the text writes bare (no determiner,
    no preposition) and alone between the comma after a name and a closing mark. A party, a
    « et »/« ou » or another name after the closing comma makes it an item of a list of actors
    ("a reçu X, LFI, EELV et le PCF"), never a label."""
    view = ctx.view
    party = ctx.at.get(m.end + 1)
    if party is None or party.kind != "party" or party.start != m.end + 1:
        return []
    if party.source not in WRITTEN_SOURCES:
        return []
    k = party.end
    if k >= sent.end or view.texts[k] not in {",", ".", ";", ")"}:
        return []
    if view.texts[k] == ",":
        nxt = k + 1
        if nxt < sent.end and (view.folded[nxt] in {"et", "ou"} or ctx.at.get(nxt) is not None):
            return []
    cue = ctx.doc[party.start : party.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _adjective_label(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "avec l'écologiste X", "la socialiste X": a party adjective used as a singular noun
    right before a name labels that person; so does its capitalised singular, as news writes
    a member's label ("le Républicain X", "la Verte X"), but never a plural ("Les Républicains
    X" may be the party, then a name)."""
    view = ctx.view
    j = m.start - 1
    if j - 1 < sent.start or ctx.at.get(j) is not None:
        return []
    if not view.texts[j][:1].islower() and not _capitalised_label(ctx, j):
        return []
    party = ctx.party_by_adjective(view.texts[j])
    if party is None or view.folded[j - 1] not in {"le", "la", "l"}:
        return []
    cue = ctx.doc[j - 1 : m.end].text
    return [Found(end_of(m), REL.MEMBER_OF, End(party.name, "party", 1.0), cue, s, 0.8)]


def _capitalised_label(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is a party's member label written with a capital as a singular noun
    ("le Républicain", "la Verte", "l'Insoumise"): a singular word (not ending in -s or -x),
    the rest of it in lower case, never a party's own name the gazetteer matched."""
    text = ctx.view.texts[j]
    return (
        text[:1].isupper()
        and text[1:].islower()
        and text[-1:] not in {"s", "x"}
        and ctx.at.get(j) is None
    )


def _before_title(ctx: Context, m: Mention, sent) -> int | None:
    """The index of the word before the title that opens ``m`` ("menée par le conseiller
    régional X", "par l'ancienne maire X"): role nouns, determiners and adjectives; set off by
    a comma, the title may have a complement ("par le président sortant du conseil régional,
    X"). None when the title names a party ("menée par l'écologiste X" says the leader's own
    party, which need not be the list's) or opens with no determiner and role noun."""
    view = ctx.view
    k = m.start - 1
    comma = k > sent.start and view.texts[k] == ","
    if comma:
        k -= 1
        title = ctx.at.get(k)
        if title is not None and title.kind == "person" and title.name == m.name:
            k = title.start - 1  # the title already resolved to the same person
    limit = k - (9 if comma else 5)
    while k > limit and k > sent.start:
        if ctx.at.get(k) is not None or not view.texts[k][:1].islower():
            break
        if _title_word(ctx, k) or (comma and view.folded[k] in PARTY_DETERMINERS):
            k -= 1
        elif view.pos[k] == "ADJ":
            if ctx.party_by_adjective(view.texts[k]) is not None:
                return None
            k -= 1
        elif comma and view.pos[k] == "NOUN":
            k -= 1  # "du conseil régional": the complement of the title
        else:
            break
    if k < m.start - 1 and view.folded[k + 1] not in DETERMINERS:
        return None  # a title opens with its determiner ("par le député X")
    if comma and (k + 2 >= m.start or view.folded[k + 2] not in ctx.lexicon.lists["nominal"]):
        return None  # "par le fils du maire, X" is no title of X's
    return k


def _list_leader(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "la liste LFI menée par X", "la liste du PS conduite par X": leading the list of one
    party is a membership of it (a list of several parties says nothing of the leader's)."""
    view = ctx.view
    k = m.start - 1
    k = _before_title(ctx, m, sent)
    if k is None or k - 2 < sent.start or view.folded[k] != "par":
        return []
    if view.folded[k - 1] not in resolution_list("list_leading"):
        return []
    parties: set[str] = set()
    j = k - 2
    if j > sent.start and view.texts[j] == ",":
        j -= 1  # "la liste des Verts, emmenée par X": the participle set off by a comma
    top = j
    while j >= sent.start and j > top - 8:
        mention = ctx.at.get(j)
        word = view.folded[j]
        if mention is not None and mention.kind == "party":
            parties.add(mention.name)
            j = mention.start - 1
            continue
        adjective = ctx.party_by_adjective(view.texts[j])  # "la liste écologiste menée par X"
        if adjective is not None:
            parties.add(adjective.name)
            j -= 1
            continue
        if word in resolution_list("list_nouns"):
            break
        if word in DEMONSTRATIVES and _stands_for_list(ctx, j, sent):
            break  # "La liste du PS obtient 20 %, celle de LFI menée par X 11 %"
        if word not in PARTY_DETERMINERS and view.texts[j] not in {"-", "–"}:
            return []
        j -= 1
    else:
        return []
    if len(parties) != 1:
        return []
    cue = ctx.doc[j : m.start].text
    party = End(parties.pop(), "party", 1.0)
    return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8)]


# Demonstrative pronouns that stand for a noun written before them: "celui des Verts".
DEMONSTRATIVES = grammar_words("descriptions", "demonstratives")


def _stands_for_list(ctx: Context, k: int, sent) -> bool:
    """Whether the demonstrative at ``k`` stands for a list: the nearest noun before it is one
    (:func:`_elided_noun`), or it is coordinated with a list the sentence opened on ("La liste
    de la maire X (PS) et celle des Verts conduite par Y"), with no former word before it."""
    nouns = resolution_list("list_nouns")
    if _elided_noun(ctx, k, sent, nouns):
        return True
    view = ctx.view
    if k - 1 < sent.start or view.folded[k - 1] not in {"et", "avec"}:
        return False
    first = next((t for t in range(sent.start, k) if view.pos[t] == "NOUN"), None)
    return (
        first is not None
        and view.folded[first] in nouns
        and (first == sent.start or view.folded[first - 1] not in ctx.lexicon.lists["former"])
    )


def _elided_noun(ctx: Context, k: int, sent, nouns: frozenset[str]) -> bool:
    """Whether the demonstrative at ``k`` ("celui", "celle") stands for one of ``nouns``: the
    nearest noun before it in the sentence, outside any name, is one of them and no former
    word qualifies it ("Le candidat PS, A, et celui des Verts, B": "celui" is a candidate)."""
    view = ctx.view
    former = ctx.lexicon.lists["former"]
    for t in range(k - 1, max(sent.start - 1, k - 16), -1):
        if ctx.at.get(t) is not None or view.pos[t] != "NOUN" or not view.texts[t].isalpha():
            continue  # "obtient 20 %, celle de …": a score is no noun to stand for
        if t > sent.start and view.folded[t - 1] in former:
            return False
        return view.folded[t] in nouns
    return False


def _elided_role(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "La candidate communiste, A, et celui des Verts, B, …", "le maire LR et celle du PS,
    C": a demonstrative standing for a role noun written before it, with a party as its
    complement and a name in apposition, is that role in that party."""
    view = ctx.view
    k = m.start - 1
    if k > sent.start and view.texts[k] == ",":
        k -= 1
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.end != k + 1:
        return []
    d = party.start - 1
    if d > sent.start and view.folded[d] in {"le", "la", "les", "l"}:
        d -= 1  # "celle de la France insoumise"
    if d - 1 < sent.start or view.folded[d] not in {"de", "du", "des", "d"}:
        return []
    if view.folded[d - 1] not in DEMONSTRATIVES:
        return []
    if not _elided_noun(ctx, d - 1, sent, _elided_roles(ctx)):
        return []
    cue = ctx.doc[d - 1 : party.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _elided_roles(ctx: Context) -> frozenset[str]:
    """Role nouns a demonstrative may stand for before a party and a name: any member's role
    and the one-word membership titles ("Le président de DL s'est rallié mais celui de l'UDF,
    X, résiste": X presides the UDF)."""
    single = {words[0] for words in ctx.lexicon.phrases["member_roles"] if len(words) == 1}
    return resolution_list("member_roles_of_party") | single


NEAR_PARTY = grammar_words("descriptions", "near_party")


def _party_of(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "le RN de Marine Le Pen", "La France insoumise de Jean-Luc Mélenchon": a party named
    with "de" and a person is the party that person leads. Never when the party is itself the
    complement of a noun ("l'exclusion du PS de X" is X's exclusion) or a former name."""
    view = ctx.view
    k = m.start - 1
    if k - 1 < sent.start or view.folded[k] not in {"de", "d"}:
        return []  # "Générations de X lance …" may open a headline
    bracket = _bracketed_party(ctx, k - 1) if k - 1 >= sent.start + 2 else None
    last = k - 1 if bracket is None else bracket  # "La France insoumise (LFI) de X"
    party = ctx.at.get(last)
    if party is None or party.kind != "party" or party.end != last + 1:
        return []
    d = party.start - 1
    if fold_token(view.texts[party.start])[:1] == ["ex"]:
        return []  # "l'ex-UMP de X"
    if d < sent.start:  # "Les Verts de X ont voté contre": the party opens the sentence
        cue = ctx.doc[party.start : m.start].text
        return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]
    if view.folded[d] in ctx.lexicon.lists["former"]:
        return []
    if view.folded[d] in {"du", "des"} and d > sent.start and view.pos[d - 1] == "NOUN":
        return []
    if (
        view.folded[d] in DE_FORMS
        and d - 1 > sent.start
        and view.folded[d - 1] in NEAR_PARTY
        and view.pos[d - 2] == "NOUN"
    ):
        # "la liste proche du PS de X": X's list, close to the party, and no member for it
        # (set off, "Y, proche du RN de X", the party is still X's)
        return []
    nested = d - 1 > sent.start and view.folded[d - 1] in {"de", "d"}
    if view.folded[d] in {"le", "la", "l", "les"} and nested and view.pos[d - 2] == "NOUN":
        return []
    cue = ctx.doc[party.start : m.start].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


PAST_COPULAS = grammar_words("descriptions", "past_copulas")
WHOSE_VERBS = grammar_words("descriptions", "whose_verbs")


def _whose_role(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "le PCF, dont le candidat X …", "Reconquête, dont X est vice-présidente", "LR, dont elle
    a été élue présidente": a current role of a party, reached through "dont", is a
    membership of that party (never a former role or a negated one)."""
    view = ctx.view
    roles = ctx.lexicon.phrases["member_roles"]
    former = ctx.lexicon.lists["former"]
    novelty = resolution_list("role_novelty")  # "dont X est la nouvelle porte-parole"

    def party_before(dont: int) -> Mention | None:
        if dont - 2 < sent.start or view.folded[dont] != "dont" or view.texts[dont - 1] != ",":
            return None
        party = ctx.at.get(dont - 2)
        if party is None and dont - 3 >= sent.start and unit_adjective(ctx, dont - 2):
            party = ctx.at.get(dont - 3)  # "le MoDem local, dont le responsable, X"
        if party is not None and party.kind == "person" and party.start - 2 >= sent.start:
            # "le MDC de Jean-Pierre Chevènement, dont le candidat, X": the leader's party
            leader = party.start - 1
            party = ctx.at.get(leader - 1) if view.folded[leader] in {"de", "d"} else None
        return party if party is not None and party.kind == "party" else None

    def role_at(start: int, end: int, whole: bool = False) -> bool:
        words = words_from(ctx, start, end)
        found = _find_phrases(words, roles)
        if not found or found[0][0] != start or _former_before(ctx, words, *found[0][::2]):
            return False
        # before an apposed name the role must end the phrase, but for its adjectives: "dont
        # le candidat face à X était Y" names no role of X
        return not whole or all(view.pos[i] == "ADJ" for i in range(found[0][1], end))

    role_end = _apposed_after_role(ctx, m, sent)  # "P, dont le responsable, X, …"
    if m.source == "role" and m.start > sent.start and view.folded[m.start - 1] == "dont":
        role_end = m.end  # the role itself, bound to the name apposed to it
    k = role_end - 1  # "P, dont la tête de liste X"
    while k > sent.start and k > role_end - 6 and not view.puncts[k]:
        bound = ctx.at.get(k)
        if (
            bound is not None
            and bound is not m
            and not (
                bound.source == "role" and bound.name == m.name  # the role apposed to the name
            )
        ):
            break
        if view.folded[k] == "dont":
            break
        if role_end < m.start and view.pos[k] in {"VERB", "AUX"}:
            k = sent.start  # "dont le candidat a dit, X": X is no apposition of the role
            break
        k -= 1
    party = party_before(k)
    opened = party is not None and k + 2 < role_end and view.folded[k + 1] in DETERMINERS
    # (the two walks below only once a party opens the clause: most names have none)
    current = opened and not any(view.folded[i] in former for i in range(k + 1, m.start))
    found: list[Found] = []
    other_party = current and any(
        ctx.party_by_adjective(view.texts[i]) is not None or ctx.party_word(i)
        for i in range(k + 2, role_end)
    )  # "le PS, dont la candidate PCF, X": X's own party is the one her title names
    if opened and current and not other_party and role_at(k + 2, role_end, whole=True):
        cue = ctx.doc[party.start : m.start].text
        found = [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]
        found += _speaks_for(ctx, m, party, k + 2, m.start, cue, s)
    else:
        party = party_before(m.start - 1)  # "P, dont X est (nommée) vice-présidente"
    if party is None:
        return []
    j = m.end
    copula = False
    while j < sent.end and j < m.end + 5:
        word = view.folded[j]
        if word in NEGATION_WORDS or word in former or word in PAST_COPULAS:
            return found  # "dont X était le candidat en 2012": a past role
        if view.lemmas[j] in COPULAS or word in resolution_list("leadership_auxiliaries"):
            copula = True
        elif word not in WHOSE_VERBS and word not in DETERMINERS and word not in novelty:
            break
        j += 1
    end = min(sent.end, j + 6)
    if copula and role_at(j, end):  # "… est la nouvelle porte-parole"
        cue = ctx.doc[party.start : j + 1].text
        found = found or [
            Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)
        ]
        found += _speaks_for(ctx, m, party, j, end, cue, s)
    return found


def _apposed_after_role(ctx: Context, m: Mention, sent) -> int:
    """Where the words before the name ``m`` end when a comma sets it off as an apposition to
    what precedes ("dont le responsable, X", "dont le candidat, l'instituteur X"): the comma's
    index; ``m.start`` when the name follows its words directly."""
    view = ctx.view
    k = m.start - 1
    if k - 2 >= sent.start and view.folded[k - 1] in DETERMINERS and view.pos[k] == "NOUN":
        k -= 2  # "l'instituteur X": a bare occupation before the name
    if k > sent.start and view.texts[k] == ",":
        return k
    return m.start


def _spokesperson_phrases(ctx: Context) -> tuple[tuple[str, ...], ...]:
    """The words of the lexicon's spokesperson nouns ("porte-parole", "porte-voix"…), which
    make a party's role a SPOKESPERSON_OF claim as well as a membership."""
    return tuple(p for n in ctx.lexicon.nouns if n.relation == REL.SPOKESPERSON_OF for p in n.words)


def _speaks_for(
    ctx: Context, m: Mention, party: Mention, start: int, end: int, cue: str, s: int
) -> list[Found]:
    """The role reached through "dont" is the party's spokesperson's ("LR, dont X est la
    nouvelle porte-parole", "le MoDem, dont la porte-parole X"): X speaks for the party too."""
    found = _find_phrases(words_from(ctx, start, end), _spokesperson_phrases(ctx))
    if not found or found[0][0] != start:
        return []
    return [Found(end_of(m), REL.SPOKESPERSON_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _title_word(ctx: Context, k: int) -> bool:
    """A word of a title before a name ("le député", "la sénatrice"): a determiner or a role
    noun, never a name or another noun ("son avocat X" is no title in the party)."""
    view = ctx.view
    nominal = ctx.lexicon.lists["nominal"]
    return ctx.at.get(k) is None and (
        view.folded[k] in DETERMINERS
        or view.folded[k] in nominal
        or view.folded[k].split(" ", 1)[0] in nominal  # "vice-président" is one token
    )


def _led_by(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Les Républicains, dirigés par X, …", "LR, le parti présidé par X", "le mouvement
    présidé par X, Debout la France": a party led by a person has that person as a member.
    The leader's title may be set off by a comma (« conduit par le vice-président délégué,
    X »), a time adjunct may sit before "par" (« dirigé depuis 2019 par X »), and the party
    may be a bare party noun standing for the one party the article just named (« Le parti,
    présidé par X, … », « le parti sera conduit par … »: ``_named_party``)."""
    view = ctx.view
    k = m.start - 1
    if k > sent.start + 1 and view.texts[k] == "," and _title_word(ctx, k - 1):
        k -= 1  # "par le vice-président délégué, X": a title set off by a comma
    elif k > sent.start + 1 and view.texts[k] == ",":
        k = _agent_described(ctx, k, sent) or k  # "emmené par un ancien pompier, X"
    while k > m.start - 5 and k > sent.start and _title_word(ctx, k):
        k -= 1  # "emmenés par le député X": the leader's title
    if (
        k - 2 >= sent.start
        and view.folded[k] in LEADING_VERBS
        and view.folded[k - 1]
        in {
            "que",
            "qu",
        }
    ):
        k -= 1  # "Le MoDem, que dirige X", "la formation, que préside X": a relative
    elif k - 2 < sent.start or view.folded[k] != "par":
        return []
    else:
        k = _leading_participle(ctx, k, sent)
    if k is None:
        return []
    founding = view.folded[k - 1] in resolution_list("founding")
    nouns = resolution_list("party_nouns")
    j = k - 2
    noun = False
    while j >= sent.start and j > k - 6:
        if view.folded[j] in nouns and ctx.at.get(j) is None:
            noun = True
        elif view.pos[j] == "AUX" and ctx.at.get(j) is None:
            pass  # "Le RN sera représenté par X"
        elif view.folded[j] not in PARTY_DETERMINERS and view.texts[j] != ",":
            break
        j -= 1
    party = ctx.at.get(j) if j >= sent.start else None
    if party is not None and party.kind == "party" and party.end == j + 1:
        if founding and _left_since(ctx, m, party.name):
            return []  # "le FN fondé par X", who has been excluded from it since
        before = view.folded[party.start - 1] if party.start > sent.start else "le"
        if before in nouns and party.start - 2 >= sent.start:
            before = view.folded[party.start - 2]  # "le mouvement P fondé par X"
        # a party opening its clause after a comma: "…, Les Républicains seront conduits par X"
        opens = before in {"le", "la", "l", "les"} or (
            party.start > sent.start and view.texts[party.start - 1] == ","
        )
        if not opens and view.texts[j + 1] != ",":
            return []  # "la liste PS-PCF menée par X", "la liste du PS menée par X"
        if _closes_a_party_list(ctx, party, sent):
            return []  # "une liste réunissant les écologistes et les communistes, menée par X"
        cue = ctx.doc[party.start : m.start].text
        return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]
    if noun and party is None and not founding and _bare_party_noun(ctx, j + 1, k - 1, sent):
        named = _named_party(ctx, j + 1, s)  # "Le parti, présidé par X, …"
        if named is not None:
            cue = ctx.doc[j + 1 : m.start].text
            return [Found(end_of(m), REL.MEMBER_OF, named, cue, s, m.confidence * 0.7)]
    after = m.end
    if noun and after + 1 < sent.end and view.texts[after] == ",":
        party = ctx.at.get(after + 1)  # "le parti présidé par X, Debout la France"
        if party is not None and party.kind == "party" and party.start == after + 1:
            if founding and _left_since(ctx, m, party.name):
                return []
            cue = ctx.doc[j + 1 : party.end].text
            return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]
    return []


def _agent_described(ctx: Context, comma: int, sent) -> int | None:
    """ "emmené par un ancien pompier, X", "conduite par une infirmière, X": the « par » of
    a leading participle whose agent is a short description set off by a comma before the
    name (a determiner, then only adjectives and nouns: no verb, no name, no « de »), so the
    name is that agent; None otherwise."""
    view = ctx.view
    j = comma - 1
    while j > comma - 5 and j > sent.start and view.pos[j] in {"ADJ", "NOUN"}:
        if ctx.at.get(j) is not None:
            return None
        j -= 1
    if j == comma - 1 or view.pos[j] != "DET" or ctx.at.get(j) is not None:
        return None
    return j - 1 if j - 1 > sent.start + 1 and view.folded[j - 1] == "par" else None


def _leading_participle(ctx: Context, k: int, sent) -> int | None:
    """The token after the participle of leading (or founding) whose agent "par" at ``k``
    introduces: right before it, or before a short time adjunct (« dirigé depuis 2019 par
    X », « présidé désormais par X »); None when there is none."""
    view = ctx.view
    leading = resolution_list("party_leading")
    founding = resolution_list("founding")
    for j in range(k - 1, max(sent.start, k - 4) - 1, -1):
        if view.folded[j] in leading or view.folded[j] in founding:
            return j + 1
        if view.folded[j] not in LEADING_ADJUNCTS and not view.texts[j].isdigit():
            return None
    return None


def _bare_party_noun(ctx: Context, start: int, end: int, sent) -> bool:
    """Whether tokens ``start``..``end`` are a definite party noun alone (« le parti », « la
    formation », with a comma or an auxiliary after it) opening its clause, not a party's
    name, a noun of someone else's (« le parti de X ») nor a complement (« avec le mouvement
    créé par X », a movement not named yet): the anaphor ``_named_party`` resolves. A founding
    participle never makes one (``_led_by`` leaves it out): the party it names is new."""
    view = ctx.view
    kept = [j for j in range(start, end) if view.texts[j] != ","]
    opens = bool(kept) and (kept[0] == sent.start or view.texts[kept[0] - 1] == ",")
    return (
        opens
        and len(kept) >= 2
        and view.folded[kept[0]] in {"le", "la", "l"}
        and view.folded[kept[1]] in resolution_list("party_nouns")
        and all(ctx.at.get(j) is None for j in kept)
        and all(view.pos[j] == "AUX" for j in kept[2:])
    )


QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _list_of(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "la liste insoumise de X", "la liste LR de X": a list labelled by one party and owned
    by a person is led by that person, a member of the party (never "l'ancienne liste")."""
    view = ctx.view
    k = m.start - 1
    if k - 2 < sent.start or view.folded[k] not in {"de", "d"}:
        return []
    label = ctx.at.get(k - 1)
    if label is not None:
        if label.kind != "party" or label.end != k:
            return []
        party, first = label.name, label.start
    else:
        entry = ctx.party_by_adjective(view.texts[k - 1])
        if entry is None:
            return []
        party, first = entry.name, k - 1
    noun = first - 1
    if noun <= sent.start or view.folded[noun] not in resolution_list("list_nouns"):
        return []
    if view.folded[noun - 1] in ctx.lexicon.lists["former"]:
        return []
    cue = ctx.doc[noun : m.start].text
    return [Found(end_of(m), REL.MEMBER_OF, End(party, "party", 1.0), cue, s, m.confidence * 0.8)]


def _person_party(ctx: Context, k: int) -> tuple[str, int] | None:
    """ "(le parti) de X" from token ``k``: the party the gazetteer knows person X in at the
    article's date, and the end of X's name; None when X is not a person it knows in one."""
    view = ctx.view
    if k + 1 >= len(view.folded) or view.folded[k] not in {"de", "d"}:
        return None
    person = ctx.at.get(k + 1)
    if person is None or person.kind != "person" or person.start != k + 1:
        return None
    entry = ctx.gazetteer.person(person.name)
    if entry is None or ctx.article.date is None:
        return None
    party = entry.party_at(ctx.article.date)
    return (party, person.end) if party is not None else None


def _unnamed_party_of(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "a quitté le parti de X", "le mouvement de X et de Y": a party noun whose complement is
    a person, with no party named, is the party the gazetteer knows that person in at the
    article's date (nothing when it knows none: the text alone does not say which). Never
    "l'ancien parti de X", nor inside a quotation (« rien en commun avec le parti de X » is
    a speaker's jibe, and which party is the gazetteer's guess, not the journalist's word)."""
    view = ctx.view
    k = m.start - 1
    while k - 2 >= sent.start and view.folded[k] in {"de", "d"}:
        before = ctx.at.get(k - 2) if view.folded[k - 1] in {"et", ","} else None
        if before is None or before.kind != "person" or before.end != k - 1:
            break
        k = before.start - 1  # "le parti de X et d'Y": back to X's "de"
    if k - 2 < sent.start or view.folded[k] not in {"de", "d"}:
        return []
    if view.folded[k - 1] not in resolution_list("party_nouns") or view.pos[k - 1] != "NOUN":
        return []
    former = ctx.lexicon.lists["former"]
    if any(view.folded[t] in former for t in range(max(sent.start, k - 4), k)):
        return []  # "son ancien parti de …", "l'ex-mouvement de X"
    if view.folded[k - 2] not in {"le", "la", "l", "du", "au"}:
        return []  # "un mouvement de X" may be a move X made
    if ctx.in_quote(m.start):
        return []  # the party comes from the gazetteer: only on the journalist's own words
    led = _person_party(ctx, m.start - 1)
    if led is None:
        return []
    cue = ctx.doc[k - 2 : m.end].text
    return [Found(end_of(m), REL.MEMBER_OF, End(led[0], "party", 0.9), cue, s, m.confidence * 0.75)]


def _founding_of(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "la création de Place publique par X", "le lancement du mouvement P par X", "la
    fondation de P par X": a founding noun whose agent is a person makes that person a member
    of what was founded (unless the gazetteer says the person has left it since)."""
    view = ctx.view
    k = m.start - 1
    if k - 3 < sent.start or view.folded[k] != "par":
        return []
    k -= 1
    if view.texts[k] in QUOTE_MARKS:
        k -= 1
    party = ctx.at.get(k)
    if party is None or party.kind != "party" or party.end != k + 1:
        return []
    d = party.start - 1
    if d > sent.start and view.texts[d] in QUOTE_MARKS:
        d -= 1
    if d > sent.start and view.folded[d] in resolution_list("party_nouns"):
        d -= 1  # "le lancement du mouvement P par X"
    if d - 1 < sent.start or view.folded[d] not in {"de", "d", "du"}:
        return []
    if view.folded[d - 1] not in resolution_list("founding_nouns"):
        return []
    if _left_since(ctx, m, party.name):
        return []
    cue = ctx.doc[d - 1 : m.start].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _founded_relative(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "Agir, le parti que lancent X et ses amis", "P, le mouvement qu'a fondé X", "P, la
    formation que X a créée": a party described by a relative whose subject founds it is that
    person's (unless the gazetteer says the person has left it since)."""
    view = ctx.view
    founding = resolution_list("founding_lemmas")
    k = m.start - 1
    verb = False
    while k > sent.start and k > m.start - 4 and view.folded[k] not in {"que", "qu"}:
        if view.lemmas[k] in founding:
            verb = True  # "que lancent X", "qu'a fondé X"
        elif view.pos[k] not in {"AUX", "VERB"}:
            return []
        k -= 1
    if view.folded[k] not in {"que", "qu"} or k - 3 < sent.start:
        return []
    if not verb:  # "que X a créée"
        after = [t for t in range(m.end, min(sent.end, m.end + 3)) if view.pos[t] != "ADV"]
        verb = any(view.lemmas[t] in founding for t in after if view.pos[t] in {"VERB", "AUX"})
    if not verb or view.folded[k - 1] not in resolution_list("party_nouns"):
        return []
    j = k - 2
    while j > sent.start and view.folded[j] in {"le", "la", "l", "son", "sa", "propre", "nouveau"}:
        j -= 1
    if view.texts[j] != ",":
        return []
    party = ctx.at.get(j - 1)
    if party is None or party.kind != "party" or party.end != j:
        return []
    if _left_since(ctx, m, party.name):
        return []
    cue = ctx.doc[party.start : m.end].text
    return [Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.8)]


def _left_since(ctx: Context, person: Mention, party: str) -> bool:
    """Whether the gazetteer knows that ``person`` was no longer in ``party`` at the article's
    date: a founder may have been excluded or have left since ("le FN fondé par X"), so a
    founding is a membership only when nothing says it ended."""
    entry = ctx.gazetteer.person(person.name)
    date = ctx.article.date
    if entry is None or date is None:
        return False
    periods = [p for p in entry.memberships if p.value == party]
    ended = any(p.end is not None and date[: len(p.end)] > p.end for p in periods)
    return ended and not any(p.holds_at(date) for p in periods)


def _closes_a_party_list(ctx: Context, party: Mention, sent) -> bool:
    """Whether ``party`` is the last of a list of parties ("les écologistes, les socialistes et
    les communistes"): a participle after the list leads what gathers them, not that party."""
    k = party.start - 1
    if k > sent.start and ctx.view.folded[k] in PARTY_DETERMINERS:
        k -= 1
    if k <= sent.start or ctx.view.folded[k] not in {"et", "ou"} and ctx.view.texts[k] != ",":
        return False
    before = ctx.at.get(k - 1)
    return before is not None and before.kind == "party" and before.end == k


QUOTES = frozenset({"«", '"', "“"})
CLOSING_QUOTES = frozenset({"»", '"', "”"})


HEADING_FILLERS = grammar_words("descriptions", "heading_fillers")
JOINT_LIST = grammar_words("descriptions", "joint_list")


def _heads_list(ctx: Context, m: Mention, sent, s: int) -> list[Found]:
    """ "X, qui conduira la liste insoumise", "X mène la liste LR", "X emmène la liste du PS":
    heading the list of one party is a membership of it (never a joint list "PS-PCF" or
    "d'union", nor a negated one). A few words of time or place may sit between the verb and
    the list ("qui menait dimanche la liste du MoDem") and an adjective between the
    list and its party ("la liste régionale des Verts"). The imperfect of a relative on
    the name tells the same campaign ("X, qui conduisait la liste LR à Vierzon, …") unless
    the sentence dates it before ("conduisait en 2014", "conduisait alors", the
    ``past_campaign`` words)."""
    view = ctx.view
    j = m.end
    while j < sent.end and j < m.end + 4 and view.folded[j] in HEADING_FILLERS:
        if view.folded[j] == "" and view.texts[j] != ",":
            return []
        j += 1
    if j + 3 >= sent.end or view.lemmas[j] not in resolution_list("list_heading"):
        return []
    if view.folded[j].endswith(("ait", "aient")) and not _same_campaign(ctx, m, j, sent):
        return []
    k = _list_after(ctx, j + 1, sent)
    if k is None:
        return []
    while k < sent.end and view.folded[k] in PARTY_DETERMINERS:
        k += 1
    party = ctx.at.get(k)
    if party is not None and party.kind == "party" and party.start == k:
        name, after = party.name, party.end
    else:
        adjective = ctx.party_by_adjective(view.texts[k]) if k < sent.end else None
        if adjective is None:
            return []
        name, after = adjective.name, k + 1
    if after < sent.end and (
        view.folded[after] in JOINT_LIST
        or view.texts[after] in {"-", "–", "/"}
        or ctx.at.get(after) is not None
    ):
        return []  # "la liste PS-PCF", "la liste d'union", "la liste socialiste et …"
    cue = ctx.doc[j:after].text
    party = End(name, "party", 1.0)
    return [Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.8, HEADING_RULE)]


HEADING_RULE = "membership list heading"


def _same_campaign(ctx: Context, m: Mention, verb: int, sent) -> bool:
    """Whether a list heading told in the imperfect belongs to the article's campaign: in a
    relative right after the name ("X, qui conduisait la liste …"), with no earlier year and
    none of the ``past_campaign`` words in the sentence."""
    view = ctx.view
    if [cfold(text) or text for text in view.texts[m.end : m.end + 2]] != [",", "qui"]:
        return False
    year = ctx.article.date[:4]
    past = resolution_list("past_campaign")
    for k in range(sent.start, sent.end):
        text = view.texts[k]
        if len(text) == 4 and text.isdigit() and "1900" < text < year:
            return False
        if view.folded[k] in past:
            return False
    return True


def _list_after(ctx: Context, k: int, sent) -> int | None:
    """The token after "la liste" (and its adjectives) when a list noun follows the heading
    verb at ``k``, past at most four words of time or place ("au premier tour", "dimanche");
    None when no list follows or a name, a mark or a joint list comes first."""
    view = ctx.view
    limit = min(sent.end - 2, k + 4)
    while k < limit and view.folded[k] not in {"la", "sa"}:
        if ctx.at.get(k) is not None or view.puncts[k]:
            return None
        k += 1
    if view.folded[k] not in {"la", "sa"} or view.folded[k + 1] not in resolution_list(
        "list_nouns"
    ):
        return None
    k += 2
    while k < sent.end and view.pos[k] == "ADJ" and ctx.at.get(k) is None:
        if view.folded[k] in JOINT_LIST or ctx.party_by_adjective(view.texts[k]) is not None:
            break  # "la liste commune" (joint) or "la liste socialiste" (the party itself)
        k += 1
    return k


def _possessed_party(ctx: Context, s: int, sent) -> list[Found]:
    """ "X a réuni son parti, le PS", "le parti de X, Les Républicains", "X a reçu des membres
    de sa famille politique LR": a party named in apposition to a person's party noun (or
    family noun, the ``family_nouns``) is that person's; "son"/"sa" bind only when the sentence
    names one person before them, and "son ancien parti" binds nothing."""
    view = ctx.view
    nouns = resolution_list("party_nouns")
    owned = nouns | resolution_list("family_nouns")
    modifiers = resolution_list("party_noun_modifiers")
    found: list[Found] = []
    for party in ctx.mentions_starting_in(s):
        if party.kind != "party" or not sent.start + 2 <= party.start < sent.end:
            continue
        comma = party.start - 1
        if view.texts[comma] in QUOTES:
            comma -= 1  # "son mouvement, « En Marche ! »"
        glued = view.folded[comma] in owned or (
            view.folded[comma] == "politique" and view.folded[comma - 1] in owned
        )
        if glued:  # "son parti Les Républicains", "sa famille politique LR": no comma
            comma += 1
        elif view.texts[comma] != "," and not (
            view.folded[comma] in PARTY_DETERMINERS and view.texts[comma - 1] == ","
        ):
            continue
        else:
            comma = comma if view.texts[comma] == "," else comma - 1
        owner = ctx.at.get(comma - 1)
        if owner is not None and owner.kind == "person":  # "le parti de X, P"
            k = owner.start - 1
            if k - 1 < sent.start or view.folded[k] not in {"de", "d"}:
                continue
            if view.folded[k - 1] not in nouns or view.folded[k - 2] in ctx.lexicon.lists["former"]:
                continue
            holder = end_of(owner)
        else:  # "son (propre) parti, P"
            k = comma - 1
            if view.folded[k] == "politique" and view.folded[k - 1] in owned:
                k -= 1  # "sa famille politique, le PS"
            if k <= sent.start or view.folded[k] not in owned:
                continue
            k -= 1
            while k > sent.start and view.folded[k] in modifiers:
                k -= 1
            if view.folded[k] not in POSSESSIVES:
                continue
            persons = {
                o.name
                for o in ctx.mentions
                if sent.start <= o.start < k and o.kind == "person" and not ctx.in_quote(o.start)
            }
            if len(persons) != 1:
                continue
            holder = End(persons.pop(), "person", 0.9)
        cue = ctx.doc[k : party.end].text
        found.append(Found(holder, REL.MEMBER_OF, end_of(party), cue, s, holder.confidence * 0.8))
    return found


def _positions(folded: list[str], words: tuple[str, ...], sent) -> list[int]:
    """Token positions of ``words`` in the sentence, found by ``list.index`` (no Python loop
    over every token: this runs for every sentence)."""
    found = []
    for word in words:
        k = sent.start
        while True:
            try:
                k = folded.index(word, k, sent.end)
            except ValueError:
                break
            found.append(k)
            k += 1
    return sorted(found)


def _respectively(ctx: Context, s: int, sent) -> list[Found]:
    """ "A et B, respectivement président du Parti radical et du Nouveau Centre": the roles and
    parties after "respectivement" go to the names before it, in order, when both lists are
    as long (a role of a party's own: a membership; a spokesperson's: that too). Never a
    former role ("respectivement anciens ministres")."""
    view = ctx.view
    found: list[Found] = []
    for r in _positions(view.folded, resolution_sequence("respectively"), sent):
        if r < sent.start + 3 or r >= sent.end - 2 or view.texts[r - 1] != ",":
            continue
        names: list[Mention] = []
        k = r - 2
        while k >= sent.start:
            person = ctx.at.get(k)
            if person is None or person.kind != "person":
                break
            names.insert(0, person)
            k = person.start - 1
            while k >= sent.start and view.folded[k] in {"de", "d"}:
                k -= 1  # "les départs de A et de B"
            if k < sent.start or view.texts[k] not in {",", "et"}:
                break
            k -= 1
            while k >= sent.start and view.folded[k] in {"de", "d"}:
                k -= 1
        parties: list[tuple[str, int]] = []
        words = []
        for j in range(r + 1, min(sent.end, r + 24)):
            mention = ctx.at.get(j)
            if mention is not None and mention.kind == "person":
                break
            if view.pos[j] in {"VERB", "AUX"} or (view.puncts[j] and view.texts[j] not in "(),"):
                break
            if view.texts[j] == "," and parties:
                break  # the apposition ends: "…, l'UMP perd ses centristes" is the main clause
            if mention is not None and mention.kind == "party":
                if not parties or parties[-1][1] != mention.start:
                    parties.append((mention.name, mention.start))
                continue
            adjective = ctx.party_by_adjective(view.texts[j]) if view.texts[j].islower() else None
            if adjective is not None:
                parties.append((adjective.name, j))
            elif not parties:
                words.extend(fold_token(view.texts[j]))
        if len(names) < 2 or len(parties) != len(names):
            continue
        if any(w in ctx.lexicon.lists["former"] for w in words):
            continue
        spokes = any(" ".join(words).startswith(" ".join(p)) for p in _spokesperson_phrases(ctx))
        cue = ctx.doc[r : parties[-1][1] + 1].text
        for name, (party, _) in zip(names, parties, strict=True):
            target = End(party, "party", 1.0)
            found.append(Found(end_of(name), REL.MEMBER_OF, target, cue, s, name.confidence * 0.8))
            if spokes:
                found.append(Found(end_of(name), REL.SPOKESPERSON_OF, target, cue, s, 0.75))
    return found


def descriptions(ctx: Context, s: int, sent) -> list[Found]:
    """Appositions, pre-nominal descriptions, predicates and resolved role descriptions."""
    found: list[Found] = []
    for m in ctx.mentions_starting_in(s):
        if m.start < sent.start or m.start >= sent.end or m.kind != "person":
            continue
        holder = end_of(m)
        predicate = _segment_predicate(ctx, m, sent)
        negated = predicate is not None and any(
            ctx.view.folded[j] in NEGATION_WORDS - {"plus"} for j in range(m.end, predicate[0])
        )
        if m.details.get("first_person"):  # « Je suis un proche de X »
            if predicate is not None:
                found += describe(ctx, holder, predicate[0], predicate[1], s, negated, True)
            continue
        if m.source == "role":
            spec = m.details["role"]
            if spec.party and not spec.former:
                cue = m.text
                found.append(
                    Found(
                        holder,
                        REL.MEMBER_OF,
                        End(spec.party, "party", 1.0),
                        cue,
                        s,
                        m.confidence * 0.9,
                    )
                )
            segment = _segment_after(ctx, m, sent)  # "Le maire du Havre, proche de X, …"
            if segment is not None:
                found += describe(ctx, holder, segment[0], segment[1], s, following=True)
            continue
        content = [w for w in fold_token(m.text) if w not in DETERMINERS]
        if m.source == "description" and len(content) > 1:
            # "a affirmé la présidente de Génération écologie" (a bare "l'insoumis" only
            # stands for the person)
            found += describe(ctx, holder, m.start, m.end, s)
        elif m.source == "description" and ctx.view.folded[m.start] in DEMONSTRATIVE:
            complement = _named_complement(ctx, m.end, sent)
            if complement is not None:  # "Ce proche de Y …": the tie the description states
                found += describe(ctx, holder, m.start, complement, s)
        # "le mari de X, élu socialiste,": the apposition describes the husband
        segments = [None if _of_another_person(ctx, m) else _segment_after(ctx, m, sent)]
        if m.source != "pronoun":
            segments.append(_segment_before(ctx, m, sent))
            fronted = _fronted_before_title(ctx, m, sent) if m.kind == "person" else None
            if fronted is not None:  # "Proche de X, la députée Y …"
                found += describe(ctx, holder, *fronted, s)
            found += _possessed(ctx, m, sent, s) + _possessed_after(ctx, m, sent, s)
            found += _possessed_named(ctx, m, sent, s)
            found += _party_possessive(ctx, m, sent, s) + _leadership(ctx, m, sent, s)
            found += _shared_label(ctx, m, sent, s) + _founded(ctx, m, sent, s)
            found += _invested(ctx, m, sent, s) + _list_leader(ctx, m, sent, s)
            found += _party_apposition(ctx, m, sent, s) + _adjective_label(ctx, m, sent, s)
            found += _party_of(ctx, m, sent, s) + _led_by(ctx, m, sent, s)
            found += _heads_list(ctx, m, sent, s) + _enumerated(ctx, m, sent, s)
            found += _party_relative(ctx, m, sent, s) + _at_party(ctx, m, sent, s)
            found += _party_owned_role(ctx, m, sent, s) + _founding_of(ctx, m, sent, s)
            found += _unnamed_party_of(ctx, m, sent, s) + _elided_role(ctx, m, sent, s)
            found += _founded_relative(ctx, m, sent, s) + _list_of(ctx, m, sent, s)
            found += affiliation_claims(ctx, m, sent, s)
            if "label" in m.details and not _label_voided(ctx, m):  # "le LR Paul Verdier"
                party, text = m.details["label"]
                found.append(Found(holder, REL.MEMBER_OF, End(party, "party", 1.0), text, s, 0.85))
        for n, segment in enumerate(segments):
            if segment is None:  # (an ended description: ``describe`` reads none)
                continue
            others = _listed_after(ctx, m, sent) if n == 1 else []
            plural = bool(others) and (
                _plural_title(ctx, segment[0], segment[1]) or _plural_group_before(ctx, m)
            )
            described = describe(ctx, holder, *segment, s, following=n == 0, plural=plural)
            found += described
            if plural:  # "Les deux porte-parole du PS, A et B": B's too
                found += [
                    Found(end_of(o), f.relation, f.object, f.cue, s, f.confidence * 0.95)
                    for o in others
                    for f in described
                    if f.relation in {REL.MEMBER_OF, REL.SPOKESPERSON_OF}
                    or ctx.gazetteer.leader_followed(f.cue) is not None
                ]
        role_segment = segments[-1] if len(segments) > 1 and segments[-1] else segments[0]
        if role_segment is not None and m.source != "pronoun":
            # "Chez les écologistes, la secrétaire X …" or "…, X, secrétaire départemental, …"
            found += _role_at_party(ctx, holder, role_segment, sent, s, found)
        if predicate is not None:
            found += describe(ctx, holder, predicate[0], predicate[1], s, negated, True)
        found += _whose_role(ctx, m, sent, s)
        party = _bracketed_label(ctx, m, sent)
        if party is not None:
            cue = f"({party.text})"
            confidence = holder.confidence * 0.9
            found.append(Found(holder, REL.MEMBER_OF, end_of(party), cue, s, confidence))
    found += party_side(ctx, s, sent)
    found += _bracketed_followers(ctx, s, sent)
    return found + _possessed_party(ctx, s, sent) + _respectively(ctx, s, sent)


def _bracketed_followers(ctx: Context, s: int, sent) -> list[Found]:
    """ "les juppéistes historiques (A, B, par exemple)": the names a bracket lists after a
    plural follower label, its adjectives between, each back the leader (``_follower``)."""
    view = ctx.view
    found: list[Found] = []
    for k in range(sent.start + 1, sent.end - 1):
        if view.texts[k] != "(":
            continue
        j = k - 1
        while (
            j > sent.start
            and view.pos[j] == "ADJ"
            and ctx.gazetteer.leader_followed(view.texts[j]) is None
        ):
            j -= 1  # "historiques", "les plus fidèles"
        if view.folded[j - 1] not in PLURAL_DETERMINERS | {"ces", "leurs", "ses"}:
            continue
        close = next((n for n in range(k + 1, sent.end) if view.texts[n] == ")"), None)
        if close is None:
            continue
        words = words_from(ctx, j, j + 1)
        listed = {m.start: m for n in range(k + 1, close) if (m := ctx.at.get(n)) is not None}
        for m in listed.values():
            if m.kind == "person":
                found += _follower(ctx, end_of(m), words, s)
    return found


PLURAL_TITLE_WORDS = frozenset({"les", "des", "ses", "leurs", "aux"})


def _plural_title(ctx: Context, start: int, end: int) -> bool:
    """Whether a description before a name is plural ("les porte-parole du PS", "les deux
    élus LR"): its first word is a plural determiner or a count."""
    folded = ctx.view.folded
    return start < end and (
        folded[start] in PLURAL_TITLE_WORDS or folded[start] in resolution_list("group_numbers")
    )


def _plural_group_before(ctx: Context, m: Mention) -> bool:
    """Whether a plural group of a party's people opens right before the name, ending a
    longer description: "a nommé porte-parole du PS les députés A et B", "comme
    secrétaires nationaux les élus A et B": the description is all the names' (read like
    "les porte-parole du PS, A et B")."""
    words = words_from(ctx, max(0, m.start - 4), m.start)
    for n in range(len(words) - 1):
        if words[n][0] not in PLURAL_TITLE_WORDS:
            continue
        phrase = tuple(word for word, _ in words[n + 1 :])
        if phrase in ctx.lexicon.phrases["plural_member_roles"]:
            return not any(ctx.at.get(k) is not None for k in range(words[n][1], m.start))
    return False


def _listed_after(ctx: Context, m: Mention, sent) -> list[Mention]:
    """The names listed right after ``m`` with it, joined by commas and "et" ("A, B et C":
    [B, C]); none unless an "et" joins them ("les élus LR A, B" may end on an apposition),
    and never past a word that is no name (« A, et de LR, B » lists nothing)."""
    view = ctx.view
    others: list[Mention] = []
    k = m.end
    while k + 1 < sent.end and view.texts[k] in {",", "et"}:
        k += view.texts[k] == "," and view.texts[k + 1] == "et"  # "A, B, et C"
        name = ctx.at.get(k + 1)
        if name is None or name.kind != "person" or name.start != k + 1:
            break
        others.append(name)
        k = name.end
    return others if any(view.texts[t] == "et" for t in range(m.end, k)) else []


# Joints of a list label in parentheses: "(PS-PCF)", "(LR/UDI)".
LABEL_JOINTS = frozenset({"-", "–", "/"})


def _bracketed_label(ctx: Context, m: Mention, sent) -> Mention | None:
    """The party of "X (PS)", "X (LR, 23 %)", "X (Résistons !)", and of a list label joining
    several parties or nuances, "X (PS-PCF-EELV)", "X (UG-PS, 25 %)": the label's first party,
    the one its holder carries (the others are the list's partners). Never "X (ex-PS)": every
    piece of the label before its party must be a party or a capitalised nuance ("UG")."""
    doc, view = ctx.doc, ctx.view
    j = m.end + 1
    if j + 1 >= sent.end or doc[m.end].text != "(":
        return None
    first = None
    while j < min(sent.end, m.end + 12):
        named = ctx.at.get(j)
        if named is not None and named.kind == "party" and named.start == j:
            first = first or named
            j = named.end + (doc[named.end].text == "!")  # "(Résistons !)"
        elif named is None and view.texts[j][:1].isupper() and view.texts[j].isalpha():
            j += 1  # a nuance the gazetteer lacks: "UG", "DVG"
        else:
            return None
        if j >= sent.end or view.texts[j] not in LABEL_JOINTS:
            break
        j += 1
    if first is None or j >= sent.end or view.texts[j] not in {")", ",", ";"}:
        return None
    return first if any(view.texts[k] == ")" for k in range(j, min(sent.end, j + 8))) else None
