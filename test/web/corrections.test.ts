import { expect } from 'chai';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCorrections } from '../../src/corpus/index.js';
import { query } from '../support/neo4j.js';
import {
  ingestCorpus,
  XSS_ARTICLE_DIR,
  type IngestedCorpus,
} from '../api/support/ingested-corpus.js';
import {
  hook,
  openPage,
  searchAndPick,
  seriousAxeViolations,
  shot,
  startExplorer,
  waitUntilIdle,
  type Explorer,
  type OpenedPage,
} from './support/browser.js';

const KUSHNER = 'person:jared-kushner';
const WITKOFF = 'person:steve-witkoff';

describe('corrections from the page (real Chromium, real Neo4j)', function () {
  this.timeout(180_000);
  let corpus: IngestedCorpus;
  let explorer: Explorer;
  let opened: OpenedPage;
  let dir: string;
  let file: string;

  before(async () => {
    corpus = await ingestCorpus();
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-corrections-page-'));
    file = join(dir, 'corrections.yaml');
    explorer = await startExplorer(undefined, {
      paths: ['corpus', XSS_ARTICLE_DIR],
      corrections: file,
    });
    opened = await openPage(explorer);
  });
  after(async () => {
    await opened?.page.close();
    await explorer?.close();
    await corpus?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const statusSays = (text: string) =>
    opened.page.waitForFunction(
      (t) => (document.getElementById('status')?.textContent ?? '').includes(t),
      text,
      { timeout: 90_000 },
    );

  it('should merge two entities from the entity panel by keyboard, then undo it', async () => {
    const { page } = opened;
    await searchAndPick(page, 'Jared Kushner');
    expect(await hook(page, (g) => g.state.node)).to.equal(KUSHNER);

    // Keyboard only: open the fold, pick the entity to merge into, Enter.
    const summary = page.locator('#details summary', { hasText: 'Correct this entity' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const merge = page.getByRole('combobox', { name: 'Merge Jared Kushner into' });
    // Every correction control is labelled and readable (axe-core), the fold open.
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await merge.focus();
    await page.keyboard.type('Steve Witkoff');
    await page.waitForSelector('#details li[role="option"][id]', { state: 'visible' });
    await page.keyboard.press('Enter');

    await statusSays(`Saved: Merged ${KUSHNER} into ${WITKOFF}`);
    await waitUntilIdle(page);
    // (Hooks run in the page: no outer names in them.)
    expect(
      await hook(page, (g) => [g.state.node, g.graph.hasNode('person:jared-kushner')]),
    ).to.deep.equal([WITKOFF, false]);
    await page.waitForSelector('#details-name:text("Steve Witkoff")');
    expect(await page.locator('#details .aliases').textContent()).to.contain('Jared Kushner');
    const rows = parseCorrections(await readFile(file, 'utf8'), file);
    expect(rows).to.have.length(1);
    expect(rows[0]).to.deep.include({ id: 'c1', action: 'merge', entity: KUSHNER, into: WITKOFF });
    await shot(page, 'corrections-merged');

    // The list shows it; its Undo takes the row out of the file and the node comes back.
    await page.getByRole('button', { name: 'Corrections' }).click();
    const undo = page.getByRole('button', { name: `Undo: Merged ${KUSHNER} into ${WITKOFF}` });
    await undo.waitFor();
    await shot(page, 'corrections-list');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await undo.focus();
    await page.keyboard.press('Enter');
    await statusSays('Undone: correction c1');
    await waitUntilIdle(page);
    expect(await hook(page, (g) => g.graph.hasNode('person:jared-kushner'))).to.equal(true);
    expect(parseCorrections(await readFile(file, 'utf8'), file)).to.deep.equal([]);
    await shot(page, 'corrections-undone');
    expect(opened.problems).to.deep.equal([]);
  });

  it("should reject the one sentence the analyst rejects, keeping the article's other evidence", async () => {
    const { page } = opened;
    const article = '000_1b7203abec72d9dd';
    const metWith = () =>
      query<{ start: number }>(
        corpus.driver,
        `MATCH (:Entity {id: 'country:irn'})-[r:MET_WITH]-(:Entity {id: 'country:usa'})
         WHERE r.article = $article RETURN DISTINCT r.start AS start ORDER BY start`,
        { article },
      );
    const before = (await metWith()).map((r) => r.start);
    expect(before.length, 'two sentences of one article say it').to.be.greaterThan(1);

    await page.goto(new URL('/?edge=country:irn,country:usa', explorer.server.url).toString());
    await waitUntilIdle(page);
    const sentences = page.locator(
      `#details section[data-relation="MET_WITH"] .edge-article[data-article="${article}"] article.relation`,
    );
    expect(await sentences.count()).to.equal(before.length);
    // Each sentence has its own Reject; take the second one's.
    const reject = sentences.nth(1).getByRole('button', { name: /in this sentence$/ });
    await reject.focus();
    await page.keyboard.press('Enter');
    await statusSays('Saved: Rejected MET_WITH');
    await waitUntilIdle(page);

    const [row] = parseCorrections(await readFile(file, 'utf8'), file);
    expect(row).to.deep.include({ action: 'reject-relation', relation: 'MET_WITH', article });
    const rejected = row?.action === 'reject-relation' ? row.start : undefined;
    expect(before).to.include(rejected);
    expect(row?.note, 'the file says which sentence in words').to.match(/^not stated by: \S/);
    expect((await metWith()).map((r) => r.start)).to.deep.equal(
      before.filter((s) => s !== rejected),
    );
    await shot(page, 'corrections-rejected-sentence');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    expect(opened.problems).to.deep.equal([]);
  });
});
