import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { instanceLayout } from '../../scripts/neo4j/layout.js';
import { findRunningServer, isAlive, terminate } from '../../scripts/neo4j/server-process.js';

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** A stand-in server; `ignoreTerm` makes it shrug off SIGTERM like a hung JVM. */
function fakeServer(ignoreTerm: boolean): Promise<ChildProcess> {
  const code = `${ignoreTerm ? "process.on('SIGTERM', () => {});" : ''} setInterval(() => {}, 1000); console.log('up');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  // Wait until the handler is installed, or the SIGTERM could arrive before it.
  return new Promise((resolve) => child.stdout?.once('data', () => resolve(child)));
}

describe('server process control', function () {
  this.timeout(20_000);
  let home: string;

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'newsgraph-proc-'));
  });

  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('stops a process with SIGTERM without escalating', async () => {
    const child = await fakeServer(false);
    const result = await terminate(child.pid as number, 5_000);
    expect(result.forced).to.equal(false);
    expect(isAlive(child.pid as number)).to.equal(false);
  });

  it('kills a process that ignores SIGTERM once the timeout has passed', async () => {
    const child = await fakeServer(true);
    const started = Date.now();
    const result = await terminate(child.pid as number, 500);
    expect(result.forced).to.equal(true);
    expect(Date.now() - started).to.be.at.least(500);
    expect(isAlive(child.pid as number)).to.equal(false);
  });

  it('ignores a pid file whose live process is not our server, and removes it', async () => {
    const layout = instanceLayout(home);
    mkdirSync(layout.run, { recursive: true });
    // This test's own pid: alive, but not Neo4j on this folder (a recycled pid looks like this).
    writeFileSync(layout.pidFile, `${process.pid}\n`);
    writeFileSync(layout.stateFile, JSON.stringify({ pid: process.pid }));

    const running = await findRunningServer(layout, MAIN_CLASS, { boltPort: 1, httpPort: 2 });
    expect(running).to.equal(undefined);
    expect(existsSync(layout.pidFile)).to.equal(false);
    expect(existsSync(layout.stateFile)).to.equal(false);
  });
});
