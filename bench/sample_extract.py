"""Where the extractor's own time goes, by sampling the stack (not a test).

cProfile's cost per call inflates small, often-called functions (a dictionary look-up in a
helper costs more to profile than to run) and its first pass over a corpus times one-off
costs (lexicon lists read, caches filled) as if they were each call's. This script parses the
articles once, extracts eight of them to warm the caches, then runs ``Extractor.extract`` over
every parsed document ``--passes`` times while a CPU-time timer (``ITIMER_PROF``) interrupts it
every ``--interval`` seconds and records the stack. It prints each function's share of the
samples by its own time (the innermost frame), including its callees (any frame), and the
busiest lines. Python runs the handler between bytecodes, so a long C call counts once:
there are fewer samples than the interval suggests, and the shares are what to read.

    .venv/bin/python bench/sample_extract.py [PATH ...] [--words 20000] [--passes 2] [--top 40]

With paths, every article under them is read once (no repetition to ``--words``).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import corpus  # noqa: E402

from alliancegraph.loaders.extractor import Extractor  # noqa: E402
from alliancegraph.loaders.readers import read_articles  # noqa: E402
from alliancegraph.model import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--words", type=int, default=20_000, help="without paths: the dev corpus")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--interval", type=float, default=0.0005, help="CPU seconds per sample")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if args.paths:
        articles = [a for a in read_articles(args.paths) if isinstance(a, Article)]
    else:
        articles = corpus([], args.words)
    extractor = Extractor()
    docs = list(extractor.nlp.pipe((a.text for a in articles), batch_size=64))
    pairs = list(zip(articles, docs, strict=True))
    for article, doc in pairs[:8]:  # warm the caches
        extractor.extract(article, doc)
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()

    def sample(_signum, frame) -> None:
        seen: set[str] = set()
        innermost = True
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_name}"
            if innermost:
                own[name] += 1
                lines[f"{name}:{frame.f_lineno}"] += 1
                innermost = False
            if name not in seen:
                inclusive[name] += 1
                seen.add(name)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    started = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    try:
        for _ in range(args.passes):
            for article, doc in pairs:
                extractor.extract(article, doc)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(own.values()) or 1
    print(
        f"{len(articles)} articles, {sum(a.words for a in articles)} words, {args.passes} "
        f"passes: {time.process_time() - started:.2f} s CPU, {total} samples"
    )
    for title, counts in (("own time", own), ("with callees", inclusive), ("lines", lines)):
        print(f"--- {title}")
        for name, count in counts.most_common(args.top):
            print(f"{count / total:6.1%}  {name}")


if __name__ == "__main__":
    main()
