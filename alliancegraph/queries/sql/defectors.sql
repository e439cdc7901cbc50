-- name: defectors
-- json: evidence
-- The embedded twin of cypher/defectors.cypher (same rows, same order; definitions there).
-- Evidence reads claims_by_subject (subject, relation, object, date) by name: without
-- statistics SQLite prefers an index already sorted by date and scans a hub's every claim.
-- The page is cut before any evidence is read: evidence is a subquery per row, which
-- SQLite would otherwise evaluate for every row before sorting them.
WITH party AS (
  SELECT name, family FROM actors WHERE name = :party AND kind = 'party'
),
members AS (
  SELECT a.name FROM actors AS a WHERE a.party = :party AND a.kind = 'person'
  UNION
  SELECT mo.subject FROM claims AS mo
  WHERE mo.object = :party AND mo.relation = 'MEMBER_OF'
    AND (:since IS NULL OR mo.date >= :since) AND (:until IS NULL OR mo.date <= :until)
),
ties AS (
  SELECT c.subject, c.relation, c.object, c.article, c.copy_of, c.date,
         CASE WHEN t.kind = 'party' THEN t.family ELSE tp.family END AS target_family
  FROM members AS m
  CROSS JOIN claims AS c ON c.subject = m.name AND c.relation IN ('SUPPORTS', 'TEMPTED_BY')
  JOIN actors AS t ON t.name = c.object
  LEFT JOIN actors AS tp ON tp.name = t.party AND tp.kind = 'party'
  WHERE m.name <> :party
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
),
page AS MATERIALIZED (
SELECT ties.subject AS name, ties.relation, ties.object AS target, ties.target_family,
       count(DISTINCT ties.copy_of) AS articles, min(ties.date) AS first, max(ties.date) AS last
FROM ties
JOIN party ON party.family IS NOT NULL AND ties.target_family IS NOT NULL
          AND ties.target_family <> party.family
GROUP BY ties.subject, ties.relation, ties.object, ties.target_family
ORDER BY name, ties.relation, target
LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
)
SELECT page.*,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet))
        FROM (SELECT evidence, article, date, url, outlet
              FROM claims INDEXED BY claims_by_subject
              WHERE subject = page.name AND relation = page.relation AND object = page.target
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page
ORDER BY name, relation, target
