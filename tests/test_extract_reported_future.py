"""A future told in the past: "a annoncé qu'il soutiendrait X" is a stance, not a hypothesis,
also when it is the second of two complement clauses ("… qu'il quittait le parti et qu'il
soutiendrait X"), which the parser hangs on the first. The first clause's negation stays its
own; a condition, a rumour or a negated report still give nothing."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2021-06-15"

SECOND_COMPLEMENTS = [
    "Hélène Garnier a annoncé mardi qu'elle quittait la course et qu'elle soutiendrait "
    "Bruno Carrel au second tour.",
    "Bruno Carrel a fait savoir qu'il retirait sa liste et qu'il voterait pour Hélène Garnier.",
    "Lucien Morel a confirmé qu'il ne maintiendrait pas sa candidature et qu'il rejoindrait "
    "Hélène Garnier.",
]


@pytest.mark.parametrize("text", SECOND_COMPLEMENTS)
def test_a_second_complement_clause_is_reported_like_the_first(extractor, text):
    found = claim_triples(extractor, text, DATE)
    assert any(r == "SUPPORTS" for _, r, _ in found), found


def test_the_first_clause_negation_is_not_the_second_ones(extractor):
    text = (
        "Lucien Morel a expliqué qu'il ne ferait pas campagne seul et qu'il soutiendrait "
        "Hélène Garnier."
    )
    found = claim_triples(extractor, text, DATE)
    assert ("Lucien Morel", "SUPPORTS", "Hélène Garnier") in found
    assert ("Lucien Morel", "REJECTS", "Hélène Garnier") not in found


TRAPS = [
    # a condition on the second clause
    "Bruno Carrel a annoncé qu'il retirait sa liste et qu'il voterait pour Hélène Garnier si "
    "elle renonçait à son alliance.",
    # a report that is denied
    "Bruno Carrel n'a jamais dit qu'il retirait sa liste et qu'il voterait pour Hélène Garnier.",
    # no report at all: a plain conditional
    "Bruno Carrel retirerait sa liste et voterait pour Hélène Garnier, selon plusieurs élus.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_a_condition_a_denied_report_or_a_rumour_still_give_nothing(extractor, text):
    found = claim_triples(extractor, text, DATE)
    assert ("Bruno Carrel", "SUPPORTS", "Hélène Garnier") not in found, found
