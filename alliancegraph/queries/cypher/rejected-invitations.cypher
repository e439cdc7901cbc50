// name: rejected-invitations
// description: Invitations to rally that were rejected by the invitee or by the invitee's spokesperson.
// param inviter: actor = null - only invitations made by this actor (any inviter when null)
// columns: inviter, invited, rejected_by, first_invited, first_rejected, evidence_total, evidence
//
// A INVITED_TO_RALLY B is rejected when B REJECTS A, or when someone who is SPOKESPERSON_OF B
// REJECTS A. All three claims must lie in the window; their order in time is not required
// (articles often report the invitation and the refusal together). Evidence lists the
// invitations, the rejections and the spokesperson claims, by date.
// Also takes $since and $until. In Neo4j Browser:
//   :param inviter => 'Benoît Hamon'
//   :param since => null
//   :param until => null
//   :param evidence => null
// The page is cut before any rejecter is listed: a pair is kept on two existence tests
// (the invitee's refusal; some spokesperson of the invitee who refuses), each stopping at its
// first match, and only the page's pairs collect their rejecters and evidence. Collecting
// every pair's rejecters first held a hub's whole answer in one transaction's memory.
// The inviter is sought by name when given: "($inviter IS NULL OR a.name = $inviter)" is no
// index seek, and the planner scanned every invitation of the graph for it.
CALL () {
  MATCH (a:Actor {name: $inviter})
  RETURN a
  UNION
  // (the test before the scan: after it, every actor was read, then dropped)
  WITH 1 AS every
  WHERE $inviter IS NULL
  MATCH (a:Actor)
  RETURN a
}
// With one inviter and no window, its rejecters are listed once, and each invitation is
// tested against that list (no db hit) instead of by an Expand(Into) per person.
CALL (a) {
  WITH a WHERE $inviter IS NOT NULL AND $since IS NULL AND $until IS NULL
  RETURN COLLECT { MATCH (a)<-[:TIE_REJECTS]-(x) RETURN x } AS refusing_a
  UNION
  WITH a WHERE NOT ($inviter IS NOT NULL AND $since IS NULL AND $until IS NULL)
  RETURN null AS refusing_a
}
// Without a date window the pairs come from the tie summaries (graph/neo4j_ties.py: one
// TIE_<relation> relationship per subject, relation and object, with its first date and
// count), in a window from the claims dated in it. The branches exclude each other.
// Without a window the invitations are sorted first and tested after, in the rows' order,
// until the page is full: a hub's page tests about 120 of its 2,655 invitations, not all
// (the test is Neo4j's costliest step: an Expand(Into) from a person with many ties reads
// hundreds of them, and testing every invitation cost 650k db hits). Each inviter's
// invitations are sorted in a list of their own, apart from the list of its rejecters: a
// sort holds its rows, and Neo4j charges every value a held row carries to the
// transaction's memory, so that sorting the rows with the rejecters (157 KB for the hub's
// 5,578) held 416 MB for the hub's 2,655 invitations.
WITH a, refusing_a, COLLECT {
  CALL (a) {
    MATCH (a)-[i:TIE_INVITED_TO_RALLY]->(b:Actor)
    WHERE $since IS NULL AND $until IS NULL
    RETURN b, i.first AS first_invited, i AS invitation
    UNION ALL
    MATCH (a)-[i:INVITED_TO_RALLY]->(b:Actor)
    WHERE NOT ($since IS NULL AND $until IS NULL) AND ($since IS NULL OR i.date >= $since) AND ($until IS NULL OR i.date <= $until)
    WITH a, b, min(i.date) AS first_invited
    WHERE EXISTS {
            MATCH (b)-[r:REJECTS]->(a)
            WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
          }
       OR EXISTS {
            MATCH (x:Actor)-[sp:SPOKESPERSON_OF]->(b)
            WHERE ($since IS NULL OR sp.date >= $since) AND ($until IS NULL OR sp.date <= $until)
              AND EXISTS {
                MATCH (x)-[r:REJECTS]->(a)
                WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
              }
          }
    RETURN b, first_invited, null AS invitation
  }
  WITH b, first_invited, invitation
  ORDER BY b.name
  RETURN [b, first_invited, invitation]
} AS invited
ORDER BY a.name
UNWIND invited AS pair
WITH a, refusing_a, pair[0] AS b, pair[1] AS first_invited, pair[2] AS invitation
WHERE NOT ($since IS NULL AND $until IS NULL)
   OR (refusing_a IS NOT NULL
       AND (b IN refusing_a
            OR EXISTS { MATCH (x)-[:TIE_SPOKESPERSON_OF]->(b) WHERE x IN refusing_a }))
   OR (refusing_a IS NULL
       AND (EXISTS { MATCH (b)-[:TIE_REJECTS]->(a) }
            OR EXISTS {
                 MATCH (x:Actor)-[:TIE_SPOKESPERSON_OF]->(b)
                 WHERE EXISTS { MATCH (x)-[:TIE_REJECTS]->(a) }
               }))
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// Who refused: the invitee, and the invitee's spokespersons who refuse the inviter. Without a
// window, once per inviter of the page: its rejecters' ties and the page's invitees'
// spokesperson ties, both walked once and joined on the person (USING JOIN ON x): testing
// each spokesperson against the inviter (an Expand(Into) per person, per row) read a hub's
// rejecters' ties again and again. Each person comes with its two ties (first date, count,
// heads), which the evidence below reads without matching them again.
WITH a, collect([b, first_invited, invitation]) AS rows
CALL (a, rows) {
  WITH a, rows WHERE $since IS NULL AND $until IS NULL
  UNWIND rows AS row
  WITH a, row[0] AS b
  MATCH (b)-[r:TIE_REJECTS]->(a)
  RETURN b, b AS x, r.first AS rejected, r.claims AS refusals, null AS spoke, 0 AS speeches,
         r AS refusal, null AS speech
  UNION ALL
  WITH a, rows WHERE $since IS NULL AND $until IS NULL
  WITH a, [row IN rows | elementId(row[0])] AS invitees
  MATCH (a)<-[r:TIE_REJECTS]-(x:Actor)-[sp:TIE_SPOKESPERSON_OF]->(b:Actor)
  USING JOIN ON x
  WHERE elementId(b) IN invitees
  RETURN b, x, r.first AS rejected, r.claims AS refusals, sp.first AS spoke,
         sp.claims AS speeches, r AS refusal, sp AS speech
  UNION ALL
  WITH a, rows WHERE NOT ($since IS NULL AND $until IS NULL)
  UNWIND rows AS row
  WITH a, row[0] AS b
  MATCH (b)-[r:REJECTS]->(a)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN b, b AS x, r.date AS rejected, 0 AS refusals, null AS spoke, 0 AS speeches,
         null AS refusal, null AS speech
  UNION ALL
  WITH a, rows WHERE NOT ($since IS NULL AND $until IS NULL)
  UNWIND rows AS row
  WITH a, row[0] AS b
  MATCH (x:Actor)-[sp:SPOKESPERSON_OF]->(b)
  WHERE ($since IS NULL OR sp.date >= $since) AND ($until IS NULL OR sp.date <= $until)
  // each spokesperson once: a hub has thousands of such claims
  WITH DISTINCT a, b, x
  MATCH (x)-[r:REJECTS]->(a)
  WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
  RETURN b, x, r.date AS rejected, 0 AS refusals, null AS spoke, 0 AS speeches,
         null AS refusal, null AS speech
}
// each rejecter once (the invitee may also be its own spokesperson), in name order
WITH a, rows, b, x, min(rejected) AS rejected, max(refusals) AS refusals, min(spoke) AS spoke,
     max(coalesce(speeches, 0)) AS speeches, head(collect(refusal)) AS refusal,
     head(collect(speech)) AS speech
ORDER BY x.name
WITH a, rows, b, collect(x) AS rejecters, min(rejected) AS first_rejected,
     sum(refusals) AS refusals, sum(speeches) AS speeches, collect([x, rejected, refusal]) AS firsts,
     collect(CASE WHEN spoke IS NOT NULL THEN [x, spoke, speech] END) AS spokes
WITH a, b, [row IN rows WHERE row[0] = b][0] AS row, rejecters, first_rejected, refusals,
     speeches, firsts, spokes
WITH a, b, row[1] AS first_invited, row[2] AS invitation, rejecters, first_rejected, refusals,
     speeches, firsts, spokes
// The $evidence earliest refusals of the row come from the $evidence rejecters whose first
// refusal ranks first by (date, name): any other rejecter's refusals all come after theirs;
// the same for the spokesperson claims. Without a window only those are read, and both are
// counted by the summaries.
WITH a, b, first_invited, invitation, rejecters, first_rejected, refusals, speeches,
     CASE WHEN $since IS NULL AND $until IS NULL
          THEN COLLECT {
                 UNWIND firsts AS first
                 WITH first
                 ORDER BY first[1], first[0].name
                 LIMIT coalesce($evidence, 9223372036854775807)
                 RETURN [first[0], first[2]]
               }
          ELSE [x IN rejecters | [x, null]] END AS refusing,
     CASE WHEN $since IS NULL AND $until IS NULL
          THEN COLLECT {
                 UNWIND spokes AS first
                 WITH first
                 ORDER BY first[1], first[0].name
                 LIMIT coalesce($evidence, 9223372036854775807)
                 RETURN [first[0], first[2]]
               }
          ELSE [x IN rejecters | [x, null]] END AS speaking
// Each piece of evidence joins two known actors: the invitation (a -> b), each refusal
// (rejecter -> a) and each spokesperson claim (rejecter -> b); typed matches between bound
// nodes, each capped at $evidence, then merged in date order. Without a cap each kind is
// collected as it comes, unsorted (the merge sorts them all): a sort per kind held, with each
// of a hub's thousands of claims, the row's lists of rejecters, and the hub's page with every
// sentence ran out of transaction memory (1.1 GiB); it needs 5.8 s now. With a cap and no
// window, each person's first claims are its tie's heads (graph/neo4j_ties.py), sought by
// article, instead of all of its claims sorted (a hub's rejecters refuse it hundreds of times).
WITH a, b, first_invited, invitation, rejecters, first_rejected, refusals, speeches, refusing,
     speaking,
     COLLECT {
       WITH invitation AS t
       WHERE t IS NOT NULL AND $evidence IS NOT NULL AND $since IS NULL AND $until IS NULL
       CALL (a, b, t) {
         WITH a, b, t WHERE $evidence <= size(t.heads) OR size(t.heads) = t.claims
         UNWIND t.heads[..$evidence] AS h
         MATCH ()-[c:INVITED_TO_RALLY {article: h}]->()
         WHERE startNode(c) = a AND endNode(c) = b
         RETURN c
         UNION
         WITH a, b, t WHERE NOT ($evidence <= size(t.heads) OR size(t.heads) = t.claims)
         MATCH (a)-[c:INVITED_TO_RALLY]->(b)
         RETURN c
       }
       WITH c
       ORDER BY c.date, c.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN {subject: a.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       MATCH (a)-[c:INVITED_TO_RALLY]->(b)
       WHERE $evidence IS NOT NULL AND NOT ($since IS NULL AND $until IS NULL)
         AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       WITH c
       ORDER BY c.date, c.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN {subject: a.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       MATCH (a)-[c:INVITED_TO_RALLY]->(b)
       WHERE $evidence IS NULL AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       RETURN {subject: a.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND refusing AS f
       WITH f[0] AS x, f[1] AS t
       WHERE t IS NOT NULL AND $evidence IS NOT NULL AND $since IS NULL AND $until IS NULL
       CALL (x, a, t) {
         WITH x, a, t WHERE $evidence <= size(t.heads) OR size(t.heads) = t.claims
         UNWIND t.heads[..$evidence] AS h
         MATCH ()-[c:REJECTS {article: h}]->()
         WHERE startNode(c) = x AND endNode(c) = a
         RETURN c
         UNION
         WITH x, a, t WHERE NOT ($evidence <= size(t.heads) OR size(t.heads) = t.claims)
         MATCH (x)-[c:REJECTS]->(a)
         RETURN c
       }
       WITH x, c
       ORDER BY c.date, x.name, c.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN {subject: x.name, relation: type(c), object: a.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND [f IN refusing | f[0]] AS x
       MATCH (x)-[c:REJECTS]->(a)
       WHERE $evidence IS NOT NULL AND NOT ($since IS NULL AND $until IS NULL)
         AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       WITH x, c
       ORDER BY c.date, x.name, c.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN {subject: x.name, relation: type(c), object: a.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND [f IN refusing | f[0]] AS x
       MATCH (x)-[c:REJECTS]->(a)
       WHERE $evidence IS NULL AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       RETURN {subject: x.name, relation: type(c), object: a.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND speaking AS f
       WITH f[0] AS x, f[1] AS t
       WHERE t IS NOT NULL AND $evidence IS NOT NULL AND $since IS NULL AND $until IS NULL
       CALL (x, b, t) {
         WITH x, b, t WHERE $evidence <= size(t.heads) OR size(t.heads) = t.claims
         UNWIND t.heads[..$evidence] AS h
         MATCH ()-[c:SPOKESPERSON_OF {article: h}]->()
         WHERE startNode(c) = x AND endNode(c) = b
         RETURN c
         UNION
         WITH x, b, t WHERE NOT ($evidence <= size(t.heads) OR size(t.heads) = t.claims)
         MATCH (x)-[c:SPOKESPERSON_OF]->(b)
         RETURN c
       }
       WITH x, c
       ORDER BY c.date, x.name, c.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN {subject: x.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND [f IN speaking | f[0]] AS x
       MATCH (x)-[c:SPOKESPERSON_OF]->(b)
       WHERE $evidence IS NOT NULL AND NOT ($since IS NULL AND $until IS NULL)
         AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       WITH x, c
       ORDER BY c.date, x.name, c.article
       LIMIT coalesce($evidence, 9223372036854775807)
       RETURN {subject: x.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND [f IN speaking | f[0]] AS x
       MATCH (x)-[c:SPOKESPERSON_OF]->(b)
       WHERE $evidence IS NULL AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       RETURN {subject: x.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } AS pieces,
     // the invitations: without a window the summary's count
     coalesce(invitation.claims, 0) + COUNT {
       WITH a, b
       WHERE NOT ($since IS NULL AND $until IS NULL)
       MATCH (a)-[c:INVITED_TO_RALLY]->(b)
       WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
     } + CASE WHEN $since IS NULL AND $until IS NULL THEN refusals ELSE 0 END + COUNT {
       UNWIND rejecters AS x
       WITH x
       WHERE NOT ($since IS NULL AND $until IS NULL)
       MATCH (x)-[c:REJECTS]->(a)
       WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
     } + CASE WHEN $since IS NULL AND $until IS NULL THEN speeches ELSE 0 END + COUNT {
       UNWIND rejecters AS x
       WITH x
       WHERE NOT ($since IS NULL AND $until IS NULL)
       MATCH (x)-[c:SPOKESPERSON_OF]->(b)
       WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
     } AS evidence_total
RETURN a.name AS inviter, b.name AS invited, [x IN rejecters | x.name] AS rejected_by,
       first_invited, first_rejected, evidence_total,
       COLLECT {
         UNWIND pieces AS e
         WITH e
         ORDER BY e.date, e.subject, e.relation, e.object, e.article
         RETURN e
       } AS evidence
ORDER BY inviter, invited
