"""Syndicated copies: one agency dispatch printed by many outlets counts once.

Outlets reprint a dispatch with small edits: another title, a line of their own, a rewritten
ending. Counting each copy as an article would turn one dispatch into "articles: 12". So every
article gets a MinHash signature of its text (:func:`signature`), and articles whose texts are
near duplicates form one **copy group**:

* text is normalised (lower case, accents removed, words only) and cut into overlapping
  shingles of :data:`SHINGLE_WORDS` words; the MinHash has :data:`NUM_PERM` permutations;
* two articles are copies when the estimated Jaccard similarity of their shingle sets is at
  least :data:`THRESHOLD` (0.5). A copy with an added line or a rewritten last paragraph keeps
  0.7-0.9; two different stories about the same event share a few sentences at most and stay
  near 0.1. Candidates come from an LSH index (``datasketch.MinHashLSH``) and each is then
  checked against the threshold; copies of copies join the same group (groups are the
  connected components);
* the group is named by its **representative**: the earliest published copy, ties broken by
  canonical URL (articles without one after those with one), then by article id. Each
  article's ``copy_of`` is its representative's id (the representative's is its own id), and
  every claim read in a copy carries the same ``copy_of`` and is dated by the representative:
  the date of the dispatch.

The queries count ``DISTINCT copy_of`` where they counted articles, and the fracture analysis
weighs a tie by its groups, while every copy's claim stays stored with its own article, URL and
outlet as provenance. Signatures are stored with the articles, so a copy loaded in a later run
joins the group already stored (and becomes its representative if it was published earlier).

>>> a = signature("Carole Delga a confirmé mardi son soutien à Anne Hidalgo " * 3)
>>> b = signature("Carole Delga a confirmé mardi son soutien à Anne Hidalgo " * 3 + "Fin.")
>>> similarity(a, b) >= THRESHOLD
True
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

SHINGLE_WORDS = 4
NUM_PERM = 128
THRESHOLD = 0.5
# Every signature must use the same permutations: never change these on a stored graph.
SEED = 1
SCHEME = "affine32"  # datasketch's 32-bit hashing: a signature is NUM_PERM x 4 bytes
# Shingles are hashed with CRC-32 (stable across processes, unlike hash(); four times faster
# than datasketch's default SHA-1, which was most of a signature's time); the random affine
# permutations of the MinHash do the mixing.
WORD = re.compile(r"\w+")
COMBINING = re.compile(r"[\u0300-\u036f]")  # accents, once NFKD has split them off


def words(text: str) -> list[str]:
    """The text as the comparison sees it: lower-case words, accents and punctuation gone.

    >>> words("« L'élue a défendu la ligne », a-t-il dit.")
    ['l', 'elue', 'a', 'defendu', 'la', 'ligne', 'a', 't', 'il', 'dit']
    """
    return WORD.findall(COMBINING.sub("", unicodedata.normalize("NFKD", text.lower())))


def signature(text: str) -> bytes:
    """The MinHash of the text's word shingles, as bytes to store (``NUM_PERM`` x 4 bytes)."""
    tokens = words(text)
    shingles = {
        " ".join(tokens[i : i + SHINGLE_WORDS])
        for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))
    }
    minhash = _empty_minhash().copy()
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype("<u4").tobytes()


@cache
def _empty_minhash():
    """A MinHash with no data: copied for each text, so the permutations are drawn once."""
    from datasketch import MinHash  # imported when used: it takes seconds to import

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)


def _minhash(data: bytes):
    import numpy as np
    from datasketch import LeanMinHash

    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """The estimated Jaccard similarity of two signatures' shingle sets."""
    return _minhash(a).jaccard(_minhash(b))


@dataclass(frozen=True)
class Signed:
    """A stored article as grouping needs it; ``copy_of`` is None until it has been grouped."""

    id: str
    date: str
    canonical_url: str | None
    copy_of: str | None
    signature: bytes


@dataclass(frozen=True)
class Regrouped:
    """An article whose group changed: its new representative and the date its claims take."""

    id: str
    copy_of: str
    date: str


def representative_key(article: Signed) -> tuple:
    """Earliest date first; then articles with a canonical URL, by URL; then by id."""
    return (article.date, article.canonical_url is None, article.canonical_url or "", article.id)


def group_copies(articles: Iterable[Signed], threshold: float = THRESHOLD) -> list[Regrouped]:
    """Group the ungrouped articles with every other one; return the changes to store.

    Articles already grouped keep their groups, which new articles may join or bridge; a group
    whose representative changes is returned whole, so its stored claims can follow.

    >>> same = signature("un texte de dépêche assez long pour être comparé " * 4)
    >>> other = signature("une tout autre histoire sans aucun rapport avec elle " * 4)
    >>> rows = [Signed("b", "2026-10-14", None, None, same),
    ...         Signed("a", "2026-10-13", None, "a", same),
    ...         Signed("c", "2026-10-13", None, None, other)]
    >>> for change in group_copies(rows):
    ...     print(change)
    Regrouped(id='b', copy_of='a', date='2026-10-13')
    Regrouped(id='c', copy_of='c', date='2026-10-13')
    """
    articles = {a.id: a for a in articles}
    new = [a for a in articles.values() if a.copy_of is None]
    if not new:
        return []
    parent = {key: key for key in articles}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    for article in articles.values():
        if article.copy_of and article.copy_of in articles:
            union(article.id, article.copy_of)
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {key: _minhash(a.signature) for key, a in articles.items()}
    for key, minhash in hashes.items():
        lsh.insert(key, minhash)
    for article in new:
        mine = hashes[article.id]
        for other in lsh.query(mine):
            if other != article.id and mine.jaccard(hashes[other]) >= threshold:
                union(article.id, other)
    touched = {root(a.id) for a in new}
    members: dict[str, list[Signed]] = {}
    for article in articles.values():
        if root(article.id) in touched:
            members.setdefault(root(article.id), []).append(article)
    changes = []
    for group in members.values():
        first = min(group, key=representative_key)
        changes += [Regrouped(a.id, first.id, first.date) for a in group if a.copy_of != first.id]
    return sorted(changes, key=lambda change: change.id)
