"""An adverb inside a verb group does not cut the question (eleventh session, after the blind
fresh11 set's one regression): between an auxiliary and its participle, « pourtant », « ensuite »,
« aussitôt », "then", "nonetheless"… are left out (``verb_adverbs`` in questions.toml), so that
"et l'a *pourtant* rejeté" stays the second condition it states; elsewhere « pourtant » keeps its
class ("qui soutient X et pourtant critique Y"). Every question is our own."""

from __future__ import annotations

import pytest

from alliancegraph.queries import Condition, interpret

INVITED_BY_HAMON = Condition("INVITED_TO_RALLY", "object", "Benoît Hamon", False, False)
REJECTS_HAMON = Condition("REJECTS", "subject", "Benoît Hamon", False, False)


@pytest.mark.parametrize("question", [
    "Qui a reçu une invitation de Hamon et l'a ensuite rejeté ?",
    "Qui a été invité par Hamon et l'a aussitôt critiqué ?",
    "Qui a été invité par Hamon mais l'a néanmoins critiqué ?",
    "Who was invited by Hamon and has then attacked him?",
    "Who was invited by Hamon but has nonetheless criticised him?",
])
def test_an_adverb_inside_the_second_verb_group_keeps_its_condition(store, question):
    assert interpret(store, question).conditions == [INVITED_BY_HAMON, REJECTS_HAMON]


def test_the_same_word_between_clauses_still_joins_them(store):
    got = interpret(store, "Qui soutient Hamon et pourtant critique Valls ?")
    assert [(c.relation, c.actor) for c in got.conditions] == [
        ("SUPPORTS", "Benoît Hamon"), ("REJECTS", "Manuel Valls")]
