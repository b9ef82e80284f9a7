// The page's only door to the server: typed fetches of /api, errors turned into ApiError.
import { writeFilters, type FilterValues } from '../../src/model/filters.js';
import type {
  ArticleDetail,
  ArticleList,
  EdgeEvidence,
  EntityDetail,
  SearchHit,
} from '../../src/model/read-models.js';
import type { GraphView, PathView, StatsResponse } from '../shared/api-types.js';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, signal: AbortSignal, params?: URLSearchParams): Promise<T> {
  const query = params && [...params].length > 0 ? `?${params}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/${path}${query}`, { signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'page: the server does not answer; is `npm run serve` still running?');
  }
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`);
  return body;
}

export const api = {
  graph(filters: FilterValues, signal: AbortSignal, offset = 0, limit?: number) {
    const params = writeFilters(filters, 'graph');
    if (offset > 0) params.set('offset', String(offset));
    if (limit) params.set('limit', String(limit));
    return get<GraphView>('graph', signal, params);
  },
  neighbours(id: string, filters: FilterValues, signal: AbortSignal) {
    const params = writeFilters(filters, 'neighbours');
    return get<GraphView>(`entities/${encodeURIComponent(id)}/neighbours`, signal, params);
  },
  path(source: string, target: string, filters: FilterValues, signal: AbortSignal) {
    const params = writeFilters(filters, 'path');
    params.set('source', source);
    params.set('target', target);
    return get<PathView>('graph/path', signal, params);
  },
  evidence(source: string, target: string, filters: FilterValues, signal: AbortSignal) {
    const params = writeFilters(filters, 'evidence');
    params.set('source', source);
    params.set('target', target);
    return get<EdgeEvidence>('relations', signal, params);
  },
  entity(id: string, signal: AbortSignal) {
    return get<EntityDetail>(`entities/${encodeURIComponent(id)}`, signal);
  },
  search(q: string, signal: AbortSignal) {
    return get<{ hits: SearchHit[] }>('search', signal, new URLSearchParams({ q, limit: '10' }));
  },
  articles(q: string | null, signal: AbortSignal, limit = 200) {
    const params = new URLSearchParams({ limit: String(limit) });
    if (q) params.set('q', q);
    return get<ArticleList>('articles', signal, params);
  },
  article(id: string, signal: AbortSignal) {
    return get<ArticleDetail>(`articles/${encodeURIComponent(id)}`, signal);
  },
  stats(signal: AbortSignal) {
    return get<StatsResponse>('stats', signal);
  },
};
