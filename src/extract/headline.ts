import type { Found } from './found.js';
import type { Sentence } from './sentences.js';

// A title-case headline ("Leaders Pledge Aid For Flood-Hit Region") capitalises every word, so
// its capitals say nothing of names: it may confirm an entity the body names, never add one.

const MIN_WORDS = 3;
const TITLE_CASE_SHARE = 0.7;

/** End offset of the text's first line when it is a title-case headline. */
export function titleCaseHeadlineEnd(text: string): number | undefined {
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  const line = text.slice(0, end).trim();
  // "… on Monday. Photo: PIB/Handout": a full stop inside the line ends a caption's sentence.
  if (/[.!?:"”]$/.test(line) || /[.!?] \p{Lu}/u.test(line)) return undefined;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < MIN_WORDS) return undefined;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE ? end : undefined;
}

/** Drops the headline's mentions of entities the body never names. Mutates `mentions`. */
export function confirmHeadline(
  text: string,
  sentences: readonly Sentence[],
  mentions: Found[][],
): void {
  const end = titleCaseHeadlineEnd(text);
  if (end === undefined) return;
  const inHeadline = (i: number) => (sentences[i]?.end ?? Infinity) <= end;
  // A short name ("Shares" under "Samsung Shares Jump …") confirms nothing: it was read as part
  // of the headline's run, and goes with it.
  const body = new Set(
    mentions.flatMap((list, i) =>
      inHeadline(i) ? [] : list.filter((f) => f.rule !== 'short-name').map((f) => f.id),
    ),
  );
  mentions.forEach((list, i) => {
    mentions[i] = list.filter(
      (f) => body.has(f.id) || (!inHeadline(i) && f.rule !== 'short-name') || f.anaphor,
    );
  });
}
