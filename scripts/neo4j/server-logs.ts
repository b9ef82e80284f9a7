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

const TIMESTAMP = /^\d{4}-\d\d-\d\d[ T][\d:.]+[+-]\d{4}\s+/;

function meaningfulLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(TIMESTAMP, ''))
    .filter((line) => line !== '' && !line.startsWith('at ') && !line.startsWith('...'));
}

/**
 * Why a start failed, from what the server wrote since `offsets` were taken (neo4j.log, then
 * the JVM's own output): Neo4j's last ERROR plus its root cause (the last "Caused by"), or when
 * the JVM died before Neo4j could log anything, its first complaint (e.g. a bad -Xmx).
 */
export async function startupFailureReason(
  neo4jLog: string,
  consoleLog: string,
  offsets: readonly [number, number],
): Promise<string | undefined> {
  const [serverText, jvmText] = await Promise.all([
    readFrom(neo4jLog, offsets[0]),
    readFrom(consoleLog, offsets[1]),
  ]);
  const server = meaningfulLines(serverText);
  const errorAt = server.map((l) => /^ERROR\b/.test(l)).lastIndexOf(true);
  let reason: string | undefined;
  if (errorAt >= 0) {
    const after = server.slice(errorAt + 1);
    const rootCause = after.reverse().find((l) => l.startsWith('Caused by: '));
    reason = `${server[errorAt]}${rootCause !== undefined ? ` (${rootCause})` : ''}`;
  } else {
    reason = meaningfulLines(jvmText).find((l) => !/^Error: (Could not create|A fatal)/.test(l));
  }
  return reason === undefined ? undefined : oneLine(reason).slice(0, 300);
}
