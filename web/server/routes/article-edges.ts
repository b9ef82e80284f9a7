import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { parseArticleEdgesRequest } from '../params.js';

/**
 * GET /api/article-edges: for a page of the article list (`q`, `offset`, `limit`, as
 * /api/articles), the edge ids of a view (its filters) each article is evidence for. The filter
 * panel counts those drawn, so its article counts are exact even where the view's edges do not
 * list their articles. Not under /api/articles/, where any name is an article id.
 */
export function articleEdgesRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { list, filters } = parseArticleEdgesRequest(req);
    res.json(await store.articleEdges(list, filters));
  });
  return router;
}
