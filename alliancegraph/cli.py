"""The ``alliancegraph`` command: thin wiring from the shell to the library.

Each command opens the store, calls the library function of the same name, and renders the
result; domain errors are the library's own exceptions, turned into ``Error: ...`` and exit 1
here and only here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.text import Text

from alliancegraph.output import (
    message,
    render,
    render_report,
    terminal_safe,
    write_jsonl,
    write_object,
)

if TYPE_CHECKING:  # the progress bar is for load and extract only
    from rich.progress import Progress

app = typer.Typer(
    name="alliancegraph",
    help="A knowledge graph of political actors and alliances, built from news articles.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
neo4j_app = typer.Typer(help="Run a local Neo4j Community server for the `neo4j` store.")
app.add_typer(neo4j_app, name="neo4j")
review_app = typer.Typer(
    help="Review claims: a queue of the least confident, decisions that survive re-loads.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

err = Console(stderr=True, soft_wrap=True)  # an error stays on one line, however long


def _version(value: bool) -> None:
    if value:
        from alliancegraph import __version__

        typer.echo(f"alliancegraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    """A knowledge graph of political actors and alliances, built from news articles."""


class StoreKind(StrEnum):
    local = "local"
    neo4j = "neo4j"


class RowFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


StoreOpt = Annotated[
    StoreKind | None,
    typer.Option(
        "--store",
        help="Where the graph lives: `local` (embedded SQLite, the default) or `neo4j`. "
        "Env: ALLIANCEGRAPH_STORE.",
        show_default=False,
    ),
]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="The embedded store's file (default alliancegraph.db). Env: ALLIANCEGRAPH_DB.",
        show_default=False,
    ),
]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="Only claims dated on or after (YYYY-MM-DD).")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Only claims dated on or before (YYYY-MM-DD).")
]
def _evidence_cap(value: str | None) -> str | None:
    """``--evidence``: a positive number or ``all``, refused as a usage error otherwise."""
    from alliancegraph.queries.errors import InvalidParameterError
    from alliancegraph.queries.params import check_evidence

    if value is None:
        return None
    try:
        check_evidence(value)
    except InvalidParameterError as exc:
        raise typer.BadParameter(str(exc).removeprefix("evidence: ")) from None
    return value


EvidenceOpt = Annotated[
    str | None,
    typer.Option(
        "--evidence", metavar="N|all", callback=_evidence_cap,
        help="At most N sentences per relation in each row, the earliest first (default 3); "
        "`all` for every one. Each row's evidence_total says how many there are.",
    ),
]
FormatOpt = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]
ExtractorOpt = Annotated[
    str,
    typer.Option(
        "--extractor",
        help="Who finds the claims: `rules` (the default), `annotations=GOLD.json` (hand "
        "annotations), or `package.module:name` (any ClaimExtractor of your own).",
    ),
]


def claim_extractor(spec: str):
    """The extractor ``--extractor`` names, or a one-line error."""
    from alliancegraph.loaders.annotations import AnnotationError
    from alliancegraph.loaders.contract import ExtractorSpecError, extractor_from_spec

    try:
        return extractor_from_spec(spec)
    except (ExtractorSpecError, AnnotationError) as exc:
        raise fail(str(exc)) from None


def fail(text: str, code: int = 1) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    err.print(message("Error:", "red", text), highlight=False)
    return typer.Exit(code)


def _domain_errors() -> tuple[type[Exception], ...]:
    """The library's own exceptions: each becomes one line on stderr and exit status 1."""
    from alliancegraph.dates import DateError
    from alliancegraph.graph.exports import ExportError
    from alliancegraph.graph.store import StoreError
    from alliancegraph.ontology import UnknownRelationError
    from alliancegraph.ontology.gazetteer import GazetteerError
    from alliancegraph.queries import QueryError
    from alliancegraph.review import ReviewError

    return (StoreError, UnknownRelationError, GazetteerError, QueryError, ExportError, ReviewError,
            DateError)


@contextmanager
def opened(store: StoreKind | None, db: Path | None, create: bool = False) -> Iterator:
    """Open the chosen store for one command and close it afterwards, whatever happens.

    Only ``load`` creates a missing embedded store; every other command refuses it, so a
    mistyped ``--db`` is an error rather than an empty answer from a new empty file.
    """
    from alliancegraph.graph.store import open_store

    try:
        handle = open_store(store.value if store else None, db, create=create)
    except _domain_errors() as exc:
        raise fail(str(exc)) from None
    try:
        yield handle
    except _domain_errors() as exc:
        raise fail(str(exc)) from None
    finally:
        handle.close()


def stale_note(stale: int) -> str:
    return (
        f"the camps in this output are stale: {stale} article(s) loaded since "
        "`alliancegraph fractures` wrote them; run it again to refresh them"
    )


def progress_bar() -> Progress:
    """Articles done / total, articles per second and time left."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


def _rate(task) -> str:
    """Articles per second since the start: extraction arrives in batches, so a short window
    would report the burst at the end of each batch rather than the real pace."""
    elapsed = task.elapsed
    return f"{task.completed / elapsed:.1f} art/s" if elapsed else ""


class _FetchBar:
    """A "fetching" line in the progress bar, added when a URL list or feed is read; the pages
    it plans to fetch are added to the extraction's total too."""

    def __init__(self, bar: Progress, extracting) -> None:
        self.bar = bar
        self.extracting = extracting
        self.task = None

    def planned(self, count: int) -> None:
        if self.task is None:
            self.task = self.bar.add_task("fetching", total=count, rate="")
        else:
            self.bar.update(self.task, total=self.bar.tasks[self.task].total + count)
        self.bar.update(self.extracting, total=(self.bar.tasks[self.extracting].total or 0) + count)

    def done(self, _fetched) -> None:
        self.bar.update(self.task, advance=1)


# -- load / extract / evaluate ------------------------------------------------------------------


class InputFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"
    html = "html"
    urls = "urls"
    feed = "feed"


@app.command()
def load(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Article files or folders: text, JSON Lines, saved HTML pages, "
                       "URL lists (urls.txt), RSS/Atom feeds."),
    ],
    workers: Annotated[int, typer.Option(help="Processes for the spaCy pipeline.", min=1)] = 1,
    reextract: Annotated[
        bool,
        typer.Option(help="Extract stored articles again and replace their claims (reviews "
                     "are applied again)."),
    ] = False,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
    input_format: Annotated[
        InputFormat | None,
        typer.Option("--input-format", "-i", show_default=False,
                     help="Read every file with this reader (default: from the extension and "
                     "the content)."),
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option("--cache", show_default=False,
                     help="Folder of fetched pages (default ~/.cache/alliancegraph/pages). "
                     "Env: ALLIANCEGRAPH_CACHE."),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Fetch nothing: pages come from the cache only.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for a page before retrying.", min=0.1)
    ] = 15.0,
    extractor: ExtractorOpt = "rules",
):
    """Read articles, extract their claims and store them.

    Example: `alliancegraph load examples/articles --db primaire.db`

    Example: `alliancegraph load urls.txt feed.xml saved/*.html --cache ./pages`

    Hand annotations as a graph of their own:
    `alliancegraph load ../shared/corpus --extractor annotations=../shared/corpus/gold.json`

    Loading the same article twice changes nothing; a run interrupted mid-way leaves every
    article either fully stored or absent, and the next run loads the rest. Pages named by URL
    lists and feeds are fetched once into the cache; a re-run fetches nothing already there.
    Syndicated copies of one dispatch are grouped and count once. Exit status 1 when any file
    or page failed (the others are still loaded).
    """
    from alliancegraph.loaders.fetch import Fetcher
    from alliancegraph.pipeline import count_articles
    from alliancegraph.pipeline import load as run_load

    fetcher = Fetcher(cache_dir=cache, offline=offline, timeout=timeout)
    chosen = claim_extractor(extractor)
    with opened(store, db, create=True) as graph, progress_bar() as bar:
        task = bar.add_task("extracting", total=count_articles(paths) or None, rate="")
        fetching = _FetchBar(bar, task)

        def advance(_extraction) -> None:
            bar.update(task, advance=1)
            bar.update(task, rate=_rate(bar.tasks[task]))

        report = run_load(
            graph, paths, workers=workers, extractor=chosen, on_article=advance,
            reextract=reextract, fmt=input_format.value if input_format else None,
            fetcher=fetcher, progress=fetching,
        )
    for note in report.notes:
        err.print(message("Note:", "yellow", note), highlight=False)
    if report.copies:
        err.print(message("Note:", "yellow", f"{report.copies} syndicated copies grouped with "
                          "their dispatch (they count once)"), highlight=False)
    for problem in report.problems:
        err.print(message("Error:", "red", problem), highlight=False)
    summary = report.to_dict()
    counts = {k: v for k, v in summary.items() if k not in ("problems", "notes")}
    sections = {
        "summary": [counts],
        "problems": [{"message": str(p)} for p in report.problems],
        "notes": [{"message": str(n)} for n in report.notes],
    }
    if not render_report(summary, sections, fmt.value):
        render([{k: v for k, v in counts.items() if k != "copies"}], "table")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    fmt: FormatOpt = RowFormat.table,
    workers: Annotated[int, typer.Option(help="Processes for the spaCy pipeline.", min=1)] = 1,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Per sentence: the mentions and how each was resolved, the cues that fired, "
            "every candidate claim kept or dropped and why.",
        ),
    ] = False,
    extractor: ExtractorOpt = "rules",
):
    """Extract claims from articles and print them; nothing is stored.

    Example: `alliancegraph extract ../shared/corpus --format jsonl`

    Why a claim is there or missing: `alliancegraph extract ARTICLE.txt --explain` (a tree;
    `--format json` or `jsonl` for programs, `csv` for one row per candidate).
    """
    from alliancegraph.pipeline import LoadReport
    from alliancegraph.pipeline import extract as run_extract

    report = LoadReport()
    chosen = claim_extractor(extractor)
    if explain:
        _explain(paths, fmt, chosen, report)
    else:
        _extract(run_extract(paths, workers=workers, extractor=chosen, report=report), fmt)
    for note in report.notes:
        err.print(message("Note:", "yellow", note), highlight=False)
    for problem in report.problems:
        err.print(message("Error:", "red", problem), highlight=False)
    if not report.ok:
        raise typer.Exit(1)


def _extract(extractions, fmt: RowFormat) -> None:
    rows = []
    for extraction in extractions:
        for claim in extraction.claims:
            row = claim.to_dict()
            if fmt is RowFormat.jsonl:
                write_jsonl([row])
            else:
                rows.append(row)
    if fmt is RowFormat.table:
        keep = ("subject", "relation", "object", "date", "confidence", "cue", "evidence")
        render([{k: r[k] for k in keep} for r in rows], "table")
    elif fmt is not RowFormat.jsonl:
        render(rows, fmt.value)


def _explain(paths: list[Path], fmt: RowFormat, extractor, report) -> None:
    from alliancegraph.output import write_explanation
    from alliancegraph.pipeline import explain as run_explain

    explanations = run_explain(paths, extractor=extractor, report=report)
    if fmt is RowFormat.table:
        for explanation in explanations:
            write_explanation(explanation)
    elif fmt is RowFormat.jsonl:
        write_jsonl(explanation.to_dict() for explanation in explanations)
    elif fmt is RowFormat.json:
        write_object([explanation.to_dict() for explanation in explanations])
    else:
        rows = [
            {"article": e.article.id, "sentence_text": s.text, **c.to_dict()}
            for e in explanations
            for s in e.sentences
            for c in s.candidates
        ]
        render(rows, "csv")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Annotations in the format of gold.json.")],
    articles: Annotated[
        Path | None, typer.Option(help="Folder of the articles (default: the gold's folder).")
    ] = None,
    fmt: Annotated[RowFormat, typer.Option("--format", "-f")] = RowFormat.table,
    by_rule: Annotated[
        bool,
        typer.Option(
            "--by-rule",
            help="Per rule: the true, optional, false and forbidden edges it produced and its "
            "dropped candidates (rules that fire once or never show up).",
        ),
    ] = False,
    extractor: ExtractorOpt = "rules",
):
    """Score the extractor against hand annotations: precision, recall, F1, forbidden edges.

    Example: `alliancegraph evaluate ../shared/corpus/gold.json --articles ../shared/corpus`

    Which rule gave which edge: `alliancegraph evaluate ../shared/corpus/gold.json --by-rule`
    """
    from alliancegraph.loaders.evaluate import evaluate as run_evaluate

    if not gold.is_file():
        raise fail(f"{gold}: no such file")
    chosen = claim_extractor(extractor)
    try:
        report = run_evaluate(gold, articles, chosen)
    except (ValueError, OSError) as exc:
        raise fail(f"{gold}: {exc}") from None
    if by_rule:
        _show_rules(report.by_rule(), fmt)
        return
    data = report.to_dict()
    overall = {k: data[k] for k in ("precision", "recall", "f1", "tp", "fp", "gold")}
    rows = [{"relation": "ALL", **overall}]
    for name, scores in (data.get("per_relation") or {}).items():
        rows.append({"relation": name, **scores})
    labels = {"forbidden_produced": "forbidden", "misses": "missed", "false_edges": "false"}
    sections = {"scores": rows}
    for key in labels:
        sections[key] = [
            {**item, "edge": " ".join(str(part) for part in item.get("edge", ()))}
            for item in data.get(key) or []
        ]
    if not render_report(data, sections, fmt.value):
        render(rows, "table", title="Extraction scores")
        out = Console(soft_wrap=True)
        out.print(
            f"overall: precision {data['precision']}, recall {data['recall']}, F1 {data['f1']} "
            f"({data['tp']} of {data['gold']} required edges found, {data['fp']} false)",
            highlight=False,
        )
        out.print(f"forbidden edges produced: {len(data.get('forbidden_produced', []))}")
        for key, label in labels.items():
            for item in sections[key]:
                where = item.get("file", "")
                sentence = item.get("evidence") or ""
                out.print(message(f"{label}:", "bold", f"{item['edge']}  ({where}) {sentence}"))


def _show_rules(rows: list[dict], fmt: RowFormat) -> None:
    """The per-rule report: counts as a table, then every edge that was not true."""
    if fmt is RowFormat.json:
        write_object(rows)
        return
    columns = ("rule", "claims", "true", "optional", "false", "forbidden", "dropped")
    flat = [
        {
            **{k: r[k] for k in columns},
            "why dropped": ", ".join(f"{why} {n}" for why, n in r["dropped_reasons"].items()),
        }
        for r in rows
    ]
    render(flat, fmt.value, title="Edges by rule")
    if fmt is RowFormat.table:
        out = Console(soft_wrap=True)
        for row in rows:
            for edge in row["edges"]:
                if edge["verdict"] in {"false", "forbidden"}:
                    line = Text(f"{edge['verdict']}: ", style="bold red")
                    line.append(terminal_safe(" ".join(edge["edge"])), style="bold")
                    line.append(f"  [{terminal_safe(row['rule'])}] ({edge['file']}) ")
                    line.append(terminal_safe(edge["evidence"]), style="italic")
                    out.print(line)


# -- questions and queries -----------------------------------------------------------------------


class AnswerFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


AnswerFormatOpt = Annotated[
    AnswerFormat,
    typer.Option("--format", "-f", help="Output format: json carries the interpretation; "
                 "jsonl and csv are the rows (the interpretation goes to stderr)."),
]
LimitOpt = Annotated[
    int, typer.Option("--limit", min=0, help="At most this many rows (a page).")
]
OffsetOpt = Annotated[
    int, typer.Option("--offset", min=0, help="Skip this many rows first (the next page).")
]


def _show_result(result, fmt: AnswerFormat) -> None:
    """Rows, the interpretation first (on stderr); `ask --format json` carries it instead."""

    if fmt is not AnswerFormat.json:
        if hasattr(result, "understood"):
            head = result.understood
        else:
            shown = ", ".join(f"{k}={v}" for k, v in result.params.items())
            head = f"query {result.query.name}({shown})"
        window = "".join(
            f" {label} {value}"
            for label, value in (("since", result.since), ("until", result.until))
            if value
        )
        reading = getattr(result, "interpretation", None)
        if reading is not None and (reading.since, reading.until) == (result.since,
                                                                       result.until):
            window = ""  # the reading already says which dates it kept
        if result.evidence:
            window += (f", at most {result.evidence} sentence(s) per relation "
                       "(--evidence all: every one)")
        line = terminal_safe(head + window)  # names come from the question and the store
        # An answer's table starts with what was understood; csv and jsonl keep stdout for
        # the rows, and a named query's header stays on stderr as it always was.
        table = fmt is AnswerFormat.table and hasattr(result, "understood")
        out = Console(soft_wrap=True) if table else err
        out.print(line, style="dim", highlight=False, markup=False)
    if fmt is AnswerFormat.json and hasattr(result, "understood"):
        write_object(result.to_dict())
    elif fmt is AnswerFormat.json:
        render(result.rows, "json")
    elif fmt is AnswerFormat.jsonl:
        write_jsonl(result.rows)
    else:
        render(result.rows, fmt.value)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in French or English.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    evidence: EvidenceOpt = None,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: AnswerFormatOpt = AnswerFormat.table,
):
    """Answer a question in plain words, with the evidence behind each answer.

    The first line says what was understood; `--format json` returns it with the rows.

    Example: `alliancegraph ask "quels socialistes soutiennent Valls mais lorgnent vers Macron"`
    """
    from alliancegraph.queries import ask as run_ask
    from alliancegraph.queries.library import DEFAULT_EVIDENCE

    with opened(store, db) as graph:
        result = run_ask(graph, question, since=since, until=until,
                         evidence=DEFAULT_EVIDENCE if evidence is None else evidence,
                         limit=limit, offset=offset)
        _show_result(result, fmt)


def _params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise fail(f"parameter {pair!r} is not key=value")
        params[key.strip()] = value.strip()
    return params


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query (see `alliancegraph queries`).")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value.")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    evidence: EvidenceOpt = None,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: AnswerFormatOpt = AnswerFormat.table,
):
    """Run a named query from the library.

    Example: `alliancegraph query backs-but-eyes -p backs=Valls -p eyes=Macron`
    """
    from alliancegraph.queries import run_query
    from alliancegraph.queries.library import DEFAULT_EVIDENCE

    params = _params(param or [])
    with opened(store, db) as graph:
        result = run_query(graph, name, params, since=since, until=until,
                           evidence=DEFAULT_EVIDENCE if evidence is None else evidence,
                           limit=limit, offset=offset)
        _show_result(result, fmt)


@app.command()
def queries(fmt: FormatOpt = RowFormat.table):
    """List the named queries with their parameters.

    Example: `alliancegraph queries --format json`
    """
    from alliancegraph.queries import named_queries

    rows = [
        {
            "name": q.name,
            "parameters": ", ".join(
                p.name + ("" if p.default is None else f"={p.default}") for p in q.params
            ),
            "description": q.description,
        }
        for q in named_queries().values()
    ]
    render(rows, fmt.value)


@app.command()
def cypher(
    text: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value.")
    ] = None,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Run ad-hoc read-only Cypher against the Neo4j store; writes are refused.

    Example: `alliancegraph cypher "MATCH (p:Person)-[:SUPPORTS]->(:Person {name: \\$n}) RETURN
    p.name" -p n="Manuel Valls" --store neo4j`
    """
    from alliancegraph.graph.store import store_kind

    params = _params(param or [])
    if store_kind(store.value if store else None) != "neo4j":
        raise fail(
            "cypher needs the Neo4j store (--store neo4j or ALLIANCEGRAPH_STORE=neo4j); "
            "the embedded store answers the named queries (`alliancegraph queries`)"
        )
    with opened(store, db) as graph:
        render(graph.read(text, params), fmt.value)
        for notice in getattr(graph, "notices", ()):
            err.print(message("Note:", "yellow", notice), highlight=False)


@app.command()
def stats(store: StoreOpt = None, db: DbOpt = None, fmt: FormatOpt = RowFormat.table):
    """Count the articles, persons, parties and claims in the store.

    Example: `alliancegraph stats --db primaire.db`
    """
    with opened(store, db) as graph:
        counts = graph.counts()
    if not render_report(counts, {"counts": [counts]}, fmt.value):
        render([counts], "table")


# -- analysis and exports ------------------------------------------------------------------------


class Method(StrEnum):
    auto = "auto"
    exact = "exact"
    heuristic = "heuristic"


# The columns a reader needs in each table; --format json has every field.
FRACTURE_COLUMNS = {
    "camps": ("camp", "size", "members", "parties"),
    "fault_lines": ("kind", "a", "b", "camps", "relations", "first", "last"),
    "brokers": ("name", "camp", "camps", "positive_ties"),
    "at_risk": ("name", "camp", "tempted_by", "target_family", "reason", "first"),
    "monthly": ("month", "actors", "ties", "frustration", "camp_sizes", "method"),
}


@app.command()
def fractures(
    since: SinceOpt = None,
    until: UntilOpt = None,
    method: Annotated[
        Method, typer.Option(help="Camp split: exact (HiGHS), heuristic, or auto by size.")
    ] = Method.auto,
    write_back: Annotated[
        bool, typer.Option(help="Store each actor's camp as the property `camp`.")
    ] = True,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: Annotated[RowFormat, typer.Option("--format", "-f")] = RowFormat.table,
):
    """Split the left into camps (structural balance) and show its fault lines.

    Example: `alliancegraph fractures --until 2017-02-28`
    """
    from alliancegraph.graph.fractures import analyse

    with opened(store, db) as graph:
        report = analyse(
            graph, since=since, until=until, method=method.value, write_back=write_back
        )
    data = report.to_dict()
    sections = {name: data.get(name) or [] for name in FRACTURE_COLUMNS}
    if render_report(data, sections, fmt.value):
        return
    out = Console()
    out.print(
        f"[bold]{len(data['camps'])} camps[/bold], frustration index "
        f"{data['frustration']} ({data['method']}"
        f"{', proven optimal' if data.get('optimal') else ''})",
        highlight=False,
    )
    for section, columns in FRACTURE_COLUMNS.items():
        rows = [{k: row[k] for k in columns if k in row} for row in data.get(section) or []]
        if rows:
            render(rows, "table", title=section.replace("_", " "))


class ExportFormat(StrEnum):
    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"
    turtle = "turtle"
    jsonld = "jsonld"
    grass = "grass"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.gexf,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="File to write (a folder for --format csv).")
    ] = Path("alliancegraph.gexf"),
    aggregate: Annotated[
        bool | None,
        typer.Option(
            "--aggregate/--per-claim",
            help="One edge per (subject, relation, object), weighted, or one per claim "
            "(default: per tie for gexf, per claim for graphml).",
        ),
    ] = None,
    dynamic: Annotated[
        bool, typer.Option(help="GEXF with dated spells, for Gephi's timeline.")
    ] = False,
    hold_days: Annotated[
        int | None,
        typer.Option(help="Dynamic GEXF: days a claim holds unless restated (default 90)."),
    ] = None,
    yed: Annotated[
        bool, typer.Option(help="GraphML with yEd's graphics (not valid plain GraphML).")
    ] = False,
    force: Annotated[
        bool, typer.Option(help="Replace the CSV files already in the --out folder.")
    ] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
):
    """Write the graph for Gephi (gexf), yEd/Cytoscape (graphml), neo4j-admin (csv), RDF tools
    (turtle, jsonld) or Neo4j Browser (grass).

    Example: `alliancegraph export --format gexf --dynamic --out alliances.gexf`
    """
    from alliancegraph.graph.exports import export as run_export

    with opened(store, db) as graph:
        summary = run_export(
            graph, fmt.value, out, force=force, aggregate=aggregate, dynamic=dynamic,
            hold_days=hold_days, yed=yed, since=since, until=until,
        )
        stale = graph.stale_camps()
    err.print(Text(terminal_safe(f"wrote {out} ({summary})")), highlight=False)
    if stale:
        err.print(message("Note:", "yellow", stale_note(stale)), highlight=False)


@app.command()
def plot(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="PNG picture to write.")] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Interactive self-contained HTML page.")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
):
    """Draw the actors by camp, coloured by party, edges by polarity.

    Example: `alliancegraph plot --out camps.png --html camps.html`
    """
    from alliancegraph.graph.exports.plot import plot_html, plot_png

    if out is None and html is None:
        raise fail("say where to draw: --out FILE.png and/or --html FILE.html")
    with opened(store, db) as graph:
        if out is not None:
            plot_png(graph, out, since=since, until=until)
            err.print(Text(terminal_safe(f"wrote {out}")), highlight=False)
        if html is not None:
            plot_html(graph, html, since=since, until=until)
            err.print(Text(terminal_safe(f"wrote {html}")), highlight=False)
        if stale := graph.stale_camps():
            err.print(message("Note:", "yellow", stale_note(stale)), highlight=False)


# -- the local Neo4j server ----------------------------------------------------------------------

PortOpt = Annotated[int, typer.Option(help="Bolt port on 127.0.0.1.")]
HomeOpt = Annotated[
    Path | None,
    typer.Option(
        help="Server folder (default ~/.local/share/alliancegraph/neo4j). "
        "Env: ALLIANCEGRAPH_NEO4J_HOME.",
        show_default=False,
    ),
]


def _server_call(action, **kwargs):
    from alliancegraph.graph.neo4j_server import Neo4jServerError

    try:
        return action(**kwargs)
    except Neo4jServerError as exc:
        raise fail(str(exc)) from None


@neo4j_app.command("start")
def neo4j_start(port: PortOpt = 7687, home: HomeOpt = None):
    """Build (first time) and start a local Neo4j Community 5.26 server; returns when it answers.

    Example: `alliancegraph neo4j start` then `alliancegraph load examples/articles --store neo4j`
    """
    from alliancegraph.graph import neo4j_server

    status = _server_call(neo4j_server.start, home=home, port=port)
    Console().print(f"Neo4j running at {status.uri} (pid {status.pid})", highlight=False)


@neo4j_app.command("stop")
def neo4j_stop(home: HomeOpt = None):
    """Stop the local Neo4j server started by `alliancegraph neo4j start`.

    Example: `alliancegraph neo4j stop`
    """
    from alliancegraph.graph import neo4j_server

    stopped = _server_call(neo4j_server.stop, home=home)
    Console().print("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j_app.command("status")
def neo4j_status(port: PortOpt = 7687, home: HomeOpt = None):
    """Say whether the local Neo4j server runs, where, which version, and its memory sizes.

    The sizes come from the machine (half its memory: 40% heap, the rest page cache,
    transactions up to 70% of the heap); `ALLIANCEGRAPH_NEO4J_MEMORY=8g` sets the budget.

    Example: `alliancegraph neo4j status`
    """
    from alliancegraph.graph import neo4j_server

    status = _server_call(neo4j_server.status, home=home, port=port)
    if not status.running:
        Console().print("Neo4j is not running")
        raise typer.Exit(3)
    memory = f"; {status.memory.describe()}" if status.memory and status.pid else ""
    Console().print(
        f"Neo4j {status.version or ''} running at {status.uri} (pid {status.pid}){memory}",
        highlight=False,
    )


# -- review ---------------------------------------------------------------------------------------

ReviewerOpt = Annotated[
    str | None,
    typer.Option(help="Who decides (default: ALLIANCEGRAPH_REVIEWER, else USER).",
                 show_default=False),
]
NoteOpt = Annotated[str | None, typer.Option(help="Why, in a few words.", show_default=False)]
ClaimArg = Annotated[str, typer.Argument(help="The claim's id, as `review list` prints it.")]


class ReviewList(StrEnum):
    queue = "queue"
    decisions = "decisions"
    candidates = "candidates"


def _decision_rows(rows: list[dict]) -> list[dict]:
    """Decisions for the table: who, when and the status, the claim and sentence underneath."""
    return [{"action": row["action"], "status": row["status"], "reviewer": row["reviewer"],
             "at": row["at"], "correction": _correction(row),
             "claim": [{k: row[k] for k in ("date", "subject", "relation", "object",
                                            "sentence", "article")}]} for row in rows]


def _show_decision(decision, fmt: RowFormat) -> None:
    row = decision.to_dict()
    render(_decision_rows([row]) if fmt is RowFormat.table else [row], fmt.value)


def _correction(row: dict) -> str | None:
    if row["action"] != "correct":
        return None
    return f"{row['new_subject']} {row['new_relation']} {row['new_object']}"


@review_app.command("list")
def review_list(
    decisions: Annotated[bool, typer.Option("--decisions", help="The decisions taken.")] = False,
    candidates: Annotated[
        bool,
        typer.Option("--candidates", help="Sentences where two actors meet a stance word and "
                     "nothing was extracted (re-reads the article files)."),
    ] = False,
    actor: Annotated[str | None, typer.Option(help="Claims by or about this actor.")] = None,
    relation: Annotated[str | None, typer.Option(help="Only this relation.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 50,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """The review queue: unreviewed claims, the least confident first (or the decisions, or the
    candidate sentences).

    Example: `alliancegraph review list --actor Valls --relation SUPPORTS --limit 10`
    """
    from alliancegraph import review

    kind = "decisions" if decisions else "candidates" if candidates else "queue"
    with opened(store, db) as graph:
        rows = review.list(graph, kind, actor=actor, relation=relation, since=since,
                           until=until, limit=limit)
    if fmt is RowFormat.table and kind == "queue":  # the id whole, the sentence underneath
        rows = [{"id": row["id"], "confidence": row["confidence"],
                 "claim": [{k: row[k] for k in ("date", "subject", "relation", "object",
                                                "evidence")}]} for row in rows]
    elif fmt is RowFormat.table and kind == "decisions":
        rows = _decision_rows(rows)
    elif fmt is RowFormat.table:
        rows = [{"article": row["article"], "actors": ", ".join(row["actors"]),
                 "cues": ", ".join(row["cues"]),
                 "sentence": [{"date": row["date"], "sentence": row["sentence"]}]}
                for row in rows]
    render(rows, fmt.value)


@review_app.command("accept")
def review_accept(claim: ClaimArg, reviewer: ReviewerOpt = None, note: NoteOpt = None,
                  store: StoreOpt = None, db: DbOpt = None, fmt: FormatOpt = RowFormat.table):
    """Mark a claim as checked and true; it stays, marked reviewed, after any re-extraction.

    Example: `alliancegraph review accept 4c8f678b96f583dc-c04e9901 --reviewer ana`
    """
    from alliancegraph import review

    with opened(store, db) as graph:
        _show_decision(review.accept(graph, claim, reviewer=reviewer, note=note), fmt)


@review_app.command("reject")
def review_reject(claim: ClaimArg, reviewer: ReviewerOpt = None, note: NoteOpt = None,
                  store: StoreOpt = None, db: DbOpt = None, fmt: FormatOpt = RowFormat.table):
    """Strike a false claim: gone from every query and export, now and after re-loads.

    Example: `alliancegraph review reject bb4880ca58bc261b-2e8c3450 --note "not a rejection"`
    """
    from alliancegraph import review

    with opened(store, db) as graph:
        _show_decision(review.reject(graph, claim, reviewer=reviewer, note=note), fmt)


@review_app.command("correct")
def review_correct(
    claim: ClaimArg,
    relation: Annotated[str | None, typer.Option(help="The right relation.")] = None,
    subject: Annotated[str | None, typer.Option(help="The right subject.")] = None,
    object_: Annotated[str | None, typer.Option("--object", help="The right object.")] = None,
    reviewer: ReviewerOpt = None,
    note: NoteOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Replace a claim by the same sentence read right (another relation, subject or object).

    Example: `alliancegraph review correct 4c8f678b96f583dc-a212b853 --relation SUPPORTS`
    """
    from alliancegraph import review

    with opened(store, db) as graph:
        decision = review.correct(graph, claim, relation=relation, subject=subject,
                                  object=object_, reviewer=reviewer, note=note)
        _show_decision(decision, fmt)


@review_app.command("add")
def review_add(
    article: Annotated[str, typer.Argument(help="The article's id (see `review list`).")],
    subject: Annotated[str, typer.Argument(help="Who.")],
    relation: Annotated[str, typer.Argument(help="Which relation (e.g. SUPPORTS).")],
    object_: Annotated[str, typer.Argument(metavar="OBJECT", help="Whom.")],
    sentence: Annotated[str, typer.Option(help="The sentence the claim is read in.")],
    reviewer: ReviewerOpt = None,
    note: NoteOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Add a claim the extractor missed, with the sentence it is read in.

    Example: `alliancegraph review add 4c8f678b96f583dc Jadot SUPPORTS Hamon --sentence "..."`
    """
    from alliancegraph import review

    with opened(store, db) as graph:
        decision = review.add(graph, article, sentence, subject, relation, object_,
                              reviewer=reviewer, note=note)
        _show_decision(decision, fmt)


@review_app.command("export")
def review_export(
    out: Annotated[Path, typer.Option("--out", "-o", help="The gold JSON file to write.")],
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Write the decisions as gold annotations for `alliancegraph evaluate`.

    Example: `alliancegraph review export --out reviewed.json` then
    `alliancegraph evaluate reviewed.json --articles examples/articles`
    """
    from alliancegraph import review

    with opened(store, db) as graph:
        render([review.export(graph, out)], fmt.value)


# -- the web app ----------------------------------------------------------------------------------


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; anything but loopback warns.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port (0: any free port).")] = 8765,
    store: StoreOpt = None,
    db: DbOpt = None,
):
    """Explore and review the graph in a local web app; prints the URL with this run's token.

    Example: `alliancegraph serve --db primaire.db` then open the printed URL
    """
    from alliancegraph.graph.store import open_store
    from alliancegraph.web.server import serve as run_serve

    with opened(store, db):  # fail now, with one line, if the store cannot be opened
        pass
    try:
        run_serve(lambda: open_store(store.value if store else None, db, create=False),
                  host=host, port=port,
                  announce=lambda line: err.print(line, highlight=False, markup=False))
    except (OSError, FileNotFoundError) as exc:
        raise fail(str(exc)) from None
