import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { CORRECTION_ACTIONS, type Correction } from '../model/corrections.js';
import { toIsoDate } from '../model/dates.js';
import { slug } from '../model/keys.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../model/types.js';
import { CorpusError } from './errors.js';
import { readYamlDocument, yamlData, YamlError } from './yaml.js';

/** Where corrections live unless told otherwise: beside the articles they correct. */
export const DEFAULT_CORRECTIONS_FILE = 'corpus/corrections.yaml';

/** A corrections file is rows a person writes: far below this. Larger is refused unread. */
const MAX_CORRECTIONS_BYTES = 1024 * 1024;

const HEADER = `# Corrections to the graph, applied in this order by every ingest (see README, Corrections).
# Undo one by deleting its row. Entity ids are the ones the explorer shows, e.g. person:marco-rubio.
`;

const entityIdPattern = new RegExp(
  `^(${ENTITY_TYPES.map((t) => t.toLowerCase()).join('|')}):[a-z0-9]+(-[a-z0-9]+)*$`,
);
const EntityRef = z
  .string()
  .regex(entityIdPattern, 'must be an entity id such as person:marco-rubio');
const common = {
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be letters, digits, . _ or - (at most 64)'),
  when: z.string().refine((s) => toIsoDate(s) !== undefined, 'must be an ISO date or date-time'),
  note: z.string().max(2000).optional(),
};
const row = <T extends z.ZodRawShape>(shape: T) => z.object({ ...common, ...shape }).strict();

const CorrectionSchema = z.discriminatedUnion('action', [
  row({ action: z.literal('merge'), entity: EntityRef, into: EntityRef }),
  row({
    action: z.literal('rename'),
    entity: EntityRef,
    name: z
      .string()
      .trim()
      .max(200)
      .refine((name) => slug(name) !== '', 'must have a letter or digit'),
  }),
  row({ action: z.literal('retype'), entity: EntityRef, type: z.enum(ENTITY_TYPES) }),
  row({ action: z.literal('not-an-entity'), entity: EntityRef }),
  row({
    action: z.literal('reject-relation'),
    relation: z.enum(RELATION_TYPES),
    source: EntityRef,
    target: EntityRef,
    article: z.string().min(1).max(500).optional(),
    start: z.number().int().min(0).optional(),
  }),
]);

const FileSchema = z
  .object({ corrections: z.array(z.unknown()).nullable().optional() })
  .strict()
  .nullable();

/** Checks one correction, as a person or the API wrote it; the message is one line. */
export function checkCorrection(value: unknown): Correction | string {
  const result = CorrectionSchema.safeParse(value);
  if (result.success) return result.data as Correction;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.');
  const actions = `one of ${CORRECTION_ACTIONS.join(', ')}`;
  const message =
    field === 'action' ? `must be ${actions}` : (issue?.message ?? 'is not a correction');
  return field ? `${field}: ${message}` : message;
}

/** The corrections of a file's text, in file order; anything else is a one-line CorpusError. */
export function parseCorrections(text: string, source: string): Correction[] {
  return rowsOf(checkedDocument(text, source), source);
}

function checkedDocument(text: string, source: string): Document {
  try {
    const doc = readYamlDocument(text);
    yamlData(doc);
    return doc;
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    throw new CorpusError(`corrections: ${source}: not valid YAML (${error.message})`);
  }
}

function rowsOf(doc: Document, source: string): Correction[] {
  const file = FileSchema.safeParse(yamlData(doc));
  if (!file.success) {
    throw new CorpusError(
      `corrections: ${source}: the file must be a map with one key, 'corrections', a list of rows`,
    );
  }
  const seen = new Set<string>();
  return (file.data?.corrections ?? []).map((value, i) => {
    const checked = checkCorrection(value);
    if (typeof checked === 'string') {
      throw new CorpusError(`corrections: ${source}: row ${i + 1}: ${checked}`);
    }
    if (seen.has(checked.id)) {
      throw new CorpusError(`corrections: ${source}: row ${i + 1}: id '${checked.id}' is used twice`);
    }
    seen.add(checked.id);
    return checked;
  });
}

export interface CorrectionsFile {
  path: string;
  /** The file's text, or null when there is no file (no corrections). */
  text: string | null;
  corrections: Correction[];
  /** Fingerprint of what the corrections say (not of comments or layout): ingest's input. */
  hash: string;
}

/** Reads and checks a corrections file; a missing one holds no corrections. */
export async function readCorrectionsFile(path: string): Promise<CorrectionsFile> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new CorpusError(`corrections: ${path}: cannot be read (${error.code ?? error.message})`);
  });
  if (info === null) return { path, text: null, corrections: [], hash: correctionsHash([]) };
  if (!info.isFile()) throw new CorpusError(`corrections: ${path}: is not a file`);
  if (info.size > MAX_CORRECTIONS_BYTES) {
    throw new CorpusError(
      `corrections: ${path}: ${info.size} bytes is more than the ${MAX_CORRECTIONS_BYTES} a corrections file may have`,
    );
  }
  const text = await readFile(path, 'utf8');
  const corrections = parseCorrections(text, path);
  return { path, text, corrections, hash: correctionsHash(corrections) };
}

export function correctionsHash(corrections: readonly Correction[]): string {
  return createHash('sha256').update(JSON.stringify(corrections)).digest('hex');
}

/** The file's text with one row added at the end; comments and layout of the rest are kept. */
export function withCorrection(text: string | null, correction: Correction, source: string): string {
  const doc = checkedDocument(text ?? `${HEADER}corrections: []\n`, source);
  rowsOf(doc, source);
  let list = doc.get('corrections');
  if (!isSeq(list)) {
    list = doc.createNode([]);
    if (!isMap(doc.contents)) doc.contents = doc.createNode({});
    doc.set('corrections', list);
  }
  if (isSeq(list)) {
    list.flow = false;
    list.add(doc.createNode({ ...correction }));
  }
  return doc.toString();
}

/** The file's text without the row of this id, or undefined when it has none. */
export function withoutCorrection(text: string, id: string, source: string): string | undefined {
  const doc = checkedDocument(text, source);
  const index = rowsOf(doc, source).findIndex((c) => c.id === id);
  const list = doc.get('corrections');
  if (index < 0 || !isSeq(list)) return undefined;
  list.items.splice(index, 1);
  return doc.toString();
}

/** Writes the whole file or nothing: a crash leaves the old file, never half a new one. */
export async function writeCorrectionsFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, { flag: 'wx' });
  await rename(temporary, path);
}
