"""The arguments of a cue: its objects (by preposition, coordination included) and its
subjects (from the parse, with surface fallbacks where the parser is weak).

Objects come from the words after the cue: the first name whose gap from the cue is an allowed
preposition ("voter pour X", "tendre la main à X"), a proposal noun ("soutenir le programme de
X"), then the names coordinated with it ("à X et à Y"). Subjects come from climbing the
governing verbs to an ``nsubj``; a relative "qui" is its antecedent, a group noun with a party
is the party, and a first-person possessive in a quote is the speaker.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from alliancegraph.loaders.claims import CLAUSE_STOPS, DETERMINERS, End, contracted_start, end_of
from alliancegraph.loaders.context import (
    DE_A,
    SUBJECT_DEPS,
    Context,
    foreign,
    party_of_mention,
    person_noun,
    resolution_list,
    resolution_sequence,
)
from alliancegraph.loaders.cues import VerbCue, by_first_word, cue_section
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold, feature, fold_token
from alliancegraph.loaders.negation import DE_FORMS
from alliancegraph.loaders.references import complement_of_noun, noun_relative
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL, relation

COORDINATION = grammar_words("arguments", "coordination")
# Time phrases the parser sometimes takes for a subject ("une nouvelle fois").
TIME_NOUNS = grammar_words("arguments", "time_nouns")
FACING = grammar_words("arguments", "facing")
CENSURE_MOTIONS = grammar_words("arguments", "censure_motions")
AGAINST_MOTION = grammar_words("arguments", "against_motion")
MOTION_REFUSALS = grammar_words("arguments", "motion_refusals")
FIRST_PERSON_POSSESSIVES = grammar_words("arguments", "first_person_possessives")
# Words between a subject and its verb: "X ne le lui a pas …".
CLITIC_WORDS = grammar_words("arguments", "clitic_words")
EMPHATIC = grammar_words("arguments", "emphatic")
CLAUSE_CLITICS = grammar_words("arguments", "clause_clitics")
ACCUSATIVE_CLITICS = grammar_words("arguments", "accusative_clitics")
PLURAL_LABEL_DETERMINERS = grammar_words("arguments", "plural_label_determiners")
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
# Marks inside an apposition ("tête de liste en Auvergne-Rhône-Alpes (LR)", "l'UDI", "9 %").
INNER_MARKS = frozenset({"'", "-", "(", ")", "%"})


# --- objects --------------------------------------------------------------------------------


def _gap_words(ctx: Context, start: int, end: int, skip: set[int]) -> list[str] | None:
    """Folded words between a cue and a candidate object (None if a clause intervenes).

    Asked about four times for each distinct gap (with and without the cue's words, by
    several cue entries of one word, then for a party of a person): computed once per
    article, and each caller gets its own copy of the list."""
    key = ("gap words", start, end, frozenset(skip))
    words = ctx.memo.get(key, False)
    if words is False:
        words = ctx.memo[key] = _read_gap_words(ctx, start, end, skip)
    return None if words is None else list(words)


# Short adjuncts before a direct object ("a investi contre lui X", "en urgence X"), folded.
PASSING_ADJUNCTS = by_first_word(
    tuple(tuple(fold_token(p)) for p in sorted(grammar_words("arguments", "passing_adjuncts")))
)


def _passing_adjuncts(ctx: Context, start: int, end: int) -> set[int]:
    """The tokens of the short adjuncts in a gap ("LR a investi contre lui X", "le PS a
    investi en urgence X"): read like a time word, not as the object's preposition."""
    view, found = ctx.view, set()
    for j in range(start, end):
        for phrase in PASSING_ADJUNCTS.get(view.folded[j], ()):
            stop = j + len(phrase)
            if stop <= end and tuple(view.folded[j:stop]) == phrase:
                found.update(range(j, stop))
                break
    return found


def _adjunct_before_object(ctx: Context, i: int, sent) -> bool:
    """A passing adjunct opens what follows the cue and a word other than punctuation comes
    after it ("a investi contre lui une ancienne adjointe"), unlike "a voté contre lui, comme
    A" or "a voté contre, comme A"."""
    passing = _passing_adjuncts(ctx, i + 1, min(sent.end, i + 4))
    after = max(passing) + 1 if passing else sent.end
    return after < sent.end and not ctx.view.puncts[after]


def _read_gap_words(ctx: Context, start: int, end: int, skip: set[int]) -> list[str] | None:
    words: list[str] = []
    view = ctx.view
    aside = _asides(ctx, start, end) | _incise(ctx, start, end) | _passing_adjuncts(ctx, start, end)
    verb_seen = False
    for j in range(start, end):
        text, pos = view.texts[j], view.pos[j]
        if j in skip or j in aside or pos == "ADV" or view.spaces[j] or text in QUOTE_MARKS:
            continue
        if view.folded[j] in EMPHATIC and j + 1 < end and view.folded[j + 1] in {"aussi", "meme"}:
            continue  # "lorgne lui aussi vers X"
        if _time_word(ctx, j, end):
            continue  # "a rallié hier soir X", "votera ce dimanche pour X"
        if view.folded[j] in {"ni", "et", "ou"}:
            if verb_seen:  # "désavoue X en annonçant soutenir P et Q": Q is another verb's
                return None
            # "ne soutiendrai ni cet accord ni X": the name is a conjunct of the object
            words.clear()
            continue
        verb_seen = verb_seen or pos == "VERB"
        if view.puncts[j] and text != ",":
            return None
        if (
            pos in {"VERB", "AUX"}
            and "Fin" in feature(ctx.doc[j], "VerbForm")
            and view.folded[j] not in ctx.lexicon.lists["current"]  # "sortante" tagged a verb
        ):
            return None
        words.extend("de" if w == "d" else w for w in fold_token(text))
    while words and words[-1] in DETERMINERS:
        words.pop()
    return words


def _time_word(ctx: Context, j: int, end: int) -> bool:
    """A word of time in a gap ("hier", "soir", "dimanche", "officiellement"), or the
    determiner that opens one ("ce matin", "cette nuit")."""
    times = ctx.lexicon.lists["time_words"]
    folded = ctx.view.folded
    if folded[j] in times:
        return True
    return ctx.view.pos[j] == "DET" and j + 1 < end and folded[j + 1] in times


MAX_INCISE = 8


def _incise(ctx: Context, start: int, end: int) -> set[int]:
    """Tokens of an adverbial incise between commas in the gap ("critique, dans un entretien
    au journal local, X", "a apporté, dès lundi, son soutien à X"): it opens on a preposition
    or an adverb, names nobody and holds no verb of its own."""
    view = ctx.view
    if start >= end or view.texts[start] != ",":
        return set()
    for k in range(start + 1, min(end, start + MAX_INCISE + 2)):
        if view.texts[k] == ",":
            inside = range(start + 1, k)
            plain = all(
                ctx.at.get(j) is None and view.pos[j] not in {"VERB", "AUX", "PRON"} for j in inside
            )
            opens = k > start + 1 and view.pos[start + 1] in {"ADP", "ADV"}
            return set(range(start, k + 1)) if plain and opens else set()
        if view.puncts[k]:
            return set()
    return set()


def _asides(ctx: Context, start: int, end: int) -> set[int]:
    """Tokens of an adverbial aside between a cue and its object ("soutient pour sa part X",
    "vote de son côté pour X"): the ``asides`` phrases of the ontology's cue lists."""
    folded = ctx.view.folded
    index = by_first_word(ctx.lexicon.phrases["asides"])
    found: set[int] = set()
    for j in range(start, end):
        for phrase in index.get(folded[j], ()):
            n = len(phrase)
            if j + n <= end and tuple(folded[j : j + n]) == phrase:
                found.update(range(j, j + n))
    return found


def _descriptive(ctx: Context, start: int, end: int, skip: set[int]) -> bool:
    """The gap is a short description glued to the name: determiner, nouns, adjectives."""
    view = ctx.view
    kept = [j for j in range(start, end) if j not in skip and view.pos[j] != "ADV"]
    if len(kept) < 2 or len(kept) > 4 or view.pos[kept[0]] != "DET":
        return False
    return all(
        view.pos[j] in {"NOUN", "ADJ"} or (ctx.at.get(j) is not None and ctx.at[j].kind == "party")
        for j in kept[1:]
    )


def _descriptive_start(ctx: Context, start: int, end: int, skip: set[int]) -> int | None:
    """Where a short description glued to the name begins, after a preposition: "avec
    l'écologiste X", "à la députée socialiste X" (a determiner, then one or two nouns or
    adjectives)."""
    view = ctx.view
    k = end - 1
    words = 0
    while (
        k >= start
        and k not in skip
        and (
            view.pos[k] in {"NOUN", "ADJ"}
            or (ctx.at.get(k) is not None and ctx.at[k].kind == "party" and view.pos[k] != "PROPN")
        )
    ):
        k -= 1
        words += 1
    if not 1 <= words <= 2 or k < start or view.pos[k] != "DET":
        return None
    return k


@cache
def _elided_de(preps: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A cue's prepositions as gaps read them (the elided "d'" written "de"), once per cue
    rather than at every candidate object."""
    return tuple(tuple("de" if w == "d" else w for w in p) for p in preps)


def _gap_ok(
    ctx: Context,
    start: int,
    end: int,
    preps: tuple[tuple[str, ...], ...],
    skip: set[int],
    proposal: bool,
    restrictive: bool = False,
    rejection: bool = False,
) -> tuple[str, ...] | None:
    """The preposition between a cue and a candidate object if it is an allowed one.

    Words the cue needs ("aux côtés" of "rester aux côtés de") may be part of the preposition;
    "ne soutient que X" is restrictive, not a clause.
    """
    bare = _gap_words(ctx, start, end, skip)
    full = _gap_words(ctx, start, end, set())
    if bare is None:
        return None
    if full is None:  # a cue word mis-tagged as a finite verb ("décliner l'offre de X")
        full = bare
    if restrictive and bare[:1] in (["que"], ["qu"]):
        bare = bare[1:]
    if not rejection and len(full) >= 2 and full[-2] in FACING and full[-1] in {"a", "au", "aux"}:
        return None  # "son soutien face à Y": Y is faced (a rival only a rejection may name)
    if any(w in CLAUSE_STOPS for w in bare):
        return None
    if () in preps and bare and _descriptive(ctx, start, end, skip):
        return ()  # "soutenir l'essayiste X", "rejoindre le député LR X"
    elided = _elided_de(preps)  # (a look-up that hashes every preposition: made once)
    tail = _descriptive_start(ctx, start, end, skip) if bare else None
    if tail is not None and tail > start:
        heads = (_gap_words(ctx, start, tail, skip), _gap_words(ctx, start, tail, set()))
        for prep in elided:
            if prep and any(head is not None and _ends_with(head, prep) for head in heads):
                # "liste commune avec l'écologiste X", "à la socialiste X", and a cue word
                # ending the preposition: "se rassembler derrière le candidat socialiste X"
                return prep
    for words in (bare, full):
        for prep in elided:
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
    for kept in (skip, set()):  # "avec la liste insoumise de X" is "avec la liste de X"
        plain = _without_noun_adjectives(ctx, start, end, kept)
        for prep in elided:
            if plain and len(prep) > 2 and tuple(plain[-len(prep) :]) == prep:
                return prep
    group = _group_gap(ctx, bare, preps) or _stand_in_gap(bare, preps)
    if group is not None:
        return group
    described = description_start(ctx, start, end, skip)
    if described is not None:  # "à la candidate LR X", "la liste de la maire sortante X"
        for head in _heads_before(ctx, start, described, skip):
            found = _head_ok(head, preps)
            found = _stand_in_gap(head, preps) if found is None else found
            if found is None and proposal:  # "le projet de la maire sortante X"
                found = _proposal_gap(ctx, head, preps, rejection)
            if found is not None:
                return found
    return _proposal_gap(ctx, bare, preps, rejection) if proposal else None


def _ends_with(head: list[str], prep: tuple[str, ...]) -> bool:
    """The words before a description are the preposition, or end with it when it has several
    words, past an adjunct of place or time: "a fait campagne sur les marchés aux côtés de
    l'ancien juge X" (as ``_head_ok`` reads the heads before a role)."""
    return tuple(head) == prep or (len(prep) > 1 and tuple(head[-len(prep) :]) == prep)


def _without_noun_adjectives(
    ctx: Context, start: int, end: int, skip: set[int]
) -> list[str] | None:
    """The gap's words without the adjectives that follow a noun in it ("la liste insoumise
    de", "la liste socialiste conduite par"): a long preposition written with its noun
    ("avec la liste de", "sur la liste de") still matches. None when there is none to drop."""
    view = ctx.view
    adjectives = {
        j
        for j in range(start + 1, end)
        if view.pos[j] == "ADJ" and view.pos[j - 1] == "NOUN" and ctx.at.get(j) is None
    }
    if not adjectives:
        return None
    words = _gap_words(ctx, start, end, skip | adjectives)
    if words is None:
        return None
    return ["de" if w == "d" else w for w in words]


def _proposal_gap(
    ctx: Context, words: list[str], preps: tuple[tuple[str, ...], ...], rejection: bool
) -> tuple[str, ...] | None:
    """ "le programme de X", "la liste conduite par X", "un accord avec X": a proposal noun
    (and, for a refusal, a noun of exchange) completed by the actor it belongs to."""
    if len(words) < 2 or words[-1] not in {"de", "du", "des", "par", "avec"}:
        return None
    body = [w for w in words[:-1] if w not in DETERMINERS]
    for prep in preps:  # "s'en prendre au programme de X"
        if prep and tuple(body[: len(prep)]) == prep:
            body = body[len(prep) :]
            break
    nouns = ctx.lexicon.lists["proposal"]
    if rejection:  # "ferme la porte à tout débat avec X", "refuse tout dialogue avec X"
        nouns = nouns | ctx.lexicon.lists["exchanges"]
    if body and body[0] in nouns and len(body) <= 3 and not BODY_BREAKS & set(body[1:]):
        return ("de",)
    return None


# Prepositions that open a phrase of their own after a proposal noun: in "présente sa liste
# avec le soutien de Y", Y owns the support, not the list.
BODY_BREAKS = frozenset({"avec", "grace", "sans", "malgre", "pour", "contre", "a", "au", "aux"})


# A preposition fused with the stand-in's determiner: "au camp de X" is "à" + "le camp de".
FUSED = {"au": ("a",), "aux": ("a",), "du": ("de",)}
# Lists of the ontology whose words name a person: the head of a description ("la maire
# sortante X", "l'ancien ministre X", "le candidat investi par LR, X").
PERSON_HEADS = ("member_roles", "role_heads", "person_nouns", "labelled_nouns", "relatives")
# Words that may link the parts of a description ("la maire socialiste de Nantes X", "le
# candidat investi par LR dans la 2e circonscription, X"); never its last word ("l'adjoint de
# X" is someone else).
LINKS = frozenset({"de", "du", "des", "d", "par", "dans", "en", "a", "au", "aux", "sur", "pour"})
MAX_DESCRIPTION = 12


def _singular(word: str) -> str:
    """A folded plural word's singular, as role nouns are listed: "maires" → "maire",
    "conseillers regionaux" word by word → "conseiller regional" ("les anciens maires X et Y",
    "les conseillers régionaux X et Y" describe each name listed)."""
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


def _person_head(ctx: Context, k: int, stop: int) -> int | None:
    """Where the head of a person's description starting at ``k`` ends: a role or person noun
    ("maire", "tête de liste", "ancienne ministre"), a party word ("la socialiste X", "le LR
    X"), after at most two modifiers ("l'ancien", "la jeune")."""
    view, lists = ctx.view, ctx.lexicon.lists
    for _ in range(3):
        if k >= stop:
            return None
        for n in (3, 2, 1):
            words = view.folded[k : k + n]
            if k + n <= stop and any(
                phrase in lists[name]
                for phrase in {" ".join(words), " ".join(map(_singular, words))}
                for name in PERSON_HEADS
            ):
                return k + n
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "party" and mention.start == k:
            return mention.end if mention.end <= stop else None
        if mention is None and ctx.party_by_adjective(view.texts[k]) is not None:
            return k + 1
        if mention is not None or not (view.folded[k] in lists["former"] or view.pos[k] == "ADJ"):
            return None
        k += 1
    return None


def _description_body(ctx: Context, k: int, stop: int) -> bool:
    """The words after a description's head, up to the name: adjectives, nouns, parties,
    places and short links ("socialiste de Nantes", "investi par LR dans la 2e
    circonscription"), no verb of its own, no other person, not ending on a link."""
    view = ctx.view
    for j in range(k, stop):
        mention = ctx.at.get(j)
        if mention is not None:
            if mention.kind != "party":
                return False
            continue
        if view.folded[j] in LINKS or view.pos[j] in {"NOUN", "ADJ", "NUM", "PROPN", "DET"}:
            continue
        if view.folded[j] in ctx.lexicon.lists["current"]:
            continue  # "la maire sortante X", whatever the tagger calls "sortante"
        if view.pos[j] == "VERB" and "Part" in feature(ctx.doc[j], "VerbForm"):
            continue
        return False
    last = stop - 1
    return last < k or (view.folded[last] not in LINKS and view.pos[last] != "DET")


def _party_set_off(ctx: Context, k: int, head: int, stop: int, end: int) -> bool:
    """A description headed by a party alone, set off from the name by a comma: "le LR X"
    describes X, but in "a claqué la porte du PS, X est resté …" the comma ends the phrase."""
    party = ctx.at.get(k)
    return (
        party is not None
        and party.kind == "party"
        and party.start == k
        and party.end == head == stop
        and stop < end
    )


def description_start(ctx: Context, start: int, end: int, skip: set[int]) -> int | None:
    """Where a description of the person whose name starts at ``end`` begins, inside the gap
    ``[start, end)``: a determiner (or "au", "du") opening a person's head and its modifiers
    right before the name, or before a comma right before it ("le candidat investi par LR, X").
    The earliest such determiner wins, so that "la liste de la maire sortante X" keeps "la
    liste de" as what stands before the description."""
    view = ctx.view
    stop = end - 1 if end - 1 > start and view.texts[end - 1] == "," else end
    for p in range(max(start, end - MAX_DESCRIPTION), stop - 1):
        if p in skip:
            continue
        if view.pos[p] == "DET" or view.folded[p] in FUSED:
            head = _person_head(ctx, p + 1, stop)
            if head is not None and _party_set_off(ctx, p + 1, head, stop, end):
                continue  # "la porte du PS, X …": a party then a comma describes nobody
            if head is not None and _description_body(ctx, head, stop):
                return p
        elif _demonstrative_of_party(ctx, p, stop) and (
            stop == end or _closed_apposition(ctx, end)
        ):
            return p
    return None


def _closed_apposition(ctx: Context, end: int) -> bool:
    """The name at ``end``, after a comma, is an apposition that closes on a mark ("celle du
    PS, X, …", "… celle du PS, X."), not the subject of a clause of its own ("celui de LR,
    X le défend") nor a gapped one ("celle du PS, X celle de LR")."""
    mention = ctx.at.get(end)
    return (
        mention is not None
        and mention.end < len(ctx.view.texts)
        and ctx.view.puncts[mention.end]
        and ctx.view.texts[mention.end] != "("
    )


@cache
def _demonstratives() -> frozenset[str]:
    """The pronouns of the ontology's stand-ins that a complement follows ("celui de",
    "celles de")."""
    found = set()
    for phrase in resolution_sequence("stand_ins"):
        words = fold_token(phrase)
        if len(words) == 2 and words[1] == "de":
            found.add(words[0])
    return frozenset(found)


def _demonstrative_of_party(ctx: Context, p: int, stop: int) -> bool:
    """ "s'allie avec celui du RN X", "vote pour celle des Écologistes, X": a demonstrative
    pronoun completed by a party is a description of the person named right after it (a
    party must be in the complement: "celle de Nantes" describes no one's allegiance)."""
    view = ctx.view
    if view.pos[p] != "PRON" or view.folded[p] not in _demonstratives():
        return False
    link = p + 1
    if link >= stop or view.folded[link] not in LINKS or view.folded[link] in {"par", "pour"}:
        return False
    party = any(
        ctx.at.get(k) is not None and ctx.at[k].kind == "party" for k in range(link + 1, stop)
    )
    if not party and link + 1 == stop:  # "celui du RN Paul Roux" tagged as one name
        return _swallowed_label(ctx, stop)
    return party and _description_body(ctx, link, stop)


def _swallowed_label(ctx: Context, k: int) -> bool:
    """The person's mention at ``k`` opens on a party's name that the tagger took into it
    ("Front national Paul Roux" as one name)."""
    mention = ctx.at.get(k)
    if mention is None or mention.kind != "person" or mention.start != k:
        return False
    return any(
        ctx.gazetteer.party(ctx.doc[k : k + n].text) is not None
        for n in (1, 2, 3)
        if k + n < mention.end - 1
    )


def _heads_before(ctx: Context, start: int, p: int, skip: set[int]) -> list[list[str]]:
    """The gap words before a description that opens at ``p``, with the preposition a fused
    article carries ("au président X" is "à" + "le président X")."""
    heads = []
    for words in (_gap_words(ctx, start, p, skip), _gap_words(ctx, start, p, set())):
        if words is None:
            continue
        words = ["de" if w == "d" else w for w in words]
        fused = list(FUSED.get(ctx.view.folded[p], ()))
        if words + fused not in heads:
            heads.append(words + fused)
    return heads


def _head_ok(words: list[str], preps: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The allowed preposition the words before a description are: exactly, or ending them
    when it has several words ("retire sa liste au profit de")."""
    for prep in preps:
        folded = tuple("de" if w == "d" else w for w in prep)
        if tuple(words) == folded or (len(folded) > 1 and tuple(words[-len(folded) :]) == folded):
            return prep
    return None


def _stand_in_gap(words: list[str], preps: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """ "avec le camp de X", "à la liste conduite par X", "au camp de X": a phrase standing
    for X (``stand_ins`` of the ontology's ``[resolution]`` words) after a preposition the
    cue allows, or after none when the cue takes a direct object."""
    words = ["de" if w == "d" else w for w in words]
    for phrase in resolution_sequence("stand_ins"):
        stand_in = tuple(fold_token(phrase))
        n = len(stand_in)
        if len(words) < n:
            continue
        if tuple(words[-n:]) == stand_in:
            head = tuple(words[:-n])
        elif words[-n] in FUSED and tuple(words[-n + 1 :]) == stand_in[1:]:
            head = tuple(words[:-n]) + FUSED[words[-n]]
        else:
            continue
        found = _head_ok(list(head), preps)
        if found is not None:
            return found
    return None


def _group_gap(
    ctx: Context, words: list[str], preps: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """ "aux dirigeants d'EELV", "aux élus socialistes": a group noun of a party stands for
    the party as an object, after an allowed preposition."""
    body = list(words)
    if body and body[-1] in {"de", "du", "des"}:
        body.pop()
    if not body or body[-1] not in ctx.lexicon.lists["group"]:
        return None
    head = tuple(body[:-1])
    for prep in preps:
        if prep and tuple("de" if w == "d" else w for w in prep) == head:
            return prep
    return None


def find_objects(ctx: Context, i: int, cue: VerbCue, sent, skip: set[int]) -> list[Mention]:
    """The actors a cue at ``i`` points to, with coordinated ones ("à X et à Y")."""
    objects: list[Mention] = []
    if (
        cue.relation == REL.SUPPORTS
        and i + 1 < sent.end
        and ctx.view.folded[i + 1] == "contre"
        and not _adjunct_before_object(ctx, i, sent)
    ):
        return objects  # "ont voté contre, comme les socialistes A et B": a vote against
    if cue.relation == REL.REJECTS and _motion_voted_down(ctx, max(sent.start, i - 4), i + 1):
        return objects  # "voteront contre la censure du gouvernement de Y": Y is spared
    if cue.relation == REL.REJECTS and _motion_refused(ctx, i, sent):
        return objects  # "s'oppose à la motion de censure contre le gouvernement de Y"
    skip = skip | passive_group(ctx, i)  # "un accord a été passé avec Y"
    if cue.relation == REL.REJECTS:
        counted = counted_list(ctx, i, cue, sent, skip)
        if counted:  # "a voté l'exclusion de trois de leurs membres : A, B et C"
            return counted
    window = 26 if cue.objects != ((),) else 10
    j = i + 1
    start = i + 1
    # "tenté par le projet de X"
    proposal = cue.relation in {REL.SUPPORTS, REL.REJECTS, REL.TEMPTED_BY}
    restrictive = any(ctx.view.folded[k] in {"ne", "n"} for k in range(max(0, i - 3), i))
    fronted = any(ctx.view.deps[k] in SUBJECT_DEPS and k < i for k in ctx.children(i))
    fronted = fronted or inverted_after_aside(ctx, i)  # "X, arrivée troisième, soutient Y"
    clitic = _object_clitic_before(ctx, i, sent)  # "X la soutient et Y la combat"
    view = ctx.view
    while j < sent.end and (objects or j < i + window):  # a list may run past the window
        mention = ctx.at.get(j)
        if mention is None or mention.start != j or mention.details.get("first_person"):
            if view.texts[j] in {";", "?", "!"} or (view.texts[j] == "." and j > i + 1):
                break
            j += 1
            continue
        if not fronted and any(  # "que soutient X": X is the subject, not the object
            view.deps[k] in SUBJECT_DEPS and view.heads[k] == i
            for k in range(mention.start, mention.end)
        ):
            j = mention.end
            continue
        if objects:
            gloss = _gloss_end(ctx, start, sent)
            if gloss is not None:  # "aux Écologistes (EELV), au Parti communiste (PCF) …"
                start = j = gloss
                continue
            if mention.kind == "party" and _labels_a_person(ctx, start, mention, sent):
                j = mention.end  # "et la candidate LR X": the party describes X
                continue
            start = _apposition_end(ctx, start, j)  # "X, le maire sortant, et Y"
            described = description_start(ctx, start, j, set())  # "et l'écologiste Y"
            cut = j if described is None else described
            gap = [view.folded[k] for k in range(start, cut) if not view.puncts[k]]
            gap += list(FUSED.get(view.folded[cut], ())) if described is not None else []
            if "mais" in gap and not {"aussi", "egalement"} & set(gap):
                break  # "a rallié A, mais B, qui hésitait, …": B opens the contrast's clause
            if (
                _opens_clause(ctx, mention, sent)
                or _clitic_clause(ctx, mention, sent)  # "soutient A et B la combat"
                or _subject_of_later_verb(ctx, cut, mention)
            ):
                break  # "a soutenu A puis B a rejoint C": B is the next clause's subject
            joined = any(w in COORDINATION for w in gap) or _listed(ctx, mention, sent)
            gap = [w for w in gap if w not in DETERMINERS and w not in COORDINATION]
            # "du côté de X et de Y": a multi-word preposition repeats only its last word
            repeated = {p[-1] for p in cue.objects if len(p) > 1}
            allowed = {" ".join(p) for p in cue.objects} | repeated
            allowed |= {"d"} if "de" in repeated else set()  # "et d'Anne Roux"
            if joined and all(w in allowed for w in gap) and len(gap) <= 2:
                objects.append(mention)
                start = j = mention.end
                continue
            break
        if (
            mention.kind == "party"
            and not objects
            and "person" in relation(cue.relation).object_kinds  # "investi par P, X": P is it
            and _labels_a_person(ctx, start, mention, sent)
        ):
            j = mention.end  # "à la candidate LR X": the party describes the person named next
            continue
        if _agent_of_noun_participle(ctx, mention, start, skip):
            j = mention.end  # "pour le candidat investi par P": P invests, it is not voted for
            continue
        if cue.relation == REL.REJECTS and attack_target(ctx, start, mention.start, skip):
            j = mention.end  # "s'insurge contre les critiques visant Y": Y is attacked by others
            continue
        if cue.relation == REL.REJECTS and _motion_voted_down(ctx, start, mention.start):
            j = mention.end  # "a voté contre la censure du gouvernement de Y": Y is spared
            continue
        if cue.relation == REL.INVITED_TO_RALLY and _move_toward(ctx, start, mention.start):
            j = mention.end  # "ouvre la porte à un ralliement à Y": where the move goes
            continue
        if (
            mention.start - 1 >= start
            and view.folded[mention.start - 1] in COORDINATION
            and (_opens_clause(ctx, mention, sent) or _clitic_clause(ctx, mention, sent))
        ):
            break  # "X soutient et Y combat la réforme": Y is the next clause's subject
        end = contracted_start(ctx, mention)
        if end - 1 >= start and ctx.view.texts[end - 1] in _titles():
            end -= 1  # "a voté pour M. Roux": the title belongs to the name
        rejection = cue.relation == REL.REJECTS
        gap = _gap_ok(ctx, start, end, cue.objects, skip, proposal, restrictive, rejection)
        if gap == () and clitic:
            break  # "X la soutient, Y aussi": the clitic is the object, Y a subject
        if (
            rejection
            and gap is not None
            and not any(CENSURE_MOTIONS & set(p) for p in cue.objects)  # "voter la censure de"
            and censure_motion_in(ctx, start, end, skip)
        ):
            j = mention.end  # "a rejeté la motion de censure contre Y": the motion is rejected
            continue
        if gap is not None:
            mention = _apposed_name(ctx, mention, sent) or mention
            objects.append(mention)
            start = j = mention.end
            continue
        party = _party_of_person(ctx, start, mention, cue.objects, skip)
        if party is not None:  # "un rapprochement avec le parti de X": X's party
            objects.append(party)
            start = j = mention.end
            continue
        if cue.objects == ((),):
            break
        j = mention.end
    return objects


# Words between a count and its noun in a counted group ("trois de leurs membres", "deux de
# ses élus", "quatre des siens"), folded.
COUNT_LINKS = frozenset({"de", "d", "des", "leurs", "ses", "ces", "nos", "vos", "leur"})


def counted_list(ctx: Context, i: int, cue: VerbCue, sent, skip: set[int]) -> list[Mention]:
    """The people a cue names through a counted group and then lists: "a voté l'exclusion de
    trois de leurs membres : A, B et C", "a exclu deux conseillers municipaux, A et B",
    "prononce l'exclusion de quatre élus : A et B, ainsi que C et D". After the cue (and the
    words it needs), one of its prepositions (or none for a direct object), a number, a short
    noun phrase with no name, then a colon (every person named up to the sentence's end, no
    finite verb between) or a comma (the names up to the one after "et"). Empty otherwise."""
    view = ctx.view
    needed = {w for phrase in cue.with_words for w in phrase}  # "voté l'exclusion de"
    k = i + 1
    while k < sent.end and (k in skip or view.pos[k] == "ADV" or view.folded[k] in needed):
        k += 1
    if k < sent.end and (view.folded[k],) in cue.objects:
        k += 1
    elif () not in cue.objects:
        return []
    numeral = k < sent.end and (
        view.pos[k] == "NUM"
        or (view.pos[k] == "PRON" and view.folded[k] in resolution_list("group_numbers"))
    )  # "deux élus", "trois de leurs membres" (the tagger calls that "trois" a pronoun)
    if not numeral:
        return []
    k += 1
    nouns = 0
    while k < min(sent.end, i + 12) and view.texts[k] not in {":", ","}:
        if ctx.at.get(k) is not None:
            return []
        if view.pos[k] == "NOUN":
            nouns += 1
        elif view.folded[k] not in COUNT_LINKS and view.pos[k] not in {"DET", "ADJ"}:
            return []
        k += 1
    if not nouns or k >= sent.end or view.texts[k] not in {":", ","}:
        return []
    colon = view.texts[k] == ":"
    names: list[Mention] = []
    k += 1
    while k < sent.end:
        mention = ctx.at.get(k)
        if mention is not None and mention.start == k:
            if mention.kind == "person" and mention.name not in {m.name for m in names}:
                names.append(mention)
            k = mention.end
            if not colon and len(names) > 1 and view.folded[mention.start - 1] in {"et", "ou"}:
                break
            continue
        if view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm"):
            break
        if not colon and view.texts[k] in {".", ";", ":"}:
            break
        k += 1
    return names


def _opens_clause(ctx: Context, mention: Mention, sent) -> bool:
    """Whether a name read as a coordinated object is followed right away by a finite verb
    or auxiliary ("a soutenu A puis B a rejoint C", "a critiqué A, puis B s'est rangé"): the
    name is the subject of a new clause the parser took for a conjunct."""
    k = mention.end
    while k < min(sent.end, mention.end + 3) and ctx.view.folded[k] in CLITIC_WORDS:
        k += 1  # "B s'est rangé", "B ne l'a pas suivi"
    return (
        k < sent.end
        and ctx.view.pos[k] in {"AUX", "VERB"}
        and "Fin" in feature(ctx.doc[k], "VerbForm")
    )


def _clitic_clause(ctx: Context, mention: Mention, sent) -> bool:
    """Whether a name is followed by an object clitic and the word it governs ("et Y la
    combat", "mais Y ne l'a pas suivi"): the parser often reads that verb as a noun, yet the
    name is the subject of its own clause. A time phrase ("et Y la veille", "et Y le 3 mars")
    or a capitalised word after the clitic is no such clause."""
    view, k = ctx.view, mention.end
    if k + 1 >= sent.end or view.folded[k] not in CLAUSE_CLITICS:
        return False
    after = view.texts[k + 1]
    return (
        after.isalpha()
        and after.islower()
        and view.pos[k + 1] not in {"DET", "NUM", "ADP"}
        and not _time_word(ctx, k + 1, sent.end)
    )


def _object_clitic_before(ctx: Context, i: int, sent) -> bool:
    """Whether a verb cue has a third-person object clitic before its group ("X la soutient",
    "Y ne l'a jamais suivi"): its object is that pronoun, whose referent lies elsewhere, and a
    bare name after the verb is the subject of another clause, not the object."""
    view = ctx.view
    if view.pos[i] != "VERB":
        return False
    j = i - 1
    while j >= sent.start and (view.pos[j] in {"AUX", "ADV"} or view.folded[j] in {"ne", "n"}):
        j -= 1
    return j >= sent.start and view.folded[j] in ACCUSATIVE_CLITICS


def _subject_of_later_verb(ctx: Context, start: int, mention: Mention) -> bool:
    """Whether a name read as a listed object, with its description from ``start``, is the
    parsed subject of a verb after it ("soutiennent X, les socialistes A et B soutiennent
    Y": A opens a second clause with its own list)."""
    view = ctx.view
    return any(
        view.deps[k] in SUBJECT_DEPS
        and view.heads[k] >= mention.end
        and view.pos[view.heads[k]] in {"VERB", "AUX"}
        for k in range(start, mention.end)
    )


def listed_agents(ctx: Context, objects: list[Mention], sent) -> list[Mention]:
    """The agents a passive cue's "par" lists ("soutenue par le PS et le PCF"): the first and
    each later name that does not open a clause of its own. The parser often reads "et X la
    combat" as a noun phrase, so a later name followed by an object clitic is left out
    ("soutenue par le PS et X l'attaque": X is the subject of another verb), with the names
    coordinated with it alone ("par A et les anciens maires B et C la combattent": B too)."""
    kept: list[Mention] = []
    for m in reversed(objects[1:]):
        if not _starts_clause(ctx, m, sent) and not _coordinated_with_clause(ctx, m, sent):
            kept.append(m)
    return objects[:1] + kept[::-1]


def _starts_clause(ctx: Context, m: Mention, sent) -> bool:
    """A listed name that is the subject of a clause of its own ("et X l'attaque")."""
    return _opens_clause(ctx, m, sent) or (
        m.end < sent.end and ctx.view.folded[m.end] in CLAUSE_CLITICS
    )


def _coordinated_with_clause(ctx: Context, m: Mention, sent) -> bool:
    """A name joined by commas and "et" alone to names whose last opens a clause of its own
    ("et les anciens maires B et C la combattent": B is C's co-subject, not a listed agent)."""
    view, k = ctx.view, m.end
    while k < sent.end:
        while k < sent.end and (view.texts[k] == "," or view.folded[k] in COORDINATION):
            k += 1
        after = ctx.at.get(k)
        if k == m.end or after is None or after.start != k or after.kind != m.kind:
            return False
        if _starts_clause(ctx, after, sent):
            return True
        k = after.end
    return False


def _conjunct_subject(ctx: Context, token: Token, sent) -> Mention | None:
    """ "A a soutenu B puis C a rejoint D": the cue's verb has no subject in the parse and a
    name stands right before its auxiliaries, attached as a conjunct of an earlier object.
    That name is this clause's subject; climbing to the first verb would hand it A."""
    deps, kids = ctx.view.deps, ctx.children(token.i)
    if any(deps[j] in SUBJECT_DEPS for j in kids):
        return None
    first = min([j for j in kids if deps[j].startswith("aux")] + [token.i])
    while first > max(sent.start, token.i - 5) and ctx.view.folded[first - 1] in CLITIC_WORDS:
        first -= 1  # "C s'est rangé derrière D", "C ne l'a pas suivi"
    mention = ctx.at.get(first - 1)
    if mention is None or mention.kind != "person" or mention.end != first:
        return None
    root = ctx.doc[mention.start]
    return mention if root.dep_ == "conj" and root.head.i < mention.start else None


def attack_target(ctx: Context, start: int, end: int, own: set[int] | None = None) -> bool:
    """Between a rejecting cue and a name, an attack noun and the word that gives its target
    ("contre les attaques contre Y", "de la diatribe visant Y", "des insultes à l'encontre de
    Y"): the name is the one attacked, by someone the sentence may not name, and protesting
    against that attack is no rejection of Y. The cue's ``own`` words are its attack ("sonne
    la charge contre Y", "mène campagne contre Y"): Y is its target."""
    lists = ctx.lexicon.lists
    folded, lemmas = ctx.view.folded, ctx.view.lemmas
    for k in range(start, end):
        if own and k in own:
            continue
        if folded[k] in lists["attacks"] or cfold(lemmas[k]) in lists["attacks"]:
            return any(folded[m] in lists["attack_targets"] for m in range(k + 1, end))
    return False


def _motion_voted_down(ctx: Context, start: int, end: int) -> bool:
    """Between a rejecting cue and a name, a motion against the name's government that the
    cue stands against ("a voté contre la motion de censure contre le gouvernement de Y",
    "votera contre la censure du gouvernement de Y"): the rejection falls on the motion, and
    Y is spared by it, not rejected ("a voté la motion de censure …" keeps Y its object)."""
    folded = ctx.view.folded
    for k in range(start, end):
        if folded[k] in AGAINST_MOTION:
            return any(folded[m] in CENSURE_MOTIONS for m in range(k + 1, min(end, k + 5)))
    return False


def censure_motion_in(ctx: Context, start: int, end: int, skip: set[int] | None = None) -> bool:
    """Whether a censure motion's noun stands between a rejecting cue and what follows it ("a
    rejeté la motion de censure contre le gouvernement de Y"): the motion is what is rejected,
    and the government's head is spared by that, not rejected."""
    return any(
        ctx.view.folded[k] in CENSURE_MOTIONS
        for k in range(start, end)
        if not skip or k not in skip
    )


def _motion_refused(ctx: Context, i: int, sent) -> bool:
    """Whether a censure motion's noun is the object of a refusal in its own clause ("s'oppose
    à la motion de censure", "a rejeté la censure", "refuse de s'associer à la motion de
    défiance"): the one who refuses it spares the government it targets. The look back stops
    at punctuation and at a finite verb that is not the refusal ("X, qui combat Y, a déposé une
    motion de censure" keeps the motion X's own)."""
    view = ctx.view
    if view.folded[i] not in CENSURE_MOTIONS:
        return False
    for k in range(i - 1, max(sent.start, i - 9) - 1, -1):
        if view.puncts[k]:
            return False
        if cfold(view.lemmas[k]) in MOTION_REFUSALS or view.folded[k] in MOTION_REFUSALS:
            return True
        if view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm"):
            return False
    return False


def _move_toward(ctx: Context, start: int, end: int) -> bool:
    """Between an invitation's cue and a name, a move one makes ("un ralliement à", "une
    alliance avec") whose complement the name is: the door opens on the move, and the name is
    where it goes, not the one invited."""
    view = ctx.view
    if end - 1 <= start or view.folded[end - 1] not in {"a", "au", "aux", "avec"}:
        return False
    moves = ctx.lexicon.lists["joined_moves"]
    for k in range(start, end - 1):
        if view.pos[k] == "NOUN" and view.folded[k] in moves:
            before = k - 1
            while before >= start and view.pos[before] == "DET":
                before -= 1
            # the door opens on the move ("à un ralliement"); an offer's own complement ("une
            # offre d'alliance à Y") leaves Y the one invited
            return before >= start and view.folded[before] in {"a", "au", "aux"}
    return False


def _apposed_name(ctx: Context, mention: Mention, sent) -> Mention | None:
    """The name written in apposition right after a role that stands for a person ("avec la
    présidente LR de la métropole, X."): the name the journalist wrote wins over whoever the
    role was bound to. Only a name that closes the apposition (a mark after it)."""
    if mention.kind != "person" or mention.source in WRITTEN_SOURCES:
        return None
    written = _name_closing_role(ctx, mention, sent)
    if written is not None:
        return written
    k, doc = mention.end, ctx.doc
    while k + 1 < sent.end and ctx.view.texts[k] == "-" and not doc[k - 1].whitespace_:
        k += 2  # a compound place the role ends on ("de la métropole d'Aix-Marseille, X")
    if k + 1 >= sent.end or ctx.view.texts[k] != ",":
        return None
    named = ctx.at.get(k + 1)
    if named is None or named.kind != "person" or named.start != k + 1:
        return None
    if named.source not in WRITTEN_SOURCES or named.end >= len(ctx.view.texts):
        return None
    return named if ctx.view.puncts[named.end] and ctx.view.texts[named.end] != "(" else None


# How many label words may stand between a role and the name that closes its noun phrase.
MAX_ROLE_LABEL = 3


def _name_closing_role(ctx: Context, mention: Mention, sent) -> Mention | None:
    """The name written right after a role, past a few label words and no comma ("le
    sénateur divers droite X", "la députée LR X"): the role is X's title, whoever it was
    bound to."""
    view = ctx.view
    for k in range(mention.end, min(sent.end, mention.end + MAX_ROLE_LABEL + 1)):
        named = ctx.at.get(k)
        if named is not None and named.start == k and named.kind == "person":
            return named if named.source in WRITTEN_SOURCES else None
        if named is None and (view.puncts[k] or view.pos[k] not in {"ADJ", "NOUN", "PROPN"}):
            return None
    return None


def _party_of_person(
    ctx: Context, start: int, mention: Mention, preps: tuple[tuple[str, ...], ...], skip: set[int]
) -> Mention | None:
    """ "s'allier avec le parti de X", "rejoindre la formation de X": a party noun
    (``party_nouns`` of the ontology's ``[resolution]`` words) completed by a person stands
    for that person's party, when the gazetteer (or the text next to the name) gives exactly
    one at the article's date."""
    words = _gap_words(ctx, start, mention.start, skip)
    if mention.kind != "person" or not words or len(words) < 3 or words[-1] not in {"de", "d"}:
        return None
    body = words[:-1]
    nouns = resolution_list("party_nouns")
    noun = next((n for n in (2, 1) if " ".join(body[-n:]) in nouns), None)
    if noun is None or len(body) <= noun:
        return None
    article = body[-noun - 1]
    head = body[: -noun - 1] + list(FUSED.get(article, ()))  # "au parti de X" is "à le parti"
    if (article not in DETERMINERS and article not in FUSED) or _head_ok(head, preps) is None:
        return None
    parties = party_of_mention(ctx, mention)
    if len(parties) != 1:
        return None
    name = parties.pop()
    return Mention(
        mention.start,
        mention.end,
        "party",
        mention.text,
        "description",
        name,
        confidence=0.8 * mention.confidence,
        binding="party of a person",
    )


@cache
def _titles() -> frozenset[str]:
    """Civil titles as written ("M.", "Mme"): folded, "M." would be the clitic "m'"."""
    return frozenset(cue_section("lists").get("titles", ()))


RELATIVE_OBJECTS = grammar_words("arguments", "relative_objects")
# Relative pronouns after a preposition ("à qui", "avec lequel") and fused with one ("auquel").
RELATIVE_PRONOUNS = grammar_words("arguments", "relative_pronouns")
FUSED_RELATIVES = {"auquel": ("a",), "auxquels": ("a",), "auxquelles": ("a",)}
CLITIC_OBJECT_WORDS = grammar_words("arguments", "clitic_object_words")
# "c'est X que Y soutient": a cleft puts the object first.
CLEFT = (("c", "est"), ("ce", "sont"), ("c", "etait"))


def _verb_group_start(ctx: Context, i: int, sent) -> int | None:
    """The token before the verb group of a cue in a relative clause: auxiliaries, adverbs,
    clitics and up to two control verbs ("a décidé de rallier", "a choisi de soutenir"); the
    carrying verb of a noun cue ("a apporté son soutien"). None when an object clitic shows
    the clause has an object of its own ("qu'il le soutient")."""
    view, token = ctx.view, ctx.doc[i]
    if (
        token.pos_ == "NOUN"
        and token.head.pos_ == "VERB"
        and token.head.i < i
        and all(view.pos[x] in {"DET", "ADJ", "ADV"} for x in range(token.head.i + 1, i))
    ):
        i = token.head.i  # "à qui il a apporté son soutien"
    j, verbs = i - 1, 0
    while j > sent.start:
        word, pos = view.folded[j], view.pos[j]
        if word in CLITIC_OBJECT_WORDS and pos == "PRON":
            return None
        if pos in {"AUX", "ADV"} or word in CLITIC_WORDS:
            j -= 1
        elif word in {"de", "d", "a"} and verbs < 2 and view.pos[j - 1] == "VERB":
            j, verbs = j - 2, verbs + 1  # "a décidé de rallier"
        elif _controls_infinitive(ctx, j, i) and verbs < 2:
            j, verbs = j - 1, verbs + 1  # "que voulaient soutenir les Verts"
        else:
            return j
    return None


RELATIVE_CONTROL_VERBS = grammar_words("arguments", "relative_control_verbs")


def _controls_infinitive(ctx: Context, j: int, i: int) -> bool:
    """Whether token ``j`` is a verb of wanting or intending whose infinitive is the cue at
    ``i`` ("voulaient soutenir", "comptait appuyer")."""
    view = ctx.view
    return (
        view.pos[j] in {"VERB", "AUX"}
        and view.lemmas[j] in RELATIVE_CONTROL_VERBS
        and "Inf" in feature(ctx.doc[i], "VerbForm")
        and "Fin" in feature(ctx.doc[j], "VerbForm")
    )


def _background(ctx: Context, j: int, i: int) -> bool:
    """A relative clause told in the imperfect or the pluperfect ("avec lequel il s'était
    allié", "qu'il soutenait jusque-là") gives the antecedent's background: a past tie, no
    stance of the article's day."""
    return any(  # the view's POS first: the morphology makes a Token
        ctx.view.pos[k] in {"AUX", "VERB"} and "Imp" in feature(ctx.doc[k], "Tense")
        for k in range(j + 1, i + 1)
    )


def _subject_apposition(ctx: Context, k: int, sent) -> int | None:
    """A relative clause's subject written as a description and its name between commas
    ("que sa tête de liste, Y, accuse", "que la présidente du groupe, Y, soutient"): at the
    closing comma ``k``, where the description ends (the token before the opening comma);
    None unless a person's name fills the commas exactly."""
    view = ctx.view
    if view.texts[k] != ",":
        return None
    named = ctx.at.get(k - 1)
    if named is None or named.kind != "person" or named.end != k:
        return None
    opening = named.start - 1
    if opening <= sent.start or view.texts[opening] != ",":
        return None
    role = ctx.at.get(opening - 1)
    if role is not None and role.name == named.name and role.end == opening:
        return role.start - 1  # "sa tête de liste", already read as the role of Y
    described = description_start(ctx, max(sent.start, opening - 6), named.start, set())
    return opening - 1 if described is not None else None


def relative_object(ctx: Context, i: int, cue: VerbCue) -> Mention | None:
    """The object a relative pronoun before the cue stands for: its antecedent. "X, que Y
    accuse de …", "le maire sortant, X, qu'il n'a pas soutenu", "c'est X que Y soutiendra"
    (a direct object), "X, à qui Y a apporté son soutien", "X, avec lequel Y refuse toute
    alliance" (after a preposition the cue allows), "X, dont Y désapprouve la stratégie" (the
    owner of the proposal the cue governs).

    Read on the surface, which the parser often gets wrong here: the antecedent's name, a
    comma (or a cleft, or the parser's own relative clause), the relative word, the relative's
    subject (a name, a pronoun, a short description), the verb group, then the cue with no
    direct object of its own. Negation stays the cue's ("qu'il n'a pas soutenu")."""
    view, doc = ctx.view, ctx.doc
    sent = ctx.sents[ctx.sent_of[i]]
    j = _verb_group_start(ctx, i, sent)
    if j is None or _background(ctx, j, i):
        return None
    relatives = RELATIVE_OBJECTS | RELATIVE_PRONOUNS | {"dont"} | set(FUSED_RELATIVES)
    k, lower, apposed = j, max(sent.start, j - 6), None
    while k > lower and view.folded[k] not in relatives:
        past = _subject_apposition(ctx, k, sent)
        if past is not None:  # "X, que sa tête de liste, Y, accuse de …": past ", Y,"
            k, lower, apposed = past, max(sent.start, past - 6), past
            continue
        if view.puncts[k] or (view.pos[k] in {"VERB", "AUX"}):
            return None
        k -= 1
    word = view.folded[k]
    if k >= j or word not in relatives or (apposed is not None and word == "dont"):
        return None  # "P, dont le candidat, Y, a refusé toute liste commune": P owns Y
    prep: list[str] = list(FUSED_RELATIVES.get(word, ()))
    before = k - 1
    if word in RELATIVE_PRONOUNS:
        while before > sent.start and view.pos[before] == "ADP" and len(prep) < 3:
            prep.insert(0, "de" if view.folded[before] == "d" else view.folded[before])
            before -= 1
        if not prep:
            return None  # "X, qui soutient Y": the relative is the subject
    prepositional = word in RELATIVE_PRONOUNS or word in FUSED_RELATIVES
    if prepositional and _head_ok(prep, cue.objects) is None:
        return None
    comma = before > sent.start and view.texts[before] == ","
    last = before - 1 if comma else before
    antecedent = ctx.at.get(last)
    if antecedent is None or antecedent.end != last + 1:
        return None
    cleft = tuple(view.folded[antecedent.start - 2 : antecedent.start]) in CLEFT
    parsed = doc[i].dep_ in {"acl:relcl", "acl"} and ctx.at.get(doc[i].head.i) is not None
    if not (comma or cleft or parsed):
        return None
    if antecedent.kind == "party" and view.folded[antecedent.start - 1] in {"de", "du", "d", "des"}:
        # "au cofondateur de P, qu'il accuse …": the relative is about the cofounder
        antecedent = ctx.at.get(antecedent.start - 2)
        if antecedent is None or antecedent.kind != "person":
            return None
    objects = [  # "accuse de trahison": a "de" complement the parser called an object is none
        c
        for c in doc[i].children
        if c.dep_ == "obj" and c.i > i and not any(d.dep_ == "case" for d in c.children)
    ]
    if word in RELATIVE_OBJECTS:
        after = ctx.at.get(i + 1)
        return antecedent if () in cue.objects and not objects and after is None else None
    if word != "dont":
        return antecedent if ctx.at.get(i + 1) is None else None
    if objects:  # "dont": the antecedent owns what the cue governs
        noun = objects[0]
        owned = not any(c.dep_ == "nmod" for c in noun.children)  # "la stratégie de Z"
        if owned and view.folded[noun.i] in ctx.lexicon.lists["proposal"]:
            return antecedent
    return None


# How many tokens a postposed subject of an object relative may span ("que soutenaient les
# communistes, les radicaux et les Verts"): beyond it the clause has moved on.
MAX_INVERTED_SUBJECT = 16


def inverted_relative(
    ctx: Context, i: int, cue: VerbCue, sent
) -> tuple[Mention | None, list[Mention]] | None:
    """An object relative whose subject follows its verb, as news writes it: "le socialiste X,
    que soutenaient les communistes et les Verts", "X, qu'appuie le PS", "X, qu'ont rallié
    les écologistes": (antecedent, the listed subjects), each subject holding the cue toward
    the antecedent. The antecedent is None when the relative is on a thing ("le programme que
    soutiennent les communistes et les Verts"): then its subjects hold nothing toward one
    another either. None when the cue's clause is not such a relative (a subject before the
    verb is :func:`relative_object`'s), when the cue takes no direct object, or when no
    actor is named right after the verb (adverbs and negation words aside)."""
    if () not in cue.objects:
        return None
    view = ctx.view
    j = _verb_group_start(ctx, i, sent)
    if j is None or view.folded[j] not in RELATIVE_OBJECTS or view.pos[j] not in RELATIVE_TAGS:
        return None
    if "Inf" in feature(ctx.doc[i], "VerbForm") and not _controls_infinitive(ctx, j + 1, i):
        return None  # "…, que soutenir le PS serait une faute": a conjunction, no relative
    holders = _postposed_subjects(ctx, i, sent)
    if not holders:
        return None
    last = j - 1
    if last > sent.start and view.texts[last] == ",":
        last -= 1
    if last > sent.start and view.texts[last] == ")":  # "X (PS), qu'appuie …"
        opening = next(
            (k for k in range(last - 1, max(sent.start, last - 8), -1) if view.texts[k] == "("),
            None,
        )
        last = opening - 1 if opening is not None else last
    antecedent = ctx.at.get(last)
    if antecedent is None or antecedent.end != last + 1 or antecedent.kind not in ACTOR_KINDS:
        return None, holders
    return antecedent, [m for m in holders if m.name != antecedent.name]


ACTOR_KINDS = frozenset({"person", "party"})
# How the tagger marks the relative "que" (it often calls it a conjunction after a comma).
RELATIVE_TAGS = frozenset({"PRON", "SCONJ"})


def _postposed_subjects(ctx: Context, i: int, sent) -> list[Mention]:
    """The actors named as one subject straight after the cue verb ``i`` ("… que soutiennent
    le PCF, La France insoumise et les Verts"): adverbs first ("que ne soutenaient pas
    non plus les Verts"), then noun phrases joined by commas and "et"/"ou", up to the
    clause's end (other punctuation, a verb); a name past a comma with no "et"/"ou" after it
    is the next clause's. Empty when a non-actor word opens it."""
    view = ctx.view
    k = i + 1
    while k < sent.end and view.pos[k] == "ADV":
        k += 1
    found: list[Mention] = []
    before_comma: int | None = None  # how many were named before the first comma
    end = min(sent.end, k + MAX_INVERTED_SUBJECT)
    while k < end:
        if view.pos[k] in {"VERB", "AUX"} or (view.puncts[k] and view.texts[k] != ","):
            break
        if view.texts[k] == "," and before_comma is None:
            before_comma = len(found)
        if view.folded[k] in {"et", "ou"}:
            before_comma = None  # "A, B et C": the commas were the list's
        mention = ctx.at.get(k)
        if mention is not None:
            if mention.kind not in ACTOR_KINDS:
                break
            if mention not in found:
                found.append(mention)
            k = max(k + 1, mention.end)
            continue
        if not found and view.pos[k] not in {"DET", "NOUN", "ADJ", "ADP", "NUM"}:
            return []  # "que soutient désormais à gauche …": no noun phrase opens here
        k += 1
    if before_comma is not None:  # "…, qu'ont rallié les écologistes, X a perdu": the
        found = found[:before_comma]  # name past the comma opens the main clause
    return list({m.name: m for m in found}.values())


def _labels_a_person(ctx: Context, start: int, party: Mention, sent) -> bool:
    """A party written inside a person's description that ends on the person's name ("la
    candidate LR X", "le maire sortant (PS) X", "le candidat investi par LR, X")."""
    for k in range(party.end, min(sent.end, party.end + MAX_DESCRIPTION)):
        mention = ctx.at.get(k)
        if mention is None or mention.kind == "party":
            continue
        if mention.start != k or mention.kind != "person":
            return False
        described = description_start(ctx, start, k, set())
        return described is not None and described < party.start
    return False


def _apposition_end(ctx: Context, start: int, j: int) -> int:
    """Past a short apposition between commas after a listed object, right before the
    coordination ("X, le maire sortant, et Y", "X, 32 ans, et Y"): its closing comma; ``start``
    itself when there is none (it names nobody and holds no verb of its own)."""
    view = ctx.view
    if start >= j or view.texts[start] != ",":
        return start
    for k in range(start + 1, min(j, start + MAX_INCISE + 2)):
        if view.texts[k] == ",":
            return k if k + 1 < j and view.folded[k + 1] in {"et", "ou"} else start
        finite = view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm")
        if view.puncts[k] or ctx.at.get(k) is not None or finite:
            return start
    return start


def _agent_of_noun_participle(ctx: Context, mention: Mention, start: int, skip: set[int]) -> bool:
    """The mention is the agent ("par P") of a participle on a noun for a person after the
    cue ("le candidat investi par P", "la députée soutenue par P"): it acts on that person
    and is not the cue's object. A thing's agent is its owner and stays ("la motion déposée
    par X", "la liste conduite par X"), and so does the cue's own words' ("a rejeté la main
    tendue par X")."""
    view = ctx.view
    k = mention.start - 1
    k -= k > start and view.pos[k] == "DET"
    if k <= start or view.folded[k] != "par":
        return False
    # the parser may hang "par En Marche" on the noun itself
    noun = _person_noun_of_participle(ctx, ctx.doc[k - 1])
    return noun is not None and start <= noun.i < mention.start and noun.i not in skip


def _person_noun_of_participle(ctx: Context, token: Token) -> Token | None:
    """The noun for a person, named by no mention, that the participle ``token`` describes
    ("le candidat investi par P", "la députée soutenue par P"); None for any other token (a
    participle on a thing, "la main tendue par X", is not one)."""
    noun = token.head
    if (
        token.dep_ != "acl"
        or "Part" not in feature(token, "VerbForm")
        or not _written_as_participle(token)
        or noun.pos_ != "NOUN"
        or ctx.at.get(noun.i) is not None
        or not person_noun(ctx, noun.i)
    ):
        return None
    return noun


def _gloss_end(ctx: Context, start: int, sent) -> int | None:
    """The token after a parenthesised gloss that opens at ``start`` ("(EELV)", "(PCF)"): an
    abbreviation or short label of what precedes it, never a new list item."""
    if start >= sent.end or ctx.view.texts[start] != "(":
        return None
    for k in range(start + 1, min(sent.end, start + 6)):
        if ctx.view.texts[k] == ")":
            return k + 1
    return None


def _listed(ctx: Context, mention: Mention, sent) -> bool:
    """A comma-joined name continues a list only if the list goes on after it ("X, Y et Z")."""
    after = _gloss_end(ctx, mention.end, sent) or mention.end
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


def _group_subject(ctx: Context, token: Token) -> End | None:
    """ "certains au PS", "les militants communistes", "les écologistes" -> the party, with the
    group's words."""
    groups = ctx.lexicon.lists["group"]
    words = list(token.subtree)
    party = ctx.party_by_adjective(token.text)
    if party is not None and foreign(ctx, token.i + 1):
        return None  # "les Verts allemands": another country's party
    if (
        party is not None
        and "Sing" in feature(token, "Number")
        and any(c.dep_ == "det" and cfold(c.text) in SINGULAR_DETERMINERS for c in token.children)
    ):
        return None  # "le socialiste", "la frontiste": one of its people, never the party
    if party is not None and token.pos_ in {"NOUN", "PROPN", "ADJ"}:
        text = ctx.doc[words[0].i : words[-1].i + 1].text
        return End(party.name, "party", 0.8, group=text)
    if cfold(token.text) not in groups and cfold(token.lemma_) not in groups:
        return _party_body(ctx, token)
    for t in words:
        if t.i > token.i and cfold(t.text) in GROUP_RELATIVES:
            break  # "les élus que finance P", "les militants qui ont quitté P": not P's group
        mention = ctx.at.get(t.i)
        if mention is not None and mention.kind == "party":
            text = ctx.doc[words[0].i : words[-1].i + 1].text
            return End(mention.name, "party", 0.8, group=text)
        party = ctx.party_by_adjective(t.text)
        if party is not None and not foreign(ctx, t.i + 1):
            text = ctx.doc[words[0].i : words[-1].i + 1].text
            return End(party.name, "party", 0.8, group=text)
    return None


# Words opening a relative inside a group's words: what follows describes the group, it
# does not name its party.
GROUP_RELATIVES = RELATIVE_OBJECTS | RELATIVE_PRONOUNS | {"dont"}
PARTY_BODIES = frozenset(cfold(w) for w in grammar_words("arguments", "party_bodies"))


def _party_body(ctx: Context, token: Token) -> End | None:
    """A party's body as a subject stands for the party: "le parti centriste de l'Union pour
    la démocratie française (UDF) a refusé …", "le groupe socialiste a voté contre …", "la
    fédération LR a exclu …". Only a party named by the body's own complement or adjective
    counts, never one further in its words ("le parti de X, allié du PS": X's, not the PS)."""
    if cfold(token.text) not in PARTY_BODIES or token.pos_ not in {"NOUN", "PROPN"}:
        return None  # (a common noun the tagger sometimes takes for a name after a title)
    for child in token.children:
        mention = ctx.at.get(child.i)
        if child.dep_ in {"nmod", "appos", "flat:name"} and mention is not None:
            if mention.kind != "party" or foreign(ctx, mention.end):
                return None  # "le parti de X": a person's party, not named here
            text = ctx.doc[token.i : mention.end].text
            return End(mention.name, "party", 0.8, group=text)
    for child in token.children:
        party = ctx.party_by_adjective(child.text) if child.dep_ == "amod" else None
        if party is not None and child.i == token.i + 1 and not foreign(ctx, child.i + 1):
            return End(party.name, "party", 0.8, group=f"{token.text} {child.text}")
    return None


def _leader_of(ctx: Context, token: Token) -> End | None:
    """ "La liste écologiste menée par X", "Ses alliés, emmenés par le député X, …", "Les
    insoumis, conduits par X": a list or a group led by a named person acts through its
    leader (the sets' gold takes the leader as the actor, the list's party at most as an
    optional edge). Never a party written by its name ("Les Républicains, dirigés par X"),
    which acts as itself."""
    mention = ctx.at.get(token.i)
    if token.pos_ not in {"NOUN", "ADJ"} or (mention is not None and mention.source != "adjective"):
        return None
    leading = resolution_list("list_leading")
    agreement = (feature(token, "Gender"), feature(token, "Number"))
    participles = [c for c in token.children if c.dep_ == "acl"] + [
        c  # "la liste des Verts menée par X": the participle agrees with the list, not the Verts
        for n in token.children
        if n.dep_ == "nmod"
        for c in n.children
        if c.dep_ == "acl" and (feature(c, "Gender"), feature(c, "Number")) == agreement
    ]
    for child in participles:
        if child.i > token.i + 6 or ctx.view.folded[child.i] not in leading:
            continue
        for agent in child.children:
            if agent.dep_ != "obl:agent":
                continue
            for k in (agent.i, *(c.i for c in agent.children if c.dep_ in {"appos", "flat:name"})):
                led = ctx.at.get(k)  # "par X", "par le député X", "par leur animateur, X"
                if led is not None and led.kind == "person" and led.name:
                    return end_of(led)
    return None


def _resolve_subject_token(ctx: Context, token: Token) -> End | None:
    leader = _leader_of(ctx, token)
    if leader is not None:
        return leader
    mention = ctx.at.get(token.i)
    labelled = _plural_label_name(ctx, mention) if mention is not None else None
    if labelled is not None:  # "Les Verts X et Y soutiennent Z": X (Y is its conjunct)
        return end_of(labelled)
    if mention is not None and mention.source == "adjective":
        return _group_subject(ctx, token)  # "les écologistes": the party, as a group
    if mention is not None and mention.kind == "party" and _labels_one_person(ctx, mention):
        # "la sortante Ensemble d'une circonscription voisine, X, vient soutenir Y": X
        named = _name_set_off_after(ctx, mention.end)
        return end_of(named) if named is not None else None
    if mention is not None:
        return end_of(mention)
    deps = ctx.view.deps
    for j in ctx.children(token.i):  # "La maire de Lille, Martine Aubry, a confirmé …", "Mme X"
        mention = ctx.at.get(j)
        if deps[j] in {"appos", "flat:name"} and mention is not None and mention.kind == "person":
            return end_of(_set_off_after_possessor(ctx, token, mention) or mention)
    named = _name_closing_description(ctx, token)
    if named is not None:  # "la présidente du MoDem X a appelé …": X hangs on "MoDem"
        return end_of(_set_off_after_possessor(ctx, token, named) or named)
    if ctx.in_quote(token.i):  # "« Ma main reste tendue »": the speaker's hand
        quote = ctx.quotes[ctx.quote_of[token.i]]
        if quote.speaker and any(
            c.dep_ == "det" and cfold(c.text) in FIRST_PERSON_POSSESSIVES for c in token.children
        ):
            return End(quote.speaker, "person", quote.confidence * 0.9)
    if cfold(token.text) == "qui":
        head = token.head.head if token.head.dep_ == "acl:relcl" else None
        if head is not None and ctx.at.get(head.i) is not None:
            named = ctx.at[head.i]
            before = ctx.view.folded[named.start - 1] if named.start else ""
            if named.kind == "party" and before in {"de", "du", "d", "des"}:
                # "X, secrétaire national du PCF, qui …": the relative is about X
                sent = ctx.sents[ctx.sent_of[token.i]]
                return _name_before_verb(ctx, token.i, sent, enclosed=False)
            apposed = _apposed_person(ctx, token, named)
            if apposed is None and _completes_a_holder(ctx, named):
                return None  # "la fidèle de X, qui réclame …": the fidèle, whom no name gives
            return end_of(apposed or _nearest_conjunct(ctx, token, named))
        restrictive = ctx.doc[token.i - 1].text != ","  # "la libraire qui", not "…, qui"
        described = _person_before_apposed_noun(ctx, head) if head and restrictive else None
        if described is not None:  # "X, la libraire qui a dit oui à Y": X is the libraire
            return end_of(described)
        k = _before_aside(ctx, token.i - 1)
        last = ctx.at.get(k) if k >= 0 else None
        if last is not None and last.end == k + 1 and not _completes_a_holder(ctx, last):
            return end_of(last)
        return None
    return _group_subject(ctx, token)


SINGULAR_DETERMINERS = grammar_words("arguments", "singular_determiners")


def _possessor(ctx: Context, mention: Mention) -> bool:
    """Whether a name completes a noun through "de", right before it or across a role noun
    and its determiner ("du parti de X", "du ministre X", "de la candidate X")."""
    view = ctx.view
    for k in range(mention.start - 1, max(-1, mention.start - 4), -1):
        if view.folded[k] in COMPLEMENT_LINKS:
            return True
        if view.pos[k] not in {"DET", "NOUN", "ADJ"} or ctx.at.get(k) is not None:
            return False
    return False


def _set_off_after_possessor(ctx: Context, noun: Token, possessor: Mention) -> Mention | None:
    """The name set off by commas right after the possessor of a fronted description: in
    "l'ex-porte-parole du parti de X, Y, a rejoint Z" or "le conseiller de la ministre X, Y,
    soutient Z" the description is Y's and Y is the subject; X, reached through "de", only
    completes the noun. The possessor must follow the subject noun through a complement link,
    and the second name must be closed by punctuation ("…, Y, a …")."""
    view = ctx.view
    if possessor.start <= noun.i or not any(
        view.folded[k] in COMPLEMENT_LINKS for k in range(noun.i + 1, possessor.start)
    ):
        return None
    comma = possessor.end
    if comma + 1 >= len(view.texts) or view.texts[comma] != ",":
        return None
    named = ctx.at.get(comma + 1)
    if named is None or named.kind != "person" or named.start != comma + 1:
        return None
    closed = named.end < len(view.texts) and view.texts[named.end] in {",", "("}
    return named if closed and named.source in WRITTEN_SOURCES else None


HOLDER_UNITS = grammar_words("arguments", "holder_units")
# Lists of nouns that stand for someone other than their complement "de X".
HOLDER_LISTS = (*PERSON_HEADS, "allegiance_nouns", "kin_and_staff")


def _completes_a_holder(ctx: Context, named: Mention) -> bool:
    """Whether a person the parser makes a relative's antecedent only completes, through "de",
    a noun standing for someone else: "la fidèle de X, qui réclame …", "l'entourage de X, qui
    dénonce …", "la direction du parti de X, qui a engagé …". The relative is then the noun's,
    and the sentence names no one for it. A noun of an act or an event ("le soutien de X, qui
    appelle …", "au meeting de X, qui …") leaves X the antecedent."""
    view, lists = ctx.view, ctx.lexicon.lists
    link = named.start - 1
    if named.kind != "person" or link < 1 or view.folded[link] not in COMPLEMENT_LINKS:
        return False
    for n in (3, 2, 1):
        words = view.folded[max(0, link - n) : link]
        for phrase in {" ".join(words), " ".join(map(_singular, words))}:
            if phrase in HOLDER_UNITS or any(phrase in lists[name] for name in HOLDER_LISTS):
                return True
    return False


def _person_before_apposed_noun(ctx: Context, head: Token) -> Mention | None:
    """The person a relative's antecedent noun is apposed to: "X, la libraire qui …", "X, un
    élu discret qui …". The noun phrase opens right after the comma closing X's name, on a
    singular determiner, and names no one itself; the relative follows it with no comma (an
    apposition closed before "qui" is left to the parse: "X, le maire de la commune, qui
    lui avait ouvert les portes du conseil" may be about the commune's past)."""
    if head.pos_ != "NOUN" or ctx.at.get(head.i) is not None:
        return None
    opens = head.left_edge.i
    if ctx.view.folded[opens] not in SINGULAR_DETERMINERS or opens < 2:
        return None
    if ctx.doc[opens - 1].text != ",":
        return None
    mention = ctx.at.get(opens - 2)
    if mention is None or mention.kind != "person" or mention.end != opens - 1:
        return None
    return mention


def _before_aside(ctx: Context, k: int) -> int:
    """The token before the commas and the one short parenthesis that close a name before a
    relative "qui": "X (51 ans), qui a fait alliance avec Y", "X (PS), qui …" (an age, a
    score, a party label in brackets tells nothing of who "qui" is). A parenthesis naming a
    person is left as it is."""
    doc = ctx.doc
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].text == ")":
        for j in range(k - 1, max(-1, k - 8), -1):
            mention = ctx.at.get(j)
            if mention is not None and mention.kind == "person":
                return k
            if doc[j].text == "(":
                k = j - 1
                break
        while k >= 0 and doc[k].text == ",":
            k -= 1
    return k


def _plural_label_name(ctx: Context, party: Mention) -> Mention | None:
    """The first name a plural party label runs straight into ("Les Verts X et Y", "les
    communistes X, Y et Z"): the label says what the listed people are, so they, not the
    party, are the subjects. A comma after the label ("Les Verts, X et Y …") lists the party
    too, and is left to the parse."""
    if party.kind != "party" or party.end >= len(ctx.view.texts):
        return None
    opens = ctx.view.folded[party.start]
    before = ctx.view.folded[party.start - 1] if party.start > 0 else ""
    named = ctx.at.get(party.end)
    if (
        PLURAL_LABEL_DETERMINERS & {opens, before}
        and named is not None
        and named.kind == "person"
        and named.start == party.end
        and named.source in WRITTEN_SOURCES
    ):
        return named
    return None


def _labels_one_person(ctx: Context, party: Mention) -> bool:
    """Whether a party only labels the singular person noun before it ("la sortante
    Ensemble", "le conseiller régional LR"): one of its members, not the party."""
    view, k = ctx.view, party.start - 1
    if k > 0 and view.pos[k] == "ADJ" and ctx.at.get(k) is None:
        k -= 1
    lists = ctx.lexicon.lists
    word = view.folded[k]
    noun = k > 0 and (word in lists["labelled_nouns"] or word in lists["person_nouns"])
    return noun and ctx.at.get(k) is None and view.folded[k - 1] in SINGULAR_DETERMINERS


def _name_set_off_after(ctx: Context, end: int) -> Mention | None:
    """The person's name set off by commas after the rest of a description ending at ``end``
    ("… d'une circonscription voisine, X,"), with no verb or other person before it."""
    view = ctx.view
    for k in range(end, min(len(view.texts) - 1, end + MAX_DESCRIPTION + 4)):
        if view.texts[k] == ",":
            named = ctx.at.get(k + 1)
            if named is None or named.kind != "person" or named.start != k + 1:
                return None
            closed = named.end < len(view.texts) and view.puncts[named.end]
            return named if closed and named.source in WRITTEN_SOURCES else None
        mention = ctx.at.get(k)
        if (
            view.pos[k] in {"VERB", "AUX"}
            or view.puncts[k]
            or (mention is not None and mention.kind == "person")
        ):
            return None
    return None


def _name_closing_description(ctx: Context, token: Token) -> Mention | None:
    """The name a subject noun's description ends on, wherever the parser hung it: in "la
    présidente du MoDem X a appelé …" or "le candidat divers droite X (31 %) a décidé …" the
    name is the apposition of the complement, or a conjunct, not the noun's own child. The
    description must run, as a person's description, from the noun's determiner right up to
    the name (:func:`description_start`), inside the noun's phrase: "la présidente du MoDem
    a appelé X" leaves X the object."""
    if token.pos_ != "NOUN" or token.i in ctx.at:
        return None
    start = token.left_edge.i
    stop = min(token.right_edge.i + 1, token.i + MAX_DESCRIPTION)
    for k in range(token.i + 1, stop):
        mention = ctx.at.get(k)
        if mention is None or mention.kind == "party":
            continue
        if mention.kind != "person" or mention.start != k or mention.source not in WRITTEN_SOURCES:
            return None
        described_by = _name_after_complement(ctx, start, mention)
        if described_by is not None:  # "la conseillère de X Y a quitté …": Y
            return described_by
        described = description_start(ctx, start, k, set())
        if described is None and _swallowed_label(ctx, k):  # "du MoDem X" tagged as one name
            head = _person_head(ctx, start + 1, k)
            links = head is not None and all(ctx.view.folded[j] in LINKS for j in range(head, k))
            swallowed = links
            described = start if swallowed and ctx.view.pos[start] == "DET" else None
        return mention if described is not None and described < token.i else None
    return None


COMPLEMENT_LINKS = grammar_words("arguments", "complement_links")


def _name_after_complement(ctx: Context, start: int, complement: Mention) -> Mention | None:
    """The name right after a person noun's complement that is itself a person: "la
    conseillère de X Y", "le sénateur et proche de X Y", "l'ancien bras droit de X Y" (no
    comma: the second name is the one the whole description, opening at ``start``, is of)."""
    named = ctx.at.get(complement.end)
    if (
        named is None
        or named.kind != "person"
        or named.start != complement.end
        or named.source not in WRITTEN_SOURCES
        or complement.start < 1
        or ctx.view.folded[complement.start - 1] not in COMPLEMENT_LINKS
    ):
        return None
    return named if description_start(ctx, start, complement.start - 1, set()) is not None else None


def _apposed_person(ctx: Context, qui: Token, named: Mention) -> Mention | None:
    """ "Rivale de X, Y, qui soutient Z": the parser hangs the relative on X and makes Y its
    apposition, but one person is never another's apposition: Y, the name right before "qui",
    heads the phrase and is the antecedent (X only completes the fronted adjective)."""
    k = qui.i - 1
    while k >= 0 and ctx.doc[k].text == ",":
        k -= 1
    last = ctx.at.get(k)
    if last is None or last.end != k + 1 or last.kind != "person" or named.kind != "person":
        return None
    first = ctx.doc[last.start]
    apposed = first.dep_ == "appos" and named.start <= first.head.i < named.end
    return last if apposed and last.name != named.name else None


def _nearest_conjunct(ctx: Context, qui: Token, named: Mention) -> Mention:
    """The antecedent of a singular "qui" after a list of names is the last one named: the
    parser hangs the relative on the first conjunct, but "X ou Y qui a rallié Z" says that Y
    rallied. A plural verb ("X et Y qui ont rallié Z") keeps the parser's antecedent.
    """
    verb = qui.head
    if any("Plur" in feature(t, "Number") for t in [verb, *verb.children] if t.dep_ != "obj"):
        return named
    k = qui.i - 1
    while k >= 0 and ctx.doc[k].text == ",":
        k -= 1
    last = ctx.at.get(k)
    if (
        last is None
        or last.end != k + 1
        or last.kind != "person"
        or last.name == named.name
        or last.start <= named.start
    ):
        return named
    first = ctx.doc[last.start]
    if first.dep_ == "conj" and named.start <= first.head.i < named.end:
        return last
    return named


def _with_conjuncts(ctx: Context, token: Token, actor: End) -> list[End]:
    """The subject and the names coordinated with it: "X et Y soutiennent Z"; a group
    word ("Les deux hommes soutiennent Z") stands for every member of its list."""
    found = [actor]
    group = ctx.at.get(token.i)
    if group is not None and group.details.get("group") and group.name == actor.name:
        found += [End(name, "person", actor.confidence) for name in group.details["group"][1:]]
    deps = ctx.view.deps  # (dependents read from the view: a Token only for a conjunct)
    heads = [token] + [  # "Plusieurs élus, notamment X et Y, …": the names apposed to the group
        ctx.doc[j]
        for j in ctx.children(token.i)
        if deps[j] == "appos" and getattr(ctx.at.get(j), "name", None) == actor.name
    ]
    for head in heads:
        for child in (ctx.doc[j] for j in ctx.children(head.i) if deps[j] == "conj"):
            mention = ctx.at.get(child.i)
            if mention is None and child.pos_ == "NOUN":
                # "X et les sénateurs A et B ont …": a plural label and its names
                sent, k = ctx.sents[ctx.sent_of[child.i]], child.left_edge.i
                while k < child.i and ctx.view.folded[k] in COORDINATION:
                    k += 1  # the "et" the parser hangs on the conjunct
                listed = labelled_names(ctx, k, sent.end)
                named = _name_closing_description(ctx, child)  # "et la déléguée du MoDem, Y"
                for mention in listed or ([named] if named is not None else []):
                    if mention.name not in {f.name for f in found}:
                        found.append(end_of(mention))
                continue
            if (
                mention is not None
                and mention.name not in {f.name for f in found}
                and _only_names_between(ctx, _first_end(ctx, head, actor, mention), mention.start)
            ):
                found.append(end_of(mention))
    apposed = [ctx.at[j] for j in ctx.children(token.i) if deps[j] == "appos" and j in ctx.at]
    first = ctx.at.get(token.i) if token.pos_ == "PROPN" else next(iter(apposed), None)
    verb = _verb_after(token)
    if len(found) == 1 and first is not None and first.kind == "person" and verb is not None:
        sent = ctx.sents[ctx.sent_of[token.i]]
        for opener in [m for m in ctx.mentions if sent.start <= m.start < first.start] + [first]:
            listed = _listed_subjects(ctx, opener, verb)  # the parser may pick any name
            if first in listed:
                for mention in listed:
                    if mention.name not in {f.name for f in found}:
                        found.append(end_of(mention))
                return found
    return found


def _first_end(ctx: Context, head: Token, actor: End, conjunct: Mention) -> int:
    """Where the first conjunct ends: after its name when a description heads it ("Le maire
    sortant, X (divers gauche), et …": the description is X's, not a gap), else its head."""
    for token in [head, *head.children]:
        named = ctx.at.get(token.i)
        if named is not None and named.name == actor.name and head.i <= named.end <= conjunct.start:
            return named.end
    return head.i


# Words that join the names of a listed subject ("X, Y ou encore Z", "X ainsi que Y").
LIST_GLUE = grammar_words("arguments", "list_glue")
# Prepositions of a short place or post complement after each listed name ("X à Lyon", "Y au
# Sénat", "Z en Bretagne").
PLACE_PREPOSITIONS = frozenset({"a", "au", "aux", "en", "dans"})


def _verb_after(token: Token) -> Token | None:
    """The verb a subject's name belongs to, after it: its head, or, when the parser hung the
    name on its description ("l'ancienne ministre de la Santé Y, …, ont rallié Z"), the head
    of that description."""
    head = token.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return head if head.i > token.i else None
        head = head.head
    return None


def _listed_subjects(ctx: Context, first: Mention, verb: Token) -> list[Mention]:
    """ "X à Lyon, Y à Dijon et Z à Brest ont apporté leur soutien à W", "Les deux élus, X au
    conseil régional et Y au Sénat, ont refusé …": a list of names, each with at most a short
    place or post complement, running from the first subject to the verb group of a plural
    verb, has every name for subject (the parser keeps one, or hangs the others on a
    complement). Empty when anything else stands in the list ("X, rivale de Y, …", "X avec Y").
    """
    view = ctx.view
    group = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if not any("Plur" in feature(t, "Number") for t in group):
        return []
    if first.start > 0 and view.pos[first.start - 1] == "ADP":
        return []  # "X, rival de Y, et Z ont …": Y completes a noun, it is no subject
    names = [first]
    k = first.end
    while k < verb.i:
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person" and mention.start == k:
            if view.folded[k - 1] not in LIST_GLUE and view.texts[k - 1] not in {",", ")"}:
                return []
            names.append(mention)
            k = mention.end
        elif mention is not None and mention.kind == "party":
            k = mention.end  # "(PS)", "LR"
        elif view.texts[k] == "," and _listed_aside(ctx, k, verb.i) is not None:
            k = _listed_aside(ctx, k, verb.i)  # "X, tête de liste LR, et Y, qui conduisait …,"
        elif view.texts[k] in {",", "(", ")"} or view.folded[k] in LIST_GLUE:
            k += 1
        elif view.pos[k] == "DET" and (view.texts[k - 1] == "," or view.folded[k - 1] in LIST_GLUE):
            described = _described_name(ctx, k, verb.i)
            if described is None:
                return []
            mention, own = described
            if own:
                names.append(mention)  # "…, l'ancien ministre du Budget Y, et Z ont …"
            k = mention.end  # "…, et l'ancien proche de W, ont …": a subject, not W
        elif view.folded[k] in PLACE_PREPOSITIONS:
            k += 1  # "à Lyon", "au conseil régional": nouns, adjectives, names of places
            start = k
            while k < verb.i and k - start < 4 and view.pos[k] in {"DET", "NOUN", "PROPN", "ADJ"}:
                if ctx.at.get(k) is not None and ctx.at[k].kind == "person":
                    return []
                k += 1
            if k == start:
                return []
        elif len(names) > 1 and (view.pos[k] in {"AUX", "ADV"} or view.folded[k] in CLITIC_WORDS):
            k += 1  # the verb group: "n'ont pas hésité"
        else:
            return []
    return names if len({m.name for m in names}) > 1 else []


def _listed_aside(ctx: Context, comma: int, limit: int) -> int | None:
    """The closing comma of an aside after a listed name ("X, tête de liste LR, et Y", "Y, qui
    conduisait la liste centriste, ont …"): no person named inside, no other mark, and a
    finite verb only in a relative clause that opens it; None when there is no such aside."""
    view = ctx.view
    relative = view.folded[comma + 1] in {"qui", "dont"}
    for j in range(comma + 1, min(limit, comma + MAX_INCISE + 2)):
        if view.texts[j] == ",":
            return j if j > comma + 1 else None
        mention = ctx.at.get(j)
        if mention is not None and mention.kind == "person":
            return None
        finite = view.pos[j] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[j], "VerbForm")
        if (view.puncts[j] and view.texts[j] not in {"(", ")", "-", "'", "%"}) or (
            finite and not relative
        ):
            return None
    return None


# Longest description before a listed name ("l'ancienne secrétaire d'État aux Affaires
# sociales Y").
LISTED_DESCRIPTION = 9


def _described_name(ctx: Context, k: int, limit: int) -> tuple[Mention, bool] | None:
    """The person named at the end of a description that opens at the determiner ``k`` of a
    list ("l'ancien ministre du Budget Y", "la députée PS Y"): determiners, adjectives,
    nouns, prepositions and parties only, no other person inside. The flag says whether the
    name is the described person, not one that completes the description's noun ("l'ancien
    proche de Y": an unnamed subject, and Y someone else)."""
    view = ctx.view
    for j in range(k + 1, min(limit, k + LISTED_DESCRIPTION)):
        mention = ctx.at.get(j)
        if mention is not None and mention.kind == "person":
            own = view.folded[j - 1] not in {"de", "d", "du", "des"}
            return (mention, own) if mention.start == j else None
        if mention is None and view.pos[j] not in {"DET", "ADJ", "NOUN", "ADP"}:
            return None
    return None


def _only_names_between(ctx: Context, start: int, end: int) -> bool:
    """Only names, commas, glosses and coordination between two conjuncts ("X, Y et Z",
    "X (PS) et Y"): not "X, tête de liste d'Europe Écologie-Les Verts", which the parser may
    take for a coordination."""
    view = ctx.view
    k = start
    while k < end:
        if view.texts[k] == "(":
            k = _gloss_close(ctx, k, end)  # "X (divers gauche, ex-PS) et Y"
        elif not (
            ctx.at.get(k) is not None
            or view.texts[k] in {",", ")"}
            or view.folded[k] in COORDINATION
            or view.pos[k] == "DET"
        ):
            return False
        k += 1
    return True


MAX_GLOSS = 8


def _gloss_close(ctx: Context, opening: int, end: int) -> int:
    """The ")" closing a short gloss in brackets that holds no verb ("(divers gauche,
    ex-PS)", "(57 ans)"), or ``opening`` itself when there is none."""
    view = ctx.view
    for k in range(opening + 1, min(end, opening + MAX_GLOSS + 2)):
        if view.texts[k] == ")":
            return k
        if view.pos[k] in {"VERB", "AUX"} or view.texts[k] == "(":
            return opening
    return opening


def _name_before_verb(ctx: Context, i: int, sent, enclosed: bool) -> End | None:
    """The name right before the verb group of the cue ("X ne le votera pas"); with
    ``enclosed``, a name between commas ("…, X, a dénoncé")."""
    view = ctx.view
    token = ctx.doc[i]
    if token.pos_ == "NOUN" and token.head.pos_ == "VERB" and token.head.i < i:
        i = token.head.i  # "a apporté son soutien à X": the verb group of the carrying verb
    j = i - 1
    judged = token.pos_ == "ADJ"  # "X juge impossible une alliance avec Y" ("juge" as a noun)
    speech = ctx.lexicon.lists["speech"]
    while j >= sent.start and ctx.at.get(j) is None:
        if view.pos[j] in {"AUX", "ADV"} or view.folded[j] in CLITIC_WORDS:
            j -= 1
            continue
        if view.folded[j] in EMPHATIC and view.folded[j + 1] in {"aussi", "meme"}:
            j -= 1  # "X a elle aussi appelé …"
            continue
        if judged and j == i - 1 and (view.folded[j] in speech or view.lemmas[j] in speech):
            j -= 1
            continue
        skipped = _adverbial_before(ctx, j, sent)  # "X a au contraire fustigé …"
        if skipped is None:
            break
        j = skipped
    if enclosed:
        if j < sent.start or view.texts[j] != ",":
            return None
        j -= 1
    else:
        # "X, ancien porte-parole de Y, qui …, lorgne vers Z": skip appositions back to X
        for _ in range(3):
            if not (j > sent.start and view.texts[j] == ","):
                break
            k = j - 1
            while k > max(sent.start, j - 16) and view.texts[k] != ",":
                if view.puncts[k] and view.texts[k] not in QUOTE_MARKS | INNER_MARKS:
                    break
                k -= 1
            if view.texts[k] != ",":
                break
            mention = ctx.at.get(k - 1)
            inner = ctx.at.get(j - 1)
            if (
                mention is not None
                and inner is not None
                and inner.kind == "person"
                and (inner.start, inner.end) == (k + 1, j)
                and _possessor(ctx, mention)
            ):
                j -= 1  # "La porte-parole du ministre X, Y, votera …": Y, set off after X
                break
            if mention is not None and mention.end == k:
                j = k - 1
                break
            j = k
        if j >= sent.start and ctx.at.get(j) is None and view.texts[j] != ",":
            j = _unclosed_aside(ctx, j, i, sent)
    mention = ctx.at.get(j) if j >= sent.start else None
    if mention is None or mention.end != j + 1 or ctx.in_quote(j) != ctx.in_quote(i):
        return None
    if enclosed and not (mention.start > sent.start and view.texts[mention.start - 1] == ","):
        return None
    if _agent_of_other(ctx, mention.start, sent) or _completes_noun(ctx, mention, i, sent):
        return None
    if _inverted_relative_subject(ctx, mention.start, sent):
        return None
    return end_of(mention)


def _completes_noun(ctx: Context, mention: Mention, i: int, sent) -> bool:
    """Whether the name before the verb completes the noun the sentence opens on ("L'amie de
    X votera pour Y", "Un collaborateur de X soutient Y", "La lettre de X à Y a été critiquée
    par Z"): the parser often leaves such a noun without a verb and hangs the verb on the name,
    but the one who acts (or is acted upon) is the friend or the letter, not X or Y."""
    view = ctx.view
    k = mention.start - 1
    if k <= sent.start or view.folded[k] not in DE_A:
        return False
    if view.folded[mention.start] not in cfold(mention.name).split():
        return False  # "la secrétaire du PS Anne Berthier": the mention opens on its label
    k -= 1
    while k >= sent.start:
        other = ctx.at.get(k)
        if other is not None:  # "de X à Y": past X and its own preposition
            k = other.start - 1
            if k < sent.start or view.folded[k] not in DE_A:
                return False
            k -= 1
            continue
        if view.pos[k] == "ADJ":
            k -= 1  # "l'ancienne attachée parlementaire de X"
            continue
        break
    if k < sent.start or view.pos[k] != "NOUN":
        return False
    return complement_of_noun(ctx, end_of(mention), [ctx.doc[k]], i) or (
        view.folded[mention.start - 1] not in {"de", "du", "d", "des"}
        and not any(view.texts[j] == "," for j in range(k, mention.start))
    )


MAX_ASIDE = 14


def _unclosed_aside(ctx: Context, j: int, i: int, sent) -> int:
    """The last token of the name an aside follows when news leaves the aside's closing comma
    out: "X, arrivée troisième avec 8 % des voix soutient Y", "X, candidate dans la 3e
    circonscription appelle à voter Y". The aside opens on a comma right after a person's name
    that no finite verb precedes in the sentence (else the name may be that verb's object:
    "Z a salué X, arrivée troisième"), and holds no person, no finite verb and no clause mark
    up to the cue's verb group, which must be finite. ``j`` itself when there is none."""
    view, doc = ctx.view, ctx.doc
    for c in range(j, max(sent.start, j - MAX_ASIDE), -1):
        if view.texts[c] == ",":
            named = ctx.at.get(c - 1)
            if (
                named is None
                or named.kind != "person"
                or named.end != c
                or c + 1 > j
                or _finite_before(ctx, sent.start, named.start)
            ):
                return j
            # the cue's verb group last: its morphology makes Tokens, and few asides qualify
            verb = doc[i].head if doc[i].pos_ == "NOUN" and doc[i].head.i < i else doc[i]
            return c - 1 if _finite_group(verb) else j
        mention = ctx.at.get(c)
        if mention is not None and mention.kind == "person":
            return j
        if view.folded[c] in RELATIVE_PRONOUNS | RELATIVE_OBJECTS | {"dont", "quand", "si"}:
            return j
        if view.pos[c] in {"VERB", "AUX"} and "Fin" in feature(doc[c], "VerbForm"):
            return j
        if view.puncts[c] and view.texts[c] not in INNER_MARKS:
            return j
    return j


def _agent_of_other(ctx: Context, start: int, sent) -> bool:
    """ "La liste soutenue par X a rallié Y": a name right before the verb that is the agent
    of a participle ("par X", "par le député X") describes the real subject, which X only
    backs. A participle of leading ("la liste menée par X") is the exception: a list acts
    through its leader."""
    view = ctx.view
    k = start - 1
    while k > sent.start and k > start - 4 and view.pos[k] in {"DET", "NOUN", "ADJ"}:
        k -= 1
    if k <= sent.start or view.folded[k] != "par":
        return False
    return view.folded[k - 1] not in resolution_list("list_leading")


def _inverted_relative_subject(ctx: Context, start: int, sent) -> bool:
    """ "Les électeurs que soutient P se mobilisent pour Y": a name right before the verb that
    is the inverted subject of a relative ("que" and its verb, with at most an auxiliary and a
    determiner, just before the name) belongs to the relative; the main verb's subject is the
    noun the relative describes. A relative of leading ("la liste que conduit X") is the
    exception, as with an agent (:func:`_agent_of_other`)."""
    view = ctx.view
    k = start - 1
    if k > sent.start and view.pos[k] == "DET":
        k -= 1
    verb = k
    if k - 1 > sent.start and view.pos[k - 1] == "AUX":  # "qu'a réunis X"
        k -= 1
    if k - 1 <= sent.start or view.folded[k - 1] not in RELATIVE_OBJECTS:
        return False
    if view.puncts[verb] or ctx.at.get(verb) is not None:
        return False
    return view.folded[verb] not in resolution_list("list_leading")


def _adverbial_before(ctx: Context, j: int, sent) -> int | None:
    """The token before an adverbial phrase ending at ``j`` ("au contraire", "de son côté",
    "pour sa part", "quant à lui"), or None."""
    for phrase in ctx.lexicon.phrases["adverbials"]:
        n = len(phrase)
        start = j - n + 1
        if start >= sent.start and tuple(ctx.view.folded[start : j + 1]) == phrase:
            return start - 1
    return None


def _apposed_to(ctx: Context, i: int, sent) -> End | None:
    """The person right before the comma that opens the apposition holding token ``i``
    (no finite verb and no other comma in between; the cue itself not a finite verb)."""
    cue = ctx.doc[i]
    if (
        "Fin" in feature(cue, "VerbForm")
        or not _written_as_participle(cue)
        or cue.text.lower().endswith(FUTURE_ENDINGS)  # "X, qui a battu Y, soutiendra Z"
    ):
        return None
    after = ctx.at.get(i + 1)
    if cue.pos_ == "NOUN" and after is not None and after.start == i + 1 and after.kind == "person":
        return None  # "X, proche de Y, critique Z": a verb the tagger took for a noun
    for j in range(i - 1, sent.start, -1):
        token = ctx.doc[j]
        if token.pos_ in {"VERB", "AUX"} and "Fin" in feature(token, "VerbForm"):
            return None
        if ctx.at.get(j) is not None:
            return None
        if token.text == ",":
            mention = ctx.at.get(j - 1)
            if (
                mention is not None
                and mention.kind == "person"
                and mention.end == j
                and not _completes_noun(ctx, mention, i, sent)  # "L'amie de X, ralliée à Y"
            ):
                return end_of(mention)
            return None
    return None


def _listed_with(ctx: Context, named: End, i: int, sent) -> list[End]:
    """A subject found before the verb and the names listed with it: "Plusieurs élus,
    notamment X et Y, ont rejoint Z" (the group noun is the parsed subject, X and Y its
    examples)."""
    mention = next(
        (m for m in reversed(ctx.mentions) if sent.start <= m.start < i and m.name == named.name),
        None,
    )
    if mention is None:
        return [named]
    return _with_conjuncts(ctx, ctx.doc[mention.start], named)


def _detached_present_participle(ctx: Context, token: Token, described: Mention) -> bool:
    """ "Y a pris ses distances avec X, jugeant …": a present participle after a comma that
    closes the object of a clause is about that clause's subject, not about X."""
    if "Pres" not in feature(token, "Tense") or "Part" not in feature(token, "VerbForm"):
        return False
    head = ctx.doc[described.start].head
    return (
        token.i > described.end
        and ctx.view.texts[described.end] == ","
        and head.pos_ in {"VERB", "AUX"}
        and head.i < described.start
        and any(c.dep_ in SUBJECT_DEPS for c in head.children)
    )


def _list_glue(ctx: Context, k: int) -> bool:
    """Commas, parentheses and coordination between listed names, or the verb group's
    auxiliaries, adverbs and clitics after them."""
    view = ctx.view
    if view.texts[k] in {",", "(", ")"} or view.folded[k] in COORDINATION:
        return True
    return view.pos[k] in {"AUX", "ADV"} or view.folded[k] in CLITIC_WORDS


def _labelled_list(ctx: Context, i: int, sent) -> list[End]:
    """ "Les sénateurs LR A, B et C soutiennent Z", "Les écologistes A et B ont rejoint Z": a
    sentence opening on a plural noun (and its labels) followed by nothing but a list of names
    up to the cue's verb group has every listed name for subject (the parser often keeps only
    one). Empty when anything else stands between ("Les proches de A et B …")."""
    view, doc = ctx.view, ctx.doc
    start = sent.start
    if i - start < 4 or view.folded[start] not in {"les", "des"}:
        return []
    verb = i
    if doc[i].pos_ in {"NOUN", "ADJ"} and doc[i].head.pos_ == "VERB" and doc[i].head.i < i:
        verb = doc[i].head.i  # "ont apporté leur soutien à Z"
    k = start + 1
    group = ctx.at.get(k)
    plural = "Plur" in feature(doc[k], "Number")
    if not plural or not (view.pos[k] == "NOUN" or (group is not None and group.kind == "party")):
        return []
    k = group.end if group is not None else k + 1
    names: list[Mention] = []
    while k < verb:
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person":
            names.append(mention)
            k = mention.end
        elif mention is not None and mention.kind == "party":
            k = mention.end  # "LR", "(PCF)"
        elif not names and (view.pos[k] == "ADJ" or ctx.party_by_adjective(view.texts[k])):
            k += 1  # "Les députés socialistes A et B"
        elif names and _list_glue(ctx, k):
            k += 1
        else:
            return []
    if len({m.name for m in names}) < 2 or ctx.in_quote(names[0].start) != ctx.in_quote(i):
        return []
    found: list[End] = []
    for mention in names:
        if mention.name not in {f.name for f in found}:
            found.append(end_of(mention))
    return found


def aside_end(ctx: Context, comma: int, end: int) -> int | None:
    """The token after an aside between commas that opens at ``comma`` and sits between a noun
    and its complement ("le soutien, manifesté par leur présence, de X", "le ralliement,
    annoncé lundi, de X"): it names nobody and holds no finite verb nor clause mark. None when
    there is no such aside."""
    view, doc = ctx.view, ctx.doc
    if comma >= end or view.texts[comma] != ",":
        return None
    for k in range(comma + 1, min(end, comma + MAX_ASIDE + 1)):
        if view.texts[k] == ",":
            return k + 1 if k > comma + 1 else None
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person":
            return None
        if view.puncts[k] and view.texts[k] not in INNER_MARKS:
            return None
        if view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(doc[k], "VerbForm"):
            return None
        if view.folded[k] in RELATIVE_PRONOUNS | RELATIVE_OBJECTS | {"dont", "et"}:
            return None
    return None


PLURAL_OPENERS = frozenset({"les", "des", "aux", "ses", "leurs", "deux", "trois", "quatre"})


def labelled_names(ctx: Context, k: int, end: int) -> list[Mention]:
    """ "des députés A et B", "les anciens ministres A, B et C", "aux sénateurs LR A et B": a
    plural label for persons opening at ``k`` (a plural determiner, a plural noun, then its
    party or adjectives) followed by nothing but a list of names, which ends on "et" and its
    name. Every listed name, or none when anything else stands in the list ("des proches de A
    et B": A is a complement, not one of the label's persons)."""
    view, doc = ctx.view, ctx.doc
    if k >= end or view.folded[k] not in PLURAL_OPENERS:
        return []
    k += 1
    while k < end and (view.folded[k] in ctx.lexicon.lists["former"] or view.pos[k] == "NUM"):
        k += 1  # "des anciens ministres", "les deux députés"
    if k >= end or ctx.at.get(k) is not None:
        return []
    if view.pos[k] != "NOUN" or "Plur" not in feature(doc[k], "Number"):
        return []
    k += 1
    names: list[Mention] = []
    while k < end:
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person" and mention.start == k:
            if mention.source not in WRITTEN_SOURCES:
                return []
            names.append(mention)
            k = mention.end
            if len(names) > 1 and view.folded[mention.start - 1] in {"et", "ou"}:
                break  # "… et C": the last of the list
        elif mention is not None and mention.kind == "party" and not names:
            k = mention.end  # "les sénateurs LR A et B"
        elif not names and (view.pos[k] == "ADJ" or ctx.party_by_adjective(view.texts[k])):
            k += 1  # "les députés socialistes A et B"
        elif names and (view.texts[k] in {",", "(", ")"} or view.folded[k] in {"et", "ou"}):
            k += 1
        elif names and mention is not None and mention.kind == "party":
            k = mention.end  # "A (PS) et B"
        else:
            break
    return names


def _reported_pact(ctx: Context, verb: Token) -> bool:
    """ "X a confirmé qu'un accord avait été passé avec Y", "X annonce qu'une alliance a été
    conclue avec Y": a pact told in the passive with no agent, in the complement of a verb of
    decision or announcement (``[lists] pact_made``), is the pact of the one who announces
    it. Not "le préfet a confirmé …" (nobody named), nor "X a dénoncé …" (another verb)."""
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or "Pass" in feature(verb, "Voice")
    agent = any(c.dep_ == "obl:agent" for c in verb.children)
    return (
        passive
        and not agent
        and verb.dep_ == "ccomp"
        and cfold(verb.head.lemma_) in ctx.lexicon.lists["pact_made"]
    )


def passive_group(ctx: Context, i: int) -> set[int]:
    """The passive verb group a noun cue is the subject of ("un accord avait été passé avec
    Y"): its words stand between the cue and its object without ending the gap."""
    view = ctx.view
    if view.pos[i] != "NOUN" or view.deps[i] not in SUBJECT_DEPS or view.heads[i] < i:
        return set()
    head = ctx.doc[view.heads[i]]
    if not (any(c.dep_ == "aux:pass" for c in head.children) or "Pass" in feature(head, "Voice")):
        return set()
    return {head.i} | {c.i for c in head.children if c.dep_.startswith("aux") and c.i > i}


def _misparsed_subject(ctx: Context, verb: Token, subject: Token) -> bool:
    """A "subject" the parser got wrong in news sentences: a fronted adverbial phrase ("Mais
    après ses déclarations sur X, la secrétaire Y a appelé …": a subject takes no
    preposition), or the object of a verb that follows a name and its aside ("X, arrivée
    troisième avec 9 %, soutient Y", parsed with Y as an inverted subject). An inversion after
    a quotation ("« … », soutient Y") or with an object of its own is a real one."""
    if subject.i < verb.i:
        named = ctx.at.get(subject.i)
        if named is not None and _inverted_relative_subject(
            ctx, named.start, ctx.sents[ctx.sent_of[subject.i]]
        ):
            return True  # "Les associations qu'a soutenues X rejettent Y": X is the relative's
        return any(
            c.dep_ == "case" and c.pos_ == "ADP" and cfold(c.text) not in {"de", "d", "du", "des"}
            for c in subject.children
        )
    return inverted_after_aside(ctx, verb.i)


def inverted_after_aside(ctx: Context, i: int) -> bool:
    """Whether the name after the verb at ``i`` that the parser made its subject is its object:
    the verb follows a comma closing an aside, no quotation opens the sentence before it, and
    it has no object of its own ("X, arrivée troisième, soutient Y")."""
    view = ctx.view
    sent = ctx.sents[ctx.sent_of[i]]
    if view.pos[i] != "VERB" or any(view.deps[c] == "obj" for c in ctx.children(i)):
        return False
    subjects = [c for c in ctx.children(i) if view.deps[c] in SUBJECT_DEPS]
    if not subjects or min(subjects) < i:  # a subject before the verb is the subject
        return False
    j = i - 1
    while j > sent.start and (view.pos[j] in {"AUX", "ADV"} or view.folded[j] in CLITIC_WORDS):
        j -= 1
    if view.texts[j] != "," or any(view.texts[k] in QUOTE_MARKS for k in range(sent.start, i)):
        return False
    return _name_before_verb(ctx, i, sent, enclosed=False) is not None


def _finite_before(ctx: Context, start: int, end: int) -> bool:
    """A finite verb between ``start`` and ``end``: the clause a participle aside hangs on
    ("Y a salué X, soutenu par Z"). Without one, an ambiguous form after the aside is the
    main verb ("X, candidate face à Y, rejoint Z": "rejoint" is finite)."""
    return any(
        ctx.view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm")
        for k in range(start, end)
    )


def _main_verb_after_relative(ctx: Context, verb: Token) -> bool:
    """ "Rivale de X, Y, qui a perdu la primaire, appelle à voter pour Z": a finite verb after
    the comma that closes a relative clause, hung by the parser on the relative's verb, is the
    sentence's main verb: its subject is never the relative's antecedent as parsed, but the
    name the relative follows."""
    view, head = ctx.view, verb.head
    start = verb.i - 1  # the verb group: "a lui aussi décidé"
    while start > head.i and (
        view.pos[start] in {"AUX", "ADV"} or view.folded[start] in CLITIC_WORDS | EMPHATIC
    ):
        start -= 1
    if not (
        verb.dep_ in {"advcl", "conj", "parataxis"}
        and head.i < start
        and _finite_group(verb)
        and view.texts[start] == ","
    ):
        return False
    if head.dep_ == "acl:relcl":
        return True
    k = start - 1  # or a clause opening on "qui"/"dont" after a comma, whatever its parse
    while k > head.i - 12 and k > 0 and view.texts[k] != ",":
        k -= 1
    return view.texts[k] == "," and k < head.i and view.folded[k + 1] in {"qui", "dont"}


def _finite_group(verb: Token) -> bool:
    """Whether the verb or one of its auxiliaries is finite ("a appelé", "soutient")."""
    group = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Fin" in feature(t, "VerbForm") for t in group)


def _relative_without_pronoun(ctx: Context, verb: Token) -> bool:
    """ "X, quant à elle, a appelé à voter Y", "X, de son côté, a …": the parser hangs a main
    verb that follows a name and a short aside on the name as a relative clause. A relative
    opens on a relative word; with none between the name and a finite verb, the name is the
    verb's subject (``_name_before_verb`` then checks the aside)."""
    view, head = ctx.view, verb.head
    if head.i >= verb.i or not _finite_group(verb) or ctx.at.get(head.i) is None:
        return False
    return not any(
        view.folded[k] in RELATIVE_PRONOUNS | RELATIVE_OBJECTS | {"dont"}
        or (ctx.doc[k].pos_ in {"VERB", "AUX"} and ctx.doc[k].head.i != verb.i)
        for k in range(head.i + 1, verb.i)
    )


def _named_before_relative(ctx: Context, verb: Token) -> Mention | None:
    """ "…, alors que X, qui était resté discret sur …, a appelé à voter Y": the subject of a
    finite verb that follows a second clause's subject and the relative describing it. The
    parser hangs such a verb on the first clause (or takes the first clause's subject for its
    own); the name opening the second clause, after a conjunction and before the relative, is
    its subject: the comma closing the relative is the last token before the verb group."""
    view = ctx.view
    sent = ctx.sents[ctx.sent_of[verb.i]]
    if view.pos[verb.i] not in {"VERB", "AUX"}:
        return None
    start = verb.i - 1
    while start > sent.start and (
        view.pos[start] in {"AUX", "ADV"} or view.folded[start] in CLITIC_WORDS
    ):
        start -= 1
    if view.texts[start] != ",":
        return None
    k = start - 1
    while k > max(sent.start, start - MAX_ASIDE) and view.texts[k] != ",":
        k -= 1
    # the verb's form last: reading its and its auxiliaries' morphology makes Tokens, and
    # few verbs follow a comma closing a relative
    if view.texts[k] != "," or view.folded[k + 1] not in {"qui", "dont"} or not _finite_group(verb):
        return None
    named = ctx.at.get(k - 1)
    if named is None or named.kind != "person" or named.end != k or named.start <= sent.start:
        return None
    before = ctx.doc[named.start - 1]
    if before.pos_ in {"SCONJ", "CCONJ"} or view.folded[before.i] in {"que", "qu"}:
        return named
    return None


def _quoted_away(ctx: Context, subject: Token, verb: Token) -> bool:
    """ "« X ment aux Français », a dénoncé Y": the parser makes the quotation's name the
    subject of the verb that reports it. A subject inside a quotation is never that of a verb
    outside it, unless the quotation is only that name (« Place publique » soutient X)."""
    if ctx.in_quote(subject.i) == ctx.in_quote(verb.i) or not ctx.in_quote(subject.i):
        return False
    quote = ctx.quotes[ctx.quote_of[subject.i]]
    named = ctx.at.get(subject.i)
    return not (named is not None and named.start == quote.start + 1 and named.end == quote.end - 1)


def _fronted_word(ctx: Context, token: Token, sent) -> bool:
    """ "Fidèle à X, Y, arrivée troisième …, soutient Z": a capitalised adjective opening the
    sentence and followed by its preposition, which the parser takes for a proper noun and
    the subject. It names nobody (no mention), so it is no subject, like a fronted noun."""
    return (
        token.i == sent.start
        and token.pos_ == "PROPN"
        and ctx.at.get(token.i) is None
        and token.i + 1 < sent.end
        and ctx.doc[token.i + 1].pos_ == "ADP"
    )


# Third-person subject pronouns and their number.
PRONOUN_NUMBER = {"il": "Sing", "elle": "Sing", "ils": "Plur", "elles": "Plur"}


def _reported_by_subject(ctx: Context, clause: Token, subjects: list[Token]) -> bool:
    """ "Ses alliés, emmenés par X, ont fait savoir qu'ils ne voteraient pas pour Y": a
    pronoun subject that no earlier step bound, in a clause reported by an earlier verb of the
    same sentence whose own subject agrees in number and gender, is that subject (French
    reported speech keeps the reporter as "il"). Only then: a pronoun bound to someone else
    keeps its binding, and "X a dit qu'elles …" after a singular X is somebody else."""
    if len(subjects) != 1 or clause.dep_ != "ccomp":
        return False
    if clause.head.pos_ not in {"VERB", "AUX"} or clause.head.i > clause.i:
        return False
    pronoun = subjects[0]
    number = PRONOUN_NUMBER.get(cfold(pronoun.text))
    if number is None or ctx.at.get(pronoun.i) is not None:
        return False
    reporters = [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i]
    if len(reporters) != 1 or reporters[0].pos_ == "PRON":
        return False
    reporter = reporters[0]
    plural = "Plur" in feature(reporter, "Number") or any(  # "X et Y", not "Le maire, X"
        c.dep_ == "conj" and any(cc.dep_ == "cc" for cc in c.children) for c in reporter.children
    )
    gender = feature(reporter, "Gender")
    feminine = cfold(pronoun.text).startswith("elle")
    if (feminine and "Masc" in gender) or (number == "Sing" and not feminine and "Fem" in gender):
        return False
    return (number == "Plur") == plural


NOBODY = End("", "person", 0.0)


def _participle_noun_holder(ctx: Context, token: Token) -> End | None:
    """The person a participle on a noun for a person describes ("le candidat investi par P,
    X": X; "X, candidat investi par P": X), or :data:`NOBODY` when the noun names no one ("il
    votera pour le candidat investi par P" is not his investiture). None: not such a
    participle (a participle on a thing, "la main tendue par X", keeps the clause's subject)."""
    head = _person_noun_of_participle(ctx, token)
    if head is None:
        return None
    if head.dep_ == "appos":
        mention = ctx.at.get(head.head.i)
        if mention is not None and mention.kind == "person":
            return end_of(mention)
    for child in head.children:
        mention = ctx.at.get(child.i)
        if child.dep_ == "appos" and mention is not None and mention.kind == "person":
            return end_of(mention)
    return NOBODY


# How French past participles end ("rallié", "soutenus", "exclue", "dit", "mis", "ouverte").
PARTICIPLE_ENDINGS = (
    "é",
    "és",
    "ée",
    "ées",
    "i",
    "is",
    "ie",
    "ies",
    "u",
    "us",
    "ue",
    "ues",
    "t",
    "ts",
    "te",
    "tes",
    "s",
    "se",
    "ses",
)


# How the future and the conditional end ("soutiendra", "voteront", "rallierait"): a verb so
# spelt is finite whatever the tagger says (it leaves rare futures without a tag at all).
FUTURE_ENDINGS = ("ra", "ront", "rait", "raient")


def _written_as_participle(token: Token) -> bool:
    """Whether a verb the tagger calls a participle is spelt like one: the tagger takes a future
    for a past participle ("L'amie de X votera pour Y", hung on X), and a participle gives the
    noun it hangs on as the one who acts, a finite verb never does."""
    return "Part" not in feature(token, "VerbForm") or token.text.lower().endswith(
        PARTICIPLE_ENDINGS
    )


def _agrees(participle: Token, noun: Token) -> bool:
    """Number and gender, where both are tagged, are the same ("les élus ralliés", not "des
    voix, rejoint")."""
    return all(
        not feature(participle, f)
        or not feature(noun, f)
        or feature(participle, f) == feature(noun, f)
        for f in ("Number", "Gender")
    )


def _participle_noun(token: Token) -> Token | None:
    """The common noun a participle describes ("les centristes ralliés à Y", "son camarade,
    soutenu par Z, …"), which is who did it, never the clause's subject: the noun the parser
    hangs it on, or the noun right before a bare past participle that the parser hung on the
    verb ("hésite entre A et les centristes ralliés à Y", parsed as an adverbial clause)."""
    if (
        token.dep_ == "amod"
        and token.pos_ == "ADJ"
        and token.head.pos_ == "NOUN"
        and token.text.rstrip("s").endswith(("é", "ée"))
    ):
        return token.head  # "les élus ralliés à Y", the participle tagged as an adjective
    if (
        "Part" not in feature(token, "VerbForm")
        or "Past" not in feature(token, "Tense")
        or not _written_as_participle(token)
        or any(c.dep_ == "mark" and cfold(c.text) == "en" for c in token.children)
        or any(c.dep_ == "obj" for c in token.children)
    ):  # a present participle or a gerund ("tout en lançant") is the subject's, and a
        return None  # "participle" with a direct object is a finite verb ("X, 4e, rejoint Y")
    if (
        token.dep_ == "acl"
        and token.head.pos_ == "NOUN"
        and token.head.text.isalpha()  # not "avec 12 % des voix, rejoint X"
        and _agrees(token, token.head)
    ):
        return token.head
    before = token.doc[token.i - 1] if token.i else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and "Past" in feature(token, "Tense")
        and not any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in token.children)
        and not any(
            t.pos_ == "AUX" or t.lemma_ in {"avoir", "être"}
            for t in token.doc[max(0, token.i - 5) : token.i]
        )
        and _agrees(token, before)
    ):  # "a une nouvelle fois décliné" is a compound tense, however the parser hangs "a"
        return before
    return None


def _glued_agent(ctx: Context, token: Token) -> bool:
    """A participle glued to its noun with an agent ("la main tendue par X"): the agent's act
    on that noun, read by the passive rules; set off by a comma ("son camarade, soutenu par
    Z, X") it describes the person named after it."""
    after = ctx.view.folded[token.i + 1 : token.i + 3]
    return ctx.doc[token.i - 1].text != "," and "par" in after


def _participle_holder(ctx: Context, token: Token, noun: Token) -> tuple[list[End], float]:
    """Who the common noun a participle describes stands for: the person set off after it
    ("son camarade, soutenu par Z, X"), the person whose list it is ("la liste de X, soutenue
    par P": a list is backed through its head, as it acts through its leader), or nobody the
    sentence names ("les centristes ralliés à Y")."""
    after = token.right_edge.i + 1
    if after + 1 < len(ctx.doc) and ctx.doc[after].text == ",":
        mention = ctx.at.get(after + 1)
        if mention is not None and mention.kind == "person" and mention.start == after + 1:
            return [end_of(mention)], 0.8
    owner = _list_owner(ctx, noun)
    return ([end_of(owner)], 0.8) if owner is not None else ([], 0.0)


def _list_owner(ctx: Context, noun: Token) -> Mention | None:
    """The person a list noun belongs to: « la liste de X », « la liste de l'écologiste X »
    (the name, or a title with the name in apposition, right after « de »)."""
    if cfold(noun.text) not in resolution_list("list_nouns"):
        return None
    for child in noun.children:
        if child.dep_ != "nmod" or not any(
            c.dep_ == "case" and cfold(c.text) in DE_FORMS for c in child.children
        ):
            continue
        named = [child, *(c for c in child.children if c.dep_ == "appos")]
        for token in named:
            mention = ctx.at.get(token.i)
            if mention is not None and mention.kind == "person":
                return mention
    return None


def _complement_read_as_relative(verb: Token) -> bool:
    """An impersonal clause opened by the conjunction "que" that the parser hung as a relative
    on the noun before it ("a répété, devant ses partisans, qu'il ne fallait …"): no relative
    has an expletive subject, so it completes the verb the noun depends on."""
    noun = verb.head
    return (
        any(c.dep_ == "expl:subj" for c in verb.children)
        and any(c.pos_ == "SCONJ" and cfold(c.text) in {"que", "qu"} for c in verb.children)
        and noun.dep_ in {"obl", "obl:mod", "obj", "obl:arg"}
        and noun.head.pos_ in {"VERB", "AUX"}
    )


def _group_number(verb: Token) -> list[str]:
    """The number of a verb group: its finite verb's, or its finite auxiliary's ("ont
    investi"); empty for an infinitive or a participle alone."""
    if "Fin" in feature(verb, "VerbForm"):
        return feature(verb, "Number")
    for child in verb.children:
        if child.dep_.startswith("aux") and "Fin" in feature(child, "VerbForm"):
            return feature(child, "Number")
    return []


def _number_differs(verb: Token, head: Token) -> bool:
    """Two verb groups of different number: a conjunct that cannot share the head's subject
    ("Les insoumis ont investi X, …, mais tend la main à Y")."""
    mine, theirs = _group_number(verb), _group_number(head)
    return bool(mine) and bool(theirs) and mine != theirs


def _relative_conjunct_subject(ctx: Context, verb: Token) -> tuple[list[End], float]:
    """The subject of a conjunct verb that disagrees with the verb it hangs on: the antecedent
    of the nearest relative "qui" between them, when a person is singular as the verb is ("X,
    qui refuse …, mais tend la main à Y": X); otherwise no subject (a miss, not the other
    verb's subject)."""
    singular = _group_number(verb) == ["Sing"]
    for k in range(verb.i - 1, verb.head.i, -1):
        qui = ctx.doc[k]
        if cfold(qui.text) != "qui" or qui.dep_ not in SUBJECT_DEPS:
            continue
        actor = _resolve_subject_token(ctx, qui)
        if actor is None or (actor.kind == "person") != singular:
            return [], 0.0
        return [actor], 0.8
    return [], 0.0


def _noun_before_relative(ctx: Context, named: End, i: int, sent) -> int | None:
    """The last word of the noun whose relative holds the name found before the cue's verb
    group (``references.noun_relative``): the clause's subject is that noun, not the name."""
    mention = None
    for m in ctx.mentions:
        if m.name == named.name and sent.start <= m.start and m.end <= i:
            mention = m  # the closest one before the cue
    return None if mention is None else noun_relative(ctx, mention, i)


def find_subjects(ctx: Context, i: int, sent) -> tuple[list[End], float]:
    """The subjects of the cue at ``i``: climbing governing verbs, then a surface fallback.

    The same for every cue entry of the word: read once per article and token (each caller
    gets its own list)."""
    key = ("subjects", i, sent.start)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _read_subjects(ctx, i, sent)
    subjects, how = found
    return list(subjects), how


def _read_subjects(ctx: Context, i: int, sent) -> tuple[list[End], float]:
    listed = _labelled_list(ctx, i, sent)
    if listed:
        return listed, 0.9
    token = ctx.doc[i]
    before = ctx.at.get(i - 2) if i - 2 >= sent.start and ctx.view.texts[i - 1] == "," else None
    if (
        before is not None
        and before.kind == "person"
        and before.end == i - 1
        and "Part" in feature(token, "VerbForm")
        and _written_as_participle(token)  # not "X, qui connaît Y, votera pour Z"
        and token.dep_ in {"advcl", "acl", "appos"}
        and _finite_before(ctx, sent.start, before.start)  # not "X, …, rejoint Z" (finite)
    ):
        return [end_of(before)], 0.9  # "Y a salué X, soutenu depuis mars par Z": X is described
    if token.pos_ in {"VERB", "AUX"}:
        opener = _conjunct_subject(ctx, token, sent)
        if opener is not None:
            return [end_of(opener)], 0.8
    controlled = True  # climbed only through control, report and conjoined verbs
    for _ in range(8):
        deps = ctx.view.deps
        subjects = [
            c
            for c in (
                ctx.doc[j]
                for j in ctx.children(token.i)
                if deps[j] in SUBJECT_DEPS or deps[j] == "expl:subj"
            )
            if (
                (c.dep_ in SUBJECT_DEPS and c.lemma_ not in TIME_NOUNS and c.lower_ != "lui")
                or (c.dep_ == "expl:subj" and ctx.at.get(c.i) is not None)
            )
            and not _quoted_away(ctx, c, token)
        ]
        named = _named_before_relative(ctx, token) if i >= token.i else None
        if named is not None and all(c.i < named.start for c in subjects):
            return [end_of(named)], 0.8  # "…, alors que X, qui …, a appelé": X, whatever the parse
        if subjects and all(c.i == i for c in subjects) and _reported_pact(ctx, token):
            token = token.head  # "X a confirmé qu'un accord a été passé avec Y": X's pact
            continue
        if any(_misparsed_subject(ctx, token, c) for c in subjects):
            named = _name_before_verb(ctx, token.i, sent, enclosed=False)
            if named is not None:  # "X, arrivée troisième avec 9 %, soutient Y"
                return _listed_with(ctx, named, token.i, sent), 0.8
            subjects = [c for c in subjects if not _misparsed_subject(ctx, token, c)]
        if subjects:
            for child in subjects:
                actor = _resolve_subject_token(ctx, child)
                if actor is not None:
                    return _with_conjuncts(ctx, child, actor), 1.0
            if all(c.pos_ in {"NOUN", "ADJ"} or _fronted_word(ctx, c, sent) for c in subjects):
                # "Un proche de X, Y, a dénoncé …": the noun describes the name after it;
                # so does a fronted adjective ("Fidèle à X, Y soutient Z"), never a subject.
                # The name before the cue, or before the verb the subject belongs to when the
                # cue is further ("Tête de liste aux régionales, X, qui …, appelle à voter").
                verb, named = i, None
                for verb in dict.fromkeys((i, token.i) if controlled else (i,)):
                    named = _name_before_verb(ctx, verb, sent, enclosed=True) or (
                        _name_before_verb(ctx, verb, sent, enclosed=False)
                    )
                    if named is not None:
                        break
                if named is None or complement_of_noun(ctx, named, subjects, verb):
                    return [], 0.0
                return _listed_with(ctx, named, verb, sent), 0.8
            if _reported_by_subject(ctx, token, subjects):
                token = token.head  # "X ont fait savoir qu'ils …": the reporter's subject
                continue
            return [], 0.0
        if token.dep_ == "acl:relcl" and _complement_read_as_relative(token):
            # "a répété, devant ses partisans, qu'il ne fallait donner aucune voix à X"
            token = token.head.head
            continue
        if token.dep_ == "acl:relcl":
            if _relative_without_pronoun(ctx, token):  # "X, quant à elle, a appelé à …"
                named = _name_before_verb(ctx, token.i, sent, enclosed=False)
                return ([named], 0.8) if named is not None else ([], 0.0)
            return [], 0.0
        if _main_verb_after_relative(ctx, token):
            named = _name_before_verb(ctx, token.i, sent, enclosed=False)
            return ([named], 0.8) if named is not None else ([], 0.0)
        noun_holder = _participle_noun_holder(ctx, token)
        if noun_holder is not None:  # "vote pour le candidat investi par P, X": X's, not hers
            return ([noun_holder], 0.9) if noun_holder.name else ([], 0.0)
        described = ctx.at.get(token.head.i)
        if (
            token.dep_ == "acl"
            and described is not None
            and described.kind == "person"
            and "Fin" not in feature(token, "VerbForm")
            and _written_as_participle(token)
            and not _detached_present_participle(ctx, token, described)
        ):
            return [end_of(described)], 0.9  # "X, arrivée troisième sous l'étiquette MoDem"
        noun = _participle_noun(token)
        if noun is not None and ctx.at.get(noun.i) is None and not _glued_agent(ctx, token):
            return _participle_holder(ctx, token, noun)  # "… et les centristes ralliés à Y"
        if token.dep_ in {"ROOT", "root"} or token.head.i == token.i:
            break
        if ctx.in_quote(token.head.i) != ctx.in_quote(i):
            break
        if token.dep_ in {"appos", "nmod", "obl:mod", "acl"} and token.pos_ == "NOUN":
            break
        if token.dep_ == "conj" and _number_differs(token, token.head):
            # "ont investi X, qui refuse …, mais tend la main à Y": a singular verb hung on
            # a plural one goes on the relative it agrees with, never to the plural subject
            return _relative_conjunct_subject(ctx, token)
        controlled = controlled and token.dep_ in {"xcomp", "ccomp", "conj"}
        token = token.head
    # Surface fallbacks: the name an apposition describes ("à X, arrivée troisième sous
    # l'étiquette MoDem, …"), a name right before the verb group ("X ne votera pas"), then
    # the subject of the closest verb before the cue, same side of quotes.
    cue = ctx.doc[i]
    if cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"} and cue.head.i < i:
        named = _name_before_verb(ctx, cue.head.i, sent, enclosed=False)
        if named is not None:  # "X a fustigé …, et étrillé Y": the first conjunct's subject
            return [named], 0.8
    described = _apposed_to(ctx, i, sent)
    if described is not None:
        return [described], 0.8
    named = _name_before_verb(ctx, i, sent, enclosed=False)
    if named is not None:
        noun = _noun_before_relative(ctx, named, i, sent)
        if noun is not None:  # "la députée, qui talonne X, maire de C, a reçu, hier, …"
            described = ctx.at.get(noun)
            if described is None or described.kind != "person" or not described.name:
                return [], 0.0
            return [end_of(described)], 0.8
        return [named], 0.8
    governing = cue  # an infinitive under control verbs: "a lui aussi appelé à voter pour Y"
    infinitive = "Inf" in feature(cue, "VerbForm")
    while infinitive and governing.dep_ in {"xcomp", "ccomp"} and governing.head.pos_ == "VERB":
        governing = governing.head
        if ctx.in_quote(governing.i) != ctx.in_quote(i):
            break
        named = _name_before_verb(ctx, governing.i, sent, enclosed=False)
        if named is not None:
            return [named], 0.8
    deps, heads = ctx.view.deps, ctx.view.heads
    for j in range(i - 1, sent.start - 1, -1):
        if ctx.in_quote(j) != ctx.in_quote(i):
            continue
        if deps[j] in SUBJECT_DEPS and heads[j] < i:
            actor = _resolve_subject_token(ctx, ctx.doc[j])
            if actor is not None:
                return [actor], 0.8
    return [], 0.0
