// The URL holds the view: filters, the selected entity and a path's far end. Copy the address
// and a colleague opens the same view.
import { filtersFromParams, filtersToParams, type GraphFilters } from '../shared/filters.js';

export interface ViewState {
  filters: GraphFilters;
  /** Entity whose panel is open. */
  node?: string;
  /** With `node`: show the shortest path from node to this entity. */
  pathTo?: string;
}

export function readUrlState(location: Location = window.location): ViewState {
  const params = new URLSearchParams(location.search);
  const state: ViewState = { filters: filtersFromParams(params) };
  const node = params.get('node');
  const pathTo = params.get('path');
  if (node) state.node = node;
  if (node && pathTo) state.pathTo = pathTo;
  return state;
}

export function urlFor(state: ViewState): string {
  const params = filtersToParams(state.filters);
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
