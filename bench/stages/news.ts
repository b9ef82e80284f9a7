// 6. The realistic news corpus (bench/news-corpus.ts) at 1k and 10k articles, or 1k and 100k:
// each size ingested from nothing, rerun with nothing changed, and rerun with 10 articles changed,
// every ingest a real `runIngest` in a process of its own (its peak memory is the figure).
// Changing 10 articles should cost about the same whatever the corpus around them: the ratio of
// the larger corpus's change to the 1k one's is taken in the same run, on the same machine and
// load. On the 10k graph the API and the page are measured too, as a user would meet them.
import { writeFile } from 'node:fs/promises';
import { makeNewsCorpus, newsArticle, changedNewsArticle, NEWS_SEED } from '../news-corpus.js';
import { makeWorld } from '../news-world.js';
import { loadAverage, processCpuSeconds } from '../machine.js';
import { round } from '../measure.js';
import { measurePage, type FirstFrame } from '../page.js';
import type { BenchNeo4j } from '../bench-neo4j.js';
import type { Stage, StageResult } from '../stage.js';
import { ingestInChild } from './ingest.js';
import { COMENTION_VIEWS, measureGraphApi, prepareWeb, type GraphLatencies } from './serve.js';

/** Articles changed in the incremental measurement, and how many times it is taken. */
const CHANGED = 10;
const CHANGE_ROUNDS = 3;

const LABEL: Readonly<Record<number, string>> = { 1_000: '1k', 10_000: '10k', 100_000: '100k' };

/** A stage over the 1k corpus and a larger one, their incremental ratio side by side. */
export function newsStage(larger: 10_000 | 100_000): Stage {
  return async ({ neo4j: start, log }) => {
    const neo4j = await start();
    const world = makeWorld(NEWS_SEED);
    const out: StageResult = { results: {}, details: {} };
    // The news stage's 1k figures are its own; the 1k run beside 100k only gives that ratio its
    // denominator, under keys of its own so that neither stage overwrites the other's.
    const small = await measureSize(1_000, neo4j, world, log, out, {
      label: larger === 10_000 ? '1k' : '1k_beside_100k',
    });
    const big = await measureSize(larger, neo4j, world, log, out, {
      withPage: larger === 10_000,
    });
    out.results[`incremental_change_ratio_${LABEL[larger]}_vs_1k`] = round(
      big.changeSeconds / small.changeSeconds,
    );
    // The graph is left in place: every stage wipes before it measures, and wiping 100k
    // articles' graph would take minutes before the figures are written.
    return out;
  };
}

async function measureSize(
  articles: number,
  neo4j: BenchNeo4j,
  world: ReturnType<typeof makeWorld>,
  log: (line: string) => void,
  out: StageResult,
  {
    withPage = false,
    label = LABEL[articles] ?? String(articles),
  }: { withPage?: boolean; label?: string } = {},
): Promise<{ changeSeconds: number }> {
  const corpus = await makeNewsCorpus({ articles });
  log(
    `news ${label}: ${corpus.files.length} articles, ${corpus.words.toLocaleString('en')} words${corpus.reused ? '' : ' (generated)'}; first ingest, 2 workers, load average ${loadAverage()}`,
  );
  await neo4j.wipe();
  const ingest = () => ingestWithCpu(corpus.dir, neo4j);
  const first = await ingest();
  log(
    `news ${label}: first ingest ${first.seconds.toFixed(1)} s (${JSON.stringify(first.phases)}; CPU s ${JSON.stringify(first.cpu)}), peak ${Math.round(first.peakRssMb)} MB (by the end of each phase ${JSON.stringify(first.peakRssMbByPhase)}), ${first.entities} entities, ${first.relationships} relations, load average ${loadAverage()}`,
  );
  const noop = await ingest();
  if (noop.summary.unchanged !== articles) {
    throw new Error(
      `bench: the rerun of news ${label} was not a no-op: ${JSON.stringify(noop.summary)}`,
    );
  }
  log(
    `news ${label}: no-op rerun ${noop.seconds.toFixed(2)} s (${JSON.stringify(noop.phases)}), load average ${loadAverage()}`,
  );

  // Ten articles spread over the corpus get a correction, a different one each round (each round
  // is ten changed articles); the originals are put back after, so the corpus on disk stays the
  // generated one. The median of the rounds is the figure: one round is a few seconds on a
  // shared machine.
  const changed = Array.from({ length: CHANGED }, (_, i) =>
    Math.floor(((i + 0.5) * articles) / CHANGED),
  );
  const changes: Awaited<ReturnType<typeof ingest>>[] = [];
  try {
    for (let round = 1; round <= CHANGE_ROUNDS; round++) {
      for (const n of changed) {
        await writeFile(corpus.files[n] as string, changedNewsArticle(world, n, round));
      }
      const change = await ingest();
      if (change.summary.changed !== CHANGED) {
        throw new Error(
          `bench: news ${label}: ${CHANGED} changed articles ingested as ${JSON.stringify(change.summary)}`,
        );
      }
      log(
        `news ${label}: ${CHANGED} changed articles ${change.seconds.toFixed(2)} s (${JSON.stringify(change.phases)}; CPU s ${JSON.stringify(change.cpu)}), ${change.summary.relinked} relinked, load average ${loadAverage()}`,
      );
      changes.push(change);
    }
  } finally {
    for (const n of changed) await writeFile(corpus.files[n] as string, newsArticle(world, n));
  }
  const change = [...changes].sort((a, b) => a.seconds - b.seconds)[
    Math.floor(CHANGE_ROUNDS / 2)
  ] as (typeof changes)[0];

  Object.assign(out.results, {
    [`ingest_articles_per_s_${label}`]: round(articles / first.seconds),
    [`ingest_peak_rss_mb_${label}`]: Math.round(first.peakRssMb),
    [`noop_rerun_${label}_s`]: round(noop.seconds),
    [`incremental_change_s_${label}`]: round(change.seconds),
  });
  out.details = {
    ...out.details,
    [`news_${label}`]: {
      articles,
      words: corpus.words,
      graph: { entities: first.entities, relationships: first.relationships },
      first_ingest_s: round(first.seconds),
      first_ingest_phases_s: first.phases,
      first_ingest_peak_rss_mb_by_phase: first.peakRssMbByPhase,
      first_ingest_cpu_s: first.cpu,
      first_ingest_load_average_after: loadAverage(),
      noop_phases_s: noop.phases,
      change_phases_s: change.phases,
      change_all_s: changes.map((c) => round(c.seconds)),
      change_cpu_s: change.cpu,
      change_summary: change.summary,
      change_peak_rss_mb: Math.round(change.peakRssMb),
    },
  };
  if (withPage) await measureServe(neo4j, world.countries[0]?.name ?? '', log, out);
  return { changeSeconds: change.seconds };
}

/**
 * An ingest in a child process with the CPU time it took, its own (extraction workers included)
 * and the Neo4j server's: on a busy machine, where the wall time went.
 */
async function ingestWithCpu(dir: string, neo4j: BenchNeo4j) {
  const before = neo4j.pid === undefined ? undefined : processCpuSeconds(neo4j.pid);
  const result = await ingestInChild(dir, neo4j.config);
  const after = neo4j.pid === undefined ? undefined : processCpuSeconds(neo4j.pid);
  const cpu: Record<string, number> = { ingest: round(result.cpuSeconds) };
  if (before !== undefined && after !== undefined) cpu.neo4j = round(after - before);
  return { ...result, cpu };
}

/** GET /api/graph and the page on the graph just ingested. */
async function measureServe(
  neo4j: BenchNeo4j,
  searched: string,
  log: (line: string) => void,
  out: StageResult,
): Promise<void> {
  prepareWeb(log);
  await measureGraphApi(
    neo4j.config,
    async (url, api, views) => {
      out.results.api_graph_p50_ms_news10k = round(api.p50);
      out.results.api_graph_p95_ms_news10k = round(api.p95);
      const page = await measurePage(url, searched);
      out.results.page_first_render_s_news10k = page.firstRenderSeconds;
      out.results.page_frame_ms_news10k = page.frameMs;
      const cpu: Record<string, GraphLatencies['cpuMs']> = { default: api.cpuMs };
      const firstFrames: Record<string, FirstFrame> = {};
      // The same figures with co-mentions drawn (COMENTION_VIEWS), to their first frame.
      for (const [name, view] of Object.entries(views)) {
        out.results[`api_graph_p95_ms_news10k_${name}`] = round(view.p95);
        cpu[name] = view.cpuMs;
        const first = await measurePage(`${url}?${COMENTION_VIEWS[name]}`, searched, true);
        out.results[`page_first_render_s_news10k_${name}`] = first.firstRenderSeconds;
        firstFrames[name] = first;
        log(
          `news 10k, ${name}: GET /api/graph p95 ${view.p95.toFixed(0)} ms; page first frame ${first.firstRenderSeconds} s, ${first.nodes} nodes, ${first.edges} edges`,
        );
      }
      out.details = {
        ...out.details,
        page_news10k: page,
        page_news10k_first_frames: firstFrames,
        api_graph_news10k_requests: api.times.length,
        api_graph_news10k_cpu_ms_per_request: cpu,
        api_graph_news10k_load_average: loadAverage(),
      };
      log(
        `news 10k: GET /api/graph p95 ${api.p95.toFixed(0)} ms (CPU a request ${JSON.stringify(api.cpuMs)} ms); page first frame ${page.firstRenderSeconds} s, ${page.nodes} nodes, ${page.edges} edges`,
      );
    },
    { views: COMENTION_VIEWS, neo4jPid: neo4j.pid },
  );
}
