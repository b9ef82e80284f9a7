import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { ingestCorpus } from '../api/support/ingested-corpus.js';
import { openCuttableLink, type CuttableLink } from '../support/cuttable-link.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import {
  hook,
  openPage,
  shot,
  startExplorer,
  waitUntilIdle,
  type Explorer,
} from './support/browser.js';

const OUTAGE_TEXT = 'The database is not answering; retrying…';
/** A wait for recovery fails only on a hang: the page's retries back off to seconds apart. */
const RECOVERY_MS = 120_000;

/** The outage notice's text, or null while it is hidden. */
const notice = (page: Page) =>
  page.evaluate(() => {
    const element = document.getElementById('connection');
    return element && !element.hidden ? element.textContent : null;
  });

describe('explorer page through a Neo4j outage (headless Chromium, test Neo4j behind a link it cuts)', function () {
  this.timeout(300_000);
  let explorer: Explorer;
  let link: CuttableLink;

  before(async function () {
    this.timeout(240_000);
    await (await ingestCorpus()).close();
    link = await openCuttableLink(testNeo4jConfig());
    explorer = await startExplorer(link.neo4j);
  });
  after(async () => {
    await explorer?.close();
    await link?.close();
  });

  it('should say so, keep the filters honest and recover without a reload, also on a page opened during the outage', async () => {
    const { page, problems } = await openPage(explorer);
    const before = await hook(page, (g) => ({ order: g.graph.order, loads: g.loads }));
    expect(before.order).to.be.greaterThan(3);
    expect(await notice(page)).to.equal(null);

    await link.cut();

    // A filter change the store cannot apply is taken back: box, URL and graph agree.
    const person = page.locator('#filter-types input[value="Person"]');
    // A click, not uncheck(): the box is ticked again before uncheck() could see it change.
    await person.click();
    await page.waitForFunction(
      (text) => document.getElementById('connection')?.textContent === text,
      OUTAGE_TEXT,
    );
    await page.waitForFunction(() => {
      const box = document.querySelector<HTMLInputElement>('#filter-types input[value="Person"]');
      return box?.checked === true;
    });
    expect(page.url()).to.not.contain('types=');
    expect(await hook(page, (g) => g.graph.order)).to.equal(before.order);
    expect(await page.locator('#status').textContent()).to.contain('database is not answering');

    // A search that could not run says so, not "No match".
    await page.fill('#search-input', 'Iran');
    const answer = page.locator('#search-results li');
    await answer.first().waitFor({ state: 'visible' });
    expect(await answer.first().textContent()).to.equal(
      'Cannot search: the database is not answering.',
    );
    await shot(page, 'outage-notice');

    // A page opened during the outage says so too, and draws once the store is back.
    const late = await explorer.browser.newPage({ viewport: { width: 1000, height: 700 } });
    await late.goto(explorer.server.url);
    await late.waitForFunction(
      (text) => document.getElementById('connection')?.textContent === text,
      OUTAGE_TEXT,
    );

    await link.restore();

    // Both recover by themselves: the retries are the only way these waits can end.
    await waitUntilIdle(late, 1, RECOVERY_MS);
    expect(await notice(late)).to.equal(null);
    expect(await hook(late, (g) => g.graph.order)).to.equal(before.order);
    await late.waitForSelector('#filter-types input[value="Person"]');
    await page.waitForFunction(() => document.getElementById('connection')?.hidden === true, null, {
      timeout: RECOVERY_MS,
    });
    await page.fill('#search-input', '');
    await person.uncheck();
    await waitUntilIdle(page, before.loads + 1, RECOVERY_MS);
    const types = await hook(page, (g) => {
      const seen = new Set<unknown>();
      for (const id of g.graph.nodes()) seen.add(g.graph.getNodeAttributes(id).entityType);
      return [...seen];
    });
    expect(types).to.not.include('Person');
    expect(page.url()).to.contain('types=');
    expect(problems.filter((p) => !/503|Failed to load resource/.test(p))).to.deep.equal([]);
    await late.close();
    await page.close();
  });
});
