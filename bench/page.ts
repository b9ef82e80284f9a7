// The explorer page in headless Chromium (Debian's, software WebGL through swiftshader, the same
// flags as the browser tests): time to the first drawn frame, time until every page of the graph
// is drawn, frame times while the user drags the graph, and how long a search takes to open an
// entity with every page drawn.
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { percentile, round } from './measure.js';

export interface PageFigures {
  /** From navigation start to the first frame drawn after the first view is ready. */
  firstRenderSeconds: number;
  /** From navigation start until every "Load more" page is drawn. */
  allLoadedSeconds: number;
  nodes: number;
  edges: number;
  /** From typing a name in the search box to its entity's relations shown, all pages drawn. */
  searchFocusSeconds: number;
  /** Mean and p95 time between frames while dragging the graph. */
  frameMs: number;
  frameP95Ms: number;
  frames: number;
  /** The API requests made before the first frame, from navigation start (ms), slowest first. */
  firstRequests: { path: string; startMs: number; endMs: number }[];
}

/** Only up to the first frame: its time and the requests before it. */
export type FirstFrame = Pick<
  PageFigures,
  'firstRenderSeconds' | 'nodes' | 'edges' | 'firstRequests'
>;

// Page-side code goes to evaluate() as strings: functions are serialised as tsx compiled them,
// with helpers (__name) the page lacks. waitForFunction() takes a function with no named inner
// function instead: its string form would need eval, which the page's CSP forbids.
interface Hook {
  ready: boolean;
  loads: number;
}
declare const window: { __newsgraph?: Hook };
const AFTER_NEXT_FRAME = `new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))`;
const GRAPH_SIZE = `({ nodes: window.__newsgraph.graph.order, edges: window.__newsgraph.graph.size })`;
const RECORD_FRAMES = `(() => {
  const frames = [];
  let recording = true;
  const tick = (t) => {
    frames.push(t);
    if (recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchFrames = frames;
  window.__benchStop = () => (recording = false);
})()`;
const STOP_RECORDING = `(window.__benchStop(), window.__benchFrames)`;
const API_REQUESTS = `performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname.startsWith('/api/'))
  .map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, startMs: Math.round(e.startTime), endMs: Math.round(e.responseEnd) }))`;

const DRAG_STEPS = 90;
/** A name the synthetic graph always has (test/web/support/synthetic-graph.ts). */
/** Typed in the search box when the caller names nobody: a person of the synthetic graph. */
const SEARCHED = 'Synthetic Person 42';

/**
 * Clicks the first button matching `selector` whose text matches `text` (a regular expression),
 * in the page itself; false when there is none. Playwright's click would first wait for the
 * button to stand still over two animation frames, and with 10k entities drawn in software GL a
 * frame takes seconds: on the realistic 10k graph that wait ran past its 30 s timeout.
 */
const press = (page: Page, selector: string, text: string) =>
  page.evaluate(
    ([selector, text]) => {
      const button = [...document.querySelectorAll<HTMLElement>(selector)].find((b) =>
        new RegExp(text).test(b.textContent?.trim() ?? ''),
      );
      button?.click();
      return button !== undefined;
    },
    [selector, text] as const,
  );

const afterNextFrame = (page: Page) => page.evaluate(AFTER_NEXT_FRAME) as Promise<number>;

const waitForLoads = (page: Page, loads: number) =>
  page.waitForFunction(
    (n) =>
      window.__newsgraph !== undefined && window.__newsgraph.ready && window.__newsgraph.loads >= n,
    loads,
    { timeout: 120_000, polling: 50 },
  );

export function measurePage(url: string, searched?: string): Promise<PageFigures>;
export function measurePage(url: string, searched: string, firstOnly: true): Promise<FirstFrame>;
export async function measurePage(
  url: string,
  searched = SEARCHED,
  firstOnly = false,
): Promise<PageFigures | FirstFrame> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    await waitForLoads(page, 1);
    const firstRender = await afterNextFrame(page);
    const firstRequests = (
      (await page.evaluate(API_REQUESTS)) as PageFigures['firstRequests']
    ).filter((r) => r.endMs > 0 && r.endMs <= firstRender);
    firstRequests.sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs));
    if (firstOnly) {
      if (problems.length > 0) throw new Error(`bench: the page failed: ${problems[0]}`);
      const drawn = (await page.evaluate(GRAPH_SIZE)) as { nodes: number; edges: number };
      return { firstRenderSeconds: round(firstRender / 1000), ...drawn, firstRequests };
    }

    // Load every page of the view, as a user clicking "Load more" would.
    for (let loads = 1; await press(page, '#status button', '^Load \\d+ more$'); loads++) {
      await waitForLoads(page, loads + 1);
    }
    const allLoaded = await afterNextFrame(page);
    const { nodes, edges } = (await page.evaluate(GRAPH_SIZE)) as { nodes: number; edges: number };

    // The layout settles the new nodes in a worker for up to 20 s; stop it so the frames below
    // time drawing, not layout.
    await press(page, '#layout-toggle', '^Stop');
    await page.waitForTimeout(500);

    await page.evaluate(RECORD_FRAMES);
    await page.mouse.move(500, 400);
    await page.mouse.down();
    await page.mouse.move(800, 550, { steps: DRAG_STEPS });
    await page.mouse.up();
    const frames = (await page.evaluate(STOP_RECORDING)) as number[];

    const typed = performance.now();
    await page.fill('#search-input', searched);
    await page.waitForSelector('#search-results li[role="option"][id]', { timeout: 120_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details:not([hidden]) .relation', { timeout: 120_000 });
    const searchFocusSeconds = (performance.now() - typed) / 1000;
    if (problems.length > 0) throw new Error(`bench: the page failed: ${problems[0]}`);
    const gaps = frames.slice(1).map((t, i) => t - (frames[i] as number));
    if (gaps.length === 0) throw new Error('bench: no frame was drawn while dragging');
    return {
      firstRenderSeconds: round(firstRender / 1000),
      allLoadedSeconds: round(allLoaded / 1000),
      nodes,
      edges,
      searchFocusSeconds: round(searchFocusSeconds),
      frameMs: round(gaps.reduce((a, b) => a + b, 0) / gaps.length),
      frameP95Ms: round(percentile(gaps, 95)),
      frames: gaps.length,
      firstRequests,
    };
  } finally {
    await browser.close();
  }
}
