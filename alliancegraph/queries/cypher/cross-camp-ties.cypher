// name: cross-camp-ties
// description: Claims between actors of different camps (as written back by the fracture analysis).
// needs: camps
// columns: subject, subject_camp, relation, object, object_camp, articles, first, last, evidence_total, evidence
//
// Camps are the actor property `camp` set by `alliancegraph fractures` (write-back); actors
// without a camp are left out. Negative ties here are the fault lines the analysis found,
// positive ones the bridges that cross them. Also takes $since and $until. In Neo4j Browser:
//   :param since => null
//   :param until => null
//   :param evidence => null
//
// The rows come out in their final order without grouping every cross-camp claim first (a
// million-claim graph has 170,000 such ties): camp pairs in order, then each subject of the
// first camp by name, then that subject's ties into the second camp, grouped and sorted per
// subject. A page therefore reads the claims of the few subjects it shows; the closing ORDER BY
// only sorts the page's rows (the planner sees the camp pairs already in order).
MATCH (c:Actor) WHERE c.camp IS NOT NULL
WITH DISTINCT c.camp AS camp
WITH collect(camp) AS camps
UNWIND camps AS sc
UNWIND camps AS oc
WITH sc, oc WHERE sc <> oc
ORDER BY sc, oc
CALL (sc, oc) {
  MATCH (s:Actor {camp: sc})
  WITH s ORDER BY s.name
  CALL (s, oc) {
    MATCH (s)-[r]->(o:Actor {camp: oc})
    WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    // Evidence is the relationships already matched, collected in date order (see defectors).
    WITH type(r) AS relation, o, r
    ORDER BY r.date, r.article
    WITH relation, o, collect(r) AS ties,
         count(DISTINCT coalesce(r.copy_of, r.article)) AS articles, min(r.date) AS first,
         max(r.date) AS last
    RETURN relation, o, ties, articles, first, last
    ORDER BY relation, o.name
  }
  RETURN s, relation, o, ties, articles, first, last
}
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
RETURN s.name AS subject, sc AS subject_camp, relation, o.name AS object,
       oc AS object_camp, articles, first, last, size(ties) AS evidence_total,
       [e IN ties[..coalesce($evidence, size(ties))]
        | {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}] AS evidence
ORDER BY subject_camp, object_camp, subject, relation, object
