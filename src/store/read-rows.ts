// The rows the read queries (cypher/read.ts) return, and how each becomes a read model
// (src/model/read-models.ts), and the integer parameters they take. No queries run here.
import neo4j from 'neo4j-driver';
import type {
  ArticleRef,
  ArticleSummary,
  EntityRelation,
  GraphEdge,
  GraphNode,
  SearchHit,
} from '../model/read-models.js';
import {
  CO_MENTIONED,
  SYMMETRIC_RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../model/types.js';

/** Counts and offsets go to Cypher as integers: LIMIT refuses the float a JS number would be. */
export const int = (n: number) => neo4j.int(n);

/** An article as a map projection returns it; any property may be missing. */
export type ArticleRow = Partial<Record<'id' | 'title' | 'outlet' | 'published', string | null>>;

/** An article with how many entities and relations it gave (ARTICLE, ARTICLE_PAGE). */
export interface ArticleCountsRow {
  article: ArticleRow & { language: string | null; source?: string | null };
  entities: number;
  relations: number;
}

export interface NodeRow {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  aliases: string[];
  /** Absent when the ranking already counted it. */
  degree?: number;
  articles: number;
}

/** An edge as the query folds it; its id is made from its ends here. */
export type EdgeRow = Omit<GraphEdge, 'id'>;

/**
 * A folded edge as graphEdges (cypher/read.ts) lists it: [source, target, type, count, confidence,
 * articles, articleCount?], an article possibly once per sentence; with `articleCount`, `articles`
 * may be left empty (the first page of a ranked view, GraphEdge.articles).
 */
export type EdgeList = [string, string, EdgeRow['type'], number, number | null, string[], number?];

/** The edges of graphEdges' rows, each article once, strongest first, at most `limit`. */
export function strongestEdges(rows: readonly { edges: EdgeList[] }[], limit: number): EdgeRow[] {
  const edges = rows.flatMap((row) =>
    row.edges.map(([source, target, type, count, confidence, repeated, articleCount]) => {
      const articles = [...new Set(repeated)];
      return {
        source,
        target,
        type,
        count,
        confidence: confidence ?? 0,
        articles,
        articleCount: articleCount ?? articles.length,
      };
    }),
  );
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  edges.sort(
    (a, b) =>
      b.count - a.count ||
      order(a.source, b.source) ||
      order(a.target, b.target) ||
      order(a.type, b.type),
  );
  return edges.slice(0, limit);
}

export interface SearchRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  score: number;
}

export interface EntityHeadRow {
  entity: { id: string; name: string; type: EntityType; role: string | null; aliases: string[] };
  articles: (ArticleRow & { mentions: number | null })[];
  relationsTotal: number;
}

export interface RelationRow {
  relation: Partial<
    Record<'evidence' | 'trigger' | 'modality' | 'claim' | 'cameo', string | null>
  > & {
    id: string;
    start: number | null;
    confidence: number | null;
    article: string;
  };
  type: RelationType;
  outgoing: boolean;
  other: EntityRelation['other'];
  article: ArticleRow | null;
}

/** A co-mention's edge id: undirected, so drawn from the smaller id to the larger. */
export const coMentionEdge = (a: string, b: string) =>
  a < b ? edgeId(CO_MENTIONED, a, b) : edgeId(CO_MENTIONED, b, a);

/** One step of a sentence-grain path search (cypher/read.ts, pathFrontier). */
export interface PathStepRow {
  from: string;
  to: string;
  type: string;
  /** Which way a typed relationship runs; null for a co-mention, which has no direction. */
  source: string | null;
  target: string | null;
}

/** The id of the edge a step takes, as the view draws it: a co-mention from the smaller id. */
export function pathStepEdge(step: PathStepRow): string {
  if (step.source !== null && step.target !== null) {
    return edgeId(step.type, step.source, step.target);
  }
  return coMentionEdge(step.from, step.to);
}

/**
 * A path as the store walks it, its co-mention hops (entity, article, entity) folded into one
 * CO_MENTIONED step: the entity ids in order and the edge id of each step.
 */
export function pathSteps(
  stops: readonly (string | null)[],
  steps: readonly { source: string; target: string; type: string }[],
): { ids: string[]; edges: string[] } {
  const ids: string[] = [];
  const edges: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as (typeof steps)[number];
    if (step.type !== 'MENTIONED_IN') {
      edges.push(edgeId(step.type, step.source, step.target));
      continue;
    }
    const [from, to] = [stops[i], stops[i + 2]] as [string, string];
    edges.push(coMentionEdge(from, to));
    i++;
  }
  for (const stop of stops) if (stop !== null) ids.push(stop);
  return { ids, edges };
}

/** `<TYPE>:<source>-><target>`: one folded edge, the same id in every page that has it. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

export function nodeOf(row: NodeRow, degree: number): GraphNode {
  const node: GraphNode = {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: row.aliases,
    degree,
    articles: row.articles,
  };
  if (row.role) node.role = row.role;
  return node;
}

export function edgeOf(row: EdgeRow): GraphEdge {
  return { id: edgeId(row.type, row.source, row.target), ...row };
}

export function articleRef(a: ArticleRow): ArticleRef {
  const ref: ArticleRef = { id: String(a.id), title: String(a.title ?? a.id) };
  if (typeof a.outlet === 'string') ref.outlet = a.outlet;
  if (typeof a.published === 'string') ref.published = a.published;
  return ref;
}

export function articleSummary({ article, entities, relations }: ArticleCountsRow): ArticleSummary {
  return { ...articleRef(article), language: article.language ?? 'und', entities, relations };
}

export function relationOf(row: RelationRow): EntityRelation {
  const r = row.relation;
  const relation: EntityRelation = {
    id: r.id,
    type: row.type,
    direction: SYMMETRIC_RELATION_TYPES.has(row.type) ? 'both' : row.outgoing ? 'out' : 'in',
    other: row.other,
    article: row.article ? articleRef(row.article) : { id: r.article, title: r.article },
    start: r.start ?? 0,
    evidence: r.evidence ?? '',
    trigger: r.trigger ?? '',
    confidence: r.confidence ?? 0,
    modality: (r.modality as EntityRelation['modality'] | null) ?? 'happened',
  };
  if (typeof r.claim === 'string') relation.claim = r.claim;
  if (typeof r.cameo === 'string') relation.cameo = r.cameo;
  return relation;
}

export function hitOf(row: SearchRow, text: string): SearchHit {
  const { aliases, ...hit } = row;
  return { ...hit, matched: bestMatch(text, [row.name, ...aliases]) };
}

/** Which of an entity's names the typed text points at: the first that starts like it. */
function bestMatch(text: string, names: readonly string[]): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const fits = (name: string) => {
    const parts = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => parts.some((p) => p.startsWith(w)));
  };
  return names.find(fits) ?? names[0] ?? '';
}
