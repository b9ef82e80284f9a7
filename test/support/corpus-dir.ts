import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away corpus folder the test writes, changes and deletes articles in. */
export interface CorpusDir {
  path: string;
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(name: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function makeCorpusDir(prefix = 'newsgraph-corpus-'): Promise<CorpusDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    async write(name, content) {
      const file = join(path, name);
      await writeFile(file, content);
      return file;
    },
    remove: (name) => rm(join(path, name), { force: true }),
    dispose: () => rm(path, { recursive: true, force: true }),
  };
}

/** The text of one of the project's corpus articles. */
export function corpusArticle(id: string): Promise<string> {
  return readFile(join('corpus', `${id}.txt`), 'utf8');
}
