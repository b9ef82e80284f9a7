import neo4j, { Neo4jError } from 'neo4j-driver';
import { LocalNeo4jError } from './errors.js';

export interface ReadinessTarget {
  instance: string;
  /** Named in the wrong-password message: deleting it is the way to a fresh password. */
  dataDir: string;
  uri: string;
  user: string;
  password: string;
  database: string;
  httpUrl: string;
  timeoutMs: number;
  /** Why the server can no longer become ready (it exited), or undefined while it still may. */
  failure: () => Promise<string | undefined>;
  /** Called on timeout: the message names where to look. */
  describeTimeout: () => Promise<string>;
}

const POLL_MS = 250;
/** A listener that accepts TCP but never speaks Bolt would otherwise stall one attempt forever. */
const ATTEMPT_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

async function httpAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Ready means what callers need next: Bolt accepts our credentials for the default database AND
 * the HTTP side (Browser) answers, which comes up a moment after Bolt.
 */
export async function waitUntilReady(target: ReadinessTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  const deadline = Date.now() + target.timeoutMs;
  try {
    for (;;) {
      try {
        const budget = Math.max(1_000, Math.min(ATTEMPT_MS, deadline - Date.now()));
        await withinMs(driver.verifyConnectivity({ database: target.database }), budget);
        if (await httpAnswers(target.httpUrl)) return;
      } catch (error) {
        if (error instanceof Neo4jError && AUTH_CODES.has(error.code)) {
          throw new LocalNeo4jError(
            'AUTH_FAILED',
            `the '${target.instance}' instance rejected user ${target.user} with the configured password (${error.code.split('.').pop()}): its data was created with another one; set NEO4J_PASSWORD to that, or stop the instance and delete ${target.dataDir} to start afresh`,
          );
        }
        // Anything else (refused, reset, database still starting) just means "not yet".
      }
      const failure = await target.failure();
      if (failure !== undefined) throw new LocalNeo4jError('START_FAILED', failure);
      if (Date.now() >= deadline) {
        throw new LocalNeo4jError('START_TIMEOUT', await target.describeTimeout());
      }
      await sleep(POLL_MS);
    }
  } finally {
    await driver.close();
  }
}
