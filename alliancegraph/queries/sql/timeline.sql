-- name: timeline
-- json: reviewed
-- The embedded twin of cypher/timeline.cypher (same rows, same order).
-- The page merges twelve walks already in date order, one per relation and side: the actor's
-- claims of that relation as subject (claims_by_relation: relation, subject, date) and as
-- object (claims_by_object: object, relation, date), so SQLite stops after the page instead
-- of sorting a hub's every claim. A claim about the actor by itself is read on the subject
-- side only. Only the page's rows look up their sentence and their article's title.
-- The relations are listed (every relation of the ontology; tests/test_queries.py checks it).
WITH page AS MATERIALIZED (
  SELECT c.rowid AS id, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_relation
  WHERE c.relation = 'SUPPORTS' AND c.subject = :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid AS id, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_relation
  WHERE c.relation = 'REJECTS' AND c.subject = :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid AS id, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_relation
  WHERE c.relation = 'INVITED_TO_RALLY' AND c.subject = :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid AS id, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_relation
  WHERE c.relation = 'TEMPTED_BY' AND c.subject = :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid AS id, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_relation
  WHERE c.relation = 'MEMBER_OF' AND c.subject = :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid AS id, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_relation
  WHERE c.relation = 'SPOKESPERSON_OF' AND c.subject = :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_object
  WHERE c.object = :actor AND c.relation = 'SUPPORTS' AND c.subject <> :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_object
  WHERE c.object = :actor AND c.relation = 'REJECTS' AND c.subject <> :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_object
  WHERE c.object = :actor AND c.relation = 'INVITED_TO_RALLY' AND c.subject <> :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_object
  WHERE c.object = :actor AND c.relation = 'TEMPTED_BY' AND c.subject <> :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_object
  WHERE c.object = :actor AND c.relation = 'MEMBER_OF' AND c.subject <> :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  UNION ALL
  SELECT c.rowid, c.date, c.article, c.subject, c.relation, c.object
  FROM claims AS c INDEXED BY claims_by_object
  WHERE c.object = :actor AND c.relation = 'SPOKESPERSON_OF' AND c.subject <> :actor AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  ORDER BY 2, 3, 4, 5, 6
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT c.date, c.subject, c.relation, c.object, c.evidence AS sentence, c.article,
       a.title, c.cue, c.confidence, c.grp AS "group", c.url, c.outlet,
       iif(c.reviewed, 'true', 'false') AS reviewed  -- JSON, so the row holds a boolean
FROM page
JOIN claims AS c ON c.rowid = page.id
LEFT JOIN articles AS a ON a.id = c.article
ORDER BY c.date, c.article, c.subject, c.relation, c.object
