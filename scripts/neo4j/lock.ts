/**
 * DEV-ONLY: regenerates artifacts.lock.json, the pinned classpath of the local Neo4j server.
 *
 *   npx tsx scripts/neo4j/lock.ts [--neo4j 5.26.x] [--browser x.y.z]
 *
 * Needs Maven (users never do: they only download the jars this file pins). Without versions it
 * takes the newest 5.26.x (the LTS line) and the newest Neo4j Browser on the repository.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Command } from 'commander';
import {
  type ArtifactLock,
  type LockedArtifact,
  LOCK_FILE_PATH,
  repositoryPath,
} from './lock-file.js';
import { resolveLocalNeo4jOptions } from './options.js';
import { runPool } from './pool.js';

const LTS_LINE = '5.26';
const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
// Pinned so the listing format (and so this parser) does not change with the Maven install.
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response.text();
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Newest plain numeric version in a maven-metadata.xml, optionally within a `prefix.` line. */
async function newestVersion(repo: string, groupPath: string, prefix?: string): Promise<string> {
  const xml = await fetchText(`${repo}/${groupPath}/maven-metadata.xml`);
  const versions = [...xml.matchAll(/<version>([0-9.]+)<\/version>/g)]
    .map((m) => m[1] ?? '')
    .filter((v) => prefix === undefined || v.startsWith(`${prefix}.`))
    .sort(compareVersions);
  const newest = versions.at(-1);
  if (newest === undefined) throw new Error(`no version found in ${groupPath}`);
  return newest;
}

function pom(neo4jVersion: string, browserVersion: string): string {
  const dep = (g: string, a: string, v: string) =>
    `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.newsgraph</groupId><artifactId>neo4j-classpath</artifactId><version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    ${dep('org.neo4j', 'neo4j', neo4jVersion)}
    ${dep('org.neo4j.app', 'neo4j-server', neo4jVersion)}
    ${dep('org.neo4j.client', 'neo4j-browser', browserVersion)}
  </dependencies>
</project>
`;
}

const LIST_LINE =
  /^([^:\s]+):([^:\s]+):([^:\s]+)(?::([^:\s]+))?:([^:\s]+):(compile|runtime)(?::(.+?))?(?: -- module .*)?$/;

interface ResolvedJar extends Omit<LockedArtifact, 'sha1' | 'size'> {
  file: string;
}

function resolveWithMaven(dir: string): ResolvedJar[] {
  const mvn = (goal: string, ...props: string[]) =>
    execFileSync(
      'mvn',
      ['-B', '-q', '-f', join(dir, 'pom.xml'), `${DEPENDENCY_PLUGIN}:${goal}`, ...props],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
  mvn(
    'list',
    '-DincludeScope=runtime',
    '-DoutputAbsoluteArtifactFilename=true',
    `-DoutputFile=${join(dir, 'list.txt')}`,
  );
  mvn(
    'build-classpath',
    '-DincludeScope=runtime',
    `-Dmdep.outputFile=${join(dir, 'classpath.txt')}`,
  );

  const byFile = new Map<string, ResolvedJar>();
  for (const line of readFileSync(join(dir, 'list.txt'), 'utf8').split('\n')) {
    const m = LIST_LINE.exec(line.trim());
    if (!m) continue;
    const [, group, artifact, type, classifier, version, , file] = m;
    if (type !== 'jar' || !group || !artifact || !version || !file) continue;
    byFile.set(file, { group, artifact, version, ...(classifier ? { classifier } : {}), file });
  }
  const classpath = readFileSync(join(dir, 'classpath.txt'), 'utf8').trim().split(delimiter);
  return classpath.map((file) => {
    const jar = byFile.get(file);
    if (!jar) throw new Error(`classpath entry ${file} is missing from the dependency list`);
    return jar;
  });
}

async function main(): Promise<void> {
  const program = new Command()
    .option('--neo4j <version>', `Neo4j version (default: newest ${LTS_LINE}.x)`)
    .option('--browser <version>', 'Neo4j Browser version (default: newest)')
    .parse();
  const opts = program.opts<{ neo4j?: string; browser?: string }>();
  const { mavenRepo } = resolveLocalNeo4jOptions();

  const neo4jVersion = opts.neo4j ?? (await newestVersion(mavenRepo, 'org/neo4j/neo4j', LTS_LINE));
  const browserVersion =
    opts.browser ?? (await newestVersion(mavenRepo, 'org/neo4j/client/neo4j-browser'));
  console.log(`lock: resolving Neo4j ${neo4jVersion} + Browser ${browserVersion} with Maven`);

  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-lock-'));
  try {
    writeFileSync(join(dir, 'pom.xml'), pom(neo4jVersion, browserVersion));
    const jars = resolveWithMaven(dir);

    const artifacts: LockedArtifact[] = jars.map(({ file, ...coords }) => {
      const bytes = readFileSync(file);
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      // Maven keeps the checksum it downloaded next to the jar: a mismatch means a tampered cache.
      const sidecar = `${file}.sha1`;
      if (existsSync(sidecar)) {
        const expected = readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0];
        if (expected !== sha1)
          throw new Error(`${file}: sha1 ${sha1} but Maven recorded ${expected}`);
      }
      return { ...coords, sha1, size: bytes.length };
    });

    // Users download from the repository, not from this machine's ~/.m2: check it serves the same.
    await runPool(artifacts, 8, async (a) => {
      const remote = (await fetchText(`${mavenRepo}/${repositoryPath(a)}.sha1`))
        .trim()
        .split(/\s+/)[0];
      if (remote !== a.sha1)
        throw new Error(`${repositoryPath(a)}: repository sha1 ${remote} != ${a.sha1}`);
    });

    const lock: ArtifactLock = {
      neo4jVersion,
      browserVersion,
      mainClass: MAIN_CLASS,
      adminClass: ADMIN_CLASS,
      totalBytes: artifacts.reduce((sum, a) => sum + a.size, 0),
      artifacts,
    };
    writeFileSync(LOCK_FILE_PATH, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(
      `lock: wrote ${artifacts.length} jars (${(lock.totalBytes / 1e6).toFixed(1)} MB) to ${LOCK_FILE_PATH}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`lock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
