import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { ORGANIZATION_HEADS } from './lexicon/organizations.js';
import { PLACE_HEADS } from './lexicon/places.js';
import { TITLE_MODIFIERS, TITLES } from './lexicon/titles.js';
import type { Token } from './parse.js';
import { PhraseIndex } from './phrase-index.js';

const TITLE_INDEX = PhraseIndex.of(TITLES);
const MODIFIERS = new Set(TITLE_MODIFIERS);
const MAX_MODIFIERS = 2;
// "the Premier League", "General Motors": a title word opening the name of an organisation or
// place is part of that name.
const NAME_HEADS = new Set([...ORGANIZATION_HEADS, ...PLACE_HEADS]);

/**
 * Whether the capitalised words at `to` end in an organisation's or a place's head word: "General
 * Workers Union", "King Abdullah University" are names that open with a title word.
 */
function headsName(tokens: readonly Token[], to: number): boolean {
  for (let k = to; k < to + 5; k++) {
    const t = tokens[k];
    if (!t || !/^\p{Lu}/u.test(t.text)) return false;
    if (NAME_HEADS.has(t.key)) return true;
    if (t.possessive || t.post !== ' ') return false;
  }
  return false;
}

/** The length of the title starting at tokens[i] ("Foreign Minister", "envoy"), or 0. */
export function titleAt(tokens: readonly Token[], i: number): number {
  return TITLE_INDEX.matchAt(tokens, i)?.length ?? 0;
}

/**
 * "Unification Minister", "Tourism Minister": a capitalised English word right before a
 * capitalised "Minister" names the portfolio, whether or not TITLE_MODIFIERS lists it.
 */
function portfolio(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const office = tokens[i + 1];
  return (
    word !== undefined &&
    office !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(word.text) &&
    !word.possessive &&
    ENGLISH_WORDS.has(word.key) &&
    office.text === 'Minister'
  );
}

/**
 * The whole title that starts at tokens[i], or undefined: modifiers before the office ("Commerce
 * Minister", "interim leader") and offices written one after another ("Energy Minister Prince")
 * count in.
 */
export function fullTitleAt(tokens: readonly Token[], i: number): [number, number] | undefined {
  let at = i;
  while (at - i < MAX_MODIFIERS && MODIFIERS.has(tokens[at]?.key ?? '')) at++;
  if (at === i && portfolio(tokens, i)) at++;
  let length = titleAt(tokens, at);
  if (length === 0) return undefined;
  let to = at + length;
  while ((length = titleAt(tokens, to)) > 0) to += length;
  return headsName(tokens, to) ? undefined : [i, to];
}
