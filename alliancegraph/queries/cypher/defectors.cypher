// name: defectors
// description: Members of a party who support, or are tempted by, someone of another political family.
// param party: party - the party they belong to
// columns: name, relation, target, target_family, articles, first, last, evidence_total, evidence
//
// Members: persons whose `party` property is the party, and actors with a MEMBER_OF claim to it
// in the window. A target's family is its own `family` when it is a party, else the `family` of
// the party named by its `party` property. A tie defects when both families are known and
// differ (an EELV member backing a PS candidate counts: green is not left). Targets of unknown
// family are left out. Also takes $since and $until. In Neo4j Browser:
//   :param party => 'Parti socialiste'
//   :param since => null
//   :param until => null
//   :param evidence => null
// The rows come out member by member in name order, each member's ties sorted on their own:
// a page reads the ties of the members it shows, not every tie of a party with thousands of
// members, and only its rows read their sentences. Without a date window the ties and the
// declared memberships are the tie summaries (graph/neo4j_ties.py: one TIE_<relation>
// relationship per subject, relation and object, with its count of copy groups and first and
// last dates); in a window they are grouped from the claims dated in it. The branches exclude
// each other.
MATCH (p:Party {name: $party})
WHERE p.family IS NOT NULL
CALL (p) {
  MATCH (m:Person {party: p.name})
  RETURN m
  UNION
  MATCH (m:Actor)-[:TIE_MEMBER_OF]->(p)
  WHERE $since IS NULL AND $until IS NULL
  RETURN m
  UNION
  MATCH (m:Actor)-[mo:MEMBER_OF]->(p)
  WHERE NOT ($since IS NULL AND $until IS NULL) AND ($since IS NULL OR mo.date >= $since) AND ($until IS NULL OR mo.date <= $until)
  RETURN m
}
WITH p, m
WHERE m <> p
ORDER BY m.name
CALL (p, m) {
  CALL (m) {
    MATCH (m)-[y:TIE_SUPPORTS|TIE_TEMPTED_BY]->(t:Actor)
    WHERE $since IS NULL AND $until IS NULL
    RETURN substring(type(y), size('TIE_')) AS relation, t, y.articles AS articles,
           y.first AS first, y.last AS last, y.claims AS evidence_total
    UNION ALL
    MATCH (m)-[c:SUPPORTS|TEMPTED_BY]->(t:Actor)
    WHERE NOT ($since IS NULL AND $until IS NULL) AND ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
    RETURN type(c) AS relation, t, count(DISTINCT coalesce(c.copy_of, c.article)) AS articles,
           min(c.date) AS first, max(c.date) AS last, count(c) AS evidence_total
  }
  OPTIONAL MATCH (tp:Party {name: t.party})
  WITH relation, t, articles, first, last, evidence_total,
       CASE WHEN t:Party THEN t.family ELSE tp.family END AS target_family
  WHERE target_family IS NOT NULL AND target_family <> p.family
  WITH relation, t, target_family, articles, first, last, evidence_total
  ORDER BY relation, t.name
  RETURN relation, t, target_family, articles, first, last, evidence_total
}
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// A row's sentences: the member's claims of its type on its target (the type is a value
// here, so the match lists every relationship between the two and keeps that type's).
RETURN m.name AS name, relation, t.name AS target, target_family, articles, first, last, evidence_total,
       COLLECT {
         MATCH (m)-[e]->(t)
         WHERE type(e) = relation AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
         WITH e
         ORDER BY e.date, e.article
         LIMIT coalesce($evidence, 9223372036854775807)
         RETURN {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}
       } AS evidence
ORDER BY name, relation, target
