"""Names listed together that share one stance: every name of the list, not only the first.

News lists the backers of a candidate after a passive « soutenue par » (« la liste soutenue
par le PS et le PCF »): each listed agent supports the candidate. Traps: a list cut by a
second participle (« soutenue par le PS et combattue par le PCF »), a later name that opens a
clause of its own (« et X la combat », which the parser may read as a noun phrase), a
contrast (« mais X »), and « ni par A ni par B ». Sentences of our own, invented names.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

DATE = "2026-03-02"


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, DATE)


# Every agent a passive support participle lists supports its subject (each failed on main
# 6676118: only the first agent was kept).
LISTED_AGENTS = [
    (
        "Odile Farge conduira la liste d'union de la gauche soutenue par le PS et le PCF.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
    (
        "Odile Farge, soutenue par le PS et le PCF, conduira la liste.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
    (
        "Soutenue par le PS et le PCF, Odile Farge conduira la liste.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
    (
        "Odile Farge conduira une liste soutenue par le PS, le PCF et EELV.",
        ["Parti socialiste", "Parti communiste français", "Europe Écologie Les Verts"],
        "Odile Farge",
    ),
    (
        "Claire Voisin est soutenue par Bertrand Quillet et Armand Touvenel.",
        ["Bertrand Quillet", "Armand Touvenel"],
        "Claire Voisin",
    ),
    (
        "Odile Farge est soutenue par le PS et par le PCF.",
        ["Parti socialiste", "Parti communiste français"],
        "Odile Farge",
    ),
]


@pytest.mark.parametrize(("text", "agents", "supported"), LISTED_AGENTS)
def test_each_listed_agent_supports(extractor, text, agents, supported):
    assert_edges(edges(extractor, text), expected=[(a, "SUPPORTS", supported) for a in agents])


# A list cut by a second participle or by a clause of its own gives the later name nothing.
CUT_LISTS = [
    (
        "Odile Farge conduira une liste soutenue par le PS et combattue par le PCF.",
        "Parti communiste français",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS et Bertrand Quillet la combat.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS et Bertrand Quillet l'attaque.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS, et Bertrand Quillet la critique durement.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
    (
        "Odile Farge est soutenue par le PS mais Bertrand Quillet la combat.",
        "Bertrand Quillet",
        "Odile Farge",
    ),
]


@pytest.mark.parametrize(("text", "other", "supported"), CUT_LISTS)
def test_a_cut_list_gives_the_later_name_no_support(extractor, text, other, supported):
    assert_edges(edges(extractor, text), forbidden=[(other, "SUPPORTS", supported)])


def test_neither_agent_supports(extractor):
    found = edges(extractor, "Odile Farge n'est soutenue ni par le PS ni par le PCF.")
    assert_edges(
        found,
        forbidden=[
            ("Parti socialiste", "SUPPORTS", "Odile Farge"),
            ("Parti communiste français", "SUPPORTS", "Odile Farge"),
        ],
    )


# A plural party label written straight before several names makes each a subject, and the
# party itself none. The first five failed on main 6676118 (the party, or one name, was kept
# when an incise, an adjunct or « appeler à voter » follows the list); the last two passed.
LEAD = "Le conseil municipal se réunit lundi. "
VERTS = "Europe Écologie Les Verts"
LABELLED_SUBJECTS = [
    (
        LEAD + "Les Verts Bertrand Quillet et Odile Farge, élus depuis 2020, soutiennent "
        "Claire Voisin.",
        ["Bertrand Quillet", "Odile Farge"],
        "SUPPORTS",
        VERTS,
    ),
    (
        LEAD + "Les socialistes Bertrand Quillet et Odile Farge, conseillers sortants, appellent "
        "à voter pour Claire Voisin.",
        ["Bertrand Quillet", "Odile Farge"],
        "SUPPORTS",
        "Parti socialiste",
    ),
    (
        LEAD + "Les Verts Bertrand Quillet et Odile Farge appellent à voter pour Claire Voisin.",
        ["Bertrand Quillet", "Odile Farge"],
        "SUPPORTS",
        VERTS,
    ),
    (
        LEAD + "Les Verts Bertrand Quillet et Odile Farge ont, dès lundi, apporté leur soutien "
        "à Claire Voisin.",
        ["Bertrand Quillet", "Odile Farge"],
        "SUPPORTS",
        VERTS,
    ),
    (
        LEAD + "Les communistes Bertrand Quillet, Armand Touvenel et Odile Farge appellent à "
        "voter pour Claire Voisin.",
        ["Bertrand Quillet", "Armand Touvenel", "Odile Farge"],
        "SUPPORTS",
        "Parti communiste français",
    ),
    (
        LEAD + "Les Verts Bertrand Quillet et Odile Farge combattent Claire Voisin.",
        ["Bertrand Quillet", "Odile Farge"],
        "REJECTS",
        VERTS,
    ),
    (
        LEAD + "Les Verts Bertrand Quillet et Odile Farge ne soutiennent pas Claire Voisin.",
        ["Bertrand Quillet", "Odile Farge"],
        "REJECTS",
        VERTS,
    ),
]


@pytest.mark.parametrize(("text", "names", "rel", "party"), LABELLED_SUBJECTS)
def test_a_plural_label_makes_each_name_the_subject(extractor, text, names, rel, party):
    assert_edges(
        edges(extractor, text),
        expected=[(n, rel, "Claire Voisin") for n in names],
        forbidden=[(party, rel, "Claire Voisin"), (party, "SUPPORTS", "Claire Voisin")],
    )


def test_two_labelled_lists_keep_their_own_objects(extractor):
    found = edges(
        extractor,
        "Le conseil municipal se réunit lundi. "
        "Les Verts Bertrand Quillet et Odile Farge soutiennent Claire Voisin, les socialistes "
        "Armand Touvenel et Lucie Brayard soutiennent Paul Sarrail.",
    )
    assert_edges(
        found,
        expected=[
            ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
            ("Lucie Brayard", "SUPPORTS", "Paul Sarrail"),
        ],
        forbidden=[
            (a, "SUPPORTS", "Armand Touvenel")
            for a in ("Bertrand Quillet", "Odile Farge", "Europe Écologie Les Verts")
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Les Verts de Bertrand Quillet soutiennent Claire Voisin.",
        "Selon les Verts Bertrand Quillet et Odile Farge, Claire Voisin est soutenue par le PS.",
    ],
)
def test_a_label_with_a_complement_or_in_an_adjunct_gives_the_names_nothing(extractor, text):
    assert_edges(
        edges(extractor, text),
        forbidden=[(n, "SUPPORTS", "Claire Voisin") for n in ("Bertrand Quillet", "Odile Farge")],
    )


# Names listed as the subjects of a verb whose object is a pronoun: the pronoun stands for
# none of them, so each subject reaches the one person left (each failed on main 6676118:
# only the first name was bound, the others saw a listed name as a second candidate).
PRONOUN_OBJECT_LISTS = [
    (
        "Claire Voisin brigue la mairie. Odile Farge et Bertrand Quillet la soutiennent "
        "depuis mars.",
        ["Odile Farge", "Bertrand Quillet"],
        "SUPPORTS",
    ),
    (
        "Claire Voisin brigue la mairie. Dès lundi, Odile Farge, Armand Touvenel et Bertrand "
        "Quillet l'ont rejointe.",
        ["Odile Farge", "Armand Touvenel", "Bertrand Quillet"],
        "SUPPORTS",
    ),
    (
        "Claire Voisin est isolée. Ses soutiens d'hier, Odile Farge et Bertrand Quillet, l'ont "
        "lâchée.",
        ["Odile Farge", "Bertrand Quillet"],
        "REJECTS",
    ),
    (
        "Claire Voisin brigue la mairie. Ses anciens colistiers, Odile Farge et Bertrand "
        "Quillet, la combattent désormais.",
        ["Odile Farge", "Bertrand Quillet"],
        "REJECTS",
    ),
    (
        "Claire Voisin brigue la mairie. Ni Odile Farge ni Bertrand Quillet ne la soutiennent.",
        ["Odile Farge", "Bertrand Quillet"],
        "REJECTS",
    ),
]


@pytest.mark.parametrize(("text", "names", "rel"), PRONOUN_OBJECT_LISTS)
def test_each_listed_subject_binds_the_object_pronoun(extractor, text, names, rel):
    other = "REJECTS" if rel == "SUPPORTS" else "SUPPORTS"
    assert_edges(
        edges(extractor, text),
        expected=[(n, rel, "Claire Voisin") for n in names],
        forbidden=[(n, other, "Claire Voisin") for n in names],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin et Lucie Brayard s'affrontent. Odile Farge et Bertrand Quillet la "
        "soutiennent.",
        "Odile Farge a rencontré Claire Voisin. Lucie Brayard et Bertrand Quillet la soutiennent.",
    ],
)
def test_two_candidates_left_bind_nothing(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[1] == "SUPPORTS"}, found


def test_agents_listed_after_another_person_support_that_person_only(extractor):
    found = edges(
        extractor,
        "La liste conduite par Armand Touvenel arrive en tête, devant la maire sortante Odile "
        "Farge (26 %), soutenue par le PS et le PCF.",
    )
    assert_edges(
        found,
        forbidden=[
            ("Parti socialiste", "SUPPORTS", "Armand Touvenel"),
            ("Parti communiste français", "SUPPORTS", "Armand Touvenel"),
        ],
    )
