-- name: timeline
-- The embedded twin of cypher/timeline.cypher (same rows, same order).
SELECT c.date, c.subject, c.relation, c.object, c.evidence AS sentence, c.article,
       a.title, c.cue, c.confidence, c.grp AS "group", c.url, c.outlet
FROM claims AS c
LEFT JOIN articles AS a ON a.id = c.article
WHERE (c.subject = :actor OR c.object = :actor)
  AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
ORDER BY c.date, c.article, c.subject, c.relation, c.object
LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
