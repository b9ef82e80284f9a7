// The page's only door to the server: typed fetches of /api, errors turned into ApiError.
import { writeFilters, type FilterValues } from '../../src/model/filters.js';
import type { ArticleList, EntityDetail, SearchHit } from '../../src/model/read-models.js';
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

async function get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params && [...params].length > 0 ? `?${params}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/${path}${query}`, { signal: signal ?? null });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'page: the server does not answer; is `npm run serve` still running?');
  }
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`);
  return body;
}

export const api = {
  graph(filters: FilterValues, offset = 0, limit?: number) {
    const params = writeFilters(filters, 'graph');
    if (offset > 0) params.set('offset', String(offset));
    if (limit) params.set('limit', String(limit));
    return get<GraphView>('graph', params);
  },
  neighbours(id: string, filters: FilterValues) {
    const params = writeFilters(filters, 'neighbours');
    return get<GraphView>(`entities/${encodeURIComponent(id)}/neighbours`, params);
  },
  path(source: string, target: string, filters: FilterValues) {
    const params = writeFilters(filters, 'path');
    params.set('source', source);
    params.set('target', target);
    return get<PathView>('graph/path', params);
  },
  entity(id: string) {
    return get<EntityDetail>(`entities/${encodeURIComponent(id)}`);
  },
  search(q: string, signal?: AbortSignal) {
    return get<{ hits: SearchHit[] }>('search', new URLSearchParams({ q, limit: '10' }), signal);
  },
  articles(q: string | null, limit = 200) {
    const params = new URLSearchParams({ limit: String(limit) });
    if (q) params.set('q', q);
    return get<ArticleList>('articles', params);
  },
  stats() {
    return get<StatsResponse>('stats');
  },
};
