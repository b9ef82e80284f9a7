import type { Article, ArticleExtraction } from '../model/types.js';
import { boilerplateRanges } from './boilerplate.js';
import { collectEntities } from './entities.js';
import { focalGovernment } from './focal.js';
import { findMentions } from './mentions.js';
import { tokenize } from './parse.js';
import { findRelations } from './relations/find-relations.js';
import { splitSentences } from './sentences.js';
import { settle } from './settle.js';

/**
 * Text → canonical entities and evidenced relations for one article. Pure. compromise parses the
 * text once; everything after works on its tokens in linear passes.
 */
export function extractArticle(article: Article): ArticleExtraction {
  const sentences = splitSentences(
    article.text,
    tokenize(article.text),
    boilerplateRanges(article.text),
  );
  const raw = sentences.map((s) => findMentions(s.tokens));
  const focal = focalGovernment(
    sentences.map((sentence, i) => ({ sentence, found: raw[i] ?? [] })),
  );
  const focalName = raw.flat().find((f) => f.id === focal)?.name;
  const settled = settle(raw, focal && focalName ? { focal, focalName } : {});
  const relations = sentences.flatMap((s, i) => findRelations(article, s, settled[i] ?? [], focal));
  return { article: article.id, ...collectEntities(article.id, settled.flat()), relations };
}
