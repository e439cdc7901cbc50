"""Offers and their answers: who made an offer, and whom an answer that is no refusal is about.

Two readings the relation rules (:mod:`~alliancegraph.loaders.rules`) ask of this module:

- An offer is often named with what it offers before who made it: "a décliné la proposition
  de liste commune de X", "refuse l'offre d'alliance de X". The rally complement ("de liste
  commune", "d'alliance") sits between the offer noun and its author, and the author is still
  the one who invited the person declining.
- An offer may name its authors by a participle after it: "a refusé l'alliance proposée par X",
  "décline les offres de fusion formulées dimanche par X et par Y", "les alliances proposées
  tant par A que par B". Each agent of that participle made the offer.
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
from alliancegraph.loaders.mentions import Mention, cfold, feature
from alliancegraph.ontology.grammar import grammar_words

# How many sentences back an offer may have been told for a hesitation to answer it.
FRESH_OFFER = 2
# Words a rally complement of an offer noun may hold ("de liste commune", "d'alliance
# électorale", "de fusion des listes"), beyond the rally words themselves.
COMPLEMENT_LIMIT = 4
OF = grammar_words("offers", "of")
# Tokens a participle of offering may stand after its noun ("l'offre de fusion formulée") and
# before its "par" ("proposée dimanche soir par X"), none of them a name, a verb or a stop.
PARTICIPLE_REACH = 6
AGENT_REACH = 4
# Words that join a further agent: "par A et par B", "tant par A que par B", "par A, B ou C".
AGENT_JOINS = grammar_words("offers", "agent_joins")


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


def offer_authors(ctx: Context, last: int, sent) -> list[Mention]:
    """The actors a participle of offering after the noun at ``last`` names as its agents:
    "l'alliance proposée par X", "la main tendue dimanche soir par X", "les offres de fusion
    formulées tant par A que par B" give X, A and B; nothing when no such participle follows
    (``[offers] offered``: its lemmas and forms) or when its "par" names no actor.

    >>> AGENT_JOINS >= {"et", "que"}
    True
    """
    view = ctx.view
    offered = offers_list("offered")
    end = sent.end
    k = last if _offered_participle(ctx, last, offered) else last + 1
    while k < min(end, last + 1 + PARTICIPLE_REACH):
        if view.puncts[k] or ctx.at.get(k) is not None:
            return []
        if _offered_participle(ctx, k, offered):
            break
        if view.pos[k] in {"VERB", "AUX"}:
            return []
        k += 1
    else:
        return []
    for j in range(k + 1, min(end, k + 2 + AGENT_REACH)):
        if view.puncts[j] or view.pos[j] in {"VERB", "AUX"} or ctx.at.get(j) is not None:
            return []
        if view.folded[j] == "par":
            return _agents(ctx, j + 1, end)
    return []


def _offered_participle(ctx: Context, k: int, offered: frozenset[str]) -> bool:
    """A participle of offering at ``k`` ("proposée", "tendue"; tagged a verb or an adjective)."""
    view = ctx.view
    return bool({view.lemmas[k], view.folded[k]} & offered) and (
        "Part" in feature(ctx.doc[k], "VerbForm") or view.pos[k] == "ADJ"
    )


def _agents(ctx: Context, j: int, end: int) -> list[Mention]:
    """The actors listed from ``j`` on: "X", "X (PS) et par Y", "X que par Y", "X, Y ou Z"."""
    view = ctx.view
    agents: list[Mention] = []
    while j < end:
        while j < end and view.pos[j] == "DET":
            j += 1
        mention = ctx.at.get(j)
        if mention is None or mention.start != j or not mention.name:
            break
        agents.append(mention)
        j = _past_parenthesis(ctx, mention.end, end)
        if j >= end or view.folded[j] not in AGENT_JOINS:
            break
        j += 1
        while j < end and view.folded[j] in AGENT_JOINS | {"par"}:
            j += 1
    return agents


def _past_parenthesis(ctx: Context, j: int, end: int) -> int:
    """The token after a parenthesis opening at ``j`` ("X (PS, 25 %)"), else ``j``."""
    if j >= end or ctx.view.texts[j] != "(":
        return j
    for k in range(j + 1, min(end, j + 16)):
        if ctx.view.texts[k] == ")":
            return k + 1
    return j
