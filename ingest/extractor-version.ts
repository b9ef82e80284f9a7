import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The stored extraction of an article is reused only if the same extraction code produced it.
// Fingerprinting the code itself, rather than a version number someone must remember to bump,
// means an edited rule re-reads the corpus on the next run and nothing stale survives.
const EXTRACTION_SOURCES = ['src/extract', 'src/graph', 'src/model'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function extractorVersion(): Promise<string> {
  const hash = createHash('sha256');
  const compromise = JSON.parse(
    await readFile(join(ROOT, 'node_modules/compromise/package.json'), 'utf8'),
  ) as { version: string };
  hash.update(`compromise@${compromise.version}`);
  for (const dir of EXTRACTION_SOURCES) {
    const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(file.slice(ROOT.length)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}
