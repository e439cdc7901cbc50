"""The extractor's French cue lexicon (``ontology/cues.toml``) read as question wordings.

The ontology is the one source of truth for the words of a relation: an idiom the extractor
already reads in articles (« adresser des piques à X », « envoyer X sur les roses », « faire le
procès de X ») is a wording of the same relation in a question. The parser's own lexicon
(``questions.toml``) comes first; where it maps no wording at a word, a cue that matches there
is read as one, when it is the only relation the question's cues name.

A cue matches when one of its triggers is a word of the question (its surface forms, or a form
of one of its lemmas built by :func:`french_forms`, a few rules and no tagger, so ``ask`` stays
fast), a word it needs before it is there (``before``: « *se* rapprocher »), one of the words
it needs after it follows within a few words (``with``: « adresser des *piques* »), a
rallying word when it needs one (``rally``), and for a cue read the other way round
(``inverse``) or one whose objects are all phrases, the question holds one of them. Its
polarity is honoured: a cue that means its relation only under a negation (``needs_negation``:
« ne pas *ménager* ses critiques ») is read only in a question that negates, as a wording that
denies (the negation is its own, the condition holds); in a question that negates, a cue that
means another relation then (``negated``) is read as that one, and a cue that means nothing then
(``negated = "none"``) is not read. Cues that need an article's context (an echo, a bare
refusal, a list's place, a campaign label, a pact between two names, a governed verb, a passive
participle alone) or take no object are left to the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from alliancegraph.loaders.cues import VerbCue, load_lexicon
from alliancegraph.ontology.gazetteer import fold
from alliancegraph.queries.lexicon import Form

WITH_REACH = 6  # words a cue's companion may come after it, as the extractor allows
BEFORE_REACH = 3  # words a cue's required word may come before it
# Cues the question parser does not read: each needs an article's sentence around it.
CONTEXT_FLAGS = ("bare", "echo", "between", "governed", "possessor", "campaign", "passive")
# Endings of a lemma's forms by its infinitive's ending: the infinitive, the past participle
# (é/ée/és/ées, i/is/it, u/ue/us, folded without accents) and the present's third person.
ENDINGS = {
    "er": ("er", "e", "es", "ee", "ees", "ent"),
    "ir": ("ir", "i", "is", "it", "ie", "ies", "issent"),
    "re": ("re", "u", "ue", "us", "ues", "ent", ""),
}


def french_forms(lemma: str) -> frozenset[str]:
    """The folded forms of a French verb's ``lemma`` a question may hold: the infinitive, the
    past participle and the present's third person, by the infinitive's ending (irregular
    forms are the cue's own ``surface`` list). A lemma of more than one word, or one that is
    no infinitive (a noun, an adjective), is only itself.

    >>> sorted(french_forms("tonner"))
    ['tonne', 'tonnee', 'tonnees', 'tonnent', 'tonner', 'tonnes']
    >>> sorted(french_forms("unir"))
    ['uni', 'unie', 'unies', 'unir', 'unis', 'unissent', 'unit']
    >>> {"rend", "rendu", "rendent"} <= french_forms("rendre")
    True
    >>> sorted(french_forms("renfort"))
    ['renfort']
    """
    word = fold(lemma)
    if " " in word or len(word) < 4 or word[-2:] not in ENDINGS:
        return frozenset({word})
    stem = word[:-2]
    return frozenset({word} | {stem + ending for ending in ENDINGS[word[-2:]]})


@dataclass(frozen=True)
class CueReading:
    """A cue found in a question: the words it spans (``start`` to ``end``, its trigger to
    its last companion word) and the wording it is read as."""

    start: int
    end: int
    form: Form


@cache
def _triggers() -> dict[str, tuple[VerbCue, ...]]:
    """Every readable cue by the folded words that fire it: its triggers and its lemmas'
    forms (built once per process)."""
    index: dict[str, list[VerbCue]] = {}
    for cue in load_lexicon().verbs:
        if cue.objects == () or any(getattr(cue, flag) for flag in CONTEXT_FLAGS):
            continue
        words = set(cue.triggers)
        for lemma in cue.lemmas:
            words |= french_forms(lemma)
        for word in words:
            index.setdefault(word, []).append(cue)
    return {word: tuple(cues) for word, cues in index.items()}


@cache
def _nouns(cue: VerbCue) -> frozenset[str]:
    """The cue's lemmas that are no infinitive (« renfort », « bénédiction »), folded."""
    return frozenset(fold(lemma) for lemma in cue.lemmas if french_forms(lemma) == {fold(lemma)})


def _with_end(cue: VerbCue, words: list[str], at: int) -> int | None:
    """Where the cue's words end: after its trigger, or after the first of its companion
    words found within reach (None when it needs one and none is there)."""
    if not cue.with_words:
        return at + 1
    for k in range(at + 1, min(len(words), at + 1 + WITH_REACH)):
        for phrase in cue.with_words:
            if tuple(words[k : k + len(phrase)]) == phrase:
                return k + len(phrase)
    return None


def _has_object(cue: VerbCue, words: list[str], at: int, end: int) -> bool:
    """Whether the question holds the way the cue takes its object: a direct one, or one of
    its prepositions after its words or fronted before them (« *sur* qui X compte-t-il »).
    Asked of an inverse cue, whose preposition is what turns it round (« X compte-t-il voter »
    is no « compter *sur* »), and of one whose every object is a phrase (« inscrit *sur la
    liste de* X »; « inscrit dans quel parti » is a membership); a single preposition varies
    in questions (« venir en renfort *de* X » for the articles' « renfort *à* X »)."""
    if () in cue.objects:
        return True
    outside = [*words[:at], "", *words[end:]]  # no preposition across the cue's own words
    return any(
        tuple(outside[k : k + len(p)]) == p for p in cue.objects for k in range(len(outside))
    )


def _read_as(cue: VerbCue, negated: bool) -> Form | None:
    """The wording a cue is read as in a question that negates or not (None: not read)."""
    if cue.needs_negation:  # « n'a pas ménagé ses critiques »: the negation is the cue's
        return (
            Form((), cue.negated, "verbs", "fr", denies=True) if negated and cue.negated else None
        )
    kind = "reverse" if cue.inverse else "verbs"  # « compter sur X »: X holds the relation
    if not negated or cue.negated == "REJECTS":
        return Form((), cue.relation, kind, "fr")  # the parser negates it, as its own verbs
    if cue.negated is None:
        return None
    return Form((), cue.negated, kind, "fr", denies=True)


def cue_readings(
    words: list[str],
    negated: bool,
    determiners: tuple[str, ...] = (),
    own: frozenset[str] = frozenset(),
) -> list[CueReading]:
    """The cues of the question's folded ``words`` read as wordings, when they all name one
    relation read one way (else none: the question stays the parser's alone). ``negated``:
    the question holds a negation; a trigger right after one of ``determiners`` is a noun,
    no verb (« le *revenu* universel » is no return to a party), and fires only a cue whose
    lemma it is (« son *renfort* »). A word in ``own``, the questions' own vocabulary (« de
    quel parti X est-il le *candidat* »: an office), fires no cue.

    >>> [(r.start, r.end, r.form.relation) for r in cue_readings(
    ...     "qui a adresse des piques a zorglub".split(), False)]
    [(2, 5, 'REJECTS')]
    >>> cue_readings("qui a menage ses piques envers zorglub".split(), False)
    []
    >>> [(r.form.relation, r.form.denies) for r in cue_readings(
    ...     "qui n a pas menage ses piques envers zorglub".split(), True)]
    [('REJECTS', True)]
    """
    index = _triggers()
    rallying = load_lexicon().lists["rally"]
    found: list[CueReading] = []
    for at, word in enumerate(words):
        if word in own:
            continue
        for cue in index.get(word, ()):
            if at and words[at - 1] in determiners and word not in _nouns(cue):
                continue
            if cue.before_words and not any(
                w in cue.before_words for w in words[max(0, at - BEFORE_REACH) : at]
            ):
                continue
            end = _with_end(cue, words, at)
            if (
                end is not None
                and (cue.inverse or all(len(o) > 1 for o in cue.objects))
                and not _has_object(cue, words, at, end)
            ):
                continue  # « compter *sur* X », « inscrit *sur la liste de* X »
            if end is not None and cue.rally and not any(w in rallying for w in words):
                continue  # « proposer *une alliance* à X »; « que propose X » asks nothing
            form = _read_as(cue, negated) if end is not None else None
            if form is not None:
                found.append(
                    CueReading(
                        at,
                        end,
                        Form(
                            tuple(words[at:end]),
                            form.relation,
                            form.kind,
                            form.lang,
                            denies=form.denies,
                        ),
                    )
                )
    readings = {(r.form.relation, r.form.kind, r.form.denies) for r in found}
    if len(readings) != 1:
        return []
    longest: dict[int, CueReading] = {}
    for reading in found:
        if reading.start not in longest or reading.end > longest[reading.start].end:
            longest[reading.start] = reading
    return sorted(longest.values(), key=lambda r: r.start)
