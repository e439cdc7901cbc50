"""Questions in plain French or English, mapped to a named query and its parameters.

The patterns are data: each is a regular expression over the *folded* question (accents, case
and punctuation gone, so "Qui a rejeté l'invitation d'Hamon ?" is matched as
``qui a rejete l invitation d hamon``), the query it asks, and which captured group fills which
parameter. Captured names are cut from the original question, not from its folded form, so an
error can quote them as typed; :func:`~alliancegraph.queries.run.run_query` resolves them. The
first pattern that matches wins, so the specific ones ("backs X but eyes Y") come before the
general ones ("who backs X").
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from alliancegraph.graph.store import Store
from alliancegraph.queries.errors import NoMatchError
from alliancegraph.queries.run import QueryResult, run_query


class Pattern(NamedTuple):
    """A question shape: ``regex`` over folded text, the query, parameter <- group name."""

    regex: str
    query: str
    params: dict[str, str]
    example: str = ""


# Fragments shared by several patterns (folded text: no accents, no apostrophes).
_ART = r"(?:le |la |les |l )?"  # a French article before a party name
_DE = r"(?:de |d |du |des )?"  # "de Loncle", "d Hamon", "du PS"
_THE = r"(?:the )?"
_BACKS_EN = r"(?:backs|supports|endorses|is backing|is supporting|stands behind)"
_EYES_EN = (r"(?:eyes|is eyeing|is tempted by|looks to|looks at|flirts with|is drawn to"
            r"|leans towards?)")
_EYES_FR = (r"(?:lorgne|lorgnant|louche|louchant|regarde|regardant)"
            r"(?: vers| sur| du cote de)?|(?:est |etant )?tentee?s? par")
_TEMPTED_FR = r"(?:est |sont )?tentee?s? par|(?:lorgne|lorgnent|louche|louchent) (?:vers|sur)"
_IN_PARTY_FR = r"(?:au sein (?:du|de la|de l|des)|au|aux|chez|dans|parmi) " + _ART
_REJECTED_FR = r"(?:a|ont) (?:rejete|refuse|decline|repousse|dit non a)"
_REJECTED_EN = r"(?:rejected|refused|turned down|declined|said no to)"

PATTERNS: list[Pattern] = [
    # backs-but-eyes, before "who backs X"
    Pattern(rf"who {_BACKS_EN} (?P<backs>.+?) (?:but|while|and yet) {_EYES_EN} (?P<eyes>.+)",
            "backs-but-eyes", {"backs": "backs", "eyes": "eyes"},
            "who backs Valls but eyes Macron"),
    Pattern(rf"qui soutient (?P<backs>.+?) (?:mais|tout en|et) (?:{_EYES_FR}) (?P<eyes>.+)",
            "backs-but-eyes", {"backs": "backs", "eyes": "eyes"},
            "qui soutient Valls mais lorgne vers Macron"),
    # tempted: with a party first, then without
    Pattern(rf"qui (?:{_TEMPTED_FR}) (?P<target>.+?) {_IN_PARTY_FR}(?P<party>.+)",
            "tempted", {"target": "target", "party": "party"},
            "qui est tenté par Macron au PS"),
    Pattern(rf"who (?:in|at|from) {_THE}(?P<party>.+?) is tempted by (?P<target>.+)",
            "tempted", {"target": "target", "party": "party"},
            "who in the PS is tempted by Macron"),
    Pattern(rf"who is tempted by (?P<target>.+?) (?:in|at|within|inside) {_THE}(?P<party>.+)",
            "tempted", {"target": "target", "party": "party"}),
    Pattern(rf"qui (?:{_TEMPTED_FR}) (?P<target>.+)", "tempted", {"target": "target"}),
    Pattern(r"who is (?:tempted by|eyeing|drawn to) (?P<target>.+)", "tempted",
            {"target": "target"}, "who is tempted by Macron"),
    # rejected invitations, with or without the inviter
    Pattern(rf"qui {_REJECTED_FR} (?:l invitation|les invitations|l offre|la main tendue) "
            rf"{_DE}(?P<inviter>.+)",
            "rejected-invitations", {"inviter": "inviter"},
            "qui a rejeté l'invitation de Hamon"),
    Pattern(rf"qui {_REJECTED_FR} (?:une |les |l )?(?:invitations?|offres?)",
            "rejected-invitations", {}),
    Pattern(rf"who {_REJECTED_EN} (?P<inviter>.+?) s (?:invitations?|offers?|call)",
            "rejected-invitations", {"inviter": "inviter"}, "who rejected Hamon's invitation"),
    Pattern(rf"who {_REJECTED_EN} (?:the |an )?(?:invitations?|offers?) (?:of|from|by) "
            r"(?P<inviter>.+)",
            "rejected-invitations", {"inviter": "inviter"}),
    Pattern(rf"(?:who {_REJECTED_EN} (?:an |the )?invitations?|rejected invitations|"
            r"invitations rejetees)",
            "rejected-invitations", {}, "rejected invitations"),
    # supported-by ("whom does X support") before supporters ("who supports X")
    Pattern(r"(?:who|whom) (?:does|did) (?P<who>.+?) (?:support|back|endorse)",
            "supported-by", {"who": "who"}, "who does Montebourg support"),
    Pattern(r"(?:who|whom) is (?P<who>.+?) (?:supporting|backing|endorsing)", "supported-by",
            {"who": "who"}),
    Pattern(r"qui (?:est soutenu|est soutenue|sont soutenus) par (?P<who>.+)", "supported-by",
            {"who": "who"}, "qui est soutenu par Montebourg"),
    Pattern(r"qui (?P<who>.+?) soutient(?: il| elle)?", "supported-by", {"who": "who"},
            "qui Montebourg soutient-il"),
    Pattern(r"que soutient (?P<who>.+)", "supported-by", {"who": "who"}),
    Pattern(r"(?P<who>.+?) soutient qui", "supported-by", {"who": "who"}),
    # supporters
    Pattern(rf"who {_BACKS_EN} (?P<of>.+)", "supporters", {"of": "of"}, "who supports Hamon"),
    Pattern(r"(?:who are )?(?:the )?(?:supporters|backers) of (?P<of>.+)", "supporters",
            {"of": "of"}),
    Pattern(r"qui soutient (?P<of>.+)", "supporters", {"of": "of"}, "qui soutient Hamon"),
    Pattern(r"qui (?:se rallie|se rallient|s est rallie|s est ralliee) a (?P<of>.+)",
            "supporters", {"of": "of"}),
    Pattern(rf"(?:qui sont )?(?:les )?soutiens {_DE}(?P<of>.+)", "supporters", {"of": "of"}),
    # timeline
    Pattern(r"(?:the )?(?:timeline|history|chronology) (?:of |for )?(?P<actor>.+)", "timeline",
            {"actor": "actor"}, "timeline of Loncle"),
    Pattern(rf"(?:la )?(?:chronologie|historique|parcours) {_DE}(?P<actor>.+)", "timeline",
            {"actor": "actor"}, "chronologie de Loncle"),
    # cross-camp ties, before "entre X et Y"
    Pattern(r"(?:cross camp ties|ties across camps|fault lines|"
            r"(?:les )?(?:liens|lignes de fracture) entre (?:les )?camps)",
            "cross-camp-ties", {}, "cross-camp ties"),
    # between
    Pattern(r"what (?:links|connects|ties|binds|relates) (?P<a>.+?) (?:and|to|with) (?P<b>.+)",
            "between", {"a": "a", "b": "b"}, "what links Hamon and Mélenchon"),
    Pattern(r"(?:(?:links|ties|relations?|connections?) )?between (?P<a>.+?) and (?P<b>.+)",
            "between", {"a": "a", "b": "b"}),
    Pattern(r"(?:(?:quels liens|quelles relations|qu est ce qui se passe|que se passe t il) )?"
            r"entre (?P<a>.+?) et (?P<b>.+)",
            "between", {"a": "a", "b": "b"}, "entre Hamon et Mélenchon"),
    Pattern(r"(?:qu est ce qui|qui) (?:relie|lie) (?P<a>.+?) (?:et|a) (?P<b>.+)", "between",
            {"a": "a", "b": "b"}),
    # defectors
    Pattern(r"(?:the |who are the )?defectors (?:from|of|in) (?:the )?(?P<party>.+)",
            "defectors", {"party": "party"}, "defectors from the PS"),
    Pattern(r"who (?:is leaving|leaves|left|quits|is quitting|defects from|defected from"
            r"|is defecting from) (?:the )?(?P<party>.+)",
            "defectors", {"party": "party"}),
    Pattern(rf"qui (?:quitte|quittent|lache|lachent) {_ART}(?P<party>.+)", "defectors",
            {"party": "party"}, "qui quitte le PS"),
    Pattern(rf"qui (?:fait|font) defection (?:au |a la |a l |aux )?{_ART}(?P<party>.+)",
            "defectors", {"party": "party"}),
    Pattern(rf"(?:les )?(?:transfuges|defections|dissidents) {_DE}{_ART}(?P<party>.+)",
            "defectors", {"party": "party"}),
]

_COMPILED = [(re.compile(rf"^(?:{p.regex})$"), p) for p in PATTERNS]
_TRIM = " \t\n'\"«»“”‘’?!.,;:()[]"


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """:func:`~alliancegraph.ontology.gazetteer.fold`, plus each folded character's origin.

    >>> fold_with_positions("d'Éric ?")
    ('d eric', [0, 1, 2, 3, 4, 5])
    """
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for low in part.lower():
                folded = low if low.isalnum() else " "
                if folded == " " and (not chars or chars[-1] == " "):
                    continue
                chars.append(folded)
                where.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), where


def match_question(question: str) -> tuple[str, dict[str, str]]:
    """The named query a question asks and its parameters, names as the user typed them.

    >>> match_question("Qui soutient Valls mais lorgne vers Macron ?")
    ('backs-but-eyes', {'backs': 'Valls', 'eyes': 'Macron'})
    >>> match_question("qui a rejeté l'invitation d'Hamon")
    ('rejected-invitations', {'inviter': 'Hamon'})
    """
    folded, where = fold_with_positions(question)
    for regex, pattern in _COMPILED:
        match = regex.match(folded)
        if match is None:
            continue
        params = {}
        for param, group in pattern.params.items():
            start, end = match.span(group)
            if start < end:
                params[param] = question[where[start]: where[end - 1] + 1].strip(_TRIM)
        return pattern.query, params
    shown = " | ".join(example_questions())
    raise NoMatchError(f"no question pattern matches {question.strip()!r}; try: {shown}")


def example_questions() -> list[str]:
    """One or more example questions per query shape, in the order they are tried."""
    return [p.example for p in PATTERNS if p.example]


def ask(
    store: Store, question: str, since: str | None = None, until: str | None = None,
    *, evidence: int | None = None,
) -> QueryResult:
    """Answer a question on ``store``: :func:`match_question`, then :func:`run_query`."""
    name, params = match_question(question)
    return run_query(store, name, params, since=since, until=until, evidence=evidence)
