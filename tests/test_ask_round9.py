"""How `ask` reads the wordings of the ninth session, each a family of phrasings rather than a
sentence.

First, a name the graph does not hold is never dropped: a word standing where an actor must be
(capitalised where no sentence begins, a topic taken up by a pronoun, a verb's subject, a
noun's owner, a name left out or paired with another) that names no actor makes the question
refused with that name and the closest actors of the graph, in French and in English and for
every relation; read without it, the question would answer another one ("Zorglub, il
critique qui ?" is not "qui critique qui ?"). Capitalised words that are no names (months,
parties, sources, tool names, a sentence's first word, an initial before a name) still read
as before. The rules are ``queries/slots.py``; their words (sources, resumptives,
adverb_endings, determiners) are data in ``ontology/questions.toml``.
"""

from __future__ import annotations

import pytest
from fixtures_graph import (
    names,
)

from alliancegraph.queries import NoMatchError, UnknownNameError, ask, interpret

HAMON, VALLS, MACRON = "Benoît Hamon", "Manuel Valls", "Emmanuel Macron"
LONCLE, HANOTIN, JADOT = "François Loncle", "Mathieu Hanotin", "Yannick Jadot"
MONTEBOURG, AUBRY = "Arnaud Montebourg", "Martine Aubry"


def refused_naming(store, question: str, typed: str) -> str:
    """The one-line error ``question`` is refused with; it names ``typed``."""
    with pytest.raises(UnknownNameError) as error:
        ask(store, question)
    message = str(error.value)
    assert message.startswith(f"no actor named {typed!r}; did you mean: ")
    assert "\n" not in message
    return message


# -- a name the graph lacks, wherever it stands -------------------------------------------------

# Each family holds every relation of the ontology, both ways where the family allows it.
TOPICS = [
    "Zorglub, il critique qui ?",
    "Zorglub, qui le soutient ?",
    "Zorglub : qui l'a invité ?",
    "Zorglub, de qui est-il le porte-parole ?",
    "Zorglub, who does he criticise?",
    "Zorglub: who backs him?",
    "Zorglub - who is he tempted by?",
    "Zorglub, which party is he a member of?",
]
SUBJECTS = [
    "Zorglub critique qui ?",
    "zorglub soutient-il Hamon ?",
    "est-ce que zorglub lorgne vers Macron ?",
    "Zorglub a-t-il invité Jadot ?",
    "qui Zorglub rejette-t-il ?",
    "pour qui zorglub roule-t-il ?",
    "does zorglub back hamon",
    "Zorglub invited whom?",
    "who does Zorglub support?",
    "whom did Zorglub attack in January?",
    "Is Zorglub tempted by Macron?",
    "Does Zorglub speak for Mélenchon?",
]
OBJECTS = [
    "qui critique Zorglub ?",
    "qui est soutenu par Zorglub ?",
    "qui parle au nom de Zorglub ?",
    "qui a rejoint Zorglub ?",
    "who was invited by Zorglub?",
    "who is drawn to Zorglub",
    "who speaks for Zorglub",
    "who supports Hamon but attacks Zorglub",
    "qui soutient Hamon mais pas Zorglub",
]
OWNERS = [
    "les soutiens de Zorglub",
    "Zorglub's backers",
    "zorglub supporters",
    "Zorglub's spokesperson",
    "who are Zorglub's critics?",
    "les invités de Zorglub",
]
LEFT_OUT_AND_PAIRED = [
    "qui soutient Hamon sauf Zorglub",
    "qui d'autre que Zorglub soutient Hamon",
    "besides Zorglub, who backs Hamon?",
    "Hamon et Zorglub : qui les soutient ?",
    "Zorglub and Valls: who supports them?",
    "who has more supporters, Hamon or Zorglub?",
    "qui soutient Hamon et Zorglub",
]
CAPITALISED = [
    "quels socialistes Zorglub critique-t-il ?",
    "which socialists did Zorglub criticise?",
    "who in Zorglub's party criticised Hamon",
    "did Jean Dupont support Hamon?",
    "les alliés et adversaires de Zorglub",
    "où se situe Zorglub ?",
    "liens entre Hamon et Zorglub",
    "timeline of Zorglub",
    "how many people support Zorglub?",
]


@pytest.mark.parametrize("question", TOPICS + SUBJECTS + OBJECTS + OWNERS
                         + LEFT_OUT_AND_PAIRED + CAPITALISED)
def test_a_name_the_graph_lacks_is_refused_naming_it(store, question):
    typed = "Jean Dupont" if "Dupont" in question else next(
        w for w in ("Zorglub", "zorglub") if w in question)
    refused_naming(store, question, typed)


def test_the_refusal_suggests_the_closest_actors_of_the_graph(store):
    stored = {row.name for row in store.actors()}
    for question, typed, closest in [("qui soutient Montebourgeois ?", "Montebourgeois",
                                      MONTEBOURG),
                                     ("Dupont, il critique qui ?", "Dupont", None)]:
        message = refused_naming(store, question, typed)
        suggested = message.split("did you mean: ")[1].rstrip("?").split(", ")
        assert 2 <= len(suggested) <= 3 and set(suggested) <= stored
        assert closest is None or suggested[0] == closest


@pytest.mark.parametrize("question, expected", [
    ("Hammon, qui le soutient ?", {MONTEBOURG, AUBRY, HANOTIN, JADOT}),
    ("hammon supporters", {MONTEBOURG, AUBRY, HANOTIN, JADOT}),
    ("Vals: who backs him?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
])
def test_a_slip_in_an_actors_slot_is_read_as_the_actor(store, question, expected):
    assert names(ask(store, question)) == expected


def test_a_slip_in_a_yes_no_subject_is_read_as_the_actor(store):
    assert ask(store, "Loncl soutient-il Valls ?").answer == "yes"


# -- capitalised words that are no names ------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Qui soutenait Hamon en Mars ?", {HANOTIN}),  # a month
    ("Who backed Hamon in January?", {MONTEBOURG, AUBRY}),
    ("Which Socialists back Valls?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),  # party
    ("In Neo4j, who supports Valls?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("who backs Valls on Neo4j", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("Thanks. Who invited Jadot?", {HAMON}),  # a sentence's first word
    ("Quick question, who backs Valls?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("Selon Le Figaro, qui lorgne vers Macron ?", {LONCLE, "Parti socialiste"}),  # a source
    ("According to Reuters, who backs Valls?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("dans Libération, qui critique Valls ?", {HANOTIN}),
    ("who backs Valls, per AFP?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("according to The New York Times, who backs Valls", {LONCLE, "Laurence Rossignol",
                                                           "Luc Carvounas"}),
    ("qui, à l'Assemblée, soutient Valls", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("Who in the Senate backs Valls?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("Which MEPs back Valls?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),  # an office
    ("Who Backs Valls", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),  # Title Case
    ("QUI SOUTIENT VALLS", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("qui soutient B. Hamon ?", {MONTEBOURG, AUBRY, HANOTIN, JADOT}),  # an initial
    ("qui soutient Manu Valls ?", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
])
def test_capitalised_words_that_are_no_names_read_as_before(store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question", [
    "get me everyone tempted by Macron",  # a request before a noun for those asked
    "qui Valls a-t-il fini par soutenir ?",  # the verb's subject is named
    "quel acteur a critiqué le plus de monde ?",  # the noun a question word asks for
    "qui a été sèchement recalé par Hamon ?",  # an adverb
    "qui soutient Valls tout en étant tenté par Macron",  # after "and": the first subject
])
def test_a_lower_case_word_the_grammar_gives_another_role_is_no_name(store, question):
    assert ask(store, question).rows


def test_an_office_is_still_refused_with_the_closest_readings(store):
    with pytest.raises(NoMatchError, match="closest: "):
        interpret(store, "qui est le président de la République ?")


# -- whose noun did X verb: two relations between the same two actors --------------------------

@pytest.mark.parametrize("question, expected", [
    ("whose invitation did Mélenchon turn down?", {HAMON}),
    ("Mélenchon rejected whose outstretched hand?", {HAMON}),
    ("de qui Mélenchon a-t-il rejeté l'offre ?", {HAMON}),
    ("de qui Mélenchon a-t-il repoussé la main tendue en février ?", {HAMON}),
    ("whose overtures did Jadot welcome?", {HAMON}),  # another verb: support
    ("whose offers did Jadot turn down?", set()),
])
def test_whose_noun_did_a_person_verb_asks_the_nouns_makers_the_verb_is_about(
        store, question, expected):
    got = interpret(store, question)
    assert [c.asked for c in got.conditions] == ["subject", "object"]
    assert names(ask(store, question)) == expected


def test_whose_noun_without_a_verb_of_the_person_is_read_as_before(store):
    assert names(ask(store, "whose spokesperson is Chaibi?")) == {"Jean-Luc Mélenchon"}
    assert ask(store, "who rejected Hamon's invitation?").query.name == "rejected-invitations"


# -- politeness around a question, and a question's case --------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Please, does Jadot back Hamon?", "yes"),  # a yes/no opening after politeness
    ("please did Valls attack Hamon", "yes"),
    ("Bonjour, est-ce que Loncle lorgne vers Macron ?", "yes"),
    ("Hi, is Chaibi Mélenchon's spokesperson?", "yes"),
    ("Svp, est-ce bien au nom de Hamon que parle Chaibi ?", "no"),  # a cleft after it
    ("Stp, Aubry soutient-elle Valls ?", "no"),
])
def test_a_yes_no_question_after_politeness_is_still_answered_yes_or_no(
        store, question, expected):
    assert ask(store, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Who is Castaner the spokesman of, please?", {MACRON}),  # a preposition left at the end
    ("opposants de Hamon février, merci", {"Jean-Luc Mélenchon"}),  # a month said last
    ("Bonjour, parmi les partis, lesquels sont tentés par Macron ?", {"Parti socialiste"}),
    ("Thanks, who is Chaibi the spokeswoman of?", {"Jean-Luc Mélenchon"}),
])
def test_politeness_before_or_after_a_comma_leaves_the_question_as_it_is(
        store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("BACKERS VALLS ASAP", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("Backers Valls Asap", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
    ("Need Names: Valls Endorsements", {LONCLE, "Laurence Rossignol", "Luc Carvounas"}),
])
def test_a_question_in_capitals_or_title_case_says_nothing_by_its_capitals(
        store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Who's Chaibi the spokeswoman of in 2017?", {"Jean-Luc Mélenchon"}),
    ("Who is Castaner the spokesman of in January?", {MACRON}),
    ("who is Castaner the spokesman of since January 2017", {MACRON}),
])
def test_a_preposition_left_at_the_end_before_a_date_still_asks_the_nouns_other_end(
        store, question, expected):
    assert names(ask(store, question)) == expected


# -- the eighth fresh set's families, in other words of our own ------------------------------

SUPPORTERS_OF_VALLS = {LONCLE, "Laurence Rossignol", "Luc Carvounas"}
HAMONS_INVITEES = {JADOT, "Jean-Luc Mélenchon", "Parti socialiste"}


@pytest.mark.parametrize("question, expected", [
    # support said "in favour of", "declared for", or as someone "on one's side"
    ("Qui s'est prononcé en faveur de Valls ?", SUPPORTERS_OF_VALLS),
    ("qui prend parti pour Valls ?", SUPPORTERS_OF_VALLS),
    ("Who declared for Valls?", SUPPORTERS_OF_VALLS),
    ("Who has Valls got on his side?", SUPPORTERS_OF_VALLS),
    ("who does Valls have on his side?", SUPPORTERS_OF_VALLS),
    # an invitation whose purpose follows it, or received "from" its maker
    ("Who did Hamon ask to join forces?", HAMONS_INVITEES),
    ("who did Hamon ask to team up?", HAMONS_INVITEES),
    ("Who received an offer from Hamon?", HAMONS_INVITEES),
    ("Who got an invitation from Hamon?", HAMONS_INVITEES),
    ("Whom did Jadot ask to rally behind him?", set()),  # not whom Jadot rallied behind
    # "X est <participe> par qui": the agent asked
    ("Valls est soutenu par qui ?", SUPPORTERS_OF_VALLS),
    ("Jadot est invité par qui ?", {HAMON}),
    ("Hamon est critiqué par qui ?", {VALLS, LONCLE, "Jean-Luc Mélenchon", "Leïla Chaibi"}),
    # turning to someone is a temptation; "au nom de qui" is one question word
    ("Qui se tourne vers Macron ?", {LONCLE, "Parti socialiste"}),
    ("vers qui se tournent les socialistes ?", {MACRON}),
    ("Au nom de qui parle Castaner ?", {MACRON}),
    ("au nom de qui s'exprime Chaibi ?", {"Jean-Luc Mélenchon"}),
    # reported speech: "qui a dit qu'il ...": who did it
    ("qui a dit qu'il soutenait Valls ?", SUPPORTERS_OF_VALLS),
    ("qui a fait savoir qu'il était tenté par Macron", {LONCLE, "Parti socialiste"}),
    ("who said that they backed Valls?", SUPPORTERS_OF_VALLS),
])
def test_wordings_of_the_eighth_set_in_other_words(store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Is it right that Jadot backed Hamon?", "yes"),
    ("is it correct that Aubry backed Valls", "no"),
    ("Est-il juste que Valls soutient Macron ?", "yes"),
])
def test_is_it_right_that_opens_a_yes_no_question(store, question, expected):
    assert ask(store, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("who spoke on Mélenchon's behalf", {"Leïla Chaibi"}),  # a name's genitive in a wording
    ("Who speaks in Macron's name?", {"Christophe Castaner"}),
    ("who is on Valls's side?", SUPPORTERS_OF_VALLS),
])
def test_a_names_genitive_inside_a_wording_is_the_wordings_actor(store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question, expected", [
    # a framing sentence before a colon or a semicolon, then a yes/no opening
    ("One last check before the piece goes out: is it right that Jadot backed Hamon?", "yes"),
    ("Petite vérification avant publication ; est-ce que Aubry soutient Valls ?", "no"),
])
def test_a_framing_sentence_before_a_yes_no_question_is_left_aside(store, question, expected):
    assert ask(store, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the framing states a case; "else" asks for the others
    ("I read somewhere that Loncle backed Valls; who else supports Valls?",
     {"Laurence Rossignol", "Luc Carvounas"}),
    ("Je connais déjà le cas de Montebourg ; qui d'autre soutient Hamon ?",
     {AUBRY, HANOTIN, JADOT}),
])
def test_who_else_after_a_framing_leaves_out_the_persons_it_names(store, question, expected):
    assert names(ask(store, question)) == expected


def test_a_framing_holding_a_wording_without_else_stays_part_of_the_question(store):
    assert names(ask(store, "Hamon's supporters in January: which of them backed him first?")) \
        <= {MONTEBOURG, AUBRY}


@pytest.mark.parametrize("question, expected", [
    # the writer's own interest frames the question; "parmi eux" / "of them" is that group
    ("Je m'intéresse aux socialistes : lesquels soutiennent Valls ?", SUPPORTERS_OF_VALLS),
    ("I'm interested in the Greens; which of them back Hamon?", {JADOT}),
    ("Je travaille sur les insoumis, et j'aimerais savoir lesquels critiquent Hamon",
     {"Jean-Luc Mélenchon", "Leïla Chaibi"}),
    # a relative of unknown words after a question understood describes it
    ("who supports Hamon rather than keep running himself", {MONTEBOURG, AUBRY, HANOTIN,
                                                             JADOT}),
])
def test_the_writers_framing_and_a_trailing_description_leave_the_question_as_asked(
        store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Les écolos derrière Hamon", {JADOT}),  # a group behind someone backs him
    ("the Greens behind Hamon", {JADOT}),
    ("les socialistes derrière Valls", SUPPORTERS_OF_VALLS),
    ("Behind whom does Valls stand?", {MACRON}),  # "behind whom" still asks the other end
])
def test_a_group_behind_someone_is_his_support(store, question, expected):
    assert names(ask(store, question)) == expected


@pytest.mark.parametrize("question", [
    "before Benoît Hamon won the primary, who backed him",
    "avant que Benoît Hamon ne gagne la primaire, qui le soutenait ?",
])
def test_the_primary_win_told_with_the_full_name_is_the_same_day(store, question):
    got = interpret(store, question)
    assert got.until == "2017-01-28"
    assert names(ask(store, question)) == {MONTEBOURG, AUBRY}
