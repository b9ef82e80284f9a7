import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { HttpError } from '../http-error.js';
import { parseGraphRequest, parsePathRequest } from '../params.js';
import { graphView, pathView } from '../presentation.js';

/** GET /api/graph: one page of a filtered view. GET /api/graph/path: a shortest path. */
export function graphRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { filters, page } = parseGraphRequest(req);
    res.json(graphView(await store.graph(filters, page), filters));
  });
  router.get('/path', async (req, res) => {
    const { source, target, filters } = parsePathRequest(req);
    const result = await store.path(source, target, filters);
    if (!result) throw new HttpError(404, `api: no entity ${source} or ${target} in this view`);
    res.json(pathView(result, filters));
  });
  return router;
}
