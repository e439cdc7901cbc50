// name: between
// description: What links two actors: their claims in both directions, then every intermediary tied to both.
// param a: actor - one person or party
// param b: actor - the other
// columns: hops, via, claims_total, claims
//
// One row with hops 1 (via null) holds the direct claims; one row per intermediary (hops 2)
// holds its claims with either end. Every relationship between two actors is a claim, in
// either direction. Also takes $since and $until, and $evidence: the most claims a row lists
// per relation, the earliest first (null = all; claims_total counts them all). In Neo4j
// Browser:
//   :param a => 'Benoît Hamon'
//   :param b => 'Jean-Luc Mélenchon'
//   :param since => null
//   :param until => null
//   :param evidence => null
//
// The rows are decided by existence tests alone (each stops at its first claim), paged, and
// only the page's rows read their claims: between two hubs there are thousands of
// intermediaries, and collecting every one's claims before the page held them all in memory.
// Without a date window the tests and the walk use the tie summaries (graph/neo4j_ties.py:
// one TIE_<relation> relationship per subject, relation and object), one per pair and relation
// instead of one per claim, and the walk starts from the end with fewer of them; in a window
// they read the claims dated in it. The branches exclude each other.
// The claim types are listed (every relation of the ontology; tests/test_queries.py checks it):
// an untyped pattern would also expand each actor's MENTIONS, more numerous than its claims.
MATCH (a:Actor {name: $a}), (b:Actor {name: $b})
CALL (a, b) {
  WITH a, b
  WHERE $since IS NULL AND $until IS NULL
    AND EXISTS { MATCH (a)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(b) }
  RETURN 1 AS hops, null AS x
  UNION ALL
  WITH a, b
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND EXISTS {
      MATCH (a)-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(b)
      WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    }
  RETURN 1 AS hops, null AS x
  UNION ALL
  // the end with fewer ties is walked; each of its neighbours is tested against the other end
  WITH a, b
  WHERE $since IS NULL AND $until IS NULL
  WITH a, b, COUNT { (a)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } <= COUNT { (b)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } AS from_a
  WITH CASE WHEN from_a THEN a ELSE b END AS u, CASE WHEN from_a THEN b ELSE a END AS v, a, b
  MATCH (u)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(x:Actor)
  WHERE x <> a AND x <> b
  WITH DISTINCT v, x
  WHERE EXISTS { MATCH (x)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(v) }
  RETURN 2 AS hops, x
  UNION ALL
  // a's neighbours first, then one existence test each: matching the two-step path would
  // pair every claim with a's side with every claim with b's (millions between two hubs).
  MATCH (a)-[r1:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(x:Actor)
  WHERE NOT ($since IS NULL AND $until IS NULL) AND x <> a AND x <> b
    AND ($since IS NULL OR r1.date >= $since) AND ($until IS NULL OR r1.date <= $until)
  WITH DISTINCT a, b, x
  WHERE EXISTS {
    MATCH (x)-[r2:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(b)
    WHERE ($since IS NULL OR r2.date >= $since) AND ($until IS NULL OR r2.date <= $until)
  }
  RETURN 2 AS hops, x
}
WITH a, b, hops, x
ORDER BY hops, x.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// The direct row's claims join a and b; an intermediary's join it to a, then to b. Each
// relation's claims are taken in date order and counted; only the first $evidence of each
// are read in full.
WITH a, b, hops, x,
     COLLECT {
       UNWIND CASE WHEN x IS NULL THEN [[a, b]] ELSE [[x, a], [x, b]] END AS ends
       WITH ends[0] AS u, ends[1] AS v
       MATCH (u)-[c:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(v)
       WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       WITH c, startNode(c) AS s, endNode(c) AS o
       ORDER BY c.date, s.name, o.name, c.article
       WITH type(c) AS relation, collect([c, s, o]) AS listed
       RETURN {total: size(listed),
               shown: CASE WHEN $evidence IS NULL THEN listed ELSE listed[..$evidence] END}
         AS kind
     } AS kinds
RETURN hops, x.name AS via, reduce(total = 0, k IN kinds | total + k.total) AS claims_total,
       COLLECT {
         UNWIND kinds AS k
         UNWIND k.shown AS listed
         WITH listed[0] AS c, listed[1] AS s, listed[2] AS o
         WITH {subject: s.name, relation: type(c), object: o.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)} AS e
         ORDER BY e.date, e.subject, e.relation, e.object, e.article
         RETURN e
       } AS claims
ORDER BY hops, via
