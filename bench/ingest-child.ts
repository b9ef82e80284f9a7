// Runs one real ingest in a process of its own and prints, as one JSON line, how long it took and
// the process's peak resident memory (worker threads included: they live in this process).
// Usage: node --import tsx bench/ingest-child.ts <folder>, with NEWSGRAPH_BENCH_NEO4J holding the
// connection as JSON.
import { runIngest } from '../ingest/run-ingest.js';
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
}

const config = JSON.parse(process.env.NEWSGRAPH_BENCH_NEO4J ?? '') as Config['neo4j'];
const driver = await openDriver(config);
try {
  const start = performance.now();
  const summary = await runIngest(createGraphWriter(createGateway(driver, config)), {
    paths: process.argv.slice(2),
  });
  const result: IngestChildResult = {
    seconds: (performance.now() - start) / 1000,
    // maxRSS is in KiB.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...summary.after,
    skipped: summary.files.skipped.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await driver.close();
}
