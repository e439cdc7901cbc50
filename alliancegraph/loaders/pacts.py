"""Pacts written as a noun between two actors: "une alliance entre X et Y", "l'accord conclu
entre la socialiste X, arrivée en tête, et l'écologiste Y".

A cue with ``between = true`` in ``ontology/cues.toml`` has no subject: the two actors after
its "entre" are its ends, and each supports the other. News writes the pair with descriptions
and incises around the names, which the parser rarely coordinates, so the pair is read on the
surface: the first actor right after "entre" (a short description may precede the name), then
"et" (right after it, after a parenthesis, or after one incise between commas), then the
second actor (again after a short description at most).

Precision first: anything else between the two (a second "entre", a clause stop, another
person), a pact the sentence says is undone, failed or wished for (the ``pact_undone`` words),
a conditional anywhere in the sentence, and nothing is read. The cue's modality (negation,
question) is then checked like any verb cue's.

The same surface reading gives a verb cue the subject pair the parser did not coordinate
(:func:`coordinated_subjects`): « X, arrivé deuxième, et Y, qui menait la liste divers gauche,
soutiennent Z », and for a ``mutual`` cue with no object, the two partners of the pact: "X, qui
avait obtenu 18 %, et Y, arrivée troisième, ont déposé une liste commune"; so are the owners of
the lists that merge ("la liste de X et celle des Verts conduite par Y ont fusionné"; "Y, dont
la liste a fusionné avec celle de X": :func:`list_owner_subject`). A description with no name
after it, an incise naming a third person, a singular verb, or anything but the verb group
after the pair, and there is no pair.
"""

from __future__ import annotations

from alliancegraph.loaders.arguments import CLITIC_WORDS, passive_group
from alliancegraph.loaders.claims import End, end_of
from alliancegraph.loaders.context import Context, resolution_list
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold, feature
from alliancegraph.ontology.grammar import grammar_words

# Words of a short description before a name: determiner, role, party adjective.
DESCRIPTION_POS = frozenset({"DET", "NOUN", "ADJ", "PROPN", "PRON"})
MAX_DESCRIPTION = 4
MAX_INCISE = 16
# A subject pair's description may be longer and hold a party complement ("la tête de liste
# de P, Y").
MAX_PARTNER_DESCRIPTION = 8
OF = grammar_words("pacts", "of")
# "celle de X" for "la liste de X" once a list was named.
LIST_PRONOUNS = grammar_words("pacts", "list_pronouns")
PAIR_AND = grammar_words("pacts", "pair_and")
PAIR_BREAKS = grammar_words("pacts", "pair_breaks")
OWNER_RELATIVE = grammar_words("pacts", "owner_relative")
AGENT = grammar_words("pacts", "agent")
# Words between a pact's noun and its "entre": "conclu dans la nuit", "de dernière minute".
MAX_BEFORE_ENTRE = 9


def between_pair(ctx: Context, last: int, sent) -> tuple[End, End] | str:
    """The two actors of "entre X et Y" after a cue ending at ``last``, or why there are none."""
    view = ctx.view
    at = _entre(ctx, last, sent)
    if at is None:
        return "no entre"
    first = _actor_after(ctx, at + 1, sent)
    if first is None:
        return "no actor after entre"
    j = _past_first(ctx, first, sent)
    if j is None or j >= sent.end or view.folded[j] != "et":
        return "no second actor"
    second = _actor_after(ctx, j + 1, sent)
    if second is None or second.name == first.name:
        return "no second actor"
    if any("Cnd" in feature(ctx.doc[k], "Mood") for k in range(sent.start, sent.end)):
        return "pact only possible"  # "un accord entre X et Y aurait pu sceller l'élection"
    undone = ctx.lexicon.lists["pact_undone"]
    if any(
        view.folded[k] in undone or view.lemmas[k] in undone for k in range(sent.start, sent.end)
    ):
        return "pact undone"
    return end_of(first), end_of(second)


def _entre(ctx: Context, last: int, sent) -> int | None:
    """The "entre" after the cue, which a short modifier may precede ("une alliance de
    dernière minute entre", "un accord électoral entre"), or the participle that tells the
    pact was made, with a short adjunct ("un accord a été conclu dans la nuit entre")."""
    view = ctx.view
    for k in range(last + 1, min(sent.end, last + MAX_BEFORE_ENTRE)):
        if view.folded[k] == "entre":
            return k
        made = view.pos[k] == "AUX" or (
            view.pos[k] == "VERB" and "Part" in feature(ctx.doc[k], "VerbForm")
        )
        if view.puncts[k] or (view.pos[k] in {"VERB", "AUX"} and not made):
            return None
        if ctx.at.get(k) is not None or (k > last + 4 and not made and view.pos[k] == "VERB"):
            return None
    return None


def _actor_after(ctx: Context, start: int, sent) -> Mention | None:
    """The actor a name or a short description starting at ``start`` ends on; a name written
    after the description wins over what the description was bound to ("le candidat LR, X")."""
    for k in range(start, min(sent.end, start + MAX_DESCRIPTION + 1)):
        mention = ctx.at.get(k)
        if mention is not None and mention.name and mention.kind in {"person", "party"}:
            if mention.start < start and mention.kind != "party":
                return None
            if mention.source not in WRITTEN_SOURCES or mention.kind == "party":
                # "le candidat LR, X", "la candidate LR X": the name the label qualifies
                named = _name_after(ctx, mention.end, sent)
                if named is None and _labels_a_role(ctx, start, mention):
                    return None  # "entre un élu UMP et le FN": one unnamed member, not UMP
                return named or mention
            return mention
        if ctx.view.pos[k] not in DESCRIPTION_POS and ctx.view.texts[k] != ",":
            return None
        if ctx.view.folded[k] in {"et", "ou", "entre"}:
            return None
    return None


def _labels_a_role(ctx: Context, start: int, party: Mention) -> bool:
    """Whether a party written after ``start`` only qualifies a singular role noun before it
    ("un élu UMP", "la candidate PS", "le maire sortant LR"): the pact is that one person's."""
    k = party.start - 1
    if k > start and ctx.view.pos[k] == "ADJ":
        k -= 1  # "le maire sortant LR"
    return k >= start and ctx.view.folded[k] in ctx.lexicon.lists["labelled_nouns"]


def _name_after(ctx: Context, start: int, sent) -> Mention | None:
    """A person's name closing a description: "le candidat LR, X" (party and comma between)."""
    for k in range(start, min(sent.end, start + MAX_DESCRIPTION)):
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person" and mention.source in WRITTEN_SOURCES:
            return mention
        if mention is None and ctx.view.texts[k] != "," and ctx.view.pos[k] not in {"ADJ", "NOUN"}:
            return None
    return None


def coordinated_subjects(ctx: Context, i: int, sent) -> tuple[End, End] | None:
    """The two actors of a subject pair the verb cue at ``i`` shares, read on the surface when
    the parser, which rarely coordinates names wrapped in descriptions and incises, gives it
    fewer: « X, arrivé deuxième, et Y, qui menait la liste divers gauche, soutiennent Z »,
    « X (PS) et Y (PCF) ont rallié Z », and for a pact (a ``mutual`` cue with no object) its
    two partners: « le maire sortant, X, et la tête de liste du MoDem, Y, ont déposé une liste
    commune », « la liste de X et celle de Y ont fusionné ».

    Read like the pair after « entre »: a first actor opening the sentence or a clause after a
    comma, « et », a second actor, and nothing after it but a parenthesis or one incise before
    the verb group of the cue, whose finite verb is plural. Anything else (a third name, a
    clause stop, another verb, a singular verb) and there is no pair."""
    verb = _verb_group_start(ctx, i, sent)
    if verb is None or not _plural(ctx, verb, i):
        return None
    view = ctx.view
    openers = [sent.start, *(k + 1 for k in range(sent.start, verb) if view.texts[k] == ",")]
    for opener in openers:
        first = _partner_at(ctx, opener, sent)
        if first is None or first.end >= verb:
            continue
        j = _past_first(ctx, first, sent)
        if j is None or j >= verb or view.folded[j] not in PAIR_AND:
            continue
        second = _partner_at(ctx, j + 1, sent)
        if second is None or second.name == first.name or second.end > verb:
            continue
        if _past_second(ctx, second, sent, verb):
            return end_of(first), end_of(second)
    return None


def list_owner_subject(ctx: Context, i: int, sent) -> End | None:
    """The owner of the list that is the subject of a merger told in a relative clause on
    « dont »: « Y, dont la liste a fusionné avec celle de X » (Y's list merged: Y's pact). The
    relative must follow Y's name right after a comma, and the list be its verb's only
    subject."""
    verb = _verb_group_start(ctx, i, sent)
    if verb is None or verb - 4 < sent.start:
        return None
    view = ctx.view
    if not (
        view.folded[verb - 1] in resolution_list("list_nouns")
        and view.pos[verb - 2] == "DET"
        and view.folded[verb - 3] in OWNER_RELATIVE
        and view.texts[verb - 4] == ","
    ):
        return None
    named = ctx.at.get(verb - 5)
    if named is None or named.end != verb - 4 or named.kind != "person" or not named.name:
        return None
    return end_of(named)


def _plural(ctx: Context, start: int, end: int) -> bool:
    """Whether the first finite verb of the verb group from ``start`` to ``end`` is plural."""
    for k in range(start, end + 1):
        token = ctx.doc[k]
        if token.pos_ in {"AUX", "VERB"} and "Fin" in feature(token, "VerbForm"):
            return "Plur" in feature(token, "Number")
    return False


def _partner_at(ctx: Context, start: int, sent) -> Mention | None:
    """A partner written at ``start`` of a subject pair: a name after a description that may
    hold a party complement (« la déléguée locale du MoDem, Y », « la tête de liste de P, Y »),
    or a party on its own (« le PS et EELV »). A description with no name after it is an
    unnamed person, never its party (« X et la déléguée du MoDem ont … » is no pact with P)."""
    view = ctx.view
    owner = _list_owner_start(ctx, start, sent)
    if owner is not None:  # « la liste de X », « celle des Verts conduite par Y »
        start = owner
        party = ctx.at.get(start)
        if party is not None and party.kind == "party" and party.start == start:
            # « celle des Verts conduite par Y », « celle du NPA, Y » (that party's head)
            return _list_leader(ctx, party.end, sent) or _name_after(ctx, party.end, sent) or party
    complement = False  # past a « de » with no comma since: « proche de X » describes another
    for k in range(start, min(sent.end, start + MAX_PARTNER_DESCRIPTION + 1)):
        mention = ctx.at.get(k)
        if mention is not None and mention.name and mention.kind in {"person", "party"}:
            if mention.start < start:
                return None
            if mention.kind == "person" and mention.source in WRITTEN_SOURCES:
                return None if complement else mention
            named = _name_after(ctx, mention.end, sent)
            if named is not None:
                return named
            alone = all(view.pos[x] == "DET" for x in range(start, mention.start))
            return mention if mention.kind == "party" and alone else None
        if view.folded[k] in PAIR_BREAKS:
            return None
        complement = view.folded[k] in OF or (complement and view.texts[k] != ",")
        if not (
            view.pos[k] in DESCRIPTION_POS
            or view.folded[k] in OF
            or view.texts[k] == ","
            or view.folded[k] in ctx.lexicon.lists["current"]  # "sortante" tagged a verb
        ):
            return None
    return None


def _list_owner_start(ctx: Context, start: int, sent) -> int | None:
    """Where the owner of a list written at ``start`` begins: « la liste de X », « la liste du
    maire X », « celle des Verts »: a list's partner in a merger is whoever it belongs to."""
    view = ctx.view
    k = start + 1 if view.pos[start] == "DET" else start
    is_list = view.folded[k] in resolution_list("list_nouns") or view.folded[k] in LIST_PRONOUNS
    if k + 2 < sent.end and is_list and view.folded[k + 1] in OF:
        return k + 2
    return None


def _list_leader(ctx: Context, end: int, sent) -> Mention | None:
    """The person a party's list is led by, right after the party: « celle des Verts conduite
    par Y », « la liste du PCF, menée par Y »."""
    view = ctx.view
    k = end + 1 if end < sent.end and view.texts[end] == "," else end
    if (
        k + 2 < sent.end
        and view.folded[k] in resolution_list("list_leading")
        and view.folded[k + 1] in AGENT
    ):
        mention = ctx.at.get(k + 2)
        if mention is not None and mention.kind == "person" and mention.start == k + 2:
            return mention
    return None


def _verb_group_start(ctx: Context, i: int, sent) -> int | None:
    """The first token of the verb group that ends on the cue at ``i``: auxiliaries, adverbs
    and clitics before it (« ont finalement fusionné », « se sont alliés »), or None when the
    cue is no verb."""
    if ctx.view.pos[i] not in {"VERB", "AUX"}:
        return None
    j = i
    while j - 1 > sent.start and (
        ctx.view.pos[j - 1] in {"AUX", "ADV"} or ctx.view.folded[j - 1] in CLITIC_WORDS
    ):
        j -= 1
    return j


def _past_first(ctx: Context, first: Mention, sent) -> int | None:
    """The token after the first actor of a pair and what may follow it before « et »: a
    parenthesis (« X (PS) ») and one incise between commas (« X, arrivée en tête, »)."""
    j: int | None = first.end
    if j < sent.end and ctx.view.texts[j] == "(":
        j = _closing(ctx, j, sent)
    if j is not None and j + 1 < sent.end and ctx.view.texts[j] == ",":
        j = j + 1 if ctx.view.folded[j + 1] in PAIR_AND else _incise_end(ctx, j, sent, first)
    return j


def _past_second(ctx: Context, second: Mention, sent, verb: int) -> bool:
    """Whether only a parenthesis, a closing comma or one incise closed by a comma that names
    no other person stands between the second actor of a subject pair and its verb group."""
    j: int | None = second.end
    if j < sent.end and ctx.view.texts[j] == "(":
        j = _closing(ctx, j, sent)
    if j is None or j >= sent.end or ctx.view.texts[j] != ",":
        return j == verb
    for k in range(j + 1, min(verb + 1, j + MAX_INCISE)):
        if k == verb:
            return ctx.view.texts[k - 1] == ","
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person" and mention.name != second.name:
            return False
        if ctx.view.texts[k] in {";", ":", "?", "!", "."} or ctx.view.folded[k] in PAIR_AND:
            return False
    return False


def _closing(ctx: Context, j: int, sent) -> int | None:
    for k in range(j + 1, min(sent.end, j + 8)):
        if ctx.view.texts[k] == ")":
            return k + 1
    return None


def _incise_end(ctx: Context, comma: int, sent, first: Mention) -> int | None:
    """The token after an incise ", arrivée en tête," that follows the first actor: it must close
    on a comma right before "et" and name no other person."""
    for k in range(comma + 1, min(sent.end, comma + MAX_INCISE)):
        text = ctx.view.texts[k]
        if text in {";", ":", "?", "!", "."} or ctx.view.folded[k] == "entre":
            return None
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person" and mention.name != first.name:
            return None
        if text == "," and k + 1 < sent.end and ctx.view.folded[k + 1] == "et":
            return k + 1
        if ctx.view.folded[k] == "et":
            return None  # "X, Y et Z": a list, not an incise
    return None



def binds_both(ctx: Context, i: int, mutual: bool) -> bool:
    """Whether the pact a cue at ``i`` tells with a partner is made, so that it binds the
    partner too ("X s'est allié avec Y", "X a décidé de fusionner sa liste avec celle de Y",
    "X a scellé une alliance avec Y", "X a confirmé qu'un accord a été passé avec Y"). A verb
    cue must be ``mutual`` in the ontology and be the clause's own verb or the complement of a
    verb of decision (``[lists] pact_made``); a noun cue must be a rallying word (``[lists]
    rally``) and the subject of its passive verb. "X veut s'allier avec Y", "X propose de faire
    liste commune avec Y", "X veut un accord avec Y" tell X's wish, not Y's."""
    token = ctx.doc[i]
    if token.pos_ == "NOUN":
        if ctx.view.lemmas[i] not in ctx.lexicon.lists["rally"] or not passive_group(ctx, i):
            return False
        token = token.head
    elif not mutual:
        return False
    made = ctx.lexicon.lists["pact_made"]
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        if cfold(token.lemma_) not in made:
            return False
    return True
