// Headless Chromium (Debian's, with software WebGL) pointed at a real explorer server that reads
// the TEST Neo4j. Screenshots land in test-output/screenshots/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';
import { serve, type RunningServer } from '../../../web/server/serve.js';
import { testNeo4jConfig } from '../../support/neo4j.js';

export const SCREENSHOTS = 'test-output/screenshots';

/** What the page exposes on window.__newsgraph, as the tests read it. */
export interface PageHook {
  ready: boolean;
  loads: number;
  graph: {
    order: number;
    size: number;
    nodes(): string[];
    edges(): string[];
    hasNode(id: string): boolean;
    getNodeAttributes(id: string): Record<string, unknown>;
    getEdgeAttributes(id: string): Record<string, unknown>;
    forEachEdge(fn: (edge: string, attributes: Record<string, unknown>) => void): void;
  };
  renderer: { getCanvases(): Record<string, HTMLCanvasElement>; refresh(): void };
  state: { filters: Record<string, unknown>; node?: string; pathTo?: string };
  highlight: { focus: string | null; path: string[] | null };
  cypher: string;
}

export interface Explorer {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the page bundle, serves it against the test Neo4j, launches Chromium. */
export async function startExplorer(): Promise<Explorer> {
  execFileSync('npx', ['tsx', 'scripts/build-web.ts'], { stdio: 'pipe' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serve({
    neo4j: testNeo4jConfig(),
    web: { host: '127.0.0.1', port: 0 },
    app: { log: () => undefined },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** alert()/confirm() dialogs the page opened: any means script ran that should not have. */
  dialogs: string[];
}

/** Opens the page at a path and waits until the first view is drawn and nothing is loading. */
export async function openPage(explorer: Explorer, path = '/'): Promise<OpenedPage> {
  const page = await explorer.browser.newPage({ viewport: { width: 1400, height: 860 } });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    // swiftshader's "GPU stall due to ReadPixels" is a performance note, not a failure.
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(new URL(path, explorer.server.url).toString());
  await waitUntilIdle(page);
  return { page, problems, dialogs };
}

/** Waits until the page has drawn at least `loads` views and has nothing in flight. */
export async function waitUntilIdle(page: Page, loads = 1): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const hook = (window as unknown as { __newsgraph?: PageHook }).__newsgraph;
      return hook !== undefined && hook.ready && hook.loads >= n;
    },
    loads,
    { timeout: 30_000 },
  );
}

export function hook<T>(page: Page, read: (hook: PageHook) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__newsgraph)`) as Promise<T>;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Types into the top search box and picks the first suggestion. */
export async function searchAndPick(page: Page, text: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.waitForSelector('#search-results li[role="option"][id]', { state: 'visible' });
  await page.keyboard.press('Enter');
  await page.waitForSelector('#details:not([hidden]) .relation, #details:not([hidden]) p', {
    state: 'visible',
  });
  await waitUntilIdle(page);
}
