// name: rejecters
// description: Who rejects an actor (criticises, attacks, breaks with): distinct articles, first and last date, and the sentences.
// param of: actor - the person or party rejected
// columns: name, articles, first, last, evidence_total, evidence
//
// Also takes $since and $until (ISO dates, null = unbounded), $evidence (the most sentences
// per row, null = all), $limit and $offset (a page of rows). In Neo4j Browser:
//   :param of => 'Benoît Hamon'
//   :param since => null
//   :param until => null
//   :param evidence => null
//   :param limit => null
//   :param offset => null
// Without a date window the rows are the tie summaries (graph/neo4j_ties.py: one
// TIE_REJECTS relationship per row, with its count of copy groups and first and last dates), so a
// hub's page sorts its ties, not its claims; in a window they are counted from the claims
// dated in it. The two branches exclude each other.
MATCH (target:Actor {name: $of})
CALL (target) {
  MATCH (target)<-[t:TIE_REJECTS]-(s)
  WHERE $since IS NULL AND $until IS NULL
  RETURN s, t.articles AS articles, null AS first, null AS last, null AS evidence_total, t AS tie
  UNION ALL
  MATCH (target)<-[r:REJECTS]-(s:Actor)
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN s, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first, max(r.date) AS last, count(r) AS evidence_total, null AS tie
}
WITH target, s, articles, first, last, evidence_total, tie
ORDER BY articles DESC, s.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// The summary's dates and count are read here, for the page's rows only (for each of a hub's
// 7,417 ties they cost 30k db hits). Without a window the first sentences are read by their
// articles, the summary's heads (graph/neo4j_ties.py), when those are enough: the cap is within
// them, or they are every claim of the tie; otherwise (a window, a cap past the heads) the
// tie's claims are sorted.
WITH target, s, articles, coalesce(tie.first, first) AS first, coalesce(tie.last, last) AS last,
     coalesce(tie.claims, evidence_total) AS evidence_total,
     CASE WHEN $evidence <= size(tie.heads) OR size(tie.heads) = tie.claims
          THEN tie.heads[..coalesce($evidence, size(tie.heads))] END AS heads
RETURN s.name AS name, articles, first, last, evidence_total,
       [e IN COLLECT {
          UNWIND heads AS h
          MATCH ()-[e:REJECTS {article: h}]->()
          WHERE startNode(e) = s AND endNode(e) = target
          RETURN e ORDER BY e.date, e.article
        } + COLLECT {
          WITH s, target WHERE heads IS NULL
          MATCH (s)-[e:REJECTS]->(target)
          WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
          WITH e
          ORDER BY e.date, e.article
          LIMIT coalesce($evidence, 9223372036854775807)
          RETURN e
        } | {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}] AS evidence
ORDER BY articles DESC, name
