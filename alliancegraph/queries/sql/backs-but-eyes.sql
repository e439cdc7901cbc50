-- name: backs-but-eyes
-- json: evidence
-- The embedded twin of cypher/backs-but-eyes.cypher (same rows, same order).
-- Evidence reads claims_by_subject (subject, relation, object, date) by name: left to itself
-- SQLite picks claims_by_relation (sorted by date) and reads a hub's every claim of it.
-- The IN lists let it seek the two (relation, object) keys instead of reading every claim of
-- each person and testing the OR afterwards.
SELECT p.subject AS name, :backs AS backs, :eyes AS eyes,
       -- how many claims stand behind the row (the evidence lists at most :evidence of each
       -- relation): the two ties' counts, or in a date window the claims dated in it
       CASE WHEN :since IS NULL AND :until IS NULL
            THEN (SELECT sum(t.claims) FROM ties AS t
                  WHERE t.subject = p.subject
                    AND t.relation IN ('SUPPORTS', 'TEMPTED_BY') AND t.object IN (:backs, :eyes)
                    AND ((t.relation = 'SUPPORTS' AND t.object = :backs)
                      OR (t.relation = 'TEMPTED_BY' AND t.object = :eyes)))
            ELSE (SELECT count(*) FROM claims AS c INDEXED BY claims_by_subject
                  WHERE c.subject = p.subject
                    AND c.relation IN ('SUPPORTS', 'TEMPTED_BY') AND c.object IN (:backs, :eyes)
                    AND ((c.relation = 'SUPPORTS' AND c.object = :backs)
                      OR (c.relation = 'TEMPTED_BY' AND c.object = :eyes))
                    AND (:since IS NULL OR c.date >= :since)
                    AND (:until IS NULL OR c.date <= :until)) END AS evidence_total,
       (SELECT json_group_array(json_object('relation', e.relation, 'target', e.object,
                                            'sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet, 'reviewed', json(iif(e.reviewed, 'true', 'false'))))
        FROM (-- each relation's :evidence earliest claims, the earliest first: their keys
              -- from claims_by_subject in date order, then only those rows are read
              SELECT c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet,
                     c.reviewed
              FROM (SELECT v.rowid AS id FROM claims AS v INDEXED BY claims_by_subject
                    WHERE v.subject = p.subject AND v.relation = 'SUPPORTS' AND v.object = :backs
                      AND (:since IS NULL OR v.date >= :since)
                      AND (:until IS NULL OR v.date <= :until)
                    ORDER BY v.date, v.article LIMIT coalesce(:evidence, -1)) AS k
              CROSS JOIN claims AS c ON c.rowid = k.id
              UNION ALL
              SELECT c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet,
                     c.reviewed
              FROM (SELECT v.rowid AS id FROM claims AS v INDEXED BY claims_by_subject
                    WHERE v.subject = p.subject AND v.relation = 'TEMPTED_BY' AND v.object = :eyes
                      AND (:since IS NULL OR v.date >= :since)
                      AND (:until IS NULL OR v.date <= :until)
                    ORDER BY v.date, v.article LIMIT coalesce(:evidence, -1)) AS k
              CROSS JOIN claims AS c ON c.rowid = k.id
              ORDER BY date, relation, object, article) AS e) AS evidence
FROM (-- every claim: the tie summaries (graph/ties.py), walked in name order, so the page
      -- stops after its rows
      SELECT s.subject
      FROM ties AS s INDEXED BY ties_by_object
      JOIN actors AS a ON a.name = s.subject AND a.kind = 'person'
      WHERE :since IS NULL AND :until IS NULL
        AND s.object = :backs AND s.relation = 'SUPPORTS'
        AND EXISTS (SELECT 1 FROM ties AS t
                    WHERE t.subject = s.subject AND t.relation = 'TEMPTED_BY'
                      AND t.object = :eyes)
      UNION ALL
      -- a date window: the claims dated in it
      SELECT DISTINCT s.subject
      FROM claims AS s INDEXED BY claims_by_object
      JOIN actors AS a ON a.name = s.subject AND a.kind = 'person'
      WHERE NOT (:since IS NULL AND :until IS NULL)
        AND s.object = :backs AND s.relation = 'SUPPORTS'
        AND (:since IS NULL OR s.date >= :since) AND (:until IS NULL OR s.date <= :until)
        AND EXISTS (SELECT 1 FROM claims AS t
                    WHERE t.subject = s.subject AND t.relation = 'TEMPTED_BY'
                      AND t.object = :eyes
                      AND (:since IS NULL OR t.date >= :since)
                      AND (:until IS NULL OR t.date <= :until))
      -- the page is cut before any evidence is read
      ORDER BY subject
      LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)) AS p
ORDER BY name
