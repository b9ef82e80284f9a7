import { SYMMETRIC_RELATION_TYPES, type RelationType } from './types.js';

/**
 * A relation's ends in the order it is stored and compared in: a symmetric relation (MET_WITH)
 * reads from the smaller id to the larger, so "A met B" and "B met A" are one relation.
 */
export function orderedEnds(type: RelationType, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATION_TYPES.has(type) && target < source
    ? [target, source]
    : [source, target];
}
