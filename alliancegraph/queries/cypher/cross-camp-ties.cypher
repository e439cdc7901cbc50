// name: cross-camp-ties
// description: Claims between actors of different camps (as written back by the fracture analysis).
// needs: camps
// columns: subject, subject_camp, relation, object, object_camp, articles, first, last, evidence
//
// Camps are the actor property `camp` set by `alliancegraph fractures` (write-back); actors
// without a camp are left out. Negative ties here are the fault lines the analysis found,
// positive ones the bridges that cross them. Also takes $since and $until. In Neo4j Browser:
//   :param since => null
//   :param until => null
//   :param evidence => null
MATCH (s:Actor)-[r]->(o:Actor)
WHERE s.camp IS NOT NULL AND o.camp IS NOT NULL AND s.camp <> o.camp
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
// Evidence is the relationships already matched, collected in date order (see defectors).
WITH s, type(r) AS relation, o, r
ORDER BY r.date, r.article
WITH s, relation, o, collect(r) AS ties,
     count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first, max(r.date) AS last
// The page is cut here, before any evidence is read.
ORDER BY s.camp, o.camp, s.name, relation, o.name
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
RETURN s.name AS subject, s.camp AS subject_camp, relation, o.name AS object,
       o.camp AS object_camp, articles, first, last,
       [e IN ties[..coalesce($evidence, size(ties))]
        | {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet}] AS evidence
ORDER BY subject_camp, object_camp, subject, relation, object
