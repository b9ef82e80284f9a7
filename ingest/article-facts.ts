import { createHash } from 'node:crypto';
import { applyCorrections, resolveArticle } from '../src/graph/index.js';
import type { Correction, UnresolvedCorrection } from '../src/model/corrections.js';
import { relationId } from '../src/model/keys.js';
import type { ArticleExtraction, Entity, Mention, Relation } from '../src/model/types.js';
import type { EntityProps } from '../src/store/write.js';

/** What one article contributes to the merged graph, with a fingerprint to compare across runs. */
export interface ArticleFacts {
  article: string;
  mentions: Mention[];
  relations: (Relation & { id: string })[];
  hash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * One article's facts, fingerprinted. An article's facts can change although its file did not
 * (a new article names "Witkoff" in full, say): the fingerprint catches that.
 */
function factsOf(article: string, mentions: readonly Mention[], relations: readonly Relation[]) {
  const sortedMentions = [...mentions].sort((a, b) => a.entity.localeCompare(b.entity));
  const identified = relations
    .map((r) => ({ ...r, id: relationId(r) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const empty = sortedMentions.length === 0 && identified.length === 0;
  return {
    article,
    mentions: sortedMentions,
    relations: identified,
    hash: empty ? 'empty' : sha256(JSON.stringify([sortedMentions, identified])),
  };
}

/** An article to give facts for, with what each of its entity ids resolves to. */
export interface ResolvedArticle {
  extraction: ArticleExtraction;
  rewrite: (id: string) => string;
}

/**
 * The analyst's corrections (src/graph/corrections.ts) applied to resolved entities and to
 * articles, a batch of articles at a time: what a correction does to one article depends on the
 * entities alone, so each batch is corrected against all of them; a relation rejection is
 * unresolved only if no batch had a relation it matched.
 */
export interface ArticleCorrector {
  /** The entities to write: as resolved, then corrected. */
  entities: EntityProps[];
  /** Facts for each article given, in order. */
  facts(articles: readonly ResolvedArticle[]): ArticleFacts[];
  /** The corrections nothing matched, over every batch so far. */
  unresolved(): UnresolvedCorrection[];
}

export function correctArticles(
  resolved: readonly EntityProps[],
  corrections: readonly Correction[],
): ArticleCorrector {
  const resolvedFacts = (articles: readonly ResolvedArticle[]) =>
    articles.map(({ extraction, rewrite }) => ({
      article: extraction.article,
      ...resolveArticle(extraction, rewrite),
    }));
  if (corrections.length === 0) {
    return {
      entities: [...resolved],
      facts: (articles) =>
        resolvedFacts(articles).map((a) => factsOf(a.article, a.mentions, a.relations)),
      unresolved: () => [],
    };
  }
  const entities: Entity[] = resolved.map((e) => ({ ...e, articles: [] }));
  const base = applyCorrections({ entities, mentions: [], relations: [] }, corrections);
  let unresolved: UnresolvedCorrection[] | undefined;
  return {
    entities: base.graph.entities.map(({ articles: _, ...e }) => e),
    facts(articles) {
      if (articles.length === 0) return [];
      const each = resolvedFacts(articles);
      const out = applyCorrections(
        {
          entities,
          mentions: each.flatMap((a) => a.mentions),
          relations: each.flatMap((a) => a.relations),
        },
        corrections,
      );
      const now = out.unresolved;
      unresolved = unresolved ? unresolved.filter((u) => now.some((n) => n.id === u.id)) : now;
      const by = <T extends { article: string }>(items: readonly T[]) => {
        const map = new Map<string, T[]>();
        for (const item of items) map.set(item.article, [...(map.get(item.article) ?? []), item]);
        return map;
      };
      const mentions = by(out.graph.mentions);
      const relations = by(out.graph.relations);
      return each.map(({ article }) =>
        factsOf(article, mentions.get(article) ?? [], relations.get(article) ?? []),
      );
    },
    unresolved: () => unresolved ?? base.unresolved,
  };
}
