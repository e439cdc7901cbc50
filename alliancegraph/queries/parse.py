"""Reading a question into slots: the conditions on the actors asked about, a party, a window.

The question is folded (accents, case, punctuation gone) and cut into words, each remembering
where it came from, so names are quoted as typed. Then, in order:

1. time expressions (:mod:`~alliancegraph.queries.dates`) are taken out;
2. actor names (full names, surnames, aliases, party names and party words such as
   "socialistes") are found by looking the word groups up in the gazetteer and the store
   (:mod:`~alliancegraph.queries.names`), longest first;
3. the other words are classified with the lexicon (``questions.toml``): relation wordings
   (verb, reverse, noun, object noun), conjunctions, relatives, negations, party prepositions;
4. the words are cut into clauses at conjunctions, at a relative that follows a complete clause
   ("Hamon supporters *who* flirt with Macron") and at each further relation wording; a clause
   without a wording repeats the previous one ("backs Valls but not Hamon");
5. in each clause the actor after the wording is its argument, else the one before it; a verb
   whose actor comes first asks the other way round ("who does Montebourg support"); parties
   left over, or named after a party preposition ("au sein du PS"), filter the actors asked
   about; so does "members of a party" when another condition follows ("which LR members...").

Questions answered by a named query of their own (a timeline, what links two actors, defectors,
cross-camp ties, rejected invitations) are recognised by their keywords first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from os.path import commonprefix

from alliancegraph.graph.store import Store
from alliancegraph.ontology.gazetteer import fold, load_gazetteer
from alliancegraph.queries.cues import cue_readings
from alliancegraph.queries.dates import DateSpan, find_dates, partly_read
from alliancegraph.queries.dictionary import is_dictionary_word
from alliancegraph.queries.errors import (
    AmbiguousNameError,
    NoMatchError,
    QueryError,
    UnknownNameError,
)
from alliancegraph.queries.lexicon import Compound, Form, Lexicon, load_lexicon
from alliancegraph.queries.names import lookup_index
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.queries.slots import name_slots

LIGATURES = {"œ": "oe", "æ": "ae"}  # letters NFKD keeps whole
DETERMINERS = ("the", "his", "her", "their", "le", "la", "les", "l", "ses", "son", "sa", "leurs")
ARTICLES = ("a", "an", "the", "un", "une", "le", "la", "l", "sa", "son")
MAX_NAME_WORDS = 5
ANY_KIND = "any"  # a [[kind]] noun that stands for those asked and keeps every kind
MAX_GAP_WORDS = 3  # the name inside a possessive phrase ("on *Jean-Luc Mélenchon*'s behalf")
MIN_SLIP = 4  # letters of the shortest mistyped name read next to a wording
MAX_RESPELT = 3  # mistyped names read apart from the word glued to them, per question
MAX_WORDS = 60  # a question, not an article: every word group is a name looked up in the store
# a full stop ending a sentence of its own before the question ("I'm writing a memo. Did X
# back Y?"): after a word of two letters or more, so not an initial ("B. Hamon")
SENTENCE_END = re.compile(r"(?<=\w\w)[.!]\s+(?=\w)")
MAX_LEAD_IN = 6  # words of a lead-in before a colon that asks nothing ("Real quick: ...")
TOPIC_MARKS = (":", "\u2014", "\u2013", " - ", " / ")  # what sets a topic off before its question
# what closes a lead-in as a colon does when the question has none ("Sorry to bother you —
# did X ...", « Pardon de vous déranger – X a-t-il ... »); the lead-in's guards (no name, no
# wording, no question word, a few words) keep a topic set off by a dash a topic
LEAD_IN_DASHES = ("\u2014", "\u2013", " - ")
YEAR_APOSTROPHES = ("'", "\u2019", "\u2018")  # "Feb. '17", "in ’17": a year written short
# the word classes that tell who acts after a topic's question word ("Jadot: who *did he*
# invite", "who *got* an invite")
TOPIC_ACTING = ("auxiliaries", "identities", "receiving", "pronouns", "subject_pronouns",
                "inverted", "passive")
MAX_PAIR_WORDS = 6  # the longest pronoun for each actor of a topic list: « au moins l'un des
# deux »
PURPOSE_REACH = 3  # a word of writing within these words of "for" / « pour »: "for *my*
# *seminar* paper", « pour *préparer* »
FRAMING_WORDS = 4  # a framing sentence before a colon has at least these words ("Hamon : ..."
# is a topic, not a framing)
FRAMING_COMMA_WORDS = 6  # a comma ends a framing only after a clause this long ("Hey, doing
# some homework on the primary here, who ..."); « Sans compter le PS, qui ... » is the question's
WINDOW_OPENS = 2  # a date starting within these words of a clause before a comma opens it
# (« Dans la seconde quinzaine de ... »)


@dataclass(frozen=True)
class Condition:
    """One condition on the actors asked about.

    ``asked`` says which end of ``relation`` they are: ``subject`` ("who supports X") or
    ``object`` ("whom does X support"); ``actor`` is the other end (None: anyone).
    ``alternative``: it joins the previous condition by "or" rather than "and".
    """

    relation: str
    asked: str
    actor: str | None
    negated: bool = False
    alternative: bool = False

    def describe(self) -> str:
        other = self.actor or "anyone"
        text = (f"{self.relation} {other}" if self.asked == "subject"
                else f"{other} {self.relation} them")
        return ("not " if self.negated else "") + text


@dataclass
class Interpretation:
    """What a question was understood to ask: a shape or conditions, a party, a window."""

    conditions: list[Condition] = field(default_factory=list)
    party: str | None = None
    outside_party: bool = False  # "but is not in the PS": the party's members are left out
    excluded: list[str] = field(default_factory=list)  # "besides Montebourg": left out by name
    since: str | None = None
    until: str | None = None
    shape: str | None = None
    shape_params: dict[str, str] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    only: str | None = None  # a yes/no question: whether this actor is one of the answer
    together: list[str] = field(default_factory=list)  # ...and these too ("do A and B ...")
    exists: bool = False  # "is Macron backed by socialists": yes when any actor answers
    count: bool = False  # "how many": the answer states the number of actors
    most: bool = False  # "who has the most supporters": the actors with the most partners
    among: list[str] = field(default_factory=list)  # "..., Hamon or Valls": ranked among these
    kind: str | None = None  # "quels partis...": only actors of this kind (party, person)
    gender: str | None = None  # "quelles femmes...": only persons of this gender (f, m)
    corrected: dict[str, str] = field(default_factory=dict)  # typed -> read as ("Vals")
    ignored: list[str] = field(default_factory=list)  # words read as modifiers ("staunch")

    def describe(self) -> str:
        """One line: what the question was understood to ask.

        >>> Interpretation([Condition("SUPPORTS", "subject", "B")], only="A").describe()
        'yes/no: is A one of the actors who SUPPORTS B'
        """
        if self.shape:
            args = ", ".join(f"{k}={v}" for k, v in self.shape_params.items())
            text = f"{self.shape}({args})"
        else:
            text = "actors who " + self.conditions[0].describe() + "".join(
                (" or " if c.alternative else " and ") + c.describe()
                for c in self.conditions[1:]
            )
            if self.most:
                c = self.conditions[0]
                text = (f"actors with the most distinct "
                        f"{'subjects' if c.asked == 'object' else 'objects'} of {c.relation}"
                        + (f" among {', '.join(self.among)}" if self.among else ""))
            if self.exists:
                text = f"yes/no: are there {text}"
            elif self.only and self.together:
                names = " and ".join([self.only, *self.together])
                text = f"yes/no: are {names} each one of the {text}"
            elif self.only:
                text = f"yes/no: is {self.only} one of the {text}"
            elif self.count:
                text = f"how many {text}"
        if self.kind:
            text += f", {self.kind} only"
        if self.gender:
            text += f", gender {self.gender} only"
        if self.party:
            text += f", {'not ' if self.outside_party else ''}in {self.party}"
        if self.excluded:
            text += f", except {', '.join(self.excluded)}"
        if self.since or self.until:
            text += f", claims dated {self.since or '…'} to {self.until or '…'}"
        if self.corrected:
            text += " (read " + ", ".join(f"{typed!r} as {read!r}"
                                          for typed, read in self.corrected.items()) + ")"
        if self.ignored:
            text += " (ignored " + ", ".join(repr(word) for word in self.ignored) + ")"
        return text

    def to_dict(self) -> dict:
        return {
            "text": self.describe(),
            "shape": self.shape,
            "shape_params": self.shape_params,
            "conditions": [
                {"relation": c.relation, "asked": c.asked, "actor": c.actor,
                 "negated": c.negated, "alternative": c.alternative}
                for c in self.conditions
            ],
            "party": self.party,
            "outside_party": self.outside_party,
            "excluded": self.excluded,
            "since": self.since,
            "until": self.until,
            "dates": self.dates,
            "only": self.only,
            "together": self.together,
            "exists": self.exists,
            "count": self.count,
            "most": self.most,
            "among": self.among,
            "kind": self.kind,
            "gender": self.gender,
            "corrected": self.corrected,
            "ignored": self.ignored,
        }


@dataclass
class Token:
    """A folded word and the span of the question it was folded from."""

    word: str
    start: int
    end: int


@dataclass
class Item:
    """A classified word group: ``kind`` is actor, form, conj, rel, neg, pprep, question,
    owner (a preposition left at the end: "the spokeswoman *of*"), unknown or shape;
    ``value`` the actor's name, the Form, or the words."""

    kind: str
    start: int
    end: int
    value: object = None
    actor_kind: str | None = None
    group: bool = False  # a party named by a word for its members ("socialistes", "greens")
    pronoun: bool = False  # "him", "lui": stands for an actor named earlier
    passive: bool = False  # a verb after "was", "été": without an actor, its other end
    clitic: bool = False  # "Hamon, Macron *l*'a-t-il critiqué": resumes an actor before its verb
    head: bool = False  # "les personnalités *qui*...": a relative after a noun for those asked


def tokenize(question: str) -> list[Token]:
    """Folded words with their character spans in ``question``.

    >>> [(t.word, t.start, t.end) for t in tokenize("d'Éric ?")]
    [('d', 0, 1), ('eric', 2, 6)]
    >>> [t.word for t in tokenize("l'Œil")]
    ['l', 'oeil']
    """
    tokens: list[Token] = []
    current, start = "", None
    for index, char in enumerate(question + " "):
        folded = "".join(
            p for p in unicodedata.normalize("NFKD", char) if not unicodedata.combining(p)
        ).lower()
        folded = LIGATURES.get(folded, folded)  # "l'œil" as "l oeil", as the lexicon spells it
        if folded and all(c.isalnum() for c in folded):
            if start is None:
                start = index
            current += folded
        elif start is not None:
            tokens.append(Token(current, start, index))
            current, start = "", None
    return tokens


class Parser:
    """Reads questions against one store (names are looked up there)."""

    def __init__(self, store: Store, lexicon: Lexicon | None = None) -> None:
        self.store = store
        self.lexicon = lexicon or load_lexicon()

    # -- entry point ---------------------------------------------------------------------------

    def parse(self, question: str) -> Interpretation:
        text, corrected = question, {}
        while True:
            try:
                interpretation = self._read(text)
            except UnknownNameError as error:
                respelt = self._respell(text, error.typed)
                if respelt is None and not corrected:
                    interpretation = self._after_lead_in(text, error.typed or "") \
                        or self._without_stray(text, error.typed)
                    if interpretation is not None:
                        return interpretation
                if respelt is None or len(corrected) >= MAX_RESPELT:
                    raise
                text, typed, name = respelt
                corrected[typed] = name
                continue
            except NoMatchError:
                interpretation = None if corrected else (
                    self._after_lead_in(text, None) or self._without_aside(text)
                    or self._by_content_words(text))
                if interpretation is None:
                    raise
            interpretation.corrected.update(corrected)
            return interpretation

    def _after_lead_in(self, question: str, typed: str | None) -> Interpretation | None:
        """The question after a lead-in that says why the analyst asks ("For a fact check,
        did Valls back Macron?", « Pour une vérification rapide, Valls a-t-il soutenu Macron
        ? », "For the record, who backs X?"), when the whole could not be read: a preposition
        and the words up to the first comma, with no name, date or party in them, and the
        rest a question of its own, read so; the lead-in is then reported as ignored.
        ``typed``: the unknown name the whole was refused for, which must be a word of the
        lead-in in lower case ("Zorglub, qui le soutient ?" keeps its error); the rest's own
        unknown name is raised instead ("For the record, who backs zorglub?"). None when there
        is no such lead-in or the rest is no question either."""
        comma = question.find(",")
        opening = tokenize(question[:max(comma, 0)])
        if comma <= 0 or not opening \
                or (opening[0].word,) not in self.lexicon.words["prepositions"]:
            return None  # "zorglub, qui le soutient ?": a topic taken up by its pronoun
        if typed is not None and (typed not in question[:comma] or not typed[:1].islower()):
            return None
        if any(question[t.start:t.end][:1].isupper() for t in opening[1:]) \
                or any(self._is_group_word(t.word) for t in opening) \
                or find_dates([t.word for t in opening], self.lexicon, self._default_year):
            return None  # a name, a party or a date there is part of the question
        try:
            interpretation = self.parse(question[comma + 1:])
        except UnknownNameError:
            raise
        except QueryError:
            return None
        interpretation.ignored.insert(0, question[:comma].strip())
        return interpretation

    def _without_aside(self, question: str) -> Interpretation | None:
        """The question read without an aside set off by two commas that says why the analyst
        asks (« Dites-moi, *pour un exposé*, si X … », "Tell me, *for a memo*, whether X …"),
        when the whole could not be read: a preposition and the words up to the next comma,
        with no name, date or party in them, as :meth:`_after_lead_in` takes them at the
        start; the aside is then reported as ignored. None when there is no such aside or the
        rest is no question either."""
        first = question.find(",")
        second = question.find(",", first + 1) if first > 0 else -1
        if second < 0:
            return None
        aside = tokenize(question[first + 1:second])
        if not aside or (aside[0].word,) not in self.lexicon.words["prepositions"]:
            return None
        text = question[first + 1:second]
        if any(text[t.start:t.end][:1].isupper() for t in aside[1:]) \
                or any(self._is_group_word(t.word) for t in aside) \
                or find_dates([t.word for t in aside], self.lexicon, self._default_year):
            return None  # a name, a party or a date there is part of the question
        try:
            interpretation = self.parse(question[:first] + question[second + 1:])
        except QueryError:
            return None
        interpretation.ignored.insert(0, text.strip())
        return interpretation

    def _without_stray(self, question: str, typed: str | None) -> Interpretation | None:
        """The question read without ``typed``, the unknown name it was refused for, when
        that is a stray word rather than a name ("who is tempted by Macron and *might cross
        over*", « qui a chargé X sans *ménagement* »): typed in lower case, neither the
        question's first word nor its second after anything but a question word (where "does
        *dupont* back X" names the one asked about; "who *tops* the list" has the verb there),
        each of its words an ordinary word of either language
        (:func:`~alliancegraph.queries.dictionary.is_dictionary_word`) or a word of the
        questions' own vocabulary ("candidacy", :attr:`Lexicon.wording_words`) and no slip of
        an actor's name, and the rest a question naming an actor or a ranking; the word is then
        reported as
        ignored. A capitalised word stays a name ("qui soutient Zorglub"), and so does a word
        whose removal leaves no actor ("who supports dupont"). None otherwise."""
        if not typed or typed != typed.lower() or question.count(typed) != 1:
            return None
        at = question.index(typed)
        words = tokenize(typed)
        opening = tokenize(question[:at])
        if not words or not opening or (len(opening) == 1 and not self.lexicon.phrase_at(
                "question", [opening[0].word], 0)) or not all(
                is_dictionary_word(typed[t.start:t.end])
                or t.word in self.lexicon.wording_words for t in words):
            return None
        if any(self._correct_names(typed, [Item("unknown", t.start, t.end, t.word)])
               is not None for t in words):
            return None  # "hamon", "melanchon": a name, however typed
        try:
            interpretation = self.parse(question[:at] + question[at + len(typed):])
        except QueryError:
            return None
        if not (interpretation.shape or interpretation.only or interpretation.most
                or any(c.actor for c in interpretation.conditions)):
            return None
        interpretation.ignored.append(typed.strip())
        return interpretation

    def _by_content_words(self, question: str) -> Interpretation | None:
        """The question read by the words that carry a relation ([content_words] in
        questions.toml: "who campaigned *alongside* X", « qui a plaidé *la cause* de X »), for
        a question no wording matches: it names one actor, and exactly one relation has the
        most of its words. The actor is the one acting (those asked are the relation's
        object) when it stands before those words and nothing but fillers separate it from
        the question word ("who was X hoping to *enlist*", « avec qui X souhaitait-il *nouer
        une alliance* ») or there is no question word, or when the question word follows
        those words (« X / *attirance* pour qui »); otherwise those asked act on it ("who
        finds X *appealing*", "X: who's been taking *swipes*"). A word of receiving turns
        it round (« de qui X a-t-il reçu des *critiques* »). Dates and "how many" are read
        as anywhere; a yes/no question is not read so. None when no such reading holds (the
        question stays refused)."""
        lexicon = self.lexicon
        tokens = tokenize(question)
        words = [t.word for t in tokens]
        taken = [False] * len(words)
        interpretation = Interpretation()
        for span in find_dates(words, lexicon, self._default_year):
            for k in range(span.start, span.end):
                taken[k] = True
            interpretation.since = _later(interpretation.since, span.since)
            interpretation.until = _earlier(interpretation.until, span.until)
            interpretation.dates.append(span.text)
        count_at = self._take_at(words, taken, "count")
        interpretation.count = count_at is not None
        if not interpretation.count and (self._take(words, taken, "yes_no", anywhere=False)
                                         or self._inverted(words, taken)):
            return None  # « de combien d'acteurs X a-t-il ... » counts, inverted as it is
        counted = next((k for k in range(count_at, len(words)) if not taken[k]), None) \
            if count_at is not None else None
        if counted is not None and (words[counted],) in lexicon.counted_kinds:
            # « à combien de *personnes* X a-t-il adressé des reproches »: persons only
            kind = lexicon.kinds[(words[counted],)][0]
            interpretation.kind = None if kind == ANY_KIND else kind
            taken[counted] = True
        names = self._names(question, tokens, words, taken)
        if len({name for _, name, _ in names.values()}) != 1:
            return None
        start = min(names)
        actor = names[start][1]
        for k, (end, _, _) in names.items():
            for i in range(k, end):
                taken[i] = True
        hits = {relation: [k for k in range(len(words)) if not taken[k] and any(
            _stem_match(words, k, phrase) for phrase in phrases)]
            for relation, phrases in lexicon.content_words.items()}
        best = max((len(at) for at in hits.values()), default=0)
        winners = [relation for relation, at in hits.items() if len(at) == best]
        if not best or len(winners) != 1:
            return None
        relation = winners[0]
        asked_at = next((k for k in range(len(words)) if not taken[k]
                         and lexicon.phrase_at("question", words, k)), None)
        fillers = ("auxiliaries", "question", "inverted", "heads", "titles", "prepositions")
        if start > hits[relation][0]:
            acting = False
        elif asked_at is None or asked_at > hits[relation][0]:
            acting = True  # "X / attirance *pour qui*", "X speaks on behalf of *who*"
        elif asked_at < start:
            size = lexicon.phrase_at("question", words, asked_at)
            owned = asked_at + size if tuple(words[asked_at:asked_at + size]) in lexicon.words[
                "owner_question"] else None  # "whose *campaign* is X helping": the thing owned
            acting = all(any((w,) in lexicon.words[c] for c in fillers)
                         or lexicon.phrase_at("yes_no", [w], 0) or k == owned
                         for k, w in enumerate(words[:start]) if k >= asked_at)
        else:
            acting = False  # "X: who's been taking swipes?"
        if any(not taken[k] and (words[k],) in lexicon.words["receiving"]
               for k in range(len(words))):
            acting = not acting
        interpretation.conditions = [
            Condition(relation, "object" if acting else "subject", actor)]
        return interpretation

    def _respell(self, question: str, typed: str | None) -> tuple[str, str, str] | None:
        """A mistyped name read together with the word next to it as one unknown name
        ("offered *Jaodt* an alliance", "the candidates *Aurby* endorsed"): when exactly one
        word of the group is a slip of exactly one actor's name, the question with that
        word written as the name, the word, and the name; else None."""
        if not typed or " " not in typed.strip() or question.count(typed) != 1:
            return None
        at = question.index(typed)
        found = []
        for token in tokenize(typed):
            item = Item("unknown", token.start, token.end, token.word)
            corrected = self._correct_names(typed, [item])
            if corrected is not None and token.word not in fold(corrected[0].value).split():
                found.append((token, corrected[0].value))  # a slip, not a first name:
                # "Martine Zorglub" stays unknown whole
        if len(found) != 1:
            return None
        token, name = found[0]
        start, end = at + token.start, at + token.end
        return question[:start] + name + question[end:], question[start:end], name

    def _read(self, question: str) -> Interpretation:
        tokens = self._in_verb_group(self._possessives([
            Token(word, t.start, t.end) for k, t, last in _positions(tokenize(question))
            for word in self._expand(question, t, k, last)]))  # "spox", "où"
        words = [t.word for t in tokens]
        if not words:
            raise NoMatchError("the question is empty")
        plain = self._uncleft(question, tokens, words)
        if plain is not None:  # "C'est Hamon que soutient Jadot ?": "Jadot soutient Hamon ?"
            return self.parse(plain)
        fronted = self._had_as(question, tokens, words)
        if fronted is not None:  # "Mélenchon a qui comme porte-parole ?": "qui Mélenchon a
            return self.parse(fronted)  # comme porte-parole ?"
        comma = question.find(",")
        opening = [t for t in tokens if t.end <= comma]
        if comma > 0 and opening and len(opening) < len(tokens) \
                and self._all_polite([t.word for t in opening]):
            # "Please, est-ce bien au nom de Mélenchon que ...", "Bonjour, parmi les partis,
            # lesquels ...": politeness before a comma, and the question after it
            return self.parse(question[comma + 1:])
        if comma > 0 and opening and len(opening) < len(tokens) \
                and self._purpose(question, opening):
            # "Pour un article sur les écologistes, à qui Jadot s'est-il rallié ?": what the
            # writer prepares, no party filter or window; the question is after the comma
            return self.parse(question[comma + 1:])
        around = self._exclusion_around([t.word for t in opening]) if comma > 0 else None
        if around is not None and len(opening) < len(tokens):
            # "Leaving Aubry aside, who ...": an exclusion written around what it leaves out,
            # read as the same exclusion before it ("leaving aside Aubry")
            first, last = opening[0], opening[-1]
            return self.parse(f"{question[:first.start]}{around} {question[first.end:last.start]}"
                              f"{question[last.end:]}")
        if comma > 0 and opening and len(opening) < len(tokens) \
                and self._exclusion_alone([t.word for t in opening]):
            # "Sauf Montebourg, quels sont les soutiens de Hamon ?", "Montebourg mis à part,
            # ...": an exclusion opening the question is read where it is read best, after it
            rest = question[comma + 1:].rstrip(" ?!.")
            return self.parse(f"{rest}, {question[:comma]}{question[len(rest) + comma + 1:]}")
        comma = question.rfind(",")
        closing = [t for t in tokens if t.start > comma]
        if comma > 0 and closing and len(closing) < len(tokens) \
                and self._all_polite([t.word for t in closing]):
            # "Who is Castaner the spokesman of, please?": the question before it
            return self.parse(question[:comma] + question[closing[-1].end:])
        paired = self._pair_topic(question, tokens)
        if paired is not None:  # "Hamon or Valls: who attacked either of them?"
            return self.parse(paired)
        if len(words) > MAX_WORDS:
            raise NoMatchError(
                f"the question has {len(words)} words; ask in at most {MAX_WORDS}"
            )
        interpretation = Interpretation()
        taken = [False] * len(words)
        self._correct_months(words)
        dates = find_dates(words, self.lexicon, self._default_year)
        preamble = self._preamble(question, tokens, words, dates)
        if any(d.end <= preamble for d in dates) and any(d.start >= preamble for d in dates):
            # "J'écris un papier sur la primaire : qui a soutenu Valls en janvier": the framing
            # before the colon says what the writer is about; the question's own date bounds it
            for span in dates:
                if span.end <= preamble:
                    for k in range(span.start, span.end):
                        taken[k] = True
            dates = [replace(d, start=d.start + preamble, end=d.end + preamble) for d in
                     find_dates(words[preamble:], self.lexicon, self._default_year)]  # its
            # months take no year from the framing's dates
        partial = partly_read(words, dates, self.lexicon)
        if partial is not None:
            start, end = tokens[partial[0]].start, tokens[partial[1] - 1].end
            raise NoMatchError(
                f"cannot map {question.strip()!r}: the date {question[start:end]!r} is only "
                f"partly understood; closest: {(question[:start] + question[end:]).strip()} | "
                f"ask with a month, a day or a range of days")
        for span in dates:
            for k in range(self._source_before(words, span.start), span.end):
                taken[k] = True
            interpretation.since = _later(interpretation.since, span.since)
            interpretation.until = _earlier(interpretation.until, span.until)
            interpretation.dates.append(span.text)
        colon = question.find(":")
        if colon < 0:  # "Sorry to bother you — did X ...": a dash closes a lead-in as a colon
            colon = min((at for at in (question.find(mark) for mark in LEAD_IN_DASHES)
                         if at > 0), default=-1)
        if colon < 0:  # "Working late tonight. Has X attacked Y?": a sentence of its own
            colon = next((m.start() for m in SENTENCE_END.finditer(question)), -1)
        lead_in = sum(t.end <= colon for t in tokens) if colon > 0 else 0
        self._take_request(words, taken, lead_in)
        self._take_lead_in(question, tokens, words, taken, lead_in)
        framed = self._framing(question, tokens, words, taken, preamble)
        in_dates = {k for d in dates for k in range(d.start, d.end)}
        if dates and all(d.end <= preamble for d in dates) and all(taken[:preamble]) \
                and any(k not in in_dates for k in range(preamble)):
            # "I'm writing an explainer on the primary: who backed X": a date inside a
            # lead-in or a framing sentence (every other word of it passed over) says what the
            # writer is about, no window of the question, which names no date of its own;
            # "Late January 2017: who ..." is a date alone, the question's window
            interpretation.since = interpretation.until = None
            interpretation.dates = []
        if interpretation.since and interpretation.until \
                and interpretation.since > interpretation.until:
            # periods that do not overlap ("in February or March", "en mars-avril", "X in
            # January but Y in March"): the claims of either, not of none
            interpretation.since = min(s.since for s in dates if s.since) if all(
                s.since for s in dates) else None
            interpretation.until = max(s.until for s in dates if s.until) if all(
                s.until for s in dates) else None
        if any(not taken[k] and self.lexicon.phrase_at("unanswerable", words, k)
               for k in range(len(words))):  # "combien de voix", "how old": not in the graph
            raise NoMatchError(self._closest(question, self._items(question, tokens, words,
                                                                   list(taken))))
        most_at = self._take_at(words, taken, "most")  # first: "le plus grand *nombre de*"
        # is a ranking, not a count
        measure_at = self._take_at(words, taken, "measures") if most_at is not None else None
        # "the most criticised, *by number of* critics": what the ranking counts, no count
        count_at = self._take_at(words, taken, "count")
        interpretation.count = count_at is not None
        yes_no = not interpretation.count and (
            self._take(words, taken, "yes_no", anywhere=False) or self._inverted(words, taken)
            or self._take(words, taken, "yes_no_marks", anywhere=True)
            or self._yes_no_after_aside(question, tokens, words, taken))
        compound = self._compound(words, taken)
        noun_at = self._noun_after_question(words, taken)
        if count_at is not None and (noun_at is None or (
                words[noun_at],) not in self.lexicon.kinds):  # "how many *parties* did X
            # attack", "tell me how many *people*..."
            after = next((k for k in range(count_at, len(words)) if not taken[k]), None)
            if after is not None and after + 1 < len(words) and (
                    words[after],) in self.lexicon.words["identities"] and (
                    words[after + 1],) in self.lexicon.counted_kinds:
                taken[after] = True  # "of those X invited, how many *are* parties": the
                after += 1  # copula says what those counted are
            while after is not None and after + 1 < len(words) and (
                    words[after],) in self.lexicon.words["skip"] \
                    and words[after] not in ARTICLES + DETERMINERS and (
                    words[after + 1],) in self.lexicon.counted_kinds:
                taken[after] = True  # "how many *political* parties": a filler before the
                after += 1  # kind counted
            if after is not None and all(taken[count_at:after]) and (
                    words[after],) in self.lexicon.counted_kinds:
                noun_at = after
            elif noun_at is not None and (words[noun_at],) not in self.lexicon.roles:
                noun_at = None
        noun = tuple(words[noun_at:noun_at + 1]) if noun_at is not None else ()
        topics = self._topics(question, tokens, words, dates, framed)
        items = self._in_capacity(tokens, words,
                                  self._grouped(self._items(question, tokens, words, taken,
                                                            topics)))
        kind, unless = self.lexicon.kinds.get(noun, (None, ""))
        if noun in self.lexicon.counted_only and not interpretation.count:
            kind = ANY_KIND  # "which *people* did X invite": whoever X invited, as "who" asks
        either = self._either_kind(words, noun_at) if kind else None
        if either is not None:  # "which *parties or leaders*": actors of both kinds
            either, kind = either
        if kind:  # "quels *partis* sont tentés par X": the noun keeps one kind of actor...
            without = list(taken)
            without[noun_at] = True
            for k in either or ():
                without[k] = True
            rest = self._grouped(self._items(question, tokens, words, without))
            wordings = [it.value for it in rest if it.kind == "form"]
            lone_party = not wordings and unless != self.lexicon.membership and any(
                it.kind == "actor" and it.actor_kind == "party" for it in rest)
            if (wordings and all(unless not in (f.relation, f.party_relation)
                                 for f in wordings)) or lone_party:
                # "quel responsable est à LFI": a party alone, its members (persons)
                items = rest
            else:  # ...unless it names the other end ("à quel *parti* appartient X")
                kind = None
        interpretation.corrected = {question[t.start:t.end]: w for t, w in zip(
            tokens, words, strict=True) if t.word != w}
        self._description(question, tokens, words, taken, items, noun_at)
        slots = name_slots(question, tokens, items, self.lexicon)
        slots += [it for it in self._slips_by_wordings(question, items)
                  if not any(it is slot for slot in slots)]
        if slots:  # "Zorglub, il critique qui ?": a name the graph lacks, never dropped
            return self._named_slots(question, items, slots, interpretation)
        if compound is not None:
            return self._compound_conditions(question, items, compound, interpretation)
        if self._whose_noun(items, interpretation) \
                or self._shape(items, words, taken, interpretation, yes_no):
            return interpretation
        first = next((it for it in items if it.kind != "topic"), None)
        yes_no = yes_no or (not interpretation.count and most_at is None and (
            _statement(items) or self._owned(items, tokens, words)))
        if yes_no and first is not None and first.kind == "unknown":
            # "did *Martine* back Benoît?": the actor the answer is about, read as a name now
            corrected = self._correct_names(question, items)
            if corrected is not None:
                interpretation.corrected.update(
                    {question[it.start:it.end]: it.value for it, was in zip(
                        corrected, items, strict=True) if was.kind == "unknown"})
                first = corrected[items.index(first)]
                items = corrected
        first = _subject_after_topic(items, first)
        if yes_no and first is not None and first.kind == "actor" and not first.group:
            # "does Valls support Hamon", "Loncle est-il tenté par Macron": the first actor
            # is the one the answer is about, the rest is read as any question
            interpretation.only = first.value
            at = items.index(first)
            while at + 2 < len(items) and items[at + 1].kind == "conj" \
                    and items[at + 1].value in self.lexicon.plain_and \
                    and items[at + 2].kind == "actor" and not items[at + 2].group:
                # "est-ce que Valls *et Loncle* soutiennent Macron": each of them is asked about
                interpretation.together.append(items[at + 2].value)
                items = items[:at + 1] + items[at + 3:]
            items = [it for it in items if it is not first]
        elif yes_no and most_at is None and compound is None and not any(
                it.kind == "question" and not it.head for it in items):  # "can you *list*...":
            # a request; "anyone *who* criticised Jadot?" is still whether there is any
            # "is anyone tempted by Hamon?", "est-ce que des écologistes soutiennent Hamon ?":
            # whether there are any
            interpretation.exists = True
        role = self.lexicon.roles.get(noun, {})
        try:
            self._conditions(question, items, interpretation, role)
        except UnknownNameError:
            corrected = self._correct_names(question, items)
            if corrected is None:
                kept = _without_modifiers(items)
                if kept is None:
                    raise
                interpretation.ignored = [question[it.start:it.end] for it in items
                                          if not any(it is k for k in kept)]
                items = kept
                try:
                    self._conditions(question, items, interpretation, role)
                except UnknownNameError:  # "wich person criticize *vals*": a modifier
                    # dropped, the slip of a name left is read as the name still
                    corrected = self._correct_names(question, items)
                    if corrected is None:
                        raise
                    interpretation.corrected.update(
                        {question[it.start:it.end]: it.value for it, was in zip(
                            corrected, items, strict=True) if was.kind == "unknown"})
                    items = corrected
                    self._conditions(question, items, interpretation, role)
            else:
                interpretation.corrected.update(
                    {question[it.start:it.end]: it.value for it, was in zip(
                        corrected, items, strict=True) if was.kind == "unknown"})
                self._conditions(question, corrected, interpretation, role)
        self._one_window(question, tokens, items, dates)
        if framed and self._else(words, framed[-1] + 1):
            # "I keep hearing that Mélenchon turned Hamon down; who else has rebuffed Hamon":
            # the persons the framing names, less those the question names again, are left out
            named = {it.value for it in items if it.kind == "actor"}
            interpretation.excluded += [
                t.value for t in topics.values() if t.actor_kind == "person"
                and t.value not in named and t.value not in interpretation.excluded]
        groups = {it.value for it in items if it.kind == "actor" and it.group}
        if interpretation.only and not interpretation.together \
                and len(interpretation.conditions) == 1 and interpretation.party is None \
                and interpretation.conditions[0].actor in groups \
                and interpretation.conditions[0].relation != self.lexicon.membership:
            # "Macron est-il soutenu par des socialistes ?": are there socialists who do
            # (but "does Jadot belong to *the Greens*" asks about the party itself)
            c = interpretation.conditions[0]
            interpretation.conditions = [replace(
                c, asked="object" if c.asked == "subject" else "subject",
                actor=interpretation.only)]
            interpretation.party, interpretation.only = c.actor, None
            interpretation.exists = True
        elif interpretation.only and not interpretation.together and most_at is None \
                and len(interpretation.conditions) == 1 \
                and interpretation.conditions[0].actor is None and any(
                    it.kind == "form" and it.value.kind == "nouns" for it in items):
            # "Does Hamon have green supporters?": are there supporters of Hamon (in EELV)
            interpretation.conditions = [replace(interpretation.conditions[0],
                                                 actor=interpretation.only)]
            interpretation.only, interpretation.exists = None, True
        interpretation.kind = None if kind == ANY_KIND else kind
        interpretation.gender = self.lexicon.genders.get(noun) if kind else None
        if most_at is not None:
            received = any(self.lexicon.phrase_at("receiving", words, k)
                           for k in range(most_at))
            identity = most_at > 0 and (words[most_at - 1],) in self.lexicon.words["identities"]
            most_end = tokens[most_at + self.lexicon.phrase_at("most", words, most_at) - 1].end
            self._rank(interpretation, items, tokens[most_at].start, received,
                       most_end if identity else None,
                       tokens[measure_at].start if measure_at is not None else None)
        self._refuse_unread(question, items, interpretation)
        return interpretation

    def _refuse_unread(self, question: str, items: list[Item],
                       interpretation: Interpretation) -> None:
        """Refuse a reading that left a relation word unread ("which allies has X *tried to
        woo*": a wording of invitations, read as X's supporters), rather than answer without it:
        such a word may say another relation or turn the direction round, so the answer would
        be a confident guess; the analyst gets the closest readings instead, the unread words
        named. What counts is :meth:`_unread`'s; a word the lexicon knows as a relation's that
        never changes the reading is a filler ([words.*] fillers in questions.toml)."""
        unread = self._unread(question, items, interpretation)
        if unread:
            raise NoMatchError(self._closest(question, items)
                               + f" (unread: {', '.join(repr(w) for w in unread)})")

    def _unread(self, question: str, items: list[Item],
                interpretation: Interpretation) -> list[str]:
        """The relation words of ``items`` the reading did not take (see
        :meth:`_refuse_unread`), as typed: a verb wording whose relation no condition (nor the
        party filter, a membership) asks about, unless it is governed by a wording next to it
        or introduced by a complement ("an offer *to* join forces": what the offer is about) or
        stands in a scene-setting clause before the question word; and a content word of one
        relation left unread when no condition asks about that relation."""
        read = {c.relation for c in interpretation.conditions}
        if interpretation.shape or not read:
            return []
        if interpretation.party:  # "dans les rangs du PS", "holds a PS card": the filter
            read.add(self.lexicon.membership)
        fillers = self.lexicon.words["fillers"]
        asked = next((it.start for it in items if it.kind in ("question", "rel")), 0)
        lead_in = question.rfind(",", 0, asked)  # "As February drew to a close, who ...": a
        # clause before the question word, set off by a comma, sets the scene
        found = []
        for k, item in enumerate(items):
            typed = question[item.start:item.end]
            if item.kind == "form":
                form = item.value
                beside = [it.kind for it in items[max(k - 1, 0):k + 2] if it is not item]
                governed = "form" in beside or self._after_complement(question, item.start)
                if not governed and item.end > lead_in and form.kind in ("verbs", "reverse") \
                        and (form.words[0],) not in fillers \
                        and not read & {form.relation, form.party_relation,
                                        form.person_relation, *form.also}:
                    found.append(typed)
                continue
            if item.kind != "unknown" or typed in interpretation.ignored \
                    or typed in interpretation.corrected:
                continue
            for token in tokenize(typed):
                relations = self.lexicon.relation_words.get(token.word)
                if relations and not read & relations and (token.word,) not in fillers:
                    found.append(typed[token.start:token.end])
        return found

    def _take_request(self, words: list[str], taken: list[bool], lead_in: int = 0) -> None:
        """A request opening the question ("*Dis-moi* pour qui roule Hanotin ?", "*Can you
        tell me* how many people..."), before a question word, a yes/no opening or "how
        many" (dates aside), or one that is the whole lead-in before a colon ("*Petite
        question* : Valls soutient Macron ?"), is passed over: the question proper starts
        after it."""
        start = 0
        while start < len(words) and self._polite(words[start]):
            start += 1  # "Salut, *tu sais* qui...": after a greeting too
        size = self.lexicon.phrase_at("requests", words, start)
        end = start + size
        if not size or any(taken[start:end]):
            return
        rest = [k for k in range(end, len(words)) if not taken[k]]
        following = rest[:2]  # "à quel"
        if any(self.lexicon.phrase_at(cls, words, k) for k in following
               for cls in ("question", "yes_no", "count", "most")) or any(
                self.lexicon.phrase_at("question", words, k) for k in rest[2:]) \
                or self._inverted(words, [k < end or t for k, t in enumerate(taken)]) \
                or end == lead_in:
            # or a question word further on: "tu peux me dire Mélenchon est de *quel*
            # parti", "pouvez-vous me dire Chaibi est le porte-voix de *qui*"; or an
            # inverted subject: "une petite question : Jadot *a-t-il* soutenu Hamon ?"
            taken[:end] = [True] * end

    def _source_before(self, words: list[str], start: int) -> int:
        """Where a date's source starts: "*according to the* articles from February", "*d'après*
        la presse de mars", "*in the* claims from January" (sources and articles right before
        the date's own words) say which articles, as the date does; else ``start``."""
        found = at = start
        while at > 0:
            size = next((n for n in range(min(3, at), 0, -1)
                         if tuple(words[at - n:at]) in self.lexicon.words["sources"]), 0)
            if size:
                found = at = at - size
            elif words[at - 1] in ARTICLES:
                at -= 1  # taken only with a source before it
            else:
                break
        return found

    def _take_lead_in(self, question: str, tokens: list[Token], words: list[str],
                      taken: list[bool], lead_in: int) -> None:
        """A few words before a colon that name no actor, hold no wording and ask nothing
        ("*Real quick*: did Valls back Macron?", "*Juste pour vérifier* : Jadot soutient
        Hamon ?", "*Sorry, one more*: who backs Hamon?") are passed over, the question
        proper being after the colon. Not when a pronoun after it takes the words up
        ("Zorglub : qui le soutient ?": a name the graph lacks, see queries/slots.py); a
        pronoun inside a wording or "the most" takes nothing up ("who has thrown *their*
        weight behind X", "qui est *le* plus critiqué"), nor an article before a name or a
        noun ("a-t-elle critiqué *le* Parti socialiste", "est-elle *le* porte-voix de X").
        A modal and "you" opening the words ask nothing of their own ("*Could you* check
        something for me: ...", « *Pourriez-vous* vérifier un point : ... »)."""
        free = [k for k in range(lead_in) if not taken[k]]
        opener = self.lexicon.phrase_at("request_openers", words, free[0]) if free else 0
        asking = free[opener:]  # "*Could you* check something for me: ...": a request
        rest = [k for k in range(lead_in, len(words)) if not taken[k]
                and question[tokens[k].start - 1:tokens[k].start] != "-"]  # not "est-*il*"
        names = self._names(question, tokens, words, taken)
        worded = {j for k in range(lead_in, len(words))  # "thrown *their* weight behind",
                  for end in [k + self.lexicon.phrase_at("most", words, k)] + [  # "*le* plus"
                      end for _, end in self.lexicon.match_forms(words, k)]
                  for j in range(k, end)} | {
            k for k in rest if k + 1 in names or k + 1 < len(words) and any(  # "*le* PS"
                form.kind in ("nouns", "object_nouns")
                for form, _ in self.lexicon.match_forms(words, k + 1))}
        if not free or len(free) > MAX_LEAD_IN or len(rest) < 2 or any(
                self.lexicon.phrase_at(cls, words, k) for k in asking
                for cls in ("question", "yes_no", "count")) or any(
                self.lexicon.match_forms(words, k, lead_in) for k in free) or any(
                (words[k],) in self.lexicon.words[cls] for k in rest if k not in worded
                for cls in ("resumptives", "clitics")):
            return
        if self._names(question, tokens, words, [k not in free for k in range(len(words))]):
            return
        for k in free:
            taken[k] = True

    def _expand(self, question: str, token: Token, k: int, last: bool) -> tuple[str, ...]:
        """The words ``token`` stands for: an abbreviation's ("spox", "nb"), or, past the
        first word, an accented word's that folding would make another ("encarté *où*":
        "dans quel parti", not "ou", or), typed without its accent too when it ends the
        question ("il est encarte ou ?": no "or" ends one); two digits after an apostrophe
        are a year of this century ("Feb. *'17*": 2017, not the 17th); else its own word."""
        typed = question[token.start:token.end].lower()
        if len(typed) == 2 and typed.isdigit() and question[token.start - 1:token.start] in \
                YEAR_APOSTROPHES and not question[token.start - 2:token.start - 1].isalnum():
            return (f"20{typed}",)
        accented = self.lexicon.accented
        if k and typed in accented:
            return accented[typed]
        if k and last:
            found = next((words for word, words in accented.items()
                          if fold(word) == token.word), None)
            if found is not None:
                return found
        return self.lexicon.abbreviations.get(token.word, (token.word,))

    def _after_auxiliary(self, words: list[str], i: int,
                         names: dict[int, tuple[int, str, str]] | None = None) -> bool:
        """Whether ``words[i]`` follows an auxiliary, directly or past an inverted subject
        and its linking letter ("que Mélenchon *a* critiqués", "quels élus Mélenchon *a-t-il*
        critiqués"), or past the name of ``names`` that ends right before it, the subject
        the auxiliary was moved before ("how many people *has* Macron tempted": Macron
        tempts)."""
        lexicon = self.lexicon
        start = next((k for k, (end, _, _) in (names or {}).items() if end == i), None)
        if start is not None and start and (words[start - 1],) in lexicon.words[
                "auxiliaries"]:
            return True
        for k in range(i - 1, max(i - 4, -1), -1):
            if (words[k],) in lexicon.words["auxiliaries"]:
                return True
            if not ((words[k],) in lexicon.words["inverted"]
                    or len(words[k]) == 1 and (words[k],) in lexicon.words["skip"]):
                return False
        return False

    def _after_receiving(self, words: list[str], i: int) -> bool:
        """Whether ``words[i]`` follows a verb of getting (``receiving``), past an article
        ("did Hamon *receive* support", "*won an* endorsement"): what is got is a noun. Not
        one that also makes a passive ("who *got* attacked", "who *got* an invite", where
        the wordings say it already)."""
        k = i - 1 if i and words[i - 1] in ARTICLES else i
        return any(self.lexicon.phrase_at("receiving", words, k - size) == size
                   and not self.lexicon.phrase_at("passive", words, k - size)
                   for size in (1, 2) if k - size >= 0)

    def _split_membership(self, items: list[Item]) -> list[Item]:
        """"mais *n'appartient pas aux* Verts": a French negation splits a membership verb
        from its contracted preposition, which then reads as a party preposition (a filter,
        the negation lost); the party is the verb's own actor, and the preposition goes."""
        membership = self.lexicon.membership
        return [it for k, it in enumerate(items) if not (
            it.kind == "pprep" and 2 <= k < len(items) - 1 and items[k - 1].kind == "neg"
            and items[k - 2].kind == "form"
            and membership in (items[k - 2].value.relation, items[k - 2].value.party_relation)
            and items[k + 1].kind == "actor" and items[k + 1].actor_kind == "party")]

    def _grouped(self, items: list[Item]) -> list[Item]:
        """The items with memberships read as groups where they name one (below)."""
        return self._members_as_group(self._split_membership(self._part_of_group(
            self._repeated_preposition(items))))

    def _repeated_preposition(self, items: list[Item]) -> list[Item]:
        """"Qui s'en est pris à Hamon *et au* PS", "aussi bien à Hamon *qu'au* Parti
        socialiste": after a wording ending with "à" or "de", its actor and "and" / "or" /
        "que", the contracted preposition before another actor is the wording's own, repeated
        for a second object, not "in the party" (a filter: "qui soutient Hamon *au* PS")."""
        dropped = set()
        for k in range(3, len(items)):
            form, actor, joint, prep = items[k - 3], items[k - 2], items[k - 1], items[k]
            if prep.kind == "pprep" and joint.kind in ("conj", "rel", "or") \
                    and actor.kind == "actor" and form.kind == "form" \
                    and tuple(str(prep.value).split()) in self.lexicon.contractions.get(
                        form.value.words[-1:], ()) \
                    and k + 1 < len(items) and items[k + 1].kind == "actor":
                dropped.add(k)
        return [it for k, it in enumerate(items) if k not in dropped]

    def _part_of_group(self, items: list[Item]) -> list[Item]:
        """"Who is *part of* Valls's camp", "who is *part of* the Valls team": a membership
        verb before a person's group named by another relation's noun is being one of that
        group (the noun's subjects), not a membership of the person."""
        membership = self.lexicon.membership

        def group_noun(j: int) -> bool:
            return j < len(items) and items[j].kind == "form" \
                and items[j].value.kind == "nouns" and items[j].value.relation != membership

        dropped = set()
        for k, it in enumerate(items):
            if it.kind != "form" or it.value.relation != membership \
                    or it.value.kind != "verbs":
                continue
            person = k + 1 < len(items) and items[k + 1].kind == "actor" \
                and items[k + 1].actor_kind == "person" and not items[k + 1].group
            if group_noun(k + 1) or (person and group_noun(k + 2)):
                dropped.add(k)
        return [it for k, it in enumerate(items) if k not in dropped]

    def _members_as_group(self, items: list[Item]) -> list[Item]:
        """"Which *members of the PS* did Mélenchon reject", "quels *membres du PS* Hamon
        a-t-il invités", "which *PS members* does Valls back": right after the question word,
        a party's members asked about under another relation are the party as a group, as
        "which socialists" (a filter on the actors asked about, whichever end they are)."""
        membership = self.lexicon.membership

        def members(item: Item) -> bool:
            return item.kind == "form" and item.value.relation == membership \
                and item.value.kind != "reverse"

        def party(item: Item) -> bool:
            return item.kind == "actor" and item.actor_kind == "party" and not item.pronoun

        at = 0  # past the question words ("please tell me *which* members...")
        while at + 1 < len(items) and items[at + 1].kind == "question":
            at += 1
        if len(items) < at + 4 or items[at].kind != "question" or not any(
                it.kind == "form" and it.value.relation != membership
                for it in items[at + 3:]):
            return items
        first, second = items[at + 1], items[at + 2]
        if not (members(first) and party(second) or party(first) and members(second)):
            return items
        found = first if party(first) else second
        return [*items[:at + 1], replace(found, group=True), *items[at + 3:]]

    def _had_as(self, question: str, tokens: list[Token], words: list[str]) -> str | None:
        """A question word after a verb of having and before a role ("Mélenchon *a qui comme*
        porte-parole ?", "melanchon il a ki comme porte parol") put first, or None: folded,
        « a qui » reads as « à qui » (to whom), but a verb of having typed "a" after the one
        who has, then the question word and a capacity word (``possessions``, ``question``,
        ``capacities``), asks whom that actor has in the role, as "qui Mélenchon a comme
        porte-parole ?" does."""
        lexicon = self.lexicon
        for k in range(1, len(words) - 2):
            written = question[tokens[k].start:tokens[k].end]
            if (words[k],) in lexicon.words["possessions"] and written == fold(written) \
                    and lexicon.phrase_at("question", words, k + 1) == 1 \
                    and lexicon.phrase_at("capacities", words, k + 2):
                asked = tokens[k + 1]
                return (f"{question[asked.start:asked.end]} {question[:asked.start]}"
                        f"{question[asked.end:]}")
        return None

    def _uncleft(self, question: str, tokens: list[Token], words: list[str]) -> str | None:
        """A cleft yes/no question said plainly, or None ("*C'est* Hamon *que* soutient Jadot
        ?": "Jadot soutient Hamon ?"; "Est-ce bien au nom de Mélenchon que parle Chaibi ?";
        "Was it Valls who attacked Hamon?": "Valls attacked Hamon ?"). The opening
        (``clefts``) and the relative after the part put first, which must name an actor,
        are taken out; what follows is said first when it starts with a name, or with its
        last name first when it ends with one after a ``cleft_objects`` relative (the French
        subject after its verb), else after that part."""
        lexicon = self.lexicon
        opening = lexicon.phrase_at("clefts", words, 0)
        relative = next((k for k in range(opening + 1, min(len(words), opening + 8))
                         if (words[k],) in lexicon.words["relatives"]), None)
        if not opening or relative is None or relative + 1 >= len(words):
            return None
        def span(a: int, b: int) -> str:
            return question[tokens[a].start:tokens[b - 1].end]

        if not self._names(question, tokens[opening:relative], words[opening:relative],
                           [False] * (relative - opening)):
            return None  # "c'est vrai que ...": no part put first
        rest = list(range(relative + 1, len(words)))
        names = self._names(question, [tokens[k] for k in rest], [words[k] for k in rest],
                            [False] * len(rest))
        focus, after = span(opening, relative), span(relative + 1, len(words))
        if 0 in names:
            return f"{after} {focus} ?"  # "que Loncle soutient": Loncle first
        last = next((i for i, (end, _, _) in names.items() if end == len(rest)), None)
        if (words[relative],) in lexicon.words["cleft_objects"]:
            if last is None:
                return None
            verb = span(relative + 1, relative + 1 + last) if last else ""
            return f"{span(relative + 1 + last, len(words))} {verb} {focus} ?"
        return f"{focus} {after} ?"  # "qui tente Loncle": the part put first is the subject

    def _exclusion_around(self, words: list[str]) -> str | None:
        """The exclusion phrase of two words written around what it leaves out, the first word
        opening ``words`` and the second ending them ("*leaving* Aubry *aside*"), with no word
        of the questions' vocabulary between; None otherwise."""
        if len(words) < 3:
            return None
        phrase = (words[0], words[-1])
        if phrase not in self.lexicon.words["party_exclusions"] or any(
                self.lexicon.is_vocabulary(word) for word in words[1:-1]):
            return None
        return " ".join(phrase)

    def _pair_topic(self, question: str, tokens: list[Token]) -> str | None:
        """The question proper with a list of names set off as its topic put in place of the
        pronoun that stands for each of them (« Macron ou Valls : qui a attaqué *l'un des
        deux* ? »: "qui a attaqué Macron ou Valls"), joined as the pronoun says ("either of
        them": or, "both of them": and, whatever joined the list); None unless the topic is
        two names or more and the words joining them, nothing else."""
        mark = min((at for at in (question.find(m) for m in TOPIC_MARKS) if at > 0), default=-1)
        head = [t for t in tokens if t.end <= mark]
        rest = [t for t in tokens if t.start > mark]
        if len(head) < 3 or not rest:
            return None
        words = [t.word for t in head]
        names = self._names(question, head, words, [False] * len(words))
        named = {k for i, (end, _, _) in names.items() for k in range(i, end)}
        if len(names) < 2 or any(
                k not in named and not any((words[k],) in self.lexicon.words[cls]
                                           for cls in ("conjunctions", "disjunctions"))
                for k in range(len(words))):
            return None
        later = [t.word for t in rest]
        pairs = self.lexicon.pairs
        for k in range(len(later)):
            size = next((n for n in range(min(MAX_PAIR_WORDS, len(later) - k), 0, -1)
                         if tuple(later[k:k + n]) in pairs), 0)
            if size:
                join = pairs[tuple(later[k:k + size])]
                listed = f" {join} ".join(question[head[i].start:head[end - 1].end]
                                          for i, (end, _, _) in sorted(names.items()))
                return (f"{question[mark + 1:rest[k].start]}{listed}"
                        f"{question[rest[k + size - 1].end:]}")
        return None

    def _exclusion_alone(self, words: list[str]) -> bool:
        """Whether ``words`` are an exclusion word and what it leaves out, nothing else, in
        either order ("sauf Montebourg", "Montebourg mis à part")."""
        lexicon = self.lexicon
        size = lexicon.phrase_at("party_exclusions", words, 0)
        if size and size < len(words):
            rest = words[size:]
        else:
            rest = next((words[:k] for k in range(1, len(words))
                         if lexicon.phrase_at("party_exclusions", words, k) == len(words) - k),
                        None)
        return bool(rest) and not any(lexicon.is_vocabulary(word) for word in rest)

    def _polite(self, word: str) -> bool:
        """A word of politeness ("please", "bonjour", "merci"), opening no question."""
        return (word,) in self.lexicon.words["politeness"] and not any(
            self.lexicon.phrase_at(cls, [word], 0)
            for cls in ("question", "yes_no", "count", "clefts", "conjunctions"))

    def _all_polite(self, words: list[str]) -> bool:
        """Whether ``words`` are words and phrases of politeness only ("Bonjour", "Excusez-moi",
        "excuse me", "Sorry"): a phrase of several words is polite whole, whatever its words."""
        k = 0
        while k < len(words):
            size = self.lexicon.phrase_at("politeness", words, k)
            if not size or (size == 1 and not self._polite(words[k])):
                return False
            k += size
        return True

    def _purpose(self, question: str, opening: list[Token]) -> bool:
        """Whether ``opening``, the words before a comma, is a clause of purpose that says
        what the writer prepares ("*For my thesis on the Socialist Party*, who ...", « *Pour
        préparer un papier*, qui ... »): a purpose word first, a word of writing among the
        next few, and no person named, whom a pronoun after the comma could take up ("for a
        piece on Hamon, who backed *him*"). Its parties and dates are what the piece is about.
        """
        words = [t.word for t in opening]
        lexicon = self.lexicon
        if not lexicon.phrase_at("purposes", words, 0) or not any(
                lexicon.phrase_at("writings", words, k)
                for k in range(1, min(len(words), PURPOSE_REACH + 1))):
            return False
        names = self._names(question, opening, words, [False] * len(words))
        return all(kind == "party" for _, _, kind in names.values())

    def _preamble(self, question: str, tokens: list[Token], words: list[str],
                  dates: list[DateSpan]) -> int:
        """Where the question proper starts after a framing sentence and a colon or a
        semicolon, or a sentence of its own ended by a full stop ("J'écris un papier sur la
        primaire : qui...", "I'm writing a memo. Did X...", "Quick check before we
        publish: is it right that..."), an exclamation or a dash ("Morning! Prepping a note —
        who ..."), or a clause of its own before a comma and a question word, ``dates`` aside
        ("Hey, doing some homework on the primary here, who ..."): the first word after it
        when a question word follows it, or a yes/no opening starts it, and none comes before
        it; else 0."""
        marks = [at for at in (question.find(":"), question.find(";")) if at >= 0]
        marks += [m.start() for m in SENTENCE_END.finditer(question)][:1]
        colon = min(marks, default=-1)
        dated = {k for d in dates for k in range(d.start + 1, d.end + 1)}  # « 23 janvier –
        # 23 février »: a dash inside a date or right after one is no mark
        marks += [at for dash in LEAD_IN_DASHES for at in [question.find(dash)] if at > 0
                  and sum(t.end <= at for t in tokens) not in dated]
        comma = question.rfind(",")
        before = sum(t.end <= comma for t in tokens)
        if comma > 0 and FRAMING_COMMA_WORDS <= before < len(tokens) \
                and self.lexicon.phrase_at("question", words, before) \
                and not any(d.start < WINDOW_OPENS or d.end == before for d in dates) \
                and not self._names(question, tokens, words,
                                    [k >= before for k in range(len(words))]):  # a date
            # opening or closing the clause is the question's window (« Dans la seconde
            # quinzaine de janvier 2017, qui ... », "As February 2017 drew to a close, who
            # ..."), one inside it what the writer is about ("doing some homework on the
            # primary here, who ..."); a clause naming someone is the question's own (« Si on
            # laisse de côté Aubry, qui ... »), a request after the comma a question of its own
            marks.append(comma)
        for mark in sorted(marks):  # "Morning! Prepping a briefing for my editor — who's
            # been backing X?", "Hey, doing some homework on the primary here, who ...":
            # the last mark before the question words ends the framing
            after = next((k for k, t in enumerate(tokens) if t.start > mark), None)
            if after is not None and not any(
                    self.lexicon.phrase_at(cls, words, k) for k in range(after)
                    for cls in ("question", "yes_no", "count")):
                colon = max(colon, mark)
        after = next((k for k, t in enumerate(tokens) if t.start > colon), None)
        if colon < 0 or after is None or any(
                self.lexicon.phrase_at(cls, words, k) for k in range(after)
                for cls in ("question", "yes_no", "count")):
            return 0
        return after if any(self.lexicon.phrase_at("question", words, k)
                            for k in range(after, len(words))) \
            or self.lexicon.phrase_at("yes_no", words, after) else 0

    def _framing(self, question: str, tokens: list[Token], words: list[str],
                 taken: list[bool], preamble: int) -> list[int]:
        """The words of a framing sentence before the question proper, taken out: a sentence
        of a few words that says what the writer is about and asks nothing ("Quick sanity
        check before we publish: ..."), or one that states what the question's "else" leaves
        out ("I keep hearing that Mélenchon turned Hamon down; who else ..."), or one that
        names a relation of no one ("Je travaille sur les porte-parole des candidats ; qui
        ..."). A framing that holds a relation wording and a name otherwise stays part of the
        question ("Hamon's supporters in January: which of them ..."). Its names are topics
        (see _topics)."""
        framed = [k for k in range(preamble) if not taken[k]]
        if len(framed) < FRAMING_WORDS:
            return []
        wording = any(self.lexicon.match_forms(words, k, preamble) for k in framed)
        if wording and not self._else(words, preamble) and self._names(
                question, tokens, words, [k not in framed for k in range(len(words))]):
            return []
        for k in framed:
            taken[k] = True
        return framed

    def _else(self, words: list[str], start: int) -> bool:
        """Whether the question after ``start`` asks for others ("who *else*", "qui
        *d'autre*")."""
        return any(self.lexicon.phrase_at("others", words, k) for k in range(start, len(words)))

    def _in_verb_group(self, tokens: list[Token]) -> list[Token]:
        """The tokens less the adverbs inside a verb group ("et l'a *pourtant* rejeté", "and
        has *then* attacked him", "is *also* among his critics"): between an auxiliary and
        the word after, or a copula and a word of being among, an adverb would
        cut the group (« pourtant » is also a conjunction) and lose the condition. So is a
        negation's second word with no first before it, right after an inverted subject, where
        it means "ever" (« Macron s'en est-il *jamais* pris à Hamon ? »)."""
        words = self.lexicon.words

        def after_auxiliary(k: int) -> bool:  # "a *vraiment*", "s'en est-il *vraiment* pris"
            before = tokens[k - 1].word
            if (before,) in words["identities"]:  # a copula before a list: "is *also* among
                # his critics"; "are *also* Valls supporters" keeps its conjunction
                return bool(self.lexicon.phrase_at("among", [t.word for t in tokens], k + 1))
            return (before,) in words["auxiliaries"] or (
                (before,) in words["inverted"] and k > 1
                and (tokens[k - 2].word,) in words["auxiliaries"] | words["identities"]
                | {("t",)})

        def ever(k: int) -> bool:  # "Valls a-t-il *jamais* critiqué Hamon ?": "ever"
            return (tokens[k].word,) in words["ever"] and (tokens[k - 1].word,) in words[
                "inverted"] and not any((t.word,) in words["negations"] for t in tokens[:k])

        return [
            t for k, t in enumerate(tokens)
            if not (0 < k < len(tokens) - 1 and after_auxiliary(k) and (
                (t.word,) in words["verb_adverbs"] or ever(k)))
        ]

    def _possessives(self, tokens: list[Token]) -> list[Token]:
        """A possessive inside a wording read as the wording and a pronoun ("qui parle *en son
        nom*": "au nom de lui", "who speaks *on his behalf*": "on behalf of him"), the pronoun
        then standing for the actor named before, or a name's genitive as the wording and the
        name ("*on Hamon's behalf*": "on behalf of Hamon"; ``[possessives]`` in
        questions.toml)."""
        table = self.lexicon.possessives
        if not table:
            return tokens
        longest = max(len(phrase) for phrase in table) + MAX_GAP_WORDS - 1
        found, i = [], 0
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 1, -1):
                phrase = tokens[i:i + size]
                words = table.get(tuple(t.word for t in phrase))
                gap: list[Token] = []
                for j, width in ((at, g) for at in range(1, size - 1)
                                 for g in range(1, min(MAX_GAP_WORDS, size - 1 - at) + 1)):
                    if words is not None:
                        break
                    # "on *Hamon*'s behalf", "whose campaign was *Mathieu Hanotin* running":
                    # "_" is one name, of a few words, inside the phrase
                    gap = phrase[j:j + width]
                    words = table.get(tuple(t.word for t in phrase[:j]) + ("_",) + tuple(
                        t.word for t in phrase[j + width:]))
                if words is not None:
                    start, end = tokens[i].start, tokens[i + size - 1].end
                    found += [t for word in words
                              for t in (gap if word == "_" else [Token(word, start, end)])]
                    i += size
                    break
            else:
                found.append(tokens[i])
                i += 1
        return found

    def _description(self, question: str, tokens: list[Token], words: list[str],
                     taken: list[bool], items: list[Item], noun_at: int | None) -> None:
        """Refuse a person named by an office ("qui soutient *le candidat socialiste*", "who
        criticised *the former prime minister*"): read as the party, or as anyone, it would
        answer another question. A title right after the question word is a role ("quel
        candidat soutient X") and one next to a person's name describes that person."""
        at = {it.start: it for it in items}
        ends = {it.end: it for it in items}
        links = {"de", "du", "d", "des", "of", "the", "l", "le", "la", "les", "a", "an"}
        for k in range(len(words)):
            size = 0 if taken[k] or k == noun_at else self.lexicon.phrase_at(
                "titles", words, k)
            if not size:
                continue
            j = k + size
            while j < len(words) and words[j] in links:
                j += 1
            following = at.get(tokens[j].start) if j < len(words) else None
            before = ends.get(tokens[k - 1].end) if k > 0 else None
            if following is not None and following.kind == "actor" \
                    and following.actor_kind != "party":
                continue  # "le candidat Hamon"
            if before is not None and before.kind == "actor" and before.actor_kind != "party":
                continue  # "Hamon, candidat du PS"
            party_next = following is not None and following.actor_kind == "party"
            party_before = before is not None and before.kind == "actor" and before.group
            earlier = [it for it in items if it.end <= tokens[k].start
                       and it.kind not in ("skip", "question")]
            object_of_form = bool(earlier) and earlier[-1].kind == "form" and (
                following is None or following.kind != "actor")
            if party_next or party_before or object_of_form:
                raise NoMatchError(self._closest(question, items))

    def _in_capacity(self, tokens: list[Token], words: list[str], items: list[Item]) -> list[Item]:
        """"Qui défend Hamon *en tant que porte-parole*", "who speaks up for Hamon *as his
        spokesman*": a verb and, last, a noun of another relation after a word of capacity; the
        actors asked hold the noun's relation (the verb says only what they do in that role),
        so the noun's relation replaces the verb's, the same end asked. Else ``items`` as
        they are."""
        forms = [it for it in items if it.kind == "form"]
        if len(forms) != 2 or forms[0].value.kind != "verbs" \
                or forms[1].value.kind != "nouns" \
                or forms[0].value.relation == forms[1].value.relation:
            return items
        verb, noun = forms
        if any(it.kind in ("conj", "or", "rel", "neg", "narrow")
               for it in items[items.index(verb):items.index(noun)]):
            return items  # "who either backs X *or* acts as his spokesperson": two conditions
        at = next(k for k, t in enumerate(tokens) if t.start == noun.start)
        if not any(k + self.lexicon.phrase_at("capacities", words, k) == at
                   for k in range(max(0, at - 4), at)):
            return items
        after = items[items.index(noun) + 1:]
        if any(not it.pronoun for it in after):
            return items  # "as a spokesman for Valls": the noun has an actor of its own
        role = replace(noun.value, kind="verbs", words=verb.value.words)
        kept = items[:items.index(noun)]
        return [replace(it, value=role) if it is verb else it for it in kept]

    @staticmethod
    def _one_window(question: str, tokens: list[Token], items: list[Item], dates: list) -> None:
        """Refuse two parts of a question with dates of their own ("who criticised Hamon in
        January and who supported him in February"): one window cannot hold both, and the
        union of the two would answer each part with the other's dates. Dates joined with
        nothing else between them ("in January or February") are one window."""
        if len({(d.since, d.until) for d in dates}) < 2:
            return
        spans = [(tokens[d.start].start, tokens[d.end - 1].end) for d in dates]
        words = [it for it in items if it.kind in ("form", "actor", "question", "neg")]
        for bound in (it for it in items if it.kind in ("conj", "rel", "or", "narrow")):
            before = [end for _, end in spans if end <= bound.start]
            after = [start for start, _ in spans if start >= bound.end]
            if before and after and any(
                    max(before) <= it.start < min(after) for it in words):
                cut = bound.start
                raise NoMatchError(
                    f"cannot map {question.strip()!r} to one query: its parts have dates of "
                    f"their own; closest: {question[:cut].strip(' ,;')} | "
                    f"{question[bound.end:].strip(' ,;?')}")

    @staticmethod
    def _rank(interpretation: Interpretation, items: list[Item], most_at: int,
              received: bool = False, identity_end: int | None = None,
              measure_at: int | None = None) -> None:
        """"Who has the most supporters", "qui est le plus critiqué", "who has more backers,
        Hamon or Valls": one relation, ranked by the number of distinct actors at its other end.

        The actors ranked are the ones a noun belongs to ("*Hamon's* supporters": the object),
        the object of a verb "most" comes before ("le plus *critiqué*": the one criticised)
        or of a passive verb ("who *was criticised* the most"), else the verb's subject ("who
        criticises the most"); actors named are the candidates.
        After a copula (``identity_end``: where "the most" ends), a noun past a word of its
        own is what those ranked are ("who is the most prolific *critic*": the critics).
        A noun after a measure (``measure_at``: "the most criticised, *by number of critics*",
        « le plus de critiques, *en nombre de cibles* ») names the end counted, whatever
        came before: the critics counted rank those criticised, the targets those who aim.
        """
        forms = [it for it in items if it.kind == "form"]
        # the wording right after "most" is the one counted ("which *party* has the most
        # *members*": the parties, by their members), else the first
        form = next((it for it in forms if it.start > most_at), forms[0] if forms else None)
        measured = next((it for it in forms if measure_at is not None and it.start > measure_at
                         and it.value.kind in ("nouns", "object_nouns")), None)
        if measured is not None:
            form, received, identity_end = measured, False, None
            most_at = min(most_at, measured.start - 1)
        first = interpretation.conditions[0]
        if form is None:
            return
        kind = form.value.kind
        if received and kind in ("nouns", "object_nouns"):
            ranked = "object"  # "who *received* the most invitations": what the relation's
            # object gets, whoever the noun names
        elif kind in ("nouns", "object_nouns"):
            ranked = "object" if kind == "nouns" else "subject"
        else:
            before = most_at < form.start
            ranked = "object" if before == (kind == "verbs") else "subject"
            if form.passive and kind == "verbs":
                ranked = "object"  # "who *was criticised* the most": the one criticised
        nouns = [it for it in forms if identity_end is not None and it.start > identity_end
                 and it.value.kind in ("nouns", "object_nouns")]
        head = next((it for it in nouns if it.start > identity_end + 1), None)  # a word
        # between (one space else): "is the most *prolific* critic", "le plus *fidèle* allié"
        if head is not None:  # one of the critics; "the most frequent *target* of criticism":
            form = head  # the first such noun, the rest qualifies it
            kind = form.value.kind
            ranked = "subject" if kind == "nouns" else "object"
        groups = [it.value for it in items if it.kind == "actor" and it.group]
        if groups and interpretation.party is None:  # "which socialist has the most..."
            interpretation.party = groups[0]
        interpretation.among = list(dict.fromkeys(  # "does Hamon have more ... than Valls"
            ([interpretation.only] if interpretation.only else []) + [
                c.actor for c in interpretation.conditions
                if c.actor is not None and c.actor not in groups]))
        if len(interpretation.among) == 1:
            # "Hamon a-t-il le plus de soutiens": of everyone; "qui a plus de soutiens que
            # Valls": read as the most of everyone (shown so), the closest ranking there is
            interpretation.among = []
        # the noun counted names the relation, whatever verb came before it ("a rassemblé le
        # plus de *soutiens*": supporters, not those the candidate gathered or invited)
        after = form.start > most_at and kind in ("nouns", "object_nouns")
        relation = form.value.relation if after else first.relation
        interpretation.conditions = [Condition(relation, ranked, None)]
        interpretation.most = True

    def _compound(self, words: list[str], taken: list[bool]) -> Compound | None:
        """A wording asking several conditions at once ("X's allies and enemies", "où se
        situe X"), its words taken out; ``_`` in a keyword skips one to five words (a name)."""
        for compound in self.lexicon.compounds:
            for keyword in compound.keywords:
                found = _find_gapped(words, taken, keyword)
                after = found[-1] + 1 if found else len(words)
                if found is not None and not any(  # "la position de X *sur* Y"
                        word in compound.unless_next for word in words[after:]) \
                        and not self._in_wording(words, found, self._fronted(words, taken)):
                    for k in found:
                        taken[k] = True
                    return compound
        return None

    def _in_wording(self, words: list[str], found: list[int],
                    fronted: tuple[str, ...] | None = None) -> bool:
        """Whether the words at ``found`` are part of a relation wording ("a pris *position*
        pour X" supports X; it does not ask for X's position), also one whose preposition the
        question moved before its question word ("*contre* qui X a-t-il pris *position*")."""
        return any(start <= found[0] and end > found[-1]
                   for start in range(max(0, found[0] - 5), found[0] + 1)
                   for _, end in self.lexicon.match_forms(words, start, fronted=fronted))

    def _compound_conditions(self, question: str, items: list[Item], compound: Compound,
                             interpretation: Interpretation) -> Interpretation:
        """The compound's conditions about the one actor named (parties after a party
        preposition, or besides that actor, filter)."""
        named = [it for it in items if it.kind == "actor"]
        about = [it for k, it in enumerate(items) if it.kind == "actor"
                 and not _after_pprep(items, k) and not it.group]
        if len(about) != 1:
            unknown = [it for it in items if it.kind == "unknown"]
            if unknown:
                raise _unknown(self.store, question, unknown[0])
            raise NoMatchError(self._closest(question, items))
        actor = about[0].value
        interpretation.conditions = [
            Condition(relation, asked, actor, alternative=k > 0)
            for k, (relation, asked) in enumerate(compound.conditions)]
        parties = list(dict.fromkeys(it.value for it in named if it is not about[0]
                                     and it.actor_kind == "party"))
        interpretation.party = parties[0] if len(parties) == 1 else None
        return interpretation

    def _named_slots(self, question: str, items: list[Item], slots: list[Item],
                     interpretation: Interpretation) -> Interpretation:
        """The question read with each unknown word that stands where an actor must be
        (:func:`~alliancegraph.queries.slots.name_slots`) written as the actor it nearly
        names ("Hammon, qui le soutient ?" as "Benoît Hamon, qui le soutient ?", so that a
        pronoun finds it); when one names none, the question is refused naming it, with the
        closest actors: read without it, the question would answer another one."""
        corrected = self._correct_names(question, items, only=slots)
        if corrected is None:
            failed = next(it for it in slots if self._correct_names(question, [it]) is None)
            raise _unknown(self.store, question, failed)
        text = question
        for it, was in sorted(zip(corrected, items, strict=True), key=lambda p: -p[1].start):
            if any(was is slot for slot in slots):
                text = text[:was.start] + it.value + text[was.end:]
        read = self.parse(text)
        read.corrected = {**interpretation.corrected, **{
            question[was.start:was.end]: it.value for it, was in zip(corrected, items, strict=True)
            if any(was is slot for slot in slots)}, **read.corrected}
        return read

    def _slips_by_wordings(self, question: str, items: list[Item]) -> list[Item]:
        """Unknown words right next to a verb wording that are a slip of one actor's name:
        its subject before it ("*Locnle* backing Valls?", where a noun before a participle
        is otherwise a modifier) or its object ending the question ("tenté par *hantoin*"),
        read as that actor rather than dropped. Only words of a name's length next to a
        wording are tried: the correction reads every actor."""
        content = [it for it in items if it.kind != "topic"]
        found = []
        for k, it in enumerate(content):
            typed = question[it.start:it.end]
            if it.kind != "unknown" or " " in typed.strip() or len(typed) < MIN_SLIP \
                    or self.lexicon.is_vocabulary(fold(typed)):
                continue
            before = content[k + 1] if k + 1 < len(content) else None
            after = content[k - 1] if k and k == len(content) - 1 else None
            if any(w is not None and w.kind == "form" and w.value.kind in ("verbs", "reverse")
                   for w in (before, after)) \
                    and self._correct_names(question, [it]) is not None:
                found.append(it)
        return found

    def _correct_names(self, question: str, items: list[Item],
                       only: list[Item] | None = None) -> list[Item] | None:
        """The items with each unknown word (each of ``only``, when given) read as the one
        actor it nearly names ("Hammon", "Melanchon": a slip away from a name or a surname;
        "Benoît": the first name of one stored actor), or None when one stays unknown. Only
        on the error path: it reads every actor's name."""
        actors = self.store.actors()
        index = NameIndex(actors, load_gazetteer())
        stored = {actor.name for actor in actors}
        parties = {actor.name for actor in actors if actor.kind == "party"} | {
            party.name for party in load_gazetteer().parties}  # a slip of a surname: persons'
        first_names: dict[str, set[str]] = {}
        for actor in actors:  # "Jean-Luc" for "Jean-Luc Mélenchon"
            first_names.setdefault(fold(actor.name.split()[0]), set()).add(actor.name)
        corrected = []
        for it in items:
            if it.kind != "unknown" or (only is not None and not any(it is o for o in only)):
                corrected.append(it)
                continue
            typed = fold(question[it.start:it.end])
            close = {name for name in index.suggest(typed, n=5)
                     if _slip(typed, fold(name)) or (_slip(typed, fold(name).split()[-1])
                                                     and name not in parties)}
            if len(close) > 1 and len(close & stored) == 1:
                close &= stored  # "Rossignolle": the Rossignol of the graph, not a namesake
            if len(close) != 1 and len(first_names.get(typed, ())) == 1 and (
                    " " not in question[it.start:it.end].strip()):
                close = first_names[typed]
            if len(close) != 1:
                return None
            name = close.pop()
            kind = "party" if index.candidates(name, "party") == [name] else "person"
            corrected.append(replace(it, kind="actor", value=name, actor_kind=kind))
        return corrected

    def _noun_after_question(self, words: list[str], taken: list[bool]) -> int | None:
        """Where the word right after the first question word is ("quel *candidat*", "which
        *parties*"), or after a party preposition opening the question ("*parmi les partis*,
        lesquels...", "among the parties, which..."): a role or a kind of actor when the
        lexicon lists it."""
        opening = self.lexicon.phrase_at("party_prepositions", words, 0)
        if opening and not taken[0]:
            at = opening + (words[opening] in DETERMINERS if opening < len(words) else 0)
            if at < len(words) and not taken[at] and (words[at],) in self.lexicon.kinds \
                    and not any(load_gazetteer().lookup(" ".join(words[at:end])) for end in
                                range(at + 2, min(len(words), at + MAX_NAME_WORDS) + 1)):
                return at  # not "*Within the Parti socialiste*, who...": a party's name
        fillers = self._fillers(words, taken)
        found = []  # after each question word; "tell me *which politicians*": the one a
        # lexicon lists, else the first
        for k in range(len(words)):
            size = 0 if taken[k] or k in fillers else self.lexicon.phrase_at(
                "question", words, k)
            if size:
                at = k + size
                if at + 1 < len(words) and (words[at],) in self.lexicon.words["skip"] \
                        and words[at] not in ARTICLES + DETERMINERS \
                        and (words[at + 1],) in self.lexicon.kinds:
                    at += 1  # "which *political* parties": a filler before the kind (not
                    # an article: "par qui *le Parti* socialiste" names the party)
                found.append(at if at < len(words) and not taken[at] else None)
        listed = [at for at in found if at is not None and (
            (words[at],) in self.lexicon.kinds or (words[at],) in self.lexicon.roles)]
        return listed[0] if listed and found[0] is not None and listed[0] <= found[0] + 3 \
            else (found[0] if found else None)

    def _either_kind(self, words: list[str], noun_at: int) -> tuple[range, str] | None:
        """The words of a second noun of actors joined to the kind noun at ``noun_at`` by
        "or" (« quels *partis ou responsables* », "which *parties or leaders*"), and the kind
        the two keep: every kind when the second is of another kind, of every kind, or a
        title (a person's office); the same kind ("parties or movements"). None when there
        is no such noun."""
        lexicon = self.lexicon
        after = noun_at + 1
        size = lexicon.phrase_at("disjunctions", words, after) if after < len(words) else 0
        other = after + size
        if not size or other >= len(words):
            return None
        kind = lexicon.kinds[(words[noun_at],)][0]
        if (words[other],) in lexicon.words["titles"]:
            return range(after, other + 1), ANY_KIND
        if (words[other],) in lexicon.kinds:
            same = lexicon.kinds[(words[other],)][0] == kind
            return range(after, other + 1), kind if same else ANY_KIND
        return None

    def _correct_months(self, words: list[str]) -> None:
        """Misspelt month names next to a year or after a date word ("in febuary 2017"),
        when the word is no name and no other question word ("En Marche" stays)."""
        lexicon = self.lexicon
        for k, word in enumerate(words):
            month = lexicon.correct(word, months=True)
            names = [" ".join(words[a:b]) for a, b in ((k, k + 1), (k - 1, k + 1), (k, k + 2))
                     if a >= 0 and b <= len(words)]
            if month is None or lexicon.is_vocabulary(word) or any(
                    load_gazetteer().lookup(name) for name in names):
                continue
            after = k + 1 < len(words) and words[k + 1].isdigit()
            before = k > 0 and any(lexicon.phrase_at(cls, words, k - 1, table="dates")
                                   for cls in ("in", "since", "after", "before", "until"))
            if after or before:
                words[k] = month

    def _take(self, words: list[str], taken: list[bool], cls: str, anywhere: bool) -> bool:
        """Take out the first phrase of word class ``cls`` (at the start unless ``anywhere``:
        after the politeness and fillers the question opens with, "*Please*, does X...",
        "*Bonjour*, est-ce que X...")."""
        starts = [k for k in range(len(words)) if not taken[k]]
        if not anywhere:
            starts = [k for k in starts if self.lexicon.phrase_at(cls, words, k)
                      or (words[k],) not in self.lexicon.words["politeness"]][:1]
        for i in starts:
            size = self.lexicon.phrase_at(cls, words, i)
            if size:
                for k in range(i, i + size):
                    taken[k] = True
                return True
        return False

    def _take_at(self, words: list[str], taken: list[bool], cls: str) -> int | None:
        """Take out the first phrase of word class ``cls``; where it started, or None. Not
        one that opens a longer wording ("who could X *count on for support*": not "count")
        or a longer phrase passed over ("does X *count as* a backer": a copula, no count)."""
        for i in range(len(words)):
            size = 0 if taken[i] else self.lexicon.phrase_at(cls, words, i)
            if size and (any(len(form.words) > size for form, _ in self.lexicon.match_forms(
                    words, i)) or self.lexicon.phrase_at("skip", words, i) > size):
                continue
            if size and not any(taken[i:i + size]):
                for k in range(i, i + size):
                    taken[k] = True
                return i
        return None

    def _yes_no_after_aside(self, question: str, tokens: list[Token], words: list[str],
                            taken: list[bool]) -> bool:
        """A yes/no opening after an aside that leaves actors out ("apart from Mélenchon,
        *has anyone* criticised the PS?", "à part Mélenchon, *est-ce que* quelqu'un ..."):
        taken out as at the start."""
        comma = question.find(",")
        after = next((k for k, t in enumerate(tokens) if t.start > comma), None)
        if comma < 0 or after is None or taken[after] \
                or not self.lexicon.phrase_at("party_exclusions", words, 0):
            return False
        size = self.lexicon.phrase_at("yes_no", words, after)
        for k in range(after, after + size):
            taken[k] = True
        return size > 0

    def _fillers(self, words: list[str], taken: list[bool]) -> set[int]:
        """The words inside a filler of several words ("le PS *en tant que* parti", "*telles
        que*"): none of them is a question word there."""
        inside: set[int] = set()
        for k in range(len(words)):
            size = 0 if taken[k] or k in inside else self.lexicon.phrase_at("skip", words, k)
            if size > 1:
                inside.update(range(k, k + size))
        return inside

    def _inverted(self, words: list[str], taken: list[bool]) -> bool:
        """A French question with an inverted subject pronoun and no question word."""
        lexicon = self.lexicon
        fillers = self._fillers(words, taken)
        free = [k for k in range(len(words)) if not taken[k] and k not in fillers]
        return any((words[k],) in lexicon.words["inverted"] for k in free) and not any(
            lexicon.phrase_at("question", words, k) for k in free)

    def _fronted(self, words: list[str], taken: list[bool]) -> tuple[str, ...] | None:
        """The preposition moved before the first question word ("*pour* qui roule X"), or
        before a determiner ("*pour* quel candidat roule X")."""
        lexicon = self.lexicon
        for k in range(len(words)):
            size = 0 if taken[k] else lexicon.phrase_at("question", words, k)
            if size == 1 and k and (words[k],) in lexicon.words["determiners"] \
                    and (words[k - 1],) in lexicon.words["prepositions"] \
                    and not lexicon.match_forms(words, k + 1):  # "sur quels *appuis*": the
                return (words[k - 1],)  # noun is the wording, its preposition its own
            if size:
                return tuple(words[k:k + size - 1]) or None
        return None

    def _owned(self, items: list[Item], tokens: list[Token], words: list[str]) -> bool:
        """"Macron have some spokesman?", "Hamon a des soutiens chez les Verts ?": an actor, a
        verb of having (``possessions``) and a noun of a relation, with no question word:
        whether the actor has any (a yes/no question about that actor)."""
        if any(it.kind in ("question", "rel") for it in items):
            return False
        content = [it for it in items if it.kind not in ("topic", "skip")]
        if len(content) < 2 or content[0].kind != "actor" or content[0].group \
                or content[1].kind != "form" or content[1].value.kind != "nouns":
            return False
        after = next((k for k, t in enumerate(tokens) if t.start >= content[0].end), None)
        return after is not None and self.lexicon.phrase_at("possessions", words, after) > 0

    def _party_of_person(self, conditions: list[Condition], filters: list[str],
                         parties: set[str]) -> list[Condition]:
        """"Members of Macron's party", "qui, dans le parti de Mélenchon, critique Hamon": the
        party a person belongs to, next to another condition, filters by that party (the
        person's own party property, as the store holds it) instead of asking whom the
        person belongs to."""
        membership = self.lexicon.membership
        found = next((c for c in conditions if c.relation == membership and c.asked == "object"
                      and c.actor is not None and c.actor not in parties and not c.negated
                      and any(o is not c and o.actor is not None for o in conditions)), None)
        if found is None:
            return conditions
        text = ("SELECT party FROM actors WHERE name = :name" if self.store.dialect == "sql"
                else "MATCH (a:Actor {name: $name}) RETURN a.party AS party")
        rows = self.store.read(text, {"name": found.actor}, own=True)
        party = rows[0]["party"] if rows else None
        if not party:
            return conditions
        filters.append(party)
        return [c for c in conditions if c is not found]

    def _default_year(self) -> int | None:
        """The year of the latest article: what a month without a year refers to."""
        text = ("SELECT max(date) AS last FROM articles" if self.store.dialect == "sql"
                else "MATCH (a:Article) RETURN max(a.date) AS last")
        rows = self.store.read(text, {}, own=True)
        last = rows[0]["last"] if rows else None
        return int(last[:4]) if last else None

    # -- word groups ---------------------------------------------------------------------------

    def _topics(self, question: str, tokens: list[Token], words: list[str],
                dates: list, framed: list[int]) -> dict[int, Item]:
        """Actors named inside a date ("before *Hamon* won the primary") or a framing
        sentence (``framed``), by first word: no condition's argument, only what a later
        pronoun may stand for ("who backed *him*")."""
        outside = [True] * len(words)
        for span in dates:
            for k in range(span.start, span.end):
                outside[k] = False
        for k in framed:
            outside[k] = False
        if all(outside):
            return {}
        names = self._names(question, tokens, words, outside)
        return {i: Item("topic", tokens[i].start, tokens[end - 1].end, name, kind)
                for i, (end, name, kind) in names.items()}

    def _items(self, question: str, tokens: list[Token], words: list[str],
               taken: list[bool], topics: dict[int, Item] | None = None) -> list[Item]:
        lexicon = self.lexicon
        names = self._names(question, tokens, words, taken)
        items: list[Item] = []
        pending: Item | None = None  # a clitic pronoun waiting for its verb
        owned = -1  # the last word of a thing owned ("renié *sa parole*"), when there is one
        fronted = self._fronted(words, taken)
        readings = cue_readings(words, any(
            (w,) in lexicon.words["negations"] for w in words), tuple(
                w for cls in ("articles", "possessive_determiners")
                for (w, *_) in lexicon.words[cls]), lexicon.own_nouns) \
            if lexicon.language(words) == "fr" else []  # the extractor's idioms
        cues = {r.start: r for r in readings} if readings and self._cue_question(
            words, taken) else {}
        i = 0
        while i < len(words):
            if topics and i in topics:
                items.append(topics[i])
            if taken[i]:
                i += 1
                continue
            if i in names:
                end, name, kind = names[i]
                items.append(Item("actor", tokens[i].start, tokens[end - 1].end, name, kind,
                                  self._is_group_word(" ".join(words[i:end]))))
                i = end
                continue
            stop = min([k for k in names if k > i] + [k for k in range(i, len(words))
                                                      if taken[k]] + [len(words)])
            forms = [(form, end - 1) if end - 1 > i and lexicon.phrase_at(
                "party_prepositions", words, end - 1) > 1 else (form, end)
                for form, end in lexicon.match_forms(words, i, stop, fronted)]
            # "tendu la main *au sein de* LFI": the form's last preposition, contracted, opens
            # a party preposition and is left to it
            derived = lexicon.derived_at(words, i, stop, fronted)
            if derived is not None and (not forms or derived[1] > forms[0][1]):
                forms = [derived, *forms]  # "*pourrait basculer chez* X": a temptation
            if not forms and i in cues and cues[i].end <= stop:
                # « adresser des piques à X »: no wording of the questions' own, a cue of the
                # extractor's lexicon (ontology/cues.toml) read as one
                forms = [(cues[i].form, cues[i].end)]
            subject = next((k for k, (end, _, _) in names.items() if end == i), None)
            if forms and subject is not None and items and items[-1].kind == "actor":
                turned = lexicon.derived_before(words, subject, forms[0][0])
                if turned is not None:  # "*could* Loncle switch to", "which party *might*
                    forms = [(turned, forms[0][1]), *forms[1:]]  # the PS defect to"
            around = self._form_around_name(words, i, names, taken, tokens)
            if around is not None and (not forms or around[0][1] > forms[0][1]):
                # "who asked *Mélenchon* to join", "offered *Jadot* an alliance": the wording
                # around the name, the name its actor
                (form, end), actor = around
                items += [Item("form", tokens[i].start, tokens[end - 1].end, form), actor]
                i = end
                continue
            split = self._split_form(words, i, stop, items, tokens)
            if split is not None and (not forms or split[0][1] > forms[0][1] or (
                    split[0][1] == forms[0][1] and words[i + 1] not in forms[0][0].words)):
                # "turned *him* down": the form around a pronoun, the pronoun its actor; a
                # wording written with it as far is read whole ("threw *her* support
                # behind": her own, no actor)
                (form, end), pronoun = split
                items += [Item("form", tokens[i].start, tokens[end - 1].end, form), pronoun]
                i = end
                continue
            matched = None
            within = words[:stop]  # no word class reaches into a name ("au sein de | la
            # France insoumise": the name's own article stays the name's)
            for cls, kind in (("narrowing", "narrow"), ("conjunctions", "conj"),
                              ("disjunctions", "or"),
                              ("party_exclusions", "pxprep"), ("negations", "neg"),
                              ("party_prepositions", "pprep")):
                size = lexicon.phrase_at(cls, within, i)
                if size and kind == "pxprep" and tuple(words[i:i + size]) in lexicon.words[
                        "negations"] and names.get(i + size, (0, "", ""))[2] != "party":
                    continue  # "non" leaves out a party named next ("non-socialist"), else negates
                if size and kind == "neg" and i and words[i - 1] in ARTICLES:
                    continue  # "opposer *un non* catégorique", "a flat no": a noun, no negation
                manner = lexicon.phrase_at("manners", within, i + size) if size else 0
                if manner and kind == "neg" and not (
                        forms and len(forms[0][0].words) > size + manner):
                    # "critiqué *sans ménagement*", "attacked *without mercy*": how it was
                    # done, no negation (a longer wording keeps its words: « sans pitié avec »)
                    matched = ("skip", size + manner)
                    break
                if size and kind == "pprep" and any(
                        len(form.words) >= size for form, _ in forms) and names.get(
                        i + size, (0, "", ""))[2] != "party":
                    continue  # "du côté de" filters by a party ("Du côté de LFI, qui ..."), a
                    # wording before anyone else ("du côté de Valls": his camp)
                if size and max(lexicon.phrase_at("skip", within, i),
                                lexicon.phrase_at("question", within, i)) > size:
                    continue  # a longer filler is one: "*au final* qui...", not "au" + a party;
                    # so is a longer question word: "*au nom de qui* parle X"
                if size and kind == "conj" and tuple(words[i:i + size]) in lexicon.words[
                        "negations"] and (lexicon.phrase_at("negations", within, i) > size or any(
                            (w,) in lexicon.words["negation_ends"] for w in words[i + size:])
                            or question[tokens[i].end:tokens[i].end + 1] in ("'", "’")):
                    continue  # "n" is "and" ("backin valls *n* flirtin"), unless "pas"
                    # follows or it is elided ("qui *n'*a soutenu que Hamon")
                if size and (not forms or size >= len(forms[0][0].words)):
                    matched = (kind, size)
                    break
            if matched is None and forms and lexicon.phrase_at("question", within, i) > len(
                    forms[0][0].words):  # "*pull up* the critics": a request, not "pull"
                matched = ("question", lexicon.phrase_at("question", within, i))
            if matched is None and forms:
                form, end = forms[0]
                active = lexicon.active_of(words[i], form) if end == i + 1 \
                    and self._after_auxiliary(words, i, names) else None
                if active is not None:  # "que Mélenchon a *critiqués*": the verb, not the
                    form = active  # noun; "who has *tempted*": the one who tempts
                elif form.kind in ("nouns", "object_nouns") and i > 0 and (
                        words[i - 1],) in lexicon.words["subject_pronouns"]:
                    # "Montebourg, il *soutiens* qui": after a subject pronoun, the verb
                    form, end = next(((f, e) for f, e in forms if e == end and f.kind == "verbs"
                                      and f.relation == form.relation), (form, end))
                elif form.kind == "verbs" and not items and not any(taken[:i]):
                    # "*invités* Hamon février 2017": a telegraphic question opens with a noun
                    form, end = next(((f, e) for f, e in forms if e == end and f.kind in (
                        "nouns", "object_nouns") and f.relation == form.relation), (form, end))
                if form.kind in ("verbs", "reverse") and (
                        (i > 0 and words[i - 1] in DETERMINERS) or (end < len(words) and (
                            words[end],) in lexicon.words["genitives"])):
                    # "les *invités* de Hamon", "invités de Hamon": the noun
                    form, end = next(((f, e) for f, e in forms if e == end and f.kind in (
                        "nouns", "object_nouns")), (form, end))
                elif form.kind == "verbs" and self._after_receiving(words, i):
                    # "from whom did Hamon *receive support*": what is got, given by others
                    form = replace(form, kind="reverse")
                items.append(Item("form", tokens[i].start, tokens[end - 1].end, form,
                                  passive=lexicon.passive_at(words, i, form)))
                if pending is not None:  # "qui *le* soutient": the clitic is the object
                    items.append(pending)
                    pending = None
                i = end
                continue
            antecedent = self._acting_on_asked(words, i, items, taken, names)
            if antecedent is not None:  # "even though *he* invited them": Hamon did
                items.append(Item("actor", tokens[i].start, tokens[i].end, antecedent.value,
                                  antecedent.actor_kind, pronoun=True))
                i += 1
                continue
            pronoun = self._pronoun(words, i, items, tokens, names, taken)
            if pronoun is not None:
                clitic, item = pronoun
                if clitic:
                    pending = item
                else:
                    items.append(item)
                i += 1
                continue
            if matched is None:
                for cls, kind in (("question", "question"), ("relatives", "rel"),
                                  ("skip", "skip"), ("prepositions", "skip")):
                    size = lexicon.phrase_at(cls, within, i)
                    if size:
                        matched = (kind, size)
                        break
                if matched == ("skip", 1) and self._only_filters_after(words, taken, names, i) \
                        and (words[i],) in lexicon.words["prepositions"] and items \
                        and items[-1].kind == "form" and items[-1].value.kind == "nouns" \
                        and not any(tuple(words[k:i + 1]) in lexicon.words["sources"]
                                    for k in range(max(0, i - 2), i)):
                    # "who's Chaibi the spokeswoman *of*" (a date may follow: "*of* in
                    # 2017", or a party filter: "*of* in the ranks of the PS"): the noun's
                    # other end is asked; not the end of a source ("according *to* Le Monde")
                    matched = ("owner", 1)
            if matched is None:
                if any(tuple(words[k:k + len(kw)]) == kw for s in lexicon.shapes
                       for kw in s.keywords for k in range(max(0, i - len(kw) + 1), i + 1)):
                    i += 1  # a word of a named query's keyword ("changé de camp"): no slip
                    continue
                if i and names and ((words[i - 1],) in lexicon.words["possessive_determiners"]
                                    or owned == i - 1) and not question[
                        tokens[i].start:tokens[i].end][:1].isupper():
                    # "accusé Valls d'avoir renié *sa parole*", "for *our canvassing notes*":
                    # a thing owned by an actor named, no name (nor a slip of a wording); with
                    # no actor named ("qui soutient leur zorglub") it may be one
                    owned = i
                    i += 1
                    continue
                followed = self._followers(words[i], tokens[i])
                if followed is not None:  # "les *vallsistes*": Valls's supporters
                    items += followed
                    i += 1
                    continue
                typed = question[tokens[i].start:tokens[i].end]
                known = is_dictionary_word(typed)
                corrected = None if any(lexicon.phrase_at(cls, words, i)
                                        for cls in lexicon.words) \
                    else lexicon.correct(words[i])  # nor one opening a phrase of them:
                # "how many backers has X *racked* up" is no "backed"
                if corrected is not None and lexicon.match_forms(
                        [*words[:i], corrected, *words[i + 1:]], i, stop) and (
                        _ending_or_doubling(words[i], corrected) or not known) and not (
                        known and not typed.isascii()
                        and not _same_stem(words[i], corrected)):
                    # "suports": a slip, read as the wording it misses; a word of its own only
                    # in its ending or a doubled letter ("carries", "suport"), else "decided"
                    # would read as "derided" and "hacked" as "backed"; a word typed with its
                    # accents, which its writer knew, only in its ending (« séduire »: «
                    # séduit », where « attitré » is no « attiré »); a word of the questions'
                    # own classes never ("banked": a verb of getting, no "backed")
                    words[i] = corrected
                    continue
                matched = ("unknown", 1)
            kind, size = matched
            item = Item(kind, tokens[i].start, tokens[i + size - 1].end,
                        " ".join(words[i:i + size]))
            if kind == "unknown" and items and items[-1].kind == "unknown" \
                    and items[-1].end == _previous_end(tokens, i):
                items[-1].end = item.end  # consecutive unknown words: one name as typed
                items[-1].value = f"{items[-1].value} {item.value}"
            elif kind == "question" and items and items[-1].kind in ("form", "actor", "unknown") \
                    and (words[i],) in lexicon.words["relatives"]:
                if items[0].kind == "question" and items[0].value == item.value and any(
                        mark in question[_previous_end(tokens, i):item.start] for mark in ",;"):
                    # "qui soutient Hamon, qui soutient Valls ?": the question word again
                    # after a comma asks a second question, as "and who" does
                    items += [Item("conj", item.start, item.start, ","), item]
                else:
                    items.append(Item("rel", item.start, item.end, item.value))
            elif kind != "skip":
                item.head = kind == "question" and (words[i],) in lexicon.words["relatives"] \
                    and i > 0 and (words[i - 1],) in lexicon.words["heads"]
                items.append(item)
            i += size
        for k in range(len(items) - 3):  # "sauf Aubry *et* Jadot": both left out
            if items[k].kind == "pxprep" and items[k + 1].kind == items[k + 3].kind == "actor" \
                    and items[k + 2].kind == "conj" and items[k + 2].value in lexicon.plain_and:
                items[k + 2] = replace(items[k + 2], kind="pxprep")
        if len(items) > 2 and items[-1].kind == "pxprep" and items[-2].kind == "actor":
            items[-2:] = items[-1:-3:-1]  # "les détracteurs de Hamon, Valls *excepté*": the
            # exclusion said after the name that ends the question leaves that name out
        return items

    def _cue_question(self, words: list[str], taken: list[bool]) -> bool:
        """Whether the extractor's cues may read the (French) question: no wording
        of the questions' own lexicon starts at any of its words (« qui a adressé des piques
        à X »; "who figures on X's list" and « qui plaide pour X » keep their own readings;
        nor a content word of one, « au nom de X »),
        nor a word of receiving, which turns a cue round (« X a *essuyé* des reproches »: the
        content words read it)."""
        lexicon = self.lexicon
        if any(_contains(words, keyword) for shape in lexicon.shapes
               for keyword in shape.keywords):
            return False  # « entre X et Y »: a named query's keyword, no cue (« entrer »)
        return not any((w,) in lexicon.words["receiving"] for w in words) and not any(
            lexicon.match_forms(words, k) or any(
                _stem_match(words, k, phrase) for phrases in lexicon.content_words.values()
                for phrase in phrases) for k in range(len(words)) if not taken[k])

    def _only_filters_after(self, words: list[str], taken: list[bool], names: dict,
                            i: int) -> bool:
        """Whether nothing follows ``words[i]`` but dates and a party filter: taken words,
        a party's name after a party preposition, and the small words between."""
        lexicon = self.lexicon
        k, party = i + 1, False
        while k < len(words):
            if k in names and names[k][2] == "party" and party is None:
                k, party = names[k][0], True
            elif taken[k] or any((words[k],) in lexicon.words[cls]
                                 for cls in ("skip", "prepositions")):
                k += 1
            elif not party and (membership := next(
                    (end for form, end in lexicon.match_forms(words, k)
                     if lexicon.membership in (form.relation, form.party_relation)), None)):
                k, party = membership, None  # "*in the ranks of* the PS"
            elif lexicon.phrase_at("party_prepositions", words, k) and not party:
                k += lexicon.phrase_at("party_prepositions", words, k)
                party = None  # a party must come next
            else:
                return False
        return party is not None

    def _followers(self, word: str, token: Token) -> list[Item] | None:
        """A person's followers named after the person ("vallsistes", "Hamonists"): a noun of
        the followers' relation and the person, when the word less its ending is the surname
        of exactly one stored or known person; else None."""
        relation, endings = self.lexicon.followers
        ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 2), None)
        if not relation or ending is None:
            return None
        stem = word[:-len(ending)]
        found = [n for n in lookup_index(self.store, [stem]).candidates(stem, "person")
                 if fold(n).split()[-1] == stem]
        if len(found) != 1:
            return None
        form = Form((word,), relation, "nouns", "")
        return [Item("form", token.start, token.end, form),
                Item("actor", token.start, token.end, found[0], "person")]

    def _form_around_name(self, words: list[str], i: int, names: dict, taken: list[bool],
                          tokens: list[Token]) -> tuple[tuple[Form, int], Item] | None:
        """A wording of several words whose first word comes before a name and the rest after
        it ("asked *X* to join", "demande à *X* de le rejoindre"): the wording (its end in
        ``words``) and the name as an actor."""
        at = i + 1
        if at < len(words) and at not in names and ((words[at],) in self.lexicon.words[
                "prepositions"] or words[at] in ARTICLES):
            at += 1  # "demande *à* X de ...", "holds *an* EELV card"
        if at not in names or taken[i] or ((words[i],) in self.lexicon.words["skip"]
                                           and (words[i],) not in self.lexicon.words["giving"]):
            return None  # "who *is* Hamon against": an auxiliary opens no wording; a verb
            # of giving does ("who *gave* Valls the nod")
        end, name, kind = names[at]
        rest = [k for k in range(end, len(words)) if not taken[k] and k not in names]
        stop = next((k for k in range(end, len(words)) if taken[k] or k in names), len(words))
        found = [(f, e) for f, e in self.lexicon.match_forms([words[i], *words[end:stop]], 0)
                 if e > 1 and len(f.words) > 1]
        if not rest or not found:
            return None
        form, e = found[0]
        return (form, end + e - 1), Item("actor", tokens[at].start, tokens[end - 1].end, name,
                                         kind, self._is_group_word(" ".join(words[at:end])))

    def _split_form(self, words: list[str], i: int, stop: int, items: list[Item],
                    tokens: list[Token]) -> tuple[tuple[Form, int], Item] | None:
        """A form whose words a pronoun splits ("turned *him* down"), with that pronoun."""
        lexicon = self.lexicon
        if i + 2 >= stop or (words[i + 1],) not in lexicon.words["pronouns"]:
            return None
        antecedent = next((it for it in reversed(items) if it.kind in ("actor", "topic")), None)
        forms = [(f, e) for f, e in lexicon.match_forms([words[i], *words[i + 2:stop]], 0)
                 if e > 1]
        if antecedent is None or not forms:
            return None
        form, end = forms[0]
        return (form, i + end + 1), Item("actor", tokens[i + 1].start, tokens[i + 1].end,
                                         antecedent.value, antecedent.actor_kind, pronoun=True)

    def _acting_on_asked(self, words: list[str], i: int, items: list[Item],
                         taken: list[bool], names: dict) -> Item | None:
        """The latest actor named, when ``words[i]`` is a subject pronoun opening a clause
        after a conjunction, whose verb acts on the actors asked about ("who rebuffed Hamon
        even though *he* invited *them*", "although she had reached out to them"): that
        actor is the verb's subject, those asked its object. Else None."""
        lexicon = self.lexicon
        if (words[i],) not in lexicon.words["subject_pronouns"] or not items \
                or items[-1].kind != "conj":
            return None
        named = [it for it in reversed(items) if it.kind == "actor"]
        verb = i + 1
        while verb < len(words) and (words[verb],) in lexicon.words["skip"] \
                and not lexicon.match_forms(words, verb):
            verb += 1
        forms = [(f, end) for f, end in lexicon.match_forms(words, verb)
                 if f.kind in ("verbs", "reverse")] if verb < len(words) else []
        if not named or not forms or verb in names or taken[verb]:
            return None
        rest = [k for k in range(forms[0][1], len(words)) if not taken[k]]
        if not rest or (words[rest[0]],) not in lexicon.words["asked_pronouns"] \
                or any(k in names for k in rest):
            return None
        return named[0]

    def _pronoun(self, words: list[str], i: int, items: list[Item], tokens: list[Token],
                 names: dict, taken: list[bool]) -> tuple[bool, Item] | None:
        """A pronoun standing for the latest actor named ("who rejected Hamon but was invited
        by *him*", "Hamon : qui *le* soutient ?"), and whether it is a clitic before its verb."""
        lexicon = self.lexicon
        named = [it for it in reversed(items) if it.kind in ("actor", "topic")]
        if not named:
            return None
        antecedent = named[0]
        key = (words[i],)
        verb = i + 1  # the verb a clitic stands before, past auxiliaries ("l'*a* rejeté")
        while verb < len(words) and not taken[verb] and verb not in names \
                and ((words[verb],) in lexicon.words["skip"]
                     or (words[verb],) in lexicon.words["negation_ends"]) \
                and not lexicon.match_forms(words, verb):  # "ne *l*'a pas soutenu"
            verb += 1
        clitic = key in lexicon.words["clitics"] and verb < len(words) and not taken[verb] \
            and verb not in names and any(f.kind in ("verbs", "reverse")  # not "l'offre"
                                          for f, _ in lexicon.match_forms(words, verb)) \
            and not self._after_copula(words, i)  # « a-t-il été *la* cible de X »: an article
        if not clitic and key not in lexicon.words["pronouns"]:
            return None
        if not clitic and len(named) > 1 and len(items) > 1 and items[-1].kind == "form" \
                and items[-2] is antecedent:
            antecedent = named[1]  # "did Jadot support *him*": not Jadot, the one before
        if clitic and len(named) > 1 and items and items[-1] is antecedent:
            antecedent = named[1]  # "Hamon, Macron *l*'a-t-il critiqué": Macron is the subject
        return clitic, Item("actor", tokens[i].start, tokens[i].end, antecedent.value,
                            antecedent.actor_kind, pronoun=not clitic, clitic=clitic)

    def _after_copula(self, words: list[str], i: int) -> bool:
        """Whether ``words[i]`` follows a verb of being, past an inverted subject and its
        linking letter (« Hamon est-il *la* cible de X », « a-t-il été *la* cible »): a word
        there that could be a clitic is an article, the predicate a noun, never an object."""
        lexicon = self.lexicon
        k = i - 1
        while k >= 0 and ((words[k],) in lexicon.words["inverted"] or words[k] == "t"):
            k -= 1
        return k >= 0 and any((words[k],) in lexicon.words[cls]
                              for cls in ("identities", "passive"))

    def _names(self, question: str, tokens: list[Token], words: list[str],
               taken: list[bool]) -> dict[int, tuple[int, str, str]]:
        """Actor names by first word: (end word, canonical name, kind), longest first."""
        candidates: dict[tuple[int, int], str] = {}
        for i in range(len(words)):
            for end in range(i + 1, min(len(words), i + MAX_NAME_WORDS) + 1):
                if any(taken[i:end]):
                    break
                if not self._may_name(question, tokens, words, i, end):
                    continue
                candidates[(i, end)] = " ".join(words[i:end])
        if not candidates:
            return {}
        party_words = {" ".join(k): v for k, v in self.lexicon.party_words.items()}
        index = lookup_index(self.store, [k for k in candidates.values()
                                          if k not in party_words])
        found: dict[int, tuple[int, str, str]] = {}
        used = [False] * len(words)
        for (i, end), key in sorted(candidates.items(), key=lambda p: (p[0][0] - p[0][1], p[0])):
            if any(used[i:end]):
                continue
            resolved = self._resolve(index, key, party_words, question[
                tokens[i].start:tokens[end - 1].end])
            if resolved is None:
                continue
            name, kind = resolved
            found[i] = (end, name, kind)
            for k in range(i, end):
                used[k] = True
        return found

    def _is_group_word(self, key: str) -> bool:
        """Whether ``key`` names a party's members rather than the party ("socialistes")."""
        if tuple(key.split()) in self.lexicon.party_names:
            return False  # "the Socialist Party": the party itself, as "le PS"
        return (tuple(key.split()) in self.lexicon.party_words
                or load_gazetteer().party_by_adjective(key) is not None)

    def _may_name(self, question: str, tokens: list[Token], words: list[str], i: int,
                  end: int) -> bool:
        """Whether words[i:end] may be a name: not a question word alone, no conjunction."""
        lexicon = self.lexicon
        if tuple(words[i:end]) in lexicon.party_words:
            return True
        if end - i > 1 and load_gazetteer().lookup(" ".join(words[i:end])):
            return True  # "en marche", "la france insoumise", however typed
        if end - i == 1:
            if (words[i],) in lexicon.words["common_words"] and not question[
                    tokens[i].start:tokens[i].end][:1].isupper():
                return False  # "a *place* in a coalition", not Jean-Vincent Placé
            return not lexicon.is_vocabulary(words[i]) and not words[i].isdigit()
        for k in (i, end - 1):
            typed = question[tokens[k].start:tokens[k].end]
            if lexicon.is_vocabulary(words[k]) and not typed[:1].isupper():
                return False
        return not any(
            (w,) in lexicon.words["conjunctions"] or (w,) in lexicon.words["question"]
            for w in words[i:end]
        )

    def _resolve(self, index: NameIndex, key: str, party_words: dict[str, str],
                 typed: str) -> tuple[str, str] | None:
        if key in party_words:
            party = party_words[key]
            found = index.candidates(party, "party") or [party]
            return found[0], "party"
        found = index.candidates(key)
        if not found:
            return None
        if len(found) > 1:
            parties = index.candidates(key, "party")
            if len(parties) == 1:
                return parties[0], "party"
            raise AmbiguousNameError(
                f"actor name {typed!r} is ambiguous: {', '.join(found)} (give the full name)",
                found,
            )
        kind = "party" if index.candidates(key, "party") == found else "person"
        return found[0], kind

    # -- shapes --------------------------------------------------------------------------------

    def _whose_noun(self, items: list[Item], interpretation: Interpretation) -> bool:
        """"Whose offers did Mélenchon spurn", "de qui Mélenchon a-t-il rejeté l'offre",
        "Mélenchon rejected whose outstretched hand": an owner question word, one person, a
        noun naming a relation's objects (an invitation: what its maker made) and a verb the
        person is the subject of. Two conditions between the same two actors: the nouns'
        makers who made it to the person (``Hamon INVITED_TO_RALLY Mélenchon``), and whom
        the person's verb is about (``Mélenchon REJECTS Hamon``). True when read so."""
        owners = self.lexicon.words["owner_question"]
        if not any(it.kind == "question" and tuple(it.value.split()) in owners for it in items):
            return False
        actors = [it for it in items if it.kind == "actor"]
        nouns = [it for it in items if it.kind == "form" and it.value.kind == "object_nouns"]
        verbs = [it for it in items if it.kind == "form" and it.value.kind == "verbs"]
        if len(actors) != 1 or actors[0].group or actors[0].actor_kind == "party" \
                or len(nouns) != 1 or len(verbs) != 1 \
                or sum(it.kind == "form" for it in items) != 2 \
                or not actors[0].start < verbs[0].start:
            return False
        person = actors[0].value
        interpretation.conditions = [Condition(nouns[0].value.relation, "subject", person),
                                     Condition(verbs[0].value.relation, "object", person)]
        return True

    def _shape(self, items: list[Item], words: list[str], taken: list[bool],
               interpretation: Interpretation, yes_no: bool = False) -> bool:
        """A named query of its own, when its keywords and what it needs are there; a yes/no
        question about one actor ("Did the PS reject Hamon's offer?") is composed instead, to
        be answered about that actor ("did anyone turn down Hamon's offer" keeps the query)."""
        free = [w if not taken[k] else "" for k, w in enumerate(words)]
        forms = [it.value for it in items if it.kind == "form"]
        present = {  # a keyword inside the rejection's own wording is that wording's, no
            # invitation refused: "which candidate did X *call* out"
            shape.query for shape in self.lexicon.shapes
            if any(_contains(free, keyword) and not any(
                f.relation == "REJECTS" and _contains(list(f.words), keyword) for f in forms)
                for keyword in shape.keywords)
        }
        actors = [it for it in items if it.kind == "actor"]
        parties = [a for a in actors if a.actor_kind == "party"]
        rejects = any(f.relation == "REJECTS" and f.kind in ("verbs", "reverse")
                      for f in forms)
        result: tuple[str, dict[str, str]] | None = None
        persons = [a for a in actors if a.actor_kind != "party"]
        wordings = [k for k, it in enumerate(items) if it.kind == "form"]
        two_clauses = len({f.relation for f in forms}) > 1 and any(
            it.kind == "conj" for it in items[wordings[0]:wordings[-1]]) if wordings else False
        # "qui critique Macron *tout en tendant la main* au PS": two conditions joined, each
        # with its own wording, not a refusal of someone's outstretched hand
        if "rejected-invitations" in present and rejects and len(persons) <= 1 \
                and len(parties) <= 1 and not two_clauses and not (yes_no and next(
                    (it.kind for it in items if it.kind not in ("topic", "skip")), "") == "actor"):
            # the inviter: the person named, else the party ("which PS figures rejected
            # Hamon's invitation": the query lists every refusal of Hamon's invitations)
            named = persons or parties
            result = ("rejected-invitations", {"inviter": named[0].value} if named else {})
        elif "cross-camp-ties" in present and not actors:
            result = ("cross-camp-ties", {})
        elif "timeline" in present and len(actors) == 1 and not (
                forms and any(it.kind in ("question", "rel") for it in items)):
            # not "and what about Aubry, *who did she back*": a follow-up asking a wording
            result = ("timeline", {"actor": actors[0].value})
        elif "between" in present and len(actors) == 2 and not forms:
            result = ("between", {"a": actors[0].value, "b": actors[1].value})
        elif "defectors" in present and len(parties) == 1 and len(actors) <= 2 and all(
                self.lexicon.membership in (f.relation, f.party_relation) for f in forms):
            # not "which PS members *might* defect to Macron": a temptation, not a defection
            result = ("defectors", {"party": parties[0].value})
        if result is None:
            return False
        interpretation.shape, interpretation.shape_params = result
        return True

    # -- conditions ----------------------------------------------------------------------------

    def _conditions(self, question: str, items: list[Item],
                    interpretation: Interpretation, role: dict[str, str]) -> None:
        items = self._asked_for(question, items)
        clauses = _camp_for_actor(
            _shared_objects(_clauses(_noun_of_own_verb(items, interpretation.count))),
            self.lexicon.words["camps"])
        filters: list[str] = []
        conditions: list[Condition] = []
        previous: Form | None = None
        asked_from = next((it.start for it in items if it.kind in ("question", "rel")), -1)
        excluded: list[str] = []
        role_nouns: list[Condition] = []
        either: set[int] = set()  # conditions joined by "or" (not "and who")
        party_of: dict[int, str] = {}  # condition -> its wording's party_relation
        wordings = [it.value for it in items if it.kind == "form"]
        first = next((it for it in items if it.kind == "question"), None)
        target = first is not None and len(wordings) == 1 and wordings[0].kind in (
            "nouns", "object_nouns") and tuple(first.value.split()) in self.lexicon.words[
                "target_question"]  # "*à qui* va le soutien de Jadot": where it goes
        target = target or self._has_noun(question, items, first)
        if clauses and self._owner_determiner(question, items, first):
            clauses[0].owner_question = True
        if clauses and self._received_owner(question, items, first):
            clauses[0].owner_question = False
        for k, clause in enumerate(clauses):
            form_items = [it for it in clause.items if it.kind == "form"]
            named = [it for it in clause.items if it.kind == "actor"]
            if k and not clause.joined and clause.items and conditions and all(
                    it.kind == "unknown" for it in clause.items):
                # "... soutenir Hamon plutôt *que de maintenir sa propre candidature*": a
                # relative of unknown words only, after a question understood, describes it
                interpretation.ignored += [question[it.start:it.end] for it in clause.items]
                continue
            if not form_items and named and all(it.group for it in named) \
                    and not clause.negated:  # "Hamon supporters who are Greens"
                filters += [it.value for it in named]
                continue
            noun_before = previous is not None and previous.kind in ("nouns", "object_nouns")
            if not form_items and named and clause.negated and conditions and all(
                    it.actor_kind == "party" and (it.group or noun_before
                                                  or _after_pprep(clause.items, k))
                    for k, it in enumerate(clause.items) if it.kind == "actor"):
                # "who supports Hamon but is not in the PS", "mais n'est pas socialiste",
                # "soutiens de Valls pas PS"
                excluded += [it.value for it in named]
                continue
            form = form_items[0].value if form_items else previous
            if form is None:
                filters += [it.value for it in clause.items
                            if it.kind == "actor" and it.actor_kind == "party"]
                continue
            condition, leftover, outside = self._condition(
                question, clause, form, bool(form_items), role, asked_from)
            if condition is not None and target:
                condition = replace(condition, asked="object")
            filters += leftover
            excluded += outside
            if condition is not None and condition.actor is None and clause.alternative \
                    and form_items and conditions and conditions[-1].actor is not None \
                    and not any(it.kind == "actor" for it in clause.items):
                # "qui Hanotin soutient-il *et qui critique-t-il*": the same actor, asked of
                # the same way, in a second question
                condition = replace(condition, actor=conditions[-1].actor,
                                    asked=conditions[-1].asked)
            if condition is not None and condition.actor is None and k and conditions \
                    and conditions[0].actor is not None and form_items \
                    and (not clause.joined or clause.negated):
                condition = self._owned_again(question, form_items[0], condition,
                                              conditions[0].actor)
            if condition is not None and condition.actor is None and k == 0 \
                    and self._role_noun(items, first, form_items):
                role_nouns.append(condition)
            if condition is not None:
                if clause.disjunction and conditions:  # "X *ou* Y": both ends of the "or"
                    either |= {len(conditions) - 1, len(conditions)}
                if form.party_relation:
                    party_of[len(conditions)] = form.party_relation
                conditions.append(condition)
                conditions += [replace(condition, relation=other,  # "le camp de X"
                                       alternative=not condition.negated)
                               for other in form.also if other != condition.relation]
            previous = form
        parties = {it.value for it in items if it.kind == "actor" and it.actor_kind == "party"}
        positive = any(not c.negated for c in conditions)  # before a membership clause
        # becomes the filter: "which politician is in EM without speaking for Macron" may
        # name Macron (members of EM less Macron's spokespersons)
        conditions = _party_asked(conditions, party_of)
        conditions = _merge_memberships(conditions, filters, parties, either)
        if len(role_nouns) == 1 and conditions and role_nouns[0] not in conditions:
            # "*quelle porte-parole* a attaqué Hamon", "which spokesperson backs X": the
            # noun says what the actors asked about are, a condition of its own (anyone's)
            conditions = [role_nouns[0], *conditions]
        conditions = self._party_of_person(conditions, filters, parties)
        groups = [it for it in items if it.kind == "actor" and it.actor_kind == "party"]
        if not conditions and not any(it.kind in ("form", "unknown") for it in items) \
                and len(groups) == 1 and len(groups) == len(
                    [it for it in items if it.kind == "actor"]) and self.lexicon.membership:
            # "who are the socialists", "who is in the PS": the party's members; "qui n'est
            # pas au PS", "who is outside the PS": not them (below)
            at = next(k for k, it in enumerate(items) if it is groups[0])
            outside = any(c.negated for c in clauses) or _left_out(items, at)
            conditions = [Condition(self.lexicon.membership, "subject", groups[0].value,
                                    outside)]
            filters = []
        elif not conditions and not any(it.kind in ("form", "unknown") for it in items) \
                and len(groups) > 1 and len(groups) == len(
                    [it for it in items if it.kind == "actor"]) \
                and any(it.kind == "or" for it in items) and self.lexicon.membership:
            # "qui est socialiste ou écologiste", "who is in the PS or EELV": either membership
            conditions = [Condition(self.lexicon.membership, "subject", it.value,
                                    alternative=k > 0) for k, it in enumerate(groups)]
            filters = []
        if len(conditions) == 1 and conditions[0].negated \
                and conditions[0].relation == self.lexicon.membership \
                and conditions[0].asked == "subject" and conditions[0].actor in parties:
            # A membership denied alone ("qui n'est pas au PS", "who isn't a member of the
            # PS", "hors du PS") is every actor outside the party as a party filter reads it:
            # neither the party, nor an actor whose party it is, nor one with a membership
            # claim in the window (the interpretation says "not in" the party); next to
            # another condition, "but is not a member of the PS" keeps its claims' reading
            excluded.append(conditions[0].actor)
        if not conditions:
            unknown = [it for it in items if it.kind == "unknown"]
            if unknown and any(it.kind == "form" for it in items):
                raise _unknown(self.store, question, unknown[0])
            raise NoMatchError(self._closest(question, items))
        if conditions and conditions[0].alternative:
            conditions[0] = replace(conditions[0], alternative=False)
        interpretation.conditions = conditions
        kept = list(dict.fromkeys(filters))
        left_out = list(dict.fromkeys(excluded))
        # "besides Montebourg", "sauf Valls": persons left out by name, not a party's members
        interpretation.excluded = [name for name in left_out if name not in parties]
        if all(c.negated for c in conditions) and not interpretation.only and not positive:
            # "qui ne soutient pas Hamon": everyone else, not Hamon himself
            interpretation.excluded += list(dict.fromkeys(
                c.actor for c in conditions if c.actor is not None
                and c.actor not in interpretation.excluded and c.actor not in kept
                and c.actor not in left_out))  # a party left out already
        left_out = [name for name in left_out if name in parties]
        if len(kept) + len(left_out) > 1:
            raise NoMatchError(
                f"the question names several parties to filter by "
                f"({', '.join(kept + left_out)}); ask about one at a time"
            )
        interpretation.party = kept[0] if kept else (left_out[0] if left_out else None)
        interpretation.outside_party = bool(left_out)

    def _asked_for(self, question: str, items: list[Item]) -> list[Item]:
        """Items without what a wording of asking asks for ("who extended an invitation to
        Jadot *to join him*", "hamon invited who *to join him*", « qui Hamon a-t-il convié *à
        grossir ses rangs* »): after a wording of a relation of [asking] and the words it acts
        on, a complement word opening a wording (or an unread verb and a wording) and the
        pronouns and unread words up to the clause's end say what was asked, no condition of
        their own (a joined "and supports him" is a condition still). A name inside them (an
        invitation to back *Valls*) keeps the items as they are: the act asked for names
        someone the answer would leave out."""
        for k, item in enumerate(items):
            if item.kind != "form" or item.value.relation not in self.lexicon.asking:
                continue
            at = next((j for j in range(k + 1, len(items))
                       if items[j].kind not in ("actor", "question", "rel")
                       or items[j].pronoun), None)
            if at is None or not self._after_complement(question, items[at].start, typed=True):
                continue
            end = next((j for j in range(at, len(items))
                        if items[j].kind not in ("form", "unknown", "actor")), len(items))
            asked = items[at:end]
            if any(it.kind == "actor" and not (it.pronoun or it.clitic) for it in asked) \
                    or not any(it.kind == "form" for it in asked[:2]):
                continue
            return items[:at] + items[end:]
        return items

    def _after_complement(self, question: str, start: int, typed: bool = False) -> bool:
        """Whether a complement word ([words.*] complements: "an offer *to* join", « invité
        *à* le soutenir ») comes right before ``start``, past a clitic that is the governed
        verb's own object. ``typed``: as written, not only as folded: an "a" is the
        auxiliary, not « à », in a question that writes accents elsewhere ("qui, invité par
        Hamon, *a* fini par...") or right after a clitic ("l'*a* critiqué")."""
        before = tokenize(question[:start])
        while before and (before[-1].word,) in self.lexicon.words["clitics"]:
            before.pop()
        if not before or (before[-1].word,) not in self.lexicon.words["complements"]:
            return False
        written = question[before[-1].start:before[-1].end]
        accented = any(not char.isascii() for char in question if char.isalpha())
        return not typed or written.lower() != fold(written) or not (
            accented or (len(before) > 1
                         and (before[-2].word,) in self.lexicon.words["clitics"]))

    def _owned_again(self, question: str, wording: Item, condition: Condition,
                     actor: str) -> Condition:
        """``condition``, left without an actor, with the actor of the question's first
        condition when a possessive before its wording points back to it or to those asked
        ("which of Hamon's invitees signed on as *his* supporters": Hamon's supporters too;
        "whom did Hamon invite without winning *their* support": without their supporting
        Hamon). The possessive of the actor named makes the wording's noun his tie (his
        supporters support him, his invitees are invited by him, his support goes from him);
        the possessive of those asked makes them the ones acting. Else ``condition``."""
        words = fold(question[:wording.start]).split()
        form = wording.value
        if not words or form.words in self.lexicon.words["camps"]:
            return condition  # "luring X toward *his camp*": where to, not a tie of its own
        before = (words[-1],)
        if before in self.lexicon.words["owner_again"]:
            asked = {"nouns": "subject", "object_nouns": "object"}.get(form.kind, "object")
        elif before in self.lexicon.words["asked_owners"]:
            asked = "subject"
        else:
            return condition
        return replace(condition, actor=actor, asked=asked)

    def _role_noun(self, items: list[Item], first: Item | None,
                   form_items: list[Item]) -> bool:
        """A subject noun of a relation right after a determiner opening the question, with
        another wording after it ("*quelle porte-parole* a aussi attaqué Hamon")."""
        if first is None or (first.value,) not in self.lexicon.words["determiners"] \
                or not form_items or form_items[0].value.kind != "nouns" \
                or form_items[0].value.relation == self.lexicon.membership:
            return False  # "which *MEPs* back Valls": an office, not a membership asked
        at = next(k for k, it in enumerate(items) if it is form_items[0])
        return at > 0 and items[at - 1] is first and any(
            it.kind == "form" for it in items[at + 1:])

    def _owner_determiner(self, question: str, items: list[Item], first: Item | None) -> bool:
        """"*Pour quel* candidat Chaibi est-elle porte-parole ?", "*de quel* candidat X est-il
        le porte-parole", "X is the spokesman *of which* candidate": a determiner after the
        preposition of an owner question word ("pour qui", "of whom") asks, as that word
        does, for the other end of the noun the actor named is."""
        if first is None or (first.value,) not in self.lexicon.words["determiners"]:
            return False
        after = next((it for it in items if it.start > first.start), None)
        if after is not None and after.kind == "form":
            return False  # "de quel *parti* X est-il membre": the noun after it says the end
        before = tuple(fold(question[:first.start]).split()[-1:])
        return bool(before) and any(len(words) > 1 and words[:-1] == before
                                    for words in self.lexicon.words["owner_question"])

    def _received_owner(self, question: str, items: list[Item], first: Item | None) -> bool:
        """"*Whose* endorsement did Hamon *receive*?", "whose criticism did Valls face?", «
        *de qui* Hamon a-t-il *reçu* des critiques ? »: an owner question word, one noun of a
        relation, one actor and a verb of getting (``receiving``) or having after the actor:
        the actor is the noun's object, and the owner asked about its makers (Hamon's
        endorsers), where "*whose* spokesperson is X" asks for the other end of X's own tie."""
        if first is None or tuple(first.value.split()) not in self.lexicon.words[
                "owner_question"]:
            return False
        forms = [it for it in items if it.kind == "form"]
        actors = [it for k, it in enumerate(items) if it.kind == "actor"
                  and not _left_out(items, k)]  # "other than Aubry": no one's endorsement
        if len(forms) != 1 or forms[0].value.kind != "nouns" or len(actors) != 1:
            return False
        if actors[0].start < first.start:  # "X was a supporter *of which* candidate": X's
            # own tie; but « Valls *a reçu* la caution *de qui* », "Aubry got the nod of
            # whom": the owner asked after the noun X received
            between = fold(question[actors[0].end:forms[0].start]).split()
            return actors[0].end <= forms[0].start < first.start and any(
                self.lexicon.phrase_at("receiving", between, k) for k in range(len(between)))
        # the verb after the actor: "whose endorsement did Hamon *receive*", before the noun
        # too when the actor comes first (« de qui Hamon a-t-il *reçu* des critiques »); one
        # of having as well ("whose endorsements does Hamon *have*")
        after = fold(question[actors[0].end:forms[0].start if actors[0].start < forms[0].start
                              else len(question)]).split()
        return any(self.lexicon.phrase_at(cls, after, k) for k in range(len(after))
                   for cls in ("receiving", "possessions"))

    def _has_noun(self, question: str, items: list[Item], first: Item | None) -> bool:
        """"Who *has* Macron's endorsement?", "qui *a* le soutien de Macron": a verb of having
        right after the question word and a relation's noun owned by an actor (before it, or
        after a genitive), or by no one ("who has supporters"): the actors asked about are
        the relation's objects. So too with a verb of getting ("who *drew* X's criticism",
        and in a count, where no question word is left: "how many parties *drew* X's
        criticism"). Not for a membership: who has a party's membership (its card) is its
        member ("who has an EELV membership"), nor for a camp, which is joined, not had
        ("qui a *intégré* le camp de X", « qui a rejoint l'écurie de X »: its members)."""
        forms = [k for k, it in enumerate(items) if it.kind == "form"]
        if len(forms) != 1 or items[forms[0]].value.kind != "nouns" \
                or items[forms[0]].value.relation == self.lexicon.membership \
                or items[forms[0]].value.words in self.lexicon.words["camps"]:
            return False
        lexicon, at = self.lexicon, forms[0]
        if first is None:
            owner = items[at - 1] if at and items[at - 1].kind == "actor" else None
            before = fold(question[:owner.start]).split() if owner is not None else []
            return bool(before) and (before[-1],) in lexicon.words["receiving"]
        before = fold(question[first.end:items[at].start]).split()
        if before and ((before[0],) in lexicon.kinds or (before[0],) in lexicon.roles):
            before = before[1:]  # "which *parties* drew X's criticism"
        having = (lexicon.phrase_at("possessions", before, 0)
                  or lexicon.phrase_at("receiving", before, 0)) if before else 0
        if not having or lexicon.phrase_at("among", before, having):
            return False  # "qui *compte parmi* les soutiens de X": one of them, not having them
        if any(lexicon.phrase_at("receiving", before, k) for k in range(having + 1, len(before))):
            return False  # "from whom *has* Macron *won* an endorsement": an auxiliary, and
            # the actor after it the one who got the noun's relation
        after = [it for it in items[at + 1:] if it.kind == "actor"]
        if not after:
            return True
        between = fold(question[items[at].end:after[0].start]).split()
        return bool(between) and (between[0],) in lexicon.words["genitives"]

    def _condition(self, question: str, clause: _Clause, form: Form, own_form: bool,
                   role: dict[str, str], asked_from: int,
                   ) -> tuple[Condition | None, list[str], list[str]]:
        items = clause.items
        where = next((k for k, it in enumerate(items) if it.kind == "form"), -1)
        after = items[where + 1:] if where >= 0 else items
        before = items[:where] if where >= 0 else []
        filters: list[str] = []
        argument, arg_before = None, False
        if form.kind in ("nouns", "object_nouns") and len(before) > 1 and before[-1].group \
                and before[-2].kind == "actor" and not before[-2].group \
                and before[-2].actor_kind != "party" and not any(
                    it.kind == "actor" for it in after):
            # "Hamon's *green* supporters": the owner before the party word, which filters
            before = before[:-2] + [before[-1], before[-2]]
        if form.kind in ("nouns", "object_nouns") and before and before[-1].kind == "actor" \
                and not before[-1].group and not _after_pprep(before, len(before) - 1) \
                and not (before[-1].actor_kind == "party"  # "les écologistes soutiens de X"
                         and any(it.kind == "actor" for it in after)):
            if form.kind == "nouns" and (form.words[-1],) in self.lexicon.words[
                    "prepositions"] and not any(it.kind == "actor" for it in after):
                # "Hamon's outstretched hand to whom": the name before owns what it made
                form = replace(form, kind="object_nouns")
            after = []  # "Hamon supporters", "Hamon's invitations": the name before is the one
        named = {it.value for it in before  # a name after the question word, not a topic
                 if it.kind == "actor" and not it.pronoun and it.start > asked_from}
        for k, it in enumerate(after):
            if it.pronoun and it.value in named:
                continue  # "whom did Hamon invite to join *him*": Hamon again, not the argument
            later = any(x.kind == "actor" for x in after[k + 1:])
            if it.kind == "actor" and not _after_pprep(after, k) and not _left_out(after, k) \
                    and not (it.group and later):
                argument = it  # "les soutiens socialistes de Valls": Valls, not the PS
                break
            if it.kind == "unknown" and not any(x.kind == "actor" for x in after[k + 1:]):
                break  # an unknown word is the name asked about, unless a name follows
        if argument is None and own_form:
            for k in range(len(before) - 1, -1, -1):
                it = before[k]
                if it.kind == "actor" and not _after_pprep(before, k) \
                        and not _left_out(before, k) and not (
                        it.group and _is_group(before, k)):  # "les socialistes tentés"
                    argument, arg_before = it, True
                    break
        if argument is not None and own_form and not arg_before \
                and form.kind == "object_nouns" \
                and form.words in self.lexicon.words["appositions"] \
                and not fold(question[items[where].end:argument.start]).strip():
            form = replace(form, kind="nouns")  # "la tentation Macron": the one who tempts
        outside: list[str] = []
        for k, it in enumerate(items):
            if argument is not None and argument.pronoun and it.value == argument.value:
                continue  # "the PS, who attacked *it*": the party the pronoun stands for
            if it.kind == "actor" and it is not argument and it.actor_kind == "party":
                # "hors du PS", "outside the PS": the party's members are left out
                (outside if _left_out(items, k) else filters).append(it.value)
            elif it.kind == "actor" and it is not argument and _left_out(items, k):
                outside.append(it.value)  # "besides Montebourg": that person left out
        if argument is None:
            unknown = [it for it in items if it.kind == "unknown"]
            if unknown:
                raise _unknown(self.store, question, unknown[0])
        unused = [it for k, it in enumerate(items) if it.kind == "actor"
                  and it.actor_kind != "party" and not it.group and not it.pronoun
                  and argument is not None and it.value != argument.value
                  and not _left_out(items, k)]
        if unused:  # a person the clause names but no condition reads: never drop a name
            raise NoMatchError(self._closest(question, items))
        if own_form and form.kind == "reverse" and self._given(question, items[where]):
            form = replace(form, kind="verbs")  # "whom has X *given* the cold shoulder"
        relation = form.relation
        if argument is not None and argument.actor_kind == "party" and form.party_relation:
            relation = form.party_relation
        asked = _asked(form, arg_before, clause.object_question and not arg_before,
                       clause.owner_question)
        if own_form and items[where].passive and (argument is None or (
                arg_before and form.kind == "verbs") or (
                not arg_before and form.kind == "verbs" and self._agent_before(
                    question, argument))):  # « qui s'est vu opposer un refus *par* X »
            # "who was invited?": those invited; "Macron was eyed by whom?": the actor
            # before a passive verb is its object
            asked = "object" if asked == "subject" else "subject"
        if own_form and arg_before and where >= 1 and argument in items[:where] \
                and all(it.kind == "unknown" for it in items[
                    items.index(argument) + 1:where]) \
                and form.kind == "verbs" and not items[where].passive \
                and not any(it.kind == "actor" for it in after) \
                and self._asks_subject_after_topic(question[argument.end:items[where].start],
                                                   form):
            asked = "subject"
        if own_form and arg_before and form.kind in ("verbs", "nouns", "object_nouns") \
                and self._given(question, argument, to_someone=True):
            asked = "subject"  # "which actors *gave* Hamon their blessing": Hamon receives;
            # "who *sent* him an invitation", « qui *lui* a *adressé* une invitation »: the
            # thing a relation's maker makes, handed to him, makes him its object
        if argument is not None and not arg_before and form.kind == "verbs" \
                and form.lang == "fr" and relation in role:
            asked = role[relation]  # "quel candidat soutient X": the one X supports
        if argument is not None and argument.actor_kind == "person" and asked == "subject" \
                and form.person_relation:
            relation = form.person_relation  # "who signed up with Valls": backing him
        actor = argument.value if argument is not None else None
        negated = clause.negated != form.denies  # "tout en épargnant X": not attacking X
        alternative = clause.alternative and not negated
        return Condition(relation, asked, actor, negated, alternative), filters, outside

    def _agent_before(self, question: str, argument: Item) -> bool:
        """Whether ``argument`` is a passive verb's agent ("*by* X", « *par* X »)."""
        words = fold(question[:argument.start]).split()
        return bool(words) and (words[-1],) in self.lexicon.words["agents"]

    def _given(self, question: str, wording: Item, to_someone: bool = False) -> bool:
        """Whether a verb of giving comes right before ``wording``, past articles: a wording
        written as what one receives ("got *the cold shoulder* from X") is then what the
        subject hands over ("whom has X *given* the cold shoulder", « à qui X a-t-il *opposé*
        une fin de non-recevoir »); before a name, the name receives what follows ("who
        *gave* X their blessing"), as a clitic does before it (« qui *lui* a *envoyé* une
        invitation »); not after a passive auxiliary ("who *was* given the cold shoulder by
        X"). Before someone (``to_someone``) a verb of sending gives too ("who *sent* him an
        invitation"), where "who sent *the invite*" names no one it goes to."""
        lexicon = self.lexicon
        giving = lexicon.words["giving"] | (lexicon.words["sending"] if to_someone else set())
        words = fold(question[:wording.start]).split()
        if wording.pronoun or wording.clitic:  # « qui *lui* a envoyé une invitation »
            after = fold(question[wording.end:]).split()
            verb = next((w for w in after if (w,) not in lexicon.words["skip"]), None)
            if (verb,) in giving:
                return True
        for k in range(len(words) - 1, -1, -1):
            if (words[k],) in giving:
                return not (k and any((words[k - 1],) in self.lexicon.words[cls]
                                      for cls in ("identities", "passive")))  # "was given"
            if (words[k],) not in self.lexicon.words["skip"]:
                return False
        return False

    def _asks_subject_after_topic(self, between: str, form: Form) -> bool:
        """Whether the question word between a topic's colon and a verb is the verb's subject,
        the topic its other end: "Hamon: *who* backs?" (Hamon's backers), "Macron: *who's*
        tempted?" (those Macron tempts: a participle written for being acted on, a wording
        of its own with "by"). Not past a pronoun ("Hamon: who did *he* invite?"), and not
        a participle of acting after an auxiliary ("Hamon: who's invited?": by Hamon). A dash
        sets a topic off as a colon does ("Hamon — who backs?"), and words no name or wording
        holds may come between the question word and the verb ("Jadot — who *extended
        the* invite?": who invited Jadot), unless one tells who acts (an auxiliary, a
        pronoun, a verb of receiving: "Jadot: who *got* an invite?")."""
        mark = next((m for m in TOPIC_MARKS if m in between), None)
        if mark is None:
            return False
        words = fold(between.split(mark, 1)[1]).split()
        size = self.lexicon.phrase_at("question", words, 0) or self.lexicon.phrase_at(
            "count", words, 0)
        if size and size < len(words) and ((words[size],) in self.lexicon.kinds
                                           or (words[size],) in self.lexicon.roles):
            size += 1  # "Macron: *how many politicians* are tempted?"
        rest = words[size:]
        if not size:
            return False
        if not rest:
            return True
        if len(rest) > 1 or (rest[0],) not in self.lexicon.words["identities"]:
            return not any(
                any((w,) in self.lexicon.words[cls] for cls in TOPIC_ACTING)
                or self.lexicon.phrase_at("yes_no", [w], 0) for w in rest)
        return any(other.relation == form.relation and other.kind == "verbs"
                   and other.words[:-1] == form.words and other.words[-1] in ("by", "par")
                   for other in self.lexicon.forms_of(form.words[0]))

    def _closest(self, question: str, items: list[Item]) -> str:
        """Two or three interpretations close to the question, its names filled in."""
        import difflib

        actors = [it for it in items if it.kind == "actor"]
        parties = [a.value for a in actors if a.actor_kind == "party"] or ["PS"]
        persons = [a.value for a in actors if a.actor_kind != "party"] or [
            a.value for a in actors] or ["Hamon", "Valls"]  # "qui est à la tête du PS":
        # what the graph holds of the party it names (its spokespersons, its members)
        other = next(n for n in ("Macron", "Valls") if n not in persons[0])
        fill = {"a": persons[0], "b": persons[1] if len(persons) > 1 else other,
                "p": parties[0]}
        folded = fold(question)
        words = folded.split()
        # a named query whose keywords are there but not what it needs ("who switched sides":
        # defectors, of which party?) comes first
        wanted = {shape.query for shape in self.lexicon.shapes
                  if any(_contains(words, keyword) for keyword in shape.keywords)}
        scored = []
        for variants, query in self.lexicon.examples:
            best = max(variants, key=lambda v: difflib.SequenceMatcher(
                None, folded, fold(v.format(**fill))).ratio())
            ratio = difflib.SequenceMatcher(None, folded, fold(best.format(**fill))).ratio()
            scored.append((ratio + (query in wanted), best.format(**fill)))
        scored.sort(key=lambda pair: -pair[0])
        shown = " | ".join(text for _, text in scored[:3])
        return f"cannot map {question.strip()!r} to a query; closest: {shown}"


@dataclass
class _Clause:
    items: list[Item] = field(default_factory=list)
    negated: bool = False
    object_question: bool = False
    owner_question: bool = False
    alternative: bool = False
    joined: bool = False  # opened by "and", "or", "nor", "but not": it may share an actor
    disjunction: bool = False  # opened by "or", "ou", "soit"

    @property
    def complete(self) -> bool:
        kinds = {it.kind for it in self.items}
        return "actor" in kinds and "form" in kinds

    @property
    def has_form(self) -> bool:
        return any(it.kind == "form" for it in self.items)


def _clauses(items: list[Item]) -> list[_Clause]:
    """Items cut into clauses (see the module docstring, step 4)."""
    object_words = {" ".join(p) for p in load_lexicon().words["object_question"]}
    owner_words = {" ".join(p) for p in load_lexicon().words["owner_question"]}
    clauses = [_Clause()]
    after_conj = owner_next = False
    heads = False  # "les personnalités qui X *et qui* Y": one list, both conditions
    for k, it in enumerate(items):
        current = clauses[-1]
        joined, after_conj = after_conj, it.kind == "conj"
        if owner_next and it.kind == "form" and it.value.kind == "nouns" \
                and not current.has_form:
            current.owner_question = True  # "Chaibi is *whose* spokesperson": Chaibi's tie
        owner_next = it.kind == "question" and it.value in owner_words and any(
            x.kind == "actor" for x in current.items)
        content = any(x.kind in ("actor", "form", "unknown") for x in current.items)
        if it.kind in ("conj", "rel"):
            if content:
                clauses.append(_Clause(joined=it.kind == "conj"))
        elif it.kind == "narrow":  # "and tell me *which of them*...": within the first list
            if content:
                clauses.append(_Clause())
            else:
                current.alternative = False
        elif it.kind == "or":
            if content and not (current.items and current.items[-1].kind == "form"
                                and items[k + 1:k + 2] and items[k + 1].kind == "actor"):
                # not the first word of a pair ("soutient *soit* Hamon, soit Valls")
                clauses.append(_Clause(alternative=True, joined=True, disjunction=True))
        elif it.kind == "neg":
            if current.complete:
                clauses.append(_Clause(negated=True, joined=True))
            else:
                current.negated = True
        elif it.kind == "question":
            heads = heads or (it.head and len(clauses) == 1)
            if not content and joined and len(clauses) > 1 and (it.head or not heads):
                # "who backs X *and who* attacks him", "ceux qui ... *et ceux qui* ...": both
                # lists; "les personnalités qui ... *et qui* ...": one
                current.alternative = True
            if not content and it.value in object_words:
                current.object_question = True
            if not content and it.value in owner_words:
                current.owner_question = True
            elif it.value in owner_words and current.items and current.items[-1].kind == "form" \
                    and current.items[-1].value.kind == "nouns" and any(
                        x.kind == "actor" for x in current.items):
                current.owner_question = True  # "Carvounas soutien *de qui*": X's own tie
        elif it.kind == "owner":  # a preposition left at the end after a noun
            current.owner_question = True
        elif it.kind == "form" and current.has_form:
            # A second wording in one clause starts its own ("which LR members support X"):
            # what precedes it stays with the first, except a name just before a noun, which
            # is the noun's ("which Hamon supporters are *EELV* members").
            moved = []
            if it.value.kind in ("nouns", "object_nouns") and current.items \
                    and current.items[-1].kind == "actor" and current.items[-2:-1] \
                    and current.items[-2].kind != "form":
                moved = [current.items.pop()]
            # "who neither supports *nor rejects* Hamon": negated as the negation before it
            after_neg = k > 0 and items[k - 1].kind == "neg"
            clauses.append(_Clause(items=[*moved, it], negated=after_neg, joined=after_neg))
        else:
            current.items.append(it)
    return _attach_leading(clauses)


def _noun_of_own_verb(items: list[Item], counted: bool = False) -> list[Item]:
    """Items without a relation's noun that follows the question word when the verb after the
    inverted subject is of the same relation ("which *opponent* did Hamon denounce", « quel
    *adversaire* Hamon a-t-il dénoncé », "whose *support* can Hamon count on"): the noun says
    what those asked are, the verb and its subject say who acts; read as "which actor did
    Hamon denounce", "who can Hamon count on". A noun of another relation stays a condition
    of its own ("which supporter did Hamon attack"). In a count (``counted``) the noun opens
    the items, "how many" taken: "how many *supporters* could X count on"."""
    at = next((k for k, it in enumerate(items) if it.kind == "question"), None)
    if at is None and counted:
        at = next((k for k, it in enumerate(items) if it.kind != "topic"), 0) - 1
    if at is None or at + 3 >= len(items) or any(
            it.kind != "topic" for it in items[:max(at, 0)]):
        return items
    noun, actor = items[at + 1:at + 3]
    verb = next((it for it in items[at + 3:] if it.kind != "unknown"), None)
    if verb is None:  # "which ally did X *end up* backing": unread words before the verb
        return items
    lexicon = load_lexicon()
    asks_a_thing = {" ".join(p) for cls in ("owner_question", "determiners")
                    for p in lexicon.words[cls]}  # "whose", "which": a noun follows
    camp = noun.kind == "form" and noun.value.words in lexicon.words["camps"]  # "whose
    # *camp* is X drifting toward": the owner of the camp, whatever the verb's relation
    if noun.kind != "form" or actor.kind != "actor" or actor.group \
            or (noun.value.kind not in ("nouns", "object_nouns")
                and (at < 0 or items[at].value not in asks_a_thing)) \
            or verb.kind != "form" or verb.value.kind not in ("verbs", "reverse") \
            or verb.passive or (verb.value.relation != noun.value.relation and not camp):
        return items
    return items[:at + 1] + items[at + 2:]


def _camp_for_actor(clauses: list[_Clause], camps: set[tuple[str, ...]]) -> list[_Clause]:
    """A verb left without its actor before a camp and its owner ("a des vues sur *le camp
    Macron*", "se range dans *le camp de* Valls", "luring X toward *Macron's camp*"): the camp
    stands for its owner, the verb's actor, and is no condition of its own."""
    merged: list[_Clause] = []
    for clause in clauses:
        last = merged[-1] if merged else None
        if last is not None and last.items and last.items[-1].kind == "form" \
                and last.items[-1].value.kind in ("verbs", "reverse") \
                and not any(it.kind in ("actor", "unknown") for it in last.items) \
                and len(clause.items) == 2 and clause.items[0].kind == "form" \
                and clause.items[0].value.words in camps and clause.items[1].kind == "actor" \
                and not clause.negated and not clause.joined:
            last.items.append(clause.items[1])
            continue
        merged.append(clause)
    return merged


def _shared_objects(clauses: list[_Clause]) -> list[_Clause]:
    """A verb left without its actor before another verb and its actor shares that actor
    ("who supports *or* rejects Hamon", "qui ne soutient *ni* ne critique Hamon", "who
    neither supports nor rejects Hamon"): both verbs are about Hamon; so does a verb right
    before an object noun and its owner ("a-t-il *refusé l'invitation de* Hamon": rejects
    Hamon, whose invitation it was)."""
    for first, second in zip(clauses, clauses[1:], strict=False):
        last = first.items[-1] if first.items else None
        if last is not None and last.kind == "form" and not last.passive \
                and last.value.kind in ("verbs", "reverse") \
                and sum(it.kind == "form" for it in first.items) == 1 \
                and not any(it.kind in ("actor", "unknown") for it in first.items) \
                and len(second.items) > 1 and second.items[0].kind == "form" \
                and (second.items[0].value.kind in ("verbs", "reverse") if second.joined
                     else second.items[0].value.kind == "object_nouns"
                     and second.items[0].value.relation != last.value.relation) \
                and second.items[1].kind == "actor":
            first.items.append(second.items[1])
    return clauses


def _attach_leading(clauses: list[_Clause]) -> list[_Clause]:
    """A first clause without a wording ("les socialistes qui ...") joins the next one."""
    merged: list[_Clause] = []
    for clause in clauses:
        if len(merged) == 1 and not merged[0].has_form and not merged[0].negated:
            head = merged.pop()
            clause = _Clause(head.items + clause.items, clause.negated,
                             head.object_question or clause.object_question,
                             head.owner_question or clause.owner_question, clause.alternative)
        merged.append(clause)
    return [c for c in merged if c.items]


def _after_pprep(items: list[Item], k: int) -> bool:
    """Whether the party at ``items[k]`` follows a party preposition ("au sein du PS")."""
    return (items[k].actor_kind == "party" and k > 0
            and items[k - 1].kind in ("pprep", "pxprep"))


def _left_out(items: list[Item], k: int) -> bool:
    """Whether the actor at ``items[k]`` follows an exclusion word ("hors du PS", "besides
    Montebourg"): left out of the answer, never a condition's argument."""
    return k > 0 and items[k - 1].kind == "pxprep"


def _is_group(items: list[Item], k: int) -> bool:
    """A party named as the group asked about: "quels écologistes soutiennent X"."""
    return all(it.kind in ("question", "pprep") for it in items[:k])


def _asked(form: Form, actor_before: bool, object_question: bool, owner: bool = False) -> str:
    """Which end of the relation the actors asked about are."""
    if form.kind in ("nouns", "object_nouns"):
        return "subject" if (form.kind == "nouns") != owner else "object"
    forward = form.kind == "verbs"
    flipped = actor_before or object_question
    return "subject" if forward != flipped else "object"


def _party_asked(conditions: list[Condition], party_of: dict[int, str]) -> list[Condition]:
    """A wording read with its party relation when the end asked about is a party named by a
    noun of that relation after the question word ("Valls a rejoint *quel parti*", "X porte
    les couleurs de *quel parti*": membership, as "quel parti Valls a-t-il rejoint" and "qui
    porte les couleurs du PS" read it), not only when the actor named is a party."""
    asked = {c.relation for c in conditions if c.actor is None and c.asked == "object"
             and not c.negated}
    return [replace(c, relation=party_of[k])
            if k in party_of and party_of[k] in asked and c.actor is not None
            and c.asked == "object" else c for k, c in enumerate(conditions)]


def _merge_memberships(conditions: list[Condition], filters: list[str],
                       parties: set[str], either: set[int] | None = None) -> list[Condition]:
    """Conditions that qualify others rather than add their own.

    "Members of a party" next to another condition filters by the party instead; a wording
    without its actor next to one with an actor adds nothing, except that an object noun
    ("*quel parti* appartient Jadot", "which *party* does X belong to") says the actors asked
    about are that relation's objects.
    """
    if len(conditions) < 2:
        return conditions
    kept = []
    for k, condition in enumerate(conditions):
        if (condition.relation == "MEMBER_OF" and condition.asked == "subject"
                and not condition.negated and condition.actor in parties and k not in (either or ())
                and any(c is not condition and c.actor is not None for c in conditions)):
            # "or" keeps it a condition ("membre d'EELV *ou* de LFI", "porte-parole de
            # Macron *ou* membre d'En Marche": either may hold, a filter would need both);
            # "qui soutient Hamon *et qui* est membre du PS" is one list, filtered
            filters.append(condition.actor)
        else:
            kept.append(condition)
    objects = {c.relation for c in kept if c.actor is None and c.asked == "object"}
    if len(kept) == 2 and not any(c.actor or c.negated or c.alternative for c in kept) \
            and kept[0].relation == kept[1].relation and kept[0].asked != kept[1].asked:
        return kept[:1]  # "qui est membre d'un *parti*": the noun names the other end
    if any(c.actor is not None for c in kept):
        kept = [c if c.relation not in objects else replace(c, asked="object")
                for c in kept if c.actor is not None]
    return kept or conditions


def _positions(tokens: list[Token]) -> list[tuple[int, Token, bool]]:
    """Each token with its index and whether it is the last one."""
    return [(k, token, k == len(tokens) - 1) for k, token in enumerate(tokens)]


def _statement(items: list[Item]) -> bool:
    """A question without a question word that says what it asks ("valls votes macron?",
    "Mélenchon snobe l'invitation de Hamon ?"): a person, a verb, another actor; answered
    yes or no about the person."""
    if any(it.kind in ("question", "rel") for it in items):
        return False
    content = [it for it in items if it.kind not in ("topic", "skip")]
    return (len(content) >= 3 and content[0].kind == "actor" and not content[0].group
            and content[1].kind == "form" and (
                content[0].actor_kind != "party" or content[1].start - content[0].end <= 1)
            # a party too, right before its verb ("Le PS tenté par Macron ?"), where "PS
            # ppl attacking hamon" asks for the party's people
            and content[1].value.kind in ("verbs", "reverse")
            and any(it.kind == "actor" and not it.pronoun and it.value != content[0].value
                    for it in content[2:]))  # "those Hamon asked to join *him*": a list


def _subject_after_topic(items: list[Item], first: Item | None) -> Item | None:
    """The actor a yes/no question is about when the first one named is a topic a clitic
    takes up again ("*Hamon*, Macron *l*'a-t-il critiqué ?": about Macron, Hamon the
    object): the one person between the topic and that clitic, else ``first``."""
    if first is None or first.kind != "actor":
        return first
    at = items.index(first)
    again = next((k for k in range(at + 1, len(items)) if items[k].clitic
                  and items[k].value == first.value), None)
    between = [it for it in items[at + 1:again] if it.kind == "actor" and not it.group
               and not it.pronoun] if again is not None else []
    return between[0] if len(between) == 1 else first


def _without_modifiers(items: list[Item]) -> list[Item] | None:
    """The items less the unknown words right before a wording ("the *staunchest* allies
    of X", "*sèchement* recalé", "who *gets* the most flak"): no name stands there, so they
    qualify the wording. Never one word of several, nor one right after a wording (that is
    the wording's actor). None when there is none (the unknown word is then a name)."""
    kept = [it for k, it in enumerate(items) if not (
        it.kind == "unknown" and " " not in it.value and k + 1 < len(items)
        and items[k + 1].kind == "form" and (k == 0 or items[k - 1].kind != "form"))]
    return kept if len(kept) < len(items) else None


def _unknown(store: Store, question: str, item: Item) -> UnknownNameError:
    """The error for a question naming ``item``, which names no actor: it names the word as
    typed and the two or three actors of the graph closest to it, however far, so that the
    analyst always has names to choose from (the gazetteer's when the graph has none)."""
    typed = question[item.start:item.end]
    try:
        lookup_index(store, [typed]).resolve(typed)
    except UnknownNameError:
        closest = NameIndex(store.actors(), load_gazetteer()).suggest(
            typed, cutoff=0.0, stored=True)
        hint = (f"; did you mean: {', '.join(closest)}?" if closest
                else " in the graph or the gazetteer")
        return UnknownNameError(f"no actor named {typed!r}{hint}", typed)
    except AmbiguousNameError as exc:
        return UnknownNameError(str(exc))
    return UnknownNameError(f"no actor named {typed!r} in the graph or the gazetteer", typed)


def _slip(typed: str, name: str) -> bool:
    """Whether ``typed`` is one typing slip from ``name`` (two for names of eight letters
    or more): a letter missing, extra or wrong, or two letters swapped.

    >>> _slip("hammon", "hamon"), _slip("melanchon", "melenchon"), _slip("valls", "hamon")
    (True, True, False)
    """
    if len(name) < 4 or typed == name:
        return False
    import difflib

    allowed = 2 if len(name) >= 8 else 1
    ops = difflib.SequenceMatcher(None, typed, name, autojunk=False).get_opcodes()
    cost = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")
    return cost <= allowed or (len(typed) == len(name) and sorted(typed) == sorted(name)
                               and sum(a != b for a, b in zip(typed, name, strict=True)) == 2)


def _find_gapped(words: list[str], taken: list[bool], keyword: tuple[str, ...]) -> list[int] | None:
    """Where the free ``words`` hold ``keyword`` (``_``: one to five other words), or None.

    >>> _find_gapped("where does hanotin stand".split(), [False] * 4, ("where", "_", "stand"))
    [0, 3]
    """
    def match(k: int, start: int) -> list[int] | None:
        if k == len(keyword):
            return []
        if keyword[k] == "_":
            for gap in range(1, 6):
                rest = match(k + 1, start + gap)
                if rest is not None and start + gap <= len(words):
                    return rest
            return None
        if start < len(words) and not taken[start] and words[start] == keyword[k]:
            rest = match(k + 1, start + 1)
            return None if rest is None else [start, *rest]
        return None

    for start in range(len(words)):
        found = match(0, start)
        if found is not None:
            return found
    return None


def _stem_match(words: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands at ``at`` in ``words``, a word ending in "*" as a stem.

    >>> _stem_match(["his", "endorsements"], 1, ("endorsement*",))
    True
    >>> _stem_match(["plaide", "la", "cause"], 0, ("plaid*", "la", "cause"))
    True
    """
    if at + len(phrase) > len(words):
        return False
    return all(word.startswith(want[:-1]) if want.endswith("*") else word == want
               for word, want in zip(words[at:at + len(phrase)], phrase, strict=True))


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i:i + size]) == phrase for i in range(len(words) - size + 1))


def _previous_end(tokens: list[Token], i: int) -> int:
    return tokens[i - 1].end if i > 0 else -1


def _ending_or_doubling(word: str, corrected: str) -> bool:
    """Whether ``corrected`` differs from ``word`` only in its last two letters (an inflection:
    "carries", "carried") or by a letter doubled or undoubled ("suport", "support").

    >>> _ending_or_doubling("suport", "support"), _ending_or_doubling("decided", "derided")
    (True, False)
    """
    same = len(commonprefix([word, corrected]))
    if same >= min(len(word), len(corrected)) - 2:
        return True
    longer, shorter = (word, corrected) if len(word) > len(corrected) else (corrected, word)
    return len(longer) == len(shorter) + 1 and longer[:same] + longer[same + 1:] == shorter \
        and longer[same] in (longer[same - 1:same] + longer[same + 1:same + 2])


def _same_stem(word: str, corrected: str) -> bool:
    """Whether the two words differ only in the last two letters of each (an inflection).

    >>> _same_stem("seduire", "seduit"), _same_stem("attitre", "attire")
    (True, False)
    """
    return len(commonprefix([word, corrected])) >= max(len(word), len(corrected)) - 2


def _later(a: str | None, b: str | None) -> str | None:
    return max(x for x in (a, b) if x) if (a or b) else None


def _earlier(a: str | None, b: str | None) -> str | None:
    return min(x for x in (a, b) if x) if (a or b) else None
