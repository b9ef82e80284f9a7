// Query-string schemas of the API. Each route parses its input here before touching the store,
// so a bad request fails at the door with a 400 that names the parameter and what it takes. The
// filters of a view are read by their own table (src/model/filters.ts); the rest is here.
import type { Request } from 'express';
import { z } from 'zod';
import {
  filterKeysFor,
  FILTERS,
  FilterError,
  readFilters,
  type FilterKey,
  type FilterValues,
  type ViewKind,
} from '../../src/model/filters.js';
import type { PageRequest } from '../../src/store/read-graph.js';
import { GRAPH_LIMITS } from '../shared/api-types.js';
import { HttpError } from './http-error.js';

const ID = /^[\p{L}\p{N}_.:-]{1,200}$/u;

/** One message for every way a number can miss, 1e308 and "ten" alike: the range it must be in. */
const int = (min: number, max: number) => {
  const message = `use a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, message);
};

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'query';
  throw new HttpError(400, `api: ${where}: ${issue?.message ?? 'invalid'}`);
}

/**
 * Splits a query into the view's filters, read strictly by their table, and the rest, which the
 * route's own schema reads (and refuses when it does not know a key).
 */
function viewQuery(req: Request, view: ViewKind): { filters: FilterValues; rest: object } {
  const keys: readonly string[] = filterKeysFor(view);
  const rest: Record<string, unknown> = {};
  const given = new Map<string, string[]>();
  for (const [key, value] of Object.entries(req.query)) {
    if (!keys.includes(key)) rest[key] = value;
    else given.set(key, (Array.isArray(value) ? value : [value]).map(String));
  }
  try {
    return { filters: readFilters((key: FilterKey) => given.get(key) ?? [], view, true), rest };
  } catch (error) {
    if (error instanceof FilterError) throw new HttpError(400, `api: ${error.message}`);
    throw error;
  }
}

const GraphSchema = z
  .object({
    limit: int(1, GRAPH_LIMITS.maxNodes).default(GRAPH_LIMITS.defaultNodes),
    offset: int(0, 10_000_000).default(0),
    edges: int(1, GRAPH_LIMITS.maxEdges).default(GRAPH_LIMITS.defaultEdges),
  })
  .strict();

export function parseGraphRequest(req: Request): { filters: FilterValues; page: PageRequest } {
  const { filters, rest } = viewQuery(req, 'graph');
  const { edges, ...page } = parse(GraphSchema, rest);
  return { filters, page: { ...page, maxEdges: edges } };
}

const NeighbourSchema = z.object({ limit: int(1, 500).default(100) }).strict();

export function parseNeighbourRequest(req: Request): { filters: FilterValues; limit: number } {
  const { filters, rest } = viewQuery(req, 'neighbours');
  return { filters, limit: parse(NeighbourSchema, rest).limit };
}

const PathSchema = z
  .object({
    source: z.string().regex(ID, 'not an entity id'),
    target: z.string().regex(ID, 'not an entity id'),
  })
  .strict()
  .refine((p) => p.source !== p.target, {
    message: 'source and target must differ',
    path: ['target'],
  });

export function parsePathRequest(req: Request) {
  const { filters, rest } = viewQuery(req, 'path');
  return { ...parse(PathSchema, rest), filters };
}

/** The evidence between two entities: the same two ids as a path, and the view's filters. */
export function parseEvidenceRequest(req: Request) {
  const { filters, rest } = viewQuery(req, 'evidence');
  return { ...parse(PathSchema, rest), filters };
}

export function parseEntityId(req: Request): string {
  return parse(z.string().regex(ID, 'not an entity id'), req.params.id);
}

export function parseCorrectionId(req: Request): string {
  return parse(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'not a correction id'), req.params.id);
}

const EntitySchema = z.object({ relations: int(1, 2000).default(500) }).strict();

export function parseEntityRequest(req: Request) {
  return { id: parseEntityId(req), relationLimit: parse(EntitySchema, req.query).relations };
}

const SearchSchema = z
  .object({
    q: z.string().trim().min(1, 'type something to search for').max(200),
    limit: int(1, 50).default(10),
  })
  .strict();

/** A search narrows by entity type as a view does: the types filter reads it. */
export function parseSearchRequest(req: Request) {
  const { types, ...rest } = req.query;
  const s = parse(SearchSchema, rest);
  if (types === undefined) return { ...s, types: FILTERS.types.default };
  try {
    return {
      ...s,
      types: FILTERS.types.read((Array.isArray(types) ? types : [types]).map(String), true),
    };
  } catch (error) {
    if (error instanceof FilterError) throw new HttpError(400, `api: types: ${error.message}`);
    throw error;
  }
}

const ArticlesSchema = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    limit: int(1, 1000).default(200),
    offset: int(0, 10_000_000).default(0),
  })
  .strict();

export function parseArticlesRequest(req: Request) {
  const a = parse(ArticlesSchema, req.query);
  return { q: a.q ?? null, limit: a.limit, offset: a.offset };
}

/**
 * A page of the article list (its own `q`, `offset`, `limit`) and the view's filters that decide
 * an edge's evidence: those of every view (a graph view's own `q` and `isolated` only pick its
 * entities).
 */
export function parseArticleEdgesRequest(req: Request) {
  const { filters, rest } = viewQuery(req, 'evidence');
  const a = parse(ArticlesSchema, rest);
  return { list: { q: a.q ?? null, limit: a.limit, offset: a.offset }, filters };
}

/** An article id as the articles filter takes one (a file name: spaces allowed, no comma). */
export function parseArticleId(req: Request): string {
  parse(z.object({}).strict(), req.query);
  return articleIdOf(req);
}

function articleIdOf(req: Request): string {
  const raw = String(req.params.id ?? '');
  try {
    const [id] = FILTERS.articles.read([raw], true);
    if (id === raw) return id;
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
  }
  throw new HttpError(400, 'api: id: not an article id');
}

/** Sentences quoted from one article at a time, at most. */
export const QUOTE_LIMIT = 50;

/**
 * GET /api/articles/:id/sentences?at=0,4: the article and the indexes of the sentences to quote
 * (0 first, as MENTIONED_IN.sentences numbers them), each once, in order.
 */
export function parseQuoteRequest(req: Request): { id: string; at: number[] } {
  const { at } = parse(z.object({ at: z.string() }).strict(), req.query);
  const message = `api: at: use up to ${QUOTE_LIMIT} sentence numbers from 0, with commas`;
  const items = at.split(',');
  if (items.length > QUOTE_LIMIT || !items.every((i) => /^\d{1,6}$/.test(i))) {
    throw new HttpError(400, message);
  }
  const indexes = [...new Set(items.map(Number))].sort((a, b) => a - b);
  return { id: articleIdOf(req), at: indexes };
}

/** The timeline and the CSV export read a graph view's filters and nothing else. */
export function parseTimelineRequest(req: Request): FilterValues {
  const { filters, rest } = viewQuery(req, 'graph');
  parse(z.object({}).strict(), rest);
  return filters;
}

export function parseNothing(req: Request): void {
  parse(z.object({}).strict(), req.query);
}
