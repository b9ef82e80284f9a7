import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { isFirstName } from './lexicon/first-names.js';
import {
  FOREIGN_ARTICLES,
  NAME_POSSESSIVES,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAME_HEADS,
  ORGANIZATION_OF_HEADS,
} from './lexicon/organizations.js';
import { NAME_CONNECTORS } from './lexicon/prepositions.js';
import { SENTENCE_STARTERS } from './lexicon/non-entities.js';
import { nlp } from './nlp.js';
import type { Token } from './parse.js';

// Tags of words that never start or continue a name, even capitalised.
const NEVER_NAME = [
  'Date',
  'Value',
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'QuestionWord',
  'Expression',
  'Adverb',
];
// Tags strong enough to take a capitalised first word of a sentence as a name.
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Country', 'City'];
const CONNECTORS = new Set(NAME_CONNECTORS);
const STARTERS = new Set(SENTENCE_STARTERS);
const ARTICLES = new Set(FOREIGN_ARTICLES);
const ORG_NAME_HEADS = new Set(ORGANIZATION_NAME_HEADS);
const ORG_OF_FIRST = new Set(ORGANIZATION_OF_HEADS);
const ANY_ORG_HEAD = new Set([...ORGANIZATION_NAME_HEADS, ...ORGANIZATION_HEADS]);
const IN_NAME_POSSESSIVES = new Set(NAME_POSSESSIVES);
const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);
// Heads that take "on": "Commission on Human Rights", "Committee on Foreign Affairs". Any other
// head of a name takes it before an English word ("Intergovernmental Authority on Development",
// "Conference on Disarmament"; "Kennedy Space Center on STS-135" ends at "Center").
const ON_HEADS = new Set(['commission', 'committee', 'council', 'tribunal', 'panel']);
// Heads that take "in" before a country: "Transition Mission in Somalia", "Office in Kabul" is
// not one (a city).
const IN_HEADS = new Set(['mission', 'force', 'operation']);

/** "trinidad" → ["trinidad and tobago"]: states named by two parts joined by "and", by first part. */
const COUNTRIES_WITH_AND = new Map<string, string[][]>();
for (const key of COUNTRY_BY_NAME.keys()) {
  const at = key.indexOf(' and ');
  if (at < 0) continue;
  const first = key.slice(0, at);
  COUNTRIES_WITH_AND.set(first, [
    ...(COUNTRIES_WITH_AND.get(first) ?? []),
    key.slice(at + 1).split(' '),
  ]);
}

/**
 * "Trinidad and Tobago", "Bosnia and Herzegovina", "St Vincent and the Grenadines": how many words
 * from `to` ("and" …) finish a state's name that the run's last one or two words open, or 0.
 */
function countryAndAt(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[to]?.norm !== 'and') return 0;
  for (let s = Math.max(from, to - 2); s < to; s++) {
    const first = tokens
      .slice(s, to)
      .map((t) => t.key)
      .join(' ');
    for (const rest of COUNTRIES_WITH_AND.get(first) ?? [])
      if (
        rest.every(
          (w, k) => tokens[to + k]?.key === w && (k === 0 || tokens[to + k - 1]?.post === ' '),
        )
      )
        return rest.length;
  }
  return 0;
}

/**
 * A capitalised run at `k` that names something of its own: "Colorado State University",
 * "Frederick Fung". One English word ending the name ("Mines and Energy", "Economic Affairs and
 * Communications") is a portfolio, not a company, however often such a word ends one.
 */
function ownName(tokens: readonly Token[], k: number): boolean {
  if (isFirstName(tokens[k]?.text ?? '')) return true;
  const capital = (j: number) => /^\p{Lu}/u.test(tokens[j]?.text ?? '');
  const t = tokens[k];
  if (t && ENGLISH_WORDS.has(t.norm) && !(t.post === ' ' && capital(k + 1))) return false;
  for (let j = k; j < tokens.length && capital(j); j++)
    if (ANY_ORG_HEAD.has(tokens[j]?.key ?? '')) return true;
  return false;
}

/**
 * Whether the word at `to` joins an organisation's name to what follows: "for" right after its
 * head ("Coalition for Change"), "on" after a commission or committee, "and" once the name has
 * taken a connector ("Ministry of Labour and Employment") unless what follows has a name of its
 * own ("Labour Party and Frederick Fung", "Institute of Technology and Colorado State University").
 */
function orgConnector(tokens: readonly Token[], to: number, connected: boolean): boolean {
  const t = tokens[to];
  const head = tokens[to - 1]?.key ?? '';
  if (!t) return false;
  if (t.norm === 'for') return ORG_NAME_HEADS.has(head);
  if (t.norm === 'on')
    return (
      ON_HEADS.has(head) ||
      (ORG_NAME_HEADS.has(head) && ENGLISH_WORDS.has(tokens[to + 1]?.norm ?? '-'))
    );
  if (t.norm === 'in') return IN_HEADS.has(head) && COUNTRY_BY_NAME.has(tokens[to + 1]?.key ?? '');
  return (t.norm === 'and' || t.norm === '&') && connected && !ownName(tokens, to + 1);
}

/** A capitalised run of words that may be a name; `weak` if it rests on a sentence's first word. */
export interface Run {
  from: number;
  to: number;
  weak: boolean;
}

const gerunds = new Map<string, boolean>();
/**
 * "Visiting Japanese State Minister …": compromise may tag an opening participle as part of a
 * place after a dateline; asked about the word alone, in lowercase, it reads a gerund. Cached.
 */
function gerundAlone(norm: string): boolean {
  let known = gerunds.get(norm);
  if (known === undefined) {
    const tags: string[] = nlp(norm).json()[0]?.terms?.[0]?.tags ?? [];
    known = tags.includes('Gerund');
    gerunds.set(norm, known);
  }
  return known;
}

/** First word of a sentence or of a quotation, where capitals say nothing. */
function atClauseStart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[“"‘(—]/.test(tokens[i]?.pre ?? '');
}

function capitalised(t: Token): boolean {
  // "Kim Min-Woo", "Hwang Hee-Chan": a syllable of a hyphenated name is no interjection.
  const syllable = t.tags.has('Hyphenated');
  return (
    /^\p{Lu}/u.test(t.text) &&
    !NEVER_NAME.some((tag) => t.tags.has(tag) && !(syllable && tag === 'Expression'))
  );
}

/** A word that may open a name: capitalised, or a foreign article before one ("El País"). */
function opensName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  if (ARTICLES.has(t.norm) && t.post === ' ') {
    const next = tokens[i + 1];
    return next !== undefined && capitalised(next);
  }
  // "The WHO": the English article opens no name.
  return t.norm !== 'the' && capitalised(t);
}

/**
 * ", Food and Rural Affairs": how many words a list of capitalised words closed by "and" adds to
 * an organisation's name at `to`, or 0.
 */
function listTailAt(tokens: readonly Token[], taken: ReadonlySet<number>, to: number): number {
  for (let k = to; k < to + 12; k++) {
    const t = tokens[k];
    if (!t || taken.has(k)) return 0;
    if (t.norm === 'and' && t.post === ' ' && k > to) {
      const after = tokens[k + 1];
      return after && !taken.has(k + 1) && capitalised(after) && !ownName(tokens, k + 1)
        ? k + 2 - to
        : 0;
    }
    if (!capitalised(t) || (t.post !== ' ' && t.post !== ', ')) return 0;
  }
  return 0;
}

/**
 * "Amalgamated Transport and General Workers Union", "Meteorology, Climatology and Geophysical
 * Agency": plain English words listed with commas and one "and" before an organisation's head
 * word are one name. Returns where that name ends, or `to` when the words after the run at
 * [from, to) are no such list.
 */
function listedName(
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  from: number,
  to: number,
): number {
  const plain = (k: number) => {
    const t = tokens[k];
    return t !== undefined && !taken.has(k) && capitalised(t) && ENGLISH_WORDS.has(t.norm);
  };
  for (let k = from; k < to; k++) if (!plain(k)) return to;
  let k = to;
  let and = false;
  while (k < to + 12) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev) return to;
    if (t.norm === 'and' && !and && prev.post === ' ' && t.post === ' ') {
      and = true;
      k++;
      continue;
    }
    if (!plain(k) || (prev.post !== ' ' && !(prev.post === ', ' && !and))) break;
    k++;
  }
  return and && k > to && ANY_ORG_HEAD.has(tokens[k - 1]?.key ?? '') ? k : to;
}

function joins(t: Token): boolean {
  return t.post === ' ' || t.post === '-' || (/^[A-Z]$/.test(t.text) && t.post === '. ');
}

/**
 * How many connectors join the run at `to` to a capitalised word: "von der Leyen" → 2. An
 * organisation's name (`orgNamed`, `connected` once it took one) also runs on past the words
 * orgConnector allows.
 */
function connectorsAt(
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  to: number,
  afterOf: boolean,
  org: { named: boolean; connected: boolean; ofHead?: boolean },
): number {
  let k = to;
  while (k < to + 2) {
    const t = tokens[k];
    // "Court of Arbitration for Sport": "for" joins only a name that already has an "of".
    // "Secretariat of the Pacific Community": an organisation's "of" may take "the".
    // "University of the West Indies": so may the "of" of a name opened by its head.
    const ofThe =
      (org.named || (org.ofHead === true && !afterOf)) &&
      t?.norm === 'the' &&
      tokens[k - 1]?.norm === 'of';
    const connector =
      t &&
      (CONNECTORS.has(t.norm) ||
        ofThe ||
        (afterOf && t.norm === 'for') ||
        (org.named && k === to && orgConnector(tokens, k, org.connected)));
    if (!t || !connector || !joins(t)) break;
    k++;
  }
  const after = tokens[k];
  return k > to && after && !taken.has(k) && capitalised(after) ? k + 1 - to : 0;
}

/**
 * Maximal runs of capitalised words not in `taken`, joined by single spaces, hyphens, initials
 * ("Harry S. Truman") and connectors ("Strait of Hormuz", "Ursula von der Leyen"). A lowercase
 * word after a hyphen goes on the name ("Lee Jae-yong"). A possessive ends a run. At `starts`
 * (right after a title) a name may begin with a word compromise reads otherwise ("Vice Premier
 * He Lifeng").
 */
export function capitalisedRuns(
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  starts: ReadonlySet<number> = new Set(),
): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const afterTitle = t !== undefined && starts.has(i) && /^\p{Lu}/u.test(t.text);
    if (
      !t ||
      taken.has(i) ||
      !(opensName(tokens, i) || afterTitle) ||
      (atClauseStart(tokens, i) && STARTERS.has(t.norm))
    ) {
      i++;
      continue;
    }
    // "Shares of …", "Workers at …": compromise may tag a plural English noun opening a sentence
    // as a name after a dateline; it is as weak as any first word.
    const commonPlural =
      ENGLISH_WORDS.has(t.norm) &&
      (t.tags.has('Plural') || (/[^s]s$/.test(t.norm) && ENGLISH_WORDS.has(t.norm.slice(0, -1))));
    const participle = ENGLISH_WORDS.has(t.norm) && gerundAlone(t.norm);
    const weak =
      atClauseStart(tokens, i) &&
      (commonPlural || participle || !NAME_TAGS.some((tag) => t.tags.has(tag)));
    let to = i + 1;
    let afterOf = false;
    let orgNamed = ORG_NAME_HEADS.has(t.key);
    let connected = false;
    // "Maritime and Port Authority of Singapore": a listed name runs on past its connectors too.
    for (;;) {
      while (to < tokens.length) {
        const prev = tokens[to - 1];
        if (!prev) break;
        // "Department for Environment, Food and Rural Affairs": a list closed by "and" inside the
        // name of an organisation that has already taken a connector.
        const tail =
          orgNamed && connected && prev.post === ', ' ? listTailAt(tokens, taken, to) : 0;
        if (tail > 0) {
          to += tail;
          continue;
        }
        // "National People's Power": a possessive of people stays inside a name.
        const inNamePossessive =
          prev.possessive &&
          IN_NAME_POSSESSIVES.has(prev.norm) &&
          (prev.post === ' ' || /^['’] $/.test(prev.post));
        if (prev.possessive ? !inNamePossessive : !joins(prev)) break;
        const next = tokens[to];
        // "Korean Central News Agency (KCNA)": a bracket ends the name (acronyms.ts reads it).
        if (next && /[([]/.test(next.pre)) break;
        const hyphenated = prev.post === '-' && next !== undefined && /^\p{Ll}/u.test(next.text);
        // "Côte d'Ivoire", "L'Aquila": an elided article before a capital is inside the name.
        const elided = next !== undefined && /^[dl]['’]\p{Lu}/u.test(next.text);
        // "the Refugee Council Enver Solomon": a person's two names after an organisation's head
        // word, or "Mr." anywhere, open a name of their own.
        const personAfterHead =
          ANY_ORG_HEAD.has(prev.key) &&
          next?.tags.has('Person') === true &&
          tokens[to + 1]?.tags.has('Person') === true &&
          /^\p{Lu}/u.test(tokens[to + 1]?.text ?? '');
        const honorific = next !== undefined && HONORIFIC_WORDS.has(next.norm);
        if (personAfterHead || honorific) break;
        // "Pope Leo XIV", "King Charles III": a regnal number ends a name.
        const regnal =
          next !== undefined && /^[IVX]{2,6}$/.test(next.text) && prev.post === ' ' && to - i <= 2;
        if (regnal && !taken.has(to)) {
          to++;
          break;
        }
        if (next && !taken.has(to) && (capitalised(next) || hyphenated || elided)) {
          orgNamed ||= ORG_NAME_HEADS.has(next.key);
          to++;
          continue;
        }
        // A sentence's first word that is no name joins none: "Shares of ByteDance".
        // "Frederick Fung of ADPL": a full name opened by a first name takes no "of" ("Bank of
        // Japan" is one word before it).
        // "Petronas of Malaysia": a lone name no dictionary holds takes no "of" before a country.
        const ofCountry =
          to === i + 1 &&
          !ENGLISH_WORDS.has(t.norm) &&
          tokens[to]?.norm === 'of' &&
          COUNTRY_BY_NAME.has(tokens[to + 1]?.key ?? '');
        const person =
          (to - i >= 2 && isFirstName(t.text) && tokens[to]?.norm === 'of') || ofCountry;
        const country = prev.post === ' ' ? countryAndAt(tokens, i, to) : 0;
        if (country > 0) {
          to += country;
          continue;
        }
        const joined: number =
          (weak && to === i + 1) || person
            ? 0
            : connectorsAt(tokens, taken, to, afterOf, {
                named: orgNamed,
                connected,
                ofHead: ORG_OF_FIRST.has(t.key),
              });
        if (joined > 0) {
          afterOf ||= tokens.slice(to, to + joined).some((w) => w.norm === 'of');
          connected = true;
          orgNamed ||= ORG_NAME_HEADS.has(tokens[to + joined - 1]?.key ?? '');
          to += joined;
          continue;
        }
        break;
      }
      const listed = weak && to === i + 1 ? to : listedName(tokens, taken, i, to);
      if (listed === to) break;
      to = listed;
      orgNamed = true;
    }
    // "Suspected Boko Haram fighters": an adjective opening a sentence before a name of words no
    // dictionary holds is no part of it.
    const rest = tokens.slice(i + 1, to);
    // "Visiting Japanese State Minister …": so is an opening participle before a demonym.
    const restKey = rest.map((w) => w.key).join(' ');
    const describes =
      weak &&
      ENGLISH_WORDS.has(t.norm) &&
      rest.length > 0 &&
      ((t.tags.has('Adjective') && rest.every((w) => !ENGLISH_WORDS.has(w.norm))) ||
        ((t.tags.has('Adjective') || participle) && COUNTRY_BY_DEMONYM.has(restKey)));
    runs.push({ from: describes ? i + 1 : i, to, weak: weak && !describes });
    i = to;
  }
  return runs;
}
