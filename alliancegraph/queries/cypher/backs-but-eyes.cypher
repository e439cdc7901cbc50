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
// summary relationship per tie), each supporter tested once against the other end (joining
// the two sets from the eyed end let the planner walk a hub's tempted first); in a window, each
// supporter with a claim dated in it, once, then one existence test for the temptation. The
// two branches exclude each other.
// Each list is taken in date order, so $evidence (a cap per relation) keeps the earliest.
MATCH (backs:Actor {name: $backs}), (eyes:Actor {name: $eyes})
CALL (backs, eyes) {
  WITH backs, eyes
  WHERE $since IS NULL AND $until IS NULL
  MATCH (backs)<-[:TIE_SUPPORTS]-(p:Person)
  WHERE EXISTS { MATCH (p)-[:TIE_TEMPTED_BY]->(eyes) }
  RETURN p
  UNION ALL
  MATCH (backs)<-[s:SUPPORTS]-(p:Person)
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND ($since IS NULL OR s.date >= $since) AND ($until IS NULL OR s.date <= $until)
  WITH DISTINCT eyes, p
  WHERE EXISTS {
    MATCH (p)-[t:TEMPTED_BY]->(eyes)
    WHERE ($since IS NULL OR t.date >= $since) AND ($until IS NULL OR t.date <= $until)
  }
  RETURN p
}
WITH backs, eyes, p
ORDER BY p.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
WITH backs, eyes, p,
     COLLECT {
       MATCH (p)-[e:SUPPORTS]->(backs)
       WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
       WITH e
       ORDER BY e.date, e.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN e
     } + COLLECT {
       MATCH (p)-[e:TEMPTED_BY]->(eyes)
       WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
       WITH e
       ORDER BY e.date, e.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN e
     } AS shown,
     COUNT {
       MATCH (p)-[e:SUPPORTS]->(backs)
       WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
     } + COUNT {
       MATCH (p)-[e:TEMPTED_BY]->(eyes)
       WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
     } AS evidence_total
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
