// name: tempted
// description: Who is tempted by an actor, optionally only inside one party (its members, or the party itself as a group).
// param target: actor - the person or party they are tempted by
// param party: party = null - keep only this party's members (actor property party, or a MEMBER_OF claim) and the party itself
// columns: name, party, articles, first, last, evidence_total, evidence
//
// The party itself counts when the article speaks of a group inside it ("certains au PS sont
// tentés..."): the claim's `group` says which. Also takes $since and $until. In Neo4j Browser:
//   :param target => 'Emmanuel Macron'
//   :param party => 'Parti socialiste'
//   :param since => null
//   :param until => null
//   :param evidence => null
// Without a date window the rows are the tie summaries (graph/neo4j_ties.py: one
// TIE_TEMPTED_BY relationship per row, with its count of copy groups and first and last
// dates), and membership is a TIE_MEMBER_OF; in a window both are read from the claims dated
// in it. The two branches exclude each other. The party is bound once, so each membership
// test joins two known nodes.
MATCH (target:Actor {name: $target})
OPTIONAL MATCH (party:Actor {name: $party})
CALL (target, party) {
  MATCH (target)<-[t:TIE_TEMPTED_BY]-(s)
  WHERE $since IS NULL AND $until IS NULL
    AND ($party IS NULL OR s.name = $party OR s.party = $party
         OR EXISTS { MATCH (s)-[:TIE_MEMBER_OF]->(party) })
  RETURN s, t.articles AS articles, null AS first, null AS last, null AS evidence_total, t AS tie
  UNION ALL
  MATCH (target)<-[r:TEMPTED_BY]-(s:Actor)
  WHERE NOT ($since IS NULL AND $until IS NULL)
    AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    AND ($party IS NULL OR s.name = $party OR s.party = $party
         OR EXISTS {
           MATCH (s)-[m:MEMBER_OF]->(party)
           WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
         })
  RETURN s, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first,
         max(r.date) AS last, count(r) AS evidence_total, null AS tie
}
WITH target, s, articles, first, last, evidence_total, tie
// The page is cut here, before any evidence is read.
ORDER BY articles DESC, s.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// The summary's dates and count are read here, for the page's rows only (for each of a hub's
// 7,417 ties they cost 30k db hits). Without a window the first sentences are read by their
// articles, the summary's heads (graph/neo4j_ties.py), when those are enough: the cap is within
// them, or they are every claim of the tie; otherwise (a window, a cap past the heads) the
// tie's claims are sorted.
WITH target, s, articles, coalesce(tie.first, first) AS first, coalesce(tie.last, last) AS last,
     coalesce(tie.claims, evidence_total) AS evidence_total,
     CASE WHEN $evidence <= size(tie.heads) OR size(tie.heads) = tie.claims
          THEN tie.heads[..coalesce($evidence, size(tie.heads))] END AS heads
RETURN s.name AS name, s.party AS party, articles, first, last, evidence_total,
       [e IN COLLECT {
          UNWIND heads AS h
          MATCH ()-[e:TEMPTED_BY {article: h}]->()
          WHERE startNode(e) = s AND endNode(e) = target
          RETURN e ORDER BY e.date, e.article
        } + COLLECT {
          WITH s, target WHERE heads IS NULL
          MATCH (s)-[e:TEMPTED_BY]->(target)
          WHERE ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
          WITH e
          ORDER BY e.date, e.article
          LIMIT coalesce($evidence, 9223372036854775807)
          RETURN e
        } | {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, `group`: e.group, reviewed: coalesce(e.reviewed, false)}] AS evidence
ORDER BY articles DESC, name
