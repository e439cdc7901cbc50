-- name: tempted
-- json: evidence
-- The embedded twin of cypher/tempted.cypher (same rows, same order).
-- Evidence reads claims_by_subject (subject, relation, object, date) by name: without
-- statistics SQLite prefers an index already sorted by date and scans a hub's every claim.
-- The page is cut on the tie summaries (or, in a date window, on the claims) before any
-- evidence is read: evidence is a subquery per row, which SQLite would otherwise evaluate
-- for every row before sorting them.
WITH page AS MATERIALIZED (
  SELECT u.name AS name, s.party AS party, u.articles AS articles, u.first, u.last,
         u.evidence_total
  FROM (-- every claim: the tie summaries (graph/ties.py)
        SELECT t.subject AS name, t.articles, t.first, t.last, t.claims AS evidence_total
        FROM ties AS t INDEXED BY ties_by_object
        WHERE :since IS NULL AND :until IS NULL
          AND t.object = :target AND t.relation = 'TEMPTED_BY'
        UNION ALL
        -- a date window: the claims dated in it
        SELECT c.subject, count(DISTINCT c.copy_of), min(c.date), max(c.date), count(*)
        FROM claims AS c INDEXED BY claims_by_object
        WHERE NOT (:since IS NULL AND :until IS NULL)
          AND c.object = :target AND c.relation = 'TEMPTED_BY'
          AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
        GROUP BY c.subject) AS u
  JOIN actors AS s ON s.name = u.name
  WHERE :party IS NULL OR s.name = :party OR s.party = :party
     OR EXISTS (SELECT 1 FROM claims AS m
                WHERE m.subject = u.name AND m.relation = 'MEMBER_OF' AND m.object = :party
                  AND (:since IS NULL OR m.date >= :since)
                  AND (:until IS NULL OR m.date <= :until))
  ORDER BY u.articles DESC, u.name
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT page.*,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet, 'group', e.grp, 'reviewed', json(iif(e.reviewed, 'true', 'false'))))
        FROM (SELECT evidence, article, date, grp, url, outlet, reviewed
              FROM claims INDEXED BY claims_by_subject
              WHERE subject = page.name AND relation = 'TEMPTED_BY' AND object = :target
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page
ORDER BY articles DESC, name
