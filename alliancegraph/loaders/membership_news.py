"""Membership as news writes it for several names, or past the name (round 12 of
membership as news writes it; the one-name descriptions live in ``loaders/descriptions.py``).

News gives a party to a whole list in one stroke, where the rules that read a description
around one name only reach the first of them; and it puts a role in a relative or an
investiture in parentheses. Seven shapes, each read from the sentence's layout, not from one
noun or verb:

- **plural title** — a plural determiner (or a count), a plural role noun and its party glued
  to a list of names, with no comma before the first: « les porte-parole du PS A et B », « ses
  deux vice-présidents du MoDem A, B et C », « les porte-parole du parti A et B » (when the
  article names one party just before: ``descriptions._party_after``). Every name of the list
  is a member; a spokesperson noun also makes each one the party's spokesperson. Never a
  former title (« les anciens porte-parole du PS A et B »), never a role of someone else's
  (« les porte-parole du candidat PS A et B »: the party does not follow the role).
- **represented by** — a party as the subject of a passive of representation (« P sera
  représenté par A et B, …, C ainsi que D »): every name the agent list enumerates is a
  member. An item of the list is a name, possibly after a title (« la conseillère régionale
  C »), possibly followed by a rank in parentheses or a short complement between commas (« A,
  avocate à Lyon, et par B »); the list ends at anything else (a verb, « et non », another
  name inside a complement), so « représenté par A, soutenu par B » gives B nothing. Never a
  negated, conditional or wished representation (only the indicative auxiliaries of
  ``represented_auxiliaries``).
- **relative predicate** — « X, qui est députée PS », « X, avocate, qui vient d'être nommée
  porte-parole du PCF »: the role the subject relative right after a name predicates.
- **labelled group** — a plural group labelled by a party, with at most a qualifier, then a
  list opener or a bare comma and names closed by a mark: « une dizaine d'élus insoumis
  contestataires, dont A et B », « les deux vice-présidents communistes, A aux Transports et
  B à la Culture, … ».
  A singular collective noun (« le binôme socialiste éliminé, A et B », « le tandem
  écologiste A et B ») is such a group too.
- **investiture** — « A (investi par le MoDem) », « celui investi par le RN : X »; never the
  name after a colon that answers another phrase (« Celle qui a été battue par le candidat
  investi par le RN : X »).
- **plural party** — a party's short form used as a plural noun before a list: « derrière les
  UMP A et B ».
- **fielded** — a party that fields someone: « EELV, qui présentera X », « LR a investi son
  propre candidat, le conseiller départemental X », « LFI avait un candidat déclaré, X ».
- **fronted label** — a participle of election or candidacy opening the sentence with the label
  it was won under, then the subject after the comma: « Élue sous l'étiquette LR, X a … »,
  « Arrivés en tête sous les couleurs du MoDem, A et B … ». Every name glued after the comma is
  a member. Never a label dated by an earlier year (a campaign's, like the ``campaign`` cue),
  nor when the sentence tells a move (« a depuis rejoint Horizons », « a quitté le parti »).
- **plural stance title** — a plural stance noun with a party for its object before a list:
  « les adversaires du PS A et B » gives every name the stance (the one-name description
  reaches only the first).

Each names its rule in the trace (``membership plural title``, ``membership represented by``,
``membership relative predicate``, ``membership labelled group``, ``membership investiture``,
``membership fronted label``,
``membership plural party``, ``membership fielded``, ``list plural stance title``),
so that ``evaluate --by-rule`` shows what each one found. Every shape reads the sentence's
written names from one index built once per article (``_written_names``).
"""

from __future__ import annotations

from alliancegraph.loaders.claims import DETERMINERS, End, Found, end_of, words_from
from alliancegraph.loaders.context import Context, resolution_list
from alliancegraph.loaders.cues import by_first_word
from alliancegraph.loaders.descriptions import (
    COPULA_FILLERS,
    COPULA_FORMS,
    COPULAS,
    NEGATION_WORDS,
    PAST_COPULAS,
    PERFECT_AUXILIARIES,
    _find_phrases,
    _of_another_person,
    _party_after,
    describe,
    view_nominal,
)
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold, feature
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

TITLE_RULE = "membership plural title"
PARTY_PLURAL_RULE = "membership plural party"
STANCE_TITLE_RULE = "list plural stance title"
FIELDED_RULE = "membership fielded"
REPRESENTED_RULE = "membership represented by"
RELATIVE_RULE = "membership relative predicate"
GROUP_RULE = "membership labelled group"
INVESTED_RULE = "membership investiture"
LED_UNIT_RULE = "membership led unit"
APPOINTED_RULE = "membership appointed spokesperson"
LISTED_SPOKESPERSONS_RULE = "membership listed spokespersons"
FRONTED_LABEL_RULE = "membership fronted label"

PLURAL_OPENERS = grammar_words("membership_news", "plural_openers")
FORMER = grammar_words("membership_news", "former")
REPRESENTED = grammar_words("membership_news", "represented")
REPRESENTED_AUXILIARIES = grammar_words("membership_news", "represented_auxiliaries")
NEGATIONS = grammar_words("membership_news", "negations")
RELATIVES = grammar_words("membership_news", "relatives")
AGENT = grammar_words("membership_news", "agent")
SUBJECT_RELATIVES = grammar_words("membership_news", "subject_relatives")
# Present forms of leading a party's unit, the units, and the levels a unit may carry.
LEADING_VERBS = grammar_words("membership_news", "leading_verbs")
LED_UNITS = grammar_words("membership_news", "led_units")
LED_UNIT_WORDS = grammar_words("membership_news", "led_unit_words")
UNREAL_COPULAS = grammar_words("membership_news", "unreal_copulas")
# The recent past before a copula: "qui vient d'être nommée porte-parole du PS".
RECENT = grammar_words("membership_news", "recent")
GROUP_QUANTIFIERS = grammar_words("membership_news", "group_quantifiers")
GROUP_VOID = grammar_words("membership_news", "group_void")
GROUP_PLACES = grammar_words("membership_news", "group_places")
GROUP_OPENERS = grammar_words("membership_news", "group_openers")
GLUED_COMPLEMENTS = grammar_words("membership_news", "glued_complements")
INVESTED_HEADS = grammar_words("membership_news", "invested_heads")
PARTY_DETERMINERS = grammar_words("membership_news", "party_determiners")
PARTY_NOUNS = grammar_words("membership_news", "party_nouns")
COLLECTIVE_NOUNS = grammar_words("membership_news", "collective_nouns")
COLLECTIVE_DETERMINERS = grammar_words("membership_news", "collective_determiners")
# the unions ``_group_at`` tests, made once: it is asked at every token of every sentence
PLURAL_OR_QUANTIFIER = PLURAL_OPENERS | GROUP_QUANTIFIERS
FORMER_OR_VOID = FORMER | GROUP_VOID
FIELDING_VERBS = grammar_words("membership_news", "fielding_verbs")
FIELDING_AUXILIARIES = grammar_words("membership_news", "fielding_auxiliaries")
FIELDING_DETERMINERS = grammar_words("membership_news", "fielding_determiners")
FIELDING_NOUNS = grammar_words("membership_news", "fielding_nouns")
FIELDING_FILLERS = grammar_words("membership_news", "fielding_fillers")
FIELDING_LISTS = grammar_words("membership_news", "fielding_lists")
LIST_LEADERS = grammar_words("membership_news", "list_leaders")
APPOINTING_VERBS = grammar_words("membership_news", "appointing_verbs")
APPOINTING_LINKS = grammar_words("membership_news", "appointing_links")
MAKING_VERBS = grammar_words("membership_news", "making_verbs")
SPOKESPERSON_POSSESSIVES = grammar_words("membership_news", "spokesperson_possessives")
PAIR_POSSESSIVES = grammar_words("membership_news", "pair_possessives")
CARRYING_VERBS = grammar_words("membership_news", "carrying_verbs")
CARRIED_WORDS = grammar_words("membership_news", "carried_words")
LISTED_FILLERS = grammar_words("membership_news", "listed_spokesperson_fillers")
SPOKESPERSON_RIVALS = grammar_words("membership_news", "spokesperson_rivals")
FRONTED_PARTICIPLES = grammar_words("membership_news", "fronted_participles")
LABEL_NOUNS = grammar_words("membership_news", "label_nouns")
LABEL_VOIDING = grammar_words("membership_news", "label_voiding")
# Words before a fronted label that make it someone else's: an agent or a rival.
RIVAL_MARKERS = grammar_words("descriptions", "agent_markers") - {"a"} | {"au", "aux"}
CLOSING = frozenset({",", ".", ")", ";", "»", "!", "?", "—", "–"})
# How many tokens an apposition between a name and its relative may take.
APPOSITION_REACH = 8
# Tokens that join two names of a list.
JOINTS = frozenset({",", "et"})
# Joints of the items of a list after a colon: "A et B", "A & B".
LIST_JOINTS = frozenset({"et", "&"})
DE = frozenset({"de", "d", "du", "des"})
# Two-word joints: "ainsi que".
ALSO = frozenset(tuple(w.split()) for w in grammar_words("membership_news", "also"))
# How many tokens a title before a listed name may take ("l'ancienne secrétaire d'État").
TITLE_REACH = 7
# How many tokens a complement after a listed name may take ("maire de Vannes").
COMPLEMENT_REACH = 8


def membership_news(ctx: Context, s: int, sent) -> list[Found]:
    """The memberships (and spokespersons) the shapes of this module give in sentence ``s``."""
    found = _plural_titles(ctx, s, sent) + _represented_by(ctx, s, sent)
    found += _party_plurals(ctx, s, sent) + _stance_titles(ctx, s, sent)
    found += _fielded(ctx, s, sent)
    found += _relatives(ctx, s, sent) + _labelled_groups(ctx, s, sent)
    found += _led_units(ctx, s, sent) + _appointed_spokespersons(ctx, s, sent)
    found += _listed_spokespersons(ctx, s, sent) + _fronted_label(ctx, s, sent)
    return found + _bracketed_investitures(ctx, s, sent) + _invested_before(ctx, s, sent)


# --- plural title ---------------------------------------------------------------------------


def _written_names(ctx: Context, sent) -> list[Mention]:
    """The names of persons the text writes in sentence ``sent``, in order: one pass over the
    article's mentions, kept for the article (the shapes ask it for every sentence)."""
    key = ("membership_news", "written_names")
    if key not in ctx.memo:
        by_sentence: dict[int, list[Mention]] = {}
        for m in ctx.mentions:
            if m.kind == "person" and m.source in WRITTEN_SOURCES:
                by_sentence.setdefault(ctx.sent_of[m.start], []).append(m)
        for names in by_sentence.values():
            names.sort(key=lambda m: m.start)
        ctx.memo[key] = by_sentence
    by_sentence = ctx.memo[key]
    return by_sentence.get(ctx.sent_of[sent.start], [])  # type: ignore[union-attr]


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
    for m in _written_names(ctx, sent):
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
    """How many words the plural role noun at the start of ``words`` takes (the longest)."""
    if not words:
        return None
    for phrase in by_first_word(_plural_roles(ctx)).get(words[0], ()):
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    return None


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


def _party_plurals(ctx: Context, s: int, sent) -> list[Found]:
    """ "derrière les UMP A et B", "les LR A, B et C ont voté contre", "le renfort des PS A et
    B": a party's short form in capitals used as a plural noun, after a plural determiner (and
    at most a number) and glued to a list of names, is each name's party. A comma between
    the party and the names makes it an actor of its own (« les LR, A et B »), never a label."""
    view = ctx.view
    found: list[Found] = []
    for run in _glued_runs(ctx, sent):
        party = ctx.at.get(run[0].start - 1)
        if party is None or party.kind != "party" or party.end != run[0].start:
            continue
        if not (party.end - party.start == 1 and view.texts[party.start].isupper()):
            continue  # an acronym ("UMP", "LR"), not a name ("Les Républicains A")
        k = party.start - 1
        while k > sent.start and view.folded[k] in resolution_list("group_numbers"):
            k -= 1  # "les deux LR A et B"
        if k < sent.start or view.folded[k] not in PLURAL_OPENERS:
            continue
        cue = ctx.doc[k : party.end].text
        for m in run:
            found.append(
                Found(
                    end_of(m),
                    REL.MEMBER_OF,
                    end_of(party),
                    cue,
                    s,
                    m.confidence * 0.85,
                    PARTY_PLURAL_RULE,
                )
            )
    return found


def _stance_titles(ctx: Context, s: int, sent) -> list[Found]:
    """ "Les adversaires du PS A et B ont dénoncé …", "Deux détracteurs du RN, A et B, ont
    signé …", "les opposants à LFI A et B": a plural stance noun of the lexicon (a REJECTS or
    SUPPORTS noun) with a party for its object, after a plural determiner or a number and
    glued to a list of names (or before a comma and a list closed by a mark), is each name's
    stance: the description that reads the title before the first name reaches no further,
    and a list whose first name alone holds the stance says the wrong thing of the others.
    Never a former title (« les anciens adversaires du PS A et B »)."""
    view = ctx.view
    found: list[Found] = []
    for run in _glued_runs(ctx, sent):
        k = run[0].start - 1
        if k > sent.start and view.texts[k] == ",":
            last = run[-1].end
            if last < sent.end and view.texts[last] not in CLOSING:
                continue  # "…, A et B soutiennent": the names open a clause
            k -= 1
        label = run[0].details.get("label")  # "du PS A": the label was read into A's mention
        if label is not None:
            party_start, party_end, target = run[0].start, run[0].start, label[0]
            k = run[0].start - 1
        else:
            party = ctx.at.get(k)
            if party is None or party.kind != "party" or party.end != k + 1:
                continue
            party_start, party_end, target = party.start, party.end, party.name
        if not view.texts[party_start][:1].isupper():
            continue  # "les adversaires socialistes": an adjective, a label of the holders
        title = _stance_title(ctx, party_start - 1, sent)
        if title is None:
            continue
        relation, cue_start = title
        cue = ctx.doc[cue_start:party_end].text if label is None else ctx.doc[cue_start:k].text
        for m in run:
            confidence = m.confidence * 0.85
            party = End(target, "party", 1.0)
            found.append(Found(end_of(m), relation, party, cue, s, confidence, STANCE_TITLE_RULE))
    return found


def _stance_title(ctx: Context, p: int, sent) -> tuple[str, int] | None:
    """(relation, first token) of a plural stance title whose preposition (or the party's
    determiner) is at token ``p``, right before the party, or None."""
    view = ctx.view
    while p > sent.start and view.folded[p] in PARTY_DETERMINERS:
        p -= 1  # "opposants à la France insoumise"
    for noun in _stance_nouns(ctx):
        if view.folded[p] not in noun[1]:
            continue
        words = noun[0]
        start = p - len(words)
        if start <= sent.start - 1 or tuple(view.folded[start:p]) != words:
            continue
        q = start - 1
        while q >= sent.start and view.folded[q] in resolution_list("group_numbers"):
            q -= 1
        numbered = q < start - 1
        opener = q >= sent.start and view.folded[q] in PLURAL_OPENERS
        if not opener and not (numbered and q < sent.start):
            return None  # "Deux détracteurs du RN, A et B": a number may open the sentence
        if any(view.folded[t] in FORMER for t in range(max(sent.start, q - 1), start)):
            return None
        return noun[2], max(q, sent.start)
    return None


def _stance_nouns(ctx: Context) -> tuple[tuple[tuple[str, ...], frozenset[str], str], ...]:
    """The lexicon's plural stance nouns of one token each ("adversaires", "soutiens"), with
    their object prepositions and relation: (words, prepositions, relation)."""
    key = ("membership_news", "stance_nouns")
    if key not in ctx.memo:
        ctx.memo[key] = tuple(
            (words, noun.objects, noun.relation)
            for noun in ctx.lexicon.nouns
            if noun.relation in {REL.REJECTS, REL.SUPPORTS}
            for words in noun.words
            if len(words) == 1 and words[0][-1:] in {"s", "x"}
        )
    return ctx.memo[key]  # type: ignore[return-value]


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
    commas or a short adjunct, without a verb or an actor (« sera représenté, en 11e
    position, par A », « sera représentée sur cette liste par A »)."""
    view = ctx.view
    k = j + 1
    comma = k < sent.end and view.texts[k] == ","
    k += comma
    while k < sent.end and k - j < 8 and view.folded[k] not in AGENT:
        if view.pos[k] in {"VERB", "AUX"} or ctx.at.get(k) is not None:
            return None
        if view.puncts[k] and not (comma and view.texts[k] == ","):
            return None
        k += 1
    if k < sent.end and view.folded[k] in AGENT:
        return k + 1
    return None


def _agent_list(ctx: Context, k: int, sent, glued: bool = False) -> list[Mention]:
    """The names enumerated from token ``k`` (see the module's docstring); with ``glued``, a
    name may also carry a complement with no comma ("A au Logement et B à la Santé")."""
    view = ctx.view
    names: list[Mention] = []
    while k < sent.end:
        name = _item(ctx, k, sent)
        if name is None:
            break
        if names and view.texts[k - 1] == "," and _starts_own_clause(ctx, name.end, sent):
            break  # "A et B, C étant candidat pour LR": C opens a clause of its own
        names.append(name)
        k = name.end
        if glued:
            k = _glued_complement(ctx, k, sent)
        if k < sent.end and view.texts[k] == "(":  # a rank: "(17e)"
            close = next((t for t in range(k, min(sent.end, k + 6)) if view.texts[t] == ")"), None)
            if close is None:
                break
            k = close + 1
        after = _next_item(ctx, k, sent)
        if after is None:
            ctx.memo[("membership_news", "list_end")] = k
            break
        k = after
    return names


def _starts_own_clause(ctx: Context, k: int, sent) -> bool:
    """A verb right after a listed name, past its clitics ("C étant candidat", "C se
    présentant ailleurs", "C n'a pas été retenu"): the name is a subject, not an item."""
    view = ctx.view
    while k < sent.end and view.pos[k] == "PRON" and not view.puncts[k]:
        k += 1
    while k < sent.end and view.folded[k] in NEGATIONS:
        k += 1
    return k < sent.end and view.pos[k] in {"VERB", "AUX"}


def _glued_complement(ctx: Context, k: int, sent) -> int:
    """The token after a complement glued to a listed name ("au Logement", "à la Santé"): a
    preposition of the ``glued_complements`` and at most three words with no verb, mark or
    actor; ``k`` itself when there is none."""
    view = ctx.view
    if k >= sent.end or view.folded[k] not in GLUED_COMPLEMENTS:
        return k
    t = k + 1
    while t < sent.end and t - k <= 4:
        if view.texts[t] in JOINTS or view.texts[t] in CLOSING:
            return t
        stop = view.puncts[t] and view.texts[t] not in {"-", "'"}
        if stop or view.pos[t] in {"VERB", "AUX"} or ctx.at.get(t) is not None:
            return k
        t += 1
    return t if t >= sent.end else k


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
        if k + 2 < sent.end and view.texts[k] == "," and tuple(view.folded[k + 1 : k + 3]) in ALSO:
            k += 2  # "A, avocate, ainsi que C"
        elif k + 1 < sent.end and tuple(view.folded[k : k + 2]) in ALSO:
            k += 1  # "A et B ainsi que C": the joint is one word, its last
        elif k >= sent.end or view.texts[k] not in JOINTS:
            return None
        if view.texts[k] == "," and k + 1 < sent.end and view.texts[k + 1] == "et":
            k += 1
        if _item(ctx, k + 1, sent) is not None:
            return k + 1
        if view.texts[k] != ",":
            return None  # "et non par B", "et soutenu par B", "ainsi que leurs proches"
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
    for m in _written_names(ctx, sent):
        if _of_another_person(ctx, m):
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


# --- led unit -------------------------------------------------------------------------------


def _led_units(ctx: Context, s: int, sent) -> list[Found]:
    """ "X, qui dirige la cellule communiste, …", "X préside la fédération du PS", "X, qui
    anime le groupe PS au conseil municipal": a name whose verb of leading (``leading_verbs``, in
    the present indicative, right after the name or its « qui ») has for object a unit of a
    party (``led_units``: « la fédération », « la section », « le groupe », « la liste »)
    labelled by the party's name or adjective is a member of that party. Never a past,
    future or negated lead (« qui dirigeait », « qui a dirigé », « qui ne dirige plus »), a
    unit of no party (« la fédération CGT », « le groupe d'opposition »), a joint list
    (« la liste PS-PCF ») or a unit described by someone else's act (« la liste soutenue par
    le PS »: only levels and « de » stand between the unit and its label)."""
    view = ctx.view
    found: list[Found] = []
    for m in _written_names(ctx, sent):
        if _of_another_person(ctx, m) or ctx.in_quote(m.start):
            continue
        k = m.end
        if k + 1 < sent.end and view.texts[k] == "," and view.folded[k + 1] in SUBJECT_RELATIVES:
            k += 2
        if k >= sent.end or not _leads_now(ctx, k):
            continue
        party = _unit_label(ctx, k + 1, sent)
        if party is None:
            continue
        cue = ctx.doc[k : party.end].text
        found.append(Found(end_of(m), REL.MEMBER_OF, end_of(party), cue, s, 0.8, LED_UNIT_RULE))
    return found


def _leads_now(ctx: Context, k: int) -> bool:
    """Token ``k`` is a verb of leading in the present indicative (« dirige », « préside »)."""
    token = ctx.doc[k]
    return (
        ctx.view.folded[k] in LEADING_VERBS
        and ctx.view.pos[k] in {"VERB", "AUX"}
        and "Pres" in feature(token, "Tense")
        and "Ind" in feature(token, "Mood")
    )


def _unit_label(ctx: Context, j: int, sent) -> Mention | None:
    """The party labelling the unit a verb of leading takes for object at token ``j`` (« la
    cellule communiste », « la fédération du PS », « le groupe LR au conseil régional »):
    a determiner, a unit, its levels, then the party's name or adjective; None otherwise."""
    view = ctx.view
    if j >= sent.end or view.folded[j] not in DETERMINERS:
        return None
    j += 1
    if j >= sent.end or view.folded[j] not in LED_UNITS:
        return None
    j += 1
    while j < sent.end and view.folded[j] in LED_UNIT_WORDS:
        j += 1
    if j < sent.end and view.folded[j] in {"du", "de", "d", "des"}:
        j += 1
    if j >= sent.end:
        return None
    named = ctx.at.get(j)
    if named is not None and named.start == j and named.kind == "party":
        party = named
    else:
        entry = ctx.party_by_adjective(view.texts[j])
        if named is not None or entry is None or not view.texts[j].islower():
            return None
        party = Mention(j, j + 1, "party", view.texts[j], "adjective", entry.name)
    after = party.end
    if after < sent.end and (view.texts[after] == "-" or view.folded[after] in {"et", "ou"}):
        nxt = ctx.at.get(after + 1)
        joint = nxt is not None and nxt.kind == "party"
        if joint or ctx.party_by_adjective(view.texts[min(after + 1, sent.end - 1)]):
            return None  # "la liste PS-PCF", "la section socialiste et communiste"
    return party


# --- labelled group -------------------------------------------------------------------------


def _labelled_groups(ctx: Context, s: int, sent) -> list[Found]:
    """ "Une trentaine de députés socialistes frondeurs, dont A et B, …", "Les deux ministres
    écologistes du gouvernement, A à l'Écologie et B au Logement, …", "Plusieurs élus du PS,
    comme les députés A et B, …": a plural group labelled by a party (a group noun and its
    party, or a party's plural noun, « les socialistes »), with at most a qualifier ("frondeurs",
    "du gouvernement"), then a list opener or a bare comma, then a list of names closed by a
    mark: each name is a member. A singular collective noun (``collective_nouns``: « le binôme
    socialiste éliminé, A et B », « le tandem écologiste A et B a lancé … ») is such a group
    when two names at least follow, with or without a comma; its qualifier may be a
    participle, and its glued list may end on its verb. Never a group of former or expelled
    members (the ``group_void`` words), never a group that completes another noun (« les
    adversaires des socialistes, dont A »: whose A is, is unclear), never a list a verb
    follows (« comme A l'a dit »), and two names at least after a bare comma."""
    view = ctx.view
    found: list[Found] = []
    j = sent.start
    while j < sent.end:
        group = _group_at(ctx, j, sent, s)
        if group is None:
            j += 1
            continue
        party, end, cue_start = group
        collective = view.folded[j] in COLLECTIVE_NOUNS
        k, opener = end, False
        if k < sent.end and view.texts[k] == ",":
            k += 1
        for words in _group_openers():
            if tuple(view.folded[k : k + len(words)]) == words:
                k, opener = k + len(words), True
                break
        glued = collective and k == end  # "le tandem écologiste A et B"
        if (k == end and not glued) or (not opener and not glued and view.texts[end] != ","):
            j = end
            continue
        key = ("membership_news", "list_end")
        ctx.memo.pop(key, None)
        names = _agent_list(ctx, k, sent, glued=True)
        last = ctx.memo.pop(key, sent.end)
        closed = isinstance(last, int) and (last >= sent.end or view.texts[last] in CLOSING)
        if glued and names and not closed:  # "le tandem écologiste A et B a lancé …"
            closed = _starts_own_clause(ctx, last, sent)
        enough = len(names) > 1 or (opener and not collective)
        if names and closed and enough and not _left_after(ctx, last, sent):
            cue = ctx.doc[cue_start:k].text
            for m in names:
                confidence = m.confidence * 0.8
                found.append(Found(end_of(m), REL.MEMBER_OF, party, cue, s, confidence, GROUP_RULE))
        j = max(end, names[-1].end if names else end)
    return found


def _left_after(ctx: Context, k: int, sent) -> bool:
    """A word of leaving a party after the list ("…, dont A et B, ont quitté le parti", "ont
    claqué la porte du PS", "ont annoncé leur départ du MoDem"): the group's members are leaving
    it, which no present membership outlives. Leaving anything else ("ont claqué la porte de
    l'exécutif") says nothing of the party."""
    leaving = ctx.lexicon.lists["leaving"]
    view = ctx.view
    for t in range(k, sent.end):
        if view.folded[t] in leaving or cfold(view.lemmas[t]) in leaving:
            for u in range(t + 1, min(sent.end, t + 6)):
                named = ctx.at.get(u)
                if (named is not None and named.kind == "party") or view.folded[u] in PARTY_NOUNS:
                    return True
    return False


def _group_at(ctx: Context, j: int, sent, s: int) -> tuple[End, int, int] | None:
    """(party, token after the group and its qualifier, first token) of a plural group
    labelled by a party whose noun is at token ``j``, or None."""
    view = ctx.view
    k = j - 1
    if k < sent.start:
        return None
    quantified = view.folded[k] in PLURAL_OR_QUANTIFIER or view.pos[k] == "NUM"
    collective = view.folded[j] in COLLECTIVE_NOUNS
    if collective:
        quantified = view.folded[k] in COLLECTIVE_DETERMINERS
    elif view.folded[k] in {"de", "d"} and k > sent.start:
        quantified = view.pos[k - 1] in {"NOUN", "ADV"} and view.folded[k - 1] in GROUP_QUANTIFIERS
    if not quantified:
        return None
    start = k
    while start > sent.start and view.folded[start - 1] in resolution_list("group_numbers"):
        start -= 1
    if view.folded[start] in {"deux", "trois", "quatre"} and start - 1 >= sent.start:
        start -= 1
    of = view.folded[start] in {"des", "de", "d", "aux"}
    quantity = start > sent.start and view.folded[start - 1] in GROUP_QUANTIFIERS
    if of and start > sent.start and view.pos[start - 1] == "NOUN" and not quantity:
        return None  # "les adversaires des socialistes, dont A": the group completes a noun
    adjective = ctx.party_by_adjective(view.texts[j]) if view.texts[j].islower() else None
    if adjective is not None and ctx.at.get(j) is None:
        party, end = adjective.name, j + 1
    else:
        words = words_from(ctx, j, min(sent.end, j + 3))
        role = 1 if collective else _plural_role(ctx, [w for w, _ in words])
        if role is None:
            return None
        after = words[role - 1][1] + 1  # "vice-présidents" is two words, one token
        named = _party_after(ctx, after, min(sent.end, after + 6), s)
        if named is None:
            return None
        party, end = named
    if any(view.folded[t] in FORMER_OR_VOID for t in range(start, end)):
        return None
    end = _qualifier_end(ctx, end, sent, participle=collective)
    if end is None:
        return None
    return End(party, "party", 1.0), end, start


def _qualifier_end(ctx: Context, k: int, sent, participle: bool = False) -> int | None:
    """The token after a group's qualifier ("frondeurs", "du gouvernement Ayrault", "sortants";
    with ``participle``, a past participle too: "éliminé"); None when the qualifier voids the
    membership ("exclus") or is no qualifier at all."""
    view = ctx.view
    t = k
    while t < sent.end and t - k < 4:
        word = view.folded[t]
        if word in GROUP_VOID or word in FORMER:
            return None
        plural_noun = (
            view.pos[t] == "NOUN"
            and view.texts[t].islower()
            and "Plur" in feature(ctx.doc[t], "Number")
        )  # "frondeurs", often tagged a noun
        past = participle and view.pos[t] == "VERB" and "Part" in feature(ctx.doc[t], "VerbForm")
        if (view.pos[t] == "ADJ" or plural_noun or past) and ctx.at.get(t) is None:
            t += 1
        elif word in {"du", "de", "d", "la", "l"} and t + 1 < sent.end:
            nxt = t + 1 + (view.folded[t + 1] in {"la", "l"})
            if nxt >= sent.end or view.folded[nxt] not in GROUP_PLACES:
                return k if t == k else None
            t = nxt + 1
            named = ctx.at.get(t)
            if named is not None and named.kind == "person" and named.start == t:
                t = named.end  # "du gouvernement Ayrault": its head's name
            elif t < sent.end and view.pos[t] == "PROPN" and named is None:
                t += 1
        else:
            break
    return t


def _group_openers() -> tuple[tuple[str, ...], ...]:
    """The list openers after a labelled group, longest first."""
    return tuple(sorted((tuple(w.split()) for w in GROUP_OPENERS), key=len, reverse=True))


# --- investiture ------------------------------------------------------------------------------


def _invested_party(ctx: Context, k: int, sent) -> Mention | None:
    """The party of an investiture written from token ``k`` ("investie par le MoDem"), or
    None."""
    view = ctx.view
    if k + 2 >= sent.end or view.folded[k] not in resolution_list("investiture"):
        return None
    if view.folded[k + 1] not in AGENT:
        return None
    t = k + 2
    while t < sent.end and view.folded[t] in PARTY_DETERMINERS and ctx.at.get(t) is None:
        t += 1
    party = ctx.at.get(t)
    return party if party is not None and party.kind == "party" and party.start == t else None


def _bracketed_investitures(ctx: Context, s: int, sent) -> list[Found]:
    """ "les eurodéputés A (investi par le MoDem) et B": an investiture in parentheses right
    after a name, closed right after the party (« (investie par le MoDem en 2014) » may be a
    past one; « (non investie par …) » is no investiture)."""
    view = ctx.view
    found: list[Found] = []
    for m in _written_names(ctx, sent):
        if m.end + 1 >= sent.end or view.texts[m.end] != "(":
            continue
        party = _invested_party(ctx, m.end + 1, sent)
        if party is None or party.end >= sent.end or view.texts[party.end] != ")":
            continue
        cue = ctx.doc[m.end : party.end + 1].text
        found.append(
            Found(
                end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.85, INVESTED_RULE
            )
        )
    return found


def _invested_before(ctx: Context, s: int, sent) -> list[Found]:
    """ "… oppose le maire à celui investi par le RN : X.", "… affrontera la candidate investie
    par LFI, X, arrivée en tête": a candidate (or « celui », « celle ») invested by a party,
    then a comma or a colon and a name in apposition, closed by a mark, is that party's
    member. Never a name that opens the next clause (« Battu par le candidat investi par LR,
    X se retire »: X is the rival), nor a name after a colon that answers a phrase the
    candidate only completes (``colon_answers_another``)."""
    view = ctx.view
    found: list[Found] = []
    for k in range(sent.start + 1, sent.end):
        if view.folded[k - 1] not in INVESTED_HEADS:
            continue
        party = _invested_party(ctx, k, sent)
        if party is None or party.end + 1 >= sent.end or view.texts[party.end] not in {",", ":"}:
            continue
        if view.texts[party.end] == ":" and colon_answers_another(ctx, k - 1, sent):
            continue
        m = _written_person(ctx, party.end + 1)
        if m is None or not (m.end >= sent.end or view.texts[m.end] in CLOSING):
            continue
        cue = ctx.doc[k - 1 : party.end].text
        found.append(
            Found(
                end_of(m), REL.MEMBER_OF, end_of(party), cue, s, m.confidence * 0.85, INVESTED_RULE
            )
        )
    return found


def colon_answers_another(ctx: Context, head: int, sent) -> bool:
    """Whether the name after a colon answers another phrase than the invested candidate at
    token ``head``: the candidate sits in a relative clause (« Celle qui a été battue par le
    candidat investi par le RN : X », « Le maire qui a devancé la candidate investie par LFI :
    X »: X is the one beaten, the one ahead), or completes a preposition in a heading with no
    verb (« La grande perdante face au candidat investi par le PS : X »)."""
    view = ctx.view
    before = range(sent.start, head)
    if any(view.folded[t] in RELATIVES and view.pos[t] == "PRON" for t in before):
        return True  # a relative pronoun, not the conjunction of « à moins que … ne soit »
    finite = any(
        view.pos[t] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[t], "VerbForm") for t in before
    )
    t = head - 1
    while t > sent.start and view.folded[t] in PARTY_DETERMINERS:
        t -= 1  # "face au candidat", "battue par la candidate"
    return not finite and t >= sent.start and t < head and view.pos[t] == "ADP"


# --- fielded ----------------------------------------------------------------------------------


def _fielded(ctx: Context, s: int, sent) -> list[Found]:
    """ "EELV, qui présentera X.", "Les insoumis, qui présentent X, ont décliné", "LR a investi
    son propre candidat, le conseiller départemental X", "LFI avait un candidat déclaré, X":
    the name a party fields, right after a fielding verb or after a candidate noun and its
    comma, and closed by a mark, is the party's member. The party is the verb's subject: right
    before it, or before « , qui ». Never past a negation (« n'a pas de candidat »), never a
    name the verb only describes (« présente X comme un danger »: the name is not closed)."""
    view = ctx.view
    found: list[Found] = []
    for party in ctx.mentions_in(s):
        if party.kind != "party":
            continue
        k = party.end
        if k + 1 < sent.end and view.texts[k] == "," and view.folded[k + 1] in SUBJECT_RELATIVES:
            k += 2
        if k >= sent.end:
            continue
        name = _fielded_name(ctx, k, sent)
        if name is None or name.end > sent.end:
            continue
        if not (name.end >= sent.end or view.texts[name.end] in CLOSING):
            continue
        cue = ctx.doc[party.start : name.start].text
        found.append(
            Found(
                end_of(name),
                REL.MEMBER_OF,
                end_of(party),
                cue,
                s,
                name.confidence * 0.8,
                FIELDED_RULE,
            )
        )
    return found


def _fielded_name(ctx: Context, k: int, sent) -> Mention | None:
    """The name a fielding verb group starting at token ``k`` fields, or None."""
    view = ctx.view
    direct = view.folded[k] in FIELDING_VERBS
    if view.texts[k] in FIELDING_AUXILIARIES:  # as written: "à" folds to "a" too
        k += 1
        direct = k < sent.end and view.folded[k] in {"investi", "investie"}
    elif not direct:
        return None
    if direct:
        k += 1
    if k >= sent.end:
        return None
    if view.folded[k] in FIELDING_DETERMINERS:
        t = k + 1
        while t < sent.end and view.folded[t] in FIELDING_FILLERS:
            t += 1
        if t < sent.end and view.folded[t] in FIELDING_LISTS:
            return _list_leader(ctx, t + 1, sent)  # "sa propre liste, conduite par X"
        if t >= sent.end or view.folded[t] not in FIELDING_NOUNS:
            return None
        t += 1
        while t < sent.end and view.folded[t] in FIELDING_FILLERS:
            t += 1
        if t + 1 >= sent.end or view.texts[t] != ",":
            return None
        return _titled_name(ctx, t + 1, sent)
    return _titled_name(ctx, k, sent) if direct else None  # "a X" fields nobody


def _list_leader(ctx: Context, t: int, sent) -> Mention | None:
    """The name leading the list a party fields, after the list noun ending at ``t``: « sa
    propre liste, conduite par X », « leur liste menée par la conseillère Y » (a participle of
    leading, « par », then the name, maybe after a title)."""
    view = ctx.view
    if t < sent.end and view.texts[t] == ",":
        t += 1
    if t + 2 >= sent.end or view.folded[t] not in LIST_LEADERS or view.folded[t + 1] != "par":
        return None
    return _titled_name(ctx, t + 2, sent)


def _titled_name(ctx: Context, k: int, sent) -> Mention | None:
    """The name at token ``k``, or after a title with no preposition in it ("le conseiller
    départemental X"; never "ses excuses à X")."""
    name = _item(ctx, k, sent)
    if name is None or any(ctx.view.pos[t] == "ADP" for t in range(k, name.start)):
        return None
    return name


# --- appointed spokesperson -----------------------------------------------------------------


def _appointed_spokespersons(ctx: Context, s: int, sent) -> list[Found]:
    """ "Y a choisi X comme porte-parole", "Y a nommé X porte-parole", "Y a fait de X sa
    porte-parole", "X, qui porte la parole de Y": X speaks for Y (a person or a party; for a
    party, X is its member too, as with « la porte-parole du PS, X »). The spokesperson noun
    must close its phrase (« comme porte-parole du collectif » speaks for the collective, not
    for Y) and be no former one; the verb of choosing must have Y for its subject in the parse
    (or the name before « , qui »), with no negation. Only persons and parties speak through
    spokespersons here: a government, a union or a company is no mention of either."""
    view = ctx.view
    words = words_from(ctx, sent.start, sent.end)
    found: list[Found] = []
    for first, after, _ in _find_phrases(words, tuple(_spokesperson_nouns(ctx))):
        if after < sent.end and view.texts[after] not in CLOSING:
            continue
        pair = _appointment(ctx, first, sent)
        if pair is not None:
            found += _spokesperson_claims(ctx, pair[0], pair[1], ctx.doc[pair[2] : after].text, s)
    for k in range(sent.start, sent.end - 3):
        if view.folded[k] not in CARRYING_VERBS or _negated_verb(ctx, k):
            continue
        if " ".join(view.folded[k + 1 : k + 3]) not in CARRIED_WORDS:
            continue
        if view.folded[k + 3] not in {"de", "d", "du", "des"}:
            continue
        target = ctx.at.get(k + 4)
        speaker = _subject_before(ctx, k, sent)
        if target is not None and target.start == k + 4 and speaker is not None:
            cue = ctx.doc[k : target.end].text
            found += _spokesperson_claims(ctx, speaker, target, cue, s)
    return found


def _appointment(ctx: Context, first: int, sent) -> tuple[Mention, Mention, int] | None:
    """(the one appointed, the one appointing, the verb's token) for a spokesperson noun at
    ``first`` after « VERB X comme|pour », « VERB X » or « fait de X sa|son|leur »."""
    view = ctx.view
    k = first - 1
    if k > sent.start and view.folded[k] in resolution_list("role_novelty"):
        k -= 1  # « comme nouvelle porte-parole »
    possessive = k > sent.start and view.folded[k] in SPOKESPERSON_POSSESSIVES
    if possessive:
        k -= 1
    if k > sent.start and view.folded[k] in APPOINTING_LINKS:
        k -= 1
    appointed = ctx.at.get(k)
    if appointed is None or appointed.kind != "person" or appointed.end != k + 1:
        return None
    verb = appointed.start - 1
    if verb <= sent.start:
        return None
    if view.folded[verb] in {"de", "d"}:
        if not possessive:
            return None
        verb -= 1
        if view.folded[verb] not in MAKING_VERBS:
            return None
    elif view.folded[verb] not in APPOINTING_VERBS or view.pos[verb] not in {"VERB", "AUX"}:
        return None
    if _negated_verb(ctx, verb):
        return None
    appointer = _subject_of(ctx, verb, sent)
    if appointer is None or appointer.name == appointed.name:
        return None
    return appointed, appointer, verb


def _negated_verb(ctx: Context, verb: int) -> bool:
    """A negation word among the verb's dependents or right before it (« ne porte plus »)."""
    token = ctx.doc[verb]
    heads = [token, token.head] if token.dep_ in {"aux", "aux:tense"} else [token]
    near = {ctx.view.folded[j] for j in range(max(verb - 3, 0), verb)}
    return bool(near & NEGATIONS) or any(
        cfold(child.text) in NEGATIONS for head in heads for child in head.children
    )


def _subject_of(ctx: Context, verb: int, sent) -> Mention | None:
    """The person or party the parse makes the subject of the verb at ``verb`` (through its
    auxiliary's head), or the name before « , qui » when the subject is that relative."""
    token = ctx.doc[verb]
    for child in token.children:
        if child.dep_ != "nsubj" or not sent.start <= child.i < sent.end:
            continue
        if cfold(child.text) in SUBJECT_RELATIVES:
            return _subject_before(ctx, child.i + 1, sent)
        mention = ctx.at.get(child.i)
        if mention is not None and mention.kind in {"person", "party"}:
            return mention
    return None


def _subject_before(ctx: Context, k: int, sent) -> Mention | None:
    """The person or party written right before token ``k`` (« X porte … ») or before « , qui »
    right before it (« X, qui porte … »)."""
    view = ctx.view
    j = k - 1
    if j > sent.start and view.folded[j] in SUBJECT_RELATIVES:
        j -= 1
        if j > sent.start and view.texts[j] == ",":
            j -= 1
        else:
            return None
    mention = ctx.at.get(j)
    if mention is None or mention.end != j + 1 or mention.kind not in {"person", "party"}:
        return None
    return mention


def _spokesperson_claims(
    ctx: Context, speaker: Mention, target: Mention, cue: str, s: int
) -> list[Found]:
    """X speaks for a person or a party; a party's spokesperson is its member too."""
    if speaker.kind != "person" or target.kind not in {"person", "party"}:
        return []
    if speaker.name == target.name or ctx.in_quote(speaker.start):
        return []
    if target.kind == "person" and target.source not in WRITTEN_SOURCES:
        return []  # « Le candidat a choisi X … »: a role read as a person is not enough
    found = [
        Found(end_of(speaker), REL.SPOKESPERSON_OF, end_of(target), cue, s, 0.8, APPOINTED_RULE)
    ]
    if target.kind == "party":
        found.append(
            Found(end_of(speaker), REL.MEMBER_OF, end_of(target), cue, s, 0.8, APPOINTED_RULE)
        )
    return found


# --- listed spokespersons -------------------------------------------------------------------


def _listed_spokespersons(ctx: Context, s: int, sent) -> list[Found]:
    """ "Les Verts ont désigné un duo de porte-parole : A et B", "Le PS a renouvelé sa
    direction. Ses deux porte-parole : A et B", "Un duo paritaire de porte-parole a été nommé :
    A, député du Tarn, et B, ancienne adjointe": names listed after a colon that closes a pair
    (a collective noun or a count) of spokespersons speak for the party the noun names
    (« duo de porte-parole du PS : … ») or else for the one party the sentence names before it,
    or, when the sentence names no actor before it, the one party the sentence before names
    (``descriptions._named_party``), or the one party of the article when the sentence before
    names none. Each name may carry its title (« le conseiller départemental A ») and a verbless
    apposition (``_colon_list``). Never a former pair, a noun with another complement, or a
    sentence whose words before the colon name another speaker (``spokesperson_rivals``: a
    union, a government, a candidate).
    """
    view = ctx.view
    found: list[Found] = []
    for colon in range(sent.start + 1, sent.end):
        if view.texts[colon] != ":":
            continue
        party = _listed_party(ctx, colon, sent, s)
        if party is None:
            continue
        names = _colon_list(ctx, colon, sent)
        if names is None or len(names) < 2:
            continue
        cue = ctx.doc[party[1] : colon + 1].text
        for m in names:
            for relation in (REL.SPOKESPERSON_OF, REL.MEMBER_OF):
                found.append(
                    Found(end_of(m), relation, party[0], cue, s, 0.75, LISTED_SPOKESPERSONS_RULE)
                )
    return found


def _finite(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a finite verb (a clause of its own, not a participle)."""
    return ctx.view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm")


def _listed_name(ctx: Context, k: int, sent) -> Mention | None:
    """The name of a list item starting at token ``k``: a written name, maybe after its title
    (« le conseiller départemental A », « l'adjointe au maire de Dax, B »: a determiner, then
    words with no verb and no other name, then the name, right after them or past one comma)."""
    view = ctx.view
    named = _written_person(ctx, k)
    if named is not None or view.folded[k] not in DETERMINERS:
        return named
    j = k + 1
    while j < min(sent.end, k + 12) and _written_person(ctx, j) is None:
        if view.puncts[j] or _finite(ctx, j):
            break  # a role read as a person (« au maire de Dax ») is words of the title
        j += 1
    if j < sent.end and view.texts[j] == ",":
        j += 1
    if j <= k + 1 or view.folded[j - 1] in DE:
        return None  # « la fille de C »: C completes a noun, no item of the list
    return _written_person(ctx, j)


def _colon_list(ctx: Context, colon: int, sent) -> list[Mention] | None:
    """The names listed after the colon at ``colon`` up to the sentence's end: items joined by
    commas, « et » or « & », each a name with its title (``_listed_name``) and maybe verbless
    appositions (« A, le député du Tarn, déjà porte-parole du groupe, et B »; a name inside one
    after « de » is a complement: « passée par le cabinet de C »). None when anything else
    follows a name (« : A et B de la CGT ») or a verb makes a clause of an apposition; a
    relative ends the list (« A et B, qui … »)."""
    view = ctx.view
    names: list[Mention] = []
    k = colon + 1
    while k < sent.end:
        named = _listed_name(ctx, k, sent)
        if named is None:
            return None
        names.append(named)
        k = named.end
        if k < sent.end and view.texts[k] not in LIST_JOINTS | {","} | CLOSING:
            return None  # « : A et B de la CGT »
        apposition = False
        while k < sent.end:  # to the next item, past appositions
            word = view.texts[k]
            if word in LIST_JOINTS or word == ",":
                k += 1
                if k < sent.end and word == "," and view.texts[k] in LIST_JOINTS:
                    k += 1
                if k < sent.end and view.folded[k] in SUBJECT_RELATIVES:
                    return names  # « A et B, qui … »
                if k < sent.end and _listed_name(ctx, k, sent) is not None:
                    break
                if word in LIST_JOINTS and not apposition:
                    return None  # « A et son équipe »
                apposition = True
                continue
            if word in CLOSING:
                return names
            person = _written_person(ctx, k)
            if _finite(ctx, k) or (person is not None and view.folded[k - 1] not in DE):
                return None
            k = person.end if person is not None else k + 1
        else:
            return names
    return names


def _listed_party(ctx: Context, colon: int, sent, s: int) -> tuple[End, int] | None:
    """(party, first token of the pair's phrase) for the pair of spokespersons closed by the
    colon at ``colon``; None when there is none or its party is not certain."""
    view = ctx.view
    words = words_from(ctx, max(sent.start, colon - 12), colon)
    nouns = _find_phrases(words, tuple(_spokesperson_nouns(ctx)))
    if not nouns:
        return None
    first, after, _ = nouns[-1]
    opener = first - 1
    if opener > sent.start and view.folded[opener] in {"de", "d"}:
        opener -= 1
        if opener > sent.start and view.pos[opener] == "ADJ":
            opener -= 1  # « un duo paritaire de porte-parole »
        if view.folded[opener] not in COLLECTIVE_NOUNS:
            return None
    elif view.folded[opener] not in resolution_list("group_numbers"):
        return None
    while opener > sent.start and view.folded[opener - 1] in LISTED_FILLERS:
        opener -= 1  # « un nouveau duo »
    if any(view.folded[j] in FORMER for j in range(max(sent.start, opener - 2), colon)):
        return None
    if after < colon and view.folded[after] in {"du", "de", "d", "des"}:
        named = _party_after(ctx, after, colon)
        if named is None or any(
            view.folded[j] not in LISTED_FILLERS for j in range(named[1], colon)
        ):
            return None  # « duo de porte-parole du collectif : … »
        return End(named[0], "party", 1.0), opener
    if any(view.folded[j] not in LISTED_FILLERS for j in range(after, colon)):
        return None
    if any(view.folded[j] in SPOKESPERSON_RIVALS for j in range(sent.start, colon)):
        return None
    before = [m for m in ctx.mentions if sent.start <= m.start < opener]
    if any(m.kind != "party" for m in before):
        return None
    clause = max((j + 1 for j in range(sent.start, opener) if view.texts[j] == ";"), default=0)
    if any(
        view.pos[j] == "PROPN" and ctx.at.get(j) is None
        for j in range(max(sent.start, clause), opener)
    ):
        return None  # a name the reading did not know (« Force ouvrière a désigné … »)
    parties = {m.name for m in before}
    if len(parties) > 1:
        return None
    if parties:
        return End(parties.pop(), "party", 0.9), opener
    if s == 0:
        return None
    previous = ctx.sents[s - 1]
    if any(view.folded[j] in SPOKESPERSON_RIVALS for j in range(previous.start, previous.end)):
        return None
    named = {
        m.name
        for m in ctx.mentions
        if previous.start <= m.start < previous.end and m.kind == "party"
    }
    others = [
        m for m in ctx.mentions if previous.start <= m.start < previous.end and m.kind != "party"
    ]
    if len(named) == 1 and not others:
        return End(named.pop(), "party", 0.8), opener
    owned = opener > sent.start and view.folded[opener - 1] in PAIR_POSSESSIVES
    if named or owned:
        return None  # « Ses deux porte-parole : … » after a person: maybe that person's
    # « Un duo de porte-parole a été nommé : … » in an article about one party
    parties = {
        m.name
        for m in ctx.mentions
        if m.kind == "party" and m.start < previous.start and not ctx.in_quote(m.start)
    }
    return (End(parties.pop(), "party", 0.7), opener) if len(parties) == 1 else None


# --- fronted label --------------------------------------------------------------------------


def _fronted_label(ctx: Context, s: int, sent) -> list[Found]:
    """ "Élu sous l'étiquette socialiste, X siège …", "Arrivée en tête sous les couleurs du RN
    dimanche, X affrontera …": the party of a label the opening participle was won under, for
    the names glued right after the first comma (the clause's subject)."""
    view = ctx.view
    if view.folded[sent.start] not in FRONTED_PARTICIPLES:
        return []
    comma = next(
        (k for k in range(sent.start, min(sent.end, sent.start + 14)) if view.texts[k] == ","), None
    )
    if comma is None:
        return []
    party: End | None = None
    for k in range(sent.start + 1, comma):
        named = ctx.at.get(k)
        if view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm"):
            return []
        if named is not None and named.kind != "party":
            return []
        if view.folded[k] in RIVAL_MARKERS:
            return []  # "Élu face au candidat sous l'étiquette LR, X": the rival's label
        if view.folded[k] in LABEL_NOUNS and k > sent.start and view.folded[k - 2] == "sous":
            party = _label_party(ctx, k + 1, comma)
    if party is None:
        return []
    year = ctx.article.date[:4]
    if any(
        len(t) == 4 and t.isdigit() and "1900" < t < year for t in view.texts[sent.start : comma]
    ):
        return []  # "Élu sous l'étiquette LR en 2012": that campaign's label
    leaving = ctx.lexicon.lists["leaving"]
    if any(
        view.folded[t] in LABEL_VOIDING
        or view.folded[t] in leaving
        or cfold(view.lemmas[t]) in leaving
        for t in range(comma, sent.end)
    ):
        return []
    names = _names_after(ctx, comma + 1, sent)
    cue = ctx.doc[sent.start : comma].text
    return [
        Found(end_of(m), REL.MEMBER_OF, party, cue, s, m.confidence * 0.85, FRONTED_LABEL_RULE)
        for m in names
    ]


def _label_party(ctx: Context, k: int, stop: int) -> End | None:
    """The party a label noun takes right after it (« l'étiquette LR », « l'étiquette
    socialiste », « les couleurs du MoDem », « la bannière de l'UDI »), past at most two
    articles or prepositions."""
    for j in range(k, min(stop, k + 3)):
        named = ctx.at.get(j)
        if named is not None:
            return end_of(named) if named.kind == "party" and named.start == j else None
        adjective = ctx.party_by_adjective(ctx.view.texts[j])
        if adjective is not None:
            return End(adjective.name, "party", 1.0)
        if ctx.view.folded[j] not in PARTY_DETERMINERS | {"du", "de", "d", "des"}:
            return None
    return None


def _names_after(ctx: Context, k: int, sent) -> list[Mention]:
    """The written names from token ``k`` joined by « et » or commas, up to anything else."""
    names: list[Mention] = []
    while k < sent.end:
        named = _written_person(ctx, k)
        if named is None:
            break
        names.append(named)
        k = named.end
        if k < sent.end and ctx.view.texts[k] in JOINTS and ctx.view.texts[k] != ",":
            k += 1
        else:
            break
    return names
