// name: backs-but-eyes
// description: Persons who support one actor while tempted by another, with the sentences that say so.
// param backs: actor - the person or party they support
// param eyes: actor - the person or party they are tempted by
// columns: name, backs, eyes, evidence
//
// Every named query also takes $since and $until: ISO dates bounding the claims considered
// (null = unbounded). In Neo4j Browser:
//   :param backs => 'Manuel Valls'
//   :param eyes => 'Emmanuel Macron'
//   :param since => null
//   :param until => null
MATCH (backs:Actor {name: $backs})<-[s:SUPPORTS]-(p:Person)
WHERE ($since IS NULL OR s.date >= $since) AND ($until IS NULL OR s.date <= $until)
WITH DISTINCT backs, p
MATCH (p)-[t:TEMPTED_BY]->(eyes:Actor {name: $eyes})
WHERE ($since IS NULL OR t.date >= $since) AND ($until IS NULL OR t.date <= $until)
WITH DISTINCT backs, eyes, p
RETURN p.name AS name, backs.name AS backs, eyes.name AS eyes,
       COLLECT {
         MATCH (p)-[r:SUPPORTS|TEMPTED_BY]->(o:Actor)
         WHERE ((type(r) = 'SUPPORTS' AND o = backs) OR (type(r) = 'TEMPTED_BY' AND o = eyes))
           AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
         WITH r, o
         ORDER BY r.date, type(r), o.name, r.article
         RETURN {relation: type(r), target: o.name, sentence: r.evidence,
                 article: r.article, date: r.date}
       } AS evidence
ORDER BY name
