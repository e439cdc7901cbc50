-- name: between
-- json: claims
-- The embedded twin of cypher/between.cypher (same rows, same order).
WITH touching AS (
  SELECT subject, relation, object, evidence, article, date
  FROM claims
  WHERE subject IN (:a, :b) OR object IN (:a, :b)
),
direct AS (
  SELECT * FROM touching
  WHERE ((subject = :a AND object = :b) OR (subject = :b AND object = :a))
    AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
),
near AS (
  SELECT CASE WHEN subject IN (:a, :b) THEN object ELSE subject END AS x,
         CASE WHEN subject IN (:a, :b) THEN subject ELSE object END AS end_
  FROM touching
  WHERE (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
),
via AS (
  SELECT x FROM near WHERE end_ = :a AND x NOT IN (:a, :b)
  INTERSECT
  SELECT x FROM near WHERE end_ = :b AND x NOT IN (:a, :b)
)
SELECT 1 AS hops, NULL AS via,
       (SELECT json_group_array(json_object('subject', d.subject, 'relation', d.relation,
                                            'object', d.object, 'sentence', d.evidence,
                                            'article', d.article, 'date', d.date))
        FROM (SELECT * FROM direct ORDER BY date, subject, relation, object, article) AS d)
       AS claims
WHERE EXISTS (SELECT 1 FROM direct)
UNION ALL
SELECT 2 AS hops, v.x AS via,
       (SELECT json_group_array(json_object('subject', d.subject, 'relation', d.relation,
                                            'object', d.object, 'sentence', d.evidence,
                                            'article', d.article, 'date', d.date))
        FROM (SELECT * FROM touching AS w
              WHERE ((w.subject = v.x AND w.object IN (:a, :b))
                  OR (w.object = v.x AND w.subject IN (:a, :b)))
                AND (:since IS NULL OR w.date >= :since) AND (:until IS NULL OR w.date <= :until)
              ORDER BY w.date, w.subject, w.relation, w.object, w.article) AS d) AS claims
FROM via AS v
ORDER BY hops, via
