/**
 * The project's own Neo4j: Community 5.26 assembled from Maven Central jars (see
 * artifacts.lock.json) and run with nothing but Java 17+. Library entry points:
 *
 *   const neo = await startLocalNeo4j('test');   // idempotent; resolves once Bolt answers
 *   neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
 *   await localNeo4jStatus('test');              // { running, pid, ports, ... }
 *   await stopLocalNeo4j('test');                // SIGTERM, then SIGKILL after a timeout
 *
 * Every failure a user can fix rejects with a LocalNeo4jError: one line starting with `neo4j: `.
 */
import { chmod, mkdir } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { needsInitialPassword, setInitialPassword } from './admin-tool.js';
import { LocalNeo4jError } from './errors.js';
import { fetchArtifacts } from './fetch-artifacts.js';
import { checkJava } from './java.js';
import { type InstanceLayout, instanceLayout } from './layout.js';
import { readLockFile } from './lock-file.js';
import { writeNeo4jConf } from './neo4j-conf.js';
import { type LocalNeo4jOptions, resolveLocalNeo4jOptions } from './options.js';
import { assertPortsFree, HOST } from './ports.js';
import {
  clearRunFiles,
  findRunningServer,
  isAlive,
  spawnServer,
  terminate,
  writeClasspathArgFile,
} from './server-process.js';
import { displayPath, logOffsets, startupFailureReason } from './server-logs.js';
import { withStartLock } from './start-lock.js';
import { waitUntilReady } from './wait-ready.js';

export { LocalNeo4jError } from './errors.js';
export {
  DEFAULT_LOCAL_NEO4J_OPTIONS,
  type LocalNeo4jOptions,
  resolveLocalNeo4jOptions,
} from './options.js';

/** What a client needs; the same shape as the `neo4j` part of src/config.ts. */
export interface LocalNeo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface StartedLocalNeo4j extends LocalNeo4jConnection {
  instance: string;
  pid: number;
  boltPort: number;
  httpPort: number;
  /** Root of the HTTP side; a web browser opening it is sent on to the Neo4j Browser. */
  httpUrl: string;
  browserUrl: string;
  /** True when it was already running (started by an earlier call or another process). */
  alreadyRunning: boolean;
}

export interface LocalNeo4jStatus {
  instance: string;
  running: boolean;
  pid: number | undefined;
  boltPort: number;
  httpPort: number;
  uri: string;
  httpUrl: string;
  browserUrl: string;
}

export interface StoppedLocalNeo4j {
  instance: string;
  wasRunning: boolean;
  pid: number | undefined;
  /** True when it ignored SIGTERM for stopTimeoutMs and had to be killed. */
  forced: boolean;
}

/** An instance name (`'main'`, `'test'`) or any subset of the options. */
export type LocalNeo4jInput = string | Partial<LocalNeo4jOptions>;

const USER = 'neo4j';
const DATABASE = 'neo4j';

function resolve(input: LocalNeo4jInput | undefined): LocalNeo4jOptions {
  return resolveLocalNeo4jOptions(typeof input === 'string' ? { instance: input } : input);
}

function urls(boltPort: number, httpPort: number) {
  const httpUrl = `http://${HOST}:${httpPort}`;
  return { uri: `bolt://${HOST}:${boltPort}`, httpUrl, browserUrl: `${httpUrl}/browser/` };
}

/** Waits until a server answers on Bolt and HTTP, then describes it to the caller. */
async function whenReady(
  options: LocalNeo4jOptions,
  layout: InstanceLayout,
  server: { pid: number; boltPort: number; httpPort: number },
  alreadyRunning: boolean,
  how: Pick<Parameters<typeof waitUntilReady>[0], 'failure' | 'describeTimeout'>,
): Promise<StartedLocalNeo4j> {
  const { uri, httpUrl, browserUrl } = urls(server.boltPort, server.httpPort);
  const connection = { uri, user: USER, password: options.password, database: DATABASE };
  await waitUntilReady({
    ...connection,
    ...how,
    instance: options.instance,
    dataDir: displayPath(layout.data),
    httpUrl,
    timeoutMs: options.startTimeoutMs,
  });
  return {
    ...connection,
    ...server,
    instance: options.instance,
    httpUrl,
    browserUrl,
    alreadyRunning,
  };
}

/**
 * Starts the instance unless it already runs, and resolves once Bolt accepts the password and
 * the Browser answers. The first call downloads the jars (~143 MB, in parallel, sha1-checked)
 * into `.neo4j/lib`; later calls use that cache without any network access.
 */
export async function startLocalNeo4j(input?: LocalNeo4jInput): Promise<StartedLocalNeo4j> {
  const options = resolve(input);
  const lock = readLockFile();
  const layout = instanceLayout(options.homeDir);
  await mkdir(layout.run, { recursive: true });
  // The store holds the graph and auth.ini: private to the user, also for instances made before.
  await chmod(layout.home, 0o700);

  return withStartLock(
    layout,
    options.instance,
    options.startTimeoutMs + 60_000,
    async (): Promise<StartedLocalNeo4j> => {
      const running = await findRunningServer(layout, lock.mainClass, options);
      if (running !== undefined) {
        const server = { pid: running.pid, boltPort: running.boltPort, httpPort: running.httpPort };
        // It may still be booting (started by another process a moment ago): wait for it too.
        return whenReady(options, layout, server, true, {
          failure: async () =>
            isAlive(running.pid)
              ? undefined
              : `the server (pid ${running.pid}) exited while starting; see ${displayPath(layout.neo4jLog)}`,
          describeTimeout: async () =>
            `the '${options.instance}' instance (pid ${running.pid}) runs but did not answer on ${urls(running.boltPort, running.httpPort).uri} within ${options.startTimeoutMs / 1000} s; see ${displayPath(layout.neo4jLog)} or stop it`,
        });
      }

      await checkJava(options.java);
      await assertPortsFree(options.instance, [
        { name: 'bolt', port: options.boltPort },
        { name: 'http', port: options.httpPort },
      ]);
      const jars = await fetchArtifacts(lock, options);
      await writeNeo4jConf(options, layout);
      const classpathArg = await writeClasspathArgFile(layout, jars, delimiter);
      if (needsInitialPassword(layout)) {
        options.log(
          `neo4j: creating the '${options.instance}' instance in ${displayPath(layout.home)}`,
        );
        await setInitialPassword(options.java, lock, layout, classpathArg, options.password);
      }

      const [neo4jLogAt = 0, consoleLogAt = 0] = await logOffsets([
        layout.neo4jLog,
        layout.consoleLog,
      ]);
      const child = await spawnServer(options, lock, layout, classpathArg);
      const pid = child.pid as number;
      const { uri } = urls(options.boltPort, options.httpPort);
      const reasonFromLogs = async () => {
        const reason = await startupFailureReason(layout.neo4jLog, layout.consoleLog, [
          neo4jLogAt,
          consoleLogAt,
        ]);
        return `${reason !== undefined ? `: ${reason}` : ''}; see ${displayPath(layout.logs)}`;
      };
      const server = { pid, boltPort: options.boltPort, httpPort: options.httpPort };
      try {
        return await whenReady(options, layout, server, false, {
          failure: async () => {
            if (child.exitCode === null && child.signalCode === null) return undefined;
            const how = child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode;
            return `Neo4j exited while starting (${how})${await reasonFromLogs()}`;
          },
          describeTimeout: async () =>
            `Neo4j did not answer on ${uri} within ${options.startTimeoutMs / 1000} s and was stopped${await reasonFromLogs()}`,
        });
      } catch (error) {
        // A half-started server would hold the ports and the store lock: never leave one behind.
        if (isAlive(pid)) await terminate(pid, options.stopTimeoutMs);
        await clearRunFiles(layout);
        throw error;
      }
    },
  );
}

/** Stops the instance gracefully; resolves with wasRunning false when it was not running. */
export async function stopLocalNeo4j(input?: LocalNeo4jInput): Promise<StoppedLocalNeo4j> {
  const options = resolve(input);
  const lock = readLockFile();
  const layout = instanceLayout(options.homeDir);
  const running = await findRunningServer(layout, lock.mainClass, options);
  if (running === undefined) {
    return { instance: options.instance, wasRunning: false, pid: undefined, forced: false };
  }
  let forced: boolean;
  try {
    ({ forced } = await terminate(running.pid, options.stopTimeoutMs));
  } catch (error) {
    throw new LocalNeo4jError(
      'STOP_FAILED',
      `cannot stop pid ${running.pid} (${error instanceof Error ? error.message : String(error)}); stop it yourself`,
    );
  }
  await clearRunFiles(layout);
  return { instance: options.instance, wasRunning: true, pid: running.pid, forced };
}

/** Whether the instance's server process is alive, and where it listens. */
export async function localNeo4jStatus(input?: LocalNeo4jInput): Promise<LocalNeo4jStatus> {
  const options = resolve(input);
  const lock = readLockFile();
  const layout = instanceLayout(options.homeDir);
  const running = await findRunningServer(layout, lock.mainClass, options);
  const boltPort = running?.boltPort ?? options.boltPort;
  const httpPort = running?.httpPort ?? options.httpPort;
  return {
    instance: options.instance,
    running: running !== undefined,
    pid: running?.pid,
    boltPort,
    httpPort,
    ...urls(boltPort, httpPort),
  };
}
