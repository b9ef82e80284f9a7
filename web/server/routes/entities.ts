import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { HttpError } from '../http-error.js';
import { parseEntityId, parseEntityRequest, parseNeighbourRequest } from '../params.js';
import { graphView } from '../presentation.js';

/** GET /api/entities/:id with every relation and its evidence; /:id/neighbours to expand. */
export function entitiesRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/:id', async (req, res) => {
    const { id, relationLimit } = parseEntityRequest(req);
    const entity = await store.entity(id, relationLimit);
    if (!entity) throw new HttpError(404, `api: no entity with id ${id}`);
    res.json(entity);
  });
  router.get('/:id/neighbours', async (req, res) => {
    const id = parseEntityId(req);
    const { filters, limit } = parseNeighbourRequest(req);
    const page = await store.neighbours(id, filters, limit);
    if (!page) throw new HttpError(404, `api: no entity with id ${id}`);
    res.json(graphView(page, filters));
  });
  return router;
}
