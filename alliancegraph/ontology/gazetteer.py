"""The gazetteer of known actors: names, aliases, gender, dated party memberships and roles.

It is data (``gazetteer.toml`` beside this module, editable by an analyst; a second file can be
layered on top with ``ALLIANCEGRAPH_GAZETTEER``), shaped like the actor dictionaries of event
coders: an alias or a role only counts between the dates it was true, so "le premier secrétaire
du PS" means a different person in 2016 and in 2019.
"""

from __future__ import annotations

import os
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from alliancegraph.filecache import parsed

GAZETTEER_FILE = Path(__file__).with_name("gazetteer.toml")


class GazetteerError(ValueError):
    """The gazetteer file is malformed; the message names the file and the entry."""


def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form used for every name comparison.

    >>> fold("Mélenchon") == fold("MELENCHON")
    True
    >>> fold("Europe Écologie-Les Verts")
    'europe ecologie les verts'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.lower())
    return " ".join(cleaned.split())


# ``fold`` cached, for the per-token look-ups: words recur across articles.
_fold_word = lru_cache(maxsize=100_000)(fold)


# The shortest surname read through a slip of one letter: shorter ones are too close to others.
MIN_SLIPPED = 5


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter added, dropped or changed, or two
    neighbours swapped.

    >>> [_one_slip("glucksmann", w) for w in ("glucksmaan", "glucksman", "glucksmann")]
    [True, True, False]
    >>> _one_slip("melenchon", "melenhcon"), _one_slip("darmanin", "darmin")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _in_period(date: str | None, start: str | None, end: str | None) -> bool:
    """ISO prefixes compare as strings: "2017-01" is within ["2016", "2017-05-14"]."""
    if date is None:
        return end is None
    if start and date[: len(start)] < start:
        return False
    return not (end and date[: len(end)] > end)


@dataclass(frozen=True)
class Period:
    """Something true between two ISO dates (either may be open)."""

    value: str
    start: str | None = None
    end: str | None = None

    def holds_at(self, date: str | None) -> bool:
        return _in_period(date, self.start, self.end)


@dataclass(frozen=True)
class PartyEntry:
    name: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # "socialiste", "écologiste": "la maire socialiste"
    # Words of a political family several parties share ("centriste"): never this party by
    # themselves, only a pointer to a person the text already tied to one of them.
    family_adjectives: tuple[str, ...] = ()
    camp: str | None = None  # far-left | left | green | centre | right | far-right
    color: str = "#B1B1B1"
    # ISO date the party came to be: no one belongs to it before, whatever a membership
    # written without a start says (« le parti de François Bayrou » in 2002 is the UDF)
    founded: str | None = None

    @property
    def is_left(self) -> bool:
        return self.camp in {"far-left", "left", "green"}

    def names(self) -> tuple[str, ...]:
        return (self.name, *((self.short,) if self.short else ()), *self.aliases)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    gender: str | None = None  # "f" | "m"
    aliases: tuple[str, ...] = ()
    memberships: tuple[Period, ...] = ()
    roles: tuple[Period, ...] = ()
    # what news calls this person's followers ("filloniste", "sarkozystes"): a label that,
    # written of someone else, says that person backs this one
    followers: tuple[str, ...] = ()

    @property
    def surname(self) -> str:
        return self.name.split(" ", 1)[-1] if " " in self.name else self.name

    def names(self) -> tuple[str, ...]:
        return (self.name, self.surname, *self.aliases)

    def party_at(self, date: str | None) -> str | None:
        """The party this person belonged to at ``date`` (the latest membership if undated)."""
        current = [m for m in self.memberships if m.holds_at(date)]
        if current:
            return current[-1].value
        if date is None and self.memberships:
            return self.memberships[-1].value
        return None

    def roles_at(self, date: str | None) -> list[str]:
        return [r.value for r in self.roles if r.holds_at(date)]

    def known_by(self, date: str | None) -> bool:
        """Whether this person had entered politics by ``date``: a membership or role begun by
        then, or one with no start. Manon Aubry (La France insoumise, founded 2016) is no one a
        2012 article's "Mme Aubry" can mean.

        >>> PersonEntry("A B", memberships=(Period("P", "2016-02-10"),)).known_by("2012-05")
        False
        >>> PersonEntry("A B", memberships=(Period("P", "2016-02-10", "2018"),)).known_by("2020")
        True
        """
        periods = (*self.memberships, *self.roles)
        if date is None or not periods:
            return True
        return any(p.start is None or p.start <= date[: len(p.start)] for p in periods)


@dataclass
class Gazetteer:
    """Known parties and persons, with folded-name indexes for lookup."""

    parties: list[PartyEntry] = field(default_factory=list)
    persons: list[PersonEntry] = field(default_factory=list)
    first_names: dict[str, str] = field(default_factory=dict)  # folded first name -> f | m
    _index: dict[str, list[PartyEntry | PersonEntry]] = field(
        default_factory=lambda: defaultdict(list), repr=False
    )
    # folded adjective -> the first party it names; asked for nearly every token of an article,
    # so folded once here rather than on each call
    _adjectives: dict[str, PartyEntry] = field(default_factory=dict, repr=False)
    _families: dict[str, list[PartyEntry]] = field(default_factory=dict, repr=False)
    # folded first name -> (folded surname, person) of the full names opening on it, for
    # misspelt surnames
    _by_first: dict[str, list[tuple[str, PersonEntry]]] = field(default_factory=dict, repr=False)
    # folded follower label -> the person it follows (None when two persons claim the word)
    _followers: dict[str, PersonEntry | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for entry in [*self.parties, *self.persons]:
            for alias in {fold(n) for n in entry.names() if n}:
                self._index[alias].append(entry)
        for person in self.persons:
            words = fold(person.name).split()
            if len(words) > 1:
                self._by_first.setdefault(words[0], []).append(("".join(words[1:]), person))
            for label in {fold(word) for word in person.followers}:
                self._followers[label] = None if label in self._followers else person
        for party in self.parties:
            for adjective in party.adjectives:
                self._adjectives.setdefault(fold(adjective), party)
            for adjective in party.family_adjectives:
                self._families.setdefault(fold(adjective), []).append(party)

    def lookup(self, name: str) -> list[PartyEntry | PersonEntry]:
        """Entries known by ``name`` (full name, surname, short name or alias), folded (by
        the cached fold: the extractor asks for the same names in every article)."""
        return list(self._index.get(_fold_word(name), ()))

    def person(self, name: str) -> PersonEntry | None:
        found = [e for e in self.lookup(name) if isinstance(e, PersonEntry)]
        return found[0] if len(found) == 1 else None

    def misspelt_person(self, name: str) -> PersonEntry | None:
        """The one person a full name written with a slip in its surname stands for: the same
        first name, and a surname of at least ``MIN_SLIPPED`` letters one letter off (one
        added, dropped, changed, or two swapped). News pages misspell names ("Benoît
        Hammon", "Jean-Luc Mélanchon"); None when no person or several fit.

        >>> load_gazetteer().misspelt_person("Benoît Hamonn").name
        'Benoît Hamon'
        >>> load_gazetteer().misspelt_person("Marc Hamonn") is None
        True
        """
        words = fold(name).split()
        if len(words) < 2 or len("".join(words[1:])) < MIN_SLIPPED:
            return None
        written = "".join(words[1:])
        candidates = self._by_first.get(words[0], ())
        found = [p for surname, p in candidates if _one_slip(written, surname)]
        return found[0] if len(found) == 1 else None

    def party(self, name: str) -> PartyEntry | None:
        found = [e for e in self.lookup(name) if isinstance(e, PartyEntry)]
        return found[0] if len(found) == 1 else None

    def party_by_adjective(self, word: str) -> PartyEntry | None:
        """The party an adjective names: "socialiste" -> Parti socialiste (asked for most
        nouns and adjectives of an article, hence the cached fold)."""
        return self._adjectives.get(_fold_word(word))

    def leader_followed(self, word: str) -> PersonEntry | None:
        """The person whose followers ``word`` names: "fillonistes" -> François Fillon.

        >>> load_gazetteer().leader_followed("Sarkozystes").name
        'Nicolas Sarkozy'
        >>> load_gazetteer().leader_followed("socialiste") is None
        True
        """
        return self._followers.get(_fold_word(word))

    def parties_by_family(self, word: str) -> tuple[PartyEntry, ...]:
        """The parties a family word may point to: "centriste" -> MoDem, UDI, … (none alone;
        asked for most determiners' next word, hence the cached fold).

        >>> [p.short for p in load_gazetteer().parties_by_family("centristes")][:2]
        ['MoDem', 'UDI']
        """
        return tuple(self._families.get(_fold_word(word), ()))

    def persons_with_role(self, role: str, date: str | None) -> list[PersonEntry]:
        """Persons holding ``role`` (folded comparison) at ``date``."""
        wanted = fold(role)
        return [p for p in self.persons if wanted in {fold(r) for r in p.roles_at(date)}]


def _periods(raw: list[dict], key: str, where: str) -> tuple[Period, ...]:
    periods = []
    for item in raw:
        if key not in item:
            raise GazetteerError(f"{where}: entry {item!r} has no {key!r}")
        periods.append(Period(str(item[key]), _date(item.get("from")), _date(item.get("until"))))
    return tuple(periods)


def _since_founded(periods: tuple[Period, ...], founded: dict[str, str]) -> tuple[Period, ...]:
    """Memberships that start no earlier than their party: a membership written without a
    start ("memberships = [{ party = "Mouvement démocrate" }]") holds from the party's
    founding, so an article of 2002 does not give a person a party born in 2007.

    >>> _since_founded((Period("Mouvement démocrate"),), {"Mouvement démocrate": "2007-05-10"})
    (Period(value='Mouvement démocrate', start='2007-05-10', end=None),)
    >>> _since_founded((Period("Parti socialiste", "1971"),), {})
    (Period(value='Parti socialiste', start='1971', end=None),)
    """
    kept = []
    for period in periods:
        birth = founded.get(period.value)
        start = birth if birth and (period.start is None or period.start < birth) else period.start
        kept.append(Period(period.value, start, period.end))
    return tuple(kept)


def _date(value) -> str | None:
    return None if value in (None, "") else str(value)


def _first_names(data: dict) -> dict[str, str]:
    """``[first_names] f = [...], m = [...]`` as folded name -> gender (for unknown persons)."""
    table = data.get("first_names", {})
    return {fold(name): gender for gender in ("f", "m") for name in table.get(gender, ())}


def _toml(source: bytes) -> dict:
    return tomllib.loads(source.decode("utf-8"))


def _parse(path: Path) -> tuple[list[PartyEntry], list[PersonEntry], dict[str, str]]:
    try:
        data = parsed(path, _toml, "gazetteer")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GazetteerError(f"{path}: {exc}") from None
    parties, persons = [], []
    for raw in data.get("party", []):
        if "name" not in raw:
            raise GazetteerError(f"{path}: a [[party]] entry has no name: {raw!r}")
        parties.append(
            PartyEntry(
                name=raw["name"],
                short=raw.get("short"),
                aliases=tuple(raw.get("aliases", ())),
                adjectives=tuple(raw.get("adjectives", ())),
                family_adjectives=tuple(raw.get("family_adjectives", ())),
                camp=raw.get("camp"),
                color=raw.get("color", "#B1B1B1"),
                founded=_date(raw.get("founded")),
            )
        )
    founded = {p.name: p.founded for p in parties if p.founded}
    for raw in data.get("person", []):
        if "name" not in raw:
            raise GazetteerError(f"{path}: a [[person]] entry has no name: {raw!r}")
        where = f"{path}: {raw['name']}"
        persons.append(
            PersonEntry(
                name=raw["name"],
                gender=raw.get("gender"),
                aliases=tuple(raw.get("aliases", ())),
                memberships=_since_founded(
                    _periods(raw.get("memberships", []), "party", where), founded
                ),
                roles=_periods(raw.get("roles", []), "role", where),
                followers=tuple(raw.get("followers", ())),
            )
        )
    return parties, persons, _first_names(data)


@cache
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The shipped gazetteer, plus the analyst's own file named by ``ALLIANCEGRAPH_GAZETTEER``.

    Entries of the extra file with the name of a shipped entry replace it.
    """
    parties, persons, first_names = _parse(path or GAZETTEER_FILE)
    extra = os.environ.get("ALLIANCEGRAPH_GAZETTEER")
    if path is None and extra:
        more_parties, more_persons, more_first = _parse(Path(extra))
        first_names = {**first_names, **more_first}
        replaced = {p.name for p in [*more_parties, *more_persons]}
        parties = [p for p in parties if p.name not in replaced] + more_parties
        persons = [p for p in persons if p.name not in replaced] + more_persons
    return Gazetteer(parties=parties, persons=persons, first_names=first_names)
