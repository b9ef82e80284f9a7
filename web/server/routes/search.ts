import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { parseSearchRequest } from '../params.js';

/** GET /api/search?q=: names and aliases, by prefix and with typos forgiven. */
export function searchRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { q, limit, types } = parseSearchRequest(req);
    res.json({ hits: await store.search(q, limit, types) });
  });
  return router;
}
