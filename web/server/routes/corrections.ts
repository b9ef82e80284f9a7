import { Router } from 'express';
import type { CorrectionsService } from '../corrections.js';
import { HttpError } from '../http-error.js';
import { parseCorrectionId } from '../params.js';

/**
 * GET /api/corrections lists the corrections file; POST adds a row (JSON, without id and when)
 * and DELETE /:id undoes one; both run ingest before answering. Without a corpus to ingest, the
 * server lists nothing and takes no changes.
 */
export function correctionsRouter(service: CorrectionsService | undefined): Router {
  const router = Router();
  const enabled = () => {
    if (!service) throw new HttpError(404, 'api: this server edits no corrections (no corpus)');
    return service;
  };
  router.get('/', async (_req, res) => {
    res.json(service ? { enabled: true, ...(await service.list()) } : { enabled: false });
  });
  router.post('/', async (req, res) => {
    res.json({ enabled: true, ...(await enabled().add(req.body)) });
  });
  router.delete('/:id', async (req, res) => {
    res.json({ enabled: true, ...(await enabled().undo(parseCorrectionId(req))) });
  });
  return router;
}
