import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer } from 'node:net';
import request from 'supertest';
import { createGateway } from '../../src/store/gateway.js';
import { createGraphReader } from '../../src/store/read.js';
import { createApp } from '../../web/server/app.js';

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('web/server API when Neo4j is unreachable', function () {
  // A refused connection answers in milliseconds (bench: api_unavailable_ms). Retrying it, as the
  // driver's managed transactions would for 30 s, is the hang this guards against: the runner's
  // timeout, far above the normal answer and far below such a retry, is the check.
  this.timeout(10_000);
  let driver: Driver;
  let uri: string;
  const logged: string[] = [];

  before(async () => {
    uri = `bolt://127.0.0.1:${await closedPort()}`;
    driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'secret-password-123'));
  });
  after(() => driver.close());

  for (const path of [
    '/api/stats',
    '/api/graph',
    '/api/search?q=witkoff',
    '/api/entities/person:x',
  ]) {
    it(`should answer ${path} with 503 and a message that says what to do, without retrying`, async () => {
      const store = createGraphReader(
        createGateway(driver, { database: 'neo4j', uri, user: 'neo4j' }),
      );
      const app = createApp({ store, log: (line) => logged.push(line) });
      const response = await request(app).get(path);
      expect(response.status).to.equal(503);
      expect(response.body).to.have.keys(['error']);
      expect(response.body.error).to.contain('cannot reach Neo4j');
      expect(response.body.error).to.contain('npm run neo4j:start');
      expect(response.text).to.not.contain('secret-password-123');
      expect(response.text).to.not.match(/\bat .+\.(ts|js):\d+/);
    });
  }

  it('should still validate input before touching the store (400, not 503)', async () => {
    const store = createGraphReader(
      createGateway(driver, { database: 'neo4j', uri, user: 'neo4j' }),
    );
    const app = createApp({ store, log: (line) => logged.push(line) });
    const response = await request(app).get('/api/graph?types=Nobody');
    expect(response.status).to.equal(400);
  });
});
