import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { createGraphWriter } from '../../src/store/write.js';
import type { GraphPage } from '../../web/shared/api-types.js';
import { GRAPH_LIMITS } from '../../web/shared/filters.js';
import { openTestDriver, resetDatabase, testNeo4jConfig } from '../support/neo4j.js';
import {
  hook,
  openPage,
  shot,
  startExplorer,
  waitUntilIdle,
  type Explorer,
} from './support/browser.js';
import { writeSyntheticGraph } from './support/synthetic-graph.js';

// 10,000 entities and 50,000 relations: the size the explorer must stay usable at.
const SIZE = { entities: 10_000, relations: 50_000, articles: 2_000, seed: 7 };

describe('explorer at scale (10k entities, 50k relations, test Neo4j)', function () {
  this.timeout(300_000);
  let driver: Driver;
  let explorer: Explorer;

  before(async () => {
    driver = await openTestDriver();
    await resetDatabase(driver);
    await writeSyntheticGraph(createGraphWriter(driver, testNeo4jConfig().database), SIZE);
    await driver.executeQuery(
      'CALL db.awaitIndexes(120)',
      {},
      { database: testNeo4jConfig().database },
    );
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
    await driver?.close();
  });

  it('should cap a page of /api/graph and page the rest', async () => {
    const url = (query: string) => new URL(`api/graph?${query}`, explorer.server.url);
    const capped = (await (await fetch(url(`limit=${GRAPH_LIMITS.maxNodes}`))).json()) as GraphPage;
    expect(capped.nodes).to.have.length(GRAPH_LIMITS.maxNodes);
    expect(capped.edges.length).to.be.at.most(GRAPH_LIMITS.maxEdges);
    expect(capped.page.nextOffset).to.equal(GRAPH_LIMITS.maxNodes);
    expect(capped.total.nodes).to.be.greaterThan(GRAPH_LIMITS.maxNodes);
    const over = await fetch(url(`limit=${GRAPH_LIMITS.maxNodes + 1}`));
    expect(over.status).to.equal(400);
  });

  it('should draw every entity page by page and stay responsive', async () => {
    const started = Date.now();
    const { page, problems } = await openPage(explorer);
    const first = await hook(page, (g) => g.graph.order);
    expect(first).to.equal(GRAPH_LIMITS.defaultNodes);
    for (let loads = 1; ; loads++) {
      const more = page.locator('#status button', { hasText: /^Load/ });
      if ((await more.count()) === 0) break;
      await more.click();
      await waitUntilIdle(page, loads + 1);
    }
    const drawn = await hook(page, (g) => ({ order: g.graph.order, size: g.graph.size }));
    const total = (await (await fetch(new URL('api/stats', explorer.server.url))).json()) as {
      entities: number;
    };
    expect(drawn.order).to.equal(total.entities);
    expect(drawn.size).to.be.greaterThan(40_000);
    expect(Date.now() - started).to.be.lessThan(150_000);

    // With the layout stopped, the page answers at once and a search opens its panel quickly.
    if ((await page.locator('#layout-toggle').textContent())?.trim() === 'Stop layout') {
      await page.click('#layout-toggle');
    }
    const tick = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - tick).to.be.lessThan(1000);
    const searched = Date.now();
    await page.fill('#search-input', 'Synthetic Person 42');
    await page.waitForSelector('#search-results li[role="option"][id]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details:not([hidden]) .relation');
    expect(Date.now() - searched).to.be.lessThan(15_000);
    await page.waitForTimeout(1000);
    await shot(page, 'scale-10k-focus');
    expect(problems).to.deep.equal([]);
    await page.close();
  });
});
