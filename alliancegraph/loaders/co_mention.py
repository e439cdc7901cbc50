"""Membership the text states by naming a person next to the party the gazetteer gives them.

Journalists state a membership in ways no cue reads: « X, président de l'UMP », « le PS et
son président sortant X », « au sein du RN, … le président du parti, X », « derrière le
président du parti centriste X ». What these share is a person the gazetteer knows to be a
member of P at the article's date, and a sentence where P's name stands right next to that
person's written name with nothing that could claim it in between. Co-occurrence alone is
not enough (« le candidat En Marche A … B », « ancien ministre de X », « la demande de X »,
« X quitte le PS »), so a pair is kept only when (:func:`objections` names what fails):

- the person has no membership claim of any other rule in the article, and the party word
  is no other claim's end in that sentence;
- both are written names outside any quotation, in a sentence with no negation, and with no
  word of departure, ouster or refusal of the lexicon (``leaving``, ``step_aside``,
  ``ousting``, the exclusion participles and bare refusals, the void groups of
  ``membership_news``) in the pair's reach (:func:`_pair_reach`: right before, between, or in
  the clause after them);
- the person is the party mention's nearest person (past a repeat of the same party: « le
  parti P (…, P') X »), at most ``REACH`` words away, with no other mention, verb or clause
  mark between them but a parenthesis that spells out or qualifies the party, and no
  coordination, preposition of a stance or stance noun of the lexicon (« X et le RN », « X,
  face au PS », « X, proche du PS »: two actors side by side);
- the person is no complement: no preposition right before the name (« ministre de X »,
  « pour X », « contre X »), and the parser makes it a subject, an apposition, a name after a
  title, a conjunct or the sentence's root (a headline);
- a party before a comma is no fronted adjunct of the person as subject (« Arrivé troisième
  de la primaire organisée par P, X a annoncé … »: the primary is P's, not X's card), and no
  former label is glued to it (« l'ex-P X »).

A second reading, :func:`office_claims`, needs no gazetteer party: an office of a party
structure written next to a name with no party in it (« le président de la fédération, X »,
« X, coordinatrice départementale », « le président du groupe au conseil municipal, X ») is
held in the party the article's context gives (the one it names; else the one named in reach,
with two parties in reach giving nothing), never an office of an institution, a union or an
association (its body and the words after it are read from ``[co_mention]``).

It runs once per article after the other rules (only persons they left without a party), and
names its rule ``co-mention MEMBER_OF`` in the trace, at a lower confidence than a cue; a
pair turned down is in the trace too, with its objections (``--explain``).
"""

from __future__ import annotations

from bisect import bisect_right

from alliancegraph.loaders.claims import STANCES, End, Found
from alliancegraph.loaders.context import SUBJECT_DEPS, Context, gazetteer_party
from alliancegraph.loaders.cues import Lexicon
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

RULE = "co-mention MEMBER_OF"
CONFIDENCE = 0.5

# Prepositions that make the name after them a complement (« ministre de X », « pour X »).
COMPLEMENT_WORDS = grammar_words("co_mention", "complement_words")
# Dependencies of a name that heads its phrase: subject, apposition, a name after a title.
HEAD_DEPS = grammar_words("co_mention", "head_deps")
# Negation words: a membership denied or refused (« ne siégera pas avec le groupe P »).
NEGATIONS = grammar_words("co_mention", "negations")
# Words before the party that make the title a former one (« l'ancien secrétaire du PS »).
FORMER = grammar_words("co_mention", "former")
# Marks no statement of membership runs across (a clause, a quotation, a parenthesis).
STOPS = grammar_words("co_mention", "stops")
# The lexicon's lists of words of leaving a party, stepping aside and ousting.
DEPARTURE_LISTS = ("leaving", "step_aside", "ousting")
# Groups a party lost or may not count (« les élus PS exclus », « dissident »).
GROUP_VOID = grammar_words("membership_news", "group_void")
# Words between a name and a party that make them two actors side by side, not a member and
# its party: a coordination (« X et le RN »), a preposition of a stance (« X, face au PS »).
LINKS = grammar_words("co_mention", "links")
# The most words between the two mentions.
REACH = 8
# Relative pronouns: a relative after the person's name is a clause of its own.
RELATIVES = grammar_words("co_mention", "relatives")
# A party structure's office (« le président de la fédération », « la coordinatrice
# départementale »): its heads, the words a head may carry, those that alone make it a unit's
# office, the bodies it may name and the words a body may carry (see :func:`office_claims`).
OFFICE_HEADS = grammar_words("co_mention", "office_heads")
OFFICE_ADJECTIVES = grammar_words("co_mention", "office_adjectives")
OFFICE_UNITS = grammar_words("co_mention", "office_units")
OFFICE_BODIES = tuple(tuple(b.split()) for b in grammar_words("co_mention", "office_bodies"))
BODY_WORDS = grammar_words("co_mention", "body_words")
OFFICE_RULE = "context office MEMBER_OF"
# The most words of an office written next to a name.
OFFICE_REACH = 12
ARTICLES = frozenset({"le", "la", "l", "les"})
OF = frozenset({"de", "du", "des", "d"})


def co_mention_claims(ctx: Context, found: list[Found]) -> list[Found]:
    """One ``MEMBER_OF`` claim for each person the rules left without a party whose
    gazetteer party is named next to them in one sentence (see the module's docstring)."""
    members = {f.subject.name for f in found if f.relation == REL.MEMBER_OF}
    taken = {(f.sentence, f.object.name) for f in found if f.object.kind == "party"}
    parties = {
        name: party
        for name, entity in ctx.entities.items()
        if entity.kind == "person"
        and name not in members
        and (party := gazetteer_party(ctx, name)) is not None
    }
    claims = office_claims(ctx, found)
    if not parties:
        return claims
    members |= {f.subject.name for f in claims}
    done: set[str] = set()
    for s in range(len(ctx.sents)):
        here = ctx.mentions_in(s)
        for k, m in enumerate(here):
            if m.kind != "party" or not m.name or (s, m.name) in taken:
                continue
            person = _nearest_person(here, k)
            if person is None or person.name in done or parties.get(person.name) != m.name:
                continue
            if person.name in members:
                continue
            claim = Found(
                End(person.name, "person", person.confidence),
                REL.MEMBER_OF,
                End(m.name, "party", m.confidence),
                "co-mention",
                s,
                CONFIDENCE,
                RULE,
            )
            against = objections(ctx, s, person, m)
            if against:
                ctx.trace.drop_found(claim, "co-mention only", ", ".join(against))
                continue
            done.add(person.name)
            claims.append(claim)
    return claims


def _nearest_person(here: list[Mention], k: int) -> Mention | None:
    """The person mention nearest to ``here[k]`` (a party) among the sentence's mentions,
    looking past other mentions of the same party (« le parti La France insoumise (LFI) »),
    or None when another actor stands nearer on that side, or a person on the other side
    stands about as near (the party is then another's label or complement)."""
    party = here[k]
    sides = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(here) and here[j].kind == "party" and here[j].name == party.name:
            j += step
        other = here[j] if 0 <= j < len(here) else None
        if other is not None and other.kind == "person":
            gap = party.start - other.end if step < 0 else other.start - party.end
            sides.append((gap, other))
    if not sides:
        return None
    sides.sort(key=lambda side: side[0])
    if len(sides) == 2 and sides[1][0] <= sides[0][0] + 2:
        return None
    return sides[0][1]


def objections(ctx: Context, s: int, person: Mention, party: Mention) -> list[str]:
    """What keeps the pair from stating a membership: the conditions of the module's
    docstring, each named."""
    found = []
    view = ctx.view
    if person.source not in WRITTEN_SOURCES:
        found.append("unwritten")
    if ctx.in_quote(person.start) or ctx.in_quote(party.start):
        found.append("quoted")
    lo, hi = min(person.end, party.end), max(person.start, party.start)
    between = [j for j in range(lo, hi) if j not in _expansion(ctx, party, hi)]
    if len(between) > REACH:
        found.append("far")
    if any(ctx.at.get(j) is not None for j in between):
        found.append("mention between")
    if any(view.pos[j] in {"VERB", "AUX"} for j in between):
        found.append("verb between")
    if any(view.texts[j] in STOPS for j in between):
        found.append("stop between")
    if any(view.folded[j] in LINKS for j in between):
        found.append("link between")  # « X et le RN », « X, face au PS »: two actors
    if any(view.folded[j] in _stance_nouns(ctx.lexicon) for j in between):
        found.append("stance noun")  # « X, proche du PS », « X, adversaire du RN »
    if (
        party.end <= person.start
        and "," in (view.texts[j] for j in between)
        and view.deps[person.start] in SUBJECT_DEPS
    ):
        found.append("fronted")  # « Battu à la primaire du PS, X a … »: an adjunct's party
    sent = ctx.sents[s]
    if any(view.folded[j] in NEGATIONS for j in range(sent.start, sent.end)):
        found.append("negation")
    if any(departing(ctx, j) for j in _pair_reach(ctx, sent, person, party)):
        found.append("departure")
    if listed_after_departure(ctx, s, person.start, party.name):
        found.append("listed after a departure")
    if person.start > sent.start and view.folded[person.start - 1] in COMPLEMENT_WORDS:
        found.append("complement")
    if view.deps[person.start] not in HEAD_DEPS and view.deps[person.end - 1] not in HEAD_DEPS:
        found.append("dep " + view.deps[person.start])
    if party.start > sent.start and view.folded[party.start - 1] in FORMER:
        found.append("former")  # « l'ancien socialiste X », « l'ex-PS X »
    return found


def _pair_reach(ctx: Context, sent, person: Mention, party: Mention) -> range:
    """The words a departure must be among to be the pair's own: the two words before the
    first of them, the words between them, the words after the second up to the next mark,
    and, when the person comes second, the apposition after their comma (« le parti P, X,
    démissionnaire depuis … »). A departure elsewhere in the sentence is another clause's
    (« Trois élus ont claqué la porte de P, le président X minimisant la crise », « X, qui
    exclut tout accord avec … », « …, X déplore la démission du maire »); a departure before the
    pair in the person's own clause is the ``fronted`` objection's, and one with a verb between
    them the ``verb between`` one."""
    view = ctx.view
    lo = max(sent.start, min(person.start, party.start) - 2)
    hi = max(person.end, party.end)
    while hi < sent.end and not view.puncts[hi]:
        hi += 1
    if (
        person.start > party.start
        and hi + 1 < sent.end
        and view.texts[hi] == ","
        and view.folded[hi + 1] not in RELATIVES
    ):
        hi += 1  # « le parti P, X, démissionnaire depuis … »: the person's apposition
        while hi < sent.end and not view.puncts[hi]:
            hi += 1
    return range(lo, hi)


def _expansion(ctx: Context, party: Mention, limit: int) -> range:
    """The parenthesis right after a party's name, which spells it out or qualifies it
    (« l'UMP (Union pour un mouvement populaire) », « LFI (gauche radicale) »), when it
    closes before ``limit``: no word of it stands between the party and a name after it."""
    view = ctx.view
    if party.end >= limit or view.texts[party.end] != "(":
        return range(0)
    for j in range(party.end + 1, limit):
        if view.texts[j] == ")":
            return range(party.end, j + 1)
        if view.texts[j] == "(":
            break
    return range(0)


def departing(ctx: Context, j: int) -> bool:
    """Token ``j`` is a word of departure, ouster or refusal of the lexicon: a verb or noun of
    leaving (``leaving``, ``step_aside``, ``ousting``), an exclusion's participle or a bare
    refusal (the ``passive`` and ``bare`` rejection cues), or a word of a group the party
    lost (``group_void``): a membership left, refused or denied in that sentence."""
    words = _departure_words(ctx.lexicon)
    return ctx.view.folded[j] in words or ctx.view.lemmas[j] in words


def listed_after_departure(ctx: Context, s: int, start: int, party: str) -> bool:
    """Whether the person named at token ``start`` is listed after a colon whose clause tells
    members leaving ``party`` or put out of it (« P a voté l'exclusion de deux de ses membres :
    A et B », « Trois élus ont quitté P : A, B et C », « P a suspendu trois élus : A, … »):
    ``party`` named in the clause before the colon with a verb of :func:`leaving` or a noun
    of ouster (``ousting``: « exclusion », « radiation », « départ »), no negation nor
    intention (``leaving_blocked``) before that word in the clause. Whatever label the list
    then gives a name (« le député P A ») is the tie the clause ends.

    A list after a clause with no such word (« P a salué deux recrues : A et B ») keeps its
    labels, and so does the colon after a refusal of something else (« P a décliné
    l'invitation : son porte-parole, A, … »)."""
    sent = ctx.sents[s]
    texts = ctx.view.texts
    colons = [j for j in range(sent.start, start) if texts[j] == ":"]
    if not colons:
        return False
    colon = colons[-1]
    clause = (colons[-2] + 1) if len(colons) > 1 else sent.start
    if not any(m.name == party and clause <= m.start < colon for m in ctx.mentions_in(s)):
        return False
    blocked = ctx.lexicon.lists["leaving_blocked"]
    ousting = ctx.lexicon.lists["ousting"]  # folded by the lexicon
    for j in range(clause, colon):
        if leaving(ctx, j) or ctx.view.folded[j] in ousting:
            return not any(ctx.view.folded[k] in blocked for k in range(clause, j))
    return False


def leaving(ctx: Context, j: int) -> bool:
    """Token ``j`` is a verb of leaving a party or of being excluded from it (``leaving``,
    ``step_aside``, the exclusion participles of the lexicon), not a refusal of something
    else (« refuse de désigner des coupables ») nor a noun of someone's departure."""
    if ctx.view.pos[j] not in {"VERB", "AUX"}:
        return False
    words = _leaving_words(ctx.lexicon)
    return ctx.view.folded[j] in words or ctx.view.lemmas[j] in words


_LEAVING: dict[int, frozenset[str]] = {}


def _leaving_words(lexicon: Lexicon) -> frozenset[str]:
    """The folded words of :func:`leaving`, gathered once per lexicon."""
    key = id(lexicon)
    if key not in _LEAVING:
        words = set(lexicon.lists["leaving"]) | set(lexicon.lists["step_aside"])
        for cue in lexicon.verbs:
            if cue.relation == REL.REJECTS and cue.passive:
                words |= cue.triggers
        _LEAVING[key] = frozenset(cfold(w) for w in words)
    return _LEAVING[key]


_DEPARTURES: dict[int, frozenset[str]] = {}
_STANCE_NOUNS: dict[int, frozenset[str]] = {}


def _stance_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's noun cues of a stance (« proche », « allié »,
    « adversaire », « soutien » …), gathered once per lexicon: between a name and a party they
    tell a tie to the party, not a card."""
    key = id(lexicon)
    if key not in _STANCE_NOUNS:
        _STANCE_NOUNS[key] = frozenset(
            words[0]
            for noun in lexicon.nouns
            if noun.relation in STANCES
            for words in noun.words
            if words
        )
    return _STANCE_NOUNS[key]


def _departure_words(lexicon: Lexicon) -> frozenset[str]:
    """The folded words of :func:`departing`, gathered once per lexicon."""
    key = id(lexicon)
    if key not in _DEPARTURES:
        words = set(GROUP_VOID)
        for name in DEPARTURE_LISTS:
            words |= lexicon.lists[name]
        for cue in lexicon.verbs:
            if cue.relation == REL.REJECTS and (cue.passive or cue.bare):
                words |= cue.triggers
        _DEPARTURES[key] = frozenset(cfold(w) for w in words)
    return _DEPARTURES[key]


def office_claims(ctx: Context, found: list[Found]) -> list[Found]:
    """« Le PCF réunit ses militants. La secrétaire de section, X, … »: a person written next
    to an office of a party structure that names no party (« le président de la fédération »,
    « X, coordinatrice départementale », « le président du groupe au conseil municipal, X »)
    holds it in the party the context gives: the one party the article names, or, when it
    names several, the one party named in the office's paragraph before it (else from the
    paragraph before), the office's sentence naming none. Never an office of an institution
    or of a union (« président du conseil départemental », « la fédération CGT »:
    :func:`_office` reads only a party's bodies), a former office, a person with a
    membership already or whose gazetteer party at the date is another, nor in a sentence
    of negation or departure; named
    ``context office MEMBER_OF`` in the trace."""
    members = {f.subject.name for f in found if f.relation == REL.MEMBER_OF}
    named = [m for m in ctx.mentions if m.kind == "party" and m.name and not ctx.in_quote(m.start)]
    if not named:
        return []
    whole = {m.name for m in named}
    breaks = _paragraph_breaks(ctx.article.text)
    claims: list[Found] = []
    for s in range(len(ctx.sents)):
        for person in ctx.mentions_in(s):
            if (
                person.kind != "person"
                or person.name in members
                or person.source not in WRITTEN_SOURCES
                or ctx.in_quote(person.start)
                or not _office_next_to(ctx, s, person)
            ):
                continue
            party = _context_party(ctx, s, named, whole, breaks)
            if party is None:
                continue
            known = gazetteer_party(ctx, person.name)
            if known and known != party.name:
                continue
            claim = Found(
                End(person.name, "person", person.confidence),
                REL.MEMBER_OF,
                End(party.name, "party", party.confidence),
                "context office",
                s,
                CONFIDENCE,
                OFFICE_RULE,
            )
            sent = ctx.sents[s]
            view = ctx.view
            if any(view.folded[j] in NEGATIONS for j in range(sent.start, sent.end)) or any(
                departing(ctx, j) for j in range(sent.start, sent.end)
            ):
                ctx.trace.drop_found(claim, "context office", "negation or departure")
                continue
            members.add(person.name)
            claims.append(claim)
    return claims


def _paragraph_breaks(text: str) -> list[int]:
    """The character offsets where the article's paragraphs start (its non-empty lines: a
    paragraph is a line, whether blank lines part them or not), in order."""
    starts, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(at)
        at += len(line) + 1
    return starts


def _context_party(
    ctx: Context, s: int, named: list[Mention], whole: set[str], breaks: list[int]
) -> Mention | None:
    """The party an office in sentence ``s`` belongs to: the one party the article names
    outside quotations (when sentence ``s`` names no other, even quoted); else, when
    sentence ``s`` names none, even quoted (« les amis du "P" », dont le délégué, X »),
    the one party its paragraph names before it, or if that names none, the one party
    named from the paragraph before; else None (two parties in reach)."""
    sent = ctx.sents[s]
    here = {m.name for m in ctx.mentions_in(s) if m.kind == "party"}  # quoted ones too
    if len(whole) == 1:
        return named[0] if here <= whole else None
    if here:
        return None
    paragraph = bisect_right(breaks, sent.start_char) - 1
    for back in (0, 1):  # the office's paragraph before it, else the paragraph before
        start = breaks[paragraph - back] if paragraph - back >= 0 else 0
        near = [m for m in named if start <= ctx.doc[m.start].idx < sent.start_char]
        if near or paragraph - back <= 0:
            return near[-1] if len({m.name for m in near}) == 1 else None
    return None


def _office_next_to(ctx: Context, s: int, person: Mention) -> bool:
    """An office of a party structure (:func:`_office`) written right before the name (« le
    président de la fédération, X », « la secrétaire de section X ») or apposed after it
    (« X, coordinatrice départementale, »), with no mention in it."""
    view = ctx.view
    sent = ctx.sents[s]
    j = person.start - 1
    if j >= sent.start and view.texts[j] == ",":
        j -= 1
    k = j
    while k >= sent.start and j - k < OFFICE_REACH and ctx.at.get(k) is None:
        if view.texts[k] in STOPS or view.texts[k] == ",":
            break
        article = view.folded[k] in ARTICLES
        start = k + 1 if article else k
        if (article or k == sent.start) and start <= j and view.folded[start] in OFFICE_HEADS:
            return _office(ctx, start, j + 1)
        k -= 1
    if person.end >= sent.end or view.texts[person.end] != ",":
        return False
    first = person.end + 1
    if first < sent.end and view.folded[first] in ARTICLES:
        first += 1
    k = first
    while k < sent.end and k - first < OFFICE_REACH and ctx.at.get(k) is None:
        if view.texts[k] in STOPS or view.texts[k] in {",", "."}:
            break
        if view.pos[k] in {"VERB", "AUX"} and view.folded[k] not in OFFICE_HEADS:
            return False
        k += 1
    return k > first and (k >= sent.end or view.texts[k] in {",", "."}) and _office(ctx, first, k)


def _office(ctx: Context, start: int, end: int) -> bool:
    """Tokens ``start``…``end`` are exactly an office of a party structure: a head
    (« président », « secrétaire »), the words it may carry, then either a unit's adjective
    (« coordinateur départemental ») or « de » and a party's body (« de la fédération », « du
    groupe », « du conseil national ») with only the words a body may carry and a place after
    « de » (« de la fédération du Nord »)."""
    view = ctx.view
    words = view.folded
    if words[start] not in OFFICE_HEADS:
        return False
    i, unit = start + 1, False
    while i < end and words[i] in OFFICE_ADJECTIVES:
        unit = unit or words[i] in OFFICE_UNITS
        i += 1
    if i == end:
        return unit
    if words[i] not in OF:
        return False
    i += 1
    if i < end and words[i] in ARTICLES:
        i += 1
    body = next(
        (b for b in OFFICE_BODIES if tuple(words[i : i + len(b)]) == b and i + len(b) <= end),
        None,
    )
    if body is None:
        return False
    for k in range(i + len(body), end):
        text = view.texts[k]
        place = (
            view.pos[k] == "PROPN"
            and text[:1].isupper()
            and not text.isupper()
            and (words[k - 1] in OF | ARTICLES or view.texts[k - 1] in {"-", "'"})
        )
        if words[k] not in BODY_WORDS and not place and text != "-":
            return False
    return True
