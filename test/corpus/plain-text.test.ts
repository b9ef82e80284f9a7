import { expect } from 'chai';
import { CorpusError } from '../../src/corpus/index.js';
import { toPlainText } from '../../src/corpus/plain-text.js';

const nested = (depth: number) =>
  `<html><body>${'<div>'.repeat(depth)}Talks in Oman${'</div>'.repeat(depth)}</body></html>`;

describe('corpus/plain-text', () => {
  it('should read HTML and Markdown that nest as deep as real articles do', () => {
    expect(toPlainText(nested(60), 'a.html').text).to.equal('Talks in Oman');
    const list = Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    expect(toPlainText(list, 'a.md').text).to.contain('level 7');
  });

  it('should refuse HTML nested thousands deep with a CorpusError, not a stack overflow', () => {
    expect(() => toPlainText(nested(5000), 'deep.html')).to.throw(
      CorpusError,
      /deep\.html: .*nested too deeply/,
    );
  });

  it('should read Markdown quoted thousands deep, its outline flattened', () => {
    expect(toPlainText(`${'>'.repeat(5000)} Talks in Oman\n`, 'deep.md').text).to.contain(
      'Talks in Oman',
    );
  });

  // Before the cap, marked spent minutes on a list nested 2,000 deep (quadratic in the depth);
  // the runner's timeout catches a return of that.
  it('should read a Markdown list nested thousands deep without stalling', () => {
    const list = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n');
    const { text } = toPlainText(list, 'deep-list.md');
    expect(text).to.contain('item 0').and.to.contain('item 2999');
  }).timeout(20_000);
});
