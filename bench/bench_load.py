"""Load throughput against bare spaCy, and the quality of what was loaded, on a synthetic corpus.

Why: spaCy's parse is the floor of what a load can cost; everything the loader adds (reading,
rules, resolution, the store's writes, moving records between processes) should stay small
next to it. So the baseline is ``nlp.pipe`` alone over the same texts, with the same pipeline
(``load_nlp()``), batch size 64 and ``n_process`` equal to the loader's workers, measured in
the same run; the figure is the ratio. Target: on 2 processes the loader is within 25% of
bare ``nlp.pipe`` (ratio >= 0.75).

Speed alone proves nothing, so the claims stored are then scored against the generator's gold
(``bench/make_corpus.py``) with the same matching rules as ``alliancegraph evaluate``.

The pipeline is loaded and warmed up once before any timing (both sides fork workers that
inherit it); both sides stream the files from disk inside the timed region. On a shared,
noisy machine ``--repeat N`` alternates the two sides N times and keeps the best of each.

    .venv/bin/python bench/bench_load.py                 # 10,000 articles (README figure)
    .venv/bin/python bench/bench_load.py --quick         # 200 articles
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from bench_query_latency import print_table
from cache import add_cache_option, cache_dir, use_cache
from make_corpus import CorpusSpec, write_corpus

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.loaders.evaluate import EvaluationReport, NameMatcher, Score, _score_article
from alliancegraph.loaders.nlp import load_nlp
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article, Claim
from alliancegraph.pipeline import load

TARGET_RATIO = 0.75  # loader words/s over bare nlp.pipe words/s, on 2 processes
BATCH_SIZE = 64


def texts(paths: list[Path]) -> Iterator[str]:
    """The article texts exactly as the loader gets them (title and body), streamed."""
    for item in read_articles(paths):
        if isinstance(item, Article):
            yield item.text


def bare_nlp(paths: list[Path], workers: int) -> tuple[int, float]:
    """Words and seconds of ``nlp.pipe`` alone over the corpus: the floor a load cannot beat."""
    nlp = load_nlp()
    words = 0

    def counted() -> Iterator[str]:
        nonlocal words
        for text in texts(paths):
            words += len(text.split())
            yield text

    started = time.perf_counter()
    for _ in nlp.pipe(counted(), batch_size=BATCH_SIZE, n_process=workers):
        pass
    return words, time.perf_counter() - started


def warm_up(paths: list[Path]) -> None:
    """Load the pipeline and run it on a few texts before any timing, so neither side pays
    the model load or the first-call allocations (workers forked later inherit the model)."""
    nlp = load_nlp()
    for _ in nlp.pipe(itertools.islice(texts(paths), 16), batch_size=BATCH_SIZE):
        pass


def loader(paths: list[Path], workers: int, db: Path) -> tuple[int, float]:
    """Words and seconds of ``pipeline.load`` into a fresh embedded store."""
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    with SQLiteStore(db) as store:
        started = time.perf_counter()
        report = load(store, paths, workers=workers)
        seconds = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(f"load failed: {report.problems[:3]}")
    return report.words, seconds


# -- quality --------------------------------------------------------------------------------------


def gold_key(source: str | None, url: str | None) -> str:
    """The gold entry an article came from: its file name (txt), or its id (jsonl, in the url)."""
    return url.rsplit("/", 1)[-1] if url else Path(source or "").name


def score_store(db: Path, gold_path: Path) -> EvaluationReport:
    """Precision and recall of the stored claims against the planted ones, article by article.

    Same matching as ``alliancegraph evaluate`` (folded names, party aliases, bare surnames),
    but on what the store holds after the whole pipeline, not on a fresh extraction.
    """
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    matcher = NameMatcher(gold.get("parties", {}))
    report = EvaluationReport(per_relation={name: Score() for name in gold["relations"]})
    with SQLiteStore(db) as store:
        keys = {a.id: gold_key(a.source, a.url) for a in store.articles()}
        claims: dict[str, list[Claim]] = defaultdict(list)
        for claim in store.claims():
            claims[keys[claim.article]].append(claim)
    for entry in gold["articles"]:
        key = entry.get("id") or entry["file"]
        required = [tuple(e) for e in entry["edges"]]
        for edge in required:
            report.overall.gold += 1
            report.per_relation[edge[1]].gold += 1
        report.articles += 1
        _score_article(
            report, matcher, key, claims.get(key, []), required,
            [tuple(e) for e in entry["optional"]], [tuple(e) for e in entry["forbidden"]],
        )
    return report


def quality_rows(workers: int, report: EvaluationReport) -> list[dict]:
    rows = [{"workers": workers, "relation": "ALL", **report.overall.to_dict(),
             "forbidden": len(report.forbidden_produced)}]
    for name, score in report.per_relation.items():
        rows.append({"workers": workers, "relation": name, **score.to_dict(), "forbidden": None})
    return rows


# -- main -----------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="200 articles")
    parser.add_argument("--workers", default="1,2", help="comma-separated process counts")
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1,
                        help="time each side this many times (alternating) and keep the best")
    add_cache_option(parser)
    args = parser.parse_args(argv)
    use_cache(args.cache)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    articles = 200 if args.quick else args.articles
    spec = CorpusSpec(articles=articles, seed=args.seed)
    files = write_corpus(spec, cache_dir("load") / "corpus", args.format)
    print(f"corpus: {files.count:,} articles, {files.words:,} words, {files.edges:,} planted "
          f"edges ({files.articles})", flush=True)
    paths = [files.articles]
    warm_up(paths)
    speed, quality = [], []
    for workers in (int(w) for w in args.workers.split(",")):
        db = cache_dir("load") / f"store-w{workers}.db"
        runs = [(bare_nlp(paths, workers), loader(paths, workers, db)) for _ in range(args.repeat)]
        (base_words, base_s), (words, seconds) = (
            min((r[0] for r in runs), key=lambda r: r[1]),
            min((r[1] for r in runs), key=lambda r: r[1]),
        )
        assert words == base_words, (words, base_words)
        ratio = (words / seconds) / (base_words / base_s)
        row = {"workers": workers, "words": words, "nlp_pipe_words_s": base_words / base_s,
               "load_words_s": words / seconds, "ratio": ratio, "load_s": seconds}
        if workers == 2:
            row["target"] = f">= {TARGET_RATIO}: {'met' if ratio >= TARGET_RATIO else 'MISSED'}"
        speed.append(row)
        print(f"workers={workers}: nlp.pipe {base_s:.1f} s, load {seconds:.1f} s", flush=True)
        quality += quality_rows(workers, score_store(db, files.gold))
    print_table(f"Load vs bare nlp.pipe, {files.count:,} articles ({args.format})", speed)
    print_table("Stored claims vs planted (gold)", quality)
    return 0


if __name__ == "__main__":
    sys.exit(main())
