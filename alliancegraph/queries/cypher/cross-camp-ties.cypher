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
// first camp by name, then that subject's ties into the second camp, sorted per subject. A
// page therefore reads the ties of the few subjects it shows, and only its rows read their
// sentences; the closing ORDER BY only sorts the page's rows (the planner sees the camp pairs
// already in order). Without a date window a subject's ties are its tie summaries
// (graph/neo4j_ties.py: one TIE_<relation> relationship per subject, relation and object,
// with its count of copy groups and first and last dates); in a window they are grouped
// from the claims dated in it. The branches exclude each other.
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
    MATCH (s)-[y:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]->(o:Actor {camp: oc})
    WHERE $since IS NULL AND $until IS NULL
    WITH substring(type(y), size('TIE_')) AS relation, o, y.articles AS articles,
         y.first AS first, y.last AS last, y.claims AS evidence_total
    ORDER BY relation, o.name
    RETURN relation, o, articles, first, last, evidence_total
    UNION ALL
    MATCH (s)-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]->(o:Actor {camp: oc})
    WHERE NOT ($since IS NULL AND $until IS NULL) AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
    WITH type(r) AS relation, o, count(DISTINCT coalesce(r.copy_of, r.article)) AS articles,
         min(r.date) AS first, max(r.date) AS last, count(r) AS evidence_total
    ORDER BY relation, o.name
    RETURN relation, o, articles, first, last, evidence_total
  }
  RETURN s, relation, o, articles, first, last, evidence_total
}
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
// A row's sentences: its two actors' claims of its type (the type is a value here, so the
// match lists every relationship between the two and keeps that type's).
RETURN s.name AS subject, sc AS subject_camp, relation, o.name AS object,
       oc AS object_camp, articles, first, last, evidence_total,
       COLLECT {
         MATCH (s)-[e]->(o)
         WHERE type(e) = relation AND ($since IS NULL OR e.date >= $since) AND ($until IS NULL OR e.date <= $until)
         WITH e
         ORDER BY e.date, e.article
         LIMIT coalesce($evidence, 9223372036854775807)
         RETURN {sentence: e.evidence, article: e.article, date: e.date, url: e.url, outlet: e.outlet, reviewed: coalesce(e.reviewed, false)}
       } AS evidence
ORDER BY subject_camp, object_camp, subject, relation, object
