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
// Without a date window the pairs, the refusals and each rejecter's first refusal come from
// the tie summaries (graph/neo4j_ties.py: one TIE_<relation> relationship per subject,
// relation and object, with its first date); in a window from the claims dated in it. The
// branches exclude each other.
CALL (a) {
  MATCH (a)-[i:TIE_INVITED_TO_RALLY]->(b:Actor)
  WHERE $since IS NULL AND $until IS NULL
    AND (EXISTS { MATCH (b)-[:TIE_REJECTS]->(a) }
         OR EXISTS {
           MATCH (x:Actor)-[:TIE_SPOKESPERSON_OF]->(b)
           WHERE EXISTS { MATCH (x)-[:TIE_REJECTS]->(a) }
         })
  RETURN b, i.first AS first_invited
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
  RETURN b, first_invited
}
WITH a, b, first_invited
ORDER BY a.name, b.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
CALL (a, b) {
  CALL (a, b) {
    MATCH (b)-[r:TIE_REJECTS]->(a)
    WHERE $since IS NULL AND $until IS NULL
    OPTIONAL MATCH (b)-[sp:TIE_SPOKESPERSON_OF]->(b)
    RETURN b AS x, r.first AS rejected, r.claims AS refusals, sp.first AS spoke,
           coalesce(sp.claims, 0) AS speeches
    UNION
    // the spokespersons who refuse: the invitee's spokespersons and the inviter's rejecters,
    // both walked and joined on the person; but when one list is over 60 times the other
    // (a hub invited by a typical inviter has thousands of spokespersons, a hub inviting
    // thousands of rejecters) the shorter is walked and each of its persons tested against
    // the other end (an Expand(Into), which for an actor with few relationships reads them
    // all: 60-100 db hits a test, more than walking the longer list up to that ratio)
    WITH a, b, COUNT { (b)<-[:TIE_SPOKESPERSON_OF]-() } AS spokes,
         COUNT { (a)<-[:TIE_REJECTS]-() } AS rejecters
    WHERE $since IS NULL AND $until IS NULL
      AND spokes <= 60 * rejecters AND rejecters <= 60 * spokes
    MATCH (a)<-[r:TIE_REJECTS]-(x:Actor)-[sp:TIE_SPOKESPERSON_OF]->(b)
    USING JOIN ON x
    RETURN x, r.first AS rejected, r.claims AS refusals, sp.first AS spoke,
           sp.claims AS speeches
    UNION
    WITH a, b
    WHERE $since IS NULL AND $until IS NULL
      AND 60 * COUNT { (b)<-[:TIE_SPOKESPERSON_OF]-() } < COUNT { (a)<-[:TIE_REJECTS]-() }
    MATCH (x:Actor)-[sp:TIE_SPOKESPERSON_OF]->(b)
    MATCH (x)-[r:TIE_REJECTS]->(a)
    RETURN x, r.first AS rejected, r.claims AS refusals, sp.first AS spoke,
           sp.claims AS speeches
    UNION
    WITH a, b
    WHERE $since IS NULL AND $until IS NULL
      AND COUNT { (b)<-[:TIE_SPOKESPERSON_OF]-() } > 60 * COUNT { (a)<-[:TIE_REJECTS]-() }
    MATCH (x:Actor)-[r:TIE_REJECTS]->(a)
    CALL (x, b) {
      MATCH (x)-[sp:TIE_SPOKESPERSON_OF]->(b)
      RETURN sp
    }
    RETURN x, r.first AS rejected, r.claims AS refusals, sp.first AS spoke,
           sp.claims AS speeches
    UNION
    MATCH (b)-[r:REJECTS]->(a)
    WHERE NOT ($since IS NULL AND $until IS NULL) AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    RETURN b AS x, r.date AS rejected, 0 AS refusals, null AS spoke, 0 AS speeches
    UNION
    MATCH (x:Actor)-[sp:SPOKESPERSON_OF]->(b)
    WHERE NOT ($since IS NULL AND $until IS NULL) AND ($since IS NULL OR sp.date >= $since) AND ($until IS NULL OR sp.date <= $until)
    // each spokesperson once: a hub has thousands of such claims
    WITH DISTINCT a, x
    MATCH (x)-[r:REJECTS]->(a)
    WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    RETURN x, r.date AS rejected, 0 AS refusals, null AS spoke, 0 AS speeches
  }
  WITH x, min(rejected) AS rejected, max(refusals) AS refusals, min(spoke) AS spoke,
       max(speeches) AS speeches
  ORDER BY x.name
  RETURN collect(x) AS rejecters, min(rejected) AS first_rejected, sum(refusals) AS refusals,
         sum(speeches) AS speeches, collect([x, rejected]) AS firsts,
         collect(CASE WHEN spoke IS NOT NULL THEN [x, spoke] END) AS spokes
}
// The $evidence earliest refusals of the row come from the $evidence rejecters whose first
// refusal ranks first by (date, name): any other rejecter's refusals all come after theirs;
// the same for the spokesperson claims. Without a window only those are read, and both are
// counted by the summaries.
WITH a, b, first_invited, rejecters, first_rejected, refusals, speeches,
     CASE WHEN $since IS NULL AND $until IS NULL
          THEN COLLECT {
                 UNWIND firsts AS first
                 WITH first
                 ORDER BY first[1], first[0].name
                 LIMIT coalesce($evidence, 9223372036854775807)
                 RETURN first[0]
               }
          ELSE rejecters END AS refusing,
     CASE WHEN $since IS NULL AND $until IS NULL
          THEN COLLECT {
                 UNWIND spokes AS first
                 WITH first
                 ORDER BY first[1], first[0].name
                 LIMIT coalesce($evidence, 9223372036854775807)
                 RETURN first[0]
               }
          ELSE rejecters END AS speaking
// Each piece of evidence joins two known actors: the invitation (a -> b), each refusal
// (rejecter -> a) and each spokesperson claim (rejecter -> b); typed matches between bound
// nodes, each capped at $evidence, then merged in date order. Without a cap each kind is
// collected as it comes, unsorted (the merge sorts them all): a sort per kind held, with each
// of a hub's thousands of claims, the row's lists of rejecters, and the hub's page with every
// sentence ran out of transaction memory (1.1 GiB); it needs 5.8 s now. With a cap and no
// window, each person's first claims are its tie's heads (graph/neo4j_ties.py), sought by
// article, instead of all of its claims sorted (a hub's rejecters refuse it hundreds of times).
WITH a, b, first_invited, rejecters, first_rejected, refusals, speeches, refusing, speaking,
     COLLECT {
       MATCH (a)-[t:TIE_INVITED_TO_RALLY]->(b)
       WHERE $evidence IS NOT NULL AND $since IS NULL AND $until IS NULL
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
       UNWIND refusing AS x
       MATCH (x)-[t:TIE_REJECTS]->(a)
       WHERE $evidence IS NOT NULL AND $since IS NULL AND $until IS NULL
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
       UNWIND refusing AS x
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
       UNWIND refusing AS x
       MATCH (x)-[c:REJECTS]->(a)
       WHERE $evidence IS NULL AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       RETURN {subject: x.name, relation: type(c), object: a.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } + COLLECT {
       UNWIND speaking AS x
       MATCH (x)-[t:TIE_SPOKESPERSON_OF]->(b)
       WHERE $evidence IS NOT NULL AND $since IS NULL AND $until IS NULL
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
       UNWIND speaking AS x
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
       UNWIND speaking AS x
       MATCH (x)-[c:SPOKESPERSON_OF]->(b)
       WHERE $evidence IS NULL AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
       RETURN {subject: x.name, relation: type(c), object: b.name, sentence: c.evidence,
               article: c.article, date: c.date, url: c.url, outlet: c.outlet,
               reviewed: coalesce(c.reviewed, false)}
     } AS pieces,
     COUNT {
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
