// Texts shaped to cost extraction the most, made from ordinary prose so that the words stay real
// and only the shape changes: the same prose without sentence ends, all in capitals, as one list
// of names, as initials, as one word. The bench times them against the prose itself; a test
// extracts small ones and checks that nothing about them grows with their length.
import { countWords } from './measure.js';

export const WORST_CASE_SHAPES = {
  /** One sentence without punctuation or line breaks. */
  'run-on': (prose: string) => words(prose).join(' '),
  /** The same, every word capitalised: one long run of possible names. */
  capitalised: (prose: string) => words(prose).map(capitalise).join(' '),
  /** Every sentence end and line break a comma: one sentence of many clauses. */
  'comma-spliced': (prose: string) =>
    `${prose.trim()} `
      .replace(/[.!?]+["”’)]*\s+/g, ', ')
      .replace(/\s+/g, ' ')
      .replace(/[\s,]+$/, ''),
  /** Every word capitalised and followed by a comma: one sentence naming thousands. */
  'name-list': (prose: string) => words(prose).map(capitalise).join(', '),
  /** Every word its initial: "T. J. S. …", pieces compromise's splitter keeps merging. */
  initials: (prose: string) =>
    words(prose)
      .map((w) => `${w.charAt(0).toUpperCase()}.`)
      .join(' '),
  /** No whitespace at all: one word. */
  unbroken: (prose: string) => words(prose).join(''),
} as const satisfies Record<string, (prose: string) => string>;

export type WorstCaseShape = keyof typeof WORST_CASE_SHAPES;

/** What goes between two copies of the shaped prose: the shape goes on across the seam. */
const SEPARATORS: Readonly<Record<WorstCaseShape, string>> = {
  'run-on': ' ',
  capitalised: ' ',
  'comma-spliced': ', ',
  'name-list': ', ',
  initials: ' ',
  unbroken: '',
};

export const WORST_CASE_SHAPE_NAMES = Object.keys(WORST_CASE_SHAPES) as WorstCaseShape[];

/** The prose's words, punctuation off ("U.S." → "US", "Iran’s" → "Iran’s"). */
function words(prose: string): string[] {
  return prose
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''))
    .filter((w) => w !== '');
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A text and the number of prose words it holds (for "unbroken", not the words it has). */
export interface WorstCaseText {
  text: string;
  words: number;
}

/**
 * Text of the shape, about `bytes` long in UTF-8 (never longer): the prose repeated as often as
 * it takes, shaped, cut at the last word that fits. `shape` undefined: the prose itself.
 */
export function worstCaseText(prose: string, bytes: number, shape?: WorstCaseShape): WorstCaseText {
  const base = shape ? WORST_CASE_SHAPES[shape](prose) : prose;
  const unit = Buffer.byteLength(base);
  if (unit === 0) throw new Error('bench: worst-case text from no prose');
  const separator = shape ? SEPARATORS[shape] : '\n\n';
  const repeated = Array.from({ length: Math.ceil(bytes / unit) + 1 }, () => base).join(separator);
  const text = cutToBytes(repeated, bytes, shape !== 'unbroken');
  const words =
    shape === 'unbroken'
      ? Math.round((text.length / base.length) * countWords(prose))
      : countWords(text);
  return { text, words };
}

/** The longest prefix of at most `bytes` UTF-8 bytes, ending at a word end when `atWord`. */
function cutToBytes(text: string, bytes: number, atWord: boolean): string {
  let cut = Buffer.from(text)
    .subarray(0, bytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  if (atWord && cut.length < text.length) {
    const space = cut.search(/\s\S*$/);
    if (space > 0) cut = cut.slice(0, space);
  }
  return cut.replace(/[\s,]+$/, '');
}
