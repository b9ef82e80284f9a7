// `npm test`: installs and starts what the tests need, then runs them. On a fresh machine it
// checks Java, installs Debian's Chromium, fetches Neo4j from Maven Central and starts the
// project's TEST instance (its own ports and data, so a user's graph is never touched).
import { spawn } from 'node:child_process';
import { runCli } from '../src/cli/run-cli.js';
import { ensureChromium } from './chromium.js';
import { startLocalNeo4j, stopLocalNeo4j } from './neo4j/local.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs a command with this terminal; resolves with its exit code. */
function exitCode(command: string, args: string[], env = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    spawn(command, args, { stdio: 'inherit', env })
      .on('error', reject)
      .on('close', (code) => resolve(code ?? 1));
  });
}

async function run(step: string, command: string, args: string[]): Promise<void> {
  log(`test: ${step}`);
  if ((await exitCode(command, args)) !== 0) throw new Error(`test: ${step} failed`);
}

runCli('test', async () => {
  // No paths given: the whole suite. (Kept out of .mocharc.json, where mocha would add it to any
  // paths given and so always run everything.)
  const given = process.argv.slice(2);
  const mochaArgs = given.some((a) => !a.startsWith('-')) ? given : [...given, 'test/**/*.test.ts'];
  ensureChromium(log);

  // Neo4j's JVM boots (half a minute on two cores) while the static checks run.
  const external = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  const starting = external ? undefined : startLocalNeo4j({ instance: 'test', log });
  // Waited for below; a check that fails first must not leave this rejection unhandled.
  starting?.catch(() => undefined);
  try {
    await run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
    await run('lint', 'npx', ['eslint', '.']);
    await run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
    await run('build the page', 'npx', ['tsx', 'scripts/build-web.ts']);
    const neo4j = await starting;
    const env = neo4j
      ? {
          ...process.env,
          NEWSGRAPH_TEST_NEO4J_URI: neo4j.uri,
          NEWSGRAPH_TEST_NEO4J_USER: neo4j.user,
          NEWSGRAPH_TEST_NEO4J_PASSWORD: neo4j.password,
          NEWSGRAPH_TEST_NEO4J_DATABASE: neo4j.database,
        }
      : process.env;
    log('test: mocha');
    return await exitCode('npx', ['mocha', ...mochaArgs], env);
  } finally {
    // Leave no server behind on CI; locally keep it for the next run unless asked.
    if (starting && (process.env.CI || process.env.NEWSGRAPH_STOP_NEO4J)) {
      await starting.then(
        () => stopLocalNeo4j('test'),
        () => undefined,
      );
    }
  }
});
