"""The extractor's own CPU time: a baseline checkout's code against this one's, alternated.

Not a test. Wall-clock ratios against ``nlp.pipe`` move by ±0.1 on a shared machine; the CPU time
(``time.process_time``) of ``Extractor.extract`` on already parsed documents moves much less.
Two worker processes are started, one with the baseline's package first on ``PYTHONPATH`` and
one with this checkout's; each parses the same articles once (the dev corpus repeated to about
``--words`` words, as ``bench_extract.py`` does, or the articles under the paths given), then
on each request runs ``--passes`` passes of the extraction over every parsed document and
reports its fastest pass. The driver asks them in turn, the order swapped every round, so that
both meet the same moments of the machine's load.

    git worktree add /tmp/baseline main      # or: git archive main | tar -x -C /tmp/baseline
    .venv/bin/python bench/ab_extract_cpu.py --baseline /tmp/baseline [PATH ...]
        [--words 20000] [--rounds 6] [--passes 3] [--parse]

Prints each round's CPU seconds and the median and minimum of each side, with new / old.
``--parse`` also times, in each round and each worker, the bare ``nlp.pipe`` of the plain
model over the same texts (batch 64, one pass): each side's extraction as a share of that
parse, in CPU time, the steady form of ``bench_extract.py --own``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def serve(paths: list[str], words: int, passes: int) -> None:
    """Worker: parse once, then one line of CPU seconds per ``run`` line read."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import spacy
    from bench_extract import corpus

    from alliancegraph.loaders.extractor import Extractor

    articles = corpus(paths, words)
    extractor = Extractor()
    docs = list(extractor.nlp.pipe((a.text for a in articles), batch_size=64))
    pairs = list(zip(articles, docs, strict=True))
    for article, doc in pairs[:8]:  # warm the caches
        extractor.extract(article, doc)
    code = sys.modules[Extractor.__module__].__file__
    print(f"ready {sum(a.words for a in articles)} {code}", flush=True)
    bare = None
    for line in sys.stdin:
        if line.strip() == "parse":
            if bare is None:
                bare = spacy.load("fr_core_news_md")
                list(bare.pipe(a.text for a in articles[:8]))
            started = time.process_time()
            for _ in bare.pipe((a.text for a in articles), batch_size=64):
                pass
            print(f"{time.process_time() - started:.6f}", flush=True)
            continue
        if line.strip() != "run":
            break
        best = float("inf")
        for _ in range(passes):
            started = time.process_time()
            for article, doc in pairs:
                extractor.extract(article, doc)
            best = min(best, time.process_time() - started)
        print(f"{best:.6f}", flush=True)


def start(root: Path, args: argparse.Namespace) -> subprocess.Popen:
    command = [sys.executable, __file__, "--serve", "--words", str(args.words),
               "--passes", str(args.passes), *args.paths]
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.Popen(command, env=env, cwd=root, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


def ask(worker: subprocess.Popen, what: str = "run") -> float:
    worker.stdin.write(f"{what}\n")
    worker.stdin.flush()
    return float(worker.stdout.readline())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--baseline", type=Path, help="checkout whose package is the baseline")
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--passes", type=int, default=3, help="passes per request (min kept)")
    parser.add_argument("--parse", action="store_true", help="also time the bare parse")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.paths, args.words, args.passes)
        return
    if args.baseline is None:
        parser.error("--baseline is required")
    workers = {"old": start(args.baseline.resolve(), args), "new": start(ROOT, args)}
    try:
        for side, worker in workers.items():
            _, words, code = worker.stdout.readline().split(maxsplit=2)
            print(f"{side}: {code.strip()} ({int(words):,} words)")
        print(f"load average at the start: {os.getloadavg()[0]:.1f}")
        times: dict[str, list[float]] = {"old": [], "new": []}
        parses: dict[str, list[float]] = {"old": [], "new": []}
        for k in range(args.rounds):
            order = ["old", "new"] if k % 2 == 0 else ["new", "old"]
            for side in order:
                times[side].append(ask(workers[side]))
                if args.parse:
                    parses[side].append(ask(workers[side], "parse"))
            line = f"round {k + 1}: old {times['old'][-1]:.3f} s, new {times['new'][-1]:.3f} s"
            if args.parse:
                line += f" (bare parse {parses['old'][-1]:.3f} s, {parses['new'][-1]:.3f} s)"
            print(line)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        for name, pick in (("median", statistics.median), ("min", min)):
            old, new = pick(times["old"]), pick(times["new"])
            print(f"{name}: old {old:.3f} s, new {new:.3f} s, new / old {new / old:.3f}")
        if args.parse:
            parse = statistics.median(parses["old"] + parses["new"])
            print(
                f"bare parse, median of both sides: {parse:.3f} s; extraction as a share of it "
                f"(medians): old {statistics.median(times['old']) / parse:.1%}, "
                f"new {statistics.median(times['new']) / parse:.1%}"
            )
    finally:
        for worker in workers.values():
            worker.stdin.close()
            worker.wait()


if __name__ == "__main__":
    main()
