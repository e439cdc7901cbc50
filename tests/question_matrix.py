"""The question matrix: analysts' questions composed over the dev graph, axis by axis.

The question space is a product: relation x direction x grammatical form x language x party
filter x date x combination x kind of question (who, how many, yes/no, the most) x surface
noise (case, accents, a surname alone, a typo, politeness). The phrase banks
(``tests/data/question_matrix.toml``) say each axis in words of our own; :func:`generate`
samples the product deterministically (seeded) and gives each question the answer that explicit
SQL over the dev store computes (never ``ask``), in the format of the fresh question sets
(``actors``, ``answer``, ``count``), with the axes it was composed from, so failures can be
grouped by axis:

    .venv/bin/python tests/question_matrix.py [--size 3000] [--seed 10] [--show 3]

Expected answers, as the fresh sets compute them: a condition is ``SELECT DISTINCT subject |
object FROM claims WHERE relation = ? AND object | subject = ? AND date BETWEEN ? AND ?``;
"and" / "but" / "while" / "tout en" intersect, "but not" / "sans" / "mais ne ... pas" take the
other condition's holders away; a party filter keeps the party itself, the actors whose
``party`` it is and the subjects of MEMBER_OF claims to it in the window; "how many people"
counts persons; "the most" ranks by distinct partners and keeps every actor on the top count;
a yes/no question answers "yes" (and names its subject) when the claim is in the window.

>>> question = generate(2, seed=1)[1]
>>> question["text"], question["actors"]
('Which politician invited Mélenchon and invited the Socialist Party?', ['Benoît Hamon'])
>>> {axis: question["axes"][axis] for axis in ("relation", "direction", "form", "surface")}
{'relation': 'INVITED_TO_RALLY', 'direction': 'subject', 'form': 'past', 'surface': 'surname'}
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from fixtures_graph import PARTIES, PERSONS, write_dev_graph

from alliancegraph.graph.sqlite_store import SQLiteStore

BANK = tomllib.loads(
    (Path(__file__).parent / "data" / "question_matrix.toml").read_text(encoding="utf-8"))
RELATIONS = sorted({r["relation"] for r in BANK["rel"]})
MEMBERSHIP = "MEMBER_OF"
SPARED = "REJECTS"  # "while sparing Y", "tout en épargnant Y": not attacking Y
# Question words that keep persons ("how many people", "combien de personnes").
PERSON_WORDS = {w for lang in BANK["who"].values() for w in lang["persons"]}


class DevSQL:
    """The dev graph as the harness writes it (a SQLite file), read with explicit SQL."""

    def __init__(self) -> None:
        self.folder = tempfile.TemporaryDirectory()  # removed with this object
        path = Path(self.folder.name) / "dev.db"
        write_dev_graph(SQLiteStore(path)).close()
        self.db = sqlite3.connect(path)

    def holders(self, relation: str, asked: str, actor: str,
                since: str | None, until: str | None) -> set[str]:
        """The subjects (``asked`` = subject) or objects of ``relation`` with ``actor`` at the
        other end, in the window."""
        other = "object" if asked == "subject" else "subject"
        rows = self.db.execute(
            f"SELECT DISTINCT {asked} FROM claims WHERE relation = ? AND {other} = ? "
            "AND date >= ? AND date <= ?",
            (relation, actor, since or "0000", until or "9999"))
        return {r[0] for r in rows}

    def ends(self, relation: str, end: str) -> list[str]:
        rows = self.db.execute(f"SELECT DISTINCT {end} FROM claims WHERE relation = ? "
                               f"ORDER BY {end}", (relation,))
        return [r[0] for r in rows]

    def party_filter(self, party: str, since: str | None, until: str | None) -> set[str]:
        members = {r[0] for r in self.db.execute(
            "SELECT name FROM actors WHERE party = ?", (party,))}
        return {party} | members | self.holders("MEMBER_OF", "subject", party, since, until)

    def persons(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM actors WHERE kind = 'person'")}

    def most(self, relation: str, ranked: str, since: str | None,
             until: str | None) -> set[str]:
        other = "object" if ranked == "subject" else "subject"
        rows = self.db.execute(
            f"SELECT {ranked}, COUNT(DISTINCT {other}) AS n FROM claims WHERE relation = ? "
            f"AND date >= ? AND date <= ? GROUP BY {ranked}",
            (relation, since or "0000", until or "9999")).fetchall()
        top = max((n for _, n in rows), default=0)
        return {name for name, n in rows if n == top and top}

    def holds(self, a: str, relation: str, b: str, since: str | None, until: str | None) -> bool:
        return a in self.holders(relation, "subject", b, since, until)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def surname(name: str) -> str:
    return name.split(" ", 1)[1] if " " in name else name


def english_plural(singular: str) -> str:
    """'{who} backs {X}' -> '{who} back {X}': the verb after the question word agrees."""
    head, verb, rest = singular.split(" ", 2) if singular.count(" ") >= 2 else (
        *singular.split(" ", 1), "")
    irregular = {"is": "are", "was": "were", "has": "have", "does": "do"}
    if verb in irregular:
        verb = irregular[verb]
    elif verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith(("ches", "shes", "sses", "xes")):
        verb = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss"):
        verb = verb[:-1]
    return " ".join(p for p in (head, verb, rest) if p)


def french(text: str) -> str:
    """Contractions and elisions a French writer makes ('de le PS' -> 'du PS')."""
    words = text.split(" ")
    for k in range(len(words) - 2):  # before a name only: "à le rejoindre" stays
        pair = (words[k].lower(), words[k + 1])
        if pair[1] in ("le", "les") and pair[0] in ("de", "à") and words[k + 2][:1].isupper():
            words[k] = {"de le": "du", "de les": "des", "à le": "au", "à les": "aux"}[
                " ".join(pair)]
            words[k + 1] = ""
    words = [w for w in words if w]
    out = []
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word.lower() in ("de", "que", "ne", "se", "je") and nxt[:1] in "AEIOUÉYÀaeiouéyà" \
                and nxt:
            out.append(word[:-1] + "'" + nxt)
            words[k + 1] = ""
            continue
        if word:
            out.append(word)
    return " ".join(out)


def negate_fr(clause: str) -> str:
    """'critique {Y}' -> 'ne critique pas {Y}'."""
    verb, _, rest = clause.partition(" ")
    if verb.startswith("s'"):
        return f"ne {verb} pas {rest}"
    return f"ne {verb} pas {rest}"


def typo(word: str, rng: random.Random) -> str:
    """Two neighbouring letters inside the word swapped."""
    if len(word) < 5:
        return word
    k = rng.randrange(1, len(word) - 2)
    return word[:k] + word[k + 1] + word[k] + word[k + 2:]


class Generator:
    """Questions composed from the banks, each with its axes and its expected answer."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sql = DevSQL()
        self.rels = {(r["relation"], r["lang"]): r for r in BANK["rel"]}

    # --- actors as typed -------------------------------------------------------------------
    def say(self, name: str, lang: str, surface: str) -> str:
        if name in PARTIES:
            return self.rng.choice(BANK["party"][lang][name]["noun"])
        if surface == "full":
            return name
        if surface == "typo":
            return typo(surname(name), self.rng)
        return surname(name)

    def pick(self, relation: str, end: str, exclude: tuple[str, ...] = ()) -> str:
        """An actor at ``end`` of some ``relation`` claim (mostly), or any person."""
        ends = [a for a in self.sql.ends(relation, end) if a not in exclude]
        if ends and self.rng.random() < 0.85:
            return self.rng.choice(ends)
        anyone = PARTIES if (relation, end) == (MEMBERSHIP, "object") else PERSONS
        return self.rng.choice([p for p in anyone if p not in exclude])

    @staticmethod
    def gendered(text: str, actor: str) -> str:
        female = PERSONS.get(actor, ("m", ""))[0] == "f"
        return text.replace("{il}", "elle" if female else "il").replace(
            "{e}", "e" if female else "")

    # --- one question ----------------------------------------------------------------------
    def question(self) -> dict:
        rng = self.rng
        lang = rng.choice(["en", "fr"])
        relation = rng.choice(RELATIONS)
        bank = self.rels[(relation, lang)]
        kind = rng.choices(["who", "count", "yesno", "most", "noun"],
                           [0.55, 0.08, 0.17, 0.05, 0.15])[0]
        axes = {"lang": lang, "relation": relation, "kind": kind, "direction": "-",
                "form": "-", "template": "-", "date": "-", "date_at": "-", "filter": "-",
                "combo": "-", "noise": "-", "surface": "-"}
        surface = rng.choice(["full", "surname", "surname", "typo"] if rng.random() < 0.15
                             else ["full", "surname", "surname"])
        axes["surface"] = surface
        date = rng.choice(BANK["dates"][lang]) if rng.random() < 0.35 else None
        since, until = (date[1] or None, date[2] or None) if date else (None, None)
        subject_actor = None  # the actor the {il} of a French template is about
        spec: dict = {}
        if kind == "yesno":
            form, template = rng.choice(bank["yesno"])
            a = self.pick(relation, "subject")
            b = self.pick(relation, "object", (a,))
            if rng.random() < 0.5:  # half of them about a claim that holds (at some date)
                pairs = self.sql.db.execute(
                    "SELECT DISTINCT subject, object FROM claims WHERE relation = ? "
                    "ORDER BY subject, object", (relation,)).fetchall()
                a, b = rng.choice(pairs)
            text = template.replace("{A}", self.say(a, lang, surface)).replace(
                "{B}", self.say(b, lang, surface))
            subject_actor = a
            yes = self.sql.holds(a, relation, b, since, until)
            spec = {"actors": [a] if yes else [], "answer": "yes" if yes else "no"}
            axes.update(direction="yesno", form=form, template=template)
        elif kind == "most":
            ranked, text = rng.choice(bank["most"])
            spec = {"actors": sorted(self.sql.most(relation, ranked, since, until))}
            axes.update(direction=ranked, form="most", template=text)
        elif kind == "noun":
            direction = "subject" if not bank["object_nouns"] or rng.random() < 0.6 else "object"
            form, template = rng.choice(bank["nouns" if direction == "subject"
                                             else "object_nouns"])
            x = self.pick(relation, "object" if direction == "subject" else "subject")
            text = template.replace("{X}", self.say(x, lang, surface))
            subject_actor = x
            spec = {"actors": sorted(self.sql.holders(relation, direction, x, since, until))}
            axes.update(direction=direction, form=form, template=template)
        else:
            text, spec, subject_actor = self.who(lang, relation, bank, kind, surface, axes,
                                                 since, until)
        if lang == "fr":
            text = french(self.gendered(text, subject_actor or ""))
        if date:
            axes["date"] = date[0]
            axes["date_at"] = rng.choice(["tail", "tail", "lead"])
            body = text.rstrip(" ?")
            if axes["date_at"] == "tail":
                text = f"{body} {date[0]}"
            else:
                text = f"{date[0][0].upper()}{date[0][1:]}, {body[0].lower()}{body[1:]}"
        text = text.rstrip(" ?")
        text = text[0].upper() + text[1:]
        noise = rng.choices(["none", "lower", "noaccent", "lower-noaccent", "no-qmark",
                             "polite"], [0.6, 0.08, 0.08, 0.08, 0.08, 0.08])[0]
        if noise == "polite" and kind == "noun":
            noise = "none"
        axes["noise"] = noise
        if noise != "no-qmark":
            text += " ?" if lang == "fr" else "?"
        if noise == "polite":
            openers = BANK["noise"][f"{lang}_open"]
            if kind == "yesno":  # only a lead-in: "Quick one: did Jadot back Hamon?", or a
                # sentence of its own: "I'm drafting a memo. Did Jadot back Hamon?"
                openers = [o for o in openers if o.endswith((":", "."))]
            opener = rng.choice(openers)
            rest = text if opener.endswith((":", ".")) else f"{text[0].lower()}{text[1:]}"
            text = f"{opener[0].upper()}{opener[1:]} {rest}"
        if "lower" in noise:
            text = text.lower()
        if "noaccent" in noise:
            text = strip_accents(text)
        return {"text": text, **spec, "axes": axes}

    def who(self, lang: str, relation: str, bank: dict, kind: str, surface: str, axes: dict,
            since: str | None, until: str | None) -> tuple[str, dict, str]:
        """A question asking for actors: one condition, perhaps a party filter and a second
        condition, or a count."""
        rng = self.rng
        direction = rng.choice(["subject", "object"])
        if direction == "subject":
            form, singular, plural = rng.choice(bank["subject"])
            if lang == "en" and not plural:
                plural = english_plural(singular)
            x = self.pick(relation, "object")
        else:
            form, singular = rng.choice(bank["object"])
            # the verb agrees with X ("which politicians does X back", "quels élus X
            # soutient-il"), except a French verb right after the question word
            plural = singular if "{whom}" in singular and (
                lang == "en" or "{whom} {X}" in singular) else ""
            x = self.pick(relation, "subject")
        axes.update(direction=direction, form=form, template=singular)
        answer = self.sql.holders(relation, direction, x, since, until)
        named = self.say(x, lang, surface)
        slot = "{who}" if direction == "subject" else "{whom}"
        words = BANK["who"][lang]
        if kind == "count" and not plural:
            kind = axes["kind"] = "who"
        if kind == "count":
            word = rng.choice(BANK["count"][lang])
            text = plural.replace(slot, word)
        elif rng.random() < 0.25 and relation != MEMBERSHIP:
            party = rng.choice(PARTIES)
            surfaces = BANK["party"][lang][party]
            lead = bool(rng.random() < 0.5 and plural and slot in plural)
            axes["filter"] = "lead" if lead else "tail"
            said = rng.choice(BANK["filter"][lang][axes["filter"]]).replace(
                "{P}", rng.choice(surfaces["noun"])).replace(
                "{Pa}", rng.choice(surfaces["people"]))
            if lead:
                word = said
                text = plural.replace(slot, word)
            else:
                word = rng.choice(words["singular" if direction == "subject" else "object"])
                text = f"{singular.replace(slot, word).rstrip(' ?')} {said}"
            answer &= self.sql.party_filter(party, since, until)
        elif direction == "subject" and rng.random() < 0.3:
            word = rng.choice(words["singular"])
            text, answer = self.combined(lang, relation, singular.replace(slot, word), x,
                                         named, surface, axes, answer, since, until)
        elif rng.random() < 0.3 and plural and slot in plural:
            word = rng.choice(words["plural" if direction == "subject" else "object"])
            text = plural.replace(slot, word)
        else:
            word = rng.choice(words["singular" if direction == "subject" else "object"])
            text = singular.replace(slot, word)
        if word in PERSON_WORDS and word in text:
            answer &= self.sql.persons()
        if word == "whom" and " by {X}" in text:  # the subject of a passive: "who"
            text = text.replace("{whom}", "who").replace("whom ", "who ", 1)
        spec = {"actors": sorted(answer)}
        if kind == "count":
            spec["count"] = len(answer)
        return text.replace("{X}", named), spec, x

    def condition(self, relation: str, y: str, since: str | None, until: str | None,
                  negated: bool = False) -> set[str]:
        """Who holds ``relation`` towards ``y``; membership of a party next to another
        condition is the party filter (the parser's documented reading: "which PS members"),
        not being a member is having no such claim (tests/data/questions.toml's reading of
        "but is not a member of the PS")."""
        if relation == MEMBERSHIP and y in PARTIES and not negated:
            return self.sql.party_filter(y, since, until)
        return self.sql.holders(relation, "subject", y, since, until)

    def combined(self, lang: str, relation: str, first: str, x: str, named: str,
                 surface: str, axes: dict, answer: set[str], since: str | None,
                 until: str | None) -> tuple[str, set[str]]:
        """'{who} backs X and rejects Y': a second condition on the same actors."""
        rng = self.rng
        label, pattern, how = rng.choice([c for c in BANK["combos"][lang] if not (
            (c[2].startswith("same") or c[2] == "spares") and relation == MEMBERSHIP) and (
            c[2] != "same-and" or "à {X}" in first)])  # "in the PS but not in LFI": no
        # one is in both, and the sets read membership both ways; "et à {Y}" repeats the
        # wording's own "à"; "in EM while sparing Macron" meets the README's disagreement of
        # references (a membership next to a negated condition about a member)
        axes["combo"] = label
        second = SPARED if how == "spares" else relation if how.startswith(
            "same") else rng.choice(  # not "in EM and in LFI"
            [r for r in RELATIONS if not r == relation == MEMBERSHIP])
        bank = self.rels[(second, lang)]
        answer = self.condition(relation, x, since, until)
        for _ in range(6):  # mostly a pair some actor answers
            y = self.pick(second, "object", (x,))
            negated = how.endswith("not") or how in ("same", "spares")  # sparing Y: not
            # attacking Y
            theirs = self.condition(second, y, since, until, negated)
            found = answer - theirs if negated else answer & theirs
            if found or rng.random() < 0.2:
                break
        said = self.say(y, lang, surface)
        if how.startswith("same") or how == "spares":
            b = ""
        elif how in ("clause", "clause-not"):
            b = rng.choice(bank["clause"])
            if how == "clause-not":
                b = negate_fr(b)
        elif how.startswith("gerund"):
            b = rng.choice(bank["gerund"])
        else:
            b = rng.choice(bank["infinitive"])
        a = first.replace("{X}", named)
        text = pattern.replace("{A}", a.rstrip(" ?")).replace("{B}", b).replace("{Y}", said)
        return text, found


def generate(size: int, seed: int = 10) -> list[dict]:
    """``size`` questions of the matrix, the same ones for the same seed, no text twice."""
    generator = Generator(seed)
    found: dict[str, dict] = {}
    tries = 0
    while len(found) < size and tries < size * 5:
        tries += 1
        q = generator.question()
        found.setdefault(q["text"].lower(), q)
    return list(found.values())


def check(store, spec: dict) -> str | None:
    """None when ``store`` answers ``spec`` as written down, else what went wrong."""
    from alliancegraph.queries import ask
    from alliancegraph.queries.errors import NoMatchError, UnknownNameError
    try:
        answer = ask(store, spec["text"])
    except (NoMatchError, UnknownNameError) as error:
        return f"refused: {str(error).splitlines()[0][:100]}"
    column = "invited" if answer.query.name == "rejected-invitations" else "name"
    names = [row[column] for row in answer.rows]
    found = answer.to_dict()
    problems = []
    if set(names) != set(spec["actors"]):
        problems.append(f"actors {sorted(names)} != {spec['actors']}")
    for key in ("answer", "count"):
        if found.get(key) != spec.get(key):
            problems.append(f"{key} {found.get(key)} != {spec.get(key)}")
    return f"{'; '.join(problems)} [{answer.understood}]" if problems else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--show", type=int, default=3, help="failing questions shown per cell")
    parser.add_argument("--axis", action="append", help="axes to report (default: all)")
    args = parser.parse_args()
    from fixtures_graph import dev_store
    store = dev_store()
    questions = generate(args.size, args.seed)
    failures = {}
    for q in questions:
        problem = check(store, q)
        if problem:
            failures[q["text"]] = problem
    print(f"{len(questions) - len(failures)}/{len(questions)} understood "
          f"({100 * (1 - len(failures) / len(questions)):.1f}%)")
    for axis in args.axis or list(questions[0]["axes"]):
        total, failed = Counter(), Counter()
        examples = defaultdict(list)
        for q in questions:
            value = q["axes"][axis]
            total[value] += 1
            if q["text"] in failures:
                failed[value] += 1
                examples[value].append(f"{q['text']}  -> {failures[q['text']]}")
        print(f"\n== {axis}")
        for value, n in sorted(total.items(), key=lambda kv: -failed[kv[0]] / kv[1]):
            if not failed[value] and axis not in ("lang", "relation", "kind", "noise"):
                continue
            print(f"  {100 * (1 - failed[value] / n):5.1f}%  {n - failed[value]:4}/{n:<4} "
                  f"{value}")
            for example in examples[value][:args.show]:
                print(f"          {example}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
