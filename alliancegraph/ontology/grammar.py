"""The French grammar words the extraction rules read, loaded from ``ontology/grammar.toml``.

The rules test tokens against closed word classes (determiners, prepositions, clitics,
pronouns, auxiliaries' forms) and a few small lists of meaning. Those words are vocabulary, so
they live in the ontology's data like the cue lexicon and the gazetteer; a rule module names the
set it reads and gets it once, at import, as a frozenset.

>>> "les" in grammar_words("claims", "determiners")
True
>>> grammar_words("claims", "no_such_set")
Traceback (most recent call last):
...
KeyError: "ontology/grammar.toml has no list 'no_such_set' under [claims]"
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

GRAMMAR_FILE = Path(__file__).with_name("grammar.toml")


@cache
def _grammar() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(GRAMMAR_FILE.read_text(encoding="utf-8"))


def grammar_words(module: str, name: str) -> frozenset[str]:
    """The word list ``name`` of the ``[module]`` table, exactly as written there."""
    try:
        return frozenset(_grammar()[module][name])
    except KeyError:
        raise KeyError(f"ontology/grammar.toml has no list {name!r} under [{module}]") from None


@cache
def grammar_table(module: str, name: str) -> dict[str, frozenset[str]]:
    """The table ``[module.name]``: each word with the word list it stands for.

    >>> "maire" in grammar_table("references", "description_synonyms")["edile"]
    True
    """
    try:
        table = _grammar()[module][name]
    except KeyError:
        raise KeyError(f"ontology/grammar.toml has no table [{module}.{name}]") from None
    return {word: frozenset(words) for word, words in table.items()}
