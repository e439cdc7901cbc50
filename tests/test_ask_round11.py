"""How `ask` reads support received, told as something the asked actor has or got ("a eu le
soutien de X", "avait l'appui de X", "won the backing of X"), in French and in English: the
named actor supports the one asked about. The wordings are data (``reverse`` of SUPPORTS in
``ontology/questions.toml``); none is a question of the fresh sets."""

from __future__ import annotations

import pytest

from alliancegraph.queries import interpret

HAMON, VALLS, JADOT = "Benoît Hamon", "Manuel Valls", "Yannick Jadot"


@pytest.mark.parametrize(("question", "actor"), [
    ("Qui a eu le soutien de Jadot ?", JADOT),
    ("Quel élu avait le soutien de Valls ?", VALLS),
    ("Qui a obtenu l'appui de Hamon ?", HAMON),
    ("Qui a décroché le soutien de Jadot en 2017 ?", JADOT),
    ("Who won the backing of Valls?", VALLS),
    ("Which candidate enjoyed the support of Jadot?", JADOT),
    ("Who secured the support of Hamon in March 2017?", HAMON),
])
def test_support_received_asks_for_the_supported(store, question, actor):
    conditions = interpret(store, question).conditions
    assert [(c.relation, c.asked, c.actor) for c in conditions] == [("SUPPORTS", "object", actor)]
