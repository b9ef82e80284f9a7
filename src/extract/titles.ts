import { TITLES } from './lexicon/titles.js';
import type { Token } from './parse.js';
import { PhraseIndex } from './phrase-index.js';

const TITLE_INDEX = PhraseIndex.of(TITLES);

/** The title starting at tokens[i] ("Foreign Minister", "envoy"), if any: its length and text. */
export function titleAt(tokens: readonly Token[], i: number): number {
  return TITLE_INDEX.matchAt(tokens, i)?.length ?? 0;
}
