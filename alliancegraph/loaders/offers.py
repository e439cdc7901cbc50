"""Offers and their answers: who made an offer, and whom an answer that is no refusal is about.

Two readings the relation rules (:mod:`~alliancegraph.loaders.rules`) ask of this module:

- An offer is often named with what it offers before who made it: "a décliné la proposition
  de liste commune de X", "refuse l'offre d'alliance de X". The rally complement ("de liste
  commune", "d'alliance") sits between the offer noun and its author, and the author is still
  the one who invited the person declining.
- An invitation answered without a refusal ("X lui a proposé de rejoindre sa liste. Y
  hésite", "Y réserve sa réponse", "Y ne dit pas non") makes the one invited TEMPTED_BY the
  inviter. Only a fresh offer counts (told at most two sentences before), and only when one
  actor made it: a candidate courted by both camps who hesitates leans towards neither.
"""

from __future__ import annotations

from functools import cache

from alliancegraph.loaders.claims import Discourse, End
from alliancegraph.loaders.context import Context
from alliancegraph.loaders.cues import cue_section
from alliancegraph.loaders.mentions import cfold

# How many sentences back an offer may have been told for a hesitation to answer it.
FRESH_OFFER = 2
# Words a rally complement of an offer noun may hold ("de liste commune", "d'alliance
# électorale", "de fusion des listes"), beyond the rally words themselves.
COMPLEMENT_LIMIT = 4
OF = frozenset({"de", "d", "du", "des"})


def fresh_inviter(discourse: Discourse, name: str, s: int) -> End | None:
    """The one actor who invited ``name`` (or ``name``'s party) in the sentences
    ``s - FRESH_OFFER`` .. ``s``, or None when nobody did or several did."""
    invitees = {name}
    party = discourse.parties.get(name)
    if party:
        invitees.add(party)
    inviters = {
        found.subject.name: found.subject
        for found in discourse.invitations
        if found.object.name in invitees and s - FRESH_OFFER <= found.sentence <= s
    }
    return next(iter(inviters.values())) if len(inviters) == 1 else None


def past_rally_complement(ctx: Context, j: int, end: int) -> int:
    """The token after a rally complement starting at ``j`` ("de liste commune de X" gives the
    position of the last "de"), or ``j`` itself when none starts there. The complement holds
    no actor and at least one rallying word (``[lists] rally``)."""
    view = ctx.view
    if j >= end or view.folded[j] not in OF:
        return j
    rally = ctx.lexicon.lists["rally"]
    seen_rally = False
    for k in range(j + 1, min(end, j + 2 + COMPLEMENT_LIMIT)):
        if ctx.at.get(k) is not None or view.puncts[k]:
            return j
        if view.folded[k] in OF:
            return k if seen_rally else j
        seen_rally = seen_rally or view.lemmas[k] in rally or view.folded[k] in rally
    return j


@cache
def offers_list(name: str) -> frozenset[str]:
    """A folded word list of the ``[offers]`` section of ``ontology/cues.toml``."""
    return frozenset(cfold(word) for word in cue_section("offers").get(name, ()))


def declined_after(ctx: Context, i: int, sent) -> bool:
    """A refusal later in the sentence of a hesitation at ``i`` ("a hésité, puis a décliné
    l'offre"): the hesitation ended in a no."""
    declines = offers_list("declines")
    view = ctx.view
    words = " ".join(view.folded[i + 1 : sent.end])
    return any(
        view.lemmas[k] in declines or view.folded[k] in declines for k in range(i + 1, sent.end)
    ) or any(f" {phrase} " in f" {words} " for phrase in declines if " " in phrase)


def answered_offer(
    ctx: Context, discourse: Discourse, name: str, i: int, s: int, sent
) -> End | None:
    """The inviter an answer at ``i`` that is no refusal leaves ``name`` tempted by."""
    if declined_after(ctx, i, sent):
        return None
    return fresh_inviter(discourse, name, s)
