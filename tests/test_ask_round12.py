"""How `ask` reads the families of the eleventh session: chatty openings passed over, a
possessive agreed with a plural subject, "avoir pour porte-parole X", a membership denied on
its own (read as outside the party, as a party filter defines it), "être à" a party after a
noun of persons, and a noun whose "à" is contracted before a party ("les opposants au PS").
The wordings are data (``ontology/questions.toml``); none is a question of the fresh sets."""

from __future__ import annotations

import pytest
from fixtures_graph import PERSONS

from alliancegraph.queries import ask, interpret
from alliancegraph.queries.errors import UnknownNameError

HAMON, VALLS, JADOT = "Benoît Hamon", "Manuel Valls", "Yannick Jadot"
MACRON, CASTANER, CHAIBI = "Emmanuel Macron", "Christophe Castaner", "Leïla Chaibi"
MELENCHON = "Jean-Luc Mélenchon"
PS, LFI, EELV, EM = ("Parti socialiste", "La France insoumise", "Europe Écologie Les Verts",
                     "En Marche")


def read(store, question: str) -> list[tuple]:
    return [(c.relation, c.asked, c.actor, c.negated)
            for c in interpret(store, question).conditions]


@pytest.mark.parametrize(("question", "expected"), [
    ("Quick question: who courted the most people?", None),
    ("Quick question: who is an activist in LFI?", ("MEMBER_OF", "subject", None, False)),
    ("I was wondering who has the most critics?", None),
    ("Petite question : pour qui roule Hanotin ?", ("SUPPORTS", "object", "Mathieu Hanotin",
                                                    False)),
    ("Question rapide : à qui s'en prend Valls ?", ("REJECTS", "object", VALLS, False)),
    ("Tu peux me dire pour qui roule Hanotin ?", ("SUPPORTS", "object", "Mathieu Hanotin",
                                                 False)),
    ("Could you remind me which politicians Jadot endorsed?",
     ("SUPPORTS", "object", JADOT, False)),
    ("I'd love to know whether Jadot backed Hamon, thanks.", ("SUPPORTS", "subject", HAMON,
                                                              False)),
])
def test_a_chatty_opening_is_passed_over(store, question, expected):
    """The opening neither names an actor ("Quick question" is no one) nor turns the question
    round ("pour qui roule X" still asks whom X backs)."""
    got = interpret(store, question)
    if expected is None:
        assert got.most
    else:
        assert [(c.relation, c.asked, c.actor, c.negated) for c in got.conditions][:1] == [
            expected]
        assert got.exists is False  # a list, not "are there any"


def test_a_wondering_opening_keeps_its_yes_no(store):
    answer = ask(store, "I'd love to know if Jadot backed Hamon")
    assert answer.answer == "yes"


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("Combien de responsables ont pris leur carte à LFI ?", "MEMBER_OF", LFI),
    ("Quels élus ont pris leurs distances avec Valls ?", "REJECTS", VALLS),
    ("Quelles élues ont pris leur carte au PS ?", "MEMBER_OF", PS),
])
def test_a_possessive_agrees_with_a_plural_subject(store, question, relation, actor):
    assert read(store, question) == [(relation, "subject", actor, False)]


@pytest.mark.parametrize(("question", "spokesperson"), [
    ("Qui a pour porte-parole Castaner ?", CASTANER),
    ("Quels responsables ont pour porte-parole Chaibi ?", CHAIBI),
    ("Quel candidat avait pour porte-parole Castaner en 2017 ?", CASTANER),
])
def test_having_someone_as_spokesperson_asks_for_the_one_spoken_for(store, question,
                                                                    spokesperson):
    assert read(store, question) == [("SPOKESPERSON_OF", "object", spokesperson, False)]


@pytest.mark.parametrize("question", [
    "Qui n'est pas au PS ?",
    "Qui n'est pas membre du PS ?",
    "Qui est hors du PS ?",
    "Quels responsables ne sont pas socialistes ?",
    "Who is not in the PS?",
    "Who isn't a member of the Socialist Party?",
    "Who is outside the PS?",
])
def test_a_membership_denied_alone_is_everyone_outside_the_party(store, question):
    """Neither the party, nor an actor whose party it is (Aubry has no membership claim, the
    PS is her party), nor one with a membership claim: the party filter's reading, said in
    the interpretation ("not in Parti socialiste")."""
    answer = ask(store, question)
    assert answer.interpretation.party == PS and answer.interpretation.outside_party
    assert "not in Parti socialiste" in answer.understood
    names = {row["name"] for row in answer.rows}
    socialists = {name for name, (_, party) in PERSONS.items() if party == PS} | {PS}
    assert names and not names & socialists
    assert {JADOT, MACRON, MELENCHON} <= names


def test_a_membership_asked_alone_still_lists_the_members(store):
    names = {row["name"] for row in ask(store, "Qui est au PS ?").rows}
    assert names == {HAMON, VALLS}


def test_a_denied_membership_next_to_another_condition_keeps_its_claims_reading(store):
    """questions.toml's reading of "but is not a member of the PS": no membership claim."""
    interpretation = interpret(store, "Who backs Hamon but is not a member of the PS?")
    assert not interpretation.outside_party
    assert [(c.relation, c.negated) for c in interpretation.conditions] == [
        ("SUPPORTS", False), ("MEMBER_OF", True)]


@pytest.mark.parametrize(("question", "party"), [
    ("Quel responsable est à En Marche ?", EM),
    ("Quel élu est à LFI ?", LFI),
    ("Quels responsables sont à EELV ?", EELV),
])
def test_a_person_noun_and_a_party_alone_ask_for_its_members(store, question, party):
    interpretation = interpret(store, question)
    assert [(c.relation, c.asked, c.actor) for c in interpretation.conditions] == [
        ("MEMBER_OF", "subject", party)]
    assert interpretation.kind is None  # "responsable", "élu" name any actor asked about
    # (round 13: lists never filter by kind but for "personnes"/"persons")


@pytest.mark.parametrize(("question", "party"), [
    ("Les opposants au PS ?", PS),
    ("Qui sont les opposants aux Verts ?", EELV),
    ("Quels élus sont hostiles au PS ?", PS),
])
def test_a_noun_contracting_its_a_before_a_party_names_its_object(store, question, party):
    """"au" after "opposants" is "à le", the noun's object, not "within the PS"."""
    interpretation = interpret(store, question)
    assert [(c.relation, c.asked, c.actor) for c in interpretation.conditions] == [
        ("REJECTS", "subject", party)]
    assert interpretation.party is None


def test_a_party_preposition_still_filters_after_an_object(store):
    interpretation = interpret(store, "Les opposants à Valls au PS ?")
    assert interpretation.party == PS


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("Qui compte parmi les adversaires de Hamon ?", "REJECTS", HAMON),
    ("Qui compte au nombre des partisans de Hamon ?", "SUPPORTS", HAMON),
    ("Qui compte parmi les fidèles de Valls ?", "SUPPORTS", VALLS),
])
def test_counting_among_a_nouns_holders_is_being_one_of_them(store, question, relation, actor):
    """"compter parmi les soutiens de X" is being one of X's supporters, not having them."""
    assert read(store, question) == [(relation, "subject", actor, False)]


def test_having_a_noun_still_asks_for_its_owner(store):
    assert read(store, "Qui a le soutien de Jadot ?") == [("SUPPORTS", "object", JADOT, False)]


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("Jadot was a supporter of which candidate?", "SUPPORTS", JADOT),
    ("Hanotin is an ally of which candidate?", "SUPPORTS", "Mathieu Hanotin"),
    ("De quel candidat Castaner est-il le porte-parole ?", "SPOKESPERSON_OF", CASTANER),
    ("De quel candidat Valls est-il l'adversaire ?", "REJECTS", VALLS),
    ("Pour quel candidat Chaibi est-elle porte-parole ?", "SPOKESPERSON_OF", CHAIBI),
    ("Pour qui Castaner est-il le porte-parole ?", "SPOKESPERSON_OF", CASTANER),
])
def test_a_noun_the_actor_is_of_which_candidate_asks_for_its_object(store, question,
                                                                   relation, actor):
    """"X is the spokesman *of which* candidate", "*pour quel* candidat X est-elle
    porte-parole": the determiner after an owner preposition asks, as "de qui" does, for the
    other end of the noun X is; a fronted "pour" is no part of "est pour" when a wording
    follows the verb."""
    assert read(store, question) == [(relation, "object", actor, False)]


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("Pour quel candidat roule Hanotin ?", "SUPPORTS", "Mathieu Hanotin"),
    ("Contre quel candidat Valls s'est-il prononcé ?", "REJECTS", VALLS),
    ("De quel parti Jadot est-il membre ?", "MEMBER_OF", JADOT),
    ("Sur quels appuis Hamon peut-il compter ?", "SUPPORTS", HAMON),
])
def test_a_preposition_before_a_determiner_is_moved_to_its_verb(store, question, relation,
                                                                actor):
    """"*pour* quel candidat roule X" as "pour qui roule X"; a noun after the determiner keeps
    its own preposition ("sur quels appuis ... compter")."""
    expected = "subject" if question.startswith("Sur") else "object"
    assert read(store, question) == [(relation, expected, actor, False)]


@pytest.mark.parametrize(("question", "role", "relation", "actor"), [
    ("Quelle porte-parole a critiqué Hamon ?", "SPOKESPERSON_OF", "REJECTS", HAMON),
    ("Which spokesperson attacked Hamon?", "SPOKESPERSON_OF", "REJECTS", HAMON),
    ("Quels porte-parole critiquent Hamon ?", "SPOKESPERSON_OF", "REJECTS", HAMON),
    ("Which supporters attacked Valls?", "SUPPORTS", "REJECTS", VALLS),
])
def test_a_relation_noun_after_the_question_word_is_a_condition_of_its_own(
        store, question, role, relation, actor):
    """"quelle porte-parole a attaqué X": spokespersons (of anyone) who attacked X, not every
    critic of X; an office ("which MEPs") is no such noun."""
    assert read(store, question) == [(role, "subject", None, False),
                                     (relation, "subject", actor, False)]
    names = {row["name"] for row in ask(store, question).rows}
    assert names <= {CHAIBI, CASTANER, "Mathieu Hanotin"}


def test_an_office_after_the_question_word_adds_no_condition(store):
    assert read(store, "Which MEPs back Valls?") == [("SUPPORTS", "subject", VALLS, False)]


@pytest.mark.parametrize(("question", "first", "second"), [
    ("Qui est membre du PS ou d'EELV ?", PS, EELV),
    ("Who is a member of LFI or EELV?", LFI, EELV),
    ("Who belongs to the PS or to EELV?", PS, EELV),
    ("Qui est socialiste ou écologiste ?", PS, EELV),
    ("Which politicians are insoumis or greens?", LFI, EELV),
])
def test_two_parties_joined_by_or_are_either_membership(store, question, first, second):
    """Either membership may hold: a party filter would need both (and was refused as two)."""
    assert read(store, question) == [("MEMBER_OF", "subject", first, False),
                                     ("MEMBER_OF", "subject", second, False)]
    conditions = interpret(store, question).conditions
    assert [c.alternative for c in conditions] == [False, True]


def test_a_membership_or_another_relation_is_either(store):
    interpretation = interpret(store, "Who speaks for Mélenchon or is a member of EELV?")
    assert [(c.relation, c.actor, c.alternative) for c in interpretation.conditions] == [
        ("SPOKESPERSON_OF", MELENCHON, False), ("MEMBER_OF", EELV, True)]
    assert interpretation.party is None
    names = {row["name"] for row in ask(store, "Who speaks for Mélenchon or is a member of "
                                               "EELV?").rows}
    assert names == {CHAIBI, JADOT, "David Cormand"}


def test_and_who_with_a_membership_is_still_one_filtered_list(store):
    interpretation = interpret(store, "qui critique Hamon et qui est membre du PS")
    assert interpretation.party == PS


@pytest.mark.parametrize("question", [
    "Qui s'en est pris soit à Hamon, soit à Valls ?",
    "Qui a rompu soit avec Hamon, soit avec Valls ?",
    "Qui a voté soit pour Hamon, soit pour Valls ?",  # read so before too
])
def test_soit_inside_a_wording_opens_a_pair(store, question):
    """"s'en est pris *soit* à X, soit à Y": the wording past "soit", then either actor."""
    conditions = interpret(store, question).conditions
    assert len(conditions) == 2 and conditions[1].alternative
    assert conditions[0].relation == conditions[1].relation


@pytest.mark.parametrize(("question", "first", "second"), [
    ("Qui critique Valls tout en tendant la main au PS ?", "REJECTS", "INVITED_TO_RALLY"),
    ("Qui s'oppose au PS mais n'a pas fait d'offre à Jadot ?", "REJECTS", "INVITED_TO_RALLY"),
    ("Who attacks Valls while making an offer to the PS?", "REJECTS", "INVITED_TO_RALLY"),
    ("Qui a fait une offre au PS et critique Valls ?", "INVITED_TO_RALLY", "REJECTS"),
])
def test_a_rejection_joined_to_an_invitation_is_two_conditions(store, question, first,
                                                               second):
    """"tout en tendant la main au PS" is a second condition with its own actor, not a
    refusal of someone's outstretched hand (the rejected-invitations query)."""
    interpretation = interpret(store, question)
    assert interpretation.shape is None
    assert [c.relation for c in interpretation.conditions] == [first, second]


def test_a_refused_invitation_is_still_its_own_query(store):
    assert interpret(store, "Qui a décliné la main tendue de Hamon ?").shape == \
        "rejected-invitations"


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("Qui a critiqué Hamon mais ne flirte pas avec Macron ?", "TEMPTED_BY", MACRON),
    ("Qui soutient Hamon mais ne parle pas au nom de Mélenchon ?", "SPOKESPERSON_OF",
     MELENCHON),
    ("Qui soutient Hamon mais ne tend pas la main à Mélenchon ?", "INVITED_TO_RALLY",
     MELENCHON),
    ("Qui ne fait pas campagne pour Hamon ?", "SUPPORTS", HAMON),
])
def test_a_french_negation_inside_a_wording_denies_that_wording(store, question, relation,
                                                                actor):
    """"ne flirte *pas* avec X": the wording past "pas", denied; main read the previous
    wording again ("not REJECTS Macron") or refused the question."""
    denied = [c for c in interpret(store, question).conditions if c.negated]
    assert [(c.relation, c.actor) for c in denied] == [(relation, actor)]


def test_a_membership_denied_inside_its_wording_keeps_the_party_reading(store):
    interpretation = interpret(store, "les soutiens de Hamon qui ne sont pas au PS")
    assert interpretation.party == PS and interpretation.outside_party


@pytest.mark.parametrize(("question", "typed", "name"), [
    ("Which members of EELV offered Jaodt an alliance?", "Jaodt", JADOT),
    ("The candidates Aurby endorsed", "Aurby", "Martine Aubry"),
    ("Who sought to bring Mléenchon on board?", "Mléenchon", MELENCHON),
    ("Locnle backing Valls?", "Locnle", "François Loncle"),
    ("lonlce tenté par hantoin ?", "hantoin", "Mathieu Hanotin"),
])
def test_a_mistyped_name_next_to_a_wording_is_read_as_the_name(store, question, typed, name):
    """A slip read together with the word next to it ("offered Jaodt"), or dropped as a
    modifier before a participle ("Locnle backing"), or left out after a wording
    ("tenté par hantoin", which asked what tempts Loncle): read as the actor it nearly
    names, and said so."""
    interpretation = interpret(store, question)
    assert interpretation.corrected.get(typed) == name


def test_an_unknown_name_next_to_a_wording_is_still_refused(store):
    with pytest.raises(UnknownNameError, match="Zorglub"):
        interpret(store, "Who offered Zorglub an alliance?")


def test_a_first_name_before_an_unknown_surname_is_no_slip(store):
    """"Martine Zorglub" is no one of the graph: refused whole, not read as Martine Aubry."""
    with pytest.raises(UnknownNameError, match="'Martine Zorglub'"):
        interpret(store, "Who backs Martine Zorglub?")


def test_an_unknown_word_before_a_participle_is_still_a_modifier(store):
    assert read(store, "Staffers backing Hamon?") == [("SUPPORTS", "subject", HAMON, False)]


@pytest.mark.parametrize(("question", "actor"), [
    ("Who is part of Hamon's camp?", HAMON),
    ("Who is a member of the Valls team?", VALLS),
    ("Which politicians belong to Hamon's inner circle?", HAMON),
])
def test_a_membership_verb_before_a_persons_group_is_being_one_of_it(store, question, actor):
    """"part of Valls's camp": one of the camp (supporters or spokespersons, the camp's
    reading), not a membership of Valls."""
    conditions = interpret(store, question).conditions
    assert [(c.relation, c.asked, c.actor) for c in conditions] == [
        ("SUPPORTS", "subject", actor), ("SPOKESPERSON_OF", "subject", actor)]


@pytest.mark.parametrize(("question", "relation", "asked", "actor"), [
    ("Who saw Macron as an option?", "TEMPTED_BY", "subject", MACRON),
    ("Qui voit Macron comme une option ?", "TEMPTED_BY", "subject", MACRON),
    ("Which politicians viewed Macron as an option?", "TEMPTED_BY", "subject", MACRON),
    ("Who talks to the press on Mélenchon's behalf?", "SPOKESPERSON_OF", "subject",
     MELENCHON),
    ("Qui parle aux médias au nom de Macron ?", "SPOKESPERSON_OF", "subject", MACRON),
    ("Who urged Jadot to rally behind him?", "INVITED_TO_RALLY", "subject", JADOT),
    ("Who asked the PS to rally behind him?", "INVITED_TO_RALLY", "subject", PS),
    ("Who got an offer from Mélenchon to join his campaign?", "INVITED_TO_RALLY", "object",
     MELENCHON),
])
def test_wordings_of_the_eleventh_session(store, question, relation, asked, actor):
    """Seeing X as an option, speaking to the press for X, asking X to rally behind oneself,
    an offer "to join his campaign" (read as a name before)."""
    interpretation = interpret(store, question)
    assert read(store, question) == [(relation, asked, actor, False)]
    assert interpretation.party is None


@pytest.mark.parametrize(("question", "subject", "actor"), [
    ("Can you confirm that Jadot backed Hamon?", JADOT, HAMON),
    ("Could you confirm whether Aubry is a Hamon supporter?", "Martine Aubry", HAMON),
    ("Pouvez-vous confirmer que Valls a critiqué Hamon ?", VALLS, HAMON),
])
def test_asking_to_confirm_is_a_yes_no_question(store, question, subject, actor):
    interpretation = interpret(store, question)
    assert interpretation.only == subject
    assert [c.actor for c in interpretation.conditions] == [actor]


@pytest.mark.parametrize(("question", "actor"), [
    ("For whom is Castaner a spokesperson?", CASTANER),
    ("Pour qui Castaner est-il porte-parole ?", CASTANER),
    ("For whom is Chaibi the voice?", CHAIBI),
])
def test_a_fronted_preposition_goes_to_the_noun_past_the_name(store, question, actor):
    """"for whom is X the spokeswoman": not "is for" (X's supporters) but X's principal."""
    assert read(store, question) == [("SPOKESPERSON_OF", "object", actor, False)]


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("J'écris sur les soutiens des candidats : qui soutient Hamon ?", "SUPPORTS", HAMON),
    ("I'm writing about the candidates' spokespeople: who speaks for Macron?",
     "SPOKESPERSON_OF", MACRON),
    ("Je m'intéresse aux critiques entre candidats ; qui a critiqué Valls ?", "REJECTS",
     VALLS),
])
def test_a_framing_that_names_a_relation_of_no_one_is_left_out(store, question, relation,
                                                               actor):
    """A framing sentence that names a relation in general (no actor) says what the writer
    is about; the question after the colon or the semicolon is the one asked."""
    assert read(store, question) == [(relation, "subject", actor, False)]


def test_a_framing_with_a_wording_and_a_name_stays_part_of_the_question(store):
    conditions = interpret(store, "Hamon's supporters in January: which of them attacked "
                                  "Valls?").conditions
    assert [c.relation for c in conditions] == ["SUPPORTS", "REJECTS"]


@pytest.mark.parametrize("question", [
    "Qui est porte-parole de la campagne de Mélenchon ?",
    "Who was the spokesperson of the campaign of Mélenchon?",
])
def test_someones_campaign_is_no_period(store, question):
    """"la campagne de X" is X's campaign, not the presidential campaign's dates."""
    interpretation = interpret(store, question)
    assert (interpretation.since, interpretation.until) == (None, None)
    assert read(store, question) == [("SPOKESPERSON_OF", "subject", MELENCHON, False)]


def test_the_campaign_is_still_a_period(store):
    assert interpret(store, "Qui a soutenu Hamon pendant la campagne ?").since == "2016-12-01"


@pytest.mark.parametrize(("question", "relation", "actor", "party"), [
    ("Who is Hanotin a supporter of in the ranks of the PS?", "SUPPORTS", "Mathieu Hanotin",
     PS),
    ("Who is Chaibi the spokeswoman of within LFI?", "SPOKESPERSON_OF", CHAIBI, LFI),
    ("Who is Jadot a critic of among the socialists?", "REJECTS", JADOT, PS),
])
def test_a_noun_ending_its_clause_before_a_party_filter_asks_for_its_other_end(
        store, question, relation, actor, party):
    """"who is X a supporter *of* in the ranks of the PS": the preposition left after the
    noun asks whom X supports, as it does at the question's end or before a date."""
    interpretation = interpret(store, question)
    assert read(store, question) == [(relation, "object", actor, False)]
    assert interpretation.party == party


@pytest.mark.parametrize(("question", "asked", "actor"), [
    ("Which politicians could Loncle switch to?", "object", "François Loncle"),
    ("Could the PS switch to Macron?", "subject", MACRON),
    ("Vers qui Loncle pourrait-il basculer ?", "object", "François Loncle"),
    ("Who could Aubry back?", "object", "Martine Aubry"),
])
def test_a_modal_before_the_verbs_subject_still_makes_a_temptation(store, question, asked,
                                                                   actor):
    """"*could* Loncle switch to" as "Loncle could switch to": what one could do is a
    temptation, the modal before the subject of a question as after it."""
    assert [(c.relation, c.asked, c.actor) for c in interpret(store, question).conditions] \
        == [("TEMPTED_BY", asked, actor)]


def test_an_auxiliary_before_the_subject_keeps_the_verb(store):
    assert read(store, "Who did Loncle back?") == [("SUPPORTS", "object", "François Loncle",
                                                    False)]


@pytest.mark.parametrize(("question", "relation", "actor"), [
    ("Who sits in LFI?", "MEMBER_OF", LFI),
    ("Qui siège dans le PS ?", "MEMBER_OF", PS),
    ("Quel responsable a fait un geste vers le PS ?", "INVITED_TO_RALLY", PS),
    ("Qui a proposé un rapprochement à Mélenchon ?", "INVITED_TO_RALLY", MELENCHON),
    ("Who does press for Mélenchon?", "SPOKESPERSON_OF", MELENCHON),
])
def test_wordings_of_the_second_batch(store, question, relation, actor):
    assert read(store, question) == [(relation, "subject", actor, False)]


@pytest.mark.parametrize(("question", "typed", "name"), [
    ("Pouvez-vous me dire cahibi est le porte-voix de qui ?", "cahibi", CHAIBI),
    ("Tu peux me dire mléenchon est de quel parti ?", "mléenchon", MELENCHON),
    ("Pourriez-vous me dire hmaon a invité qui ?", "hmaon", HAMON),
])
def test_a_request_before_a_question_word_further_on_is_passed_over(store, question, typed,
                                                                     name):
    """The request is no name: with a mistyped name after it, the question is read with the
    name corrected rather than refused over "Pouvez" or "Tu peux"."""
    assert interpret(store, question).corrected.get(typed) == name


@pytest.mark.parametrize(("question", "first", "second", "actor"), [
    ("Who criticised Hamon although he had reached out to them?", "REJECTS",
     "INVITED_TO_RALLY", HAMON),
    ("Who attacked Hamon even though he courted them?", "REJECTS", "INVITED_TO_RALLY", HAMON),
    ("Who snubbed Valls though he backed them?", "REJECTS", "SUPPORTS", VALLS),
])
def test_a_clause_whose_pronoun_subject_acts_on_them_is_a_condition(store, question, first,
                                                                    second, actor):
    """"even though *he* invited *them*": he is the actor named last, them those asked; the
    clause was dropped, answering every critic of Hamon."""
    conditions = interpret(store, question).conditions
    assert [(c.relation, c.asked, c.actor) for c in conditions] == [
        (first, "subject", actor), (second, "object", actor)]


def test_a_pronoun_subject_with_a_named_object_is_left_as_before(store):
    conditions = interpret(store, "Who rebuffed Hamon even though he invited Jadot?").conditions
    assert [(c.relation, c.actor) for c in conditions] == [("REJECTS", HAMON),
                                                          ("INVITED_TO_RALLY", JADOT)]
