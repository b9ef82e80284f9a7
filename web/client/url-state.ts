// The URL holds the view: filters, the selected entity, a path's far end, an open edge, how
// nodes are coloured and sized, and the saved view whose positions the picture has. Copy the
// address and a colleague opens the same view, laid out the same when `view` is there.
import { readAppearance, writeAppearance, type Appearance } from '../../src/model/appearance.js';
import { readFilters, writeFilters, type FilterValues } from '../../src/model/filters.js';

export interface ViewState {
  filters: FilterValues;
  /** Entity whose panel is open. */
  node?: string;
  /** With `node`: show the shortest path from node to this entity. */
  pathTo?: string;
  /** The edge whose evidence is open, by its two ends (`edge=<source>,<target>`). */
  edge?: { source: string; target: string };
  appearance: Appearance;
  /**
   * The saved view the nodes stand as in: opened or just saved, and not moved since (the layout
   * running drops it). Its positions and camera travel with the link; the rest of it is the URL's.
   */
  view?: string;
}

export function readUrlState(location: Location = window.location): ViewState {
  const params = new URLSearchParams(location.search);
  // Lenient: a link may be older than the vocabulary, and an edited one is still worth opening.
  const state: ViewState = {
    filters: readFilters((key) => params.getAll(key), 'graph', false),
    appearance: readAppearance((key) => params.get(key), false),
  };
  const node = params.get('node');
  const pathTo = params.get('path');
  if (node) state.node = node;
  if (node && pathTo) state.pathTo = pathTo;
  // Entity ids hold no comma (web/server/params.ts), so one splits the two ends.
  const [source, target, ...more] = (params.get('edge') ?? '').split(',');
  if (source && target && more.length === 0) state.edge = { source, target };
  const view = params.get('view');
  if (view) state.view = view;
  return state;
}

export function urlFor(state: ViewState): string {
  const params = writeFilters(state.filters, 'graph');
  if (state.node) params.set('node', state.node);
  if (state.node && state.pathTo) params.set('path', state.pathTo);
  if (state.edge) params.set('edge', `${state.edge.source},${state.edge.target}`);
  writeAppearance(state.appearance, params);
  if (state.view) params.set('view', state.view);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

/** Replaces (not pushes) the address, so Back leaves the explorer rather than undoing clicks. */
export function writeUrlState(state: ViewState): void {
  const url = urlFor(state);
  if (url !== `${window.location.pathname}${window.location.search}`) {
    window.history.replaceState(null, '', url);
  }
}
