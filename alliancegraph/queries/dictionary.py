"""Whether a word is an ordinary word of English or French: one the spaCy model we already
ship (``fr_core_news_md``) has a word vector for.

The model's vectors were trained on web text in both languages, so their keys hold common
words of either as typed ("biggest", "ménagement") but rarely a lower-cased surname
("zorglub", "carvounas"); the string store is no use here, since it keeps every string the
model's training ever saw. The parser asks this only for a word that names no actor, to tell
a stray word ("who is *curious*") from a name the graph lacks. Without the model, no word is
ordinary: the unknown-name error stays.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

MODEL = "fr_core_news_md"


@lru_cache(maxsize=1)
def _vector_keys() -> frozenset[int]:
    spec = find_spec(MODEL)
    if spec is None or spec.origin is None:
        return frozenset()
    from spacy.vectors import Vectors

    vocab = next(Path(spec.origin).parent.glob("*/vocab"), None)
    if vocab is None:
        return frozenset()
    return frozenset(Vectors().from_disk(vocab).key2row)


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (as typed, accents kept) is an ordinary word of either language.

    >>> is_dictionary_word("biggest"), is_dictionary_word("ménagement")
    (True, True)
    >>> is_dictionary_word("zorglub")
    False
    """
    from spacy.strings import hash_string

    return hash_string(word) in _vector_keys()
