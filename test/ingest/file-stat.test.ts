import { expect } from 'chai';
import type { Stats } from 'node:fs';
import { fileStat, RACY_MS } from '../../ingest/file-stat.js';

const NOW = Date.UTC(2026, 11, 7, 12);
const stats = (changes: Partial<Stats> = {}) =>
  ({
    size: 1200,
    mtimeMs: NOW - 60_000,
    ctimeMs: NOW - 60_000,
    dev: 1,
    ino: 42,
    ...changes,
  }) as Stats;

describe('fileStat', () => {
  it('should give a file the same stat until its size, times or inode change', () => {
    const stat = fileStat(stats(), NOW);
    expect(stat).to.be.a('string');
    expect(fileStat(stats(), NOW + 1000)).to.equal(stat);
    for (const change of [
      { size: 1201 },
      { mtimeMs: NOW - 59_000 },
      { ctimeMs: NOW - 30_000 },
      { ino: 43 },
    ]) {
      expect(fileStat(stats(change), NOW)).to.not.equal(stat);
    }
  });

  it('should give no stat to a file changed too recently to trust its times', () => {
    expect(fileStat(stats({ mtimeMs: NOW - RACY_MS + 1 }), NOW)).to.equal(null);
    // A file whose modification time was set back still changed just now.
    expect(fileStat(stats({ ctimeMs: NOW - 10 }), NOW)).to.equal(null);
  });
});
