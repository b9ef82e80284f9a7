import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// Common English words, from the word-list package (lowercase, one a line), read once at load.
// A capitalised word that is none of them is a name even where capitals say nothing, at the
// start of a sentence: "Bukele pressed Washington", not "Nuclear talks resumed".
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  readFileSync(wordListPath, 'utf8').split('\n'),
);
