"""Property: whatever bytes, encodings, sizes and JSON shapes sit beside them, good articles
load and nothing crashes. Hypothesis writes a folder of random files around a few good ones,
then one real load (the real spaCy pipeline, loaded once) must store every good article."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Article
from alliancegraph.pipeline import load

CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"]
WORDS = ["Hamon", "Valls", "soutient", "rejette", "Jadot", "Macron", "la", "gauche", "é", "«"]

good_article = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=12).map(" ".join),
    st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252"]),
    st.sampled_from(["txt", "jsonl"]),
)

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
json_row = st.fixed_dictionaries(
    {}, optional={"date": json_value | st.just("2017-02-01") | st.text(max_size=25),
                  "text": json_value | st.text(max_size=60),
                  "title": json_value, "url": json_value, "id": json_value},
)

hostile_file = st.one_of(
    st.binary(max_size=3000).map(lambda b: ("txt", b)),
    st.binary(max_size=3000).map(lambda b: ("jsonl", b)),
    st.tuples(st.text(max_size=300), st.sampled_from(CODECS)).map(
        lambda t: ("txt", t[0].encode(t[1], errors="replace"))),
    st.lists(json_row | json_value, max_size=5).map(
        lambda rows: ("jsonl", "\n".join(json.dumps(r) for r in rows).encode())),
)


def write_good(folder: Path, n: int, text: str, codec: str, kind: str) -> str:
    """A good article with a unique title; returns the title the store must hold."""
    title = f"Article numéro {n}"
    if kind == "txt":
        data = f"date 2017-02-0{n % 9 + 1}\n{title}\n\n{text}".encode(codec)  # BOM for utf-16/32
        (folder / f"good-{n}.txt").write_bytes(data)
    else:
        row = {"date": "2017-02-01", "title": title, "text": text}
        data = json.dumps(row, ensure_ascii=False).encode(codec)
        (folder / f"good-{n}.jsonl").write_bytes(data)
    return title


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(goods=st.lists(good_article, min_size=1, max_size=3),
       hostile=st.lists(hostile_file, max_size=6))
def test_random_files_never_crash_a_load_nor_lose_its_good_articles(extractor, goods, hostile):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        titles = {write_good(folder, n, *good) for n, good in enumerate(goods)}
        for n, (suffix, data) in enumerate(hostile):
            (folder / f"hostile-{n}.{suffix}").write_bytes(data)
        store = SQLiteStore(":memory:")
        stored: list[Article] = []
        report = load(store, [folder], extractor=extractor,
                      on_article=lambda e: stored.append(e.article))
        assert titles <= {info.title for info in store.articles()}
        assert report.articles_new == store.counts()["articles"]
        assert all(p.source.startswith(str(folder)) for p in report.problems)
        assert all("\n" not in str(p) for p in report.problems + report.notes)
