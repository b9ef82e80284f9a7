import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedArticle } from './extract-file.js';
import { extractEach, type ExtractFilesOptions } from './extract-files.js';
import type { FileReport } from './file-report.js';

/**
 * Extracts files once each and keeps what they gave on disk, not in memory: a first ingest of
 * 100k articles extracts them all before it takes the lock (several runs extract side by side
 * and queue only for their writes), then writes them a batch at a time, so memory holds one
 * batch whatever the corpus. What a run extracted before the lock is reused after it; only what
 * the plan made under the lock adds (another run changed the store meanwhile) is read.
 */
export interface ExtractionCache {
  /** Extracts the files of these ids not extracted yet. */
  extract(ids: readonly string[]): Promise<void>;
  /** True when the file of this id was extracted (not skipped). */
  has(id: string): boolean;
  /** The extractions of these ids, in their order; ids not extracted are left out. */
  read(ids: readonly string[]): Promise<ExtractedArticle[]>;
  /** Deletes what it kept. */
  close(): Promise<void>;
}

export function extractionCache(
  sourceOf: (id: string) => string,
  options: Omit<ExtractFilesOptions, 'onEach'> & {
    onProgress?: (done: number, total: number) => void;
  },
  report: FileReport,
): ExtractionCache {
  /** Where each extraction is in the file, or null for a file that gave none. */
  const done = new Map<string, { offset: number; length: number } | null>();
  let spill: Promise<{ dir: string; file: FileHandle }> | undefined;
  let end = 0;
  const opened = () =>
    (spill ??= mkdtemp(join(tmpdir(), 'newsgraph-ingest-')).then(async (dir) => ({
      dir,
      file: await open(join(dir, 'extractions.jsonl'), 'w+'),
    })));

  return {
    async extract(ids) {
      const todo = ids.filter((id) => !done.has(id));
      if (todo.length === 0) return;
      const { file } = await opened();
      let read = 0;
      const extracted = extractEach(
        todo.map(sourceOf),
        { ...options, onEach: () => options.onProgress?.(++read, todo.length) },
        report,
      );
      for await (const article of extracted) {
        const bytes = Buffer.from(`${JSON.stringify(article)}\n`);
        await file.write(bytes, 0, bytes.length, end);
        done.set(article.meta.id, { offset: end, length: bytes.length - 1 });
        end += bytes.length;
      }
      for (const id of todo) if (!done.has(id)) done.set(id, null);
    },

    has: (id) => Boolean(done.get(id)),

    async read(ids) {
      const out: ExtractedArticle[] = [];
      for (const id of ids) {
        const at = done.get(id);
        if (!at) continue;
        const { file } = await opened();
        const bytes = Buffer.alloc(at.length);
        await file.read(bytes, 0, at.length, at.offset);
        out.push(JSON.parse(bytes.toString('utf8')) as ExtractedArticle);
      }
      return out;
    },

    async close() {
      if (!spill) return;
      const { dir, file } = await spill;
      await file.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
