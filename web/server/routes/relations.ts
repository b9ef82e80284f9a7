import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { HttpError } from '../http-error.js';
import { parseEvidenceRequest } from '../params.js';

/** Pieces of evidence the page shows for the edges between two entities, at most. */
const EVIDENCE_LIMIT = 500;

/** GET /api/relations?source=&target=: every filtered relation between two entities, either way. */
export function relationsRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { source, target, filters } = parseEvidenceRequest(req);
    const found = await store.evidence(source, target, filters, EVIDENCE_LIMIT);
    if (!found) throw new HttpError(404, `api: no entity ${source} or ${target}`);
    res.json(found);
  });
  return router;
}
