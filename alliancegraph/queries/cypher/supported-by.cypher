// name: supported-by
// description: Whom an actor supports: distinct articles, first and last date, and the sentences.
// param who: actor - the person or party whose support is asked about
// param min_articles: int = 1 - keep those supported in at least this many articles
// columns: name, articles, first, last, evidence_total, evidence
//
// Also takes $since and $until (ISO dates, null = unbounded). In Neo4j Browser:
//   :param who => 'Arnaud Montebourg'
//   :param min_articles => 1
//   :param since => null
//   :param until => null
//   :param evidence => null
// Without a date window the rows are the tie summaries (graph/neo4j_ties.py: one
// TIE_SUPPORTS relationship per row, with its count of copy groups and first and last dates), so a
// hub's page sorts its ties, not its claims; in a window they are counted from the claims
// dated in it. The two branches exclude each other.
MATCH (who:Actor {name: $who})
CALL (who) {
  MATCH (who)-[t:TIE_SUPPORTS]->(o)
  WHERE $since IS NULL AND $until IS NULL
  RETURN o, t.articles AS articles, null AS first, null AS last, null AS evidence_total, t AS tie
  UNION ALL
  MATCH (who)-[r:SUPPORTS]->(o:Actor)
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN o, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first, max(r.date) AS last, count(r) AS evidence_total, null AS tie
}
WITH who, o, articles, first, last, evidence_total, tie
WHERE articles >= $min_articles
// The page is cut here, before any evidence is read.
ORDER BY articles DESC, o.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// The summary's dates and count are read here, for the page's rows only (for each of a hub's
// 7,417 ties they cost 30k db hits). Without a window the first sentences are read by their
// articles, the summary's heads (graph/neo4j_ties.py), when those are enough: the cap is within
// them, or they are every claim of the tie; otherwise (a window, a cap past the heads) the
// tie's claims are sorted.
WITH who, o, articles, coalesce(tie.first, first) AS first, coalesce(tie.last, last) AS last,
     coalesce(tie.claims, evidence_total) AS evidence_total,
     CASE WHEN $evidence <= size(tie.heads) OR size(tie.heads) = tie.claims
          THEN tie.heads[..coalesce($evidence, size(tie.heads))] END AS heads
RETURN o.name AS name, articles, first, last, evidence_total,
       [e IN COLLECT {
          UNWIND heads AS h
          MATCH ()-[e:SUPPORTS {article: h}]->()
          WHERE startNode(e) = who AND endNode(e) = o
          RETURN e ORDER BY e.date, e.article
        } + COLLECT {
          WITH who, o WHERE heads IS NULL
          MATCH (who)-[e:SUPPORTS]->(o)
          WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
          WITH e
          ORDER BY e.date, e.article
          LIMIT coalesce($evidence, 9223372036854775807)
          RETURN e
        } | {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}] AS evidence
ORDER BY articles DESC, name
