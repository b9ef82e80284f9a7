import { BOILERPLATE } from './lexicon/boilerplate.js';

/** Character ranges [start, end) of the text that are not article content, sorted. */
export function boilerplateRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const row of BOILERPLATE) {
    for (const m of text.matchAll(row.match)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
