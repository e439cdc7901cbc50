"""``alliancegraph serve``: a local web app to explore the graph and review its claims.

:func:`~alliancegraph.web.server.serve` runs it in the foreground (the command);
:func:`~alliancegraph.web.server.start` in a background thread (tests, notebooks).
The page's JavaScript lives in ``web/`` at the top of the repository and is bundled by
``make web`` into ``alliancegraph/web/static/build/`` (not committed).
"""
