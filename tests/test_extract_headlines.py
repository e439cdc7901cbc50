"""Headlines: news states its main claim in the title, telegraphic, often after a topic and a
colon ("Européennes : X rallie Y").

A title is the first line of an article, a blank line after it (see ``readers.read_text``). The
part before its colon is a topic, not a subject, so the claim after the colon is parsed as a
sentence of its own; a cue verb the tagger misreads in such a title (a preposition for
"rallie") is still that name's verb. Present tense in a title is factual. A question, a
conditional, a quotation someone else speaks and a topic pairing two names give nothing.
"""

from __future__ import annotations

import pytest

from alliancegraph.model import Article

BODY = "Les militants se réunissent samedi dans une salle municipale."


def headline_edges(extractor, title: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", date="2019-03-02", title=title, text=f"{title}\n\n{BODY}")
    return {(c.subject, c.relation, c.object) for c in extractor.run(article).claims}


HEADLINES = [
    (
        "Européennes : Yannick Jadot rallie Benoît Hamon",
        ("Yannick Jadot", "SUPPORTS", "Benoît Hamon"),
    ),
    (
        "Municipales à Marseille : Martine Vassal rallie Renaud Muselier",
        ("Martine Vassal", "SUPPORTS", "Renaud Muselier"),
    ),
    (
        "Législatives : Fabien Roussel rejoint Jean-Luc Mélenchon",
        ("Fabien Roussel", "SUPPORTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Primaire : Manuel Valls apporte son soutien à Benoît Hamon",
        ("Manuel Valls", "SUPPORTS", "Benoît Hamon"),
    ),
    (
        "Régionales : Carole Delga refuse l'alliance avec Jean-Luc Mélenchon",
        ("Carole Delga", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Régionales : le PS retire sa liste au profit de Xavier Bertrand",
        ("Parti socialiste", "SUPPORTS", "Xavier Bertrand"),
    ),
    (
        "Jean-Luc Mélenchon dit non à Benoît Hamon",
        ("Jean-Luc Mélenchon", "REJECTS", "Benoît Hamon"),
    ),
]


@pytest.mark.parametrize(("title", "edge"), HEADLINES)
def test_a_headline_states_its_claim(extractor, title, edge):
    assert edge in headline_edges(extractor, title)


TOPICS = [
    ("Benoît Hamon : Yannick Jadot le soutient", "Yannick Jadot", "Benoît Hamon"),
    ("Benoît Hamon : Yannick Jadot le rallie", "Yannick Jadot", "Benoît Hamon"),
    ("Le PS : Yannick Jadot rejoint Benoît Hamon", "Yannick Jadot", "Benoît Hamon"),
]


@pytest.mark.parametrize(("title", "subject", "obj"), TOPICS)
def test_the_name_before_a_headline_colon_is_a_topic_not_the_subject(
    extractor, title, subject, obj
):
    found = headline_edges(extractor, title)
    assert (subject, "SUPPORTS", obj) in found
    assert not {edge for edge in found if edge[0] == obj and edge[1] == "SUPPORTS"}


@pytest.mark.parametrize(
    "title",
    [
        "Yannick Jadot va-t-il rallier Benoît Hamon ?",
        "Européennes : Yannick Jadot rallierait Benoît Hamon",
        "Benoît Hamon et Jean-Luc Mélenchon : je t'aime, moi non plus",
        "« Jadot rallie Hamon », la rumeur que dément Marine Tondelier",
    ],
)
def test_a_question_a_rumour_or_a_pairing_headline_gives_no_support(extractor, title):
    found = headline_edges(extractor, title)
    assert not {edge for edge in found if edge[1] == "SUPPORTS"}, found


def test_a_quotation_after_a_headline_colon_stays_its_speakers(extractor):
    found = headline_edges(extractor, "Yannick Jadot : « Je soutiens Benoît Hamon »")
    assert ("Yannick Jadot", "SUPPORTS", "Benoît Hamon") in found


def test_only_a_title_line_has_a_topic(extractor):
    from alliancegraph.loaders.nlp import headline_topic_end, load_nlp

    nlp = load_nlp()
    assert headline_topic_end(nlp("Hamon : Jadot le soutient\n\nLe reste.")) == 2
    assert headline_topic_end(nlp("Hamon : Jadot le soutient. Le reste.")) is None
    assert headline_topic_end(nlp("Hamon prévient : il votera Jadot\n\nLe reste.")) is None
