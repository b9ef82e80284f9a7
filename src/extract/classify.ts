import type { EntityType } from '../model/types.js';
import type { Found } from './found.js';
import { CAPITAL_BY_NAME, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { governedPreposition } from './governed.js';
import { COMPANY_WORDS } from './lexicon/companies.js';
import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { VESSEL_NOUNS, VESSEL_PREFIXES } from './lexicon/non-entities.js';
import {
  FOREIGN_ARTICLES,
  GOVERNMENT_BODIES,
  MEMBER_NOUNS,
  NEWS_OUTLETS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ORGANIZATION_OF_HEADS,
  OUTLET_NOUNS,
  OUTLET_VERBS,
} from './lexicon/organizations.js';
import { PLACE_HEADS, PLACE_OF_HEADS, REGIONS } from './lexicon/places.js';
import { LOCATIVE_PREPOSITIONS, PLACE_PREPOSITIONS } from './lexicon/prepositions.js';
import { nameKey, slug } from './name-key.js';
import type { Token } from './parse.js';
import { PhraseIndex } from './phrase-index.js';
import { titleAt } from './titles.js';

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

type Hit = Pick<Found, 'type' | 'id' | 'name' | 'outlet' | 'guessed'>;

interface ClassifyRow {
  /** A hit, or null to leave the run out on purpose, or undefined to try the next row. */
  match: (c: Candidate) => Hit | null | undefined;
  reason: string;
}

const VESSELS = new Set(VESSEL_PREFIXES);
const VESSEL_WORDS = new Set(VESSEL_NOUNS);
const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS);
const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
const OUTLETS = PhraseIndex.of(NEWS_OUTLETS);
const BODIES = new PhraseIndex(
  GOVERNMENT_BODIES.flatMap((b) => [b.name, ...(b.aliases ?? [])].map((n) => [n, b.name] as const)),
);
const ORG_FIRST = new Set(ORGANIZATION_OF_HEADS);
const ORG_NOUNS = new Set(ORGANIZATION_NOUNS);
const MEMBERS = new Set(MEMBER_NOUNS);
const ARTICLES = new Set(FOREIGN_ARTICLES);
const REPORTING = new Set(OUTLET_VERBS);
const DETERMINERS = new Set(['the', 'a', 'an']);
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
const capital = (c: Candidate) => CAPITAL_BY_NAME.get(safeKey(c));
/** Index of the preposition before the name, past "the". */
const prepositionAt = (c: Candidate) => c.from - (c.tokens[c.from - 1]?.norm === 'the' ? 2 : 1);
/** Behind a locative preposition no relation word governs: "in Muscat", not "appealed to Moscow". */
const located = (c: Candidate, preps: ReadonlySet<string>) => {
  const p = prepositionAt(c);
  return preps.has(c.tokens[p]?.norm ?? '') && !governedPreposition(c.tokens, p);
};
const asPlace = (c: Candidate) => {
  const next = c.tokens[c.to];
  // "Muscat, Oman": the capital of the country named after it, not "Washington, Mexico …".
  const followedByOwnCountry =
    c.tokens[c.to - 1]?.post === ', ' &&
    COUNTRY_BY_NAME.get(next?.key ?? '')?.id === capital(c)?.country.id;
  return c.joined || followedByOwnCountry || located(c, LOCATIVE);
};
const last = (c: Candidate) => c.tokens[c.to - 1]?.key ?? '';
const first = (c: Candidate) => c.tokens[c.from];
const possessive = (c: Candidate) => c.tokens[c.to - 1]?.possessive === true;
/** "Rivian, the American electric-vehicle maker": a kind of organisation in apposition. */
const appositionNoun = (c: Candidate) => {
  if (!/^,/.test(c.tokens[c.to - 1]?.post ?? '') || !DETERMINERS.has(c.tokens[c.to]?.norm ?? ''))
    return false;
  for (let k = c.to + 1; k < c.to + 6; k++) {
    const t = c.tokens[k];
    if (!t) return false;
    if (ORG_NOUNS.has(t.key)) return true;
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
};
const words = (c: Candidate) => c.tokens.slice(c.from, c.to).filter((t) => /^\p{Lu}/u.test(t.text));
/** Some word of the run is no English word: "Xi Jinping", "Bukele", not "Nuclear", "Club World Cup". */
const foreign = (c: Candidate) => words(c).some((t) => !ENGLISH_WORDS.has(t.key));
/** A name no list knows may still be read from context, unless it is a sentence's plain first word. */
const unknownName = (c: Candidate) => !c.weak || foreign(c);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** A name of no list, fit to stand as a person's: see the last row. */
const standsAlone = (c: Candidate) => {
  const word = first(c);
  const before = c.tokens[c.from - 1];
  const after = c.tokens[c.to];
  if (!word || /\d/.test(c.surface) || !unknownName(c)) return false;
  // A person's full name has a word of its own: "Club World Cup" is no one's.
  if (c.to - c.from > 1 && !foreign(c)) return false;
  // "its App Store": something owned, not someone.
  if (POSSESSIVE_PRONOUNS.has(before?.norm ?? '')) return false;
  // "the Islamic regime", "the “massive Armada”": a modifier, not someone.
  const modifier =
    (DETERMINERS.has(before?.norm ?? '') &&
      after !== undefined &&
      /^\p{Ll}/u.test(after.text) &&
      after.tags.has('Noun')) ||
    (before !== undefined && /^\p{Ll}/u.test(before.text) && before.tags.has('Adjective'));
  return !modifier;
};

// Rows are tried in order; the first that answers decides.
const ROWS: readonly ClassifyRow[] = [
  // the aircraft carrier USS Abraham Lincoln
  {
    match: (c) => (VESSELS.has(c.tokens[c.from]?.text ?? '') ? null : undefined),
    reason: 'a ship',
  },
  // the tanker Front Altair; the aircraft carrier Charles de Gaulle
  {
    match: (c) => (VESSEL_WORDS.has(c.tokens[c.from - 1]?.key ?? '') ? null : undefined),
    reason: 'a ship named after the word for its kind',
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
  // the Daily Caller News Foundation, Nippon Steel, the Bank of Japan
  {
    match: (c) =>
      (ORG_LAST.has(last(c)) && c.to - c.from > 1) ||
      (ORG_FIRST.has(first(c)?.key ?? '') && c.tokens[c.from + 1]?.norm === 'of')
        ? entity('Organization', c.surface)
        : undefined,
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
  // automaker Nissan; Rivian, the American electric-vehicle maker
  {
    match: (c) =>
      ORG_NOUNS.has(c.tokens[c.from - 1]?.key ?? '') || appositionNoun(c)
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'named after, or followed in apposition by, a word for a kind of organisation',
  },
  // Saudi Aramco, Air India: a country's name opening a longer name is an organisation's
  {
    match: (c) => {
      const opening = first(c)?.key ?? '';
      const national = COUNTRY_BY_DEMONYM.has(opening) || COUNTRY_BY_NAME.has(opening);
      return c.to - c.from > 1 && national && !tagged(c, ['FirstName'], false)
        ? entity('Organization', c.surface)
        : undefined;
    },
    reason: 'a country or demonym opening a longer name',
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
  // Allergan, AbbVie, Infosys, Anglo American (cspell's company dictionary)
  {
    match: (c) => {
      const known = words(c).every((t) => COMPANY_WORDS.has(t.text.replace(/['’]s?$/, '')));
      // At a sentence's start a plain word must act to count: "Airbus won", not "Copper prices".
      const acts = c.tokens[c.to]?.tags.has('Verb') === true;
      return known && (unknownName(c) || acts) ? entity('Organization', c.surface) : undefined;
    },
    reason: 'every word a company name',
  },
  // BHP, FIFPRO, AbbVie, TikTok: initials and inner capitals are the shapes of brands
  {
    match: (c) =>
      c.to - c.from === 1 &&
      (/^[A-Z]{3,}$/.test(c.surface) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(c.surface))
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'an acronym or a word with an inner capital',
  },
  // a Hamas official; Toyota executives; the M23 rebels
  {
    match: (c) =>
      unknownName(c) && !possessive(c) && MEMBERS.has(c.tokens[c.to]?.key ?? '')
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'an unknown name before the people it acts through',
  },
  // Samsung's chairman Lee Jae-yong; Tesla's Elon Musk
  {
    match: (c) => {
      const next = c.tokens[c.to];
      const ownsPerson =
        titleAt(c.tokens, c.to) > 0 ||
        (next !== undefined && ['FirstName', 'Person'].some((tag) => next.tags.has(tag)));
      return possessive(c) && ownsPerson ? entity('Organization', c.surface) : undefined;
    },
    reason: 'an unknown name that owns an office or a person is an organisation',
  },
  // met in Nyon; at the Palais des Nations
  {
    match: (c) =>
      located(c, PLACE_PREPS) && !possessive(c) && !/\d/.test(c.surface)
        ? entity('Place', c.surface)
        : undefined,
    reason: 'an unknown name behind a locative preposition',
  },
  // Le Monde, El País, Die Welt
  {
    match: (c) =>
      c.to - c.from > 1 && ARTICLES.has(first(c)?.key ?? '')
        ? { ...entity('Organization', c.surface), outlet: true }
        : undefined,
    reason: 'a name opening with a foreign article is most often a newspaper',
  },
  // Nikkei reported that …
  {
    match: (c) =>
      unknownName(c) && REPORTING.has(c.tokens[c.to]?.norm ?? '')
        ? { ...entity('Organization', c.surface), outlet: true }
        : undefined,
    reason: 'the bare subject of "reported" is a news outlet',
  },
  // Trump's unusual claim
  {
    match: (c) =>
      !c.weak && c.tokens[c.to - 1]?.possessive ? entity('Person', c.surface) : undefined,
    reason: 'an unknown name that owns something is most often a person',
  },
  // Xi Jinping; Bukele pressed Washington; newly released Epstein files
  {
    match: (c) => (standsAlone(c) ? { ...entity('Person', c.surface), guessed: true } : undefined),
    reason:
      'a name no list knows, written mid-sentence or not an English word, is most often a person',
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
