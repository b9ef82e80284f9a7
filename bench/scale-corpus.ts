// The scale corpus: the Brown Corpus cut at paragraph ends into article-sized files, with front
// matter like a user's articles. Generated into bench/corpus/ (git-ignored); a second call with
// the same options finds the files already there and writes nothing.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brownDocuments, brownVersion, type BrownDocument } from './brown-corpus.js';
import { countWords } from './measure.js';

export interface ScaleCorpusOptions {
  /** Where the article files go; emptied first when it holds another generation. */
  dir: string;
  /** An article ends at the first paragraph end past this many words. */
  wordsPerArticle: number;
}

export const DEFAULT_SCALE_CORPUS_OPTIONS: Readonly<ScaleCorpusOptions> = {
  dir: fileURLToPath(new URL('corpus', import.meta.url)),
  // News articles run 400–800 words; 500 cuts the corpus's ~1M words into 2,000 of them.
  wordsPerArticle: 500,
};

export interface ScaleCorpus {
  dir: string;
  /** Article files, sorted. */
  files: string[];
  words: number;
  /** True when the files were already there. */
  reused: boolean;
}

/** Bump when the text or the cutting changes, so an older generation is rebuilt. */
const GENERATOR = 2;
const MANIFEST = '.manifest.json';

interface Manifest {
  generator: number;
  brown: string;
  wordsPerArticle: number;
  files: string[];
  words: number;
}

export function resolveScaleCorpusOptions(
  options: Partial<ScaleCorpusOptions> = {},
): ScaleCorpusOptions {
  const resolved = { ...DEFAULT_SCALE_CORPUS_OPTIONS, ...options };
  if (!Number.isInteger(resolved.wordsPerArticle) || resolved.wordsPerArticle < 50) {
    throw new Error(
      `bench: wordsPerArticle must be a whole number ≥ 50, got ${resolved.wordsPerArticle}`,
    );
  }
  return resolved;
}

export async function makeScaleCorpus(partial: Partial<ScaleCorpusOptions> = {}) {
  const options = resolveScaleCorpusOptions(partial);
  const wanted = { generator: GENERATOR, brown: brownVersion(), ...options };
  const existing = await readManifest(options.dir);
  if (
    existing &&
    existing.generator === wanted.generator &&
    existing.brown === wanted.brown &&
    existing.wordsPerArticle === wanted.wordsPerArticle &&
    (await readdir(options.dir)).length === existing.files.length + 1
  ) {
    return corpus(options.dir, existing, true);
  }

  await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  const manifest: Manifest = {
    generator: GENERATOR,
    brown: wanted.brown,
    wordsPerArticle: options.wordsPerArticle,
    files: [],
    words: 0,
  };
  let day = 0;
  for await (const doc of brownDocuments()) {
    for (const [part, paragraphs] of cut(doc, options.wordsPerArticle).entries()) {
      const name = `brown-${doc.name}-${part + 1}.txt`;
      const body = paragraphs.join('\n\n');
      await writeFile(join(options.dir, name), article(doc, part, body, day++));
      manifest.files.push(name);
      manifest.words += countWords(body);
    }
  }
  await writeFile(join(options.dir, MANIFEST), JSON.stringify(manifest));
  return corpus(options.dir, manifest, false);
}

function corpus(dir: string, manifest: Manifest, reused: boolean): ScaleCorpus {
  return {
    dir,
    files: manifest.files.map((f) => join(dir, f)).sort(),
    words: manifest.words,
    reused,
  };
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Paragraph runs of at least `words` words; a short tail joins the run before it. */
function cut(doc: BrownDocument, words: number): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  let count = 0;
  for (const paragraph of doc.paragraphs) {
    current.push(paragraph);
    count += countWords(paragraph);
    if (count >= words) {
      parts.push(current);
      current = [];
      count = 0;
    }
  }
  if (current.length > 0) {
    const last = parts[parts.length - 1];
    if (last && count < words / 2) last.push(...current);
    else parts.push(current);
  }
  return parts;
}

function article(doc: BrownDocument, part: number, body: string, day: number): string {
  const published = new Date(Date.UTC(1961, 0, 1) + (day % 365) * 86_400_000);
  const first = body.split(/\s+/).slice(0, 10).join(' ');
  return [
    '---',
    `title: ${JSON.stringify(`${first}…`)}`,
    `outlet: ${JSON.stringify(`Brown Corpus ${doc.name} (${doc.genre}), part ${part + 1}`)}`,
    `published: ${published.toISOString().slice(0, 10)}`,
    'language: en',
    '---',
    body,
    '',
  ].join('\n');
}
