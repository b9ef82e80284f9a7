import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { parseTimelineRequest } from '../params.js';

/** GET /api/timeline: evidence by published day under a view's filters, and the undated. */
export function timelineRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await store.timeline(parseTimelineRequest(req)));
  });
  return router;
}
