"""Hostile files at the readers: each is one bad file (or one bad line), never a hang or a crash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from alliancegraph.loaders.readers import (
    MAX_ARTICLE_BYTES,
    MAX_ARTICLE_CHARS,
    MAX_LINE_BYTES,
    ReadProblem,
    read_articles,
)
from alliancegraph.model import Article
from alliancegraph.pipeline import count_articles

GOOD = "date 2017-01-29\nUn titre\n\nBenoît Hamon soutient Manuel Valls."


def read(*paths):
    return list(read_articles(paths))


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def problems(items, fatal=True):
    return [str(i) for i in items if isinstance(i, ReadProblem) and i.fatal == fatal]


def read_unprivileged(*paths) -> tuple[list[str], int]:
    """The problems and the article count as a process without the power to read every file.

    Tests run as root in the project's containers, and root reads a file of mode 000; the
    reading process is started without the capabilities that allow it (``setpriv``), so the
    permission check is the kernel's, as for any user.
    """
    code = (
        "import json, sys\n"
        "from alliancegraph.loaders.readers import read_articles, ReadProblem\n"
        "from alliancegraph.pipeline import count_articles\n"
        "items = list(read_articles(sys.argv[1:]))\n"
        "count_articles(sys.argv[1:])\n"
        "print(json.dumps([str(i) for i in items if isinstance(i, ReadProblem) and i.fatal]))\n"
        "print(sum(1 for i in items if not isinstance(i, ReadProblem)))\n"
    )
    command = [sys.executable, "-c", code, *map(str, paths)]
    if os.geteuid() == 0:
        drop = "-dac_override,-dac_read_search"
        command = [shutil.which("setpriv"), f"--inh-caps={drop}", f"--bounding-set={drop}",
                   *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    found, count = done.stdout.splitlines()
    return json.loads(found), int(count)


def test_a_fifo_is_one_bad_file_and_never_hangs(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    items = read(tmp_path)
    assert len(articles(items)) == 1
    assert problems(items) == [f"{tmp_path / 'pipe.txt'}: not a regular file (a FIFO)"]
    assert count_articles([tmp_path]) == 2  # returns (a .txt counts one), never waits on the FIFO


def test_a_device_named_on_the_command_line_is_one_bad_file():
    assert problems(read("/dev/zero")) == ["/dev/zero: not a regular file (a device)"]


def test_an_unreadable_file_is_one_bad_file(tmp_path):
    secret, good = tmp_path / "secret.txt", tmp_path / "good.txt"
    secret.write_text(GOOD, encoding="utf-8")
    good.write_text(GOOD.replace("Valls", "Jadot"), encoding="utf-8")
    secret.chmod(0)
    assert read_unprivileged(secret, good) == ([f"{secret}: Permission denied"], 1)


def test_an_unreadable_subfolder_is_reported(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        found = read_unprivileged(tmp_path)
    finally:
        locked.chmod(0o755)
    assert found == ([f"{locked}: folder not readable (Permission denied)"], 1)


def test_a_symlink_loop_is_reported_not_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    items = read(tmp_path)
    assert len(articles(items)) == 1
    assert sorted(problems(items)) == [
        f"{tmp_path / 'loop.txt'}: broken or looping symbolic link",
        f"{tmp_path / 'sub' / 'back'}: symbolic link loop (folder already read)",
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path, codec):
    path = tmp_path / "wide.txt"
    data = GOOD.encode(codec)
    if not codec.endswith("-be"):
        path.write_bytes(data)
    else:  # the -be codecs write no BOM: add the big-endian one
        bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}[codec]
        path.write_bytes(bom + data)
    items = read(path)
    (article,) = articles(items)
    assert article.text.endswith("Manuel Valls.")
    assert problems(items) == []
    assert problems(items, fatal=False) == [f"{path}: not UTF-8, decoded as {codec[:6].upper()}"]


def test_a_nul_byte_anywhere_means_binary(tmp_path):
    path = tmp_path / "late-nul.txt"
    path.write_bytes(GOOD.encode() + b"\n" + b"x" * 20_000 + b"\x00 et la suite")
    assert problems(read(path)) == [f"{path}: binary file (NUL bytes), not an article"]


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("text", ["a", "list"], "field 'text' must be a string, not a list"),
        ("title", {"a": 1}, "field 'title' must be a string, not an object"),
        ("date", True, "field 'date' must be a string, not a boolean"),
        ("url", 12, "field 'url' must be a string, not a number"),
        ("date", "2017-05-06T25:99:00garbage", "malformed date '2017-05-06T25:99:00garbage'"),
        ("date", "2017-05-06garbage", "malformed date '2017-05-06garbage'"),
    ],
)
def test_jsonl_fields_of_the_wrong_type_are_refused_per_line(tmp_path, field, value, reason):
    good = {"date": "2017-01-29", "title": "Un titre", "text": "Hamon soutient Valls."}
    path = tmp_path / "feed.jsonl"
    rows = [good, {**good, "text": "Autre texte.", field: value}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = read(path)
    assert len(articles(items)) == 1
    (line,) = problems(items)
    assert line.startswith(f"{path}:2: {reason}")
    assert "\n" not in line


def test_jsonl_full_timestamps_are_accepted_as_their_day(tmp_path):
    path = tmp_path / "feed.jsonl"
    row = {"date": "2017-05-06T21:30:00+02:00", "text": "Hamon soutient Valls."}
    path.write_text(json.dumps(row), encoding="utf-8")
    (article,) = articles(read(path))
    assert article.date == "2017-05-06"


def test_an_oversized_text_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:  # sparse: the size is real, the disk space is not
        out.write(b"date 2017-01-29\nTitre\n\n")
        out.truncate(MAX_ARTICLE_BYTES + 1)
    (line,) = problems(read(path))
    assert line == (
        f"{path}: file too large ({MAX_ARTICLE_BYTES + 1:,} bytes; "
        f"an article may have at most {MAX_ARTICLE_BYTES:,})"
    )


def test_an_article_over_the_character_limit_is_one_bad_file(tmp_path):
    path = tmp_path / "long.txt"
    paragraph = "Benoît Hamon soutient Manuel Valls. " * 40 + "\n\n"
    body = paragraph * (MAX_ARTICLE_CHARS // len(paragraph) + 1)
    path.write_text("date 2017-01-29\nTitre\n\n" + body, encoding="utf-8")
    (line,) = problems(read(path))
    assert line.startswith(f"{path}: article too long (")
    assert line.endswith(f"characters; the limit is {MAX_ARTICLE_CHARS:,})")


def test_a_huge_jsonl_line_is_one_bad_line_and_the_others_load(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"date": "2017-01-29", "text": "Hamon soutient Valls."})
    huge = json.dumps({"date": "2017-01-29", "text": "x" * (MAX_LINE_BYTES + 10)})
    path.write_text("\n".join([good, huge, good.replace("Valls", "Jadot")]), encoding="utf-8")
    items = read(path)
    assert len(articles(items)) == 2
    (line,) = problems(items)
    assert line.startswith(f"{path}:2: line too long (")


def test_deeply_nested_json_is_one_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"date": "2017-01-29", "text": "Hamon soutient Valls."})
    path.write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    items = read(path)
    assert len(articles(items)) == 1
    assert problems(items) == [f"{path}:2: invalid JSON (nested too deeply)"]


def test_a_file_that_disappears_mid_run_is_one_bad_file(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD.replace("Valls", name), encoding="utf-8")
    stream = read_articles([tmp_path])
    first = next(stream)  # the folder is listed, the first file read...
    (tmp_path / "b.txt").unlink()  # ...and the second one vanishes before its turn
    rest = list(stream)
    assert isinstance(first, Article)
    assert len(articles(rest)) == 1
    assert problems(rest) == [f"{tmp_path / 'b.txt'}: No such file or directory"]


def test_a_huge_line_in_utf16_json_lines_is_one_bad_line(tmp_path):
    path = tmp_path / "wide.jsonl"
    good = json.dumps({"date": "2017-01-29", "text": "Hamon soutient Valls."})
    huge = json.dumps({"date": "2017-01-29", "text": "x" * (MAX_LINE_BYTES + 10)})
    path.write_bytes("\n".join([huge, good]).encode("utf-16"))
    items = read(path)
    assert len(articles(items)) == 1
    assert [p.split(": ", 1)[0] for p in problems(items)] == [f"{path}:1"]
