import { nlp } from './nlp.js';

// compromise's cost grows with the square of a sentence's length (it matches its patterns from
// every word of a sentence), and its sentence splitter's with the square of a run of pieces it
// merges ("Mr. A. B. C. …"). Text it has never seen may hold a sentence of megabytes: a page
// without punctuation, a list of names. So compromise is given the text in windows: never more
// than MAX_WINDOW characters at once, never a sentence longer than MAX_SENTENCE. Windows end
// where compromise would end a sentence anyway, so ordinary text parses exactly as one call would.

export interface WindowLimits {
  /** Longest sentence compromise is handed; a longer one is cut at a clause, else a space. */
  maxSentence: number;
  /** Longest text compromise is handed at once; a longer one is cut at a line end. */
  maxWindow: number;
}

export const WINDOW_LIMITS: Readonly<WindowLimits> = {
  // Above the longest sentence of our corpora (1,017 characters in the Brown corpus; 478 in the
  // news of corpus/, test/gold and gum-news), and short enough to parse at prose speed.
  maxSentence: 1_200,
  // News articles run 3–15 KB: most are one window.
  maxWindow: 16_384,
};

/** How many windows' worth of text compromise's sentence splitter is given at once. */
const SPLIT_WINDOWS = 4;

type SplitSentences = (text: string, world: unknown) => string[];

const world = nlp.world() as unknown as {
  methods: { one: { tokenize: { splitSentences: SplitSentences } } };
};
/** compromise's own sentence splitter, the one nlp() runs first. */
const splitSentences = (text: string) => world.methods.one.tokenize.splitSentences(text, world);

// Where a stretch of text may be cut, best first: each pattern's match ends at a cut.
const LINE_END = /\n/g;
const SENTENCE_END = /[.!?]+["”’)]*\s+/g;
const CLAUSE_END = /[,;:—–)]["”’]*\s+/g;
const SPACE = /\s+/g;

/**
 * [start, end) ranges that cover the text in order, to be parsed one at a time. Windows hold
 * whole sentences as compromise splits them, up to maxWindow characters; a sentence longer than
 * maxSentence is cut into windows of its own. The splitter itself sees at most SPLIT_WINDOWS
 * windows' worth of text at once, cut at a line end: so a text of up to that size parses exactly
 * as one call would, and a longer one differs at most where a quotation runs over a cut line.
 */
export function parseWindows(
  text: string,
  limits: WindowLimits = WINDOW_LIMITS,
): [number, number][] {
  const windows: [number, number][] = [];
  let start = 0;
  const close = (at: number) => {
    if (at > start) windows.push([start, at]);
    start = at;
  };
  const chunkEnds = [
    ...cutPoints(text, 0, text.length, limits.maxWindow * SPLIT_WINDOWS, [
      LINE_END,
      SENTENCE_END,
      CLAUSE_END,
      SPACE,
    ]),
    text.length,
  ];
  let at = 0;
  for (const chunkEnd of chunkEnds) {
    for (const sentence of splitSentences(text.slice(at, chunkEnd))) {
      const end = at + sentence.length;
      if (end - start > limits.maxWindow) close(at);
      if (end - at > limits.maxSentence) {
        for (const cut of cutPoints(text, at, end, limits.maxSentence, [CLAUSE_END, SPACE])) {
          close(cut);
        }
      }
      at = end;
    }
    close(chunkEnd);
    at = chunkEnd;
  }
  return windows;
}

/**
 * Where to cut text[from, to) into pieces no longer than max: each cut at the last match of the
 * first pattern that matches in the second half of the piece, else at max. Linear: every search
 * covers at most max characters and moves the start at least max / 2 on.
 */
function cutPoints(
  text: string,
  from: number,
  to: number,
  max: number,
  patterns: readonly RegExp[],
): number[] {
  const cuts: number[] = [];
  let start = from;
  while (to - start > max) {
    const low = start + Math.floor(max / 2);
    const high = start + max;
    const window = text.slice(low, high);
    let at: number | undefined;
    for (const pattern of patterns) {
      for (const m of window.matchAll(pattern)) at = low + m.index + m[0].length;
      if (at !== undefined) break;
    }
    // A hard cut never splits a surrogate pair.
    at ??= /[\uDC00-\uDFFF]/.test(text.charAt(high)) ? high - 1 : high;
    cuts.push(at);
    start = at;
  }
  return cuts;
}
