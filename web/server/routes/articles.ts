import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { parseArticlesRequest } from '../params.js';

/** GET /api/articles: newest first, with how many entities and relations each gave. */
export function articlesRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await store.articles(parseArticlesRequest(req)));
  });
  return router;
}
