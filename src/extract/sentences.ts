import type { Token } from './parse.js';

/** One sentence of an article: the evidence of any relation found in it. */
export interface Sentence {
  /** text.slice(start, end) === evidence */
  start: number;
  end: number;
  evidence: string;
  tokens: Token[];
}

// compromise keeps quoted sentences together ("“We are not naive about the Iranians. If …")
// and never breaks a line; both are sentence ends for evidence.
const SENTENCE_END = /^[.!?]+["”’)]*\s/;
const NOT_AN_END = new Set(['Abbreviation', 'Honorific']);

function endsSentence(token: Token, next: Token | undefined): boolean {
  if (!next || next.sentenceStart || token.post.includes('\n')) return true;
  if (!SENTENCE_END.test(token.post) || /^[A-Z]$/.test(token.text)) return false;
  if ([...token.tags].some((t) => NOT_AN_END.has(t))) return false;
  return /^[A-Z“"‘(]/.test(next.pre.trim() + next.text);
}

/**
 * Cuts the token stream into sentences, leaving out tokens inside boilerplate ranges (and cutting
 * there too). A sentence's span runs from its first word's opening quote or bracket to its last
 * word's closing punctuation.
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  skip: readonly [number, number][],
): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  let range = 0;
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      const start = first.start - (/\S*$/.exec(first.pre)?.[0].length ?? 0);
      const end = last.end + (/^\S*/.exec(last.post)?.[0].length ?? 0);
      sentences.push({ start, end, evidence: text.slice(start, end), tokens: current });
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    while (skip[range] && (skip[range]?.[1] ?? 0) <= token.start) range++;
    const r = skip[range];
    if (r && token.start >= r[0] && token.start < r[1]) {
      flush();
      return;
    }
    current.push(token);
    if (endsSentence(token, tokens[i + 1])) flush();
  });
  flush();
  return sentences;
}
