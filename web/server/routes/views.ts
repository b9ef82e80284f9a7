import express, { Router } from 'express';
import {
  readSavedViewState,
  SAVED_VIEW_LIMITS,
  SavedViewError,
} from '../../../src/model/saved-views.js';
import type { SavedViewStore } from '../../../src/store/views.js';
import { HttpError } from '../http-error.js';
import { parseNothing } from '../params.js';

const VIEW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A view's positions are its bulk: about 60 bytes each, with room for long ids. */
const BODY_LIMIT = `${Math.ceil((SAVED_VIEW_LIMITS.positions * 100) / 1024) + 16}kb`;

const viewId = (raw: unknown): string => {
  if (typeof raw === 'string' && VIEW_ID.test(raw)) return raw;
  throw new HttpError(400, 'api: id: not a saved view id');
};

/**
 * /api/views: the explorer's saved views, kept in Neo4j. GET lists them (no positions), GET /:id
 * sends one whole, POST saves one (JSON; a taken name is replaced), DELETE /:id removes one.
 * Writes take JSON only: a form on another site cannot send it without the browser asking first,
 * and this server never says yes to another origin.
 */
export function viewsRouter(views: SavedViewStore): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    parseNothing(req);
    res.json({ views: await views.list() });
  });
  router.get('/:id', async (req, res) => {
    const view = await views.get(viewId(req.params.id));
    if (!view) throw new HttpError(404, 'api: no saved view with that id');
    res.json(view);
  });
  router.post('/', express.json({ limit: BODY_LIMIT }), async (req, res) => {
    if (!req.is('application/json')) {
      throw new HttpError(415, 'api: send the view as JSON (Content-Type: application/json)');
    }
    let state;
    try {
      state = readSavedViewState(req.body);
    } catch (error) {
      if (error instanceof SavedViewError) throw new HttpError(400, `api: ${error.message}`);
      throw error;
    }
    const saved = await views.save(state);
    if (!saved) {
      throw new HttpError(
        409,
        `api: this database already holds ${SAVED_VIEW_LIMITS.views} saved views; delete some first`,
      );
    }
    res.status(201).json(saved);
  });
  router.delete('/:id', async (req, res) => {
    if (!(await views.remove(viewId(req.params.id)))) {
      throw new HttpError(404, 'api: no saved view with that id');
    }
    res.status(204).end();
  });
  return router;
}
