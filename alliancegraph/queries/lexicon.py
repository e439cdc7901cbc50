"""The words questions are read with, loaded from ``ontology/questions.toml``.

Everything the parser recognises (question words, relation wordings by grammatical kind, date
words, the keywords of the named queries with a shape of their own) is data in that file, folded
like every name comparison (:func:`~alliancegraph.ontology.gazetteer.fold`), so "s'est rallié à"
and "S'EST RALLIE A" are the same phrase. Phrases are tuples of folded words; a form is found by
:meth:`Lexicon.match_forms`, longest first.

>>> lexicon = load_lexicon()
>>> [(f.relation, f.kind, end) for f, end in lexicon.match_forms(("backed", "by", "x"), 0)][:1]
[('SUPPORTS', 'reverse', 2)]
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property
from pathlib import Path

from alliancegraph.filecache import parsed
from alliancegraph.ontology.gazetteer import fold
from alliancegraph.queries.errors import QueryError

QUESTIONS_FILE = Path(__file__).parents[1] / "ontology" / "questions.toml"

FORM_KINDS = ("verbs", "reverse", "nouns", "object_nouns")
WORD_CLASSES = ("question", "object_question", "owner_question", "target_question", "skip",
                "prepositions", "conjunctions", "disjunctions", "relatives", "negations",
                "party_prepositions", "pronouns", "clitics", "yes_no", "inverted", "count",
                "most", "party_exclusions", "unanswerable", "titles", "yes_no_marks",
                "genitives", "passive", "reflexives", "narrowing", "heads", "negation_ends",
                "possessions", "appositions", "auxiliaries", "clefts", "cleft_objects",
                "sources", "resumptives", "adverb_endings", "determiners",
                "politeness", "others", "common_words",
                "subject_pronouns", "receiving", "requests", "among", "pair_openers",
                "asked_pronouns", "verb_adverbs", "identities", "possessive_determiners",
                "request_openers", "giving", "agents", "camps",
                "owner_again", "asked_owners", "articles", "purposes", "writings",
                "ever", "sending", "capacities", "manners", "fillers", "complements",
                "measures")
RELATIVE_UNITS = ("day", "week", "month", "year")
DATE_CLASSES = ("in", "since", "after", "before", "until", "between", "and", "ordinals", "week",
                "weekdays", "bare", "unread")
COUNTED_UNITS = ("day", "week", "month")  # a counted part of a month (days, weeks) or a year
COUNTED_ENDS = ("first", "last")

Phrase = tuple[str, ...]
MIN_CORRECTED = 5  # shorter words are too often another word, or a name
MIN_RELATION_WORD = 3  # shorter words of a wording ("s", "up") speak of no relation alone
MAX_PHRASE = 7  # the longest phrase of a word class ("y a-t-il quelqu'un qui")


@dataclass(frozen=True)
class Form:
    """One wording of a relation: its folded words, the relation and its grammatical kind.

    ``kind`` is ``verbs``, ``reverse``, ``nouns`` or ``object_nouns`` (see questions.toml);
    ``party_relation`` replaces ``relation`` when the actor it governs is a party, and
    ``person_relation`` when it is a person ("signed up with Valls": joining a person's side is
    backing that person, as joining a party is membership); ``also``
    are relations that answer the wording as well, in the same direction ("le camp de X": X's
    supporters or spokespersons), joined by "or"; ``denies``: the wording says the relation
    does not hold ("*épargner* X", "*spare* X": not attacking X), its condition negated.
    """

    words: Phrase
    relation: str
    kind: str
    lang: str
    party_relation: str | None = None
    also: tuple[str, ...] = ()
    denies: bool = False
    person_relation: str | None = None


@dataclass(frozen=True)
class Shape:
    """A named query found by keywords rather than composed ("timeline of X")."""

    query: str
    keywords: frozenset[Phrase]
    needs: str


@dataclass(frozen=True)
class Compound:
    """A wording that asks several conditions at once about one actor ("where does X stand":
    whom X supports, rejects, invites...): keyword phrases (``*`` stands for a few words, the
    actor's name) and the (relation, end asked) pairs, joined by "or"."""

    keywords: tuple[Phrase, ...]
    conditions: tuple[tuple[str, str], ...]
    unless_next: frozenset[str] = frozenset()  # "X's stance *on* Y" is another question


@dataclass(frozen=True)
class Event:
    """A named period of the calendar ("between the two rounds of the primary"): its first and
    last days; ``bare``: a date by itself, without a date word before it."""

    since: str
    until: str
    bare: bool


@dataclass(frozen=True)
class Inflection:
    """How a language inflects the first word of a wording: groups of endings swapped for one
    another ("roots for": "root for", "rooted for", "rooting for"), irregular forms that stand
    for one another ("made overtures to": "make overtures to"), and words never generated."""

    endings: tuple[tuple[str, ...], ...] = ()
    irregular: tuple[tuple[str, ...], ...] = ()
    never: frozenset[str] = frozenset()
    progressive: tuple[str, ...] = ()  # endings of no participle ("attacking")
    shortest: int = 4  # shorter words ("is", "est") are auxiliaries, never inflected

    def variants(self, word: str) -> list[str]:
        """The other forms of ``word``: its irregular companions, and for each group of
        endings it ends with, its stem with every other ending of the group (some are no
        words at all, "rootss": no question holds them, so they cost nothing).

        >>> en = Inflection(endings=(("", "s", "ed", "ing"),))
        >>> {"root", "rooted", "rooting"} <= set(en.variants("roots"))
        True
        """
        if word in self.never:
            return []
        found = [w for forms in self.irregular if word in forms for w in forms]
        if len(word) >= self.shortest:
            for group in self.endings:
                for ending in group:
                    if ending and not word.endswith(ending):
                        continue
                    stem = word[:len(word) - len(ending)]
                    if len(stem) >= 3:
                        found += [stem + other for other in group]
        return [w for w in dict.fromkeys(found) if w != word and w not in self.never]


@dataclass(frozen=True)
class Derivation:
    """Words that turn the wording right after them into another relation ("*pourrait*
    rejoindre X": a temptation, not support; "*essaie d'*attirer X": an invitation):
    (relation, kind) of the wording -> (relation, kind) it becomes."""

    words: frozenset[Phrase]
    turns: dict[tuple[str, str], tuple[str, str]]


@dataclass
class Lexicon:
    """The question vocabulary of both languages, indexed for matching."""

    forms: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))
    words: dict[str, set[Phrase]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, set[Phrase]] = field(default_factory=lambda: defaultdict(set))
    months: dict[str, int] = field(default_factory=dict)
    month_langs: dict[str, set[str]] = field(default_factory=dict)  # "janvier" -> {"fr"}
    periods: dict[Phrase, tuple[int, int]] = field(default_factory=dict)
    # a season named with two years ("winter 2016-2017") -> its first day in the first year
    # and its last in the second, as "MM-DD"
    across_years: dict[Phrase, tuple[str, str]] = field(default_factory=dict)
    month_parts: dict[Phrase, tuple[int, int]] = field(default_factory=dict)  # -> days
    holidays: dict[Phrase, tuple[int, int]] = field(default_factory=dict)  # -> (month, day)
    # "the last # days of", "les # premières semaines de" -> (unit, which end)
    counted_parts: dict[Phrase, tuple[str, str]] = field(default_factory=dict)
    relative: dict[Phrase, tuple[str, int | str]] = field(  # -> (unit, offset or "-#")
        default_factory=dict)
    recent: dict[Phrase, str] = field(default_factory=dict)  # "the past # months" -> unit
    numbers: dict[str, int] = field(default_factory=dict)  # "deux" -> 2, for relative dates
    events: dict[Phrase, Event] = field(default_factory=dict)
    compounds: list[Compound] = field(default_factory=list)
    party_words: dict[Phrase, str] = field(default_factory=dict)
    party_names: set[Phrase] = field(default_factory=set)  # the party itself, no group
    shapes: list[Shape] = field(default_factory=list)
    examples: list[tuple[tuple[str, ...], str | None]] = field(  # (variants, named query)
        default_factory=list)
    membership: str = ""
    asking: frozenset[str] = frozenset()  # relations whose wordings ask for an act ([asking])
    followers: tuple[str, tuple[str, ...]] = ("", ())  # (relation, endings): "vallsistes"
    roles: dict[Phrase, dict[str, str]] = field(default_factory=dict)
    kinds: dict[Phrase, tuple[str, str]] = field(default_factory=dict)  # -> (kind, unless)
    counted_kinds: set[Phrase] = field(default_factory=set)  # also after "how many"
    counted_only: set[Phrase] = field(default_factory=set)  # only after "how many": "people"
    genders: dict[Phrase, str] = field(default_factory=dict)  # "women": persons of gender f
    derivations: list[Derivation] = field(default_factory=list)
    inflections: dict[str, Inflection] = field(default_factory=dict)  # by language
    abbreviations: dict[str, Phrase] = field(default_factory=dict)  # "spox" -> spokesperson
    accented: dict[str, Phrase] = field(default_factory=dict)  # "où" -> "dans quel parti"
    pairs: dict[Phrase, str] = field(default_factory=dict)  # "either of them" -> "or"
    contractions: dict[Phrase, list[Phrase]] = field(default_factory=dict)  # "a" -> "au"...
    content_words: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # by relation:
    # words that carry it alone, read only when no wording matches; a word ending in "*" a stem
    possessives: dict[Phrase, Phrase] = field(default_factory=dict)  # "en son nom" -> "au nom
    # de lui": a possessive inside a wording, as the wording and a pronoun
    language_words: dict[str, frozenset[str]] = field(default_factory=dict)  # by language:
    # the words of its word classes no other language's classes hold ("qui", "est-ce")
    _inflected: dict[str, list[Form]] = field(default_factory=dict)  # forms_of's cache

    @cached_property
    def form_words(self) -> frozenset[str]:
        """The first words of the relation wordings: what a misspelt word may have meant."""
        return frozenset(w for w in self.forms if len(w) >= MIN_CORRECTED)

    @cached_property
    def wording_words(self) -> frozenset[str]:
        """Every word of a relation's wordings and of the word classes ("candidacy" in "speak
        for the candidacy of"): an ordinary word of the questions, never a name alone."""
        return frozenset(w for phrase in self.written for w in phrase) | frozenset(
            w for cls, phrases in self.words.items() for phrase in phrases for w in phrase)

    @cached_property
    def relation_words(self) -> dict[str, frozenset[str]]:
        """The relations each content word of one word speaks of ("endorsement": SUPPORTS,
        "flak": REJECTS; [content_words] in questions.toml; a word of a longer one, "over" in
        "cross over", says nothing alone), the words of the word classes left out
        (prepositions, articles, fillers speak of none): a word the reading left over that
        speaks only of relations the answer does not ask about is a relation word not read."""
        classed = frozenset(w for phrases in self.words.values() for phrase in phrases
                            for w in phrase)
        found: dict[str, set[str]] = {}
        for relation, phrases in self.content_words.items():
            for word in (phrase[0].rstrip("*") for phrase in phrases if len(phrase) == 1):
                if len(word) >= MIN_RELATION_WORD and word not in classed:
                    found.setdefault(word, set()).add(relation)
        return {word: frozenset(relations) for word, relations in found.items()}

    @cached_property
    def own_nouns(self) -> frozenset[str]:
        """The single words the questions use for actors and offices ("candidat", "parti",
        "personnalités"): never another lexicon's cue."""
        return frozenset(w for phrases in (self.words["titles"], self.words["heads"], self.kinds,
                                           self.roles) for (w, *rest) in phrases if not rest)

    @cached_property
    def written(self) -> frozenset[Phrase]:
        return frozenset(f.words for forms in self.forms.values() for f in forms)

    def forms_of(self, word: str) -> list[Form]:
        """The wordings starting with ``word``, longest first: those written, then those of
        another form of the same verb ("rooting for" as "root for", "critiquées par" as
        "critiqué par", see [inflections] in questions.toml), for verbs and reverse wordings
        whose words no written wording has.

        >>> [(f.words, f.relation) for f in load_lexicon().forms_of("rooting")]
        [(('rooting', 'for'), 'SUPPORTS')]
        """
        found = self._inflected.get(word)
        if found is None:
            found = list(self.forms.get(word, ()))
            seen = set(self.written)
            for lang, rule in self.inflections.items():
                for head in rule.variants(word):
                    for form in self.forms.get(head, ()):
                        words = (word, *form.words[1:])
                        if form.lang == lang and form.kind in ("verbs", "reverse") \
                                and words not in seen:
                            seen.add(words)
                            found.append(Form(words, form.relation, form.kind, form.lang,
                                              form.party_relation, form.also,
                                              person_relation=form.person_relation))
            found.sort(key=lambda f: -len(f.words))
            self._inflected[word] = found
        return found

    @cached_property
    def month_words(self) -> frozenset[str]:
        return frozenset(w for w in self.months if len(w) >= MIN_CORRECTED)

    def correct(self, word: str, months: bool = False) -> str | None:
        """The wording word (a month name with ``months``) one typing slip away from
        ``word`` (a letter missing, extra, wrong or two swapped), for words of at least five
        letters; None when there is none.

        >>> lexicon = load_lexicon()
        >>> lexicon.correct("suports"), lexicon.correct("febuary", months=True)
        ('supports', 'february')
        """
        vocabulary = self.month_words if months else self.form_words
        if len(word) < MIN_CORRECTED or word in vocabulary:
            return None
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b} | {
            a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | {
            a + c + b[1:] for a, b in splits if b for c in letters} | {
            a + c + b for a, b in splits for c in letters}
        found = sorted(edits & vocabulary)
        return found[0] if found else None

    def language(self, words: list[str]) -> str | None:
        """The language most of the question's words of its word classes belong to (None on
        a tie): the French of « qui a tonné contre X », the English of "who stumped for X".

        >>> load_lexicon().language("qui a tonne contre zorglub".split())
        'fr'
        """
        counts = {lang: sum(w in own for w in words) for lang, own in self.language_words.items()}
        best = max(counts.values(), default=0)
        winners = [lang for lang, n in counts.items() if n == best]
        return winners[0] if best and len(winners) == 1 else None

    def match_forms(self, tokens, start: int, stop: int | None = None,
                    fronted: Phrase | None = None) -> list[tuple[Form, int]]:
        """Forms starting at ``start`` and the word each ends before, longest first.

        Skipped words may come between a form's words ("s'en *est* pris à" matches "s en pris
        a"); no form reaches ``stop`` (where a name begins). ``fronted`` is a preposition the
        question moved before its question word ("*pour* qui roule X", "*par* qui X est-il
        soutenu"): a form ending with it also matches without it, before the others ("soutenu
        par", not "soutenu").

        >>> lexicon = load_lexicon()
        >>> [f.words for f, _ in lexicon.match_forms(("roule", "x"), 0, fronted=("pour",))]
        [('roule', 'pour')]
        """
        stop = len(tokens) if stop is None else stop
        plain = self.words["skip"] | self.words["pair_openers"]  # "s'en est pris *soit* à X"
        denied = plain
        if start and (tokens[start - 1],) in self.words["negations"] \
                and (tokens[start - 1],) not in self.words["negation_ends"]:
            # "ne flirte *pas* avec", "ne parle *pas* au nom de": the negation's end inside
            # the wording it denies (the opening "ne" still negates the clause); not in a
            # membership's ("qui ne sont *pas* au PS": outside the party, a filter's reading)
            denied = plain | self.words["negation_ends"]
        found, moved = [], []
        for form in self.forms_of(tokens[start]):
            skip = plain if self.membership in (form.relation, form.party_relation) else denied
            j = start + 1
            ends = {}  # where each word of the form was looked for
            for k, word in enumerate(form.words[1:], start=1):
                ends[k] = j
                while j < stop and tokens[j] != word:
                    step = 1 if (tokens[j],) in skip else self._manner_at(tokens, j, stop)
                    if not step:
                        break
                    j += step
                if j >= stop or tokens[j] != word:
                    # the fronted preposition may start earlier than the mismatch: "in whose
                    # name does X speak *in the* ranks of LFI" ("speak in the name of")
                    at = next((a for a in ends if fronted and form.words[a:] == fronted
                               and not self._wording_next(tokens, ends[a])), None)
                    if at is not None:
                        moved.append((form, ends[at]))
                    break
                j += 1
            else:
                found.append((form, j))
        if moved and found and len(found[0][0].words) >= len(moved[0][0].words):
            return found + moved  # "*rallying calls* ... to whom": a written wording as long
        return moved + found  # the question moved that preposition: its form comes first

    def _manner_at(self, tokens, at: int, stop: int) -> int:
        """The words of a manner said with a negation at ``at`` inside a wording (« s'en est
        pris *sans ménagement* à X », "laid *without mercy* into"): how it was done, passed
        over as skipped words are; 0 when there is none."""
        if (tokens[at],) not in self.words["negations"]:
            return 0
        size = self.phrase_at("manners", tokens, at + 1)
        return 1 + size if size and at + 1 + size <= stop else 0

    def _wording_next(self, tokens, start: int) -> bool:
        """Whether a written wording follows ``start``, past skipped words and names: "pour
        qui X *est*-elle *porte-parole*", "for whom *is* Chaibi *the spokeswoman*" move the
        preposition to the noun's side, not into "est pour", "is for". A membership wording
        is a party filter there, not the noun: "on behalf of whom does X speak *in the ranks
        of* LFI" keeps "speak on behalf of"."""
        skip = self.words["skip"]
        while start < len(tokens) and ((tokens[start],) in skip
                                       or not self.is_vocabulary(tokens[start])):
            start += 1
        return start < len(tokens) and not any(
            (tokens[start],) in self.words[cls] for cls in ("conjunctions", "disjunctions",
                                                            "relatives", "question")
        ) and any(form.relation != self.membership  # not "... voté *et pour* qui"
                  for form, _ in self.match_forms(tokens, start))

    def derived_before(self, tokens, before: int, form: Form) -> Form | None:
        """``form`` turned by a word that ends at ``before`` with the verb's subject after it
        ("*could* Loncle switch to", "*pourrait*-il basculer"), else None."""
        for derivation in self.derivations:
            turned = derivation.turns.get((form.relation, form.kind))
            if turned is None:
                continue
            end = before
            while end > 0:  # past the name's own article: "*could* the PS switch to"
                if any(tuple(tokens[end - size:end]) in derivation.words
                       for size in range(min(4, end), 0, -1)):
                    return Form(form.words, turned[0], turned[1], form.lang)
                if (tokens[end - 1],) not in self.words["skip"] or before - end >= 2:
                    break
                end -= 1
        return None

    def derived_at(self, tokens, start: int, stop: int | None = None,
                   fronted: Phrase | None = None) -> tuple[Form, int] | None:
        """A wording after a word that turns its relation ("pourrait basculer chez X", "tried
        to lure X"), as the form it becomes and the word it ends before; None when there is
        none. Skipped words may come between ("pourrait *bien* rejoindre X").

        >>> lexicon = load_lexicon()
        >>> form, end = lexicon.derived_at(("pourrait", "soutenir", "x"), 0)
        >>> (form.relation, form.kind, end)
        ('TEMPTED_BY', 'verbs', 2)
        """
        stop = len(tokens) if stop is None else stop
        for derivation in self.derivations:
            for size in range(min(4, stop - start), 0, -1):
                if tuple(tokens[start:start + size]) not in derivation.words:
                    continue
                at = start + size
                while at < stop and (tokens[at],) in self.words["skip"] \
                        and not self.forms_of(tokens[at]):
                    at += 1
                for form, end in self.match_forms(tokens, at, stop, fronted) if at < stop \
                        else ():
                    turned = derivation.turns.get((form.relation, form.kind))
                    if turned is not None:
                        return Form(tuple(tokens[start:end]), turned[0], turned[1],
                                    form.lang), end
        return None

    def passive_at(self, tokens, start: int, form: Form) -> bool:
        """Whether the verb ``form`` at ``start`` follows a passive auxiliary ("who *was*
        invited", "qui a *été* critiqué"), not a reflexive one ("qui *s'est* rallié") nor
        as a progressive form ("who is attack*ing*").

        >>> lexicon = load_lexicon()
        >>> [lexicon.passive_at(q.split(), 2, lexicon.forms_of(q.split()[2])[-1])
        ...  for q in ("who was invited", "qui s est rallie", "who is attacking")]
        [True, False, False]
        """
        rule = self.inflections.get(form.lang)
        if form.kind == "verbs" and self.active_of(tokens[start], form) is not None:
            return False  # "who is *tempted*": written for being acted on, passive already
        if (form.words[-1],) in self.words["prepositions"] and len(form.words) > 1:
            return False  # "Carvounas est *fidèle à* qui": the wording's own preposition
            # says who is who; only a bare participle turns ("Macron was *eyed* by whom")
        return (form.kind in ("verbs", "reverse") and start > 0
                and (tokens[start - 1],) in self.words["passive"]
                and not (start > 1 and (tokens[start - 2],) in self.words["reflexives"])
                and not (rule and any(form.words[0].endswith(e) for e in rule.progressive)))

    def active_of(self, word: str, form: Form) -> Form | None:
        """What ``word``, read as the one-word wording ``form``, is right after an auxiliary:
        the active verb of the same relation it is a form of, or None. A noun is the verb
        ("que Mélenchon *a critiqués*": "critiques" the noun, a form of the verb "critique"), a
        participle written for being acted on is the verb that acts ("who *has tempted* the
        most": "tempted", a form of "tempt", which says who tempts).

        >>> lexicon = load_lexicon()
        >>> [lexicon.active_of(w, lexicon.forms_of(w)[-1]).kind for w in ("critiques", "tempted")]
        ['verbs', 'reverse']
        """
        wanted = {"nouns": "verbs", "object_nouns": "verbs", "verbs": "reverse"}.get(form.kind)
        if len(form.words) != 1 or wanted is None:
            return None
        # its own language first, then the other: "qui a *invitée*" is no English "invitee"
        for lang in sorted(self.inflections, key=lambda lang: lang != form.lang):
            for head in self.inflections[lang].variants(word):
                for other in self.forms.get(head, ()):
                    if other.words == (head,) and other.kind == wanted \
                            and other.relation == form.relation and other.lang == lang:
                        return replace(other, words=(word,))
        return None

    def phrase_at(self, cls: str, tokens, start: int, table: str = "words") -> int:
        """Length of the longest phrase of word class ``cls`` at ``start`` (0 when none)."""
        phrases = getattr(self, table)[cls]
        for size in range(min(MAX_PHRASE, len(tokens) - start), 0, -1):
            if tuple(tokens[start:start + size]) in phrases:
                return size
        return 0

    def is_vocabulary(self, word: str) -> bool:
        """Whether a single folded word is one of the question words (never a name alone)."""
        key = (word,)
        return (word in self.forms or word in self.months or key in self.month_parts
                or key in self.relative or key in self.recent
                or any(key in phrases for cls, phrases in self.words.items()
                       if cls != "common_words")
                or any(key in phrases for phrases in self.dates.values())
                or any(key in shape.keywords for shape in self.shapes))

    @cached_property
    def plain_and(self) -> frozenset[str]:
        """The conjunctions that may join two names ("Valls et Loncle"): the first of each
        language's list ("and", "et")."""
        return frozenset(" ".join(p) for p in self.words["conjunctions"] if p in (
            ("and",), ("et",)))

    @property
    def relations(self) -> set[str]:
        forms = [f for group in self.forms.values() for f in group]
        return {f.relation for f in forms} | {f.party_relation for f in forms if f.party_relation} \
            | {f.person_relation for f in forms if f.person_relation} \
            | {r for f in forms for r in f.also} \
            | {r for c in self.compounds for r, _ in c.conditions} | {self.membership} | (
                {self.followers[0]} if self.followers[0] else set())


FOLDED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")  # what fold() leaves as it is


def _phrase(text: str) -> Phrase:
    """The folded words of ``text``; most of questions.toml is written folded already, and
    those phrases skip fold()'s Unicode work (a quarter of reading the file)."""
    return tuple(text.split() if FOLDED.issuperset(text) else fold(text).split())


def _gapped(text: str) -> Phrase:
    """A keyword whose ``*`` (a name) becomes the word ``_``: "where does * stand"."""
    parts = [_phrase(part) for part in text.split("*")]
    return tuple(word for k, part in enumerate(parts) for word in (("_",) if k else ()) + part)


def _variants(phrase: Phrase, contractions: dict[Phrase, list[Phrase]],
              leading: dict[Phrase, list[Phrase]] | None = None,
              agreements: dict[str, list[str]] | None = None) -> list[Phrase]:
    """The phrase, and its contracted forms when it ends with "à" or "de" ("rallié au") or
    starts with an auxiliary the question may have contracted ("is for": "who*'s* for him"),
    and its possessive agreed with another owner ("pris sa carte à": "ont pris *leur* carte
    à", where the plural subject owns it).

    >>> _variants(("is", "for"), {}, {("is",): [("s",)]})
    [('is', 'for'), ('s', 'for')]
    >>> _variants(("pris", "sa", "carte"), {}, {}, {"sa": ["leur"]})
    [('pris', 'sa', 'carte'), ('pris', 'leur', 'carte')]
    """
    found = [phrase]
    found += [phrase[:k] + (other,) + phrase[k + 1:]
              for k, word in enumerate(phrase[1:], start=1)  # never the wording's first word
              for other in (agreements or {}).get(word, ())]
    for tail, replacements in contractions.items():
        found += [words[:-len(tail)] + r for words in list(found) for r in replacements
                  if len(words) > len(tail) and words[-len(tail):] == tail]
    for head, replacements in (leading or {}).items():
        found += [r + words[len(head):] for words in list(found) for r in replacements
                  if len(words) > len(head) and words[:len(head)] == head]
    return found


def _load(path: Path) -> Lexicon:
    try:
        data = parsed(path, lambda source: tomllib.loads(source.decode("utf-8")), "questions")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise QueryError(f"{path}: {exc}") from None
    lexicon = Lexicon()
    contractions = {
        _phrase(key): [_phrase(v) for v in values]
        for key, values in data.get("contractions", {}).items()
    }
    lexicon.contractions = contractions
    leading = {
        _phrase(key): [_phrase(v) for v in values]
        for key, values in data.get("leading_contractions", {}).items()
    }
    agreements = {fold(key): [fold(v) for v in values]
                  for key, values in data.get("agreements", {}).items()}
    own = {lang: {w for cls in WORD_CLASSES for phrase in classes.get(cls, ())
                  for w in _phrase(phrase)} for lang, classes in data.get("words", {}).items()}
    lexicon.language_words = {lang: frozenset(words.difference(*(
        other for name, other in own.items() if name != lang))) for lang, words in own.items()}
    for classes in data.get("words", {}).values():
        for cls in WORD_CLASSES:
            lexicon.words[cls].update(_phrase(w) for w in classes.get(cls, ()))
        for party, words in classes.get("parties", {}).items():
            for word in words:
                lexicon.party_words[_phrase(word)] = party
        for party, words in classes.get("party_names", {}).items():
            for word in words:
                lexicon.party_words[_phrase(word)] = party
                lexicon.party_names.add(_phrase(word))
    for lang, classes in data.get("dates", {}).items():
        for number, names in enumerate(classes.get("months", ()), start=1):
            for name in names:
                lexicon.months[fold(name)] = number
                lexicon.month_langs.setdefault(fold(name), set()).add(lang)
        for cls in DATE_CLASSES:
            lexicon.dates[cls].update(_phrase(w) for w in classes.get(cls, ()))
        for words, (first, last) in classes.get("periods", {}).items():
            lexicon.periods[_phrase(words)] = (int(first), int(last))
        for words, (first, last) in classes.get("across_years", {}).items():
            lexicon.across_years[_phrase(words)] = (first, last)
        for words, (first, last) in classes.get("month_parts", {}).items():
            lexicon.month_parts[_phrase(words)] = (int(first), int(last))
        for words, (month, day) in classes.get("holidays", {}).items():
            lexicon.holidays[_phrase(words)] = (int(month), int(day))
        for words, (unit, end) in classes.get("counted_parts", {}).items():
            if unit not in COUNTED_UNITS or end not in COUNTED_ENDS or "#" not in words.split():
                raise QueryError(f"{path}: counted part {words!r} needs a '#' and [unit, end] "
                                 f"with a unit among {', '.join(COUNTED_UNITS)} and an end among "
                                 f"{', '.join(COUNTED_ENDS)}: {[unit, end]!r}")
            lexicon.counted_parts[tuple(w if w == "#" else fold(w) for w in words.split())] = (
                unit, end)
        for words, (unit, offset) in classes.get("relative", {}).items():
            if unit not in RELATIVE_UNITS or not (isinstance(offset, int) or offset == "-#"):
                raise QueryError(f"{path}: relative date {words!r} needs [unit, offset] with a "
                                 f"unit among {', '.join(RELATIVE_UNITS)}: {[unit, offset]!r}")
            lexicon.relative[tuple(w if w == "#" else fold(w) for w in words.split())] = (
                unit, offset)
        for words, unit in classes.get("recent", {}).items():
            if unit not in RELATIVE_UNITS:
                raise QueryError(f"{path}: recent period {words!r} needs a unit among "
                                 f"{', '.join(RELATIVE_UNITS)}: {unit!r}")
            lexicon.recent[tuple(w if w == "#" else fold(w) for w in words.split())] = unit
        for number, names in enumerate(classes.get("numbers", ()), start=1):
            for name in names:
                lexicon.numbers[fold(name)] = number
    for raw in data.get("compound", []):
        pairs = tuple(tuple(text.split()) for text in raw.get("conditions", ()))
        if not pairs or any(len(p) != 2 or p[1] not in ("subject", "object") for p in pairs):
            raise QueryError(f"{path}: a [[compound]] needs conditions 'RELATION subject|object'")
        lexicon.compounds.append(Compound(
            tuple(_gapped(k) for k in raw.get("keywords", ())), pairs,
            frozenset(fold(w) for w in raw.get("unless_next", ()))))
    for raw in data.get("event", []):
        try:
            event = Event(date.fromisoformat(raw["since"]).isoformat(),
                          date.fromisoformat(raw["until"]).isoformat(), bool(raw.get("bare")))
        except (KeyError, TypeError, ValueError) as exc:
            raise QueryError(f"{path}: an [[event]] needs since and until days: {exc}") from None
        for name in raw.get("names", ()):
            lexicon.events[_phrase(name)] = event
    for group in data.get("forms", []):
        if "relation" not in group or "lang" not in group:
            raise QueryError(f"{path}: a [[forms]] entry needs relation and lang: {group!r}")
        for kind in FORM_KINDS:
            for text in group.get(kind, ()):
                for words in _variants(_phrase(text), contractions, leading, agreements):
                    if words:
                        lexicon.forms[words[0]].append(Form(
                            words, group["relation"], kind, group["lang"],
                            group.get("party_relation"), tuple(group.get("also", ())),
                            bool(group.get("denies", False)), group.get("person_relation"),
                        ))
    lexicon.inflections = _inflections(data, path)
    lexicon.abbreviations = {fold(short): _phrase(words)
                             for short, words in data.get("abbreviations", {}).items()}
    lexicon.accented = {word.lower(): _phrase(words)
                        for word, words in data.get("accented", {}).items()}
    lexicon.pairs = {_phrase(phrase): join for join, phrases in data.get("pairs", {}).items()
                     for phrase in phrases}
    lexicon.content_words = {
        relation: tuple(tuple(fold(w.rstrip("*")) + "*" * w.endswith("*") for w in text.split())
                        for text in texts)
        for relation, texts in data.get("content_words", {}).items()}
    lexicon.possessives = {_gapped(text): _gapped(words)  # "on * s behalf": "*" a name
                           for text, words in data.get("possessives", {}).items()}
    for forms in lexicon.forms.values():
        forms.sort(key=lambda f: -len(f.words))
    for raw in data.get("derived", []):
        try:
            turns = {tuple(k.split()): tuple(v.split()) for k, v in raw["turns"].items()}
        except (KeyError, AttributeError) as exc:
            raise QueryError(f"{path}: a [[derived]] needs words and turns: {exc}") from None
        if any(len(k) != 2 or len(v) != 2 or k[1] not in FORM_KINDS or v[1] not in FORM_KINDS
               for k, v in turns.items()):
            raise QueryError(f"{path}: [[derived]] turns are 'RELATION kind' = 'RELATION kind'")
        lexicon.derivations.append(Derivation(
            frozenset(_phrase(w) for words in raw.get("words", {}).values() for w in words),
            turns))
    for raw in data.get("shape", []):
        lexicon.shapes.append(Shape(
            raw["query"], frozenset(_phrase(k) for k in raw.get("keywords", ())),
            raw.get("needs", ""),
        ))
    lexicon.examples = [(tuple(raw["question"]), raw.get("query"))
                        for raw in data.get("example", [])]
    lexicon.membership = data.get("filters", {}).get("membership", "")
    lexicon.asking = frozenset(data.get("asking", {}).get("relations", ()))
    followers = data.get("followers", {})
    lexicon.followers = (followers.get("relation", ""), tuple(
        sorted((fold(e) for e in followers.get("endings", ())), key=len, reverse=True)))
    for raw in data.get("role", []):
        for word in raw.get("words", ()):
            lexicon.roles[_phrase(word)] = dict(raw.get("asked", {}))
    for raw in data.get("kind", []):
        for word in raw.get("words", ()):
            lexicon.kinds[_phrase(word)] = (raw["kind"], raw.get("unless", ""))
            if "gender" in raw:
                lexicon.genders[_phrase(word)] = raw["gender"]
            if raw.get("after_count", True):
                lexicon.counted_kinds.add(_phrase(word))
            if not raw.get("lists", True):
                lexicon.counted_only.add(_phrase(word))
    return lexicon


def _inflections(data: dict, path: Path) -> dict[str, Inflection]:
    rules = {}
    for lang, raw in data.get("inflections", {}).items():
        try:
            rules[lang] = Inflection(
                tuple(tuple(fold(e) if e else "" for e in group) for group in raw["endings"]),
                tuple(tuple(fold(w) for w in forms) for forms in raw.get("irregular", ())),
                frozenset(fold(w) for w in raw.get("never", ())),
                tuple(fold(e) for e in raw.get("progressive", ())))
        except (KeyError, TypeError) as exc:
            raise QueryError(f"{path}: [inflections.{lang}] needs endings: {exc}") from None
    return rules


@cache
def load_lexicon(path: Path = QUESTIONS_FILE) -> Lexicon:
    """The lexicon of ``questions.toml`` (read once per process)."""
    return _load(path)
