import { BOILERPLATE } from './lexicon/boilerplate.js';

/** Character ranges [start, end) of the text that are not article content, sorted. */
export function boilerplateRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const row of BOILERPLATE) {
    for (const m of text.matchAll(row.match)) {
      const start = m.index ?? 0;
      const range = row.part === undefined ? [start, start + m[0].length] : m.indices?.[row.part];
      if (range?.[0] !== undefined && range[1] !== undefined) ranges.push([range[0], range[1]]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
