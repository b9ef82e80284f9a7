// A saved view: a name, and what the page needs to show a view again as it was — its filters (in
// their URL form, read by the one filter table, src/model/filters.ts), the open entity and path,
// how nodes are coloured and sized (appearance.ts), where each node stood and where the camera
// looked. Kept in Neo4j for everyone using that
// database (src/store/views.ts); checked here, once, for the API and the store alike.
import { AppearanceError, appearanceText, readAppearanceText } from './appearance.js';
import { FilterError, readFilters, writeFilters, type FilterValues } from './filters.js';

/** Caps that keep one view, and all of them, small enough to store and send without thought. */
export const SAVED_VIEW_LIMITS = {
  /** Characters of a name. */
  name: 80,
  /** Node positions kept per view: the page's largest view (GRAPH_LIMITS.maxNodes). */
  positions: 5_000,
  /** Views per database. */
  views: 500,
  /** Characters of an entity id (the API's own id rule). */
  id: 200,
} as const;

export interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** What is saved: everything to open the view again. */
export interface SavedViewState {
  name: string;
  /** The filters in their URL form (`types=Person&minConfidence=0.5`), as links spell them. */
  filters: string;
  /** The entity whose panel is open, and a path's far end. */
  node?: string;
  pathTo?: string;
  /** Colour and size choices in their URL form (`color=community&size=pagerank`); '' default. */
  appearance?: string;
  /** Graph coordinates by entity id. */
  positions: Record<string, [number, number]>;
  camera: Camera;
}

export interface SavedView extends SavedViewState {
  id: string;
  /** ISO timestamps. */
  created: string;
  updated: string;
}

/** A line of the list: no positions. */
export interface SavedViewSummary {
  id: string;
  name: string;
  updated: string;
  nodes: number;
}

/** A saved view the API cannot take; the message names the field and what it takes. */
export class SavedViewError extends Error {
  override name = 'SavedViewError';
}

const fail = (message: string): never => {
  throw new SavedViewError(message);
};

const NAME = /^[^\p{Cc}]+$/u;
const ENTITY_ID = /^[\p{L}\p{N}_.:-]{1,200}$/u;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const finite = (v: unknown, what: string, min = -1e9, max = 1e9): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
    ? v
    : fail(`${what}: use a number from ${min} to ${max}`);

/** Two decimals are finer than a pixel at any zoom the page allows, and keep views small. */
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Reads a saved view from untrusted JSON: strict, every field checked, unknown fields refused,
 * filters read by the filter table exactly as the API reads a query.
 */
export function readSavedViewState(input: unknown): SavedViewState {
  if (!isRecord(input)) return fail('body: send a JSON object');
  const known = ['name', 'filters', 'node', 'pathTo', 'appearance', 'positions', 'camera'];
  const extra = Object.keys(input).find((k) => !known.includes(k));
  if (extra !== undefined) fail(`${extra.slice(0, 40)}: not a field of a saved view`);

  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '' || name.length > SAVED_VIEW_LIMITS.name || !NAME.test(name)) {
    fail(`name: use 1 to ${SAVED_VIEW_LIMITS.name} characters, no control characters`);
  }

  // The filters travel in their URL form, the one spelling links and the API already use.
  if (typeof (input.filters ?? '') !== 'string') fail('filters: send the query string of a view');
  let filters = '';
  try {
    filters = filtersText(readFiltersText((input.filters as string | undefined) ?? '', true));
  } catch (error) {
    if (error instanceof FilterError) fail(`filters: ${error.message}`);
    throw error;
  }

  if (typeof (input.appearance ?? '') !== 'string') fail('appearance: send color=…&size=…');
  let appearance = '';
  try {
    appearance = appearanceText(readAppearanceText((input.appearance as string) ?? '', true));
  } catch (error) {
    if (error instanceof AppearanceError) fail(`appearance: ${error.message}`);
    throw error;
  }

  const entity = (v: unknown, what: string) =>
    v === undefined
      ? undefined
      : typeof v === 'string' && ENTITY_ID.test(v)
        ? v
        : fail(`${what}: not an entity id`);
  const node = entity(input.node, 'node');
  const pathTo = entity(input.pathTo, 'pathTo');
  if (pathTo !== undefined && node === undefined) fail('pathTo: needs node');

  if (!isRecord(input.positions)) fail('positions: send an object of id: [x, y]');
  const given = Object.entries(input.positions as Record<string, unknown>);
  if (given.length > SAVED_VIEW_LIMITS.positions) {
    fail(`positions: at most ${SAVED_VIEW_LIMITS.positions}`);
  }
  const positions: Record<string, [number, number]> = {};
  for (const [id, at] of given) {
    if (!ENTITY_ID.test(id))
      fail(`positions: ${JSON.stringify(id.slice(0, 40))} is not an entity id`);
    if (!Array.isArray(at) || at.length !== 2) fail(`positions.${id}: use [x, y]`);
    const [x, y] = at as unknown[];
    positions[id] = [round(finite(x, `positions.${id}`)), round(finite(y, `positions.${id}`))];
  }

  if (!isRecord(input.camera)) fail('camera: send {x, y, ratio, angle}');
  const c = input.camera as Record<string, unknown>;
  const camera: Camera = {
    x: finite(c.x, 'camera.x', -1e6, 1e6),
    y: finite(c.y, 'camera.y', -1e6, 1e6),
    ratio: finite(c.ratio, 'camera.ratio', 1e-6, 1e6),
    angle: finite(c.angle ?? 0, 'camera.angle', -10, 10),
  };

  return {
    name,
    filters,
    ...(node === undefined ? {} : { node }),
    ...(pathTo === undefined ? {} : { pathTo }),
    appearance,
    positions,
    camera,
  };
}

/** The filters as saved and sent: their URL form, only what is set. */
export const filtersText = (filters: FilterValues): string =>
  writeFilters(filters, 'graph').toString();

/** The filters of a saved view; lenient for one saved before the vocabulary changed. */
export function readFiltersText(text: string, strict: boolean): FilterValues {
  const query = new URLSearchParams(text);
  return readFilters((key) => query.getAll(key), 'graph', strict);
}
