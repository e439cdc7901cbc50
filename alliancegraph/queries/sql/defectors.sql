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
-- In a date window: the members' claims dated in it, grouped by tie.
members AS (
  SELECT a.name FROM actors AS a
  WHERE NOT (:since IS NULL AND :until IS NULL) AND a.party = :party AND a.kind = 'person'
  UNION
  SELECT mo.subject FROM claims AS mo
  WHERE NOT (:since IS NULL AND :until IS NULL)
    AND mo.object = :party AND mo.relation = 'MEMBER_OF'
    AND (:since IS NULL OR mo.date >= :since) AND (:until IS NULL OR mo.date <= :until)
),
ties_ AS (
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
  -- Without a date window: the members' ties (graph/ties.py) in the order of the rows, from
  -- two lists each walked in name order (persons whose party it is, by actors_by_party; who
  -- is said to be a member, by ties_by_object) and merged, so the page stops after its rows.
  SELECT * FROM (
    SELECT a.name AS name, t.relation AS relation, t.object AS target,
           CASE WHEN o.kind = 'party' THEN o.family ELSE op.family END AS target_family,
           t.articles AS articles, t.first AS first, t.last AS last,
           t.claims AS evidence_total
    FROM actors AS a INDEXED BY actors_by_party
    CROSS JOIN ties AS t
      ON t.subject = a.name AND t.relation IN ('SUPPORTS', 'TEMPTED_BY')
    JOIN actors AS o ON o.name = t.object
    LEFT JOIN actors AS op ON op.name = o.party AND op.kind = 'party'
    WHERE :since IS NULL AND :until IS NULL
      AND a.party = :party AND a.kind = 'person' AND a.name <> :party
      -- a scalar, not a join: a joined row would come first and hide the walk's order
      AND CASE WHEN o.kind = 'party' THEN o.family ELSE op.family END
          <> (SELECT family FROM party)
    UNION
    SELECT mt.subject, t.relation, t.object,
           CASE WHEN o.kind = 'party' THEN o.family ELSE op.family END,
           t.articles, t.first, t.last, t.claims
    FROM ties AS mt INDEXED BY ties_by_object
    CROSS JOIN ties AS t
      ON t.subject = mt.subject AND t.relation IN ('SUPPORTS', 'TEMPTED_BY')
    JOIN actors AS o ON o.name = t.object
    LEFT JOIN actors AS op ON op.name = o.party AND op.kind = 'party'
    WHERE :since IS NULL AND :until IS NULL
      AND mt.object = :party AND mt.relation = 'MEMBER_OF' AND mt.subject <> :party
      -- a scalar, not a join: a joined row would come first and hide the walk's order
      AND CASE WHEN o.kind = 'party' THEN o.family ELSE op.family END
          <> (SELECT family FROM party)
    ORDER BY 1, 2, 3
    LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0))
  UNION ALL
  SELECT * FROM (
    SELECT ties_.subject AS name, ties_.relation, ties_.object AS target, ties_.target_family,
           count(DISTINCT ties_.copy_of) AS articles, min(ties_.date) AS first,
           max(ties_.date) AS last, count(*) AS evidence_total
    FROM ties_
    JOIN party ON party.family IS NOT NULL AND ties_.target_family IS NOT NULL
              AND ties_.target_family <> party.family
    GROUP BY ties_.subject, ties_.relation, ties_.object, ties_.target_family
    ORDER BY name, ties_.relation, target
    LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0))
)
SELECT page.*,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet, 'reviewed', json(iif(e.reviewed, 'true', 'false'))))
        FROM (SELECT evidence, article, date, url, outlet, reviewed
              FROM claims INDEXED BY claims_by_subject
              WHERE subject = page.name AND relation = page.relation AND object = page.target
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page
ORDER BY name, relation, target
