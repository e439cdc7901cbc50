"""One sentence or a short text through the real extractor, as the triples it claims.

Every extraction test module asks the same thing of the extractor (which edges does this text
give?) at a date of its own: the date matters, since the gazetteer's roles and memberships
hold for periods. Each module keeps its date as a default of its own ``edges`` and calls this.
"""

from __future__ import annotations

from alliancegraph.model import Article


def claim_triples(extractor, text: str, date: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of every claim the extractor reads in ``text`` at ``date``."""
    article = Article(id="t", date=date, title="", text=text)
    return {(c.subject, c.relation, c.object) for c in extractor.run(article).claims}


def assert_edges(found: set[tuple[str, str, str]], expected=(), forbidden=()) -> None:
    """Every ``expected`` edge is in ``found`` and no ``forbidden`` one is; a failure shows
    the edge and everything found."""
    for edge in expected:
        assert edge in found, (edge, found)
    for edge in forbidden:
        assert edge not in found, (edge, found)
