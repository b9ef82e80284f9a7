import { Router } from 'express';
import { CorpusError, decodeArticle, loadArticleFile } from '../../../src/corpus/index.js';
import type { GraphReader } from '../../../src/store/read.js';
import type { QuotedSentences } from '../../shared/api-types.js';
import { HttpError } from '../http-error.js';
import { parseArticleId, parseArticlesRequest, parseQuoteRequest } from '../params.js';

/** Sentences of one article's evidence the page shows, at most. */
const SENTENCE_LIMIT = 1000;

/**
 * GET /api/articles: newest first, with how many entities and relations each gave.
 * GET /api/articles/:id: one article, with the sentences of its evidence.
 * GET /api/articles/:id/sentences?at=…: some of its sentences, quoted from its file (below).
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
  router.get('/:id/sentences', async (req, res) => {
    const { id, at } = parseQuoteRequest(req);
    const file = await store.articleFile(id);
    if (!file) throw new HttpError(404, `api: no article with id ${id}`);
    res.json(await quote(id, file, at));
  });
  return router;
}

/**
 * The sentences at the given indexes, read again from the article's file: the store keeps each
 * mention's sentence indexes (co-mentions), not the text. The file must be the one ingest read
 * (same hash), or the indexes would point at other sentences. Splitting parses the text with
 * compromise, loaded on the first quote rather than when the server starts.
 */
async function quote(
  id: string,
  file: { source: string | null; hash: string | null },
  at: readonly number[],
): Promise<QuotedSentences> {
  const { source, hash } = file;
  if (source === null) throw new HttpError(404, `api: article ${id} has no file to quote from`);
  let loaded;
  try {
    loaded = await loadArticleFile(source);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    throw new HttpError(404, `api: the file of article ${id} cannot be read now`);
  }
  if (loaded.hash !== hash) {
    throw new HttpError(
      409,
      `api: the file of article ${id} changed since ingest; run ingest again`,
    );
  }
  const { articleSentences } = await import('../../../src/extract/extract-article.js');
  const sentences = articleSentences(decodeArticle(loaded).article);
  return {
    id,
    sentences: at.flatMap((index) => {
      const sentence = sentences[index];
      return sentence ? [{ index, text: sentence.evidence }] : [];
    }),
  };
}
