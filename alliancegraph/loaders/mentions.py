"""Mentions of persons and parties in a parsed article: gazetteer names first, then spaCy NER.

The gazetteer is matched on folded words (so "Mélenchon" = "MELENCHON"), with case checks that
keep common words out ("en marche" is not En Marche). NER then adds the persons no list names,
with fixes for the model's known errors: a bare surname after a quote tagged LOC, "la France
insoumise" read as the country, "Français" as a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, ORTH, POS, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from alliancegraph.ontology.gazetteer import Gazetteer, PartyEntry, PersonEntry, fold
from alliancegraph.ontology.grammar import grammar_words

# Heads of an unknown ORG that make it a party rather than a newspaper or a company.
PARTY_HEADS = grammar_words("mentions", "party_heads")
# Of these, the ones that make a party by themselves ("Parti pirate"), and the words of politics
# that make one of the others a party ("Mouvement des conservateurs"): see ``_unknown_party``.
PARTY_ONLY_HEADS = grammar_words("mentions", "party_only_heads")
POLITICAL_WORDS = grammar_words("mentions", "political_words")
# Titles before a name, never part of it ("M. Dupont", "Mme Morel").
HONORIFICS = grammar_words("mentions", "honorifics")
GENDER_OF_HONORIFIC = {
    **{word: "f" for word in grammar_words("mentions", "female_honorifics")},
    **{word: "m" for word in grammar_words("mentions", "male_honorifics")},
}
# Lower-case words allowed inside a person's name ("Nicolas Dupont-Aignan", "François de Rugy").
NAME_PARTICLES = grammar_words("mentions", "name_particles")
# Nouns of place and institution named after a person ("rue Victor Hugo"): no person acts there.
NAMED_AFTER = grammar_words("mentions", "named_after")


@lru_cache(maxsize=200_000)
def cfold(text: str) -> str:
    """:func:`fold`, cached: token texts and lemmas recur across articles."""
    return fold(text)


@lru_cache(maxsize=200_000)
def fold_token(text: str) -> tuple[str, ...]:
    """Folded words of one token's text (cached: the same strings recur across articles)."""
    return tuple(fold(text).split())


@dataclass(frozen=True)
class TokenView:
    """Per-token strings and flags read once from the Doc.

    Creating spaCy Token objects is the main cost of pure-Python rules; every scan of the
    article reads these lists instead and touches the Doc only where a cue fired. A rule that
    loops over tokens tests these first (``view.pos[j]``, ``view.lemmas[j]``, ``view.deps[j]``,
    ``view.heads[j]``) and makes ``ctx.doc[j]`` only for the few tokens that pass.
    """

    texts: list[str]
    folded: list[str]
    lemmas: list[str]
    spaces: list[bool]  # the token is whitespace
    puncts: list[bool]
    pos: list[str]
    trailing: list[bool]  # whitespace follows the token (``Token.whitespace_``)
    deps: list[str]  # ``Token.dep_``
    heads: list[int]  # ``Token.head.i``

    @classmethod
    def of(cls, doc: Doc) -> TokenView:
        if not len(doc):
            return cls([], [], [], [], [], [], [], [], [])
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, LEMMA, IS_SPACE, IS_PUNCT, POS, SPACY, DEP, HEAD])
        # HEAD is stored relative to the token, as an unsigned offset: read as signed
        heads = (columns[:, 7].view(numpy.int64) + numpy.arange(len(doc))).tolist()
        orths, lemmas, spaces, puncts, pos, trailing, deps = columns[:, :7].T.tolist()
        # one dict look-up per token for the common ids, the string store only for new ones
        text_of, lemma_of, label_of = _TEXTS.get, _FOLDED_IDS.get, _STRINGS.get
        texts = [text_of(orth) or _cached(_TEXTS, strings, orth, 200_000) for orth in orths]
        return cls(
            texts,
            list(map(cfold, texts)),
            [
                folded
                if (folded := lemma_of(lemma)) is not None
                else _folded_string(strings, lemma)
                for lemma in lemmas
            ],
            list(map(bool, spaces)),
            list(map(bool, puncts)),
            [POS_NAMES.get(tag, "X") for tag in pos],
            list(map(bool, trailing)),
            [label_of(dep) or _cached(_STRINGS, strings, dep, 10_000) for dep in deps],
            heads,
        )


POS_NAMES = {value: name for name, value in POS_IDS.items()}
_FOLDED_IDS: dict[int, str] = {}
_STRINGS: dict[int, str] = {}
# the text of each word id seen: a string-store read decodes a new string for every token,
# and the words of news repeat (ids are hashes of the strings, the same for every article)
_TEXTS: dict[int, str] = {}


def _cached(cache: dict[int, str], strings, key: int, bound: int) -> str:
    """String of a vocabulary id through ``cache``, emptied once it holds ``bound`` entries
    (word texts repeat across news articles; dependency labels are few)."""
    text = cache.get(key)
    if text is None:
        if len(cache) >= bound:
            cache.clear()
        text = cache[key] = strings[key]
    return text


def _folded_string(strings, key: int) -> str:
    """Folded string of a vocabulary id (cached: lemmas repeat)."""
    folded = _FOLDED_IDS.get(key)
    if folded is None:
        folded = _FOLDED_IDS[key] = cfold(strings[key])
        if len(_FOLDED_IDS) > 200_000:
            _FOLDED_IDS.clear()
    return folded


# ``MorphAnalysis.get``'s answer per analysis (its key: the hash of its string) and field
_FEATURES: dict[tuple[int, str], list[str]] = {}


def feature(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)`` (the values of one morphological field, ``[]`` when it has
    none), kept per analysis and field: spaCy decodes the analysis' strings again at every
    ``get`` (about 5 µs, the rules ask thousands of times per article), while an article's
    tokens share a few hundred analyses. The list is shared between callers: read it, never
    change it."""
    morph = token.morph
    key = (morph.key, field)  # the same string, the same features
    values = _FEATURES.get(key)
    if values is None:
        if len(_FEATURES) >= 100_000:
            _FEATURES.clear()
        values = _FEATURES[key] = morph.get(field)
    return values


# The sources of a mention whose name the text wrote (not a pronoun, a role or a description
# bound to one): the rules that must not lean on a guess ask for these.
WRITTEN_SOURCES = grammar_words("mentions", "written_sources")
SHARES = grammar_words("mentions", "shares")


@dataclass
class Mention:
    """A span of tokens naming an actor: ``name`` is its canonical name once resolved.

    ``binding`` says how a reference found its actor when ``source`` alone does not tell
    ("possessive", "party label", "apposition"…; see ``explain.binding_of``).
    """

    start: int
    end: int
    kind: str  # person | party
    text: str
    source: str  # gazetteer | ner | surname | role | pronoun
    name: str | None = None
    entry: PersonEntry | PartyEntry | None = None
    confidence: float = 1.0
    details: dict = field(default_factory=dict)
    binding: str | None = None


@dataclass(frozen=True)
class NameIndex:
    """Folded names of the gazetteer as word tuples, for a longest-match scan of a document."""

    names: dict[tuple[str, ...], tuple[PersonEntry | PartyEntry, ...]]
    first_words: frozenset[str]
    longest: int
    # every leading part of a name ("parti", "parti socialiste"): a scan stops growing a
    # candidate as soon as no name starts with it
    prefixes: frozenset[tuple[str, ...]]
    # the names of each key's first entry that fold to that key ("Le Pen", "LE PEN"): the
    # spellings a match's case is checked against
    spellings: dict[tuple[str, ...], tuple[str, ...]]

    @classmethod
    def build(cls, gazetteer: Gazetteer) -> NameIndex:
        names: dict[tuple[str, ...], list] = {}
        for entry in [*gazetteer.parties, *gazetteer.persons]:
            for name in entry.names():
                if not name:
                    continue
                # Lower-case party aliases ("insoumis") are adjectives, not names.
                if isinstance(entry, PartyEntry) and name[:1].islower():
                    continue
                key = tuple(fold(name).split())
                if key and entry not in names.setdefault(key, []):
                    names[key].append(entry)
        return cls(
            names={k: tuple(v) for k, v in names.items()},
            spellings={
                k: tuple(n for n in v[0].names() if n and fold_token(n) == k)
                for k, v in names.items()
            },
            first_words=frozenset(k[0] for k in names),
            longest=max((len(k) for k in names), default=1),
            prefixes=frozenset(k[:n] for k in names for n in range(1, len(k) + 1)),
        )


def _lower_party(entry, name_key: tuple[str, ...], view: TokenView, end: int) -> bool:
    """A party name written in lower case ("le parti socialiste", "la france insoumise"):
    only a two-word name whose second word is one of the party's own adjectives, and not
    followed by another adjective ("le parti communiste chinois" is another party)."""
    if not isinstance(entry, PartyEntry) or len(name_key) != 2:
        return False
    adjectives = {fold(a) for a in entry.adjectives}
    return name_key[1] in adjectives and not (
        end < len(view.texts) and view.pos[end] == "ADJ" and view.texts[end].islower()
    )


def _titled_particle(
    entry, matched: str, view: TokenView, start: int, same: tuple[str, ...]
) -> bool:
    """A surname opening on its particle right after a civil title ("M. de Villepin", "Mme de
    Sarnez"), written as the gazetteer spells it: after a title the particle is the name's,
    while in "le soutien de Villepin" it is the preposition."""
    return (
        isinstance(entry, PersonEntry)
        and start > 0
        and view.texts[start - 1].lower() in HONORIFICS
        and view.folded[start] in NAME_PARTICLES
        and matched in same
    )


def _case_ok(
    entry,
    matched: str,
    name_key: tuple[str, ...],
    view: TokenView,
    start: int,
    end: int,
    same: tuple[str, ...],
) -> bool:
    """Names must look like names: capitalised, and acronyms in their exact case (a party's
    name in lower case only as :func:`_lower_party` allows); ``same``: the entry's names
    that fold to ``name_key`` (``NameIndex.spellings``)."""
    first = view.texts[start]
    if not first[:1].isupper():
        if _titled_particle(entry, matched, view, start, same):
            return True
        return matched.islower() and _lower_party(entry, name_key, view, end)
    if isinstance(entry, PartyEntry) and any(n.isupper() for n in same):
        return any(matched.replace(" ", "") == n.replace(" ", "") for n in same)
    words = matched.replace("-", " ").split()
    if isinstance(entry, PartyEntry) and len(words) >= 3:
        # A party's full name of three words or more, capitalised at its head, is its name
        # whatever the case of its inner words ("le Nouveau parti anticapitaliste"): news
        # writes either. Never for persons, where the case is the only sign of a name.
        return True
    # Every capitalised word of the name must be capitalised in the text ("le maire" is not
    # Bruno Le Maire).
    return (
        any(
            len(n.replace("-", " ").split()) == len(words)
            and all(
                w[:1].isupper()
                for w, nw in zip(words, n.replace("-", " ").split(), strict=True)
                if nw[:1].isupper()
            )
            for n in same
        )
        or not same
    )


def span_text(view: TokenView, start: int, end: int) -> str:
    """``doc[start:end].text`` from the view's strings, without making a Span and its Tokens:
    each token's text and the space after it, but the last one's."""
    if end - start == 1:
        return view.texts[start]
    texts, trailing = view.texts, view.trailing
    return "".join([texts[k] + " " if trailing[k] else texts[k] for k in range(start, end - 1)]) + (
        texts[end - 1]
    )


def _word_stream(view: TokenView) -> tuple[list[str], list[int], list[bool]]:
    """Folded words of the doc with the token each came from and whether it starts the token."""
    words: list[str] = []
    owners: list[int] = []
    starts: list[bool] = []
    spaces, puncts = view.spaces, view.puncts
    for i, folded in enumerate(view.folded):
        if spaces[i] or puncts[i] or not folded:
            continue
        if " " not in folded:  # one word: most tokens
            words.append(folded)
            owners.append(i)
            starts.append(True)
            continue
        for k, word in enumerate(folded.split()):  # "aujourd'hui", "Jean-Luc"
            words.append(word)
            owners.append(i)
            starts.append(k == 0)
    return words, owners, starts


def gazetteer_mentions(doc: Doc, index: NameIndex, view: TokenView) -> list[Mention]:
    """Longest gazetteer names found in the doc, aligned on token boundaries."""
    words, owners, starts = _word_stream(view)
    found: list[Mention] = []
    first_words = index.first_words
    free = 0  # the first word no name found so far covers
    for k in [k for k, word in enumerate(words) if word in first_words and starts[k]]:
        if k < free:
            continue
        matched = None
        reach = 1
        while k + reach < len(words) and tuple(words[k : k + reach + 1]) in index.prefixes:
            reach += 1
        for n in range(min(reach, index.longest, len(words) - k), 0, -1):
            key = tuple(words[k : k + n])
            entries = index.names.get(key)
            if not entries:
                continue
            last = k + n
            if last < len(words) and owners[last] == owners[last - 1]:
                continue  # the name ends inside a token
            start, end = owners[k], owners[last - 1] + 1
            text = span_text(view, start, end)
            if not _case_ok(entries[0], text, key, view, start, end, index.spellings[key]):
                continue
            matched = (n, start, end, text, entries)
            break
        if matched is None:
            continue
        n, start, end, text, entries = matched
        kind = "party" if isinstance(entries[0], PartyEntry) else "person"
        same_kind = [e for e in entries if isinstance(e, PartyEntry) == (kind == "party")]
        entry = same_kind[0] if len(same_kind) == 1 else None
        mention = Mention(start, end, kind, text, "gazetteer", entry=entry)
        mention.details["candidates"] = same_kind
        mention.details["key"] = key
        found.append(mention)
        free = k + n
    return found


def _clean_person_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim an NER span to its capitalised words ("Laurence Rossignol ministre" -> the name)."""
    while start < end and (
        not doc[start].text[:1].isupper() or doc[start].text.lower() in HONORIFICS
    ):
        start += 1
    last = start
    for i in range(start, end):
        text = doc[i].text
        if text[:1].isupper():
            last = i + 1
        elif text.lower() not in NAME_PARTICLES and text != "-":
            break
    return start, last


# A capitalised word glued to a capitalised first name ("LyonGérard"): a lost space.
GLUED = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{3,})([A-ZÀ-Ý][a-zà-ÿ]+)$")


def unglued(text: str, gazetteer: Gazetteer) -> str:
    """A name whose first word swallowed the word before it, when a space was lost in the
    page ("à LyonGérard Collomb"): the glued head is cut off when what follows it starts
    with a known first name.

    >>> from alliancegraph.ontology.gazetteer import load_gazetteer
    >>> unglued("LyonGérard Collomb", load_gazetteer())
    'Gérard Collomb'
    >>> unglued("Jean-Luc Mélenchon", load_gazetteer())
    'Jean-Luc Mélenchon'
    """
    head, _, rest = text.partition(" ")
    match = GLUED.match(head)
    if match is None or not rest or cfold(match.group(2)) not in gazetteer.first_names:
        return text
    return f"{match.group(2)} {rest}"


def _after_label(doc: Doc, ent, taken: set[int], labels: set[int], gazetteer: Gazetteer) -> int:
    """Where the name starts in an entity that swallowed the party label before it ("la
    candidate RN Nadia Karim" tagged as one PER or LOC): the first token after the label when
    the rest is untaken and starts with a known first name, else -1 (the entity is dropped).

    A name whose own first word is a party's short form is matched whole by the gazetteer
    or is not followed by a first name, so it is never cut."""
    k = ent.start
    while k < ent.end and k in labels:
        k += 1
    if k == ent.start or ent.end - k < 2 or any(i in taken for i in range(k, ent.end)):
        return -1
    return k if cfold(doc[k].text) in gazetteer.first_names else -1


def _second_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a second person's name starts inside one PER span, or -1: the model tags two
    names written side by side as one ("le proche de Paul Vidal Anne Roux a salué …", a role
    whose complement is a person, then the name it describes). Both halves are two words at
    least, and the second opens on a known first name after a capitalised surname that is
    not itself a first name ("Jean Pierre Roux" stays one name)."""
    names = gazetteer.first_names
    for k in range(start + 2, end - 1):
        before = doc[k - 1].text
        if (
            cfold(doc[k].text) in names
            and before[:1].isupper()
            and cfold(before) not in names
            and before.lower() not in NAME_PARTICLES
        ):
            return k
    return -1


def ner_mentions(
    doc: Doc,
    taken: set[int],
    gazetteer: Gazetteer,
    labels: set[int] = frozenset(),
    ents: tuple | None = None,
) -> list[Mention]:
    """Persons (and party-like organisations) spaCy found that the gazetteer did not
    (``labels``: the tokens of party names, which an entity may have swallowed; ``ents``:
    ``doc.ents`` when already read, a property that builds its spans anew at each read)."""
    found: list[Mention] = []
    for ent in doc.ents if ents is None else ents:
        first = ent.start
        if any(i in taken for i in range(ent.start, ent.end)):
            # a party label, or a person the gazetteer knows, then another name
            first = _after_label(doc, ent, taken, labels | taken, gazetteer)
            if first < 0:
                continue
        if ent.label_ == "PER" and _named_after(doc, ent.start):
            continue  # "la fondation Jean Jaurès", "le lycée Albert Camus": no person acts
        if ent.label_ == "PER" or first > ent.start:
            start, end = _clean_person_span(doc, first, ent.end)
            # "Guivarc'h": a piece glued to the name (no space) belongs to it
            while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text.isalpha():
                end += 1
            if start >= end or any(ch.isdigit() for ch in doc[start:end].text):
                continue
            second = _second_name(doc, start, end, gazetteer)
            spans = [(start, end)] if second < 0 else [(start, second), (second, end)]
            for a, b in spans:
                text = unglued(doc[a:b].text, gazetteer)
                if gazetteer.party(text) is None:
                    found.append(Mention(a, b, "person", text, "ner"))
        elif (
            ent.label_ == "ORG"
            and len(ent) > 1
            and _unknown_party(fold(ent.text).split(), gazetteer)
        ):
            found.append(Mention(ent.start, ent.end, "party", ent.text, "ner"))
    return found


def missed_names(
    doc: Doc, view: TokenView, taken: set[int], gazetteer: Gazetteer
) -> list[Mention]:
    """Persons the tagger missed, written as a known first name and a capitalised surname.

    The statistical tagger drops ordinary names in ordinary contexts ("Lucienne Bardou,
    militante RN, rejoint …" is one PER at the start of some articles and nothing at the start
    of others), and a person without a mention takes part in no claim. A first name of the
    gazetteer's list followed by capitalised words is a name; it is not when a capitalised word
    comes before it (it is then part of a longer proper noun the tagger missed too, "Lycée Jean
    Moulin") or when a noun of place or institution does ("rue Victor Hugo", "la fondation Jean
    Jaurès": ``[mentions] named_after``).

    >>> from alliancegraph.loaders.nlp import load_nlp
    >>> from alliancegraph.ontology.gazetteer import load_gazetteer
    >>> doc = load_nlp()("Il habite rue Victor Hugo avec Lucienne Bardou.")
    >>> [m.text for m in missed_names(doc, TokenView.of(doc), set(), load_gazetteer())]
    ['Lucienne Bardou']
    """
    found: list[Mention] = []
    names = gazetteer.first_names
    k = 0
    while k < len(view.texts):
        if k in taken or not view.texts[k][:1].isupper() or view.folded[k] not in names:
            k += 1
            continue
        limit = k + 1  # the run of free words the name may take
        while limit < len(view.texts) and limit not in taken and _wordlike(view.texts[limit]):
            limit += 1
        _, end = _clean_person_span(doc, k, limit)  # its capitalised words and particles
        capital_before = k > 0 and view.texts[k - 1][:1].isupper() and not doc[k].is_sent_start
        if end > k + 1 and not capital_before and not _named_after(doc, k):
            found.append(Mention(k, end, "person", doc[k:end].text, "ner", confidence=0.9))
        k = end
    return found


def _named_after(doc: Doc, k: int) -> bool:
    """Whether the name at ``k`` names a place or an institution: the noun before it is one of
    ``[mentions] named_after`` ("rue Victor Hugo"), as a noun, not a verb ("a placé X")."""
    return k > 0 and doc[k - 1].pos_ in {"NOUN", "PROPN"} and cfold(doc[k - 1].text) in NAMED_AFTER


def _wordlike(text: str) -> bool:
    """Letters, with the hyphens and apostrophes of names ("Saint-Just", "N'Diaye")."""
    return text.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()


def _unknown_party(words: list[str], gazetteer: Gazetteer) -> bool:
    """An organisation the gazetteer does not know is a party when its name says so: "Parti
    pirate", or another party head ("Mouvement", "Union", "Fédération", …) with a word of
    politics in the rest ("Mouvement des conservateurs", "Union de la gauche"). "Fédération
    française du bâtiment", "Union des commerçants", "Rassemblement toulousain" are trade
    bodies, associations and local lists, whose members are no party members."""
    if not words or words[0] not in PARTY_HEADS:
        return False
    if words[0] in PARTY_ONLY_HEADS:
        return True
    rest = set(words[1:])
    return bool(rest & POLITICAL_WORDS) or any(
        gazetteer.parties_by_family(w) or gazetteer.party_by_adjective(w) is not None
        for w in rest
    )


def surname_fixes(view: TokenView, taken: set[int], surnames: set[str]) -> list[Mention]:
    """Single capitalised tokens equal to the surname of a person named in the article.

    Repairs the model's LOC/MISC tags on bare surnames ("Macron est une possibilité").
    """
    return [
        Mention(i, i + 1, "person", text, "surname")
        for i, text in enumerate(view.texts)
        if i not in taken and text[:1].isupper() and view.folded[i] in surnames
    ]


def _surname_only(m: Mention) -> bool:
    """A gazetteer match on a surname ("Le Guen"), not on a full name or an alias."""
    return m.entry is None or (
        isinstance(m.entry, PersonEntry)
        and m.details["key"] == fold_token(m.entry.surname)
        and fold_token(m.entry.name) != m.details["key"]
    )


def _inside_other_name(view: TokenView, m: Mention, gazetteer: Gazetteer) -> bool:
    """A bare gazetteer surname that is part of another name: "Laurent Fabius" is not
    Pierre Laurent, "Martine Aubry" is not Manon Aubry (when NER missed the full name)."""
    after = view.texts[m.end] if m.end < len(view.texts) else ""
    if after[:1].isupper() and after.isalpha():
        return True
    if m.start == 0:
        return False
    before = view.texts[m.start - 1]
    if before.lower() in HONORIFICS:
        return False  # "M. Le Guen", "Mme Aubry": a civil title, not a first name
    glued = m.start > 1 and not view.trailing[m.start - 2] and not view.trailing[m.start - 1]
    if before == "-" and glued:
        return True  # "la métropole d'Aix-Marseille" is no Hervé Marseille: a compound's end
    # "Armelle Le Guen" is not Jean-Marie Le Guen: a capitalised proper noun right before.
    return view.folded[m.start - 1] in gazetteer.first_names or (
        before[:1].isupper() and before.isalpha() and view.pos[m.start - 1] == "PROPN"
    )


def _after_honorifics(view: TokenView, start: int, end: int) -> int:
    """The first token of a span after its civil titles ("M.", "Mme")."""
    while start < end and view.texts[start].lower() in HONORIFICS:
        start += 1
    return start


def find_mentions(
    doc: Doc,
    gazetteer: Gazetteer,
    index: NameIndex,
    view: TokenView,
    groups: frozenset[str] = frozenset(),
) -> list[Mention]:
    """All person and party name mentions, sorted, never overlapping (``groups``: folded
    group nouns, "élus", "militants", after which a party adjective names the party)."""
    mentions = gazetteer_mentions(doc, index, view)
    ents = doc.ents
    # "Martine Aubry" is not Manon Aubry: a longer NER name beats a bare gazetteer surname.
    # A civil title is not part of the name: "M. Sarkozy" is the bare surname Sarkozy.
    longer = [
        (start, ent.end)
        for ent in ents
        if ent.label_ == "PER"
        and ent.end - (start := _after_honorifics(view, ent.start, ent.end)) > 1
    ]
    mentions = [
        m
        for m in mentions
        if not (
            m.kind == "person"
            and _surname_only(m)
            and (
                any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in longer)
                or _inside_other_name(view, m, gazetteer)
            )
        )
    ]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    labels = {i for m in mentions if m.kind == "party" for i in range(m.start, m.end)}
    extra = ner_mentions(doc, taken, gazetteer, labels, ents)
    mentions += extra
    taken |= {i for m in extra for i in range(m.start, m.end)}
    extra = missed_names(doc, view, taken, gazetteer)
    mentions += extra
    taken |= {i for m in extra for i in range(m.start, m.end)}
    surnames = {
        cfold(m.text.split()[-1])
        for m in mentions
        if m.kind == "person" and len(m.text.split()) > 1
    }
    mentions += surname_fixes(view, taken, surnames)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += party_nouns(view, taken, gazetteer, groups)
    mentions += family_groups(view, mentions, gazetteer)
    _take_honorifics(view, mentions)
    return sorted(mentions, key=lambda m: m.start)


def _take_honorifics(view: TokenView, mentions: list[Mention]) -> None:
    """Stretch each person's span over the civil title before it ("de M. Fillon"): spaCy
    makes the title the head of the name, so every rule reading the word before a name ("de",
    "à", "par") or the name's syntactic role meets the name itself. A title that tells a gender
    is kept in ``details["title_gender"]`` for :func:`~alliancegraph.loaders.resolution.
    resolve_names` ("Mme Le Pen")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "person":
            continue
        start = m.start
        while start > 0 and start - 1 not in taken and view.texts[start - 1].lower() in HONORIFICS:
            start -= 1
        if start == m.start:
            continue
        m.start = start
        gender = GENDER_OF_HONORIFIC.get(view.texts[start].lower())
        if gender is not None:
            m.details["title_gender"] = gender


def family_groups(view: TokenView, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "aux centristes du MoDem", "les centristes de l'UDI": a plural family word (never a
    party by itself) followed by a party of that family names that party, as a group."""
    found = []
    for m in mentions:
        k = m.start - 1
        if m.kind != "party" or m.entry is None or k < 2:
            continue
        if view.folded[k] in {"l", "la", "le"}:
            k -= 1
        if k < 2 or view.folded[k] not in {"du", "de", "d"}:
            continue
        family = gazetteer.parties_by_family(view.texts[k - 1])
        if m.entry in family and view.folded[k - 2] in {"les", "aux", "des"}:
            group = Mention(k - 1, k, "party", view.texts[k - 1], "adjective", m.name, m.entry)
            group.confidence = 0.8
            found.append(group)
    return found


LIST = {",", "et", "ou"}


def party_nouns(
    view: TokenView, taken: set[int], gazetteer: Gazetteer, groups: frozenset[str] = frozenset()
) -> list[Mention]:
    """ "aux écologistes", "les socialistes", "aux élus socialistes": a party adjective used
    as a plural noun, or after a plural group noun, names the party (as a group of its
    members)."""
    found = []
    parties = {}
    for i in range(1, len(view.texts)):
        if i in taken or view.pos[i] not in {"NOUN", "ADJ"} or not view.texts[i][:1].islower():
            continue
        party = gazetteer.party_by_adjective(view.texts[i])
        if party is not None:
            parties[i] = party
    for i, party in parties.items():
        # "socialistes, communistes et écologistes": a bare plural in a list of party nouns
        listed = view.texts[i][-1:] in {"s", "x"} and any(
            j in parties
            and view.texts[j][-1:] in {"s", "x"}
            and view.texts[(i + j) // 2].lower() in LIST
            for j in (i - 2, i + 2)
        )
        grouped = (
            i > 1
            and view.folded[i - 1] in groups
            and view.folded[i - 2] in {"les", "aux", "des"}
            and not (i > 2 and SHARES & {view.texts[i - 3], view.folded[i - 3]})
        )
        if view.folded[i - 1] in {"les", "aux", "des"} or listed or grouped:
            mention = Mention(i, i + 1, "party", view.texts[i], "adjective", party.name, party)
            mention.confidence = 0.8
            found.append(mention)
    return found
