"""Anaphora: il/elle, celui qui, ce dernier, l'intéressé(e) and a sentence-opening
definite description ("L'ancien fidèle de X dit …") stand for a salient person before
them: subjects and speakers first, gender agreeing, never a third person named inside a
quotation.

Separate from ``resolution`` because choosing an antecedent is also what the role rules and
the relation rules ask for (``antecedent``), apart from the pass that finds the pronouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from alliancegraph.loaders.context import (
    CLITICS,
    SUBJECT_DEPS,
    Context,
    is_subject,
    person_noun,
    resolution_list,
    resolution_sequence,
)
from alliancegraph.loaders.mentions import Mention, cfold, feature
from alliancegraph.loaders.quotes import is_speech
from alliancegraph.ontology.gazetteer import PersonEntry
from alliancegraph.ontology.grammar import grammar_words

SUBJECT_PRONOUNS = {"il": "m", "elle": "f"}
IMPERSONAL = grammar_words("anaphora", "impersonal")
LAST_MENTIONED = (("ce", "dernier"), ("cette", "derniere"), ("l", "interesse"), ("l", "interessee"))
AFFECTED = grammar_words("anaphora", "affected")
LAST_GENDER = {"dernier": "m", "derniere": "f", "interesse": "m", "interessee": "f"}
# Prepositions before a stressed pronoun that stands for someone just mentioned.
STRESSED_AFTER = grammar_words("anaphora", "stressed_after")
STRESSED_AFTER_EXACT = grammar_words("anaphora", "stressed_after_exact")
STRESSED_NOT_AFTER = grammar_words("anaphora", "stressed_not_after")
STRESSED_VOID_NEXT = grammar_words("anaphora", "stressed_void_next")


def stressed_object(doc: Doc, i: int) -> bool:
    """Whether the stressed pronoun at ``i`` is the object of a preposition that makes it
    stand for someone just mentioned: « fait campagne pour elle », « s'est rallié à elle »;
    not « quant à lui » (the subject itself), « face à elle », « à elle seule »."""
    if i == 0:
        return False
    before = doc[i - 1].text.lower()
    if cfold(before) in STRESSED_AFTER:
        return True
    if before not in STRESSED_AFTER_EXACT:
        return False
    if i > 1 and cfold(doc[i - 2].text) in STRESSED_NOT_AFTER:
        return False
    return not (i + 1 < len(doc) and cfold(doc[i + 1].text) in STRESSED_VOID_NEXT)


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
    last_mentioned: bool = False,
    exclude: frozenset[str] = frozenset(),
    affected: bool = False,
    unique: bool = False,
) -> str | None:
    """The salient person before token ``i``: subjects and speakers first, gender agreeing.

    Mentions inside quotations are skipped (a third person named in a quote is not what the
    incise pronoun refers to); ``last_mentioned`` takes the latest mention of any role instead;
    ``affected`` ("l'intéressé") first looks for the latest person who was not a subject;
    ``unique`` (a personal pronoun) gives nobody when another person of that sentence is as
    salient and agrees too.
    """
    here = [
        (m.start, m.name, 2 if is_subject(ctx, m) or m.details.get("speaker") else 1)
        for m in ctx.mentions
        if ctx.sent_of[m.start] == sent
        and m.start < i
        and not ctx.in_quote(m.start)
        and m.kind == "person"
    ]
    history = [here] + [ctx.salience[s] for s in range(sent - 1, max(-1, sent - 4), -1)]
    if affected:
        # "L'intéressé a répliqué": the person the nearest clause acted upon (not its subject)
        # in the two nearest sentences naming someone; with only subjects there, the last
        # of several (the parser takes some objects for subjects)
        for records in [r for r in history if r][:2]:
            ranked = [
                (weight, name)
                for _, name, weight in sorted(records, reverse=True)
                if name not in exclude and _compatible(ctx, name, gender)
            ]
            objects = [name for weight, name in ranked if weight == 1]
            if objects or (ranked and len({r[1] for r in records}) > 1):
                return (objects or [ranked[0][1]])[0]
    for records in history:
        ranked = sorted(
            records, key=lambda r: (r[2] if not last_mentioned else 0, r[0]), reverse=True
        )
        for start, name, weight in ranked:
            if name not in exclude and _compatible(ctx, name, gender):
                if unique and _rivals(ctx, records, start, name, weight, gender, exclude):
                    return None  # "A et B briguent la mairie. Elle …": either could be meant
                return name
    return None


# The gazetteer's genders as the morphologizer writes them.
MORPH_GENDER = {"f": "Fem", "m": "Masc"}


def after_a_thing(ctx: Context, i: int, s: int, gender: str | None) -> bool:
    """Whether the subject pronoun at ``i``, opening sentence ``s``, takes up the subject of
    the sentence before, a noun for a thing of its gender ("La motion portée par X a recueilli
    40 %. Elle soutient Y", "Le texte signé par X est adopté. Il appelle à …"): the person named
    inside that noun phrase is not who the pronoun stands for, and a miss beats a wrong edge."""
    if s == 0 or gender is None:
        return False
    sent = ctx.sents[s]
    if any(ctx.view.pos[k] not in {"ADV", "CCONJ", "PUNCT"} for k in range(sent.start, i)):
        return False  # only a pronoun that opens its sentence ("Désormais, elle …")
    subjects = [c for c in ctx.sents[s - 1].root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return False
    noun = subjects[0]
    return (
        noun.pos_ == "NOUN"
        and ctx.at.get(noun.i) is None
        and not person_noun(ctx, noun.i)
        and feature(noun, "Gender") == [MORPH_GENDER[gender]]
        and feature(noun, "Number") == ["Sing"]
        and not _names_a_person(ctx, noun)
    )


def _names_a_person(ctx: Context, noun: Token) -> bool:
    """Whether the noun phrase of ``noun`` names a person other than through a clause on it:
    "la tête de liste LR, X," is X, while in "la motion portée par X" X only carries it."""
    for m in ctx.mentions:
        if m.kind != "person" or not noun.left_edge.i <= m.start <= noun.right_edge.i:
            continue
        token = ctx.doc[m.start]
        while token.i != noun.i and token.dep_ not in {"acl", "acl:relcl"}:
            if token.head.i == token.i:
                break
            token = token.head
        if token.i == noun.i:
            return True
    return False


def _rivals(
    ctx: Context,
    records: list[tuple[int, str, int]],
    start: int,
    name: str,
    weight: int,
    gender: str | None,
    exclude: frozenset[str],
) -> bool:
    """Whether another person of the same sentence is as salient as ``name`` (mentioned at
    ``start``) and agrees as well: as much a subject or speaker, or coordinated with it ("A
    et B se disputent la mairie", "A, comme B, …"). A pronoun then has no single antecedent,
    and a miss is better than a wrong edge."""
    coordinated = _coordinated_with(ctx, start)
    return any(
        other != name
        and other not in exclude
        and _compatible(ctx, other, gender)
        and (w == weight or k in coordinated)
        for k, other, w in records
    )


def _coordinated_with(ctx: Context, start: int) -> set[int]:
    """Token positions coordinated with the name starting at ``start`` ("A et B": B for A,
    A for B), by the parse: the name's head token and its conjuncts."""
    token = ctx.doc[start]
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    root = token
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    linked = {root.i, *(c.i for c in root.children if c.dep_ == "conj")}
    positions = set()
    low, high = min(linked), max(linked)  # (a name outside these bounds holds none of them)
    for m in ctx.mentions:
        if m.start > high or m.end <= low:
            continue
        if any(k in linked for k in range(m.start, m.end)) and m.start != start:
            positions.add(m.start)
    return positions


def description_antecedent(ctx: Context, sent: int, gender: str | None, fits=None) -> str | None:
    """The person a description opening sentence ``sent`` stands for, by salience: in the
    nearest sentence before that names someone who agrees (gender, and ``fits`` when given),
    its one agreeing subject or speaker, else its one agreeing person; nobody when several
    remain there, or none that ``fits``. ("Son numéro deux, B, salue A. Le sortant
    l'accuse": the nearest agreeing person is the one meant, never an older subject skipped
    over him.)"""
    for k in range(sent - 1, max(-1, sent - 4), -1):
        agreeing = [
            (weight, name) for _, name, weight in ctx.salience[k] if _compatible(ctx, name, gender)
        ]
        if not agreeing:
            continue
        agreeing = [(weight, name) for weight, name in agreeing if fits is None or fits(name)]
        subjects = {name for weight, name in agreeing if weight == 2}
        names = subjects or {name for _, name in agreeing}
        return names.pop() if len(names) == 1 else None
    return None


def agreed_gender(ctx: Context, i: int) -> str | None:
    """The gender of an elided object clitic « l' » at ``i`` told by the past participle after
    « avoir » that agrees with it: « X l'a invitée » takes up a woman, « X l'a invité » a man
    (the feminine participle adds an unaccented "e"; a man and a woman named just before are
    then told apart). None for any other word, a participle after « être » or after an
    infinitive « avoir », or no participle.
    """
    if ctx.view.folded[i] != "l" or ctx.doc[i].pos_ != "PRON":
        return None  # « L'élue lui a assuré … »: a determiner, not the clitic
    verb = ctx.doc[i].head
    if "Part" not in feature(verb, "VerbForm") or verb.i <= i:
        return None
    if not any(
        c.dep_.startswith("aux") and c.lemma_ == "avoir" and "Fin" in feature(c, "VerbForm")
        for c in verb.children
    ):  # « après l'avoir combattu »: a clause told as done before, left as it was
        return None
    text = verb.text.lower()
    if text.endswith("s"):
        return None  # a plural participle: « l' » is not what it agrees with
    return "f" if text.endswith("e") else "m"


def object_antecedent(
    ctx: Context, i: int, s: int, gender: str | None, exclude: frozenset[str]
) -> tuple[str | None, str]:
    """The one person an object pronoun at token ``i`` ("il la soutient", "derrière lui")
    can stand for, or None and why not.

    Unlike a subject pronoun, an object has no salience order to lean on: the candidates are
    the persons named before it in its sentence and in the sentence before (outside
    quotations, groups aside), minus ``exclude`` (the subject); one of them, gender agreeing,
    or nothing. Further back only over sentences that name nobody ("X parle. Le scrutin est
    serré. Y le soutient"), never past another person, the subject included. Nothing either
    when the sentence the candidates come from has an « il » / « elle » nothing bound
    (``_unnamed_subject``): its names are not all it speaks of. Of several agreeing
    candidates, the person the story follows when one is (``_continued_topic``). An elided
    « l' » has the gender its past participle agrees in (``agreed_gender``)."""
    if gender is None:
        gender = agreed_gender(ctx, i)
    sent = ctx.sents[s]
    here = [
        m.name
        for m in ctx.mentions
        if sent.start <= m.start < i
        and m.kind == "person"
        and m.name
        and not ctx.in_quote(m.start)
        and "group" not in m.details
    ]
    before = _salient_names(ctx, s - 1) if s else []
    windows = [here + before] + [_salient_names(ctx, k) for k in range(s - 2, max(-1, s - 4), -1)]
    for k, names in enumerate(windows):
        others = {name for name in names if name not in exclude}
        if not others:
            if before if k == 0 else names:
                return None, "only the subject named"  # never past the subject's sentence
            continue  # nobody named there: look one sentence further back
        if s - 1 - k >= 0 and _unnamed_subject(ctx, s - 1 - k, gender):
            return None, "a pronoun before left unbound"  # someone else may be meant
        agreeing = {name for name in others if _compatible(ctx, name, gender)}
        if len(agreeing) == 1:
            return agreeing.pop(), ""
        topic = _continued_topic(ctx, s, s - 1 - k, agreeing, here)
        if topic is not None:
            return topic, ""
        return None, "several candidates" if agreeing else "gender"
    return None, "no candidate"


def _salient_names(ctx: Context, s: int) -> list[str]:
    """The persons sentence ``s`` names, a group reference (« Elles », « Les deux élus »)
    counting for every member, not only for the first one its mention carries."""
    names = []
    for start, name, _ in ctx.salience[s]:
        mention = ctx.at.get(start)
        group = mention.details.get("group") if mention is not None else None
        names += list(group) if group else [name]
    return names


def _unnamed_subject(ctx: Context, s: int, gender: str | None) -> bool:
    """Whether sentence ``s`` has for a subject an « il » / « elle » that nothing bound, of a
    gender an object pronoun could take up («  X quitte le parti. Depuis, il siège aux côtés
    de Y. Z l'a invité … »: the parse took « siège » for a noun and left « il » unbound).
    The persons that sentence names are then not all it speaks of, and the object pronoun
    may be the one it leaves unnamed. An impersonal « il » (« il faut », « il y a », « il
    est difficile de ») does not count."""
    view = ctx.view
    sent = ctx.sents[s]
    for k in range(sent.start, sent.end):
        word = view.folded[k]
        if word not in SUBJECT_PRONOUNS or ctx.at.get(k) is not None or ctx.in_quote(k):
            continue
        if gender is not None and SUBJECT_PRONOUNS[word] != gender:
            continue
        j = k + 1
        while j < sent.end and view.folded[j] in BEFORE_VERB:
            j += 1
        if j >= sent.end or view.folded[j] == "y" or view.lemmas[j] in IMPERSONAL:
            continue
        if word == "il" and view.lemmas[j] == "etre":
            continue
        return True
    return False


# Sentences before the one an object pronoun's candidates come from that may show its topic
# was already the subject: the nearest of them naming someone is the one read.
TOPIC_LOOKBACK = 3


def _continued_topic(
    ctx: Context, s: int, last: int, agreeing: set[str], here: list[str]
) -> str | None:
    """The candidate an object pronoun of sentence ``s`` stands for when several agree, if
    the sentence ``last`` that named them (the one before, or the nearest before it past
    sentences naming nobody) is about one of them and so was the story up to it: news
    takes up the person it follows with « lui » / « le » / « la » (« X annonce rallier Y.
    Le chef de son parti lui demande de partir »), whoever else that sentence named.

    Binds only when every test leaves one person: no agreeing person named earlier in the
    pronoun's own sentence; exactly one agreeing subject (or speaker) in sentence ``last``,
    joined to no other agreeing person (« A et B … »); and that person the subject
    of the nearest earlier sentence naming someone too, or, of the candidates, the one the
    sentences so far had for subject at least twice and twice as often as any other
    (``_leading_subject``). A miss is better than a wrong edge."""
    if last < 0 or any(name in agreeing for name in here) or not ctx.salience[last]:
        return None
    topic = _one_subject(ctx, ctx.salience[last], agreeing)
    if topic is None:
        return None
    earlier = next(
        (
            ctx.salience[j]
            for j in range(last - 1, max(-1, last - 1 - TOPIC_LOOKBACK), -1)
            if ctx.salience[j]
        ),
        [],
    )
    if earlier and _one_subject(ctx, earlier, agreeing) == topic:
        return topic
    return topic if _leading_subject(ctx, s, agreeing) == topic else None


def _one_subject(
    ctx: Context, records: list[tuple[int, str, int]], agreeing: set[str]
) -> str | None:
    """The one agreeing person a sentence's salience ``records`` have for subject (or
    speaker): None when there are several, when that subject is a group (« Elles … », « Les
    deux élus … ») or is joined to another agreeing person (« A et B … »)."""
    subjects = [(k, name) for k, name, weight in records if weight == 2 and name in agreeing]
    if len({name for _, name in subjects}) != 1:
        return None
    for k, name in subjects:
        mention = ctx.at.get(k)
        if mention is not None and mention.details.get("group"):
            return None
        if any(
            ctx.at.get(j) is not None and ctx.at[j].name in agreeing - {name}
            for j in _coordinated_with(ctx, k)
        ):
            return None
    return subjects[0][1]


def _leading_subject(ctx: Context, s: int, agreeing: set[str]) -> str | None:
    """The agreeing person the sentences before ``s`` have most often for subject, at least
    twice and twice as often as any other agreeing person; None otherwise."""
    counts: dict[str, int] = {}
    for records in ctx.salience[:s]:
        for name in {name for _, name, weight in records if weight == 2 and name in agreeing}:
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < 2:
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if 2 * second <= ranked[0][1] else None


def pronoun_at(ctx: Context, token: Token) -> tuple[int, str | None, bool] | None:
    """A third-person reference starting at ``token``: (end, gender, last_mentioned) or None.
    The words around it are read from the view (no Token made for them)."""
    doc = ctx.doc
    texts, folded = ctx.view.texts, ctx.view.folded
    low = texts[token.i].lower()
    if low == "-t" and token.i + 1 < len(doc) and texts[token.i + 1].lower() in CLITICS:
        return token.i + 2, CLITICS[texts[token.i + 1].lower()], False
    if low in CLITICS and not (token.i > 0 and texts[token.i - 1].lower() == "-t"):
        return token.i + 1, CLITICS[low], False
    before = folded[token.i - 1] if token.i > 0 else ""
    after = texts[token.i + 1] if token.i + 1 < len(doc) else ""
    if low in {"lui", "elle"} and (before == "selon" or (before == "pour" and after == ",")):
        return token.i + 1, "f" if low == "elle" else "m", False  # "Selon elle, « … »"
    if low in {"lui", "elle"} and stressed_object(doc, token.i):
        return token.i + 1, "f" if low == "elle" else "m", True  # "fait campagne pour elle"
    personal = token.dep_ in SUBJECT_DEPS or (  # the parser may call a personal "il" expletive
        token.dep_ == "expl:subj" and (token.head.pos_ == "VERB" or _personal_adjective(token))
    )
    if low in SUBJECT_PRONOUNS and not personal and token.dep_ not in {"expl:subj", "expl:pass"}:
        personal = _verb_follows(ctx, token)  # "Elle votera pour X" parsed with "Elle" as root
    if low in SUBJECT_PRONOUNS and personal:
        if token.head.lemma_ in IMPERSONAL or any(c.text == "y" for c in token.head.children):
            return None
        return token.i + 1, SUBJECT_PRONOUNS[low], False
    if low in {"celui-ci", "celle-ci", "celui-là", "celle-là"}:
        return token.i + 1, "m" if low.startswith("celui") else "f", True
    if low in {"celui", "celle"} and token.i + 1 < len(doc):
        nxt = texts[token.i + 1].lower()
        gender = "m" if low == "celui" else "f"
        if nxt == "qui":
            return token.i + 1, gender, False
        if nxt in {"-ci", "-là"}:
            return token.i + 2, gender, True
        if nxt == "-" and token.i + 2 < len(doc) and texts[token.i + 2].lower() in {"ci", "là"}:
            return token.i + 3, gender, True
    if token.i + 1 < len(doc):
        pair = (folded[token.i], folded[token.i + 1])
        if pair in LAST_MENTIONED:
            return token.i + 2, LAST_GENDER[pair[1]], True
    return None


# Words between a subject pronoun and its verb: negation and object clitics ("elle ne le
# soutient pas", "il s'est rallié"); "y" is not among them ("il y a" is impersonal).
BEFORE_VERB = grammar_words("anaphora", "before_verb")


def _verb_follows(ctx: Context, token: Token) -> bool:
    """Whether a verb follows "il"/"elle" past negation and clitics only: the pronoun is then
    the verb's subject, whatever the parse says (it sometimes makes "Elle" a root and its
    verb a participle).
    Not before "être" for "il" ("il est difficile de …" is impersonal), nor an impersonal
    verb ("il faut")."""
    view = ctx.view
    k = token.i + 1
    while k < len(view.texts) and view.folded[k] in BEFORE_VERB:
        k += 1
    if k >= len(view.texts) or view.pos[k] not in {"VERB", "AUX"}:
        return False
    impersonal = view.lemmas[k] == "etre" and view.folded[token.i] == "il"
    return not impersonal and view.lemmas[k] not in IMPERSONAL


# What an impersonal "il est <adjectif>" governs: "il est difficile de …", "il est clair que …".
IMPERSONAL_CLAUSES = frozenset({"csubj", "xcomp", "ccomp", "advcl", "acl"})


def _personal_adjective(token: Token) -> bool:
    """ "Il a été très dur avec X", "elle est favorable à Y": "il" before a copula and an
    adjective that governs no clause after it is a person, unlike "il est difficile de …".
    A clause fronted before the pronoun is an adjunct, not what an impersonal "il" announces
    ("Candidat malheureux à la primaire, il est resté proche de X")."""
    head = token.head
    return head.pos_ == "ADJ" and not any(
        c.dep_ in IMPERSONAL_CLAUSES and c.i > token.i for c in head.children
    )


def _in_party(ctx: Context, name: str, parties: set[str]) -> bool:
    if not parties:
        return True
    entity = ctx.entities.get(name)
    entry = entity.entry if entity is not None else None
    return isinstance(entry, PersonEntry) and entry.party_at(ctx.article.date) in parties


# What may follow a name set off by commas after a description ("le patron du parti,
# Julien Bayou, a dit", "a annoncé le patron du parti, Julien Bayou."): the name closes.
APPOSITION_CLOSERS = grammar_words("anaphora", "apposition_closers")


PLACE_PREPOSITIONS = grammar_words("anaphora", "place_prepositions")


def _after_place(ctx: Context, end: int) -> int:
    """Token after a short place adjunct that follows a description ("le candidat PS dans le
    Nord, X, …", "la tête de liste en Bretagne, X"): a preposition, at most a determiner, and
    one capitalised word; ``end`` itself when there is none."""
    view = ctx.view
    k = end
    if k >= len(view.texts) or view.folded[k] not in PLACE_PREPOSITIONS:
        return end
    k += 1
    if k < len(view.texts) and view.pos[k] == "DET":
        k += 1
    if k < len(view.texts) and view.texts[k][:1].isupper() and ctx.at.get(k) is None:
        return k + 1
    return end


def apposed_name(ctx: Context, end: int) -> Mention | None:
    """The person a description ending at token ``end`` names itself, set off by commas.

    "le secrétaire du parti, Jeanne Martin, a répondu": the description stands for that
    name, never for an antecedent of the sentences before (two edges from one description
    would give the role to someone else too). Only a name the text wrote (not a pronoun or
    another description), closed by punctuation or "qui": "Après avoir reçu le président
    du parti, Jeanne Martin a répondu" has a verb after the name, and the name is the
    sentence's subject, not an apposition.
    """
    doc = ctx.doc
    end = _rest_of_noun_phrase(ctx, _after_place(ctx, end))
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    start = _past_label(ctx, end + 1)
    mention = ctx.at.get(start)
    if mention is None:
        start = _past_second_role(ctx, end + 1)
        mention = ctx.at.get(start) if start is not None else None
    if mention is None or mention.kind != "person" or mention.start != start:
        return None
    if mention.source in {"pronoun", "role", "description"}:
        return None
    close = _past_aside(ctx, mention.end)
    if close >= len(doc) or doc[close].is_sent_start:
        return mention
    if doc[close].text.lower() not in APPOSITION_CLOSERS:
        return None
    return None if plural_verb_after(ctx, close) else mention


def _past_aside(ctx: Context, k: int) -> int:
    """The token after a bracketed aside opening at ``k`` (« X (31 %), », « X (PS), »,
    « X (52 ans), »), or ``k`` itself when none opens there or it does not close soon: the
    name it follows still ends at the closer after it."""
    texts = ctx.view.texts
    if k >= len(texts) or texts[k] != "(":
        return k
    for j in range(k + 1, min(k + 8, len(texts))):
        if texts[j] == ")":
            return j + 1
    return k


def plural_verb_after(ctx: Context, comma: int) -> bool:
    """Whether a plural finite verb follows the comma at ``comma`` (past adverbs and clitics):
    « Le maire LR de Dax, le sénateur X, ont signé » lists two persons, the verb's plural
    subject; a description and the name it stands for would take a singular verb. Only when
    the words before the comma open the sentence with no verb and no coordination (« A et la
    déléguée du MoDem, X, présentent », « des amis du maire UMP, X, l'appellent »: the plural
    is someone else's, and X is the delegate or the mayor), and only a verb of the third
    person (« X, vous invite »: the tagger reads a plural from « vous »)."""
    if ctx.doc[comma].text != ",":
        return False
    view = ctx.view
    opening = ctx.sents[ctx.sent_of[comma]].start
    if any(view.pos[k] in {"CCONJ", "VERB", "AUX"} for k in range(opening, comma)):
        return False
    k = comma + 1
    while k < len(view.texts) and view.pos[k] in {"ADV", "PRON"} and not view.puncts[k]:
        k += 1
    if k >= len(view.texts) or view.pos[k] not in {"VERB", "AUX"}:
        return False
    verb = ctx.doc[k]
    return (
        "Fin" in feature(verb, "VerbForm")
        and "Plur" in feature(verb, "Number")
        and "3" in feature(verb, "Person")
    )


# Words a second role set off by commas may take before the name that closes it ("le député
# sortant, maire de Lavaur et président de l'agglomération, X").
SECOND_ROLE_WORDS = 14


def _past_second_role(ctx: Context, k: int) -> int | None:
    """Where a name starts after a second role apposed without a determiner and closed by a
    comma ("le député sortant, maire de Lavaur et président de l'agglomération, X"): the
    roles are the name's, like the first one. None when the words from ``k`` are not such a
    role: a verb, a pronoun, another person or any other punctuation on the way."""
    view = ctx.view
    lists = ctx.lexicon.lists
    if k >= len(view.texts) or not (
        view.folded[k] in lists["role_heads"] or view.folded[k] in lists["nominal"]
    ):
        return None
    for j in range(k + 1, min(len(view.texts) - 1, k + SECOND_ROLE_WORDS + 1)):
        if view.texts[j] == ",":
            return j + 1
        mention = ctx.at.get(j)
        if (
            view.puncts[j]
            or view.pos[j] in {"VERB", "AUX", "PRON", "SCONJ"}
            or (mention is not None and mention.kind == "person")
        ):
            return None
    return None


def _rest_of_noun_phrase(ctx: Context, end: int) -> int:
    """The token after the words that finish a description the role reader stopped short of
    ("le député sortant LR de la 1re circonscription, X", "le maire sortant divers droite,
    X"): at most two nouns or adjectives no mention covers; ``end`` itself when none."""
    view = ctx.view
    k = end
    while k < min(len(view.texts), end + 2) and ctx.at.get(k) is None:
        # "sortant" is often tagged as a verb: "le maire PS sortant, X" is still X's role
        current = view.folded[k] in ctx.lexicon.lists["current"]
        if view.pos[k] not in {"NOUN", "ADJ"} and not current:
            break
        k += 1
    return k if k < len(view.texts) and view.texts[k] == "," else end


def _past_label(ctx: Context, k: int) -> int:
    """Where a name starts after a short label that opens a second apposition ("la maire
    sortante, la socialiste Jeanne Martin,": "la socialiste"; "le candidat en question, le
    conseiller départemental LR Jean Roux,": "le conseiller départemental LR"): a
    determiner, at most three nouns or adjectives that no mention covers and at most one
    party; ``k`` itself when there is no such label."""
    view = ctx.view
    if view.pos[k] != "DET" or ctx.at.get(k) is not None:
        return k
    j, words, parties = k + 1, 0, 0
    while j < len(view.texts) and words < 3:
        mention = ctx.at.get(j)
        if mention is not None and mention.kind == "party" and mention.start == j and not parties:
            parties, j = 1, mention.end
            continue
        if mention is not None or view.pos[j] not in {"NOUN", "ADJ"}:
            break
        j, words = j + 1, words + 1
    named = ctx.at.get(j)
    return j if words and named is not None and named.kind == "person" else k


# Possessive determiners: a description they open is about someone related to the possessor.
POSSESSIVE = grammar_words("anaphora", "possessive")
# Words a description's own complement may take before the name set off after it.
COMPLEMENT_WORDS = 5


def named_past_complement(
    ctx: Context, k: int, glued: bool = False, reach: int = COMPLEMENT_WORDS
) -> bool:
    """Whether a person's name is set off by a comma after the few words of a complement
    that start at ``k`` ("du premier tour, X", "aux finances, X"), with no verb or other
    punctuation before that comma: the description names that person itself, whatever
    the parser did with the comma. With ``glued``, the name follows the complement with no
    comma instead ("son adjointe à la mairie de Rennes X"), within ``reach`` words."""
    view = ctx.view
    # a glued name is read past the complement's first word and up to the text's end; a comma
    # needs the name after it
    start, last = (k + 1, len(view.texts)) if glued else (k, len(view.texts) - 1)
    for j in range(start, min(last, k + reach + 1)):
        if view.texts[j] == "," and not glued:
            return apposed_name(ctx, j) is not None
        mention = ctx.at.get(j)
        if glued and mention is not None and mention.start == j:
            return mention.kind == "person"
        if view.puncts[j] or view.pos[j] in {"VERB", "AUX"} or mention is not None:
            return False
    return False


# Parts of speech of a word that may open a sentence before its subject: "Mais l'homme …",
# "Pourtant, la sortante …".
OPENERS = frozenset({"CCONJ", "ADV"})


def opening_word(ctx: Context, sent) -> int:
    """Where a sentence's first phrase starts, past one connective and its comma ("Mais",
    "Et", "Pourtant,"): a description there opens the sentence as much as at its start."""
    k = sent.start
    if k + 1 < sent.end and ctx.view.pos[k] in OPENERS and ctx.at.get(k) is None:
        k += 1
        if k + 1 < sent.end and ctx.view.texts[k] == ",":
            k += 1
    return k


DEMONSTRATIVE = grammar_words("anaphora", "demonstrative")
FRONTED_ADJUNCT = grammar_words("anaphora", "fronted_adjunct")
# Words a fronted adjunct may take before its comma ("À 47 ans,", "Dès le lendemain,").
ADJUNCT_WORDS = 5


def _past_fronted_adjunct(ctx: Context, sent) -> int | None:
    """Where the subject starts after a short adjunct fronted before it ("À 47 ans, …",
    "Depuis mars, …"): a preposition, a few words naming no one and no verb, a comma."""
    view = ctx.view
    k = sent.start
    if view.folded[k] not in FRONTED_ADJUNCT or view.pos[k] in {"VERB", "AUX"}:
        return None  # (an unaccented capital "A" is often tagged a noun)
    for j in range(k + 1, min(sent.end - 1, k + ADJUNCT_WORDS + 1)):
        if view.texts[j] == ",":
            return j + 1
        if view.puncts[j] or view.pos[j] in {"VERB", "AUX"} or ctx.at.get(j) is not None:
            return None
    return None


TIME_ADJUNCT = grammar_words("anaphora", "time_adjunct")
TIME_ADJUNCT_GLUE = grammar_words("anaphora", "time_adjunct_glue")


def _past_time_adjunct(ctx: Context, sent) -> int | None:
    """Where the subject starts after a fronted adjunct of time ("Jeudi, …", "Le lendemain,
    …", "Quelques jours plus tard, …"): words of time only, at least one of them more than a
    determiner or a preposition, then a comma."""
    view = ctx.view
    timed = False
    for j in range(sent.start, min(sent.end - 1, sent.start + ADJUNCT_WORDS + 1)):
        if view.texts[j] == ",":
            return j + 1 if timed else None
        word = view.folded[j]
        if ctx.at.get(j) is not None or word not in TIME_ADJUNCT | TIME_ADJUNCT_GLUE:
            return None
        timed = timed or word in TIME_ADJUNCT
    return None


UNNAMED = grammar_words("anaphora", "unnamed")
UNNAMED_RELATIVES = grammar_words("anaphora", "unnamed_relatives")
INDEFINITE = grammar_words("anaphora", "indefinite")
DESCRIPTION_RELATIVES = grammar_words("anaphora", "description_relatives")


def _unnamed(ctx: Context, head: Token) -> bool:
    """ "L'élue, dont le nom n'a pas été communiqué, …": a relative clause on the
    description says its holder is not named; nobody the article named is meant."""
    words = {ctx.view.folded[t.i] for t in head.subtree if t.i > head.i}
    return bool(words & UNNAMED_RELATIVES) and bool(words & UNNAMED)


def _introduced_stranger(ctx: Context, s: int, gender: str | None) -> bool:
    """Whether sentence ``s`` brings in, outside quotations, an unnamed person of that gender
    ("… qu'une conseillère municipale quittait le parti"): a description after it may be
    that person as well as the one named."""
    sent = ctx.sents[s]
    view = ctx.view
    for k in range(sent.start, sent.end - 1):
        if view.folded[k] not in INDEFINITE or ctx.in_quote(k) or ctx.doc[k].dep_ != "det":
            continue
        noun = ctx.doc[k].head
        if noun.i <= k or ctx.at.get(noun.i) is not None or not person_noun(ctx, noun.i):
            continue
        told = {"Fem": "f", "Masc": "m"}.get((feature(noun, "Gender") or [""])[0])
        if gender is None or told in (None, gender):
            return True
    return False


GENDERS = {"Fem": "f", "Masc": "m"}


def _agreed_gender(head: Token) -> str | None:
    """The gender of a description's head noun, told by the determiner or an adjective before
    it when they disagree with the tagger's reading of the noun: « l'ancienne ministre », « la
    responsable » are women, whatever gender the tagger gave the noun both genders share."""
    noun = GENDERS.get((feature(head, "Gender") or [""])[0])
    told = {
        GENDERS[g]
        for child in head.children
        if child.i < head.i and child.dep_ in {"det", "amod"}
        for g in feature(child, "Gender")
        if g in GENDERS
    }
    return told.pop() if len(told) == 1 else noun


def _verb_after_phrase(ctx: Context, head: Token, sent) -> bool:
    """Whether the verb comes right after the noun phrase of ``head`` (past one comma): the
    phrase is the subject, whatever the parser made of a sentence opened by an adjunct."""
    after = max(t.i for t in head.subtree) + 1
    if after < sent.end and ctx.view.texts[after] == ",":
        after += 1
    return after < sent.end and ctx.view.pos[after] in {"VERB", "AUX"}


def _verb_after_relative(ctx: Context, head: Token, sent) -> bool:
    """Whether a description the parser made the root is the subject of a verb written after
    the relative set off on it: in "L'homme, qui s'était affiché aux côtés de X, découvre …"
    the parser hangs "découvre" on the relative's verb. A finite verb right after the comma
    that closes the relative says the phrase is its subject."""
    view = ctx.view
    if head.dep_ != "ROOT" or head.i + 2 >= sent.end or view.texts[head.i + 1] != ",":
        return False
    relative = ctx.doc[head.i + 2]
    if relative.dep_ != "nsubj" or view.folded[relative.i] not in DESCRIPTION_RELATIVES:
        return False
    for k in range(relative.i + 1, sent.end - 1):
        if view.texts[k] == "," and not ctx.in_quote(k):
            verb = ctx.doc[k + 1]
            return verb.pos_ in {"VERB", "AUX"} and "Fin" in feature(verb, "VerbForm")
    return False


def anaphoric_description(ctx: Context, i: int, s: int, fits=None) -> bool:
    """ "L'ancien fidèle de X dit …" opening a sentence (past a fronted adjunct of time:
    "Jeudi, l'élue …"), or "« … », a affirmé la présidente de Génération écologie" after a
    quotation that opens it: a definite description of a person (its head a role or a noun
    of allegiance) that names nobody else stands for the subject of the sentence before,
    gender agreeing, and ``fits`` when given (the role reader's check that the gazetteer
    does not contradict it). Nobody when the description says its holder is not named, or
    the sentence before brings in an unnamed person it may stand for as well."""
    view = ctx.view
    sent = ctx.sents[s]
    incise = (
        i > sent.start
        and is_speech(ctx, i - 1)
        and ctx.in_quote(sent.start + 1)
        and not any(ctx.at.get(k) is not None for k in range(sent.start, i) if not ctx.in_quote(k))
    )
    # a demonstrative takes up someone already named even after a fronted adjunct
    fronted = (
        view.folded[i] in DEMONSTRATIVE and i == _past_fronted_adjunct(ctx, sent)
    ) or i == _past_time_adjunct(ctx, sent)
    if (i != opening_word(ctx, sent) and not incise and not fronted) or ctx.doc[i].dep_ != "det":
        return False
    head = ctx.doc[i].head
    if (
        head.dep_ not in SUBJECT_DEPS
        and not (fronted and _verb_after_phrase(ctx, head, sent))
        and not _verb_after_relative(ctx, head, sent)
    ):
        return False
    if "Ord" in feature(head, "NumType"):
        return False  # "Le premier à franchir le pas a été X": an ordinal is no role
    k = head.i + 1
    while k < len(view.texts) and view.pos[k] == "ADJ" and ctx.at.get(k) is None:
        k += 1
    glued = ctx.at.get(k)
    if glued is not None and glued.kind == "person" and glued.start == k:
        return False  # "Le conseiller général Jean Martin sera exclu": his own description
    if view.folded[head.i] in AFFECTED:
        return False  # "l'intéressé" is the person acted upon: see ``antecedent``
    if ctx.at.get(head.i) is not None or not (
        view.folded[head.i] in resolution_list("description_heads")
        or view.folded[head.i] in ctx.lexicon.lists["nominal"]
        or view.folded[head.i] in ctx.lexicon.lists["role_heads"]
        or view.folded[head.i] in ctx.lexicon.lists["person_nouns"]
    ):
        return False
    if view.folded[i] in POSSESSIVE and view.folded[head.i] in ctx.lexicon.lists["relatives"]:
        return False  # "Sa colistière …": the possessor's partner, never the possessor
    named = {ctx.at[t.i].name for t in head.subtree if ctx.at.get(t.i) is not None}
    comma = next((t.i for t in head.subtree if t.i > head.i and t.text == ","), None)
    if comma is not None and apposed_name(ctx, comma) is not None:
        return False  # "L'ancien numéro deux, Jeanne Martin, a quitté …": named right there
    if named_past_complement(ctx, head.i + 1):
        return False  # "L'ancien adjoint aux finances, Jeanne Martin, …", however it parses
    parties = {
        party.name for t in head.subtree if (party := ctx.party_by_adjective(t.text)) is not None
    }
    gender = _agreed_gender(head)
    if s == 0 or _unnamed(ctx, head) or _introduced_stranger(ctx, s - 1, gender):
        return False
    # subjects first, then the others; a party in the description must be the person's
    previous = sorted(ctx.salience[s - 1], key=lambda r: (r[2], r[0]), reverse=True)
    kept = [
        r
        for r in previous
        if r[1] not in named
        and _compatible(ctx, r[1], gender)
        and _in_party(ctx, r[1], parties)
        and (fits is None or fits(r[1]))
    ]
    if not kept:
        return False
    start, name, weight = kept[0]
    coordinated = _coordinated_with(ctx, start)
    if any(other != name and (w == weight or k in coordinated) for k, other, w in kept):
        return False  # "A et B ont quitté le conseil. Mais l'homme …": either could be meant
    end = head.i + 1
    label = ctx.at.get(end)
    if label is not None and label.kind == "party" and label.start == end:
        end = label.end  # "Le militant MoDem": the label belongs to the description
    elif end < len(view.texts) and ctx.party_by_adjective(view.texts[end]) is not None:
        end += 1  # "L'élu écologiste"
    if label is not None and label.kind == "party" and label.start == head.i + 1:
        ctx.mentions.remove(label)
        for k in range(label.start, label.end):
            ctx.at.pop(k, None)
    ctx.add(
        Mention(
            i,
            end,
            "person",
            ctx.doc[i:end].text,
            "description",
            name,
            confidence=0.5,
        )
    )
    return True


GROUP_PRONOUNS = {"ils": None, "elles": "f"}
GROUP_ALL = {"tous": None, "toutes": "f"}
FEMININE_GROUPS = grammar_words("anaphora", "feminine_groups")


def _group_words(ctx: Context, i: int) -> tuple[int, int | None, str | None] | None:
    """A plural reference to persons at token ``i``: (end, how many, gender) or None.

    "ils", "elles" as subjects; "tous deux", "toutes les trois"; "les deux hommes",
    "les deux candidates", "les trois élus"; "les deux" right before a verb."""
    view, doc = ctx.view, ctx.doc
    counts = {word: 2 + k for k, word in enumerate(resolution_sequence("group_numbers"))}
    word = view.folded[i]
    nxt = view.folded[i + 1] if i + 1 < len(view.texts) else ""
    if word in GROUP_PRONOUNS and doc[i].dep_ in SUBJECT_DEPS:
        return i + 1, None, GROUP_PRONOUNS[word]
    if word in GROUP_ALL:
        k = i + 1 + (nxt == "les")
        if k < len(view.texts) and view.folded[k] in counts:
            return k + 1, counts[view.folded[k]], GROUP_ALL[word]
        if doc[i].dep_ in SUBJECT_DEPS:
            return i + 1, None, GROUP_ALL[word]
        return None
    if word != "les" or nxt not in counts:
        return None
    nouns = resolution_list("group_nouns")
    for n in (3, 2, 1):
        phrase = " ".join(view.folded[i + 2 : i + 2 + n])
        if len(view.folded[i + 2 : i + 2 + n]) == n and phrase in nouns:
            gender = "f" if view.folded[i + 2 + n - 1] in FEMININE_GROUPS else None
            return i + 2 + n, counts[nxt], gender
    if i + 2 < len(view.texts) and view.pos[i + 2] in {"VERB", "AUX"}:
        return i + 2, counts[nxt], None  # "Les deux ont signé"
    return None


def _listed_names(ctx: Context, s: int) -> list[str] | None:
    """The persons of sentence ``s`` (outside quotations) when they are one list ("A et B",
    "A, B et C", "A (PS) et B"): nothing but names, labels, commas and coordination between
    them. None when another person stands apart (then "ils" could mean several groups)."""
    view = ctx.view
    found = sorted(
        (
            m
            for m in ctx.mentions
            if ctx.sent_of[m.start] == s
            and m.kind == "person"
            and m.name
            and not ctx.in_quote(m.start)
        ),
        key=lambda m: m.start,
    )
    names: list[str] = []
    for k, m in enumerate(found):
        if k:
            gap = range(found[k - 1].end, m.start)
            for j in gap:
                other = ctx.at.get(j)
                if other is not None and other.kind == "party":
                    continue
                if view.texts[j] in {",", "(", ")"} or view.folded[j] in {"et", "ainsi", "que"}:
                    continue
                return None
        if m.name not in names:
            names.append(m.name)
    return names


def _named_apart(ctx: Context, s: int, count: int) -> list[str] | None:
    """The persons of sentence ``s`` (outside quotations), in order, when there are exactly
    ``count`` of them; None otherwise."""
    names: list[str] = []
    for m in sorted(ctx.mentions, key=lambda m: m.start):
        outside = ctx.sent_of[m.start] == s and not ctx.in_quote(m.start)
        if outside and m.kind == "person" and m.name and m.name not in names:
            names.append(m.name)
    return names if len(names) == count else None


def group_reference(ctx: Context, i: int, s: int) -> bool:
    """ "A et B ont déjeuné ensemble. Les deux hommes soutiennent C": a plural subject
    reference stands for the list of persons the sentence before named, and for nobody when
    that sentence names anyone else, when the count or the gender disagrees. The mention's
    ``details["group"]`` holds every member; its ``name`` is the first."""
    found = _group_words(ctx, i)
    if found is None or s == 0:
        return False
    end, count, gender = found
    words = ctx.doc[i:end].text
    names = _listed_names(ctx, s - 1)
    if names is None and count is not None:
        # "une alliance entre A, arrivé deuxième, et B. Les deux candidats …": a number that
        # counts every person the sentence before names leaves no other reading
        names = _named_apart(ctx, s - 1, count)
    if not names or len(names) < 2:
        if names is None:
            ctx.trace.refuse(s, words, "group", "the sentence before names persons apart")
        return False
    if count is not None and len(names) != count:
        ctx.trace.refuse(s, words, "group", f"number: {len(names)} persons named before")
        return False
    if not all(_compatible(ctx, name, gender) for name in names):
        ctx.trace.refuse(s, words, "group", "gender")
        return False
    mention = Mention(i, end, "person", words, "pronoun", names[0], confidence=0.6, binding="group")
    mention.details["group"] = tuple(names)
    ctx.add(mention)
    return True
