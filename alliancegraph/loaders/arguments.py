"""The arguments of a cue: its objects (by preposition, coordination included) and its
subjects (from the parse, with surface fallbacks where the parser is weak).

Objects come from the words after the cue: the first name whose gap from the cue is an allowed
preposition ("voter pour X", "tendre la main à X"), a proposal noun ("soutenir le programme de
X"), then the names coordinated with it ("à X et à Y"). Subjects come from climbing the
governing verbs to an ``nsubj``; a relative "qui" is its antecedent, a group noun with a party
is the party, and a first-person possessive in a quote is the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from alliancegraph.loaders.claims import CLAUSE_STOPS, DETERMINERS, End, contracted_start, end_of
from alliancegraph.loaders.context import SUBJECT_DEPS, Context, foreign, resolution_sequence
from alliancegraph.loaders.cues import VerbCue
from alliancegraph.loaders.mentions import Mention, cfold, fold_token
from alliancegraph.loaders.references import complement_of_noun

COORDINATION = frozenset({"et", "ou", "ainsi", "que", "mais", "egalement", "aussi", "puis", "ni"})
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
# Words between a subject and its verb: "X ne le lui a pas …".
CLITIC_WORDS = frozenset(
    {"ne", "n", "se", "s", "le", "la", "l", "lui", "leur", "y", "en", "me", "m"}
)
EMPHATIC = frozenset({"lui", "elle", "eux", "elles"})
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
# Marks inside an apposition ("tête de liste en Auvergne-Rhône-Alpes (LR)", "l'UDI").
INNER_MARKS = frozenset({"'", "-", "(", ")"})


# --- objects --------------------------------------------------------------------------------


def _gap_words(ctx: Context, start: int, end: int, skip: set[int]) -> list[str] | None:
    """Folded words between a cue and a candidate object (None if a clause intervenes)."""
    words: list[str] = []
    view = ctx.view
    aside = _asides(ctx, start, end)
    verb_seen = False
    for j in range(start, end):
        text, pos = view.texts[j], view.pos[j]
        if j in skip or j in aside or pos == "ADV" or view.spaces[j] or text in QUOTE_MARKS:
            continue
        if view.folded[j] in EMPHATIC and j + 1 < end and view.folded[j + 1] in {"aussi", "meme"}:
            continue  # "lorgne lui aussi vers X"
        if view.folded[j] in {"ni", "et", "ou"}:
            if verb_seen:  # "désavoue X en annonçant soutenir P et Q": Q is another verb's
                return None
            # "ne soutiendrai ni cet accord ni X": the name is a conjunct of the object
            words.clear()
            continue
        verb_seen = verb_seen or pos == "VERB"
        if view.puncts[j] and text != ",":
            return None
        if pos in {"VERB", "AUX"} and "Fin" in ctx.doc[j].morph.get("VerbForm"):
            return None
        words.extend("de" if w == "d" else w for w in fold_token(text))
    while words and words[-1] in DETERMINERS:
        words.pop()
    return words


def _asides(ctx: Context, start: int, end: int) -> set[int]:
    """Tokens of an adverbial aside between a cue and its object ("soutient pour sa part X",
    "vote de son côté pour X"): the ``asides`` phrases of the ontology's cue lists."""
    folded = ctx.view.folded
    found: set[int] = set()
    for j in range(start, end):
        for phrase in ctx.lexicon.phrases["asides"]:
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
    if any(w in CLAUSE_STOPS for w in bare):
        return None
    if () in preps and bare and _descriptive(ctx, start, end, skip):
        return ()  # "soutenir l'essayiste X", "rejoindre le député LR X"
    tail = _descriptive_start(ctx, start, end, skip) if bare else None
    if tail is not None and tail > start:
        heads = (_gap_words(ctx, start, tail, skip), _gap_words(ctx, start, tail, set()))
        for prep in (tuple("de" if w == "d" else w for w in p) for p in preps):
            if prep and any(head is not None and tuple(head) == prep for head in heads):
                # "liste commune avec l'écologiste X", "à la socialiste X", and a cue word
                # ending the preposition: "se rassembler derrière le candidat socialiste X"
                return prep
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
    group = _group_gap(ctx, bare, preps) or _stand_in_gap(bare, preps)
    if group is not None:
        return group
    if proposal and len(bare) >= 2 and bare[-1] in {"de", "du", "des", "par", "avec"}:
        # "le programme de X", "la liste conduite par X", "un accord avec X"
        body = [w for w in bare[:-1] if w not in DETERMINERS]
        for prep in preps:  # "s'en prendre au programme de X"
            if prep and tuple(body[: len(prep)]) == prep:
                body = body[len(prep) :]
                break
        nouns = ctx.lexicon.lists["proposal"]
        if rejection:  # "ferme la porte à tout débat avec X", "refuse tout dialogue avec X"
            nouns = nouns | ctx.lexicon.lists["exchanges"]
        if body and body[0] in nouns and len(body) <= 3:
            return ("de",)
    return None


# A preposition fused with the stand-in's determiner: "au camp de X" is "à" + "le camp de".
FUSED = {"au": ("a",), "aux": ("a",), "du": ("de",)}


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
        for prep in preps:
            if tuple("de" if w == "d" else w for w in prep) == head:
                return prep
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
    window = 26 if cue.objects != ((),) else 10
    j = i + 1
    start = i + 1
    proposal = cue.relation in {"SUPPORTS", "REJECTS", "TEMPTED_BY"}  # "tenté par le projet de X"
    restrictive = any(ctx.view.folded[k] in {"ne", "n"} for k in range(max(0, i - 3), i))
    fronted = any(c.dep_ in SUBJECT_DEPS and c.i < i for c in ctx.doc[i].children)
    view = ctx.view
    while j < sent.end and (objects or j < i + window):  # a list may run past the window
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
            gloss = _gloss_end(ctx, start, sent)
            if gloss is not None:  # "aux Écologistes (EELV), au Parti communiste (PCF) …"
                start = j = gloss
                continue
            gap = [view.folded[k] for k in range(start, j) if not view.puncts[k]]
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
        if _agent_of_noun_participle(ctx, mention, start, skip):
            j = mention.end  # "pour le candidat investi par P": P invests, it is not voted for
            continue
        end = contracted_start(ctx, mention)
        rejection = cue.relation == "REJECTS"
        gap = _gap_ok(ctx, start, end, cue.objects, skip, proposal, restrictive, rejection)
        if gap is not None:
            objects.append(mention)
            start = j = mention.end
            continue
        if cue.objects == ((),):
            break
        j = mention.end
    return objects


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
    participle = ctx.doc[k - 1]  # the parser may hang "par En Marche" on the noun itself
    noun = participle.head
    return (
        "Part" in participle.morph.get("VerbForm")
        and participle.dep_ == "acl"
        and noun.pos_ == "NOUN"
        and start <= noun.i < mention.start
        and noun.i not in skip
        and ctx.at.get(noun.i) is None
        and any(ctx.view.folded[noun.i] in ctx.lexicon.lists[name] for name in PERSON_NOUNS)
    )


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
    if party is not None and token.pos_ in {"NOUN", "PROPN", "ADJ"}:
        text = ctx.doc[words[0].i : words[-1].i + 1].text
        return End(party.name, "party", 0.8, group=text)
    if cfold(token.text) not in groups and cfold(token.lemma_) not in groups:
        return None
    for t in words:
        mention = ctx.at.get(t.i)
        if mention is not None and mention.kind == "party":
            text = ctx.doc[words[0].i : words[-1].i + 1].text
            return End(mention.name, "party", 0.8, group=text)
        party = ctx.party_by_adjective(t.text)
        if party is not None and not foreign(ctx, t.i + 1):
            text = ctx.doc[words[0].i : words[-1].i + 1].text
            return End(party.name, "party", 0.8, group=text)
    return None


def _resolve_subject_token(ctx: Context, token: Token) -> End | None:
    mention = ctx.at.get(token.i)
    if mention is not None and mention.source == "adjective":
        return _group_subject(ctx, token)  # "les écologistes": the party, as a group
    if mention is not None:
        return end_of(mention)
    for child in token.children:  # "La maire de Lille, Martine Aubry, a confirmé …", "Mme X"
        mention = ctx.at.get(child.i)
        if (
            child.dep_ in {"appos", "flat:name"}
            and mention is not None
            and mention.kind == "person"
        ):
            return end_of(mention)
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
            return end_of(_nearest_conjunct(ctx, token, named))
        k = token.i - 1
        while k >= 0 and ctx.doc[k].text == ",":
            k -= 1
        if k >= 0 and ctx.at.get(k) is not None and ctx.at[k].end == k + 1:
            return end_of(ctx.at[k])
        return None
    return _group_subject(ctx, token)


def _nearest_conjunct(ctx: Context, qui: Token, named: Mention) -> Mention:
    """The antecedent of a singular "qui" after a list of names is the last one named: the
    parser hangs the relative on the first conjunct, but "X ou Y qui a rallié Z" says that Y
    rallied. A plural verb ("X et Y qui ont rallié Z") keeps the parser's antecedent.
    """
    verb = qui.head
    if any("Plur" in t.morph.get("Number") for t in [verb, *verb.children] if t.dep_ != "obj"):
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
    heads = [token] + [  # "Plusieurs élus, notamment X et Y, …": the names apposed to the group
        c
        for c in token.children
        if c.dep_ == "appos" and getattr(ctx.at.get(c.i), "name", None) == actor.name
    ]
    for head in heads:
        for child in head.children:
            mention = ctx.at.get(child.i)
            if (
                child.dep_ == "conj"
                and mention is not None
                and mention.name not in {f.name for f in found}
                and _only_names_between(ctx, head.i, mention.start)
            ):
                found.append(end_of(mention))
    return found


def _only_names_between(ctx: Context, start: int, end: int) -> bool:
    """Only names, commas, glosses and coordination between two conjuncts ("X, Y et Z",
    "X (PS) et Y"): not "X, tête de liste d'Europe Écologie-Les Verts", which the parser may
    take for a coordination."""
    view = ctx.view
    for k in range(start, end):
        if ctx.at.get(k) is not None or view.texts[k] in {",", "(", ")"}:
            continue
        if view.folded[k] in COORDINATION or view.pos[k] == "DET":
            continue
        return False
    return True


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
            if mention is not None and mention.end == k:
                j = k - 1
                break
            j = k
    mention = ctx.at.get(j) if j >= sent.start else None
    if mention is None or mention.end != j + 1 or ctx.in_quote(j) != ctx.in_quote(i):
        return None
    if enclosed and not (mention.start > sent.start and view.texts[mention.start - 1] == ","):
        return None
    return end_of(mention)


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
    if "Fin" in ctx.doc[i].morph.get("VerbForm"):
        return None
    for j in range(i - 1, sent.start, -1):
        token = ctx.doc[j]
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
            return None
        if ctx.at.get(j) is not None:
            return None
        if token.text == ",":
            mention = ctx.at.get(j - 1)
            if mention is not None and mention.kind == "person" and mention.end == j:
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
    if "Pres" not in token.morph.get("Tense") or "Part" not in token.morph.get("VerbForm"):
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
    plural = "Plur" in doc[k].morph.get("Number")
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


NOBODY = End("", "person", 0.0)
PERSON_NOUNS = ("member_roles", "role_heads", "person_nouns", "relatives")


def _participle_noun_holder(ctx: Context, token: Token) -> End | None:
    """The person a participle on a noun for a person describes ("le candidat investi par P,
    X": X; "X, candidat investi par P": X), or :data:`NOBODY` when the noun names no one ("il
    votera pour le candidat investi par P" is not his investiture). None: not such a
    participle (a participle on a thing, "la main tendue par X", keeps the clause's subject)."""
    head = token.head
    if (
        token.dep_ != "acl"
        or "Part" not in token.morph.get("VerbForm")
        or head.pos_ != "NOUN"
        or ctx.at.get(head.i) is not None
        or not any(ctx.view.folded[head.i] in ctx.lexicon.lists[name] for name in PERSON_NOUNS)
    ):
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


def find_subjects(ctx: Context, i: int, sent) -> tuple[list[End], float]:
    """The subjects of the cue at ``i``: climbing governing verbs, then a surface fallback."""
    listed = _labelled_list(ctx, i, sent)
    if listed:
        return listed, 0.9
    token = ctx.doc[i]
    before = ctx.at.get(i - 2) if i - 2 >= sent.start and ctx.doc[i - 1].text == "," else None
    if (
        before is not None
        and before.kind == "person"
        and before.end == i - 1
        and "Part" in token.morph.get("VerbForm")
        and token.dep_ in {"advcl", "acl", "appos"}
    ):
        return [end_of(before)], 0.9  # "Y a salué X, soutenu depuis mars par Z": X is described
    for _ in range(8):
        subjects = [
            c
            for c in token.children
            if (c.dep_ in SUBJECT_DEPS and c.lemma_ not in TIME_NOUNS and c.lower_ != "lui")
            or (c.dep_ == "expl:subj" and ctx.at.get(c.i) is not None)
        ]
        if subjects:
            for child in subjects:
                actor = _resolve_subject_token(ctx, child)
                if actor is not None:
                    return _with_conjuncts(ctx, child, actor), 1.0
            if all(c.pos_ == "NOUN" for c in subjects):
                # "Un proche de X, Y, a dénoncé …": the noun describes the name after it.
                named = _name_before_verb(ctx, i, sent, enclosed=True) or _name_before_verb(
                    ctx, i, sent, enclosed=False
                )
                if named is None or complement_of_noun(ctx, named, subjects, i):
                    return [], 0.0
                return _listed_with(ctx, named, i, sent), 0.8
            return [], 0.0
        if token.dep_ == "acl:relcl":
            return [], 0.0
        noun_holder = _participle_noun_holder(ctx, token)
        if noun_holder is not None:  # "vote pour le candidat investi par P, X": X's, not hers
            return ([noun_holder], 0.9) if noun_holder.name else ([], 0.0)
        described = ctx.at.get(token.head.i)
        if (
            token.dep_ == "acl"
            and described is not None
            and described.kind == "person"
            and "Fin" not in token.morph.get("VerbForm")
            and not _detached_present_participle(ctx, token, described)
        ):
            return [end_of(described)], 0.9  # "X, arrivée troisième sous l'étiquette MoDem"
        if token.dep_ in {"ROOT", "root"} or token.head.i == token.i:
            break
        if ctx.in_quote(token.head.i) != ctx.in_quote(i):
            break
        if token.dep_ in {"appos", "nmod", "obl:mod", "acl"} and token.pos_ == "NOUN":
            break
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
