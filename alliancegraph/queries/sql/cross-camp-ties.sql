-- name: cross-camp-ties
-- json: evidence
-- The embedded twin of cypher/cross-camp-ties.cypher (same rows, same order).
-- Without a date window the page walks the tie summaries (graph/ties.py) in the order of the
-- rows: the camps in order (subject's, then object's), each camp's actors by name, each
-- actor's ties by relation and object, so the first page stops after its rows. In a window
-- the claims dated in it are grouped. Each tie of the page then reads its sentences through
-- claims_by_subject (subject, relation, object, date).
WITH page AS MATERIALIZED (
  -- only one of the two lists is read (their conditions on the window exclude each other), so
  -- each is cut on its own: a merge of the two would read the first to its end
  SELECT * FROM (
  SELECT s.name AS subject, sc.camp AS subject_camp, t.relation AS relation,
         t.object AS object, oc.camp AS object_camp, t.articles AS articles, t.first AS first,
         t.last AS last, t.claims AS evidence_total
  FROM camps AS sc
  CROSS JOIN camps AS oc
  CROSS JOIN actors AS s INDEXED BY actors_by_camp ON s.camp = sc.camp
  CROSS JOIN ties AS t ON t.subject = s.name
  CROSS JOIN actors AS o ON o.name = t.object
  WHERE :since IS NULL AND :until IS NULL AND sc.camp <> oc.camp AND o.camp = oc.camp
  ORDER BY sc.camp, oc.camp, s.name, t.relation, t.object
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0))
  UNION ALL
  SELECT * FROM (
  SELECT c.subject, s.camp, c.relation, c.object, o.camp,
         count(DISTINCT c.copy_of), min(c.date), max(c.date), count(*)
  FROM actors AS s
  CROSS JOIN claims AS c ON c.subject = s.name
  JOIN actors AS o ON o.name = c.object
  WHERE NOT (:since IS NULL AND :until IS NULL)
    AND s.camp IS NOT NULL AND o.camp IS NOT NULL AND s.camp <> o.camp
    AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
  GROUP BY c.subject, c.relation, c.object
  ORDER BY s.camp, o.camp, c.subject, c.relation, c.object
  LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0))
)
SELECT p.subject, p.subject_camp, p.relation, p.object, p.object_camp, p.articles, p.first,
       p.last, p.evidence_total,
       (SELECT json_group_array(json_object('sentence', e.evidence, 'article', e.article,
                                            'date', e.date, 'url', e.url, 'outlet', e.outlet, 'reviewed', json(iif(e.reviewed, 'true', 'false'))))
        FROM (SELECT evidence, article, date, url, outlet, reviewed
              FROM claims INDEXED BY claims_by_subject
              WHERE subject = p.subject AND relation = p.relation AND object = p.object
                AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
              ORDER BY date, article LIMIT coalesce(:evidence, -1)) AS e) AS evidence
FROM page AS p
ORDER BY p.subject_camp, p.object_camp, p.subject, p.relation, p.object
