import type { ArticleExtraction, Entity, Mention, Relation } from '../model/types.js';

// What the writer is given and remembers, and the rows its statements
// (src/store/cypher/write.ts) take as parameters.

/**
 * What a run compares each stored article with, read for the whole store every run: kept to what
 * planning needs, since at 100k articles every field read is a second of a small change's time.
 */
export interface StoredArticle {
  /** The hash of the file's bytes. */
  hash: string;
  /** Extracted by the extractor this run uses (else it is read again). */
  current: boolean;
  /** The path it was read from, as given to ingest. */
  source: string | null;
  /**
   * The file's size, times and inode when it was hashed (ingest/file-stat.ts), or null: a file
   * that still has them is not read again to know it is unchanged.
   */
  stat: string | null;
}

/** An article's extraction as stored, with the hash of the facts it contributes now. */
export interface StoredExtraction {
  extraction: ArticleExtraction;
  factsHash: string;
}

/** One article's contribution to the graph, replacing whatever it contributed before. */
export interface ArticleWrite {
  row: ArticleRow;
  mentions: readonly Mention[];
  relations: readonly (Relation & { id: string })[];
  /** Nothing of this article is in the store yet: there are no old facts to clear. */
  isNew?: boolean;
}

export interface WriteBatch {
  remove: readonly string[];
  replace: readonly ArticleWrite[];
}

export interface GraphCounts {
  articles: number;
  entities: number;
  relationships: number;
}

/** Article node properties; null clears a property the file no longer provides. */
export interface ArticleRow {
  id: string;
  title?: string;
  outlet?: string | null;
  published?: string | null;
  language?: string;
  source?: string | null;
  hash?: string;
  stat?: string | null;
  factsHash: string;
  extractor?: string;
  extraction?: string;
  ingestedAt: string;
}

/** An entity as resolution gives it; which articles mention it is in the mentions. */
export type EntityProps = Omit<Entity, 'articles'>;

export function entityRow(e: EntityProps) {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, role: e.role ?? null };
}

export function mentionRow(m: Mention) {
  return {
    entity: m.entity,
    article: m.article,
    props: {
      count: m.count,
      aliases: m.aliases,
      role: m.role ?? null,
      sentences: m.sentences ?? null,
    },
  };
}

export function relationRow(r: Relation & { id: string }) {
  const { source, target, type, ...props } = r;
  return { source, target, props: withNulls(props) };
}

// Neo4j stores no undefined; null in a SET map means "no such property".
export function withNulls<T extends object>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> | null } {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v ?? null])) as never;
}

/** An entity as stored. */
export type EntityRow = ReturnType<typeof entityRow>;
