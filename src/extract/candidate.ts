import type { EntityType } from '../model/types.js';
import type { Found } from './found.js';
import { governedPreposition } from './governed.js';
import { PLACE_CUES_BEFORE } from './lexicon/places.js';
import { entityId } from '../model/keys.js';
import type { Token } from './parse.js';

// What classify.ts and unknown-names.ts share: the candidate a row looks at, what a row answers,
// and the small readings of a run both tables make.

/** A capitalised run and what surrounds it, as the rows below see it. */
export interface Candidate {
  tokens: readonly Token[];
  from: number;
  to: number;
  surface: string;
  key: string;
  /** Rests on the capital of a sentence's first word only. */
  weak: boolean;
  /** Written after a title: "Secretary of State Marco Rubio". */
  titled: boolean;
  /** Two runs joined across a comma: "Washington, DC". */
  joined: boolean;
}

export type Hit = Pick<Found, 'type' | 'id' | 'name' | 'outlet' | 'guessed' | 'rule'>;

export interface ClassifyRow {
  /** Names the row in the eval's per-rule table. */
  id: string;
  /** Text the row is for. */
  example: string;
  /** A hit, or null to leave the run out on purpose, or undefined to try the next row. */
  match: (c: Candidate) => Hit | null | undefined;
  reason: string;
}

// "Pacific Oils Ltd", "Acme Holdings plc": the legal form is no part of the name news knows.
const LEGAL_FORM =
  /,?\s+(?:Ltd\.?|Limited|Inc\.?|Incorporated|plc|PLC|LLC|Corp\.|Co\. Ltd\.?|S\.A\.|SA|AG|NV|N\.V\.|GmbH)$/;

export const entity = (type: EntityType, surface: string): Hit => {
  const bare = surface.replace(LEGAL_FORM, '');
  const name = type === 'Organization' && bare !== '' ? bare : surface;
  return { type, name, id: entityId(type, name) };
};
export const tagged = (c: Candidate, tags: readonly string[], every: boolean) => {
  const has = (t: Token) => tags.some((tag) => t.tags.has(tag));
  const run = c.tokens.slice(c.from, c.to);
  return every ? run.every(has) : run.some(has);
};
export const first = (c: Candidate) => c.tokens[c.from];
export const possessive = (c: Candidate) => c.tokens[c.to - 1]?.possessive === true;
/** The capitalised words of the run. */
export const words = (c: Candidate) =>
  c.tokens.slice(c.from, c.to).filter((t) => /^\p{Lu}/u.test(t.text));
/** Index of the preposition before the name, past "the". */
const prepositionAt = (c: Candidate) => c.from - (c.tokens[c.from - 1]?.norm === 'the' ? 2 : 1);
/**
 * Behind a locative preposition no relation word governs: "in Muscat", not "appealed to Moscow".
 */
export const located = (c: Candidate, preps: ReadonlySet<string>) => {
  const p = prepositionAt(c);
  return preps.has(c.tokens[p]?.norm ?? '') && !governedPreposition(c.tokens, p);
};

const PLACE_CUES = PLACE_CUES_BEFORE.map((p) => p.split(' '));
/** Written after words only a place takes: "visited Paris", "took control of Maungdaw". */
export const placeCue = (c: Candidate) =>
  PLACE_CUES.some((p) => p.every((w, k) => c.tokens[c.from - p.length + k]?.norm === w));
