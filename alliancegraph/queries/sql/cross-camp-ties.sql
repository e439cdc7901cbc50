-- name: cross-camp-ties
-- json: evidence
-- The embedded twin of cypher/cross-camp-ties.cypher (same rows, same order).
-- Evidence reads the primary key (subject, relation, object, article) by name: without
-- statistics SQLite prefers an index already sorted by date and scans a hub's every claim.
SELECT c.subject, s.camp AS subject_camp, c.relation, c.object, o.camp AS object_camp,
       count(DISTINCT c.copy_of) AS articles, min(c.date) AS first, max(c.date) AS last,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet))
        FROM (SELECT evidence, article, date, url, outlet
              FROM claims INDEXED BY sqlite_autoindex_claims_1
              WHERE subject = c.subject AND relation = c.relation AND object = c.object
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM actors AS s
CROSS JOIN claims AS c ON c.subject = s.name
JOIN actors AS o ON o.name = c.object
WHERE s.camp IS NOT NULL AND o.camp IS NOT NULL AND s.camp <> o.camp
  AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
GROUP BY c.subject, c.relation, c.object
ORDER BY subject_camp, object_camp, c.subject, c.relation, c.object
LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
