import {
  entity,
  located,
  placeCue,
  tagged,
  words,
  type Candidate,
  type ClassifyRow,
  type Hit,
} from './candidate.js';
import { CAPITAL_BY_NAME, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { isFirstName } from './lexicon/first-names.js';
import {
  CALENDAR_WORDS,
  LANGUAGE_NAMES,
  COMMON_ACRONYMS,
  DESCRIBED_THINGS,
  EVENT_HEADS,
  EVENT_OPENERS,
  VESSEL_NOUNS,
  VESSEL_PREFIXES,
} from './lexicon/non-entities.js';
import {
  FOREIGN_ARTICLES,
  GOVERNMENT_BODIES,
  NEWS_OUTLETS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAME_HEADS,
  MEMBER_NOUNS,
  ORGANIZATION_OF_HEADS,
  OUTLET_NOUNS,
} from './lexicon/organizations.js';
import { cityName } from './lexicon/cities.js';
import {
  CITY_FIXTURES,
  DIRECTION_WORDS,
  PLACE_HEADS,
  PLACE_OF_HEADS,
  REGIONS,
  TRAVEL_NOUNS,
  DEPARTURE_VERBS,
} from './lexicon/places.js';
import { LOCATIVE_PREPOSITIONS } from './lexicon/prepositions.js';
import { nameKey } from '../model/keys.js';
import { nlp } from './nlp.js';
import { titleAt } from './titles.js';
import { PhraseIndex } from './phrase-index.js';
import { GAZETTEER_ROW, KIND_ROWS, UNKNOWN_NAME_ROWS, peopleNounAt } from './unknown-names.js';

export type { Candidate } from './candidate.js';

const VESSELS = new Set(VESSEL_PREFIXES);
const FOREIGN = new Set(FOREIGN_ARTICLES);
const VESSEL_WORDS = new Set(VESSEL_NOUNS);
const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS);
const OUTLETS = PhraseIndex.of(NEWS_OUTLETS);
const BODIES = new PhraseIndex(
  GOVERNMENT_BODIES.flatMap((b) => [b.name, ...(b.aliases ?? [])].map((n) => [n, b.name] as const)),
);
const ORG_FIRST = new Set(ORGANIZATION_OF_HEADS);
const ORG_NAME_FIRST = new Set(ORGANIZATION_NAME_HEADS);
const ORG_NAME_LINKS = new Set(['of', 'for', 'on']);
const REGION_INDEX = PhraseIndex.of(REGIONS);
const OUTLET_NOUN_KEYS = new Set(OUTLET_NOUNS.map(nameKey));
const PLACE_LAST = new Set(PLACE_HEADS);
const PLACE_FIRST = new Set(PLACE_OF_HEADS);
const ORG_LAST = new Set(ORGANIZATION_HEADS);
const ACRONYMS = new Set(COMMON_ACRONYMS);
const CALENDAR = new Set(CALENDAR_WORDS);
const LANGUAGES = new Set(LANGUAGE_NAMES);
const EVENT_LAST = new Set(EVENT_HEADS);
const EVENT_FIRST = new Set(EVENT_OPENERS);
const DIRECTIONS = new Set(DIRECTION_WORDS);
const FIXTURES = new Set(CITY_FIXTURES);

const DESCRIBED = new Set(DESCRIBED_THINGS);
const MEMBERS = new Set(MEMBER_NOUNS);
/** "the Paris climate agreement": a lowercase noun the name only qualifies, not who acts. */
const modifies = (c: Candidate) => {
  const next = c.tokens[c.to];
  return (
    c.tokens[c.from - 1]?.norm === 'the' &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    next.tags.has('Noun') &&
    !MEMBERS.has(next.norm) &&
    !c.tokens[c.to - 1]?.possessive
  );
};

// Two- and three-letter forms ("US", "UAE") count only in capitals: "us" is a pronoun.
const safeKey = (c: Candidate) =>
  c.key.length > 3 || c.surface.replace(/[^A-Za-z]/g, '') === c.key.toUpperCase() ? c.key : '';
const capital = (c: Candidate) => CAPITAL_BY_NAME.get(safeKey(c));
const TRAVEL = new Set(TRAVEL_NOUNS);
const DEPARTED = new Set(DEPARTURE_VERBS);
/** "ferry services between Suva and …", "sailings from Manila": a route's end, not a government. */
const travelledTo = (c: Candidate) => {
  const p = c.from - 1;
  if (DEPARTED.has(c.tokens[p]?.norm ?? '')) return true;
  if (!['between', 'from', 'to', 'for'].includes(c.tokens[p]?.norm ?? '')) return false;
  return c.tokens.slice(Math.max(0, p - 3), p).some((t) => TRAVEL.has(t.norm));
};
/** A town that is no capital nor country: "Levuka", "Lae". */
const town = (t: Candidate['tokens'][number] | undefined) =>
  t !== undefined &&
  /^\p{Lu}/u.test(t.text) &&
  !CAPITAL_BY_NAME.has(t.key) &&
  !COUNTRY_BY_NAME.has(t.key) &&
  cityName(t.key) !== undefined;
/** "branches in Bangkok and Jakarta": a capital joined by "and" to a capital behind a locative. */
const listedPlace = (c: Candidate) => {
  const first = c.tokens[c.from - 2];
  return (
    c.tokens[c.from - 1]?.norm === 'and' &&
    first !== undefined &&
    !first.possessive &&
    CAPITAL_BY_NAME.has(first.key) &&
    LOCATIVE.has(c.tokens[c.from - 3]?.norm ?? '')
  );
};
/** "Suva and Levuka", "Lae and Port Moresby": joined by "and" to a town, a capital is a city too. */
const besideTown = (c: Candidate) =>
  (c.tokens[c.to]?.norm === 'and' && town(c.tokens[c.to + 1]) && !c.tokens[c.to + 1]?.possessive) ||
  (c.tokens[c.from - 1]?.norm === 'and' && town(c.tokens[c.from - 2]));
const asPlace = (c: Candidate) => {
  const next = c.tokens[c.to];
  // "Muscat, Oman": the capital of the country named after it, not "Washington, Mexico …".
  const followedByOwnCountry =
    c.tokens[c.to - 1]?.post === ', ' &&
    COUNTRY_BY_NAME.get(next?.key ?? '')?.id === capital(c)?.country.id;
  // "Port Vila's main hospital": what the city owns, past one modifier.
  const fixture =
    c.tokens[c.to - 1]?.possessive === true &&
    [c.to, c.to + 1].some((k) => FIXTURES.has(c.tokens[k]?.norm ?? ''));
  return (
    c.joined ||
    followedByOwnCountry ||
    fixture ||
    located(c, LOCATIVE) ||
    placeCue(c) ||
    travelledTo(c) ||
    besideTown(c) ||
    listedPlace(c)
  );
};
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Adverb', 'Condition', 'QuestionWord'];
const functionWords = new Map<string, boolean>();
/** compromise's own lexicon, asked about the word in lowercase, alone; cached per word. */
function functionWord(key: string): boolean {
  let known = functionWords.get(key);
  if (known === undefined) {
    const tags: string[] = nlp(key).json()[0]?.terms?.[0]?.tags ?? [];
    known = tags.length > 0 && tags.every((t) => FUNCTION_TAGS.includes(t));
    functionWords.set(key, known);
  }
  return known;
}
const last = (c: Candidate) => c.tokens[c.to - 1]?.key ?? '';

// Rows are tried in order; the first that answers decides. Lists first, then what the words
// around a name say of its kind, then compromise's tags, then names no list knows.
export const CLASSIFY_ROWS: readonly ClassifyRow[] = [
  {
    id: 'ship-prefix',
    example: 'the aircraft carrier USS Abraham Lincoln',
    match: (c) => (VESSELS.has(c.tokens[c.from]?.text ?? '') ? null : undefined),
    reason: 'a ship',
  },
  {
    id: 'ship-noun',
    example: 'the tanker Front Altair; the aircraft carrier Charles de Gaulle',
    match: (c) => (VESSEL_WORDS.has(c.tokens[c.from - 1]?.key ?? '') ? null : undefined),
    reason: 'a ship named after the word for its kind',
  },
  {
    id: 'single-letter',
    example: 'confirmed on X Wednesday; a lone initial',
    match: (c) => (/^[A-Z]$/.test(c.surface) ? null : undefined),
    reason: 'a single letter',
  },
  {
    id: 'calendar-word',
    example: 'observers for the January vote',
    match: (c) => (c.to - c.from === 1 && CALENDAR.has(c.key) ? null : undefined),
    reason: 'a month or a weekday',
  },
  {
    id: 'tournament-group',
    example: 'Group B standings; top of Pool A',
    match: (c) =>
      c.to - c.from === 2 &&
      ['group', 'pool'].includes(c.tokens[c.from]?.key ?? '') &&
      /^(?:[A-Z]|\d{1,2})$/.test(c.tokens[c.from + 1]?.text ?? '')
        ? entity('Organization', c.surface)
        : undefined,
    reason:
      "a tournament's group or pool by its letter is a set of teams (an organisation, as GUM annotates it), never a person",
  },
  {
    id: 'language-name',
    example: 'according to a translation of his remarks in Arabic; translated from Portuguese',
    match: (c) =>
      c.to - c.from === 1 &&
      LANGUAGES.has(c.key) &&
      ['in', 'from', 'into'].includes(c.tokens[c.from - 1]?.norm ?? '') &&
      !(c.tokens[c.to]?.tags.has('Noun') === true && c.tokens[c.to]?.tags.has('Verb') !== true)
        ? null
        : undefined,
    reason:
      'a language a text is in or translated from names no one (not before a noun: "in Portuguese waters")',
  },
  {
    id: 'bare-title',
    example: 'The President also named …; the Minister said',
    match: (c) => (titleAt(c.tokens, c.from) === c.to - c.from ? null : undefined),
    reason: 'a title written without a name is a description of someone, no name of its own',
  },
  {
    id: 'event-name',
    example: 'the Bledisloe Cup; the East Asia Summit; Cyclone Alfred; the Copa Libertadores',
    match: (c) =>
      EVENT_LAST.has(last(c)) || (c.to - c.from > 1 && EVENT_FIRST.has(c.tokens[c.from]?.key ?? ''))
        ? null
        : undefined,
    reason: 'a tournament, summit, festival or storm is an event, no actor',
  },
  {
    id: 'direction-place',
    example: 'its factory in North Carolina; flooding in Western Cape',
    match: (c) =>
      c.to - c.from > 1 &&
      DIRECTIONS.has(c.tokens[c.from]?.key ?? '') &&
      !ORG_LAST.has(last(c)) &&
      located(c, LOCATIVE) &&
      !c.tokens[c.to - 1]?.possessive
        ? entity('Place', c.surface)
        : undefined,
    reason: 'a name opened by a direction behind a locative preposition is a region',
  },
  {
    id: 'common-acronym',
    example: 'lower LNG prices; GDP grew 2%',
    match: (c) => (ACRONYMS.has(c.surface) ? null : undefined),
    reason: 'the acronym of a common noun names no one',
  },
  {
    id: 'country-name',
    example: 'Iran, the U.S., Turkey, the United States',
    match: (c) => {
      const country = COUNTRY_BY_NAME.get(safeKey(c));
      return country && { type: 'Country', ...country };
    },
    reason: 'a country name or alternate spelling from the dataset',
  },
  {
    id: 'people-plural',
    example: 'Thousands of ethnic Albanians marched; More than 2,000 Afghans crossed back',
    match: (c) => {
      const last = c.tokens[c.to - 1];
      const before = c.tokens[c.from - 1]?.norm ?? '';
      // "the Iranians rejected the offer" stays the government (the demonym row).
      const people =
        last !== undefined &&
        /[^\Ws]s$/u.test(last.text) &&
        COUNTRY_BY_DEMONYM.has(last.key) &&
        before !== 'the' &&
        c.tokens.slice(c.from, c.to - 1).every((t) => ENGLISH_WORDS.has(t.key));
      return people || (before === 'ethnic' && COUNTRY_BY_DEMONYM.has(c.key))
        ? entity('Group', c.surface)
        : undefined;
    },
    reason:
      'a plural demonym with no "the", or after "ethnic", is a people (a Group), not its country',
  },
  {
    id: 'demonym-describes',
    example: 'the Brazilian club confirmed; every German plant; a Chinese carmaker',
    match: (c) =>
      COUNTRY_BY_DEMONYM.has(c.key) &&
      DESCRIBED.has(c.tokens[c.to]?.norm ?? '') &&
      !/^\p{Lu}/u.test(c.tokens[c.to + 1]?.text ?? '')
        ? null
        : undefined,
    reason:
      'a demonym on a company, a club, a plant or a player describes it; the country does not act',
  },
  {
    id: 'demonym-people',
    example: 'Southeast Asian investors shrugged off …; European tourists stayed away',
    match: (c) =>
      c.tokens[c.to - 1]?.tags.has('Demonym') === true &&
      !c.tokens[c.to - 1]?.possessive &&
      peopleNounAt(c.tokens, c.to)
        ? null
        : undefined,
    reason:
      "a regional demonym on a people's members (investors, tourists, villagers) names no actor; a country's stays its country",
  },
  {
    id: 'regional-demonym',
    example: 'the North American trade pact; Latin American markets',
    match: (c) => {
      const next = c.tokens[c.to];
      return !COUNTRY_BY_DEMONYM.has(c.key) &&
        c.to - c.from > 1 &&
        c.tokens[c.to - 1]?.tags.has('Demonym') === true &&
        !c.tokens[c.to - 1]?.possessive &&
        next !== undefined &&
        /^\p{Ll}/u.test(next.text) &&
        next.tags.has('Noun')
        ? null
        : undefined;
    },
    reason:
      "a region's demonym of several words before a lowercase noun qualifies it (a pact, markets); no actor",
  },
  {
    id: 'demonym',
    example: 'Qatari leadership, the Iranians',
    match: (c) => {
      const country = COUNTRY_BY_DEMONYM.get(c.key);
      return country && { type: 'Country', ...country };
    },
    reason: 'a demonym stands for its country',
  },
  {
    id: 'capital-as-modifier',
    example: 'the Paris climate agreement; the Doha talks',
    match: (c) => (capital(c) && modifies(c) ? null : undefined),
    reason: 'a capital after "the" before the noun it qualifies names an event or a deal, no actor',
  },
  {
    id: 'capital-as-place',
    example: 'the meeting is scheduled in Muscat, Oman; in Washington, DC',
    match: (c) => {
      const city = capital(c);
      return city && asPlace(c) ? entity('Place', city.name) : undefined;
    },
    reason: 'a capital as a location',
  },
  {
    id: 'capital-as-government',
    example: 'Washington and Tehran had agreed to meet',
    match: (c) => {
      const city = capital(c);
      return city && { type: 'Country', ...city.country };
    },
    reason: 'a capital as the government seated there',
  },
  {
    id: 'world-region',
    example: 'the Strait of Hormuz; the Middle East',
    match: (c) =>
      REGION_INDEX.matchAll(c.tokens, c.from, c.to) ? entity('Place', c.surface) : undefined,
    reason: 'a world region',
  },
  {
    id: 'news-outlet',
    example: 'told Axios',
    match: (c) => {
      const name = OUTLETS.matchAll(c.tokens, c.from, c.to);
      return name ? { ...entity('Organization', name), outlet: true } : undefined;
    },
    reason: 'a known news outlet',
  },
  {
    id: 'government-body',
    example: "the White House, the State Department's",
    match: (c) => {
      const name = BODIES.matchAll(c.tokens, c.from, c.to);
      // "Who met whom?": an acronym written as an English word is that word ("Nato" stays NATO).
      const word = c.to - c.from === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.surface);
      if (word && /^\p{Lu}+$/u.test(name ?? '') && ENGLISH_WORDS.has(c.surface.toLowerCase()))
        return null;
      return name ? entity('Organization', name) : undefined;
    },
    reason: 'a known government body; its acronym only in capitals when it spells an English word',
  },
  {
    id: 'place-head',
    example: 'the Harry S. Truman Building, the Strait of Hormuz',
    match: (c) =>
      PLACE_LAST.has(last(c)) ||
      (PLACE_FIRST.has(c.tokens[c.from]?.key ?? '') && c.tokens[c.from + 1]?.norm === 'of')
        ? entity('Place', c.surface)
        : undefined,
    reason: 'a building, waterway or other place by its head word',
  },
  {
    id: 'organization-head',
    example:
      'the Daily Caller News Foundation, Nippon Steel, the Bank of Japan, the Department for Environment, Food and Rural Affairs',
    match: (c) =>
      (ORG_LAST.has(last(c)) && c.to - c.from > 1) ||
      c.tokens.slice(c.from, c.to - 1).some((t, k) => {
        const next = c.tokens[c.from + k + 1]?.norm ?? '';
        return (
          (ORG_FIRST.has(t.key) && next === 'of') ||
          (ORG_NAME_FIRST.has(t.key) && ORG_NAME_LINKS.has(next))
        );
      })
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'an organisation by its head word',
  },
  {
    id: 'after-outlet-noun',
    example: 'Israeli outlet N12',
    match: (c) =>
      OUTLET_NOUN_KEYS.has(c.tokens[c.from - 1]?.key ?? '')
        ? { ...entity('Organization', c.surface), outlet: true }
        : undefined,
    reason: 'named right after a word for a news outlet',
  },
  ...KIND_ROWS,
  // However, …; In terms of …; Unless …: compromise may read a capitalised opener as a name
  {
    id: 'function-word',
    example: 'However, the talks stalled.',
    match: (c) => (c.to - c.from === 1 && functionWord(c.key) ? null : undefined),
    reason: 'a word compromise reads, lowercased, as a conjunction, preposition or adverb',
  },
  // Regina Ip, Michael Tien: a common first name opening a longer name
  {
    id: 'first-name',
    example: 'Regina Ip and Michael Tien kept their seats.',
    match: (c) => {
      const name = words(c);
      const surname = name[name.length - 1]?.key ?? '';
      // "Lincoln Memorial", "El País": a plain English word or an article is no surname.
      return name.length > 1 &&
        name.length === c.to - c.from &&
        isFirstName(name[0]?.text ?? '') &&
        !ENGLISH_WORDS.has(surname) &&
        // "the North American trade pact": a direction opens a region's name, not a person's
        !DIRECTIONS.has(name[0]?.key ?? '') &&
        !FOREIGN.has(name[0]?.key ?? '')
        ? entity('Person', c.surface)
        : undefined;
    },
    reason: 'a first name from a maintained first-name dataset opening a name of plain words',
  },
  {
    id: 'after-title',
    example: 'Foreign Minister Seyed Abbas Araghchi',
    match: (c) => (c.titled ? entity('Person', c.surface) : undefined),
    reason: 'named after a title',
  },
  GAZETTEER_ROW,
  {
    id: 'opening-modifier',
    example: 'Aid agencies said …; Ferry services were suspended; Oil prices rose',
    match: (c) => {
      const next = c.tokens[c.to];
      const opening = c.from === 0 || /[“"‘(—]/.test(c.tokens[c.from]?.pre ?? '');
      return opening &&
        c.to - c.from === 1 &&
        ENGLISH_WORDS.has(c.key) &&
        next !== undefined &&
        /^\p{Ll}/u.test(next.text) &&
        next.tags.has('Noun') &&
        !next.tags.has('Verb') &&
        !c.tokens[c.from]?.possessive
        ? null
        : undefined;
    },
    reason:
      "a lone English word opening a sentence before a lowercase noun qualifies that noun; compromise's name tags there rest on the capital alone",
  },
  {
    id: 'compromise-person',
    example: 'Jared Kushner, Rubio',
    match: (c) =>
      tagged(c, ['Person', 'FirstName', 'LastName'], false)
        ? entity('Person', c.surface)
        : undefined,
    reason: 'compromise knows the first or last name',
  },
  {
    id: 'compromise-organization',
    example: 'Google',
    match: (c) =>
      !c.weak && tagged(c, ['Organization'], true) ? entity('Organization', c.surface) : undefined,
    reason: 'compromise tags every word as an organisation',
  },
  {
    id: 'compromise-place',
    example: 'Istanbul',
    match: (c) =>
      tagged(c, ['City', 'Region', 'Place'], true) ? entity('Place', c.surface) : undefined,
    reason: 'compromise tags every word as a place',
  },
  ...UNKNOWN_NAME_ROWS,
];

/**
 * What a capitalised run names. undefined: nothing we know of, kept as a possible short name of
 * a person the article names in full ("Witkoff and Jared Kushner …").
 */
export function classify(c: Candidate): Hit | null | undefined {
  for (const row of CLASSIFY_ROWS) {
    const hit = row.match(c);
    if (hit !== undefined) return hit && { ...hit, rule: row.id };
  }
  return undefined;
}
