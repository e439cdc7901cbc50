"""Features of a pair of actors named in one sentence that never name the actors.

Part of the learned-pair-decider experiment (``tools/train_pair_decider.py``), kept outside
the package because the experiment was not kept (see README, "Tried and not kept"). It reads
two resolved mentions of one sentence and describes how the sentence links them: the
dependency path between their heads (labels and lemmas), the lowest common ancestor, the words
between them, each mention's grammatical role and case marking, order and distance, which
relation classes of the cue lexicon appear on the path or in the sentence, modifiers ("ancien",
"ex-"), negation and modality markers, quotation. The
names and ids of the actors never enter a feature (another actor's mention becomes
``<person>`` or ``<party>``): what is learned is the shape of the link, which may carry over
to sentences about other people; the names would only memorise the training articles.

Work is per pair of mentions of one sentence, over the ``TokenView`` lists, never per token of
the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from alliancegraph.loaders.context import Context
from alliancegraph.loaders.cues import Lexicon
from alliancegraph.loaders.mentions import Mention
from alliancegraph.loaders.negation import NEGATORS, sentence_flags

MAX_PATH = 8  # tokens of a dependency path kept as its shape
MAX_BETWEEN = 12  # words between two mentions kept as a bag


@dataclass(frozen=True)
class Pair:
    """Two resolved mentions of one sentence, in reading order of the claim: ``a`` is the
    would-be subject, ``b`` the would-be object."""

    sentence: int
    a: Mention
    b: Mention


def head_of(ctx: Context, m: Mention) -> int:
    """The token of the mention whose head lies outside it (its syntactic head)."""
    heads = ctx.view.heads
    for i in range(m.start, m.end):
        h = heads[i]
        if h == i or not m.start <= h < m.end:
            return i
    return m.start


def pairs(ctx: Context) -> Iterator[Pair]:
    """Every ordered pair of distinct resolved actors of each sentence, one pair of mentions
    each (the two closest mentions when an actor is named twice)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in ctx.mentions:
        if m.name:
            by_sentence.setdefault(ctx.sent_of[m.start], []).append(m)
    for s, mentions in by_sentence.items():
        best: dict[tuple[str, str], tuple[int, Mention, Mention]] = {}
        for a in mentions:
            for b in mentions:
                if a.name == b.name:
                    continue
                gap = abs(a.start - b.start)
                key = (a.name, b.name)
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, a, b)
        for _, a, b in best.values():
            yield Pair(s, a, b)


def _ancestors(heads: list[int], i: int) -> list[int]:
    chain = [i]
    while heads[i] != i and len(chain) < 64:
        i = heads[i]
        chain.append(i)
    return chain


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


def _cue_classes(lexicon: Lexicon, folded: str, lemma: str) -> set[str]:
    found = set()
    for key in (lemma, folded):
        for cue in lexicon.verb_index.get(key, ()):
            found.add(cue.relation)
    return found


_NOUNS: dict[int, dict[str, frozenset[str]]] = {}


def _noun_classes(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """First word of each noun cue ("porte-parole", "soutien") -> the relations it signals;
    the membership role nouns ("militant", "adhérent") signal MEMBER_OF-like ties. Built once
    per lexicon."""
    if id(lexicon) in _NOUNS:
        return _NOUNS[id(lexicon)]
    found: dict[str, set[str]] = {}
    for noun in lexicon.nouns:
        for words in noun.words:
            found.setdefault(words[0], set()).add(noun.relation)
    for word in lexicon.lists.get("member_roles", ()):
        found.setdefault(word.split()[0], set()).add("role")
    _NOUNS[id(lexicon)] = {k: frozenset(v) for k, v in found.items()}
    return _NOUNS[id(lexicon)]


def _case(ctx: Context, i: int) -> str:
    """The preposition marking token ``i`` ("de", "avec", "contre"), or "-"."""
    view = ctx.view
    for child in ctx.doc[i].children:
        if view.deps[child.i] == "case":
            return view.lemmas[child.i]
    return "-"


def sentence_features(ctx: Context, s: int) -> dict[str, float]:
    """What the whole sentence says, shared by its pairs: relation classes of the cues it
    holds, how many actors it names, its question/rumour/contrast/hedge markers."""
    view = ctx.view
    sent = ctx.sents[s]
    f: dict[str, float] = {}
    for j in range(sent.start, sent.end):
        for relation in _cue_classes(ctx.lexicon, view.folded[j], view.lemmas[j]):
            f[f"sent_cue={relation}"] = 1.0
    actors = {m.name for m in ctx.mentions if m.name and ctx.sent_of[m.start] == s}
    f[f"actors={_bucket(len(actors))}"] = 1.0
    for name, flag in zip(("question", "rumour", "contrast", "hedge"),
                          sentence_flags(ctx, sent), strict=True):
        if flag:
            f[f"flag={name}"] = 1.0
    f["bias"] = 1.0
    return f


def features(ctx: Context, pair: Pair, shared: dict[str, float]) -> dict[str, float]:
    """The pair's features, as a sparse binary vector (name -> 1.0).

    Every name is the feature's family, ``=``, and a word, label or bucket of the sentence
    (never an actor's name); ``shared`` is the sentence's own (:func:`sentence_features`).
    """
    view = ctx.view
    lexicon = ctx.lexicon
    a, b = pair.a, pair.b
    ha, hb = head_of(ctx, a), head_of(ctx, b)
    f: dict[str, float] = {}

    def add(name: str) -> None:
        f[name] = 1.0

    add(f"kinds={a.kind}>{b.kind}")
    add(f"order={'ab' if a.start < b.start else 'ba'}")
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    add(f"dist={_bucket(max(0, hi - lo))}")
    add(f"src_a={a.source}")
    add(f"src_b={b.source}")
    for tag, h in (("a", ha), ("b", hb)):
        add(f"dep_{tag}={view.deps[h]}")
        add(f"case_{tag}={_case(ctx, h)}")
        gov = view.heads[h]
        add(f"gov_{tag}={view.pos[gov]}:{view.lemmas[gov]}")
        add(f"quote_{tag}={ctx.in_quote(h)}")
    add(f"deps={view.deps[ha]}>{view.deps[hb]}")

    up_a, up_b = _ancestors(view.heads, ha), _ancestors(view.heads, hb)
    on_b = set(up_b)
    lca = next((i for i in up_a if i in on_b), None)
    if lca is None:
        add("path=none")
        path: list[int] = []
    else:
        left = up_a[: up_a.index(lca)]
        right = up_b[: up_b.index(lca)]
        path = [*left, lca, *reversed(right)]
        shape = [f"{view.deps[i]}^" for i in left] + [f"{view.deps[i]}v" for i in reversed(right)]
        add(f"path_len={_bucket(len(path))}")
        if len(shape) <= MAX_PATH:
            add("path=" + " ".join(shape))
        add(f"lca={view.pos[lca]}:{view.lemmas[lca]}")
        add(f"lca_pos={view.pos[lca]}")
        add(f"lca_dep={view.deps[lca]}")
        add(f"lca_is={'a' if lca == ha else 'b' if lca == hb else 'other'}")
        mood = ctx.doc[lca].morph.get("Mood")
        tense = ctx.doc[lca].morph.get("Tense")
        if mood:
            add(f"lca_mood={mood[0]}")
        if tense:
            add(f"lca_tense={tense[0]}")
    for h in (ha, hb, *path):
        for child in ctx.doc[h].children:  # "ancien", "ex-", "désormais", "toujours"
            if view.deps[child.i] in ("amod", "advmod", "nummod") and child.i not in ctx.at:
                add(f"mod={view.lemmas[child.i]}")
    negated = False
    for i in path:
        if i in (ha, hb):
            continue
        other = ctx.at.get(i)
        if other is not None:
            add(f"path_actor={other.kind}")
            continue
        add(f"path_lemma={view.lemmas[i]}")
        for relation in _cue_classes(lexicon, view.folded[i], view.lemmas[i]):
            add(f"path_cue={relation}")
        for relation in _noun_classes(lexicon).get(view.lemmas[i], ()):
            add(f"path_noun={relation}")
        if view.pos[i] in ("VERB", "AUX", "NOUN", "ADJ"):
            for child in ctx.doc[i].children:
                if view.folded[child.i] in NEGATORS:
                    negated = True
    add(f"path_negated={negated}")

    between = 0
    for j in range(lo, hi):
        if view.puncts[j] or view.spaces[j]:
            if view.texts[j] in {",", ";", ":", "(", "«", "»", '"'}:
                add(f"between_punct={view.texts[j]}")
            continue
        other = ctx.at.get(j)
        add(f"between={'<' + other.kind + '>' if other is not None else view.lemmas[j]}")
        if other is None and view.folded[j] in NEGATORS:
            add("between_neg")
        between += 1
        if between >= MAX_BETWEEN:
            add("between_long")
            break
    f.update(shared)
    return f
