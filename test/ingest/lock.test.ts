import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { openGateway } from '../../src/store/driver.js';
import { StoreError } from '../../src/store/errors.js';
import { createGraphWriter } from '../../src/store/write.js';
import { openCuttableLink } from '../support/cuttable-link.js';
import {
  openTestDriver,
  query,
  resetDatabase,
  testNeo4jConfig,
  testWriter,
} from '../support/neo4j.js';

describe('the ingest lock (real Neo4j)', () => {
  let driver: Driver;

  before(async () => {
    driver = await openTestDriver();
    await resetDatabase(driver);
    await testWriter(driver).ensureSchema();
  });
  after(() => driver.close());

  it('should hold while its transaction lives, and say so in one line once the server ends it', async () => {
    const lock = await testWriter(driver).lock(() => undefined);
    try {
      await lock.confirm();
      // What a server-side transaction timeout does: every other open transaction is ended.
      const open = await query<{ id: string }>(
        driver,
        `SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery
         WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN id`,
      );
      expect(open).to.have.length(1);
      await query(driver, 'TERMINATE TRANSACTIONS $ids', { ids: open.map((t) => t.id) });
      const lost = await lock.confirm().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(lost).to.be.instanceOf(StoreError);
      expect((lost as Error).message).to.match(/^store: the ingest lock was lost/);
    } finally {
      await lock.release();
    }
    // Gone with its transaction: the next run takes it at once.
    let waited = false;
    await (await testWriter(driver).lock(() => (waited = true))).release();
    expect(waited).to.equal(false);
  });

  it('should say Neo4j cannot be reached, not that the lock was lost, when the connection goes', async () => {
    const link = await openCuttableLink(testNeo4jConfig());
    const linked = await openGateway(link.neo4j);
    try {
      const lock = await createGraphWriter(linked).lock(() => undefined);
      await lock.confirm();
      await link.cut();
      const lost = await lock.confirm().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(lost).to.be.instanceOf(StoreError);
      expect((lost as Error).message).to.equal(
        `store: cannot reach Neo4j at ${link.neo4j.uri}; start it (npm run neo4j:start) or set NEO4J_URI`,
      );
      await lock.release();
    } finally {
      await linked.close();
      await link.close();
    }
  });
});
