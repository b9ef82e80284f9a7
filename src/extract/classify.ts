import type { EntityType } from '../model/types.js';
import type { Found } from './found.js';
import { CAPITAL_BY_NAME, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { VESSEL_PREFIXES } from './lexicon/non-entities.js';
import {
  GOVERNMENT_BODIES,
  NEWS_OUTLETS,
  ORGANIZATION_HEADS,
  OUTLET_NOUNS,
} from './lexicon/organizations.js';
import { PLACE_HEADS, PLACE_OF_HEADS, REGIONS } from './lexicon/places.js';
import { LOCATIVE_PREPOSITIONS } from './lexicon/prepositions.js';
import { nameKey, slug } from './name-key.js';
import type { Token } from './parse.js';
import { PhraseIndex } from './phrase-index.js';

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

type Hit = Pick<Found, 'type' | 'id' | 'name'> & { outlet?: boolean };

interface ClassifyRow {
  /** A hit, or null to leave the run out on purpose, or undefined to try the next row. */
  match: (c: Candidate) => Hit | null | undefined;
  reason: string;
}

const VESSELS = new Set(VESSEL_PREFIXES);
const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS);
const OUTLETS = PhraseIndex.of(NEWS_OUTLETS);
const BODIES = PhraseIndex.of(GOVERNMENT_BODIES);
const REGION_INDEX = PhraseIndex.of(REGIONS);
const OUTLET_NOUN_KEYS = new Set(OUTLET_NOUNS.map(nameKey));
const PLACE_LAST = new Set(PLACE_HEADS);
const PLACE_FIRST = new Set(PLACE_OF_HEADS);
const ORG_LAST = new Set(ORGANIZATION_HEADS);

const entity = (type: EntityType, name: string): Hit => ({
  type,
  name,
  id: `${type.toLowerCase()}:${slug(name)}`,
});
const tagged = (c: Candidate, tags: readonly string[], every: boolean) => {
  const has = (t: Token) => tags.some((tag) => t.tags.has(tag));
  const run = c.tokens.slice(c.from, c.to);
  return every ? run.every(has) : run.some(has);
};
// Two- and three-letter forms ("US", "UAE") count only in capitals: "us" is a pronoun.
const safeKey = (c: Candidate) =>
  c.key.length > 3 || c.surface.replace(/[^A-Za-z]/g, '') === c.key.toUpperCase() ? c.key : '';
const previous = (c: Candidate) => {
  const before = c.tokens[c.from - 1];
  return before?.norm === 'the' ? c.tokens[c.from - 2] : before;
};
const capital = (c: Candidate) => CAPITAL_BY_NAME.get(safeKey(c));
const asPlace = (c: Candidate) => {
  const next = c.tokens[c.to];
  const followedByCountry =
    c.tokens[c.to - 1]?.post === ', ' && COUNTRY_BY_NAME.has(next?.key ?? '');
  return c.joined || followedByCountry || LOCATIVE.has(previous(c)?.norm ?? '');
};
const last = (c: Candidate) => c.tokens[c.to - 1]?.key ?? '';

// Rows are tried in order; the first that answers decides.
const ROWS: readonly ClassifyRow[] = [
  // the aircraft carrier USS Abraham Lincoln
  {
    match: (c) => (VESSELS.has(c.tokens[c.from]?.text ?? '') ? null : undefined),
    reason: 'a ship',
  },
  // confirmed on X Wednesday; a lone initial
  { match: (c) => (/^[A-Z]$/.test(c.surface) ? null : undefined), reason: 'a single letter' },
  // Iran, the U.S., Turkey, the United States
  {
    match: (c) => {
      const country = COUNTRY_BY_NAME.get(safeKey(c));
      return country && { type: 'Country', ...country };
    },
    reason: 'a country name or alternate spelling from the dataset',
  },
  // Qatari leadership, the Iranians
  {
    match: (c) => {
      const country = COUNTRY_BY_DEMONYM.get(c.key);
      return country && { type: 'Country', ...country };
    },
    reason: 'a demonym stands for its country',
  },
  // the meeting is scheduled in Muscat, Oman; in Washington, DC
  {
    match: (c) => {
      const city = capital(c);
      return city && asPlace(c) ? entity('Place', city.name) : undefined;
    },
    reason: 'a capital as a location',
  },
  // Washington and Tehran had agreed to meet
  {
    match: (c) => {
      const city = capital(c);
      return city && { type: 'Country', ...city.country };
    },
    reason: 'a capital as the government seated there',
  },
  // the Strait of Hormuz; the Middle East
  {
    match: (c) =>
      REGION_INDEX.matchAll(c.tokens, c.from, c.to) ? entity('Place', c.surface) : undefined,
    reason: 'a world region',
  },
  // told Axios
  {
    match: (c) => {
      const name = OUTLETS.matchAll(c.tokens, c.from, c.to);
      return name ? { ...entity('Organization', name), outlet: true } : undefined;
    },
    reason: 'a known news outlet',
  },
  // the White House, the State Department's
  {
    match: (c) => {
      const name = BODIES.matchAll(c.tokens, c.from, c.to);
      return name ? entity('Organization', name) : undefined;
    },
    reason: 'a known government body',
  },
  // the Harry S. Truman Building, the Strait of Hormuz
  {
    match: (c) =>
      PLACE_LAST.has(last(c)) ||
      (PLACE_FIRST.has(c.tokens[c.from]?.key ?? '') && c.tokens[c.from + 1]?.norm === 'of')
        ? entity('Place', c.surface)
        : undefined,
    reason: 'a building, waterway or other place by its head word',
  },
  // the Daily Caller News Foundation
  {
    match: (c) =>
      ORG_LAST.has(last(c)) && c.to - c.from > 1 ? entity('Organization', c.surface) : undefined,
    reason: 'an organisation by its head word',
  },
  // Israeli outlet N12
  {
    match: (c) =>
      OUTLET_NOUN_KEYS.has(c.tokens[c.from - 1]?.key ?? '')
        ? { ...entity('Organization', c.surface), outlet: true }
        : undefined,
    reason: 'named right after a word for a news outlet',
  },
  // Foreign Minister Seyed Abbas Araghchi
  {
    match: (c) => (c.titled ? entity('Person', c.surface) : undefined),
    reason: 'named after a title',
  },
  // Jared Kushner, Rubio
  {
    match: (c) =>
      tagged(c, ['Person', 'FirstName', 'LastName'], false)
        ? entity('Person', c.surface)
        : undefined,
    reason: 'compromise knows the first or last name',
  },
  // Google
  {
    match: (c) =>
      !c.weak && tagged(c, ['Organization'], true) ? entity('Organization', c.surface) : undefined,
    reason: 'compromise tags every word as an organisation',
  },
  // Istanbul
  {
    match: (c) =>
      tagged(c, ['City', 'Region', 'Place'], true) ? entity('Place', c.surface) : undefined,
    reason: 'compromise tags every word as a place',
  },
  // Trump's unusual claim
  {
    match: (c) =>
      !c.weak && c.tokens[c.to - 1]?.possessive ? entity('Person', c.surface) : undefined,
    reason: 'an unknown name that owns something is most often a person',
  },
];

/**
 * What a capitalised run names. undefined: nothing we know of, kept as a possible short name of
 * a person the article names in full ("Witkoff and Jared Kushner …").
 */
export function classify(c: Candidate): Hit | null | undefined {
  for (const row of ROWS) {
    const hit = row.match(c);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
