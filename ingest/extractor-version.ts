import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The stored extraction of an article is reused only if the same extraction produced it.
// Fingerprinting what extraction is made of, rather than a version number someone must remember
// to bump, means an edited rule or an upgraded word list re-reads the corpus on the next run, and
// nothing else does (an eval edit, a page change).
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where extraction starts: reading an article (its text and metadata), extracting it, the
 * corpus-level merge and the per-article facts whose hashes reruns compare.
 */
const ENTRIES = [
  'src/corpus/index.ts',
  'src/extract/index.ts',
  'src/graph/index.ts',
  'ingest/article-facts.ts',
];

export interface ExtractionInputs {
  /** Every source file the entries reach, relative to the root, sorted. */
  files: string[];
  /** Every package they load, with what it depends on, at its version in package-lock.json. */
  packages: Record<string, string>;
}

// A source file named by a static import or export-from, a side-effect import or a dynamic one.
const RELATIVE = [
  /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"](\.[^'"]+)['"]/gm,
  /^\s*import\s*['"](\.[^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g,
];

/**
 * Follows the imports from the entries through the source tree and into package-lock.json. A
 * package counts as read when a reached file names it at the start of a string, however it is
 * loaded (import, require, require.resolve of a data file, a template literal).
 */
export async function extractionInputs(root = ROOT): Promise<ExtractionInputs> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const dependencies = Object.keys(manifest.dependencies ?? {});
  const files = new Set<string>();
  const direct = new Set<string>();
  const pending = ENTRIES.map((entry) => join(root, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = await readFile(file, 'utf8');
    for (const [, specifier] of RELATIVE.flatMap((re) => [...source.matchAll(re)])) {
      pending.push(resolve(dirname(file), (specifier as string).replace(/\.js$/, '.ts')));
    }
    for (const name of dependencies) {
      if (new RegExp(`['"\`]${escape(name)}['"\`/]`).test(source)) direct.add(name);
    }
  }
  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as Lock;
  return {
    files: [...files].map((f) => relative(root, f)).sort(),
    packages: lockedVersions([...direct], lock),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export async function extractorVersion(root = ROOT): Promise<string> {
  const { files, packages } = await extractionInputs(root);
  const hash = createHash('sha256');
  for (const [name, version] of Object.entries(packages)) hash.update(`${name}@${version}\n`);
  for (const file of files) hash.update(`${file}\n`).update(await readFile(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

interface Lock {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
}

/** The packages and everything they depend on, as npm installed them (nested copies first). */
function lockedVersions(names: readonly string[], lock: Lock): Record<string, string> {
  const versions: Record<string, string> = {};
  const pending = names.map((name) => ({ name, from: '' }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const path = [`${next.from}node_modules/${next.name}`, `node_modules/${next.name}`].find(
      (p) => lock.packages[p] !== undefined,
    );
    if (path === undefined) throw new Error(`ingest: ${next.name} is not in package-lock.json`);
    const key = `${path.slice('node_modules/'.length)}`;
    if (versions[key] !== undefined) continue;
    const entry = lock.packages[path] ?? {};
    versions[key] = entry.version ?? '';
    for (const dep of Object.keys(entry.dependencies ?? {})) {
      pending.push({ name: dep, from: `${path}/` });
    }
  }
  return Object.fromEntries(Object.entries(versions).sort(([a], [b]) => (a < b ? -1 : 1)));
}
