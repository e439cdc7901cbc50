"""Scoring the extractor against hand annotations (``gold.json``).

Matching follows the corpus README: names match after accent and case folding, a bare surname
matches the full name, and a party matches any of the aliases the gold file lists for it.
Required edges give precision, recall and F1 (overall and per relation); optional edges count
neither way; a forbidden edge produced is reported with its evidence and is a false positive.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from alliancegraph.loaders.extractor import Extractor
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article, Claim
from alliancegraph.ontology.gazetteer import fold


class EvaluationError(ValueError):
    """The gold file is missing or malformed; the message says which and why."""


Edge = tuple[str, str, str]


@dataclass
class Score:
    """True positives, false positives and required edges, with the derived measures."""

    tp: int = 0
    fp: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "gold": self.gold,
        }


@dataclass
class EvaluationReport:
    """Overall and per-relation scores, with every miss, false edge and forbidden edge."""

    overall: Score = field(default_factory=Score)
    per_relation: dict[str, Score] = field(default_factory=dict)
    forbidden_produced: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    false_edges: list[dict] = field(default_factory=list)
    articles: int = 0

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            **self.overall.to_dict(),
            "per_relation": {name: s.to_dict() for name, s in self.per_relation.items()},
            "forbidden_produced": self.forbidden_produced,
            "misses": self.misses,
            "false_edges": self.false_edges,
        }


class NameMatcher:
    """Folded comparison of names, with party aliases and bare surnames."""

    def __init__(self, parties: dict[str, list[str]]):
        self.party_of = {}
        for canonical, aliases in parties.items():
            for name in [canonical, *aliases]:
                self.party_of[fold(name)] = fold(canonical)

    def key(self, name: str) -> str:
        folded = fold(name)
        return self.party_of.get(folded, folded)

    def same(self, a: str, b: str) -> bool:
        ka, kb = self.key(a), self.key(b)
        if ka == kb:
            return True
        wa, wb = ka.split(), kb.split()
        short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        if not short or len(short) == len(long_):
            return False
        is_party = ka in self.party_of.values() or kb in self.party_of.values()
        return not is_party and long_[-len(short) :] == short


def _load_gold(gold_path: Path) -> dict:
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{gold_path}: cannot read gold annotations ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise EvaluationError(f"{gold_path}: expected an object with an 'articles' list")
    return gold


def _edges(raw: list, where: str) -> list[Edge]:
    edges = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 3):
            raise EvaluationError(f"{where}: an edge must be [subject, relation, object]: {item!r}")
        edges.append((str(item[0]), str(item[1]), str(item[2])))
    return edges


def _read_article(path: Path, gold_date: str | None) -> Article | None:
    for item in read_articles([path]):
        if isinstance(item, Article):
            if gold_date and len(gold_date) > len(item.date) and gold_date.startswith(item.date):
                return dataclasses.replace(item, date=gold_date)
            return item
    return None


def evaluate(
    gold_path: Path, articles_dir: Path | None = None, extractor: Extractor | None = None
) -> EvaluationReport:
    """Run the extractor on the gold file's articles and score it.

    ``articles_dir`` defaults to the gold file's folder; articles are matched by ``file``.
    """
    gold_path = Path(gold_path)
    gold = _load_gold(gold_path)
    folder = Path(articles_dir) if articles_dir is not None else gold_path.parent
    extractor = extractor or Extractor()
    matcher = NameMatcher(gold.get("parties", {}))
    relations = gold.get("relations") or []
    report = EvaluationReport(per_relation={name: Score() for name in relations})
    for entry in gold["articles"]:
        file = entry.get("file")
        if not file:
            raise EvaluationError(f"{gold_path}: an article has no 'file'")
        required = _edges(entry.get("edges", []), f"{file} edges")
        optional = _edges(entry.get("optional", []), f"{file} optional")
        forbidden = _edges(entry.get("forbidden", []), f"{file} forbidden")
        for edge in required:
            report.overall.gold += 1
            report.per_relation.setdefault(edge[1], Score()).gold += 1
        article = _read_article(folder / file, entry.get("date"))
        if article is None:
            report.misses += [
                _miss(edge, file, "article not found or unreadable") for edge in required
            ]
            continue
        report.articles += 1
        claims = extractor.run(article).claims
        _score_article(report, matcher, file, claims, required, optional, forbidden)
    return report


def _matches(matcher: NameMatcher, claim: Claim, edge: Edge) -> bool:
    return (
        claim.relation == edge[1]
        and matcher.same(claim.subject, edge[0])
        and matcher.same(claim.object, edge[2])
    )


def _miss(edge: Edge, file: str, reason: str | None = None) -> dict:
    miss = {"edge": list(edge), "file": file}
    if reason:
        miss["reason"] = reason
    return miss


def _score_article(
    report: EvaluationReport,
    matcher: NameMatcher,
    file: str,
    claims: list[Claim],
    required: list[Edge],
    optional: list[Edge],
    forbidden: list[Edge],
) -> None:
    found: set[Edge] = set()
    for claim in claims:
        hits = [edge for edge in required if _matches(matcher, claim, edge)]
        if hits:
            found.update(hits)
            continue
        if any(_matches(matcher, claim, edge) for edge in optional):
            continue
        edge = (claim.subject, claim.relation, claim.object)
        record = {"edge": list(edge), "evidence": claim.evidence, "cue": claim.cue, "file": file}
        report.overall.fp += 1
        report.per_relation.setdefault(claim.relation, Score()).fp += 1
        if any(_matches(matcher, claim, bad) for bad in forbidden):
            report.forbidden_produced.append(record)
        report.false_edges.append(record)
    for edge in required:
        if edge in found:
            report.overall.tp += 1
            report.per_relation[edge[1]].tp += 1
        else:
            report.misses.append(_miss(edge, file))
