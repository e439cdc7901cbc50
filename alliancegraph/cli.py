"""The ``alliancegraph`` command: thin wiring from the shell to the library.

Each command opens the store, calls the library function of the same name, and renders the
result; domain errors are the library's own exceptions, turned into ``Error: ...`` and exit 1
here and only here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from alliancegraph.output import message, render, terminal_safe

app = typer.Typer(
    name="alliancegraph",
    help="A knowledge graph of political actors and alliances, built from news articles.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
neo4j_app = typer.Typer(help="Run a local Neo4j Community server for the `neo4j` store.")
app.add_typer(neo4j_app, name="neo4j")

err = Console(stderr=True, soft_wrap=True)  # an error stays on one line, however long


class StoreKind(StrEnum):
    local = "local"
    neo4j = "neo4j"


class RowFormat(StrEnum):
    table = "table"
    json = "json"
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
EvidenceOpt = Annotated[
    int | None,
    typer.Option(
        "--evidence", min=1, metavar="N",
        help="At most N sentences per relation in each row, the earliest first (default: all).",
    ),
]
FormatOpt = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]


def fail(text: str, code: int = 1) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    err.print(message("Error:", "red", text), highlight=False)
    return typer.Exit(code)


def _domain_errors() -> tuple[type[Exception], ...]:
    """The library's own exceptions: each becomes one line on stderr and exit status 1."""
    from alliancegraph.graph.exports import ExportError
    from alliancegraph.graph.store import StoreError
    from alliancegraph.ontology import UnknownRelationError
    from alliancegraph.ontology.gazetteer import GazetteerError
    from alliancegraph.queries import QueryError

    return (StoreError, UnknownRelationError, GazetteerError, QueryError, ExportError)


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


# -- load / extract / evaluate ------------------------------------------------------------------


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    workers: Annotated[int, typer.Option(help="Processes for the spaCy pipeline.", min=1)] = 1,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Read articles, extract their claims and store them.

    Example: `alliancegraph load examples/articles --db primaire.db`

    Loading the same article twice changes nothing; a run interrupted mid-way leaves every
    article either fully stored or absent, and the next run loads the rest. Exit status 1 when
    any file failed (the others are still loaded).
    """
    from alliancegraph.pipeline import count_articles
    from alliancegraph.pipeline import load as run_load

    with opened(store, db, create=True) as graph, progress_bar() as bar:
        task = bar.add_task("loading", total=count_articles(paths) or None, rate="")

        def advance(_extraction) -> None:
            bar.update(task, advance=1)
            bar.update(task, rate=_rate(bar.tasks[task]))

        report = run_load(graph, paths, workers=workers, on_article=advance)
    for note in report.notes:
        err.print(message("Note:", "yellow", note), highlight=False)
    for problem in report.problems:
        err.print(message("Error:", "red", problem), highlight=False)
    summary = report.to_dict()
    if fmt is RowFormat.table:
        render([{k: v for k, v in summary.items() if k not in ("problems", "notes")}], "table")
    else:
        render([summary], fmt.value)
    if not report.ok:
        raise typer.Exit(1)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.table,
    workers: Annotated[int, typer.Option(help="Processes for the spaCy pipeline.", min=1)] = 1,
):
    """Extract claims from articles and print them; nothing is stored.

    Example: `alliancegraph extract ../shared/corpus --format jsonl`
    """
    from alliancegraph.pipeline import LoadReport
    from alliancegraph.pipeline import extract as run_extract

    report = LoadReport()
    rows = []
    for extraction in run_extract(paths, workers=workers, report=report):
        for claim in extraction.claims:
            row = claim.to_dict()
            if fmt is ExtractFormat.jsonl:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                rows.append(row)
    if fmt is ExtractFormat.table:
        keep = ("subject", "relation", "object", "date", "confidence", "cue", "evidence")
        render([{k: r[k] for k in keep} for r in rows], "table")
    elif fmt is not ExtractFormat.jsonl:
        render(rows, fmt.value)
    for note in report.notes:
        err.print(message("Note:", "yellow", note), highlight=False)
    for problem in report.problems:
        err.print(message("Error:", "red", problem), highlight=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Annotations in the format of gold.json.")],
    articles: Annotated[
        Path | None, typer.Option(help="Folder of the articles (default: the gold's folder).")
    ] = None,
    fmt: Annotated[RowFormat, typer.Option("--format", "-f")] = RowFormat.table,
):
    """Score the extractor against hand annotations: precision, recall, F1, forbidden edges.

    Example: `alliancegraph evaluate ../shared/corpus/gold.json --articles ../shared/corpus`
    """
    from alliancegraph.loaders.evaluate import evaluate as run_evaluate

    if not gold.is_file():
        raise fail(f"{gold}: no such file")
    try:
        report = run_evaluate(gold, articles)
    except (ValueError, OSError) as exc:
        raise fail(f"{gold}: {exc}") from None
    data = report.to_dict()
    if fmt is RowFormat.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    overall = {k: data[k] for k in ("precision", "recall", "f1", "tp", "fp", "gold")}
    rows = [{"relation": "ALL", **overall}]
    for name, scores in (data.get("per_relation") or {}).items():
        rows.append({"relation": name, **scores})
    render(rows, fmt.value, title="Extraction scores")
    if fmt is RowFormat.table:
        out = Console(soft_wrap=True)
        out.print(
            f"overall: precision {data['precision']}, recall {data['recall']}, F1 {data['f1']} "
            f"({data['tp']} of {data['gold']} required edges found, {data['fp']} false)",
            highlight=False,
        )
        out.print(f"forbidden edges produced: {len(data.get('forbidden_produced', []))}")
        sections = (
            ("forbidden", "forbidden_produced"),
            ("missed", "misses"),
            ("false", "false_edges"),
        )
        for label, key in sections:
            for item in data[key]:
                edge = " ".join(str(part) for part in item.get("edge", ()))
                where = item.get("file", "")
                sentence = item.get("evidence") or ""
                out.print(message(f"{label}:", "bold", f"{edge}  ({where}) {sentence}"))


# -- questions and queries -----------------------------------------------------------------------


def _show_result(result, fmt: RowFormat) -> None:
    """Rows, and in table mode the query and parameters that were chosen."""
    if fmt is RowFormat.table:
        shown = ", ".join(f"{k}={v}" for k, v in result.params.items())
        window = "".join(
            f" {label} {value}"
            for label, value in (("since", result.since), ("until", result.until))
            if value
        )
        if result.evidence:
            window += f", at most {result.evidence} sentence(s) per relation"
        line = terminal_safe(f"query {result.query.name}({shown}){window}")
        err.print(Text(line, style="dim"), highlight=False)
    render(result.rows, fmt.value)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in French or English.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    evidence: EvidenceOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Answer a question in plain words, with the evidence behind each answer.

    Example: `alliancegraph ask "who backs Valls but eyes Macron"`
    """
    from alliancegraph.queries import ask as run_ask

    with opened(store, db) as graph:
        result = run_ask(graph, question, since=since, until=until, evidence=evidence)
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
    store: StoreOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = RowFormat.table,
):
    """Run a named query from the library.

    Example: `alliancegraph query backs-but-eyes -p backs=Valls -p eyes=Macron`
    """
    from alliancegraph.queries import run_query

    params = _params(param or [])
    with opened(store, db) as graph:
        result = run_query(graph, name, params, since=since, until=until, evidence=evidence)
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
        render([graph.counts()], fmt.value)


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
    if fmt is RowFormat.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is RowFormat.csv:
        render(
            [{"camp": c["camp"], "member": m} for c in data["camps"] for m in c["members"]],
            "csv",
        )
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
        bool, typer.Option(help="One edge per (subject, relation, object), weighted.")
    ] = False,
    dynamic: Annotated[
        bool, typer.Option(help="GEXF with dated spells, for Gephi's timeline.")
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
            since=since, until=until,
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
    """Say whether the local Neo4j server runs, where, and which version.

    Example: `alliancegraph neo4j status`
    """
    from alliancegraph.graph import neo4j_server

    status = _server_call(neo4j_server.status, home=home, port=port)
    if not status.running:
        Console().print("Neo4j is not running")
        raise typer.Exit(3)
    Console().print(
        f"Neo4j {status.version or ''} running at {status.uri} (pid {status.pid})",
        highlight=False,
    )
