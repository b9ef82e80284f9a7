// The filters of a graph view, as the page keeps them in its URL and as /api/graph reads them.
// One spelling for both, so a shared link is also a valid API query.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../src/model/types.js';

export interface GraphFilters {
  types: EntityType[];
  relations: RelationType[];
  /** Empty means every article. */
  articles: string[];
  /** Inclusive YYYY-MM-DD bounds on the article's published date. */
  from?: string;
  to?: string;
  minConfidence: number;
  /** Keep the entities matching this and their neighbours. */
  q?: string;
  /** Also show entities that have no relation passing the filters. */
  isolated: boolean;
}

export const DEFAULT_FILTERS: GraphFilters = {
  types: [...ENTITY_TYPES],
  relations: [...RELATION_TYPES],
  articles: [],
  minConfidence: 0,
  isolated: false,
};

/**
 * The API's caps. /api/graph returns at most `maxNodes` entities per request (`defaultNodes`
 * when no `limit` is given), strongest first, and `page.nextOffset` for the rest; each page
 * carries at most `maxEdges` folded edges (`edgesTruncated` says when more were cut).
 */
export const GRAPH_LIMITS = { defaultNodes: 2000, maxNodes: 5000, maxEdges: 50000 } as const;

/** Writes only what differs from the defaults, so links stay short. */
export function filtersToParams(filters: GraphFilters, params = new URLSearchParams()) {
  const list = (key: string, values: readonly string[], all: readonly string[]) => {
    if (values.length !== all.length || values.some((v) => !all.includes(v)))
      params.set(key, values.join(','));
  };
  list('types', filters.types, ENTITY_TYPES);
  list('relations', filters.relations, RELATION_TYPES);
  if (filters.articles.length > 0) params.set('articles', filters.articles.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.minConfidence > 0) params.set('minConfidence', String(filters.minConfidence));
  if (filters.q) params.set('q', filters.q);
  if (filters.isolated) params.set('isolated', 'true');
  return params;
}

/**
 * Reads filters from a URL the page was opened with. Forgiving: an unknown type or a bad number
 * is dropped rather than failing, since links outlive vocabularies. The API validates strictly.
 */
export function filtersFromParams(params: URLSearchParams): GraphFilters {
  const list = <T extends string>(key: string, all: readonly T[]): T[] => {
    const raw = params.get(key);
    if (raw === null) return [...all];
    return raw.split(',').filter((v): v is T => (all as readonly string[]).includes(v));
  };
  const date = (key: string) => {
    const value = params.get(key);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const confidence = Number(params.get('minConfidence') ?? 0);
  const filters: GraphFilters = {
    types: list('types', ENTITY_TYPES),
    relations: list('relations', RELATION_TYPES),
    articles: (params.get('articles') ?? '').split(',').filter((a) => a !== ''),
    minConfidence: confidence >= 0 && confidence <= 1 ? confidence : 0,
    isolated: params.get('isolated') === 'true',
  };
  const from = date('from');
  const to = date('to');
  const q = params.get('q')?.trim();
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (q) filters.q = q;
  return filters;
}
