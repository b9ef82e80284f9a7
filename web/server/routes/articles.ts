import { Router } from 'express';
import type { GraphReader } from '../../../src/store/read.js';
import { HttpError } from '../http-error.js';
import { parseArticleId, parseArticlesRequest } from '../params.js';

/** Sentences of one article's evidence the page shows, at most. */
const SENTENCE_LIMIT = 1000;

/**
 * GET /api/articles: newest first, with how many entities and relations each gave.
 * GET /api/articles/:id: one article, with the sentences of its evidence.
 */
export function articlesRouter(store: GraphReader): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await store.articles(parseArticlesRequest(req)));
  });
  router.get('/:id', async (req, res) => {
    const id = parseArticleId(req);
    const article = await store.article(id, SENTENCE_LIMIT);
    if (!article) throw new HttpError(404, `api: no article with id ${id}`);
    res.json(article);
  });
  return router;
}
