"""The spaCy pipeline: ``fr_core_news_md`` with sentence boundaries set before the parser.

The model's own sentence splitting is its worst weakness on news text: it merges a headline
with the first paragraph and may split inside a name. A rule component placed before the
parser presets ``is_sent_start`` on every token, and the parser respects preset boundaries.
The morphologizer stays: the lemmatizer needs its POS tags.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_COMPONENT = "alliance_sentences"
TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING = frozenset({"»", '"', "”", ")", "'"})
OPENING = frozenset({"«", '"', "“"})
# A period after these is an abbreviation ("M. Hamon"), not the end of a sentence.
ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf"})


def _is_abbreviation(token) -> bool:
    """``M.`` or ``J.-L.``: a one-letter or known abbreviation right before the period."""
    text = token.text.rstrip(".").lower()
    return (len(text) == 1 and text.isalpha()) or text in ABBREVIATIONS


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether a sentence may end after token ``i`` (terminal mark, closing quotes allowed)."""
    token = doc[i]
    while token.text in CLOSING and token.i > 0 and not doc[token.i - 1].whitespace_:
        token = doc[token.i - 1]
        if token.text in TERMINALS:
            return True
    if token.text in TERMINALS:
        return token.i == 0 or not _is_abbreviation(doc[token.i - 1])
    # "venu.C'est" stays one token; "1er." style abbreviations end with a period inside.
    return False


@Language.component(SENTENCE_COMPONENT)
def set_sentence_starts(doc: Doc) -> Doc:
    """True after a blank line, or after . ! ? … + whitespace + capital or opening quote.

    False everywhere else, so the parser cannot cut a name ("Laurence | Rossignol") in two.
    """
    starts = [False] * len(doc)
    if len(doc):
        starts[0] = True
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        token = doc[i]
        if token.is_space:
            continue
        if prev.is_space:
            if prev.text.count("\n") >= 2:
                starts[i] = True
                continue
            if i < 2:
                continue
            before, gap = i - 2, True
        else:
            before, gap = i - 1, bool(prev.whitespace_)
        if not gap:
            continue
        first = token.text[:1]
        if (first.isupper() or token.text in OPENING) and _ends_sentence(doc, before):
            starts[i] = True
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc


@cache
def load_nlp(model: str = "fr_core_news_md") -> Language:
    """The French pipeline with the sentence component before the parser (cached per process)."""
    nlp = spacy.load(model)
    if SENTENCE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    return nlp
