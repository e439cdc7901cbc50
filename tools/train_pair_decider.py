"""The learned pair decider, as an experiment: harvest pairs from the gold sets and score a
decider trained on them leave-one-set-out (tried and not kept: ``bench/RESULTS.md``, section 6).

Question answered: does a logistic regression trained on our hand gold, over features that do
not name anyone (``tools/pair_features.py``), find true edges that the rules miss on a set it
was not trained on, without a forbidden edge?

    python tools/train_pair_decider.py harvest    # parse every set once -> bench/out/pairs.pkl
    python tools/train_pair_decider.py loso       # the fold table (markdown) on stdout

The real-news texts are not in git (``/work/real*-texts``; the gold files are in
``tests/data/real*``); the constructed sets and the dev corpus are. scikit-learn is needed at
training time only (``pip install -e '.[learn]'``).
``tests/data/real6``, ``blind6`` and ``/work/real6-texts`` are never read: they are an untuned
measurement.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from alliancegraph.loaders.annotations import edges, load_annotations  # noqa: E402
from alliancegraph.loaders.evaluate import NameMatcher, _read_article, evaluate  # noqa: E402
from alliancegraph.model import Candidate, Claim, Extraction  # noqa: E402
from alliancegraph.ontology import relations  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = {
    "dev": (ROOT.parent / "shared" / "corpus" / "gold.json", ROOT.parent / "shared" / "corpus"),
    **{
        name: (DATA / name / "gold.json", DATA / name)
        for name in ("heldout", "fresh", "blind", "blind2", "blind3", "blind4", "blind5",
                     "news1", "news2")
    },
    **{
        name: (DATA / name / "gold.json", Path(f"/work/{name}-texts"))
        for name in ("real", "real2", "real3", "real4", "real5")
    },
}
REAL = ("real", "real2", "real3", "real4", "real5")
CACHE = ROOT / "bench" / "out" / "pairs.pkl"
NONE = "NONE"
# Feature families that carry a word of the sentence; ``--delex`` drops them, keeping only the
# shape (labels, parts of speech, cue classes, markers): a test of whether words overfit.
LEXICAL = ("path_lemma=", "lca=", "gov_a=", "gov_b=", "between=", "mod=")
DELEX = False
# ``--denoise``: a gold pair's sentence is a positive of a stance only when a cue of that
# relation is in it (the others of its sentences are left out): a pair named together in
# three sentences states its tie in one of them, usually.
DENOISE = False
INNER_FOLDS = 5  # the training sets, dealt round-robin into this many inner folds


@dataclasses.dataclass
class Row:
    """One ordered pair of one sentence, its features and what the gold says of it."""

    set: str
    file: str
    sentence: int
    a: str
    b: str
    a_kind: str
    b_kind: str
    features: dict[str, float]
    allowed: tuple[str, ...]  # relations the ontology allows between these kinds
    required: tuple[str, ...]
    optional: tuple[str, ...]
    forbidden: tuple[str, ...]
    by_rules: tuple[str, ...]  # relations the rules already claim for (a, b) in the article
    evidence: str


def harvest() -> None:
    """Parse every set once; keep each article's rule extraction and every pair's row."""
    from pair_features import features, pairs, sentence_features

    from alliancegraph.loaders.extractor import Extractor

    extractor = Extractor()
    specs = relations()
    rows: list[Row] = []
    extractions: dict[tuple[str, str], Extraction] = {}
    for name, (gold_path, folder) in SETS.items():
        gold = load_annotations(gold_path)
        matcher = NameMatcher(gold.get("parties", {}))
        for entry in gold["articles"]:
            article = _read_article(folder / entry["file"], entry.get("date"))
            if article is None:
                print(f"{name}: {entry['file']} unreadable", file=sys.stderr)
                continue
            ctx = extractor.context(article, extractor.nlp(article.text))
            extraction = extractor.decide(ctx)
            extractions[(name, entry["file"])] = extraction
            ruled = {(c.subject, c.relation, c.object) for c in extraction.claims}
            marks = {
                key: edges(entry.get(key, []), key) for key in ("edges", "optional", "forbidden")
            }

            def said(key, a, b, marks=marks, matcher=matcher):
                return tuple(
                    r for s, r, o in marks[key] if matcher.same(a, s) and matcher.same(b, o)
                )

            shared: dict[int, dict[str, float]] = {}
            for pair in pairs(ctx):
                a, b = pair.a, pair.b
                allowed = tuple(
                    r for r, spec in specs.items()
                    if a.kind in spec.subject_kinds and b.kind in spec.object_kinds
                )
                if not allowed:
                    continue
                if pair.sentence not in shared:
                    shared[pair.sentence] = sentence_features(ctx, pair.sentence)
                rows.append(Row(
                    name, entry["file"], pair.sentence, a.name, b.name, a.kind, b.kind,
                    features(ctx, pair, shared[pair.sentence]), allowed,
                    said("edges", a.name, b.name), said("optional", a.name, b.name),
                    said("forbidden", a.name, b.name),
                    tuple(r for r in allowed if (a.name, r, b.name) in ruled),
                    " ".join(ctx.sentence_text(pair.sentence).split()),
                ))
        print(f"{name}: {sum(1 for r in rows if r.set == name)} pairs", file=sys.stderr)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("wb") as out:
        rows_out = [dataclasses.asdict(row) for row in rows]  # plain data: loadable from anywhere
        pickle.dump({"rows": rows_out, "extractions": extractions}, out)


def load() -> tuple[list[Row], dict[tuple[str, str], Extraction]]:
    """The harvested rows and rule extractions (run ``harvest`` first)."""
    data = pickle.loads(CACHE.read_bytes())
    return [Row(**row) for row in data["rows"]], data["extractions"]


def label(row: Row, with_ruled: bool) -> str | None:
    """The class a pair is trained on: a required relation, NONE, or None (left out: the gold
    marks it optional, or the rules already found it and ``with_ruled`` is off)."""
    required = [r for r in row.required if r in row.allowed]
    if required:
        if not with_ruled and all(r in row.by_rules for r in required):
            return None
        if DENOISE and not any(_cued(row, r) for r in required):
            return None
        return required[0]
    if any(r in row.allowed for r in row.optional):
        return None
    return NONE


def view(row: Row) -> dict[str, float]:
    """The row's features as the model sees them (without word identities under --delex)."""
    if not DELEX:
        return row.features
    return {k: v for k, v in row.features.items() if not k.startswith(LEXICAL)}


def _cued(row: Row, relation: str) -> bool:
    """Whether the sentence holds a cue of ``relation`` (a membership needs none: "X (PS)")."""
    f = row.features
    return relation == "MEMBER_OF" or bool(
        f.get(f"sent_cue={relation}") or f.get(f"path_noun={relation}")
    )


def fit(rows: list[Row], with_ruled: bool, c: float):
    """A multinomial logistic regression over the rows' features (scikit-learn)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    train = [(view(row), y) for row in rows if (y := label(row, with_ruled)) is not None]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for f, _ in train]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")
    model = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    with threadpool_limits(1):  # on the shared 2-core machine a BLAS pool made a fit 30x slower
        model.fit(x, [y for _, y in train])
    return vectorizer, model


def proposals(rows: list[Row], vectorizer, model) -> dict[tuple, tuple[float, Row]]:
    """The best probability of each (set, file, a, R, b) the rules do not already claim, over
    the sentences where the pair appears."""
    if not rows:
        return {}
    probs = model.predict_proba(vectorizer.transform([view(row) for row in rows]))
    classes = list(model.classes_)
    best: dict[tuple, tuple[float, Row]] = {}
    for row, p in zip(rows, probs, strict=True):
        for k, relation in enumerate(classes):
            if relation == NONE or relation not in row.allowed or relation in row.by_rules:
                continue
            key = (row.set, row.file, row.a, relation, row.b)
            if key not in best or p[k] > best[key][0]:
                best[key] = (float(p[k]), row)
    return best


def verdict(key: tuple, row: Row) -> str:
    relation = key[3]
    if relation in row.required:
        return "true"
    if relation in row.optional:
        return "optional"
    if relation in row.forbidden:
        return "forbidden"
    return "false"


def threshold(best: dict[tuple, tuple[float, Row]], floor: float = 0.95) -> float:
    """The lowest probability whose added edges (all at or above it) keep precision >= floor
    and no forbidden edge: the highest-recall operating point, chosen on training folds."""
    ranked = sorted(((p, verdict(k, row)) for k, (p, row) in best.items()), reverse=True)
    chosen, tp, fp = 1.01, 0, 0
    for p, v in ranked:
        if v == "forbidden":
            break
        tp += v == "true"
        fp += v == "false"
        if tp and tp / (tp + fp) >= floor:
            chosen = p
    return chosen


def learned_claims(extraction: Extraction, added: list[tuple[tuple, float, Row]]) -> Extraction:
    claims, kept = list(extraction.claims), list(extraction.kept)
    for key, p, row in added:
        _, _, a, relation, b = key
        claim = Claim(a, relation, b, extraction.article.id, extraction.article.date,
                      row.evidence, f"p={p:.2f}", round(p, 3), subject_kind=row.a_kind,
                      object_kind=row.b_kind)
        claims.append(claim)
        kept.append(Candidate(row.sentence, a, relation, b, f"learned:{relation}", claim.cue,
                              claim.confidence))
    return dataclasses.replace(extraction, claims=claims, kept=kept)


class Replay:
    """An extractor that returns the harvested rule extraction of each article plus the
    decider's additions, so that :func:`evaluate` scores exactly as ``alliancegraph evaluate``."""

    def __init__(self, extractions: dict[str, Extraction]):
        self.by_id = {e.article.id: e for e in extractions.values()}

    def run(self, article):
        return self.by_id[article.id]


def score(name: str, extractions: dict, added: dict[str, list]) -> dict:
    gold_path, folder = SETS[name]
    mine = {
        file: learned_claims(e, added.get(file, []))
        for (s, file), e in extractions.items() if s == name
    }
    report = evaluate(gold_path, folder, Replay(mine))
    return {
        "P": report.precision, "R": report.recall, "F1": report.f1, "tp": report.overall.tp,
        "gold": report.overall.gold, "forbidden": len(report.forbidden_produced),
    }


def loso(with_ruled: bool, c: float, floor: float, names: list[str],
         fixed: float | None = None) -> None:
    """Each set held out in turn: threshold chosen on inner folds of the other sets (or
    ``fixed``, to show what a looser operating point would cost), model fit on all the others,
    the held-out set scored with and without the decider's additions."""
    rows, extractions = load()
    print("| held out | rules P/R/F1 | + decider P/R/F1 | threshold | added true | "
          "added false | forbidden | optional |")
    print("|---|---|---|---|---|---|---|---|")
    totals = {"true": 0, "false": 0, "forbidden": 0, "optional": 0}
    for held in names:
        train_sets = [s for s in SETS if s != held]
        inner: dict[tuple, tuple[float, Row]] = {}
        for k in range(INNER_FOLDS if fixed is None else 0):
            out = set(train_sets[k::INNER_FOLDS])
            fold = [r for r in rows if r.set in train_sets and r.set not in out]
            vec, model = fit(fold, with_ruled, c)
            inner.update(proposals([r for r in rows if r.set in out], vec, model))
        t = threshold(inner, floor) if fixed is None else fixed
        vec, model = fit([r for r in rows if r.set in train_sets], with_ruled, c)
        found = proposals([r for r in rows if r.set == held], vec, model)
        added: dict[str, list] = {}
        counts = {"true": 0, "false": 0, "forbidden": 0, "optional": 0}
        for key, (p, row) in sorted(found.items(), key=lambda kv: -kv[1][0]):
            if p >= t:
                added.setdefault(key[1], []).append((key, p, row))
                v = verdict(key, row)
                counts[v] += 1
                if v != "true":
                    print(f"  {held} {v} p={p:.2f} {key[2:]} :: {row.evidence[:160]}",
                          file=sys.stderr)
        for k in totals:
            totals[k] += counts[k]
        before = score(held, extractions, {})
        after = score(held, extractions, added)
        print(f"| {held} | {before['P']:.3f}/{before['R']:.3f}/{before['F1']:.3f} "
              f"(fb {before['forbidden']}) | {after['P']:.3f}/{after['R']:.3f}/{after['F1']:.3f} "
              f"(fb {after['forbidden']}) | {t:.2f} | {counts['true']} | {counts['false']} | "
              f"{counts['forbidden']} | {counts['optional']} |", flush=True)
    print(f"\ntotals: {totals}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["harvest", "loso"])
    parser.add_argument("--with-ruled", action="store_true",
                        help="train on the pairs the rules already find too")
    parser.add_argument("-C", type=float, default=1.0)
    parser.add_argument("--floor", type=float, default=0.95)
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--fixed", type=float, help="a fixed threshold instead of inner CV")
    parser.add_argument("--delex", action="store_true", help="drop the word features")
    parser.add_argument("--denoise", action="store_true",
                        help="a stance's positives only from sentences with one of its cues")
    args = parser.parse_args()
    global DELEX, DENOISE
    DELEX, DENOISE = args.delex, args.denoise
    if args.command == "harvest":
        harvest()
    else:
        loso(args.with_ruled, args.C, args.floor, args.sets, args.fixed)


if __name__ == "__main__":
    main()
