import { open, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { oneLine } from './errors.js';

/** Paths in messages are relative to where the user typed the command, when that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Current sizes, so a later failure is explained from this run's lines only. */
export async function logOffsets(files: readonly string[]): Promise<number[]> {
  return Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
}

async function readFrom(file: string, offset: number): Promise<string> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return '';
  try {
    const { size } = await handle.stat();
    // The tail is where the reason is; a huge log need not be read whole.
    const start = Math.max(offset, size - 256 * 1024);
    const buffer = Buffer.alloc(Math.max(0, size - start));
    await handle.read(buffer, 0, buffer.length, start);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * The most telling line the server wrote since `offsets` were taken: its last ERROR, else the
 * last exception from the JVM (bad flag, missing class), without timestamps or stack frames.
 */
export async function lastErrorLine(
  files: readonly string[],
  offsets: readonly number[],
): Promise<string | undefined> {
  const texts = await Promise.all(files.map((f, i) => readFrom(f, offsets[i] ?? 0)));
  const lines = texts
    .join('\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const newestFirst = lines.reverse();
  const line =
    newestFirst.find((l) => /\bERROR\b/.test(l)) ??
    newestFirst.find((l) => /(Exception|Error)\b/.test(l));
  if (line === undefined) return undefined;
  const withoutTimestamp = line.replace(/^\d{4}-\d\d-\d\d[ T][\d:.]+[+-]\d{4}\s+/, '');
  return oneLine(withoutTimestamp).slice(0, 300);
}
