import { expect } from 'chai';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { SAVED_VIEW_LIMITS, type SavedView } from '../../src/model/saved-views.js';
import { createGateway } from '../../src/store/gateway.js';
import { createGraphReader } from '../../src/store/read.js';
import { createSavedViewStore } from '../../src/store/views.js';
import { createApp } from '../../web/server/app.js';
import { openTestDriver, query, testNeo4jConfig } from '../support/neo4j.js';

const VIEW = {
  name: 'Talks, people only',
  filters: 'minConfidence=0.5&types=Person,Country',
  node: 'person:steve-witkoff',
  positions: { 'person:steve-witkoff': [1.23456, -2], 'country:iran': [10, 20.005] },
  camera: { x: 0.5, y: 0.4, ratio: 0.8, angle: 0 },
};

describe('web/server API: saved views (against the real test Neo4j)', () => {
  let driver: Driver;
  let app: Express;
  const clear = () => query(driver, 'MATCH (v:SavedView) DETACH DELETE v');
  const save = (body: unknown) =>
    request(app)
      .post('/api/views')
      .send(body as object);

  before(async () => {
    driver = await openTestDriver();
    const gateway = createGateway(driver, testNeo4jConfig());
    app = createApp({
      store: createGraphReader(gateway),
      views: createSavedViewStore(gateway),
      log: () => undefined,
    });
  });
  beforeEach(clear);
  after(async () => {
    await clear();
    await driver.close();
  });

  it('should save a view, list it without positions and send it back whole, filters in their one spelling', async () => {
    const saved = await save(VIEW);
    expect(saved.status, JSON.stringify(saved.body)).to.equal(201);
    const { id } = saved.body as SavedView;

    const list = await request(app).get('/api/views');
    expect(list.status).to.equal(200);
    expect(list.body.views).to.deep.equal([
      { id, name: VIEW.name, updated: saved.body.updated, nodes: 2 },
    ]);

    const got = await request(app).get(`/api/views/${id}`);
    expect(got.status).to.equal(200);
    expect(got.body).to.deep.include({
      id,
      name: VIEW.name,
      // Read by the filter table and written back as a link writes it.
      filters: 'types=Person%2CCountry&minConfidence=0.5',
      node: VIEW.node,
      positions: { 'person:steve-witkoff': [1.23, -2], 'country:iran': [10, 20.01] },
      camera: VIEW.camera,
    });
    expect(got.body).to.not.have.property('pathTo');
    // Kept in Neo4j, for everyone who uses this database.
    const [stored] = await query<{ n: number }>(driver, 'MATCH (v:SavedView) RETURN count(v) AS n');
    expect(stored?.n).to.equal(1);
  });

  it('should replace a view saved again under its name, keeping its id', async () => {
    const first = (await save(VIEW)).body as SavedView;
    const again = await save({ ...VIEW, filters: '', node: undefined, positions: {} });
    expect(again.status).to.equal(201);
    expect(again.body.id).to.equal(first.id);
    const list = await request(app).get('/api/views');
    expect(list.body.views).to.have.length(1);
    const got = await request(app).get(`/api/views/${first.id}`);
    expect(got.body.filters).to.equal('');
    expect(got.body).to.not.have.property('node');
  });

  it('should refuse a view it cannot read, saying which field and what it takes', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...VIEW, filters: 'types=Nobody' }, /^api: filters: types: .*use one of Person/],
      [{ ...VIEW, name: '' }, /^api: name: use 1 to 80 characters/],
      [{ ...VIEW, name: 'x'.repeat(81) }, /^api: name/],
      [{ ...VIEW, node: 'MATCH (n) DETACH DELETE n' }, /^api: node: not an entity id/],
      [{ ...VIEW, positions: { 'person:a': [1, 'x'] } }, /^api: positions\.person:a: use a number/],
      [{ ...VIEW, positions: { 'person:a': [1e300, 0] } }, /^api: positions\.person:a/],
      [{ ...VIEW, camera: { x: 0, y: 0, ratio: 0 } }, /^api: camera\.ratio/],
      [{ ...VIEW, appearance: 'color=rainbow' }, /^api: appearance: color: use one of type/],
      [{ ...VIEW, script: 'alert(1)' }, /^api: script: not a field/],
      [[VIEW], /^api: body: send a JSON object/],
    ];
    for (const [body, message] of cases) {
      const response = await save(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).to.equal(400);
      expect(response.body.error).to.match(message);
    }
    const positions = Object.fromEntries(
      Array.from({ length: SAVED_VIEW_LIMITS.positions + 1 }, (_, i) => [`person:p${i}`, [i, i]]),
    );
    const tooMany = await save({ ...VIEW, positions });
    expect(tooMany.status).to.equal(400);
    expect(tooMany.body.error).to.equal(`api: positions: at most ${SAVED_VIEW_LIMITS.positions}`);
    // Not JSON: what a form on another site could send without asking first.
    const form = await request(app).post('/api/views').type('form').send({ name: 'x' });
    expect(form.status).to.equal(415);
    const [stored] = await query<{ n: number }>(driver, 'MATCH (v:SavedView) RETURN count(v) AS n');
    expect(stored?.n).to.equal(0);
  });

  it('should keep the number of views bounded', async () => {
    await query(
      driver,
      'UNWIND range(1, $n) AS i CREATE (:SavedView {id: randomUUID(), name: "v" + i, nodes: 0})',
      { n: SAVED_VIEW_LIMITS.views },
    );
    const refused = await save(VIEW);
    expect(refused.status).to.equal(409);
    expect(refused.body.error).to.contain('delete some first');
    // Saving again under a taken name is still a replacement, not one more.
    expect((await save({ ...VIEW, name: 'v1' })).status).to.equal(201);
  });

  it('should delete a view, and answer 404 for one that is gone and 400 for a bad id', async () => {
    const { id } = (await save(VIEW)).body as SavedView;
    expect((await request(app).delete(`/api/views/${id}`)).status).to.equal(204);
    expect((await request(app).delete(`/api/views/${id}`)).status).to.equal(404);
    expect((await request(app).get(`/api/views/${id}`)).status).to.equal(404);
    expect((await request(app).get('/api/views/not-an-id')).status).to.equal(400);
    expect((await request(app).get('/api/views')).body.views).to.deep.equal([]);
  });

  it('should still refuse writes everywhere else', async () => {
    expect((await request(app).post('/api/graph').send({})).status).to.equal(405);
    expect((await request(app).delete('/api/entities/person:x')).status).to.equal(405);
  });
});
