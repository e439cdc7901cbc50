"""Object pronouns ("il la soutient", "elle l'a rejoint", "lui a apporté son soutien"): bound
only when one person other than the subject remains in the sentence and the one before,
gender agreeing; otherwise unbound, and ``extract --explain`` says why.

A wrong object is a forbidden edge, so the rule is precision first: two candidates of one
gender, only the subject, or a person reached past another one bind nobody.

A description the article already bound ("la maire sortante" -> X) means X again when the
same or a shorter form comes back, until an apposition gives it to someone else.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.pipeline import explain


def edges(extractor, text: str, date: str = "2017-03-10") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def unbound(extractor, tmp_path, text: str, date: str = "2017-03-10") -> list[tuple[str, str]]:
    """(binding, reason) of every reference ``--explain`` reports as left unbound."""
    path = tmp_path / "article.txt"
    path.write_text(f"date {date} Essai\n\n{text}\n", encoding="utf-8")
    [explanation] = explain([path], extractor=extractor)
    return [(u["binding"], u["reason"]) for s in explanation.to_dict()["sentences"]
            for u in s["unbound"]]


# --- one candidate left after the subject: the object pronoun stands for it ----------------

OBJECT_PRONOUNS = [
    ("Ségolène Royal a présenté son programme à Poitiers. Arnaud Montebourg la soutient "
     "désormais.", ("Arnaud Montebourg", "SUPPORTS", "Ségolène Royal")),
    ("Yannick Jadot peine dans les sondages. Éric Piolle lui a apporté son soutien mardi.",
     ("Éric Piolle", "SUPPORTS", "Yannick Jadot")),
    ("Emmanuel Macron a lancé son mouvement au printemps. François Bayrou a décidé de le "
     "rejoindre.", ("François Bayrou", "SUPPORTS", "Emmanuel Macron")),
    ("Anne Hidalgo a ouvert sa campagne à Rouen, et Olivier Faure l'a rejointe le soir même.",
     ("Olivier Faure", "SUPPORTS", "Anne Hidalgo")),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_PRONOUNS)
def test_an_object_pronoun_stands_for_the_one_other_person(extractor, text, expected):
    assert expected in edges(extractor, text)


# --- traps: nobody, or the wrong person, must not be pinned on the pronoun -----------------

OBJECT_TRAPS = [
    # two men before "le": which one?
    ("Benoît Hamon a débattu avec Manuel Valls. Arnaud Montebourg le soutient désormais.",
     "several candidates"),
    # "la" and nobody but a man before it
    ("Manuel Valls a tenu meeting à Évry. Arnaud Montebourg la soutient désormais.", "gender"),
    # the woman is two sentences back, another person in between
    ("Ségolène Royal a présenté son programme. Manuel Valls a réagi mardi. Arnaud Montebourg "
     "la soutient désormais.", "gender"),
    # only the subject himself was named
    ("Arnaud Montebourg a tenu meeting à Dijon. Le lendemain, il le soutient encore.",
     "only the subject named"),
]


@pytest.mark.parametrize(("text", "reason"), OBJECT_TRAPS)
def test_an_object_pronoun_without_one_candidate_binds_nobody(extractor, tmp_path, text, reason):
    assert not {e for e in edges(extractor, text) if e[1] == "SUPPORTS"}
    assert ("object pronoun", reason) in unbound(extractor, tmp_path, text)


def test_an_object_pronoun_reaches_over_a_sentence_naming_nobody(extractor):
    text = ("Ségolène Royal a présenté son programme à Poitiers. Le public était nombreux. "
            "Arnaud Montebourg la soutient désormais.")
    assert ("Arnaud Montebourg", "SUPPORTS", "Ségolène Royal") in edges(extractor, text)


def test_a_stressed_pronoun_after_derriere_with_two_candidates_binds_nobody(extractor, tmp_path):
    text = ("Benoît Hamon a débattu avec Manuel Valls. Martine Aubry s'est rangée derrière "
            "lui.")
    assert not {e for e in edges(extractor, text) if e[0] == "Martine Aubry"}
    assert ("object pronoun", "several candidates") in unbound(extractor, tmp_path, text)


# --- a description the article bound means the same person when it comes back -------------

REUSED_DESCRIPTIONS = [
    # bound through the role, then the same words again after another person
    ("Martine Aubry a rassemblé ses colistiers lundi. La maire sortante a appelé à l'union. "
     "Les écologistes hésitent encore. Pierre de Saintignon a rejoint la maire sortante.",
     "2015-03-25", ("Pierre de Saintignon", "SUPPORTS", "Martine Aubry")),
    # a shorter form of the description
    ("Éric Piolle a tenu meeting à Lyon jeudi. Le maire écologiste de Grenoble a promis une "
     "campagne sobre. Sandrine Rousseau attaque son programme. Delphine Batho soutient le "
     "maire écologiste.", "2021-09-10", ("Delphine Batho", "SUPPORTS", "Éric Piolle")),
    # after "au", with another deputy named in between
    ("Olivier Faure a défendu le budget mardi. Le député de Seine-et-Marne a dénoncé une "
     "réforme injuste. Boris Vallaud prépare un amendement. Valérie Rabault a apporté son "
     "soutien au député de Seine-et-Marne.", "2019-02-10",
     ("Valérie Rabault", "SUPPORTS", "Olivier Faure")),
]


@pytest.mark.parametrize(("text", "date", "expected"), REUSED_DESCRIPTIONS)
def test_a_description_bound_earlier_binds_the_same_person_again(extractor, text, date, expected):
    found = edges(extractor, text, date)
    assert expected in found
    assert not {e for e in found if e[0] == expected[0] and e[2] != expected[2]}


def test_a_later_apposition_giving_the_description_to_another_wins(extractor):
    text = ("Martine Aubry a rassemblé ses colistiers lundi. La maire sortante a appelé à "
            "l'union. Anne Hidalgo, la maire sortante de Paris, a salué l'initiative. Pierre "
            "de Saintignon a rejoint la maire sortante.")
    found = edges(extractor, text, "2015-03-25")
    assert ("Pierre de Saintignon", "SUPPORTS", "Anne Hidalgo") in found
    assert ("Pierre de Saintignon", "SUPPORTS", "Martine Aubry") not in found


def test_a_description_naming_its_complement_is_not_a_reuse(extractor):
    # "le candidat de X" names its party: it is not "le candidat socialiste" again
    text = ("Benoît Hamon a lancé sa campagne. Le candidat socialiste a promis un revenu "
            "universel. Le candidat de La France insoumise refuse tout retrait.")
    found = edges(extractor, text)
    assert ("Jean-Luc Mélenchon", "MEMBER_OF", "La France insoumise") in found
    assert ("Benoît Hamon", "MEMBER_OF", "La France insoumise") not in found


# --- a stressed pronoun echoes the subject: "lui aussi", "elle aussi", "lui seul" ----------

STRESSED = [
    ("Julie Fabre était à Lyon lundi. Paul Roux a lui aussi apporté son soutien au conseiller "
     "de Lozère.", "Julie Fabre"),
    ("Julie Fabre était à Lyon lundi. Paul Roux a lui seul apporté son soutien au sortant.",
     "Julie Fabre"),
    ("Marc Dulac hésite encore. Sophie Lenoir a elle aussi apporté son soutien à la liste "
     "d'union.", "Marc Dulac"),
    ("Marc Dulac hésite encore. Sophie Lenoir a elle également apporté son soutien à la liste "
     "d'union.", "Marc Dulac"),
]


@pytest.mark.parametrize(("text", "bystander"), STRESSED)
def test_a_stressed_pronoun_after_the_verb_is_no_object(extractor, text, bystander):
    """Only one other person is named, so a clitic would bind to them: an echo must not."""
    assert not {e for e in edges(extractor, text) if e[2] == bystander}
