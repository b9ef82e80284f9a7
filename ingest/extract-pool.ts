// Extraction on worker threads. Each worker loads compromise and our plugin once, then takes
// file paths (never texts: a path costs nothing to send, and the text is read, parsed and dropped
// inside the worker) and answers with the file's outcome. The main thread only hands out paths,
// watches the clock, and puts the answers back in input order.
//
// One file never stalls the run: a file still being extracted when its time is up is abandoned
// with its worker, and a worker that dies (out of memory, say) takes only its current file with
// it. Either way that file is reported as skipped, a new worker takes the dead one's place, and
// the files it had queued go to the next free worker.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { FileOutcome } from './extract-file.js';

export interface ExtractPoolOptions {
  /** Worker threads to start (never more than there are files). */
  workers: number;
  /** Files of fewer bytes than this in all are extracted in the calling thread: starting workers costs more. */
  inThreadBelowBytes: number;
  /** A file not extracted after this many seconds is abandoned and reported (Infinity: never). */
  maxSeconds: number;
  /** Each worker's heap limit in MB; a worker that reaches it dies and is replaced. */
  heapMb?: number;
  /**
   * The workers' entry module; unset, extract-worker beside this file. The tests give the bundle
   * they build of it (test/support/cli.ts): a worker loads it in a fraction of tsx's time.
   */
  workerEntry?: URL;
}

export const DEFAULT_EXTRACT_POOL_OPTIONS: Readonly<ExtractPoolOptions> = {
  workers: availableParallelism(),
  // A worker takes about a second to load compromise under tsx, and the calling thread extracts
  // about 50 KB of prose a second: below 100 KB, two workers would finish no sooner.
  inThreadBelowBytes: 100_000,
  // Enough for 2 MB of ordinary prose on a busy machine, two hundred times a long article; a
  // minute is the most one file can hold a run up.
  maxSeconds: 60,
  // Left alone, V8 let each worker's heap grow with the articles it had read (to some 300 MB
  // each over 3,000 news articles, and still growing) though little of it is live: a limit makes
  // it collect sooner. Over 4,000 articles the pool's peak RSS stayed at 580 MB with it against
  // 670–765 MB without (2026-12-07); a worker needs ~150 MB, so a large file has room to spare.
  heapMb: 512,
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
  if (!(resolved.inThreadBelowBytes >= 0)) {
    throw new Error(
      `ingest: inThreadBelowBytes must be a number ≥ 0 (Infinity: never use workers), got ${resolved.inThreadBelowBytes}`,
    );
  }
  if (!(resolved.maxSeconds > 0)) {
    throw new Error(
      `ingest: max seconds must be a number > 0 (Infinity: no limit), got ${resolved.maxSeconds}`,
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

/**
 * What a worker sends: that it has loaded and takes tasks; then, per task in the order given,
 * the outcome, or an unexpected error (a bug, not a bad file).
 */
export type ExtractReply =
  | { ready: true }
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

/** The line that reports a file abandoned because its time was up. */
export function overBudget(path: string, maxSeconds: number): string {
  return `${path}: not extracted within ${maxSeconds} s; skipped (raise the limit with --max-seconds)`;
}

/** One worker and the files it has been given, the first of them the one it is working on. */
interface Slot {
  worker: Worker;
  ready: boolean;
  queue: number[];
  timer?: NodeJS.Timeout;
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
  const {
    workers: size,
    maxSeconds,
    heapMb,
    workerEntry = WORKER_URL,
  } = resolveExtractPoolOptions(options);
  if (paths.length === 0) return;
  const workerOptions: WorkerOptions =
    heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  const window = Math.min(size, paths.length) * REORDER_PER_WORKER;
  const finished = new Map<number, FileOutcome>();
  /** Files taken back from a worker that died before it started them, in input order. */
  const retry: number[] = [];
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

  const finish = (index: number, outcome: FileOutcome) => {
    finished.set(index, outcome);
    notify();
  };

  /** The clock runs for the file a worker is on, from when it starts on it. */
  const startClock = (slot: Slot) => {
    clearTimeout(slot.timer);
    const current = slot.queue[0];
    if (current === undefined || maxSeconds === Infinity) return;
    slot.timer = setTimeout(() => {
      finish(current, { skipped: overBudget(paths[current] as string, maxSeconds) });
      replace(slot);
    }, maxSeconds * 1000);
  };

  const dispatch = (slot: Slot) => {
    if (!slot.ready) return;
    while (slot.queue.length < PER_WORKER) {
      const index = retry.length > 0 ? retry.shift() : next < paths.length ? next : undefined;
      if (index === undefined || (index === next && next - emitted >= window)) return;
      if (index === next) next++;
      const task: ExtractTask = { index, path: paths[index] as string, maxBytes };
      slot.worker.postMessage(task);
      slot.queue.push(index);
      if (slot.queue.length === 1) startClock(slot);
    }
  };

  /** Gives up the slot's worker and its current file; its other files go back in line. */
  const replace = (slot: Slot) => {
    clearTimeout(slot.timer);
    retry.push(...slot.queue.slice(1));
    retry.sort((a, b) => a - b);
    slot.queue = [];
    void stop(slot.worker);
    slot.worker = startModuleWorker(workerEntry, workerOptions);
    slot.ready = false;
    listen(slot);
  };

  const listen = (slot: Slot) => {
    const { worker } = slot;
    worker.on('message', (reply: ExtractReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return dispatch(slot);
      }
      if ('failure' in reply) {
        const error = new Error(
          `ingest: extracting ${paths[reply.index]} failed: ${reply.failure.message}`,
        );
        if (reply.failure.stack) error.stack = `${error.message}\n${reply.failure.stack}`;
        return fail(error);
      }
      slot.queue.shift();
      startClock(slot);
      finish(reply.index, reply.outcome);
      dispatch(slot);
    });
    const died = (reason: string) => {
      // One that dies before it takes any file would die again: that is no file's fault.
      if (!slot.ready)
        return fail(new Error(`ingest: an extract worker failed to start: ${reason}`));
      const current = slot.queue[0];
      if (current !== undefined) {
        finish(current, {
          skipped: `${paths[current]}: the extraction worker died (${reason}); skipped`,
        });
      }
      replace(slot);
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
  };

  const slots: Slot[] = Array.from({ length: Math.min(size, paths.length) }, () => {
    const slot: Slot = {
      worker: startModuleWorker(workerEntry, workerOptions),
      ready: false,
      queue: [],
    };
    listen(slot);
    return slot;
  });

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
      for (const slot of slots) dispatch(slot);
      yield outcome;
    }
  } finally {
    for (const slot of slots) clearTimeout(slot.timer);
    await Promise.all(slots.map((slot) => stop(slot.worker)));
  }
}

/** Stops a worker whose answers no longer matter; whatever it still says is ignored. */
function stop(worker: Worker): Promise<number> {
  worker.removeAllListeners();
  worker.on('error', () => {});
  return worker.terminate();
}
