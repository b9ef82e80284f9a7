import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import type { StatsResponse } from '../../shared/api-types.js';
import { parseNothing } from '../params.js';

/** GET /api/stats: totals per entity and relation type, the date range, where Browser is. */
export function statsRouter(store: GraphReader, neo4jBrowserUrl: string): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    parseNothing(req);
    const body: StatsResponse = { ...(await store.stats()), neo4jBrowserUrl };
    res.json(body);
  });
  return router;
}
