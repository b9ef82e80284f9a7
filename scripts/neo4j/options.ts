import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors.js';

/** The repository root: `.neo4j/` lives there whatever the caller's working directory is. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Git-ignored folder holding the shared jar cache (`lib/`) and one folder per instance. */
export const DEFAULT_BASE_DIR = join(PROJECT_ROOT, '.neo4j');

/**
 * Maven Central, the only place the server's jars come from. NEWSGRAPH_MAVEN_REPO overrides it
 * for users behind a corporate mirror (any Maven 2 layout repository works).
 */
export const DEFAULT_MAVEN_REPO = 'https://repo.maven.apache.org/maven2';

/**
 * Default password of the local instances (user `neo4j`), matching src/config.ts. NEO4J_PASSWORD
 * overrides it; it only takes effect when an instance's data folder is created.
 */
export const DEFAULT_PASSWORD = 'newsgraph-local';

/**
 * Every port a project instance uses, in one place. `main` is the user's graph; `test` is the
 * suite's own, on other ports and in another folder so a test run never touches the user's data
 * (and both can run at once); `bench` is the bench's.
 */
export const INSTANCE_PORTS: Readonly<Record<string, { boltPort: number; httpPort: number }>> = {
  main: { boltPort: 7687, httpPort: 7474 },
  test: { boltPort: 17687, httpPort: 17474 },
  bench: { boltPort: 28687, httpPort: 28474 },
};

export interface LocalNeo4jOptions {
  /** Names the data folder `.neo4j/<instance>`; `main`, `test` and `bench` have preset ports. */
  instance: string;
  boltPort: number;
  httpPort: number;
  /** Password of user `neo4j`, set when the instance's data is first created. */
  password: string;
  /** Instance folder holding conf/, data/, logs/, run/. */
  homeDir: string;
  /** Jar cache shared by all instances, in Maven's layout. */
  cacheDir: string;
  /** Base URL of a Maven 2 repository (no trailing slash). */
  mavenRepo: string;
  /** The `java` executable: JAVA_HOME's when set, else the one on PATH. */
  java: string;
  /** Kept small: a dev machine may run both instances next to an editor and a browser. */
  heapInitial: string;
  heapMax: string;
  pageCache: string;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  /** Progress lines (downloads, first-time setup); silent by default for library callers. */
  log: (line: string) => void;
  /** Called as jar bytes arrive, for a progress bar. */
  onDownloadProgress: ((doneBytes: number, totalBytes: number) => void) | undefined;
}

export const DEFAULT_LOCAL_NEO4J_OPTIONS: Readonly<LocalNeo4jOptions> = {
  instance: 'main',
  boltPort: 7687,
  httpPort: 7474,
  password: DEFAULT_PASSWORD,
  homeDir: join(DEFAULT_BASE_DIR, 'main'),
  cacheDir: join(DEFAULT_BASE_DIR, 'lib'),
  mavenRepo: DEFAULT_MAVEN_REPO,
  java: 'java',
  heapInitial: '512m',
  heapMax: '1g',
  pageCache: '512m',
  // A first start creates the system database; on a busy 2-core laptop that can take a while.
  startTimeoutMs: 120_000,
  stopTimeoutMs: 60_000,
  log: () => {},
  onDownloadProgress: undefined,
};

const INSTANCE_NAME = /^[a-z0-9][a-z0-9_-]{0,31}$/;

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function checkPort(name: string, port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError('BAD_OPTIONS', `${name} must be a port number, got ${port}`);
  }
}

/**
 * Fills in every option from explicit values, then the environment (NEO4J_PASSWORD,
 * NEWSGRAPH_MAVEN_REPO, JAVA_HOME), then the defaults; an instance other than main/test must be
 * given its ports so two instances never silently share one.
 */
export function resolveLocalNeo4jOptions(
  options: Partial<LocalNeo4jOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
): LocalNeo4jOptions {
  // An explicit `undefined` (e.g. from an unset CLI flag) means "use the default", not "unset".
  const input = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<LocalNeo4jOptions>;
  const instance = input.instance ?? DEFAULT_LOCAL_NEO4J_OPTIONS.instance;
  if (!INSTANCE_NAME.test(instance) || instance === 'lib') {
    throw new LocalNeo4jError(
      'BAD_OPTIONS',
      `instance name '${instance}' is not allowed; use lowercase letters, digits, - or _ (not 'lib')`,
    );
  }
  const preset = INSTANCE_PORTS[instance];
  const boltPort = input.boltPort ?? preset?.boltPort;
  const httpPort = input.httpPort ?? preset?.httpPort;
  if (boltPort === undefined || httpPort === undefined) {
    throw new LocalNeo4jError(
      'BAD_OPTIONS',
      `instance '${instance}' has no preset ports; pass both a bolt and an http port (--bolt-port, --http-port)`,
    );
  }
  checkPort('bolt port', boltPort);
  checkPort('http port', httpPort);
  if (boltPort === httpPort) {
    throw new LocalNeo4jError('BAD_OPTIONS', `bolt and http ports must differ (both ${boltPort})`);
  }

  const password = input.password ?? nonEmpty(env.NEO4J_PASSWORD) ?? DEFAULT_PASSWORD;
  // Neo4j's own minimum (dbms.security.auth_minimum_password_length); failing here is clearer.
  if (password.length < 8) {
    throw new LocalNeo4jError(
      'BAD_OPTIONS',
      'the Neo4j password must have at least 8 characters; change NEO4J_PASSWORD',
    );
  }

  const javaHome = nonEmpty(env.JAVA_HOME);
  const mavenRepo = (
    input.mavenRepo ??
    nonEmpty(env.NEWSGRAPH_MAVEN_REPO) ??
    DEFAULT_LOCAL_NEO4J_OPTIONS.mavenRepo
  ).replace(/\/+$/, '');

  return {
    ...DEFAULT_LOCAL_NEO4J_OPTIONS,
    ...input,
    instance,
    boltPort,
    httpPort,
    password,
    homeDir: resolve(input.homeDir ?? join(DEFAULT_BASE_DIR, instance)),
    cacheDir: resolve(input.cacheDir ?? DEFAULT_LOCAL_NEO4J_OPTIONS.cacheDir),
    mavenRepo,
    java:
      input.java ??
      (javaHome !== undefined
        ? join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java')
        : 'java'),
  };
}
