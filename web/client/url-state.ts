// The URL holds the view: filters, the selected entity and a path's far end. Copy the address
// and a colleague opens the same view.
import { readFilters, writeFilters, type FilterValues } from '../../src/model/filters.js';

export interface ViewState {
  filters: FilterValues;
  /** Entity whose panel is open. */
  node?: string;
  /** With `node`: show the shortest path from node to this entity. */
  pathTo?: string;
}

export function readUrlState(location: Location = window.location): ViewState {
  const params = new URLSearchParams(location.search);
  // Lenient: a link may be older than the vocabulary, and an edited one is still worth opening.
  const state: ViewState = { filters: readFilters((key) => params.getAll(key), 'graph', false) };
  const node = params.get('node');
  const pathTo = params.get('path');
  if (node) state.node = node;
  if (node && pathTo) state.pathTo = pathTo;
  return state;
}

export function urlFor(state: ViewState): string {
  const params = writeFilters(state.filters, 'graph');
  if (state.node) params.set('node', state.node);
  if (state.node && state.pathTo) params.set('path', state.pathTo);
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
