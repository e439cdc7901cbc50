"""Scoring the extractor against hand annotations (``gold.json``).

Matching follows the corpus README: names match after accent and case folding, a bare surname
matches the full name, and a party matches any of the aliases the gold file lists for it.
Required edges give precision, recall and F1 (overall and per relation); optional edges count
neither way; a forbidden edge produced is reported with its evidence and is a false positive.

Each claim is also charged to the rule that produced it (``Extraction.kept``), so the report
says, rule by rule, which true, optional, false and forbidden edges it gave and how many of
its candidates were dropped and why (``alliancegraph evaluate GOLD --by-rule``): a rule that
fires once, or only falsely, is visible at a glance.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from alliancegraph.loaders.annotations import AnnotationError as EvaluationError
from alliancegraph.loaders.annotations import Edge, edges, load_annotations
from alliancegraph.loaders.contract import ClaimExtractor
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article, Claim, Extraction
from alliancegraph.ontology.gazetteer import fold

__all__ = ["EvaluationError", "EvaluationReport", "NameMatcher", "RuleScore", "evaluate"]
VERDICTS = ("true", "optional", "false", "forbidden")


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
class RuleScore:
    """What one rule produced on a gold set: each edge with its verdict, and its drops."""

    rule: str
    edges: list[dict] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)

    def count(self, verdict: str) -> int:
        return sum(1 for edge in self.edges if edge["verdict"] == verdict)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "claims": len(self.edges),
            **{verdict: self.count(verdict) for verdict in VERDICTS},
            "dropped": sum(self.dropped.values()),
            "dropped_reasons": dict(self.dropped.most_common()),
            "edges": self.edges,
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
    rules: dict[str, RuleScore] = field(default_factory=dict)

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

    def by_rule(self) -> list[dict]:
        """One row per rule, the most productive first; rules that produced nothing last."""
        rows = [score.to_dict() for score in self.rules.values()]
        return sorted(rows, key=lambda r: (-r["claims"], -r["dropped"], r["rule"]))


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


def _read_article(path: Path, gold_date: str | None) -> Article | None:
    for item in read_articles([path]):
        if isinstance(item, Article):
            if gold_date and len(gold_date) > len(item.date) and gold_date.startswith(item.date):
                return dataclasses.replace(item, date=gold_date)
            return item
    return None


def evaluate(
    gold_path: Path, articles_dir: Path | None = None, extractor: ClaimExtractor | None = None
) -> EvaluationReport:
    """Run the extractor (default: the rules) on the gold file's articles and score it.

    ``articles_dir`` defaults to the gold file's folder; articles are matched by ``file``.
    """
    gold_path = Path(gold_path)
    gold = load_annotations(gold_path)
    folder = Path(articles_dir) if articles_dir is not None else gold_path.parent
    if extractor is None:
        from alliancegraph.loaders.extractor import Extractor

        extractor = Extractor()
    matcher = NameMatcher(gold.get("parties", {}))
    relations = gold.get("relations") or []
    report = EvaluationReport(per_relation={name: Score() for name in relations})
    for rule in getattr(extractor, "rule_names", list)():
        report.rules[rule] = RuleScore(rule)
    for entry in gold["articles"]:
        file = entry.get("file")
        if not file:
            raise EvaluationError(f"{gold_path}: an article has no 'file'")
        required = edges(entry.get("edges", []), f"{file} edges")
        optional = edges(entry.get("optional", []), f"{file} optional")
        forbidden = edges(entry.get("forbidden", []), f"{file} forbidden")
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
        extraction = extractor.run(article)
        claims = extraction.claims
        verdicts = _score_article(report, matcher, file, claims, required, optional, forbidden)
        _charge_rules(report, file, extraction, verdicts)
    return report


def _charge_rules(
    report: EvaluationReport, file: str, extraction: Extraction, verdicts: list[str]
) -> None:
    """Each claim's verdict to the rule behind it, each dropped candidate to its rule."""
    rules = [c.rule for c in extraction.kept] if len(extraction.kept) == len(verdicts) else []
    for k, (claim, verdict) in enumerate(zip(extraction.claims, verdicts, strict=True)):
        rule = rules[k] if rules else "unknown"
        edge = {
            "verdict": verdict,
            "edge": [claim.subject, claim.relation, claim.object],
            "file": file,
            "cue": claim.cue,
            "evidence": claim.evidence,
        }
        report.rules.setdefault(rule, RuleScore(rule)).edges.append(edge)
    for candidate in extraction.dropped:
        score = report.rules.setdefault(candidate.rule, RuleScore(candidate.rule))
        score.dropped[candidate.reason] += 1


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
) -> list[str]:
    """Score one article's claims; returns each claim's verdict (true, optional, false,
    forbidden)."""
    found: set[Edge] = set()
    verdicts = []
    for claim in claims:
        hits = [edge for edge in required if _matches(matcher, claim, edge)]
        if hits:
            found.update(hits)
            verdicts.append("true")
            continue
        if any(_matches(matcher, claim, edge) for edge in optional):
            verdicts.append("optional")
            continue
        edge = (claim.subject, claim.relation, claim.object)
        record = {"edge": list(edge), "evidence": claim.evidence, "cue": claim.cue, "file": file}
        report.overall.fp += 1
        report.per_relation.setdefault(claim.relation, Score()).fp += 1
        if any(_matches(matcher, claim, bad) for bad in forbidden):
            report.forbidden_produced.append(record)
            verdicts.append("forbidden")
        else:
            verdicts.append("false")
        report.false_edges.append(record)
    for edge in required:
        if edge in found:
            report.overall.tp += 1
            report.per_relation[edge[1]].tp += 1
        else:
            report.misses.append(_miss(edge, file))
    return verdicts
