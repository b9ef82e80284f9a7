// Runs one real ingest in a process of its own and prints, as one JSON line, how long it took,
// where the time went and the process's peak resident memory (worker threads included: they
// live in this process). On stderr, how far a long one has come.
// Usage: node --import tsx bench/ingest-child.ts <folder>, with NEWSGRAPH_BENCH_NEO4J holding the
// connection as JSON.
import { runIngest, type IngestSummary } from '../ingest/run-ingest.js';
import { stateCacheFile } from '../ingest/state-cache.js';
import type { Config } from '../src/config.js';
import { openDriver } from '../src/store/driver.js';
import { createGateway } from '../src/store/gateway.js';
import { createGraphWriter } from '../src/store/write.js';

export interface IngestChildResult {
  seconds: number;
  peakRssMb: number;
  articles: number;
  entities: number;
  relationships: number;
  skipped: number;
  /** CPU seconds of the process, its extraction workers included. */
  cpuSeconds: number;
  /** What the run did with each article: added, changed, relinked, unchanged … */
  summary: IngestSummary['articles'];
  /**
   * Wall seconds by phase: hashing and planning before the first article is extracted,
   * extraction, then from the last extraction to the first write (reading stored extractions
   * back and merging), then writing. A phase a run did not reach is absent.
   */
  phases: Record<string, number>;
  /**
   * The peak resident memory (MB) reached by the end of each phase: which phase makes the peak
   * (extraction with its worker threads, or the writes).
   */
  peakRssMbByPhase: Record<string, number>;
}

const config = JSON.parse(process.env.NEWSGRAPH_BENCH_NEO4J ?? '') as Config['neo4j'];
const driver = await openDriver(config);
try {
  const start = performance.now();
  const marks: { firstRead?: number; lastRead?: number; firstWrite?: number } = {};
  const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const peaks: Record<string, number> = {};
  const reported = { read: 0, write: 0 };
  const summary = await runIngest(createGraphWriter(createGateway(driver, config)), {
    paths: process.argv.slice(2),
    // As `npm run ingest` does: a rerun plans from the state the last run kept.
    stateCache: stateCacheFile(config),
    onProgress: ({ stage, done, total }) => {
      const now = performance.now();
      // A line a tenth of the way: a first ingest of 100k articles runs for the best part of an hour.
      const tenths = Math.floor((done * 10) / total);
      if (total >= 1000 && tenths > reported[stage]) {
        reported[stage] = tenths;
        process.stderr.write(
          `bench: ingest child: ${stage} ${done}/${total} at ${Math.round((now - start) / 1000)} s\n`,
        );
      }
      if (stage === 'read') {
        if (marks.firstRead === undefined) peaks.plan = peakMb();
        marks.firstRead ??= now;
        marks.lastRead = now;
        peaks.extract = peakMb();
      } else {
        // Before its first write a run has read and merged: the peak so far is the merge's.
        if (marks.firstWrite === undefined) peaks.merge = peakMb();
        marks.firstWrite ??= now;
      }
    },
  });
  const end = performance.now();
  const s = (from: number, to: number) => Math.round((to - from) / 10) / 100;
  const { firstRead, lastRead, firstWrite } = marks;
  const phases: Record<string, number> = {};
  phases.plan = s(start, firstRead ?? firstWrite ?? end);
  if (firstRead !== undefined && lastRead !== undefined) phases.extract = s(firstRead, lastRead);
  if (firstWrite !== undefined) {
    phases.merge = s(lastRead ?? start, firstWrite);
    phases.write = s(firstWrite, end);
  }
  const result: IngestChildResult = {
    seconds: (end - start) / 1000,
    // maxRSS is in KiB.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage()),
    ...summary.after,
    skipped: summary.files.skipped.length,
    summary: summary.articles,
    phases,
    peakRssMbByPhase: { ...peaks, write: peakMb() },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await driver.close();
}
