"""Descriptions that stand for a person the article has named, resolved only when the text
leaves a single candidate: "son ancien patron" (someone other than the possessor), "la
centriste" (the one person the article tied to that party).

Unlike pronouns, these references carry world knowledge the text often leaves unsaid ("son
mentor"), so a wrong guess is worse than none: with several candidates nothing is resolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from alliancegraph.loaders.anaphora import (
    SUBJECT_PRONOUNS,
    _compatible,
    named_past_complement,
    pronoun_at,
    stressed_object,
)
from alliancegraph.loaders.claims import End
from alliancegraph.loaders.context import DE_A, SUBJECT_DEPS, Context, resolution_list
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, feature
from alliancegraph.loaders.roles import (
    _description_words,
    _held,
    is_apposition,
    label_end,
    noun_complement,
    party_members,
    role_spec_of_text,
)
from alliancegraph.ontology.grammar import grammar_table, grammar_words

POSSESSIVE_DETERMINERS = grammar_words("references", "possessive_determiners")
# Words inside a role before a party word: "la tête de liste socialiste".
LABEL_FILLERS = grammar_words("references", "label_fillers")
# Determiners a party-labelled description opens with ("du candidat socialiste" too).
LABEL_DETERMINERS = grammar_words("references", "label_determiners")
NOUN_RELATIVES = grammar_words("references", "noun_relatives")
# Words between a role noun and the party name it belongs to: "la candidate de La République
# en marche", "le chef de file des Insoumis".
PARTY_OF = grammar_words("references", "party_of")
# "l'édile", "le parlementaire", "l'élue": each with the description heads it may take up.
DESCRIPTION_SYNONYMS = grammar_table("references", "description_synonyms")
# "le sortant", "la sortante": a qualifier used as a noun, with the description words it may
# take up ("le député sortant X", "X, maire sortante de …").
DESCRIPTION_QUALIFIERS = grammar_table("references", "description_qualifiers")
SYNONYM_GENDER = {
    **dict.fromkeys(grammar_words("references", "feminine_synonyms"), "f"),
    **dict.fromkeys(grammar_words("references", "masculine_synonyms"), "m"),
}


def sole_candidate(
    ctx: Context, i: int, s: int, exclude: frozenset[str], gender: str | None = None
) -> str | None:
    """The one person, other than ``exclude``, named before token ``i`` in sentence ``s`` or
    in the sentence before (outside quotations), gender agreeing; None if none or several."""
    sent = ctx.sents[s]
    here = {m.name for m in ctx.mentions if sent.start <= m.start < i and not ctx.in_quote(m.start)}
    before = {r[1] for r in ctx.salience[s - 1]} if s else set()
    candidates = {
        name
        for name in here | before
        if name and name not in exclude and _compatible(ctx, name, gender)
    }
    return candidates.pop() if len(candidates) == 1 else None


def possessive(ctx: Context, i: int, s: int) -> bool:
    """ "votera pour son ancien patron", "a rompu avec son mentor": a possessive and a noun of
    relationship, as a complement, stand for someone other than the sentence's subject (the
    possessor): the one other person of this sentence and the one before, gender agreeing
    with the noun, or nobody when several could be meant."""
    view = ctx.view
    if view.folded[i] not in POSSESSIVE_DETERMINERS:
        return False
    j = i + 1
    while j < min(len(view.texts), i + 3) and view.folded[j] in ctx.lexicon.lists["former"]:
        j += 1
    if j >= len(view.texts) or view.folded[j] not in ctx.lexicon.lists["relatives"]:
        return False
    noun = ctx.doc[j]
    if noun.dep_ in SUBJECT_DEPS or ctx.at.get(j + 1) is not None or is_apposition(ctx, i, j + 1):
        return False  # "son lieutenant X": the name is given; "son mentor a dit": not a complement
    if (
        j + 1 < len(view.texts)
        and view.folded[j + 1] in DE_A
        and named_past_complement(ctx, j + 1, glued=True, reach=7)
    ):
        return False  # "son adjointe à la mairie de Rennes X": the name after it is the one
    named = _named_after(ctx, j + 1)
    if named is not None:  # "son ancien adjoint aux finances, X": the apposition names him
        if named.kind != "person" or not named.name:
            return False
        ctx.add(
            Mention(i, j + 1, "person", ctx.doc[i : j + 1].text, "description", named.name,
                    confidence=0.9 * named.confidence, binding="apposition")
        )
        return True
    sent = ctx.sents[s]
    possessors = frozenset(
        m.name
        for m in ctx.mentions
        if sent.start <= m.start < i
        and (_main_subject(ctx, m) or m.start == sent.start)
    ) or (frozenset(r[1] for r in ctx.salience[s - 1][:1]) if s else frozenset())
    gender = {"Fem": "f", "Masc": "m"}.get((feature(noun, "Gender") or [""])[0])
    name = sole_candidate(ctx, i, s, possessors, gender)
    if name is None:
        return False  # the relationship is world knowledge the text does not settle
    here = any(m.name == name for m in ctx.mentions if sent.start <= m.start < i)
    if not here and protagonists(ctx, s, possessors | {name}, gender):
        return False  # the sentence before is no closer to it than the article's protagonist
    ctx.add(
        Mention(i, j + 1, "person", ctx.doc[i : j + 1].text, "description", name, confidence=0.5,
                binding="possessive")
    )
    return True


# Times a person must be named before a sentence to stay a candidate for "son ancien X"
# however far back: the person the article is about.
PROTAGONIST_MENTIONS = 2


def protagonists(ctx: Context, s: int, exclude: frozenset[str], gender: str | None) -> set[str]:
    """The persons, other than ``exclude``, named at least twice before sentence ``s``
    (outside quotations), gender agreeing: the ones the article is about.

    "son ancien collègue" may stand for the article's protagonist named three paragraphs up
    as well as for the one person of the sentence before ("A quitte le parti. … B le
    regrette. C a qualifié son ancien collègue de traître": A or B): with such a rival
    candidate the possessive stays unbound. A candidate named in the possessive's own sentence
    ("C, que B avait écartée, votera pour son ancien patron") is not challenged: the sentence
    itself ties the two."""
    start = ctx.sents[s].start
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.start < start and m.kind == "person" and m.name and not ctx.in_quote(m.start):
            counts[m.name] = counts.get(m.name, 0) + 1
    return {
        name
        for name, n in counts.items()
        if n >= PROTAGONIST_MENTIONS and name not in exclude and _compatible(ctx, name, gender)
    }


def _main_subject(ctx: Context, mention: Mention) -> bool:
    """A subject that may own a possessive later in its sentence: not the subject of a
    relative clause ("X, que Y avait écartée de sa liste, votera pour son ancien patron": the
    patron may well be Y)."""
    token = ctx.doc[mention.start]
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ not in {"acl:relcl", "acl"}


# Words a relationship noun's own complement may take before its apposed name.
COMPLEMENT_SPAN = 4


def _named_after(ctx: Context, k: int) -> Mention | None:
    """The name apposed right after the relationship noun ending before ``k``, or after a
    short complement of that noun ("son adjoint, X", "son ancien adjoint aux finances, X")."""
    view = ctx.view
    for j in range(k, min(len(view.texts) - 1, k + COMPLEMENT_SPAN + 1)):
        if view.texts[j] == ",":
            named = ctx.at.get(j + 1)
            return named if named is not None and named.start == j + 1 else None
        if view.puncts[j] or view.pos[j] in {"VERB", "AUX"} or ctx.at.get(j) is not None:
            return None
    return None


def _names_person(ctx: Context, k: int) -> bool:
    """Whether a person's name starts at token ``k``."""
    mention = ctx.at.get(k)
    return mention is not None and mention.kind == "person" and mention.start == k


def _phrase_end(ctx: Context, i: int) -> int:
    """Where the noun phrase opened at token ``i`` ends: before a verb, a pronoun, a
    conjunction, a punctuation mark or another mention ("le président proclamé| a …"); a
    participle the tagger calls a verb ("proclamé", "élue") belongs to the phrase."""
    view = ctx.view
    end = i + 1
    while end < len(view.texts) and end < i + 8 and not view.puncts[end]:
        participle = view.pos[end] == "VERB" and "Part" in feature(ctx.doc[end], "VerbForm")
        verb = view.pos[end] in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"} and not participle
        if verb or ctx.at.get(end):
            break
        end += 1
    return end


def remember(ctx: Context, mention: Mention) -> None:
    """Keep what a description bound to ("le président proclamé" -> X), for ``reuse``: its
    whole noun phrase, which may run past the role the mention covers (read with the
    mention itself lifted, since description words are the ones no mention covers)."""
    own = {k: ctx.at.pop(k) for k in range(mention.start, mention.end) if k in ctx.at}
    end = max(mention.end, _phrase_end(ctx, mention.start))
    found = _description_words(ctx, mention.start + 1, end)  # its words are no longer free
    ctx.at.update(own)
    if found is not None and mention.name:
        ctx.bound.append((mention.start, found[0], found[1], mention.name))


def reuse(ctx: Context, i: int) -> int:
    """ "le président proclamé … le président proclamé" (or "… le président"): a description
    the article already bound means the same person again, before any role of the
    gazetteer is tried; a later apposition giving the description to someone else
    ("Y, le président proclamé") wins from there on. Adds the mention when it binds and
    returns where it ends (0 when it does not bind)."""
    if not ctx.bound:
        return 0
    view = ctx.view
    end = label_end(ctx, _phrase_end(ctx, i))  # "le maire RPR" is not "le candidat de X"
    if ctx.at.get(end) is not None or (
        end + 1 < len(view.texts) and view.texts[end] == "," and _names_person(ctx, end + 1)
    ):
        return 0  # "le candidat de X", "le maire, X": the text names whom it means
    found = _description_words(ctx, i + 1, end)
    if found is None or is_apposition(ctx, i, end):
        return 0
    head, words = found
    words -= ctx.lexicon.lists["current"]  # "la maire sortante" is the maire bound before

    def fits(entry: tuple[int, str, frozenset[str], str]) -> bool:
        # fewer words name the same one ("le président" after "le président proclamé"), but
        # never without a word that changes the rest ("de droite" after "d'extrême droite")
        return (
            entry[0] < i
            and entry[1] == head
            and words <= entry[2]
            and entry[2] & NARROWING_WORDS <= words
        )

    bound = [entry for entry in ctx.bound if fits(entry)]
    if not bound:
        return 0
    first = min(entry[0] for entry in bound)
    name = max(entry for entry in bound + ctx.described if fits(entry) and entry[0] >= first)[3]
    # an anaphor like a pronoun: not a description to read relations in ("son soutien au
    # nouveau président" is support given to him, not by him); "au"/"du" stay outside it,
    # for the parse hangs the noun, not the contraction, on the verb
    start = i + 1 if ctx.view.folded[i] in {"au", "du"} else i
    ctx.add(Mention(start, end, "person", ctx.doc[start:end].text, "pronoun", name,
                    confidence=0.6, binding="reused"))
    return end


def tied_description(ctx: Context, i: int, s: int) -> int | None:
    """ "X a reçu Y, maire de Lavaur. L'édile lui a promis son soutien": a bare noun that
    names a kind of office ("l'édile", "le parlementaire", "l'élue"), or a qualifier used as
    one ("le sortant", "la sortante"), stands for the one person the article itself tied to
    such an office (or so qualified) before, by an apposition or a role
    before the name ("Y, maire de …", "la députée Y"), gender agreeing, whoever the
    sentence before made its subject. With several such persons it stands for nobody (the
    salient subject is no better a guess). Returns where the description ends when it
    decided (bound or refused), None when the article tied no one to such an office."""
    view = ctx.view
    if view.folded[i] not in LABEL_DETERMINERS or i + 1 >= len(view.texts):
        return None
    j = i + 1
    heads = DESCRIPTION_SYNONYMS.get(view.folded[j])
    qualifiers = DESCRIPTION_QUALIFIERS.get(view.folded[j])
    if (heads is None and qualifiers is None) or ctx.at.get(j) is not None:
        return None
    end = j + 1
    if end < len(view.texts) and (
        view.pos[end] in {"NOUN", "ADJ", "PROPN"}
        or view.folded[end] in PARTY_OF
        or ctx.at.get(end) is not None
    ):
        return None  # "l'élu de Lavaur", "l'élue socialiste", "l'élu X": more than the noun
    if is_apposition(ctx, i, end) or (
        end + 1 < len(view.texts) and view.texts[end] == "," and _names_person(ctx, end + 1)
    ):
        return None  # "l'édile, X, …": the text names whom it means
    gender = {"la": "f", "le": "m", "du": "m", "au": "m"}.get(view.folded[i])
    gender = gender or SYNONYM_GENDER.get(view.folded[j])
    # a qualifier reads only descriptions glued to a name, never one a guess bound
    tied = ctx.described + ctx.bound if heads is not None else ctx.described
    names = {
        name
        for start, head, words, name in tied
        if start < i
        and (head in (heads or ()) or bool(words & (qualifiers or frozenset())))
        and _compatible(ctx, name, gender)
    }
    if not names:
        return None
    start = i + 1 if view.folded[i] in {"du", "au"} else i  # as in ``reuse``
    words = ctx.doc[start:end].text
    if len(names) > 1:
        ctx.trace.refuse(s, words, "description", "several persons so described")
        return end
    name = names.pop()
    mention = Mention(start, end, "person", words, "description", name, confidence=0.6)
    mention.binding = "apposition"
    ctx.add(mention)
    return end


LIST_NOUNS = grammar_words("references", "list_nouns")
LIST_QUALIFIERS = grammar_words("references", "list_qualifiers")
LIST_OUTGOING = grammar_words("references", "list_outgoing")
LIST_LEAD_LEMMAS = grammar_words("references", "list_lead_lemmas")
LIST_LEAD_PARTICIPLES = grammar_words("references", "list_lead_participles")
LIST_LEAD_VOID = grammar_words("references", "list_lead_void")
# How far after « la liste … » its « conduite par X » may come, and before it « X conduit ».
LIST_LEAD_AFTER = 8
LIST_LEAD_BEFORE = 4


def _list_qualifier(ctx: Context, j: int) -> tuple[str, int] | None:
    """(the qualifier, where it ends) after the list noun at ``j``: « sortante », « d'union »,
    « de rassemblement », « commune »; None for any other word or a name."""
    view = ctx.view
    k = j + 1
    if k < len(view.texts) and view.folded[k] in {"d", "de"}:
        k += 1
    if k >= len(view.texts) or view.folded[k] not in LIST_QUALIFIERS or ctx.at.get(k) is not None:
        return None
    return view.folded[k], k + 1


def _list_phrase(ctx: Context, k: int) -> tuple[str, ...]:
    """The complement after a list's qualifier, up to punctuation, a verb or a name
    (« de la gauche » in « la liste d'union de la gauche conduite par X »), as folded words."""
    view = ctx.view
    words = []
    while k < len(view.texts) and len(words) < LIST_LEAD_AFTER:
        if view.puncts[k] or view.pos[k] in {"VERB", "AUX"} or ctx.at.get(k) is not None:
            break
        if view.folded[k] in LIST_LEAD_PARTICIPLES:
            break
        words.append(view.folded[k])
        k += 1
    return tuple(words)


def _list_leader(ctx: Context, j: int) -> str | None:
    """The person the sentence of the list noun at ``j`` says leads that list: « la liste
    d'union conduite par X », « X conduit la liste d'union »; None if it names none, or says
    it negated, in the imperfect or with a year (« X menait la liste d'union en 2014 »)."""
    view = ctx.view
    sent = ctx.sents[ctx.sent_of[j]]
    if any(
        view.folded[k] in LIST_LEAD_VOID or (view.texts[k].isdigit() and len(view.texts[k]) == 4)
        for k in range(sent.start, sent.end)
    ):
        return None  # « X ne conduira pas la liste d'union », « … qu'il menait en 2014 »
    for k in range(j + 1, min(sent.end - 2, j + LIST_LEAD_AFTER)):
        if view.folded[k] in LIST_LEAD_PARTICIPLES and view.folded[k + 1] == "par":
            named = ctx.at.get(k + 2)
            return named.name if named is not None and named.kind == "person" else None
    verb = next(
        (
            k
            for k in range(j - 2, max(sent.start, j - 2 - LIST_LEAD_BEFORE), -1)
            if view.lemmas[k] in LIST_LEAD_LEMMAS
            and view.pos[k] == "VERB"
            and "Imp" not in feature(ctx.doc[k], "Tense")
        ),
        None,
    )
    if verb is None:
        return None
    subject = next(
        (ctx.at[c.i] for c in ctx.doc[verb].children if c.dep_ in SUBJECT_DEPS and c.i in ctx.at),
        None,
    )
    return subject.name if subject is not None and subject.kind == "person" else None


def described_list(ctx: Context, i: int, s: int) -> int | None:
    """ "la liste sortante", "la liste d'union", "la liste commune" with no name after it: the
    list of the one person the article described as outgoing (« le maire sortant, X »), or
    said to lead a list so qualified before (« X conduit la liste d'union », « la liste
    commune conduite par X »). With several such persons, nobody. Returns where the
    description ends when it bound, None otherwise."""
    view = ctx.view
    j = i + 1
    if view.folded[i] != "la" or j >= len(view.texts) or view.folded[j] not in LIST_NOUNS:
        return None
    found = _list_qualifier(ctx, j)
    if found is None:
        return None
    qualifier, end = found
    if end < len(view.texts) and (
        ctx.at.get(end) is not None or view.folded[end] in {"de", "d", "du", "conduite", "menee"}
    ):
        return None  # "la liste d'union de X", "… conduite par X": the text names its leader
    if qualifier in LIST_OUTGOING:
        names = {
            name
            for start, _, words, name in ctx.described
            if start < i and words & (DESCRIPTION_QUALIFIERS.get(qualifier) or frozenset())
        }
    else:
        names, phrases = set(), set()
        for k in range(ctx.sents[0].start, ctx.sents[s].start):
            if view.folded[k] not in LIST_NOUNS or ctx.in_quote(k):
                continue
            again = _list_qualifier(ctx, k)
            if again is None or again[0] != qualifier:
                continue
            phrases.add(_list_phrase(ctx, again[1]))
            leader = _list_leader(ctx, k)
            if leader is not None:
                names.add(leader)
        if len(phrases - {()}) > 1:
            return None  # « la liste d'union de la gauche … celle d'union de la droite »
    if len(names) != 1:
        return None
    ctx.add(
        Mention(
            i,
            end,
            "person",
            ctx.doc[i:end].text,
            "description",
            names.pop(),
            confidence=0.55,
            binding="list",
        )
    )
    return end


def party_label(ctx: Context, i: int, s: int) -> bool:
    """ "la centriste", "l'élu écologiste", "la tête de liste socialiste", "le candidat LR",
    "la candidate de La République en marche": a definite description made of a party word
    or name (and a role noun) stands for the one person named earlier in the article with
    that party, gender agreeing."""
    view = ctx.view
    if view.folded[i] not in LABEL_DETERMINERS:
        return False
    if noun_complement(ctx, i):
        return False  # "adjointe au maire socialiste", "le fils du maire": another person
    lists = ctx.lexicon.lists
    j = i + 1
    parties: set[str] = set()
    by_family = False  # "la centriste": a family word, not one party's adjective
    while j < min(len(view.texts), i + 7):
        party = ctx.party_by_adjective(view.texts[j])
        # "la centriste": a family word points to a person of any party of that family
        family = ctx.gazetteer.parties_by_family(view.texts[j]) if party is None else (party,)
        parties = {p.name for p in family}
        by_family = party is None and bool(parties)
        if parties or ctx.at.get(j) is not None:
            break  # a bare "l'écologiste" may already stand for the party as a group
        word = view.folded[j]
        known = word in lists["nominal"] or word in LABEL_FILLERS or word in lists["current"]
        if word in lists["former"] or not (known or word in PARTY_OF):
            return False  # "la sortante socialiste" is known
        j += 1
    named = ctx.at.get(j) if j < len(view.texts) else None
    roles = resolution_list("member_roles_of_party")
    member_role = any(
        " ".join(view.folded[k : k + n]) in roles for k in range(i + 1, j) for n in (1, 2, 3)
    )
    if not parties and named is not None and named.kind == "party" and member_role:
        parties, end = {named.name}, named.end  # "le candidat LR", "la candidate du PS"
    elif (
        not parties
        or view.texts[j][:1].isupper()
        or any(view.folded[k] in PARTY_OF - LABEL_FILLERS for k in range(i + 1, j))
    ):
        return False  # before an adjective, only role words ("la tête de liste socialiste")
    else:
        end, named = j + 1, None
    if ctx.at.get(end) is not None or is_apposition(ctx, i, end):
        return False  # "l'écologiste X": the name is given
    if end < len(view.texts) and view.texts[end] == "," and ctx.at.get(end + 1) is not None:
        return False  # "le candidat LR, X"
    if view.folded[end] in {"de", "du", "des", "d"} and named_past_complement(ctx, end):
        return False  # "du député LR de la circonscription voisine, X": X is named
    # the determiner tells the gender; "l'écologiste" does not (the tagger guesses)
    gender = {"la": "f", "le": "m", "du": "m", "au": "m"}.get(view.folded[i])
    names = party_members(ctx, i, parties, gender, family=by_family)
    if len(names) != 1:
        return False
    group = ctx.at.get(j)
    if group is not None and named is None:
        ctx.mentions.remove(group)
    start = i + 1 if view.folded[i] in {"du", "au"} else i  # as in ``reuse``
    ctx.add(
        Mention(start, end, "person", ctx.doc[start:end].text, "description", names.pop(),
                confidence=0.5, binding="party label")
    )
    return True


def quoted_stressed(ctx: Context) -> None:
    """ "« Je ne voterai pas pour elle », a tranché X": a stressed pronoun inside a quotation
    stands for the one person, other than the speaker, named outside quotations in the
    quotation's sentence or the one before, gender agreeing.

    So does a subject « il » / « elle » of a quotation that names nobody before it: « Elle a
    trahi ses électeurs », a lancé X, right after a sentence about her; X, lui, ne décolère
    pas : « Il a vendu la ville. » (binding "quoted subject"). With two candidates of that
    gender, or one named inside the quotation before the pronoun besides another outside, it
    stays unbound: a miss is better than a wrong edge.
    """
    for quote in ctx.quotes:
        if quote.speaker is None:
            continue
        for i in range(quote.start + 1, quote.end):
            word = ctx.view.texts[i].lower()
            if word not in {"lui", "elle", "il"} or ctx.at.get(i) is not None:
                continue
            binding = None  # a stressed object: « je voterai pour elle »
            if word == "il" or not stressed_object(ctx.doc, i):
                if not _quoted_subject(ctx, i):
                    continue
                binding = "quoted subject"
            gender = "m" if word in {"lui", "il"} else "f"
            name = _quoted_referent(ctx, quote, i, gender)
            if name is not None:
                ctx.add(
                    Mention(
                        i, i + 1, "person", ctx.doc[i].text, "pronoun", name, confidence=0.6,
                        binding=binding,
                    )
                )


def _quoted_subject(ctx: Context, i: int) -> bool:
    """Whether « il » / « elle » at ``i`` is a personal subject (not « il faut »): also when the
    parser calls it expletive before a noun with its determiner (« Il est l'homme de la
    situation », « il est un traître »), which no impersonal « il est » takes (« il est
    temps »); and « lui » / « elle » with « seul » before a verb (« Lui seul saura … »)."""
    token = ctx.doc[i]
    if i + 2 < len(ctx.doc) and ctx.view.folded[i + 1] in {"seul", "seule"}:
        return ctx.view.pos[i + 2] in {"VERB", "AUX"}
    if token.text.lower() not in SUBJECT_PRONOUNS:
        return False
    if token.dep_ == "expl:subj" and token.head.pos_ == "NOUN":
        return any(child.dep_ == "det" for child in token.head.children)
    found = pronoun_at(ctx, token)
    return found is not None and not found[2]


def _quoted_referent(ctx: Context, quote, i: int, gender: str) -> str | None:
    """The one person, other than the speaker, named in the quotation before ``i`` or outside
    quotations in the sentence of ``i`` or the one before, gender agreeing."""
    quoted = {
        m.name for m in ctx.mentions if quote.start < m.start < i and m.kind == "person" and m.name
    }  # "« Anne a du courage, je voterai pour elle »"
    s = ctx.sent_of[i]
    names = quoted | {r[1] for r in ctx.salience[s]}
    names |= {r[1] for r in ctx.salience[s - 1]} if s else set()
    names = {n for n in names if n and n != quote.speaker and _compatible(ctx, n, gender)}
    return names.pop() if len(names) == 1 else None


NARROWING_WORDS = grammar_words("references", "narrowing_words")
GOVERNMENT_DETERMINERS = grammar_words("references", "government_determiners")
# Nouns through which one turns to the government itself: "du côté du gouvernement".
GOVERNMENT_SIDES = grammar_words("references", "government_sides")


def government_head(ctx: Context, start: int, end: int) -> End | None:
    """ "regarde du côté du gouvernement", "rejoindre le gouvernement": the government named
    by no one stands for the Prime Minister of the article's date, if the article names them
    (by name, or by the role)."""
    view = ctx.view
    k = next((j for j in range(start, end) if view.folded[j] == "gouvernement"), None)
    if k is None or view.folded[k - 1] not in GOVERNMENT_DETERMINERS:
        return None
    if k + 1 < len(view.texts) and view.folded[k + 1] in {"de", "du", "d"}:
        return None  # "le gouvernement de X" names its head
    if k > 1 and view.pos[k - 2] == "NOUN" and view.folded[k - 2] not in GOVERNMENT_SIDES:
        return None  # "le texte du gouvernement" is a bill, not the government itself
    spec = role_spec_of_text("Premier ministre", ctx.gazetteer, ctx.lexicon)
    holders = {p.name for p in _held(ctx, spec)} if spec is not None else set()
    named = {m.name for m in ctx.mentions if m.kind == "person" and m.name}
    heads = holders & named
    heads |= {
        m.name
        for m in ctx.mentions
        if m.source == "role" and m.details["role"].head == "premier ministre" and m.name
    }
    return End(heads.pop(), "person", 0.6) if len(heads) == 1 else None


def complement_of_noun(ctx: Context, named: End, nouns: list[Token], i: int) -> bool:
    """ "Le fils de X a rejoint le PS": the name before the verb completes the subject noun
    ("de X", no comma between them), so it is not the subject; nor is the party label of a
    role held by one person the text does not name ("Le conseiller régional LR a accusé
    X": a member of LR did, not LR). A miss beats a wrong edge."""
    view = ctx.view
    mention = None
    for m in ctx.mentions:
        if m.name == named.name and m.end <= i and m.start > 0:
            mention = m  # the closest one before the cue
    if mention is not None and named.kind == "party" and any(
        _labels_role(ctx, noun, mention.start) for noun in nouns
    ):
        return True
    if mention is not None and noun_relative(ctx, mention, i) is not None:
        return True
    if mention is None or view.folded[mention.start - 1] not in {"de", "du", "d", "des"}:
        return False
    return any(
        noun.i < mention.start
        and not any(view.texts[k] == "," for k in range(noun.i, mention.start))
        for noun in nouns
    )


def noun_relative(ctx: Context, mention: Mention, i: int) -> int | None:
    """ "La députée, qui talonne X, a reçu le soutien de Y": the name ``mention`` sits in a
    relative set off after a noun, not after a name, and closed by a comma before the verb at
    ``i``; it is what the relative says of the noun's holder, never the subject of the main
    verb (whatever the parse). In "X, dont Y critique Z" the cue is the relative's own and Y
    its subject. The index of the noun's last word, or None."""
    view = ctx.view
    sent = ctx.sents[ctx.sent_of[i]]
    if not any(view.texts[k] == "," for k in range(mention.end, i)):
        return None
    k = mention.start - 1
    while k > sent.start + 1 and not view.puncts[k]:
        if view.folded[k] in NOUN_RELATIVES and view.texts[k - 1] == ",":
            before = ctx.at.get(k - 2)
            named = before is not None and before.kind == "person"
            return None if named and before.source in WRITTEN_SOURCES else k - 2
        k -= 1
    return None


def _labels_role(ctx: Context, noun: Token, start: int) -> bool:
    """Whether the party mention at ``start`` is the label glued to ``noun``, a singular role
    noun ("le conseiller régional LR", "la candidate RN"): only adjectives between them."""
    view = ctx.view
    if noun.i >= start or "Sing" not in feature(noun, "Number") or view.folded[noun.i] not in (
        ctx.lexicon.lists["nominal"]
    ):
        return False
    return all(view.pos[k] == "ADJ" for k in range(noun.i + 1, start))
