"""Names as people type them ("Valls", "melenchon", "le PS") to the canonical names in the store.

A name is looked up, folded (accents, case and punctuation ignored), in two places: the gazetteer
(full names, surnames, aliases, party short names) and the actors actually in the store (full
names, and a person's surname, so an actor the gazetteer does not know is still found by it).
Full names win over surnames and aliases, and actors in the store win over names known only to
the gazetteer. An unknown name is an error with suggestions, never a silent empty answer.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

from alliancegraph.model import Actor
from alliancegraph.ontology.gazetteer import Gazetteer, PartyEntry, fold, load_gazetteer
from alliancegraph.queries.errors import AmbiguousNameError, UnknownNameError

FULL, ALIAS = 0, 1  # how strongly a key names an actor: its full name, or a surname/alias


def surname(name: str) -> str:
    """What follows the first given name: "Jean-Luc Mélenchon" -> "Mélenchon"."""
    return name.split(" ", 1)[-1]


class NameIndex:
    """Folded names -> canonical names, built from the store's actors and the gazetteer.

    >>> index = NameIndex([Actor("Manuel Valls", "person"), Actor("Parti socialiste", "party")])
    >>> index.resolve("VALLS"), index.resolve("ps", kind="party")
    ('Manuel Valls', 'Parti socialiste')
    >>> index.resolve("Vals")
    Traceback (most recent call last):
    ...
    alliancegraph.queries.errors.UnknownNameError: no actor named 'Vals'; did you mean: ...?
    """

    def __init__(self, actors: Iterable[Actor], gazetteer: Gazetteer | None = None) -> None:
        gazetteer = gazetteer or load_gazetteer()
        # key -> {canonical: (strength, kind, in_store)}
        self._keys: dict[str, dict[str, tuple[int, str, bool]]] = defaultdict(dict)
        self._spelling: dict[str, str] = {}  # folded canonical -> the spelling to return
        for actor in actors:
            self._spelling[fold(actor.name)] = actor.name
            self._add(actor.name, actor.name, FULL, actor.kind, True)
            if actor.kind == "person" and " " in actor.name:
                self._add(surname(actor.name), actor.name, ALIAS, actor.kind, True)
            entry = gazetteer.party(actor.name) if actor.kind == "party" else None
            if entry is not None:
                for alias in entry.names():
                    self._add(alias, actor.name, ALIAS, actor.kind, True)
        for entry in [*gazetteer.parties, *gazetteer.persons]:
            kind = "party" if isinstance(entry, PartyEntry) else "person"
            canonical = self._spelling.setdefault(fold(entry.name), entry.name)
            in_store = canonical != entry.name or self._is_stored(canonical)
            self._add(entry.name, canonical, FULL, kind, in_store)
            adjectives = entry.adjectives if isinstance(entry, PartyEntry) else ()
            for alias in (*entry.names(), *adjectives):  # "les socialistes" names the PS too
                if alias:
                    self._add(alias, canonical, ALIAS, kind, in_store)

    def _is_stored(self, canonical: str) -> bool:
        found = self._keys.get(fold(canonical), {}).get(canonical)
        return bool(found and found[2])

    def _add(self, key: str, canonical: str, strength: int, kind: str, in_store: bool) -> None:
        folded = fold(key)
        if not folded:
            return
        known = self._keys[folded].get(canonical)
        if known is None:
            self._keys[folded][canonical] = (strength, kind, in_store)
        else:
            self._keys[folded][canonical] = (
                min(known[0], strength), known[1], known[2] or in_store
            )

    def candidates(self, name: str, kind: str = "actor") -> list[str]:
        """Every canonical name ``name`` may mean, best first (empty when none)."""
        found = {
            canonical: info
            for canonical, info in self._keys.get(fold(name), {}).items()
            if kind == "actor" or info[1] == kind
        }
        if not found:
            return []
        best = min(info[0] for info in found.values())
        found = {c: i for c, i in found.items() if i[0] == best}
        if any(info[2] for info in found.values()):
            found = {c: i for c, i in found.items() if i[2]}
        return sorted(found)

    def resolve(self, name: str, kind: str = "actor") -> str:
        """The one canonical name ``name`` means; raises when there are none or several."""
        what = "party" if kind == "party" else "actor"
        found = self.candidates(name, kind)
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousNameError(
                f"{what} name {name!r} is ambiguous: {', '.join(found)} (give the full name)",
                found,
            )
        suggestions = self.suggest(name, kind)
        hint = (f"; did you mean: {', '.join(suggestions)}?" if suggestions
                else " in the graph or the gazetteer")
        raise UnknownNameError(f"no {what} named {name!r}{hint}")

    def suggest(self, name: str, kind: str = "actor", n: int = 3,
                cutoff: float = 0.6, stored: bool = False) -> list[str]:
        """The ``n`` canonical names closest to ``name`` (difflib over folded names, surnames
        and aliases) at least ``cutoff`` alike. A question's unknown-name error asks with no
        cutoff and for ``stored`` actors first (a name the gazetteer alone knows answers
        nothing), so that it always names a few actors of the graph to choose from.

        >>> NameIndex([Actor("Manuel Valls", "person"), Actor("Benoît Hamon", "person")],
        ...           Gazetteer(parties=[], persons=[])).suggest("Zorglub", cutoff=0.0)
        ['Manuel Valls', 'Benoît Hamon']
        """
        def wanted(info: tuple[int, str, bool], in_store: bool) -> bool:
            return (kind == "actor" or info[1] == kind) and (info[2] or not in_store)

        found: list[str] = []
        for in_store in ([True, False] if stored else [False]):
            keys = [k for k, names in self._keys.items()
                    if any(wanted(i, in_store) for i in names.values())]
            for key in difflib.get_close_matches(fold(name), keys, n=n * 2, cutoff=cutoff):
                for canonical, info in sorted(self._keys[key].items()):
                    if wanted(info, in_store) and canonical not in found:
                        found.append(canonical)
            if len(found) >= n:
                break
        return found[:n]
