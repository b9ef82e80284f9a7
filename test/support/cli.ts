import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The commands a user runs (`npm run ingest`, `npm run extract`) as child processes of a test.
// Under tsx each child compiled and loaded the TypeScript it reaches through tsx's hooks before
// doing anything, 2–6 s a start on a busy machine, and the suite starts some forty. So each test
// run bundles the commands once from the source under test (esbuild, ~1 s) and starts children
// on plain JavaScript; the extraction worker is bundled beside them, where the pool looks for it.
// The bundles go one folder below the root, as ingest/ is, so that what the code finds relative
// to itself (the project root, its packages) is where it finds it from source. A user's
// `npm run ingest` still runs the source through tsx; test/ingest/bad-input.test.ts runs it so.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = '.cache';
const require = createRequire(import.meta.url);
const COMMANDS = { ingest: 'ingest/ingest-cli.ts', extract: 'ingest/extract-cli.ts' } as const;
const WORKER = 'ingest/extract-worker.ts';

let bundled: Promise<unknown> | undefined;

/** Bundles the commands and the worker, once per test run (the source does not change during it). */
function bundle(): Promise<unknown> {
  bundled ??= build({
    absWorkingDir: ROOT,
    entryPoints: [...Object.values(COMMANDS), WORKER],
    outdir: OUT,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they do from source (compromise and the data packages
    // locate their files relative to themselves); a JSON file is inlined, as esbuild would drop
    // the import attribute Node needs to load it.
    packages: 'external',
    plugins: [
      {
        name: 'inline-json',
        setup(b) {
          b.onResolve({ filter: /\.json$/ }, ({ path }) => ({ path: require.resolve(path) }));
        },
      },
    ],
    logLevel: 'warning',
  });
  return bundled;
}

/** The extraction worker's bundle, for a pool a test starts in its own process. */
export async function bundledWorker(): Promise<URL> {
  await bundle();
  return pathToFileURL(`${ROOT}/${OUT}/extract-worker.js`);
}

export interface CommandOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type CommandProcess = ChildProcess & { output: Promise<CommandOutput> };

/**
 * Starts `npm run <name> -- args` as its own process (node itself, no npm in between, so that a
 * signal reaches it), in the project folder, with `env` added to this process's environment.
 */
export async function startCommand(
  name: keyof typeof COMMANDS,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CommandProcess> {
  await bundle();
  const entry = `${OUT}/${COMMANDS[name].replace(/^.*\//, '').replace(/\.ts$/, '.js')}`;
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = new Promise<CommandOutput>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return Object.assign(child, { output });
}

/** Runs `npm run <name> -- args` to its end. */
export async function runCommand(
  name: keyof typeof COMMANDS,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CommandOutput> {
  return (await startCommand(name, args, env)).output;
}
