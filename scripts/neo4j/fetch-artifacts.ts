import { createHash } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeCause, LocalNeo4jError } from './errors.js';
import {
  type ArtifactLock,
  coordinates,
  type LockedArtifact,
  repositoryPath,
} from './lock-file.js';
import { runPool } from './pool.js';

export interface FetchArtifactsOptions {
  cacheDir: string;
  mavenRepo: string;
  log: (line: string) => void;
  onDownloadProgress: ((doneBytes: number, totalBytes: number) => void) | undefined;
  /** Parallel downloads: enough to fill a home connection, few enough to be polite to the mirror. */
  concurrency?: number;
  /** Attempts per jar for transient failures (5xx, resets, timeouts, a corrupted transfer). */
  attempts?: number;
  /** Base back-off between attempts; tests shorten it. */
  retryDelayMs?: number;
}

/** Only a whole jar that stalls this long is given up on; big jars on slow links still finish. */
const PER_JAR_TIMEOUT_MS = 180_000;

class TransferError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly kind: 'http' | 'network' | 'checksum',
  ) {
    super(message);
  }
}

function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Makes sure every jar of the lock is in the cache and returns their paths in classpath order.
 * With a warm cache this only stats files: no network at all. A jar is written to a temporary
 * file, checked against the lock's sha1, then renamed, so the cache never holds a partial or
 * altered jar and a size check is enough on later runs.
 */
export async function fetchArtifacts(
  lock: ArtifactLock,
  options: FetchArtifactsOptions,
): Promise<string[]> {
  const paths = lock.artifacts.map((a) => join(options.cacheDir, ...repositoryPath(a).split('/')));
  const missing: { artifact: LockedArtifact; path: string }[] = [];
  await Promise.all(
    lock.artifacts.map(async (artifact, i) => {
      const path = paths[i] as string;
      const size = await stat(path).then(
        (s) => s.size,
        () => -1,
      );
      if (size !== artifact.size) missing.push({ artifact, path });
    }),
  );
  if (missing.length === 0) return paths;

  const totalBytes = missing.reduce((sum, m) => sum + m.artifact.size, 0);
  options.log(
    `neo4j: downloading ${missing.length} jars (${(totalBytes / 1e6).toFixed(0)} MB) of Neo4j ${lock.neo4jVersion} from ${options.mavenRepo}`,
  );
  let doneBytes = 0;
  const progress = (delta: number) => {
    doneBytes += delta;
    options.onDownloadProgress?.(doneBytes, totalBytes);
  };
  progress(0);
  // Biggest first: the long transfers start early instead of finishing the run alone.
  missing.sort((a, b) => b.artifact.size - a.artifact.size);
  await runPool(missing, options.concurrency ?? 8, (m, signal) =>
    downloadWithRetries(m.artifact, m.path, options, signal, progress),
  );
  return paths;
}

async function downloadWithRetries(
  artifact: LockedArtifact,
  path: string,
  options: FetchArtifactsOptions,
  signal: AbortSignal,
  progress: (delta: number) => void,
): Promise<void> {
  const attempts = options.attempts ?? 3;
  const url = `${options.mavenRepo}/${repositoryPath(artifact)}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await downloadOnce(artifact, url, path, signal, progress);
      return;
    } catch (error) {
      if (signal.aborted) throw error;
      const transfer =
        error instanceof TransferError
          ? error
          : new TransferError(describeCause(error), true, 'network');
      if (transfer.transient && attempt < attempts) {
        await sleep((options.retryDelayMs ?? 500) * 2 ** (attempt - 1), signal);
        continue;
      }
      throw toUserError(artifact, options.mavenRepo, transfer);
    }
  }
}

function toUserError(
  artifact: LockedArtifact,
  mavenRepo: string,
  error: TransferError,
): LocalNeo4jError {
  if (error.kind === 'checksum') {
    return new LocalNeo4jError(
      'CHECKSUM_MISMATCH',
      `${coordinates(artifact)} from ${mavenRepo} failed its checksum (${error.message}); a proxy or mirror altered it: retry later or set NEWSGRAPH_MAVEN_REPO to another Maven mirror`,
    );
  }
  return new LocalNeo4jError(
    'FETCH_FAILED',
    `could not download ${coordinates(artifact)} from ${mavenRepo} (${error.message}); check that you are online, or set NEWSGRAPH_MAVEN_REPO to a reachable Maven mirror`,
  );
}

async function downloadOnce(
  artifact: LockedArtifact,
  url: string,
  path: string,
  signal: AbortSignal,
  progress: (delta: number) => void,
): Promise<void> {
  const response = await fetch(url, {
    signal: AbortSignal.any([signal, AbortSignal.timeout(PER_JAR_TIMEOUT_MS)]),
  });
  if (!response.ok || response.body === null) {
    throw new TransferError(
      `HTTP ${response.status} ${response.statusText}`.trim(),
      isTransientStatus(response.status),
      'http',
    );
  }

  await mkdir(dirname(path), { recursive: true });
  // Unique per process so two instances starting at once never write into the same file.
  const partial = `${path}.${process.pid}.part`;
  const file = await open(partial, 'w');
  const hash = createHash('sha1');
  let received = 0;
  try {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      hash.update(value);
      await file.write(value);
      received += value.length;
      progress(value.length);
    }
    await file.close();
    const sha1 = hash.digest('hex');
    if (sha1 !== artifact.sha1 || received !== artifact.size) {
      // Transient once: a transfer cut short by a proxy looks exactly like this.
      throw new TransferError(`got sha1 ${sha1}, expected ${artifact.sha1}`, true, 'checksum');
    }
    await rename(partial, path);
  } catch (error) {
    await file.close().catch(() => {});
    await unlink(partial).catch(() => {});
    progress(-received);
    throw error;
  }
}
