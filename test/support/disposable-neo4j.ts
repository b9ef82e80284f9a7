import neo4j, { type Driver } from 'neo4j-driver';
import {
  startLocalNeo4j,
  stopLocalNeo4j,
  type StartedLocalNeo4j,
} from '../../scripts/neo4j/local.js';
import { INSTANCE_PORTS } from '../../scripts/neo4j/options.js';

// The one Neo4j a test may stop and start under a running ingest or an open page: stopping the
// shared test instance would break every other file. Each start costs a JVM boot (a minute on a
// busy machine), so it is started on first use, left running from one file to the next, and
// stopped once, by the root hook below, when the run ends.
const DISPOSABLE = { instance: 'disposable', ...INSTANCE_PORTS.disposable };

let started = false;

/** Starts the disposable Neo4j, or finds it running. */
export async function startDisposableNeo4j(): Promise<StartedLocalNeo4j> {
  started = true;
  return startLocalNeo4j(DISPOSABLE);
}

/** Stops it, as a crash or an operator would take it away from its clients. */
export async function stopDisposableNeo4j(): Promise<void> {
  await stopLocalNeo4j(DISPOSABLE);
}

export const disposableDriver = (server: StartedLocalNeo4j): Driver =>
  neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
  });

/** Registered through .mocharc.json's `require`: one stop at the end of the whole run. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    if (started) await stopDisposableNeo4j();
  },
};
