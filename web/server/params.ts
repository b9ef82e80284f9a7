// Query-string schemas of the API. Each route parses its input here before touching the store,
// so a bad request fails at the door with a 400 that names the parameter and what it takes.
import type { Request } from 'express';
import { z } from 'zod';
import { toIsoDate } from '../../src/model/dates.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/model/types.js';
import type { GraphRequest, ViewFilters } from '../../src/store/read.js';
import { GRAPH_LIMITS } from '../shared/filters.js';
import { HttpError } from './http-error.js';

const ID = /^[\p{L}\p{N}_.:-]{1,200}$/u;
/** A file name without its extension: spaces and any script, but no control character or comma. */
const ARTICLE_ID = /^[^\p{Cc},]{1,200}$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "a,b" or ?k=a&k=b, each item checked; at least one. */
const list = <T extends string>(item: z.ZodType<T, string>, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')))
    .transform((items) => items.map((v) => v.trim()).filter((v) => v !== ''))
    .pipe(z.array(item).min(1, 'give at least one value').max(max));

const date = z
  .string()
  .regex(DATE, 'use YYYY-MM-DD')
  .refine((v) => toIsoDate(v) === v, 'not a real calendar date');

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
/** One message for every way a number can miss, 1e308 and "ten" alike: the range it must be in. */
const int = (min: number, max: number) => {
  const message = `use a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, message);
};

const FilterSchema = z
  .object({
    types: list(z.enum(ENTITY_TYPES), ENTITY_TYPES.length).optional(),
    relations: list(z.enum(RELATION_TYPES), RELATION_TYPES.length).optional(),
    articles: list(z.string().regex(ARTICLE_ID, 'not an article id'), 500).optional(),
    from: date.optional(),
    to: date.optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    isolated: flag.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

const GraphSchema = z
  .object({
    limit: int(1, GRAPH_LIMITS.maxNodes).default(GRAPH_LIMITS.defaultNodes),
    offset: int(0, 10_000_000).default(0),
  })
  .strict();

type FilterInput = z.infer<typeof FilterSchema>;

function toFilters(f: FilterInput): ViewFilters {
  return {
    types: f.types ?? ENTITY_TYPES,
    relations: f.relations ?? RELATION_TYPES,
    articles: f.articles ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    minConfidence: f.minConfidence ?? 0,
    q: f.q ?? null,
    isolated: f.isolated ?? false,
  };
}

/** Splits a query into the keys a schema knows and the rest, so unknown keys can be refused. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'query';
  throw new HttpError(400, `api: ${where}: ${issue?.message ?? 'invalid'}`);
}

const FILTER_KEYS = [
  'types',
  'relations',
  'articles',
  'from',
  'to',
  'minConfidence',
  'q',
  'isolated',
];

function split(query: Record<string, unknown>, filterKeys: readonly string[]) {
  const filters: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    (filterKeys.includes(key) ? filters : rest)[key] = value;
  }
  return { filters, rest };
}

export function parseGraphRequest(req: Request): GraphRequest {
  const { filters, rest } = split(req.query, FILTER_KEYS);
  const page = parse(GraphSchema, rest);
  return {
    ...toFilters(parse(FilterSchema, filters)),
    ...page,
    maxEdges: GRAPH_LIMITS.maxEdges,
  };
}

const NeighbourSchema = z.object({ limit: int(1, 500).default(100) }).strict();

/** Filters for neighbours and paths: those of a view, minus the search term. */
export function parseNeighbourRequest(req: Request): { filters: ViewFilters; limit: number } {
  const { filters, rest } = split(
    req.query,
    FILTER_KEYS.filter((k) => k !== 'q'),
  );
  return {
    filters: toFilters(parse(FilterSchema, filters)),
    limit: parse(NeighbourSchema, rest).limit,
  };
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
  const { filters, rest } = split(
    req.query,
    FILTER_KEYS.filter((k) => k !== 'q'),
  );
  return { ...parse(PathSchema, rest), filters: toFilters(parse(FilterSchema, filters)) };
}

export function parseEntityId(req: Request): string {
  return parse(z.string().regex(ID, 'not an entity id'), req.params.id);
}

const EntitySchema = z.object({ relations: int(1, 2000).default(500) }).strict();

export function parseEntityRequest(req: Request) {
  return { id: parseEntityId(req), relationLimit: parse(EntitySchema, req.query).relations };
}

const SearchSchema = z
  .object({
    q: z.string().trim().min(1, 'type something to search for').max(200),
    limit: int(1, 50).default(10),
    types: list(z.enum(ENTITY_TYPES), ENTITY_TYPES.length).optional(),
  })
  .strict();

export function parseSearchRequest(req: Request) {
  const s = parse(SearchSchema, req.query);
  return { q: s.q, limit: s.limit, types: s.types ?? ENTITY_TYPES };
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

export function parseNothing(req: Request): void {
  parse(z.object({}).strict(), req.query);
}
