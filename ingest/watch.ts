import { watch } from 'chokidar';
import { extname, resolve } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../src/corpus/index.js';

export interface WatchOptions {
  /** Quiet time after the last change before a run starts: an editor's save is several events. */
  debounceMs: number;
  /**
   * Files that lead to a run whatever their extension and wherever they are: the corrections
   * file, so a change to it alone re-applies the corrections.
   */
  files?: readonly string[];
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = { debounceMs: 400 };

export interface CorpusWatcher {
  /**
   * Resolves once the first scan of `paths` is done. A file written before then can pass for
   * one that was already there, and no run follows it.
   */
  ready: Promise<void>;
  /** Stops watching and resolves once a run in progress has finished. */
  close(): Promise<void>;
}

/**
 * Calls `run` after articles under `paths`, or `options.files`, are added, changed or removed. Runs never overlap:
 * changes that arrive during a run lead to one more run after it. `busy` is a run already under
 * way (the first ingest, started alongside the watcher so that no change slips in between): it
 * counts as a run in progress.
 */
export function watchCorpus(
  paths: readonly string[],
  run: () => Promise<void>,
  options: WatchOptions = DEFAULT_WATCH_OPTIONS,
  busy?: Promise<unknown>,
): CorpusWatcher {
  // chokidar rather than fs.watch: recursive watching, rename and atomic-save handling, and
  // "write finished" detection behave the same on every platform.
  const files = new Set((options.files ?? []).map((f) => resolve(f)));
  const watcher = watch([...paths, ...files], {
    ignoreInitial: true,
    ignored: (path, stats) =>
      Boolean(
        stats?.isFile() &&
        !ARTICLE_EXTENSIONS.has(extname(path).toLowerCase()) &&
        !files.has(resolve(path)),
      ),
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  /** Makes `work` the run in progress; changes meanwhile lead to one more run after it. */
  const occupy = (work: Promise<unknown>) => {
    // A failed run is its caller's to report; the watcher only waits it out.
    running = work
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        running = undefined;
        if (again) {
          again = false;
          start();
        }
      });
  };
  const start = () => {
    timer = undefined;
    if (running) again = true;
    else occupy(run());
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(start, options.debounceMs);
  };
  watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);
  if (busy) occupy(busy);

  return {
    ready,
    async close() {
      clearTimeout(timer);
      again = false;
      await watcher.close();
      await running;
    },
  };
}
