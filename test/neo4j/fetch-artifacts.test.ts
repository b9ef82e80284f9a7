import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { LocalNeo4jError } from '../../scripts/neo4j/errors.js';
import { fetchArtifacts } from '../../scripts/neo4j/fetch-artifacts.js';
import type { ArtifactLock } from '../../scripts/neo4j/lock-file.js';

const JAR = Buffer.from('not really a jar, but bytes with a known sha1');
const PATH = '/maven2/org/example/demo/1.0/demo-1.0.jar';

function lockFor(bytes: Buffer): ArtifactLock {
  return {
    neo4jVersion: '0.0.0',
    browserVersion: '0.0.0',
    mainClass: 'Main',
    adminClass: 'Admin',
    totalBytes: bytes.length,
    artifacts: [
      {
        group: 'org.example',
        artifact: 'demo',
        version: '1.0',
        sha1: createHash('sha1').update(bytes).digest('hex'),
        size: bytes.length,
      },
    ],
  };
}

/** A fake Maven repository on loopback that answers with whatever the test scripts. */
async function fakeRepository(
  answer: (attempt: number) => { status: number; body?: Buffer },
): Promise<{ url: string; requests: () => number; server: Server }> {
  let count = 0;
  const server = createServer((request, response) => {
    count += 1;
    const { status, body } = request.url === PATH ? answer(count) : { status: 404 };
    response.writeHead(status).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/maven2`, requests: () => count, server };
}

async function failure(promise: Promise<unknown>): Promise<LocalNeo4jError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LocalNeo4jError);
    expect((error as Error).message).to.match(/^neo4j: [^\n]+$/);
    return error as LocalNeo4jError;
  }
  expect.fail('expected the download to fail');
}

describe('fetchArtifacts (jar download and cache)', () => {
  let cacheDir: string;
  const servers: Server[] = [];

  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'newsgraph-jars-'));
  });

  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const options = (mavenRepo: string) => ({
    cacheDir,
    mavenRepo,
    log: () => {},
    onDownloadProgress: undefined,
    retryDelayMs: 5,
  });

  it('downloads a jar, then serves it from the cache without any request', async () => {
    const repo = await fakeRepository(() => ({ status: 200, body: JAR }));
    servers.push(repo.server);

    const [path] = await fetchArtifacts(lockFor(JAR), options(repo.url));
    expect(readFileSync(path as string)).to.deep.equal(JAR);
    expect(repo.requests()).to.equal(1);

    await fetchArtifacts(lockFor(JAR), options(repo.url));
    expect(repo.requests()).to.equal(1);
  });

  it('retries a transient server error and then succeeds', async () => {
    const repo = await fakeRepository((n) =>
      n < 3 ? { status: 503 } : { status: 200, body: JAR },
    );
    servers.push(repo.server);

    await fetchArtifacts(lockFor(JAR), options(repo.url));
    expect(repo.requests()).to.equal(3);
  });

  it('gives up on a missing jar at once with a one-line FETCH_FAILED naming the mirror variable', async () => {
    const repo = await fakeRepository(() => ({ status: 404 }));
    servers.push(repo.server);

    const error = await failure(fetchArtifacts(lockFor(JAR), options(repo.url)));
    expect(error.code).to.equal('FETCH_FAILED');
    expect(error.message).to.include('org.example:demo:1.0').and.include('HTTP 404');
    expect(error.message).to.include('NEWSGRAPH_MAVEN_REPO');
    expect(repo.requests()).to.equal(1);
  });

  it('rejects altered bytes with CHECKSUM_MISMATCH and leaves nothing in the cache', async () => {
    const repo = await fakeRepository(() => ({ status: 200, body: Buffer.from('tampered') }));
    servers.push(repo.server);

    const error = await failure(fetchArtifacts(lockFor(JAR), options(repo.url)));
    expect(error.code).to.equal('CHECKSUM_MISMATCH');
    expect(repo.requests()).to.equal(3);
    const leftovers = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    expect(leftovers).to.deep.equal([]);
  });

  it('reports an unreachable repository (offline) as one FETCH_FAILED line', async () => {
    const repo = await fakeRepository(() => ({ status: 200, body: JAR }));
    const url = repo.url;
    await new Promise((resolve) => repo.server.close(resolve));

    const error = await failure(fetchArtifacts(lockFor(JAR), options(url)));
    expect(error.code).to.equal('FETCH_FAILED');
    expect(error.message).to.include('ECONNREFUSED');
  });
});
