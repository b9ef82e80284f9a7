import { expect } from 'chai';
import { CorpusError } from '../../src/corpus/index.js';
import { decodeText } from '../../src/corpus/decode-text.js';

describe('corpus/decode-text', () => {
  it('should decode UTF-8 without a note', () => {
    expect(decodeText(Buffer.from('Président', 'utf8'), 'a.txt')).to.deep.equal({ text: 'Président' });
  });

  it('should decode Windows-1252 and say so', () => {
    const decoded = decodeText(Buffer.from('Président', 'latin1'), 'a.txt');
    expect(decoded.text).to.equal('Président');
    expect(decoded.note).to.match(/a\.txt: not UTF-8; decoded as Windows-1252/);
  });

  it('should decode UTF-16 with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Oman', 'utf16le')]);
    expect(decodeText(bytes, 'a.txt')).to.deep.equal({ text: 'Oman' });
  });

  it('should refuse broken UTF-16 and binary data with a CorpusError', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]), 'odd.txt')).to.throw(CorpusError, /UTF-16/);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0, 0]), 'b.png')).to.throw(CorpusError, /binary/);
  });
});
