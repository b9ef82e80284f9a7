// Headless Chromium (Debian's, with software WebGL) pointed at a real explorer server that reads
// the TEST Neo4j. Screenshots land in test-output/screenshots/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.js';
import { serve, type RunningServer, type ServeOptions } from '../../../web/server/serve.js';
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
    hasEdge(id: string): boolean;
    getNodeAttributes(id: string): Record<string, unknown>;
    getEdgeAttributes(id: string): Record<string, unknown>;
    forEachEdge(fn: (edge: string, attributes: Record<string, unknown>) => void): void;
    neighbors(id: string): string[];
  };
  renderer: {
    getCanvases(): Record<string, HTMLCanvasElement>;
    refresh(): void;
    getNodeDisplayedLabels(): Set<string>;
  };
  state: { filters: Record<string, unknown>; node?: string; pathTo?: string };
  highlight: { focus: string | null; path: string[] | null; pathEdges: string[] | null };
  cypher: string;
  layout: { running: boolean; movement: number | null; stoppedBy: string | null };
}

export interface Explorer {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The page bundle, built once per run: the files under test do not change during it. */
let built: Buffer | undefined;

/**
 * Builds the page bundle, serves it against the test Neo4j (or another), launches Chromium. With
 * `ingest` the page takes corrections, written to that file.
 */
export async function startExplorer(
  neo4j = testNeo4jConfig(),
  ingest?: ServeOptions['ingest'],
): Promise<Explorer> {
  built ??= execFileSync('npx', ['tsx', 'scripts/build-web.ts'], { stdio: 'pipe' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serve({
    neo4j,
    web: { host: '127.0.0.1', port: 0 },
    app: { log: () => undefined },
    ingest,
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
export async function waitUntilIdle(page: Page, loads = 1, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const hook = (window as unknown as { __newsgraph?: PageHook }).__newsgraph;
      return hook !== undefined && hook.ready && hook.loads >= n;
    },
    loads,
    { timeout },
  );
}

export function hook<T>(page: Page, read: (hook: PageHook) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__newsgraph)`) as Promise<T>;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/**
 * Whether each entity is drawn where the page says it is: inside the graph's box, and the
 * screenshot's pixel at its centre is its colour, not the background. A screenshot, not the
 * renderer's word: a sheet over a WebGL canvas once blanked it on screen alone.
 */
export async function drawnOnScreen(page: Page, ids: readonly string[]): Promise<string[]> {
  const where = await page.evaluate((ids) => {
    const g = (
      window as unknown as {
        __newsgraph: {
          renderer: {
            getNodeDisplayData(n: string): { x: number; y: number; color: string } | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          };
        };
      }
    ).__newsgraph;
    const box = document.getElementById('graph')?.getBoundingClientRect();
    return ids.map((id) => {
      const d = g.renderer.getNodeDisplayData(id);
      const at = d ? g.renderer.framedGraphToViewport(d) : { x: -1, y: -1 };
      const [x, y] = [(box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y];
      const inside =
        box !== undefined && x > box.left && x < box.right && y > box.top && y < box.bottom;
      return { id, x, y, color: d?.color ?? '', inside };
    });
  }, ids);
  const png = await page.screenshot();
  const pixels = await page.evaluate(
    async ({ b64, points }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      return points.map(({ x, y }) => [
        ...context.getImageData(Math.round(x), Math.round(y), 1, 1).data,
      ]);
    },
    { b64: png.toString('base64'), points: where },
  );
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  return where.flatMap((w, i) => {
    if (!w.inside) return [`${w.id}: outside the graph's box`];
    const shown = pixels[i] ?? [];
    const far = hex(w.color).reduce((sum, v, k) => sum + Math.abs(v - (shown[k] ?? 0)), 0);
    return far > 60
      ? [`${w.id}: ${w.color} drawn, rgb(${shown.slice(0, 3).join(', ')}) shown`]
      : [];
  });
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

export interface HoveredEdge {
  id: string | undefined;
  program: string | null;
  /** The page point the edge's tooltip answered at. */
  x: number;
  y: number;
}

/**
 * Moves the mouse onto the edge between two nodes until its tooltip shows. Each try reads the
 * camera afresh and picks a point of the edge clear of every node disc and of the overlays, so
 * a late camera move or a node drawn across the edge costs a retry, not the test.
 */
export async function hoverEdge(page: Page, a: string, b: string): Promise<HoveredEdge> {
  const box = await page.locator('#graph').boundingBox();
  const tried: string[] = [];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
    const edge = await page.evaluate(
      ({ a, b, t }) => {
        const g = (
          window as unknown as {
            __newsgraph: {
              graph: {
                edges(a: string, b: string): string[];
                nodes(): string[];
                getEdgeAttributes(e: string): { type: string };
              };
              renderer: {
                getNodeDisplayData(n: string): { x: number; y: number; size: number };
                framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
                scaleSize(size: number): number;
              };
            };
          }
        ).__newsgraph;
        const [id] = [...g.graph.edges(a, b), ...g.graph.edges(b, a)];
        // Inline, not a named helper: tsx would wrap a named function in a __name the page lacks.
        const discs = new Map(
          g.graph.nodes().map((n) => {
            const d = g.renderer.getNodeDisplayData(n);
            return [n, { ...g.renderer.framedGraphToViewport(d), r: g.renderer.scaleSize(d.size) }];
          }),
        );
        const [p, q] = [discs.get(a) ?? { x: 0, y: 0 }, discs.get(b) ?? { x: 0, y: 0 }];
        const at = { x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y) };
        const frame = document.getElementById('graph')?.getBoundingClientRect();
        const onCanvas =
          document.elementFromPoint(at.x + (frame?.x ?? 0), at.y + (frame?.y ?? 0)) instanceof
          HTMLCanvasElement;
        const clear = [...discs.values()].every(
          (v) => Math.hypot(v.x - at.x, v.y - at.y) > v.r + 6,
        );
        return {
          id,
          program: id ? g.graph.getEdgeAttributes(id).type : null,
          ...at,
          usable: onCanvas && clear,
        };
      },
      { a, b, t },
    );
    if (!edge.usable) {
      tried.push(`t=${t}: covered`);
      continue;
    }
    const [x, y] = [(box?.x ?? 0) + edge.x, (box?.y ?? 0) + edge.y];
    // Leave the canvas first so the move below is an entry, whatever was hovered before.
    await page.mouse.move(0, 0);
    await page.mouse.move(x, y, { steps: 4 });
    const shown = await page
      .waitForFunction(
        () => {
          const tip = document.getElementById('tooltip');
          return (
            tip !== null &&
            !tip.hidden &&
            (tip.textContent ?? '').includes('Click for the evidence')
          );
        },
        null,
        { timeout: 3_000 },
      )
      .then(() => true)
      .catch(() => false);
    if (shown) return { id: edge.id, program: edge.program, x, y };
    tried.push(`t=${t}: no tooltip at (${Math.round(x)}, ${Math.round(y)})`);
  }
  throw new Error(`no edge tooltip between ${a} and ${b}: ${tried.join('; ')}`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its critical and serious violations. axe's source is
 * evaluated through the DevTools protocol, which the page's CSP does not govern, so the page
 * keeps the policy it ships with.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}
