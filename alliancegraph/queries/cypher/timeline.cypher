// name: timeline
// description: Every claim by or about an actor, in date order, with its sentence and article.
// param actor: actor - the person or party
// columns: date, subject, relation, object, sentence, article, title, cue, confidence, group, url, outlet, reviewed
//
// Also takes $since and $until (ISO dates, null = unbounded). In Neo4j Browser:
//   :param actor => 'François Loncle'
//   :param since => null
//   :param until => null
// The claim types are listed (every relation of the ontology; tests/test_queries.py checks it):
// an untyped pattern would also expand the actor's MENTIONS, more numerous than its claims.
MATCH (x:Actor {name: $actor})
CALL (x) {
  MATCH (x)-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]->(:Actor)
  RETURN r
  UNION
  MATCH (x)<-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(:Actor)
  RETURN r
}
WITH r
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
// The page is cut on the sort keys alone; only its rows look up their article and sentence.
WITH r, r.date AS date, r.article AS article, startNode(r).name AS subject, type(r) AS relation,
     endNode(r).name AS object
ORDER BY date, article, subject, relation, object
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
OPTIONAL MATCH (art:Article {id: article})
RETURN date, subject, relation, object, r.evidence AS sentence, article,
       art.title AS title, r.cue AS cue, r.confidence AS confidence, r.group AS `group`,
       r.url AS url, r.outlet AS outlet, coalesce(r.reviewed, false) AS reviewed
ORDER BY date, article, subject, relation, object
