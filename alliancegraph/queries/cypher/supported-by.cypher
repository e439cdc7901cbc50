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
  MATCH (who)-[t:TIE_SUPPORTS]->(o:Actor)
  WHERE $since IS NULL AND $until IS NULL
  RETURN o, t.articles AS articles, t.first AS first, t.last AS last, t.claims AS evidence_total
  UNION ALL
  MATCH (who)-[r:SUPPORTS]->(o:Actor)
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN o, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first, max(r.date) AS last, count(r) AS evidence_total
}
WITH who, o, articles, first, last, evidence_total
WHERE articles >= $min_articles
// The page is cut here, before any evidence is read.
ORDER BY articles DESC, o.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
RETURN o.name AS name, articles, first, last, evidence_total,
       COLLECT {
         MATCH (who)-[e:SUPPORTS]->(o)
         WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
         WITH e
         ORDER BY e.date, e.article
         LIMIT coalesce($evidence, 9223372036854775807)
         RETURN {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}
       } AS evidence
ORDER BY articles DESC, name
