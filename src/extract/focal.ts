import type { Found } from './found.js';
import { OFFICIAL_NOUNS } from './lexicon/government.js';
import type { Sentence } from './sentences.js';

const OFFICIALS = new Set(OFFICIAL_NOUNS);

/**
 * The article's focal government: the country whose officials it quotes most ("U.S. officials
 * told Axios", "a senior American official"). "The administration" is that government, and a
 * pressure or demand whose target the sentence leaves implicit is aimed at it. Ties and
 * articles that quote no officials have none.
 */
export function focalGovernment(
  sentences: readonly { sentence: Sentence; found: Found[] }[],
): string | undefined {
  const counts = new Map<string, number>();
  for (const { sentence, found } of sentences) {
    for (const f of found) {
      if (f.type !== 'Country' || !f.id || !OFFICIALS.has(sentence.tokens[f.to]?.norm ?? ''))
        continue;
      counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || second[1] < first[1]) ? first[0] : undefined;
}
