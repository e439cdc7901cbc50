"""Questions in plain French or English: what the dev graph answers, what is shown of the
reading, paging, errors, and `ask` from the shell. The question set itself is in
``test_ask_questions.py``; both stores are compared in ``test_query_parity.py``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fixtures_graph import LONCLE_ROW, write_dev_graph
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.queries import NoMatchError, QueryError, UnknownNameError, ask, interpret
from alliancegraph.queries.parse import tokenize

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ask") / "dev.db"
    write_dev_graph(SQLiteStore(path)).close()
    return path


# -- answers --------------------------------------------------------------------------------------

def test_french_and_english_backs_but_eyes_give_the_same_answer_with_evidence(store):
    english = ask(store, "who backs Valls but eyes Macron")
    french = ask(store, "qui soutient Valls mais lorgne vers Macron")
    assert english.query.name == french.query.name == "backs-but-eyes"
    assert english.params == french.params == {"backs": "Manuel Valls", "eyes": "Emmanuel Macron"}
    assert english.rows == french.rows == [LONCLE_ROW]


def test_who_supports_hamon_in_both_languages(store):
    expected = ["Arnaud Montebourg", "Martine Aubry", "Mathieu Hanotin", "Yannick Jadot"]
    assert [r["name"] for r in ask(store, "who supports Hamon").rows] == expected
    assert [r["name"] for r in ask(store, "les partisans d'Hamon").rows] == expected


def test_who_rejected_hamons_invitation(store):
    [row] = ask(store, "qui a rejeté l'invitation de Hamon").rows
    assert (row["inviter"], row["invited"], row["rejected_by"]) == (
        "Benoît Hamon", "Jean-Luc Mélenchon", ["Jean-Luc Mélenchon", "Leïla Chaibi"],
    )


def test_who_in_the_ps_is_tempted_by_macron(store):
    result = ask(store, "qui est tenté par Macron au PS")
    assert result.params == {"target": "Emmanuel Macron", "party": "Parti socialiste"}
    assert [r["name"] for r in result.rows] == ["François Loncle", "Parti socialiste"]


def test_a_composed_answer_lists_each_condition_with_its_sentence(store):
    [row] = ask(store, "qui soutient Valls mais critique Hamon").rows
    assert row["name"] == "François Loncle" and row["party"] == "Parti socialiste"
    assert (row["articles"], row["first"], row["last"]) == (1, "2017-01-29", "2017-01-29")
    assert [(e["subject"], e["relation"], e["object"]) for e in row["evidence"]] == [
        ("François Loncle", "REJECTS", "Benoît Hamon"),
        ("François Loncle", "SUPPORTS", "Manuel Valls"),
    ]


def test_but_not_removes_the_actors_of_the_second_condition(store):
    names = {r["name"] for r in ask(store, "who rejects Hamon but not Macron").rows}
    assert "François Loncle" in names
    everyone = {r["name"] for r in ask(store, "who rejects Hamon").rows}
    assert names == everyone  # nobody who rejects Hamon rejects Macron
    supporters = {r["name"] for r in ask(store, "who supports Hamon").rows}
    kept = {r["name"] for r in ask(store, "who supports Hamon but does not reject Valls").rows}
    assert supporters - kept == {"Mathieu Hanotin"}  # he denounced Valls in March


def test_the_question_dates_and_the_options_both_narrow_the_window(store):
    result = ask(store, "who supports Hamon since February 2017", until="2017-02-28")
    assert (result.since, result.until) == ("2017-02-01", "2017-02-28")
    assert [r["name"] for r in result.rows] == ["Yannick Jadot"]


def test_a_month_without_a_year_takes_the_year_of_the_latest_article(store):
    assert (interpret(store, "qui soutient Hamon avant avril").until) == "2017-03-31"
    empty = SQLiteStore(":memory:")
    assert interpret(empty, "who supports Hamon after March 2016").since == "2016-04-01"


# -- the reading is always visible ----------------------------------------------------------------

def test_the_answer_says_what_was_understood(store):
    answer = ask(store, "quels socialistes soutiennent Valls en janvier 2017 ?")
    assert answer.understood == (
        "understood: actors who SUPPORTS Manuel Valls, in Parti socialiste, claims dated "
        "2017-01-01 to 2017-01-31 -> query composed(party=Parti socialiste)"
    )
    data = answer.to_dict()
    assert list(data)[:7] == ["question", "interpretation", "query", "params", "since",
                              "until", "evidence"]
    assert data["interpretation"]["conditions"] == [
        {"relation": "SUPPORTS", "asked": "subject", "actor": "Manuel Valls", "negated": False,
         "alternative": False},
    ]
    assert data["rows"] == answer.rows


def test_composed_queries_carry_every_value_as_a_parameter(store):
    answer = ask(store, "who supports Valls and rejects Hamon in 2017")
    for value in ("Manuel Valls", "Benoît Hamon", "SUPPORTS", "2017"):
        assert value not in answer.text
    assert {"a0": "Manuel Valls", "a1": "Benoît Hamon", "r0": "SUPPORTS",
            "r1": "REJECTS"}.items() <= answer.params.items()


def test_a_question_nobody_can_map_gets_the_closest_readings_in_one_line(store):
    with pytest.raises(NoMatchError) as caught:
        ask(store, "quel temps fera-t-il demain ?")
    message = str(caught.value)
    assert message.startswith("cannot map 'quel temps fera-t-il demain ?' to a query; closest: ")
    assert message.count(" | ") == 2 and "\n" not in message
    assert isinstance(caught.value, QueryError)


def test_the_closest_readings_use_the_names_the_question_gave(store):
    with pytest.raises(NoMatchError, match="Benoît Hamon"):
        ask(store, "Hamon ?")


def test_a_name_one_slip_from_an_actor_is_read_as_that_actor_and_the_reading_says_so(store):
    answer = ask(store, "who backs Vals but eyes Macron")
    assert answer.interpretation.conditions[0].actor == "Manuel Valls"
    assert answer.understood.startswith(
        "understood: actors who SUPPORTS Manuel Valls and TEMPTED_BY Emmanuel Macron "
        "(read 'Vals' as 'Manuel Valls')")
    assert ask(store, "who suports Hamon").interpretation.corrected == {"suports": "supports"}


def test_a_yes_no_question_answers_about_the_first_actor_named(store):
    no = ask(store, "does Valls support Hamon?")
    assert (no.answer, no.rows, no.to_dict()["answer"]) == ("no", [], "no")
    assert no.understood.endswith("-> no")
    yes = ask(store, "Est-ce que Mélenchon a rejeté l'offre de Hamon ?")
    assert yes.interpretation.only == "Jean-Luc Mélenchon"
    assert (yes.answer, [row["name"] for row in yes.rows]) == ("yes", ["Jean-Luc Mélenchon"])


def test_a_how_many_question_counts_every_page(store):
    answer = ask(store, "combien de personnes critiquent Hamon ?", limit=1)
    assert (len(answer.rows), answer.count, answer.to_dict()["count"]) == (1, 4, 4)


def test_an_actor_left_out_by_name_is_in_the_reading_and_only_a_parameter(store):
    answer = ask(store, "who else backs Hamon, apart from Montebourg and Aubry?")
    assert answer.interpretation.excluded == ["Arnaud Montebourg", "Martine Aubry"]
    assert answer.to_dict()["interpretation"]["excluded"] == answer.interpretation.excluded
    assert ", except Arnaud Montebourg, Martine Aubry" in answer.understood
    assert sorted(row["name"] for row in answer.rows) == ["Mathieu Hanotin", "Yannick Jadot"]
    assert "Montebourg" not in answer.text
    # a ranking leaves them out before it ranks: Valls has the most supporters after Hamon
    assert [r["name"] for r in ask(store, "qui a le plus de soutiens, hormis Hamon ?").rows] \
        == ["Manuel Valls"]


def test_recent_days_count_back_from_today_and_the_week_of_a_day_is_monday_to_sunday(store):
    import datetime as dt

    today = dt.date.today()
    recent = interpret(store, "qui a critiqué Hamon ces six derniers mois")
    assert recent.until == today.isoformat()
    assert (today - dt.timedelta(days=185)).isoformat() <= recent.since \
        <= (today - dt.timedelta(days=180)).isoformat()
    assert ask(store, "who backed Valls over the past month").rows == []
    week = interpret(store, "who backed Hamon during the week of Wednesday 25 January 2017")
    assert (week.since, week.until) == ("2017-01-23", "2017-01-29")


def test_a_name_far_from_every_actor_is_an_error_quoting_it(store):
    with pytest.raises(UnknownNameError, match=r"^no actor named 'Zorglub'"):
        ask(store, "who backs Zorglub but eyes Macron")


def test_hostile_text_in_a_question_is_only_ever_a_value(store):
    before = store.counts()
    with pytest.raises(UnknownNameError):
        ask(store, "who supports x'); DROP TABLE claims; --")
    assert store.counts() == before


def test_folding_keeps_track_of_where_each_word_came_from():
    text = "Qui a rejeté l'invitation d'Hamon ?"
    words = tokenize(text)
    assert [w.word for w in words] == ["qui", "a", "rejete", "l", "invitation", "d", "hamon"]
    assert text[words[-1].start:words[-1].end] == "Hamon"


# -- pages ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "who supports Hamon", "who rejects Hamon", "qui soutient Hamon mais pas Valls",
    "timeline of Hamon", "quels socialistes rejettent Hamon",
])
def test_pages_cut_the_same_rows_in_the_same_order(store, question):
    every = ask(store, question).rows
    assert len(every) >= 2
    pages = [ask(store, question, limit=1, offset=k).rows for k in range(len(every) + 1)]
    assert [row for page in pages for row in page] == every
    assert pages[-1] == []
    assert ask(store, question, limit=2, offset=1).rows == every[1:3]


def test_questions_look_names_up_without_reading_every_actor(db):
    class Counting(SQLiteStore):
        reads_all = 0

        def actors(self):
            Counting.reads_all += 1
            return super().actors()

    with Counting(db) as counted:
        ask(counted, "qui soutient Valls mais lorgne vers Macron en janvier 2017")
        ask(counted, "who does Montebourg support")
    assert Counting.reads_all == 0


# -- from the shell -------------------------------------------------------------------------------

def test_ask_json_returns_the_question_the_reading_and_the_rows(db):
    result = runner.invoke(app, ["ask", "who supports Valls and rejects Hamon", "--db", str(db),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"question", "interpretation", "query", "params", "since", "until", "rows"} <= set(data)
    assert data["query"] == "composed"
    assert [r["name"] for r in data["rows"]] == ["François Loncle"]


def test_ask_table_starts_with_what_was_understood(db):
    result = runner.invoke(app, ["ask", "qui soutient Hamon en février 2017", "--db", str(db)])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("understood: actors who SUPPORTS Benoît Hamon, claims dated "
                            "2017-02-01 to 2017-02-28 -> query supporters(")
    assert "Yannick Jadot" in result.stdout


def test_ask_jsonl_and_csv_keep_stdout_for_the_rows(db):
    lines = runner.invoke(app, ["ask", "who supports Hamon", "--db", str(db), "-f", "jsonl",
                                "--limit", "2", "--offset", "1"])
    assert lines.exit_code == 0, lines.output
    rows = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [r["name"] for r in rows] == ["Martine Aubry", "Mathieu Hanotin"]
    assert lines.stderr.startswith("understood: ")
    table = runner.invoke(app, ["ask", "who supports Hamon", "--db", str(db), "-f", "csv"])
    assert table.stdout.splitlines()[0] == "name,articles,first,last,evidence_total,evidence"


def test_ask_exits_1_with_the_closest_readings_when_it_cannot_map(db):
    result = runner.invoke(app, ["ask", "quel temps fera-t-il ?", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot map 'quel temps fera-t-il ?' to a query; "
                                    "closest: ")
    assert result.stdout == ""


def test_query_takes_a_page_too(db):
    args = ["query", "timeline", "-p", "actor=Hamon", "--db", str(db), "-f", "json"]
    every = json.loads(runner.invoke(app, args).stdout)
    page = json.loads(runner.invoke(app, [*args, "--limit", "3", "--offset", "2"]).stdout)
    assert page == every[2:5]


def test_ask_from_the_shell_never_imports_spacy(db):
    code = (
        "import sys; from typer.testing import CliRunner; from alliancegraph.cli import app; "
        "r = CliRunner().invoke(app, ['ask', 'who backs Valls but eyes Macron', "
        f"'--db', {str(db)!r}]); "
        "assert r.exit_code == 0, r.output; print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# -- the words are data ---------------------------------------------------------------------------

def test_every_relation_the_questions_name_is_in_the_ontology_and_each_has_wordings():
    from alliancegraph.ontology import relation_names
    from alliancegraph.queries.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.relations <= set(relation_names())
    for relation in relation_names():
        for lang in ("en", "fr"):
            kinds = {f.kind for forms in lexicon.forms.values() for f in forms
                     if f.relation == relation and f.lang == lang}
            assert {"verbs", "reverse", "nouns"} <= kinds, (relation, lang)


def test_a_broken_questions_file_is_a_one_line_error_naming_it(tmp_path):
    from alliancegraph.queries.lexicon import load_lexicon

    broken = tmp_path / "questions.toml"
    broken.write_text("[[forms]]\nrelation = \n", encoding="utf-8")
    with pytest.raises(QueryError, match=rf"^{broken}: ") as caught:
        load_lexicon(broken)
    assert "\n" not in str(caught.value)


def test_an_empty_or_overlong_question_is_refused_in_one_line(store):
    with pytest.raises(NoMatchError, match="^the question is empty$"):
        ask(store, " ?! ")
    with pytest.raises(NoMatchError, match=r"^the question has 61 words; ask in at most 60$"):
        ask(store, "who supports Hamon " + "and Valls " * 29)
