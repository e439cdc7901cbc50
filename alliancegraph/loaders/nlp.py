"""The spaCy pipeline: ``fr_core_news_md`` with sentence boundaries set before the parser.

The model's own sentence splitting is its worst weakness on news text: it merges a headline
with the first paragraph and may split inside a name. A rule component placed before the
parser presets ``is_sent_start`` on every token, and the parser respects preset boundaries.
The morphologizer stays: the lemmatizer needs its POS tags.
"""

from __future__ import annotations

from functools import cache

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_COMPONENT = "alliance_sentences"
TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING = frozenset({"»", '"', "”", ")", "'"})
OPENING = frozenset({"«", '"', "“"})
# A period after these is an abbreviation ("M. Hamon"), not the end of a sentence.
ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf"})


def _is_abbreviation(text: str) -> bool:
    """``M.`` or ``J.-L.``: a one-letter or known abbreviation right before the period."""
    text = text.rstrip(".").lower()
    return (len(text) == 1 and text.isalpha()) or text in ABBREVIATIONS


def _ends_sentence(texts: list[str], spaces: list[bool], i: int) -> bool:
    """Whether a sentence may end after token ``i`` (terminal mark, closing quotes allowed)."""
    while texts[i] in CLOSING and i > 0 and not spaces[i - 1]:
        i -= 1
        if texts[i] in TERMINALS:
            return True
    if texts[i] in TERMINALS:
        # "venu.C'est" stays one token, so only a detached mark ends a sentence.
        return i == 0 or not _is_abbreviation(texts[i - 1])
    return False


def sentence_starts(texts: list[str], spaces: list[bool]) -> list[bool]:
    """Sentence starts from token texts and whether whitespace follows each (no Token objects).

    True after a blank line, or after . ! ? … + whitespace + capital or opening quote.
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
            if i < 2:
                continue
            before = i - 2
        elif spaces[i - 1]:
            before = i - 1
        else:
            continue
        if (text[:1].isupper() or text in OPENING) and _ends_sentence(texts, spaces, before):
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
    flags = [1 if start else -1 for start in sentence_starts(texts, spaces)]
    topic_end = headline_topic_end(doc, texts)
    if topic_end is not None:
        flags[topic_end] = 1
    doc.from_array(
        [SENT_START], numpy.asarray(flags, dtype="int64").astype("uint64").reshape(-1, 1)
    )
    return doc


@cache
def load_nlp(model: str = "fr_core_news_md") -> Language:
    """The French pipeline with the sentence component before the parser (cached per process)."""
    nlp = spacy.load(model)
    if SENTENCE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    return nlp
