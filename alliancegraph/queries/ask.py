"""Questions in plain French or English, answered on either store with the interpretation shown.

:func:`ask` reads the question into slots (:mod:`~alliancegraph.queries.parse`: actors, a
relation and its direction per condition, a party filter, a window), turns them into one query
(:mod:`~alliancegraph.queries.compose`: a named query when one fits, else a composed one), runs
it and returns the rows with what was understood, so an analyst can always check the reading:

>>> from alliancegraph.graph.sqlite_store import SQLiteStore
>>> answer = ask(SQLiteStore(":memory:"), "qui soutient le PS en mars 2017 ?")
>>> answer.interpretation.describe()
'actors who SUPPORTS Parti socialiste, claims dated 2017-03-01 to 2017-03-31'
>>> answer.query.name, answer.rows
('supporters', [])
"""

from __future__ import annotations

from dataclasses import dataclass

from alliancegraph.graph.store import Store
from alliancegraph.queries.compose import plan
from alliancegraph.queries.lexicon import load_lexicon
from alliancegraph.queries.library import DEFAULT_EVIDENCE
from alliancegraph.queries.params import check_evidence, check_page, date_window
from alliancegraph.queries.parse import Interpretation, Parser
from alliancegraph.queries.run import QueryResult, execute


@dataclass
class Answer(QueryResult):
    """A query result, with the question and what it was understood to ask."""

    question: str = ""
    interpretation: Interpretation | None = None
    count: int | None = None  # "how many": the number of actors, every page counted

    @property
    def answer(self) -> str | None:
        """"yes" or "no" for a yes/no question ("does Valls support Hamon?"), else None."""
        if self.interpretation is not None and self.interpretation.exists:
            return "yes" if self.rows else "no"
        if self.interpretation is None or not self.interpretation.only:
            return None
        asked = {self.interpretation.only, *self.interpretation.together}
        return "yes" if asked <= {row.get("name") for row in self.rows} else "no"

    def to_dict(self) -> dict:
        """``{"question", "interpretation", "query", "params", "since", "until", "rows"}``,
        plus the evidence cap, the page and the query text that ran, and ``answer`` (yes/no
        questions) or ``count`` ("how many" questions) when the question asks for them."""
        found = {
            "question": self.question,
            "interpretation": self.interpretation.to_dict() if self.interpretation else None,
            **super().to_dict(),
            "text": self.text,
        }
        if self.answer is not None:
            found["answer"] = self.answer
        if self.count is not None:
            found["count"] = self.count
        return found

    @property
    def understood(self) -> str:
        """The first line of the table output: the reading and the query that answered it."""
        assert self.interpretation is not None
        shown = ", ".join(f"{k}={v}" for k, v in self.params.items()
                          if v is not None and not _internal(k))
        call = f"{self.query.name}({shown})" if shown else self.query.name
        said = f" -> {self.answer}" if self.answer else (
            f" -> {self.count}" if self.count is not None else "")
        return f"understood: {self.interpretation.describe()} -> query {call}{said}"


def _internal(key: str) -> bool:
    """Composed queries' positional values (r0, a0...) are shown through the interpretation."""
    return key == "membership" or (key[:1] in "ra" and key[1:].isdigit())


def interpret(store: Store, question: str) -> Interpretation:
    """What ``question`` asks, names resolved against ``store`` (nothing is run)."""
    return Parser(store).parse(question)


def ask(
    store: Store, question: str, since: str | None = None, until: str | None = None,
    *, evidence: int | str | None = DEFAULT_EVIDENCE, limit: int | None = None,
    offset: int | None = None,
) -> Answer:
    """Answer ``question`` on ``store``; ``since``/``until`` narrow the question's own dates.

    ``evidence`` caps the sentences per relation in each row (by default
    :data:`~alliancegraph.queries.library.DEFAULT_EVIDENCE`; None or ``"all"``: every one),
    ``limit``/``offset`` give one
    page of rows. Raises :class:`~alliancegraph.queries.errors.NoMatchError` (with the two or
    three closest interpretations) when the question cannot be mapped, and the name errors of
    :mod:`~alliancegraph.queries.resolve` for names nobody goes by.
    """
    interpretation = interpret(store, question)
    since, until = date_window(since, until)
    since = max(x for x in (since, interpretation.since) if x) if (
        since or interpretation.since) else None
    until = min(x for x in (until, interpretation.until) if x) if (
        until or interpretation.until) else None
    since, until = date_window(since, until)
    evidence = check_evidence(evidence)
    limit, offset = check_page(limit, offset)
    chosen = plan(interpretation, store.dialect, load_lexicon().membership)
    text = chosen.text or (chosen.query.cypher if store.dialect == "cypher"
                           else chosen.query.sql)
    result = execute(store, chosen.query, text, chosen.params, since, until, evidence,
                     limit, offset)
    count = None
    if interpretation.count:  # every page counted, not only the one shown
        whole = not offset and (limit is None or len(result.rows) < limit)
        count = len(result.rows) if whole else len(execute(
            store, chosen.query, text, chosen.params, since, until, 0, None, 0).rows)
    return Answer(**vars(result), question=question, interpretation=interpretation,
                  count=count)
