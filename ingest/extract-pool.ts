// Extraction on worker threads. Each worker loads compromise and our plugin once, then takes
// file paths (never texts: a path costs nothing to send, and the text is read, parsed and dropped
// inside the worker) and answers with the file's outcome. The main thread only hands out paths
// and puts the answers back in input order.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { FileOutcome } from './extract-files.js';

export interface ExtractPoolOptions {
  /** Worker threads to start (never more than there are files). */
  workers: number;
  /** Fewer files than this are extracted in the calling thread: starting workers costs more. */
  inThreadBelow: number;
}

export const DEFAULT_EXTRACT_POOL_OPTIONS: Readonly<ExtractPoolOptions> = {
  workers: availableParallelism(),
  // A worker takes about a second to load compromise under tsx; an article about 30 ms.
  inThreadBelow: 20,
};

/** Files queued per worker: two, so a worker never waits for its next path to arrive. */
const PER_WORKER = 2;

/** Finished results held back for an earlier, slower file, per worker, before dispatch pauses. */
const REORDER_PER_WORKER = 32;

export function resolveExtractPoolOptions(
  options: Partial<ExtractPoolOptions> = {},
): ExtractPoolOptions {
  const resolved = { ...DEFAULT_EXTRACT_POOL_OPTIONS, ...options };
  if (!Number.isInteger(resolved.workers) || resolved.workers < 1) {
    throw new Error(`ingest: workers must be a whole number ≥ 1, got ${resolved.workers}`);
  }
  if (!(resolved.inThreadBelow >= 0)) {
    throw new Error(
      `ingest: inThreadBelow must be a number ≥ 0 (Infinity: never use workers), got ${resolved.inThreadBelow}`,
    );
  }
  return resolved;
}

/** What the pool sends a worker. */
export interface ExtractTask {
  index: number;
  path: string;
  maxBytes: number;
}

/** What a worker sends back: the outcome, or an unexpected error (a bug, not a bad file). */
export type ExtractReply =
  | { index: number; outcome: FileOutcome }
  | { index: number; failure: { message: string; stack?: string } };

const WORKER_URL = new URL(
  `./extract-worker${extname(fileURLToPath(import.meta.url))}`,
  import.meta.url,
);

/**
 * Starts a worker thread on an ES module, TypeScript included. Under tsx the entry is a .ts file,
 * and Node 20 applies no `--import` loader to a worker's entry module (even execArgv:
 * ['--import', 'tsx'] fails with "Unknown file extension .ts"), so a one-line bootstrap registers
 * tsx's ESM hooks inside the worker first. Plain .js entries start directly.
 */
export function startModuleWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const [api, main] = [tsxEsmApi(), entry.href].map((url) => JSON.stringify(url));
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${main}); });`, {
    ...options,
    eval: true,
  });
}

/**
 * The URL of tsx's ESM register API ('tsx/esm/api', import condition), found from this file so
 * that any working directory will do. Read from tsx's exports map: under mocha this module is
 * loaded as CommonJS, without import.meta.resolve, and require.resolve would pick the CommonJS
 * build, which cannot register ESM hooks.
 */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const api = exports['./esm/api'];
  const file = typeof api === 'object' ? api.import?.default : undefined;
  if (file === undefined) {
    throw new Error(
      "ingest: this tsx has no 'tsx/esm/api' import; run with tsx 4 or use workers: 0",
    );
  }
  return pathToFileURL(join(dirname(manifest), file)).href;
}

/**
 * Extracts the files on worker threads, yielding one outcome per path in input order. At most
 * PER_WORKER files per worker are in flight, so memory holds a handful of texts whatever the
 * corpus size. Workers are stopped when the iteration ends, early or not.
 */
export async function* extractWithPool(
  paths: readonly string[],
  maxBytes: number,
  options: Partial<ExtractPoolOptions> = {},
): AsyncGenerator<FileOutcome> {
  const { workers: size } = resolveExtractPoolOptions(options);
  if (paths.length === 0) return;
  const workers = Array.from({ length: Math.min(size, paths.length) }, () =>
    startModuleWorker(WORKER_URL),
  );
  const window = workers.length * REORDER_PER_WORKER;
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const finished = new Map<number, FileOutcome>();
  let next = 0;
  let emitted = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const fail = (error: Error) => {
    failure ??= error;
    notify();
  };

  const dispatch = (worker: Worker) => {
    while ((inFlight.get(worker) ?? 0) < PER_WORKER && next < paths.length) {
      if (next - emitted >= window) return;
      const task: ExtractTask = { index: next, path: paths[next] as string, maxBytes };
      worker.postMessage(task);
      inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      next++;
    }
  };

  for (const worker of workers) {
    worker.on('message', (reply: ExtractReply) => {
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      if ('failure' in reply) {
        const error = new Error(
          `ingest: extracting ${paths[reply.index]} failed: ${reply.failure.message}`,
        );
        if (reply.failure.stack) error.stack = `${error.message}\n${reply.failure.stack}`;
        return fail(error);
      }
      finished.set(reply.index, reply.outcome);
      dispatch(worker);
      notify();
    });
    worker.on('error', (error) =>
      fail(new Error(`ingest: an extract worker crashed: ${error.message}`)),
    );
    worker.on('exit', (code) => {
      if (emitted < paths.length)
        fail(new Error(`ingest: an extract worker exited (code ${code})`));
    });
    dispatch(worker);
  }

  try {
    while (emitted < paths.length) {
      if (failure) throw failure;
      const outcome = finished.get(emitted);
      if (outcome === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      finished.delete(emitted);
      emitted++;
      // A slow file may have held dispatch back; its answer reopens the window.
      for (const worker of workers) dispatch(worker);
      yield outcome;
    }
  } finally {
    emitted = paths.length;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
