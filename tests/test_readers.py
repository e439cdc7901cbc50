"""Reading articles: the date header, JSON Lines, and every kind of bad input named in one line."""

from __future__ import annotations

import json

from alliancegraph.loaders.readers import ReadProblem, read_articles
from alliancegraph.model import Article


def read(*paths):
    return list(read_articles(paths))


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def problems(items, fatal=True):
    return [i for i in items if isinstance(i, ReadProblem) and i.fatal == fatal]


def test_dev_corpus_articles_have_dates_titles_and_stable_ids(dev_corpus):
    first = articles(read(dev_corpus))
    again = articles(read(dev_corpus))
    assert [a.date for a in first] == ["2017-01-23", "2017-01-29", "2017-02-23", "2017-03-29"]
    assert first[2].title == "Yannick Jadot renonce et se rallie à Benoît Hamon"
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == 4


def test_month_only_header_is_refined_by_the_file_name(dev_corpus):
    (article,) = articles(read(dev_corpus / "2017-01-29-primaire-hamon-valls.txt"))
    assert article.date == "2017-01-29"
    assert article.title.startswith("Malgré une augmentation de la participation")


def test_header_on_its_own_line_and_month_precision(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("date 2016-11\nUn titre\n\nLe corps du texte.", encoding="utf-8")
    (article,) = articles(read(path))
    assert (article.date, article.title) == ("2016-11", "Un titre")
    assert article.text == "Un titre\n\nLe corps du texte."


def test_same_text_same_id_whatever_the_line_endings(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"date 2017-01-02 Titre\n\nTexte.\n")
    (tmp_path / "b.txt").write_bytes(b"date 2017-01-02 Titre\r\n\r\nTexte.\r\n")
    first, second = articles(read(tmp_path))
    assert first.id == second.id


def test_windows_1252_is_detected_decoded_and_noted(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("date 2017-03-01 Hamon a dénoncé « l'été »\n\nCorps.".encode("cp1252"))
    items = read(path)
    (article,) = articles(items)
    assert "dénoncé « l'été »" in article.title
    (note,) = problems(items, fatal=False)
    assert str(note) == f"{path}: not UTF-8, decoded as Windows-1252"


def test_bad_files_each_get_one_line_and_the_good_ones_still_load(tmp_path):
    good = tmp_path / "2017-01-05-good.txt"
    good.write_text("date 2017-01-05 Titre\n\nTexte.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "nodate.txt").write_text("Un titre\n\nPas de date.", encoding="utf-8")
    (tmp_path / "baddate.txt").write_text("date 2017-13-40 Titre\n\nTexte.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = read(tmp_path, missing)
    assert [a.title for a in articles(items)] == ["Titre"]
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems(items)}
    assert reasons == {
        "baddate.txt": "malformed date '2017-13-40' (expected YYYY-MM-DD or YYYY-MM)",
        "binary.txt": "binary file (NUL bytes), not an article",
        "empty.txt": "empty file",
        "nodate.txt": "no date: start the file with 'date YYYY-MM-DD' or put the date in its name",
        "missing.txt": "no such file or directory",
    }
    assert all("\n" not in str(p) for p in problems(items))


def test_a_folder_without_articles_is_reported(tmp_path):
    (tmp_path / "readme.md").write_text("nothing here", encoding="utf-8")
    (problem,) = read(tmp_path)
    assert problem.reason == "folder has no articles (.txt, .jsonl, .ndjson, .html, .htm)"


def test_json_lines_one_article_per_line_bad_lines_named(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a1", "date": "2017-02-01", "title": "T1", "text": "Texte un.", "url": "http://x/1"},
        {"id": "a2", "date": "2017-02", "title": "T2", "text": "Texte deux."},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"id": "a3", "title": "no date", "text": "x"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [(a.title, a.date, a.url) for a in articles(items)] == [
        ("T1", "2017-02-01", "http://x/1"),
        ("T2", "2017-02", None),
    ]
    assert [str(p) for p in problems(items)] == [
        f"{path}:2: invalid JSON (Expecting property name enclosed in double quotes)",
        f"{path}:4: missing date",
    ]
