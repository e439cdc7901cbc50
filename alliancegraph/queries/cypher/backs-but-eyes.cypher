// name: backs-but-eyes
// description: Persons who support one actor while tempted by another, with the sentences that say so.
// param backs: actor - the person or party they support
// param eyes: actor - the person or party they are tempted by
// columns: name, backs, eyes, evidence
//
// Every named query also takes $since and $until: ISO dates bounding the claims considered
// (null = unbounded); those with evidence lists take $evidence, the most sentences a row
// lists per relation (null = all). In Neo4j Browser:
//   :param backs => 'Manuel Valls'
//   :param eyes => 'Emmanuel Macron'
//   :param since => null
//   :param until => null
//   :param evidence => null
// The evidence reuses the relationships matched on the way: expanding each person's claims
// again and filtering on their end node reads every SUPPORTS/TEMPTED_BY of prolific speakers.
// Each list is collected in date order, so $evidence (a cap per relation) is a slice.
MATCH (backs:Actor {name: $backs})<-[s:SUPPORTS]-(p:Person)
WHERE ($since IS NULL OR s.date >= $since) AND ($until IS NULL OR s.date <= $until)
WITH backs, p, s
ORDER BY s.date, s.article
WITH backs, p, collect(s) AS supports
MATCH (p)-[t:TEMPTED_BY]->(eyes:Actor {name: $eyes})
WHERE ($since IS NULL OR t.date >= $since) AND ($until IS NULL OR t.date <= $until)
WITH backs, eyes, p, supports, t
ORDER BY t.date, t.article
WITH backs, eyes, p, supports, collect(t) AS tempted
// The page is cut here, before any evidence is read.
ORDER BY p.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
RETURN p.name AS name, backs.name AS backs, eyes.name AS eyes,
       COLLECT {
         UNWIND supports[..coalesce($evidence, size(supports))]
                + tempted[..coalesce($evidence, size(tempted))] AS r
         WITH r, CASE type(r) WHEN 'SUPPORTS' THEN backs.name ELSE eyes.name END AS target
         ORDER BY r.date, type(r), target, r.article
         RETURN {relation: type(r), target: target, sentence: r.evidence,
                 article: r.article, date: r.date, url: r.url, outlet: r.outlet}
       } AS evidence
ORDER BY name
