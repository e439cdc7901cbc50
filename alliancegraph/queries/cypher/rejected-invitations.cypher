// name: rejected-invitations
// description: Invitations to rally that were rejected by the invitee or by the invitee's spokesperson.
// param inviter: actor = null - only invitations made by this actor (any inviter when null)
// columns: inviter, invited, rejected_by, first_invited, first_rejected, evidence
//
// A INVITED_TO_RALLY B is rejected when B REJECTS A, or when someone who is SPOKESPERSON_OF B
// REJECTS A. All three claims must lie in the window; their order in time is not required
// (articles often report the invitation and the refusal together). Evidence lists the
// invitations, the rejections and the spokesperson claims, by date.
// Also takes $since and $until. In Neo4j Browser:
//   :param inviter => 'Benoît Hamon'
//   :param since => null
//   :param until => null
MATCH (a:Actor)-[i:INVITED_TO_RALLY]->(b:Actor)
WHERE ($inviter IS NULL OR a.name = $inviter)
  AND ($since IS NULL OR i.date >= $since) AND ($until IS NULL OR i.date <= $until)
WITH a, b, min(i.date) AS first_invited
MATCH (x:Actor)-[r:REJECTS]->(a)
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  AND (x = b OR EXISTS {
         MATCH (x)-[sp:SPOKESPERSON_OF]->(b)
         WHERE ($since IS NULL OR sp.date >= $since) AND ($until IS NULL OR sp.date <= $until)
       })
WITH a, b, first_invited, x, min(r.date) AS rejected
ORDER BY x.name
WITH a, b, first_invited, collect(x.name) AS rejected_by, min(rejected) AS first_rejected
RETURN a.name AS inviter, b.name AS invited, rejected_by, first_invited, first_rejected,
       COLLECT {
         UNWIND [a, b] AS hub
         MATCH (s:Actor)-[c:INVITED_TO_RALLY|REJECTS|SPOKESPERSON_OF]->(hub)
         WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
           AND ((type(c) = 'INVITED_TO_RALLY' AND s = a AND hub = b)
             OR (type(c) = 'REJECTS' AND hub = a AND s.name IN rejected_by)
             OR (type(c) = 'SPOKESPERSON_OF' AND hub = b AND s.name IN rejected_by))
         WITH s, c, hub
         ORDER BY c.date, s.name, type(c), hub.name, c.article
         RETURN {subject: s.name, relation: type(c), object: hub.name, sentence: c.evidence,
                 article: c.article, date: c.date}
       } AS evidence
ORDER BY inviter, invited
