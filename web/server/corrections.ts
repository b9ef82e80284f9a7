// The page's way to the analyst's corrections file: it writes the same rows a person would (the
// checks of src/corpus/corrections-file.ts), whole or not at all, then runs the one ingest path
// so the graph shows the correction. One change at a time, in the order they arrive.
import { formatSummary } from '../../ingest/format-summary.js';
import { runIngest, type IngestOptions } from '../../ingest/run-ingest.js';
import {
  checkCorrection,
  readCorrectionsFile,
  withCorrection,
  withoutCorrection,
  writeCorrectionsFile,
} from '../../src/corpus/index.js';
import type { Correction } from '../../src/model/corrections.js';
import { entityId } from '../../src/model/keys.js';
import type { EntityType } from '../../src/model/types.js';
import type { GraphReader } from '../../src/store/read.js';
import type { GraphWriter } from '../../src/store/write.js';
import type { CorrectionsView } from '../shared/api-types.js';
import { HttpError } from './http-error.js';

export interface CorrectionsService {
  list(): Promise<CorrectionsView>;
  /** `input` is a correction without id and when, which the server gives it. */
  add(input: unknown): Promise<CorrectionsView>;
  undo(id: string): Promise<CorrectionsView>;
}

export function createCorrectionsService(
  reader: GraphReader,
  writer: GraphWriter,
  ingest: Pick<IngestOptions, 'paths' | 'corrections'>,
): CorrectionsService {
  const file = ingest.corrections;
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const view = async (lines?: string[]): Promise<CorrectionsView> => {
    const [current, state] = await Promise.all([
      readCorrectionsFile(file),
      writer.readCorrectionsState(),
    ]);
    const applied =
      current.corrections.length === 0 ? state === null : state?.hash === current.hash;
    return {
      file,
      corrections: current.corrections,
      unresolved: applied ? (state?.unresolved ?? []) : [],
      applied,
      ...(lines ? { ingest: lines } : {}),
    };
  };

  const writeAndIngest = async (text: string, focus?: string) => {
    await writeCorrectionsFile(file, text);
    const summary = await runIngest(writer, { paths: ingest.paths, corrections: file });
    return { ...(await view(formatSummary(summary))), ...(focus ? { focus } : {}) };
  };

  const mustExist = async (id: string) => {
    const entity = await reader.entity(id, 1);
    if (!entity) throw new HttpError(404, `api: no entity with id ${id}`);
    return entity;
  };

  return {
    list: () => view(),

    add: (input) =>
      serially(async () => {
        const current = await readCorrectionsFile(file);
        const body = typeof input === 'object' && input !== null ? input : {};
        const checked = checkCorrection({
          ...body,
          id: nextId(current.corrections),
          when: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        });
        if (typeof checked === 'string') throw new HttpError(400, `api: ${checked}`);
        const [first] = await Promise.all(entitiesNamed(checked).map(mustExist));
        return writeAndIngest(
          withCorrection(current.text, checked, file),
          focusAfter(checked, first),
        );
      }),

    undo: (id) =>
      serially(async () => {
        const current = await readCorrectionsFile(file);
        const text = current.text && withoutCorrection(current.text, id, file);
        if (!text) throw new HttpError(404, `api: no correction with id ${id}`);
        return writeAndIngest(text);
      }),
  };
}

/** c1, c2, …: the next number after the largest the file uses, so an undone id is not reused. */
function nextId(corrections: readonly Correction[]): string {
  const numbers = corrections.map((c) => Number(/^c(\d+)$/.exec(c.id)?.[1] ?? 0));
  return `c${Math.max(0, ...numbers) + 1}`;
}

/** The id the corrected entity has once the correction applies; none when it is gone. */
function focusAfter(
  c: Correction,
  entity?: { name: string; type: EntityType },
): string | undefined {
  switch (c.action) {
    case 'merge':
      return c.into;
    case 'rename':
      return entity && entityId(entity.type, c.name);
    case 'retype':
      return entity && entityId(c.type, entity.name);
    case 'reject-relation':
      return c.source;
    default:
      return undefined;
  }
}

function entitiesNamed(c: Correction): string[] {
  switch (c.action) {
    case 'merge':
      return [c.entity, c.into];
    case 'reject-relation':
      return [c.source, c.target];
    default:
      return [c.entity];
  }
}
