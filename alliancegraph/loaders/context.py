"""The shapes every resolution step and relation rule shares: one parsed article's
``Context`` (mentions, quotations, sentences, resolved entities, salience), the ``Quote``,
``RoleSpec`` and ``Entity`` records, and the word lists more than one step reads.

Separate from ``resolution`` so that the steps (quotes, anaphora, roles) and the relation
rules can depend on these shapes without depending on the pass that runs the steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from alliancegraph.loaders.cues import Lexicon, cue_section
from alliancegraph.loaders.mentions import Mention, TokenView, cfold
from alliancegraph.loaders.trace import Trace
from alliancegraph.model import Article
from alliancegraph.ontology.gazetteer import Gazetteer, PartyEntry, PersonEntry

CLITICS = {"-il": "m", "-elle": "f", "-ils": "m", "-elles": "f", "-t-il": "m", "-t-elle": "f"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
ROLE_STOP = frozenset({"de", "du", "d", "des", "a", "au", "aux", "en", "la", "le", "l", "les"})


@dataclass
class Quote:
    """A quotation: token range (marks included) and, once found, its speaker's name."""

    start: int
    end: int
    speaker: str | None = None
    confidence: float = 0.0
    incise: tuple[int, int] | None = None
    continued: bool = False  # no incise: the speaker is the person the sentence before is about


@dataclass(frozen=True)
class RoleSpec:
    """A role as a comparable key: head ("premier ministre"), party, other qualifier words."""

    head: str
    party: str | None
    words: frozenset[str]
    former: bool = False
    gender: str | None = None


@dataclass
class Entity:
    """A resolved actor of the article."""

    name: str
    kind: str
    gender: str | None = None
    entry: PersonEntry | PartyEntry | None = None


@dataclass
class Context:
    """Everything the relation rules need about one parsed article."""

    doc: Doc
    article: Article
    gazetteer: Gazetteer
    lexicon: Lexicon
    view: TokenView | None = None
    mentions: list[Mention] = field(default_factory=list)
    at: dict[int, Mention] = field(default_factory=dict)
    sentence_flags: dict[int, tuple[bool, bool, bool, bool]] = field(default_factory=dict)
    # (token, head noun, content words, name) of every description glued to a name
    described: list[tuple[int, str, frozenset[str], str]] = field(default_factory=list)
    # the same, for descriptions the article used alone and that were bound ("le maire
    # sortant" -> X): a later same or shorter description means X again
    bound: list[tuple[int, str, frozenset[str], str]] = field(default_factory=list)
    quote_of: list[int] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    sents: list = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    salience: list[list[tuple[int, str, int]]] = field(default_factory=list)
    trace: Trace = field(default_factory=Trace)  # cues fired, candidates dropped
    kids: list[list[int]] | None = None  # dependents of each token, built on first use
    # results of functions that read only the finished resolution (mentions, quotations,
    # tokens), keyed by the function and its arguments: the rules ask the same questions
    # for every cue entry of a word and every candidate end (see ``arguments._gap_words``)
    memo: dict[tuple, object] = field(default_factory=dict)
    # set once ``build_context`` has finished: ``at`` no longer changes, so what is read from
    # it (``mentions_in``) may be kept for the rest of the article
    resolved: bool = False

    def children(self, i: int) -> list[int]:
        """Indices of token ``i``'s dependents in order, as ``Token.children`` yields them,
        without making a Token for each: a rule tests ``view.deps[j]`` first and makes
        ``doc[j]`` only for the dependents that pass."""
        if self.kids is None:
            self.kids = [[] for _ in self.view.heads]
            for j, head in enumerate(self.view.heads):
                if head != j:
                    self.kids[head].append(j)
        return self.kids[i]

    def mention(self, i: int) -> Mention | None:
        return self.at.get(i)

    def mentions_in(self, s: int) -> list[Mention]:
        """The distinct mentions covering tokens of sentence ``s``, in text order (read from
        ``at``, so a mention merged into another's span counts once).

        Once the resolution is finished the list is kept per sentence (a copy is returned):
        the post-stages ask it for every sentence of the article for each membership claim
        (``superseded._left_elsewhere``), each time a walk over the sentence's tokens."""
        if not self.resolved:
            return self._read_mentions_in(s)
        key = ("mentions_in", s)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._read_mentions_in(s)
        return list(found)

    def mentions_starting_in(self, s: int) -> tuple[Mention, ...]:
        """The mentions whose first token is in sentence ``s``, in the order of ``mentions``.

        Once the resolution is finished they are grouped by sentence in one pass over the
        article's mentions: the description rules ask for every sentence, and a walk over
        every mention of the article each time grew with the article's length squared."""
        if not self.resolved:
            sent = self.sents[s]
            return tuple(m for m in self.mentions if sent.start <= m.start < sent.end)
        key = ("mentions_starting_in",)
        by_sentence = self.memo.get(key)
        if by_sentence is None:
            grouped: dict[int, list[Mention]] = {}
            for m in self.mentions:
                grouped.setdefault(self.sent_of[m.start], []).append(m)
            by_sentence = self.memo[key] = {k: tuple(v) for k, v in grouped.items()}
        return by_sentence.get(s, ())

    def _read_mentions_in(self, s: int) -> list[Mention]:
        sent = self.sents[s]
        return list(
            {id(m): m for i in range(sent.start, sent.end) if (m := self.at.get(i))}.values()
        )

    def party_word(self, i: int) -> bool:
        """Token ``i`` is part of a party's name: a party mention, or the party's proper name
        inside a role mention that spans it ("la candidate PCF", "le candidat du PCF" are
        one mention each, so ``at`` gives the role, not the party, at "PCF")."""
        mention = self.at.get(i)
        return mention is not None and (
            mention.kind == "party"
            or (mention.source == "role" and mention.start < i and self.view.pos[i] == "PROPN")
        )

    def in_quote(self, i: int) -> bool:
        return self.quote_of[i] >= 0

    def sentence_text(self, s: int) -> str:
        """The text of sentence ``s``, sliced from the article (cheaper than ``Span.text``)."""
        sent = self.sents[s]
        return self.article.text[sent.start_char : sent.end_char]

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.at[i] = mention

    def party_by_adjective(self, word: str) -> PartyEntry | None:
        """The party an adjective names ("socialiste"), from a map built once per gazetteer."""
        return adjective_map(self.gazetteer).get(cfold(word))


def is_subject(ctx: Context, m: Mention) -> bool:
    """A mention that is its clause's subject, or a name in apposition to the subject ("Leur
    président, Christian Jacob, a annoncé …")."""
    token = ctx.doc[m.start]
    if token.dep_ == "det" and m.start < token.head.i < m.end:
        token = token.head  # a description ("La conseillère municipale …"): its noun is the subject
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS and token.head.i < m.start


def gazetteer_party(ctx: Context, name: str | None) -> str | None:
    """The party the gazetteer puts the person the article calls ``name`` in at the
    article's date (None for a party, an unknown person or one in no party then)."""
    entity = ctx.entities.get(name) if name else None
    party_at = getattr(entity.entry if entity is not None else None, "party_at", None)
    return party_at(ctx.article.date) if party_at is not None else None


def party_of_mention(
    ctx: Context, m: Mention, before: int | None = None, family: bool = False
) -> set[str]:
    """Parties the text puts next to a name ("la socialiste X", "X (UMP)", "X, député PS"),
    and the gazetteer's party of a known person at the article's date. With ``before``, only
    words before that token count: a description being resolved is no label of the names it
    may stand for ("X, battu par le candidat RN": "RN" labels the winner, not X). With
    ``family``, a family word next to the name labels it with every party of the family ("la
    tête de liste centriste, X": the parties "le centriste" may mean)."""
    parties: set[str] = set()
    if known := gazetteer_party(ctx, m.name):
        parties.add(known)
    sent = ctx.sents[ctx.sent_of[m.start]]
    stop = min(sent.end, m.end + 6, len(ctx.doc) if before is None else before)
    for j in range(max(sent.start, m.start - 3), stop):
        other = ctx.at.get(j)
        if other is not None and other.kind == "party":
            parties.add(other.name)
        elif other is None:
            party = ctx.party_by_adjective(ctx.doc[j].text)
            if party is not None:
                parties.add(party.name)
            elif family:
                parties |= {p.name for p in ctx.gazetteer.parties_by_family(ctx.doc[j].text)}
        verb = ctx.doc[j]
        if j >= m.end and verb.pos_ == "VERB" and verb.dep_ not in {"acl", "amod", "appos"}:
            break  # "X, député PS", "X, élu écologiste", not "X a rejoint les socialistes"
    return parties


# "de" and "à" with their contractions: the prepositions that join a name or a move to the noun
# or verb it completes ("l'amie de X", "la lettre de X à Y", "a répondu aux critiques").
DE_A = frozenset({"de", "du", "d", "des", "a", "au", "aux"})
# Endings of a first-group past participle, which the tagger may call an adjective or a noun
# ("le président proclamé", "Invitée à soutenir X, …").
E_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")

# The lexicon's lists of nouns that stand for a person ("le candidat", "la maire", "sa sœur").
PERSON_NOUNS = ("member_roles", "role_heads", "person_nouns", "relatives")


def person_noun(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a noun for a person, which a pronoun or a participle may stand
    for, unlike a noun for a thing ("la motion", "le texte", "l'investiture")."""
    return any(ctx.view.folded[k] in ctx.lexicon.lists[name] for name in PERSON_NOUNS)


def foreign(ctx: Context, j: int) -> bool:
    """Whether token ``j``, right after a party's name or adjective, makes it a foreign party
    ("les Verts allemands", "le député socialiste espagnol X"): the gazetteer's parties are
    French, and a party word qualified by another nation is not one of them."""
    return j < len(ctx.view.folded) and ctx.view.folded[j] in resolution_list("nationalities")


@cache
def resolution_list(name: str) -> frozenset[str]:
    """A folded word list of the ``[resolution]`` section of ``ontology/cues.toml``."""
    return frozenset(resolution_sequence(name))


@cache
def resolution_sequence(name: str) -> tuple[str, ...]:
    """The same list in its written order (``group_numbers``: "deux" counts 2, "trois" 3…)."""
    return tuple(cfold(word) for word in cue_section("resolution").get(name, ()))


_ADJECTIVES: dict[int, dict[str, PartyEntry]] = {}


def adjective_map(gazetteer: Gazetteer) -> dict[str, PartyEntry]:
    """Folded party adjective -> party, built once per gazetteer."""
    key = id(gazetteer)
    if key not in _ADJECTIVES:
        _ADJECTIVES[key] = {
            cfold(adjective): party
            for party in reversed(gazetteer.parties)
            for adjective in party.adjectives
        }
    return _ADJECTIVES[key]
