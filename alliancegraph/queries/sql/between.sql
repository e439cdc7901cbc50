-- name: between
-- json: claims
-- The embedded twin of cypher/between.cypher (same rows, same order).
-- Every claim of a or b, once (index lookups on subject and on object), with its other end.
WITH touching AS MATERIALIZED (
  SELECT subject, relation, object, evidence, article, date, url, outlet,
         CASE WHEN subject IN (:a, :b) THEN object ELSE subject END AS other,
         CASE WHEN subject IN (:a, :b) THEN subject ELSE object END AS end_
  FROM claims
  WHERE (subject IN (:a, :b) OR object IN (:a, :b))
    AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
),
direct AS (
  SELECT * FROM touching
  WHERE (subject = :a AND object = :b) OR (subject = :b AND object = :a)
),
via AS (
  SELECT other AS x FROM touching WHERE end_ = :a AND other NOT IN (:a, :b)
  INTERSECT
  SELECT other FROM touching WHERE end_ = :b AND other NOT IN (:a, :b)
)
SELECT 1 AS hops, NULL AS via,
       (SELECT json_group_array(json_object('subject', d.subject, 'relation', d.relation,
                                            'object', d.object, 'sentence', d.evidence,
                                            'article', d.article, 'date', d.date,
                                            'url', d.url, 'outlet', d.outlet))
        FROM (SELECT * FROM direct ORDER BY date, subject, relation, object, article) AS d)
       AS claims
WHERE EXISTS (SELECT 1 FROM direct)
UNION ALL
SELECT 2 AS hops, v.x AS via,
       (SELECT json_group_array(json_object('subject', d.subject, 'relation', d.relation,
                                            'object', d.object, 'sentence', d.evidence,
                                            'article', d.article, 'date', d.date,
                                            'url', d.url, 'outlet', d.outlet))
        FROM (SELECT * FROM touching AS w
              WHERE w.other = v.x
              ORDER BY w.date, w.subject, w.relation, w.object, w.article) AS d) AS claims
FROM via AS v
ORDER BY hops, via
LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
