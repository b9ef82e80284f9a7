import { expect } from 'chai';
import { WORST_CASE_SHAPE_NAMES, worstCaseText } from '../../bench/worst-case-texts.js';
import { extractArticle } from '../../src/extract/index.js';
import { nlp } from '../../src/extract/nlp.js';
import { tokenize } from '../../src/extract/parse.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { parseWindows, WINDOW_LIMITS } from '../../src/extract/windows.js';
import { corpusArticle } from '../support/corpus-dir.js';
import { article } from './article.js';

// Text no news site would print, but a scraper or a careless export will: one sentence of
// megabytes, every word capitalised, a list of thousands of names. compromise's cost grows with
// the square of a sentence's length, so what is checked here is that no sentence handed on is
// long, whatever the input; the bench times the same shapes (extract_worst_case_ratio).
const PROSE = `WASHINGTON (Reuters) — Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Tuesday, the State Department said, as the two sides pressed Iran to return to talks.

"We are not naive about the Iranians," Rubio told reporters after the meeting. Officials from Qatar and Oman, who have carried messages between Washington and Tehran, confirmed that a new round could begin in Muscat next week.

Israeli Prime Minister Benjamin Netanyahu warned on Monday that Israel would act alone if the talks failed. The European Union urged restraint.`;

const SIZE = 8 * 1024;

describe('extract: worst-case shapes', () => {
  for (const shape of WORST_CASE_SHAPE_NAMES) {
    it(`should hand on no sentence longer than the limit from ${shape} text, offsets true`, () => {
      const { text } = worstCaseText(PROSE, SIZE, shape);
      expect(Buffer.byteLength(text)).to.be.within(SIZE - 100, SIZE);
      const sentences = splitSentences(text, tokenize(text), []);
      expect(sentences.length).to.be.at.least(Math.floor(text.length / WINDOW_LIMITS.maxSentence));
      for (const s of sentences) {
        expect(s.end - s.start).to.be.at.most(WINDOW_LIMITS.maxSentence);
        expect(s.evidence).to.equal(text.slice(s.start, s.end));
        for (const t of s.tokens) expect(text.slice(t.start, t.end)).to.equal(t.text);
      }
    });
  }

  it("should finish a list of names where a name's affiliation follows it", () => {
    // From the name-list shape: "With" reads as a person whose affiliation, "New", follows it.
    // The object search after "Meeting" went back to "With" and round again, for ever. (The
    // bare title "President" at its end names no one.)
    const text = 'An, Early, Meeting, With, The, New, President';
    expect(extractArticle(article(text)).entities.map((e) => e.name)).to.include('Meeting');
  });

  it('should cover the text with windows, in order, none over the limits', () => {
    const limits = { maxSentence: 300, maxWindow: 1_000 };
    for (const shape of [undefined, ...WORST_CASE_SHAPE_NAMES]) {
      const { text } = worstCaseText(PROSE, SIZE, shape);
      const windows = parseWindows(text, limits);
      expect(windows[0]?.[0], shape).to.equal(0);
      expect(windows[windows.length - 1]?.[1], shape).to.equal(text.length);
      windows.forEach(([from, to], i) => {
        expect(to, shape).to.be.above(from);
        expect(to - from, shape).to.be.at.most(limits.maxWindow);
        if (i > 0) expect(from, shape).to.equal(windows[i - 1]?.[1]);
      });
    }
  });

  it('should parse an ordinary article as one window', async () => {
    const text = await corpusArticle('000_1b7203abec72d9dd');
    expect(parseWindows(text)).to.deep.equal([[0, text.length]]);
  });

  it('should end small windows only where compromise ends a sentence in the whole text', async () => {
    const text = await corpusArticle('000_1b7203abec72d9dd');
    const windows = parseWindows(text, { maxSentence: WINDOW_LIMITS.maxSentence, maxWindow: 600 });
    expect(windows.length).to.be.above(3);
    const starts = new Set(
      (nlp(text).json({ offset: true }) as { terms: { offset: { start: number } }[] }[]).map(
        (s) => s.terms[0]?.offset.start,
      ),
    );
    for (const [from] of windows.slice(1)) {
      const firstWord = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
      expect(starts, text.slice(from, from + 40)).to.include(firstWord);
    }
  });
});
