-- name: cross-camp-ties
-- json: evidence
-- The embedded twin of cypher/cross-camp-ties.cypher (same rows, same order).
-- The page is cut on the grouped ties before any evidence is read; each tie of the page then
-- reads its sentences through claims_by_subject (subject, relation, object, date).
WITH page AS MATERIALIZED (
  SELECT c.subject, s.camp AS subject_camp, c.relation, c.object, o.camp AS object_camp,
         count(DISTINCT c.copy_of) AS articles, min(c.date) AS first, max(c.date) AS last
  FROM actors AS s
  CROSS JOIN claims AS c ON c.subject = s.name
  JOIN actors AS o ON o.name = c.object
  WHERE s.camp IS NOT NULL AND o.camp IS NOT NULL AND s.camp <> o.camp
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  GROUP BY c.subject, c.relation, c.object
  ORDER BY subject_camp, object_camp, c.subject, c.relation, c.object
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT p.subject, p.subject_camp, p.relation, p.object, p.object_camp, p.articles, p.first,
       p.last,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet))
        FROM (SELECT evidence, article, date, url, outlet
              FROM claims
              WHERE subject = p.subject AND relation = p.relation AND object = p.object
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page AS p
ORDER BY p.subject_camp, p.object_camp, p.subject, p.relation, p.object
