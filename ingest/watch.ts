import { watch } from 'chokidar';
import { extname } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../src/corpus/index.js';

export interface WatchOptions {
  /** Quiet time after the last change before a run starts: an editor's save is several events. */
  debounceMs: number;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = { debounceMs: 400 };

export interface CorpusWatcher {
  /** Stops watching and resolves once a run in progress has finished. */
  close(): Promise<void>;
}

/**
 * Calls `run` after files under `paths` are added, changed or removed. Runs never overlap:
 * changes that arrive during a run lead to one more run after it.
 */
export function watchCorpus(
  paths: readonly string[],
  run: () => Promise<void>,
  options: WatchOptions = DEFAULT_WATCH_OPTIONS,
): CorpusWatcher {
  // chokidar rather than fs.watch: recursive watching, rename and atomic-save handling, and
  // "write finished" detection behave the same on every platform.
  const watcher = watch([...paths], {
    ignoreInitial: true,
    ignored: (path, stats) =>
      Boolean(stats?.isFile() && !ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())),
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
  });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const start = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        start();
      }
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(start, options.debounceMs);
  };
  watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);

  return {
    async close() {
      clearTimeout(timer);
      again = false;
      await watcher.close();
      await running;
    },
  };
}
