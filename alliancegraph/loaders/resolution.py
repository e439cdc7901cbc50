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

The rules live in ``roles``, ``anaphora`` and ``quotes`` (the shared ``Context`` in
``context``); this module resolves names and runs the pass over the sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from alliancegraph.loaders import references
from alliancegraph.loaders.anaphora import (
    AFFECTED,
    SUBJECT_PRONOUNS,
    after_a_thing,
    anaphoric_description,
    antecedent,
    apposed_name,
    group_reference,
    object_antecedent,
    pronoun_at,
)
from alliancegraph.loaders.context import (
    CLITICS,
    SUBJECT_DEPS,
    Context,
    Entity,
    Quote,
    foreign,
    is_subject,
    resolution_list,
)
from alliancegraph.loaders.cues import Lexicon
from alliancegraph.loaders.interviews import interview_voices, introduced_statements
from alliancegraph.loaders.mentions import (
    WRITTEN_SOURCES,
    Mention,
    NameIndex,
    TokenView,
    cfold,
    find_mentions,
)
from alliancegraph.loaders.negation import taken_back
from alliancegraph.loaders.quotes import (
    find_speaker,
    first_person,
    incise_description,
    quote_tokens,
)
from alliancegraph.loaders.roles import (
    bare_role_reference,
    described_reference,
    is_apposition,
    parse_role,
    record_descriptions,
    resolve_role,
)
from alliancegraph.loaders.topic import (
    continued_speaker,
    main_subject,
    singular_personal,
    topic_antecedent,
)
from alliancegraph.model import Article
from alliancegraph.ontology.gazetteer import Gazetteer, PersonEntry
from alliancegraph.ontology.grammar import grammar_words

# Folded words a third-person reference can start with (a cheap filter before the rules).
REFERENCE_WORDS = grammar_words("resolution", "reference_words")


# Stressed pronouns that, after "derrière", "pour", "contre"…, are an object.
STRESSED = grammar_words("resolution", "stressed")

# Folded words a plural reference to persons can start with ("les deux hommes", "tous deux").
GROUP_STARTS = grammar_words("resolution", "group_starts")
FIRST_PERSON = grammar_words("quotes", "first_person")


# --- names ----------------------------------------------------------------------------------


def first_name_gender(gazetteer: Gazetteer, name: str) -> str | None:
    """Gender from a first name ("Leïla" -> f), from the gazetteer's first-name lists."""
    first = cfold(name.split()[0]) if name.split() else ""
    return gazetteer.first_names.get(first) or gazetteer.first_names.get(first.split(" ")[0])


def _titled_person(ctx: Context, m: Mention) -> PersonEntry | None:
    """The one gazetteer person a bare surname several share stands for: the only one in
    politics by the article's date ("Aubry" in 2012: Martine, not Manon), or the only one of
    the gender a civil title gives ("Mme Le Pen": Marine, "M. Le Pen": Jean-Marie); unless
    another name of the article carries the surname too ("Marion Maréchal-Le Pen")."""
    gender = m.details.get("title_gender")
    date = ctx.article.date
    fitting = [
        e
        for e in m.details.get("candidates", ())
        if isinstance(e, PersonEntry)
        and e.known_by(date)
        and (gender is None or e.gender == gender)
    ]
    if len(fitting) != 1:
        return None
    surname = cfold(m.text)
    for other in ctx.mentions:
        if other is m or other.kind != "person" or len(other.text.split()) < 2:
            continue
        folded = cfold(other.text)
        if folded != cfold(fitting[0].name) and (
            folded.endswith(" " + surname) or folded.endswith("-" + surname)
        ):
            return None
    return fitting[0]


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
            known = gaz.person(m.text) or gaz.misspelt_person(m.text)  # "Benoît Hammon"
            m.entry = known
            m.name = known.name if known else m.text
    _one_spelling(ctx)
    for m in ctx.mentions:
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
        if m.kind == "person" and m.entry is None and _paired_surnames(gaz, m.text, full):
            continue  # "le duel Girard-Dumoulin", "l'accord Juppé-Macron": two persons, not one
        if m.name is None:
            surname = cfold(m.text)
            if surname in full:
                m.name = full[surname]
                m.entry = gaz.person(m.name) if m.name else None
            elif m.entry is not None:
                m.name = m.entry.name
            elif (titled := _titled_person(ctx, m)) is not None:
                m.entry, m.name = titled, titled.name
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
    for m in _party_labels(ctx, kept):
        ctx.add(m)


def _paired_surnames(gaz: Gazetteer, text: str, full: dict[str, str | None]) -> bool:
    """Whether a name written with a hyphen joins two persons' surnames ("Fillon-Le Pen",
    "Girard-Dumoulin" after "Paul Girard" and "Claire Dumoulin"), as news writes a duel, a
    ticket or a pact: each side is the surname of someone the gazetteer knows or the article
    named in full. "Jean-Luc" or "Kosciusko-Morizet" are one person: a side that names
    nobody keeps the name whole."""
    for k, char in enumerate(text):
        if char != "-" or not text[k + 1 : k + 2].isupper():
            continue
        sides = (text[:k].strip(), text[k + 1 :].strip())
        if cfold(sides[0].split()[-1]) in gaz.first_names:
            continue  # "Jean-Vincent Placé": a compound first name
        if all(
            cfold(side) in full or any(isinstance(e, PersonEntry) for e in gaz.lookup(side))
            for side in sides
        ):
            return True
    return False


def _one_spelling(ctx: Context) -> None:
    """One person written two ways ("Benoît Payan", later "Benoit Payan"; "Jean-Marc" and
    "Jean Marc"): full names that fold alike are one name, the gazetteer's if it knows one
    of them, else the first written."""
    canonical: dict[str, str] = {}
    persons = [m for m in ctx.mentions if m.kind == "person" and m.name and " " in m.name]
    for m in sorted(persons, key=lambda m: (m.entry is None, m.start)):
        canonical.setdefault(cfold(m.name), m.name)
    for m in persons:
        m.name = canonical[cfold(m.name)]


SINGULAR_DETERMINERS = grammar_words("resolution", "singular_determiners")


def _party_labels(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """ "Le LR Paul Verdier a rejoint …": a party name between a singular determiner and a
    person's name is that person's label, not an actor; the person's mention takes the label
    in (so the parse's subject token stands for the person) and keeps it in ``details``."""
    view = ctx.view
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(mentions):
        if k in skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        bracketed = _bracketed_abbreviation(ctx, m, nxt)
        if bracketed:  # "le Nouveau Centre (NC) X": the abbreviation is part of the label
            skip.add(k + 1)
            nxt = mentions[k + 2] if k + 2 < len(mentions) else None
        if (
            m.kind == "party"
            and m.source == "gazetteer"
            and nxt is not None
            and nxt.kind == "person"
            and nxt.start == (mentions[k + 1].end + 1 if bracketed else m.end)
            and m.start > 0
            and view.folded[m.start - 1] in SINGULAR_DETERMINERS
            # "du Parti chrétien-démocrate (PCD) X" completes a role before it ("l'ancien
            # président du …"): only an article opens a bracketed label
            and not (bracketed and view.folded[m.start - 1] in {"du", "au"})
        ):
            nxt.details["label"] = (m.name, m.text)
            nxt.start = m.start
            nxt.text = ctx.doc[nxt.start : nxt.end].text
            continue
        out.append(m)
        if bracketed:
            out.append(mentions[k + 1])
    return out


def _bracketed_abbreviation(ctx: Context, m: Mention, nxt: Mention | None) -> bool:
    """Whether ``nxt`` is ``m``'s own party written again in parentheses right after it."""
    view = ctx.view
    return (
        nxt is not None
        and m.kind == nxt.kind == "party"
        and nxt.name == m.name
        and nxt.start == m.end + 1
        and view.texts[m.end] == "("
        and nxt.end < len(view.texts)
        and view.texts[nxt.end] == ")"
    )


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
        if mention.kind == "party" and foreign(ctx, mention.end):
            # "les Verts allemands", "les socialistes espagnols": not the French party
            words = doc[mention.start : mention.end + 1].text
            ctx.trace.refuse(ctx.sent_of[mention.start], words, "party", "a foreign party")
            continue
        if taken_back(ctx, mention.end):  # "le président UMP… pardon, RPR": not UMP
            ctx.trace.refuse(ctx.sent_of[mention.start], mention.text, mention.kind, "taken back")
            continue
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
                incise_description(ctx, quote)
            elif speaker is None and (continued := continued_speaker(ctx, quote)):
                quote.speaker, quote.confidence, quote.continued = continued, 0.6, True
        ctx.salience.append(_salience(ctx, s, sent))
    references.quoted_stressed(ctx)
    first_person(ctx)
    interview_voices(ctx)
    introduced_statements(ctx)
    ctx.mentions.sort(key=lambda m: m.start)
    # the memo holds answers read from the finished resolution only: what resolution itself
    # asked on the way ("the main subject past asides") saw it half done
    ctx.memo.clear()
    ctx.resolved = True
    return ctx


def _resolve_references(ctx: Context, s: int, sent) -> None:
    """Role descriptions and pronouns of sentence ``s`` (outside quotations)."""
    i = sent.start
    view = ctx.view
    determiners = ctx.lexicon.lists["role_determiners"]
    while i < sent.end:
        folded = view.folded[i]
        # "Les deux hommes …", "Ils …", "Tous deux …": the list named just before
        group = folded in GROUP_STARTS and ctx.at.get(i) is None and not ctx.in_quote(i)
        if group and group_reference(ctx, i, s):
            i = ctx.at[i].end
            continue
        if folded not in determiners and folded not in REFERENCE_WORDS:
            i += 1
            continue
        # « … la liste de la maire sortante »: a description the article itself bound
        quoted = ctx.at.get(i) is None and ctx.in_quote(i) and folded in determiners
        if quoted and (described_reference(ctx, i) or references.party_label(ctx, i, s)):
            i = _bound(ctx, i).end
            continue
        if ctx.at.get(i) is not None or (
            ctx.in_quote(i) and view.texts[i].lower() not in {"-t", *CLITICS}
        ):
            i += 1
            continue
        tied = references.tied_description(ctx, i, s) if folded in determiners else None
        if tied is not None:  # "Y, maire de Lavaur … L'édile": the one so described, or nobody
            i = tied
            continue
        listed = references.described_list(ctx, i, s) if folded in determiners else None
        if listed is not None:  # "la liste sortante": the list of the one outgoing person
            i = listed
            continue
        reused = references.reuse(ctx, i) if folded in determiners else 0
        if reused:  # "le président proclamé" again: whom the article said
            i = reused
            continue
        role = parse_role(ctx, i)
        if role is not None:
            end, spec = role
            named = None if is_apposition(ctx, i, end) else apposed_name(ctx, end)
            if named is not None and _of_another_noun(ctx, i):
                i = end  # "le fils du maire, Jeanne Martin": neither hers nor anyone's known
                continue
            if (
                named is not None
                and folded in references.POSSESSIVE_DETERMINERS
                and not _first_person_before(ctx, sent.start, i)
                and not _party_subject_before(ctx, s, i)
            ):
                # "…, fait valoir son porte-parole, X.": the name is there; the possessed noun
                # tells X's tie to the possessor, which the description rules read (never
                # after a « je » or « nous », who cannot own « son »: the role stays X's)
                i = end
                continue
            if named is not None:  # "… a annoncé le maire de Nice, Jeanne Martin.": hers
                mention = Mention(
                    i, end, "person", ctx.doc[i:end].text, "role", named.name, confidence=0.9
                )
                mention.details["role"] = spec
                ctx.add(mention)
                # "le maire sortant RPR, Jeanne Martin" introduces her as such: a later "le
                # maire sortant" (or "le maire") is her, before any other holder is tried
                references.remember(ctx, mention)
            elif not is_apposition(ctx, i, end):
                refused = len(ctx.trace.unbound)
                found = resolve_role(ctx, i, spec, s, end)
                if found is not None:
                    binding = found[2] if len(found) > 2 else None
                    mention = Mention(
                        i,
                        end,
                        "person",
                        ctx.doc[i:end].text,
                        "role",
                        found[0],
                        confidence=found[1],
                        binding=binding,
                    )
                    mention.details["role"] = spec
                    ctx.add(mention)
                    references.remember(ctx, mention)
                elif (
                    described_reference(ctx, i)
                    or references.possessive(ctx, i, s)
                    or references.party_label(ctx, i, s)
                    or bare_role_reference(ctx, i, s, spec)
                ):
                    del ctx.trace.unbound[refused:]  # bound after all, by the article's words
                    i = _bound(ctx, i).end
                    continue
            i = max(end, i + 1)
            continue
        if folded in determiners and described_reference(ctx, i):
            i = ctx.at[i].end
            continue
        if folded in determiners and (
            anaphoric_description(ctx, i, s) or references.party_label(ctx, i, s)
        ):
            references.remember(ctx, _bound(ctx, i))
            i = _bound(ctx, i).end
            continue
        if folded in determiners and references.possessive(ctx, i, s):
            i = ctx.at[i].end
            continue
        pronoun = pronoun_at(ctx, ctx.doc[i])
        if pronoun is not None:
            end, gender, last = pronoun
            exclude = frozenset()
            if last:
                exclude = frozenset(
                    m.name
                    for m in ctx.mentions
                    if ctx.sent_of[m.start] == s and view.deps[m.start] in SUBJECT_DEPS
                )
            affected = view.folded[end - 1] in AFFECTED
            binding = None
            if last and folded in STRESSED:  # "s'est rangée derrière lui": an object
                relative = relative_subject(ctx, ctx.doc[i])
                if relative is not None:  # "X a reçu le renfort de Y, qui vote pour lui"
                    exclude = frozenset({relative})
                name, reason = object_antecedent(ctx, i, s, gender, exclude)
                if name is None:
                    ctx.trace.refuse(s, ctx.doc[i - 1 : end].text, "object pronoun", reason)
            else:
                plain = not last and not affected
                if plain:
                    exclude = own_clause_names(ctx, ctx.doc[end - 1])
                if plain and after_a_thing(ctx, i, s, gender):
                    ctx.trace.refuse(s, ctx.doc[i:end].text, "pronoun", "takes up a thing")
                    i = end
                    continue
                name = antecedent(
                    ctx,
                    i,
                    s,
                    gender,
                    last_mentioned=last,
                    exclude=exclude,
                    affected=affected,
                    unique=plain,
                )
                if name is None and plain:
                    found = (
                        topic_antecedent(ctx, i, s, gender, exclude)
                        if singular_personal(ctx, i, end)
                        else None
                    )
                    if found is not None:  # past complements and quotations: the topic
                        name, binding = found
                    else:
                        ctx.trace.refuse(s, ctx.doc[i:end].text, "pronoun", "no single antecedent")
            if name is not None:
                ctx.add(
                    Mention(i, end, "person", ctx.doc[i:end].text, "pronoun", name,
                            confidence=0.75 if binding is None else 0.65, binding=binding)
                )
            i = end
            continue
        i += 1


def _first_person_before(ctx: Context, start: int, i: int) -> bool:
    """Whether a first-person word outside quotations (the « je » of an interview's answer)
    comes between token ``start`` and ``i`` (read from the words: interview voices are bound
    after the references; a quotation's « nous » before its incise is its speaker's)."""
    texts = ctx.view.texts
    return any(texts[j].lower() in FIRST_PERSON and not ctx.in_quote(j) for j in range(start, i))


def _party_subject_before(ctx: Context, s: int, i: int) -> bool:
    """Whether a party is a subject (or opens the sentence) before token ``i`` in sentence
    ``s`` or in the one before, outside quotations: « Le PS, dirigé par X, a réagi. …, fait
    valoir son porte-parole, Y » may be the party's spokesman as well as X's."""
    first = ctx.sents[s - 1].start if s else ctx.sents[s].start
    view = ctx.view
    parties = {m.start: m for j in range(first, i) if (m := ctx.at.get(j)) and m.kind == "party"}
    return any(
        not ctx.in_quote(m.start)
        and (
            m.start == ctx.sents[ctx.sent_of[m.start]].start
            or any(view.deps[k] in SUBJECT_DEPS for k in range(m.start, m.end))
        )
        for m in parties.values()
    )


def own_clause_names(ctx: Context, pronoun) -> frozenset[str]:
    """The persons named in the clause a subject pronoun opens ("Il soutient X", "Elle dit
    que X a raison"), and those named in the quotation an inverted one introduces: never what
    the pronoun stands for (a name cannot be bound by a pronoun that governs it, and a
    speaker does not name himself), so they leave the candidates."""
    verb = pronoun.head
    inverted = pronoun.i > 0 and ctx.doc[pronoun.i - 1].text.lower() == "-t"
    if pronoun.dep_ not in SUBJECT_DEPS and pronoun.dep_ != "expl:subj" and not inverted:
        return frozenset()
    span = range(verb.left_edge.i, verb.right_edge.i + 1)
    sent = ctx.sents[ctx.sent_of[pronoun.i]]
    return frozenset(
        m.name
        for m in ctx.mentions
        if m.kind == "person"
        and m.name
        and m.source in WRITTEN_SOURCES
        and (
            (m.start in span and m.start > pronoun.i)
            # "« … je voterai pour X », a-t-il dit": a speaker is not whom the quote names
            or (inverted and sent.start <= m.start < sent.end and ctx.in_quote(m.start))
        )
    )


def relative_subject(ctx: Context, pronoun) -> str | None:
    """The person a "qui" stands for when it is the subject of the clause an object pronoun
    sits in ("le renfort de Y, qui appelle à voter pour lui"): that clause's own subject, the
    one person the pronoun cannot mean (``lui`` would be ``lui-même``); the sentence's main
    subject, outside that clause, stays a candidate. None when the clause is no relative."""
    token = pronoun
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            continue
        if cfold(subject.text) != "qui" or token.dep_ != "acl:relcl":
            return None
        k = subject.i - 1
        while k >= 0 and ctx.doc[k].text == ",":
            k -= 1
        named = ctx.at.get(k)
        if named is None or named.kind != "person" or named.end != k + 1:
            return None
        return named.name
    return None


def _bound(ctx: Context, i: int) -> Mention:
    """The mention a reference opened at token ``i`` just bound (one after "au"/"du", which
    stay outside it: the parse hangs the noun, not the contraction, on the verb)."""
    return ctx.at.get(i) or ctx.at[i + 1]


def _of_another_noun(ctx: Context, i: int) -> bool:
    """Whether the role description at ``i`` complements a noun that the name after it may
    describe instead ("le fils du maire, X"), rather than one that carries the role holder's
    act ("l'appui du maire, X", resolution list ``role_carriers``)."""
    view = ctx.view
    if view.folded[i] in {"du", "des"}:
        owner = i - 1
    elif i > 1 and view.folded[i - 1] in {"de", "d"}:
        owner = i - 2
    else:
        return False
    return view.pos[owner] == "NOUN" and view.folded[owner] not in resolution_list("role_carriers")


def _salience(ctx: Context, s: int, sent) -> list[tuple[int, str, int]]:
    records = []
    seen = set()
    main: list[str | None] = []  # read once, and only for a name no parse made a subject
    for m in ctx.mentions:
        if ctx.sent_of[m.start] != s or m.kind != "person" or m.start in seen:
            continue
        seen.add(m.start)
        if m.details.get("speaker"):
            records.append((m.start, m.name, 2))
        elif not ctx.in_quote(m.start):
            subject = is_subject(ctx, m) or any(
                ctx.view.deps[k] in SUBJECT_DEPS for k in range(m.start, m.end)
            )
            # a name opening the sentence is its subject, whatever the parse says; so is a
            # bound "il"/"elle" (the parser calls some "expl:subj": "…, il est resté proche de X")
            subject = subject or m.start == sent.start or _subject_pronoun(ctx, m)
            # the name the argument rules find before the main verb, past its asides
            if not subject and m.source in WRITTEN_SOURCES:
                main = main or [main_subject(ctx, sent)]
                subject = m.name == main[0]
            records.append((m.start, m.name, 2 if subject else 1))
    return records


def _subject_pronoun(ctx: Context, m: Mention) -> bool:
    """A bound subject pronoun ("il", "elle"): the person its clause is about."""
    return m.source == "pronoun" and ctx.view.folded[m.start] in SUBJECT_PRONOUNS
