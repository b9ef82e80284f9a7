import type { Found } from './found.js';
import { entityId } from '../model/keys.js';
import type { Token } from './parse.js';
import type { Sentence } from './sentences.js';
import { spanText } from './span.js';
import { titleAt } from './titles.js';
import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { isFirstName } from './lexicon/first-names.js';
import { ORGANIZATION_HEADS, ORGANIZATION_NAME_HEADS } from './lexicon/organizations.js';

// "the Southern African Development Community (SADC)": an acronym in brackets right after a name
// is that name's alias, and "SADC" or "the SADC" later in the article is the same entity. A name
// that carries an acronym is an organisation's: people are not written so.

const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;
// "Association of Southeast Asian Nations (ASEAN)": a compass compound gives a letter per half.
const COMPASS = /\b(NORTH|SOUTH)(EAST|WEST)/g;
// Words an acronym of initials skips: "Allied Democratic Forces" is the ADF.
const LINKS = new Set(['OF', 'AND', 'FOR', 'THE', '&', 'ON', 'IN']);
// The longest name an acronym in brackets may close: "Independent Electoral and Boundaries
// Commission (IEBC)".
const MAX_NAME_WORDS = 10;
const HEADS = new Set([...ORGANIZATION_HEADS, ...ORGANIZATION_NAME_HEADS]);

/** "SADC", "FCA", "UNHCR": a short capitalised token with two capitals or more. */
export const isAcronym = (word: string): boolean =>
  ACRONYM.test(word) && word.replace(/[^A-Z]/g, '').length >= 2;

/**
 * The acronym's letters are, in order, the opening letters of the name's words, the first word
 * giving at least its initial and any other giving none or more: "SADC" (Southern African
 * Development Community), "ECOWAS" (Economic COmmunity of West African States), "Benelux".
 */
function abbreviates(acronym: string, name: string): boolean {
  const words = name
    .toUpperCase()
    .replace(COMPASS, '$1 $2')
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const from = (i: number, w: number, least: number): boolean => {
    if (i === letters.length) return true;
    const word = words[w];
    if (word === undefined) return false;
    let p = 0;
    while (p < word.length && i + p < letters.length && word[p] === letters[i + p]) p++;
    for (let take = p; take >= least; take--) if (from(i + take, w + 1, 0)) return true;
    return false;
  };
  return from(0, 0, 1);
}

/** "ADF" for "Allied Democratic Forces": the initials of the name's words, links skipped. */
function initials(name: string): string {
  return name
    .toUpperCase()
    .replace(COMPASS, '$1 $2')
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !LINKS.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "First Quantum Minerals (FQM)": the capitalised words right before a bracketed acronym that it
 * abbreviates, when no mention ends there (compromise read "First" as a number) or one covers
 * only a list's last part. [from, to) in the sentence's tokens, or undefined.
 */
function spelledOut(tokens: readonly Token[], at: number): [number, number] | undefined {
  const acronym = tokens[at]?.text ?? '';
  let best: number | undefined;
  for (let from = at - 1; from >= Math.max(0, at - MAX_NAME_WORDS); from--) {
    const t = tokens[from];
    // "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a list inside it
    if (!t || t.possessive || (from < at - 1 && !/^,? $/.test(t.post))) break;
    const upper = /^\p{Lu}/u.test(t.text);
    if (!upper && !LINKS.has(t.text.toUpperCase())) break;
    const name = tokens
      .slice(from, at)
      .map((w) => w.text)
      .join(' ');
    if (upper && abbreviates(acronym, name)) best = from;
  }
  return best === undefined ? undefined : [best, at];
}

/**
 * Gives every mention of an acronym defined in brackets the identity of the name it abbreviates,
 * and makes that name an organisation. Mutates the Found objects, which only this extraction holds.
 */
export function resolveAcronyms(sentences: readonly Sentence[], mentions: Found[][]): void {
  const byAcronym = new Map<string, Pick<Found, 'type' | 'id' | 'name'>>();
  const retyped = new Map<string, string>();
  sentences.forEach((sentence, s) => {
    defineUnread(sentence.tokens, mentions, s);
    knownAs(sentence.tokens, mentions[s] ?? [], byAcronym);
    for (const f of mentions[s] ?? []) {
      const next = sentence.tokens[f.to];
      if (!next || !/\($/.test(next.pre) || !/^\)/.test(next.post)) continue;
      if (!isAcronym(next.text) || !(abbreviates(next.text, f.name) || headed(f))) continue;
      if (f.type === 'Person' && f.name.includes(' ')) {
        const id = entityId('Organization', f.name);
        retyped.set(f.id, id);
        Object.assign(f, { type: 'Organization', id });
      }
      if (f.type === 'Organization' || f.type === 'Group')
        byAcronym.set(next.text, { type: f.type, id: f.id, name: f.name });
    }
  });
  const organizations = mentions
    .flat()
    .filter((f) => f.type === 'Organization' && !f.anaphor && f.surface.includes(' '));
  sentences.forEach((sentence, s) => {
    for (const f of mentions[s] ?? []) {
      // "the Fund's board"; "a 1-1 draw with Chiefs" (a club's short name needs no "the")
      const head =
        !byAcronym.has(f.surface) &&
        (sentence.tokens[f.from - 1]?.norm === 'the' ||
          (f.type === 'Organization' && /s$/.test(f.surface))) &&
        titleAt(sentence.tokens, f.from) === 0 &&
        // "the Sheriff's detective": a noun for a person describes someone, not the office
        !sentence.tokens[f.from]?.tags.has('Actor')
          ? byHeadWord(f, organizations)
          : undefined;
      if (head)
        Object.assign(f, { type: head.type, id: head.id, name: head.name, rule: 'head-word' });
    }
  });
  const personWords = new Set(
    mentions
      .flat()
      .flatMap((f) => (f.type === 'Person' && !f.guessed ? f.name.toLowerCase().split(' ') : [])),
  );
  for (const f of mentions.flat()) {
    const short = f.rule === 'head-word' ? undefined : byEndWord(f, organizations, personWords);
    if (short)
      Object.assign(f, {
        type: short.type,
        id: short.id,
        name: short.name,
        rule: 'short-organization',
      });
  }
  for (const f of mentions.flat()) {
    if (f.rule === 'head-word') continue;
    const bare = f.surface.replace(/^the\s+/i, '');
    const full =
      byAcronym.get(bare) ?? (isAcronym(bare) ? byInitials(bare, organizations) : undefined);
    if (full)
      Object.assign(f, { type: full.type, id: full.id, name: full.name }, { rule: 'acronym' });
    else if (retyped.has(f.id)) Object.assign(f, { type: 'Organization', id: retyped.get(f.id) });
  }
}

/**
 * "Indonesian Nickel Miners Association (APNI)": an organisation named with its head word may
 * carry the acronym of its name in another language; the bracket right after it still names it.
 */
const headed = (f: Found): boolean =>
  f.type === 'Organization' && HEADS.has(f.name.toLowerCase().split(/\s+/).at(-1) ?? '');

/**
 * "The Intergovernmental Authority on Development, the eight-nation bloc known as IGAD, …": an
 * acronym after "known as" is the alias of the sentence's first organisation before it that
 * starts with its letter (a name in another language may spell it otherwise).
 */
function knownAs(
  tokens: readonly Token[],
  list: readonly Found[],
  byAcronym: Map<string, Pick<Found, 'type' | 'id' | 'name'>>,
): void {
  tokens.forEach((t, at) => {
    if (!isAcronym(t.text) || tokens[at - 1]?.norm !== 'as' || tokens[at - 2]?.norm !== 'known')
      return;
    const named = list.find(
      (f) =>
        f.type === 'Organization' &&
        f.to <= at - 2 &&
        f.name.includes(' ') &&
        f.name[0] === t.text[0],
    );
    if (named) byAcronym.set(t.text, { type: named.type, id: named.id, name: named.name });
  });
}

/** The entity every mention of `list` is, when they are all one. */
const onlyOne = (list: readonly Found[]): Found | undefined =>
  list.every((o) => o.id === list[0]?.id) ? list[0] : undefined;

/**
 * "the International Monetary Fund … the Fund's board": a lone capitalised word after "the" that
 * is the last word of one organisation the article names in full, and of no other, is that one.
 */
function byHeadWord(f: Found, organizations: readonly Found[]): Found | undefined {
  if (f.anaphor || f.from + 1 !== f.to || !/^\p{Lu}\p{Ll}/u.test(f.surface)) return undefined;
  const word = f.surface.toLowerCase();
  const named = organizations.filter((o) => o.surface.toLowerCase().split(/\s+/).at(-1) === word);
  return onlyOne(named.filter((o) => o.id !== f.id));
}

/**
 * "Zijin Mining … Zijin improved its offer", "Asante Kotoko … Kotoko said": a lone name no
 * dictionary holds, typed an organisation or only guessed a person, that opens or ends one
 * organisation the article names in full, and no person's name, is that organisation.
 */
function byEndWord(
  f: Found,
  organizations: readonly Found[],
  personWords: ReadonlySet<string>,
): Found | undefined {
  if (f.anaphor || f.from + 1 !== f.to || !/^\p{Lu}\p{Ll}/u.test(f.surface)) return undefined;
  if (f.type !== 'Organization' && !(f.type === 'Person' && f.guessed)) return undefined;
  const word = f.surface.toLowerCase();
  if (ENGLISH_WORDS.has(word) || isFirstName(f.surface) || personWords.has(word)) return undefined;
  // "Zijin Mining": an opening word before a head word; "Asante Kotoko": the last word of a name
  // with no head word ("University of … Amneh Jafari" is a name glued to a person's).
  const named = organizations.filter((o) => {
    const words = o.surface.toLowerCase().split(/\s+/);
    const headed = words.some((w) => HEADS.has(w));
    return o.id !== f.id && ((words[0] === word && headed) || (words.at(-1) === word && !headed));
  });
  return onlyOne(named);
}

/** The one organisation of the article whose initials an acronym written alone spells: "the ADF". */
function byInitials(acronym: string, organizations: readonly Found[]): Found | undefined {
  if (acronym.length < 3 || /[a-z]/.test(acronym)) return undefined;
  return onlyOne(organizations.filter((o) => initials(o.surface) === acronym));
}

/**
 * "First Quantum Minerals (FQM)" where no mention ends before the bracket, or one that ends there
 * covers only part of the name: the words the acronym spells become one organisation's mention,
 * in place of what was found inside them. Mutates mentions[s].
 */
function defineUnread(tokens: readonly Token[], mentions: Found[][], s: number): void {
  tokens.forEach((t, at) => {
    if (!/\($/.test(t.pre) || !/^\)/.test(t.post) || !isAcronym(t.text)) return;
    const list = mentions[s] ?? [];
    const before = list.find((f) => f.to === at);
    if (before && abbreviates(t.text, before.name)) return;
    const span = spelledOut(tokens, at);
    if (!span) return;
    const name = spanText(tokens, span[0], span[1]);
    const found: Found = {
      type: 'Organization',
      id: entityId('Organization', name),
      name,
      surface: name,
      from: span[0],
      to: span[1],
      rule: 'acronym',
    };
    mentions[s] = [...list.filter((f) => f.to <= span[0] || f.from >= span[1]), found].sort(
      (a, b) => a.from - b.from,
    );
  });
}
