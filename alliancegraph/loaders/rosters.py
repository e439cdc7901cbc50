"""Support stated by the article's structure: "qui soutient qui" pages.

News lists the supporters of a candidate the way a page is laid out, not in clauses: a heading
line names whose supporters follow ("Les soutiens de X", "Ils soutiennent X"), then a list
sentence gives the names ("Parmi les fidèles : A, B et C") and short paragraphs tell who
brought their support ("A a apporté son soutien mi-octobre"), with X written only in the
heading. A list sentence may also carry its target itself: "Parmi les soutiens de X : A, B".
A candidate's own structure lists its members in one sentence too: "Le comité de soutien de X
est composé des anciens ministres A et B", "L'équipe de campagne de X compte notamment A, B et
C" (each supports X; the ``structures`` and ``composed_verbs``).

A section runs from its heading to the next heading (a short line that does not end with a
period, or has no verb) or the end of the article. Words of the ``[roster]`` section of
``ontology/cues.toml``; the ``void`` words (past supporters, opponents, negation) in a heading
or a list opening read nothing. A support with no object keeps its own modality (negation,
conditional...).
"""

from __future__ import annotations

from functools import cache

from alliancegraph.loaders.arguments import find_subjects
from alliancegraph.loaders.claims import End, Found, end_of
from alliancegraph.loaders.context import Context
from alliancegraph.loaders.cues import by_first_word, cue_section
from alliancegraph.loaders.mentions import WRITTEN_SOURCES, Mention, feature
from alliancegraph.loaders.negation import modality, outcome
from alliancegraph.ontology.gazetteer import fold
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

HEADING_TOKENS = 10
OF = grammar_words("rosters", "of")
POSSESSIVES = grammar_words("rosters", "possessives")
TARGET_KINDS = frozenset({"person", "party"})


@cache
def roster_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each ``[roster]`` list as folded word tuples."""
    return {
        name: tuple(tuple(fold(w).split()) for w in words)
        for name, words in cue_section("roster").items()
    }


@cache
def _support_nouns() -> frozenset[str]:
    return frozenset(" ".join(words) for words in roster_words()["support_nouns"])


def _starts(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Position after the longest phrase starting at ``words[k]`` (only the phrases opening on
    that word are tried, longest first: this runs for every word of every sentence)."""
    if k >= len(words):
        return None
    for phrase in by_first_word(phrases).get(words[k], ()):
        if tuple(words[k : k + len(phrase)]) == phrase:
            return k + len(phrase)
    return None


def _line(ctx: Context, sent) -> bool:
    """A sentence that is a whole line of the article."""
    text = ctx.article.text
    own = text[sent.start_char : sent.end_char]
    end = sent.start_char + len(own.rstrip())  # a sentence span keeps its trailing blank line
    before = text[: sent.start_char].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _finite(ctx: Context, j: int) -> bool:
    return ctx.view.pos[j] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[j], "VerbForm")


def _heading(ctx: Context, sent) -> tuple[bool, End | None]:
    """(is a heading, whose supporters it announces)."""
    if not _line(ctx, sent) or sent.end - sent.start > HEADING_TOKENS:
        return False, None
    view = ctx.view
    words = [view.folded[j] for j in range(sent.start, sent.end) if not view.puncts[j]]
    tokens = [j for j in range(sent.start, sent.end) if not view.puncts[j]]
    lists = roster_words()
    void = {w for (w,) in (p for p in lists["void"] if len(p) == 1)}
    actors = {m.name: m for j in tokens if (m := ctx.at.get(j)) is not None and m.name}
    target = _announced(words, tokens, ctx, lists)
    if target is not None and not set(words) & void and len(actors) == 1:
        return True, target
    last = max((j for j in range(sent.start, sent.end) if not ctx.doc[j].is_space), default=None)
    unfinished = last is None or ctx.view.texts[last] != "."
    return unfinished or not any(_finite(ctx, j) for j in range(sent.start, sent.end)), None


def _announced(words, tokens, ctx: Context, lists) -> End | None:
    """The actor a heading announces supporters of: "Les soutiens de X", "Ils soutiennent X"."""
    k = 1 if words and words[0] in {"les", "ses", "leurs"} else 0
    after = _starts(words, k, lists["supporters"])
    if after is not None and after < len(words) and words[after] in OF:
        return _actor_at(ctx, tokens, after + 1)
    after = _starts(words, 0, lists["heading_subjects"])
    if after is not None:
        k = after + 1 if after < len(words) and words[after] in {"ont", "sont"} else after
        verb = _starts(words, k, lists["heading_verbs"])
        if verb is not None:
            return _actor_at(ctx, tokens, verb)
    return None


def _actor_at(ctx: Context, tokens: list[int], k: int) -> End | None:
    if k >= len(tokens):
        return None
    mention = ctx.at.get(tokens[k])
    if mention is None or not mention.name or mention.kind not in TARGET_KINDS:
        return None
    return end_of(mention)


def roster_claims(ctx: Context) -> list[Found]:
    """SUPPORTS read from the article's headings and list sentences."""
    found: list[Found] = []
    target: End | None = None
    for s, sent in enumerate(ctx.sents):
        heading, announced = _heading(ctx, sent)
        if heading:
            target = announced
            if announced is not None:
                ctx.trace.fire(s, "roster heading", ctx.sentence_text(s))
            continue
        found += _listed(ctx, s, sent, target) + _composed(ctx, s, sent)
        if target is not None:
            found += _objectless(ctx, s, sent, target)
    return found


def _listed(ctx: Context, s: int, sent, target: End | None) -> list[Found]:
    """ "Parmi les fidèles : A, B et C" (in a section), "Parmi les soutiens de X figurent A, B"."""
    view = ctx.view
    tokens = [j for j in range(sent.start, sent.end) if not view.puncts[j] or view.texts[j] == ":"]
    words = [view.folded[j] for j in tokens]
    if len(words) < 4 or words[0] != "parmi" or words[1] not in {"les", "ses", "leurs", "ces"}:
        return []
    lists = roster_words()
    after = _starts(words, 2, lists["supporters"])
    inline = None
    if after is not None and after < len(words) and words[after] in OF:
        inline = _actor_at(ctx, tokens, after + 1)
        if inline is None:
            return []
        mention = ctx.at[tokens[after + 1]]
        after = tokens.index(mention.end - 1) + 1 if mention.end - 1 in tokens else after + 2
    elif target is not None:
        after = after or _starts(words, 2, lists["members"])
        if after is None or words[1] == "ces":
            return []
    else:
        return []
    goal = inline or target
    void = {p for p in lists["void"]}
    if any(tuple(words[k : k + len(p)]) == p for p in void for k in range(1, after)):
        return []
    opening = view.texts[tokens[after]] if after < len(tokens) else ""
    if opening != ":" and _starts(words, after, lists["list_verbs"]) is None:
        return []
    found = []
    start = tokens[after] if after < len(tokens) else sent.end
    seen: set[str] = set()
    for j in range(start, sent.end):
        if _finite(ctx, j) and view.folded[j] not in {"figurent", "figure", "trouve", "compte"}:
            break
        if view.texts[j] in {";", "?", "!"}:
            break
        mention: Mention | None = ctx.at.get(j)
        if (
            mention is None
            or mention.start != j
            or mention.kind != "person"
            or mention.source not in WRITTEN_SOURCES
            or mention.name in seen
            or mention.name == goal.name
        ):
            continue
        seen.add(mention.name)
        confidence = 0.8 * mention.confidence * goal.confidence
        found.append(
            Found(end_of(mention), REL.SUPPORTS, goal, "parmi", s, confidence, "roster list")
        )
    return found


def _composed(ctx: Context, s: int, sent) -> list[Found]:
    """ "Le comité de soutien de X est composé de A et B", "L'équipe de campagne de X compte
    notamment A, B et C": every name listed after the verb, up to the next clause, supports
    X. Never with a negation or a void word (« ne compte plus A », « anciens ») between the
    structure and the names."""
    view = ctx.view
    tokens = [j for j in range(sent.start, sent.end) if not view.puncts[j]]
    words = [view.folded[j] for j in tokens]
    lists = roster_words()
    for k in range(len(words)):
        after = _starts(words, k, lists["structures"])
        if after is None or after + 1 >= len(words) or words[after] not in OF:
            continue
        goal = _actor_at(ctx, tokens, after + 1)
        if goal is None or goal.kind != "person":
            continue
        mention = ctx.at[tokens[after + 1]]
        rest = next((n for n, j in enumerate(tokens) if j >= mention.end), len(tokens))
        verb = _starts(words, rest, lists["composed_verbs"])
        if verb is None:
            continue
        listed = _names_until_clause(ctx, tokens[verb] if verb < len(tokens) else sent.end, sent)
        if any(tuple(words[n : n + len(p)]) == p for p in lists["void"] for n in range(k, verb)):
            continue
        cue = ctx.doc[tokens[k] : tokens[verb - 1] + 1].text
        return [
            Found(
                end_of(m),
                REL.SUPPORTS,
                goal,
                cue,
                s,
                0.8 * m.confidence * goal.confidence,
                "roster structure",
            )
            for m in listed
            if m.name != goal.name
        ]
    return []


def _names_until_clause(ctx: Context, start: int, sent) -> list[Mention]:
    """The written names from token ``start`` up to a finite verb, a clause word (the
    ``composed_breaks``) or a strong mark; an empty list when a void word opens it."""
    view = ctx.view
    lists = roster_words()
    breaks = {w[0] for w in lists["composed_breaks"]}
    void = {w[0] for w in lists["void"] if len(w) == 1}
    supporters = {w[0] for w in lists["supporters"] if len(w) == 1}
    former = ctx.lexicon.lists["former"]
    names: list[Mention] = []
    for j in range(start, sent.end):
        if view.texts[j] in {";", ":", "?", "!", "(", "«"} or view.folded[j] in breaks:
            break
        word = view.folded[j]
        if word in former:  # "d'anciens soutiens" voids, "des anciens ministres A" is a title
            if not names and j + 1 < sent.end and view.folded[j + 1] in supporters:
                return []
        elif not names and word in void:
            return []  # "ne compte plus A"
        if _finite(ctx, j):
            break
        mention = ctx.at.get(j)
        person = mention is not None and mention.kind == "person" and mention.start == j
        if not person or mention.source not in WRITTEN_SOURCES or mention in names:
            continue
        if j > start and view.folded[j - 1] in OF and view.texts[j - 2] not in {",", "et"}:
            continue  # "ceux de C", "les soutiens de C": C completes another noun
        names.append(mention)
    return names


def _objectless(ctx: Context, s: int, sent, target: End) -> list[Found]:
    """ "A a apporté son soutien mi-octobre": a support noun with a possessive and no object,
    carried by its subject's verb, supports the section's candidate."""
    view, lexicon = ctx.view, ctx.lexicon
    found = []
    for i in range(sent.start + 1, sent.end):
        if view.lemmas[i] not in _support_nouns() or view.folded[i - 1] not in POSSESSIVES:
            continue
        token = ctx.doc[i]
        head = token.head
        if token.dep_ != "obj" or view.lemmas[head.i] not in lexicon.lists["carry"]:
            continue
        if i + 1 < sent.end and (view.folded[i + 1] in {"a", "au", "aux"} or ctx.at.get(i + 1)):
            continue  # it has an object of its own: the verb rules read it
        subjects, how = find_subjects(ctx, i, sent)
        people = [e for e in subjects if e.kind == "person" and e.name != target.name]
        if len(people) != 1:
            continue
        cue = next(c for c in lexicon.verb_index[view.lemmas[i]] if c.relation == REL.SUPPORTS)
        relation, factor = outcome(cue, modality(ctx, i, sent))
        if relation != REL.SUPPORTS:
            continue
        confidence = 0.7 * factor * how * people[0].confidence * target.confidence
        found.append(
            Found(people[0], REL.SUPPORTS, target, token.text, s, confidence, "roster support")
        )
    return found
