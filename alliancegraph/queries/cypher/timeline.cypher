// name: timeline
// description: Every claim by or about an actor, in date order, with its sentence and article.
// param actor: actor - the person or party
// columns: date, subject, relation, object, sentence, article, title, cue, confidence, group, url, outlet, reviewed
//
// Also takes $since and $until (ISO dates, null = unbounded). In Neo4j Browser:
//   :param actor => 'François Loncle'
//   :param since => null
//   :param until => null
// The claim types are listed (every relation of the ontology; tests/test_queries.py checks it):
// an untyped pattern would also expand the actor's MENTIONS, more numerous than its claims.
// Without a window, a page ($limit) is taken from the actor's tie summaries (graph/neo4j_ties.py)
// instead of sorting all its claims (55,788 for a hub of the 1M graph): each tie has a claim
// on its first date, so if the ties are sorted by first date, the page's claims are dated at
// the latest on the first date of the tie at the page's end (the cutoff) and belong to ties
// that begin by then. Of each such tie the page can hold only the first n claims (n = offset +
// limit; any later one follows n claims of its own tie), and those up to the cutoff are among
// its heads (its first 100, sought by article, one branch per claim type for its index)
// unless it has more, fewer heads than n, and none of them after the cutoff: then its claims
// are read. In a window, for the whole timeline, or when the cutoff is undated, every claim is
// sorted, as before.
MATCH (x:Actor {name: $actor})
CALL (x) {
  WITH x WHERE $since IS NULL AND $until IS NULL AND $limit IS NOT NULL
  CALL (x) {
    MATCH (x)-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]->()
    RETURN t
    UNION
    MATCH (x)<-[t:TIE_SUPPORTS|TIE_REJECTS|TIE_INVITED_TO_RALLY|TIE_TEMPTED_BY|TIE_MEMBER_OF|TIE_SPOKESPERSON_OF]-()
    RETURN t
  }
  WITH t, t.first AS first
  ORDER BY first
  WITH collect([t, first]) AS ties
  WITH ties, coalesce($offset, 0) + coalesce($limit, 0) AS n
  WITH ties, CASE WHEN 0 < n <= size(ties) THEN ties[n - 1][1] END AS cutoff
  // Only the ties that begin by the cutoff leave, one a row (no cutoff: one row without a
  // tie), as an aggregation's rows, which hold nothing but its keys. The list of every tie
  // must not ride along: a row keeps every value bound before it, and Neo4j charges each
  // row's values to the transaction's memory wherever rows are held (the page's sort, the
  // union's distinct): 3.4 MB a row for a hub's 19,527 ties, so that the first page held
  // 0.96 GB and a page past its first 150 claims ran out of the 4 GB budget's 1.1 GiB.
  UNWIND CASE WHEN cutoff IS NULL THEN [null]
              ELSE [tie IN ties WHERE tie[1] <= cutoff | tie[0]] END AS t
  WITH cutoff, t, count(*) AS rows
  RETURN cutoff, t
}
CALL (x, t, cutoff) {
  WITH cutoff, t, coalesce($offset, 0) + $limit AS n
  WHERE t IS NOT NULL
  WITH cutoff, n, t, startNode(t) AS a, endNode(t) AS b
  WITH cutoff, n, t, a, b,
       COLLECT {
         UNWIND CASE type(t) WHEN 'TIE_SUPPORTS' THEN t.heads[..n] END AS h
         MATCH ()-[r:SUPPORTS {article: h}]->()
         WHERE startNode(r) = a AND endNode(r) = b
         RETURN r
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_REJECTS' THEN t.heads[..n] END AS h
         MATCH ()-[r:REJECTS {article: h}]->()
         WHERE startNode(r) = a AND endNode(r) = b
         RETURN r
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_INVITED_TO_RALLY' THEN t.heads[..n] END AS h
         MATCH ()-[r:INVITED_TO_RALLY {article: h}]->()
         WHERE startNode(r) = a AND endNode(r) = b
         RETURN r
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_TEMPTED_BY' THEN t.heads[..n] END AS h
         MATCH ()-[r:TEMPTED_BY {article: h}]->()
         WHERE startNode(r) = a AND endNode(r) = b
         RETURN r
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_MEMBER_OF' THEN t.heads[..n] END AS h
         MATCH ()-[r:MEMBER_OF {article: h}]->()
         WHERE startNode(r) = a AND endNode(r) = b
         RETURN r
         UNION ALL
         UNWIND CASE type(t) WHEN 'TIE_SPOKESPERSON_OF' THEN t.heads[..n] END AS h
         MATCH ()-[r:SPOKESPERSON_OF {article: h}]->()
         WHERE startNode(r) = a AND endNode(r) = b
         RETURN r
       } AS heads
  WITH cutoff, t, a, b, heads,
       coalesce(t.claims > size(heads) AND size(heads) < n
                AND all(r IN heads WHERE r.date <= cutoff), false) AS more
  UNWIND [r IN heads WHERE NOT more AND r.date <= cutoff] + COLLECT {
    MATCH (a)-[r:SUPPORTS]->(b)
    WHERE more AND type(t) = 'TIE_SUPPORTS' AND r.date <= cutoff
    RETURN r
    UNION ALL
    MATCH (a)-[r:REJECTS]->(b)
    WHERE more AND type(t) = 'TIE_REJECTS' AND r.date <= cutoff
    RETURN r
    UNION ALL
    MATCH (a)-[r:INVITED_TO_RALLY]->(b)
    WHERE more AND type(t) = 'TIE_INVITED_TO_RALLY' AND r.date <= cutoff
    RETURN r
    UNION ALL
    MATCH (a)-[r:TEMPTED_BY]->(b)
    WHERE more AND type(t) = 'TIE_TEMPTED_BY' AND r.date <= cutoff
    RETURN r
    UNION ALL
    MATCH (a)-[r:MEMBER_OF]->(b)
    WHERE more AND type(t) = 'TIE_MEMBER_OF' AND r.date <= cutoff
    RETURN r
    UNION ALL
    MATCH (a)-[r:SPOKESPERSON_OF]->(b)
    WHERE more AND type(t) = 'TIE_SPOKESPERSON_OF' AND r.date <= cutoff
    RETURN r
  } AS r
  RETURN r
  UNION
  WITH x, cutoff WHERE cutoff IS NULL
  CALL (x) {
    MATCH (x)-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]->(:Actor)
    RETURN r
    UNION
    MATCH (x)<-[r:SUPPORTS|REJECTS|INVITED_TO_RALLY|TEMPTED_BY|MEMBER_OF|SPOKESPERSON_OF]-(:Actor)
    RETURN r
  }
  RETURN r
}
WITH r
WHERE ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
// The page is cut on the sort keys alone; only its rows look up their article and sentence.
WITH r, r.date AS date, r.article AS article, startNode(r).name AS subject, type(r) AS relation,
     endNode(r).name AS object
ORDER BY date, article, subject, relation, object
SKIP coalesce($offset, 0) LIMIT coalesce($limit, 9223372036854775807)
OPTIONAL MATCH (art:Article {id: article})
RETURN date, subject, relation, object, r.evidence AS sentence, article,
       art.title AS title, r.cue AS cue, r.confidence AS confidence, r.group AS `group`,
       r.url AS url, r.outlet AS outlet, coalesce(r.reviewed, false) AS reviewed
ORDER BY date, article, subject, relation, object
