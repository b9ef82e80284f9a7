// The page's only door to the server: typed fetches of /api, errors turned into ApiError, or
// Unavailable when the server or its Neo4j does not answer. Every answer is reported to the
// connection (connection.ts), which tells the user about an outage and when it ends.
import { writeFilters, type FilterValues } from '../../src/model/filters.js';
import type {
  ArticleDetail,
  ArticleEdges,
  ArticleList,
  EdgeEvidence,
  EntityDetail,
  SearchHit,
  Timeline,
} from '../../src/model/read-models.js';
import type {
  CorrectionInput,
  CorrectionsResponse,
  GraphView,
  PathView,
  QuotedSentences,
  StatsResponse,
} from '../shared/api-types.js';
import type { SavedView, SavedViewState, SavedViewSummary } from '../../src/model/saved-views.js';
import { connection, Unavailable } from './connection.js';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(
  path: string,
  signal: AbortSignal | undefined,
  params?: URLSearchParams,
  init: RequestInit = {},
): Promise<T> {
  const query = params && [...params].length > 0 ? `?${params}` : '';
  try {
    const answer = await ask<T>(`/api/${path}${query}`, signal, init);
    connection.report();
    return answer;
  } catch (error) {
    if ((error as Error).name !== 'AbortError') connection.report(error);
    throw error;
  }
}

async function ask<T>(url: string, signal: AbortSignal | undefined, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: signal ?? null });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new Unavailable('server', 'page: the server does not answer; is `npm start` running?');
  }
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  // The API answers 503 exactly when Neo4j cannot be used (web/server/error-handler.ts).
  if (response.status === 503) {
    throw new Unavailable('database', body.error ?? 'Neo4j does not answer');
  }
  if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`);
  return body;
}

export const api = {
  graph(filters: FilterValues, signal: AbortSignal, offset = 0, edges?: number) {
    const params = writeFilters(filters, 'graph');
    if (offset > 0) params.set('offset', String(offset));
    if (edges) params.set('edges', String(edges));
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
  /** The edges of the view each article of that list is evidence for. */
  articleEdges(q: string | null, filters: FilterValues, signal: AbortSignal, limit = 200) {
    const params = writeFilters(filters, 'evidence', new URLSearchParams({ limit: String(limit) }));
    if (q) params.set('q', q);
    return get<ArticleEdges>('article-edges', signal, params);
  },
  article(id: string, signal: AbortSignal) {
    return get<ArticleDetail>(`articles/${encodeURIComponent(id)}`, signal);
  },
  /** Sentences of an article by index, quoted from its file (a co-mention's shared sentences). */
  quote(id: string, at: readonly number[], signal?: AbortSignal) {
    const params = new URLSearchParams({ at: at.join(',') });
    return get<QuotedSentences>(`articles/${encodeURIComponent(id)}/sentences`, signal, params);
  },
  timeline(filters: FilterValues, signal: AbortSignal) {
    return get<Timeline>('timeline', signal, writeFilters(filters, 'graph'));
  },
  stats(signal: AbortSignal) {
    return get<StatsResponse>('stats', signal);
  },
  corrections(signal: AbortSignal) {
    return get<CorrectionsResponse>('corrections', signal);
  },
  /** Writes a correction and waits for the ingest that applies it: never aborted half-way. */
  correct(input: CorrectionInput) {
    return get<CorrectionsResponse>('corrections', undefined, undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  },
  undoCorrection(id: string) {
    return get<CorrectionsResponse>(`corrections/${encodeURIComponent(id)}`, undefined, undefined, {
      method: 'DELETE',
    });
  },
  views: {
    list: (signal: AbortSignal) => get<{ views: SavedViewSummary[] }>('views', signal),
    get: (id: string, signal: AbortSignal) =>
      get<SavedView>(`views/${encodeURIComponent(id)}`, signal),
    /** JSON: the only body the API takes (web/server/routes/views.ts). */
    save: (view: SavedViewState, signal: AbortSignal) =>
      get<SavedView>('views', signal, undefined, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(view),
      }),
    remove: (id: string, signal: AbortSignal) =>
      get<void>(`views/${encodeURIComponent(id)}`, signal, undefined, { method: 'DELETE' }),
  },
};

connection.setProbe((signal) => api.stats(signal));
