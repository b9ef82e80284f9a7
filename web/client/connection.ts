// Whether the server and its Neo4j answer, and the page's one retry policy. Every answer from the
// API reports here (api.ts): a 503 (Neo4j down or refusing) or no answer at all (the server gone)
// marks an outage, which the page tells the user in plain words while a probe retries with
// backoff; the first answer after it ends the outage and wakes every request waiting for it.

/** What is not answering, or null when both answer. */
export type Outage = 'database' | 'server' | null;

/** Waits between probes of an outage: quick at first, then at most every 10 s. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 10_000] as const;

/** The words the page shows while an outage lasts. */
export const OUTAGE_TEXT: Record<Exclude<Outage, null>, string> = {
  database: 'The database is not answering; retrying…',
  server: 'The explorer’s server is not answering; retrying…',
};

/** Thrown by a request that got no usable answer because of an outage. */
export class Unavailable extends Error {
  override name = 'Unavailable';
  constructor(
    readonly outage: Exclude<Outage, null>,
    message: string,
  ) {
    super(message);
  }
}

type Listener = (outage: Outage) => void;

let current: Outage = null;
let probe: ((signal: AbortSignal) => Promise<unknown>) | null = null;
let probing = false;
const listeners = new Set<Listener>();
const waiters = new Set<() => void>();

const set = (outage: Outage) => {
  if (outage === current) return;
  current = outage;
  for (const listener of listeners) listener(outage);
  if (outage === null) {
    for (const wake of waiters) wake();
    waiters.clear();
  } else void probeUntilBack();
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Asks the probe with growing waits until it answers; its answer reports the outage's end. */
async function probeUntilBack(): Promise<void> {
  if (probing || !probe) return;
  probing = true;
  try {
    for (let attempt = 0; current !== null; attempt++) {
      await sleep(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] as number);
      if (current === null) break;
      await probe(new AbortController().signal).catch(() => undefined);
    }
  } finally {
    probing = false;
  }
}

export const connection = {
  get outage(): Outage {
    return current;
  },
  /** The cheap request that tells whether the store answers again (api.ts sets it). */
  setProbe(request: (signal: AbortSignal) => Promise<unknown>): void {
    probe = request;
  },
  /** Every API answer lands here: an Unavailable starts an outage, anything else ends it. */
  report(error?: unknown): void {
    set(error instanceof Unavailable ? error.outage : null);
  },
  /** Called now and on every change of the outage. */
  watch(listener: Listener): void {
    listeners.add(listener);
    listener(current);
  },
  /** Resolves when the outage is over (at once when there is none), or when `signal` aborts. */
  back(signal?: AbortSignal): Promise<void> {
    if (current === null || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      waiters.add(resolve);
      signal?.addEventListener(
        'abort',
        () => {
          waiters.delete(resolve);
          resolve();
        },
        { once: true },
      );
    });
  },
};

/**
 * Asks until answered: through an outage the request waits for the store to come back and asks
 * again; any other error, and an abort, end it. For what the page cannot do without (its first
 * view, the stats, the article list), never for a user's action, which fails at once and says so.
 */
export async function untilAnswered<T>(
  request: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
): Promise<T> {
  for (;;) {
    try {
      return await request(signal);
    } catch (error) {
      if (!(error instanceof Unavailable) || signal.aborted) throw error;
      await connection.back(signal);
      if (signal.aborted) throw error;
    }
  }
}
