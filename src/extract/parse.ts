import { nlp } from './nlp.js';
import { nameKey } from '../model/keys.js';
import './plugin.js';
import { parseWindows } from './windows.js';
import { POSSESSIVE_DETERMINERS } from './lexicon/anaphora.js';

/** One word as compromise read it, with its place in the article text. */
export interface Token {
  /** As written, possessive included: "Iran’s". */
  text: string;
  /** Lowercase, straight apostrophes, possessive off: "iran". */
  norm: string;
  /** nameKey() of the word without its possessive: "us" for "U.S.". */
  key: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  possessive: boolean;
  /** First word of a compromise sentence. */
  sentenceStart: boolean;
}

const POSSESSIVE = /['’]s?$/;
const DETERMINERS = new Set(POSSESSIVE_DETERMINERS);

/**
 * Parses the text with compromise, window by window (windows.ts: one window for an ordinary
 * article), and flattens its terms into tokens with offsets. compromise keeps every character in
 * some term's pre, text or post, so summing them from the window's start gives the offsets.
 * Terms compromise invents when it expands contractions have no text; their spacing goes to the
 * word before.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const [from, to] of parseWindows(text)) tokenizeWindow(text.slice(from, to), from, tokens);
  return tokens;
}

function tokenizeWindow(text: string, from: number, tokens: Token[]): void {
  let offset = from;
  for (const sentence of nlp(text).document) {
    sentence.forEach((term, i) => {
      const start = offset + term.pre.length;
      offset = start + term.text.length + term.post.length;
      const last = tokens[tokens.length - 1];
      if (term.text === '') {
        if (last) last.post += term.pre + term.post;
        return;
      }
      const lower = term.text.toLowerCase().replace(/’/g, "'");
      const possessive =
        /[a-z0-9]['’]s?$/i.test(term.text) ||
        (term.tags?.has('Possessive') === true && /^['’]/.test(term.post));
      const norm = possessive ? lower.replace(POSSESSIVE, '') : lower;
      tokens.push({
        text: term.text,
        norm,
        key: nameKey(norm),
        pre: term.pre,
        post: term.post,
        tags: DETERMINERS.has(lower)
          ? new Set([...(term.tags ?? []), 'Pronoun'])
          : (term.tags ?? new Set()),
        start,
        end: start + term.text.length,
        possessive,
        sentenceStart: i === 0,
      });
    });
  }
}
