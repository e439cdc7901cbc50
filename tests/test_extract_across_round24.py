"""Labels beside a name and ends not named together, round 24 (eighteenth session, second
round across sentences): phrasings of our own, each positive failing on main 6e0f4ff, with
traps.

- **A dissident's label** (« le socialiste dissident X », « la communiste dissidente X », « le
  dissident socialiste X »; ``[membership_news] dissenting`` read by ``descriptions.describe``):
  a member standing against the party line is still the label's member, as the sets' gold
  writes it. Never « le dissident X » alone, nor a former label with a move.
- **A place on one party's list beside the name** (« Deuxième sur la liste du PS, X … »,
  « Septième sur la liste d'EELV conduite par Y, X … », « En tête de la liste LREM, X … »,
  « X, troisième sur la liste socialiste, … »; ``affiliation._list_place``): a membership of
  that party; a list said to be led by a person (« conduite par Y », « menée par Y ») gives
  the name's support to Y, fronted, apposed or after a present copula (« X est septième sur la
  liste menée par Y »). Never a joint list, a dated place, a past copula, a relative about the
  list, a name with a label of its own, nor a sentence telling a departure.
- **A label noun after a contracted article inside a longer noun phrase** (« le soutien du
  communiste X », « la liste du socialiste X », « la défaite du socialiste X »;
  ``descriptions._contracted_label``): the label is the name's, as « le socialiste X » is.
  Never a family word (« centriste »).
- **A live blog's entry after the last one's final mark on the same line** (« … « vigilante ».
  18h20 - Côté PS, X … », « … 19 h 40 - Dans le camp LR, X … »; ``nlp.time_stamp_end``): the
  time stamp and its dash or colon open a sentence, so that an opener after it is read as the
  sentence's own. Never a figure without its dash (« 15 h plus tard », « 20h, la salle »).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.loaders.nlp import load_nlp

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le socialiste dissident Armand Touvenel obtient 9 % dans la troisième.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "La socialiste dissidente Odile Farge maintient sa liste face au candidat officiel.",
            ("Odile Farge", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'insoumis dissident Bertrand Quillet, qui refuse l'accord, se présente à Vernac.",
            ("Bertrand Quillet", "MEMBER_OF", "La France insoumise"),
        ),
        (
            "À Vernac, la communiste dissidente Claire Voisin a recueilli 8 % des voix.",
            ("Claire Voisin", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Le dissident socialiste Armand Touvenel a déposé sa liste en préfecture.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Les socialistes dissidents Odile Farge et Bertrand Quillet maintiennent leur liste.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_a_dissident_keeps_the_label(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Le dissident Armand Touvenel maintient sa liste face au candidat socialiste.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "L'ancien socialiste dissident Armand Touvenel a rejoint Horizons.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le dissident de droite Armand Touvenel affronte la socialiste Odile Farge.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_no_label_for_the_dissident(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Deuxième sur la liste du PS, Armand Touvenel siège au conseil municipal depuis mars.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Septième sur la liste d'EELV conduite par Claire Voisin, Odile Farge tient une "
            "permanence à Vernac.",
            ("Odile Farge", "MEMBER_OF", "Europe Écologie Les Verts"),
        ),
        (
            "En tête de la liste LREM, Bertrand Quillet a obtenu 30 % des voix dimanche.",
            ("Bertrand Quillet", "MEMBER_OF", "En Marche"),
        ),
        (
            "À la tête de la liste LR aux régionales, la sénatrice Odile Farge mène campagne "
            "dans le Gers.",
            ("Odile Farge", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Armand Touvenel, troisième sur la liste socialiste à Vernac, a voté contre le budget.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge, 3e de la liste du PCF, a présenté son programme pour les écoles.",
            ("Odile Farge", "MEMBER_OF", "Parti communiste français"),
        ),
    ],
)
def test_a_place_on_a_party_list(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Deuxième sur la liste du PS en 2014, Armand Touvenel a rejoint LR.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Deuxième sur la liste d'union PS-PCF, Armand Touvenel siège au conseil municipal.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "En tête de la liste LR, le centriste Armand Touvenel devance la liste du PS.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Deuxième sur la liste du PS, qui a perdu la mairie, Armand Touvenel siège au conseil.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Odile Farge, troisième de la liste du PCF, a quitté le parti en janvier.",
            ("Odile Farge", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Armand Touvenel était deuxième sur la liste du PS en 2014.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Armand Touvenel est-il toujours deuxième sur la liste du PS ?",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_no_membership_from_that_place(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a reçu mardi le soutien du communiste Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Odile Farge a fusionné avec la liste du socialiste Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "La défaite du socialiste Bertrand Quillet a surpris jusque dans son camp.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Le maintien au second tour de la liste du communiste Armand Touvenel inquiète la "
            "gauche.",
            ("Armand Touvenel", "MEMBER_OF", "Parti communiste français"),
        ),
        (
            "Les colistiers de Claire Voisin ont rejoint l'équipe du frontiste Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Front national"),
        ),
    ],
)
def test_a_label_after_a_contracted_article(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Odile Farge a rallié les électeurs du centriste Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Mouvement démocrate"),
        ),
        (
            "Odile Farge a reçu le soutien du Parti socialiste et d'Armand Touvenel.",
            ("Armand Touvenel", "MEMBER_OF", "Parti socialiste"),
        ),
    ],
)
def test_no_label_through_a_contraction(extractor, text, edge):
    assert edge not in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Septième sur la liste d'EELV conduite par Claire Voisin, Odile Farge tient une "
            "permanence à Vernac.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Deuxième sur la liste emmenée par Claire Voisin, Odile Farge fait campagne à Vernac.",
            ("Odile Farge", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Armand Touvenel est septième sur la liste menée par Claire Voisin.",
            ("Armand Touvenel", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Bertrand Quillet, troisième sur la liste du PS conduite par la maire sortante Odile "
            "Farge, tiendra un meeting jeudi.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_a_place_on_a_list_led_by_someone(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Les bureaux ferment à 20 heures. 20h12 – Du côté du PS, Bertrand Quillet se félicite "
            "de la participation.",
            ("Bertrand Quillet", "MEMBER_OF", "Parti socialiste"),
        ),
        (
            "Claire Voisin arrive en tête avec 41 %. 19 h 40 - Dans le camp LR, Armand Touvenel "
            "appelle au rassemblement.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Le dépouillement commence. 21h15 : Côté LR, Claire Voisin reconnaît sa défaite.",
            ("Claire Voisin", "MEMBER_OF", "Les Républicains"),
        ),
        (
            "Odile Farge l'emporte. 22 h – Du côté des Républicains, Armand Touvenel dénonce une "
            "campagne de caniveau.",
            ("Armand Touvenel", "MEMBER_OF", "Les Républicains"),
        ),
    ],
)
def test_a_live_blog_entry_opens_a_sentence(extractor, text, edge):
    assert edge in claim_triples(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Il a gagné. 19 h 40 - Dans la cour, on applaudit.", "19 h 40 - Dans la cour"),
        ("Il a gagné. 18h20 - Côté PS, on se tait.", "18h20 - Côté PS"),
        ("Il a obtenu 12 % des voix. 15 h plus tard, il se retire.", None),
        ("Rendez-vous à 18h. 20h, la salle est vide.", None),
    ],
)
def test_time_stamp_sentence_starts(text, cut):
    sentences = [sent.text for sent in load_nlp()(text).sents]
    if cut is None:
        assert len(sentences) == 1, sentences
    else:
        assert sentences[1].startswith(cut), sentences
