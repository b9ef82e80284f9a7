// What the server adds to the store's read models for the page: the Cypher that shows a view in
// Neo4j Browser. The store reads the graph; how an analyst reopens a view elsewhere is ours.
import type { FilterValues } from '../../src/model/filters.js';
import type { GraphPage, PathResult } from '../../src/model/read-models.js';
import { viewCypher } from '../../src/store/cypher/read.js';
import type { GraphView, PathView } from '../shared/api-types.js';

/** Neo4j Browser draws a few hundred paths well; a view's own page may be larger. */
const BROWSER_ROWS = 300;

export function graphView(page: GraphPage, filters: FilterValues): GraphView {
  return {
    ...page,
    cypher: viewCypher(filters, page.focus, Math.max(page.page.limit, BROWSER_ROWS)),
  };
}

export function pathView(result: PathResult, filters: FilterValues): PathView {
  return { ...result, cypher: viewCypher(filters, result.focus, BROWSER_ROWS) };
}
