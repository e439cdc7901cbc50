"""Fetching pages: cache, retries, timeouts, errors and politeness, against a real local server.

The fetcher is never mocked: ``web_site`` serves pages on 127.0.0.1 and counts what it was asked.
"""

from __future__ import annotations

from alliancegraph.loaders.fetch import USER_AGENT, Fetcher, cache_key

GOOD = "/gazette/politique/rolland-faure.html"


def fetcher(tmp_path, **options) -> Fetcher:
    """A fetcher with its own cache and short waits (the defaults wait seconds)."""
    options = {"timeout": 0.5, "retries": 2, "backoff": 0.01, **options}
    return Fetcher(cache_dir=tmp_path / "cache", **options)


def test_a_page_is_fetched_once_then_read_from_the_cache(web_site, tmp_path):
    first = fetcher(tmp_path).fetch(web_site.url(GOOD))
    assert first.ok and not first.from_cache
    assert b"Johanna Rolland" in first.body
    again = fetcher(tmp_path).fetch(web_site.url(GOOD))
    assert again.from_cache and again.body == first.body
    assert web_site.hits[GOOD] == 1


def test_the_cache_is_keyed_by_the_normalised_url(web_site, tmp_path):
    fetcher(tmp_path).fetch(web_site.url(GOOD))
    variant = web_site.url(GOOD).replace("http://", "HTTP://") + "?utm_source=rss#haut"
    assert cache_key(variant) == cache_key(web_site.url(GOOD))
    assert fetcher(tmp_path).fetch(variant).from_cache
    assert web_site.hits[GOOD] == 1


def test_offline_reads_the_cache_and_fetches_nothing(web_site, tmp_path):
    fetcher(tmp_path).fetch(web_site.url(GOOD))
    offline = fetcher(tmp_path, offline=True)
    assert offline.fetch(web_site.url(GOOD)).ok
    missing = offline.fetch(web_site.url("/courrier/2026/11/05/vallaud-faure"))
    assert missing.error == "not in the cache (offline)"
    assert web_site.requests == 1


def test_a_server_error_is_retried_until_the_page_comes(web_site, tmp_path):
    result = fetcher(tmp_path).fetch(web_site.url("/flaky"))
    assert result.ok and b"Johanna Rolland" in result.body
    assert web_site.hits["/flaky"] == 2


def test_a_missing_page_is_an_error_with_its_status_and_is_not_retried(web_site, tmp_path):
    result = fetcher(tmp_path).fetch(web_site.url("/nulle-part"))
    assert result.error == "HTTP 404 Not Found"
    assert web_site.hits["/nulle-part"] == 1
    assert not fetcher(tmp_path, offline=True).fetch(web_site.url("/nulle-part")).ok


def test_a_page_that_never_answers_times_out_after_the_retries(web_site, tmp_path):
    result = fetcher(tmp_path, timeout=0.2, retries=1).fetch(web_site.url("/slow"))
    assert result.error == "timed out after 0.2 s (2 attempts)"
    assert web_site.hits["/slow"] == 2


def test_a_closed_port_is_a_network_error(tmp_path):
    result = fetcher(tmp_path, retries=0).fetch("http://127.0.0.1:9/page")
    assert result.error.startswith("network error (ConnectError")


def test_only_http_urls_are_fetched(tmp_path):
    assert fetcher(tmp_path).fetch("file:///etc/passwd").error == "not an http(s) URL"


def test_the_fetcher_names_itself(web_site, tmp_path):
    fetcher(tmp_path).fetch(web_site.url(GOOD))
    assert web_site.agents == {USER_AGENT}
    assert USER_AGENT.startswith("alliancegraph/")


def test_concurrency_is_bounded_and_order_is_kept(web_site, tmp_path):
    urls = [web_site.url(f"/busy/{n}") for n in range(8)]
    results = list(fetcher(tmp_path, concurrency=2).fetch_all(urls))
    assert [r.url for r in results] == urls
    assert all(r.ok for r in results)
    assert web_site.most_in_flight <= 2
