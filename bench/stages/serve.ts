// 4 and 5. GET /api/graph at 1k, 10k and 100k entities (five relations each, synthetic, written
// through the real writer), timed from a client on 127.0.0.1 in a bounded loop; the page in
// headless Chromium at 10k entities / 50k relations; and how soon the API says 503 when Neo4j
// cannot be reached.
import neo4jDriver from 'neo4j-driver';
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Neo4jConfig } from '../../src/store/driver.js';
import { createGateway } from '../../src/store/gateway.js';
import { createGraphReader } from '../../src/store/read.js';
import { ensureChromium } from '../../scripts/chromium.js';
import { writeSyntheticGraph } from '../synthetic-graph.js';
import { createApp } from '../../web/server/app.js';
import { serve } from '../../web/server/serve.js';
import { processCpuSeconds } from '../machine.js';
import { percentile, round, timed } from '../measure.js';
import { measurePage } from '../page.js';
import type { Stage } from '../stage.js';

// About one entity in eleven is never drawn into a relation by the synthetic generator (it
// favours hubs) and so never written: ask for 10% more to get the round number.
const SIZES = [
  { key: '1k', entities: 1_100, relations: 5_000 },
  { key: '10k', entities: 11_000, relations: 50_000 },
  { key: '100k', entities: 110_000, relations: 500_000 },
] as const;

/** The loop stops at whichever comes first. */
const REQUESTS = 60;
const LOOP_SECONDS = 60;
const WARMUP_REQUESTS = 3;

/**
 * What GET /api/graph took against a store: each request's milliseconds and the percentiles, and
 * the CPU milliseconds a request cost this process (the API server and the timing client) and,
 * when its pid is known, Neo4j: on a shared machine the wall time follows the load, CPU time
 * says what a request costs.
 */
export interface GraphLatencies {
  times: number[];
  p50: number;
  p95: number;
  cpuMs: { app: number; neo4j?: number };
}

/** Views timed beside the default one, by the suffix of their keys: co-mentions at each grain. */
export const COMENTION_VIEWS: Readonly<Record<string, string>> = {
  comention_sentence: 'comention=sentence',
  comention_article: 'comention=article',
};

/**
 * Serves `config`'s store on a free port, times GET /api/graph (and each of `views`, a query
 * string by name), then hands the running server to `more` (the page is measured on it) before
 * closing it.
 */
export async function measureGraphApi(
  config: Neo4jConfig,
  more: (url: string, api: GraphLatencies, views: Record<string, GraphLatencies>) => Promise<void>,
  options: { views?: Readonly<Record<string, string>>; neo4jPid?: number | undefined } = {},
): Promise<void> {
  const server = await serve({
    neo4j: config,
    web: { host: '127.0.0.1', port: 0 },
    app: { log: () => undefined },
  });
  try {
    const time = (query: string) =>
      timedGraph(new URL(`/api/graph${query}`, server.url).toString(), options.neo4jPid);
    const api = await time('');
    const views: Record<string, GraphLatencies> = {};
    for (const [name, query] of Object.entries(options.views ?? {})) {
      views[name] = await time(`?${query}`);
    }
    await more(server.url, api, views);
  } finally {
    await server.close();
  }
}

async function timedGraph(url: string, neo4jPid: number | undefined): Promise<GraphLatencies> {
  const cpu = () => ({
    app: process.cpuUsage(),
    neo4j: neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid),
  });
  let before = cpu();
  const times = await latencies(url, 200, () => (before = cpu()));
  const after = cpu();
  const used = process.cpuUsage(before.app);
  const cpuMs: GraphLatencies['cpuMs'] = {
    app: Math.round((used.user + used.system) / 1000 / times.length),
  };
  if (before.neo4j !== undefined && after.neo4j !== undefined) {
    cpuMs.neo4j = Math.round(((after.neo4j - before.neo4j) * 1000) / times.length);
  }
  return { times, p50: percentile(times, 50), p95: percentile(times, 95), cpuMs };
}

/** GET `url` in a bounded loop after a warm-up (`warm` is called after it): each request's milliseconds. */
export async function latencies(
  url: string,
  status = 200,
  warm: () => void = () => undefined,
): Promise<number[]> {
  const get = async () => {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== status) {
      throw new Error(`bench: GET ${url} answered ${response.status}, not ${status}`);
    }
    return performance.now() - start;
  };
  for (let i = 0; i < WARMUP_REQUESTS; i++) await get();
  warm();
  const out: number[] = [];
  const until = performance.now() + LOOP_SECONDS * 1000;
  while (out.length < REQUESTS && performance.now() < until) out.push(await get());
  return out;
}

/** GET /api/stats from a server whose Neo4j refuses connections: the 503's latency. */
async function unavailableLatencies(): Promise<number[]> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const uri = `bolt://127.0.0.1:${port}`;
  const driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic('neo4j', 'unused'));
  const app = createApp({
    store: createGraphReader(createGateway(driver, { database: 'neo4j', uri, user: 'neo4j' })),
    log: () => undefined,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const { port: web } = server.address() as AddressInfo;
    return await latencies(`http://127.0.0.1:${web}/api/stats`, 503);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await driver.close();
  }
}

/** The page's bundle built and a browser at hand, before a page is measured. */
export function prepareWeb(log: (line: string) => void): void {
  ensureChromium(log);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-web.ts'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'pipe',
  });
}

export const serveStage: Stage = async ({ neo4j: start, log }) => {
  const neo4j = await start();
  prepareWeb(log);
  const results: Record<string, number> = {};
  const details: Record<string, unknown> = {};
  for (const size of SIZES) {
    await neo4j.wipe();
    // Five relations an article, as in news: the writer keeps a co-mention per pair an article
    // names, and at 45 an article (some 2,000 pairs each) the 100k graph took an hour to write.
    const articles = size.relations / 5;
    const written = await timed(() =>
      writeSyntheticGraph(neo4j.writer, { ...size, articles, seed: 7 }),
    );
    const graph = await neo4j.writer.counts();
    log(
      `serve ${size.key}: wrote ${graph.entities} entities, ${graph.relationships} relations in ${written.seconds.toFixed(1)} s`,
    );
    await measureGraphApi(
      neo4j.config,
      async (url, api) => {
        results[`api_graph_p50_ms_${size.key}`] = round(api.p50);
        results[`api_graph_p95_ms_${size.key}`] = round(api.p95);
        details[`api_graph_${size.key}`] = {
          ...graph,
          requests: api.times.length,
          cpu_ms_per_request: api.cpuMs,
          write_s: round(written.seconds),
        };
        log(
          `serve ${size.key}: GET /api/graph p50 ${api.p50.toFixed(0)} ms, p95 ${api.p95.toFixed(0)} ms; CPU a request ${JSON.stringify(api.cpuMs)} ms`,
        );
        if (size.key === '10k') {
          const page = await measurePage(url);
          results.page_first_render_s_10k = page.firstRenderSeconds;
          results.page_all_loaded_s_10k = page.allLoadedSeconds;
          results.page_search_focus_s_10k = page.searchFocusSeconds;
          results.page_frame_ms_10k = page.frameMs;
          details.page_10k = page;
          log(
            `serve 10k: page first frame ${page.firstRenderSeconds} s, all pages ${page.allLoadedSeconds} s, search to entity ${page.searchFocusSeconds} s, ${page.frameMs} ms a frame panning`,
          );
        }
      },
      { neo4jPid: neo4j.pid },
    );
  }
  await neo4j.wipe();
  const refused = await unavailableLatencies();
  results.api_unavailable_p50_ms = round(percentile(refused, 50));
  log(
    `serve: GET /api/stats with Neo4j unreachable: 503 in ${results.api_unavailable_p50_ms} ms (p50)`,
  );
  return { results, details };
};
