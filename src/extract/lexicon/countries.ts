import type { Country } from 'world-countries';
import data from 'world-countries/countries.json' with { type: 'json' };
import { nameKey } from '../../model/keys.js';

// Countries, their alternate names, demonyms and capitals, all from the world-countries dataset,
// indexed once at load. Keys are nameKey() forms. A form two countries share at the same rank is
// dropped rather than guessed, unless one of them is far the larger ("Congolese", "Dominican":
// news means the DR Congo and the Dominican Republic far more often than their small namesakes).

// The JSON is typed by its contents; the package declares its shape.
const countries = data as unknown as Country[];

export interface CountryRef {
  /** `country:<cca3 lowercased>` */
  id: string;
  name: string;
}

export interface CapitalRef {
  country: CountryRef;
  /** The capital as the dataset spells it, the canonical name of the Place. */
  name: string;
}

/** Government-form prefixes of altSpellings: "Republic of Turkey" also gives "Turkey". */
const GOVERNMENT_FORMS = [
  'islamic republic of',
  'federal republic of',
  'republic of',
  'kingdom of',
  'state of',
  'sultanate of',
  'emirate of',
  'principality of',
  'grand duchy of',
  'commonwealth of',
];

/**
 * Customary short forms the dataset lacks, or that it lists only as a bare ISO code, which we
 * drop as a rule ("IT", "IN", "IS" are English words).
 */
const SHORT_FORMS: readonly { name: string; cca3: string }[] = [
  { name: 'US', cca3: 'USA' },
  { name: 'America', cca3: 'USA' },
  { name: 'Britain', cca3: 'GBR' },
  { name: 'PRC', cca3: 'CHN' },
];

// Ranks: an official or common name beats an alternate spelling, which beats a derived form.
const RANK_NAME = 0;
const RANK_ALT = 1;
const RANK_DERIVED = 2;

class RankedIndex<T> {
  private readonly best = new Map<string, { rank: number; value: T | undefined }>();

  /** `larger`: of two values tied at one rank, the one that wins outright, if either does. */
  add(
    surface: string,
    rank: number,
    value: T,
    same: (a: T, b: T) => boolean,
    larger: (a: T, b: T) => T | undefined = () => undefined,
  ): void {
    const key = nameKey(surface);
    if (key === '') return;
    const seen = this.best.get(key);
    if (!seen || rank < seen.rank) this.best.set(key, { rank, value });
    else if (rank === seen.rank && seen.value !== undefined && !same(seen.value, value))
      this.best.set(key, { rank, value: larger(seen.value, value) });
  }

  freeze(): ReadonlyMap<string, T> {
    const out = new Map<string, T>();
    for (const [key, { value }] of this.best) if (value !== undefined) out.set(key, value);
    return out;
  }
}

const sameCountry = (a: CountryRef, b: CountryRef) => a.id === b.id;
const AREA = new Map(countries.map((c) => [`country:${c.cca3.toLowerCase()}`, c.area]));
/** How many times larger one country must be to take a demonym the two share. */
const DOMINANT_AREA = 5;
const largerCountry = (a: CountryRef, b: CountryRef): CountryRef | undefined => {
  const [x, y] = [AREA.get(a.id) ?? 0, AREA.get(b.id) ?? 0];
  return x >= DOMINANT_AREA * y ? a : y >= DOMINANT_AREA * x ? b : undefined;
};

/**
 * Demonyms news writes that the dataset lacks, derived from the country's own name: the stem of
 * a "-stan" name ("Uzbek", "Kazakh", "Tajik", "Kyrgyz"; a stem of five letters or more, so no
 * "Pak"), and "-ese" on a name ending in "-e" ("Surinamese"). Kept below the dataset's own forms.
 */
function derivedDemonyms(name: string): string[] {
  const out: string[] = [];
  const stan = /^(\p{L}{5,}?)i?stan$/u.exec(name);
  if (stan?.[1]) out.push(stan[1]);
  if (/^\p{L}{4,}e$/u.test(name)) out.push(`${name.slice(0, -1)}ese`);
  return out;
}

/**
 * "Trinidad and Tobago" → "Trinidad", "Bosnia and Herzegovina" → "Bosnia", "Saint Vincent and the
 * Grenadines" → "Saint Vincent": the first part of a state named by two joined parts is its
 * customary short form.
 */
function firstPart(name: string): string | undefined {
  const m = /^(.+?) and /.exec(name);
  return m?.[1];
}

/** "Saint Lucia" is written "St Lucia" and "St. Lucia" as often as in full. */
function saintForms(name: string): string[] {
  return name.startsWith('Saint ') ? [`St ${name.slice(6)}`, `St. ${name.slice(6)}`] : [];
}
const names = new RankedIndex<CountryRef>();
const demonyms = new RankedIndex<CountryRef>();
const capitals = new RankedIndex<CapitalRef>();

// Sovereign states first, so that a dependency sharing a demonym ("American" for the Northern
// Mariana Islands) loses to the state rather than making the word ambiguous.
const sovereignFirst = [...countries].sort(
  (a, b) => Number(b.unMember) - Number(a.unMember) || a.cca3.localeCompare(b.cca3),
);
for (const c of sovereignFirst) {
  const ref: CountryRef = { id: `country:${c.cca3.toLowerCase()}`, name: c.name.common };
  const tier = c.unMember ? 0 : 10;
  names.add(c.name.common, tier + RANK_NAME, ref, sameCountry);
  names.add(c.name.official, tier + RANK_NAME, ref, sameCountry);
  for (const s of saintForms(c.name.common)) names.add(s, tier + RANK_ALT, ref, sameCountry);
  const part = c.unMember ? firstPart(c.name.common) : undefined;
  if (part)
    for (const p of [part, ...saintForms(part)]) names.add(p, RANK_DERIVED, ref, sameCountry);
  for (const alt of c.altSpellings) {
    if (alt === c.cca2) continue;
    names.add(alt, tier + RANK_ALT, ref, sameCountry);
    const lower = alt.toLowerCase();
    const form = GOVERNMENT_FORMS.find((f) => lower.startsWith(`${f} `));
    if (form) names.add(alt.slice(form.length + 1), tier + RANK_DERIVED, ref, sameCountry);
  }
  // "Bosnian, Herzegovinian": one entry may hold two demonyms.
  const own = Object.values(c.demonyms?.eng ?? {}).flatMap((d) => d.split(/,\s*/));
  for (const d of own) {
    demonyms.add(d, tier, ref, sameCountry, largerCountry);
    if (!/(s|sh|ch|ese)$/i.test(d)) demonyms.add(`${d}s`, tier, ref, sameCountry, largerCountry);
  }
  if (c.unMember)
    for (const d of derivedDemonyms(c.name.common)) {
      demonyms.add(d, tier + RANK_DERIVED, ref, sameCountry);
      if (!/(s|sh|ch|ese)$/i.test(d)) demonyms.add(`${d}s`, tier + RANK_DERIVED, ref, sameCountry);
    }
  if (!c.unMember) continue;
  for (const capital of c.capital) {
    const value = { country: ref, name: capital };
    const same = (a: CapitalRef, b: CapitalRef) => a.country.id === b.country.id;
    capitals.add(capital, RANK_NAME, value, same);
    // "Washington D.C." is mostly written "Washington".
    const bare = capital.replace(/\s+(?:[A-Z]\.)+$/, '');
    if (bare !== capital) capitals.add(bare, RANK_DERIVED, value, same);
  }
}
for (const s of SHORT_FORMS) {
  const c = countries.find((x) => x.cca3 === s.cca3);
  if (c)
    names.add(
      s.name,
      RANK_NAME,
      { id: `country:${c.cca3.toLowerCase()}`, name: c.name.common },
      sameCountry,
    );
}

/** Adjectives news writes for a country that the dataset's demonyms lack ("Filipino" is there). */
const ADJECTIVE_FORMS: readonly { name: string; cca3: string }[] = [
  // "the Philippine government", "Philippine coast guard"
  { name: 'Philippine', cca3: 'PHL' },
  // the dataset gives the noun ("Icelander", "Ecuadorean") where news writes the adjective
  { name: 'Icelandic', cca3: 'ISL' },
  { name: 'Djiboutian', cca3: 'DJI' },
  { name: 'Ecuadorian', cca3: 'ECU' },
  { name: 'Botswanan', cca3: 'BWA' },
  { name: 'Timorese', cca3: 'TLS' },
  { name: 'Argentinian', cca3: 'ARG' },
];
for (const s of ADJECTIVE_FORMS) {
  const c = countries.find((x) => x.cca3 === s.cca3);
  if (c)
    demonyms.add(
      s.name,
      0,
      { id: `country:${c.cca3.toLowerCase()}`, name: c.name.common },
      sameCountry,
    );
}

export const COUNTRY_BY_NAME: ReadonlyMap<string, CountryRef> = names.freeze();
export const COUNTRY_BY_DEMONYM: ReadonlyMap<string, CountryRef> = demonyms.freeze();
export const CAPITAL_BY_NAME: ReadonlyMap<string, CapitalRef> = capitals.freeze();
