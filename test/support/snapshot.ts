import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../../src/model/types.js';
import { query } from './neo4j.js';

/**
 * Every node and relationship in a form two databases can be compared by: the run's timestamp,
 * and the id the last run left on :IngestRuns, are left out, since only they may differ between
 * a rerun and a clean ingest. Each snapshot also holds the writer's folded relations (RELATED) to
 * the relations they fold, counted afresh here: a writer that let them drift in the same way in
 * a rerun and a clean ingest would still fail.
 */
export async function graphSnapshot(driver: Driver) {
  const nodes = await query(
    driver,
    `MATCH (n) RETURN labels(n) AS labels, n {.*, ingestedAt: null, run: null, stat: null} AS props
     ORDER BY props.id, labels`,
  );
  const relationships = await query(
    driver,
    `MATCH (s)-[r]->(t)
     RETURN s.id AS source, type(r) AS type, properties(r) AS props, t.id AS target
     ORDER BY source, type, target, props.id, props.type`,
  );
  const folded = await query(
    driver,
    `MATCH (s)-[f:RELATED]->(t)
     RETURN s.id AS source, f.type AS type, t.id AS target, f.count AS count,
            f.articles AS articles, f.confidence AS confidence
     ORDER BY source, type, target`,
  );
  const refolded = await query(
    driver,
    `MATCH (s)-[r:${RELATION_TYPES.join('|')}]->(t)
     WITH s, t, type(r) AS type, r ORDER BY r.article
     WITH s, t, type, count(r) AS count, collect(DISTINCT r.article) AS articles,
          max(r.confidence) AS confidence
     RETURN s.id AS source, type, t.id AS target, count, articles, confidence
     ORDER BY source, type, target`,
  );
  expect(folded, 'RELATED folds the typed relations').to.deep.equal(refolded);
  return { nodes, relationships };
}
