"""The spaCy pipeline: ``fr_core_news_md`` with sentence boundaries set before the parser.

The model's own sentence splitting is its worst weakness on news text: it merges a headline
with the first paragraph and may split inside a name. A rule component placed before the
parser presets ``is_sent_start`` on every token, and the parser respects preset boundaries.
The morphologizer stays: the lemmatizer needs its POS tags.
"""

from __future__ import annotations

import re
from functools import cache

import numpy
import spacy
from spacy.attrs import LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from alliancegraph.loaders.cues import load_lexicon
from alliancegraph.ontology.gazetteer import fold
from alliancegraph.ontology.grammar import grammar_words

SENTENCE_COMPONENT = "alliance_sentences"
TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING = frozenset({"»", '"', "”", ")", "'"})
# French typography puts a space (often a no-break one) inside guillemets: « Non. » Il part.
SPACED_CLOSING = frozenset({"»", "”"})
OPENING = frozenset({"«", '"', "“"})
# A list item on its own line: "- Dans le Val (94), c'est X qui conduit la liste".
BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "►", "●"})
# A line that ends on these goes on with the next line ("A, B,\nC et D", "a parlé avec\nX"),
# whatever the layout: punctuation that runs on, and words that cannot end a heading.
CONTINUING = frozenset({",", ";", "(", "-", "–", "/", "«", "“"})
RUN_ON_WORDS = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "à", "au", "aux",
     "avec", "pour", "par", "sur", "sous", "dans", "en", "entre", "chez", "vers", "contre", "et",
     "ou", "mais", "ni", "que", "qu'", "qu’", "qui", "dont", "ne", "n'", "n’", "se", "s'", "s’",
     "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces"}
)
# Web pages lose the space after a sentence: "… dans le Val (94).Suite à l'annonce, …". A
# terminal mark glued between a lower-case word (a digit, a closing bracket or quote) and a
# capitalised word is split off, so the boundary rules below can see it. Never inside
# initials ("J.-L.", "M.Dupont": upper case before the mark) or a label ending in one capital
# ("Génération.S ": the capital must begin a word).
GLUED_TERMINAL = (
    r"(?<=[a-zà-ÿ0-9)»”\"])[.!?…](?=«|[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])"
    r"|(?<=[a-zà-ÿ0-9])\)(?=[.!?…][A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])"
)
# A period after these is an abbreviation ("M. Hamon"), not the end of a sentence.
ABBREVIATIONS = grammar_words("nlp", "abbreviations")


def _is_abbreviation(text: str) -> bool:
    """``M.`` or ``J.-L.``: a one-letter or known abbreviation right before the period."""
    text = text.rstrip(".").lower()
    return (len(text) == 1 and text.isalpha()) or text in ABBREVIATIONS


def _ends_sentence(texts: list[str], spaces: list[bool], i: int) -> bool:
    """Whether a sentence may end after token ``i`` (terminal mark, closing quotes allowed;
    « and » with the space French puts inside them, a no-break space included)."""
    while texts[i] in CLOSING and i > 0 and (not spaces[i - 1] or texts[i] in SPACED_CLOSING):
        closing = texts[i]
        i -= 1
        if closing in SPACED_CLOSING and texts[i].isspace() and "\n" not in texts[i] and i > 0:
            i -= 1  # a no-break space is a token of its own
        if texts[i] in TERMINALS:
            return True
    if texts[i] in TERMINALS:
        # "venu.C'est" stays one token, so only a detached mark ends a sentence.
        return i == 0 or not _is_abbreviation(texts[i - 1])
    return False


def _glued_start(text: str) -> bool:
    """A word that may open a sentence glued to the mark before it: a capital then lower case
    ("Suite", "C'est"), never a lone capital ("Génération.S" is a party's name)."""
    return len(text) > 1 and text[0].isupper() and (text[1].islower() or text[1] in "'’")


# A single line break inside a sentence: a line that goes on in lower case after a word.
WRAPPED = re.compile(r"[^\s,;(«“/–-][ \t]*\n[ \t]*[a-zà-ÿ]")


def line_layout(text: str) -> bool:
    """Whether single line breaks in ``text`` are layout (one line per paragraph, heading,
    list item or caption, as web pages and feeds give text) rather than wrapping inside
    sentences: no line ever goes on in lower case after a single break. One regular
    expression over the text, not a pass over the tokens.

    >>> line_layout("Le maire amer\\nPaul Girard part."), line_layout("Il a parlé avec\\nlui.")
    (True, False)
    """
    return WRAPPED.search(text) is None


def _line_break(texts: list[str], i: int, layout: bool) -> bool:
    """A single line break before token ``i`` ends a sentence: before a list bullet always;
    in a text laid out in lines (:func:`line_layout`), after any line that does not run on
    (no comma or opening bracket at its end) when the next one starts like a sentence. A
    heading or a caption without a final mark is then never glued to the next paragraph."""
    if texts[i] in BULLETS:
        return True
    return (
        layout
        and i >= 2
        and texts[i - 2] not in CONTINUING
        and texts[i - 2].lower() not in RUN_ON_WORDS
        and not texts[i - 2].isspace()
        and (texts[i][:1].isupper() or texts[i] in OPENING)
    )


# A live blog's time stamp opening an entry after the last one's final mark, on the same line:
# "… a salué les militants. 18h20 - Côté PS, …", "… a gagné. 19 h 40 – Dans la cour, …".
STAMP = re.compile(r"^\d{1,2}h(\d{2})?$")
STAMP_MARKS = frozenset({"-", "–", "—", ":"})


def time_stamp_end(texts: list[str], i: int, end: int | None = None) -> int | None:
    """Where the words start after a time stamp at token ``i`` and its dash or colon ("18h20 -",
    "19 h 40 –", "22h :"), an entry of a live blog; None when no stamp opens there. ``end``:
    where to stop looking (the sentence's end)."""
    end = len(texts) if end is None else end
    k = i + 1
    if STAMP.match(texts[i]) is None:
        if not (texts[i].isdigit() and len(texts[i]) <= 2 and texts[i + 1 : i + 2] == ["h"]):
            return None
        k = i + 2 + (i + 2 < end and texts[i + 2].isdigit() and len(texts[i + 2]) == 2)
    while k < end and texts[k].isspace() and "\n" not in texts[k]:
        k += 1
    return k + 1 if k < end and texts[k] in STAMP_MARKS else None


def _time_stamp(texts: list[str], i: int) -> bool:
    """Whether a live blog's time stamp and its mark open at token ``i``: an entry, which
    opens with a figure, not a capital."""
    return time_stamp_end(texts, i) is not None


def sentence_starts(texts: list[str], spaces: list[bool], layout: bool = False) -> list[bool]:
    """Sentence starts from token texts and whether whitespace follows each (no Token objects);
    ``layout``: single line breaks are the text's layout (:func:`line_layout`).

    True after a blank line; after . ! ? … (closing quotes allowed) + whitespace, or a mark
    glued to the next word, + capital, opening quote or a live blog's time stamp
    (:func:`_time_stamp`); at a line that starts with a list bullet; at a new line when lines
    are the text's layout (:func:`_line_break`).
    """
    starts = [False] * len(texts)
    if texts:
        starts[0] = True
    for i in range(1, len(texts)):
        text, prev = texts[i], texts[i - 1]
        if text.isspace():
            continue
        if prev.isspace():
            if prev.count("\n") >= 2:
                starts[i] = True
                continue
            if "\n" in prev and _line_break(texts, i, layout):
                starts[i] = True
                continue
            if i < 2:
                continue
            before = i - 2
        elif spaces[i - 1]:
            before = i - 1
        elif prev in TERMINALS and i >= 2 and not spaces[i - 2] and _glued_start(text):
            before = i - 1  # "… (94).Suite": the mark was split off the words around it
        else:
            continue
        opening = text[:1].isupper() or text in OPENING or _time_stamp(texts, i)
        if opening and _ends_sentence(texts, spaces, before):
            starts[i] = True
    return starts


# A headline's topic before its colon ("Européennes : X rallie Y") is at most this many tokens.
TOPIC_TOKENS = 6


def headline_topic_end(doc: Doc, texts: list[str] | None = None) -> int | None:
    """Where the claim of a telegraphic headline starts, after its topic and colon.

    A title ("Européennes : X rallie Y", "Hamon : Jadot le soutient") is the doc's first line
    when a blank line follows it. Its part before the colon is a topic, not the subject, so the
    claim after the colon gets a sentence of its own: the parser then stops taking the topic
    for the subject. Not when the colon introduces a quotation ("X : « … »", the speaker's
    words) or follows a verb ("X prévient : …"). ``texts``: the token texts, when already
    listed (token objects are slow to make).

    >>> nlp = load_nlp()
    >>> doc = nlp("Européennes : Yannick Jadot rallie Benoît Hamon\\n\\nLe reste.")
    >>> doc[headline_topic_end(doc)].text
    'Yannick'
    """
    texts = [t.text for t in doc] if texts is None else texts
    end = next((k for k, text in enumerate(texts) if text.count("\n") >= 2), None)
    if end is None or any("\n" in text for text in texts[:end]):
        return None
    colon = next((k for k in range(end) if texts[k] == ":"), None)
    if colon is None or not 0 < colon <= TOPIC_TOKENS or colon + 1 >= end:
        return None
    if doc[colon + 1].text in OPENING or any(t.pos_ in {"VERB", "AUX"} for t in doc[:colon]):
        return None
    return colon + 1


@Language.component(SENTENCE_COMPONENT)
def set_sentence_starts(doc: Doc) -> Doc:
    """Preset every token's ``is_sent_start``: True at a sentence start (see
    :func:`sentence_starts`), False everywhere else, so the parser cannot cut a name
    ("Laurence | Rossignol") in two. Read and set as arrays: Token objects are slow to make."""
    strings = doc.vocab.strings
    columns = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
    texts = [strings[orth] for orth, _ in columns]
    spaces = [bool(space) for _, space in columns]
    layout = "\n" in doc.text and line_layout(doc.text)
    flags = [1 if start else -1 for start in sentence_starts(texts, spaces, layout)]
    topic_end = headline_topic_end(doc, texts)
    if topic_end is not None:
        flags[topic_end] = 1
    doc.from_array(
        [SENT_START], numpy.asarray(flags, dtype="int64").astype("uint64").reshape(-1, 1)
    )
    return doc


COMPLETIVE_COMPONENT = "alliance_completives"
COMPLETIVE_MARKS = grammar_words("nlp", "completive_marks")
COMPLETIVE_NOUNS = grammar_words("nlp", "completive_nouns")
# Where the parser hangs a misplaced completive: an adjunct of the verb that governs it.
ADJUNCT_DEPS = frozenset({"obl", "obl:mod", "obl:arg"})


@Language.component(COMPLETIVE_COMPONENT)
def reattach_completives(doc: Doc) -> Doc:
    """Give back to a reporting verb the "que" clause the parser hung on the adjunct before it.

    « a indiqué dans un communiqué qu'il voterait pour X », « a déclaré lors d'un meeting
    qu'il ne soutiendrait pas X »: the model reads the clause as a relative of « communiqué »,
    so the conditional of a reported future lost the reporting verb above it (and every rule
    that walks up from the clause to its verb lost it too). Under a verb of speech (the
    lexicon's ``speech`` list) a "que" clause on an adjunct noun becomes that verb's
    complement, unless the noun takes completives itself (« dans l'espoir qu'il … »). Only the
    few "que" tokens become Token objects.

    >>> nlp = load_nlp()
    >>> doc = nlp("Il a indiqué dans un communiqué qu'il voterait pour elle.")
    >>> clause = next(t for t in doc if t.text == "voterait")
    >>> clause.head.text, clause.dep_
    ('indiqué', 'ccomp')
    """
    if not len(doc):
        return doc
    speech = load_lexicon().lists["speech"]
    marks = [doc.vocab.strings[word] for word in COMPLETIVE_MARKS]  # the words' hashes
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), marks)).tolist():
        clause = doc[i].head
        noun = clause.head
        verb = noun.head
        if verb.pos_ in {"ADV", "ADP"} and verb.dep_ in {"advmod", "case"}:
            verb = verb.head  # « lors d'un meeting »: the adverb hangs on the verb
        if (
            clause.dep_.startswith("acl")
            and noun.pos_ in {"NOUN", "PROPN"}
            and noun.dep_ in ADJUNCT_DEPS | {"nmod"}
            and verb.pos_ == "VERB"
            and verb.i < noun.i < i < clause.i
            and fold(verb.lemma_) in speech
            and fold(noun.lemma_) not in COMPLETIVE_NOUNS
        ):
            clause.head = verb
            clause.dep_ = "ccomp"
    return doc


# Spaces of French typesetting that web pages keep (before « : ; ? ! », inside « M. Dupont »,
# between thousands) and that the tokenizer and the model read as letters of a word: each
# becomes a plain space, one character for one, so every offset into the text still holds.
_PLAIN_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a", " "))


# An incise between two spaced dashes within one sentence ("X – députée LR – a rejoint Y"): the
# model reads a dash as a word of the name before it, the incise as the name's complement, and
# loses the apposition that commas give it; the two dashes become commas for the parser.
_DASH = r"(?<= )[-\u2013\u2014](?= )"
_DASH_INCISE = re.compile(rf"{_DASH}([^-\u2013\u2014\n.!?;:]{{1,160}}?){_DASH}")


def parse_text(text: str) -> str:
    """The text the pipeline parses: ``text`` with its typographic spaces made plain and the
    dashes around an incise read as commas, one character for one, so that every offset into
    the text still holds (claims quote the article's own characters).

    >>> parse_text("Jean\u00a0Dupont\u202f: «\u00a0oui\u00a0»") == "Jean Dupont : « oui »"
    True
    >>> parse_text("Ana Roux \u2013 maire PS \u2013 soutient Luc Faure.")
    'Ana Roux , maire PS , soutient Luc Faure.'
    >>> parse_text("14h30 \u2013 Ana Roux soutient Luc Faure.")  # one dash: a time stamp
    '14h30 \u2013 Ana Roux soutient Luc Faure.'
    """
    return _DASH_INCISE.sub(r",\1,", text.translate(_PLAIN_SPACES))


@cache
def load_nlp(model: str = "fr_core_news_md") -> Language:
    """The French pipeline with the sentence component before the parser (cached per process)."""
    nlp = spacy.load(model)
    if SENTENCE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    if COMPLETIVE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPLETIVE_COMPONENT, last=True)  # it reads the lemmas
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{GLUED_TERMINAL}").finditer
    return nlp
