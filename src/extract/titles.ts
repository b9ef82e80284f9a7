import { ENGLISH_WORDS } from './lexicon/english-words.js';
import { isFirstName } from './lexicon/first-names.js';
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
  to = portfolioAfter(tokens, to);
  return headsName(tokens, to) ? undefined : [i, to];
}

// Offices whose portfolio may follow them after "for": "Minister for Foreign Affairs Penny Wong".
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary', 'commissioner', 'adviser', 'advisor']);

/**
 * "State Minister for Foreign Affairs Hisashi Matsumoto", "Minister for Trade and Tourism Don
 * Farrell": after an office, "for" and capitalised plain English words up to a name (a first name
 * or a word no dictionary holds) are the portfolio. Returns where the title ends.
 */
function portfolioAfter(tokens: readonly Token[], to: number): number {
  if (!PORTFOLIO_OFFICES.has(tokens[to - 1]?.key ?? '') || tokens[to]?.norm !== 'for') return to;
  let k = to + 1;
  const plain = (t: Token | undefined) =>
    t !== undefined &&
    /^\p{Lu}/u.test(t.text) &&
    ENGLISH_WORDS.has(t.norm) &&
    !isFirstName(t.text) &&
    !t.possessive;
  while (plain(tokens[k]) || (tokens[k]?.norm === 'and' && plain(tokens[k + 1]) && k > to + 1)) k++;
  const name = tokens[k];
  return k > to + 1 && name !== undefined && /^\p{Lu}/u.test(name.text) ? k : to;
}
