import { expect } from 'chai';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CorpusError,
  parseCorrections,
  readCorrectionsFile,
  withCorrection,
  withoutCorrection,
  writeCorrectionsFile,
} from '../../src/corpus/index.js';
import type { Correction } from '../../src/model/corrections.js';

const BY_HAND = `# Our corrections, kept with the corpus.
corrections:
  - id: c1
    when: 2026-11-29T22:40:00Z
    action: merge
    entity: person:secretary-rubio
    into: person:marco-rubio
    note: the same man  # a comment a person wrote
  - id: c2
    when: 2026-11-29
    action: reject-relation
    relation: MET_WITH
    source: person:marco-rubio
    target: country:oman
    article: 000_1b7203abec72d9dd
    start: 120
`;

const parseError = (text: string) => {
  try {
    parseCorrections(text, 'corpus/corrections.yaml');
  } catch (error) {
    expect(error).to.be.instanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error('expected a CorpusError');
};

describe('corpus: corrections file', () => {
  it('should read the rows a person writes, in file order', () => {
    const rows = parseCorrections(BY_HAND, 'x');
    expect(rows.map((r) => r.action)).to.deep.equal(['merge', 'reject-relation']);
    expect(rows[0]).to.deep.equal({
      id: 'c1',
      when: '2026-11-29T22:40:00Z',
      action: 'merge',
      entity: 'person:secretary-rubio',
      into: 'person:marco-rubio',
      note: 'the same man',
    });
    expect(parseCorrections('', 'x')).to.deep.equal([]);
    expect(parseCorrections('corrections:\n', 'x')).to.deep.equal([]);
  });

  it('should refuse a bad file in one line that names the file, the row and the field', () => {
    const cases: [string, RegExp][] = [
      ['corrections: [\n', /^corrections: corpus\/corrections.yaml: not valid YAML \(/],
      ['- just a list\n', /the file must be a map with one key, 'corrections'/],
      ['corrections:\n  - {id: a, when: 2026-01-01, action: explode, entity: person:x}\n', /row 1: action: must be one of merge, rename/],
      ['corrections:\n  - {id: a, when: 2026-01-01, action: retype, entity: person:x, type: Wizard}\n', /row 1: type: /],
      ['corrections:\n  - {id: a, when: 2026-01-01, action: not-an-entity, entity: "person:x; DROP"}\n', /row 1: entity: must be an entity id/],
      ['corrections:\n  - {id: a, when: someday, action: not-an-entity, entity: person:x}\n', /row 1: when: must be an ISO date/],
      ['corrections:\n  - {id: a, when: 2026-01-01, action: not-an-entity, entity: person:x, evil: 1}\n', /row 1: /],
      ['corrections:\n  - {id: a, when: 2026-01-01, action: not-an-entity, entity: person:x}\n  - {id: a, when: 2026-01-01, action: not-an-entity, entity: person:y}\n', /row 2: id 'a' is used twice/],
      ['corrections:\n  - {id: a, when: 2026-01-01, action: not-an-entity, entity: !!js/function "x"}\n', /not valid YAML/],
      ['a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n', /not valid YAML/],
    ];
    for (const [text, expected] of cases) {
      const message = parseError(text);
      expect(message, text).to.match(expected);
      expect(message.split('\n'), text).to.have.length(1);
    }
  });

  it('should add and remove rows the same as a person would, keeping their comments', () => {
    const added: Correction = {
      id: 'c3',
      when: '2026-11-29T23:00:00Z',
      action: 'rename',
      entity: 'person:will',
      name: 'Will Smith',
    };
    const text = withCorrection(BY_HAND, added, 'x');
    expect(text).to.contain('# a comment a person wrote');
    expect(parseCorrections(text, 'x')).to.deep.equal([...parseCorrections(BY_HAND, 'x'), added]);
    const undone = withoutCorrection(text, 'c1', 'x') as string;
    expect(parseCorrections(undone, 'x').map((c) => c.id)).to.deep.equal(['c2', 'c3']);
    expect(withoutCorrection(text, 'nope', 'x')).to.equal(undefined);
    // A first correction makes the file, with a header saying what it is.
    const fresh = withCorrection(null, added, 'x');
    expect(fresh).to.match(/^# Corrections to the graph/);
    expect(parseCorrections(fresh, 'x')).to.deep.equal([added]);
  });

  it('should read a missing file as no corrections and write a file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-corrections-'));
    try {
      const path = join(dir, 'sub', 'corrections.yaml');
      const missing = await readCorrectionsFile(path);
      expect(missing.corrections).to.deep.equal([]);
      await writeCorrectionsFile(path, BY_HAND);
      const read = await readCorrectionsFile(path);
      expect(read.corrections).to.have.length(2);
      expect(read.hash).to.not.equal(missing.hash);
      expect(await readdir(join(dir, 'sub'))).to.deep.equal(['corrections.yaml']);
      // Comments and layout are not what the corrections say: the same hash.
      await writeFile(path, `# more words\n${BY_HAND}`);
      expect((await readCorrectionsFile(path)).hash).to.equal(read.hash);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
