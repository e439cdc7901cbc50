"""Who is who in one article: canonical names, role descriptions, pronouns and quote speakers.

No coreference model is installable here, so this is rules, in reading order:

* a name resolves to the gazetteer's full name, else to the longest full name in the article
  that ends with it ("Valls" -> "Manuel Valls");
* a role description ("l'ancien Premier ministre") resolves to whoever held the role at the
  article's date (or before it, with ancien/ex-), preferring persons already mentioned;
* il/elle, celui qui, ce dernier, l'intéressé(e) resolve to a salient antecedent: subjects and
  speakers first, gender agreeing, never a third person named inside a quotation;
* a quotation's speaker comes from its incise ("a-t-elle répondu", ", a déclaré X"), from
  "X : « … »", "selon X" or the speech verb that governs it; je/me/moi/nous inside it is that
  speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from alliancegraph.loaders.cues import Lexicon
from alliancegraph.loaders.mentions import (
    Mention,
    NameIndex,
    TokenView,
    cfold,
    find_mentions,
    fold_token,
)
from alliancegraph.model import Article
from alliancegraph.ontology.gazetteer import Gazetteer, PartyEntry, Period, PersonEntry

QUOTE_PAIRS = {"«": "»", "“": "”"}
CLITICS = {"-il": "m", "-elle": "f", "-ils": "m", "-elles": "f", "-t-il": "m", "-t-elle": "f"}
SUBJECT_PRONOUNS = {"il": "m", "elle": "f"}
FIRST_PERSON = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "nous"})
IMPERSONAL = frozenset({"falloir", "agir", "sembler", "paraître", "pleuvoir", "exister"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
ROLE_PREPS = frozenset({"de", "du", "d", "des", "a", "au", "aux", "en"})
ROLE_STOP = frozenset({"de", "du", "d", "des", "a", "au", "aux", "en", "la", "le", "l", "les"})
LAST_MENTIONED = (("ce", "dernier"), ("cette", "derniere"), ("l", "interesse"), ("l", "interessee"))
LAST_GENDER = {"dernier": "m", "derniere": "f", "interesse": "m", "interessee": "f"}
# Folded words a third-person reference can start with (a cheap filter before the rules).
REFERENCE_WORDS = frozenset(
    {
        "il",
        "elle",
        "t",
        "ils",
        "elles",
        "celui",
        "celle",
        "ce",
        "cette",
        "l",
        "lui",
        "celui ci",
        "celle ci",
        "celui la",
        "celle la",
    }
)
# Prepositions before a stressed pronoun that stands for someone just mentioned.
STRESSED_AFTER = frozenset({"pour", "avec", "derriere", "contre", "envers"})
SKIP_IN_INCISE = frozenset({"encore", "aussitot", "ensuite", "alors", "aussi", "enfin", "t"})


@dataclass
class Quote:
    """A quotation: token range (marks included) and, once found, its speaker's name."""

    start: int
    end: int
    speaker: str | None = None
    confidence: float = 0.0
    incise: tuple[int, int] | None = None


@dataclass(frozen=True)
class RoleSpec:
    """A role as a comparable key: head ("premier ministre"), party, other qualifier words."""

    head: str
    party: str | None
    words: frozenset[str]
    former: bool = False
    gender: str | None = None


@dataclass
class Entity:
    """A resolved actor of the article."""

    name: str
    kind: str
    gender: str | None = None
    entry: PersonEntry | PartyEntry | None = None


@dataclass
class Context:
    """Everything the relation rules need about one parsed article."""

    doc: Doc
    article: Article
    gazetteer: Gazetteer
    lexicon: Lexicon
    view: TokenView | None = None
    mentions: list[Mention] = field(default_factory=list)
    at: dict[int, Mention] = field(default_factory=dict)
    sentence_flags: dict[int, tuple[bool, bool, bool, bool]] = field(default_factory=dict)
    # (token, head noun, content words, name) of every description glued to a name
    described: list[tuple[int, str, frozenset[str], str]] = field(default_factory=list)
    quote_of: list[int] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    sents: list = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    salience: list[list[tuple[int, str, int]]] = field(default_factory=list)

    def mention(self, i: int) -> Mention | None:
        return self.at.get(i)

    def in_quote(self, i: int) -> bool:
        return self.quote_of[i] >= 0

    def sentence_text(self, s: int) -> str:
        """The text of sentence ``s``, sliced from the article (cheaper than ``Span.text``)."""
        sent = self.sents[s]
        return self.article.text[sent.start_char : sent.end_char]

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.at[i] = mention

    def party_by_adjective(self, word: str) -> PartyEntry | None:
        """The party an adjective names ("socialiste"), from a map built once per gazetteer."""
        return adjective_map(self.gazetteer).get(cfold(word))


_ADJECTIVES: dict[int, dict[str, PartyEntry]] = {}


def adjective_map(gazetteer: Gazetteer) -> dict[str, PartyEntry]:
    """Folded party adjective -> party, built once per gazetteer."""
    key = id(gazetteer)
    if key not in _ADJECTIVES:
        _ADJECTIVES[key] = {
            cfold(adjective): party
            for party in reversed(gazetteer.parties)
            for adjective in party.adjectives
        }
    return _ADJECTIVES[key]


# --- quotations -----------------------------------------------------------------------------


def quote_tokens(view: TokenView) -> tuple[list[int], list[Quote]]:
    """Per-token quote id (-1 outside) and the quotations as token ranges (marks included).

    « » and “ ” pair up; straight quotes alternate; a blank line closes whatever is open.
    """
    quote_of = [-1] * len(view.texts)
    quotes: list[Quote] = []
    open_at: int | None = None
    closer = ""
    for i, text in enumerate(view.texts):
        if view.spaces[i] and text.count("\n") >= 2:
            open_at = None
            continue
        if open_at is None:
            if text in QUOTE_PAIRS or text == '"':
                open_at, closer = i, QUOTE_PAIRS.get(text, '"')
        elif text == closer:
            qid = len(quotes)
            quotes.append(Quote(open_at, i + 1))
            for k in range(open_at, i + 1):
                quote_of[k] = qid
            open_at = None
    return quote_of, quotes


# --- names ----------------------------------------------------------------------------------


def first_name_gender(gazetteer: Gazetteer, name: str) -> str | None:
    """Gender from a first name ("Leïla" -> f), from the gazetteer's first-name lists."""
    first = cfold(name.split()[0]) if name.split() else ""
    return gazetteer.first_names.get(first) or gazetteer.first_names.get(first.split(" ")[0])


def resolve_names(ctx: Context) -> None:
    """Give every name mention its canonical name; drop the ones that stay ambiguous."""
    gaz = ctx.gazetteer
    full: dict[str, str | None] = {}  # folded surname -> canonical name (None: ambiguous)
    for m in ctx.mentions:
        if m.kind == "party":
            m.name = m.entry.name if m.entry else m.text
        elif m.entry is not None and len(m.details.get("key", ())) > 1:
            m.name = m.entry.name
        elif m.source == "ner" and len(m.text.split()) > 1:
            known = gaz.person(m.text)
            m.entry = known
            m.name = known.name if known else m.text
        if m.kind == "person" and m.name and len(m.name.split()) > 1:
            surnames = {cfold(m.name.split()[-1]), cfold(m.text.split()[-1])}
            if isinstance(m.entry, PersonEntry):
                surnames.add(cfold(m.entry.surname))
            for surname in surnames:
                # Two full names with one surname ("Marine" and "Jean-Marie Le Pen"): a bare
                # "Le Pen" stays unresolved.
                known = full.setdefault(surname, m.name)
                if known is not None and known != m.name:
                    full[surname] = None
    kept = []
    for m in ctx.mentions:
        if m.name is None:
            surname = cfold(m.text)
            if surname in full:
                m.name = full[surname]
                m.entry = gaz.person(m.name) if m.name else None
            elif m.entry is not None:
                m.name = m.entry.name
            m.confidence = 0.95
        if m.name is None:
            continue
        kept.append(m)
        if m.name not in ctx.entities:
            entry = (
                m.entry
                if m.entry is not None
                else (gaz.person(m.name) if m.kind == "person" else gaz.party(m.name))
            )
            gender = getattr(entry, "gender", None) if m.kind == "person" else None
            if m.kind == "person" and gender is None:
                gender = first_name_gender(gaz, m.name) if len(m.name.split()) > 1 else None
            ctx.entities[m.name] = Entity(m.name, m.kind, gender, entry)
    ctx.mentions = []
    ctx.at = {}
    for m in kept:
        ctx.add(m)


# --- roles ----------------------------------------------------------------------------------


def _head_match(words: list[str], lexicon: Lexicon) -> tuple[str, int] | None:
    """The longest role head at the start of ``words`` and how many words it takes."""
    for n in range(min(5, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in lexicon.lists["role_heads"]:
            return lexicon.role_forms.get(phrase, phrase), n
    return None


def _role_gender(phrase: str, determiner: str, lexicon: Lexicon) -> str | None:
    if phrase in lexicon.role_forms and lexicon.role_forms[phrase] != phrase:
        return "f" if not phrase.startswith("chef") else None
    if phrase in set(lexicon.role_forms.values()) and phrase not in {"maire", "ministre"}:
        return "m"
    return {"la": "f", "le": "m", "sa": "f", "cette": "f", "cet": "m", "ce": "m"}.get(determiner)


def role_spec_of_text(text: str, gazetteer: Gazetteer, lexicon: Lexicon) -> RoleSpec | None:
    """The key of a gazetteer role ("candidat de La France insoumise à la présidentielle")."""
    words = cfold(text).split()
    former = bool(words) and words[0] in lexicon.lists["former"]
    if former:
        words = words[1:]
    head = _head_match(words, lexicon)
    if head is None:
        return None
    rest = words[head[1] :]
    party = None
    for n in range(len(rest), 0, -1):
        for k in range(0, len(rest) - n + 1):
            chunk = " ".join(rest[k : k + n])
            entry = gazetteer.party(chunk) or (
                adjective_map(gazetteer).get(chunk) if n == 1 else None
            )
            if entry is not None and party is None:
                party = entry.name
                rest = rest[:k] + rest[k + n :]
                break
        if party:
            break
    return RoleSpec(head[0], party, frozenset(w for w in rest if w not in ROLE_STOP), former)


def parse_role(ctx: Context, i: int) -> tuple[int, RoleSpec] | None:
    """A role description starting with the determiner at token ``i``: its end and its key."""
    doc, lexicon = ctx.doc, ctx.lexicon
    determiner = cfold(doc[i].text)
    if determiner not in lexicon.lists["role_determiners"]:
        return None
    words: list[str] = []
    owners: list[int] = []
    j = i + 1
    while j < len(doc) and j < i + 14:
        token = doc[j]
        if token.is_punct or token.is_space or token.pos_ in {"VERB", "AUX", "CCONJ", "PRON"}:
            break
        if ctx.at.get(j) is not None and ctx.at[j].kind == "person":
            break
        for word in fold_token(token.text):
            words.append(word)
            owners.append(j)
        j += 1
    former = False
    k = 0
    while k < len(words) and words[k] in lexicon.lists["former"] | lexicon.lists["current"]:
        former = former or words[k] in lexicon.lists["former"]
        k += 1
    head = _head_match(words[k:], lexicon)
    if head is None:
        return None
    phrase = " ".join(words[k : k + head[1]])
    k += head[1]
    party: str | None = None
    quals: set[str] = set()
    end = owners[k - 1] + 1
    expect_group = False
    while k < len(words):
        word, owner = words[k], owners[k]
        mention = ctx.at.get(owner)
        if mention is not None and mention.kind == "party":
            party = party or mention.name
            k += sum(1 for o in owners[k:] if o < mention.end)
            end = mention.end
            expect_group = False
            continue
        adjective = ctx.party_by_adjective(word)
        if adjective is not None:  # "le candidat socialiste", "le candidat des Républicains"
            party = party or adjective.name
            expect_group = False
        elif word in ROLE_PREPS:
            expect_group = True
        elif doc[owner].pos_ in {"DET"} or word in ROLE_STOP:
            pass
        elif expect_group or doc[owner].pos_ in {"ADJ", "PROPN"}:
            quals.add(word)
            expect_group = doc[owner].pos_ != "ADJ" and expect_group
            if doc[owner].pos_ != "ADJ":
                expect_group = False
        else:
            break
        end = owner + 1
        k += 1
    while end > i + 1 and (cfold(doc[end - 1].text) in ROLE_STOP):
        end -= 1
    gender = _role_gender(phrase, determiner, lexicon)
    return end, RoleSpec(
        lexicon.role_forms.get(phrase, phrase), party, frozenset(quals), former, gender
    )


def _role_matches(spec: RoleSpec, held: RoleSpec, party_then: str | None) -> bool:
    """Same head, same party (the role's, or the holder's party then), fewer qualifiers."""
    if spec.head != held.head:
        return False
    if spec.party and spec.party != (held.party or party_then):
        return False
    return spec.words <= held.words


def _held(ctx: Context, spec: RoleSpec) -> list[PersonEntry]:
    """Gazetteer persons holding (or, former, having held) the described role at the date.

    When some roles match the description's qualifiers exactly ("maire de Paris"), the looser
    matches ("maire du 7e arrondissement de Paris") are left out.
    """
    date = ctx.article.date
    exact: list[PersonEntry] = []
    loose: list[PersonEntry] = []
    for person, period, held in role_specs(ctx).get(spec.head, ()):
        if not _role_matches(spec, held, person.party_at(date)):
            continue
        if spec.former:
            ok = period.end is not None and period.end < date[: len(period.end)]
        else:
            ok = period.holds_at(date)
        bucket = exact if held.words == spec.words else loose
        if ok and person not in bucket:
            bucket.append(person)
    return exact or loose


_ROLE_SPECS: dict[int, dict[str, list[tuple[PersonEntry, Period, RoleSpec]]]] = {}


def role_specs(ctx: Context) -> dict[str, list[tuple[PersonEntry, Period, RoleSpec]]]:
    """Every gazetteer role, parsed once per gazetteer and indexed by its head."""
    key = id(ctx.gazetteer)
    if key not in _ROLE_SPECS:
        index: dict[str, list[tuple[PersonEntry, Period, RoleSpec]]] = {}
        for person in ctx.gazetteer.persons:
            for period in person.roles:
                spec = role_spec_of_text(period.value, ctx.gazetteer, ctx.lexicon)
                if spec is not None:
                    index.setdefault(spec.head, []).append((person, period, spec))
        _ROLE_SPECS[key] = index
    return _ROLE_SPECS[key]


def is_apposition(ctx: Context, start: int, end: int) -> bool:
    """A description glued to a name ("le candidat écologiste Yannick Jadot", "X, le maire")."""
    doc = ctx.doc
    nxt = ctx.at.get(end)
    if nxt is not None and nxt.kind == "person":
        return True
    if end + 1 < len(doc) and doc[end].text == "," and ctx.at.get(end + 1) is not None:
        first = doc[start].is_sent_start or (start > 0 and doc[start - 1].text in {",", "—"})
        if first and ctx.at[end + 1].kind == "person":
            return True
    return start > 1 and doc[start - 1].text == "," and ctx.at.get(start - 2) is not None


GENERIC_HEADS = frozenset({"premier ministre", "president de la republique", "garde des sceaux"})


def resolve_role(ctx: Context, start: int, spec: RoleSpec, sent: int) -> tuple[str, float] | None:
    """The person a role description stands for, or None when it is not clear enough.

    Holders already mentioned come first; then a salient antecedent the gazetteer does not
    know (it may hold the role unrecorded); then a holder named anywhere, or the only one.
    """
    holders = [p for p in _held(ctx, spec) if not spec.gender or p.gender in (None, spec.gender)]
    names = {p.name for p in holders}
    earlier = [(m.start, m.name) for m in ctx.mentions if m.start < start and m.name in names]
    if earlier:
        return max(earlier)[1], 0.8
    specific = bool(spec.party or spec.words) or spec.head in GENERIC_HEADS
    if _described_reference(ctx, start, add=False):
        return None  # the article itself said whom it calls so: that reading wins
    # The salient person of the sentences before (never the clause's own subject).
    salient = antecedent(ctx, ctx.sents[sent].start, sent, spec.gender, subjects_only=True)
    entity = ctx.entities.get(salient) if salient else None
    # a person the gazetteer does not know, or whose role it does not record
    unrecorded = entity is not None and (entity.entry is None or not holders)
    if unrecorded and specific and not _contradicts(ctx, entity, spec):
        return salient, 0.55
    if holders and specific:
        anywhere = {m.name for m in ctx.mentions if m.name in names}
        if len(anywhere) == 1:
            return anywhere.pop(), 0.7
        if len(holders) == 1:
            return holders[0].name, 0.6
        return None
    if holders or spec.party is None or entity is None:
        return None
    entry = entity.entry
    if isinstance(entry, PersonEntry) and entry.party_at(ctx.article.date) == spec.party:
        return salient, 0.65
    return None


def _contradicts(ctx: Context, entity: Entity, spec: RoleSpec) -> bool:
    """The gazetteer gives this person another role of the same kind at the date ("maire de
    Lille" is not "maire de Paris"), or another party than the description's."""
    entry = entity.entry
    if not isinstance(entry, PersonEntry):
        return False
    date = ctx.article.date
    if spec.party and entry.party_at(date) not in (None, spec.party):
        return True
    for period in entry.roles:
        held = role_spec_of_text(period.value, ctx.gazetteer, ctx.lexicon)
        same_kind = held is not None and held.head == spec.head and period.holds_at(date)
        if same_kind and not spec.words <= held.words:
            return True
    return False


# --- pronouns -------------------------------------------------------------------------------


def _compatible(ctx: Context, name: str, gender: str | None) -> bool:
    entity = ctx.entities.get(name)
    if entity is None or entity.kind != "person":
        return False
    return gender is None or entity.gender in (None, gender)


def antecedent(
    ctx: Context,
    i: int,
    sent: int,
    gender: str | None,
    subjects_only: bool = False,
    last_mentioned: bool = False,
    exclude: frozenset[str] = frozenset(),
) -> str | None:
    """The salient person before token ``i``: subjects and speakers first, gender agreeing.

    Mentions inside quotations are skipped (a third person named in a quote is not what the
    incise pronoun refers to); ``last_mentioned`` takes the latest mention of any role instead.
    """
    here = [
        (
            m.start,
            m.name,
            2 if ctx.doc[m.start].dep_ in SUBJECT_DEPS or m.details.get("speaker") else 1,
        )
        for m in ctx.mentions
        if ctx.sent_of[m.start] == sent
        and m.start < i
        and not ctx.in_quote(m.start)
        and m.kind == "person"
    ]
    history = [here] + [ctx.salience[s] for s in range(sent - 1, max(-1, sent - 4), -1)]
    for records in history:
        ranked = sorted(
            records, key=lambda r: (r[2] if not last_mentioned else 0, r[0]), reverse=True
        )
        for _, name, weight in ranked:
            if subjects_only and weight < 2:
                continue
            if name not in exclude and _compatible(ctx, name, gender):
                return name
    return None


def _pronoun_at(ctx: Context, token: Token) -> tuple[int, str | None, bool] | None:
    """A third-person reference starting at ``token``: (end, gender, last_mentioned) or None."""
    doc = ctx.doc
    low = token.text.lower()
    if low == "-t" and token.i + 1 < len(doc) and doc[token.i + 1].text.lower() in CLITICS:
        return token.i + 2, CLITICS[doc[token.i + 1].text.lower()], False
    if low in CLITICS and not (token.i > 0 and doc[token.i - 1].text.lower() == "-t"):
        return token.i + 1, CLITICS[low], False
    before = cfold(doc[token.i - 1].text) if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    if low in {"lui", "elle"} and (before == "selon" or (before == "pour" and after == ",")):
        return token.i + 1, "f" if low == "elle" else "m", False  # "Selon elle, « … »"
    if low in {"lui", "elle"} and before in STRESSED_AFTER:
        return token.i + 1, "f" if low == "elle" else "m", True  # "fait campagne pour elle"
    personal = token.dep_ in SUBJECT_DEPS or (  # the parser may call a personal "il" expletive
        token.dep_ == "expl:subj" and token.head.pos_ == "VERB"
    )
    if low in SUBJECT_PRONOUNS and personal:
        if token.head.lemma_ in IMPERSONAL or any(c.text == "y" for c in token.head.children):
            return None
        return token.i + 1, SUBJECT_PRONOUNS[low], False
    if low in {"celui-ci", "celle-ci", "celui-là", "celle-là"}:
        return token.i + 1, "m" if low.startswith("celui") else "f", True
    if low in {"celui", "celle"} and token.i + 1 < len(doc):
        nxt = doc[token.i + 1].text.lower()
        gender = "m" if low == "celui" else "f"
        if nxt == "qui":
            return token.i + 1, gender, False
        if nxt in {"-ci", "-là"}:
            return token.i + 2, gender, True
        if nxt == "-" and token.i + 2 < len(doc) and doc[token.i + 2].text.lower() in {"ci", "là"}:
            return token.i + 3, gender, True
    if token.i + 1 < len(doc):
        pair = (cfold(token.text), cfold(doc[token.i + 1].text))
        if pair in LAST_MENTIONED:
            return token.i + 2, LAST_GENDER[pair[1]], True
    return None


# --- speakers -------------------------------------------------------------------------------


def _is_speech(ctx: Context, i: int) -> bool:
    speech = ctx.lexicon.lists["speech"]
    return ctx.view.lemmas[i] in speech or ctx.view.folded[i] in speech


def _incise_subject(ctx: Context, verb: int, limit: int) -> Mention | None:
    """The subject of an incise verb: a clitic right after it, or a name within 3 tokens."""
    doc = ctx.doc
    for j in (verb - 2, verb - 1):
        mention = ctx.at.get(j) if j > 0 else None
        if (
            mention is not None
            and mention.source == "pronoun"
            and (doc[j].text.lower() in {"-t", *CLITICS})
        ):
            return mention
    j = verb + 1
    described = False  # "a annoncé la sénatrice socialiste Claire Dumoulin"
    while j < min(limit, verb + (9 if described else 5)):
        mention = ctx.at.get(j)
        if mention is not None and mention.kind == "person":
            return mention
        skippable = cfold(doc[j].text) in SKIP_IN_INCISE or doc[j].pos_ == "ADV"
        if doc[j].pos_ in {"DET", "NOUN", "ADJ"} or (
            mention is not None and mention.kind == "party"
        ):
            described = skippable = True
        if not skippable and doc[j].text.lower() not in {"-t", *CLITICS}:
            return None
        j += 1
    return None


def find_speaker(ctx: Context, quote: Quote) -> Mention | None:
    """The speaker of a quotation: incise inside or after it, "X :", "selon X", or the verb."""
    doc, texts = ctx.doc, ctx.view.texts
    sent_end = ctx.sents[ctx.sent_of[quote.end - 1]].end
    # ", a expliqué Benoît Hamon" or "dit-il" inside the marks.
    for v in range(quote.start + 1, quote.end - 1):
        if not _is_speech(ctx, v):
            continue
        clitic = v + 1 < len(doc) and texts[v + 1].lower() in {"-t", *CLITICS}
        comma = any(texts[k] == "," for k in range(max(quote.start, v - 3), v))
        if clitic or comma:
            subject = _incise_subject(ctx, v, quote.end)
            if subject is not None:
                quote.incise = (v, subject.end)
                return subject
    # "», a-t-elle répondu", "», assure Luc Carvounas".
    j = quote.end
    while j < len(doc) and doc[j].text in {",", "—", "-", "–"}:
        j += 1
    for v in range(j, min(j + 5, sent_end + 3, len(doc))):
        if ctx.in_quote(v):
            break
        if _is_speech(ctx, v) or (
            doc[v].pos_ == "VERB" and v + 1 < len(doc) and doc[v + 1].text.lower() in CLITICS
        ):
            subject = _incise_subject(ctx, v, len(doc))
            if subject is not None:
                quote.incise = (j, subject.end)
                return subject
            break
    # "X : « … »" and "Selon X, « … »".
    before = quote.start - 1
    if before > 0 and doc[before].text == ":":
        for k in range(before - 1, max(-1, before - 5), -1):
            mention = ctx.at.get(k)
            if mention is not None and mention.kind == "person" and not ctx.in_quote(k):
                if not any(_is_speech(ctx, x) for x in range(mention.end, before)):
                    return mention
                break
        # "X a pris la parole : « … »", "X s'est désolidarisé de Y : « … »": the subject of
        # the clause the colon closes
        verb = doc[before].head
        if verb.i < before and verb.pos_ in {"VERB", "AUX"} and not ctx.in_quote(verb.i):
            subject = subject_of_clause(ctx, verb.i)
            if subject is not None:
                return subject
    if before > 1 and doc[before].text == ",":
        mention = ctx.at.get(before - 1)
        if (
            mention is not None
            and mention.start > 0
            and cfold(doc[mention.start - 1].text) in {"selon", "pour"}
        ):
            return mention
    # A speech verb before the quote in the same sentence: "X a estimé que « … »".
    sent_start = ctx.sents[ctx.sent_of[quote.start]].start
    for v in range(quote.start - 1, sent_start - 1, -1):
        if ctx.in_quote(v) or not _is_speech(ctx, v):
            continue
        for child in doc[v].children:
            if child.dep_ in SUBJECT_DEPS and ctx.at.get(child.i) is not None:
                return ctx.at[child.i]
        subject = subject_of_clause(ctx, v)
        if subject is not None:
            return subject
    return None


def subject_of_clause(ctx: Context, i: int) -> Mention | None:
    """The person subject of the verb at ``i`` or of the verbs governing it (not across quotes)."""
    token = ctx.doc[i]
    for _ in range(6):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                mention = ctx.at.get(child.i)
                return mention if mention is not None and mention.kind == "person" else None
        if token.head.i == token.i or ctx.in_quote(token.head.i) != ctx.in_quote(i):
            return None
        token = token.head
    return None


# --- the pass ------------------------------------------------------------------------------


def build_context(
    doc: Doc, article: Article, gazetteer: Gazetteer, lexicon: Lexicon, index: NameIndex
) -> Context:
    """Resolve names, roles, pronouns and speakers of one parsed article, in reading order."""
    view = TokenView.of(doc)
    ctx = Context(doc, article, gazetteer, lexicon, view)
    ctx.sents = list(doc.sents)
    ctx.sent_of = [0] * len(doc)
    for s, sent in enumerate(ctx.sents):
        ctx.sent_of[sent.start : sent.end] = [s] * (sent.end - sent.start)
    ctx.quote_of, ctx.quotes = quote_tokens(view)
    for mention in find_mentions(doc, gazetteer, index, view, lexicon.lists["group"]):
        ctx.add(mention)
    resolve_names(ctx)
    record_descriptions(ctx)
    quotes_ending: dict[int, list[Quote]] = {}
    for quote in ctx.quotes:
        quotes_ending.setdefault(ctx.sent_of[max(quote.start, quote.end - 1)], []).append(quote)
    for s, sent in enumerate(ctx.sents):
        _resolve_references(ctx, s, sent)
        for quote in quotes_ending.get(s, ()):
            speaker = find_speaker(ctx, quote)
            if speaker is not None and speaker.name:
                speaker.details["speaker"] = True
                quote.speaker = speaker.name
                quote.confidence = speaker.confidence
        ctx.salience.append(_salience(ctx, s, sent))
    from alliancegraph.loaders import references  # it builds on this module

    references.quoted_stressed(ctx)
    _first_person(ctx)
    ctx.mentions.sort(key=lambda m: m.start)
    return ctx


def _resolve_references(ctx: Context, s: int, sent) -> None:
    """Role descriptions and pronouns of sentence ``s`` (outside quotations)."""
    from alliancegraph.loaders import references  # it builds on this module

    i = sent.start
    view = ctx.view
    determiners = ctx.lexicon.lists["role_determiners"]
    while i < sent.end:
        folded = view.folded[i]
        if folded not in determiners and folded not in REFERENCE_WORDS:
            i += 1
            continue
        token = ctx.doc[i]
        if ctx.at.get(i) is not None or (
            ctx.in_quote(i) and token.text.lower() not in {"-t", *CLITICS}
        ):
            i += 1
            continue
        role = parse_role(ctx, i)
        if role is not None:
            end, spec = role
            if not is_apposition(ctx, i, end):
                found = resolve_role(ctx, i, spec, s)
                if found is not None:
                    mention = Mention(
                        i, end, "person", ctx.doc[i:end].text, "role", found[0], confidence=found[1]
                    )
                    mention.details["role"] = spec
                    ctx.add(mention)
                elif (
                    _described_reference(ctx, i)
                    or references.possessive(ctx, i, s)
                    or references.party_label(ctx, i, s)
                ):
                    i = ctx.at[i].end
                    continue
            i = max(end, i + 1)
            continue
        if folded in determiners and (
            _described_reference(ctx, i)
            or _anaphoric_description(ctx, i, s)
            or references.possessive(ctx, i, s)
            or references.party_label(ctx, i, s)
        ):
            i = ctx.at[i].end
            continue
        pronoun = _pronoun_at(ctx, token)
        if pronoun is not None:
            end, gender, last = pronoun
            exclude = frozenset()
            if last:
                exclude = frozenset(
                    m.name
                    for m in ctx.mentions
                    if ctx.sent_of[m.start] == s and ctx.doc[m.start].dep_ in SUBJECT_DEPS
                )
            name = antecedent(ctx, i, s, gender, last_mentioned=last, exclude=exclude)
            if name is not None:
                ctx.add(
                    Mention(i, end, "person", ctx.doc[i:end].text, "pronoun", name, confidence=0.75)
                )
            i = end
            continue
        i += 1


def _description_words(ctx: Context, start: int, end: int) -> tuple[str, frozenset[str]] | None:
    """Head noun and content words of a short noun phrase ("essayiste", "député de Paris")."""
    view = ctx.view
    head = None
    words: set[str] = set()
    for j in range(start, end):
        if view.pos[j] in {"NOUN", "PROPN", "ADJ"} and ctx.at.get(j) is None:
            if head is None and view.pos[j] == "NOUN":
                head = view.folded[j]
            words.update(fold_token(view.texts[j]))
    if head is None:
        return None
    return head, frozenset(w for w in words if w not in ROLE_STOP)


def record_descriptions(ctx: Context) -> None:
    """Remember what the article calls each named person ("l'essayiste X", "X, député de
    Paris"), so a later "l'essayiste" or "le député de Paris" can be resolved; an unknown
    person's gender is read from a gendered description ("X, conseillère municipale")."""
    view = ctx.view
    for m in list(ctx.mentions):
        if m.kind != "person" or m.source not in {"gazetteer", "ner"}:
            continue
        spans = []
        j = m.end
        if j + 1 < len(view.texts) and view.texts[j] == ",":
            k = j + 1
            while k < len(view.texts) and k < j + 9 and not view.puncts[k]:
                if view.pos[k] in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}:
                    break
                k += 1
            if k < len(view.texts) and view.puncts[k]:
                spans.append((j + 1, k))
        last = m.start - 1
        if last > 0 and view.texts[last] == ",":
            last -= 1  # "La maire socialiste, Inès Gaudin, …"
        k = last
        while k >= 0 and view.pos[k] in {"NOUN", "ADJ"} and ctx.at.get(k) is None:
            k -= 1
        if k >= 0 and k < last and view.pos[k] == "DET":
            spans.append((k + 1, last + 1))
        for start, end in spans:
            found = _description_words(ctx, start, end)
            if found is None:
                continue
            ctx.described.append((m.start, found[0], found[1], m.name))
            entity = ctx.entities.get(m.name)
            gender = ctx.doc[start].morph.get("Gender") if view.pos[start] == "NOUN" else []
            if entity is not None and entity.gender is None and gender in (["Fem"], ["Masc"]):
                entity.gender = "f" if gender == ["Fem"] else "m"


def _described_reference(ctx: Context, i: int, add: bool = True) -> bool:
    """ "l'essayiste", "le député de Paris": a definite description the article earlier glued
    to exactly one person; adds the mention (unless ``add`` is False) when resolved."""
    view = ctx.view
    end = i + 1
    while end < len(view.texts) and end < i + 8 and not view.puncts[end]:
        if view.pos[end] in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"} or ctx.at.get(end):
            break
        end += 1
    found = _description_words(ctx, i + 1, end)
    if found is None or is_apposition(ctx, i, end):
        return False
    head, words = found
    words -= ctx.lexicon.lists["current"]  # "la maire sortante": the one the article described
    names = {
        name
        for start, known_head, known_words, name in ctx.described
        if start < i and known_head == head and words <= known_words
    }
    if len(names) != 1:
        return False
    if add:
        name = names.pop()
        ctx.add(Mention(i, end, "person", ctx.doc[i:end].text, "description", name, confidence=0.6))
    return True


def _in_party(ctx: Context, name: str, parties: set[str]) -> bool:
    if not parties:
        return True
    entity = ctx.entities.get(name)
    entry = entity.entry if entity is not None else None
    return isinstance(entry, PersonEntry) and entry.party_at(ctx.article.date) in parties


def _anaphoric_description(ctx: Context, i: int, s: int) -> bool:
    """ "L'ancien fidèle de X dit …" opening a sentence, or "« … », a affirmé la présidente
    de Génération écologie" after a quotation that opens it: a definite description of a
    person (its head a role or a noun of allegiance) that names nobody else stands for the
    subject of the sentence before, gender agreeing."""
    view = ctx.view
    sent = ctx.sents[s]
    incise = (
        i > sent.start
        and _is_speech(ctx, i - 1)
        and ctx.in_quote(sent.start + 1)
        and not any(ctx.at.get(k) is not None for k in range(sent.start, i) if not ctx.in_quote(k))
    )
    if (i != sent.start and not incise) or ctx.doc[i].dep_ != "det":
        return False
    if ctx.doc[i].head.dep_ not in SUBJECT_DEPS:
        return False
    head = ctx.doc[i].head
    if ctx.at.get(head.i) is not None or not (
        view.folded[head.i] in ctx.lexicon.lists["nominal"]
        or view.folded[head.i] in ctx.lexicon.lists["role_heads"]
        or view.folded[head.i] in ctx.lexicon.lists["person_nouns"]
    ):
        return False
    named = {ctx.at[t.i].name for t in head.subtree if ctx.at.get(t.i) is not None}
    parties = {
        party.name for t in head.subtree if (party := ctx.party_by_adjective(t.text)) is not None
    }
    gender = {"Fem": "f", "Masc": "m"}.get((head.morph.get("Gender") or [""])[0])
    if s == 0:
        return False
    # subjects first, then the others; a party in the description must be the person's
    previous = sorted(ctx.salience[s - 1], key=lambda r: (r[2], r[0]), reverse=True)
    names = [
        r[1]
        for r in previous
        if r[1] not in named and _compatible(ctx, r[1], gender) and _in_party(ctx, r[1], parties)
    ]
    if not names:
        return False
    name = names[0]
    ctx.add(
        Mention(
            i,
            head.i + 1,
            "person",
            ctx.doc[i : head.i + 1].text,
            "description",
            name,
            confidence=0.5,
        )
    )
    return True


def _salience(ctx: Context, s: int, sent) -> list[tuple[int, str, int]]:
    records = []
    seen = set()
    for m in ctx.mentions:
        if ctx.sent_of[m.start] != s or m.kind != "person" or m.start in seen:
            continue
        seen.add(m.start)
        if m.details.get("speaker"):
            records.append((m.start, m.name, 2))
        elif not ctx.in_quote(m.start):
            subject = any(ctx.doc[k].dep_ in SUBJECT_DEPS for k in range(m.start, m.end))
            # a name opening the sentence is its subject, whatever the parse says
            subject = subject or m.start == sent.start
            records.append((m.start, m.name, 2 if subject else 1))
    return records


def _first_person(ctx: Context) -> None:
    """je/me/moi/nous inside a quotation stand for its speaker."""
    for quote in ctx.quotes:
        if quote.speaker is None:
            continue
        for i in range(quote.start, quote.end):
            if quote.incise and quote.incise[0] <= i < quote.incise[1]:
                continue
            if ctx.doc[i].text.lower() in FIRST_PERSON and ctx.at.get(i) is None:
                mention = Mention(
                    i,
                    i + 1,
                    "person",
                    ctx.doc[i].text,
                    "pronoun",
                    quote.speaker,
                    confidence=min(0.9, quote.confidence),
                )
                mention.details["first_person"] = True
                ctx.add(mention)
