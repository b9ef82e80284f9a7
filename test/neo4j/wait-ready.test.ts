import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { LocalNeo4jError } from '../../scripts/neo4j/errors.js';
import { type ReadinessTarget, waitUntilReady } from '../../scripts/neo4j/wait-ready.js';

/** Accepts TCP and never says a word: the worst thing a "server" on the Bolt port can do. */
async function silentServer(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, sockets };
}

function target(port: number, overrides: Partial<ReadinessTarget>): ReadinessTarget {
  return {
    instance: 'probe',
    dataDir: '/nowhere/data',
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: 'irrelevant-here',
    database: 'neo4j',
    httpUrl: `http://127.0.0.1:${port}`,
    timeoutMs: 1_000,
    failure: async () => undefined,
    describeTimeout: async () => 'gave up waiting',
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<LocalNeo4jError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LocalNeo4jError);
    return error as LocalNeo4jError;
  }
  expect.fail('expected a rejection');
}

describe('waitUntilReady', function () {
  this.timeout(20_000);
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeEach(async () => {
    silent = await silentServer();
  });

  afterEach(() => {
    for (const socket of silent.sockets) socket.destroy();
    silent.server.close();
  });

  // A stalled attempt is cut at the 1 s deadline, not left to run on for the driver's own 30 s
  // connection timeout: the runner's timeout, ten times the deadline, catches that without
  // asserting a duration that a busy machine could miss.
  it('times out on a listener that never answers Bolt instead of hanging', async function () {
    this.timeout(10_000);
    const error = await rejection(waitUntilReady(target(silent.port, {})));
    expect(error.code).to.equal('START_TIMEOUT');
    expect(error.message).to.equal('neo4j: gave up waiting');
  });

  it('stops waiting as soon as the server is known to have exited', async () => {
    const error = await rejection(
      waitUntilReady(
        target(1, { timeoutMs: 60_000, failure: async () => 'Neo4j exited (exit code 1)' }),
      ),
    );
    expect(error.code).to.equal('START_FAILED');
    expect(error.message).to.equal('neo4j: Neo4j exited (exit code 1)');
  });
});
