"""One actor reached through something other than its name, eleventh round.

Each family below is a mechanism of ``loaders/topic.py`` (or of the modules it names), read
from how journalists chain their references in portraits and reports, never from one cue's
wording; every sentence is our own, with invented persons, and every family has traps that
must not bind (a miss is better than a wrong edge).

- **The topic past complements and quotations** (``topic_antecedent``): a subject pronoun
  the nearest sentences leave unbound stands for the person the article is about when the
  sentences in between name other persons only as complements of a noun ("la démission de
  X", "une photo avec Y") or only speak in quotations; and a person who is only a noun's
  complement does not rival the one argument of a clause next to it. Never past a new
  person who is a clause's subject or object, never with two protagonists, never when the
  protagonist's gender was never told, never when a thing of that gender is the subject of
  the pronoun's own sentence before it, never past a person description standing as a
  subject that nothing named ("le maire a reçu Y. Il …").
- **A quotation no incise attributes** (``continued_speaker``): a sentence made only of a
  quotation in the first person, right after a sentence whose one subject or speaker is a
  person, is that person's word; never after two coordinated subjects, never when the
  quotation names that person, never past an incise of its own.
- **The main clause's subject past asides** (``main_subject``): a name set off between commas
  after a description or a fronted phrase, before the main verb, is who the sentence is about
  for the pronoun after it, whatever the parse hung it on; never beside a subject the parse
  found that does not hold the name ("Après sa rencontre avec X, le maire a reçu Y. Il …":
  neither X nor Y, the unnamed mayor may be meant).
- **A description after a connective** (``anaphora.anaphoric_description``): « Mais
  l'homme … », « Et l'élue … » open their sentence as much as « L'homme … » does, and stand
  for the subject before; a relation noun completed by a name (« l'ancien collaborateur de
  X ») is someone else than X; never with two persons before as salient or coordinated.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

from alliancegraph.loaders.extractor import Extractor
from alliancegraph.model import Article


def edges(extractor, text: str, date: str = "2021-05-10") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def bindings(
    extractor: Extractor, text: str, date: str = "2021-05-10"
) -> list[tuple[str, str, str]]:
    """(words, actor, binding) of every mention, as ``extract --explain`` shows them."""
    article = Article(id="t", date=date, title="", text=text)
    out = []
    for sentence in extractor.explain(article).to_dict()["sentences"]:
        out += [(m["text"], m["name"], m["binding"]) for m in sentence["mentions"]]
    return out


# --- the topic past complements and quotations --------------------------------------------

PORTRAITS = [
    (
        "Hervé Castagnet, le maire qui hésite\n\n"
        "Hervé Castagnet reçoit dans son bureau de la mairie de Lunac. "
        "Il a présidé la fédération pendant dix ans. "
        "La démission de Marc Delorme et l'arrivée de Paul Ricard à la tête du parti ont "
        "changé la donne. "
        "Il soutient désormais Claire Fontan pour les régionales.",
        ("Hervé Castagnet", "SUPPORTS", "Claire Fontan"),
    ),
    (
        "Sophie Bérard, une sortante sans étiquette\n\n"
        "Sophie Bérard arrive au marché de Vauclair un samedi matin. "
        "Elle serre des mains devant l'étal du fromager. "
        "« Les gens viennent me parler de leurs impôts. » "
        "« Je les écoute, c'est mon métier. » "
        "« On ne fait pas campagne depuis un bureau. » "
        "Elle votera pour Anne Villaret au second tour des départementales.",
        ("Sophie Bérard", "SUPPORTS", "Anne Villaret"),
    ),
    (
        "Louis Garnier tient sa ligne\n\n"
        "Louis Garnier a quitté le conseil municipal en mars. "
        "Il prépare déjà la suite. "
        "Le départ de Pierre Lemarchand, puis la candidature de Hugo Vasseur, ont pourtant "
        "bousculé ses plans. "
        "Il a finalement rejoint la liste de Gilles Marceau.",
        ("Louis Garnier", "SUPPORTS", "Gilles Marceau"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), PORTRAITS)
def test_a_pronoun_reaches_the_topic_past_complements_and_quotations(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


def test_the_topic_binding_is_named_in_the_trace(extractor):
    text, (holder, _, _) = PORTRAITS[0]
    assert ("Il", holder, "topic") in bindings(extractor, text)


def test_a_complement_does_not_rival_the_argument_of_a_clause(extractor):
    text = (
        "Yann Perrot, le centriste de Lunac\n\n"
        "À 61 ans, Yann Perrot, conseiller départemental depuis 2008, reçoit dans un bureau "
        "où trône encore une photo de lui avec Pierre Lemarchand. "
        "Il soutiendra Claire Fontan aux régionales."
    )
    assert_edges(edges(extractor, text), expected=[("Yann Perrot", "SUPPORTS", "Claire Fontan")])


TRAPS = [
    (  # two persons as the objects of the sentence before: either could be meant
        "Hervé Castagnet, le maire qui hésite\n\n"
        "Hervé Castagnet reçoit dans son bureau de la mairie de Lunac. "
        "Il a présidé la fédération pendant dix ans. "
        "La presse a interrogé Marc Delorme et Paul Ricard sur son avenir. "
        "Il soutient désormais Claire Fontan pour les régionales.",
        ("Hervé Castagnet", "SUPPORTS", "Claire Fontan"),
    ),
    (  # a thing of the pronoun's gender is the subject just before
        "Sophie Bérard, une sortante sans étiquette\n\n"
        "Sophie Bérard arrive au marché de Vauclair un samedi matin. "
        "Elle serre des mains devant l'étal du fromager. "
        "« Les gens viennent me parler de leurs impôts. » "
        "« Je les écoute. » "
        "« C'est mon métier. » "
        "La motion de la section a été adoptée hier ; elle soutient la candidature "
        "d'Anne Villaret.",
        ("Sophie Bérard", "SUPPORTS", "Anne Villaret"),
    ),
    (  # two protagonists, each the subject as often: no topic
        "Louis Garnier et Thierry Bonnal, deux rivaux\n\n"
        "Louis Garnier a quitté le conseil municipal en mars. "
        "Thierry Bonnal a quitté le bureau de la section en avril. "
        "Louis Garnier prépare déjà la suite. "
        "Thierry Bonnal consulte ses proches. "
        "Le départ de Pierre Lemarchand a pourtant bousculé leurs plans. "
        "Il a finalement rejoint la liste de Gilles Marceau.",
        ("Louis Garnier", "SUPPORTS", "Gilles Marceau"),
    ),
    (  # the protagonist's gender was never told (an unknown first name, no pronoun)
        "Loïs Brémond, la surprise de Lunac\n\n"
        "Loïs Brémond reçoit dans son bureau de la mairie de Lunac. "
        "Loïs Brémond a présidé la fédération pendant dix ans. "
        "La démission de Marc Delorme a changé la donne. "
        "Il soutient désormais Claire Fontan pour les régionales.",
        ("Loïs Brémond", "SUPPORTS", "Claire Fontan"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), TRAPS)
def test_the_topic_is_not_reached_past_a_rival(extractor, text, edge):
    assert_edges(edges(extractor, text), forbidden=[edge])


# --- a quotation no incise attributes -------------------------------------------------------

CONTINUED = [
    (
        "Plus discrète, la conseillère régionale Hélène Marchal n'a pas quitté le groupe. "
        "Elle observe avec prudence la recomposition en cours. "
        "« Pour l'instant, je reste dans la majorité, et je voterai contre Bernard Aubrac "
        "au congrès. »",
        ("Hélène Marchal", "REJECTS", "Bernard Aubrac"),
    ),
    (
        "Jean Verdier a reçu les militants de sa section jeudi soir. "
        "« Je soutiendrai Claire Fontan dès le premier tour. »",
        ("Jean Verdier", "SUPPORTS", "Claire Fontan"),
    ),
    (
        "« La droite locale a besoin d'unité », a martelé Marc Tessier devant la presse. "
        "« Nous rejoindrons donc la liste de Lucie Garnier. »",
        ("Marc Tessier", "SUPPORTS", "Lucie Garnier"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), CONTINUED)
def test_a_quotation_without_incise_is_the_person_just_written_about(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


def test_the_continued_quotation_is_named_in_the_trace(extractor):
    text, (speaker, _, _) = CONTINUED[1]
    assert ("Je", speaker, "continued quotation") in bindings(extractor, text)


CONTINUED_TRAPS = [
    (  # two subjects before the quotation: either could speak
        "Jean Verdier et Paul Morand ont reçu les militants de leur section jeudi soir. "
        "« Je soutiendrai Claire Fontan dès le premier tour. »",
        [
            ("Jean Verdier", "SUPPORTS", "Claire Fontan"),
            ("Paul Morand", "SUPPORTS", "Claire Fontan"),
        ],
    ),
    (  # the quotation names the person before it: someone else speaks of him
        "Jean Verdier a reçu les militants de sa section jeudi soir. "
        "« Jean Verdier se trompe, je soutiendrai Claire Fontan. »",
        [("Jean Verdier", "SUPPORTS", "Claire Fontan")],
    ),
    (  # the quotation has its own incise: its speaker is the one it names
        "Jean Verdier a reçu les militants de sa section jeudi soir. "
        "« Je soutiendrai Claire Fontan dès le premier tour », a répondu Paul Morand.",
        [("Jean Verdier", "SUPPORTS", "Claire Fontan")],
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), CONTINUED_TRAPS)
def test_a_quotation_is_not_given_to_a_person_it_may_not_be(extractor, text, forbidden):
    assert_edges(edges(extractor, text), forbidden=forbidden)


# --- the main clause's subject past asides, for the pronoun after it -------------------------

MAIN_SUBJECTS = [
    (
        "Le maire sortant de Lunac, Paul Girard, 67 ans, élu depuis 2001, a reçu mardi Marc "
        "Tessier. Il soutient désormais Lucie Garnier.",
        ("Paul Girard", "SUPPORTS", "Lucie Garnier"),
    ),
    (
        "Municipales\n\n"
        "En fin de matinée, Hugo Vasseur, conseiller régional sortant, a reçu Marc Tessier à la "
        "permanence du parti. Il appelle à voter pour Lucie Garnier.",
        ("Hugo Vasseur", "SUPPORTS", "Lucie Garnier"),
    ),
    (
        "Municipales\n\n"
        "Le président sortant de la communauté de communes, Yann Perrot, 59 ans, maire depuis "
        "2008, a reçu jeudi Hugo Vasseur. Il votera pour Claire Fontan.",
        ("Yann Perrot", "SUPPORTS", "Claire Fontan"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), MAIN_SUBJECTS)
def test_a_name_set_off_before_the_main_verb_is_its_subject(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


def test_a_name_before_another_subject_is_not_the_main_subject(extractor):
    text = (
        "Après sa rencontre avec Paul Girard, le maire a reçu Marc Tessier. "
        "Il soutient désormais Lucie Garnier."
    )
    assert_edges(
        edges(extractor, text),
        forbidden=[("Paul Girard", "SUPPORTS", "Lucie Garnier"),
                   ("Marc Tessier", "SUPPORTS", "Lucie Garnier")],
    )


# --- a description opening a sentence after a connective -------------------------------------

OPENED = [
    (
        "Paul Girard a quitté le conseil municipal de Lunac en mars. "
        "Mais l'homme soutient toujours Claire Fontan pour les régionales.",
        ("Paul Girard", "SUPPORTS", "Claire Fontan"),
    ),
    (
        "Marc Tessier a longtemps travaillé au cabinet du maire de Lunac. "
        "L'ancien collaborateur de Gilles Marceau soutient désormais Claire Fontan.",
        ("Marc Tessier", "SUPPORTS", "Claire Fontan"),
    ),
    (
        "Sophie Bérard a quitté le bureau de la section en avril. "
        "Et l'élue soutient désormais Anne Villaret pour le second tour.",
        ("Sophie Bérard", "SUPPORTS", "Anne Villaret"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), OPENED)
def test_a_description_after_a_connective_stands_for_the_subject_before(extractor, text, edge):
    assert_edges(edges(extractor, text), expected=[edge])


OPENED_TRAPS = [
    (  # the description names the only candidate: someone else is meant
        "Paul Girard a quitté le conseil municipal de Lunac en mars. "
        "L'ancien collaborateur de Paul Girard soutient désormais Claire Fontan.",
        [("Paul Girard", "SUPPORTS", "Claire Fontan")],
    ),
    (  # two subjects before it: either could be meant
        "Paul Girard et Marc Tessier ont quitté le conseil municipal de Lunac en mars. "
        "Mais l'homme soutient toujours Claire Fontan pour les régionales.",
        [
            ("Paul Girard", "SUPPORTS", "Claire Fontan"),
            ("Marc Tessier", "SUPPORTS", "Claire Fontan"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), OPENED_TRAPS)
def test_a_description_after_a_connective_binds_no_one_it_may_not_be(
    extractor, text, forbidden
):
    assert_edges(edges(extractor, text), forbidden=forbidden)


def test_an_inverted_pronoun_after_a_noun_repeats_the_noun(extractor):
    text = (
        "Sophie Bérard, une sortante sans étiquette\n\n"
        "Sophie Bérard arrive au marché de Vauclair un samedi matin. "
        "Elle serre des mains devant l'étal du fromager. "
        "« Les gens viennent me parler de leurs impôts. » "
        "« Je les écoute. » "
        "« C'est mon métier. » "
        "La liste de Lucie Garnier a-t-elle rejoint celle d'Anne Villaret ?"
    )
    assert not [b for b in bindings(extractor, text) if b[2] == "topic"]


def test_a_name_set_off_before_a_subject_pronoun_does_not_speak_after_it(extractor):
    text = (
        "Paul Girard, le candidat du marché\n\n"
        "Paul Girard arrive au marché de Vauclair un samedi matin. "
        "Ignorant sa rivale socialiste, Claire Fontan, il salue les commerçants. "
        "« Je soutiendrai Lucie Garnier aux régionales. »"
    )
    assert_edges(edges(extractor, text), forbidden=[("Claire Fontan", "SUPPORTS", "Lucie Garnier")])


def test_resolution_leaves_no_half_done_answer_in_the_memo(extractor):
    """Resolution itself asks the argument finder ("the main subject past asides") before it
    has bound every first-person word and quotation; the rules' memo must not keep those
    answers, or a later "Je soutiendrai X" keeps an unbound subject."""
    from alliancegraph.loaders.resolution import build_context
    from alliancegraph.model import Article

    text = ("En fin de matinée, Paul Girard, conseiller sortant, a reçu Hélène Marchand. "
            "« Je soutiendrai Jacques Brunet », a-t-il glissé.")
    article = Article("memo", "2019-03-01", "", text)
    doc = extractor.nlp(text)
    ctx = build_context(doc, article, extractor.gazetteer, extractor.lexicon, extractor.index)
    assert ctx.memo == {}
