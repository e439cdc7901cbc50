"""Allies a possessive lists: « elle compte sur ses soutiens : A, B et C », « Parmi ses proches,
A et B », « a choisi l'un de ses fidèles, X, pour … ».

News names a person's camp through a possessive whose owner the sentence or the one before
gives, and lists the camp after the noun: after a colon, after a list verb (« figurent »,
« on trouve »), or, when « Parmi ses … » opens the sentence, after a comma. Each name listed
supports the possessor. The owner is the one person named before the possessive in its
sentence (outside quotations; a bound pronoun or description counts), or, with nobody there,
the one person of the sentence before (``references.sole_candidate``); anything else binds
nothing.

A miss is better than a wrong edge, so the list reads nothing when:

* the noun is not one of supporters (« ses adversaires : A, B »), or is qualified as past
  (« ses anciens soutiens », « ses soutiens d'hier », « ses soutiens de 2017 »);
* the sentence is negated before the possessive, or its verb loses or fights the camp
  (« a perdu ses soutiens », « dénonce ses alliés : … »), the ``void_verbs``;
* what follows the colon is not a list of names: a finite verb or any word that is neither a
  separator nor a short apposition (« Ses proches le disent : « X ne lâchera rien » »).

Words: the supporter nouns, list verbs and void words of ``[roster]`` in
``ontology/cues.toml`` (the same camp nouns as rosters' headings), the rest in the
``[allies]`` section of ``ontology/grammar.toml``.
"""

from __future__ import annotations

from alliancegraph.loaders.claims import End, Found, end_of
from alliancegraph.loaders.context import Context
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, feature
from alliancegraph.loaders.references import sole_candidate
from alliancegraph.loaders.rosters import roster_words
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

POSSESSIVES = grammar_words("allies", "possessives")
ONE_OF = grammar_words("allies", "one_of")
SEPARATORS = grammar_words("allies", "separators")
PAST = grammar_words("allies", "past")
VOID_VERBS = grammar_words("allies", "void_verbs")
NEGATIONS = grammar_words("allies", "negations")
# A sentence-opening place in someone's camp (« À ses côtés », « Autour d'elle »), folded words.
CAMP_PLACES = tuple(tuple(place.split()) for place in grammar_words("allies", "camp_places"))
STRESSED_GENDERS = {"elle": "f", "lui": "m"}
# Words a complement of the noun may hold before the list opens ("ses soutiens au sein du
# parti :"): beyond this, the colon belongs to another clause.
COMPLEMENT_WORDS = 6
# Words an apposition after a listed name may hold ("…, le patron des régionalistes").
APPOSITION_WORDS = 8
# Words a description before a listed name may hold ("l'ancienne ministre de la Culture").
DESCRIPTION_WORDS = 6


def possessed_allies(ctx: Context, s: int, sent) -> list[Found]:
    """SUPPORTS from each name a possessed camp noun lists, towards the possessor."""
    view = ctx.view
    found: list[Found] = []
    for k in range(sent.start, sent.end - 2):
        if view.folded[k] not in POSSESSIVES or ctx.in_quote(k):
            continue
        found += _camp_at(ctx, s, sent, k)
    return found


def camp_place_allies(ctx: Context, s: int, sent) -> list[Found]:
    """SUPPORTS from each name listed after a sentence-opening place in someone's camp (« À ses
    côtés, on retrouve A et B », « Dans son équipe figurent A et B », « Autour d'elle, A, B et
    C »), towards the one person of the sentence before (gender agreeing with a stressed
    pronoun). Nothing when the sentence is negated or put in the past (« hier », an imperfect
    list verb), when the names are not a bare list, or when the sentence before names a party
    or two persons: the camp could be theirs."""
    view = ctx.view
    k = next(
        (j for j in range(sent.start, sent.end) if not view.puncts[j] and not view.spaces[j]), None
    )
    if k is None or ctx.in_quote(k):
        return []
    words, tokens = _words_after(ctx, k, sent.end)
    end = _longest(words, 0, CAMP_PLACES)
    if end is None or end >= len(tokens):
        return []
    if any(
        (view.folded[j] in NEGATIONS or view.folded[j] in PAST) and not ctx.in_quote(j)
        for j in range(sent.start, sent.end)
    ):
        return []
    start = tokens[end]
    comma = view.texts[start] == ","
    after, rest = _words_after(ctx, start + 1 if comma else start, sent.end)
    verb = _longest(after, 0, roster_words()["list_verbs"])
    if verb is not None:
        if any("Imp" in feature(ctx.doc[j], "Tense") for j in rest[:verb]):
            return []  # « À ses côtés, on trouvait A »: a camp of the past
        start = rest[verb] if verb < len(rest) else sent.end
    elif comma:
        start += 1
    else:
        return []
    listed = _names(ctx, start, sent, single=False)
    if not listed or not s:
        return []
    if any(
        m.kind == "party" and ctx.sent_of[m.start] == s - 1 and not ctx.in_quote(m.start)
        for m in ctx.mentions
    ):
        return []  # « Le PS a présenté sa liste. Sur sa liste figurent … »: a party's camp
    names = frozenset(m.name for m in listed)
    name = sole_candidate(ctx, k, s, names, STRESSED_GENDERS.get(words[end - 1]))
    if name is None:
        return []
    cue = ctx.doc[k : tokens[end]].text
    return [
        Found(
            end_of(m),
            REL.SUPPORTS,
            End(name, "person", 0.8),
            cue,
            s,
            0.5 * m.confidence,
            "camp place",
        )
        for m in listed
    ]


def _camp_at(ctx: Context, s: int, sent, k: int) -> list[Found]:
    """The claims of the possessive at token ``k``, or none."""
    view = ctx.view
    lists = roster_words()
    words, tokens = _words_after(ctx, k + 1, sent.end)
    noun_end = _longest(words, 0, lists["supporters"])
    if noun_end is None or _voided(ctx, sent, k):
        return []
    one = _one_of(ctx, sent, k)
    after = tokens[noun_end] if noun_end < len(tokens) else sent.end
    if one:  # "l'un de ses proches, X": the name right after the comma
        if after >= sent.end or view.texts[after] != ",":
            return []
        listed = _names(ctx, after + 1, sent, single=True)
    else:
        start = _list_start(ctx, sent, k, after)
        if start is None:
            return []
        listed = _names(ctx, start, sent, single=False)
    if not listed:
        return []
    owner = _possessor(ctx, s, sent, k, {m.name for m in listed})
    if owner is None:
        return []
    cue = ctx.doc[k:after].text
    return [
        Found(
            end_of(m),
            REL.SUPPORTS,
            owner,
            cue,
            s,
            0.6 * m.confidence * owner.confidence,
            "possessed allies",
        )
        for m in listed
        if m.name != owner.name
    ]


def _words_after(ctx: Context, start: int, end: int) -> tuple[list[str], list[int]]:
    """Folded words from ``start`` (punctuation other than the colon and the comma left out)
    with the token of each."""
    view = ctx.view
    tokens = [
        j
        for j in range(start, min(end, start + 12))
        if not view.spaces[j] and (not view.puncts[j] or view.texts[j] in {":", ","})
    ]
    return [view.folded[j] for j in tokens], tokens


def _longest(words: list[str], k: int, phrases) -> int | None:
    """Position after the longest phrase of ``phrases`` starting at ``words[k]``."""
    best = None
    for phrase in phrases:
        n = len(phrase)
        if tuple(words[k : k + n]) == phrase and (best is None or k + n > best):
            best = k + n
    return best


def _one_of(ctx: Context, sent, k: int) -> bool:
    """ "l'un de ses", "une de ses": a single ally is named, right after the noun."""
    view = ctx.view
    if k - 2 < sent.start or view.folded[k - 1] not in {"de", "d"}:
        return False
    before = " ".join(view.folded[j] for j in range(max(sent.start, k - 3), k - 1))
    return any(before.endswith(phrase) for phrase in ONE_OF)


def _voided(ctx: Context, sent, k: int) -> bool:
    """A negation or a verb that loses or fights the camp before the possessive, or a past
    or void word on the noun (« ses anciens soutiens », « ses soutiens d'hier »)."""
    view = ctx.view
    for j in range(sent.start, k):
        if ctx.in_quote(j):
            continue
        if view.folded[j] in NEGATIONS:
            return True
        if view.pos[j] in {"VERB", "AUX"} and view.lemmas[j] in VOID_VERBS:
            return True
    words, _ = _words_after(ctx, k + 1, sent.end)
    head = words[: COMPLEMENT_WORDS + 2]
    void = {p[0] for p in roster_words()["void"] if len(p) == 1}
    return any(w in PAST or w in void or (w.isdigit() and len(w) == 4) for w in head[:4])


def _list_start(ctx: Context, sent, k: int, after: int) -> int | None:
    """Where the names begin: after a colon or a list verb that follows the noun (past a
    short complement with no name in it), or after the comma of a sentence opening on
    « Parmi ses … »."""
    view = ctx.view
    verbs = roster_words()["list_verbs"]
    opens = k - 1 >= sent.start and view.folded[k - 1] == "parmi" and _opening(ctx, sent, k - 1)
    for j in range(after, min(sent.end, after + COMPLEMENT_WORDS + 1)):
        if view.texts[j] == ":":
            return j + 1
        words, _ = _words_after(ctx, j, sent.end)
        verb = _longest(words, 0, verbs)
        if verb is not None and (j == after or view.texts[j - 1] == ","):
            return j + 1 if verb == 1 else j + verb
        if view.texts[j] == ",":
            if not (opens and j == after):
                return None
            words, _ = _words_after(ctx, j + 1, sent.end)
            verb = _longest(words, 0, verbs)  # "Parmi ses soutiens, on trouve A et B"
            return j + 1 if verb is None else j + 1 + verb
        mention = ctx.at.get(j)
        if (mention is not None and mention.kind != "party") or view.texts[j] in {";", "«", "»"}:
            return None  # a party may complete the noun: "ses soutiens au sein d'EE-LV :"
        if view.pos[j] in {"VERB", "AUX"}:
            return None  # "Ses proches le disent : …": a clause, then what it says
    return None


def _opening(ctx: Context, sent, j: int) -> bool:
    """Token ``j`` opens its sentence (past a dash or a quotation mark)."""
    view = ctx.view
    return all(view.puncts[i] or view.spaces[i] for i in range(sent.start, j))


def _names(ctx: Context, start: int, sent, single: bool) -> list[Mention]:
    """The persons a list written from ``start`` names, up to the sentence's end, a ";" or the
    end of an apposition; empty when anything but names, separators and appositions comes
    (a clause, a quotation that says something)."""
    view = ctx.view
    names: list[Mention] = []
    j = start
    while j < sent.end:
        text = view.texts[j]
        if view.spaces[j]:
            j += 1
            continue
        if text in {";", "."} or (names and single and text == ","):
            break
        mention = ctx.at.get(j)
        if mention is not None and mention.start == j:
            if mention.kind != "person" or mention.source not in WRITTEN_SOURCES:
                return []
            names.append(mention)
            j = mention.end
            continue
        if text == "(":  # "A (PS)": a label or a score
            close = next((i for i in range(j, sent.end) if view.texts[i] == ")"), None)
            if close is None:
                return []
            j = close + 1
            continue
        if view.folded[j] in SEPARATORS or (view.puncts[j] and text not in {":", "?", "!"}):
            j += 1
            continue
        described = _described_name(ctx, j, sent)
        if described is not None:  # "l'ancien ministre A et la sénatrice B"
            j = described
            continue
        if names and view.texts[j - 1] == ",":  # "A, le patron des régionalistes"
            end = _apposition_end(ctx, j, sent)
            if end is None:
                return []
            if single:
                break
            j = end
            continue
        return []
    return names


def _described_name(ctx: Context, j: int, sent) -> int | None:
    """The token where a name starts after a short description opening at ``j`` ("l'ancien
    ministre A", "la sénatrice B"): lower-case words, no verb, no mark; None otherwise."""
    view = ctx.view
    for i in range(j, min(sent.end, j + DESCRIPTION_WORDS + 1)):
        mention = ctx.at.get(i)
        if mention is not None:
            return i if mention.start == i and i > j else None
        if view.puncts[i] or view.pos[i] in {"VERB", "AUX"} or not view.texts[i].islower():
            return None
    return None


def _apposition_end(ctx: Context, j: int, sent) -> int | None:
    """Token after a short apposition opening at ``j`` (up to a comma, "et" or the end):
    no verb, no name in it; None otherwise."""
    view = ctx.view
    for i in range(j, min(sent.end, j + APPOSITION_WORDS + 1)):
        if view.texts[i] in {",", ";", ".", ")", "»"} or view.folded[i] == "et":
            return i  # a closing quotation mark ends a list quoted whole
        if view.pos[i] in {"VERB", "AUX"} or ctx.at.get(i) is not None:
            return None
        if view.texts[i] in {"«", ":"}:
            return None
    return sent.end if j + APPOSITION_WORDS >= sent.end else None


def _possessor(ctx: Context, s: int, sent, k: int, listed: set[str]) -> End | None:
    """The one person the possessive at ``k`` stands for: named before it in the sentence
    (outside quotations), or, with nobody there, the one person of the sentence before."""
    here = {
        m.name: m
        for m in ctx.mentions
        if sent.start <= m.start < k and m.name and not ctx.in_quote(m.start)
    }
    persons = {n: m for n, m in here.items() if m.kind == "person" and n not in listed}
    if any(m.kind == "party" for m in here.values()):
        return None  # "le PS et ses alliés": a party's camp, or a person's beside a party
    if len(persons) == 1:
        return end_of(next(iter(persons.values())))
    view = ctx.view
    opening = _opening(ctx, sent, k) or (
        view.folded[k - 1] == "parmi" and _opening(ctx, sent, k - 1)
    )
    if persons or not opening:
        return None  # "Le député sortant a choisi l'un de ses fidèles": whoever he is
    name = sole_candidate(ctx, k, s, frozenset(listed))
    return End(name, "person", 0.8) if name is not None else None
