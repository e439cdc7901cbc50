"""Relation rules for cue verbs and phrases: from a cue, its arguments and its modality to
claims.

Verb cues are found by lemma or surface form (the lexicon is data, ``ontology/cues.toml``);
their subjects and objects come from :mod:`~alliancegraph.loaders.arguments`, their modality
from :mod:`~alliancegraph.loaders.negation`. Discourse rules cover what a sentence leaves
implicit: a refusal answers the latest invitation, a denounced proposal targets its owner, an
unnamed denounced move targets whoever just made one.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from alliancegraph.loaders.anaphora import object_antecedent
from alliancegraph.loaders.arguments import (
    aside_end,
    attack_target,
    censure_motion_in,
    description_start,
    find_objects,
    find_subjects,
    inverted_relative,
    labelled_names,
    listed_agents,
    relative_object,
)
from alliancegraph.loaders.claims import (
    DETERMINERS,
    Discourse,
    End,
    Found,
    end_of,
    phrase_at,
    words_from,
)
from alliancegraph.loaders.context import DE_A, SUBJECT_DEPS, Context, person_noun
from alliancegraph.loaders.cues import VerbCue
from alliancegraph.loaders.membership_news import INVESTED_HEADS, colon_answers_another
from alliancegraph.loaders.mentions import (
    WRITTEN_SOURCES,
    Mention,
    cfold,
    feature,
    fold_token,
    span_text,
)
from alliancegraph.loaders.negation import (
    DE_FORMS,
    NE,
    NEGATORS,
    campaign_dated,
    dated_before_article,
    dative_before,
    modality,
    outcome,
    reception_negated,
    some_members,
    some_members_words,
)
from alliancegraph.loaders.offers import (
    answered_offer,
    offer_authors,
    offers_list,
    past_rally_complement,
)
from alliancegraph.loaders.pacts import (
    between_pair,
    binds_both,
    coordinated_subjects,
    list_owner_subject,
)
from alliancegraph.loaders.references import (
    POSSESSIVE_DETERMINERS,
    government_head,
    sole_candidate,
)
from alliancegraph.loaders.trace import cue_label
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

COMPLEMENTS = frozenset({"obj", "xcomp", "ccomp", "obl:arg", "iobj"})
CUE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
POSSESSIVE_WORDS = grammar_words("rules", "possessive_words")
SIDE_WORDS = grammar_words("rules", "side_words")
# Openers of a sentence's first adjunct in which a stance noun is received ("Fort du soutien
# de X, Y …"), and the words by which such a noun names its own target instead.
FRONTED_OPENERS = tuple(
    tuple(p.split()) for p in sorted(grammar_words("rules", "fronted_receivers"))
)
OWN_TARGET_WORDS = grammar_words("rules", "own_target_words")
PARTICIPLE_ENDS = tuple(grammar_words("rules", "participle_ends"))
# A speaker found by salience alone (no incise, no "X :") is a guess: too weak for a refusal
# that has no verb.
REFUSAL_SPEAKER_CONFIDENCE = 0.7
# A colon may open what the cue refuses ("a refusé : « jamais d'alliance »"): not a stop.


# --- verb cues --------------------------------------------------------------------------------


def _cue_fires(ctx: Context, i: int, cue: VerbCue) -> tuple[int, set[int]] | None:
    """Whether ``cue`` applies at ``i``: its companion words, and the tokens they take.

    Every test is a filter on the same token, so the cheap ones run first; the companion
    phrases are compared last, against the words after the token read once for all its
    cue entries (a word like "soutien" has dozens)."""
    if cue.before_words:
        before = {w for j in range(max(0, i - 3), i) for w in fold_token(ctx.view.texts[j])}
        if not before & cue.before_words:
            return None
    if (
        ctx.view.pos[i] not in CUE_POS
        and not _mistagged_verb(ctx, i)
        and _fronted_passive(ctx, i) is None
    ):
        return None
    if cue.bare and any(ctx.view.deps[j] in COMPLEMENTS for j in ctx.children(i)):
        return None
    if cue.passive and not _passive(ctx.doc[i]):
        return None
    if not cue.with_words:
        return i, set()
    words, near = _companion_words(ctx, i)
    for phrase in cue.with_words:
        after = phrase_at(words, phrase, 6) if not phrase or phrase[0] in near else None
        if after is not None and not _clause_between(ctx, i, after):
            if _comment_between(ctx, i, after - len(phrase)):
                return None
            if cue.judgement and any(
                ctx.view.folded[k] in JUDGEMENT_BREAKS for k in range(i + 1, after - len(phrase))
            ):
                return None  # "ne juge pas Y irresponsable", "estime que Y est dangereux"
            return after - 1, set(range(i + 1, after))
    return None


def _companion_words(ctx: Context, i: int) -> tuple[list[tuple[str, int]], frozenset[str]]:
    """The folded words after a cue at ``i`` where its companion phrases may be, and the six
    first ones (a phrase can only start on one of these), read once per article and token."""
    key = ("companion words", i)
    found = ctx.memo.get(key)
    if found is None:
        words = words_from(ctx, i + 1, i + 10)
        found = ctx.memo[key] = (words, frozenset(w for w, _ in words[:6]))
    return found


def _clause_between(ctx: Context, i: int, end: int) -> bool:
    """A participle clause opens between a cue and its companion words: in "a refusé le poste,
    apportant son soutien à X" the support is not what was refused."""
    view = ctx.view
    return any(
        view.texts[k] == ","
        and view.pos[k + 1] == "VERB"
        and "Part" in feature(ctx.doc[k + 1], "VerbForm")
        for k in range(i + 1, end - 1)
    )


def _agent_before_apposition(ctx: Context, last: int, by: int) -> int:
    """ "soutenu par son ancienne adjointe, X": the name after a comma was reached through the
    description it is apposed to; the "par" before that description introduces it, so the
    name is the agent. ``by`` unchanged when no "par" opens such a description. The party
    that completes a role ("tendue par le candidat du PCF, X") belongs to the description."""
    view = ctx.view
    if view.texts[by] != ",":
        return by
    k = by - 1
    while (
        k > last
        and by - k <= 8
        and (
            view.pos[k] in {"DET", "ADJ", "NOUN"} or view.folded[k] in DE_FORMS or ctx.party_word(k)
        )
    ):
        k -= 1
    return k if k < by - 1 and view.folded[k] == "par" else by


# Words a possessive title may hold before the name with no comma ("son fidèle lieutenant X").
MAX_TITLE_WORDS = 3


def _agent_after_possessive(ctx: Context, last: int, by: int) -> int:
    """ "soutenue par son ami X", "épaulée par son fidèle lieutenant X": a name right after a
    possessive title (no comma) was reached through that title; the "par" before the
    possessive introduces the agent, so the name is the one who acts, not the object of an
    active reading. ``by`` unchanged when no "par" + possessive opens such a title."""
    view = ctx.view
    k = by
    while k > last and by - k < MAX_TITLE_WORDS and view.pos[k] in {"NOUN", "ADJ"}:
        k -= 1
    if k == by or k - 1 <= last or view.folded[k] not in AGENT_POSSESSIVES:
        return by
    return k - 1 if view.folded[k - 1] == "par" else by


def _comment_between(ctx: Context, i: int, end: int) -> bool:
    """A verb of speaking between a cue and its companion words takes them for its object: in
    "a refusé de commenter le ralliement de X" the comment is refused, not the rally."""
    comments = ctx.lexicon.lists["comment_verbs"]
    view = ctx.view
    return any(
        view.pos[k] == "VERB" and cfold(view.lemmas[k]) in comments for k in range(i + 1, end)
    )


# How far after a fronted participle its "par" may come ("Soutenue depuis mars par X, Y …").
MAX_FRONTED_AGENT = 5


def _fronted_passive(ctx: Context, i: int) -> tuple[End, End] | None:
    """(agent, subject) of a passive participle opening the sentence, its agent and then the
    name it describes: "Limogé par X, Y a quitté le parti", "Soutenue depuis mars par X, Y
    conduira la liste" (the tagger often calls the capitalised participle a proper noun and
    hangs the name on the agent). Nothing when the agents are a list ("par A, B et C, Y …":
    which name the participle describes is not told)."""
    key = ("fronted passive", i)
    if key in ctx.memo:
        return ctx.memo[key]
    ctx.memo[key] = None
    view = ctx.view
    sent = ctx.sents[ctx.sent_of[i]]
    if i != sent.start or not view.folded[i].endswith(PARTICIPLE_ENDS):
        return None
    for k in range(i + 1, min(sent.end - 2, i + MAX_FRONTED_AGENT)):
        if view.puncts[k] or view.pos[k] in {"VERB", "AUX"}:
            return None
        if view.folded[k] != "par":
            continue
        agent = ctx.at.get(k + 1 + (view.pos[k + 1] == "DET"))
        if agent is None or not agent.name or agent.end >= sent.end - 1:
            return None
        subject = ctx.at.get(agent.end + 1)
        if (
            view.texts[agent.end] != ","
            or subject is None
            or subject.start != agent.end + 1
            or subject.kind != "person"
            or subject.name == agent.name
        ):
            return None
        after = subject.end
        if after < sent.end and view.folded[after] in {"et", "ou"}:
            return None  # "par A, B et C"
        if after + 1 < sent.end and view.texts[after] == "," and ctx.at.get(after + 1):
            return None  # "par A, B, C …"
        ctx.memo[key] = (end_of(agent), end_of(subject))
        return ctx.memo[key]
    return None


def _mistagged_verb(ctx: Context, i: int) -> bool:
    """A cue form the tagger called foreign, unknown or a preposition ("X étrille Y",
    "Européennes : X soutiendra Y" give ``X`` tags, "Européennes : X rallie Y" an ``ADP``):
    right after a name it is that name's verb (a preposition only outside quotation marks: a
    quoted rumour is nobody's claim)."""
    before = ctx.at.get(i - 1)
    return (
        (ctx.view.pos[i] == "X" or (ctx.view.pos[i] == "ADP" and not ctx.in_quote(i)))
        and ctx.at.get(i) is None
        and before is not None
        and before.end == i
        and before.kind == "person"
    )


def _other_person_before(ctx: Context, i: int, sent, subjects: list[End]) -> bool:
    """Whether a person not among the subjects is named between the last subject's name and
    the cue at ``i``: the participle may then describe that person, so a list of agents is
    not spread over subjects the parse may have taken from farther back."""
    names = {a.name for a in subjects}
    last = max(
        (m.start for m in ctx.mentions if sent.start <= m.start < i and m.name in names),
        default=None,
    )
    return last is not None and any(
        last < m.start < i and m.kind == "person" and m.name not in names for m in ctx.mentions
    )


def _passive(token: Token) -> bool:
    """A participle in the passive ("a été exclu", "exclue du parti en 2019"), not a past tense
    with "avoir" ("a exclu X") nor a participle with a direct object."""
    if "Part" not in feature(token, "VerbForm"):
        return False
    children = list(token.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return True
    return not any(c.dep_ in {"aux:tense", "obj"} for c in children)


OBJECT_PREPOSITIONS = frozenset(
    {
        "a",
        "au",
        "aux",
        "avec",
        "pour",
        "contre",
        "de",
        "du",
        "des",
        "derriere",
        "sur",
        "vers",
        "en",
        "par",
        "entre",
        "aupres",
    }
)


def _passive_use_allowed(cue: VerbCue) -> bool:
    """A cue that takes a direct object and is written for the active: its participle may be
    read as a passive, done to its subject by its agent (unless ``active_only``: "X, investi
    par P" is no reading of "P a investi X")."""
    return not (cue.reverse or cue.passive or cue.inverse or cue.active_only) and () in cue.objects


def _passive_use(ctx: Context, i: int, cue: VerbCue) -> bool:
    """An active cue with a direct object used as a passive participle ("X, critiqué par Y",
    "Désavoué par son parti, X …", "X a été rejeté par Y"): its subject is the one it was
    done to. Cues whose participle reads actively with a preposition ("X, rallié à Y") or
    that are written for the passive (``reverse``, ``passive``, ``inverse``) are not."""
    if not _passive_use_allowed(cue):
        return False
    token = ctx.doc[i]
    # A participle with its agent is a passive whatever else the cue takes: "X a été hué par
    # les militants du PS" (never X against the PS that a prepositional slot would find); the
    # agent's "par" is written (the parser also calls an object with no "par" an agent)
    if (
        "Part" in feature(token, "VerbForm")
        and not _active_compound(token)
        and any(
            c.dep_ == "obl:agent" and any(cfold(g.text) == "par" for g in c.children)
            for c in token.children
        )
    ):
        return True
    if any(slot and slot[0] in OBJECT_PREPOSITIONS for slot in cue.objects):
        return False
    if "Part" not in feature(token, "VerbForm") or "Past" not in feature(token, "Tense"):
        return False
    children = list(token.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return True
    # "rejoint" is also a present tense: a name right after it is its object, so no passive
    follows = ctx.at.get(i + 1)
    return (
        token.dep_ in {"acl", "advcl", "amod"}
        and (follows is None or follows.kind != "person")
        and not any(
            c.dep_ in {"aux", "aux:tense", "obj"} or c.dep_.startswith("expl") for c in children
        )
    )


def _active_compound(token: Token) -> bool:
    """A participle in an active compound tense ("X a condamné le sabotage de l'accord par
    Y"): "avoir" with no passive "être", so a "par" after it names the agent of the object's
    act, never the one who did the cue to the subject ("X a été critiqué par Y" stays passive).
    """
    children = list(token.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return False
    return any(c.dep_ == "aux:tense" and cfold(c.lemma_) == "avoir" for c in children)


def _on_a_thing(ctx: Context, token: Token) -> bool:
    """A participle on a noun that names no one ("l'investiture dénoncée par X")."""
    head = token.head
    return (
        token.dep_ == "acl"
        and head.pos_ == "NOUN"
        and ctx.at.get(head.i) is None
        and not person_noun(ctx, head.i)
    )


# How far after "par" the comma and name closing an agent's description may come.
MAX_AGENT_DESCRIPTION = 14


def _agent(ctx: Context, i: int, last: int, sent) -> End | None:
    """The actor after "par" that a passive participle's agent names ("critiqué par X",
    "désavoué hier par X"): the parser's agent, or "par" within a short adjunct of it."""
    for child in ctx.doc[i].children:
        mention = ctx.at.get(child.i)
        if child.dep_ == "obl:agent" and mention is not None:
            return end_of(mention)
    for k in range(last + 1, min(sent.end - 1, last + 5)):
        if ctx.view.puncts[k] or ctx.view.pos[k] in {"VERB", "AUX"}:
            return None
        if ctx.view.folded[k] == "par":
            j = k + 1 + (ctx.view.pos[k + 1] == "DET")
            mention = (
                ctx.at.get(j)
                or _described_agent(ctx, k + 1, sent)
                or _follower_agent(ctx, k + 1, sent)
            )
            return end_of(mention) if mention is not None else None
    return None


def _described_agent(ctx: Context, start: int, sent) -> Mention | None:
    """The person an agent's description names after a comma ("lâché par son numéro deux, X",
    "désavoué par l'ancienne présidente du groupe, X"): the first person named past the "par"
    whose description (``description_start``) opens right after "par" and ends on the comma
    before the name. A thing in between ("par le bureau du parti, X …") describes nobody."""
    stop = min(sent.end, start + MAX_AGENT_DESCRIPTION)
    for k in range(start + 1, stop):
        mention = ctx.at.get(k)
        if mention is None:
            continue
        if mention.kind != "person" or mention.start != k or ctx.view.texts[k - 1] != ",":
            return None
        return mention if description_start(ctx, start, k, set()) == start else None
    return None


def _won_over(ctx: Context, i: int, last: int, sent) -> bool:
    """ "X a rallié Y à sa candidature", "X a rallié à sa cause Y et Z": a verb of joining
    (the ontology's ``won_over`` verbs) whose object is brought to the subject's own cause,
    told by "à" and a possessive right after the verb or right after a name, before any
    punctuation: the object joins the subject, not the reverse ("X a rallié Y" alone is X
    joining Y; "à la surprise générale" is no cause)."""
    view, lists = ctx.view, ctx.lexicon.lists
    if cfold(view.lemmas[i]) not in lists["won_over"]:
        return False
    for k in range(last + 1, min(sent.end - 1, last + 12)):
        if view.puncts[k]:
            return False
        named = ctx.at.get(k - 1)
        if (
            view.folded[k] in lists["won_over_to"]
            and view.folded[k + 1] in lists["won_over_own"]
            and (k == last + 1 or (named is not None and named.end == k))
        ):
            return True
    return False


# Possessives that open an agent named by his tie to the subject ("lâché par son bras droit").
AGENT_POSSESSIVES = grammar_words("descriptions", "possessives")


def _follower_agent(ctx: Context, start: int, sent) -> Mention | None:
    """The person an agent's possessive title of allegiance names ("lâché par son bras droit,
    X", "désavouée par son fidèle lieutenant X", "lâché par son n°2, X"): the follower's title
    is what makes the desertion news, so the act, not the title, tells the tie. Only a title of
    the cue lexicon's supporting nouns or a rank ("numéro deux"), then at most a comma before
    the name."""
    view, lists, stop = ctx.view, ctx.lexicon.lists, min(sent.end, start + 8)
    if start >= stop or view.folded[start] not in AGENT_POSSESSIVES:
        return None
    titles = [w for noun in ctx.lexicon.nouns if noun.relation == REL.SUPPORTS for w in noun.words]
    for k in range(start + 1, min(stop, start + 4)):
        spans = [k + len(w) for w in titles if tuple(view.folded[k : k + len(w)]) == w]
        after = max(spans, default=0)
        if not after and k + 1 < stop and cfold(view.lemmas[k]) in lists["ranks"]:
            after = k + 1 + (view.pos[k + 1] == "NUM")  # "son n°2", "son numéro deux"
        if after and after < stop:
            at = after + (view.texts[after] == ",")
            named = ctx.at.get(at)
            if named is not None and named.kind == "person" and named.start == at:
                return named
        if view.folded[k] not in lists["agent_title_modifiers"]:
            return None  # "son plus proche allié", "son fidèle lieutenant"
    return None


def _rally_follows(ctx: Context, start: int, objects_end: int, sent) -> bool:
    """A rallying word after the cue, before or within 25 tokens after its objects
    ("proposer une alliance à X", "proposer à X de construire une majorité")."""
    rally, aside = ctx.lexicon.lists["rally"], ctx.lexicon.lists["step_aside"]
    view = ctx.view
    end = min(sent.end, objects_end + 25)
    if any(
        (view.lemmas[j] in rally or view.folded[j] in rally)
        and not (j + 1 < end and view.folded[j + 1] == "sur")  # "revenir sur ses propos"
        and not any(view.lemmas[k] in aside for k in range(max(start, j - 3), j))
        for j in range(start, end)
    ):
        return True
    words = words_from(ctx, start, end)  # "à « franchir le pas »": an idiom of crossing over
    return any(
        phrase_at(words, phrase, len(words)) is not None
        for phrase in ctx.lexicon.phrases["rally_phrases"]
    )


def _own_camp(ctx: Context, after: int, sent) -> bool:
    words = words_from(ctx, after, min(sent.end, after + 10))
    return any(phrase_at(words, p, 10) is not None for p in ctx.lexicon.phrases["own_camp"])


def _owner(ctx: Context, i: int, sent, subject: End) -> Mention | None:
    """Whose is the denounced thing: "le revenu universel défendu par X", "le projet de X".

    Only within the denounced thing: its words when the parser found the cue's direct object,
    and never past a gerund ("a désavoué l'homme en annonçant soutenir l'alliance fondée par
    X": X owns nothing that was disavowed)."""
    lexicon = ctx.lexicon
    obj = next((c for c in ctx.doc[i].children if c.dep_ == "obj"), None)
    limit = sent.end if obj is None else min(sent.end, obj.right_edge.i + 1)
    for j in range(i + 1, limit):
        token = ctx.doc[j]
        word = cfold(token.text)
        if word == "en" and j + 1 < limit and "Pres" in feature(ctx.doc[j + 1], "Tense"):
            break  # "en annonçant …": another act of the subject
        participle_by = (
            "Part" in feature(token, "VerbForm")
            and j + 1 < sent.end
            and ctx.view.folded[j + 1] == "par"
        )  # "une purge orchestrée par X"
        if participle_by and (
            word in lexicon.lists["undergo_verbs"]
            or cfold(token.lemma_) in lexicon.lists["undergo_verbs"]
        ):
            return None  # "dénonce les menaces reçues par X": X suffered them, owns nothing
        if word in lexicon.lists["attack_targets"] and attack_target(ctx, i + 1, j + 1):
            return None  # "s'insurge contre les critiques visant X": X is attacked, owns nothing
        if (
            word in lexicon.lists["owner_verbs"]
            or cfold(token.lemma_) in {"viser", "cibler"}
            or participle_by
            or (token.pos_ == "VERB" and _relative_owner(ctx, token))
        ):
            for k in range(j + 1, min(limit, j + 4)):
                mention = ctx.at.get(k)
                if mention is not None and mention.name != subject.name:
                    return mention
        if (
            j <= i + 8
            and word in {"de", "du", "des", "d"}
            and ctx.at.get(j + 1) is not None
            and not _describes_a_person(ctx, j - 1)
        ):
            mention = ctx.at[j + 1]  # "une opération de recyclage du Parti socialiste"
            if mention.name != subject.name and not any(
                ctx.doc[k].pos_ in {"VERB", "AUX"} for k in range(i + 1, j)
            ):
                return mention
        if word in lexicon.lists["proposal"]:
            for k in range(j + 1, min(limit, j + 5)):
                mention = ctx.at.get(k)
                prev = cfold(ctx.doc[k - 1].text)
                if (
                    mention is not None
                    and prev in {"de", "du", "d"}
                    and (mention.name != subject.name)
                ):
                    return mention
    return None


PERSON_NOUN_LISTS = ("member_roles", "role_heads", "person_nouns", "relatives")


def _describes_a_person(ctx: Context, j: int) -> bool:
    """ "au cofondateur de P": a person described by a party, not the party's proposal."""
    word = ctx.view.folded[j]
    return any(word in ctx.lexicon.lists[name] for name in PERSON_NOUN_LISTS)


def _relative_owner(ctx: Context, token: Token) -> bool:
    """ "la liste commune que lui proposait X": a relative clause whose verb is an owner verb
    (any tense) has the thing's owner as its subject."""
    return cfold(token.lemma_) in ctx.lexicon.lists["owner_verbs"] and any(
        cfold(c.text) in {"que", "qu"} for c in token.children
    )


def verb_claims(ctx: Context, s: int, sent, discourse: Discourse) -> list[Found]:
    """Claims from cue verbs (and verbal nouns) in sentence ``s``."""
    found: list[Found] = []
    index = ctx.lexicon.verb_index
    lemmas, folded = ctx.view.lemmas, ctx.view.folded
    for i in _cue_positions(ctx, sent):
        by_lemma = index.get(lemmas[i], ())
        by_form = index.get(folded[i], ())
        if not by_lemma and not by_form:
            continue
        by_form = () if by_lemma and _noun_form(ctx, i) else by_form
        if by_form and by_form is not by_lemma:  # (the same entry when form = lemma)
            by_lemma = _cue_entries(ctx, lemmas[i], folded[i], by_lemma, by_form)
        for cue in by_lemma:
            fired = _cue_fires(ctx, i, cue)
            if fired is None:
                continue
            last, skip = fired
            ctx.trace.fire(s, cue_label(cue), span_text(ctx.view, i, last + 1))
            here = _apply(ctx, i, last, skip, cue, s, sent, discourse)
            here += _declined_before(ctx, i, s, here, discourse)
            here += _refused_in_relative(ctx, last, sent, here)
            for claim in here:  # a reply later in the sentence may answer this invitation
                discourse.record(claim)
            found += here
    return found + _answered_invitations(ctx, s, sent, discourse)


# How many sentences back an invitation a quoted « Non merci. » answers may have been told.
ANSWER_REACH = 2


def _answered_invitations(ctx: Context, s: int, sent, discourse: Discourse) -> list[Found]:
    """A quotation that opens on a bare refusal and says nothing else in its sentence (« Non
    merci. », « Jamais ! »), spoken by someone invited in the sentences just before: the
    invitee REJECTS the one who invited them ("X a invité Y à le rejoindre. Ce dernier a
    répondu : « Non merci. »"). « Non, je … » opens an answer that goes on: no refusal read."""
    found: list[Found] = []
    view = ctx.view
    here = sorted({ctx.quote_of[k] for k in range(sent.start, sent.end) if ctx.in_quote(k)})
    for quote in (ctx.quotes[q] for q in here):
        if quote.start + 1 < sent.start:
            continue  # a quotation opened in an earlier sentence
        if quote.speaker is None or quote.confidence < REFUSAL_SPEAKER_CONFIDENCE:
            continue
        invitation = next(
            (
                f
                for f in reversed(discourse.invitations)
                if f.object.name == quote.speaker and s - ANSWER_REACH <= f.sentence <= s
            ),
            None,
        )
        if invitation is None or invitation.subject.name == quote.speaker:
            continue
        words = [(w, j) for w, j in words_from(ctx, quote.start + 1, quote.end) if w]
        for phrase in sorted(ctx.lexicon.phrases["refusal_answers"], key=len, reverse=True):
            after = phrase_at(words, phrase, 1)
            if after is None:
                continue
            if after < len(ctx.doc) and view.texts[after] in {".", "!", "»", "…"}:
                speaker = End(quote.speaker, "person", quote.confidence)
                conf = 0.8 * quote.confidence
                answer = " ".join(phrase)
                found.append(Found(speaker, REL.REJECTS, invitation.subject, answer, s, conf))
            break
    return found


def _cue_entries(ctx: Context, lemma: str, form: str, by_lemma: tuple, by_form: tuple) -> tuple:
    """The cue entries of a word's lemma, then those of its form that are not among them:
    merged once per article and word (the test compares whole ``VerbCue`` records, field by
    field, and a cue word recurs). An entry listed under both is the same object, found by
    identity; two entries of another relation or other trigger words differ: those fields
    are compared first, the whole records only when they agree."""
    key = ("cue entries", lemma, form)
    found = ctx.memo.get(key)
    if found is None:
        listed = {id(b) for b in by_lemma}
        found = ctx.memo[key] = by_lemma + tuple(
            c
            for c in by_form
            if id(c) not in listed
            and not any(
                b.relation == c.relation and b.triggers == c.triggers and b == c for b in by_lemma
            )
        )
    return found


def _cue_positions(ctx: Context, sent) -> list[int]:
    """The tokens of ``sent`` whose lemma or form is a verb cue of the lexicon, from one scan
    of the article (most words are none)."""
    key = ("cue positions",)
    found = ctx.memo.get(key)
    if found is None:
        index = ctx.lexicon.verb_index
        pairs = enumerate(zip(ctx.view.lemmas, ctx.view.folded, strict=True))
        found = ctx.memo[key] = [i for i, (lemma, form) in pairs if lemma in index or form in index]
    return found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]


# Where a running mate's place stands in its clause when no copula carries it: the verb's
# predicate or object ("devient sa numéro deux", "occupe la troisième place de sa liste"), or,
# for a place read with its list, an adjunct ("figurera en position éligible sur sa liste").
PREDICATE_DEPS = frozenset({"xcomp", "obj"})
ADJUNCT_DEPS = frozenset({"obl", "obl:mod", "obl:arg"})
PARTY_PERSON = ("party", "person")  # a party's whole support of a person: more than a pact says
PERSON_PARTY = ("person", "party")  # a person's support of a party: a joint list never says it
FUSED_ARTICLES = frozenset({"des", "du", "au", "aux"})  # de + les, à + le: an article inside


def _noun_form(ctx: Context, i: int) -> bool:
    """A verb's written form that is a noun here: "les soutiens de X et Y" (a determiner before
    a token tagged as a noun) is no "je soutiens" when the noun has cues of its own (by lemma),
    which still fire; a noun cue listed by its form ("sous les couleurs de") is kept. The
    determiner may stand before the noun's adjectives ("parmi ses anciens soutiens, A et B …",
    "ses plus fidèles soutiens") or before the noun the parser hangs it on ("ses vieux amis et
    soutiens, A et B, …")."""
    view = ctx.view
    if i == 0 or view.pos[i] != "NOUN":
        return False
    head = i
    while (
        view.deps[head] in {"amod", "conj"}
        and view.heads[head] < head
        and view.pos[view.heads[head]] == "NOUN"
    ):
        head = view.heads[head]
    before = head - 1
    while before > 0 and view.pos[before] in {"ADJ", "ADV"}:
        before -= 1
    return view.pos[before] == "DET" or view.folded[before] in FUSED_ARTICLES


def _apply(
    ctx: Context,
    i: int,
    last: int,
    skip: set[int],
    cue: VerbCue,
    s: int,
    sent,
    discourse: Discourse,
) -> list[Found]:
    """Claims of one cue: ends first (cheap, usually nothing), then the modality."""
    pairs = _pairs(ctx, i, last, skip, cue, s, sent, discourse)
    if pairs and ctx.view.pos[i] == "NOUN":
        if _put_as_choice(ctx, i, sent, pairs):
            words = span_text(ctx.view, i, last + 1)
            return ctx.trace.unpaired(s, cue, words, "an alternative put as a choice")
        pairs = pairs + _elliptic_pairs(ctx, i, sent, pairs)
    if pairs and cue.relation == REL.SUPPORTS and _ranked(ctx, i, sent):
        words = span_text(ctx.view, i, last + 1)
        return ctx.trace.unpaired(s, cue, words, "a place in a ranking")
    if pairs and _participle_on_a_listed_noun(ctx, i, sent, pairs):
        words = span_text(ctx.view, i, last + 1)
        return ctx.trace.unpaired(s, cue, words, "a participle describing the names listed")
    if pairs and cue.relation == REL.MEMBER_OF and _answers_another_head(ctx, i, sent, pairs):
        words = span_text(ctx.view, i, last + 1)
        return ctx.trace.unpaired(s, cue, words, "the name after the colon answers another")
    if not pairs:
        return []
    # a tie only its refusal rejects ("entrer au gouvernement de X") is content an offer may
    # carry too: "a décliné l'offre de participer au gouvernement de X" REJECTS X
    content = cue.relation in CONTENT_RELATIONS or (
        cue.relation == REL.REJECTS and cue.needs_negation
    )
    refusal = _refused_request(ctx, i, sent) if content else None
    if refusal is not None:
        return _refused_content(ctx, i, last, cue, s, sent, pairs, refusal)
    # The cue's own words are not negation ("dire non à X"); a "pas" among them is.
    own = {j for j in skip if any(ctx.view.folded[j] in phrase for phrase in cue.with_words)}
    mod = modality(ctx, i, sent, own)
    relation, factor = outcome(cue, mod)
    if relation != cue.relation:  # the cue's own reading is dropped (or read otherwise)
        ctx.trace.overruled(s, pairs, cue, span_text(ctx.view, i, last + 1), mod, relation)
    if relation is None:
        return []
    if relation != REL.INVITED_TO_RALLY and _won_over(ctx, i, last, sent):
        if relation != cue.relation:
            return []  # "n'a pas réussi à rallier Y à sa cause": Y did not join, nor refuse
        pairs = [(b, a, w) for a, b, w in pairs]  # "X a rallié Y à sa candidature": Y joins X
    if relation != REL.TEMPTED_BY:
        pairs = _whole_parties(ctx, s, sent, pairs, cue, span_text(ctx.view, i, last + 1))
    if relation == REL.REJECTS:
        pairs = pairs + _party_leaders(ctx, i, sent, pairs)
    if cue.symmetric and relation == cue.relation:  # "X, en conflit avec Y": Y with X too
        people = [(a, b, w) for a, b, w in pairs if a.kind == b.kind == "person"]
        pairs = pairs + [(b, a, w) for a, b, w in people if (b, a, w) not in pairs]
    if cue.echo:
        echoed = discourse.echoed(s)
        relation = echoed.relation if echoed is not None else relation
    if cue.own_camp:
        relation = REL.REJECTS
    cue_text = span_text(ctx.view, i, last + 1)
    offerers = _offerers(ctx, i, last, sent) if relation == REL.REJECTS else set()
    offer = f"offer declined: {cue_label(cue)}"
    if cue.joint_list and relation == REL.SUPPORTS:  # "X mènera une liste d'union avec le
        pairs = _joint_list_pairs(pairs)  # PCF": the PCF backs X (a refusal stays X's own)
    claims = []
    told = {(a.name, b.name) for a, b, _ in pairs}
    for subject, target, weight in pairs:
        rel = relation
        if target.kind == "party" and cue.party_relation and relation == cue.relation:
            rel = cue.party_relation
        if (mod.dated and rel != REL.MEMBER_OF) or (cue.campaign and campaign_dated(ctx, i)):
            # "avait soutenu X en 2011", "élue en 2012 sous les couleurs de P": the past
            ctx.trace.drop(
                s, subject, rel, target, cue_label(cue), cue_text, "dated before the article"
            )
            continue
        confidence = factor * weight * subject.confidence * target.confidence
        claims.append(Found(subject, rel, target, cue_text, s, confidence, cue_label(cue)))
        if (
            rel == REL.SUPPORTS
            and (target.kind, subject.kind) != PARTY_PERSON
            and not (cue.joint_list and (subject.kind, target.kind) == PARTY_PERSON)
            and binds_both(ctx, i, cue.mutual)
            and (target.name, subject.name) not in told
        ):  # "X s'est allié avec Y": a pact binds both (refusing one binds only who refuses)
            claims.append(Found(target, rel, subject, cue_text, s, confidence, cue_label(cue)))
        if target.name in offerers:  # the offer was made
            claims.append(
                Found(target, REL.INVITED_TO_RALLY, subject, cue_text, s, 0.8 * confidence, offer)
            )
    return claims


def _joint_list_pairs(pairs: list[tuple[End, End, float]]) -> list[tuple[End, End, float]]:
    """A joint list's pairs with each person-to-party pair turned round: "X conduira une liste
    d'union avec Les Écologistes et le PCF" is the two parties' support of X, who heads it,
    not X's support of them (the gold's convention in every set: 6 party-to-person edges
    required, none person-to-party). Pairs of two people or two parties stay as they are."""
    turned = [(b, a, w) if (a.kind, b.kind) == PERSON_PARTY else (a, b, w) for a, b, w in pairs]
    return list(dict.fromkeys(turned))


def _party_leaders(
    ctx: Context, i: int, sent, pairs: list[tuple[End, End, float]]
) -> list[tuple[End, End, float]]:
    """A rejected party written with its leader ("une liste commune avec le mouvement P de X",
    "toute alliance avec le RN de X") rejects the leader too: the party is named as X's."""
    added = []
    for subject, target, weight in pairs:
        if target.kind != "party":
            continue
        party = next(
            (m for m in ctx.mentions if i < m.start < sent.end and m.name == target.name), None
        )
        if party is None or party.end + 1 >= sent.end:
            continue
        leader = ctx.at.get(party.end + 1)
        if (
            ctx.view.folded[party.end] in {"de", "d"}
            and leader is not None
            and leader.start == party.end + 1
            and leader.kind == "person"
            and leader.name
            and leader.name != subject.name
        ):
            added.append((subject, end_of(leader), 0.9 * weight))
    return added


PLUPERFECT_AUX = grammar_words("rules", "pluperfect_aux")


def _declined_before(
    ctx: Context, i: int, s: int, claims: list[Found], discourse: Discourse
) -> list[Found]:
    """ "X a décliné l'invitation. Y lui avait proposé de rejoindre sa liste": an invitation
    told in the pluperfect in the sentence right after a refusal with no object is what was
    refused, so the refusal rejects its author. Any other tense is a new offer."""
    if not discourse.declined or not any(
        c.dep_.startswith("aux") and cfold(c.text) in PLUPERFECT_AUX for c in ctx.doc[i].children
    ):
        return []
    answers = []
    for claim in claims:
        if claim.relation != REL.INVITED_TO_RALLY:
            continue
        for entry in list(discourse.declined):
            before, refuser, j, last, cue = entry
            if before != s - 1 or refuser.name != claim.object.name:
                continue
            discourse.declined.remove(entry)
            mod = modality(ctx, j, ctx.sents[before], set(range(j + 1, last + 1)))
            relation, factor = outcome(cue, mod)
            if relation == REL.REJECTS:
                weight = 0.7 * factor * refuser.confidence * claim.subject.confidence
                text = ctx.doc[j : last + 1].text
                answers.append(
                    Found(refuser, REL.REJECTS, claim.subject, text, before, weight, cue_label(cue))
                )
    return answers


ANSWER_TAKERS = grammar_words("rules", "answer_takers")
ANSWER_RELATIVES = grammar_words("rules", "answer_relatives")
ANSWER_SUBJECTS = grammar_words("rules", "answer_subjects")
# How many words after the invitation's cue its answer's relative may open, and how many
# words the relative may hold before its refusing verb ("qu'il a aussitôt déclinée").
ANSWER_REACH_WORDS = 14
ANSWER_VERB_REACH = 5


def _refused_in_relative(ctx: Context, last: int, sent, claims: list[Found]) -> list[Found]:
    """An invitation answered in a relative after a comma: "X a pressé Y de la rejoindre, ce
    qu'il a refusé", "X a proposé à Y de rejoindre sa liste, une offre qu'elle a déclinée":
    the invitee REJECTS the one who invited them. The relative's subject is a bare "il" /
    "elle" or the invitee's name (another name answers for someone else); a negated refusal
    ("ce qu'il n'a pas refusé") reads nothing."""
    invitations = [c for c in claims if c.relation == REL.INVITED_TO_RALLY]
    if not invitations:
        return []
    view, declines = ctx.view, offers_list("declines")
    end = min(sent.end, last + ANSWER_REACH_WORDS)
    for k in range(last + 1, end - 3):
        if view.texts[k] != ",":
            continue
        m = k + 1 + (view.pos[k + 1] == "DET")
        if view.folded[m] not in ANSWER_TAKERS or view.folded[m + 1] not in ANSWER_RELATIVES:
            continue
        subject = m + 2
        if subject >= sent.end:
            return []
        named = ctx.at.get(subject)
        for j in range(subject + 1, min(sent.end, subject + 1 + ANSWER_VERB_REACH)):
            if view.folded[j] in NE or view.folded[j] in NEGATORS:
                return []
            if view.folded[j] in declines or cfold(view.lemmas[j]) in declines:
                break
            if view.pos[j] == "VERB" or view.puncts[j]:
                return []
        else:
            return []
        found = []
        for claim in invitations:
            if named is not None:
                if named.name != claim.object.name:
                    continue
            elif view.folded[subject] not in ANSWER_SUBJECTS:
                continue
            text = span_text(view, k + 1, j + 1)
            conf = 0.8 * claim.confidence
            found.append(
                Found(claim.object, REL.REJECTS, claim.subject, text, claim.sentence, conf)
            )
        return found
    return []


# Relations a refused request may carry as its content ("de se rapprocher de Y", "de soutenir Y").
CONTENT_RELATIONS = frozenset({REL.SUPPORTS, REL.TEMPTED_BY})


def _refused_request(ctx: Context, i: int, sent) -> Token | None:
    """The refusal whose object is a request holding the cue at ``i``: "a écarté la demande de
    X de se rapprocher de Y", "repousse la proposition de X, qui lui demandait de rejoindre Y".
    The rallying cue is what was asked, not a move of anyone; the refusal verb is returned.

    Read on the surface, as the parser often hangs the requested noun on an adverb of time
    ("a balayé dimanche la sollicitation de X …"): a requested thing (``[offers] asked``) at most
    15 tokens before the cue, a declining verb (``[offers] declines``) at most four tokens
    before that noun, and no other finite verb between the noun and the cue than a verb of
    asking ("qui lui demandait de …")."""
    if "Fin" in feature(ctx.doc[i], "VerbForm"):
        return None  # "a écarté la demande de X et soutient Y": a move of its own
    asked, declines = offers_list("asked"), offers_list("declines")
    view = ctx.view
    request = ctx.lexicon.lists["request"]
    for k in range(i - 1, max(sent.start, i - 16), -1):
        if view.texts[k] in {";", "."}:
            return None
        # "l'offre", "une offre" tagged as the verb "offrir": a determiner makes it the noun
        noun = view.pos[k] == "NOUN" or (
            view.folded[k] in asked and k > sent.start and view.pos[k - 1] == "DET"
        )
        finite = view.pos[k] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[k], "VerbForm")
        if (
            finite
            and not noun
            and view.lemmas[k] not in request
            and not _auxiliary_of_request(ctx, k)
        ):
            return None
        if (
            view.pos[k] == "VERB"
            and "Pres" in feature(ctx.doc[k], "Tense")
            and "Part" in feature(ctx.doc[k], "VerbForm")
        ):
            return None  # "a décliné l'offre, réaffirmant son soutien à X": her own move
        if view.folded[k] not in asked or not noun:
            continue
        for d in range(k - 1, max(sent.start, k - 5) - 1, -1):
            if view.pos[d] == "VERB" and {view.lemmas[d], view.folded[d]} & declines:
                return ctx.doc[d]
        return None
    return None


def _auxiliary_of_request(ctx: Context, k: int) -> bool:
    """ "qui lui a demandé de …": the auxiliary of a verb of asking."""
    token = ctx.doc[k]
    return (
        token.dep_.startswith("aux")
        and ctx.view.lemmas[token.head.i] in (ctx.lexicon.lists["request"])
    )


def _refused_content(
    ctx: Context,
    i: int,
    last: int,
    cue: VerbCue,
    s: int,
    sent,
    pairs: list[tuple[End, End, float]],
    refusal: Token,
) -> list[Found]:
    """What a refused request asked for is refused with it: the one who refuses REJECTS the
    actor to be rallied ("a écarté la demande de X de se rapprocher de Y": REJECTS Y), and the
    rallying cue's own reading is dropped, whoever the parser made its subject. A refusal that
    is negated, questioned or hypothetical states nothing."""
    words = span_text(ctx.view, i, last + 1)
    for subject, target, _ in pairs:
        ctx.trace.drop(
            s, subject, cue.relation, target, cue_label(cue), words, "content of a refused request"
        )
    cues = ctx.lexicon.verb_index.get(ctx.view.lemmas[refusal.i], ())
    decline = next((c for c in cues if c.relation == REL.REJECTS), None)
    if decline is None:
        return []
    relation, factor = outcome(decline, modality(ctx, refusal.i, sent))
    if relation != REL.REJECTS:
        return []
    refusers, how = find_subjects(ctx, refusal.i, sent)
    label = f"refused request: {cue_label(cue)}"
    text = f"{refusal.text} … {words}"
    found = []
    for target in {t.name: t for _, t, _ in pairs}.values():
        for refuser in refusers:
            if refuser.name != target.name:
                conf = 0.8 * factor * how * refuser.confidence * target.confidence
                found.append(Found(refuser, REL.REJECTS, target, text, s, conf, label))
    return found


def _offerers(ctx: Context, i: int, last: int, sent) -> set[str]:
    """Who made the offer a refusal at ``i`` declines: its owner ("l'offre de X") or the agents
    of a participle of offering ("l'alliance proposée par X et par Y")."""
    offerer = _offerer(ctx, i, last, sent)
    names = {m.name for m in _offer_authors(ctx, i, last, sent)}
    return names | {offerer.name} if offerer is not None else names


def _offer_authors(ctx: Context, i: int, last: int, sent) -> list[Mention]:
    """The agents of a participle of offering after a refused offer or rally noun at ``last``,
    among the words of the refusal at ``i`` ("a refusé les alliances proposées tant par A que
    par B"); a cue that is itself that noun or participle ("la main tendue") declines nothing."""
    if last == i:
        return []
    words = {ctx.view.folded[last], ctx.view.lemmas[last]}
    offer_noun = bool(words & (offers_list("asked") | ctx.lexicon.lists["rally"]))
    if not offer_noun and ctx.view.folded[last - 1] not in offers_list("asked"):
        return []  # neither "l'alliance proposée" nor "la main tendue" (its participle last)
    return offer_authors(ctx, last, sent)


def _offerer(ctx: Context, i: int, last: int, sent) -> End | None:
    """ "a décliné l'offre de X", "refuse l'invitation d'X à rejoindre …", "a écarté la demande
    de X, qui lui demandait de rejoindre …": declining names who made the offer, which is an
    invitation of the one declining (a verb of asking may come before the rallying one)."""
    words = {ctx.view.folded[k] for k in range(i + 1, last + 1)}
    if not words & offers_list("asked") or words & offers_list("handshake"):
        return None  # "refuse de serrer la main de X": a courtesy refused, no offer declined
    j = past_rally_complement(ctx, last + 1, sent.end)  # "l'offre d'alliance de X"
    if j + 1 < sent.end and ctx.view.folded[j] in {"de", "d", "du"}:
        mention = ctx.at.get(j + 1)
        if mention is None or mention.start != j + 1 or not mention.name:
            return None
        rally = ctx.lexicon.lists["rally"]
        request = ctx.lexicon.lists["request"]
        for k in range(mention.end, min(sent.end, mention.end + 8)):
            if ctx.view.pos[k] == "VERB" and ctx.view.lemmas[k] not in request:
                # "l'invitation de X à débattre": not to rally
                return end_of(mention) if ctx.view.lemmas[k] in rally else None
        return end_of(mention)
    return None


def _personal_departure(ctx: Context, i: int, cue: VerbCue, s: int) -> bool:
    """ "X a quitté le gouvernement de Y pour raisons de santé": a rejection read on a verb of
    leaving, in a sentence that gives a reason of the leaver's own (health, family, age: the
    ontology's ``personal_reasons``), is a departure, not a stand against Y."""
    lists = ctx.lexicon.lists
    if cue.relation != REL.REJECTS or cfold(ctx.view.lemmas[i]) not in lists["leaving"]:
        return False
    folded = f" {cfold(ctx.sentence_text(s))} "
    return any(p in folded for p in ctx.lexicon.joined["personal_reasons"])


def _pairs(
    ctx: Context,
    i: int,
    last: int,
    skip: set[int],
    cue: VerbCue,
    s: int,
    sent,
    discourse: Discourse,
) -> list[tuple[End, End, float]]:
    """(subject, object, weight) pairs a cue relates, before its modality is considered."""
    words = span_text(ctx.view, i, last + 1)
    if cue.between:  # "une alliance entre X et Y": no subject, each partner of the other
        pair = between_pair(ctx, last, sent)
        if isinstance(pair, str):
            return ctx.trace.unpaired(s, cue, words, pair)
        first, second = pair
        pairs = [(first, second, 0.9), (second, first, 0.9)]
        # a person's pact with a party ("l'accord entre X et LREM") ties the person to it;
        # the party's whole support of that person is more than the sentence says
        return [(a, b, w) for a, b, w in pairs if not (a.kind == "party" and b.kind == "person")]
    if _personal_departure(ctx, i, cue, s):
        return ctx.trace.unpaired(s, cue, words, "left for reasons of one's own")
    fronted = _fronted_passive(ctx, i)
    if fronted is not None and (cue.reverse or _passive_use_allowed(cue)):
        return [(fronted[0], fronted[1], 0.9)]  # "Désavoué par X, Y …": X's act on Y
    inverted = inverted_relative(ctx, i, cue, sent)
    if inverted is not None:  # "X, que soutiennent le PCF et les Verts": each backs X
        antecedent, holders = inverted
        if antecedent is None:  # "le programme que soutiennent A et B": nobody's stance
            return ctx.trace.unpaired(s, cue, words, "object relative on a thing")
        return [(end_of(h), end_of(antecedent), 0.9) for h in holders]
    subjects, how = find_subjects(ctx, i, sent)
    agent = _participle_agent(ctx, i) or _announcer(ctx, i)
    if agent is not None:  # "la charge lancée par X contre Y": X's, whoever reports it
        subjects, how = [agent], 0.9
    if cue.echo:  # "Jean-François Copé a fait de même": the latest stance, another subject
        last_stance = discourse.echoed(s)
        if last_stance is None:
            return ctx.trace.unpaired(s, cue, words, "no earlier stance")
        return [(subject, last_stance.object, how * 0.7) for subject in subjects]
    objects = find_objects(ctx, i, cue, sent, skip)
    labels = [m for m in objects if _labels_a_noun(ctx, m.start, m.kind)]
    if labels:  # "pour la primaire UMP": the party qualifies a noun, it is not the object
        objects = [m for m in objects if m not in labels]
        if not objects:
            return ctx.trace.unpaired(s, cue, words, "party label of a noun")
    before = i - 2 if i > 1 and ctx.view.puncts[i - 1] else i - 1
    label = ctx.at.get(before)
    if (
        cue.reverse
        and label is not None
        and "Fin" not in feature(ctx.doc[i], "VerbForm")
        and _labels_a_noun(ctx, label.start, label.kind)
    ):
        # "le président sortant LR soutenu par X": the president is supported, not LR; a
        # finite verb is no such participle ("X, député LR, soutient Y": X acts)
        return ctx.trace.unpaired(s, cue, words, "party label of a noun")
    if cue.inverse:  # "il peut compter sur X": X is the one who supports
        return [(end_of(m), subject, how * 0.9) for m in objects for subject in subjects]
    holder = _noun_holder(ctx, i, objects)
    if holder is not None and reception_negated(ctx, i):
        return ctx.trace.unpaired(s, cue, words, "support not received")
    if holder is not None:  # "le soutien de X à Y", "a reçu le soutien de X"
        holders = [holder, *_co_holders(ctx, i, holder, sent)]  # "de X et de Y"
        if cue.held:  # "grâce à la candidature de X": a held noun is nobody's to receive
            receivers = []
        elif cfold(ctx.doc[i].head.lemma_) in ctx.lexicon.lists["receive"]:
            receivers = subjects
        else:
            receivers = _received_with(ctx, i, sent, subjects) or _fronted_receivers(ctx, i, sent)
        receivers = [r for r in receivers if not _labelled_noun_end(ctx, r, sent)]
        if receivers:
            return [(h, t, how * 0.9) for h in holders for t in receivers if h.name != t.name]
        subjects, how = holders, 1.0
    elif _received_noun(ctx, i):
        # "X engrange les soutiens", "X engrange un soutien de poids : celui de Y": the
        # subject receives; only a giver named on a stand-in after the noun gives
        giver = _stand_in_holder(ctx, i, sent)
        if giver is None:
            return ctx.trace.unpaired(s, cue, words, "support received, giver unnamed")
        return [(giver, t, how * 0.9) for t in subjects if t.name != giver.name]
    elif agent is None and _someone_elses_move(ctx, i):
        return []
    by = objects[0].start - 1 if objects else -1
    described = description_start(ctx, last + 1, objects[0].start, skip) if objects else None
    if described is not None:
        by = described  # "soutenu par la maire socialiste de Nantes X": "par" opens it
    while by > last and ctx.view.pos[by] == "DET":
        by -= 1  # "soutenue par les insoumis"
    by = _agent_after_possessive(ctx, last, _agent_before_apposition(ctx, last, by))
    between = range(last + 1, by)  # "soutenu depuis mars par X": a short adjunct may intervene
    adjunct = len(between) <= 4 and not any(
        ctx.view.pos[k] in {"VERB", "AUX"} or ctx.view.puncts[k] for k in between
    )
    if cue.reverse and by > last and ctx.view.folded[by] == "par" and adjunct:
        # "soutenu par X": X is the one who supports; "par le PS et le PCF": each listed agent
        listed = listed_agents(ctx, objects, sent)
        if _other_person_before(ctx, i, sent, subjects):
            listed = listed[:1]  # "la liste de X …, devant Y, soutenu par A et B": Y's list
        agents = [end_of(m) for m in listed]
        return [(a, t, 0.9) for a in agents for t in subjects if a.name != t.name]
    if _passive_use(ctx, i, cue):  # "critiqué par X": X is the one who criticises
        agent = _agent(ctx, i, last, sent)
        if agent is None:  # "Condamné pour …, X renonce": nobody named did it
            return ctx.trace.unpaired(s, cue, words, "passive without agent")
        if _on_a_thing(ctx, ctx.doc[i]):  # "son investiture, dénoncée par X": not a person
            return ctx.trace.unpaired(s, cue, words, "passive on a thing")
        return [(agent, t, 0.9) for t in subjects if t.name != agent.name]
    if (
        cue.reverse
        and by > last
        and ctx.view.folded[by] == "par"
        and any(ctx.view.puncts[k] for k in between)
    ):
        # "l'a limogée hier, la remplaçant par X": a "par" past a comma is another verb's
        # agent, never this cue's object (but "soutient la liste conduite par X" reads X)
        objects = []
    if len({a.name for a in subjects}) < 2 and holder is None:
        # (a holder is no subject: "Face aux critiques de X, Y …" coordinates nothing)
        # "X, arrivé deuxième, et Y, qui …, soutiennent Z", "X, maire sortant, et Y, tête de
        # liste du MoDem, ont fusionné": the subject pair the parser did not coordinate
        pair = coordinated_subjects(ctx, i, sent)
        if pair is not None and {a.name for a in subjects} <= {a.name for a in pair}:
            if cue.mutual and not objects:  # each partner of the other; a person's pact with
                first, second = pair  # a party ties the person only, as with "entre"
                both = ((first, second), (second, first))
                # (a joint list, the other way: "X et le PCF ont fait liste commune", the PCF's)
                unsaid = PERSON_PARTY if cue.joint_list else PARTY_PERSON
                return [(a, b, 0.9) for a, b in both if (a.kind, b.kind) != unsaid]
            subjects, how = list(pair), 0.9
    if cue.mutual and not subjects:
        owner = list_owner_subject(ctx, i, sent)  # "X, dont la liste a fusionné avec celle de Y"
        if owner is not None:
            subjects, how = [owner], 0.9
    if not subjects:
        return ctx.trace.unpaired(s, cue, words, "no subject")
    subjects = subjects + [a for a in _alike(ctx, sent) if a not in subjects]
    if cue.rally and not _rally_follows(ctx, last + 1, objects[-1].end if objects else last, sent):
        return ctx.trace.unpaired(s, cue, words, "no rally word")
    if cue.own_camp and not (objects and _own_camp(ctx, objects[-1].end, sent)):
        return ctx.trace.unpaired(s, cue, words, "no own-camp phrase")
    if cue.mutual and not objects and len({a.name for a in subjects}) > 1:
        # "X et Y ont fusionné leurs listes": each partner of the other; "le PS, A et B ont
        # signé l'accord": co-signers of one text, a party among people, are no partners
        if len({a.name for a in subjects}) > 2 and len({a.kind for a in subjects}) > 1:
            return ctx.trace.unpaired(s, cue, words, "co-signers of mixed kinds")
        return [(a, b, how * 0.9) for a in subjects for b in subjects if a.name != b.name]
    pairs = []
    for subject in subjects:
        targets, weight = _targets(
            ctx, i, last, cue, s, sent, discourse, subject, objects, names_of(subjects)
        )
        if not targets:
            ctx.trace.unpaired(s, cue, words, "no object", subject)
            if cue.orphan and cue.relation == REL.REJECTS:
                discourse.declined.append((s, subject, i, last, cue))
        pairs += [(subject, target, weight * how) for target in targets]
    return pairs


def _whole_parties(
    ctx: Context, s: int, sent, pairs: list[tuple[End, End, float]], cue: VerbCue, words: str
) -> list[tuple[End, End, float]]:
    """The pairs whose party ends stand for the whole party: "des élus PS se sont ralliés à
    X", "plusieurs députés LR soutiennent X", "les députés LR qui refusent l'accord" are some
    of its members, not the party. A temptation keeps them (the caller asks only for the other
    relations): a party whose members look elsewhere is a party tempted."""
    if not any(a.kind == "party" or b.kind == "party" for a, b, _ in pairs):
        return pairs
    mentions = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
    partial = {m.name for m in mentions if _labels_some_members(ctx, m)}

    def some(end: End) -> bool:
        return end.kind == "party" and (
            end.name in partial or bool(end.group and some_members_words(end.group))
        )

    kept = []
    for subject, target, weight in pairs:
        if some(subject) or some(target):
            ctx.trace.drop(
                s, subject, cue.relation, target, cue_label(cue), words, "some members of a party"
            )
        else:
            kept.append((subject, target, weight))
    return kept


def _labels_some_members(ctx: Context, mention: Mention) -> bool:
    """A party mention that labels a group noun meaning some of its members only ("des élus
    PS", "plusieurs cadres socialistes", "les députés LR qui refusent …")."""
    if mention.kind != "party":
        return False
    token = ctx.doc[mention.start]
    groups = ctx.lexicon.lists["group"]
    noun = token.head if token.head.i != token.i else token
    if cfold(noun.text) not in groups and mention.start > 0:
        noun = ctx.doc[mention.start - 1]
    return cfold(noun.text) in groups and some_members(ctx, noun)


def _labels_a_noun(ctx: Context, start: int, kind: str) -> bool:
    """Whether a party mention starting at ``start`` only qualifies the common noun right
    before it ("la primaire UMP", "le candidat PS", "le président sortant LR"): the act is
    about that noun's referent (an event, or a person the sentence does not name)."""
    if kind != "party" or start < 1 or ctx.at.get(start) is None:
        return False
    k = start - 1
    if ctx.view.pos[k] == "ADJ" and k > 0:
        k -= 1  # "le président sortant LR"
    folded = ctx.view.folded[k]
    return (
        ctx.view.pos[k] == "NOUN"
        and ctx.at.get(k) is None
        and (
            folded in ctx.lexicon.lists["labelled_nouns"]
            or folded in ctx.lexicon.lists["person_nouns"]
        )
    )


# Governing verbs under which a verbal noun is the subject's own stance: "a annoncé son
# ralliement à X", "a reçu le soutien de X", "refuse tout ralliement à X", "ne cache pas son
# soutien à X". Under any other verb it is someone else's move: "a raillé le ralliement à X".
OWN_MOVE_LISTS = ("carry", "receive", "refuse", "tempt", "deny", "litotes", "commit", "intent")


# Marks after a verb of speech that open the words it reports ("prévient : « … »"): a noun
# after them is the quotation's, not the verb's object, whatever the parse.
QUOTE_OPENERS = frozenset({":", "«", '"', "“"})


def _someone_elses_move(ctx: Context, i: int) -> bool:
    """A verbal noun cue with no holder, object of a verb that does not carry it for its
    subject: commenting on a rally is not rallying, nor sweeping aside the idea of one ("a
    balayé l'idée d'un rapprochement avec X": the noun completes the verb's object)."""
    view = ctx.view
    if view.pos[i] == "NOUN" and view.deps[i] == "nmod" and view.pos[view.heads[i]] == "NOUN":
        i = view.heads[i]
    lists = ctx.lexicon.lists
    if _background_event(ctx, i, lists["event_adjuncts"]):
        return True  # "X quitte le PCF après l'accord avec le PS": not X's move
    if _reacted_to(ctx, i, lists["react"]):
        return True  # "X a répondu à la diatribe contre Y": not X's move
    if view.pos[i] != "NOUN" or view.deps[i] != "obj" or view.pos[view.heads[i]] != "VERB":
        return False  # (read from the view: most cues are no such noun)
    if any(view.texts[k] in QUOTE_OPENERS for k in range(view.heads[i] + 1, i)):
        return False  # "prévient : « Aucun bulletin pour X »": the quotation's words, no object
    token = ctx.doc[i]
    head = token.head
    words = {cfold(head.lemma_), cfold(head.text)}
    if words & lists["avow"] and _possessed(token):
        return False  # "X évoque ses désaccords avec Y": the subject's own
    return not any(words & lists[name] for name in OWN_MOVE_LISTS)


def _background_event(ctx: Context, i: int, adjuncts: frozenset[str]) -> bool:
    """A verbal noun with no possessive in a time or cause adjunct of a verb ("après l'accord
    avec X", "depuis la conclusion d'une alliance avec X", "malgré le ralliement à X"): an event
    the clause is set against, whose makers the sentence does not name."""
    view = ctx.view
    if view.pos[i] != "NOUN" or not view.deps[i].startswith("obl"):
        return False
    head = view.heads[i]
    if view.folded[head] in adjuncts and view.pos[view.heads[head]] in {"VERB", "AUX"}:
        # "s'est abstenu lors du vote de confiance à X": the parser hangs the noun on "lors"
        return not _possessed(ctx.doc[i])
    if view.pos[head] not in {"VERB", "AUX"}:
        return False
    token = ctx.doc[i]
    return not _possessed(token) and any(
        c.dep_ == "case" and cfold(c.text) in adjuncts for c in token.children
    )


def _reacted_to(ctx: Context, i: int, react: frozenset[str]) -> bool:
    """A verbal noun with no possessive after "à" or "de" of a verb of reacting ("a répondu aux
    sorties contre Y", "a réagi à la charge contre Y", "s'indigne de la diatribe contre Y"): a
    move the subject reacts to, not its own."""
    view = ctx.view
    if view.pos[i] != "NOUN" or not view.deps[i].startswith("obl"):
        return False
    head = ctx.doc[view.heads[i]]
    # (the tagger calls a reflexive "s'indigne" an adjective)
    words = {cfold(head.lemma_), cfold(head.text)}
    if head.pos_ not in {"VERB", "AUX", "ADJ"} or not words & react:
        return False
    token = ctx.doc[i]
    return not _possessed(token) and any(
        c.dep_ == "case" and cfold(c.text) in REACTED_CASES for c in token.children
    )


REACTED_CASES = DE_A | {"contre"}


def _possessed(token: Token) -> bool:
    """A noun with a possessive determiner ("ses désaccords", "son soutien")."""
    return any(c.dep_ == "det" and cfold(c.text) in POSSESSIVE_WORDS for c in token.children)


def _alike(ctx: Context, sent) -> list[End]:
    """ "X soutient Y, tout comme Z", "À l'instar de Z, X …": Z takes the same stance.

    Read once per sentence (every cue of the sentence asks; each caller gets its own list)."""
    key = ("alike", sent.start)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _read_alike(ctx, sent)
    return list(found)


def _read_alike(ctx: Context, sent) -> list[End]:
    folded = ctx.view.folded
    alike = ctx.lexicon.phrases["alike"]
    firsts = {phrase[0] for phrase in alike}
    found = []
    for j in range(sent.start, sent.end - 2):
        if folded[j] not in firsts or ctx.in_quote(j):
            continue
        for phrase in alike:
            k = j + len(phrase)
            if k < sent.end and tuple(folded[j:k]) == phrase:
                mention = ctx.at.get(k)
                if mention is not None and mention.start == k and mention.name:
                    found.append(end_of(mention))
    return found


# How far after its noun a participle naming the noun's author may come ("la charge lancée
# par X", "la diatribe très violente lancée par X").
MAX_NOUN_PARTICIPLE = 3


def _participle_agent(ctx: Context, i: int) -> End | None:
    """The actor a participle's agent names on a noun cue, or on the noun it completes: "la
    diatribe lancée par X contre Y", "une motion de censure déposée par X contre le
    gouvernement de Y". The one who made the act holds the stance, never the clause's subject
    who reports or judges it ("Z a commenté la charge lancée par X contre Y")."""
    if ctx.view.pos[i] != "NOUN":
        return None
    token = ctx.doc[i]
    nouns = [token]
    if token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.i < i:
        nouns.append(token.head)  # "une motion de censure déposée par X"
    for noun in nouns:
        for participle in noun.children:
            if (
                participle.dep_ != "acl"
                or not noun.i < participle.i <= noun.i + MAX_NOUN_PARTICIPLE
                or "Part" not in feature(participle, "VerbForm")
                or any(ctx.at.get(k) for k in range(noun.i + 1, participle.i))
            ):
                continue  # "candidat … face à X, désigné par P": the participle is X's
            for child in participle.children:
                mention = ctx.at.get(child.i)
                if (
                    child.dep_ == "obl:agent"
                    and mention is not None
                    and mention.name
                    and any(cfold(g.text) == "par" for g in child.children)
                ):
                    return end_of(mention)
    return None


ANNOUNCEMENT_NOUNS = grammar_words("rules", "announcement_nouns")


def _announcer(ctx: Context, i: int) -> End | None:
    """Who announced a stance noun told with a possessive: "l'annonce de X de son soutien à
    Y", "l'officialisation par X de son ralliement à Y". The possessive is the announcer's,
    named by the announcement noun's "de" or "par" before the stance noun."""
    token = ctx.doc[i]
    head = token.head
    if (
        ctx.view.pos[i] != "NOUN"
        or token.dep_ != "nmod"
        or not _possessed(token)
        or head.i >= i
        or cfold(head.lemma_) not in ANNOUNCEMENT_NOUNS
    ):
        return None
    for child in head.children:
        mention = ctx.at.get(child.i)
        if (
            head.i < child.i < i
            and mention is not None
            and mention.name
            and any(cfold(c.text) in HOLDER_OF | {"par"} for c in child.children)
        ):
            return end_of(mention)
    return None


def _noun_holder(ctx: Context, i: int, objects: list[Mention]) -> End | None:
    """The actor named by "de X" on a verbal noun cue, before its object: "le soutien de X"."""
    if ctx.view.pos[i] != "NOUN":
        return None
    limit = objects[0].start if objects else len(ctx.doc)
    deps = ctx.view.deps
    for j in ctx.children(i):
        mention = ctx.at.get(j)
        if (
            deps[j] == "nmod"
            and mention is not None
            and j < limit
            and any(cfold(c.text) in HOLDER_OF for c in ctx.doc[j].children)
        ):
            return end_of(_party_leader_named(ctx, mention))
    return _holder_after_modifiers(ctx, i, limit)


def _labelled_noun_end(ctx: Context, end: End, sent) -> bool:
    """An end read from a party that only labels a noun in the sentence ("le candidat UDF élu
    avec les voix du FN"): the candidate receives the votes, not the UDF."""
    return end.kind == "party" and any(
        m.name == end.name and _labels_a_noun(ctx, m.start, m.kind)
        for m in ctx.mentions_in(ctx.sent_of[sent.start])
    )


def _party_leader_named(ctx: Context, mention: Mention) -> Mention:
    """A party written with the person who leads it locally ("le renfort des Verts de X", "le
    soutien du PCF d'Y"): that person holds the support; any other mention stays itself."""
    k = mention.end
    if mention.kind != "party" or k + 1 >= len(ctx.doc) or ctx.view.folded[k] not in HOLDER_OF:
        return mention
    leader = ctx.at.get(k + 1)
    if leader is None or leader.kind != "person" or leader.start != k + 1:
        return mention
    return leader


def _elliptic_pairs(
    ctx: Context, i: int, sent, pairs: list[tuple[End, End, float]]
) -> list[tuple[End, End, float]]:
    """A second pair told by a demonstrative standing for the cue noun ("le ralliement de A à
    B et celui de C à D", "le soutien de A à B, puis celui de C à D"): right after the first
    object, a glue word, the demonstrative, "de" and a name, then the first object's own
    preposition and another name. Nothing else may stand in between."""
    view = ctx.view
    named = {b.name for _, b, _ in pairs}
    first = next((m for m in ctx.mentions if i < m.start < sent.end and m.name in named), None)
    if first is None:
        return []
    k = first.end
    while k < sent.end and (view.texts[k] == "," or view.folded[k] in ELLIPSIS_GLUE):
        k += 1
    if k + 2 >= sent.end or view.folded[k] not in STAND_INS or view.folded[k + 1] not in DE_FORMS:
        return []
    holder = ctx.at.get(k + 2)
    if holder is None or holder.start != k + 2:
        return []
    to = first.start - 1
    target = ctx.at.get(holder.end + 1)
    if (
        target is None
        or target.start != holder.end + 1
        or view.folded[holder.end] != view.folded[to]
        or holder.name == target.name
    ):
        return []
    weight = min(w for _, _, w in pairs)
    return [(end_of(holder), end_of(target), weight)]


def _ranked(ctx: Context, i: int, sent) -> bool:
    """ "Avec 8 %, le Nouveau Centre se place derrière X", "Le MoDem reste derrière X dans les
    sondages": a verb of position (``ranking_verbs``) with "derrière" after it, in a sentence
    that gives a score or a rank (``ranking_words``), places a list or a party in a result; it
    is no allegiance ("se range derrière X", "fait bloc derrière X" are not such verbs)."""
    view = ctx.view
    if view.folded[i] not in RANKING_VERBS and cfold(view.lemmas[i]) not in RANKING_VERBS:
        return False
    if not any(view.folded[k] in RANKING_PLACES for k in range(i + 1, min(sent.end, i + 4))):
        return False
    return any(
        view.folded[k] in RANKING_WORDS or cfold(view.lemmas[k]) in RANKING_WORDS
        for k in range(sent.start, sent.end)
    )


def _participle_on_a_listed_noun(
    ctx: Context, i: int, sent, pairs: list[tuple[End, End, float]]
) -> bool:
    """ "Le binôme écologiste exclu, A et B, a fait appel", "les deux conseillers évincés, A
    et B, …": a past participle on a noun that names no one, followed by a comma and the
    names the noun stands for. The participle tells what was done to all of them, by no one
    the sentence names; a pair read inside that list (A against B) is no act of one on the
    other."""
    view, token = ctx.view, ctx.doc[i]
    participle = "Part" in feature(token, "VerbForm") or token.pos_ == "ADJ"  # tagged either
    if not participle or token.dep_ not in {"amod", "acl"}:
        return False
    head = token.head
    if head.i >= i or head.pos_ != "NOUN" or ctx.at.get(head.i) is not None:
        return False
    k = i + 1
    while k < sent.end and view.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or view.texts[k] != ",":
        return False
    end = next((t for t in range(k + 1, sent.end) if view.pos[t] in {"VERB", "AUX"}), sent.end)
    listed = {m.name for m in ctx.mentions if k < m.start < end}
    return all(a.name in listed and b.name in listed for a, b, _ in pairs)


def _answers_another_head(ctx: Context, i: int, sent, pairs: list[tuple[End, End, float]]) -> bool:
    """ "Celui qui s'est incliné face à la candidate investie par LFI : X": a participle on a
    candidate noun (the ``invested_heads``) whose subject is read as the name after a later
    colon, when that name answers the phrase the candidate only completes (a relative clause
    or a preposition before it, ``membership_news.colon_answers_another``): X is the one who
    lost, not the one invested."""
    token = ctx.doc[i]
    view = ctx.view
    if token.dep_ != "acl" or view.folded[token.head.i] not in INVESTED_HEADS:
        return False
    colon = next((k for k in range(i + 1, sent.end) if view.texts[k] == ":"), None)
    if colon is None or not colon_answers_another(ctx, token.head.i, sent):
        return False
    after = {m.name for m in ctx.mentions if colon < m.start < sent.end}
    return all(a.name in after for a, _, _ in pairs)


def _put_as_choice(ctx: Context, i: int, sent, pairs: list[tuple[End, End, float]]) -> bool:
    """A stance noun's pair offered as one side of a choice ("le soutien de A à B ou celui de
    C à D", "soit le ralliement de A à B, soit celui de C à D"): right after the first
    object, a word of alternative (``choice_glue``) then a demonstrative standing for the
    noun, or such a word just before the noun's determiner that comes back after the
    object. An alternative asserts neither side."""
    view = ctx.view
    named = {b.name for _, b, _ in pairs}
    first = next((m for m in ctx.mentions if i < m.start < sent.end and m.name in named), None)
    if first is None:
        return False
    k = first.end
    glued = False
    while k < sent.end and (view.texts[k] == "," or view.folded[k] in CHOICE_GLUE):
        glued = glued or view.folded[k] in CHOICE_GLUE
        k += 1
    if not glued or k >= sent.end or view.folded[k] not in STAND_INS:
        return False
    opener = i - 1 - (view.pos[i - 1] == "DET")
    return view.folded[k - 1] not in CHOICE_OPENERS or (
        opener >= sent.start and view.folded[opener] in CHOICE_OPENERS
    )


def _received_noun(ctx: Context, i: int) -> bool:
    """The verbal noun cue at ``i`` is the object of a verb of receiving ("engrange les
    soutiens", "a obtenu un appui"): its holder is the giver, never the clause's subject."""
    token = ctx.doc[i]
    return (
        ctx.view.pos[i] == "NOUN"
        and token.dep_ == "obj"
        and (
            cfold(token.head.lemma_) in ctx.lexicon.lists["receive"]
            or cfold(token.head.text) in ctx.lexicon.lists["receive"]
        )
        # "l'élue lui a assuré son soutien": a support given to the one a dative clitic
        # before the verb stands for, not received ("engrange lui aussi un soutien" receives)
        and not dative_before(token.head)
    )


# Words that leave a judgement unsaid between its verb and its evaluative word.
JUDGEMENT_BREAKS = grammar_words("rules", "judgement_breaks")
# Demonstratives standing for a noun just written: "un soutien de poids : celui de Y".
STAND_INS = grammar_words("descriptions", "demonstratives")
# Words that may join a stance noun's pair to a second one told by a demonstrative.
ELLIPSIS_GLUE = grammar_words("rules", "ellipsis_glue")
# Words that make a second pair told by a demonstrative an alternative to the first.
CHOICE_GLUE = grammar_words("rules", "choice_glue")
CHOICE_OPENERS = grammar_words("rules", "choice_openers")
RANKING_VERBS = grammar_words("rules", "ranking_verbs")
RANKING_WORDS = grammar_words("rules", "ranking_words")
RANKING_PLACES = grammar_words("rules", "ranking_places")
NOT_THIS_ONE = grammar_words("descriptions", "negation_words")


def _stand_in_holder(ctx: Context, i: int, sent) -> End | None:
    """The giver of a received support named on a demonstrative after the noun, within a few
    words ("un soutien de poids : celui de Y", "un appui, celui de la maire sortante, Y")."""
    view = ctx.view
    for k in range(i + 1, min(sent.end - 2, i + 12)):
        if view.folded[k] not in STAND_INS:
            continue
        start = k + 2
        if view.folded[k + 1] not in {"de", "du", "d"} or view.folded[k - 1] in NOT_THIS_ONE:
            return None  # "des soutiens, mais pas celui de Y": Y's is the one missing
        for mention in ctx.mentions:
            if mention.start < start or mention.start >= sent.end:
                continue
            direct = mention.start == start
            described = description_start(ctx, start, mention.start, set()) == start
            if mention.kind == "person" and (direct or described):
                return end_of(mention)
            return None
        return None
    return None


HOLDER_OF = grammar_words("rules", "holder_of")
HOLDER_LINKS = grammar_words("rules", "holder_links")


def _co_holders(ctx: Context, i: int, holder: End, sent) -> list[End]:
    """The holders listed after the first: "le soutien de X, de Y et de Z", "de X, Y et Z"."""
    first = next(
        (m for m in ctx.mentions if i < m.start < sent.end and m.name == holder.name), None
    )
    if first is None:
        return []
    found: list[End] = []
    j = _after_incise(ctx, first.end, sent)
    while j < sent.end:
        k = j
        while k < sent.end and ctx.view.folded[k] in HOLDER_LINKS | {""} and ctx.at.get(k) is None:
            k += 1
        links = {ctx.view.texts[x] for x in range(j, k)}
        mention = ctx.at.get(k)
        listed = labelled_names(ctx, k, sent.end) if mention is None and "et" in links else []
        if listed:  # "de X et des députés Y et Z"
            found += [end_of(m) for m in listed if m.name != holder.name]
            break
        if mention is None and "et" in links:  # "et du maire de Grenoble Y"
            mention = _described_name(ctx, k, sent.end)
        if not links & {",", "et"} or mention is None or mention.start < k or not mention.name:
            break
        if mention.kind not in {"person", "party"}:
            break
        found.append(end_of(mention))
        j = mention.end
        if "et" in links:
            break  # the last of the list
    return found


def _after_incise(ctx: Context, j: int, sent) -> int:
    """Past an incise that closes right before "et" (", venu la veille, et du maire …"): the
    comma before "et"; ``j`` itself when there is none, or when it names a person."""
    view = ctx.view
    if j >= sent.end or view.texts[j] != ",":
        return j
    for k in range(j + 1, min(sent.end - 1, j + 14)):
        mention = ctx.at.get(k)
        if mention is not None and mention.kind == "person":
            return j
        if view.texts[k] in {";", ":", "."} or view.folded[k] == "et":
            return j
        if view.texts[k] == "," and view.folded[k + 1] == "et":
            return k
    return j


# The words between "avec" / "grâce" and the support noun ("grâce à l'appui de Y").
RECEIVED_OPENERS = grammar_words("rules", "received_openers")


def _fronted_receivers(ctx: Context, i: int, sent) -> list[End]:
    """Who gets the stance a noun at ``i`` names, when that noun and its holder open the
    sentence in an adjunct: "Fort du soutien de X, Y se lance", "Face aux critiques de X, Y
    hausse le ton", "Malgré l'hostilité de X, la maire Y maintient sa liste" (the main
    clause's subject gets X's stance). Only after openers of receiving (``[rules]
    fronted_receivers``: never "après", which only dates someone else's move) and only when the
    noun names no target of its own before the comma ("face aux critiques de X contre Z")."""
    view = ctx.view
    first = sent.start
    # "Visée par", "Irritée par", "Échaudé par les attaques de X, Y …": any participle + "par"
    participle = (
        first + 1 < sent.end
        and view.folded[first + 1] == "par"
        and (
            "Part" in feature(ctx.doc[first], "VerbForm")
            or view.folded[first].endswith(PARTICIPLE_ENDS)
        )
    )
    if not participle and not any(
        tuple(view.folded[first : first + len(p)]) == p for p in FRONTED_OPENERS
    ):
        return []
    comma = next((k for k in range(sent.start, sent.end) if view.texts[k] == ","), None)
    if comma is None or not sent.start < i < comma:
        return []
    if any(view.folded[k] in OWN_TARGET_WORDS for k in range(i + 1, comma)):
        return []
    for k in range(comma + 1, min(sent.end, comma + 5)):
        mention = ctx.at.get(k)
        if mention is None:
            if view.pos[k] in {"DET", "NOUN", "ADJ"}:
                continue  # "la maire Y", "l'ancien ministre Y"
            return []
        token = ctx.doc[k]
        heads = (token.dep_, token.head.dep_ if token.dep_ == "appos" else "")
        return [end_of(mention)] if any(d in SUBJECT_DEPS for d in heads) else []
    return []


def _received_with(ctx: Context, i: int, sent, subjects: list[End]) -> list[End]:
    """Who receives the support named by "avec le soutien de Y" at ``i``: "X a présenté sa
    liste avec le soutien de Y", "X a été réélu grâce à l'appui de Y" (the subject of the verb
    the phrase completes, whatever that verb), "X, investi mardi avec le soutien de Y, …"
    (the person a participle describes, where the parser hangs the phrase on the name). As
    far as that verb asserts it: not an election won long ago ("élu en 2002 avec le soutien
    de Y", in a later article: a tie of the past), nor one hoped for ("espère être élu avec
    le soutien de Y")."""
    token = ctx.doc[i]
    folded = ctx.view.folded
    k = i - 1
    while k > i - 4 and k > 0 and folded[k] in RECEIVED_OPENERS:
        k -= 1  # "avec le", "grâce au", "grâce à l'", "avec son"
    if k == i - 1 or folded[k] not in ctx.lexicon.lists["received_by"]:
        return []
    head = token.head
    if head.pos_ != "VERB":
        mention = ctx.at.get(head.i)
        participle = next(
            (
                c
                for c in head.children
                if c.dep_ == "acl" and c.i < i and "Part" in feature(c, "VerbForm")
            ),
            None,
        )
        if mention is None or mention.kind != "person" or participle is None:
            return []
        head, subjects = participle, [end_of(mention)]
    if dated_before_article(ctx, head) or not _asserted(ctx, head, sent):
        return []
    return subjects


def _asserted(ctx: Context, token: Token, sent) -> bool:
    """The verb at ``token`` states a fact: no negation, condition, hope, denial, question,
    request or past background governs it."""
    mod = modality(ctx, token.i, sent)
    flags = (
        mod.negated,
        mod.deny,
        mod.refuse,
        mod.tempt,
        mod.attempt,
        mod.courtesy,
        mod.request,
        mod.hypothetical,
        mod.question,
        mod.unasserted,
        mod.past,
        mod.dated,
        mod.conditional and not mod.reported,
    )
    return not any(flags)


WEIGHT_WORDS = grammar_words("rules", "weight_words")
PRONOUN_HOLDERS = grammar_words("rules", "pronoun_holders")


UNRESERVED = grammar_words("rules", "unreserved")


def _holder_after_modifiers(ctx: Context, i: int, limit: int) -> End | None:
    """The holder written after the noun's modifiers, which the parser hangs elsewhere: "le
    soutien appuyé de X", "un soutien officiel de X", "un soutien de poids, celui de X". A "de"
    is a weight word only before one ("de poids"): "le ralliement de l'ancienne ministre X"
    opens the holder."""
    view = ctx.view
    sent_end = ctx.sents[ctx.sent_of[i]].end
    j = i + 1
    while j < min(limit, sent_end, i + 5) and (
        view.pos[j] == "ADJ"
        or _degree_adverb(ctx, j)  # "le soutien très clair de X"
        or "Part" in feature(ctx.doc[j], "VerbForm")
        or (
            view.folded[j] in WEIGHT_WORDS
            and ctx.at.get(j + 1) is None
            and (view.folded[j] != "de" or view.folded[j + 1] in WEIGHT_WORDS)
        )
        or (view.folded[j] == "sans" and view.folded[j + 1] in UNRESERVED)  # "sans réserve"
        or (view.folded[j - 1] == "sans" and view.folded[j] in UNRESERVED)
    ):
        j += 1
    if j < sent_end and view.texts[j] == ",":
        after = aside_end(ctx, j, min(limit, sent_end))  # "le soutien, manifesté par …, de X"
        j = after if after is not None and view.folded[after] in HOLDER_OF | {"des"} else j
    skipped = j > i + 1
    if j + 2 < sent_end and view.texts[j] == "," and view.folded[j + 1] in PRONOUN_HOLDERS:
        j += 2  # ", celui de X"
    listed = labelled_names(ctx, j, min(limit, sent_end))  # "le soutien des députés A et B"
    if listed:
        return end_of(listed[0])
    if j + 1 >= min(limit, sent_end) or view.folded[j] not in HOLDER_OF:
        return None
    body = _party_body_holder(ctx, j + 1, min(limit, sent_end))
    if body is not None:  # "l'appoint décisif des quinze élus du FN": the party's
        return body
    mention = ctx.at.get(j + 1)
    if mention is None:  # "le soutien appuyé du patron des Verts X": a role, then the name
        described = _described_name(ctx, j + 1, min(limit, sent_end))
        return end_of(described) if described is not None else None
    if not skipped or mention.start != j + 1 or not mention.name:
        return None  # nothing skipped: the parse already had its chance
    return end_of(mention)


def _party_body_holder(ctx: Context, k: int, limit: int) -> End | None:
    """The party whose elected members or group hold a support noun, as one body: "avec
    l'appoint des (quinze) élus du FN", "grâce aux voix des conseillers du PCF" (a number,
    then a group noun, then the party as its complement). None for anything else."""
    view = ctx.view
    if k < limit and view.pos[k] == "NUM":
        k += 1
    if k + 2 > limit or view.folded[k] not in ctx.lexicon.lists["group"]:
        return None
    if view.folded[k + 1] not in HOLDER_OF:
        return None
    mention = ctx.at.get(k + 2)
    if mention is None or mention.kind != "party" or mention.start != k + 2:
        return None
    return end_of(mention)


def _degree_adverb(ctx: Context, j: int) -> bool:
    """An adverb grading the adjective after it ("très", "plutôt", "bien"), never a negation."""
    view = ctx.view
    return (
        view.pos[j] == "ADV"
        and j + 1 < len(view.pos)
        and view.pos[j + 1] in {"ADJ", "ADV"}
        and view.folded[j] not in NEGATORS | {"plus"}
    )


DESCRIPTION_LINKS = grammar_words("rules", "description_links")


def _described_name(ctx: Context, k: int, end: int) -> Mention | None:
    """The person named after a role written out ("du patron des Verts X", "du maire (EELV) de
    Grenoble X"): the role must open it, nouns, adjectives and parties may follow, never a verb
    or a second person. A party's label used as a noun names the person right after it ("du
    communiste X", "de l'écologiste X"), and only that one."""
    view = ctx.view
    former = ctx.lexicon.lists["former"]
    while k < end and (view.pos[k] == "DET" or view.folded[k] in former):
        k += 1  # "de l'ancien ministre X"
    if k >= end or ctx.at.get(k) is not None:
        return None
    if not _describes_a_person(ctx, k):
        named = ctx.at.get(k + 1)
        labelled = (
            ctx.party_by_adjective(view.texts[k]) is not None
            and named is not None
            and named.start == k + 1
            and named.kind == "person"
            and named.source in WRITTEN_SOURCES
        )
        return named if labelled else None
    for x in range(k + 1, min(end, k + 8)):
        mention = ctx.at.get(x)
        if mention is not None and mention.kind == "party":
            continue
        if mention is not None:
            usable = (
                mention.start == x
                and mention.kind == "person"
                and mention.source in WRITTEN_SOURCES
            )
            return mention if usable else None
        if view.folded[x] in DESCRIPTION_LINKS or view.texts[x] in DESCRIPTION_LINKS:
            continue
        if view.pos[x] not in {"NOUN", "ADJ", "PROPN", "DET"}:
            return None
    return None


CLITIC_OBJECTS = {"le": ("m", ()), "la": ("f", ()), "l": (None, ()), "lui": (None, ("a",))}


def _requested_infinitive(ctx: Context, token: Token) -> bool:
    """Whether an infinitive introduced by "de"/"à" (clitics between) follows a verb of asking
    earlier in its sentence, whatever the parser hung it on: the clitic in "a proposé aux élus
    de droite, qui hésitent, de le rejoindre" is the one who asks."""
    view = ctx.view
    if "Inf" not in feature(token, "VerbForm"):
        return False
    k = token.i - 1
    while k > 0 and view.folded[k] in CLITIC_OBJECTS:
        k -= 1
    if view.folded[k] not in {"de", "d", "a"}:
        return False
    start = ctx.sents[ctx.sent_of[token.i]].start
    request = ctx.lexicon.lists["request"]
    return any(view.pos[j] == "VERB" and view.lemmas[j] in request for j in range(start, k))


def _clitic_object(
    ctx: Context,
    token: Token,
    cue: VerbCue,
    s: int,
    subject: End,
    co_subjects: frozenset[str] = frozenset(),
) -> End | None:
    """ "Il lui a tendu la main", "elle le soutient": the one other person the object pronoun
    can stand for (``object_antecedent``), or nothing, said in ``--explain``. A name listed
    with the subject is no antecedent ("A et B l'ont lâchée": neither A nor B).

    Not under a request ("invite les électeurs à le rejoindre"): there the clitic is the one
    who asks, and the one asked is who would join."""
    if token.dep_ == "xcomp" and cfold(token.head.lemma_) in ctx.lexicon.lists["request"]:
        return None
    if _requested_infinitive(ctx, token):
        return None  # "a proposé aux élus « qui refusent … » de le rejoindre": parsed elsewhere
    verb = token
    if token.pos_ == "NOUN" and token.dep_ == "obj" and token.head.pos_ == "VERB":
        verb = token.head  # "il lui a apporté son soutien": the dative hangs on the verb
    # (both readings take a dependent among the three words before the verb: only those
    # become Tokens)
    for child in (ctx.doc[j] for j in ctx.children(verb.i) if verb.i - 3 <= j < verb.i):
        word = cfold(child.text)
        bound = ctx.at.get(child.i)
        if (  # "X vous invite à …" in an interview's question, "il m'a soutenu" in a quote
            bound is not None
            and bound.kind == "person"
            and bound.name
            and bound.name != subject.name
            and verb.i - 3 <= child.i < verb.i
            and (child.dep_ in {"obj", "iobj"} or _second_subject(verb, child))
            and (() in cue.objects or ("a",) in cue.objects)
        ):
            return End(bound.name, "person", bound.confidence)
        if (
            verb.i - 3 <= child.i < verb.i
            and (verb is token or word == "lui")
            and _object_pronoun(child)
            and word in CLITIC_OBJECTS
            and (word != "lui" or child.dep_ != "nsubj" or child.lower_ == "lui")
            and CLITIC_OBJECTS[word][1] in cue.objects
            and not ctx.in_quote(child.i)
            and not _stressed(ctx, child.i)
        ):
            exclude = frozenset({subject.name, *_members(ctx, subject), *co_subjects})
            name, reason = object_antecedent(ctx, child.i, s, CLITIC_OBJECTS[word][0], exclude)
            if name is None:
                refusal = (s, f"{child.text} {token.text}", "object pronoun", reason)
                if refusal not in ctx.trace.unbound:
                    ctx.trace.refuse(*refusal)
            return End(name, "person", 0.6) if name else None
    return None


def _second_subject(verb: Token, child: Token) -> bool:
    """A pronoun the parser made a second subject of a verb that has one already ("X vous
    invite": "vous" is then the object)."""
    return child.dep_ in SUBJECT_DEPS and any(
        c.dep_ in SUBJECT_DEPS and c.i < child.i for c in verb.children
    )


def _object_pronoun(child: Token) -> bool:
    """Whether a "le"/"la"/"l'"/"lui" hung on the verb is an object pronoun: as the parser
    says, or a "determiner" of the verb itself or a determiner-tagged object ("Le PS la
    soutient" is often parsed so: a verb takes no determiner, so the word can only be the
    pronoun)."""
    if child.dep_ == "det":
        return child.head.pos_ in {"VERB", "AUX"}
    return child.pos_ in {"PRON", "DET"} and child.dep_ in {
        "obj",
        "iobj",
        "obl:arg",
        "nsubj",
        "dep",
        "expl:comp",
    }


def _stressed(ctx: Context, i: int) -> bool:
    """ "Paul Martin a lui aussi apporté son soutien à X": a stressed pronoun echoing the subject
    ("lui aussi", "lui non plus", "lui-même", "lui seul"), which stands for no object."""
    following = ctx.view.folded[i + 1] if i + 1 < len(ctx.view.folded) else ""
    return following in ctx.lexicon.lists["stressed_echo"]


def _members(ctx: Context, subject: End) -> tuple[str, ...]:
    """The persons a group subject stands for ("les deux hommes la soutiennent")."""
    if subject.group is None:
        return ()
    for m in ctx.mentions:
        if m.name == subject.name and "group" in m.details:
            return m.details["group"]
    return ()


def _running_mate_of(
    ctx: Context, i: int, last: int, s: int, subject: End, cue: VerbCue
) -> End | None:
    """Whom the possessive of a running mate's place stands for ("Y sera sa première
    adjointe", "la deuxième place de sa liste"): the one person other than Y named in the
    sentence or the one before (``sole_candidate``, as for "à ses côtés"). Only for a place
    the clause gives its subject (a predicate: "sera son adjoint", "devient sa numéro deux",
    "occupe la troisième place"), never for one that is a subject, an apposition or a noun's
    complement ("sa numéro deux, Y, a dit …", "les propos de son suppléant"), nor for a
    party's place (a person runs beside a person)."""
    token = ctx.doc[i]
    # a role must be the clause's predicate; a place read with its list (« en position
    # éligible sur sa liste ») may also be the verb's adjunct, never "tend la main à son adjoint"
    roles = PREDICATE_DEPS | (ADJUNCT_DEPS if cue.with_words else frozenset())
    predicate = any(c.dep_ == "cop" for c in token.children) or (
        token.dep_ in roles and token.head.pos_ in {"VERB", "AUX"}
    )
    if subject.kind != "person" or not predicate:
        return None
    sent = ctx.sents[s]
    for k in range(max(sent.start, i - 3), min(sent.end, last + 1)):
        if ctx.view.folded[k] in POSSESSIVE_DETERMINERS:  # one possessor: "son", "sa"
            name = sole_candidate(ctx, k, s, frozenset({subject.name}))
            if name is None:
                words = f"{ctx.doc[k].text} {token.text}"
                ctx.trace.refuse(s, words, "possessive", "no single candidate")
            return End(name, "person", 0.7) if name else None
    return None


def names_of(ends: list[End]) -> frozenset[str]:
    """The names of some ends, as a set to exclude."""
    return frozenset(e.name for e in ends)


def _targets(
    ctx: Context,
    i: int,
    last: int,
    cue: VerbCue,
    s: int,
    sent,
    discourse: Discourse,
    subject: End,
    objects: list[Mention],
    co_subjects: frozenset[str] = frozenset(),
) -> tuple[list[End], float]:
    """The objects, or the implicit one: the inviter answered, the owner of what is denounced,
    or the author of the move just reported. ``co_subjects``, the names sharing the verb, are
    never what its object pronoun stands for."""
    if objects:
        return [end_of(m) for m in objects], 1.0
    token = ctx.doc[i]
    if cue.possessor:  # "Y sera sa première adjointe": the one other person "sa" stands for
        mate_of = _running_mate_of(ctx, i, last, s, subject, cue)
        return ([mate_of], 0.7) if mate_of is not None else ([], 0.0)
    listed = _objects_before_noun(ctx, token, cue)
    if listed:  # "a adressé à X, à Y et à Z un appel à l'union"
        return listed, 0.9
    authors = _offer_authors(ctx, i, last, sent) if cue.relation == REL.REJECTS else []
    if authors:  # "a refusé l'alliance proposée par X": X made what was refused
        return [end_of(m) for m in authors if m.name != subject.name], 0.9
    antecedent = ctx.at.get(token.head.i)
    if (
        () in cue.objects  # "Manuel Valls, que soutient X": the relative pronoun is the object
        and antecedent is not None
        and any(
            c.dep_ == "obj" and cfold(c.text) in {"que", "qu"} and "Rel" in feature(c, "PronType")
            for c in token.children
        )
    ):
        return [end_of(antecedent)], 0.9
    relative = relative_object(ctx, i, cue)  # "X, qu'il accuse de …", "X, dont il critique …"
    if relative is not None and relative.name != subject.name:
        return [end_of(relative)], 0.9
    named = _candidacy_named_before(ctx, i, last, s) if cue.relation == REL.REJECTS else None
    if named is not None and named.name != subject.name:
        return [named], 0.7  # "…, rejetant de facto cette candidature": the one just named
    if cue.relation == REL.REJECTS and censure_motion_in(ctx, last + 1, min(sent.end, last + 6)):
        return [], 0.0  # "a rejeté la motion de censure contre le gouvernement de Y": spared
    if cue.relation == REL.REJECTS:
        found, doer = _act_agent(ctx, i, last, sent)
        if found:  # "déplore la destruction de la gauche par X": X did what is blamed
            if doer is None or doer.name == subject.name:
                return [], 0.0  # "l'agression de Y par des militants": Y is no target
            return [end_of(doer)], 0.8
    owner = _owner(ctx, last, sent, subject) if cue.owner else None
    if owner is not None:  # a named owner beats any implicit object
        return [end_of(owner)], 0.8
    if cue.relation in {REL.SUPPORTS, REL.REJECTS, REL.TEMPTED_BY}:
        head = government_head(ctx, last + 1, min(sent.end, last + 9))
        if head is not None:
            return [head], 0.6
    if cue.orphan:
        # an offer made to one's party is answered only by a refusal with no complement
        # ("a décliné l'offre."), not by "a fermé la porte à <someone unnamed>"
        bare = last + 1 >= sent.end or ctx.view.pos[last + 1] != "ADP"
        if cue.relation == REL.TEMPTED_BY:  # "Y hésite": only a fresh offer by one actor
            inviter = answered_offer(ctx, discourse, subject.name, i, s, sent)
        else:
            inviter = discourse.inviter_of(subject.name, via_party=bare)
        if inviter is not None and subject.group is not None and cue.negated == REL.TEMPTED_BY:
            # "L'écologiste n'a pas fermé la porte": a door left open is one person's
            # temptation, too weak to lend to a whole party named by a group word
            inviter = None if modality(ctx, i, sent).negated else inviter
        if inviter is not None:
            return [inviter], 0.7
    clitic = _clitic_object(ctx, token, cue, s, subject, co_subjects)
    if clitic is not None:
        return [clitic], 0.6
    possessor = _possessor(ctx, i, last, s, subject)
    if possessor is not None:
        return [possessor], 0.6
    if not cue.owner:
        return [], 0.0
    if ctx.doc[i].pos_ == "VERB" and subject.kind == "person" and _denounces_a_move(ctx, i, sent):
        exclude = {subject.name, *discourse.allies.get(subject.name, ())}
        name = discourse.recent_actor(s, exclude)
        if name is not None:
            kind = ctx.entities[name].kind if name in ctx.entities else "person"
            return [End(name, kind, 0.6)], 0.6
    return [], 0.0


# How far after a blaming cue the "par" of the blamed act's agent may come ("dénonce la mise
# au pas de la fédération départementale par X").
MAX_ACT_AGENT = 12


def _act_agent(ctx: Context, i: int, last: int, sent) -> tuple[bool, Mention | None]:
    """The agent of the act a blaming cue's object names, told with "par": "déplore la
    destruction de la gauche par X", "fustige la mise à l'écart des élus par X", "condamne le
    sabotage de l'accord par le PS". Only a noun phrase with no verb, punctuation or other
    clause between the cue and "par" ("dénonce les menaces reçues par Y": Y did nothing).
    Returns whether such a "par" was found, and the actor it names (None when it names
    nobody: "l'agression de Y par des militants" blames no Y). The cue heads its clause and
    its object opens on a determiner: "la main tendue lundi par X" is a participle on a noun,
    no blame of an act."""
    view = ctx.view
    if ctx.doc[i].dep_ in {"acl", "amod"}:
        return False, None
    start, times = last + 1, ctx.lexicon.lists["time_words"]
    while start < sent.end and (view.pos[start] == "ADV" or view.folded[start] in times):
        start += 1  # "a vivement dénoncé mardi la …"
    if start >= sent.end or view.pos[start] != "DET":
        return False, None
    stop = min(sent.end - 1, start + MAX_ACT_AGENT)
    noun = False
    for k in range(start, stop):
        if view.puncts[k] and view.folded[k] not in {"", "l", "d"}:
            return False, None
        if view.pos[k] in {"VERB", "AUX"}:
            return False, None
        if view.folded[k] == "par":
            if not noun:
                return False, None
            j = k + 1 + (view.pos[k + 1] == "DET")
            return True, ctx.at.get(j) or ctx.at.get(k + 1)
        if ctx.at.get(k) is None and view.pos[k] == "NOUN" and not person_noun(ctx, k):
            noun = True
    return False, None


def _candidacy_named_before(ctx: Context, i: int, last: int, s: int) -> End | None:
    """The person whose candidacy "cette candidature" among a cue's words refers back to: the
    one person named with a candidacy noun in this sentence (before the cue) or the one before
    ("la candidature de X", "X, candidat …", "la candidate X"); none when two are."""
    lists, view = ctx.lexicon.lists, ctx.view
    nouns = lists["candidacy_nouns"]
    if not any(
        view.folded[k] in nouns and view.folded[k - 1] in lists["anaphoric_determiners"]
        for k in range(i + 1, last + 1)
    ):
        return None
    begin = ctx.sents[max(0, s - 1)].start
    names: dict[str, Mention] = {}
    for m in ctx.mentions:
        if not begin <= m.start < i or m.kind != "person" or not m.name:
            continue
        before = [view.folded[k] for k in range(max(begin, m.start - 2), m.start)]
        after = [view.folded[k] for k in range(m.end, min(i, m.end + 6))]
        own = any(  # "X a déposé / maintient sa candidature"
            after[k] in nouns and after[k - 1] in POSSESSIVE_WORDS for k in range(1, len(after))
        )
        if (
            (before and before[-1] in nouns)
            or (len(before) == 2 and before[0] in nouns and before[1] in {"de", "d"})
            or (after[:1] == [""] and after[1:2] and after[1] in nouns)
            or own
        ):
            names[m.name] = m
    return end_of(next(iter(names.values()))) if len(names) == 1 else None


DATIVES = frozenset({"a", "au", "aux"})


def _objects_before_noun(ctx: Context, token: Token, cue: VerbCue) -> list[End]:
    """The addressees a carrying verb puts before a noun cue: "adresser à X, à Y et à Z un
    appel à l'union" (each one introduced by "à")."""
    if token.pos_ != "NOUN" or (token.i and ctx.view.pos[token.i - 1] == "AUX"):
        return []  # "quand X a milité pour …": a participle the tagger took for a noun
    head = token.head
    if head.pos_ != "VERB" or not head.i < token.i:  # the parser may hang the noun on a name
        carry = ctx.lexicon.lists["carry"]
        verbs = [
            k
            for k in range(ctx.sents[ctx.sent_of[token.i]].start, token.i)
            if ctx.view.pos[k] == "VERB"
        ]
        if not verbs or ctx.view.lemmas[verbs[-1]] not in carry:
            return []
        head = ctx.doc[verbs[-1]]
    if not any(len(p) == 1 and p[0] in DATIVES for p in cue.objects):  # not "aux côtés de"
        return []
    found: list[End] = []
    j = head.i + 1
    while j < token.i:
        mention = ctx.at.get(j)
        if mention is not None and mention.start == j and ctx.view.folded[j - 1] in DATIVES:
            if mention.end > token.i:
                return []
            found.append(end_of(mention))
            j = mention.end
            continue
        j += 1
    return found


def _possessor(ctx: Context, i: int, last: int, s: int, subject: End) -> End | None:
    """ "nous serons à ses côtés", "réclame son exclusion": a possessive among the cue's own
    words before a side or an ouster noun stands for the one other person named before it (in
    the same quotation when the cue is quoted)."""
    folded = ctx.view.folded
    owned = SIDE_WORDS | ctx.lexicon.lists["ousting"]
    if not any(
        folded[k] in POSSESSIVE_WORDS and folded[k + 1] in owned for k in range(i + 1, last)
    ):
        return None  # "à ses côtés", "sa démission", not "prendre ses distances"
    if not ctx.in_quote(i):
        name = sole_candidate(ctx, i, s, frozenset({subject.name}))
        return End(name, "person", 0.6) if name else None
    quote = ctx.quote_of[i]
    names = {
        m.name
        for m in ctx.mentions
        if m.start < i
        and ctx.quote_of[m.start] == quote
        and m.kind == "person"
        and m.name != subject.name
        and not m.details.get("first_person")
    }
    return End(names.pop(), "person", 0.6) if len(names) == 1 else None


def _denounces_a_move(ctx: Context, i: int, sent) -> bool:
    """The object is someone's move, unnamed ("« un manquement à la parole donnée »"): no actor
    after the cue, and a word for a political move in the words right after it."""
    if any(ctx.at.get(j) is not None for j in range(i + 1, sent.end)):
        return False
    moves = ctx.lexicon.lists["moves"]
    view = ctx.view
    return any(
        view.folded[j] in moves or view.lemmas[j] in moves
        for j in range(i + 1, min(sent.end, i + 9))
    )


# --- phrase rules -----------------------------------------------------------------------------


def group_members(ctx: Context, s: int, sent) -> list[Found]:
    """ "X et ses proches (A, B) quittent …", "des personnes proches de X, tels que A et B",
    "les fidèles de X, dont A, …": a plural noun of allegiance (``[lists] allegiance_groups``)
    whose owner is the person after "de" or, after "ses"/"leurs", the closest person named
    before it, and whose members the text lists right after it, in parentheses or after an
    example word (``group_examples``): each member SUPPORTS the owner. Also "le député et
    proche de X Y" (``allegiance_nouns``): the name right after X is X's close one. One pass
    over the sentence; a former group ("ses anciens proches") says nothing of today."""
    lists, view = ctx.lexicon.lists, ctx.view
    found: list[Found] = []
    for j in range(sent.start, sent.end):
        word = view.folded[j]
        if word not in lists["allegiance_groups"] and word not in lists["allegiance_nouns"]:
            continue
        if ctx.in_quote(j) or (j > sent.start and view.folded[j - 1] in lists["former"]):
            continue
        owner, k = _group_owner(ctx, j, sent)
        if owner is None:
            continue
        if word in lists["allegiance_nouns"]:
            named = ctx.at.get(k)  # "proche de X Y": Y written right after X, no comma
            singular = k > j + 2 and view.folded[j - 1] in {"et", "le", "la", "l"}
            members = [named] if singular and named is not None and named.start == k else []
        else:
            members = _listed_members(ctx, k, sent)
        for member in members:
            if member.kind == "person" and member.name != owner.name:
                cue = span_text(view, j, k)
                found.append(Found(end_of(member), REL.SUPPORTS, owner, cue, s, 0.8))
    return found


def _group_owner(ctx: Context, j: int, sent) -> tuple[End | None, int]:
    """Whose group the noun at ``j`` is, and where its members' list may start: the person
    after "de" ("proches de X"), else the closest person before "ses"/"leurs" ("X et ses
    proches"), with the sentence's quotation side kept."""
    view = ctx.view
    k = j + 1
    if k + 1 < sent.end and view.folded[k] in {"de", "du", "d"}:
        named = ctx.at.get(k + 1)
        if named is not None and named.kind == "person" and named.start == k + 1:
            return end_of(named), named.end
        return None, k
    if j - 1 <= sent.start or view.folded[j - 1] not in ctx.lexicon.lists["group_possessives"]:
        return None, k
    before = [
        m for m in ctx.mentions if sent.start <= m.start and m.end <= j - 1 and m.kind == "person"
    ]
    if not before or ctx.in_quote(before[-1].start):
        return None, k
    return end_of(before[-1]), k


def _listed_members(ctx: Context, k: int, sent) -> list[Mention]:
    """The persons a group noun lists from token ``k``: "(A, B)" closed right after the last
    name, or ", tels que A et B" ended by a punctuation mark ("…, dont A a dit" is a relative
    clause, not an example). Only names, commas and "et" in the list."""
    view = ctx.view
    if k < sent.end and view.texts[k] == "(":
        close = ")"
        k += 1
    else:
        close = None
        if k < sent.end and view.texts[k] == ",":
            k += 1
        words = words_from(ctx, k, min(sent.end, k + 4))
        opened = next(
            (
                at
                for phrase in ctx.lexicon.phrases["group_examples"]
                if (at := phrase_at(words, phrase, 1)) is not None
            ),
            None,
        )
        if opened is None:
            return []
        k = opened
    members: list[Mention] = []
    while k < sent.end:
        named = ctx.at.get(k)
        if named is None or named.start != k:
            return []
        members.append(named)
        k = named.end
        if k + 1 < sent.end and view.folded[k] == "et":
            k += 1
            continue
        if k + 1 < sent.end and view.texts[k] == "," and ctx.at.get(k + 1) is not None:
            k += 1  # "A, B et C"; a comma before anything else closes the list
            continue
        break
    if k >= sent.end:
        return []
    if close is not None:
        return members if view.texts[k] == close else []
    return members if view.puncts[k] else []


def phrase_claims(ctx: Context, s: int, sent) -> list[Found]:
    """ "X est une possibilité" (speaker TEMPTED_BY X), "mon candidat, c'est X" (SUPPORTS);
    a person's close ones listed by name (``group_members``)."""
    found: list[Found] = group_members(ctx, s, sent)
    doc = ctx.doc
    for m in ctx.mentions_starting_in(s):
        if not ctx.in_quote(m.start):
            continue
        quote = ctx.quotes[ctx.quote_of[m.start]]
        if quote.speaker is None or m.details.get("first_person") or m.name == quote.speaker:
            continue
        speaker = End(quote.speaker, "person", quote.confidence)
        words = words_from(ctx, m.end, min(sent.end, m.end + 6))
        if words and words[0][0] in ctx.lexicon.lists["copulas"]:
            rest = [w for w, _ in words[1:4] if w not in DETERMINERS]
            if rest and rest[0] in ctx.lexicon.lists["option"]:
                found.append(
                    Found(
                        speaker,
                        REL.TEMPTED_BY,
                        end_of(m),
                        doc[m.end : m.end + 3].text,
                        s,
                        0.8 * speaker.confidence,
                    )
                )
        before = words_from(ctx, max(sent.start, m.start - 6), m.start)
        text = " ".join(w for w, _ in before)
        for phrase in ctx.lexicon.phrases["my_candidate"]:
            if " ".join(phrase) in text and (text.endswith("c est") or text.endswith("est")):
                found.append(
                    Found(
                        speaker,
                        REL.SUPPORTS,
                        end_of(m),
                        " ".join(phrase),
                        s,
                        0.85 * speaker.confidence,
                    )
                )
                break
    found += _option_for(ctx, s, sent)
    found += _verbless_refusals(ctx, s, sent)
    found += _recorded_exits(ctx, s, sent)
    return found


RECORDED_EXIT = "recorded exit: acter que X n'est plus adhérent"


def _recorded_exits(ctx: Context, s: int, sent) -> list[Found]:
    """A sanction told as the record of a departure: "X demandera au bureau d'acter que Y n'est
    plus adhérent", "le parti considère que Y s'est placé en dehors du mouvement". Whoever
    records it REJECTS Y (a party sanction, as an exclusion is). The state must open the clause
    of a recording verb (``[lists] record_exit``), after "que" and the one person it is about;
    a recording that is negated, questioned, hypothetical or denied states nothing (asking
    one's own bureau to record it still does: the request is the sanction)."""
    lexicon, view = ctx.lexicon, ctx.view
    records = lexicon.lists["record_exit"]
    if records.isdisjoint(view.lemmas[sent.start : sent.end]) and records.isdisjoint(
        view.folded[sent.start : sent.end]
    ):
        return []  # the usual case, decided without a Python loop over the tokens
    asides = lexicon.lists["exit_asides"]
    found: list[Found] = []
    for t in range(sent.start, sent.end):
        if view.pos[t] not in {"VERB", "AUX"} or not {view.lemmas[t], view.folded[t]} & records:
            continue
        for m in ctx.mentions:
            if not t < m.start <= t + 8 or m.end >= sent.end or not m.name:
                continue
            if not any(view.folded[k] in {"que", "qu"} for k in range(t + 1, m.start)):
                continue
            words = [(w, j) for w, j in words_from(ctx, m.end, min(sent.end, m.end + 10))]
            words = [(w, j) for w, j in words if w and w not in asides]
            state = next(
                (p for p in lexicon.phrases["exit_states"] if phrase_at(words, p, 1) is not None),
                None,
            )
            if state is None:
                continue
            mod = modality(ctx, t, sent)
            conditional = mod.conditional and (mod.rumour or not mod.reported)
            if (
                mod.negated
                or mod.question
                or mod.hypothetical
                or mod.deny
                or mod.past
                or (conditional or mod.unasserted)
            ):
                ctx.trace.drop(
                    s, None, REL.REJECTS, end_of(m), RECORDED_EXIT, view.texts[t], "modality"
                )
                continue
            recorders, how = find_subjects(ctx, t, sent)
            for recorder in recorders:
                if recorder.name != m.name:
                    conf = 0.8 * how * recorder.confidence * m.confidence
                    text = f"{view.texts[t]} … {' '.join(state)}"
                    claim = Found(recorder, REL.REJECTS, end_of(m), text, s, conf, RECORDED_EXIT)
                    found.append(claim)
            break
    return found


def _answer_at(ctx: Context, start: int, limit: int, multiword: bool = False) -> str | None:
    """The refusal answer starting within the first words at ``start`` ("Jamais.", "Pour moi,
    ce sera non"), quote marks and commas aside."""
    words = [(w, j) for w, j in words_from(ctx, start, limit) if w]
    for phrase in sorted(ctx.lexicon.phrases["refusal_answers"], key=len, reverse=True):
        if multiword and len(phrase) < 2:
            continue
        after = phrase_at(words, phrase, 4 if not multiword else 1)
        if after is None:
            continue
        # the answer closes its clause: "Jamais.", "ce sera non »", not "non seulement …"
        if after >= len(ctx.doc) or ctx.view.puncts[after] or ctx.doc[after].text in '»"':
            return " ".join(phrase)
    return None


def _verbless_refusals(ctx: Context, s: int, sent) -> list[Found]:
    """Refusals with no verb, in a quotation: « X ? Jamais. », « Une alliance avec X ? Pour
    moi, ce sera non », « Pour X, c'est non ». The speaker REJECTS every actor the verbless
    question (or the "pour X" opener) names."""
    found: list[Found] = []
    view = ctx.view
    for k in range(sent.start, sent.end):
        if not ctx.in_quote(k):
            continue
        quote = ctx.quotes[ctx.quote_of[k]]
        if quote.speaker is None or quote.confidence < REFUSAL_SPEAKER_CONFIDENCE:
            continue  # a verbless answer is only as good as the name of who gives it
        targets: list[Mention] = []
        answer = None
        if view.texts[k] == "?":
            begin = max(sent.start, quote.start + 1)
            fragment = range(begin, k)
            if any(
                view.pos[j] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[j], "VerbForm")
                for j in fragment
            ):
                continue  # a real question: "Soutiendrez-vous X ?"
            targets = [m for m in ctx.mentions if begin <= m.start < k]
            answer = _answer_at(ctx, k + 1, min(len(ctx.doc), k + 10))
        elif view.folded[k] in {"pour", "avec"} and (k == quote.start + 1 or k == sent.start):
            mention = ctx.at.get(k + 1)
            if mention is None or mention.start != k + 1 or mention.end >= sent.end:
                continue
            if view.texts[mention.end] != ",":
                continue
            targets = [mention]
            answer = _answer_at(ctx, mention.end + 1, sent.end, multiword=True)
        if answer is None:
            continue
        speaker = End(quote.speaker, "person", quote.confidence)
        for m in targets:
            if m.name and m.name != speaker.name and not m.details.get("first_person"):
                conf = 0.85 * speaker.confidence * m.confidence
                found.append(Found(speaker, REL.REJECTS, end_of(m), answer, s, conf))
    return found


def _option_for(ctx: Context, s: int, sent) -> list[Found]:
    """ "Pour X, Y est une option": the opener names whose option it is."""
    doc = ctx.doc
    if cfold(doc[sent.start].text) not in {"pour", "selon"}:
        return []
    holder = ctx.at.get(sent.start + 1)
    if holder is None or holder.kind != "person" or holder.start != sent.start + 1:
        return []
    if holder.end >= sent.end or doc[holder.end].text != ",":
        return []
    m = ctx.at.get(holder.end + 1)
    if m is None or m.start != holder.end + 1 or m.name == holder.name:
        return []
    words = words_from(ctx, m.end, min(sent.end, m.end + 6))
    if not words or words[0][0] not in {"est", "reste", "demeure", "sera"}:
        return []
    rest = [w for w, _ in words[1:4] if w not in DETERMINERS]
    if not rest or rest[0] not in ctx.lexicon.lists["option"]:
        return []
    speaker = end_of(holder)
    cue = doc[sent.start : m.end + 3].text
    return [Found(speaker, REL.TEMPTED_BY, end_of(m), cue, s, 0.8 * speaker.confidence)]
