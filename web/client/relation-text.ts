// How the page puts a relation into words. A symmetric relation has no direction, so it is never
// written with an arrow: "A and B met", whichever end the store happens to hold as its source.
import { isUndirected, type EdgeType } from '../../src/model/types.js';

/** The verb of each undirected type, for "A and B <verb>". */
const TOGETHER: Partial<Record<EdgeType, string>> = {
  MET_WITH: 'met',
  CO_MENTIONED: 'are named together',
};

export function describeRelation(type: EdgeType, source: string, target: string): string {
  if (isUndirected(type)) {
    return `${source} and ${target} ${TOGETHER[type] ?? type.replace(/_/g, ' ').toLowerCase()}`;
  }
  return `${source} → ${target}`;
}
