import { expect } from 'chai';
import type { Express } from 'express';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { parseCorrections } from '../../src/corpus/index.js';
import { createGraphWriter } from '../../src/store/write.js';
import { createGateway } from '../../src/store/gateway.js';
import { createApp } from '../../web/server/app.js';
import { createCorrectionsService } from '../../web/server/corrections.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { ingestCorpus, XSS_ARTICLE_DIR, type IngestedCorpus } from './support/ingested-corpus.js';

const MERGE = {
  action: 'merge',
  entity: 'person:jared-kushner',
  into: 'person:steve-witkoff',
  note: 'test',
};

describe('web/server corrections API (against the real test Neo4j, corpus ingested)', () => {
  let corpus: IngestedCorpus;
  let app: Express;
  let dir: string;
  let file: string;

  const post = (body: unknown) =>
    request(app)
      .post('/api/corrections')
      .send(body as object);

  before(async function () {
    this.timeout(180_000);
    corpus = await ingestCorpus();
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-corrections-api-'));
    file = join(dir, 'corrections.yaml');
    const writer = createGraphWriter(createGateway(corpus.driver, testNeo4jConfig()));
    const service = createCorrectionsService(corpus.store, writer, {
      paths: ['corpus', XSS_ARTICLE_DIR],
      corrections: file,
    });
    app = createApp({ store: corpus.store, corrections: service, log: () => undefined });
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
    await corpus?.close();
  });

  it('should merge, write the row a person would, apply it, and undo it', async function () {
    this.timeout(120_000);
    expect((await request(app).get('/api/corrections')).body).to.deep.include({
      enabled: true,
      corrections: [],
      applied: true,
    });

    const added = await post(MERGE);
    expect(added.status, JSON.stringify(added.body)).to.equal(200);
    const [row] = parseCorrections(await readFile(file, 'utf8'), file);
    expect(row).to.deep.include({ id: 'c1', ...MERGE });
    expect(row?.when).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(added.body).to.deep.include({ corrections: [row], unresolved: [], applied: true });
    expect(added.body.ingest.join('\n')).to.contain('corrections: 1 in');
    expect((await request(app).get('/api/entities/person:jared-kushner')).status).to.equal(404);
    const witkoff = await request(app).get('/api/entities/person:steve-witkoff');
    expect(witkoff.body.aliases).to.include('Jared Kushner');

    const undone = await request(app).delete('/api/corrections/c1');
    expect(undone.status).to.equal(200);
    expect(undone.body.corrections).to.deep.equal([]);
    expect((await request(app).get('/api/entities/person:jared-kushner')).status).to.equal(200);
    expect((await request(app).delete('/api/corrections/c1')).status).to.equal(404);
  });

  it('should refuse a bad correction, naming the field, and write nothing', async () => {
    const cases: [object, number, RegExp][] = [
      [{ action: 'explode', entity: 'person:steve-witkoff' }, 400, /^api: action: must be one of/],
      [{ action: 'retype', entity: 'person:steve-witkoff', type: 'Wizard' }, 400, /^api: type: /],
      [{ action: 'rename', entity: 'person:steve-witkoff', name: '  ' }, 400, /^api: name: /],
      [{ ...MERGE, extra: 'x' }, 400, /^api: /],
      [{ action: 'not-an-entity', entity: 'person:nobody-at-all' }, 404, /no entity/],
      [{ action: 'reject-relation', relation: 'LOVES', source: 'a', target: 'b' }, 400, /^api: /],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).to.equal(status);
      expect(response.body.error).to.match(message);
    }
    const text = await readFile(file, 'utf8');
    expect(parseCorrections(text, file)).to.deep.equal([]);
  });

  it("should take writes only from the page's own origin, as JSON, on this path", async () => {
    const evil = await post(MERGE).set('Origin', 'http://evil.example');
    expect(evil.status).to.equal(403);
    const crossSite = await post(MERGE).set('Sec-Fetch-Site', 'cross-site');
    expect(crossSite.status).to.equal(403);
    const form = await request(app)
      .post('/api/corrections')
      .set('Content-Type', 'text/plain')
      .send('{"action":"not-an-entity","entity":"person:steve-witkoff"}');
    expect(form.status).to.equal(415);
    const put = await request(app).put('/api/corrections/c1');
    expect(put.status).to.equal(405);
    expect(put.headers.allow).to.equal('GET, HEAD, POST, DELETE');
    const big = await post({ ...MERGE, note: 'x'.repeat(20_000) });
    expect(big.status).to.equal(413);
  });

  it('should list nothing and take no change where no corpus is given', async () => {
    const bare = createApp({ store: corpus.store, log: () => undefined });
    expect((await request(bare).get('/api/corrections')).body).to.deep.equal({ enabled: false });
    expect((await request(bare).post('/api/corrections').send(MERGE)).status).to.equal(404);
  });
});
