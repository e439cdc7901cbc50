"""Where the extractor's own time goes, on already parsed documents (not a test).

Parses the articles once (the dev corpus repeated to about ``--words`` words, as
``bench_extract.py`` does, or the articles under the paths given), then runs
``Extractor.extract`` on every parsed document under ``cProfile`` and prints the functions
with the most time, by own time (``tottime``) and by time including callees (``cumtime``).

    .venv/bin/python bench/profile_extract.py [PATH ...] [--words 20000] [--top 40]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import corpus  # noqa: E402

from alliancegraph.loaders.extractor import Extractor  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", help="also write the raw profile here (for snakeviz, pstats)")
    args = parser.parse_args()
    articles = corpus(args.paths, args.words)
    extractor = Extractor()
    docs = list(extractor.nlp.pipe((a.text for a in articles), batch_size=64))
    for article, doc in list(zip(articles, docs, strict=True))[:8]:  # warm the caches
        extractor.extract(article, doc)
    profile = cProfile.Profile()
    profile.enable()
    for article, doc in zip(articles, docs, strict=True):
        extractor.extract(article, doc)
    profile.disable()
    if args.out:
        profile.dump_stats(args.out)
    stats = pstats.Stats(profile)
    print(f"{len(articles)} articles, {sum(a.words for a in articles)} words")
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
