// The filters of a graph view, each defined once: its key, its default, how it is read from and
// written to a URL (one spelling for the page's address and the API's query, so a shared link is
// also a valid API query), which views it applies to and the Cypher test it adds. The API
// (web/server/params.ts), the store (src/store/read.ts, src/store/cypher/read.ts), the page's URL
// state and its filter panel all read this table. A new filter is a row here and a control on
// the page.
import { toIsoDate } from './dates.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from './types.js';

/**
 * The views a filter can narrow: a ranked page, an entity's neighbours, a shortest path, the
 * evidence between two entities.
 */
export type ViewKind = 'graph' | 'neighbours' | 'path' | 'evidence';

/**
 * A filter's tests in Cypher, one for each thing it can narrow, given the variable's name. Each
 * reads its value as the parameter `$<key>`; none splices a value in.
 */
export interface CypherTests {
  /** On an entity of the view: a ranked entity, a relation's far end, a step of a path. */
  entity?: (e: string) => string;
  /** On a relationship the view walks. */
  relation?: (r: string) => string;
  /** On an article an entity of the view must be mentioned in. */
  article?: (a: string) => string;
}

export interface Filter<V> {
  key: string;
  /** The value that does not narrow the view; a link leaves it out. */
  default: V;
  views: readonly ViewKind[];
  /**
   * Reads a URL's values for the key (`?k=a,b` and `?k=a&k=b` alike). Strict, for the API: throws
   * a FilterError that says what the key takes. Lenient, for a link the page was opened with:
   * drops what it cannot read, since links outlive vocabularies.
   */
  read(values: readonly string[], strict: boolean): V;
  /** The URL text of a value, or null for the default. */
  write(value: V): string | null;
  /**
   * The Cypher tests it adds when set; null when the queries read it themselves
   * (src/store/cypher/read.ts): relation types shape the walked pattern, a search term picks the
   * view's seeds, `isolated` keeps entities without relations.
   */
  cypher: CypherTests | null;
}

/** A value a filter cannot take; the message says what it takes. */
export class FilterError extends Error {
  override name = 'FilterError';
}

/** Co-mentions off, or counted by shared sentence or shared article. */
export const COMENTION_GRAINS = ['off', 'sentence', 'article'] as const;
export type ComentionGrain = (typeof COMENTION_GRAINS)[number];

const EVERY_VIEW: readonly ViewKind[] = ['graph', 'neighbours', 'path', 'evidence'];
const GRAPH_ONLY: readonly ViewKind[] = ['graph'];
const MAX_TEXT = 200;

/** A file name without its extension: spaces and any script, but no control character or comma. */
const ARTICLE_ID = /^[^\p{Cc},]{1,200}$/u;

/**
 * Reads one raw value: the value, or a FilterError saying what the key takes. Hand-written: a
 * schema library would be most of the page's bundle for these few checks.
 */
type Reader<T> = (raw: string) => T;

const fail = (message: string): never => {
  throw new FilterError(message);
};

const oneOf =
  <T extends string>(all: readonly T[]): Reader<T> =>
  (raw) =>
    (all as readonly string[]).includes(raw) ? (raw as T) : fail(`use one of ${all.join(', ')}`);

const date: Reader<string> = (raw) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(raw)
    ? fail('use YYYY-MM-DD')
    : toIsoDate(raw) === raw
      ? raw
      : fail('not a real calendar date');

/** Items split on commas; each checked; strict fails on the first bad one, lenient drops it. */
function list<T extends string>(
  item: Reader<T>,
  options: { max: number; all?: readonly T[] },
): Pick<Filter<readonly T[]>, 'read' | 'write'> {
  return {
    read(values, strict) {
      const items = values.flatMap((v) => v.split(',').map((s) => s.trim())).filter(Boolean);
      const kept: T[] = [];
      for (const raw of items) {
        try {
          kept.push(item(raw));
        } catch (error) {
          if (!(error instanceof FilterError)) throw error;
          if (strict) fail(`${JSON.stringify(raw.slice(0, 40))}: ${error.message}`);
        }
      }
      if (strict && kept.length === 0) fail('give at least one value');
      if (strict && kept.length > options.max) fail(`give at most ${options.max} values`);
      if (kept.length === 0) return options.all ?? [];
      return [...new Set(kept)].slice(0, options.max);
    },
    write(value) {
      const all = options.all ?? [];
      const isAll = value.length === all.length && all.every((v) => value.includes(v));
      return value.length === 0 || isAll ? null : value.join(',');
    },
  };
}

/** One value; strict refuses a second and a bad one, lenient falls back to the default. */
function one<T>(
  read: Reader<T>,
  fallback: T,
  write: (value: T) => string | null,
): Pick<Filter<T>, 'read' | 'write'> {
  return {
    read(values, strict) {
      if (!strict) {
        try {
          return read(values[0] ?? '');
        } catch {
          return fallback;
        }
      }
      if (values.length > 1) fail('give it once');
      return read(values[0] ?? '');
    },
    write,
  };
}

const optionalDate = one<string | null>(date, null, (v) => v);

/**
 * The published date of a relation or article, cut to its day, against a bound `$key`. An
 * undated one passes: a date range says nothing about it, and the `undated` filter is the one
 * that leaves it out.
 */
const publishedTest = (op: '>=' | '<=', key: string) => (x: string) =>
  `(${x}.published IS NULL OR left(${x}.published, 10) ${op} $${key})`;

export const FILTERS = {
  types: {
    key: 'types',
    default: ENTITY_TYPES,
    views: EVERY_VIEW,
    ...list(oneOf(ENTITY_TYPES), { max: ENTITY_TYPES.length, all: ENTITY_TYPES }),
    cypher: { entity: (e) => `${e}.type IN $types` },
  } satisfies Filter<readonly EntityType[]>,

  relations: {
    key: 'relations',
    default: RELATION_TYPES,
    views: EVERY_VIEW,
    ...list(oneOf(RELATION_TYPES), { max: RELATION_TYPES.length, all: RELATION_TYPES }),
    cypher: null,
  } satisfies Filter<readonly RelationType[]>,

  /**
   * Also draw CO_MENTIONED edges: two entities named in one sentence (`sentence`) or one article
   * (`article`), weighted by how many. Walked by expand and paths like a relation; the article,
   * date and type filters narrow them, the confidence filter does not (nothing is claimed).
   */
  comention: {
    key: 'comention',
    default: 'off',
    views: EVERY_VIEW,
    ...one(oneOf(COMENTION_GRAINS), 'off', (v) => (v === 'off' ? null : v)),
    cypher: null,
  } satisfies Filter<ComentionGrain>,

  /** Empty: every article. */
  articles: {
    key: 'articles',
    default: [],
    views: EVERY_VIEW,
    ...list((raw) => (ARTICLE_ID.test(raw) ? raw : fail('not an article id')), { max: 500 }),
    cypher: {
      relation: (r) => `${r}.article IN $articles`,
      article: (a) => `${a}.id IN $articles`,
    },
  } satisfies Filter<readonly string[]>,

  /** Inclusive bounds on the article's published date. */
  from: {
    key: 'from',
    default: null,
    views: EVERY_VIEW,
    ...optionalDate,
    cypher: { relation: publishedTest('>=', 'from'), article: publishedTest('>=', 'from') },
  } satisfies Filter<string | null>,

  to: {
    key: 'to',
    default: null,
    views: EVERY_VIEW,
    ...optionalDate,
    cypher: { relation: publishedTest('<=', 'to'), article: publishedTest('<=', 'to') },
  } satisfies Filter<string | null>,

  /** Keep evidence from articles without a published date (most real corpora have many). */
  undated: {
    key: 'undated',
    default: true,
    views: EVERY_VIEW,
    ...one(
      (raw) => oneOf(['true', 'false'])(raw) === 'true',
      true,
      (v) => (v ? null : 'false'),
    ),
    cypher: {
      relation: (r) => `${r}.published IS NOT NULL`,
      article: (a) => `${a}.published IS NOT NULL`,
    },
  } satisfies Filter<boolean>,

  minConfidence: {
    key: 'minConfidence',
    default: 0,
    views: EVERY_VIEW,
    ...one(
      (raw) => {
        const n = raw.trim() === '' ? NaN : Number(raw);
        return n >= 0 && n <= 1 ? n : fail('use a number from 0 to 1');
      },
      0,
      (v) => (v > 0 ? String(v) : null),
    ),
    cypher: { relation: (r) => `${r}.confidence >= $minConfidence` },
  } satisfies Filter<number>,

  /** Keep the entities whose names match this, and their neighbours. */
  q: {
    key: 'q',
    default: null,
    views: GRAPH_ONLY,
    ...one<string | null>(
      (raw) => {
        const text = raw.trim();
        if (text === '') return fail('type something');
        return text.length <= MAX_TEXT ? text : fail(`use at most ${MAX_TEXT} characters`);
      },
      null,
      (v) => v,
    ),
    cypher: null,
  } satisfies Filter<string | null>,

  /** Also show entities that have no relation passing the filters. */
  isolated: {
    key: 'isolated',
    default: false,
    views: GRAPH_ONLY,
    ...one(
      (raw) => oneOf(['true', 'false'])(raw) === 'true',
      false,
      (v) => (v ? 'true' : null),
    ),
    cypher: null,
  } satisfies Filter<boolean>,
};

export type FilterKey = keyof typeof FILTERS;

/** The filters of a view, every key present: a filter at its default does not narrow. */
export type FilterValues = { -readonly [K in FilterKey]: ReturnType<(typeof FILTERS)[K]['read']> };

export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

export const DEFAULT_FILTERS: FilterValues = Object.fromEntries(
  FILTER_KEYS.map((k) => [k, FILTERS[k].default]),
) as unknown as FilterValues;

/** A row of the table, typed for code that treats every filter alike. */
export const filterOf = (key: FilterKey) => FILTERS[key] as unknown as Filter<unknown>;

/** The keys a view takes. */
export const filterKeysFor = (view: ViewKind): FilterKey[] =>
  FILTER_KEYS.filter((k) => filterOf(k).views.includes(view));

/** Whether a filter narrows the view: its value is not the default. */
export const isSet = (filters: FilterValues, key: FilterKey): boolean =>
  filterOf(key).write(filters[key]) !== null;

/** The view's filters that are set. */
export const setFilters = (filters: FilterValues): FilterKey[] =>
  FILTER_KEYS.filter((k) => isSet(filters, k));

/**
 * Reads the filters of a view from a query. Strict (the API) throws a FilterError naming the
 * first bad key; lenient (a link the page opens) keeps the defaults for what it cannot read.
 */
export function readFilters(
  get: (key: FilterKey) => readonly string[],
  view: ViewKind,
  strict: boolean,
): FilterValues {
  const filters = { ...DEFAULT_FILTERS } as Record<FilterKey, unknown>;
  for (const key of filterKeysFor(view)) {
    const values = get(key);
    if (values.length === 0) continue;
    try {
      filters[key] = filterOf(key).read(values, strict);
    } catch (error) {
      if (error instanceof FilterError) throw new FilterError(`${key}: ${error.message}`);
      throw error;
    }
  }
  const read = filters as FilterValues;
  if (read.from !== null && read.to !== null && read.from > read.to) {
    if (strict) throw new FilterError('from: must not be after to');
    read.to = null;
  }
  return read;
}

/** Writes the view's filters that are set, so links stay short. */
export function writeFilters(
  filters: FilterValues,
  view: ViewKind,
  params = new URLSearchParams(),
): URLSearchParams {
  for (const key of filterKeysFor(view)) {
    const text = filterOf(key).write(filters[key]);
    if (text !== null) params.set(key, text);
  }
  return params;
}
