// How the page puts a relation into words. A symmetric relation has no direction, so it is never
// written with an arrow: "A and B met", whichever end the store happens to hold as its source.
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../../src/model/types.js';

/** The verb of each symmetric type, for "A and B <verb>". */
const TOGETHER: Partial<Record<RelationType, string>> = { MET_WITH: 'met' };

export function describeRelation(type: RelationType, source: string, target: string): string {
  if (SYMMETRIC_RELATION_TYPES.has(type)) {
    return `${source} and ${target} ${TOGETHER[type] ?? type.replace(/_/g, ' ').toLowerCase()}`;
  }
  return `${source} → ${target}`;
}
