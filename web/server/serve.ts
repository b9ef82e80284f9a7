import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import type { IngestOptions } from '../../ingest/run-ingest.js';
import type { Config } from '../../src/config.js';
import { openGateway } from '../../src/store/driver.js';
import { createGraphReader } from '../../src/store/read.js';
import { createGraphWriter } from '../../src/store/write.js';
import { createSavedViewStore } from '../../src/store/views.js';
import { createApp, type AppOptions } from './app.js';
import { createCorrectionsService } from './corrections.js';

export interface ServeOptions {
  neo4j: Config['neo4j'];
  web: Config['web'];
  /** Anything of createApp's options but the store, e.g. another Neo4j Browser address. */
  app?: Partial<Omit<AppOptions, 'store'>>;
  /**
   * The corpus and corrections file the page's corrections go to, each followed by an ingest.
   * Without it the page offers no corrections.
   */
  ingest?: Pick<IngestOptions, 'paths' | 'corrections'>;
}

export interface RunningServer {
  /** http://host:port/ the page is served at. */
  url: string;
  server: Server;
  /** Stops accepting connections, ends open ones, closes the Neo4j driver. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens the Neo4j gateway (failing with a one-line StoreError when Neo4j is not usable), brings an
 * older store's schema up to date, builds the app around a read store and listens on
 * web.host:web.port (port 0 picks a free one).
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const gateway = await openGateway(options.neo4j);
  const writer = createGraphWriter(gateway);
  // A store an older version wrote lacks what the first view reads (the folded relations, the
  // co-mention counts and their indexes): built here as the next ingest would, since
  // `npm run serve` may meet such a store without an ingest in between. A current store only
  // has its schema listed.
  try {
    await writer.ensureSchema();
  } catch (error) {
    await gateway.close();
    throw error;
  }
  const store = createGraphReader(gateway);
  const corrections = options.ingest && createCorrectionsService(store, writer, options.ingest);
  const app = createApp({
    neo4jBrowserUrl: browserUrlFor(options.neo4j),
    allowedHosts: hostNamesFor(options.web.host),
    ...options.app,
    store,
    corrections,
    views: createSavedViewStore(gateway),
  });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(options.web.port, options.web.host, (error?: Error) =>
        error ? reject(error) : resolve(s),
      );
    });
  } catch (error) {
    await gateway.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.web.host.includes(':') ? `[${options.web.host}]` : options.web.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => gateway.close())),
  };
}

/** Neo4j Browser listens on 7474 of the same host as bolt for a local or plain install. */
function browserUrlFor(neo4j: Config['neo4j']): string {
  const host = /^[a-z+]+:\/\/([^:/]+)/.exec(neo4j.uri)?.[1] ?? '127.0.0.1';
  return `http://${host}:7474/browser/`;
}

/**
 * The names a browser may reach the server by: HOST itself, or, listening on every interface,
 * this machine's name and addresses (localhost and the loopback addresses are always allowed).
 */
function hostNamesFor(host: string): string[] {
  const bracket = (address: string) => (address.includes(':') ? `[${address}]` : address);
  if (host !== '0.0.0.0' && host !== '::') return [bracket(host)];
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return [hostname(), ...addresses.map((a) => bracket(a.address))];
}
