-- name: timeline
-- json: reviewed
-- The embedded twin of cypher/timeline.cypher (same rows, same order).
-- The page is cut on the actor's claims alone (its subject and object lookups); only the
-- page's rows look up their article's title.
WITH page AS MATERIALIZED (
  SELECT c.rowid AS id
  FROM claims AS c
  WHERE (c.subject = :actor OR c.object = :actor)
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  ORDER BY c.date, c.article, c.subject, c.relation, c.object
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT c.date, c.subject, c.relation, c.object, c.evidence AS sentence, c.article,
       a.title, c.cue, c.confidence, c.grp AS "group", c.url, c.outlet,
       iif(c.reviewed, 'true', 'false') AS reviewed  -- JSON, so the row holds a boolean
FROM page
JOIN claims AS c ON c.rowid = page.id
LEFT JOIN articles AS a ON a.id = c.article
ORDER BY c.date, c.article, c.subject, c.relation, c.object
