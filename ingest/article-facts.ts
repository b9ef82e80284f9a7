import { createHash } from 'node:crypto';
import { relationId } from '../src/model/keys.js';
import type { CorpusGraph, Mention, Relation } from '../src/model/types.js';

/** What one article contributes to the merged graph, with a fingerprint to compare across runs. */
export interface ArticleFacts {
  article: string;
  mentions: Mention[];
  relations: (Relation & { id: string })[];
  hash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Splits the merged graph back into per-article facts. After the corpus-level merge an article's
 * facts can change although its file did not (a new article names "Witkoff" in full, say): the
 * fingerprint catches that.
 */
export function factsByArticle(graph: CorpusGraph): Map<string, ArticleFacts> {
  const facts = new Map<string, ArticleFacts>();
  const of = (article: string) => {
    let f = facts.get(article);
    if (!f) facts.set(article, (f = { article, mentions: [], relations: [], hash: '' }));
    return f;
  };
  for (const m of graph.mentions) of(m.article).mentions.push(m);
  for (const r of graph.relations) of(r.article).relations.push({ ...r, id: relationId(r) });
  for (const f of facts.values()) {
    f.mentions.sort((a, b) => a.entity.localeCompare(b.entity));
    f.relations.sort((a, b) => a.id.localeCompare(b.id));
    f.hash = sha256(JSON.stringify([f.mentions, f.relations]));
  }
  return facts;
}
