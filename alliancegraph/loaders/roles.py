"""Descriptions of persons: a role description ("l'ancien Premier ministre") resolved to
whoever held the role at the article's date (or before it, with ancien/ex-), preferring
persons already mentioned; and the descriptions the article glues to a name ("l'essayiste X",
"X, député de Paris"), remembered so that a later "l'essayiste" resolves to that person.

Separate from ``resolution`` because parsing roles and matching them to the gazetteer's
dated roles is its own body of rules, which ``references`` also builds on.
"""

from __future__ import annotations

from dataclasses import replace

from alliancegraph.loaders.anaphora import (
    _compatible,
    anaphoric_description,
    description_antecedent,
)
from alliancegraph.loaders.context import (
    E_PARTICIPLE_ENDINGS,
    ROLE_STOP,
    SUBJECT_DEPS,
    Context,
    Entity,
    RoleSpec,
    adjective_map,
    is_subject,
    party_of_mention,
    resolution_list,
)
from alliancegraph.loaders.cues import Lexicon
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold, feature, fold_token
from alliancegraph.ontology.gazetteer import Gazetteer, Period, PersonEntry
from alliancegraph.ontology.grammar import grammar_table, grammar_words

ROLE_PREPS = frozenset({"de", "du", "d", "des", "a", "au", "aux", "en"})
# Determiners fused with a preposition, which the tagger calls ADP ("au député sortant X").
CONTRACTED = frozenset({"au", "du", "aux"})


# Possessive determiners: one right after a role's words opens another noun phrase.
POSSESSIVE_DETERMINERS = grammar_words("anaphora", "possessive")


def _head_match(words: list[str], lexicon: Lexicon) -> tuple[str, int] | None:
    """The longest role head at the start of ``words`` and how many words it takes."""
    for n in range(min(5, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in lexicon.lists["role_heads"]:
            return lexicon.role_forms.get(phrase, phrase), n
    return None


EPICENE_ROLES = grammar_words("roles", "epicene_roles")


def _role_gender(phrase: str, determiner: str, lexicon: Lexicon) -> str | None:
    """The holder's gender a role description tells: its feminine or masculine form, else its
    determiner, unless the noun keeps one gender for everyone (« la tête de liste »)."""
    if phrase in EPICENE_ROLES:
        return None
    if phrase in lexicon.role_forms and lexicon.role_forms[phrase] != phrase:
        return "f" if not phrase.startswith("chef") else None
    if phrase in set(lexicon.role_forms.values()) and phrase not in {"maire", "ministre"}:
        return "m"
    return {"la": "f", "le": "m", "sa": "f", "cette": "f", "cet": "m", "ce": "m"}.get(determiner)


def role_spec_of_text(text: str, gazetteer: Gazetteer, lexicon: Lexicon) -> RoleSpec | None:
    """The key of a gazetteer role ("candidat de La France insoumise à la présidentielle")."""
    words = cfold(text).split()
    former = bool(words) and words[0] in lexicon.lists["former"]
    if former:
        words = words[1:]
    head = _head_match(words, lexicon)
    if head is None:
        return None
    rest = words[head[1] :]
    party = None
    for n in range(len(rest), 0, -1):
        for k in range(0, len(rest) - n + 1):
            chunk = " ".join(rest[k : k + n])
            entry = gazetteer.party(chunk) or (
                adjective_map(gazetteer).get(chunk) if n == 1 else None
            )
            if entry is not None and party is None:
                party = entry.name
                rest = rest[:k] + rest[k + n :]
                break
        if party:
            break
    return RoleSpec(head[0], party, frozenset(w for w in rest if w not in ROLE_STOP), former)


def parse_role(ctx: Context, i: int) -> tuple[int, RoleSpec] | None:
    """A role description starting with the determiner at token ``i``: its end and its key."""
    view, lexicon = ctx.view, ctx.lexicon
    determiner = view.folded[i]
    if determiner not in lexicon.lists["role_determiners"]:
        return None
    words: list[str] = []
    owners: list[int] = []
    glued: set[int] = set()  # word positions right after a hyphen glued on both sides
    j = i + 1
    while j < len(view.texts) and j < i + 14:
        text = view.texts[j]
        if text == "-" and not view.trailing[j - 1] and not view.trailing[j]:
            glued.add(len(words))  # "le député-maire de Meaux": one compound role
            j += 1
            continue
        if view.puncts[j] or view.spaces[j] or view.pos[j] in {"VERB", "AUX", "CCONJ", "PRON"}:
            break
        if ctx.at.get(j) is not None and ctx.at[j].kind == "person":
            break
        for word in fold_token(text):
            words.append(word)
            owners.append(j)
        j += 1
    former = False
    k = 0
    while k < len(words) and words[k] in lexicon.lists["former"] | lexicon.lists["current"]:
        former = former or words[k] in lexicon.lists["former"]
        k += 1
    head = _head_match(words[k:], lexicon)
    if head is None:
        return None
    phrase = " ".join(words[k : k + head[1]])
    k += head[1]
    if k in glued or (0 < k < len(words) and owners[k] == owners[k - 1]):
        # A compound role ("député-maire de Meaux", "sénatrice-maire"): the place after it
        # belongs to the last head, which is the one to match; an unknown compound is no role.
        second = _head_match(words[k:], lexicon)
        if second is None:
            return None
        phrase = " ".join(words[k : k + second[1]])
        k += second[1]
    party: str | None = None
    quals: set[str] = set()
    end = owners[k - 1] + 1
    expect_group = False
    while k < len(words):
        word, owner = words[k], owners[k]
        mention = ctx.at.get(owner)
        if mention is not None and mention.kind == "party":
            party = party or mention.name
            k += sum(1 for o in owners[k:] if o < mention.end)
            end = mention.end
            expect_group = False
            continue
        adjective = ctx.party_by_adjective(word)
        if adjective is not None:  # "le candidat socialiste", "le candidat des Républicains"
            party = party or adjective.name
            expect_group = False
        elif word in ROLE_PREPS:
            expect_group = True
        elif word in POSSESSIVE_DETERMINERS and not expect_group:
            break  # "a reproché au maire sa gestion": the possessive opens the next phrase
        elif view.pos[owner] in {"DET"} or word in ROLE_STOP or _participle(ctx, owner):
            pass
        elif expect_group or view.pos[owner] in {"ADJ", "PROPN"}:
            quals.add(word)
            expect_group = view.pos[owner] != "ADJ" and expect_group
            if view.pos[owner] != "ADJ":
                expect_group = False
        else:
            break
        end = owner + 1
        k += 1
    while end > i + 1 and (view.folded[end - 1] in ROLE_STOP):
        end -= 1
    gender = _role_gender(phrase, determiner, lexicon)
    return end, RoleSpec(
        lexicon.role_forms.get(phrase, phrase), party, frozenset(quals), former, gender
    )


def _participle(ctx: Context, owner: int) -> bool:
    """ "le président proclamé", "la candidate désignée": a participle right after the role
    noun tells how the holder got the role, not which role it is; kept as a qualifier it
    would match no holder and leave the description to whoever was named last.
    (A participle the tagger calls a verb already ends the description.)"""
    view = ctx.view
    return (
        view.pos[owner] == "ADJ"
        and view.pos[owner - 1] == "NOUN"
        and view.texts[owner].lower().endswith(E_PARTICIPLE_ENDINGS)
    )


def _role_matches(spec: RoleSpec, held: RoleSpec, party_then: str | None) -> bool:
    """Same head, same party (the role's, or the holder's party then), fewer qualifiers. A
    description that gives a party and nothing else ("la présidente du PS") is not a party
    member's office of some other body ("présidente de la région Occitanie"): the holder's
    party then stands in for the role's only when the description names that body too."""
    if spec.head != held.head:
        return False
    if spec.party and spec.party != (held.party or party_then):
        return False
    if spec.party and not held.party and held.words and not spec.words:
        return False
    return spec.words <= held.words


def _held(ctx: Context, spec: RoleSpec) -> list[PersonEntry]:
    """Gazetteer persons holding (or, former, having held) the described role at the date.

    When some roles match the description's qualifiers exactly ("maire de Paris"), the looser
    matches ("maire du 7e arrondissement de Paris") are left out.
    """
    date = ctx.article.date
    exact: list[PersonEntry] = []
    loose: list[PersonEntry] = []
    for person, period, held in role_specs(ctx).get(spec.head, ()):
        if not _role_matches(spec, held, person.party_at(date)):
            continue
        if spec.former:
            ok = period.end is not None and period.end < date[: len(period.end)]
        else:
            ok = period.holds_at(date)
        bucket = exact if held.words == spec.words else loose
        if ok and person not in bucket:
            bucket.append(person)
    return exact or loose


_ROLE_SPECS: dict[int, dict[str, list[tuple[PersonEntry, Period, RoleSpec]]]] = {}


def role_specs(ctx: Context) -> dict[str, list[tuple[PersonEntry, Period, RoleSpec]]]:
    """Every gazetteer role, parsed once per gazetteer and indexed by its head."""
    key = id(ctx.gazetteer)
    if key not in _ROLE_SPECS:
        index: dict[str, list[tuple[PersonEntry, Period, RoleSpec]]] = {}
        for person in ctx.gazetteer.persons:
            for period in person.roles:
                spec = role_spec_of_text(period.value, ctx.gazetteer, ctx.lexicon)
                if spec is not None:
                    index.setdefault(spec.head, []).append((person, period, spec))
        _ROLE_SPECS[key] = index
    return _ROLE_SPECS[key]


def is_apposition(ctx: Context, start: int, end: int) -> bool:
    """A description glued to a name ("le candidat écologiste Yannick Jadot", "X, le maire")."""
    texts = ctx.view.texts
    nxt = ctx.at.get(end)
    if nxt is not None and nxt.kind == "person":
        return True
    if end + 1 < len(texts) and texts[end] == "," and ctx.at.get(end + 1) is not None:
        first = ctx.doc[start].is_sent_start or (start > 0 and texts[start - 1] in {",", "—"})
        if first and ctx.at[end + 1].kind == "person":
            return True
    if not (start > 1 and texts[start - 1] == "," and ctx.at.get(start - 2) is not None):
        return False
    # "Après un entretien avec X, le président du parti a renoncé": a description that a verb
    # follows is the clause's subject, not an apposition to the name before the comma.
    return not opens_clause(ctx, start - 2, end)


def opens_clause(ctx: Context, name: int, end: int) -> bool:
    """Whether the description ending at ``end``, after "<name>, ", is followed by its own
    verb while the name is not the sentence's first word (so it cannot be the subject)."""
    view = ctx.view
    mention = ctx.at.get(name)
    if mention is None:
        return False
    sent_start = ctx.sents[ctx.sent_of[name]].start
    first = mention.start == sent_start
    if any(
        view.folded[k] == "quant" for k in range(max(sent_start, mention.start - 3), mention.start)
    ):
        return False  # "Quant à X, le fondateur du parti a proposé …": a topic, then X again
    k = end
    while k < len(view.texts) and view.pos[k] in {"ADV", "PRON"} and not view.puncts[k]:
        k += 1
    return not first and k < len(view.texts) and view.pos[k] in {"VERB", "AUX"}


GENERIC_HEADS = grammar_words("roles", "generic_heads")


def resolve_role(
    ctx: Context, start: int, spec: RoleSpec, sent: int, end: int | None = None
) -> tuple[str, float] | tuple[str, float, str] | None:
    """The person a role description stands for, or None when it is not clear enough (and,
    when it is not the role itself that bound it, the binding that did: "party label").

    Holders already mentioned come first; then a description the article itself glued to a
    name ("X, le député de Corrèze"); then a salient antecedent of the sentence right
    before that the gazetteer does not record in the role; then a holder named anywhere, or
    the only one. Refusals are written to the trace (``extract --explain``).
    """
    generic = spec.words & resolution_list("party_nouns")
    if generic and spec.party is None:
        # "le président du parti": the one party the article has named so far, or nobody;
        # "son président de parti": the possessor's party
        possessive = ctx.view.folded[start] in POSSESSIVE_ROLES
        named = (
            _possessor_parties(ctx, start, sent)
            if possessive
            else {m.name for m in ctx.mentions if m.kind == "party" and m.start < start}
        )
        if len(named) != 1:
            words = ctx.doc[start : end if end is not None else start + 1].text
            ctx.trace.refuse(sent, words, "role", f"which party: {len(named)} named before")
            return None
        spec = replace(spec, party=named.pop(), words=spec.words - generic)
    camps = _side_camps(ctx, spec, end)
    if camps:  # "la candidate de gauche": the one person of that side the article named
        return _side_candidate(ctx, start, sent, spec, camps)
    holders = [p for p in _held(ctx, spec) if not spec.gender or p.gender in (None, spec.gender)]
    names = {p.name for p in holders}
    earlier = [(m.start, m.name) for m in ctx.mentions if m.start < start and m.name in names]
    if earlier:
        return max(earlier)[1], 0.8
    if described_reference(ctx, start, add=False):
        return None  # the article itself said whom it calls so: that reading wins
    words = ctx.doc[start : end if end is not None else start + 1].text
    specific = bool(spec.party or spec.words) or spec.head in GENERIC_HEADS
    if spec.party and not holders and not spec.former:
        labelled = _party_candidate(ctx, start, sent, spec.party, spec.gender)
        if labelled is not None:  # "Le candidat des Républicains": the one LR person nearby
            return labelled, 0.6
        members = (
            party_members(ctx, start, {spec.party}, spec.gender)
            if spec.head in resolution_list("member_roles_of_party")
            and not noun_complement(ctx, start)
            else set()
        )
        if len(members) == 1:  # "le candidat LR": the article's one LR person, however far
            return members.pop(), 0.55, "party label"
        if members:  # several could be meant; never the salient person instead
            ctx.trace.refuse(sent, words, "role", f"several members of {spec.party} named before")
            return None

    # The salient person of the sentences before (never the clause's own subject).
    def fits(name: str) -> bool:
        return name in ctx.entities and not _contradicts(ctx, ctx.entities[name], spec)

    salient = description_antecedent(ctx, sent, spec.gender, fits)
    entity = ctx.entities.get(salient) if salient else None
    # a person the gazetteer does not know, or whose role it does not record
    if salient is not None and end is not None and _contrasted(ctx, end):
        # « X a signé. Le président de la fédération UDI, lui, s'y refuse »: the pronoun sets
        # the holder against the person just spoken of, who is then the one it cannot be
        ctx.trace.refuse(sent, words, "role", f"set against {salient} by « , lui, »")
        salient = entity = None
    if salient is not None and not _only_candidate(ctx, start, sent, salient, spec):
        ctx.trace.refuse(sent, words, "role", f"several candidates ({salient} and others)")
        salient = entity = None  # several persons could hold it: a miss beats a wrong edge
    if salient is not None and _named_earlier_in(ctx, salient, start, sent):
        # "L'ex-juppéiste recueille 43 % devant le député PCF, … et le candidat RN": the
        # salient person already has his mention in this sentence; the roles are others'
        ctx.trace.refuse(sent, words, "role", f"{salient} already named in the sentence")
        salient = entity = None
    # "Le chef de l'État, lui, soutient X" after a paragraph about a local figure: an office one
    # person holds at a time ("l'ancien Premier ministre": one of its past holders), whose
    # holders the gazetteer knows, is not handed to a person it does not know just because that
    # person is salient. "Le maire LR" names a kind of person, not an office.
    known_office = bool(holders) and _one_office(ctx, spec)
    unrecorded = entity is not None and (
        not holders or (entity.entry is None and not (specific and known_office))
    )
    if unrecorded and specific and not _contradicts(ctx, entity, spec):
        before = {r[1] for r in ctx.salience[sent - 1]} if sent else set()
        if entity.entry is None or salient in before:
            return salient, 0.55
        # "apporte son soutien au député de Corrèze" two sentences after X spoke: nothing
        # in the text ties X to that role, and the gazetteer, which knows X, does not either
        ctx.trace.refuse(sent, words, "role", f"{salient} not named in the sentence before")
        return None
    if holders and specific:
        anywhere = {m.name for m in ctx.mentions if m.name in names}
        if len(anywhere) == 1:
            return anywhere.pop(), 0.7
        placeless = spec.head in resolution_list("place_roles") and not spec.words
        if len(holders) == 1 and spec.head not in resolution_list("shared_roles") and not placeless:
            return holders[0].name, 0.6
        reason = "several holders" if len(holders) > 1 else "role shared by many"
        ctx.trace.refuse(sent, words, "role", f"{reason} at {ctx.article.date[:10]}")
        return None
    if holders:
        ctx.trace.refuse(sent, words, "role", f"no qualifier: {len(holders)} holders")
        return None
    if spec.party is None or entity is None or _contradicts(ctx, entity, spec):
        ctx.trace.refuse(sent, words, "role", f"no holder named or known at {ctx.article.date}")
        return None
    entry = entity.entry
    if isinstance(entry, PersonEntry) and entry.party_at(ctx.article.date) == spec.party:
        return salient, 0.65
    return None


def bare_role_reference(ctx: Context, i: int, s: int, spec: RoleSpec) -> bool:
    """ "Odile Farge a hésité. La députée a rejoint X", "… Jeudi, l'ancienne ministre …": a
    bare role (no place, no party, no office one person holds) that no holder named in the
    article answers is, opening its sentence, the one person of the sentence before it can
    fit (``anaphora.anaphoric_description``: gender agreeing, nobody else). Only a person the
    gazetteer records no role for, and whom the article gave no other role: one known with
    other roles only is left unbound (the description may be someone else's)."""
    if spec.party or spec.words or spec.head in GENERIC_HEADS or _one_office(ctx, spec):
        return False
    if ctx.view.folded[i] in POSSESSIVE_ROLES:
        return False  # "Odile Farge a hésité. Son adjoint …": someone of hers, not her

    lexicon = ctx.lexicon

    def fits(name: str) -> bool:
        entity = ctx.entities.get(name)
        if entity is None or _contradicts(ctx, entity, spec):
            return False
        told = {  # "Odile Farge, sénatrice de l'Orne, … La députée": someone else
            lexicon.role_forms.get(head, head)
            for _, head, _, described in ctx.described
            if described == name and head in lexicon.lists["role_heads"]
        }
        if told and spec.head not in told:
            return False
        return not isinstance(entity.entry, PersonEntry) or not entity.entry.roles

    return anaphoric_description(ctx, i, s, fits)


SIDE_HEADS = grammar_words("roles", "side_heads")
SIDE_WORDS = grammar_words("roles", "side_words")


def _side_camps(ctx: Context, spec: RoleSpec, end: int | None) -> frozenset[str]:
    """The camps a candidate's side names ("le candidat de la droite": right; "la candidate
    d'extrême droite": far right; "de gauche": every left camp), or none: not a candidate's
    role, a party named, other words than the side's, or a former role."""
    if spec.head not in SIDE_HEADS or spec.party is not None or spec.former or not spec.words:
        return frozenset()
    words = set(spec.words)
    if words == {"extreme"} and end is not None and end < len(ctx.view.folded):
        words.add(ctx.view.folded[end])  # "d'extrême droite": the parse stops at "extrême"
    if not words <= SIDE_WORDS:
        return frozenset()
    key = " ".join(sorted(words, key=lambda w: w != "extreme"))
    return grammar_table("roles", "side_camps").get(key, frozenset())


def _side_candidate(
    ctx: Context, start: int, sent: int, spec: RoleSpec, camps: frozenset[str]
) -> tuple[str, float, str] | None:
    """The one person named before whom the text or the gazetteer ties to a party of
    ``camps``, gender agreeing; None, with the reason in the trace, for none or several (a
    rival marker keeps the sentence's own names out, as for "le candidat LR")."""
    parties = {p.name for p in ctx.gazetteer.parties if p.camp in camps}
    members = party_members(ctx, start, parties, spec.gender)
    members |= {  # "la candidate du RN, X": the party of the role the article gave X
        m.name
        for m in ctx.mentions
        if m.start < start
        and m.source == "role"
        and m.name
        and getattr(m.details.get("role"), "party", None) in parties
        and _compatible(ctx, m.name, spec.gender)
    }
    words = ctx.doc[start : start + 1].text
    if len(members) != 1 or noun_complement(ctx, start):
        ctx.trace.refuse(sent, words, "role", f"side candidate: {len(members)} of that side")
        return None
    return members.pop(), 0.55, "side label"


def _one_office(ctx: Context, spec: RoleSpec) -> bool:
    """Whether the description names an office that one person holds at the article's date
    (the head of state, the Prime Minister, the mayor of a named town), as the gazetteer
    records it: no party label, not a role many share, one holder today."""
    if spec.party is not None or spec.head in resolution_list("shared_roles"):
        return False
    return len(_held(ctx, replace(spec, former=False, gender=None))) == 1


POSSESSIVE_ROLES = grammar_words("roles", "possessive_roles")


# « Le président de la fédération UDI, lui, s'y refuse »: a stressed pronoun set off by commas
# after a description contrasts its holder with the person just spoken of
CONTRASTIVE_PRONOUNS = grammar_words("arguments", "emphatic")


def _contrasted(ctx: Context, end: int) -> bool:
    """Whether the description ending at ``end`` is followed by « , lui, » (« , elle, »…)."""
    texts, folded = ctx.view.texts, ctx.view.folded
    return (
        end + 2 < len(texts)
        and texts[end] == ","
        and folded[end + 1] in CONTRASTIVE_PRONOUNS
        and texts[end + 2] == ","
    )


def _named_earlier_in(ctx: Context, name: str, start: int, sent: int) -> bool:
    """Whether sentence ``sent`` already stands for ``name`` before token ``start`` (by a
    name, a pronoun or a description bound so far), outside quotations: a second description
    in the same clause rarely means the same person again."""
    first = ctx.sents[sent].start
    return any(
        m.name == name and first <= m.start < start and not ctx.in_quote(m.start)
        for m in ctx.mentions
    )


def _faced(ctx: Context, start: int) -> bool:
    """Whether the role description at ``start`` follows a rival marker ("face au député
    UMP", "contre la candidate PS"): it names someone the sentence sets against another."""
    folded = ctx.view.folded
    k = start if folded[start] in {"au", "aux"} else start - 1
    while k > 0 and folded[k] in {"a", "au", "aux"}:
        k -= 1
    return k >= 0 and folded[k] in resolution_list("rival_markers")


def _possessor_parties(ctx: Context, start: int, sent: int) -> set[str]:
    """The parties of the one person subject of sentence ``sent`` before token ``start`` (the
    possessor of "son président de parti"), by the text or the gazetteer; empty when the
    subject is not one person."""
    lo = ctx.sents[sent].start
    subjects = {
        m.name
        for m in ctx.mentions
        if lo <= m.start < start
        and m.kind == "person"
        and m.name
        and not ctx.in_quote(m.start)
        and (is_subject(ctx, m) or m.start == lo)
    }
    if len(subjects) != 1:
        return set()
    name = subjects.pop()
    parties = _parties_of(ctx, name, start)
    entity = ctx.entities.get(name)
    if entity is not None and isinstance(entity.entry, PersonEntry):
        party = entity.entry.party_at(ctx.article.date)
        parties |= {party} if party else set()
    return parties


def _only_candidate(ctx: Context, start: int, sent: int, name: str, spec: RoleSpec) -> bool:
    """Whether ``name`` is the one subject or speaker of the sentence before (outside
    quotations) that the description could stand for: gender agreeing, not contradicted by
    the gazetteer. (The clause's own subject is never what its description stands for.)"""
    if sent == 0:
        return True
    lo, hi = ctx.sents[sent - 1].start, ctx.sents[sent].start
    names = {
        m.name
        for m in ctx.mentions
        if lo <= m.start < hi
        and m.kind == "person"
        and m.name
        and not ctx.in_quote(m.start)
        and (
            is_subject(ctx, m)
            or m.details.get("speaker")
            or m.start == ctx.sents[ctx.sent_of[m.start]].start
            or _joined_to_subject(ctx, m)
        )
    }
    others = set()
    for other in names - {name}:
        entity = ctx.entities.get(other)
        if entity is None or (spec.gender and entity.gender not in (None, spec.gender)):
            continue
        if not _contradicts(ctx, entity, spec):
            others.add(other)
    return not others


def _joined_to_subject(ctx: Context, m) -> bool:
    """ "A et B sont en lice": B, joined to the subject, is a subject as much as A."""
    token = ctx.doc[m.start]
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "conj":
        return False
    head = token.head
    return head.dep_ in SUBJECT_DEPS or head.i == ctx.sents[ctx.sent_of[head.i]].start


def _parties_of(ctx: Context, name: str, before: int) -> set[str]:
    """The parties the article put next to ``name`` before token ``before``, and the
    gazetteer's party of that person at the article's date."""
    parties: set[str] = set()
    for m in ctx.mentions:
        if m.name == name and m.start < before and m.source in WRITTEN_SOURCES:
            parties |= party_of_mention(ctx, m)
    return parties


def _party_candidate(
    ctx: Context, start: int, sent: int, party: str, gender: str | None = None
) -> str | None:
    """The one person named in the two sentences before (outside quotations) whose party,
    by the text or the gazetteer, is ``party``; None when another person there has no known
    party (it could be theirs too) or several have it. (Not this sentence: a description
    is never its own clause's subject, and the description's party word is nearby.)"""
    if sent == 0:
        return None
    lo, hi = ctx.sents[max(0, sent - 2)].start, ctx.sents[sent].start
    names = {
        m.name
        for m in ctx.mentions
        if lo <= m.start < hi and m.kind == "person" and m.name and not ctx.in_quote(m.start)
    }
    same = []
    for name in names:
        parties = _parties_of(ctx, name, hi)
        if not parties:
            return None
        if party in parties:
            same.append(name)
    if len(same) != 1:
        return None
    entity = ctx.entities.get(same[0])
    agrees = gender is None or entity is None or entity.gender in (None, gender)
    return same[0] if agrees else None  # "la candidate du PS" is no man of the PS


def noun_complement(ctx: Context, i: int) -> bool:
    """Whether the description starting at ``i`` ("au maire socialiste", "du candidat LR")
    is the complement of a relationship noun before it ("adjointe au maire socialiste", "le
    rival du candidat LR"): that is another person than the noun's, never its holder ("son
    soutien au candidat LR" is no such noun: the candidate is the one supported)."""
    view = ctx.view
    k = i if view.folded[i] in {"du", "au"} else i - 1
    return (
        k > 0
        and view.folded[k] in {"du", "au"}
        and view.folded[k - 1] in ctx.lexicon.lists["relatives"]
    )


def party_members(
    ctx: Context, i: int, parties: set[str], gender: str | None, family: bool = False
) -> set[str]:
    """The persons named before token ``i`` whom the text or the gazetteer ties to one of
    ``parties`` (one party, or a family: "la centriste", which ``family`` also finds in the
    person's own family word: "la tête de liste centriste, X"), gender agreeing ("le candidat
    LR" may be one of them, and no one else). After a rival marker ("X, face au député UMP"),
    never someone the same sentence named before it: that is the one set against them."""
    first = ctx.doc[i].sent.start if _faced(ctx, i) else i
    return {
        m.name
        for m in ctx.mentions
        if m.start < first
        and m.kind == "person"
        and m.name
        and m.source in WRITTEN_SOURCES
        and _compatible(ctx, m.name, gender)
        and parties & party_of_mention(ctx, m, before=i, family=family)
    }


def _contradicts(ctx: Context, entity: Entity, spec: RoleSpec) -> bool:
    """The gazetteer gives this person another role of the same kind at the date ("maire de
    Lille" is not "maire de Paris"), or another party than the description's, or only a past
    one of that kind when the description says its holder is in office (« le président
    sortant » is not a former president)."""
    if spec.party:
        told = _parties_of(ctx, entity.name, len(ctx.doc))
        if told and spec.party not in told:
            return True  # the article tied this person to another party
    entry = entity.entry
    if not isinstance(entry, PersonEntry):
        return False
    date = ctx.article.date
    if spec.party and entry.party_at(date) not in (None, spec.party):
        return True
    holds, ended = False, False  # ended: a role of that kind given up by the article's date
    for period in entry.roles:
        held = role_spec_of_text(period.value, ctx.gazetteer, ctx.lexicon)
        if held is None or not (held.head + " ").startswith(spec.head + " "):
            continue  # "président" covers "président de la République" too
        if period.holds_at(date):
            holds = True
            if held.head == spec.head and not spec.words <= held.words:
                return True
        elif period.end is not None and period.end < date[: len(period.end)]:
            ended = True
    # « au président sortant » in 2022: the incumbent, never a president of 2007-2012
    return ended and not holds and bool(spec.words & ctx.lexicon.lists["current"])


def _description_words(ctx: Context, start: int, end: int) -> tuple[str, frozenset[str]] | None:
    """Head noun and content words of a short noun phrase ("essayiste", "député de Paris")."""
    view = ctx.view
    head = None
    words: set[str] = set()
    for j in range(start, end):
        mention = ctx.at.get(j)
        if mention is not None and mention.kind == "party":
            words.update(fold_token(view.texts[j]))  # "le maire RPR" is not "le maire PS"
        elif view.pos[j] in {"NOUN", "PROPN", "ADJ"} and mention is None:
            if head is None and view.pos[j] == "NOUN":
                head = view.folded[j]
            words.update(fold_token(view.texts[j]))
    if head is None:
        return None
    return head, frozenset(w for w in words if w not in ROLE_STOP)


def record_descriptions(ctx: Context) -> None:
    """Remember what the article calls each named person ("l'essayiste X", "X, député de
    Paris"), so a later "l'essayiste" or "le député de Paris" can be resolved; an unknown
    person's gender is read from a gendered description ("X, conseillère municipale")."""
    view = ctx.view
    for m in list(ctx.mentions):
        if m.kind != "person" or m.source not in {"gazetteer", "ner"}:
            continue
        spans = []
        j = m.end
        # "X, député de Paris," describes X; "X, contre l'avis de son président," does not
        if j + 1 < len(view.texts) and view.texts[j] == "," and view.pos[j + 1] != "ADP":
            k = j + 1
            while k < len(view.texts) and k < j + 9 and not view.puncts[k]:
                if view.pos[k] in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}:
                    break
                k += 1
            if k < len(view.texts) and view.puncts[k]:
                spans.append((j + 1, k))
        last = m.start - 1
        if last > 0 and view.texts[last] == ",":
            last -= 1  # "La maire socialiste, Inès Gaudin, …"
        k = last
        while k >= 0 and (
            (view.pos[k] in {"NOUN", "ADJ"} and ctx.at.get(k) is None) or _is_label(ctx, k)
        ):
            k -= 1
        if k >= 0 and k < last and (view.pos[k] == "DET" or view.folded[k] in CONTRACTED):
            spans.append((k + 1, last + 1))  # "face au député sortant X" too
        for start, end in spans:
            found = _description_words(ctx, start, end)
            if found is None:
                continue
            ctx.described.append((m.start, found[0], found[1], m.name))
            entity = ctx.entities.get(m.name)
            gender = feature(ctx.doc[start], "Gender") if view.pos[start] == "NOUN" else []
            if entity is not None and entity.gender is None and gender in (["Fem"], ["Masc"]):
                entity.gender = "f" if gender == ["Fem"] else "m"


def _is_label(ctx: Context, k: int) -> bool:
    """A party name glued to a role word before it ("le maire RPR", "le maire sortant PS"),
    not "le candidat de X" nor "le parti Les Républicains"."""
    mention = ctx.at.get(k)
    if mention is None or mention.kind != "party" or mention.start == 0:
        return False
    before = mention.start - 1
    lists = ctx.lexicon.lists
    word = ctx.view.folded[before]
    return ctx.view.pos[before] == "ADJ" or word in lists["nominal"] or word in lists["current"]


def label_end(ctx: Context, end: int) -> int:
    """Past a party label that a description ending at ``end`` carries ("le maire RPR")."""
    return ctx.at[end].end if end < len(ctx.view.texts) and _is_label(ctx, end) else end


def described_reference(ctx: Context, i: int, add: bool = True) -> bool:
    """ "l'essayiste", "le député de Paris": a definite description the article earlier glued
    to exactly one person; adds the mention (unless ``add`` is False) when resolved."""
    view = ctx.view
    end = i + 1
    while end < len(view.texts) and end < i + 8 and not view.puncts[end]:
        if view.pos[end] in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"} or ctx.at.get(end):
            break
        if view.folded[end] in POSSESSIVE_DETERMINERS:
            break  # "a reproché au maire sa gestion": the next phrase
        end += 1
    end = label_end(ctx, end)
    found = _description_words(ctx, i + 1, end)
    if found is None or is_apposition(ctx, i, end):
        return False
    head, words = found
    words -= ctx.lexicon.lists["current"]  # "la maire sortante": the one the article described
    names = {
        name
        for start, known_head, known_words, name in ctx.described
        if start < i and known_head == head and words <= known_words
    }
    if len(names) != 1:
        return False
    if add:
        name = names.pop()
        ctx.add(
            Mention(
                i,
                end,
                "person",
                ctx.doc[i:end].text,
                "description",
                name,
                confidence=0.6,
                binding="apposition",
            )
        )
    return True
