import { NOMINAL_OBJECT_PREPOSITIONS } from './lexicon/prepositions.js';
import { TRIGGERS } from './lexicon/triggers.js';
import type { Token } from './parse.js';

// "word preposition" pairs where the preposition introduces the party a relation is aimed at,
// read off the trigger table: "appealed to", "met with", "pressure on". A capital behind one is
// the government addressed ("Tehran appealed to Moscow"), not a place ("flew to Moscow").
const GOVERNED = new Set(
  TRIGGERS.flatMap((row) => {
    const preps = row.frames.includes('nominal')
      ? NOMINAL_OBJECT_PREPOSITIONS
      : (row.objectPreps ?? []);
    return row.match.flatMap((word) => preps.filter((p) => p !== '').map((p) => `${word} ${p}`));
  }),
);

/** The preposition at tokens[p] is governed by the relation word before it. */
export function governedPreposition(tokens: readonly Token[], p: number): boolean {
  const before = tokens[p - 1];
  const prep = tokens[p];
  return before !== undefined && prep !== undefined && GOVERNED.has(`${before.norm} ${prep.norm}`);
}
