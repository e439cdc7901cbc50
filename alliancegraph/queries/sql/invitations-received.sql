-- name: invitations-received
-- json: evidence
-- The embedded twin of cypher/invitations-received.cypher (same rows, same order); see supporters.sql.
-- The page is cut before any evidence is read: evidence is a subquery per row, which
-- SQLite would otherwise evaluate for every row before sorting them.
WITH page AS MATERIALIZED (
SELECT c.subject AS name, count(DISTINCT c.article) AS articles,
       min(c.date) AS first, max(c.date) AS last
FROM claims AS c INDEXED BY claims_by_object
WHERE c.object = :invited AND c.relation = 'INVITED_TO_RALLY'
  AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
GROUP BY c.subject
ORDER BY articles DESC, name
LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT page.*,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date))
        FROM (SELECT evidence, article, date
              FROM claims INDEXED BY claims_by_subject
              WHERE subject = page.name AND relation = 'INVITED_TO_RALLY' AND object = :invited
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page
ORDER BY articles DESC, name
