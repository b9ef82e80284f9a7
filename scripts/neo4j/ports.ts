import { createServer } from 'node:net';
import { errnoCode, LocalNeo4jError } from './errors.js';

export const HOST = '127.0.0.1';

/**
 * True when nothing listens on the port. Binding it ourselves is the only portable test: it also
 * catches a program bound to 0.0.0.0, which a connect() probe to 127.0.0.1 would not tell apart.
 */
export function isPortFree(port: number, host: string = HOST): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      if (errnoCode(error) === 'EADDRINUSE') resolve(false);
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** Called only once we know our own instance is not running, so a taken port is someone else's. */
export async function assertPortsFree(
  instance: string,
  ports: { name: string; port: number }[],
): Promise<void> {
  for (const { name, port } of ports) {
    let free: boolean;
    try {
      free = await isPortFree(port);
    } catch (error) {
      throw new LocalNeo4jError(
        'PORT_IN_USE',
        `cannot listen on ${HOST}:${port} (${errnoCode(error) ?? String(error)}); pick another ${name} port`,
      );
    }
    if (!free) {
      throw new LocalNeo4jError(
        'PORT_IN_USE',
        `port ${port} (${name}) on ${HOST} is used by another program, not by the '${instance}' instance; stop that program (another Neo4j?) or start this instance on other ports (--bolt-port/--http-port)`,
      );
    }
  }
}
