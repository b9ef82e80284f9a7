import type { UnresolvedCorrection } from '../model/corrections.js';
import * as Q from './cypher/write.js';
import type { Gateway } from './gateway.js';
import type { StoredArticle } from './write-rows.js';

/**
 * What the store remembers of the runs that wrote it: each article's state, the corrections
 * applied, and whether a run began writing and never finished.
 */
export interface RunLog {
  /** Every stored article's state, as `extractor` sees it. */
  readArticleState(extractor: string): Promise<Map<string, StoredArticle>>;
  /** The same for some articles: those of `ids` that are stored. */
  readArticleStateOf(
    extractor: string,
    ids: readonly string[],
  ): Promise<Map<string, StoredArticle>>;
  /** Records the stat of files whose content is what the store has. */
  saveFileStats(files: readonly { id: string; stat: string }[]): Promise<void>;
  /** The corrections the last run applied, or null when it had none. */
  readCorrectionsState(): Promise<CorrectionsState | null>;
  /** Records the corrections this run applied; none (null) leaves no trace. */
  saveCorrectionsState(state: CorrectionsState | null): Promise<void>;
  /** True when a run began writing and never finished: its work must be checked whole. */
  wasInterrupted(): Promise<boolean>;
  /** Marks the start and the end of a run's writes; an unfinished run leaves the mark. */
  beginWrites(): Promise<void>;
  endWrites(): Promise<void>;
  /** An id the last run to finish writing (endWrites) left, or null: the store's version. */
  lastRun(): Promise<string | null>;
}

/** Articles per transaction when saving or reading their stat. */
const STAT_BATCH = 10_000;

const stateById = (rows: (StoredArticle & { id: string })[]) =>
  new Map(rows.map(({ id, ...state }) => [id, state]));

export interface CorrectionsState {
  /** correctionsHash of the rows applied. */
  hash: string;
  unresolved: UnresolvedCorrection[];
}

export function createRunLog(store: Gateway): RunLog {
  const read = store.rows;
  return {
    async readArticleState(extractor) {
      return stateById(
        await read<StoredArticle & { id: string }>(Q.READ_ARTICLE_STATE, { extractor }),
      );
    },

    async readArticleStateOf(extractor, ids) {
      const rows: (StoredArticle & { id: string })[] = [];
      for (let i = 0; i < ids.length; i += STAT_BATCH) {
        rows.push(
          ...(await read<StoredArticle & { id: string }>(Q.READ_ARTICLE_STATE_OF, {
            extractor,
            ids: ids.slice(i, i + STAT_BATCH),
          })),
        );
      }
      return stateById(rows);
    },

    async saveFileStats(files) {
      for (let i = 0; i < files.length; i += STAT_BATCH) {
        await store.write((tx) =>
          tx.rows(Q.SAVE_FILE_STATS, { files: files.slice(i, i + STAT_BATCH) }),
        );
      }
    },

    async readCorrectionsState() {
      const [row] = await read<{ hash: string; unresolved: string }>(Q.READ_CORRECTIONS_STATE);
      if (!row) return null;
      return { hash: row.hash, unresolved: JSON.parse(row.unresolved) as UnresolvedCorrection[] };
    },

    async saveCorrectionsState(state) {
      await store.write((tx) =>
        state
          ? tx.rows(Q.SAVE_CORRECTIONS_STATE, {
              hash: state.hash,
              unresolved: JSON.stringify(state.unresolved),
            })
          : tx.rows(Q.CLEAR_CORRECTIONS_STATE),
      );
    },

    async wasInterrupted() {
      return (await read(Q.READ_UNFINISHED)).length > 0;
    },

    async beginWrites() {
      await store.write((tx) => tx.rows(Q.MARK_UNFINISHED));
    },

    async endWrites() {
      await store.write(async (tx) => {
        await tx.rows(Q.CLEAR_UNFINISHED);
        await tx.rows(Q.MARK_FINISHED_RUN);
      });
    },

    async lastRun() {
      const [row] = await read<{ run: string | null }>(Q.READ_LAST_RUN);
      return row?.run ?? null;
    },
  };
}
