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
-- Someone refuses an invitation for the invitee when they are the invitee's spokesperson and
-- refuse the inviter: the shorter of the two lists is walked (the invitee's spokespersons, or
-- the inviter's rejecters), each entry tested with one key lookup. A hub invited by a typical
-- inviter has thousands of spokespersons; a hub inviting has thousands of rejecters.
inviter_rejecters(n) AS MATERIALIZED (
  SELECT count(*) FROM ties AS a INDEXED BY ties_by_object
  WHERE :inviter IS NOT NULL AND a.object = :inviter AND a.relation = 'REJECTS'
),
page AS MATERIALIZED (
  -- Without a window: the invitation ties (graph/ties.py) walked in the order of the rows,
  -- each tested with key lookups in the ties, so the page stops after its rows. Only one of
  -- the two lists is read (their conditions on the window exclude each other).
  SELECT * FROM (
    SELECT iv.subject AS inviter, iv.object AS invited, iv.first AS first_invited
    FROM ties AS iv INDEXED BY ties_by_relation
    WHERE :since IS NULL AND :until IS NULL AND iv.relation = 'INVITED_TO_RALLY'
      AND iv.subject >= coalesce(:inviter, '') AND iv.subject <= coalesce(:inviter, char(1114111))
      AND (EXISTS (SELECT 1 FROM ties AS r
                   WHERE r.subject = iv.object AND r.relation = 'REJECTS'
                     AND r.object = iv.subject)
           OR CASE WHEN (:inviter IS NOT NULL AND (SELECT count(*) FROM (
           SELECT 1 FROM ties AS a INDEXED BY ties_by_object
           WHERE a.object = iv.object AND a.relation = 'SPOKESPERSON_OF'
           LIMIT (SELECT n FROM inviter_rejecters) + 1))
         > (SELECT n FROM inviter_rejecters))
                   THEN EXISTS (SELECT 1 FROM ties AS rj INDEXED BY ties_by_object
                                WHERE rj.object = iv.subject AND rj.relation = 'REJECTS'
                                  AND EXISTS (SELECT 1 FROM ties AS sp
                                              WHERE sp.subject = rj.subject
                                                AND sp.relation = 'SPOKESPERSON_OF'
                                                AND sp.object = iv.object))
                   ELSE EXISTS (SELECT 1
                                FROM ties AS sp INDEXED BY ties_by_object
                                CROSS JOIN ties AS r
                                  ON r.subject = sp.subject AND r.relation = 'REJECTS'
                                 AND r.object = iv.subject
                                WHERE sp.object = iv.object
                                  AND sp.relation = 'SPOKESPERSON_OF') END)
    ORDER BY iv.subject, iv.object
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
-- Who refused each row's inviter: the invitee, and each spokesperson of the invitee (walked
-- through the ties by the invitee, one key seek each), with what their ties say: the first
-- refusal and the number of refusals, the first spokesperson claim and their number. Without
-- a window these are the tie summaries; in a window, the claims dated in it.
rejecters AS MATERIALIZED (
  -- Lookups per row of the page (scalar subqueries, the spokespersons' walk as one list per
  -- row) rather than joins of the page with ``ties``: for a join SQLite builds a Bloom filter
  -- over the whole table first (a pass over every tie) to save the misses of a hundred seeks.
  SELECT * FROM (
    SELECT p.inviter, p.invited, p.first_invited, p.invited AS rejecter,
           (SELECT r.first FROM ties AS r WHERE r.subject = p.invited AND r.relation = 'REJECTS' AND r.object = p.inviter) AS rejected,
           (SELECT r.claims FROM ties AS r WHERE r.subject = p.invited AND r.relation = 'REJECTS' AND r.object = p.inviter) AS refusals,
           (SELECT s.first FROM ties AS s WHERE s.subject = p.invited AND s.relation = 'SPOKESPERSON_OF' AND s.object = p.invited) AS spoke,
           coalesce((SELECT s.claims FROM ties AS s WHERE s.subject = p.invited AND s.relation = 'SPOKESPERSON_OF' AND s.object = p.invited), 0)
             AS speeches
    FROM page AS p
    WHERE :since IS NULL AND :until IS NULL
    UNION
    SELECT p.inviter, p.invited, p.first_invited, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
           json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'),
           json_extract(j.value, '$[4]')
    FROM page AS p
    CROSS JOIN json_each(CASE WHEN (:inviter IS NOT NULL AND (SELECT count(*) FROM (
           SELECT 1 FROM ties AS a INDEXED BY ties_by_object
           WHERE a.object = p.invited AND a.relation = 'SPOKESPERSON_OF'
           LIMIT (SELECT n FROM inviter_rejecters) + 1))
         > (SELECT n FROM inviter_rejecters))
      THEN (SELECT json_group_array(json_array(rj.subject, rj.first, rj.claims, sp.first,
                                               sp.claims))
            FROM ties AS rj INDEXED BY ties_by_object
            CROSS JOIN ties AS sp
              ON sp.subject = rj.subject AND sp.relation = 'SPOKESPERSON_OF'
             AND sp.object = p.invited
            WHERE rj.object = p.inviter AND rj.relation = 'REJECTS')
      ELSE (SELECT json_group_array(json_array(sp.subject, r.first, r.claims, sp.first,
                                               sp.claims))
            FROM ties AS sp INDEXED BY ties_by_object
            CROSS JOIN ties AS r
              ON r.subject = sp.subject AND r.relation = 'REJECTS' AND r.object = p.inviter
            WHERE sp.object = p.invited AND sp.relation = 'SPOKESPERSON_OF') END) AS j
    WHERE :since IS NULL AND :until IS NULL)
  WHERE rejected IS NOT NULL
  UNION
  SELECT * FROM (
    SELECT w.inviter, w.invited, w.first_invited, w.rejecter,
           (SELECT min(r.date) FROM claims AS r INDEXED BY claims_by_subject
            WHERE r.subject = w.rejecter AND r.relation = 'REJECTS' AND r.object = w.inviter
              AND (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until)) AS rejected,
           (SELECT count(*) FROM claims AS r INDEXED BY claims_by_subject
            WHERE r.subject = w.rejecter AND r.relation = 'REJECTS' AND r.object = w.inviter
              AND (:since IS NULL OR r.date >= :since) AND (:until IS NULL OR r.date <= :until)),
           (SELECT min(s.date) FROM claims AS s INDEXED BY claims_by_subject
            WHERE s.subject = w.rejecter AND s.relation = 'SPOKESPERSON_OF' AND s.object = w.invited
              AND (:since IS NULL OR s.date >= :since) AND (:until IS NULL OR s.date <= :until)),
           (SELECT count(*) FROM claims AS s INDEXED BY claims_by_subject
            WHERE s.subject = w.rejecter AND s.relation = 'SPOKESPERSON_OF' AND s.object = w.invited
              AND (:since IS NULL OR s.date >= :since) AND (:until IS NULL OR s.date <= :until))
    FROM (SELECT p.inviter, p.invited, p.first_invited, p.invited AS rejecter
          FROM page AS p
          UNION
          SELECT p.inviter, p.invited, p.first_invited, j.value
          FROM page AS p
          CROSS JOIN json_each((
            SELECT json_group_array(DISTINCT sp.subject)
            FROM claims AS sp INDEXED BY claims_by_object
            WHERE sp.object = p.invited AND sp.relation = 'SPOKESPERSON_OF'
              AND (:since IS NULL OR sp.date >= :since) AND (:until IS NULL OR sp.date <= :until))) AS j) AS w
    WHERE NOT (:since IS NULL AND :until IS NULL))
  WHERE rejected IS NOT NULL
),
-- Each row of the page with its rejecters, and the invitation's first date carried through, so
-- the answer is read from here alone: joining the page back to it scanned one for each row of
-- the other (SQLite has no index on either; 71k VM steps for a hub's page, 16% of it).
refused AS MATERIALIZED (
  SELECT b.inviter, b.invited, min(b.first_invited) AS first_invited,
         json_group_array(b.rejecter) AS rejected_by,
         min(b.rejected) AS first_rejected,
         -- how many claims stand behind the row (the evidence lists at most :evidence of each
         -- relation): the refusals and spokesperson claims here, the invitations below
         sum(b.refusals) + sum(b.speeches) AS said,
         -- each rejecter with the first date of its refusals, and of its spokesperson claims
         json_group_array(json_array(b.rejected, b.rejecter)) AS refusals,
         json_group_array(json_array(b.spoke, b.rejecter)) FILTER (WHERE b.speeches > 0)
           AS speeches
  -- in name order, so each list is too
  FROM (SELECT * FROM rejecters ORDER BY inviter, invited, rejecter) AS b
  GROUP BY b.inviter, b.invited
),
-- The evidence lists each relation's :evidence earliest claims of the row, ordered by date
-- then subject: those come from the :evidence ties of the row that rank first by (first date,
-- subject) (any other tie's claims all come after theirs), so without a window only those
-- ties are read (in a window every rejecter's: the first dates above are the window's).
read_(n) AS (
  SELECT CASE WHEN :evidence IS NULL OR NOT (:since IS NULL AND :until IS NULL) THEN -1
              ELSE :evidence END
)
SELECT i.inviter, i.invited, i.rejected_by, i.first_invited, i.first_rejected,
       i.said + (SELECT count(*) FROM claims AS c INDEXED BY claims_by_subject
                  WHERE c.subject = i.inviter AND c.relation = 'INVITED_TO_RALLY'
                    AND c.object = i.invited AND (:since IS NULL OR c.date >= :since) AND (:until IS NULL OR c.date <= :until)) AS evidence_total,
       (SELECT json_group_array(json_object('subject', e.subject, 'relation', e.relation,
                                            'object', e.object, 'sentence', e.evidence,
                                            'article', e.article, 'date', e.date,
                                            'url', e.url, 'outlet', e.outlet,
                                            'reviewed', json(iif(e.reviewed, 'true', 'false'))))
        FROM (SELECT subject, relation, object, evidence, article, date, url, outlet, reviewed
              -- :evidence caps each relation's sentences, the earliest first
              FROM (SELECT u.*, row_number() OVER (PARTITION BY relation
                                                   ORDER BY date, subject, object, article) AS k
                    -- each tie's earliest :evidence claims, read by their keys: the earliest
                    -- of a relation across the row's ties are among them; without a window
                    -- only the ties that can hold them (see refused) are read
                    FROM (SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url,
                                 c.outlet, c.reviewed
                          FROM claims AS c
                          WHERE c.rowid IN (
                            SELECT v.rowid FROM claims AS v INDEXED BY claims_by_subject
                            WHERE v.subject = i.inviter AND v.relation = 'INVITED_TO_RALLY'
                              AND v.object = i.invited
                              AND (:since IS NULL OR v.date >= :since)
                              AND (:until IS NULL OR v.date <= :until)
                            ORDER BY v.date, v.article LIMIT coalesce(:evidence, -1))
                          UNION ALL
                          SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url,
                                 c.outlet, c.reviewed
                          FROM (SELECT json_extract(item.value, '$[1]') AS value
                                FROM json_each(i.refusals) AS item
                                ORDER BY json_extract(item.value, '$[0]'),
                                         json_extract(item.value, '$[1]')
                                LIMIT (SELECT n FROM read_)) AS x
                          CROSS JOIN claims AS c
                          WHERE c.rowid IN (
                            SELECT v.rowid FROM claims AS v INDEXED BY claims_by_subject
                            WHERE v.subject = x.value AND v.relation = 'REJECTS'
                              AND v.object = i.inviter
                              AND (:since IS NULL OR v.date >= :since)
                              AND (:until IS NULL OR v.date <= :until)
                            ORDER BY v.date, v.article LIMIT coalesce(:evidence, -1))
                          UNION ALL
                          SELECT c.subject, c.relation, c.object, c.evidence, c.article, c.date, c.url,
                                 c.outlet, c.reviewed
                          FROM (SELECT json_extract(item.value, '$[1]') AS value
                                FROM json_each(i.speeches) AS item
                                ORDER BY json_extract(item.value, '$[0]'),
                                         json_extract(item.value, '$[1]')
                                LIMIT (SELECT n FROM read_)) AS x
                          CROSS JOIN claims AS c
                          WHERE c.rowid IN (
                            SELECT v.rowid FROM claims AS v INDEXED BY claims_by_subject
                            WHERE v.subject = x.value AND v.relation = 'SPOKESPERSON_OF'
                              AND v.object = i.invited
                              AND (:since IS NULL OR v.date >= :since)
                              AND (:until IS NULL OR v.date <= :until)
                            ORDER BY v.date, v.article LIMIT coalesce(:evidence, -1))) AS u)
              WHERE :evidence IS NULL OR k <= :evidence
              ORDER BY date, subject, relation, object, article) AS e) AS evidence
FROM refused AS i
ORDER BY i.inviter, i.invited
