// name: backs-but-eyes
// description: Persons who support one actor while tempted by another, with the sentences that say so.
// param backs: actor - the person or party they support
// param eyes: actor - the person or party they are tempted by
// columns: name, backs, eyes, evidence_total, evidence
//
// Every named query also takes $since and $until: ISO dates bounding the claims considered
// (null = unbounded); those with evidence lists take $evidence, the most sentences a row
// lists per relation (null = all). In Neo4j Browser:
//   :param backs => 'Manuel Valls'
//   :param eyes => 'Emmanuel Macron'
//   :param since => null
//   :param until => null
//   :param evidence => null
// The persons are decided first and paged; only the page's persons read their sentences,
// through typed matches between two known actors. Without a date window the persons are those
// with a TIE_SUPPORTS to one and a TIE_TEMPTED_BY to the other (graph/neo4j_ties.py: one
// summary relationship per tie): the two ends' lists, each walked once, joined on the person
// (a hash join; testing each of a hub's 7,417 supporters against the other end cost 187k db
// hits on the 1M graph, the join 11k); in a window, each
// supporter with a claim dated in it, once, then one existence test for the temptation. The
// two branches exclude each other.
// Each list is taken in date order, so $evidence (a cap per relation) keeps the earliest.
MATCH (backs:Actor {name: $backs}), (eyes:Actor {name: $eyes})
CALL (backs, eyes) {
  WITH backs, eyes
  WHERE $since IS NULL AND $until IS NULL
  MATCH (backs)<-[ts:TIE_SUPPORTS]-(p:Person)-[tt:TIE_TEMPTED_BY]->(eyes)
  USING JOIN ON p
  RETURN p, ts, tt
  UNION ALL
  MATCH (backs)<-[s:SUPPORTS]-(p:Person)
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND ($since IS NULL OR s.date >= $since) AND ($until IS NULL OR s.date <= $until)
  WITH DISTINCT eyes, p
  WHERE EXISTS {
    MATCH (p)-[t:TEMPTED_BY]->(eyes)
    WHERE ($since IS NULL OR t.date >= $since) AND ($until IS NULL OR t.date <= $until)
  }
  RETURN p, null AS ts, null AS tt
}
WITH backs, eyes, p, ts, tt
ORDER BY p.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// Without a window the page's rows hold their two summaries (ts and tt): their counts make the
// total, and their heads (graph/neo4j_ties.py) are the first sentences' articles, read by key
// when they are enough (the cap is within them, or they are every claim of the tie); otherwise
// the claims between the two actors are sorted and counted.
WITH backs, eyes, p, ts, tt,
     CASE WHEN $evidence <= size(ts.heads) OR size(ts.heads) = ts.claims
          THEN ts.heads[..coalesce($evidence, size(ts.heads))] END AS supports,
     CASE WHEN $evidence <= size(tt.heads) OR size(tt.heads) = tt.claims
          THEN tt.heads[..coalesce($evidence, size(tt.heads))] END AS tempted
WITH backs, eyes, p,
     COLLECT {
       UNWIND supports AS h
       MATCH ()-[e:SUPPORTS {article: h}]->()
       WHERE startNode(e) = p AND endNode(e) = backs
       RETURN e
     } + COLLECT {
       MATCH (p)-[e:SUPPORTS]->(backs)
       WHERE supports IS NULL
         AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
       WITH e
       ORDER BY e.date, e.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN e
     } + COLLECT {
       UNWIND tempted AS h
       MATCH ()-[e:TEMPTED_BY {article: h}]->()
       WHERE startNode(e) = p AND endNode(e) = eyes
       RETURN e
     } + COLLECT {
       MATCH (p)-[e:TEMPTED_BY]->(eyes)
       WHERE tempted IS NULL
         AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
       WITH e
       ORDER BY e.date, e.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN e
     } AS shown,
     CASE WHEN ts IS NOT NULL THEN ts.claims + tt.claims
          ELSE COUNT {
                 MATCH (p)-[e:SUPPORTS]->(backs)
                 WHERE ts IS NULL
                   AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
               } + COUNT {
                 MATCH (p)-[e:TEMPTED_BY]->(eyes)
                 WHERE ts IS NULL
                   AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
               } END AS evidence_total
RETURN p.name AS name, backs.name AS backs, eyes.name AS eyes, evidence_total,
       COLLECT {
         UNWIND shown AS r
         WITH r, CASE type(r) WHEN 'SUPPORTS' THEN backs.name ELSE eyes.name END AS target
         ORDER BY r.date, type(r), target, r.article
         RETURN {relation: type(r), target: target, sentence: r.evidence,
                 article: r.article, date: r.date, url: r.url, outlet: r.outlet,
                 reviewed: coalesce(r.reviewed, false)}
       } AS evidence
ORDER BY name
