-- name: rejected-invitations
-- json: rejected_by, evidence
-- The embedded twin of cypher/rejected-invitations.cypher (same rows, same order).
WITH invitations AS (
  SELECT subject AS inviter, object AS invited, min(date) AS first_invited
  FROM claims
  -- A range rather than "(:inviter IS NULL OR subject = :inviter)", which no index serves:
  -- with an inviter it is one (relation, subject) index lookup; without, every invitation.
  WHERE relation = 'INVITED_TO_RALLY'
    AND subject >= coalesce(:inviter, '') AND subject <= coalesce(:inviter, char(1114111))
    AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
  GROUP BY subject, object
),
rejections AS (
  SELECT i.inviter, i.invited, r.subject AS rejecter, min(r.date) AS rejected
  FROM invitations AS i
  JOIN claims AS r INDEXED BY claims_by_object ON r.object = i.inviter AND r.relation = 'REJECTS'
  WHERE (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until)
    AND (r.subject = i.invited
         OR EXISTS (SELECT 1 FROM claims AS sp
                    WHERE sp.subject = r.subject AND sp.relation = 'SPOKESPERSON_OF'
                      AND sp.object = i.invited
                      AND (:since IS NULL OR sp.date >= :since)
                      AND (:until IS NULL OR sp.date <= :until)))
  GROUP BY i.inviter, i.invited, r.subject
)
SELECT i.inviter, i.invited,
       (SELECT json_group_array(x.rejecter)
        FROM (SELECT rejecter FROM rejections
              WHERE inviter = i.inviter AND invited = i.invited
              ORDER BY rejecter) AS x) AS rejected_by,
       i.first_invited,
       (SELECT min(rejected) FROM rejections
        WHERE inviter = i.inviter AND invited = i.invited) AS first_rejected,
       (SELECT json_group_array(json_object('subject', e.subject, 'relation', e.relation,
                                            'object', e.object, 'sentence', e.evidence,
                                            'article', e.article, 'date', e.date))
        FROM (SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date
              FROM claims AS c
              WHERE (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
                AND ((c.relation = 'INVITED_TO_RALLY' AND c.subject = i.inviter
                      AND c.object = i.invited)
                  OR (c.relation = 'REJECTS' AND c.object = i.inviter
                      AND c.subject IN (SELECT rejecter FROM rejections
                                        WHERE inviter = i.inviter AND invited = i.invited))
                  OR (c.relation = 'SPOKESPERSON_OF' AND c.object = i.invited
                      AND c.subject IN (SELECT rejecter FROM rejections
                                        WHERE inviter = i.inviter AND invited = i.invited)))
              ORDER BY c.date, c.subject, c.relation, c.object, c.article) AS e) AS evidence
FROM invitations AS i
WHERE EXISTS (SELECT 1 FROM rejections AS x
              WHERE x.inviter = i.inviter AND x.invited = i.invited)
ORDER BY i.inviter, i.invited
