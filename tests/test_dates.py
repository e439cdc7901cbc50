"""Dates, checked once (``alliancegraph.dates``) and reported by each layer in its own words.

The loaders refuse an article with a malformed date (``ArticleFormatError``), the queries a
malformed parameter (``InvalidParameterError``), and the fracture analysis, which is neither,
raises the neutral ``DateError``; the CLI turns each into one line and exit status 1.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.dates import DateError, check_date, date_window
from alliancegraph.graph.fractures import analyse
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.loaders.readers import ArticleFormatError
from alliancegraph.loaders.readers import check_date as article_date
from alliancegraph.queries import InvalidParameterError
from alliancegraph.queries.params import check_date as parameter_date


@pytest.mark.parametrize("value", ["2017", "2017-02", "2016-02-29", "2017-12-31"])
def test_iso_dates_of_every_precision_pass(value):
    assert check_date(value) == value


@pytest.mark.parametrize("value", ["2017-02-29", "2017-13", "2017-00-10", "0000", "17-01-01",
                                   "2017/01/01", "", "2017-1-1", None])
def test_anything_else_is_refused_with_the_value(value):
    with pytest.raises(DateError, match="is not a date"):
        check_date(value)


def test_an_article_needs_at_least_a_month():
    assert article_date("2017-01") == "2017-01"
    with pytest.raises(ArticleFormatError, match=r"malformed date '2017' \(expected"):
        article_date("2017")


def test_a_query_parameter_names_itself_and_may_have_blanks():
    assert parameter_date(" 2017-02 ", "since") == "2017-02"
    with pytest.raises(InvalidParameterError, match="^until: '2017-02-30' is not a date"):
        parameter_date("2017-02-30", "until")


def test_a_window_is_widened_to_whole_periods_and_must_not_be_reversed():
    assert date_window("2017-02", "2017-02") == ("2017-02", "2017-02-28")
    with pytest.raises(DateError, match="since 2017-03 is after until 2017-02-28"):
        date_window("2017-03", "2017-02")
    with pytest.raises(DateError, match="^since: '2017-13'"):
        date_window("2017-13", None)


def test_the_fracture_analysis_refuses_a_bad_window_itself():
    with pytest.raises(DateError, match="^until: "):
        analyse(SQLiteStore(":memory:"), until="2017-02-30")


def test_the_cli_prints_one_line_for_a_bad_window(tmp_path):
    SQLiteStore(tmp_path / "g.db").close()  # an existing store: read commands create none
    result = CliRunner().invoke(
        app, ["fractures", "--until", "2017-02-30", "--db", str(tmp_path / "g.db")]
    )
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].endswith(
        "until: '2017-02-30' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)")
