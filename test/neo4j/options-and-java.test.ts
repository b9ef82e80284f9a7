import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { LocalNeo4jError } from '../../scripts/neo4j/errors.js';
import { checkJava, javaMajor } from '../../scripts/neo4j/java.js';
import { instanceLayout } from '../../scripts/neo4j/layout.js';
import { startLocalNeo4j } from '../../scripts/neo4j/local.js';
import { renderNeo4jConf } from '../../scripts/neo4j/neo4j-conf.js';
import {
  DEFAULT_BASE_DIR,
  DEFAULT_MAVEN_REPO,
  DEFAULT_PASSWORD,
  resolveLocalNeo4jOptions,
} from '../../scripts/neo4j/options.js';

function thrown(run: () => unknown): LocalNeo4jError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(LocalNeo4jError);
    expect((error as Error).message).to.match(/^neo4j: [^\n]+$/);
    return error as LocalNeo4jError;
  }
  expect.fail('expected an error');
}

describe('local Neo4j options', () => {
  it('gives main and test their own ports and folders', () => {
    const main = resolveLocalNeo4jOptions({}, {});
    const test = resolveLocalNeo4jOptions({ instance: 'test' }, {});
    expect(main).to.include({ instance: 'main', boltPort: 7687, httpPort: 7474 });
    expect(test).to.include({ instance: 'test', boltPort: 17687, httpPort: 17474 });
    expect(main.homeDir).to.equal(join(DEFAULT_BASE_DIR, 'main'));
    expect(test.homeDir).to.equal(join(DEFAULT_BASE_DIR, 'test'));
    expect(main.cacheDir).to.equal(test.cacheDir);
  });

  it('takes the password, mirror and Java from the environment, explicit options first', () => {
    expect(resolveLocalNeo4jOptions({}, {}).password).to.equal(DEFAULT_PASSWORD);
    expect(resolveLocalNeo4jOptions({}, {}).mavenRepo).to.equal(DEFAULT_MAVEN_REPO);
    const env = {
      NEO4J_PASSWORD: 'from-the-env',
      NEWSGRAPH_MAVEN_REPO: 'https://mirror.invalid/maven2/',
      JAVA_HOME: '/opt/jdk',
    };
    const fromEnv = resolveLocalNeo4jOptions({}, env);
    expect(fromEnv).to.include({
      password: 'from-the-env',
      mavenRepo: 'https://mirror.invalid/maven2',
    });
    expect(fromEnv.java).to.equal(
      join('/opt/jdk', 'bin', process.platform === 'win32' ? 'java.exe' : 'java'),
    );
    expect(resolveLocalNeo4jOptions({ password: 'explicit-one' }, env).password).to.equal(
      'explicit-one',
    );
  });

  it('treats an explicit undefined as "use the default"', () => {
    expect(resolveLocalNeo4jOptions({ boltPort: undefined, log: undefined }, {}).boltPort).to.equal(
      7687,
    );
  });

  it('requires ports for other instances and refuses bad values in one line', () => {
    expect(thrown(() => resolveLocalNeo4jOptions({ instance: 'other' }, {})).code).to.equal(
      'BAD_OPTIONS',
    );
    expect(thrown(() => resolveLocalNeo4jOptions({ instance: '../escape' }, {})).code).to.equal(
      'BAD_OPTIONS',
    );
    expect(
      thrown(() => resolveLocalNeo4jOptions({}, { NEO4J_PASSWORD: 'short' })).message,
    ).to.include('at least 8');
    expect(
      thrown(() => resolveLocalNeo4jOptions({ boltPort: 7000, httpPort: 7000 }, {})).code,
    ).to.equal('BAD_OPTIONS');
  });

  it('writes a neo4j.conf that listens on loopback only and never phones home', () => {
    const options = resolveLocalNeo4jOptions({ instance: 'test' }, {});
    const conf = renderNeo4jConf(options, instanceLayout(options.homeDir));
    expect(conf).to.include('server.default_listen_address=127.0.0.1\n');
    expect(conf).to.include('server.bolt.listen_address=127.0.0.1:17687\n');
    expect(conf).to.include('server.http.listen_address=127.0.0.1:17474\n');
    expect(conf).to.include('server.https.enabled=false\n');
    expect(conf).to.include('dbms.usage_report.enabled=false\n');
    expect(conf).to.include('client.allow_telemetry=false\n');
    expect(conf).not.to.match(/0\.0\.0\.0/);
  });
});

describe('Java check', function () {
  this.timeout(30_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-java-'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in `java` that prints the given version banner, as old JDKs do, on stderr. */
  function fakeJava(version: string): string {
    const path = join(dir, `java-${version}`);
    writeFileSync(path, `#!/bin/sh\necho 'openjdk version "${version}" 2023-01-01' >&2\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it('reads majors of old and new version schemes', () => {
    expect(javaMajor('1.8.0_392')).to.equal(8);
    expect(javaMajor('11.0.2')).to.equal(11);
    expect(javaMajor('17.0.15')).to.equal(17);
    expect(javaMajor('21')).to.equal(21);
  });

  it('accepts the Java on this machine (17 or newer)', async () => {
    const java = resolveLocalNeo4jOptions({}, process.env).java;
    expect((await checkJava(java)).major).to.be.at.least(17);
  });

  it('rejects a missing Java with one line on how to install one', async () => {
    const error = await checkJava(join(dir, 'no-such-java')).then(
      () => expect.fail('expected a rejection'),
      (e: unknown) => e as LocalNeo4jError,
    );
    expect(error).to.be.instanceOf(LocalNeo4jError);
    expect(error.code).to.equal('JAVA_MISSING');
    expect(error.message).to.match(
      /^neo4j: Java 17\+ is required but .* was not found; install a JDK/,
    );
  });

  it('rejects Java 11 before starting anything', async function () {
    if (process.platform === 'win32') this.skip();
    const error = await startLocalNeo4j({
      instance: 'java-check',
      homeDir: join(dir, 'home'),
      boltPort: 1,
      httpPort: 2,
      java: fakeJava('11.0.2'),
    }).then(
      () => expect.fail('expected a rejection'),
      (e: unknown) => e as LocalNeo4jError,
    );
    expect(error).to.be.instanceOf(LocalNeo4jError);
    expect(error.code).to.equal('JAVA_TOO_OLD');
    expect(error.message).to.match(
      /^neo4j: Java 17\+ is required but .* is Java 11\.0\.2; [^\n]+$/,
    );
  });
});
