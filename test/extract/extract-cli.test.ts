import { expect } from 'chai';
import { runCommand } from '../support/cli.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../src/model/types.js';

const extract = (...args: string[]) => runCommand('extract', args);

describe('extract CLI', () => {
  let corpus: Extraction;
  before(async () => {
    const run = await extract('--json', 'corpus');
    expect(run.code).to.equal(0);
    corpus = JSON.parse(run.stdout) as Extraction;
  });

  it('should list the key entities once each', () => {
    for (const name of [
      'Marco Rubio',
      'Seyed Abbas Araghchi',
      'Qatar',
      'Axios',
      'N12',
      'White House',
    ]) {
      expect(
        corpus.entities.filter((e) => e.name === name),
        name,
      ).to.have.length(1);
    }
  });

  it('should find the regional governments PRESSURED the United States, with evidence', () => {
    const pressured = corpus.relations.filter(
      (r) =>
        r.type === 'PRESSURED' &&
        r.source === 'group:middle-eastern-governments' &&
        r.target === 'country:usa',
    );
    expect(pressured.map((r) => r.evidence)).to.include(
      'Multiple Middle Eastern governments privately pressured the Trump administration on February 4 to withdraw an ultimatum to cancel scheduled talks with Iran, prompting Washington to restore a meeting originally set for February 6 and relocate it to Oman.',
    );
  });

  it('should find Araghchi CONFIRMED a claim about the talks', () => {
    const confirmed = corpus.relations.find((r) => r.type === 'CONFIRMED');
    expect(confirmed).to.include({ source: 'person:seyed-abbas-araghchi', target: 'country:usa' });
    expect(confirmed?.claim).to.match(/^talks with the U\.S\. are scheduled/);
    expect(confirmed?.evidence).to.match(
      /^Iranian Foreign Minister Seyed Abbas Araghchi confirmed/,
    );
  });

  it('should print a summary without --json', async () => {
    const run = await extract('corpus/003_3db02aaac1c87e1d.txt');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.match(/^1 articles, \d+ entities, \d+ relations/);
  });

  it('should fail with one "extract: " line on a missing path', async () => {
    const run = await extract('--json', 'no/such/folder');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/^extract: [^\n]*\n$/);
  });

  it('should decode a Latin-1 file with a note, skip a binary one, and still print the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
    await writeFile(
      join(dir, 'latin1.txt'),
      Buffer.from('Le Président Macron met with Olaf Scholz.', 'latin1'),
    );
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    await writeFile(join(dir, 'good.txt'), 'Beijing and Canberra held talks on barley tariffs.');
    const run = await extract('--json', dir);
    expect(run.code).to.equal(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^extract: corpus: .*binary\.txt: binary file/);
    expect(lines[1]).to.match(
      /^extract: note: corpus: .*latin1\.txt: not UTF-8; decoded as Windows-1252/,
    );
    expect((JSON.parse(run.stdout) as Extraction).relations).to.have.length(2);
  });
});
