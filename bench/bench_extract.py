"""Throughput of the extractor against bare spaCy on the same texts (not a test).

Measures words/second of ``nlp.pipe(batch_size=64)`` on the plain ``fr_core_news_md`` pipeline
and of the full ``Extractor.pipe`` (parse + mentions + resolution + rules), for 1 and 2
workers, and prints the ratio. The texts are the dev corpus articles repeated to about 50,000
words, or the articles under the paths given.

    .venv/bin/python bench/bench_extract.py [PATH ...] [--words 50000] [--workers 1 2]
        [--repeat 3] [--quick] [--own]

``--own`` also times the extractor's own work on already parsed documents (no parse), as a
share of the bare parse time: steadier than the ratio on a shared machine.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import spacy

from alliancegraph.loaders.extractor import Extractor
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO.parent / "shared" / "corpus"


def corpus(paths: list[str], words: int) -> list[Article]:
    """Articles from ``paths`` (default: the dev corpus), repeated to about ``words`` words."""
    found = [a for a in read_articles(paths or [DEV_CORPUS]) if isinstance(a, Article)]
    if not found:
        raise SystemExit("no articles found")
    out, total = [], 0
    for article in itertools.cycle(found):
        if total >= words:
            break
        out.append(article)
        total += article.words
    return out


def best_rates(runs, articles: list[Article], repeat: int) -> list[float]:
    """Best words/second of each run over ``repeat`` interleaved rounds.

    The machine may be shared: interleaving gives each run the same chance of a quiet moment,
    and the best of a few rounds is the least disturbed figure.
    """
    words = sum(a.words for a in articles)
    best = [0.0] * len(runs)
    for _ in range(repeat):
        for k, run in enumerate(runs):
            start = time.perf_counter()
            run(articles)
            best[k] = max(best[k], words / (time.perf_counter() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--repeat", type=int, default=3, help="best of N interleaved rounds")
    parser.add_argument("--quick", action="store_true", help="10,000 words, one round")
    parser.add_argument("--own", action="store_true", help="also time extraction alone")
    args = parser.parse_args()
    if args.quick:
        args.words, args.repeat = 10_000, 1
    articles = corpus(args.paths, args.words)
    texts = [a.text for a in articles]
    bare = spacy.load(args.model)
    extractor = Extractor()
    list(bare.pipe(texts[:8]))  # warm-up: first calls allocate
    list(extractor.pipe(articles[:8]))
    print(
        f"{len(articles)} articles, {sum(a.words for a in articles)} words, "
        f"batch_size={args.batch_size}"
    )
    print(f"{'workers':>7}  {'bare nlp.pipe w/s':>18}  {'Extractor.pipe w/s':>19}  {'ratio':>6}")
    for workers in args.workers:

        def run_bare(items, workers=workers):
            for _ in bare.pipe(
                (a.text for a in items), batch_size=args.batch_size, n_process=workers
            ):
                pass

        def run_extractor(items, workers=workers):
            for _ in extractor.pipe(items, workers=workers, batch_size=args.batch_size):
                pass

        bare_rate, full_rate = best_rates([run_bare, run_extractor], articles, args.repeat)
        ratio = full_rate / bare_rate
        print(f"{workers:>7}  {bare_rate:>18,.0f}  {full_rate:>19,.0f}  {ratio:>6.2f}")
    if args.own:
        own_work(bare, extractor, articles, args.batch_size, args.repeat)


def own_work(bare, extractor: Extractor, articles: list[Article], batch_size: int, repeat: int):
    """The extractor's own time on parsed documents against the bare parse, best of rounds."""
    docs = list(extractor.nlp.pipe((a.text for a in articles), batch_size=batch_size))

    def run_parse(items):
        for _ in bare.pipe((a.text for a in items), batch_size=batch_size):
            pass

    def run_rules(items):
        for article, doc in zip(items, docs, strict=True):
            extractor.extract(article, doc)

    parse_rate, rules_rate = best_rates([run_parse, run_rules], articles, repeat)
    print(
        f"extraction alone on parsed docs: {rules_rate:,.0f} words/s, "
        f"{parse_rate / rules_rate:.1%} of the bare parse time ({parse_rate:,.0f} words/s)"
    )


if __name__ == "__main__":
    main()
