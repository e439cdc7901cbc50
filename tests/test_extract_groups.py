"""Group subjects: the claim is about the party, qualified by the group's words."""

from __future__ import annotations

import pytest

from alliancegraph.model import Article

CASES = [
    (
        "Certains au PS sont tentés de rejoindre Raphaël Glucksmann.",
        "Parti socialiste",
        "TEMPTED_BY",
        "Raphaël Glucksmann",
    ),
    (
        "Les militants communistes soutiennent Fabien Roussel.",
        "Parti communiste français",
        "SUPPORTS",
        "Fabien Roussel",
    ),
    (
        "Les élus socialistes ont rejoint Emmanuel Macron.",
        "Parti socialiste",
        "SUPPORTS",
        "Emmanuel Macron",
    ),
    (
        "Les députés LR appellent à voter pour Emmanuel Macron.",
        "Les Républicains",
        "SUPPORTS",
        "Emmanuel Macron",
    ),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), CASES)
def test_group_subject_is_the_party(extractor, text, subject, relation, obj):
    article = Article(id="t", date="2022-04-15", title="", text=text)
    claims = extractor.run(article).claims
    matching = [c for c in claims if c.relation == relation and c.object == obj]
    assert [(c.subject, c.subject_kind) for c in matching] == [(subject, "party")]
    assert matching[0].group
    assert all(c.subject_kind == "party" for c in claims if c.object == obj)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Les écologistes ont rejoint Benoît Hamon.", "Europe Écologie Les Verts"),
        ("Une partie des socialistes lorgne vers Emmanuel Macron.", "Parti socialiste"),
    ],
)
def test_party_adjective_as_group(extractor, text, party):
    article = Article(id="t", date="2017-01-10", title="", text=text)
    claims = extractor.run(article).claims
    assert claims and all(c.subject == party and c.group for c in claims)


def test_a_nation_is_not_a_group(extractor):
    article = Article(
        id="t", date="2017-05-08", title="", text="Les Français ont voté pour Emmanuel Macron."
    )
    assert extractor.run(article).claims == []
