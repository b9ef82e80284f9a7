import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { SavedView } from '../../src/model/saved-views.js';
import { ingestCorpus, type IngestedCorpus } from '../api/support/ingested-corpus.js';
import { query } from '../support/neo4j.js';
import {
  drawnOnScreen,
  hook,
  openPage,
  searchAndPick,
  seriousAxeViolations,
  shot,
  startExplorer,
  waitUntilIdle,
  type Explorer,
} from './support/browser.js';

interface Drawn {
  positions: Record<string, [number, number]>;
  ratio: number;
  node: string | undefined;
  types: unknown;
}

/** Where every node is drawn, the camera's zoom, the open entity and the type filter. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const g = (
      window as unknown as {
        __newsgraph: {
          graph: { forEachNode(fn: (id: string, a: { x: number; y: number }) => void): void };
          renderer: { getCamera(): { getState(): { ratio: number } } };
          state: { node?: string; filters: { types: unknown } };
        };
      }
    ).__newsgraph;
    const positions: Record<string, [number, number]> = {};
    g.graph.forEachNode((id, a) => (positions[id] = [a.x, a.y]));
    const { node, filters } = g.state;
    return {
      positions,
      ratio: g.renderer.getCamera().getState().ratio,
      node,
      types: filters.types,
    };
  }) as Promise<Drawn>;

/** Every saved position drawn where it was saved, to the two decimals a view keeps. */
function expectPlaced(shown: Drawn, saved: SavedView): void {
  expect(Object.keys(shown.positions).sort()).to.deep.equal(Object.keys(saved.positions).sort());
  for (const [id, [x, y]] of Object.entries(saved.positions)) {
    const [sx, sy] = shown.positions[id] ?? [NaN, NaN];
    expect(Math.abs(sx - x), id).to.be.below(0.006);
    expect(Math.abs(sy - y), id).to.be.below(0.006);
  }
  expect(shown.ratio).to.be.closeTo(saved.camera.ratio, 1e-6);
  expect(shown.node).to.equal(saved.node);
}

/** Waits until the camera has stopped moving (a framing animation, a resize). */
async function cameraStill(page: Page): Promise<void> {
  const still = (timeout: number) =>
    page
      .waitForFunction(
        () =>
          !(
            window as unknown as {
              __newsgraph: { renderer: { getCamera(): { isAnimated(): boolean } } };
            }
          ).__newsgraph.renderer
            .getCamera()
            .isAnimated(),
        null,
        // Polled on a timer: the default polls on animation frames, the very thing that may stall.
        { timeout, polling: 100 },
      )
      .then(
        () => true,
        () => false,
      );
  // A move lasts half a second. Twice in some twenty suite runs headless Chromium stopped
  // giving this page animation frames after a resize, so the camera never arrived; counting
  // frames tells that apart from a camera that keeps moving, and bringing the page to the
  // front gives it frames again.
  if (await still(20_000)) return;
  const frames = await framesInOneSecond(page);
  if (frames === 0) {
    await page.bringToFront();
    if (await still(20_000)) return;
  }
  throw new Error(`the camera kept moving for 20 s with ${frames} animation frames a second`);
}

/** How many animation frames the page gets in a second (a string: no bundler helpers inside). */
const framesInOneSecond = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const count = () => {
      frames += 1;
      if (performance.now() - start < 1000) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    setTimeout(() => resolve(frames), 1200);
  })`) as Promise<number>;

describe('explorer page: saved views, a phone-sized screen, dark (headless Chromium, test Neo4j)', function () {
  this.timeout(120_000);
  let corpus: IngestedCorpus;
  let explorer: Explorer;

  before(async function () {
    this.timeout(240_000);
    corpus = await ingestCorpus();
    await query(corpus.driver, 'MATCH (v:SavedView) DETACH DELETE v');
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
    await corpus?.close();
  });

  it('should save a view with its filters, selection, positions and zoom, open it again, share it by link and delete it', async () => {
    const { page, problems } = await openPage(explorer);
    await page.locator('#filter-types input[value="Group"]').click();
    await waitUntilIdle(page, 2);
    // Colour and size are part of the view: the address says them, and a saved view keeps them.
    await page.selectOption('#color-by', 'community');
    await page.selectOption('#size-by', 'pagerank');
    expect(new URL(page.url()).searchParams.get('color')).to.equal('community');
    expect(new URL(page.url()).searchParams.get('size')).to.equal('pagerank');
    await searchAndPick(page, 'Witkoff');
    await page.click('#zoom-in');
    await page.waitForFunction(() => {
      const hookValue = (
        window as unknown as {
          __newsgraph: { renderer: { getCamera(): { isAnimated(): boolean } } };
        }
      ).__newsgraph;
      return !hookValue.renderer.getCamera().isAnimated();
    });

    // Saved while the layout still runs, the nodes are not yet the saved picture, so the address
    // rightly leaves `view` out: on a busy machine the layout can outlast the steps above.
    await page.waitForFunction(
      () => document.getElementById('layout-toggle')?.textContent === 'Run layout',
      null,
      { timeout: 90_000 },
    );
    await page.click('#views-menu summary');
    await page.fill('#view-name', 'Witkoff, no groups');
    await page.click('#view-form button[type="submit"]');
    await page.locator('#view-list button.link', { hasText: 'Witkoff, no groups' }).waitFor();
    const [summary] = (await (await fetch(new URL('/api/views', explorer.server.url))).json())
      .views as SavedView[];
    const saved = (await (
      await fetch(new URL(`/api/views/${summary?.id}`, explorer.server.url))
    ).json()) as SavedView;
    expect(saved.filters).to.equal('types=Person%2CCountry%2COrganization%2CPlace');
    expect(saved.node).to.match(/^person:.*witkoff/);
    expect(saved.appearance).to.equal('color=community&size=pagerank');
    // The address now names the saved view the nodes stand as: its link carries the positions.
    expect(new URL(page.url()).searchParams.get('view')).to.equal(saved.id);
    expect(Object.keys(saved.positions).length).to.equal(await hook(page, (g) => g.graph.order));

    // Change everything, then open the view: all of it comes back.
    await page.click('#filter-reset');
    await page.keyboard.press('Escape');
    await page.click('#zoom-reset');
    await page.selectOption('#color-by', 'type');
    await page.selectOption('#size-by', 'degree');
    const loads = await hook(page, (g) => g.loads);
    if (!(await page.locator('#views-menu').evaluate((d) => (d as HTMLDetailsElement).open))) {
      await page.click('#views-menu summary');
    }
    await page.locator('#view-list button.link', { hasText: 'Witkoff, no groups' }).click();
    await waitUntilIdle(page, loads + 1);
    await page.waitForFunction(
      (ratio) =>
        Math.abs(
          (
            window as unknown as {
              __newsgraph: { renderer: { getCamera(): { getState(): { ratio: number } } } };
            }
          ).__newsgraph.renderer
            .getCamera()
            .getState().ratio - ratio,
        ) < 1e-6,
      saved.camera.ratio,
    );
    const reopened = await drawn(page);
    expectPlaced(reopened, saved);
    expect(reopened.types).to.not.include('Group');
    expect(
      await page.locator('#filter-types input[value="Group"]').isChecked(),
      'the box says what is shown',
    ).to.equal(false);
    expect(await page.inputValue('#color-by')).to.equal('community');
    expect(await page.inputValue('#size-by')).to.equal('pagerank');
    const address = new URL(page.url());
    expect(address.searchParams.get('view')).to.equal(saved.id);
    expect(address.searchParams.get('color')).to.equal('community');

    // The address bar's link carries the view, positions and all, to a browser that never laid
    // it out.
    const shared = await openPage(explorer, `${address.pathname}${address.search}`);
    await waitUntilIdle(shared.page, 2);
    await shared.page.waitForFunction(() => {
      const g = (
        window as unknown as {
          __newsgraph: { renderer: { getCamera(): { isAnimated(): boolean } } };
        }
      ).__newsgraph;
      return !g.renderer.getCamera().isAnimated();
    });
    expectPlaced(await drawn(shared.page), saved);
    expect(await shared.page.inputValue('#color-by')).to.equal('community');
    expect(await shared.page.textContent('#layout-toggle'), 'no layout moves them').to.equal(
      'Run layout',
    );
    await shot(shared.page, 'saved-view-shared-link');
    await shared.page.close();
    // Nodes the layout moves are no longer the saved picture: the address drops `view`.
    await page.click('#layout-toggle');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));

    await page.click('#views-menu summary');
    await page
      .locator('#view-list li', { hasText: 'Witkoff, no groups' })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.locator('#view-list li', { hasText: 'No saved views yet.' }).waitFor();
    const [left] = await query<{ n: number }>(
      corpus.driver,
      'MATCH (v:SavedView) RETURN count(v) AS n',
    );
    expect(left?.n).to.equal(0);
    expect(problems).to.deep.equal([]);
    await page.close();
  });

  it('should fit a 390 px wide screen, panels as sheets over a full-width graph, light and dark, axe-clean there and in dark at desktop width', async () => {
    const page = await explorer.browser.newPage({
      viewport: { width: 390, height: 844 },
      colorScheme: 'light',
    });
    await page.goto(explorer.server.url);
    await waitUntilIdle(page);
    /** What overflows the screen, the graph's box, and the sheets shown (all inside the screen?). */
    const fits = () =>
      page.evaluate(() => {
        const graph = document.getElementById('graph')?.getBoundingClientRect();
        const shown = ['details', 'filters']
          .map((id) => document.getElementById(id) as HTMLElement)
          .filter((e) => getComputedStyle(e).display !== 'none' && !e.hidden);
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          width: graph?.width ?? 0,
          height: graph?.height ?? 0,
          inside: shown.every((e) => {
            const r = e.getBoundingClientRect();
            return r.left >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
          }),
          sheets: shown.map((e) => e.id).join(','),
          above: shown.every((e) => (graph?.bottom ?? 0) <= e.getBoundingClientRect().top + 1),
        };
      });
    const closed = await fits();
    expect(closed).to.include({ overflow: 0, width: 390, inside: true, sheets: '' });
    expect(closed.height).to.be.greaterThan(500);

    await searchAndPick(page, 'Witkoff');
    // The graph stands above the sheet, full width, and shows the entity and its neighbours.
    const withDetails = await fits();
    expect(withDetails).to.include({ overflow: 0, width: 390, inside: true, sheets: 'details' });
    expect(withDetails.height).to.be.greaterThan(220);
    expect(withDetails.above, 'the graph ends where the sheet starts').to.equal(true);
    await cameraStill(page);
    const witkoff = await hook(page, (g) => g.state.node as string);
    const near = await hook(page, (g) => g.graph.neighbors(g.state.node as string));
    expect(await drawnOnScreen(page, [witkoff, ...near])).to.deep.equal([]);
    await shot(page, 'small-light-details');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    // The filters sheet, asked for last, stands in for the details; the graph stays drawn.
    await page.click('#filters-toggle');
    expect(await fits()).to.include({ overflow: 0, inside: true, sheets: 'filters', above: true });
    expect(await page.getAttribute('#filters-toggle', 'aria-expanded')).to.equal('true');
    await cameraStill(page);
    expect(await drawnOnScreen(page, [witkoff])).to.deep.equal([]);
    await shot(page, 'small-light-filters');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await page.click('#filters-toggle');
    await page.click('#details .close');

    await page.emulateMedia({ colorScheme: 'dark' });
    // The graph follows the system setting as it changes, not only on load.
    await page.waitForFunction(
      () =>
        (
          window as unknown as {
            __newsgraph: { renderer: { getSetting(key: string): { color?: string } } };
          }
        ).__newsgraph.renderer.getSetting('labelColor').color === '#e6e9ef',
    );
    const dark = await page.evaluate(() => ({
      background: getComputedStyle(document.getElementById('graph') as HTMLElement).backgroundColor,
      labels: (
        window as unknown as {
          __newsgraph: { renderer: { getSetting(key: string): { color?: string } } };
        }
      ).__newsgraph.renderer.getSetting('labelColor').color,
    }));
    expect(dark).to.deep.equal({ background: 'rgb(15, 18, 23)', labels: '#e6e9ef' });
    await searchAndPick(page, 'Witkoff');
    await cameraStill(page);
    expect(await drawnOnScreen(page, [witkoff, ...near])).to.deep.equal([]);
    await shot(page, 'small-dark-details');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await page.click('#details .close');
    await shot(page, 'small-dark');
    await page.click('#filters-toggle');
    await shot(page, 'small-dark-filters');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await page.click('#filters-toggle');

    // Dark on a desktop screen: the panel beside the graph, not a sheet.
    await page.setViewportSize({ width: 1400, height: 860 });
    await searchAndPick(page, 'Witkoff');
    await cameraStill(page);
    expect(await drawnOnScreen(page, [witkoff, ...near])).to.deep.equal([]);
    await shot(page, 'desktop-dark-details');
    expect(await seriousAxeViolations(page)).to.deep.equal([]);
    await page.close();
  });
});
