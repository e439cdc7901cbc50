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
// The rows come out member by member in name order, each member's ties grouped and sorted on
// their own: a page reads the claims of the members it shows, not every tie of a party with
// thousands of members (whose grouping before the first row held the whole answer).
MATCH (p:Party {name: $party})
WHERE p.family IS NOT NULL
CALL (p) {
  MATCH (m:Person {party: p.name})
  RETURN m
  UNION
  MATCH (m:Actor)-[mo:MEMBER_OF]->(p)
  WHERE ($since IS NULL OR mo.date >= $since) AND ($until IS NULL OR mo.date <= $until)
  RETURN m
}
WITH p, m
WHERE m <> p
ORDER BY m.name
CALL (p, m) {
  MATCH (m)-[c:SUPPORTS|TEMPTED_BY]->(t:Actor)
  WHERE ($since IS NULL OR c.date >= $since) AND ($until IS NULL OR c.date <= $until)
  OPTIONAL MATCH (tp:Party {name: t.party})
  WITH c, t, CASE WHEN t:Party THEN t.family ELSE tp.family END AS target_family
  WHERE target_family IS NOT NULL AND target_family <> p.family
  // Evidence is the relationships already matched, collected in date order: matching them
  // again per row would expand every relationship of each member, whatever its type.
  WITH type(c) AS relation, t, target_family, c
  ORDER BY c.date, c.article
  WITH relation, t, target_family, collect(c) AS ties,
       count(DISTINCT coalesce(c.copy_of, c.article)) AS articles, min(c.date) AS first,
       max(c.date) AS last
  RETURN relation, t, target_family, ties, articles, first, last
  ORDER BY relation, t.name
}
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
RETURN m.name AS name, relation, t.name AS target, target_family, articles, first, last, size(ties) AS evidence_total,
       [e IN ties[..coalesce($evidence, size(ties))]
        | {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}] AS evidence
ORDER BY name, relation, target
