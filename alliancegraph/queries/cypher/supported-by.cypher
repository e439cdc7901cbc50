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
MATCH (who:Actor {name: $who})-[r:SUPPORTS]->(o:Actor)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
WITH who, o, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first, max(r.date) AS last,
     count(r) AS evidence_total
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
