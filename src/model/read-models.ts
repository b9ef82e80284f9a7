// What the store reads back: the read models of the graph, one home for their shapes. The store
// (src/store/read.ts) builds them, the API (web/server) sends them as JSON with its presentation
// added (web/shared/api-types.ts), and the page reads them. Dates are ISO strings.
import type { EdgeType, EntityType, Modality, RelationType } from './types.js';

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  role?: string;
  /** At most a few names, canonical first: enough for a tooltip. */
  aliases: string[];
  /** Relations of this entity that pass the filters (evidence count, not distinct neighbours). */
  degree: number;
  /** Number of articles that mention it. */
  articles: number;
}

/**
 * All evidence for one (source, type, target) that passes the filters, folded into one edge. A
 * CO_MENTIONED edge runs from the smaller id to the larger; its count is the shared sentences
 * or articles (the view's grain) and its confidence 0: a co-mention claims nothing.
 */
export interface GraphEdge {
  /** `<TYPE>:<source>-><target>`: stable across requests, so pages and expansions merge. */
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  /** Pieces of evidence (sentences) behind the edge. */
  count: number;
  /** Highest confidence among them. */
  confidence: number;
  /**
   * Distinct articles behind it, when the read knows them: a relation's, but for the first page
   * of a ranked view of the whole graph (its strongest edges cite tens of thousands), and a
   * co-mention's in a view narrowed to some articles. A co-mention of the whole corpus leaves it
   * empty (a hub pair has thousands); `articleCount` counts them and the edge panel lists them
   * (EdgeEvidence).
   */
  articles: string[];
  /** How many distinct articles are behind it. */
  articleCount: number;
}

export interface GraphPage {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Entities that pass the filters in all pages together. */
  total: { nodes: number };
  page: { offset: number; limit: number; nextOffset: number | null };
  /** True when the edge cap cut edges from this page. */
  edgesTruncated: boolean;
  /**
   * The entities the view is centred on: a search term's matches, an expanded entity, a path's
   * steps; null when it ranks the whole graph.
   */
  focus: string[] | null;
}

export interface PathResult extends GraphPage {
  /** Entity ids from the first to the last; empty when no path exists. */
  path: string[];
  /** Edge ids along the path, in order. */
  pathEdges: string[];
}

export interface ArticleRef {
  id: string;
  title: string;
  outlet?: string;
  published?: string;
}

export interface EntityRelation {
  /** The relationship's own id (one per piece of evidence). */
  id: string;
  type: RelationType;
  /** `out`: this entity is the source; `in`: the target; `both`: symmetric type. */
  direction: 'out' | 'in' | 'both';
  other: { id: string; name: string; type: EntityType };
  article: ArticleRef;
  /** Where its sentence starts in the article: with the article, it names the sentence. */
  start: number;
  evidence: string;
  trigger: string;
  confidence: number;
  modality: Modality;
  claim?: string;
  cameo?: string;
}

/** One piece of evidence with both its ends, as the CSV export lists it. */
export interface EvidenceRow {
  source: EntityRelation['other'];
  target: EntityRelation['other'];
  relation: Omit<EntityRelation, 'other' | 'direction'>;
}

/** Every piece of evidence between two entities, in either direction, that passes the filters. */
export interface EdgeEvidence {
  source: EntityRelation['other'];
  target: EntityRelation['other'];
  /** Read from `source`: each one's `other` is `target`, `direction` says which way it runs. */
  relations: EntityRelation[];
  /** True when more evidence passed the filters than `relations` holds. */
  truncated: boolean;
  /**
   * With co-mentions on: the articles that name both, with the sentences that name both, by
   * their index in the article (0 first; empty when the store does not know the sentences).
   */
  coMentions?: { article: ArticleRef; sentences: number[] }[];
  /** True when more articles name both than `coMentions` holds (a hub pair has thousands). */
  coMentionsTruncated?: boolean;
}

export interface EntityDetail {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  articles: (ArticleRef & { mentions: number })[];
  relations: EntityRelation[];
  /** All relations of the entity; `relations` holds at most the requested limit. */
  relationsTotal: number;
}

export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  /** The name or alias that matched. */
  matched: string;
  score: number;
}

export interface ArticleSummary extends ArticleRef {
  language: string;
  entities: number;
  relations: number;
}

/** One article as the page shows it: what the store keeps of it, and the sentences of its evidence. */
export interface ArticleDetail extends ArticleSummary {
  /** Where ingest read it from (a path, or whatever the user gave ingest). */
  source?: string;
  /**
   * Each sentence that states a relation, once, in reading order. The store keeps the evidence,
   * not the article's whole text.
   */
  sentences: { start: number; end: number; text: string }[];
}

export interface ArticleList {
  total: number;
  articles: ArticleSummary[];
}

/**
 * For one page of the article list, the edges of a view each article is evidence for (edge ids,
 * GraphEdge.id): the page counts those it draws. Articles that back no edge are left out.
 */
export interface ArticleEdges {
  articles: { id: string; edges: string[] }[];
}

/** Evidence by published day, for the timeline: what passes the filters but the date range. */
export interface Timeline {
  /** Days that have evidence, ascending (YYYY-MM-DD). */
  days: { date: string; evidence: number; articles: number }[];
  /** Evidence from articles without a published date. */
  undated: { evidence: number; articles: number };
}

export interface Stats {
  articles: number;
  entities: number;
  relations: number;
  entityTypes: Record<EntityType, number>;
  relationTypes: Record<RelationType, number>;
  /** Earliest and latest published date (YYYY-MM-DD) among articles, when any has one. */
  published: { from: string | null; to: string | null };
}
