import 'dotenv/config';
import { runCli } from '../../src/cli/run-cli.js';
import { untilStopped } from '../../src/cli/until-stopped.js';
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/run-ingest.js';
import { resolveConfig } from '../../src/config.js';
import { serve } from './serve.js';

// `npm run serve`: the explorer against the configured Neo4j, until Ctrl-C or SIGTERM.
runCli('web', async () => {
  const running = await serve({ ...resolveConfig(), ingest: DEFAULT_INGEST_OPTIONS });
  process.stdout.write(`web: serving the graph explorer at ${running.url}\n`);
  const signal = await untilStopped();
  process.stdout.write(`web: ${signal}, shutting down\n`);
  await running.close();
});
