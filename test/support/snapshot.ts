import type { Driver } from 'neo4j-driver';
import { query } from './neo4j.js';

/**
 * Every node and relationship in a form two databases can be compared by: the run's timestamp,
 * and the id the last run left on :IngestRuns, are left out, since only they may differ between
 * a rerun and a clean ingest.
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
     ORDER BY source, type, target, props.id`,
  );
  return { nodes, relationships };
}
