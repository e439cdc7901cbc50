-- name: between
-- json: claims
-- The embedded twin of cypher/between.cypher (same rows, same order).
-- The intermediaries are a's neighbours (graph/ties.py: the actors it has a tie with, in
-- either direction) walked in name order, each tested against b with one key lookup, so the
-- page stops after its rows; in a date window, the claims dated in it. Each row then reads
-- its claims by their ties' keys.
WITH near AS MATERIALIZED (
  -- a date window only: each end's neighbours through the claims dated in it
  SELECT c.subject AS end_, c.object AS other
  FROM claims AS c
  WHERE NOT (:since IS NULL AND :until IS NULL) AND c.subject IN (:a, :b)
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION
  SELECT c.object, c.subject
  FROM claims AS c INDEXED BY claims_by_object
  WHERE NOT (:since IS NULL AND :until IS NULL) AND c.object IN (:a, :b)
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
),
-- The one-hop row (a tie between a and b) comes first: the intermediaries' page is the rest
-- of the page, so each list is cut by its own LIMIT in its own order.
direct(h) AS (
  SELECT (:since IS NULL AND :until IS NULL
          AND EXISTS (SELECT 1 FROM neighbours WHERE actor = :a AND other = :b))
      OR EXISTS (SELECT 1 FROM near WHERE end_ = :a AND other = :b)
),
page(h, skip, take) AS (
  SELECT h, max(coalesce(:offset, 0) - h, 0),
         CASE WHEN :limit IS NULL THEN -1
              ELSE max(coalesce(:offset, 0) + :limit - h - max(coalesce(:offset, 0) - h, 0), 0)
         END
  FROM direct
),
rows_ AS (
  SELECT 1 AS hops, NULL AS via
  FROM page WHERE h AND coalesce(:offset, 0) = 0 AND coalesce(:limit, 1) > 0
  UNION ALL
  SELECT * FROM (
    SELECT 2, n.other
    FROM neighbours AS n
    WHERE :since IS NULL AND :until IS NULL AND n.actor = :a AND n.other NOT IN (:a, :b)
      AND EXISTS (SELECT 1 FROM neighbours AS m WHERE m.actor = :b AND m.other = n.other)
    ORDER BY n.other
    LIMIT (SELECT take FROM page) OFFSET (SELECT skip FROM page))
  UNION ALL
  SELECT * FROM (
    SELECT 2, x FROM (SELECT other AS x FROM near WHERE end_ = :a AND other NOT IN (:a, :b)
                      INTERSECT
                      SELECT other FROM near WHERE end_ = :b AND other NOT IN (:a, :b))
    ORDER BY x
    LIMIT (SELECT take FROM page) OFFSET (SELECT skip FROM page))
),
-- A row is capped when it has more than :evidence claims of one relation (the summaries
-- count at least the claims of any window); the others are read whole, with no ranking.
listed AS MATERIALIZED (
  SELECT q.*,
         :evidence IS NOT NULL AND EXISTS (
           SELECT 1 FROM ties AS t INDEXED BY ties_by_ends
           WHERE ((q.hops = 1 AND t.subject = :a AND t.object = :b)
               OR (q.hops = 1 AND t.subject = :b AND t.object = :a)
               OR (t.subject = q.via AND t.object IN (:a, :b))
               OR (t.subject IN (:a, :b) AND t.object = q.via))
           GROUP BY t.relation HAVING sum(t.claims) > :evidence) AS capped
  FROM rows_ AS q
)
-- Each row's ties with the ends (at most four pairs of names, six relations) are looked up by
-- their keys; :evidence caps each relation's claims of the row, the earliest first (by date,
-- subject, object, article), and those are among each tie's :evidence earliest, so only those
-- are read (their keys from claims_by_subject in date order); claims_total counts them all
-- (the summaries' counts, or in a date window the claims dated in it).
SELECT r.hops, r.via,
       (SELECT sum(CASE WHEN :since IS NULL AND :until IS NULL THEN t.claims
                        ELSE (SELECT count(*) FROM claims AS c INDEXED BY claims_by_subject
                              WHERE c.subject = t.subject AND c.relation = t.relation
                                AND c.object = t.object
                                AND (:since IS NULL OR c.date >= :since)
                                AND (:until IS NULL OR c.date <= :until)) END)
        FROM ties AS t INDEXED BY ties_by_ends
        WHERE (r.hops = 1 AND t.subject = :a AND t.object = :b)
           OR (r.hops = 1 AND t.subject = :b AND t.object = :a)
           OR (t.subject = r.via AND t.object IN (:a, :b))
           OR (t.subject IN (:a, :b) AND t.object = r.via)) AS claims_total,
       (SELECT json_group_array(json_object('subject', d.subject, 'relation', d.relation,
                                            'object', d.object, 'sentence', d.evidence,
                                            'article', d.article, 'date', d.date,
                                            'url', d.url, 'outlet', d.outlet,
                                            'reviewed', json(iif(d.reviewed, 'true', 'false'))))
        FROM (-- every claim (no cap): each tie's claims by its key
              SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url,
                     c.outlet, c.reviewed
              FROM ties AS t INDEXED BY ties_by_ends
              CROSS JOIN claims AS c INDEXED BY claims_by_subject
                ON c.subject = t.subject AND c.relation = t.relation AND c.object = t.object
              WHERE NOT r.capped
                AND ((r.hops = 1 AND t.subject = :a AND t.object = :b)
                  OR (r.hops = 1 AND t.subject = :b AND t.object = :a)
                  OR (t.subject = r.via AND t.object IN (:a, :b))
                  OR (t.subject IN (:a, :b) AND t.object = r.via))
                AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
              UNION ALL
              -- capped: each relation's :evidence earliest, from each tie's :evidence earliest
              SELECT subject, relation, object, evidence, article, date, url, outlet, reviewed
              FROM (SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date,
                           c.url, c.outlet, c.reviewed,
                           row_number() OVER (PARTITION BY c.relation
                                              ORDER BY c.date, c.subject, c.object, c.article)
                             AS k
                    FROM ties AS t INDEXED BY ties_by_ends
                    CROSS JOIN claims AS c
                    WHERE r.capped
                      AND ((r.hops = 1 AND t.subject = :a AND t.object = :b)
                        OR (r.hops = 1 AND t.subject = :b AND t.object = :a)
                        OR (t.subject = r.via AND t.object IN (:a, :b))
                        OR (t.subject IN (:a, :b) AND t.object = r.via))
                      AND c.rowid IN (
                        SELECT v.rowid FROM claims AS v INDEXED BY claims_by_subject
                        WHERE v.subject = t.subject AND v.relation = t.relation
                          AND v.object = t.object
                          AND (:since IS NULL OR v.date >= :since)
                          AND (:until IS NULL OR v.date <= :until)
                        ORDER BY v.date, v.article LIMIT :evidence))
              WHERE k <= :evidence
              ORDER BY date, subject, relation, object, article) AS d) AS claims
FROM listed AS r
ORDER BY r.hops, r.via
