"""The cue lexicon of the relation rules, loaded from ``ontology/cues.toml`` into folded sets.

Cues are data so an analyst can add a verb without touching a rule. Everything is folded once
at load time into frozensets and dicts: the rules then do O(1) look-ups per token, which keeps
extraction cheap next to parsing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from alliancegraph.ontology.gazetteer import fold

CUES_FILE = Path(__file__).resolve().parents[1] / "ontology" / "cues.toml"


@cache
def cue_section(name: str) -> dict:
    """One section of ``ontology/cues.toml`` (``[resolution]``, ``[offers]``, ``[roster]``…).

    The file is parsed once per process, whichever section is asked for first: the rules ask
    for their word lists per article, and each module reading the file again cost a parse each.
    """
    return _cue_file().get(name, {})


@cache
def _cue_file() -> dict:
    return tomllib.loads(CUES_FILE.read_text(encoding="utf-8"))


def _words(items) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(item).split()) for item in items)


@dataclass(frozen=True)
class VerbCue:
    """A cue verb: which relation it signals and where its object is found."""

    relation: str
    triggers: frozenset[str]
    with_words: tuple[tuple[str, ...], ...]
    before_words: frozenset[str]
    objects: tuple[tuple[str, ...], ...]
    negated: str | None
    needs_negation: bool = False
    party_relation: str | None = None
    rally: bool = False
    orphan: bool = False
    owner: bool = False
    reverse: bool = False
    own_camp: bool = False
    bare: bool = False
    inverse: bool = False
    echo: bool = False
    passive: bool = False
    mutual: bool = False
    between: bool = False
    symmetric: bool = False
    governed: bool = False
    possessor: bool = False
    campaign: bool = False
    joint_list: bool = False  # a party's joint list with a person: the party backs the person
    active_only: bool = False  # never read as a passive participle with its agent
    held: bool = False  # a noun held, never received: "grâce à la candidature de X" gives none
    judgement: bool = False  # "juge Y irresponsable": nothing but the object before the word
    name: str = ""  # its first lemmas as written, to name the rule in traces and reports
    lemmas: tuple[str, ...] = ()  # as written: the question parser inflects them itself


@dataclass(frozen=True)
class NounCue:
    """A noun describing its holder ("porte-parole de Y"): relation and object prepositions."""

    relation: str
    words: tuple[tuple[str, ...], ...]
    objects: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Every cue, folded; ``verb_index`` maps a folded lemma or form to the cues it fires."""

    verbs: tuple[VerbCue, ...]
    nouns: tuple[NounCue, ...]
    verb_index: dict[str, tuple[VerbCue, ...]]
    lists: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    role_forms: dict[str, str]
    joined: dict[str, tuple[str, ...]]  # " word word " forms, for substring tests on a sentence


def _verb(raw: dict) -> VerbCue:
    negated = raw.get("negated", "none")
    return VerbCue(
        relation=raw["relation"],
        triggers=frozenset(fold(w) for w in [*raw.get("lemmas", ()), *raw.get("surface", ())]),
        with_words=_words(raw.get("with", ())),
        before_words=frozenset(fold(w) for w in raw.get("before", ())),
        objects=_words(raw["objects"]) if "objects" in raw else ((),),
        negated=None if negated == "none" else negated,
        needs_negation=raw.get("needs_negation", False),
        party_relation=raw.get("party_relation"),
        rally=raw.get("rally", False),
        orphan=raw.get("orphan", False),
        owner=raw.get("owner", False),
        reverse=raw.get("reverse", False),
        own_camp=raw.get("own_camp", False),
        bare=raw.get("bare", False),
        inverse=raw.get("inverse", False),
        echo=raw.get("echo", False),
        passive=raw.get("passive", False),
        mutual=raw.get("mutual", False),
        between=raw.get("between", False),
        symmetric=raw.get("symmetric", False),
        governed=raw.get("governed", False),
        possessor=raw.get("possessor", False),
        campaign=raw.get("campaign", False),
        joint_list=raw.get("joint_list", False),
        active_only=raw.get("active_only", False),
        held=raw.get("held", False),
        judgement=raw.get("judgement", False),
        name="/".join(raw.get("lemmas", ())[:3]),
        lemmas=tuple(raw.get("lemmas", ())),
    )


@cache
def load_lexicon(path: Path = CUES_FILE) -> Lexicon:
    """The cue lexicon (cached: read once per process)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    verbs = tuple(_verb(raw) for raw in data.get("verb", ()))
    index: dict[str, list[VerbCue]] = {}
    for cue in verbs:
        for trigger in cue.triggers:
            index.setdefault(trigger, []).append(cue)
    nouns = tuple(
        NounCue(raw["relation"], _words(raw["words"]), frozenset(fold(w) for w in raw["objects"]))
        for raw in data.get("noun", ())
    )
    raw_lists = {k: v for k, v in data["lists"].items() if isinstance(v, list)}
    # First words of role and noun cues: the tagger sometimes calls them verbs.
    noun_words = [w for noun in data.get("noun", ()) for w in noun["words"]]
    raw_lists["nominal"] = [fold(w).split()[0] for w in [*raw_lists["member_roles"], *noun_words]]
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        verb_index={k: tuple(v) for k, v in index.items()},
        lists={k: frozenset(fold(w) for w in v) for k, v in raw_lists.items()},
        phrases={k: _words(v) for k, v in raw_lists.items()},
        role_forms={fold(k): fold(v) for k, v in data["lists"]["role_forms"].items()},
        joined={
            k: tuple(f" {' '.join(fold(w).split())} " for w in v) for k, v in raw_lists.items()
        },
    )


# by_first_word's last indexes by the identity of the list asked for, with the list itself
_INDEXED: dict[int, tuple[tuple, dict]] = {}


def by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A lexicon phrase list indexed by its first word, longest phrases first: a scan then
    compares whole phrases only where a text's word can open one, instead of every phrase at
    every position (the per-token cost the throughput target forbids).

    The same list object is asked for at every word of a scan: it is found by identity (the
    entry holds the list, so its id cannot pass to another while it is kept). An equal list
    built anew is found by value, a hash of all its phrases (microseconds for a long list).

    >>> by_first_word((("de", "son", "cote"), ("pour", "sa", "part"), ("de", "son", "bord")))
    {'de': (('de', 'son', 'cote'), ('de', 'son', 'bord')), 'pour': (('pour', 'sa', 'part'),)}
    """
    known = _INDEXED.get(id(phrases))
    if known is not None and known[0] is phrases:
        return known[1]
    index = _by_first_word(phrases)
    if len(_INDEXED) >= 256:
        _INDEXED.clear()
    _INDEXED[id(phrases)] = (phrases, index)
    return index


@lru_cache(maxsize=64)
def _by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}
