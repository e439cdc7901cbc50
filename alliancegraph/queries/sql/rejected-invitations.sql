-- name: rejected-invitations
-- json: rejected_by, evidence
-- The embedded twin of cypher/rejected-invitations.cypher (same rows, same order).
-- Every step starts from the invitations found and is a lookup in the tie summaries' or the
-- claims' indexes; the page is cut before the rejecters and the evidence are read, so a hub's
-- first page reads only its hundred rows' claims.
WITH invitations AS MATERIALIZED (
  -- a date window only: the invitations dated in it
  SELECT subject AS inviter, object AS invited, min(date) AS first_invited
  FROM claims INDEXED BY claims_by_relation
  -- A range rather than "(:inviter IS NULL OR subject = :inviter)", which no index serves:
  -- with an inviter it is one (relation, subject) index lookup; without, every invitation.
  WHERE NOT (:since IS NULL AND :until IS NULL) AND relation = 'INVITED_TO_RALLY'
    AND subject >= coalesce(:inviter, '') AND subject <= coalesce(:inviter, char(1114111))
    AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
  GROUP BY subject, object
),
page AS MATERIALIZED (
  -- Without a window: the invitation ties (graph/ties.py) walked in the order of the rows,
  -- each tested with key lookups in the ties, so the page stops after its rows. Only one of
  -- the two lists is read (their conditions on the window exclude each other).
  SELECT * FROM (
    SELECT i.subject AS inviter, i.object AS invited, i.first AS first_invited
    FROM ties AS i INDEXED BY ties_by_relation
    WHERE :since IS NULL AND :until IS NULL AND i.relation = 'INVITED_TO_RALLY'
      AND i.subject >= coalesce(:inviter, '') AND i.subject <= coalesce(:inviter, char(1114111))
      AND (EXISTS (SELECT 1 FROM ties AS r
                   WHERE r.subject = i.object AND r.relation = 'REJECTS'
                     AND r.object = i.subject)
           OR EXISTS (SELECT 1
                      FROM ties AS sp INDEXED BY ties_by_object
                      CROSS JOIN ties AS r
                        ON r.subject = sp.subject AND r.relation = 'REJECTS'
                       AND r.object = i.subject
                      WHERE sp.object = i.object AND sp.relation = 'SPOKESPERSON_OF'))
    ORDER BY i.subject, i.object
    LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0))
  UNION ALL
  SELECT * FROM (
    SELECT i.inviter, i.invited, i.first_invited
    FROM invitations AS i
    WHERE EXISTS (SELECT 1 FROM claims AS r
                  WHERE r.subject = i.invited AND r.relation = 'REJECTS' AND r.object = i.inviter
                    AND (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until))
       OR EXISTS (SELECT 1
                  FROM claims AS sp INDEXED BY claims_by_object
                  CROSS JOIN claims AS r
                    ON r.subject = sp.subject AND r.relation = 'REJECTS' AND r.object = i.inviter
                  WHERE sp.object = i.invited AND sp.relation = 'SPOKESPERSON_OF'
                    AND (:since IS NULL OR sp.date >= :since) AND (:until IS NULL OR sp.date <= :until) AND (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until))
    ORDER BY i.inviter, i.invited
    LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0))
),
-- In a window, each invitee's spokespersons with a claim dated in it, once each (a hub has
-- thousands of such claims).
speakers AS MATERIALIZED (
  SELECT DISTINCT v.invited, sp.subject AS speaker
  FROM (SELECT DISTINCT invited FROM page) AS v
  CROSS JOIN claims AS sp INDEXED BY claims_by_object
    ON sp.object = v.invited AND sp.relation = 'SPOKESPERSON_OF'
  WHERE NOT (:since IS NULL AND :until IS NULL)
    AND (:since IS NULL OR sp.date >= :since) AND (:until IS NULL OR sp.date <= :until)
),
-- Who refused each row's inviter: the invitee, and each spokesperson of the invitee, with
-- the date of their first refusal (their tie's first date, or in a window their first claim
-- dated in it).
rejections AS MATERIALIZED (
  SELECT p.inviter, p.invited, p.invited AS rejecter, r.first AS rejected
  FROM page AS p
  CROSS JOIN ties AS r
    ON r.subject = p.invited AND r.relation = 'REJECTS' AND r.object = p.inviter
  WHERE :since IS NULL AND :until IS NULL
  UNION
  SELECT p.inviter, p.invited, sp.subject, r.first
  FROM page AS p
  CROSS JOIN ties AS sp INDEXED BY ties_by_object
    ON sp.object = p.invited AND sp.relation = 'SPOKESPERSON_OF'
  CROSS JOIN ties AS r
    ON r.subject = sp.subject AND r.relation = 'REJECTS' AND r.object = p.inviter
  WHERE :since IS NULL AND :until IS NULL
  UNION
  SELECT p.inviter, p.invited, p.invited, min(r.date)
  FROM page AS p
  CROSS JOIN claims AS r
    ON r.subject = p.invited AND r.relation = 'REJECTS' AND r.object = p.inviter
  WHERE NOT (:since IS NULL AND :until IS NULL)
    AND (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until)
  GROUP BY p.inviter, p.invited
  UNION
  SELECT p.inviter, p.invited, s.speaker, min(r.date)
  FROM page AS p
  JOIN speakers AS s ON s.invited = p.invited
  CROSS JOIN claims AS r
    ON r.subject = s.speaker AND r.relation = 'REJECTS' AND r.object = p.inviter
  WHERE NOT (:since IS NULL AND :until IS NULL)
    AND (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until)
  GROUP BY p.inviter, p.invited, s.speaker
),
-- Each row's rejecters as one list (a window aggregate, whose ORDER BY orders the list): the
-- evidence below reads it back with json_each instead of searching rejections per row.
refused AS MATERIALIZED (
  SELECT DISTINCT x.inviter, x.invited,
         json_group_array(x.rejecter) OVER w AS rejected_by,
         min(x.rejected) OVER w AS first_rejected
  FROM rejections AS x
  WINDOW w AS (PARTITION BY x.inviter, x.invited ORDER BY x.rejecter
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT i.inviter, i.invited, rf.rejected_by, i.first_invited, rf.first_rejected,
       (SELECT json_group_array(json_object('subject', e.subject, 'relation', e.relation,
                                            'object', e.object, 'sentence', e.evidence,
                                            'article', e.article, 'date', e.date,
                                            'url', e.url, 'outlet', e.outlet))
        FROM (SELECT subject, relation, object, evidence, article, date, url, outlet
              -- :evidence caps each relation's sentences, the earliest first
              FROM (SELECT u.*, row_number() OVER (PARTITION BY relation
                                                   ORDER BY date, subject, object, article) AS k
                    FROM (SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet
                          FROM claims AS c
                          WHERE c.subject = i.inviter AND c.relation = 'INVITED_TO_RALLY'
                            AND c.object = i.invited
                            AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
                          UNION ALL
                          SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet
                          FROM json_each(rf.rejected_by) AS x
                          CROSS JOIN claims AS c
                            ON c.subject = x.value AND c.relation = 'REJECTS' AND c.object = i.inviter
                          WHERE (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
                          UNION ALL
                          SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet
                          FROM json_each(rf.rejected_by) AS x
                          CROSS JOIN claims AS c
                            ON c.subject = x.value AND c.relation = 'SPOKESPERSON_OF'
                           AND c.object = i.invited
                          WHERE (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)) AS u)
              WHERE :evidence IS NULL OR k <= :evidence
              ORDER BY date, subject, relation, object, article) AS e) AS evidence
FROM page AS i
JOIN refused AS rf ON rf.inviter = i.inviter AND rf.invited = i.invited
ORDER BY i.inviter, i.invited
