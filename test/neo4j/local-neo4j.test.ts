import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import {
  LocalNeo4jError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../scripts/neo4j/local.js';
import { PROJECT_ROOT } from '../../scripts/neo4j/options.js';

/** A port nobody listens on right now (the OS picks it), so parallel CI jobs never collide. */
function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Holds a port like a foreign program would; connections are dropped so nothing lingers. */
/** Scans every process's command line for `secret` until stopped (Linux /proc). */
function watchCommandLines(secret: string): {
  stop: () => void;
  scans: () => number;
  found: () => string[];
} {
  const found: string[] = [];
  let scans = 0;
  const scan = () => {
    scans += 1;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (line.includes(secret)) found.push(line.replace(/\0/g, ' ').slice(0, 200));
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  const timer = setInterval(scan, 20);
  return { stop: () => clearInterval(timer), scans: () => scans, found: () => found };
}

function holdPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function runCli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/neo4j/cli.ts'), ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each rejection a user sees must be exactly one `neo4j: ` line. */
async function rejection(promise: Promise<unknown>): Promise<LocalNeo4jError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LocalNeo4jError);
    const message = (error as Error).message;
    expect(message).to.match(/^neo4j: /);
    expect(message).not.to.include('\n');
    return error as LocalNeo4jError;
  }
  expect.fail('expected a rejection');
}

describe('local Neo4j server (scripts/neo4j)', function () {
  // The first run downloads ~143 MB and creates the databases.
  this.timeout(300_000);

  let testWasRunning = false;
  const scratch: string[] = [];

  before(async () => {
    testWasRunning = (await localNeo4jStatus('test')).running;
  });

  after(async () => {
    // The test runner may have started `test` for the whole suite: only stop what we started.
    if (!testWasRunning) await stopLocalNeo4j('test');
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  describe('the test instance', () => {
    it('starts and status then reports it running with its pid and ports', async () => {
      const neo = await startLocalNeo4j('test');
      expect(neo.uri).to.equal('bolt://127.0.0.1:17687');
      expect(neo.browserUrl).to.equal('http://127.0.0.1:17474/browser/');
      expect(neo).to.include({ user: 'neo4j', database: 'neo4j' });

      const status = await localNeo4jStatus('test');
      expect(status).to.include({ running: true, pid: neo.pid, boltPort: 17687, httpPort: 17474 });
    });

    it('answers Cypher through neo4j-driver', async () => {
      const neo = await startLocalNeo4j('test');
      const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
      try {
        const { records } = await driver.executeQuery(
          'RETURN 1 + 1 AS two',
          {},
          {
            database: neo.database,
          },
        );
        expect(records[0]?.get('two').toNumber()).to.equal(2);
      } finally {
        await driver.close();
      }
    });

    it('serves the Neo4j Browser over HTTP', async () => {
      const neo = await startLocalNeo4j('test');
      const response = await fetch(neo.browserUrl);
      expect(response.status).to.equal(200);
      expect(await response.text()).to.include('<title>Neo4j Browser</title>');
    });

    it('is idempotent: a second start finds the same server', async () => {
      const first = await startLocalNeo4j('test');
      const second = await startLocalNeo4j('test');
      expect(second.alreadyRunning).to.equal(true);
      expect(second.pid).to.equal(first.pid);
    });

    it('answers `status` on the command line with exit code 0 and the pid', async () => {
      const { pid } = await startLocalNeo4j('test');
      const cli = runCli('status', '--instance', 'test');
      expect(cli.status).to.equal(0);
      expect(cli.stdout.trim()).to.equal(
        `neo4j[test]: running (pid ${pid}) at bolt://127.0.0.1:17687 (browser http://127.0.0.1:17474)`,
      );
    });
  });

  describe('a throw-away instance on spare ports', () => {
    let home: string;
    let boltPort: number;
    let httpPort: number;
    const small = { heapInitial: '128m', heapMax: '512m', pageCache: '64m' };

    before(async () => {
      home = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-'));
      scratch.push(home);
      boltPort = await sparePort();
      httpPort = await sparePort();
      // Warms the shared jar cache, so the start below proves a cached start needs no network.
      await startLocalNeo4j('test');
    });

    // The first three tests run in order on one server: start it, use it, stop it.
    const spare = () => ({ instance: 'spare', homeDir: home, boltPort, httpPort, ...small });

    after(async () => {
      await stopLocalNeo4j(spare());
    });

    it('starts from the cache with the repository unreachable, its password never on a command line', async () => {
      const password = `spare-secret-${process.pid}-${Math.random().toString(36).slice(2)}`;
      chmodSync(home, 0o755);
      const seen = watchCommandLines(password);
      const neo = await startLocalNeo4j({
        ...spare(),
        password,
        mavenRepo: 'http://127.0.0.1:9/unreachable',
      }).finally(seen.stop);
      expect(neo.alreadyRunning).to.equal(false);
      expect(neo.uri).to.equal(`bolt://127.0.0.1:${boltPort}`);
      expect(await localNeo4jStatus(spare())).to.include({ running: true, pid: neo.pid });
      expect(seen.scans(), 'no process was looked at').to.be.above(0);
      expect(seen.found(), 'the password showed in /proc/<pid>/cmdline').to.deep.equal([]);
      // The store and its auth.ini belong to the user alone.
      expect(statSync(home).mode & 0o077, 'instance folder mode').to.equal(0);
      expect(statSync(join(home, 'data', 'dbms', 'auth.ini')).mode & 0o077).to.equal(0);
    });

    // On this private server, not `test`: failed logins count towards Neo4j's lockout of the user.
    it('refuses a wrong password with one line saying how to fix it', async () => {
      const error = await rejection(startLocalNeo4j({ ...spare(), password: 'not-the-password' }));
      expect(error.code).to.equal('AUTH_FAILED');
      expect(error.message).to.include('NEO4J_PASSWORD');
    });

    it('stops gracefully, and a second stop finds nothing to stop', async () => {
      const { pid } = await localNeo4jStatus(spare());
      const stopped = await stopLocalNeo4j(spare());
      expect(stopped).to.include({ wasRunning: true, pid, forced: false });
      expect((await localNeo4jStatus(spare())).running).to.equal(false);
      expect((await stopLocalNeo4j(spare())).wasRunning).to.equal(false);
    });

    it('reports a bolt port held by another process as one line', async () => {
      const holder = await holdPort(boltPort);
      try {
        const error = await rejection(startLocalNeo4j(spare()));
        expect(error.code).to.equal('PORT_IN_USE');
        expect(error.message).to.match(
          new RegExp(
            `^neo4j: port ${boltPort} \\(bolt\\) on 127\\.0\\.0\\.1 is used by another program`,
          ),
        );
      } finally {
        holder.close();
      }
    });

    it('prints the port conflict as one stderr line from the CLI and exits non-zero', async () => {
      const holder = await holdPort(httpPort);
      const instance = `porttest-${process.pid}`;
      scratch.push(join(PROJECT_ROOT, '.neo4j', instance));
      try {
        const cli = runCli(
          'start',
          '--instance',
          instance,
          '--bolt-port',
          String(boltPort),
          '--http-port',
          String(httpPort),
        );
        expect(cli.status).to.equal(1);
        expect(cli.stdout).to.equal('');
        const lines = cli.stderr.trimEnd().split('\n');
        expect(lines).to.have.length(1);
        expect(lines[0]).to.match(new RegExp(`^neo4j: port ${httpPort} \\(http\\) `));
      } finally {
        holder.close();
      }
    });

    it('answers `status` of a stopped instance with exit code 3', () => {
      const cli = runCli(
        'status',
        '--instance',
        `stopped-${process.pid}`,
        '--bolt-port',
        String(boltPort),
        '--http-port',
        String(httpPort),
      );
      scratch.push(join(PROJECT_ROOT, '.neo4j', `stopped-${process.pid}`));
      expect(cli.status).to.equal(3);
      expect(cli.stdout).to.match(
        /^neo4j\[stopped-\d+\]: stopped \(bolt port \d+, http port \d+\)\n$/,
      );
    });
  });
});
