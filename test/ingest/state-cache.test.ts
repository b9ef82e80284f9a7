import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStateCache, stateCacheFile, writeStateCache } from '../../ingest/state-cache.js';
import type { StoredArticle } from '../../src/store/write.js';

describe('the kept article state (ingest/state-cache.ts)', () => {
  let folder: string;
  let file: string;
  const state = new Map<string, StoredArticle>([
    ['a', { hash: 'h1', current: true, stat: '10:1:1:1:1', source: 'corpus/a.txt' }],
    ['b', { hash: 'h2', current: false, stat: null, source: null }],
  ]);

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-state-'));
    file = join(folder, 'state.json');
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('should give back the state kept for the same run and extractor', async () => {
    await writeStateCache(file, 'run-1', 'x1', state);
    expect(await readStateCache(file, 'run-1', 'x1')).to.deep.equal(state);
  });

  it('should be a miss after another run, for another extractor, or for a store never written', async () => {
    await writeStateCache(file, 'run-1', 'x1', state);
    expect(await readStateCache(file, 'run-2', 'x1')).to.equal(undefined);
    expect(await readStateCache(file, 'run-1', 'x2')).to.equal(undefined);
    expect(await readStateCache(file, null, 'x1')).to.equal(undefined);
  });

  it('should be a miss, never an error, when the file is missing, cut short or not a state', async () => {
    expect(await readStateCache(file, 'run-1', 'x1')).to.equal(undefined);
    for (const text of [
      '{"run":"run-1","extractor":"x1","articles":[["a","h1",tr',
      '{"run":"run-1","extractor":"x1","articles":[["a","h1","yes",null,null]]}',
      '{"run":"run-1","extractor":"x1","articles":{}}',
      'null',
    ]) {
      await writeFile(file, text);
      expect(await readStateCache(file, 'run-1', 'x1'), text).to.equal(undefined);
    }
  });

  it('should keep one file per store: URI and database', () => {
    const one = stateCacheFile({ uri: 'bolt://a:7687', database: 'neo4j' });
    expect(stateCacheFile({ uri: 'bolt://a:7687', database: 'neo4j' })).to.equal(one);
    expect(stateCacheFile({ uri: 'bolt://b:7687', database: 'neo4j' })).to.not.equal(one);
    expect(stateCacheFile({ uri: 'bolt://a:7687', database: 'news' })).to.not.equal(one);
  });
});
