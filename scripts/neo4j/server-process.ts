import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { errnoCode } from './errors.js';
import type { InstanceLayout } from './layout.js';
import type { ArtifactLock } from './lock-file.js';
import type { LocalNeo4jOptions } from './options.js';

/** What a running instance was started with; status and stop read it instead of options. */
export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  neo4jVersion: string;
  startedAt: string;
}

/**
 * The JVM flags Neo4j's own launcher would add from its default neo4j.conf
 * (server.jvm.additional); without the --add-opens Neo4j falls back to slower code paths or fails.
 */
function jvmFlags(options: LocalNeo4jOptions): string[] {
  return [
    `-Xms${options.heapInitial}`,
    `-Xmx${options.heapMax}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    // A dev database out of memory should die visibly, not limp on.
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

/** Java @argfile syntax: one quoted argument per line, backslash escapes. */
export function argFileLine(arg: string): string {
  return `"${arg.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * Writes the classpath to an @argfile shared by the server and the admin tool: 200+ absolute jar
 * paths are too long for a Windows command line.
 */
export async function writeClasspathArgFile(
  layout: InstanceLayout,
  classpath: readonly string[],
  separator: string,
): Promise<string> {
  await writeFile(layout.argFile, `-cp\n${argFileLine(classpath.join(separator))}\n`);
  return `@${layout.argFile}`;
}

/**
 * Starts Neo4j detached from this process (it must outlive `npm run neo4j:start` and the test
 * runner), its early output appended to logs/console.log. The main class and --home-dir stay on
 * the real command line so `isOurServer` can recognise the process later.
 */
export async function spawnServer(
  options: LocalNeo4jOptions,
  lock: ArtifactLock,
  layout: InstanceLayout,
  classpathArg: string,
): Promise<ChildProcess> {
  const out = openSync(layout.consoleLog, 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      options.java,
      [
        classpathArg,
        ...jvmFlags(options),
        lock.mainClass,
        `--home-dir=${layout.home}`,
        `--config-dir=${layout.conf}`,
      ],
      { cwd: layout.home, detached: true, stdio: ['ignore', out, out], windowsHide: true },
    );
  } finally {
    closeSync(out);
  }
  child.unref();
  if (child.pid === undefined) {
    // spawn reports ENOENT & co. asynchronously; wait for it to say why.
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw error;
  }
  const state: ServerState = {
    pid: child.pid,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    neo4jVersion: lock.neo4jVersion,
    startedAt: new Date().toISOString(),
  };
  await writeFile(layout.pidFile, `${child.pid}\n`);
  await writeFile(layout.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  return child;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means "alive".
    return errnoCode(error) === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its parent) still answers kill(0) on Linux.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** The process's command line, or undefined where neither /proc nor ps can tell (Windows). */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    // Not Linux (or the process is gone): ps works on macOS and the BSDs.
  }
  try {
    return execFileSync('ps', ['-p', String(pid), '-o', 'command='], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/**
 * A pid file can outlive its process (kill -9, reboot) and the pid be reused by anything, so a
 * live pid only counts when its command line is Neo4j started on this very instance folder.
 */
export function isOurServer(pid: number, layout: InstanceLayout, mainClass: string): boolean {
  if (!isAlive(pid)) return false;
  const cmd = commandLine(pid);
  if (cmd === undefined) return true;
  return cmd.includes(mainClass) && cmd.includes(`--home-dir=${layout.home}`);
}

async function readPid(layout: InstanceLayout): Promise<number | undefined> {
  const text = await readFile(layout.pidFile, 'utf8').catch(() => undefined);
  const pid = text === undefined ? Number.NaN : Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function readState(layout: InstanceLayout): Promise<Partial<ServerState>> {
  try {
    return JSON.parse(await readFile(layout.stateFile, 'utf8')) as Partial<ServerState>;
  } catch {
    return {};
  }
}

/** The running server of this instance, or undefined (and stale pid/state files are removed). */
export async function findRunningServer(
  layout: InstanceLayout,
  mainClass: string,
  fallback: { boltPort: number; httpPort: number },
): Promise<ServerState | undefined> {
  const pid = await readPid(layout);
  if (pid !== undefined && isOurServer(pid, layout, mainClass)) {
    const state = await readState(layout);
    return {
      boltPort: fallback.boltPort,
      httpPort: fallback.httpPort,
      neo4jVersion: 'unknown',
      startedAt: 'unknown',
      ...(state.pid === pid ? state : {}),
      pid,
    };
  }
  await clearRunFiles(layout);
  return undefined;
}

export async function clearRunFiles(layout: InstanceLayout): Promise<void> {
  await rm(layout.pidFile, { force: true });
  await rm(layout.stateFile, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * SIGTERM lets Neo4j checkpoint and close its stores (its shutdown hook); only a server that
 * ignores it for `timeoutMs` is killed, which Neo4j then recovers from on the next start.
 */
export async function terminate(pid: number, timeoutMs: number): Promise<{ forced: boolean }> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch (error) {
    if (errnoCode(error) === 'ESRCH') return { forced: false };
    throw error;
  }
  if (await waitForExit(pid, timeoutMs)) return { forced: false };
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if (errnoCode(error) !== 'ESRCH') throw error;
  }
  await waitForExit(pid, 10_000);
  return { forced: true };
}
