// `npm start`, the main job: make sure Neo4j is there (NEO4J_URI if set, else the project's own,
// started on demand), ingest corpus/, and serve the explorer until Ctrl-C.
import 'dotenv/config';
import { formatSummary } from '../ingest/format-summary.js';
import { DEFAULT_INGEST_OPTIONS, runIngest } from '../ingest/run-ingest.js';
import { runCli } from '../src/cli/run-cli.js';
import { untilStopped } from '../src/cli/until-stopped.js';
import { resolveConfig } from '../src/config.js';
import { openDriver } from '../src/store/driver.js';
import { createGateway } from '../src/store/gateway.js';
import { createGraphWriter } from '../src/store/write.js';
import { serve } from '../web/server/serve.js';
import { startLocalNeo4j } from './neo4j/local.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

runCli('start', async () => {
  const config = resolveConfig();
  let browserUrl = 'your Neo4j Browser';
  if (config.neo4j.local) {
    const local = await startLocalNeo4j({
      instance: 'main',
      password: config.neo4j.password,
      log: say,
    });
    say(`neo4j: ${local.alreadyRunning ? 'already running' : 'started'} at ${local.uri}`);
    browserUrl = local.browserUrl;
  }

  const driver = await openDriver(config.neo4j);
  try {
    const summary = await runIngest(
      createGraphWriter(createGateway(driver, config.neo4j)),
      DEFAULT_INGEST_OPTIONS,
    );
    for (const line of formatSummary(summary)) say(`ingest: ${line}`);
  } finally {
    await driver.close();
  }

  // The page's corrections go to the same corpus and file, and the same ingest runs after each.
  const running = await serve({ ...config, ingest: DEFAULT_INGEST_OPTIONS });
  say(`web: the graph explorer is at ${running.url}`);
  say(`neo4j: query the same graph in ${browserUrl} (user ${config.neo4j.user})`);
  say('Ctrl-C stops the web server; `npm run neo4j:stop` stops the local Neo4j.');
  await untilStopped();
  await running.close();
});
