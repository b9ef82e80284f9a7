// The domain types every stage shares: corpus → extract → graph → store → web.
// Keep this the only place they are declared, so a reader learns the data once.

/** Entity kinds. Store labels come from this list and nowhere else. */
export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Group', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relation kinds. Store relationship types come from this list and nowhere else.
 * MET_WITH is symmetric; every other type reads source → target.
 */
export const RELATION_TYPES = [
  'MET_WITH',
  'PRESSURED',
  'CONFIRMED',
  'REPRESENTS',
  'REJECTED',
  'DEMANDED',
  'REPORTED_BY',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set(['MET_WITH']);

/**
 * Two entities named in the same sentence or article. Never stored as a relationship: read views
 * compute it from the mentions (src/store/cypher/read.ts), so it is always exactly what the
 * articles say, whatever order they were ingested in. Undirected, like MET_WITH.
 */
export const CO_MENTIONED = 'CO_MENTIONED';
/** What an edge of a graph view can be: a typed relation or a co-mention. */
export type EdgeType = RelationType | typeof CO_MENTIONED;

/** Whether an edge of this type is drawn and read without a direction. */
export const isUndirected = (type: EdgeType): boolean =>
  type === CO_MENTIONED || SYMMETRIC_RELATION_TYPES.has(type);

/** How the text presents an event: it took place, is planned or expected, is reported by someone, or is denied. */
export const MODALITIES = ['happened', 'planned', 'reported', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

/** What the pipeline knows of an article before reading its text. */
export interface ArticleMeta {
  /** Stable: the file name without its extension. */
  id: string;
  title: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) or date-time, when the text gives one. */
  published?: string;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** Path the article was read from, relative to the working directory. */
  source?: string;
}

export interface Article extends ArticleMeta {
  /** The body text extraction reads; offsets in relations point into it. */
  text: string;
  /** sha256 of the file's bytes, hex: an unchanged file is skipped on rerun. */
  hash: string;
}

/** One canonical entity, as the corpus sees it. */
export interface Entity {
  /** Stable key: `<type lowercased>:<slug of canonical name>`, e.g. "person:marco-rubio", "country:usa". */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen in the text, canonical name included. */
  aliases: string[];
  /** Ids of the articles that mention it. */
  articles: string[];
  /** Title or office taken off the name ("Secretary of State"). */
  role?: string;
}

/** How often, and under which names, one article mentions one entity. */
export interface Mention {
  entity: string;
  article: string;
  count: number;
  aliases: string[];
  role?: string;
  /**
   * Indexes of the sentences that name it (not a pronoun), ascending: two entities sharing one
   * are co-mentioned in that sentence. Absent in data written before it was recorded.
   */
  sentences?: number[];
}

/** A typed relation with the evidence that supports it: one per sentence that states it. */
export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  article: string;
  /** The sentence that states the relation. */
  evidence: string;
  /** Character offsets of that sentence in the article text: text.slice(start, end) === evidence. */
  start: number;
  end: number;
  /** The word or phrase that signals the relation ("met", "urged", "confirmed"). */
  trigger: string;
  /** Published date of the article, when known. */
  published?: string;
  /** 0..1: how sure the rule that found it is. */
  confidence: number;
  modality: Modality;
  /** For CONFIRMED, REJECTED, DEMANDED and the like: what was confirmed, rejected, demanded. */
  claim?: string;
  /** Nearest CAMEO event code, so the graph can be compared with GDELT. */
  cameo?: string;
  /** Id of the extraction rule row that stated it (src/extract/rules.ts): why the edge exists. */
  rule?: string;
}

/** What extraction finds in one article, before the corpus-level merge. */
export interface ArticleExtraction {
  article: string;
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
}

/** The `extract --json` contract: stable, since extraction quality is measured on it. */
export interface Extraction {
  entities: Entity[];
  relations: Relation[];
}

/** Extraction plus mention counts: what the store writes. */
export interface CorpusGraph extends Extraction {
  mentions: Mention[];
}
