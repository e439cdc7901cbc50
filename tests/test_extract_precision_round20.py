"""False edges of the fifteenth session's untuned pair, fixed as families (precision round 20).

real14 and blind14 were scored before the session's work and after its first rule round
(5cb4491); their three forbidden edges were then read — and only those, not their misses — so
both sets are tuning sets for precision from here. Each family below gave the false edge on
main with sentences of our own.

- A quotation reported as mockery grants nothing but a rejection: « "X est désormais le
  candidat d'En marche", ironise Y » gave X MEMBER_OF En Marche (``superseded.ironic``, the
  ontology's ``ironic_incises``).
- A party label after « jusqu'ici », « jusqu'alors », « hier encore » tells a tie that held only
  until the news (« X, jusqu'ici adhérente des Républicains, a pris sa carte chez Horizons »
  gave X MEMBER_OF LR: ``superseded.held_until_now``, ``held_until_now``).
- A hesitation answered no in the next sentences is no temptation (« Je lui ai dit que je
  réfléchirais. J'ai réfléchi : c'est non. »: ``superseded.answered_no``).
- A sentence opened on a party's side (« Du côté d'En Marche, » « Côté PS, ») before a person the
  gazetteer puts in another party at the date is about an ally, not a member
  (``affiliation._known_elsewhere``; real14's forbidden edge once the mockery was fixed).
- In an interview, « M. » before a name folded to the clitic « m' » and was bound to the
  interviewee (« Leur délégué, M. Touvenel, m'écrit »), a wrong actor waiting for a wrong edge.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.loaders.extractor import Extractor
from alliancegraph.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "« Renaud Muselier est désormais le candidat d'En marche », ironise Lucienne Bardou.",
        "« Renaud Muselier, c'est le nouveau soutien de Marine Le Pen », raille Lucienne Bardou.",
        "« Renaud Muselier a rejoint En Marche, voyez-vous », persifle Lucienne Bardou.",
        "« Renaud Muselier est un fidèle d'Emmanuel Macron maintenant », s'amuse Lucienne Bardou.",
        "Lucienne Bardou est arrivée. « Renaud Muselier est désormais le candidat d'En marche », "
        "ironise-t-il.",
    ],
)
def test_a_quotation_reported_as_mockery_grants_nothing(extractor, text):
    found = claim_triples(extractor, text, "2021-05-14")
    assert not [e for e in found if e[0] == "Renaud Muselier"]


def test_a_quotation_reported_plainly_still_grants(extractor):
    text = "« Renaud Muselier est désormais le candidat d'En marche », affirme Lucienne Bardou."
    assert ("Renaud Muselier", "MEMBER_OF", "En Marche") in claim_triples(
        extractor, text, "2021-05-14"
    )


def test_a_rejection_said_in_mockery_stays_one(extractor):
    text = "« Renaud Muselier est désormais le candidat d'En marche », ironise Lucienne Bardou."
    assert ("Lucienne Bardou", "REJECTS", "Renaud Muselier") in claim_triples(
        extractor, text, "2021-05-14"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lucienne Bardou, élue de droite et jusqu'ici adhérente des Républicains, a pris sa "
        "carte chez Horizons.",
        "Lucienne Bardou, jusqu'alors membre du Parti socialiste, rejoint La France insoumise.",
        "Hier encore militante du Parti socialiste, Lucienne Bardou fait campagne pour Horizons.",
        "Lucienne Bardou, jusque-là encartée au Parti socialiste, a choisi Horizons.",
    ],
)
def test_a_tie_held_only_until_now_is_no_membership(extractor, text):
    found = claim_triples(extractor, text, "2023-10-06")
    assert ("Lucienne Bardou", "MEMBER_OF", "Les Républicains") not in found
    assert ("Lucienne Bardou", "MEMBER_OF", "Parti socialiste") not in found


def test_a_tie_not_bounded_keeps_its_membership(extractor):
    text = "Lucienne Bardou, membre du Parti socialiste, a jusqu'ici refusé de choisir."
    assert ("Lucienne Bardou", "MEMBER_OF", "Parti socialiste") in claim_triples(
        extractor, text, "2023-10-06"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "Il hésite. Finalement, ce sera non.",
        "Il a dit qu'il réfléchirait. Il a réfléchi : c'est non.",
        "Il s'interroge. Sa réponse est tombée lundi : la réponse est non.",
    ],
)
def test_a_hesitation_answered_no_is_no_temptation(extractor, answer):
    text = f"Odile Farge a proposé une place à Bertrand Quillet. {answer}"
    found = claim_triples(extractor, text, "2019-05-04")
    assert ("Bertrand Quillet", "TEMPTED_BY", "Odile Farge") not in found


@pytest.mark.parametrize(
    "answer",
    [
        "Il hésite encore.",
        # the answer is about somebody else
        "Il hésite. Pour Armand Touvenel, en revanche, ce sera non.",
    ],
)
def test_a_hesitation_left_open_is_still_a_temptation(extractor, answer):
    text = f"Odile Farge a proposé une place à Bertrand Quillet. {answer}"
    found = claim_triples(extractor, text, "2019-05-04")
    assert ("Bertrand Quillet", "TEMPTED_BY", "Odile Farge") in found


INTERVIEW = """Maire de Lavaur depuis 2014, Odile Farge a quitté La République en marche en janvier.

Pourquoi ce départ ?

J'ai quitté une méthode, pas des idées.

Et le Rassemblement national ?

Leur délégué, M. Touvenel, m'écrit des lettres aimables. Je n'y réponds pas.
"""


def test_a_civil_title_in_an_interview_answer_is_not_the_interviewee(extractor: Extractor):
    title = "Entretien : Odile Farge, « Je reste libre »"
    article = Article("iv", "2019-05-04", title, f"{title}\n\n{INTERVIEW}")
    mentions = [m for s in extractor.explain(article).sentences for m in s.mentions]
    assert [m.text for m in mentions if m.binding == "interviewee"] == ["J'", "m'", "Je"]


@pytest.mark.parametrize(
    ("text", "date", "edge"),
    [
        (
            "Du côté d'En Marche, Renaud Muselier sera candidat aux côtés du référent du "
            "mouvement.",
            "2021-05-14",
            ("Renaud Muselier", "MEMBER_OF", "En Marche"),
        ),
        (
            "Côté PS, François Bayrou sera l'invité d'honneur du meeting.",
            "2012-04-10",
            ("François Bayrou", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Du côté des Républicains, Jean-Louis Borloo sera présent à la convention.",
            "2014-06-10",
            ("Jean-Louis Borloo", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_a_side_opener_before_a_member_of_another_party_grants_no_membership(
    extractor, text, date, edge
):
    assert edge not in claim_triples(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Côté LR, Renaud Muselier mènera la liste.",
            ("Renaud Muselier", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Du côté du PS, Odile Farge mènera la liste.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_a_side_opener_before_its_own_member_or_an_unknown_name(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2021-05-14")
