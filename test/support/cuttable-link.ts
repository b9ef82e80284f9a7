import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Neo4jConfig } from '../../src/store/driver.js';

// Neo4j going away, as its clients see it: every open connection is reset and new ones are
// refused, until the link is restored. A plain TCP forwarder in front of the real test Neo4j
// (bytes pass through untouched; the client speaks Bolt to the server itself), so a test can take
// Neo4j away mid-run without stopping the instance every other file shares or booting a JVM of
// its own (20 s on a quiet machine, a minute on a busy one).

export interface CuttableLink {
  /** The config a client uses to reach Neo4j through the link (bolt://, so nothing routes past it). */
  neo4j: Neo4jConfig;
  /** Resets every connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function openCuttableLink(target: Neo4jConfig): Promise<CuttableLink> {
  const { hostname, port } = new URL(target.uri);
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    // A reset is what the link is for: the other side's 'close' tears the pair down.
    socket.on('error', () => undefined);
  };
  const forward = (client: Socket) => {
    const server = connect(Number(port), hostname);
    track(client);
    track(server);
    client.pipe(server).pipe(client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  };

  let listening: Server | null = null;
  let linkPort = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const server = createServer(forward);
      server.once('error', reject);
      server.listen(linkPort, '127.0.0.1', () => {
        linkPort = (server.address() as AddressInfo).port;
        listening = server;
        resolve();
      });
    });
  const cut = async () => {
    const server = listening;
    listening = null;
    for (const socket of open) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  };

  await listen();
  return {
    neo4j: { ...target, uri: `bolt://127.0.0.1:${linkPort}` },
    cut,
    restore: () => (listening ? Promise.resolve() : listen()),
    close: cut,
  };
}
