"""The named query library on the embedded store: what each query answers on the dev graph.

The graph is the dev corpus as hand-made extractions (``fixtures_graph``): Hamon beat Valls in
the 2017 Socialist primary, invited Jadot and Mélenchon to rally, Mélenchon's camp refused, and
Valls's supporter Loncle said Macron was "a possibility". Every expected row is written out.
"""

from __future__ import annotations

import re

import pytest
from fixtures_graph import (
    A23,
    A29,
    F23,
    LONCLE_ROW,
    M29,
    S_AUBRY,
    S_CANDIDAT_PS,
    S_CANDIDAT_SOCIALISTE,
    S_CERTAINS,
    S_CHAIBI_CLAN,
    S_CHAIBI_VOIX,
    S_CORBILLARD,
    S_HANOTIN,
    S_JADOT,
    S_LONCLE,
    S_MAIN_TENDUE,
    S_MONTEBOURG,
    S_PORTE,
    S_POSSIBILITE,
    S_PROPOSE,
    S_RASSEMBLER,
    S_VALLS_VOTE,
    TITLES,
    dev_store,
    with_provenance,
    write_dev_graph,
)

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.ontology import relation_names
from alliancegraph.queries import (
    AmbiguousNameError,
    InvalidParameterError,
    MissingParameterError,
    QueryError,
    UnknownNameError,
    UnknownQueryError,
    get_query,
    named_queries,
    run_query,
)


@pytest.fixture(scope="module")
def store():
    """The dev graph, shared: named queries only read."""
    return dev_store()


def rows(store, name, since=None, until=None, **params):
    return run_query(store, name, params, since=since, until=until).rows


def names(result_rows, key="name"):
    return [row[key] for row in result_rows]


# -- the library ----------------------------------------------------------------------------------


def test_backs_but_eyes_comes_first_and_every_query_is_listed():
    assert list(named_queries()) == [
        "backs-but-eyes", "supporters", "supported-by", "tempted", "rejecters", "rejected-by",
        "invitations-made", "invitations-received", "rejected-invitations", "spokespersons",
        "spoken-for", "members", "defectors", "timeline", "between", "cross-camp-ties",
    ]


@pytest.mark.parametrize("name", list(named_queries()))
def test_each_query_declares_its_parameters_and_both_texts_use_exactly_those(name):
    """Besides its own, every query takes the date window and the page, and a query
    returning capped lists (evidence, between's claims: each with its ``_total``) takes the
    per-relation cap on them."""
    query = get_query(name)
    declared = {p.name for p in query.params} | {"since", "until", "limit", "offset"}
    if any(column.endswith("_total") for column in query.columns):
        declared.add("evidence")
    body = "\n".join(
        line for line in query.cypher.splitlines() if not line.lstrip().startswith("//")
    )
    sql = "\n".join(line for line in query.sql.splitlines() if not line.lstrip().startswith("--"))
    assert set(re.findall(r"\$(\w+)", body)) == declared
    assert set(re.findall(r"(?<![:\w]):(\w+)", sql)) == declared
    assert query.description and query.columns


def test_parameters_have_kinds_defaults_and_descriptions():
    supporters = get_query("supporters")
    assert [(p.name, p.kind, p.default, p.required) for p in supporters.params] == [
        ("of", "actor", None, True), ("min_articles", "int", 1, False),
    ]
    assert supporters.param("of").description == "the person or party supported"
    assert get_query("rejected-invitations").param("inviter").required is False


def test_an_unknown_query_lists_the_names_there_are():
    with pytest.raises(UnknownQueryError, match=r"no query named 'suporters' \(known: backs"):
        get_query("suporters")


# -- backs-but-eyes -------------------------------------------------------------------------------


def test_backs_but_eyes_finds_loncle_with_the_sentences_in_date_order(store):
    result = run_query(store, "backs-but-eyes", {"backs": "Valls", "eyes": "Macron"})
    assert result.params == {"backs": "Manuel Valls", "eyes": "Emmanuel Macron"}
    assert result.rows == [LONCLE_ROW]


def test_backs_but_eyes_is_empty_when_nobody_matches_both(store):
    assert rows(store, "backs-but-eyes", backs="Hamon", eyes="Macron") == []


# -- supporters and supported-by ------------------------------------------------------------------


def test_supporters_of_hamon_with_counts_dates_and_evidence(store):
    assert rows(store, "supporters", of="Hamon") == with_provenance([
        {"name": "Arnaud Montebourg", "articles": 1, "first": "2017-01-23", "last": "2017-01-23",
         "evidence": [{"sentence": S_MONTEBOURG, "article": A23, "date": "2017-01-23"}]},
        {"name": "Martine Aubry", "articles": 1, "first": "2017-01-23", "last": "2017-01-23",
         "evidence": [{"sentence": S_AUBRY, "article": A23, "date": "2017-01-23"}]},
        {"name": "Mathieu Hanotin", "articles": 1, "first": "2017-03-29", "last": "2017-03-29",
         "evidence": [{"sentence": S_HANOTIN, "article": M29, "date": "2017-03-29"}]},
        {"name": "Yannick Jadot", "articles": 1, "first": "2017-02-23", "last": "2017-02-23",
         "evidence": [{"sentence": S_JADOT, "article": F23, "date": "2017-02-23"}]},
    ])


def test_supporters_of_valls(store):
    assert names(rows(store, "supporters", of="Manuel Valls")) == [
        "François Loncle", "Laurence Rossignol", "Luc Carvounas",
    ]


def test_min_articles_keeps_only_supporters_seen_that_often(store):
    assert rows(store, "supporters", of="Hamon", min_articles="2") == []


def test_supported_by_answers_whom_an_actor_supports(store):
    assert rows(store, "supported-by", who="Montebourg") == with_provenance([
        {"name": "Benoît Hamon", "articles": 1, "first": "2017-01-23", "last": "2017-01-23",
         "evidence": [{"sentence": S_MONTEBOURG, "article": A23, "date": "2017-01-23"}]},
    ])
    assert names(rows(store, "supported-by", who="Valls")) == ["Emmanuel Macron"]


# -- tempted --------------------------------------------------------------------------------------


def test_tempted_by_macron_inside_the_ps_includes_the_group_claim(store):
    assert rows(store, "tempted", target="Macron", party="PS") == with_provenance([
        {"name": "François Loncle", "party": "Parti socialiste", "articles": 1,
         "first": "2017-01-29", "last": "2017-01-29",
         "evidence": [{"sentence": S_POSSIBILITE, "article": A29, "date": "2017-01-29",
                       "group": None}]},
        {"name": "Parti socialiste", "party": None, "articles": 1,
         "first": "2017-01-29", "last": "2017-01-29",
         "evidence": [{"sentence": S_CERTAINS, "article": A29, "date": "2017-01-29",
                       "group": "certains au PS"}]},
    ])


def test_tempted_by_macron_inside_another_party_is_empty(store):
    assert rows(store, "tempted", target="Macron", party="EELV") == []


# -- rejected invitations -------------------------------------------------------------------------


HAMON_MELENCHON_REFUSAL = {
    "inviter": "Benoît Hamon",
    "invited": "Jean-Luc Mélenchon",
    "rejected_by": ["Jean-Luc Mélenchon", "Leïla Chaibi"],
    "first_invited": "2017-01-29",
    "first_rejected": "2017-01-29",
    "evidence": [
        {"subject": "Benoît Hamon", "relation": "INVITED_TO_RALLY",
         "object": "Jean-Luc Mélenchon", "sentence": S_PROPOSE, "article": A29,
         "date": "2017-01-29"},
        {"subject": "Leïla Chaibi", "relation": "REJECTS", "object": "Benoît Hamon",
         "sentence": S_CHAIBI_CLAN, "article": A29, "date": "2017-01-29"},
        {"subject": "Leïla Chaibi", "relation": "SPOKESPERSON_OF",
         "object": "Jean-Luc Mélenchon", "sentence": S_CHAIBI_VOIX, "article": A29,
         "date": "2017-01-29"},
        {"subject": "Benoît Hamon", "relation": "INVITED_TO_RALLY",
         "object": "Jean-Luc Mélenchon", "sentence": S_MAIN_TENDUE, "article": F23,
         "date": "2017-02-23"},
        {"subject": "Jean-Luc Mélenchon", "relation": "REJECTS", "object": "Benoît Hamon",
         "sentence": S_PORTE, "article": F23, "date": "2017-02-23"},
    ],
}


def test_melenchon_and_his_spokesperson_rejected_hamons_invitation(store):
    assert rows(store, "rejected-invitations", inviter="Hamon") == with_provenance(
        [HAMON_MELENCHON_REFUSAL]
    )


def test_without_an_inviter_every_rejected_invitation_is_listed(store):
    assert rows(store, "rejected-invitations") == with_provenance([HAMON_MELENCHON_REFUSAL])


def test_the_spokesperson_alone_counts_in_january(store):
    [row] = rows(store, "rejected-invitations", until="2017-01", inviter="Hamon")
    assert row["rejected_by"] == ["Leïla Chaibi"]
    assert [e["relation"] for e in row["evidence"]] == [
        "INVITED_TO_RALLY", "REJECTS", "SPOKESPERSON_OF",
    ]


# -- defectors ------------------------------------------------------------------------------------


def test_defectors_from_the_ps_back_or_eye_macron(store):
    assert rows(store, "defectors", party="PS") == with_provenance([
        {"name": "François Loncle", "relation": "TEMPTED_BY", "target": "Emmanuel Macron",
         "target_family": "centre", "articles": 1, "first": "2017-01-29", "last": "2017-01-29",
         "evidence": [{"sentence": S_POSSIBILITE, "article": A29, "date": "2017-01-29"}]},
        {"name": "Manuel Valls", "relation": "SUPPORTS", "target": "Emmanuel Macron",
         "target_family": "centre", "articles": 1, "first": "2017-03-29", "last": "2017-03-29",
         "evidence": [{"sentence": S_VALLS_VOTE, "article": M29, "date": "2017-03-29"}]},
    ])


def test_a_green_backing_a_socialist_counts_as_leaving_the_green_family(store):
    assert [(r["name"], r["target"], r["target_family"])
            for r in rows(store, "defectors", party="Europe Écologie-Les Verts")] == [
        ("Yannick Jadot", "Benoît Hamon", "left"),
    ]


# -- timeline and between -------------------------------------------------------------------------


def test_timeline_of_loncle(store):
    common = {"date": "2017-01-29", "subject": "François Loncle", "article": A29,
              "title": TITLES[A29], "group": None}
    assert rows(store, "timeline", actor="Loncle") == with_provenance([
        {**common, "relation": "REJECTS", "object": "Benoît Hamon", "sentence": S_LONCLE,
         "cue": "ne pas pouvoir soutenir", "confidence": 0.8},
        {**common, "relation": "SUPPORTS", "object": "Manuel Valls", "sentence": S_LONCLE,
         "cue": "soutien de", "confidence": 0.9},
        {**common, "relation": "TEMPTED_BY", "object": "Emmanuel Macron",
         "sentence": S_POSSIBILITE, "cue": "est une possibilité", "confidence": 0.75},
    ])


def test_timeline_holds_claims_by_and_about_the_actor_in_date_order(store):
    timeline = rows(store, "timeline", actor="Valls")
    assert [(r["date"], r["subject"], r["relation"], r["object"]) for r in timeline] == [
        ("2017-01-23", "Luc Carvounas", "SUPPORTS", "Manuel Valls"),
        ("2017-01-23", "Manuel Valls", "REJECTS", "Benoît Hamon"),
        ("2017-01-29", "François Loncle", "SUPPORTS", "Manuel Valls"),
        ("2017-01-29", "Laurence Rossignol", "SUPPORTS", "Manuel Valls"),
        ("2017-01-29", "Manuel Valls", "MEMBER_OF", "Parti socialiste"),
        ("2017-03-29", "Manuel Valls", "SUPPORTS", "Emmanuel Macron"),
        ("2017-03-29", "Mathieu Hanotin", "REJECTS", "Manuel Valls"),
    ]


def test_between_hamon_and_melenchon_direct_claims_then_intermediaries(store):
    def claim(subject, relation, obj, sentence, article, date):
        return {"subject": subject, "relation": relation, "object": obj, "sentence": sentence,
                "article": article, "date": date}

    hamon, melenchon, chaibi, ps = (
        "Benoît Hamon", "Jean-Luc Mélenchon", "Leïla Chaibi", "Parti socialiste"
    )
    assert rows(store, "between", a="Hamon", b="Mélenchon") == with_provenance([
        {"hops": 1, "via": None, "claims_total": 3, "claims": [
            claim(hamon, "INVITED_TO_RALLY", melenchon, S_PROPOSE, A29, "2017-01-29"),
            claim(hamon, "INVITED_TO_RALLY", melenchon, S_MAIN_TENDUE, F23, "2017-02-23"),
            claim(melenchon, "REJECTS", hamon, S_PORTE, F23, "2017-02-23"),
        ]},
        {"hops": 2, "via": chaibi, "claims_total": 2, "claims": [
            claim(chaibi, "REJECTS", hamon, S_CHAIBI_CLAN, A29, "2017-01-29"),
            claim(chaibi, "SPOKESPERSON_OF", melenchon, S_CHAIBI_VOIX, A29, "2017-01-29"),
        ]},
        {"hops": 2, "via": ps, "claims_total": 4, "claims": [
            claim(hamon, "INVITED_TO_RALLY", ps, S_RASSEMBLER, A29, "2017-01-29"),
            claim(hamon, "MEMBER_OF", ps, S_CANDIDAT_PS, A29, "2017-01-29"),
            claim(hamon, "MEMBER_OF", ps, S_CANDIDAT_SOCIALISTE, F23, "2017-02-23"),
            claim(melenchon, "REJECTS", ps, S_CORBILLARD, F23, "2017-02-23"),
        ]},
    ])


def test_between_is_symmetric_in_its_rows(store):
    forward = rows(store, "between", a="Hamon", b="Mélenchon")
    backward = rows(store, "between", a="Mélenchon", b="Hamon")
    assert backward == forward


# -- cross-camp ties ------------------------------------------------------------------------------


def test_cross_camp_ties_are_empty_before_any_camps_are_written(store):
    assert rows(store, "cross-camp-ties") == []


def test_cross_camp_ties_read_the_camps_written_back():
    store = dev_store()
    store.set_camps({"Benoît Hamon": 1, "Yannick Jadot": 1, "Manuel Valls": 2,
                     "Emmanuel Macron": 2, "Luc Carvounas": 2})
    assert [(r["subject"], r["subject_camp"], r["relation"], r["object"], r["object_camp"],
             r["articles"]) for r in rows(store, "cross-camp-ties")] == [
        ("Benoît Hamon", 1, "REJECTS", "Emmanuel Macron", 2, 1),
        ("Manuel Valls", 2, "REJECTS", "Benoît Hamon", 1, 1),
    ]


# -- the date window ------------------------------------------------------------------------------


def test_since_and_until_restrict_the_claims_considered(store):
    assert names(rows(store, "supporters", since="2017-02", of="Hamon")) == [
        "Mathieu Hanotin", "Yannick Jadot",
    ]
    assert names(rows(store, "supporters", until="2017-01-23", of="Hamon")) == [
        "Arnaud Montebourg", "Martine Aubry",
    ]
    assert rows(store, "backs-but-eyes", until="2017-01-28", backs="Valls", eyes="Macron") == []


def test_an_until_month_keeps_the_whole_month():
    result = run_query(dev_store(), "backs-but-eyes", {"backs": "Valls", "eyes": "Macron"},
                       until="2017-01")
    assert result.until == "2017-01-31"
    assert names(result.rows) == ["François Loncle"]


def test_a_malformed_date_is_refused(store):
    with pytest.raises(InvalidParameterError, match=r"since: '2017-13' is not a date"):
        run_query(store, "supporters", {"of": "Hamon"}, since="2017-13")
    with pytest.raises(InvalidParameterError, match="since 2017-03 is after until 2017-02-28"):
        run_query(store, "supporters", {"of": "Hamon"}, since="2017-03", until="2017-02")


# -- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Valls", "Manuel Valls", "valls", "MANUEL VALLS", " Valls "])
def test_a_surname_full_name_or_any_case_resolves(store, typed):
    assert run_query(store, "supporters", {"of": typed}).params["of"] == "Manuel Valls"


@pytest.mark.parametrize("typed", ["Mélenchon", "Melenchon", "MELENCHON", "jean-luc melenchon"])
def test_accents_do_not_matter(store, typed):
    assert run_query(store, "timeline", {"actor": typed}).params["actor"] == "Jean-Luc Mélenchon"


@pytest.mark.parametrize("typed", ["PS", "Parti socialiste", "parti socialiste", "socialistes"])
def test_a_party_resolves_by_short_name_or_adjective(store, typed):
    assert run_query(store, "defectors", {"party": typed}).params["party"] == "Parti socialiste"


def store_with(*people: str) -> SQLiteStore:
    """The dev graph plus one article in which each of ``people`` supports Hamon."""
    store = dev_store()
    article = Article("extra", "2017-04-01", "Extra", "texte " * 5)
    store.write([Extraction(
        article,
        [Claim(p, "SUPPORTS", "Benoît Hamon", "extra", "2017-04-01", f"{p} soutient Hamon.",
               "soutient", 0.9) for p in people],
        [Actor(p, "person") for p in people],
    )])
    return store


def test_an_actor_unknown_to_the_gazetteer_resolves_by_its_surname():
    store = store_with("Zoé Testard-Lemaire")
    assert run_query(store, "supported-by", {"who": "Testard-Lemaire"}).params == {
        "who": "Zoé Testard-Lemaire", "min_articles": 1,
    }


def test_an_unknown_name_is_an_error_with_suggestions(store):
    with pytest.raises(UnknownNameError) as caught:
        run_query(store, "supporters", {"of": "Vals"})
    assert str(caught.value) == "no actor named 'Vals'; did you mean: Manuel Valls?"


def test_a_name_nobody_has_is_an_error_not_an_empty_answer(store):
    with pytest.raises(UnknownNameError,
                       match=r"^no actor named 'Xyzzy' in the graph or the gazetteer$"):
        run_query(store, "timeline", {"actor": "Xyzzy"})


def test_a_person_is_not_a_party(store):
    with pytest.raises(UnknownNameError, match="^no party named 'Macron'"):
        run_query(store, "defectors", {"party": "Macron"})


def test_an_ambiguous_surname_lists_the_candidates():
    store = store_with("Guillaume Hamon")
    with pytest.raises(AmbiguousNameError) as caught:
        run_query(store, "supporters", {"of": "Hamon"})
    assert str(caught.value) == (
        "actor name 'Hamon' is ambiguous: Benoît Hamon, Guillaume Hamon (give the full name)"
    )
    assert caught.value.candidates == ["Benoît Hamon", "Guillaume Hamon"]


def test_actors_in_the_graph_win_over_names_only_in_the_gazetteer(store):
    # "Le Pen" is two persons of the gazetteer, none of them in this graph: ambiguous.
    with pytest.raises(AmbiguousNameError, match="Jean-Marie Le Pen, Marine Le Pen"):
        run_query(store, "timeline", {"actor": "Le Pen"})


# -- parameters -----------------------------------------------------------------------------------


def test_a_missing_parameter_is_named(store):
    with pytest.raises(MissingParameterError,
                       match=r"^query 'backs-but-eyes' needs the parameter 'eyes' \(actor: "):
        run_query(store, "backs-but-eyes", {"backs": "Valls"})


def test_an_unknown_parameter_is_refused(store):
    with pytest.raises(InvalidParameterError,
                       match=r"query 'supporters' has no parameter 'off' \(parameters: "):
        run_query(store, "supporters", {"off": "Hamon"})


def test_an_int_parameter_must_be_an_integer(store):
    with pytest.raises(InvalidParameterError, match="min_articles: 'two' is not an integer"):
        run_query(store, "supporters", {"of": "Hamon", "min_articles": "two"})


def test_every_error_is_a_one_line_query_error_and_a_value_error(store):
    for call in (
        lambda: run_query(store, "nope"),
        lambda: run_query(store, "supporters", {"of": "Vals"}),
        lambda: run_query(store, "supporters"),
    ):
        with pytest.raises(QueryError) as caught:
            call()
        assert isinstance(caught.value, ValueError)
        assert "\n" not in str(caught.value)


def test_the_fixture_can_be_written_twice_without_change():
    store = dev_store()
    before = store.counts()
    write_dev_graph(store)
    assert store.counts() == before


@pytest.mark.parametrize("name", ["timeline", "between"])
def test_queries_over_every_claim_name_every_relation_of_the_ontology(name):
    """timeline and between read every claim of a hub: their patterns list the claim types, so
    a hub's MENTIONS (an article's tie to each actor it names, more numerous than the claims)
    are never expanded. A relation added to the ontology must be added to these lists too."""
    alternations = re.findall(r"\[\w+:(\w+(?:\|\w+)+)\]", get_query(name).cypher)
    assert alternations
    # the tie summaries' types (TIE_<relation>) must list every relation too
    assert all({t.removeprefix("TIE_") for t in types.split("|")} == set(relation_names())
               for types in alternations)


def test_the_embedded_timeline_walks_every_relation_on_both_sides():
    """Its page merges one date-ordered walk per relation and side: a relation left out of the
    SQL would silently drop the actor's claims of that relation."""
    sql = get_query("timeline").sql
    subject_side = re.findall(r"c\.relation = '(\w+)' AND c\.subject = :actor", sql)
    object_side = re.findall(r"c\.object = :actor AND c\.relation = '(\w+)'", sql)
    assert sorted(subject_side) == sorted(object_side) == sorted(relation_names())


def test_the_neo4j_timeline_seeks_the_heads_of_every_relation():
    """A tie's heads are sought by article, one branch per claim type (an index is per type),
    and a tie read past its heads too: a relation left out would drop its claims from a page."""
    cypher = get_query("timeline").cypher
    seeks = re.findall(
        r"WHEN 'TIE_(\w+)' THEN t\.heads\[\.\.n\] END AS h\n\s+MATCH \(\)-\[r:(\w+) ", cypher)
    reads = re.findall(r"MATCH \(a\)-\[r:(\w+)\]->\(b\)\n\s+WHERE more AND type\(t\) = 'TIE_(\w+)'",
                       cypher)
    assert sorted(seeks) == sorted(reads) == [(r, r) for r in sorted(relation_names())]
