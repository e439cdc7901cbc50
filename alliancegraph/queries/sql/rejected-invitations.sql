-- name: rejected-invitations
-- json: rejected_by, evidence
-- The embedded twin of cypher/rejected-invitations.cypher (same rows, same order).
-- Every step starts from the invitations found: each inviter's refusals are read once, and a
-- hub's thousands of claims are never joined against each other.
WITH invitations AS MATERIALIZED (
  SELECT subject AS inviter, object AS invited, min(date) AS first_invited
  FROM claims INDEXED BY claims_by_relation
  -- A range rather than "(:inviter IS NULL OR subject = :inviter)", which no index serves:
  -- with an inviter it is one (relation, subject) index lookup; without, every invitation.
  WHERE relation = 'INVITED_TO_RALLY'
    AND subject >= coalesce(:inviter, '') AND subject <= coalesce(:inviter, char(1114111))
    AND (:since IS NULL OR date >= :since) AND (:until IS NULL OR date <= :until)
  GROUP BY subject, object
),
speakers AS MATERIALIZED (
  SELECT DISTINCT i.inviter, i.invited, sp.subject AS speaker
  FROM invitations AS i
  JOIN claims AS sp INDEXED BY claims_by_object
    ON sp.object = i.invited AND sp.relation = 'SPOKESPERSON_OF'
  WHERE (:since IS NULL OR sp.date >= :since) AND (:until IS NULL OR sp.date <= :until)
),
-- Who refused each inviter (one pass over the refusals it received), then the invitee's own
-- refusal and each of its spokespersons' among them.
refusals AS MATERIALIZED (
  SELECT r.subject, r.object, min(r.date) AS rejected
  FROM (SELECT DISTINCT inviter FROM invitations) AS v
  CROSS JOIN claims AS r INDEXED BY claims_by_object
    ON r.object = v.inviter AND r.relation = 'REJECTS'
  WHERE (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until)
  GROUP BY r.subject, r.object
),
rejections AS MATERIALIZED (
  SELECT candidate.inviter, candidate.invited, candidate.rejecter, f.rejected
  FROM (
    SELECT inviter, invited, invited AS rejecter FROM invitations
    UNION
    SELECT inviter, invited, speaker FROM speakers
  ) AS candidate
  JOIN refusals AS f ON f.subject = candidate.rejecter AND f.object = candidate.inviter
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
                                            'article', e.article, 'date', e.date,
                                            'url', e.url, 'outlet', e.outlet))
        FROM (SELECT subject, relation, object, evidence, article, date, url, outlet
              -- :evidence caps each relation's sentences, the earliest first
              FROM (SELECT u.*, row_number() OVER (PARTITION BY relation
                                                   ORDER BY date, subject, object, article) AS k
                    FROM (SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet
                          FROM claims AS c INDEXED BY sqlite_autoindex_claims_1
                          WHERE c.subject = i.inviter AND c.relation = 'INVITED_TO_RALLY'
                            AND c.object = i.invited
                            AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
                          UNION ALL
                          SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet
                          FROM rejections AS x
                          JOIN claims AS c INDEXED BY sqlite_autoindex_claims_1
                            ON c.subject = x.rejecter AND c.relation = 'REJECTS' AND c.object = x.inviter
                          WHERE x.inviter = i.inviter AND x.invited = i.invited
                            AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)
                          UNION ALL
                          SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url, c.outlet
                          FROM rejections AS x
                          JOIN claims AS c INDEXED BY sqlite_autoindex_claims_1
                            ON c.subject = x.rejecter AND c.relation = 'SPOKESPERSON_OF'
                           AND c.object = x.invited
                          WHERE x.inviter = i.inviter AND x.invited = i.invited
                            AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)) AS u)
              WHERE :evidence IS NULL OR k <= :evidence
              ORDER BY date, subject, relation, object, article) AS e) AS evidence
FROM invitations AS i
WHERE EXISTS (SELECT 1 FROM rejections AS x
              WHERE x.inviter = i.inviter AND x.invited = i.invited)
ORDER BY i.inviter, i.invited
LIMIT coalesce(:limit, -1) OFFSET coalesce(:offset, 0)
