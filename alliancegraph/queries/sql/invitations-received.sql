-- name: invitations-received
-- json: evidence
-- The embedded twin of cypher/invitations-received.cypher (same rows, same order); see supporters.sql.
-- The page is cut on the tie summaries (or, in a date window, on the claims) before any
-- evidence is read: evidence is a subquery per row, which SQLite would otherwise evaluate
-- for every row before sorting them.
WITH page AS MATERIALIZED (
  -- every claim: the tie summaries (graph/ties.py), one index entry per row
  SELECT t.subject AS name, t.articles AS articles, t.first, t.last, t.claims AS evidence_total
  FROM ties AS t INDEXED BY ties_by_object
  WHERE :since IS NULL AND :until IS NULL
    AND t.object = :invited AND t.relation = 'INVITED_TO_RALLY'
  UNION ALL
  -- a date window: the claims dated in it
  SELECT c.subject, count(DISTINCT c.copy_of), min(c.date), max(c.date), count(*)
  FROM claims AS c INDEXED BY claims_by_object
  WHERE NOT (:since IS NULL AND :until IS NULL)
    AND c.object = :invited AND c.relation = 'INVITED_TO_RALLY'
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  GROUP BY c.subject
  ORDER BY articles DESC, name
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT page.*,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet, 'reviewed', json(iif(e.reviewed, 'true', 'false'))))
        FROM (SELECT evidence, article, date, reviewed, url, outlet
              FROM claims INDEXED BY claims_by_subject
              WHERE subject = page.name AND relation = 'INVITED_TO_RALLY' AND object = :invited
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page
ORDER BY articles DESC, name
