"""What the relation rules pass around before a claim gets its provenance.

:class:`End` is one end of a claim (a person, a party, or a party qualified by a group's
words), :class:`Found` a claim found in a sentence, and :class:`Discourse` what earlier
sentences established (who invited whom, who supports whom, who just took a stance), which
the rules need for objects a sentence leaves implicit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from alliancegraph.loaders.context import Context
from alliancegraph.loaders.mentions import Mention, fold_token
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

DETERMINERS = grammar_words("claims", "determiners")
CLAUSE_STOPS = grammar_words("claims", "clause_stops")
STANCES = frozenset({REL.SUPPORTS, REL.REJECTS, REL.INVITED_TO_RALLY, REL.TEMPTED_BY})


@dataclass(frozen=True)
class End:
    """One end of a claim: canonical name, kind, the group words of a group subject."""

    name: str
    kind: str
    confidence: float
    group: str | None = None


@dataclass(frozen=True)
class Found:
    """A claim before provenance is attached: ends, relation, cue words, sentence, confidence,
    and the rule that found it (the extractor names the family when a rule leaves it empty)."""

    subject: End
    relation: str
    object: End
    cue: str
    sentence: int
    confidence: float
    rule: str = ""


@dataclass
class Discourse:
    """What earlier sentences of the article established, for implicit objects.

    ``invited_by``: who last invited each actor; ``allies``: whom each actor supports or
    speaks for; ``parties``: the party the article gave each person; ``stances``: (sentence,
    subject) of every stance claim so far; ``declined``: refusals with no object yet
    (sentence, refuser, cue token, last cue token, cue), which an invitation told just after
    may answer; ``invitations``: every invitation so far, in order (an answer that is no
    refusal needs to know how fresh the offer is: ``loaders/offers.py``).
    """

    invited_by: dict[str, End] = field(default_factory=dict)
    parties: dict[str, str] = field(default_factory=dict)
    allies: dict[str, set[str]] = field(default_factory=dict)
    stances: list[tuple[int, str]] = field(default_factory=list)
    last_stance: Found | None = None
    declined: list[tuple] = field(default_factory=list)
    invitations: list[Found] = field(default_factory=list)

    def record(self, found: Found) -> None:
        if found.relation == REL.INVITED_TO_RALLY:
            self.invited_by[found.object.name] = found.subject
            self.invitations.append(found)
        if found.relation in {REL.SUPPORTS, REL.SPOKESPERSON_OF}:
            self.allies.setdefault(found.subject.name, set()).add(found.object.name)
        if found.relation in STANCES:
            self.stances.append((found.sentence, found.subject.name))
            self.last_stance = found
        if found.relation == REL.MEMBER_OF:
            self.parties[found.subject.name] = found.object.name

    def inviter_of(self, name: str, via_party: bool = False) -> End | None:
        """Who last invited ``name``, or else (``via_party``) ``name``'s party: "X a proposé
        aux dirigeants d'EELV un ministère … La secrétaire nationale d'EELV a décliné l'offre"."""
        party = self.parties.get(name) if via_party else None
        return self.invited_by.get(name) or (self.invited_by.get(party) if party else None)

    def echoed(self, s: int) -> Found | None:
        """The stance "X a fait de même" repeats: the latest one, from the 3 sentences before."""
        last = self.last_stance
        return last if last is not None and s - 3 <= last.sentence <= s else None

    def recent_actor(self, s: int, exclude: set[str]) -> str | None:
        """The latest actor who took a stance in the 4 sentences before ``s``."""
        for sentence, name in reversed(self.stances):
            if s - 4 <= sentence < s and name not in exclude:
                return name
        return None


def end_of(mention: Mention) -> End:
    """The claim end a resolved mention stands for."""
    return End(mention.name, mention.kind, mention.confidence)


def words_from(ctx: Context, start: int, limit: int) -> list[tuple[str, int]]:
    """Folded words of tokens ``start``..``limit`` with the token each comes from.

    A slice of the article's word list (:func:`_article_words`), not a fold of each token:
    the rules ask this for every cue, candidate and name, often over the same tokens."""
    texts = ctx.view.texts
    limit = min(limit, len(texts))
    if start < 0:  # a range reaching back from the end, as the token loop read it
        return [(w, j) for j in range(start, limit) for w in fold_token(texts[j])]
    if start >= limit:
        return []
    words, first = _article_words(ctx)
    return words[first[start] : first[limit]]


def _article_words(ctx: Context) -> tuple[list[tuple[str, int]], list[int]]:
    """Every folded word of the article with its token, and where each token's words start
    in that list (one more entry for the end): built once per article, so that
    :func:`words_from` is one slice."""
    key = ("claims", "article_words")
    found = ctx.memo.get(key)
    if found is None:
        words: list[tuple[str, int]] = []
        first: list[int] = []
        # the view's folds are the tokens' folds (``fold_token`` is their words): one word
        # but for a few tokens ("aujourd'hui"), none for marks
        for j, folded in enumerate(ctx.view.folded):
            first.append(len(words))
            if " " in folded:
                words.extend((w, j) for w in folded.split())
            elif folded:
                words.append((folded, j))
        first.append(len(words))
        found = ctx.memo[key] = (words, first)
    return found


def phrase_at(words: list[tuple[str, int]], phrase: tuple[str, ...], within: int) -> int | None:
    """Token index after ``phrase`` if it starts within the first ``within`` words.

    Only a position whose word is the phrase's first is compared whole (the rules ask this
    for every cue and every companion phrase: slicing at each position was their main cost).
    """
    n = len(phrase)
    first = phrase[0] if n else None
    for k in range(0, min(within, len(words) - n + 1)):
        if n and words[k][0] != first:
            continue
        if tuple(w for w, _ in words[k : k + n]) == phrase:
            return words[k + n - 1][1] + 1
    return None


def contracted_start(ctx: Context, mention: Mention) -> int:
    """Where a mention's words start: a role mention, or a description the article tied to a
    person before (« a reproché au maire … » after « X, maire de … »), may begin with
    "du"/"au" (de + le, à + le): the preposition is the verb's, the rest the person's."""
    first = ctx.view.folded[mention.start]
    described = mention.source in {"role", "description"}
    return mention.start + 1 if described and first in {"du", "au"} else mention.start
