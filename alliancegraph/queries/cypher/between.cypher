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
// The rows are decided before any claim is read, paged, and only the page's rows read their
// claims: between two hubs there are thousands of intermediaries. Without a date window the
// rows come from the tie summaries (graph/neo4j_ties.py: one TIE_<relation> relationship per
// subject, relation and object): the neighbours of the end with more ties are listed once as
// a set, and the other end's ties walked against it (testing each neighbour of one end
// against the other with an Expand(Into) read the neighbour's ties again: 300k of main's 508k
// db hits between two hubs of the 1M graph); each row keeps the ties it was found by, and its
// first sentences are read by their articles (the ties' heads), not by sorting every claim
// between an intermediary and each end. Between two ends tied to most actors, a short page is
// found instead by walking the actors in name order (below). In a window the rows are decided
// by the claims dated in it, and read them. The branches exclude each other.
// The claim types are listed (every relation of the ontology; tests/test_queries.py checks it):
// an untyped pattern would also expand each actor's MENTIONS, more numerous than its claims.
MATCH (a:Actor {name: $a}), (b:Actor {name: $b})
// Which way the rows are found without a window. Listing both ends' neighbours reads every
// tie of both (69k between the two biggest hubs of the 1M graph, 9,862 of whose 20,058 actors
// are intermediaries). Walking the actors in name order (the name index gives it) and testing
// each against both ends stops at the page's end: two Expand(Into) of ~55 db hits each (they
// read the smaller side, the actor's ties), 211 actors for the first page there, plus one
// test of a against b for the direct row (26k: the smaller hub's ties). It is chosen when the
// expected walk costs less than the lists: (offset + limit) / share actors of ~110 db hits,
// where share, the part of the actors tied to both ends, is guessed from each end's ties per
// actor (over-counted, since several ties may join the same two actors: the guess errs
// towards the walk only between ends tied to most actors anyway).
WITH a, b, COUNT { (a)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } AS a_ties,
     COUNT { (b)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } AS b_ties,
     COUNT { (:Actor) } AS actors
WITH a, b, $since IS NULL AND $until IS NULL AND $limit IS NOT NULL AND a <> b
     AND a_ties > 0 AND b_ties > 0
     AND (coalesce($offset, 0) + $limit) * 110.0 * actors * actors
         / (CASE WHEN a_ties < actors THEN a_ties ELSE actors END)
         / (CASE WHEN b_ties < actors THEN b_ties ELSE actors END)
         + CASE WHEN a_ties < b_ties THEN a_ties ELSE b_ties END < a_ties + b_ties AS walk_names
CALL (a, b, walk_names) {
  // the actors in name order, each kept with its ties to both ends if it has some, up to the
  // page's end; and the direct row
  WITH a, b WHERE walk_names
  MATCH (a)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(b)
  WITH a, b, collect(t) AS ties WHERE size(ties) > 0
  RETURN 1 AS hops, null AS x, null AS u, ties
  UNION ALL
  // (a subquery of its own, so that the walk runs only when chosen: otherwise the planner
  // starts from the name index and tests the choice after it, once per actor)
  WITH a, b WHERE walk_names
  CALL (a, b) {
    MATCH (x:Actor) WHERE x.name IS NOT NULL
    WITH a, b, x ORDER BY x.name
    WHERE x <> a AND x <> b
    WITH x, COLLECT { MATCH (x)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(a) RETURN t } AS to_a, b
    WHERE size(to_a) > 0
    WITH x, to_a, COLLECT { MATCH (x)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(b) RETURN t } AS to_b
    WHERE size(to_b) > 0
    RETURN x, to_a + to_b AS ties
    LIMIT coalesce($offset, 0) + coalesce($limit, 0)
  }
  RETURN 2 AS hops, x, null AS u, ties
  UNION ALL
  // the end with more ties is listed once, as the set of its neighbours; the other end's ties
  // are walked against it, and give the direct row (those that reach the first end) and
  // each intermediary's ties with the walked end
  WITH a, b
  WHERE $since IS NULL AND $until IS NULL AND NOT walk_names
  WITH a, b, COUNT { (a)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } >= COUNT { (b)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } AS from_b
  WITH a, b, CASE WHEN from_b THEN a ELSE b END AS u, CASE WHEN from_b THEN b ELSE a END AS v
  WITH a, b, u, v, COLLECT { MATCH (u)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(y) RETURN DISTINCT y } AS near
  MATCH (v)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(x)
  WHERE x = u OR (x IN near AND x <> v)
  WITH u, x, collect(t) AS ties
  RETURN CASE WHEN x = u THEN 1 ELSE 2 END AS hops, CASE WHEN x <> u THEN x END AS x,
         CASE WHEN x <> u THEN u END AS u, ties
  UNION ALL
  WITH a, b
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND EXISTS {
      MATCH (a)-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(b)
      WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    }
  RETURN 1 AS hops, null AS x, null AS u, null AS ties
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
  RETURN 2 AS hops, x, null AS u, null AS ties
}
WITH a, b, hops, x, u, ties
ORDER BY hops, x.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// The page's intermediaries still need their ties with the listed end u: either one
// Expand(Into) per row (it reads the smaller of the two chains: between two hubs, the
// intermediary's) or one walk of u's ties kept if they reach the page (u is a typical actor
// and the intermediaries hubs), whichever reads fewer ties.
WITH a, b, collect({hops: hops, x: x, u: u, ties: ties}) AS page
WITH a, b, page, head([r IN page WHERE r.u IS NOT NULL | r.u]) AS u,
     [r IN page WHERE r.u IS NOT NULL | r.x] AS xs
WITH a, b, page, u, xs, COUNT { (u)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } AS walk,
     COLLECT { UNWIND xs AS x RETURN COUNT { (x)-[:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-() } } AS degrees
WITH a, b, page, u, xs, walk,
     reduce(n = 0, d IN degrees | n + CASE WHEN d < walk THEN d ELSE walk END) < walk AS into
WITH a, b, page, u, into,
     COLLECT {
       WITH u, xs WHERE NOT into
       MATCH (u)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(x)
       WHERE x IN xs
       RETURN [x, t]
     } AS walked
UNWIND page AS row
WITH a, b, row.hops AS hops, row.x AS x, u, into, walked, row.ties AS ties
WITH a, b, hops, x,
     ties + COLLECT {
       WITH x, u WHERE into AND ties IS NOT NULL
       MATCH (x)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-(u)
       RETURN t
     } + [p IN walked WHERE p[0] = x | p[1]] AS ties
// Each relation's claims are listed in date order and counted; only the first $evidence of
// each are read in full. Without a window they come from the row's ties: the counts from
// the summaries, and each tie's first $evidence claims by their articles (the summary's
// heads), among which are the relation's first $evidence (a tie's claims share its two
// ends, so its order is date then article); a cap past the heads reads the tie's claims. In
// a window the direct row's claims join a and b, an intermediary's join it to a, then to b.
WITH a, b, hops, x, ties,
     COLLECT {
       UNWIND ties AS t
       WITH t, startNode(t) AS s, endNode(t) AS o,
            CASE WHEN $evidence <= size(t.heads) OR size(t.heads) = t.claims
                 THEN t.heads[..coalesce($evidence, size(t.heads))] END AS heads
       CALL (t, s, o, heads) {
         UNWIND CASE type(t) WHEN 'TIE_SUPPORTS' THEN heads END AS h
         MATCH ()-[c:SUPPORTS {article: h}]->()
         WHERE startNode(c) = s AND endNode(c) = o
         RETURN c
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_REJECTS' THEN heads END AS h
         MATCH ()-[c:REJECTS {article: h}]->()
         WHERE startNode(c) = s AND endNode(c) = o
         RETURN c
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_INVITED_TO_RALLY' THEN heads END AS h
         MATCH ()-[c:INVITED_TO_RALLY {article: h}]->()
         WHERE startNode(c) = s AND endNode(c) = o
         RETURN c
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_TEMPTED_BY' THEN heads END AS h
         MATCH ()-[c:TEMPTED_BY {article: h}]->()
         WHERE startNode(c) = s AND endNode(c) = o
         RETURN c
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_MEMBER_OF' THEN heads END AS h
         MATCH ()-[c:MEMBER_OF {article: h}]->()
         WHERE startNode(c) = s AND endNode(c) = o
         RETURN c
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_SPOKESPERSON_OF' THEN heads END AS h
         MATCH ()-[c:SPOKESPERSON_OF {article: h}]->()
         WHERE startNode(c) = s AND endNode(c) = o
         RETURN c
         UNION ALL
         WITH t, s, o WHERE heads IS NULL
         MATCH (s)-[c:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]->(o)
         WHERE 'TIE_' + type(c) = type(t)
         WITH c
         ORDER BY c.date, c.article
         LIMIT coalesce($evidence, 9223372036854775807)
         RETURN c
       }
       RETURN c
       UNION ALL
       UNWIND CASE WHEN ties IS NOT NULL THEN [] WHEN x IS NULL THEN [[a, b]]
                   ELSE [[x, a], [x, b]] END AS ends
       WITH ends[0] AS u, ends[1] AS v
       MATCH (u)-[c:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(v)
       WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       RETURN c
     } AS found
WITH a, b, hops, x, ties, found,
     COLLECT {
       UNWIND found AS c
       WITH c, startNode(c) AS s, endNode(c) AS o
       ORDER BY c.date, s.name, o.name, c.article
       WITH type(c) AS relation, collect([c, s, o]) AS listed
       RETURN CASE WHEN $evidence IS NULL THEN listed ELSE listed[..$evidence] END
     } AS kinds
RETURN hops, x.name AS via,
       CASE WHEN ties IS NULL THEN size(found)
            ELSE reduce(total = 0, t IN ties | total + t.claims) END AS claims_total,
       COLLECT {
         UNWIND kinds AS shown
         UNWIND shown AS listed
         WITH listed[0] AS c, listed[1] AS s, listed[2] AS o
         WITH {subject: s.name, relation: type(c), object: o.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)} AS e
         ORDER BY e.date, e.subject, e.relation, e.object, e.article
         RETURN e
       } AS claims
ORDER BY hops, via
