// `npm test`: installs and starts what the tests need, then runs them. On a fresh machine it
// checks Java, installs Debian's Chromium, fetches Neo4j from Maven Central and starts the
// project's TEST instance (its own ports and data, so a user's graph is never touched).
import { spawnSync } from 'node:child_process';
import { runCli } from '../src/cli/run-cli.js';
import { ensureChromium } from './chromium.js';
import { startLocalNeo4j, stopLocalNeo4j } from './neo4j/local.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

function run(step: string, command: string, args: string[], env = process.env): void {
  log(`test: ${step}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`test: ${step} failed`);
}

runCli('test', async () => {
  // No paths given: the whole suite. (Kept out of .mocharc.json, where mocha would add it to any
  // paths given and so always run everything.)
  const given = process.argv.slice(2);
  const mochaArgs = given.some((a) => !a.startsWith('-')) ? given : [...given, 'test/**/*.test.ts'];
  ensureChromium(log);
  run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
  run('lint', 'npx', ['eslint', '.']);
  run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
  run('build the page', 'npx', ['tsx', 'scripts/build-web.ts']);

  const external = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  const neo4j = external ? undefined : await startLocalNeo4j({ instance: 'test', log });
  const env = neo4j
    ? {
        ...process.env,
        NEWSGRAPH_TEST_NEO4J_URI: neo4j.uri,
        NEWSGRAPH_TEST_NEO4J_USER: neo4j.user,
        NEWSGRAPH_TEST_NEO4J_PASSWORD: neo4j.password,
        NEWSGRAPH_TEST_NEO4J_DATABASE: neo4j.database,
      }
    : process.env;
  try {
    log('test: mocha');
    return spawnSync('npx', ['mocha', ...mochaArgs], { stdio: 'inherit', env }).status ?? 1;
  } finally {
    // Leave no server behind on CI; locally keep it for the next run unless asked.
    if (neo4j && (process.env.CI || process.env.NEWSGRAPH_STOP_NEO4J)) {
      await stopLocalNeo4j('test');
    }
  }
});
