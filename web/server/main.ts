import 'dotenv/config';
import { resolveConfig } from '../../src/config.js';
import { serve } from './serve.js';

// `npm run serve`: the explorer against the configured Neo4j, until Ctrl-C or SIGTERM.
async function main(): Promise<void> {
  const config = resolveConfig();
  const running = await serve(config);
  process.stdout.write(`web: serving the graph explorer at ${running.url}\n`);
  const stop = (signal: string) => {
    process.stdout.write(`web: ${signal}, shutting down\n`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
