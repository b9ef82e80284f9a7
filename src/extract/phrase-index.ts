import { nameKey } from '../model/keys.js';

/** What a phrase list needs of a token: its nameKey(). */
export interface Keyed {
  key: string;
}

/**
 * Longest-match lookup of multi-word phrases in a token list, built once per lexicon: phrases are
 * grouped by their first word, longest first, so a lookup costs a map hit and a few compares.
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const words = nameKey(phrase).split(' ');
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  static of(phrases: readonly string[]): PhraseIndex<string> {
    return new PhraseIndex(phrases.map((p) => [p, p] as const));
  }

  /** The longest phrase starting at tokens[i], with its length in tokens. */
  matchAt(tokens: readonly Keyed[], i: number): { value: V; length: number } | undefined {
    const candidates = this.byFirst.get(tokens[i]?.key ?? '');
    if (!candidates) return undefined;
    for (const { words, value } of candidates) {
      if (words.every((w, k) => tokens[i + k]?.key === w)) return { value, length: words.length };
    }
    return undefined;
  }

  /** A phrase that covers tokens[from, to) exactly. */
  matchAll(tokens: readonly Keyed[], from: number, to: number): V | undefined {
    const hit = this.matchAt(tokens, from);
    return hit && hit.length === to - from ? hit.value : undefined;
  }
}
