"""alliancegraph: a knowledge graph of political actors and alliances, built from news articles.

Data flows one way: ``loaders`` turn articles into :class:`~alliancegraph.model.Claim` records,
``graph`` stores them (SQLite by default, Neo4j on request), ``queries`` and ``graph.fractures``
read them back, and the exports write them out.
"""

__version__ = "0.1.0"
