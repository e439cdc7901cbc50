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
"""

from __future__ import annotations

from alliancegraph.loaders.arguments import passive_group
from alliancegraph.loaders.claims import End, end_of
from alliancegraph.loaders.context import Context
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, cfold

# Words of a short description before a name: determiner, role, party adjective.
DESCRIPTION_POS = frozenset({"DET", "NOUN", "ADJ", "PROPN", "PRON"})
MAX_DESCRIPTION = 4
MAX_INCISE = 16
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
    j = first.end
    if j < sent.end and view.texts[j] == "(":
        j = _closing(ctx, j, sent)
    if j < sent.end and view.texts[j] == ",":
        j = _incise_end(ctx, j, sent, first)
    if j is None or j >= sent.end or view.folded[j] != "et":
        return "no second actor"
    second = _actor_after(ctx, j + 1, sent)
    if second is None or second.name == first.name:
        return "no second actor"
    if any("Cnd" in ctx.doc[k].morph.get("Mood") for k in range(sent.start, sent.end)):
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
            view.pos[k] == "VERB" and "Part" in ctx.doc[k].morph.get("VerbForm")
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
