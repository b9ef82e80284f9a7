import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer } from 'node:net';
import request from 'supertest';
import { createGateway } from '../../src/store/gateway.js';
import { createGraphReader } from '../../src/store/read.js';
import { createApp } from '../../web/server/app.js';

// Checks made at the door, before any store is asked: the store here is a Neo4j that cannot be
// reached, so a request that got past the door would answer 503, not what is expected.
describe('web/server request checks (before the store)', () => {
  let driver: Driver;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const uri = `bolt://127.0.0.1:${port}`;
    driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'));
    app = createApp({
      store: createGraphReader(createGateway(driver, { database: 'neo4j', uri, user: 'neo4j' })),
      log: () => undefined,
    });
  });
  after(() => driver.close());

  describe('Host header (DNS rebinding)', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost']) {
      it(`should serve Host: ${host}`, async () => {
        const response = await request(app).get('/').set('Host', host);
        expect(response.status).to.equal(200);
      });
    }
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', '']) {
      it(`should refuse Host: '${host}' with 403 and say why`, async () => {
        for (const path of ['/', '/api/stats']) {
          const response = await request(app).get(path).set('Host', host);
          expect(response.status, path).to.equal(403);
          expect(response.body.error).to.match(/^web: .*host/i);
        }
      });
    }
    it('should also serve the host names it is told to', async () => {
      const named = createApp({
        store: createGraphReader(
          createGateway(driver, { database: 'neo4j', uri: 'bolt://x', user: 'neo4j' }),
        ),
        log: () => undefined,
        allowedHosts: ['graph.newsroom.internal'],
      });
      expect(
        (await request(named).get('/').set('Host', 'graph.newsroom.internal:80')).status,
      ).to.equal(200);
      expect((await request(named).get('/').set('Host', 'localhost')).status).to.equal(200);
      expect((await request(named).get('/').set('Host', 'other.internal')).status).to.equal(403);
    });
  });

  describe('methods', () => {
    for (const [method, path] of [
      ['post', '/api/graph'],
      ['delete', '/api/entities/person:x'],
      ['put', '/api/stats'],
      ['patch', '/'],
    ] as const) {
      it(`should answer ${method.toUpperCase()} ${path} with 405 and Allow: GET, HEAD`, async () => {
        const response = await request(app)[method](path);
        expect(response.status).to.equal(405);
        expect(response.headers.allow).to.equal('GET, HEAD');
        expect(response.body.error).to.match(/^web: .*GET/);
      });
    }
  });

  describe('entity types', () => {
    for (const path of ['/api/search?q=x&types=Person,Alien', '/api/graph?types=Alien']) {
      it(`should refuse an unknown type in ${path} the same way, naming it`, async () => {
        const response = await request(app).get(path);
        expect(response.status).to.equal(400);
        expect(response.body.error).to.match(/^api: types: "Alien": use one of Person, /);
      });
    }
  });

  describe('numbers and dates', () => {
    for (const limit of ['1e308', '9007199254740993', '1e9']) {
      it(`should say the allowed range for limit=${limit}`, async () => {
        const response = await request(app).get(`/api/graph?limit=${limit}`);
        expect(response.status).to.equal(400);
        expect(response.body.error).to.contain('from 1 to 5000');
        expect(response.body.error).to.not.contain('9007199254740991');
      });
    }
    for (const date of ['2026-02-30', '2026-13-45', '2025-02-29', '2026-00-10', '2026-04-31']) {
      it(`should refuse the impossible date ${date} with 400`, async () => {
        for (const key of ['from', 'to']) {
          const response = await request(app).get(`/api/graph?${key}=${date}`);
          expect(response.status, key).to.equal(400);
          expect(response.body.error).to.contain(key);
        }
      });
    }
  });
});
