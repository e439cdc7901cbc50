"""Relation rules: from cue words, the parse and the resolved mentions to typed claims.

Verb cues are found by lemma or surface form; their subject comes from the dependency parse
(climbing the governing verbs, with a surface fallback where the parser is weak) and their
objects from the words that follow, by preposition ("à X et à Y" gives two objects).
Descriptions attached to a name (appositions, "le député PS X", "X est un proche de Y") give
SUPPORTS, SPOKESPERSON_OF and MEMBER_OF. A few discourse rules cover what a sentence leaves
implicit: a refusal answers the latest invitation, a denounced proposal targets its owner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from alliancegraph.loaders.cues import VerbCue
from alliancegraph.loaders.mentions import Mention, cfold, fold_token
from alliancegraph.loaders.negation import modality, outcome
from alliancegraph.loaders.resolution import SUBJECT_DEPS, Context, antecedent

DETERMINERS = frozenset(
    {
        "le",
        "la",
        "l",
        "les",
        "son",
        "sa",
        "ses",
        "un",
        "une",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "notre",
        "votre",
        "mon",
        "ma",
        "tout",
        "toute",
        "tous",
    }
)
COORDINATION = frozenset({"et", "ou", "ainsi", "que", "mais", "egalement", "aussi", "puis", "ni"})
CLAUSE_STOPS = frozenset({";", ":", "qui", "que", "qu", "dont", "lorsque", "quand", "parce"})
# Time phrases the parser sometimes takes for a subject ("une nouvelle fois").
TIME_NOUNS = frozenset(
    {
        "fois",
        "jour",
        "soir",
        "matin",
        "semaine",
        "mois",
        "an",
        "année",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "heure",
    }
)
FIRST_PERSON_POSSESSIVES = frozenset({"ma", "mon", "mes", "notre", "nos"})
COMPLEMENTS = frozenset({"obj", "xcomp", "ccomp", "obl:arg", "iobj"})
# Words between a subject and its verb: "X ne le lui a pas …".
CLITIC_WORDS = frozenset(
    {"ne", "n", "se", "s", "le", "la", "l", "lui", "leur", "y", "en", "me", "m"}
)
STANCES = frozenset({"SUPPORTS", "REJECTS", "INVITED_TO_RALLY", "TEMPTED_BY"})
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
COPULAS = frozenset({"etre", "devenir", "rester", "demeurer"})
COPULA_FILLERS = frozenset(
    {
        "desormais",
        "aussi",
        "toujours",
        "egalement",
        "bien",
        "deja",
        "qui",
        "devenu",
        "devenue",
        "reste",
        "restee",
        "alors",
        "depuis",
        "lors",
    }
)


@dataclass(frozen=True)
class Actor:
    """One end of a claim: canonical name, kind, the group words of a group subject."""

    name: str
    kind: str
    confidence: float
    group: str | None = None


@dataclass(frozen=True)
class Found:
    """A claim before provenance is attached: ends, relation, cue words, sentence, confidence."""

    subject: Actor
    relation: str
    object: Actor
    cue: str
    sentence: int
    confidence: float


@dataclass
class Discourse:
    """What earlier sentences of the article established, for implicit objects.

    ``invited_by``: who last invited each actor; ``allies``: whom each actor supports or
    speaks for; ``stances``: (sentence, subject) of every stance claim so far.
    """

    invited_by: dict[str, Actor] = field(default_factory=dict)
    allies: dict[str, set[str]] = field(default_factory=dict)
    stances: list[tuple[int, str]] = field(default_factory=list)

    def record(self, found: Found) -> None:
        if found.relation == "INVITED_TO_RALLY":
            self.invited_by[found.object.name] = found.subject
        if found.relation in {"SUPPORTS", "SPOKESPERSON_OF"}:
            self.allies.setdefault(found.subject.name, set()).add(found.object.name)
        if found.relation in STANCES:
            self.stances.append((found.sentence, found.subject.name))

    def recent_actor(self, s: int, exclude: set[str]) -> str | None:
        """The latest actor who took a stance in the 4 sentences before ``s``."""
        for sentence, name in reversed(self.stances):
            if s - 4 <= sentence < s and name not in exclude:
                return name
        return None


def _actor(mention: Mention) -> Actor:
    return Actor(mention.name, mention.kind, mention.confidence)


def _words_from(ctx: Context, start: int, limit: int) -> list[tuple[str, int]]:
    texts = ctx.view.texts
    return [(w, j) for j in range(start, min(limit, len(texts))) for w in fold_token(texts[j])]


def _phrase_at(words: list[tuple[str, int]], phrase: tuple[str, ...], within: int) -> int | None:
    """Token index after ``phrase`` if it starts within the first ``within`` words."""
    n = len(phrase)
    for k in range(0, min(within, len(words) - n + 1)):
        if tuple(w for w, _ in words[k : k + n]) == phrase:
            return words[k + n - 1][1] + 1
    return None


# --- objects --------------------------------------------------------------------------------


def _gap_words(ctx: Context, start: int, end: int, skip: set[int]) -> list[str] | None:
    """Folded words between a cue and a candidate object (None if a clause intervenes)."""
    words: list[str] = []
    view = ctx.view
    for j in range(start, end):
        text, pos = view.texts[j], view.pos[j]
        if j in skip or pos == "ADV" or view.spaces[j] or text in QUOTE_MARKS:
            continue
        if view.folded[j] == "ni":  # "ne soutient ni X ni Y": part of the negation
            continue
        if view.puncts[j] and text != ",":
            return None
        if pos in {"VERB", "AUX"} and "Fin" in ctx.doc[j].morph.get("VerbForm"):
            return None
        words.extend("de" if w == "d" else w for w in fold_token(text))
    while words and words[-1] in DETERMINERS:
        words.pop()
    return words


def _gap_ok(
    ctx: Context,
    start: int,
    end: int,
    preps: tuple[tuple[str, ...], ...],
    skip: set[int],
    proposal: bool,
    restrictive: bool = False,
) -> tuple[str, ...] | None:
    """The preposition between a cue and a candidate object if it is an allowed one.

    Words the cue needs ("aux côtés" of "rester aux côtés de") may be part of the preposition;
    "ne soutient que X" is restrictive, not a clause.
    """
    bare = _gap_words(ctx, start, end, skip)
    full = _gap_words(ctx, start, end, set())
    if bare is None or full is None:
        return None
    if restrictive and bare[:1] in (["que"], ["qu"]):
        bare = bare[1:]
    if any(w in CLAUSE_STOPS for w in bare):
        return None
    for words in (bare, full):
        for prep in (tuple("de" if w == "d" else w for w in p) for p in preps):
            if not prep:
                if not words:
                    return prep
                continue
            if (
                tuple(words[-len(prep) :]) == prep
                and (len(prep) > 1 or len(words) <= 12)
                and (len(words) == len(prep) or prep[0] not in {"de", "du", "des"})
            ):
                return prep
    if proposal and len(bare) >= 2 and bare[-1] in {"de", "du", "des", "par"}:
        body = [w for w in bare[:-1] if w not in DETERMINERS]
        for prep in preps:  # "s'en prendre au programme de X"
            if prep and tuple(body[: len(prep)]) == prep:
                body = body[len(prep) :]
                break
        if body and body[0] in ctx.lexicon.lists["proposal"] and len(body) <= 3:
            return ("de",)
    return None


def _contracted(ctx: Context, mention: Mention) -> int:
    """Where a mention's words start: a role mention may begin with "du"/"au" (de + le)."""
    first = cfold(ctx.doc[mention.start].text)
    return (
        mention.start + 1 if mention.source == "role" and first in {"du", "au"} else (mention.start)
    )


def find_objects(ctx: Context, i: int, cue: VerbCue, sent, skip: set[int]) -> list[Mention]:
    """The actors a cue at ``i`` points to, with coordinated ones ("à X et à Y")."""
    objects: list[Mention] = []
    window = 26 if cue.objects != ((),) else 10
    j = i + 1
    start = i + 1
    proposal = cue.relation in {"SUPPORTS", "REJECTS"}
    restrictive = any(ctx.view.folded[k] in {"ne", "n"} for k in range(max(0, i - 3), i))
    fronted = any(c.dep_ in SUBJECT_DEPS and c.i < i for c in ctx.doc[i].children)
    view = ctx.view
    while j < min(sent.end, i + window):
        mention = ctx.at.get(j)
        if mention is None or mention.start != j or mention.details.get("first_person"):
            if view.texts[j] in {";", "?", "!"} or (view.texts[j] == "." and j > i + 1):
                break
            j += 1
            continue
        if not fronted and any(  # "que soutient X": X is the subject, not the object
            ctx.doc[k].dep_ in SUBJECT_DEPS and ctx.doc[k].head.i == i
            for k in range(mention.start, mention.end)
        ):
            j = mention.end
            continue
        if objects:
            gap = [view.folded[k] for k in range(start, j) if not view.puncts[k]]
            joined = any(w in COORDINATION for w in gap) or _listed(ctx, mention, sent)
            gap = [w for w in gap if w not in DETERMINERS and w not in COORDINATION]
            allowed = {" ".join(p) for p in cue.objects}
            if joined and all(w in allowed for w in gap) and len(gap) <= 2:
                objects.append(mention)
                start = j = mention.end
                continue
            break
        end = _contracted(ctx, mention)
        if _gap_ok(ctx, start, end, cue.objects, skip, proposal, restrictive) is not None:
            objects.append(mention)
            start = j = mention.end
            continue
        if cue.objects == ((),):
            break
        j = mention.end
    return objects


def _listed(ctx: Context, mention: Mention, sent) -> bool:
    """A comma-joined name continues a list only if the list goes on after it ("X, Y et Z")."""
    after = mention.end
    return (
        after < sent.end
        and cfold(ctx.doc[after].text) in {",", "et", "ou"}
        and not any(
            c.dep_ in SUBJECT_DEPS
            for c in ctx.doc[mention.start].head.children
            if c.i == mention.start
        )
    )


# --- subjects -------------------------------------------------------------------------------


def _group_subject(ctx: Context, token: Token) -> Actor | None:
    """ "certains au PS", "les militants communistes", "les écologistes" -> the party, with the
    group's words."""
    groups = ctx.lexicon.lists["group"]
    words = list(token.subtree)
    party = ctx.party_by_adjective(token.text)
    if party is not None and token.pos_ in {"NOUN", "PROPN", "ADJ"}:
        text = ctx.doc[words[0].i : words[-1].i + 1].text
        return Actor(party.name, "party", 0.8, group=text)
    if cfold(token.text) not in groups and cfold(token.lemma_) not in groups:
        return None
    for t in words:
        mention = ctx.at.get(t.i)
        if mention is not None and mention.kind == "party":
            text = ctx.doc[words[0].i : words[-1].i + 1].text
            return Actor(mention.name, "party", 0.8, group=text)
        party = ctx.party_by_adjective(t.text)
        if party is not None:
            text = ctx.doc[words[0].i : words[-1].i + 1].text
            return Actor(party.name, "party", 0.8, group=text)
    return None


def _resolve_subject_token(ctx: Context, token: Token) -> Actor | None:
    mention = ctx.at.get(token.i)
    if mention is not None:
        return _actor(mention)
    for child in token.children:  # "La maire de Lille, Martine Aubry, a confirmé …", "Mme X"
        mention = ctx.at.get(child.i)
        if (
            child.dep_ in {"appos", "flat:name"}
            and mention is not None
            and mention.kind == "person"
        ):
            return _actor(mention)
    if ctx.in_quote(token.i):  # "« Ma main reste tendue »": the speaker's hand
        quote = ctx.quotes[ctx.quote_of[token.i]]
        if quote.speaker and any(
            c.dep_ == "det" and cfold(c.text) in FIRST_PERSON_POSSESSIVES for c in token.children
        ):
            return Actor(quote.speaker, "person", quote.confidence * 0.9)
    if cfold(token.text) == "qui":
        head = token.head.head if token.head.dep_ == "acl:relcl" else None
        if head is not None and ctx.at.get(head.i) is not None:
            return _actor(ctx.at[head.i])
        k = token.i - 1
        while k >= 0 and ctx.doc[k].text == ",":
            k -= 1
        if k >= 0 and ctx.at.get(k) is not None and ctx.at[k].end == k + 1:
            return _actor(ctx.at[k])
        return None
    return _group_subject(ctx, token)


def _with_conjuncts(ctx: Context, token: Token, actor: Actor) -> list[Actor]:
    """The subject and the names coordinated with it: "X et Y soutiennent Z"."""
    found = [actor]
    for child in token.children:
        mention = ctx.at.get(child.i)
        if child.dep_ == "conj" and mention is not None and mention.name != actor.name:
            found.append(_actor(mention))
    return found


def _name_before_verb(ctx: Context, i: int, sent, enclosed: bool) -> Actor | None:
    """The name right before the verb group of the cue ("X ne le votera pas"); with
    ``enclosed``, a name between commas ("…, X, a dénoncé")."""
    view = ctx.view
    j = i - 1
    while (
        j >= sent.start
        and ctx.at.get(j) is None
        and (view.pos[j] in {"AUX", "ADV"} or view.folded[j] in CLITIC_WORDS)
    ):
        j -= 1
    if enclosed:
        if j < sent.start or view.texts[j] != ",":
            return None
        j -= 1
    mention = ctx.at.get(j) if j >= sent.start else None
    if mention is None or mention.end != j + 1 or ctx.in_quote(j) != ctx.in_quote(i):
        return None
    if enclosed and not (mention.start > sent.start and view.texts[mention.start - 1] == ","):
        return None
    return _actor(mention)


def find_subjects(ctx: Context, i: int, sent) -> tuple[list[Actor], float]:
    """The subjects of the cue at ``i``: climbing governing verbs, then a surface fallback."""
    token = ctx.doc[i]
    for _ in range(8):
        subjects = [
            c
            for c in token.children
            if (c.dep_ in SUBJECT_DEPS and c.lemma_ not in TIME_NOUNS)
            or (c.dep_ == "expl:subj" and ctx.at.get(c.i) is not None)
        ]
        if subjects:
            for child in subjects:
                actor = _resolve_subject_token(ctx, child)
                if actor is not None:
                    return _with_conjuncts(ctx, child, actor), 1.0
            if all(c.pos_ == "NOUN" for c in subjects):
                # "Un proche de X, Y, a dénoncé …": the noun describes the name after it.
                named = _name_before_verb(ctx, i, sent, enclosed=True)
                return ([named], 0.8) if named is not None else ([], 0.0)
            return [], 0.0
        if token.dep_ == "acl:relcl":
            return [], 0.0
        if token.dep_ in {"ROOT", "root"} or token.head.i == token.i:
            break
        if ctx.in_quote(token.head.i) != ctx.in_quote(i):
            break
        if token.dep_ in {"appos", "nmod", "obl:mod", "acl"} and token.pos_ == "NOUN":
            break
        token = token.head
    # Surface fallbacks: a name right before the verb group ("X ne votera pas"), then the
    # subject of the closest verb before the cue, same side of quotes.
    named = _name_before_verb(ctx, i, sent, enclosed=False)
    if named is not None:
        return [named], 0.8
    for j in range(i - 1, sent.start - 1, -1):
        candidate = ctx.doc[j]
        if ctx.in_quote(j) != ctx.in_quote(i):
            continue
        if candidate.dep_ in SUBJECT_DEPS and candidate.head.i < i:
            actor = _resolve_subject_token(ctx, candidate)
            if actor is not None:
                return [actor], 0.8
    return [], 0.0


# --- descriptions -----------------------------------------------------------------------------


def view_nominal(ctx: Context, j: int) -> bool:
    """Whether token ``j`` starts a role noun or a noun cue (even if tagged otherwise)."""
    words = fold_token(ctx.view.texts[j])
    return bool(words) and words[0] in ctx.lexicon.lists["nominal"]


def _clause_break(ctx: Context, token: Token) -> bool:
    """A verb or relative word ends a description, unless it is a role noun mis-tagged as a
    verb ("porte-parole" is sometimes tagged VERB)."""
    if fold_token(token.text)[:1] and fold_token(token.text)[0] in ctx.lexicon.lists["nominal"]:
        return False
    return token.pos_ in {"VERB", "AUX"} or cfold(token.text) in CLAUSE_STOPS


def _segment_after(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    doc = ctx.doc
    j = m.end
    if j >= sent.end:
        return None
    if doc[j].text == ",":
        j += 1
        # "X, porte-parole de Y" describes X; "X, selon un proche de Y" does not.
        if j >= sent.end or not (doc[j].pos_ in {"DET", "NOUN", "ADJ"} or view_nominal(ctx, j)):
            return None
    elif doc[j].pos_ not in {"NOUN", "ADJ"} or doc[j].text[:1].isupper():
        return None
    start = j
    while j < sent.end and j < start + 16:
        token = doc[j]
        if (token.is_punct and token.text not in {"-", "'"}) or _clause_break(ctx, token):
            break
        j += 1
    return (start, j) if j > start else None


def _segment_predicate(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    """ "X est (désormais) un proche de Y", "celui qui est devenu le candidat du PS"."""
    doc = ctx.doc
    j = m.end
    seen_copula = False
    while j < sent.end and j < m.end + 5:
        word = cfold(doc[j].text)
        if cfold(doc[j].lemma_) in COPULAS and doc[j].pos_ in {"AUX", "VERB"}:
            seen_copula = True
        elif word not in COPULA_FILLERS:
            break
        j += 1
    if not seen_copula:
        return None
    start = j
    while j < sent.end and j < start + 14:
        token = doc[j]
        if (token.is_punct and token.text not in {"-", "'"}) or _clause_break(ctx, token):
            break
        j += 1
    return (start, j) if j > start else None


def _segment_before(ctx: Context, m: Mention, sent) -> tuple[int, int] | None:
    """ "le candidat écologiste Yannick Jadot", "La maire de Lille, Martine Aubry, …"."""
    doc = ctx.doc
    j = m.start - 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
        end = j + 1
        while j >= sent.start and not (doc[j].is_punct and doc[j].text not in {"-", "'"}):
            if doc[j].pos_ in {"VERB", "AUX"}:
                return None
            j -= 1
        start = j + 1
        at_start = start == sent.start or doc[start - 1].text in {"«", '"', "—", "-"}
        # "Proche de X, Y …" describes Y; "Selon un proche de X, Y …" does not.
        described = start < end and doc[start].pos_ in {"DET", "NOUN", "ADJ", "PROPN"}
        return (start, end) if at_start and described else None
    end = m.start
    while j >= sent.start:
        token = doc[j]
        other = ctx.at.get(j)
        if token.is_punct or token.pos_ in {"VERB", "AUX", "PRON", "CCONJ", "SCONJ"}:
            break
        if other is not None and other.kind == "person":
            break
        j -= 1
    start = j + 1
    while start < end and cfold(doc[start].text) not in DETERMINERS and doc[start].pos_ == "ADP":
        start += 1
    return (start, end) if end > start else None


def _noun_object(ctx: Context, start: int, end: int, objects: frozenset[str]) -> Mention | None:
    """The actor named right after a noun cue: "porte-parole d'Emmanuel Macron"."""
    gap: list[str] = []
    for j in range(start, min(end + 8, len(ctx.doc))):
        mention = ctx.at.get(j)
        if mention is not None and mention.start == j:
            if _contracted(ctx, mention) > j:
                gap.append(cfold(ctx.doc[j].text))
            words = [w for w in gap if w not in DETERMINERS]
            if len(words) == 1 and words[0] in objects:
                return mention
            return None
        token = ctx.doc[j]
        if token.is_punct or _clause_break(ctx, token):
            return None
        gap.extend(fold_token(token.text))
        if len([w for w in gap if w not in DETERMINERS]) > 1:
            return None
    return None


@lru_cache(maxsize=64)
def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _find_phrases(words: list[tuple[str, int]], phrases) -> list[tuple[int, int, str]]:
    """(first token, token after, first word) of every occurrence of any of ``phrases``."""
    index = _by_first(phrases)
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


def describe(ctx: Context, holder: Actor, start: int, end: int, s: int) -> list[Found]:
    """Claims a description makes about its holder ("porte-parole de X", "député PS")."""
    found: list[Found] = []
    words = _words_from(ctx, start, end)
    for noun in ctx.lexicon.nouns:
        for first, after, word in _find_phrases(words, noun.words):
            if _former_before(ctx, words, first, word):
                continue  # "ancien soutien de X", "ex-porte-parole de X"
            target = _noun_object(ctx, after, end, noun.objects)
            if target is None or target.start >= end + 8:
                continue
            cue = ctx.doc[first:after].text
            found.append(
                Found(
                    holder,
                    noun.relation,
                    _actor(target),
                    cue,
                    s,
                    holder.confidence * target.confidence * 0.95,
                )
            )
            if noun.relation == "SPOKESPERSON_OF" and target.kind == "party":
                found.append(Found(holder, "MEMBER_OF", _actor(target), cue, s, 0.9))
    for first, after, word in _find_phrases(words, ctx.lexicon.phrases["member_roles"]):
        if _former_before(ctx, words, first, word):
            continue
        party = _party_after(ctx, after, end)
        if party is not None:
            cue = ctx.doc[first : party[1]].text
            found.append(
                Found(
                    holder,
                    "MEMBER_OF",
                    Actor(party[0], "party", 1.0),
                    cue,
                    s,
                    holder.confidence * 0.9,
                )
            )
    return found


def _party_after(ctx: Context, after: int, end: int) -> tuple[str, int] | None:
    """A party right after a role noun: "député PS", "secrétaire national d'EELV", "socialiste"."""
    j = after
    while j < min(end, after + 5):
        token = ctx.doc[j]
        mention = ctx.at.get(j)
        if mention is not None:
            return (mention.name, mention.end) if mention.kind == "party" else None
        party = ctx.party_by_adjective(token.text)
        if party is not None:
            return party.name, j + 1
        word = cfold(token.text)
        modifier = token.pos_ == "ADJ" or word in ctx.lexicon.lists["role_modifiers"]
        if word not in {"de", "du", "d", "des"} | DETERMINERS and not modifier:
            return None
        j += 1
    return None


def descriptions(ctx: Context, s: int, sent) -> list[Found]:
    """Appositions, pre-nominal descriptions, predicates and resolved role descriptions."""
    found: list[Found] = []
    doc = ctx.doc
    for m in ctx.mentions:
        if m.start < sent.start or m.start >= sent.end or m.kind != "person":
            continue
        holder = _actor(m)
        if m.details.get("first_person"):  # « Je suis un proche de X »
            segment = _segment_predicate(ctx, m, sent)
            if segment is not None:
                found += describe(ctx, holder, segment[0], segment[1], s)
            continue
        if m.source == "role":
            spec = m.details["role"]
            if spec.party and not spec.former:
                cue = m.text
                found.append(
                    Found(
                        holder,
                        "MEMBER_OF",
                        Actor(spec.party, "party", 1.0),
                        cue,
                        s,
                        m.confidence * 0.9,
                    )
                )
            continue
        segments = [_segment_after(ctx, m, sent), _segment_predicate(ctx, m, sent)]
        if m.source != "pronoun":
            segments.append(_segment_before(ctx, m, sent))
        for segment in segments:
            if segment is not None:
                found += describe(ctx, holder, segment[0], segment[1], s)
        if m.end + 2 < sent.end and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            party = ctx.at.get(m.end + 1)
            if party is not None and party.kind == "party":
                found.append(
                    Found(
                        holder,
                        "MEMBER_OF",
                        _actor(party),
                        f"({party.text})",
                        s,
                        holder.confidence * 0.9,
                    )
                )
    return found


# --- verb cues --------------------------------------------------------------------------------


def _cue_fires(ctx: Context, i: int, cue: VerbCue) -> tuple[int, set[int]] | None:
    """Whether ``cue`` applies at ``i``: its companion words, and the tokens they take."""
    skip: set[int] = set()
    last = i
    if cue.with_words:
        words = _words_from(ctx, i + 1, i + 10)
        for phrase in cue.with_words:
            after = _phrase_at(words, phrase, 6)
            if after is not None:
                skip = set(range(i + 1, after))
                last = after - 1
                break
        else:
            return None
    if cue.before_words:
        before = {w for j in range(max(0, i - 3), i) for w in fold_token(ctx.doc[j].text)}
        if not before & cue.before_words:
            return None
    if ctx.doc[i].pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None
    if cue.bare and any(c.dep_ in COMPLEMENTS for c in ctx.doc[i].children):
        return None
    return last, skip


def _rally_follows(ctx: Context, start: int, objects_end: int, sent) -> bool:
    """A rallying word after the cue, before or within 25 tokens after its objects
    ("proposer une alliance à X", "proposer à X de construire une majorité")."""
    rally = ctx.lexicon.lists["rally"]
    view = ctx.view
    return any(
        view.lemmas[j] in rally or view.folded[j] in rally
        for j in range(start, min(sent.end, objects_end + 25))
    )


def _own_camp(ctx: Context, after: int, sent) -> bool:
    words = _words_from(ctx, after, min(sent.end, after + 10))
    return any(_phrase_at(words, p, 10) is not None for p in ctx.lexicon.phrases["own_camp"])


def _owner(ctx: Context, i: int, sent, subject: Actor) -> Mention | None:
    """Whose is the denounced thing: "le revenu universel défendu par X", "le projet de X"."""
    lexicon = ctx.lexicon
    for j in range(i + 1, sent.end):
        token = ctx.doc[j]
        word = cfold(token.text)
        if word in lexicon.lists["owner_verbs"] or cfold(token.lemma_) in {"viser", "cibler"}:
            for k in range(j + 1, min(sent.end, j + 4)):
                mention = ctx.at.get(k)
                if mention is not None and mention.name != subject.name:
                    return mention
        if j <= i + 8 and word in {"de", "du", "des"} and ctx.at.get(j + 1) is not None:
            mention = ctx.at[j + 1]  # "une opération de recyclage du Parti socialiste"
            if mention.name != subject.name and not any(
                ctx.doc[k].pos_ in {"VERB", "AUX"} for k in range(i + 1, j)
            ):
                return mention
        if word in lexicon.lists["proposal"]:
            for k in range(j + 1, min(sent.end, j + 5)):
                mention = ctx.at.get(k)
                prev = cfold(ctx.doc[k - 1].text)
                if (
                    mention is not None
                    and prev in {"de", "du", "d"}
                    and (mention.name != subject.name)
                ):
                    return mention
    return None


def verb_claims(ctx: Context, s: int, sent, discourse: Discourse) -> list[Found]:
    """Claims from cue verbs (and verbal nouns) in sentence ``s``."""
    found: list[Found] = []
    index = ctx.lexicon.verb_index
    lemmas, folded = ctx.view.lemmas, ctx.view.folded
    for i in range(sent.start, sent.end):
        by_lemma = index.get(lemmas[i], ())
        by_form = index.get(folded[i], ())
        if not by_lemma and not by_form:
            continue
        for cue in by_lemma + tuple(c for c in by_form if c not in by_lemma):
            fired = _cue_fires(ctx, i, cue)
            if fired is None:
                continue
            last, skip = fired
            here = _apply(ctx, i, last, skip, cue, s, sent, discourse)
            for claim in here:  # a reply later in the sentence may answer this invitation
                discourse.record(claim)
            found += here
    return found


def _apply(
    ctx: Context,
    i: int,
    last: int,
    skip: set[int],
    cue: VerbCue,
    s: int,
    sent,
    discourse: Discourse,
) -> list[Found]:
    """Claims of one cue: ends first (cheap, usually nothing), then the modality."""
    pairs = _pairs(ctx, i, last, skip, cue, s, sent, discourse)
    if not pairs:
        return []
    relation, factor = outcome(cue, modality(ctx, i, sent, skip))
    if relation is None:
        return []
    if cue.own_camp:
        relation = "REJECTS"
    cue_text = ctx.doc[i : last + 1].text
    claims = []
    for subject, target, weight in pairs:
        rel = relation
        if target.kind == "party" and cue.party_relation and relation == cue.relation:
            rel = cue.party_relation
        confidence = factor * weight * subject.confidence * target.confidence
        claims.append(Found(subject, rel, target, cue_text, s, confidence))
    return claims


def _pairs(
    ctx: Context,
    i: int,
    last: int,
    skip: set[int],
    cue: VerbCue,
    s: int,
    sent,
    discourse: Discourse,
) -> list[tuple[Actor, Actor, float]]:
    """(subject, object, weight) pairs a cue relates, before its modality is considered."""
    subjects, how = find_subjects(ctx, i, sent)
    objects = find_objects(ctx, i, cue, sent, skip)
    holder = _noun_holder(ctx, i, objects)
    if holder is not None:  # "le soutien de X à Y", "a reçu le soutien de X"
        if ctx.doc[i].head.lemma_ in ctx.lexicon.lists["receive"]:
            return [(holder, t, how * 0.9) for t in subjects]
        subjects, how = [holder], 1.0
    if cue.reverse and objects and cfold(ctx.doc[objects[0].start - 1].text) == "par":
        agent = _actor(objects[0])  # "soutenu par X": X is the one who supports
        return [(agent, t, 0.9) for t in subjects]
    if not subjects:
        return []
    if cue.rally and not _rally_follows(ctx, last + 1, objects[-1].end if objects else last, sent):
        return []
    if cue.own_camp and not (objects and _own_camp(ctx, objects[-1].end, sent)):
        return []
    pairs = []
    for subject in subjects:
        targets, weight = _targets(ctx, i, last, cue, s, sent, discourse, subject, objects)
        pairs += [(subject, target, weight * how) for target in targets]
    return pairs


def _noun_holder(ctx: Context, i: int, objects: list[Mention]) -> Actor | None:
    """The actor named by "de X" on a verbal noun cue, before its object: "le soutien de X"."""
    token = ctx.doc[i]
    if token.pos_ != "NOUN":
        return None
    limit = objects[0].start if objects else len(ctx.doc)
    for child in token.children:
        mention = ctx.at.get(child.i)
        if (
            child.dep_ == "nmod"
            and mention is not None
            and child.i < limit
            and any(cfold(c.text) in {"de", "du", "d"} for c in child.children)
        ):
            return _actor(mention)
    return None


CLITIC_OBJECTS = {"le": ("m", ()), "la": ("f", ()), "l": (None, ()), "lui": (None, ("a",))}


def _clitic_object(
    ctx: Context, token: Token, cue: VerbCue, s: int, subject: Actor
) -> Actor | None:
    """ "Il lui a tendu la main", "elle le soutient": the latest other person mentioned."""
    for child in token.children:
        word = cfold(child.text)
        if (
            child.i < token.i
            and child.pos_ == "PRON"
            and child.dep_ in {"obj", "iobj", "obl:arg"}
            and word in CLITIC_OBJECTS
            and CLITIC_OBJECTS[word][1] in cue.objects
            and not ctx.in_quote(child.i)
        ):
            gender = CLITIC_OBJECTS[word][0]
            exclude = frozenset({subject.name})
            name = antecedent(ctx, child.i, s, gender, last_mentioned=True, exclude=exclude)
            return Actor(name, "person", 0.6) if name else None
    return None


def _targets(
    ctx: Context,
    i: int,
    last: int,
    cue: VerbCue,
    s: int,
    sent,
    discourse: Discourse,
    subject: Actor,
    objects: list[Mention],
) -> tuple[list[Actor], float]:
    """The objects, or the implicit one: the inviter answered, the owner of what is denounced,
    or the author of the move just reported."""
    if objects:
        return [_actor(m) for m in objects], 1.0
    token = ctx.doc[i]
    antecedent = ctx.at.get(token.head.i)
    if (
        () in cue.objects  # "Manuel Valls, que soutient X": the relative pronoun is the object
        and antecedent is not None
        and any(
            c.dep_ == "obj" and cfold(c.text) in {"que", "qu"} and "Rel" in c.morph.get("PronType")
            for c in token.children
        )
    ):
        return [_actor(antecedent)], 0.9
    if cue.orphan and subject.name in discourse.invited_by:
        return [discourse.invited_by[subject.name]], 0.7
    clitic = _clitic_object(ctx, token, cue, s, subject)
    if clitic is not None:
        return [clitic], 0.6
    if not cue.owner:
        return [], 0.0
    owner = _owner(ctx, last, sent, subject)
    if owner is not None:
        return [_actor(owner)], 0.8
    if ctx.doc[i].pos_ == "VERB" and subject.kind == "person" and _denounces_a_move(ctx, i, sent):
        exclude = {subject.name, *discourse.allies.get(subject.name, ())}
        name = discourse.recent_actor(s, exclude)
        if name is not None:
            kind = ctx.entities[name].kind if name in ctx.entities else "person"
            return [Actor(name, kind, 0.6)], 0.6
    return [], 0.0


def _denounces_a_move(ctx: Context, i: int, sent) -> bool:
    """The object is someone's move, unnamed ("« un manquement à la parole donnée »"): no actor
    after the cue, and a word for a political move in the words right after it."""
    if any(ctx.at.get(j) is not None for j in range(i + 1, sent.end)):
        return False
    moves = ctx.lexicon.lists["moves"]
    view = ctx.view
    return any(
        view.folded[j] in moves or view.lemmas[j] in moves
        for j in range(i + 1, min(sent.end, i + 9))
    )


# --- phrase rules -----------------------------------------------------------------------------


def phrase_claims(ctx: Context, s: int, sent) -> list[Found]:
    """ "X est une possibilité" (speaker TEMPTED_BY X), "mon candidat, c'est X" (SUPPORTS)."""
    found: list[Found] = []
    doc = ctx.doc
    quote_speaker = {q_id: q for q_id, q in enumerate(ctx.quotes)}
    for m in ctx.mentions:
        if m.start < sent.start or m.start >= sent.end or not ctx.in_quote(m.start):
            continue
        quote = quote_speaker[ctx.quote_of[m.start]]
        if quote.speaker is None or m.details.get("first_person") or m.name == quote.speaker:
            continue
        speaker = Actor(quote.speaker, "person", quote.confidence)
        words = _words_from(ctx, m.end, min(sent.end, m.end + 6))
        if words and words[0][0] in {"est", "reste", "demeure", "serait", "sera"}:
            rest = [w for w, _ in words[1:4] if w not in DETERMINERS]
            if rest and rest[0] in ctx.lexicon.lists["option"]:
                found.append(
                    Found(
                        speaker,
                        "TEMPTED_BY",
                        _actor(m),
                        doc[m.end : m.end + 3].text,
                        s,
                        0.8 * speaker.confidence,
                    )
                )
        before = _words_from(ctx, max(sent.start, m.start - 6), m.start)
        text = " ".join(w for w, _ in before)
        for phrase in ctx.lexicon.phrases["my_candidate"]:
            if " ".join(phrase) in text and (text.endswith("c est") or text.endswith("est")):
                found.append(
                    Found(
                        speaker,
                        "SUPPORTS",
                        _actor(m),
                        " ".join(phrase),
                        s,
                        0.85 * speaker.confidence,
                    )
                )
                break
    return found
