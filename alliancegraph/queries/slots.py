"""Words that stand where an actor must be, and name none: refused, never dropped.

A question's words that no name, wording or word class reads are *unknown*. Most are harmless
(a modifier the lexicon lacks: "who gets the most flak", "qui a été sèchement recalé"), and
the parser reads the question without them. One that stands in an actor's slot is a name the
graph does not hold, and reading the question without it answers another question: "Zorglub,
il critique qui ?" read without Zorglub names everyone's targets. :func:`name_slots` finds
those words, so the parser refuses the question with that name and the closest actors.

A word stands in an actor's slot when (each rule a family of phrasings):

- **capitalised** where a sentence does not begin, and the question's case says something
  (not Title Case nor capitals throughout), and not after a word naming a source ("selon *Le
  Monde*", "according to *Reuters*": ``sources``);
- **a topic** opening the question before a comma or a colon, taken up by a pronoun later
  ("*Zorglub*, il critique qui ?", "*Zorglub*: who backs him?": ``resumptives``);
- **a verb's subject**: right before a verb wording, with no question word before it ("*zorglub*
  soutient-il Hamon", "does *zorglub* back hamon", "*Zorglub* critique qui"), or with the verb's
  object asked by the question word ("who does *Zorglub* support", "qui *Zorglub* critique-t-il");
  an adverb is no subject ("qui a été *sèchement* recalé": ``adverb_endings``);
- **a noun's owner**: before a relation's noun with a possessive "'s" ("*Zorglub*'s backers"),
  or opening the question before a noun with no actor after it ("*zorglub* supporters");
- **left out by name**: after an exclusion word ("sauf *Zorglub*", "besides *Zorglub*");
- **paired with an actor**: joined to a person by "and", "or", "et", "ou" and not itself
  before a wording ("Hamon et *Zorglub* : qui les soutient ?", "*Zorglub* and Valls").

>>> from alliancegraph.queries.parse import Parser, tokenize
>>> from alliancegraph.graph.sqlite_store import SQLiteStore
>>> parser = Parser(SQLiteStore(":memory:"))
>>> question = "Zorglub, il critique qui ?"
>>> tokens = tokenize(question)
>>> items = parser._items(question, tokens, [t.word for t in tokens], [False] * len(tokens))
>>> [question[it.start:it.end] for it in name_slots(question, tokens, items, parser.lexicon)]
['Zorglub']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alliancegraph.queries.lexicon import Lexicon

if TYPE_CHECKING:
    from alliancegraph.queries.parse import Item, Token

OPENINGS = " \t\n\"'«»“”‘’(["  # what may come between a sentence's end and its first word
ENDS = ".?!:;\n"
LINKS = {"de", "du", "d", "des", "la", "le", "l", "les", "of", "the"}  # "maire *de la* ville"


def sentence_initial(question: str, start: int) -> bool:
    """Whether the word at ``start`` begins the question or a sentence of it.

    >>> sentence_initial("Merci. Qui soutient Hamon ?", 7)
    True
    >>> sentence_initial("qui soutient Hamon", 13)
    False
    """
    before = question[:start].rstrip(OPENINGS)
    return not before or before[-1] in ENDS


def case_tells_names(question: str, tokens: list[Token], lexicon: Lexicon,
                     names: list[tuple[int, int]]) -> bool:
    """Whether a capital says "a name" in this question: not when it has no small letter or
    every word is capitalised, nor when more than half of the question's own words
    (wordings, question words; not months, names or single letters) are capitalised where
    no sentence begins ("Who Supports Hamon", "QUI SOUTIENT HAMON").

    >>> from alliancegraph.queries.parse import tokenize
    >>> from alliancegraph.queries.lexicon import load_lexicon
    >>> [case_tells_names(q, tokenize(q), load_lexicon(), [])
    ...  for q in ("who backs Hamon in January", "Who Backs Hamon", "WHO BACKS HAMON")]
    [True, False, False]
    """
    if not any(char.islower() for char in question) or all(
            question[t.start].isupper() for t in tokens if t.word.isalpha()):
        return False  # "QUI SOUTIENT X", "Backers Macron Asap"
    capitals = total = 0
    for token in tokens:
        if len(token.word) < 2 or token.word in lexicon.months or not lexicon.is_vocabulary(
                token.word) or any(a <= token.start < b for a, b in names) \
                or sentence_initial(question, token.start):
            continue
        total += 1
        capitals += question[token.start].isupper()
    return 2 * capitals <= total


def name_slots(question: str, tokens: list[Token], items: list[Item],
               lexicon: Lexicon) -> list[Item]:
    """The unknown items of ``items`` that stand where an actor must be (see the module)."""
    names = [(it.start, it.end) for it in items if it.kind == "actor"]
    case = case_tells_names(question, tokens, lexicon, names)
    content = [it for it in items if it.kind != "topic"]
    found = []
    for k, item in enumerate(content):
        if item.kind != "unknown":
            continue
        inside = [t for t in tokens if item.start <= t.start < item.end]
        if _office(tokens, inside, lexicon) or _forename(question, content, k):
            continue
        known = all(lexicon.is_vocabulary(t.word) for t in inside)  # "did *anybody* speak"
        if (case and _capitalised(question, tokens, inside, lexicon)) \
                or _topic(question, tokens, content, k, lexicon) \
                or (not known and _subject(question, tokens, content, k, lexicon)) \
                or (not known and _owner(question, content, k)) \
                or (k > 0 and content[k - 1].kind == "pxprep") \
                or _paired(content, k, lexicon):
            found.append(item)
    return found


def _office(tokens: list[Token], inside: list[Token], lexicon: Lexicon) -> bool:
    """After a title and its links: the office's own words ("le président de la
    *République*", "the mayor of *Lille*"), which the title rule of the parser judges."""
    before = [t.word for t in tokens if t.end <= inside[0].start]
    while before and before[-1] in LINKS:
        before.pop()
    return any(tuple(before[-n:]) in lexicon.words["titles"]
               for n in range(1, min(4, len(before)) + 1))


def _forename(question: str, content: list[Item], k: int) -> bool:
    """Right before a person's name with nothing but a space, a point or a hyphen between:
    an initial, a first name or a nickname of that person ("*B.* Hamon", "*Manu* Valls")."""
    following = content[k + 1] if k + 1 < len(content) else None
    return following is not None and following.kind == "actor" and not following.group \
        and following.actor_kind == "person" \
        and not question[content[k].end:following.start].strip(" .-")


def _capitalised(question: str, tokens: list[Token], inside: list[Token],
                 lexicon: Lexicon) -> bool:
    """A capital where no sentence begins, not after a source ("selon Le Monde", "per
    AFP")."""
    return any(question[t.start].isupper() and not sentence_initial(question, t.start)
               and not _after_source(question, tokens, t, lexicon) for t in inside)


def _after_source(question: str, tokens: list[Token], token: Token, lexicon: Lexicon) -> bool:
    sources, skip = lexicon.words["sources"], lexicon.words["skip"]
    before = [t for t in tokens if t.end <= token.start]
    while before:
        if any(tuple(t.word for t in before[-n:]) in sources for n in range(1, 4)):
            return True
        if (before[-1].word,) not in skip and not question[before[-1].start].isupper():
            return False
        before.pop()  # "selon *le* Monde", "according to *The New York* Times"
    return False


def _topic(question: str, tokens: list[Token], content: list[Item], k: int,
           lexicon: Lexicon) -> bool:
    """The first words, before a comma or a colon, taken up by a pronoun later."""
    if k != 0 or question[content[k].end:].lstrip()[:1] not in (",", ":"):
        return False
    named = min((it.start for it in content[1:] if it.kind == "actor"), default=len(question))
    later = [t.word for t in tokens if content[k].end <= t.start < named]
    for at, word in enumerate(later):
        if (word,) in lexicon.words["resumptives"]:
            return True
        if (word,) in lexicon.words["clitics"]:  # "qui *l*'a soutenu", not "*l*'invitation"
            verb = next((w for w in later[at + 1:] if (w,) not in lexicon.words["skip"]), "")
            if any(f.kind in ("verbs", "reverse") for f in lexicon.forms_of(verb)):
                return True
    return False


def _adverb(question: str, item: Item, lexicon: Lexicon) -> bool:
    typed = question[item.start:item.end]
    return " " not in typed.strip() and any(
        typed.lower().endswith(ending) for (ending,) in lexicon.words["adverb_endings"])


def _subject(question: str, tokens: list[Token], content: list[Item], k: int,
             lexicon: Lexicon) -> bool:
    """Right before a verb wording, with no question word before it, or with the verb's
    object asked (no actor after the verb in its clause)."""
    following = content[k + 1] if k + 1 < len(content) else None
    if following is None or following.kind != "form" \
            or following.value.kind not in ("verbs", "reverse") \
            or (k > 0 and content[k - 1].kind == "form") or _adverb(question, content[k], lexicon):
        return False
    rule = lexicon.inflections.get(following.value.lang)
    if rule and following.value.words[0].endswith(rule.progressive):
        return False  # "militants backing Hamon": a noun and its participle, no subject
    if not any(it.kind in ("question", "rel", "conj", "or", "actor") for it in content[:k]):
        # nothing before it says who acts: "zorglub soutient-il Hamon" (after "and", the
        # first verb's subject: "qui soutient Valls tout en *étant* tenté par Macron"; after
        # a name, that name: "est-ce que Jadot a *fini par* soutenir Hamon"), unless a noun
        # for those asked does ("get me *everyone* tempted by Macron")
        between = [t.word for t in tokens if content[k].end <= t.start < following.start]
        return not any((word,) in lexicon.words["heads"] for word in between)
    asked = max((j for j in range(k) if content[j].kind in ("question", "rel", "conj", "or")),
                default=-1)
    if asked < 0 or content[asked].kind not in ("question", "rel") or any(
            it.kind == "actor" for it in content[asked + 1:k]):
        return False  # "qui Valls a-t-il *fini par* soutenir": Valls is the subject
    if asked == k - 1 and (content[asked].value.split()[-1],) in lexicon.words["determiners"]:
        return False  # "quel *acteur* a critiqué...": the noun the question word asks for
    after = []
    for it in content[k + 2:]:
        if it.kind in ("conj", "or", "rel", "neg", "question"):
            break
        after.append(it)
    return not any(it.kind in ("actor", "unknown") for it in after)


def _owner(question: str, content: list[Item], k: int) -> bool:
    """Before a relation's noun: with "'s", or opening the question with no actor after."""
    following = content[k + 1] if k + 1 < len(content) else None
    if following is None or following.kind != "form" \
            or following.value.kind not in ("nouns", "object_nouns"):
        return False
    between = question[content[k].end:following.start]
    if between[:1] in ("'", "’") and between[1:2].lower() == "s":
        return True
    return k == 0 and not any(it.kind == "actor" for it in content[k + 2:])


def _paired(content: list[Item], k: int, lexicon: Lexicon) -> bool:
    """Joined to a person by "and" / "or", and not itself before a wording."""
    def joins(j: int) -> bool:
        return 0 <= j < len(content) and (content[j].kind == "or" or (
            content[j].kind == "conj" and content[j].value in lexicon.plain_and))

    def person(j: int) -> bool:
        return 0 <= j < len(content) and content[j].kind == "actor" and not content[j].group

    before_form = k + 1 < len(content) and content[k + 1].kind == "form"
    return not before_form and ((joins(k - 1) and person(k - 2))
                                or (joins(k + 1) and person(k + 2)))
