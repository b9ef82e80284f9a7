/**
 * npm run neo4j:start | neo4j:stop | neo4j:status   [-- --instance test]
 *
 * Prints one line per outcome. Exit codes: 0 ok (status: running), 3 status: stopped,
 * 1 any failure, printed as one `neo4j: ...` line saying how to fix it (never a stack trace).
 */
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import dotenv from 'dotenv';
import {
  LocalNeo4jError,
  type LocalNeo4jOptions,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './local.js';
import { oneLine } from './errors.js';

const EXIT_STOPPED = 3;

interface CommonFlags {
  instance: string;
  boltPort?: number;
  httpPort?: number;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('expected a port number (1-65535)');
  }
  return port;
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('expected seconds');
  return seconds;
}

function withInstanceFlags(command: Command): Command {
  return command
    .option('--instance <name>', 'main (ports 7687/7474) or test (17687/17474)', 'main')
    .option('--bolt-port <port>', 'Bolt port (required for other instance names)', parsePort)
    .option(
      '--http-port <port>',
      'HTTP/Browser port (required for other instance names)',
      parsePort,
    );
}

function baseOptions(flags: CommonFlags): Partial<LocalNeo4jOptions> {
  return { instance: flags.instance, boltPort: flags.boltPort, httpPort: flags.httpPort };
}

/** `neo4j:` for the user's own instance, `neo4j[test]:` for the others. */
function prefix(instance: string): string {
  return instance === 'main' ? 'neo4j:' : `neo4j[${instance}]:`;
}

/** A progress bar on a terminal; in CI logs the one "downloading ..." line is enough. */
function downloadProgress(): {
  onDownloadProgress: LocalNeo4jOptions['onDownloadProgress'];
  done: () => void;
} {
  if (!process.stderr.isTTY) return { onDownloadProgress: undefined, done: () => {} };
  let bar: SingleBar | undefined;
  let finished = false;
  const stopBar = () => {
    if (bar === undefined || finished) return;
    bar.stop();
    finished = true;
  };
  return {
    onDownloadProgress: (doneBytes, totalBytes) => {
      if (finished) return;
      const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
      if (bar === undefined) {
        bar = new SingleBar({
          stream: process.stderr,
          format: 'neo4j: [{bar}] {percentage}% {value}/{total} MB',
          hideCursor: true,
        });
        bar.start(mb(totalBytes), 0);
      }
      bar.update(mb(doneBytes));
      if (doneBytes === totalBytes) stopBar();
    },
    done: stopBar,
  };
}

async function start(flags: CommonFlags & { timeout?: number }): Promise<number> {
  const progress = downloadProgress();
  try {
    const neo = await startLocalNeo4j({
      ...baseOptions(flags),
      ...(flags.timeout !== undefined ? { startTimeoutMs: flags.timeout * 1000 } : {}),
      // A line printed under a live bar would be overwritten by its next redraw.
      log: (line) => {
        progress.done();
        console.error(line);
      },
      onDownloadProgress: progress.onDownloadProgress,
    });
    const where = `${neo.uri} (browser ${neo.httpUrl})`;
    console.log(
      neo.alreadyRunning
        ? `${prefix(neo.instance)} already running at ${where}, pid ${neo.pid}`
        : `${prefix(neo.instance)} ready at ${where}`,
    );
    return 0;
  } finally {
    progress.done();
  }
}

async function stop(flags: CommonFlags): Promise<number> {
  const result = await stopLocalNeo4j(baseOptions(flags));
  const p = prefix(result.instance);
  if (!result.wasRunning) console.log(`${p} not running`);
  else if (result.forced) console.log(`${p} killed (pid ${result.pid}): it ignored SIGTERM`);
  else console.log(`${p} stopped (pid ${result.pid})`);
  return 0;
}

async function status(flags: CommonFlags): Promise<number> {
  const s = await localNeo4jStatus(baseOptions(flags));
  const p = prefix(s.instance);
  if (s.running) {
    console.log(`${p} running (pid ${s.pid}) at ${s.uri} (browser ${s.httpUrl})`);
    return 0;
  }
  console.log(`${p} stopped (bolt port ${s.boltPort}, http port ${s.httpPort})`);
  return EXIT_STOPPED;
}

/** Runs a command and turns every failure into one line: the user needs the fix, not the stack. */
function action<F>(run: (flags: F) => Promise<number>): (flags: F) => Promise<void> {
  return async (flags) => {
    try {
      process.exitCode = await run(flags);
    } catch (error) {
      const message =
        error instanceof LocalNeo4jError
          ? error.message
          : `neo4j: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`;
      console.error(message);
      process.exitCode = 1;
    }
  };
}

// A .env file may set NEO4J_PASSWORD or NEWSGRAPH_MAVEN_REPO, as it does for `npm start`.
dotenv.config({ quiet: true });

const program = new Command('neo4j')
  .description("The project's own Neo4j Community server (Java 17+ is all it needs).")
  .configureOutput({
    outputError: (text, write) => write(`neo4j: ${text.replace(/^error: /, '')}`),
  });

withInstanceFlags(
  program.command('start').description('start it (idempotent) and wait until ready'),
)
  .option('--timeout <seconds>', 'how long to wait for Bolt to answer', parseSeconds)
  .action(action(start));
withInstanceFlags(program.command('stop').description('stop it gracefully')).action(action(stop));
withInstanceFlags(
  program.command('status').description('exit 0 when running, 3 when stopped'),
).action(action(status));

await program.parseAsync();
