import { open, readFile, rm, stat } from 'node:fs/promises';
import { errnoCode, LocalNeo4jError } from './errors.js';
import type { InstanceLayout } from './layout.js';
import { isAlive } from './server-process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serialises starts of one instance across processes (`npm start` and the test runner may both
 * start `test`), so the second caller waits and then finds it running instead of racing to spawn
 * a second server on the same store. A lock left by a dead process is taken over.
 */
export async function withStartLock<T>(
  layout: InstanceLayout,
  instance: string,
  timeoutMs: number,
  body: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(layout.startLock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(layout.startLock, 'utf8').catch(() => ''), 10);
    // An empty lock is normally one being written right now; only an old one is abandoned.
    const age = await stat(layout.startLock).then(
      (s) => Date.now() - s.mtimeMs,
      () => Infinity,
    );
    if (Number.isInteger(owner) ? !isAlive(owner) : age > 5_000) {
      await rm(layout.startLock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LocalNeo4jError(
        'BUSY',
        `another start of the '${instance}' instance (pid ${owner}) is still running; wait for it, or remove ${layout.startLock} if that process is stuck`,
      );
    }
    await sleep(200);
  }
  try {
    return await body();
  } finally {
    await rm(layout.startLock, { force: true });
  }
}
