import neo4j, { type Driver } from 'neo4j-driver';
import {
  startLocalNeo4j,
  stopLocalNeo4j,
  type StartedLocalNeo4j,
} from '../../scripts/neo4j/local.js';
import { INSTANCE_PORTS } from '../../scripts/neo4j/options.js';

// The one Neo4j a test may stop and start under a running ingest or an open page: stopping the
// shared test instance would break every other file. Each start costs a JVM boot (20 s quiet, a
// minute on a busy machine), so the first one runs in the background from the start of the run,
// beside the files that do not need it, the instance is left running from one file to the next,
// and the root hooks below stop it once, when the run ends.
const DISPOSABLE = { instance: 'disposable', ...INSTANCE_PORTS.disposable };

let wanted = false;
let booting: Promise<unknown> = Promise.resolve();
let started = false;

/** Called at the top of a test file that will use it: the run then boots it early. */
export function useDisposableNeo4j(): void {
  wanted = true;
}

/** Starts the disposable Neo4j, or finds it running (or waits for the early boot). */
export async function startDisposableNeo4j(): Promise<StartedLocalNeo4j> {
  started = true;
  await booting;
  return startLocalNeo4j(DISPOSABLE);
}

/** Stops it, as a crash or an operator would take it away from its clients. */
export async function stopDisposableNeo4j(): Promise<void> {
  await booting;
  await stopLocalNeo4j(DISPOSABLE);
}

export const disposableDriver = (server: StartedLocalNeo4j): Driver =>
  neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
  });

/** Registered through .mocharc.json's `require`, so they run once around the whole run. */
export const mochaHooks = {
  beforeAll(): void {
    if (!wanted) return;
    started = true;
    // A failed early boot is not this hook's to report: the test's own start says why.
    booting = startLocalNeo4j(DISPOSABLE).catch(() => undefined);
  },
  async afterAll(): Promise<void> {
    if (started) await stopDisposableNeo4j();
  },
};
