"""What happens to a cue under negation, denial, hedging, courtesy, rumour and questions.

The modality of a cue is read from the chain of verbs that govern it in the dependency parse
("dément vouloir rejoindre X": rejoindre <- vouloir <- dément), plus a few sentence-level
markers ("contrairement à ce qu'affirmait un hebdomadaire", a question mark). The outcome is
the relation actually asserted: the cue's own, its negated reading (ne pas soutenir ->
REJECTS), a temptation (n'exclut pas de rejoindre -> TEMPTED_BY), or nothing. Never the
tempting misreading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from alliancegraph.loaders.context import E_PARTICIPLE_ENDINGS, Context
from alliancegraph.loaders.cues import Lexicon, VerbCue
from alliancegraph.loaders.mentions import cfold, feature
from alliancegraph.ontology.grammar import grammar_words
from alliancegraph.ontology.vocabulary import REL

NEGATORS = grammar_words("negation", "negators")
NE = grammar_words("negation", "ne")
EMPTY_OBJECTS = grammar_words("negation", "empty_objects")
SPANS = grammar_words("negation", "spans")
# Relations a readiness or a temptation governs as a temptation ("prêt à soutenir X").
TEMPTING = frozenset({REL.SUPPORTS, REL.TEMPTED_BY})
# A relative clause or a coordinated verb has a modality of its own: do not climb past it.
CLAUSE_EDGES = frozenset({"acl:relcl", "conj", "parataxis", "root", "ROOT"})
# Adjuncts ("pour soutenir X") are not complements: the governing verb's meaning stays out.
LOOSE = frozenset({"advcl", "acl", "obl:mod", "nmod", "appos"})


@dataclass
class Modality:
    """How the verbs governing a cue qualify it."""

    negated: bool = False
    deny: bool = False
    refuse: bool = False
    refuse_negated: bool = False
    tempt: bool = False
    tempt_negated: bool = False
    attempt: bool = False
    courtesy: bool = False
    request: bool = False
    conditional: bool = False
    reported: bool = False
    hypothetical: bool = False
    question: bool = False
    rumour: bool = False
    contrast: bool = False
    hedge: bool = False
    past: bool = False
    dated: bool = False
    unasserted: bool = False


def _negated(token: Token, ignore: frozenset[int] | set[int] = frozenset()) -> bool:
    """``ne … pas/jamais/plus``, ``sans``, ``non``, or ``ne … aucun`` on the verb itself.

    ``ignore``: tokens that belong to the cue ("dire non à X" is not a negation)."""
    words = {
        cfold(c.text)
        for c in token.children
        if c.dep_ in {"advmod", "mark", "det", "cc"} and c.i not in ignore
    }
    if words & NEGATORS or "sans" in words:
        return True
    if words & EMPTY_OBJECTS and token.pos_ == "NOUN" and _verbless(token):
        return True  # told without a verb: "Aucun bulletin pour X", "« Aucune alliance avec Y »"
    if words & NE:
        if "plus" in words:
            return True
        # "ne soutient aucun candidat", "ne votera en aucun cas pour X"; the infinitive's own
        # object too: "il ne faut donner aucune voix à X", "ne veut soutenir aucun candidat"
        objects = (
            c
            for c in token.children
            if c.dep_ in {"obj", "obl", "obl:arg", "obl:mod", "nsubj", "xcomp"}
        )
        if any(cfold(d.text) in EMPTY_OBJECTS for o in objects for d in o.subtree):
            return True
        # "ne votera ni pour X ni pour Y": "ni" right after the verb
        doc = token.doc
        return any(
            cfold(doc[k].text) == "ni" for k in range(token.i + 1, min(len(doc), token.i + 3))
        )
    return False


def _verbless(token: Token) -> bool:
    """Whether a noun stands without a verb of its own: the root of a fragment, or the opening
    of a quotation after a colon or a quotation mark, which the parser hangs on the verb of
    speech ("prévient : « Aucun soutien à X »")."""
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return head.i < token.i and any(
        t.text in {"«", ":", '"', "“"} for t in token.doc[head.i + 1 : token.i]
    )


def _completed_noun_denied(lexicon: Lexicon, nodes: list[Token]) -> bool:
    """A cue noun completing another noun, itself the object of a negated verb or opposed by
    "contre", or denied: "n'a pas déposé de motion de censure contre …", "votera contre la
    motion de censure …", "n'a pas signé la lettre de soutien à X", "a démenti l'annonce de X
    de son soutien à Y". The act is not done, which states
    no stance either way (refusing to sign is not a rejection). A litotes affirms ("ne fait
    pas secret de son soutien à X")."""
    if len(nodes) < 3 or nodes[0].pos_ != "NOUN" or nodes[0].dep_ != "nmod":
        return False
    noun, verb = nodes[1], nodes[2]
    if noun.pos_ != "NOUN" or verb.pos_ not in {"VERB", "AUX"} or _has(lexicon, "litotes", noun):
        return False
    if noun.dep_ in {"obl", "obl:arg"}:
        return any(c.dep_ == "case" and cfold(c.text) == "contre" for c in noun.children)
    return noun.dep_ == "obj" and (_negated(verb) or _has(lexicon, "deny", verb))


def reception_negated(ctx: Context, i: int) -> bool:
    """The stance noun at ``i`` is the object of a negated verb of receiving ("n'a pas reçu
    le soutien de X", "ne bénéficie plus de l'appui de X"): a support not received tells no
    refusal by its giver, so the noun gives no edge either way."""
    head = ctx.doc[i].head
    lists = ctx.lexicon.lists["receive"]
    if head.i == i or (cfold(head.lemma_) not in lists and cfold(head.text) not in lists):
        return False
    return _negated(head) or _surface_negated(ctx, head.i)


def _surface_negated(ctx: Context, i: int) -> bool:
    """A backup for parse errors: "ne pas soutenir", "n'a pas soutenu" right before the cue."""
    doc = ctx.doc
    seen_ne = seen_neg = False
    for j in range(i - 1, max(-1, i - 5), -1):
        token = doc[j]
        if token.is_punct or ctx.in_quote(j) != ctx.in_quote(i) or token.pos_ == "VERB":
            break
        word = cfold(token.text)
        seen_ne = seen_ne or word in NE
        seen_neg = seen_neg or word in NEGATORS or word == "plus"
        if word == "sans" and j >= i - 2 and doc[j + 1].pos_ not in {"NOUN", "PROPN"}:
            return True  # "sans le soutenir", not "candidate sans étiquette soutenue par X"
    return seen_ne and seen_neg


PURPOSE = grammar_words("negation", "purpose")


def _purpose(token: Token) -> bool:
    """The token opens a purpose ("afin de soutenir X", "pour soutenir X"): it is "afin" or
    it is introduced by "pour" / "afin"."""
    return cfold(token.text) == "afin" or any(
        c.dep_ in {"mark", "case"} and cfold(c.text) in {"pour", "afin"} for c in token.children
    )


def _negated_governor(ctx: Context, i: int, sent, read: set[int]) -> Token | None:
    """A backup for parse errors: the first finite verb before an infinitive cue, in the
    same clause, when that verb is negated and its meaning was not read as governing the cue
    (``read``): "n'envisage en aucun cas de rejoindre X", where the parser hangs "rejoindre"
    on "cas" as an adjunct."""
    view = ctx.view
    if "Inf" not in feature(ctx.doc[i], "VerbForm") or view.folded[i - 1] not in {"de", "d"}:
        return None
    for j in range(i - 2, max(sent.start - 1, i - 8), -1):
        if view.puncts[j] or ctx.in_quote(j) != ctx.in_quote(i) or view.folded[j] in PURPOSE:
            return None  # "ne se présente pas afin de soutenir X": the purpose is asserted
        token = ctx.doc[j]
        if view.pos[j] in {"VERB", "AUX"} and "Fin" in feature(token, "VerbForm"):
            return token if j not in read and _negated(token) else None
    return None


def _ruled_out(ctx: Context, i: int, sent) -> bool:
    """ "Il n'est pas question pour X de s'allier avec Y", "hors de question de soutenir Y": an
    opener that rules out the infinitive cue it introduces with "de" (no other verb between)."""
    if "Inf" not in feature(ctx.doc[i], "VerbForm"):
        return False
    view = ctx.view
    start = max(sent.start, i - 12)
    words = [(view.folded[j], j) for j in range(start, i)]
    for phrase in ctx.lexicon.phrases["ruled_out"]:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(w for w, _ in words[k : k + n]) != phrase:
                continue
            if _active_perfect(ctx, words[k][1]):
                continue  # "X a exclu de voter pour Y": a refusal by X, read as such
            after = words[k + n - 1][1] + 1
            between = range(after, i)
            if any(view.folded[j] in {"de", "d"} for j in between) and not any(
                view.pos[j] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[j], "VerbForm")
                for j in between
            ):
                return True
    return False


def _active_perfect(ctx: Context, j: int) -> bool:
    """The word at ``j`` is a participle after "avoir" ("a exclu", "avait toujours exclu"):
    a verb of the subject's own, not the impersonal "il est exclu de …" that rules out."""
    view = ctx.view
    k = j - 1
    while k >= 0 and view.pos[k] == "ADV":
        k -= 1
    return k >= 0 and view.pos[k] == "AUX" and view.lemmas[k] == "avoir"


def _able(ctx: Context, i: int) -> bool:
    """A backup for parse errors: a word of capacity right before the preposition that
    introduces the infinitive cue ("placé pour battre X", "capable de rallier X")."""
    if i < 2 or ctx.view.folded[i - 1] not in {"pour", "de", "d", "a"}:
        return False
    before = ctx.doc[i - 2]
    return (
        "Inf" in feature(ctx.doc[i], "VerbForm")
        and _has(ctx.lexicon, "ability", before)
        and before.i not in ctx.at
    )


def _completed_before(token: Token) -> bool:
    """A clause told as done before the main one: "après avoir écarté l'offre de X, Y devrait
    …", "après s'être brouillé avec X, Y pourrait …" (an infinitive with its auxiliary, opened
    by "après"): what the main verb's mood says (a forecast, a condition) is not said of it."""
    return any(
        c.dep_ in {"mark", "case"} and cfold(c.text) == "apres" for c in token.children
    ) and any(c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in token.children)


def _pending_before(lexicon: Lexicon, clause: Token, main: Token) -> bool:
    """An infinitive step opened by "avant de" under a main verb that puts it off: "Avant de
    soutenir X, Y veut des garanties", "Y consultera ses militants avant de rallier X", "Y va
    prendre le temps avant d'apporter son soutien à X" (a term set now, a future, an
    infinitive). Under a past ("Y a critiqué Z avant d'annoncer son soutien à X") or a
    narrative present ("lâche-t-il, avant d'annoncer …") the step was taken."""
    if "Inf" not in feature(clause, "VerbForm") or not any(
        c.dep_ in {"mark", "case"} and cfold(c.text) == "avant" for c in clause.children
    ):
        return False
    if main.pos_ not in {"VERB", "AUX"} or _past(main):
        return False
    return (
        "Inf" in feature(main, "VerbForm")
        or "Fut" in feature(main, "Tense")
        or _conditional(main)
        or _has(lexicon, "awaiting", main)
    )


def _marked_by(token: Token, words: set[str]) -> set[str]:
    """The folded words of ``token``'s marks and case words ("avant", "de")."""
    return {cfold(c.text) for c in token.children if c.dep_ in {"mark", "case"}} & words


def _pondered(lexicon: Lexicon, clause: Token, verb: Token) -> bool:
    """An infinitive that completes a verb of pondering with "à" or "de", however the parser
    hangs it ("réfléchit à rejoindre X", "hésite à soutenir Y" as an adjunct): the verb's
    meaning governs it, as it does its object."""
    return (
        "Inf" in feature(clause, "VerbForm")
        and _has(lexicon, "tempt", verb)
        and bool(_marked_by(clause, {"a", "de", "d"}))
        and not _marked_by(clause, {"avant", "apres", "pour", "afin", "sans"})
    )


def _pondering(lexicon: Lexicon, verb: Token) -> bool:
    """A verb that weighs a step: "réfléchir", "hésiter", "envisager", or a reflexive
    "s'interroger" (not "interroge X sur son soutien à Y", a question put to X)."""
    return _has(lexicon, "tempt", verb) or (
        _has(lexicon, "ponder_reflexive", verb)
        and any(cfold(c.text) in {"se", "s"} for c in verb.children)
    )


PONDERED_OPENERS = grammar_words("negation", "pondered_openers")
PONDERED_FILLERS = grammar_words("negation", "pondered_fillers")


def _pondered_noun(ctx: Context, i: int, sent, read: set[int]) -> Token | None:
    """The verb of pondering right before the stance noun at ``i`` when the parser did not
    hang the noun on it ("Y réfléchit à un ralliement à X" parsed with the name as the root):
    only a preposition and determiners between, none of it already read."""
    view = ctx.view
    if view.pos[i] != "NOUN":
        return None
    j = i - 1
    while j > sent.start and i - j <= 3 and view.folded[j] in PONDERED_FILLERS:
        j -= 1
    if j <= sent.start or view.folded[j] not in PONDERED_OPENERS:
        return None
    verb = ctx.doc[j - 1]
    if verb.i in read or verb.pos_ != "VERB" or not _pondering(ctx.lexicon, verb):
        return None
    return verb


def _conditional(token: Token) -> bool:
    """Conditional mood; the tagger often calls "soutiendrait" an imperfect, so the ending
    decides when the imperfect of the lemma would look different ("votait" / "voterait")."""
    if "Cnd" in feature(token, "Mood"):
        return True
    text, lemma = token.text.lower(), token.lemma_.lower()
    if not text.endswith(("rait", "rais", "raient")) or token.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma.endswith("er"):
        return not text.startswith(lemma[:-2] + "ai")
    return not lemma.endswith("rir")


IF_SUBJECTS = grammar_words("negation", "if_subjects")


def _si_mark(token: Token) -> Token | None:
    """The "si" that opens ``token``'s clause, if any. The parser often misreads the elided
    "s'" (as the object of a reflexive verb, or fixed under "même"); before "il"/"ils" it can
    only be "si"."""
    doc = token.doc
    for c in token.children:
        word = cfold(c.text)
        if word in {"si", "s"} and c.dep_ == "mark" and c.pos_ == "SCONJ":
            return c
        if word == "s" and c.i + 1 < len(doc) and cfold(doc[c.i + 1].text) in IF_SUBJECTS:
            return c
        if c.dep_ == "mark":
            for g in c.children:
                if g.dep_ == "fixed" and cfold(g.text) in {"si", "s"}:
                    return g
    return None


def _if_clause(token: Token, concession: bool = True, factual: bool = True) -> bool:
    """A clause opened by "si": a condition ("s'il est élu, il soutiendra X"), or, for the
    clause itself, a concession on the past ("même s'il avait soutenu X", "tant pis s'il avait
    appelé à voter pour X"): never the stance asserted now. A concession does not make the
    clause it modifies hypothetical ("même s'il hésite, X soutient Y": asserted), so callers
    looking at a dependent clause pass ``concession=False``."""
    mark = _si_mark(token)
    if mark is None or (concession and factual and _factual_if(token, mark)):
        return False  # the clause's own stance, under a factual "si" (not the main clause's)
    return concession or mark.i == 0 or cfold(token.doc[mark.i - 1].text) != "meme"


def _factual_if(token: Token, mark: Token | None) -> bool:
    """A plain "si" before a compound past ("si X a rallié Y, ses adjoints sont restés
    neutres", "si X a décidé de s'allier à Y, d'autres ont refusé"): a contrast between two
    facts, not a condition (a condition on the past takes the pluperfect, "s'il avait
    rallié Y"; on the future the present, "s'il est élu"). "Même si" stays a concession."""
    if mark is None or (mark.i > 0 and cfold(token.doc[mark.i - 1].text) == "meme"):
        return False
    if "Part" not in feature(token, "VerbForm"):
        return False
    return any(
        c.dep_ == "aux:tense"
        and "Pres" in feature(c, "Tense")
        and cfold(c.lemma_) in {"avoir", "etre"}
        for c in token.children
    )


# Clauses hung on another as adjuncts: past one, the cue is no longer in its own clause.
ADJUNCT_CLAUSES = frozenset({"advcl", "parataxis", "conj"})
CONDITION_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "advcl", "nmod"})


def _conditioned(ctx: Context, token: Token) -> bool:
    """A condition opened by a phrase other than "si" among ``token``'s dependents ("en cas
    de victoire de X", "au cas où il serait élu", "à condition que X retire sa liste", the
    ontology's list ``conditions``): what the verb says holds only then."""
    folded = ctx.view.folded
    phrases = ctx.lexicon.phrases["conditions"]
    for child in token.children:
        if child.dep_ not in CONDITION_DEPS or child.i < token.i - 12:
            continue
        start = child.left_edge.i
        words = tuple(folded[start : start + 4])
        if any(words[: len(p)] == p for p in phrases):
            return True
    return False


def _spanned_infinitive(token: Token) -> bool:
    """An infinitive the parser hung on the words of time that sit between it and its verb
    ("a envisagé un temps de rejoindre X", "a hésité un moment à soutenir Y"): the verb's
    complement, so its meaning governs the infinitive, not an adjunct of the noun."""
    head = token.head
    return (
        token.dep_ == "acl"
        and "Inf" in feature(token, "VerbForm")
        and cfold(head.text) in SPANS
        and head.dep_ in {"obj", "obl:mod", "obl"}
        and head.head.pos_ in {"VERB", "AUX"}
    )


def _loose(token: Token) -> bool:
    """An adjunct, not a complement: the governing verb's meaning stays out of it. A present
    participle counts even when parsed as a complement ("a refusé le poste, apportant son
    soutien à X": the support is asserted, not refused)."""
    if token.dep_ in LOOSE:
        return not _spanned_infinitive(token)
    return (
        token.dep_ == "xcomp"
        and "Part" in feature(token, "VerbForm")
        and "Pres" in feature(token, "Tense")
    )


def _second_complement(token: Token) -> bool:
    """A complement clause the parser hung on the one before it ("a annoncé qu'il quittait le
    PS et qu'il soutiendrait X": ``soutiendrait`` is a ``conj`` of ``quittait``): it is the
    governing verb's complement too, so the report reaches it, but the first clause's own
    words (its negation) are not its own."""
    return token.dep_ == "conj" and token.head.dep_ == "ccomp"


def dated_complement(ctx: Context, token: Token) -> Token | None:
    """The verb whose complement clause ``token`` heads when the parser took the clause for a
    relative on the time words that date that verb: "a déclaré dimanche soir qu'elle
    voterait pour X", "a expliqué mardi matin qu'il rejoindrait X" (``voterait`` hung as an
    ``acl:relcl`` of "dimanche"). A relative on a word of time is not French ("le soir
    qu'elle voterait" would need "où"); the verb that the time words date governs the
    clause, so a speech verb there reports it."""
    if token.dep_ != "acl:relcl" or not any(
        cfold(c.text) in {"que", "qu"} and c.i < token.i for c in token.children
    ):
        return None
    times = ctx.lexicon.lists["time_words"]
    head = token.head
    while cfold(head.text) in times and head.dep_ == "nmod" and head.head.i < head.i:
        head = head.head  # "dimanche soir": "soir" hangs on "dimanche"
    if cfold(head.text) not in times or not head.dep_.startswith(("obl", "obj", "nmod")):
        return None
    verb = head.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i < head.i else None


def _reported_clause(ctx: Context, token: Token) -> bool:
    """A complement clause of the verb above it (as parsed, or misparsed on time words)."""
    return token.dep_ == "ccomp" or dated_complement(ctx, token) is not None


def _compound(token: Token) -> bool:
    """A verb in a compound tense: an auxiliary "avoir" or "être" ("a déclaré", "avait
    soutenu", "est passée")."""
    return any(
        c.dep_.startswith("aux") and cfold(c.lemma_) in {"avoir", "etre"} for c in token.children
    )


def _past_report(verb: Token) -> bool:
    """A reporting verb in a past tense: the conditional it governs is then a future in the
    past ("a déclaré qu'elle voterait pour X", "annonçait qu'il rallierait X", "déclara
    qu'il soutiendrait X", "a tenu à préciser qu'il apporterait sa voix à X"). Under a present
    it stays a conditional, a hypothesis or somebody's allegation ("affirme qu'elle voterait
    pour X", "il dit qu'il la soutiendrait", "elle apporterait son soutien à X"). Read from
    the auxiliary and the ending, as :func:`_conditional` does: the tagger calls conditionals
    imperfects, "dit" a participle and "déclara" an infinitive."""
    for _ in range(2):
        if _conditional(verb):
            return False
        if _compound(verb):
            return True  # "a déclaré", "avait annoncé", "a fait savoir"
        text, lemma = cfold(verb.text), cfold(verb.lemma_)
        if text.endswith(("ait", "aient")):
            return True  # an imperfect, the conditional ruled out above
        if lemma.endswith("er") and text in {lemma[:-2] + "a", lemma[:-2] + "erent"}:
            return True  # the simple past of "-er" verbs ("déclara", "annoncèrent")
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head  # "a tenu à préciser": the tense is the governing verb's
    return False


FRAGMENT = 4  # words between the marks of a quoted fragment the reporter's sentence carries


def _across_quote(ctx: Context, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` lie on two sides of a quotation's edge, unless the quotation is a
    fragment of a few words the reporter's own syntax carries ("est soupçonné d'avoir
    « fortement déconseillé » de soutenir X"): a whole quote is somebody's speech, a fragment
    is not."""
    if ctx.in_quote(a) == ctx.in_quote(b):
        return False
    for j in (a, b):
        if ctx.in_quote(j):
            quote = ctx.quotes[ctx.quote_of[j]]
            if quote.end - quote.start - 2 > FRAGMENT:
                return True
    return False


# Dependencies of an adjective hung on a verb as a detached adjunct ("…, fidèle à X"), or as its
# object by a parse that missed the comma.
DETACHED_DEPS = frozenset({"advmod", "advcl", "acl", "amod", "appos", "obl:mod", "obj"})


def chain(ctx: Context, i: int) -> list[Token]:
    """The cue and the verbs governing it, up to the clause edge, never across a quote mark."""
    token = ctx.doc[i]
    nodes = [token]
    if _detached_adjective(ctx, token):
        return nodes  # "n'a donné aucune consigne, fidèle à la ligne de X": not under "ne"
    while token.head.i != token.i and len(nodes) < 8:
        verb = dated_complement(ctx, token)
        if verb is not None:  # "a déclaré dimanche qu'elle voterait pour X"
            if _across_quote(ctx, verb.i, i):
                break
            token = verb
            nodes.append(token)
            continue
        if token.dep_ in CLAUSE_EDGES:
            if not _second_complement(token):
                break
            token = token.head  # climb past the first complement, leaving its words out
        if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubj:pass"}:
            break  # "Le soutien de X à Y ne faisait aucun doute": the predicate is about it
        if _across_quote(ctx, token.head.i, i):
            break
        token = token.head
        nodes.append(token)
    return nodes


def _detached_adjective(ctx: Context, token: Token) -> bool:
    """An adjective set off by a comma and hung on the clause's verb as an adjunct ("X n'a
    donné aucune consigne, fidèle à la ligne de Y"), or on a noun that the clause says does not
    exist ("X n'a fait aucun commentaire, fidèle à Y": no comment can be faithful): it says what
    its subject is, and the verb's negation or mood is not its own."""
    k, head = token.i, token.head
    return (
        token.pos_ == "ADJ"
        and k > 0
        and ctx.doc[k - 1].text == ","
        and token.dep_ in DETACHED_DEPS
        and head.i < k
        and (
            head.pos_ in {"VERB", "AUX"}
            or (
                head.pos_ == "NOUN"
                and any(cfold(c.text) in EMPTY_OBJECTS for c in head.children if c.dep_ == "det")
            )
        )
    )


def _has(lexicon: Lexicon, name: str, token: Token) -> bool:
    words = lexicon.lists[name]
    return cfold(token.lemma_) in words or cfold(token.text) in words


def _active(token: Token) -> bool:
    """A finite verb, an infinitive or a participle with "avoir" ("a tenté"), not the
    adjective-like participle of "est tenté de"."""
    return "Part" not in feature(token, "VerbForm") or any(
        c.dep_ == "aux:tense" and cfold(c.lemma_) == "avoir" for c in token.children
    )


def modality(ctx: Context, i: int, sent, cue_tokens: set[int] | None = None) -> Modality:
    """The modality of the cue at token ``i`` in sentence ``sent`` (``cue_tokens``: the
    cue's companion words, never read as negation)."""
    lexicon = ctx.lexicon
    mod = Modality()
    nodes = chain(ctx, i)
    mod.negated = (
        _negated(nodes[0], cue_tokens or frozenset())
        or _surface_negated(ctx, i)
        or _ruled_out(ctx, i, sent)
    )
    # "a annoncé la fin des négociations avec X": an end between a cue and its companion word
    mod.deny = (
        bool(cue_tokens)
        and any(
            _has(lexicon, "ended", ctx.doc[j])
            for j in range(i + 1, max(cue_tokens))
            if j not in cue_tokens
        )
    ) or _completed_noun_denied(lexicon, nodes)
    governed = True
    done = False  # past a completed "après avoir …" clause: the main verb's mood is not its own
    read = {i}  # the cue and the verbs whose meaning was read as governing it
    for k, node in enumerate(nodes):
        # the cue's own clause, reached through complements only: a factual "si" there is
        # its own; a main clause the parser hung under the "si" clause stays conditioned
        own = not any(n.dep_ in ADJUNCT_CLAUSES for n in nodes[:k])
        below = k and not any(n.dep_ in ADJUNCT_CLAUSES for n in nodes[: k - 1])
        if k and (
            _completed_before(nodes[k - 1])
            or (below and _factual_if(nodes[k - 1], _si_mark(nodes[k - 1])))
        ):  # past a completed "après avoir …" or a factual "si X a …" clause
            governed, done = False, True
        # "a été sollicitée pour soutenir X": the purpose is what she was asked, not an adjunct;
        # a door or an end on the governor governs the stance noun hung on it as an adjunct
        asked = k and _has(lexicon, "request", node) and _asked(node)
        door = _door(lexicon, node) if k else None
        withdrawn = bool(k) and _withdrawn(lexicon, node, nodes[k - 1], k == 1)
        if k and _pending_before(lexicon, nodes[k - 1], node):
            mod.unasserted = True  # "Avant de soutenir X, Y veut des garanties": not yet
        if k and governed and _marked_by(nodes[k - 1], {"avant"}):
            governed = False  # "a réfléchi avant de rejoindre X": a time, not a complement
        if k and governed and _purpose(nodes[k - 1]) and not asked:
            governed = False  # "se retire afin de soutenir X", however the parser hangs it
            # "ne se présente pas afin de soutenir X": a purpose under a negation says nothing
            mod.deny = mod.deny or any(_negated(n) for n in nodes[k:] if n.pos_ == "VERB")
        if (
            k
            and _loose(nodes[k - 1])
            and not _has(lexicon, "intent", nodes[k - 1].head)
            and not asked
            and not door  # "laisse la porte ouverte à un ralliement à X"
            and not withdrawn  # "est revenue sur son soutien à X"
            and not _pondered(lexicon, nodes[k - 1], node)  # "réfléchit à rallier X"
        ):
            # "renonce pour soutenir X": the purpose is asserted as such; but "n'a aucune
            # intention de soutenir X" is governed by the verb that holds the intention
            governed = False
        if (
            k
            and governed
            and node.pos_ == "VERB"
            and _has(lexicon, "comment_verbs", node)
            and nodes[k - 1].pos_ == "NOUN"
            and nodes[k - 1].dep_ in {"obj", "obl", "obl:arg", "obl:mod"}
        ):
            # "a refusé de commenter le ralliement de X à Y": what governs the comment says
            # nothing of the rally, which stays the news it reports
            governed = False
            continue
        if k and governed and node.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
            read.add(node.i)
            negated = _negated(node) or _surface_negated(ctx, node.i)
            if _has(lexicon, "deny", node) or _reflexive_denial(lexicon, node):
                mod.deny = True
            elif _has(lexicon, "refuse", node):
                mod.refuse, mod.refuse_negated = True, negated
                # "refuse d'envisager un soutien à X", "se refuse à envisager de rallier X":
                # the refusal governs the temptation found below it, which it cancels
                mod.tempt = mod.tempt and negated
            elif negated and (
                _affirms_negated(lexicon, node)
                or any(c.dep_ == "obj" and _has(lexicon, "litotes", c) for c in node.children)
            ):  # "n'a pas hésité à soutenir", "ne cache pas son soutien", "ne fait pas
                continue  # mystère de son soutien", "ne regrette pas d'avoir soutenu": affirmed
            elif withdrawn and negated:
                continue  # "n'a pas mis fin à son soutien à X": the support goes on
            elif withdrawn or door == "shut":
                # "a mis fin à son soutien à X", "a fermé la porte à tout soutien à X"
                mod.refuse, mod.refuse_negated = True, negated
            elif door == "open":  # "laisse la porte ouverte à un soutien"
                mod.tempt, mod.tempt_negated = True, negated
            elif _has(lexicon, "withhold", node) and _infinitive_complement(nodes[k - 1]):
                # "ne tarde pas à soutenir X", "n'a pas oublié de saluer X", and the literary
                # "ne cesse de critiquer X" with "ne" alone: done
                if negated or any(cfold(c.text) in NE for c in node.children):
                    continue
                mod.deny = True  # "se garde de soutenir X", "tarde à rallier X": not done
            elif _has(lexicon, "commit", node) and negated:
                mod.deny = True  # "ne s'est pas engagée à faire campagne pour X": no stance
            elif _has(lexicon, "display", node) and negated:
                mod.deny = True  # "n'affiche pas son soutien à X": not shown, not refused
            elif (
                _has(lexicon, "attempt", node)
                and _active(node)
                and _has(lexicon, "win_over", nodes[0])
            ):  # "tente de rallier X": winning X over is inviting X, not joining X
                mod.attempt = True
                mod.deny = mod.deny or negated
            elif _pondering(lexicon, node):
                mod.tempt, mod.tempt_negated = True, negated
            elif _has(lexicon, "courtesy", node):
                mod.courtesy = True
            elif _has(lexicon, "expect", node) and _complement(nodes[k - 1]):
                mod.unasserted = True  # "espère obtenir le soutien de X": awaited, not given
            elif _has(lexicon, "fail", node) and _complement(nodes[k - 1]):
                mod.deny = mod.deny or not negated  # "ont échoué à s'entendre": not done
            elif (
                _has(lexicon, "refrain", node) or _has(lexicon, "dissuade", node)
            ) and _complement(nodes[k - 1]):  # "a déconseillé de soutenir X": advised against
                mod.deny = True  # "s'est abstenue de critiquer X": neither done nor refused
            elif _has(lexicon, "request", node):
                mod.request = (
                    mod.request
                    or _asked(node)
                    or any(
                        c.dep_ in {"obj", "iobj", "obl:arg"} and ctx.at.get(c.i) is not None
                        for c in node.children
                    )
                )
                # "n'appellera pas à voter X", "sans appeler à voter pour X": a call not made
                # is no stance at all (neither support nor rejection)
                mod.deny = mod.deny or negated
            elif negated and _negated_by_nobody(lexicon, node):
                mod.deny = True  # "personne n'imagine X soutenir Y": a belief denied
            elif negated and _has(lexicon, "speech", node) and _reported_clause(ctx, nodes[k - 1]):
                mod.deny = True  # "il n'a pas dit qu'il soutiendrait Y": a report not made
            elif negated and (node.pos_ in {"VERB", "AUX"} or _has(lexicon, "intent", node)):
                mod.negated = True  # "ne votera pas", "pas question de nouer une alliance"
            if _has(lexicon, "speech", node) or _has(lexicon, "carry", node):
                mod.reported = mod.reported or _past_report(node)
        if done:
            continue
        deps = ctx.view.deps
        if _conditional(node) or any(
            _conditional(ctx.doc[c])
            for c in ctx.children(node.i)
            if deps[c].startswith("aux") or deps[c] == "cop"
        ):  # "serait prête à soutenir X": the conditional copula of the adjective governing it
            mod.conditional = True
        if (
            _if_clause(node, factual=own)
            or any(
                _if_clause(ctx.doc[c], concession=False)
                for c in ctx.children(node.i)
                if deps[c] == "advcl"
            )
            or _conditioned(ctx, node)
        ):
            mod.hypothetical = True
    # The two nearest governors that are not a name's words: a name is never one ("Jean-Vincent
    # Placé garde la porte ouverte à X"), and a parse that hangs the cue on a name ("reproche à
    # X son ralliement à Y") must not hide the verb above it.
    governors = [n for n in nodes[1:] if n.i not in ctx.at][:2]
    # "le mieux placé pour battre X", "en mesure de rallier X": a capacity, not a stance;
    # "accuse X d'avoir soutenu Y", "reproche à X son ralliement à Y": someone else's charge
    mod.unasserted = mod.unasserted or (
        any(_has(lexicon, "ability", n) or _has(lexicon, "allege", n) for n in governors)
        or _able(ctx, i)
    )
    # "l'absence de soutien de X à Y", "faute d'accord avec Y": what does not exist
    mod.deny = mod.deny or any(
        n.pos_ in {"NOUN", "ADP"} and (_has(lexicon, "absence", n) or _has(lexicon, "ended", n))
        for n in governors
    )
    mod.deny = (
        mod.deny
        or _pretended(lexicon, nodes)
        or _instead(lexicon, nodes[0])
        or _doubted(lexicon, nodes[-1])
    )
    pondering = _pondered_noun(ctx, i, sent, read)
    if pondering is not None:  # "réfléchit à un ralliement à X", however it was parsed
        mod.tempt, mod.tempt_negated = True, _negated(pondering)
    governor = _negated_governor(ctx, i, sent, read)
    if governor is not None and not _affirms_negated(lexicon, governor):
        # "n'envisage en aucun cas de rejoindre X", parsed as if "rejoindre" completed "cas"
        if _has(lexicon, "tempt", governor):
            mod.tempt = mod.tempt_negated = True
        else:
            mod.negated = True
    # "la garantie que X ne ralliera pas Y", "la crainte que X rejoigne Y": expected, not said
    # "l'hypothèse d'un ralliement de X à Y", "le scénario d'un soutien de X": a prospect named
    mod.unasserted = mod.unasserted or any(
        (
            _content_clause(node)
            or _noun_infinitive(node)
            or _noun_complement(node)
            or _noun_relative(node)
        )
        and _has(lexicon, "unasserted", node.head)
        for node in nodes
    )
    mod.request = (
        mod.request
        or _requested(ctx, nodes[0])
        or (len(nodes) > 1 and _demanded(lexicon, nodes[0], nodes[1]))
    )
    mod.past = (
        _long_past(nodes[0])
        or _dated_before(ctx, nodes[0])
        or _dated_quote(ctx, i, sent)
        or _ended_before(ctx, nodes[0])
        or _conceded_past(lexicon, nodes[0])
        or _regretted(lexicon, nodes)
    )
    mod.dated = _event_dated_before(ctx, nodes[0])
    mod.deny = (
        mod.deny
        or _surface_denied(ctx, i, sent)
        or unrealised(lexicon, nodes[-1])
        or _negated_cleft(ctx, i, sent)
    )
    # "compte sur le ralliement de X" awaits it; "peut compter sur X" states it
    mod.unasserted = mod.unasserted or (
        _has(lexicon, "rely", nodes[0]) and not any(_has(lexicon, "can", n) for n in nodes[1:])
    )
    ender = _end_put_before(ctx, i, sent)
    if ender is not None and not mod.refuse and not _negated(ender):
        mod.refuse = True  # withdrawn, like "retirer"; negated, the support goes on
    mod.question, mod.rumour, mod.contrast, mod.hedge = sentence_flags(ctx, sent)
    return mod


def _end_put_before(ctx: Context, i: int, sent) -> Token | None:
    """The verb of an end put to a stance noun, read on the surface when an adjunct between
    them breaks the parse ("a mis fin sur une radio locale à son soutien à X", "a mis un terme,
    lundi soir à Lyon, à son appui à X"): "à" and a determiner before the noun, then within a
    few words "fin" or "terme" right after a form of "mettre" (``put_an_end``), with no other
    finite verb or strong punctuation between."""
    view, lexicon = ctx.view, ctx.lexicon
    if view.pos[i] != "NOUN":
        return None
    k = i - 1
    while k > sent.start and view.pos[k] == "DET":
        k -= 1
    if view.folded[k] not in {"a", "au", "aux"}:
        return None
    for j in range(k - 1, max(sent.start, k - 10), -1):
        if view.puncts[j] and view.texts[j] != ",":
            return None
        if _has(lexicon, "ended", ctx.doc[j]):
            before = j - 1 if view.folded[j - 1] != "un" else j - 2
            verb = ctx.doc[before] if before >= sent.start else None
            return verb if verb is not None and _has(lexicon, "put_an_end", verb) else None
        if view.pos[j] in {"VERB", "AUX"} and "Fin" in feature(ctx.doc[j], "VerbForm"):
            return None
    return None


def unrealised(lexicon: Lexicon, noun: Token) -> bool:
    """Whether the stance noun at the top of the cue's chain is the subject of a predicate that
    says it never came about: "le ralliement de X à Y n'a jamais eu lieu", "l'alliance avec Y
    n'a pas vu le jour", "le soutien de X à Y a été démenti". The chain stops at a subject noun
    because its predicate is about the noun ("ne faisait aucun doute" affirms it), so this is
    the one place where such a predicate is read."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubj:pass"}:
        return False
    predicate = noun.head
    if noun.dep_ == "nsubj:pass" and _has(lexicon, "deny", predicate):
        return True
    words = [predicate, *(c for c in predicate.children if c.dep_ == "obj")]
    return _negated(predicate) and any(_has(lexicon, "unrealised", w) for w in words)


OBJECT_CLITICS = grammar_words("negation", "object_clitics")
DATIVE_CLITICS = grammar_words("negation", "dative_clitics")


def _demanded(lexicon: Lexicon, noun: Token, verb: Token) -> bool:
    """The cue noun is the act a demand asks for ("a demandé le retrait de X au profit de
    Y", "réclament le ralliement de X à Y", "appelle au désistement de X en faveur de Y"):
    asked of X, not done by X. Read only for nouns completing a verb of the ``demand`` list,
    so that an offer ("propose une alliance à Y") keeps its own reading."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in {"obj", "obl:arg"}
        and noun.head.i == verb.i
        and _has(lexicon, "demand", verb)
    )


def _asked_before(ctx: Context, start: int, requests) -> bool:
    """The word just before an actor mention is a request verb: the actor is the one asked,
    whatever the parser made of it."""
    if start == 0:
        return False
    word = ctx.doc[start - 1]
    return word.pos_ == "VERB" and (cfold(word.lemma_) in requests or cfold(word.text) in requests)


def _requested(ctx: Context, token: Token) -> bool:
    """The cue is what someone is asked to do: an infinitive under a request verb whose
    addressee is an actor or a clitic ("appelle X à le rejoindre", "exhorte le PCF et
    Génération.s à rejoindre Y", "les invite à soutenir Y"). Asking is the caller's stance, not
    the addressee's, and not the caller's own support of Y either."""
    if "Inf" not in feature(token, "VerbForm"):
        return False
    requests = ctx.lexicon.lists["request"]
    t, addressee = token, False
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            return False
        if head.pos_ == "VERB" and (cfold(head.lemma_) in requests or cfold(head.text) in requests):
            return (
                addressee
                or dative_before(head)
                or any(
                    c.dep_ in {"obj", "iobj"}
                    and (ctx.at.get(c.i) is not None or cfold(c.text) in OBJECT_CLITICS)
                    for c in head.children
                )
            )
        if head.pos_ == "NOUN" and _has(ctx.lexicon, "demand", head) and dative_before(head):
            return True  # "leur demande de rompre avec X", the verb tagged as a noun
        if head.pos_ in {"NOUN", "PROPN"}:
            mention = ctx.at.get(head.i)
            addressee = addressee or mention is not None
            if mention is not None and _asked_before(ctx, mention.start, requests):
                return True  # misparsed "convaincre X, Y et Z de la rejoindre": X as subject
        elif head.pos_ not in {"VERB", "ADJ"}:
            return False
        t = head
    return False


def _reflexive_denial(lexicon: Lexicon, node: Token) -> bool:
    """ "se défend de tout rapprochement avec X", "s'est défendue de vouloir rejoindre X": a
    verb that denies only with its reflexive pronoun."""
    return _has(lexicon, "deny_reflexive", node) and any(
        cfold(c.lemma_) == "se" and c.dep_ in {"obj", "expl:comp", "expl", "expl:pv"}
        for c in node.children
    )


def dative_before(verb: Token) -> bool:
    """A third-person dative clitic opens the verb group of a request ("lui a demandé de …",
    "leur avait conseillé de …", "leur demande de …"): someone else is asked, whatever the
    parser made of the clitic (an indirect object, a determiner)."""
    j = verb.i - 1
    while j >= 0 and verb.doc[j].pos_ == "AUX" and verb.doc[j].head.i == verb.i:
        j -= 1
    return j >= 0 and cfold(verb.doc[j].text) in DATIVE_CLITICS


PLUPERFECT_AUX = grammar_words("negation", "pluperfect_aux")
LONG_AGO = grammar_words("negation", "long_ago")


def _long_past(token: Token) -> bool:
    """ "qui avait longtemps fermé la porte à X", "a longtemps / un temps soutenu X avant de
    rompre avec lui", "X, qui a longtemps soutenu Y, …": a stance held long ago, since given up
    (a pluperfect, a later act told after it, or a relative clause in the compound past that
    sets it behind the sentence's news)."""
    children = [cfold(c.text) for c in token.children]
    once = any(  # "a été tentée un temps par X, avant de se raviser"
        cfold(c.text) == "temps" and any(cfold(g.text) == "un" for g in c.children)
        for c in token.children
    )
    if not (LONG_AGO & set(children) or once):
        return False
    later = any(
        c.dep_ in {"advcl", "obl", "obl:mod"} and any(cfold(g.text) == "avant" for g in c.children)
        for c in token.children
    )
    relative = token.dep_ == "acl:relcl" or _relative_after_comma(token)
    return bool(PLUPERFECT_AUX & set(children)) or later or (relative and _compound(token))


def _relative_after_comma(token: Token) -> bool:
    """A clause opened by "que" / "qui" just after a comma, which the parser took for a
    complement of the main verb ("ne ménage pas X, qu'il a soutenu"): a relative on X."""
    first = token.doc[token.left_edge.i]
    return (
        token.dep_ in {"ccomp", "advcl"}
        and cfold(first.text) in {"que", "qu", "qui"}
        and first.i > 0
        and token.doc[first.i - 1].text == ","
    )


def _conceded_past(lexicon: Lexicon, token: Token) -> bool:
    """ "fustige X, qu'elle a pourtant soutenu aux municipales", "attaque Y, qu'il a pourtant
    longtemps soutenu", "dénonce Z, qu'elle a cependant soutenu en 2019": a relative clause in
    a compound past that concedes a tie against the sentence's present stance tells a tie that
    is over. In a main clause ("elle a pourtant soutenu X") the tie is the news, and stays."""
    if token.dep_ != "acl:relcl" and not _relative_after_comma(token):
        return False
    if not _compound(token):
        return False
    return any(c.dep_ == "advmod" and _has(lexicon, "concessive", c) for c in token.children)


def _asked(node: Token) -> bool:
    """A verb of request in the passive, whose subject is the one asked ("X a été sollicitée
    pour soutenir Y", "X est pressée de rallier Y", "X, invitée à rejoindre Y, …"): what she
    is asked to do is not done."""
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in node.children):
        return True
    # a bare past participle, however tagged ("Invité à soutenir X, Y a refusé" makes it a
    # noun); not one with an object ("a reconnu sa défaite et appelé ses électeurs à …", which
    # shares the auxiliary of the first verb, is active)
    return node.text.lower().endswith(E_PARTICIPLE_ENDINGS) and not any(
        c.dep_.startswith("aux") or c.dep_ == "obj" for c in node.children
    )


def _withdrawn(lexicon: Lexicon, node: Token, below: Token, direct: bool) -> bool:
    """An end put to the stance ``below`` names: "a mis fin / un terme à son soutien à X",
    "est revenu sur son soutien à X", "revient sur sa décision de soutenir X". An end is put
    to the stance noun itself (``direct``): "a mis fin à la rumeur sur son soutien à X", "a mis
    fin aux spéculations : elle apporte son soutien à X" end something else."""
    if _has(lexicon, "put_an_end", node):
        to_it = any(
            c.dep_ == "case" and cfold(c.text) in {"a", "au", "aux"} for c in below.children
        )
        return (
            direct
            and to_it  # "a mis fin à la rumeur sur son soutien": the rumour is ended
            and any(c.dep_ == "obj" and _has(lexicon, "ended", c) for c in node.children)
        )
    return _has(lexicon, "go_back_on", node) and any(
        c.dep_ == "case" and cfold(c.text) == "sur"
        for held in (below, *(c for c in node.children if c.dep_.startswith("obl")))
        for c in held.children
    )  # the parser hangs "sur sa décision" on the verb and the infinitive beside it


def _door(lexicon: Lexicon, node: Token) -> str | None:
    """Whether ``node`` shuts or opens a door it governs ("a fermé la porte à tout soutien à
    X", "laisse la porte ouverte à un ralliement"), or is that door with the verb written just
    before it (the tagger reads "ferme la porte" as an adjective and the verb "porter"):
    "shut", "open" or None. The stance noun the door leads to is refused or a temptation,
    never given."""
    doors = [c for c in node.children if _has(lexicon, "door", c)]
    if _has(lexicon, "door", node):
        doors.append(node)
        before = node.doc[max(node.sent.start, node.i - 3) : node.i]
        if any(_has(lexicon, "door_shut", t) for t in before):
            return "shut"
        if any(_has(lexicon, "door_open", t) for t in before):
            return "open"
    if not doors:
        return None
    if _has(lexicon, "door_shut", node):
        return "shut"
    if _has(lexicon, "door_open", node) or any(
        _has(lexicon, "door_open", c) for door in doors for c in door.children
    ):
        return "open"
    return None


def _affirms_negated(lexicon: Lexicon, node: Token) -> bool:
    """A verb whose negation affirms what it governs: a litotes ("n'a pas hésité à soutenir
    X") or a regret denied ("ne regrette pas d'avoir soutenu X")."""
    return _has(lexicon, "litotes", node) or _has(lexicon, "regret", node)


def _regretted(lexicon: Lexicon, nodes: list[Token]) -> bool:
    """ "regrette d'avoir soutenu X", "se mord les doigts d'avoir rallié X", "regrette d'avoir
    appelé à voter pour X": an act in the past infinitive under a verb of regret is over by the
    article's date (the speaker takes it back); "ne regrette pas d'avoir soutenu X" keeps it."""
    for k, node in enumerate(nodes[1:4], start=1):
        if _has(lexicon, "regret", node):
            return not _negated(node) and any(
                c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm")
                for below in nodes[:k]
                for c in below.children
            )
    return False


# How a governed word completes the verb of hope, failure or refraining above it: as its
# object or infinitive ("espère obtenir", "attend le ralliement"), never as a clause the
# parser merely hung there ("On attendait X qui a apporté son soutien à Y").
COMPLEMENTS = frozenset({"xcomp", "obj", "ccomp", "obl:arg"})
DE_FORMS = grammar_words("negation", "de_forms")


def _complement(token: Token) -> bool:
    return token.dep_ in COMPLEMENTS


def _pretended(lexicon: Lexicon, nodes: list[Token]) -> bool:
    """ "fait mine de soutenir X", "feint de rallier X", "fait semblant de critiquer X": the
    cue's governor is a verb of pretence, or the noun of one ("mine", "semblant") that "faire"
    takes as its object or the parser makes the head."""
    return any(
        _has(lexicon, "pretend", node)
        or any(c.dep_ == "obj" and _has(lexicon, "pretend", c) for c in node.children)
        for node in nodes[1:3]
    )


def _instead(lexicon: Lexicon, token: Token) -> bool:
    """ "plutôt que de rallier X", "loin de soutenir X", "au lieu de rejoindre X": an infinitive
    that says what was not done, whether the parser marks it ("plutôt") or hangs it on the word
    ("lieu", "loin")."""
    if "Inf" not in feature(token, "VerbForm"):
        return False
    return any(
        c.dep_ in {"mark", "advmod"} and _has(lexicon, "instead", c) for c in token.children
    ) or (token.dep_ in {"acl", "advcl"} and _has(lexicon, "instead", token.head))


def _doubted(lexicon: Lexicon, top: Token) -> bool:
    """ "Le soutien de X à Y n'est pas acquis / reste incertain / est loin d'être acquis / se
    fait attendre": a stance noun that is the subject of a predicate doubting it, or of a
    negated predicate of settlement (``settled``: "n'est pas acquis / garanti / officiel");
    "ne fait aucun doute", "ne faiblit pas", "ne surprend personne" affirm it."""
    if top.pos_ != "NOUN" or top.dep_ not in {"nsubj", "nsubj:pass"}:
        return False
    predicate = top.head
    words = [predicate, *(c for c in predicate.children if c.dep_ in {"xcomp", "advmod", "obj"})]
    if any(_has(lexicon, "no_doubt", w) for w in words):
        return False
    return any(_has(lexicon, "doubtful", w) for w in words) or (
        _negated(predicate) and _has(lexicon, "settled", predicate)
    )


# Words bounding a tie in time: "a soutenu X jusqu'en 2014".
UNTIL = grammar_words("negation", "until")
PAST_BOUNDS = grammar_words("negation", "past_bounds")


def _ended_before(ctx: Context, token: Token) -> bool:
    """ "X a soutenu Y jusqu'en 2014" in a later article: a tie bounded by a year before the
    article's own ended then (the present may differ); so did one in a past tense bounded by
    a month, a season or a recent past with no year ("était encarté à l'UMP jusqu'en juin")."""
    year = ctx.article.date[:4]
    for words in _short_obliques(token):
        folded = {cfold(w.text) for w in words}
        if not UNTIL & folded:
            continue
        if _earlier_year(words, year):
            return True
        if folded & PAST_BOUNDS and not any(w.text.isdigit() for w in words) and _past(token):
            return True
    return False


def _past(token: Token) -> bool:
    """The verb is in a past tense: a finite imperfect or simple past, a compound past ("a
    soutenu", "a été membre"), or an auxiliary in a past tense ("était encarté", "étiez")."""
    auxiliaries = [c for c in token.children if c.dep_.startswith("aux")]
    if auxiliaries and "Part" in feature(token, "VerbForm"):
        return True
    finite = [token] if "Fin" in feature(token, "VerbForm") else []
    return any({"Imp", "Past"} & set(feature(t, "Tense")) for t in auxiliaries + finite)


def _short_obliques(token: Token, deps: tuple[str, ...] = ("obl",)) -> Iterator[list[Token]]:
    """The words of each oblique dependent of ``token`` (or of another of ``deps``) five words
    long at most: where a date sits ("en 2014", "depuis mars 2013", "jusqu'en 2014")."""
    for child in token.children:
        if child.dep_.startswith(deps):
            words = list(child.subtree)
            if len(words) <= 5:
                yield words


def dated_before_article(ctx: Context, token: Token) -> bool:
    """``token``'s act is dated by a year before the article's ("élu en 2002", "investi dès
    2015", "exclu depuis 2013"): told as background, a tie of the past."""
    year = ctx.article.date[:4]
    return any(_earlier_year(words, year) for words in _short_obliques(token, ("obl", "nmod")))


def _earlier_year(words: list[Token], year: str) -> bool:
    """A year after 1900 and before ``year`` (the article's) among ``words``."""
    return earlier_year((w.text for w in words), year)


def earlier_year(texts: Iterable[str], year: str) -> bool:
    """A year after 1900 and before ``year`` (the article's) among the words ``texts``."""
    return any(len(t) == 4 and t.isdigit() and "1900" < t < year for t in texts)


def _negated_by_nobody(lexicon: Lexicon, node: Token) -> bool:
    """The governing verb's own subject is a negative word ("personne n'imagine …", "rien ne
    dit que …"): the belief is denied, the governed stance is neither affirmed nor refused."""
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and _has(lexicon, "nobody", c) for c in node.children
    )


def _dated_quote(ctx: Context, i: int, sent) -> bool:
    """A cue inside a quotation whose incise dates it by an earlier year in the pluperfect
    (« Je ne soutiendrai jamais X », avait juré Y en 2012): words of the past."""
    if not ctx.in_quote(i):
        return False
    quote = ctx.quotes[ctx.quote_of[i]]
    after = [ctx.doc[k] for k in range(quote.end, min(sent.end, quote.end + 12))]
    year = ctx.article.date[:4]
    words = [cfold(t.text) for t in after]
    return bool(PLUPERFECT_AUX & set(words)) and any(
        w == "en"
        and k + 1 < len(after)
        and after[k + 1].text.isdigit()
        and len(after[k + 1].text) == 4
        and "1900" < after[k + 1].text < year
        for k, w in enumerate(words)
    )


def _dated_before(ctx: Context, token: Token) -> bool:
    """ "X, qui avait soutenu Y en 2017, …", "Il avait soutenu Y en 2012 et ne le renie pas"
    in a later article: a clause in the pluperfect dated by a year before the article's own is
    background, a tie of the past (the present may differ). An undated main clause in the
    pluperfect is the story itself ("X avait annoncé la veille son soutien à Y")."""
    children = list(token.children)
    if not PLUPERFECT_AUX & {cfold(c.text) for c in children}:
        return False
    year = ctx.article.date[:4]
    if token.dep_ in {"acl:relcl", "ROOT", "root", "conj"} and any(
        c.dep_.startswith("obl")
        and len(c.text) == 4
        and c.text.isdigit()
        and c.text < year
        and any(cfold(g.text) == "en" for g in c.children)
        for c in children
    ):
        return True
    # "X, qui avait soutenu Y lors de la primaire, …": whether or not the parser saw the
    # relative (it may make it the root), its "qui" subject shows it
    relative = token.dep_ == "acl:relcl" or any(
        c.dep_ in {"nsubj", "nsubj:pass"} and cfold(c.text) == "qui" for c in children
    )
    return relative and any(_during(c) for c in children)


# Prepositions that set an act inside an earlier episode: "lors de la primaire", "pendant la
# campagne", "durant l'entre-deux-tours", "à l'occasion des régionales".
DURING = grammar_words("negation", "during")


def _during(child: Token) -> bool:
    """A dependent that places the act during an episode ("lors de la primaire", parsed as
    "lors" with its complement or as a complement opened by "pendant"): with a pluperfect
    relative, background on a tie held then, not now."""
    if cfold(child.text) in DURING:
        return True
    if not child.dep_.startswith("obl"):
        return False
    words = [cfold(w.text) for w in child.subtree if w.i < child.i]
    return bool(DURING & set(words[:3]))


# Prepositions that date an event by a year: "en 2014", "dès 2012"; "depuis 2014" dates the
# event only for a past participle ("exclu depuis 2014"), not for a state ("soutient depuis").
EVENT_DATING = grammar_words("negation", "event_dating")
STATE_DATING = grammar_words("negation", "state_dating")


BACKGROUND = frozenset({"acl", "acl:relcl", "advcl", "appos"})


def _event_dated_before(ctx: Context, token: Token) -> bool:
    """ "X, exclu du parti depuis mars 2013, …", "Y, qui a soutenu Z en 2011, …" in a later
    article: background on someone (a participle, a relative or an adverbial clause) dated by
    a year before the article's own is a tie of the past (the present may differ). A main
    clause dated so is the story itself ("X a combattu Y en 2014"; in the pluperfect it is
    background, :func:`_dated_before`). A membership still
    holds once joined, so the rules keep a MEMBER_OF claim under it (``dated`` decides
    nothing in :func:`outcome`)."""
    if token.dep_ not in BACKGROUND:
        return False
    year = ctx.article.date[:4]
    past_participle = "Part" in feature(token, "VerbForm") and "Past" in feature(token, "Tense")
    for words in _short_obliques(token):
        preps = {cfold(w.text) for w in words if w.dep_ == "case"}
        if not preps & EVENT_DATING and not (past_participle and preps & STATE_DATING):
            continue
        if _earlier_year(words, year):
            return True
    return False


def campaign_dated(ctx: Context, i: int) -> bool:
    """A label worn in an election dated by an earlier year, in the cue's own clause or on the
    participle it hangs on ("X, élue en 2012 sous les couleurs de P", "a porté les couleurs de
    P aux municipales de 2014", in a 2017 article): that campaign's label, not a membership now
    ("depuis 2012" keeps it)."""
    year = ctx.article.date[:4]
    token = ctx.doc[i]
    labels = [c for c in token.children if c.dep_ == "obj"]  # "a porté les couleurs de P …"
    for node in (token, token.head, token.head.head, *labels):
        for words in _short_obliques(node, ("obl", "nmod")):
            preps = {cfold(w.text) for w in words if w.dep_ == "case"}
            if not preps & STATE_DATING and _earlier_year(words, year):
                return True  # "en 2012", "aux municipales de 2014"; not "depuis 2012"
    return False


def _noun_infinitive(token: Token) -> bool:
    """An infinitive completing a noun with "de" ("la possibilité de faire alliance avec X",
    "la crainte de voir X rejoindre Y"): with an ``unasserted`` noun, a prospect, not a fact."""
    return (
        token.dep_ == "acl"
        and token.head.pos_ == "NOUN"
        and "Inf" in feature(token, "VerbForm")
        and any(c.dep_ == "mark" and cfold(c.text) in {"de", "d"} for c in token.children)
    )


def _noun_complement(token: Token) -> bool:
    """A noun completing a noun with "de" ("l'hypothèse d'un ralliement de X", "la rumeur du
    soutien de X à Y"): with an ``unasserted`` head, the stance is a prospect, not a fact."""
    return (
        token.dep_ == "nmod"
        and token.pos_ == "NOUN"
        and token.head.pos_ == "NOUN"
        and any(c.dep_ == "case" and cfold(c.text) in DE_FORMS for c in token.children)
    )


def _noun_relative(token: Token) -> bool:
    """A relative clause on a noun ("les bruits qui la disaient prête à rallier X", "les
    bruits qui l'annoncent chez Y"): with an ``unasserted`` noun, told by hearsay, not a fact."""
    return token.dep_ == "acl:relcl" and token.head.pos_ == "NOUN"


def _infinitive_complement(token: Token) -> bool:
    """An infinitive (or a past infinitive, "d'avoir rejoint") completing its governor ("se
    garde de soutenir X", "tarde à rallier X", "a failli rejoindre X"), not a noun object."""
    auxiliaries = (c for c in token.children if c.dep_.startswith("aux"))
    return token.dep_ in COMPLEMENTS and (
        "Inf" in feature(token, "VerbForm")
        or any("Inf" in feature(c, "VerbForm") for c in auxiliaries)
    )


def _content_clause(token: Token) -> bool:
    """A "que" clause completing a noun ("la crainte que X rejoigne Y"); the parser often
    calls it a relative, so any "que" the clause's verb governs counts."""
    return (
        token.dep_ in {"acl", "acl:relcl", "ccomp"}
        and token.head.pos_ == "NOUN"
        and any(cfold(c.text) in {"que", "qu"} for c in token.children)
    )


def _surface_denied(ctx: Context, i: int, sent) -> bool:
    """A backup for tagging errors ("dément" tagged as an adverb): a denial verb among the few
    words before the cue, in the same clause."""
    deny = ctx.lexicon.lists["deny"]
    view = ctx.view
    for j in range(i - 1, max(sent.start - 1, i - 6), -1):
        if view.puncts[j] and view.texts[j] != "-":
            return False
        if view.folded[j] in deny or view.lemmas[j] in deny:
            return True
    return False


CLEFT_VERBS = grammar_words("negation", "cleft_verbs")
CLEFT_FOCUS = grammar_words("negation", "cleft_focus")


def _negated_cleft(ctx: Context, i: int, sent) -> bool:
    """The cue is the clause a negated cleft sets apart: « Ce n'est pas pour autant que je
    voterai pour X », « Ce n'est pas moi qui soutiendrai X », « Ce n'est pas demain que … »,
    « Ce n'est pas parce que … que je soutiendrai X »: the act is denied, neither done nor a
    refusal. Read on the surface (the parser's trees of clefts vary): « ce » or « c' », a
    form of « être » negated, a focus word of ``[negation] cleft_focus`` (a stressed pronoun,
    « pour autant », « demain », « parce que »), then « que » or « qui » before the cue, in
    one clause. A focus that is a noun asserts the clause instead (« ce n'est pas un secret
    que X soutient Y »), hence the list."""
    view = ctx.view
    start = ctx.quotes[ctx.quote_of[i]].start + 1 if ctx.in_quote(i) else sent.start
    for j in range(max(start, i - 14), i - 3):
        if view.folded[j] not in {"ce", "c"}:
            continue
        k = j + 1
        if k < i and view.folded[k] in NE:
            k += 1
        if k >= i or view.folded[k] not in CLEFT_VERBS:
            continue
        k += 1
        if k >= i or view.folded[k] not in NEGATORS:
            continue
        between = range(k + 1, i)
        if any(view.texts[m] in {".", ";", ":", "«", "»"} for m in between):
            return False
        focus = [m for m in between if view.folded[m] in CLEFT_FOCUS]
        if focus and any(view.folded[m] in {"que", "qu", "qui"} for m in between if m > focus[0]):
            return True
    return False


# Quantifiers of a group that mean some of its members, never all: "des élus PS",
# "plusieurs députés LR", "certains militants socialistes", "quelques cadres".
SOME = grammar_words("negation", "some")
SOME_BEFORE = (("une", "partie"), ("nombre",), ("beaucoup",), ("la", "plupart"), ("d", "autres"))


def some_members(ctx: Context, noun: Token) -> bool:
    """A group noun that stands for some of a party's members only, so the party is not the
    actor: an indefinite or partitive quantifier ("des élus PS se sont ralliés à X", "une
    partie des militants", "plusieurs députés LR") or a restrictive relative, with no comma
    before it ("les députés LR qui refusent l'accord": those who do, not the party)."""
    for child in noun.children:
        word = cfold(child.text)
        if child.dep_ == "det" and (
            word in SOME or (word == "des" and "Ind" in feature(child, "Definite"))
        ):
            return True
        start = child.left_edge.i
        if child.dep_ == "acl:relcl" and start > noun.i and ctx.doc[start - 1].text != ",":
            return True
    if cfold(noun.text) in SOME:
        return True  # "certains au PS"
    before = tuple(ctx.view.folded[max(0, noun.i - 3) : noun.i])
    return any(before[-len(p) - 1 : -1] == p or before[-len(p) :] == p for p in SOME_BEFORE)


def some_members_words(text: str) -> bool:
    """The words of a group subject begin with a quantifier of some members ("Certains
    militants socialistes", "Des élus PS", "Une partie des cadres LR")."""
    words = tuple(cfold(text).split())
    return bool(words) and (
        words[0] in SOME or words[0] == "des" or any(words[: len(p)] == p for p in SOME_BEFORE)
    )


CORRECTION_MARKS = frozenset({"...", "…", "..", ",", "—", "–"})


def taken_back(ctx: Context, end: int) -> bool:
    """Whether the words from token ``end`` take back what came just before it: a speaker's
    self-correction ("le président UMP… pardon, RPR du conseil général", "le PS, ou plutôt
    le PRG"), so a name ending at ``end`` names nobody. The words are the ontology's
    ``corrections``."""
    view = ctx.view
    k = end
    while k < len(view.texts) and view.texts[k] in CORRECTION_MARKS:
        k += 1
    words = tuple(view.folded[k : k + 4])
    return any(words[: len(p)] == p for p in ctx.lexicon.phrases["corrections"])


def sentence_flags(ctx: Context, sent) -> tuple[bool, bool, bool, bool]:
    """(question, rumour, contrast, hedge) markers of a sentence, computed once per sentence."""
    key = sent.start
    if key not in ctx.sentence_flags:
        raw = ctx.sentence_text(ctx.sent_of[key])
        text = raw.strip().rstrip('»"” ')
        folded = f" {cfold(raw)} "
        phrases = ctx.lexicon.joined
        ctx.sentence_flags[key] = (
            text.endswith("?") or any(p in folded for p in phrases["questions"]),
            any(p in folded for p in phrases["rumour"]),
            any(p in folded for p in phrases["contrast"]),
            any(p in folded for p in phrases["hedge"]),
        )
    return ctx.sentence_flags[key]


def outcome(cue: VerbCue, mod: Modality) -> tuple[str | None, float]:
    """The relation the cue asserts under ``mod`` (or None) and a confidence factor."""
    relation = cue.relation
    if mod.courtesy or mod.deny or mod.question or mod.hypothetical or mod.past:
        return None, 0.0
    if mod.hedge and mod.negated:  # "salue X sans pour autant le soutenir": no stance either way
        return None, 0.0
    if mod.unasserted:
        return None, 0.0
    if mod.conditional and (mod.rumour or not mod.reported):
        return None, 0.0
    if mod.request and relation != REL.INVITED_TO_RALLY:
        return None, 0.0
    if mod.attempt:
        return (REL.INVITED_TO_RALLY, 0.9) if relation == REL.SUPPORTS else (None, 0.0)
    # a tie whose negation rejects ("discuter avec X", "entrer au gouvernement de X"): being
    # open to it is a temptation ("n'exclut pas de discuter avec X", "prêt à siéger avec X")
    joins = relation == REL.REJECTS and cue.needs_negation
    if mod.tempt:
        if mod.tempt_negated or mod.negated or not (relation in TEMPTING or joins):
            return None, 0.0
        return REL.TEMPTED_BY, 0.8
    if mod.refuse:
        if mod.negated:
            return None, 0.0
        if mod.refuse_negated:
            return (REL.TEMPTED_BY, 0.7) if relation == REL.SUPPORTS or joins else (None, 0.0)
        # "refuse d'entrer au gouvernement de X": refusing what only its negation rejects
        return (REL.REJECTS, 0.8) if relation == REL.SUPPORTS or joins else (None, 0.0)
    if cue.governed:  # "a discuté avec X", "n'a jamais discuté avec X": a fact, no stance
        return None, 0.0
    if cue.needs_negation:
        return (relation, 0.85) if mod.negated else (None, 0.0)
    if mod.negated:
        return (cue.negated, 0.85) if cue.negated else (None, 0.0)
    if mod.contrast and relation in {REL.SUPPORTS, REL.TEMPTED_BY, REL.INVITED_TO_RALLY}:
        return None, 0.0
    if mod.hedge and relation in {REL.SUPPORTS, REL.INVITED_TO_RALLY}:
        return None, 0.0
    return relation, 0.7 if mod.rumour else 1.0
