// The API's contract beyond the read models (src/model/read-models.ts): what the server adds for
// presentation (the view's Cypher for Neo4j Browser, Browser's address), its error shape and its caps.
import type { Correction, UnresolvedCorrection } from '../../src/model/corrections.js';
import type { GraphPage, PathResult, Stats } from '../../src/model/read-models.js';

/** A graph view as /api/graph and /api/entities/:id/neighbours send it. */
export interface GraphView extends GraphPage {
  /** Cypher that returns this view in Neo4j Browser, values written in. */
  cypher: string;
}

/** /api/graph/path's answer. */
export interface PathView extends PathResult {
  cypher: string;
}

/** /api/stats adds what the page needs to link out; never credentials. */
export interface StatsResponse extends Stats {
  neo4jBrowserUrl: string;
}

type WithoutRow<T> = T extends unknown ? Omit<T, 'id' | 'when'> : never;

/** What POST /api/corrections takes: a row of the corrections file, less the id and time it gets. */
export type CorrectionInput = WithoutRow<Correction>;

/** /api/corrections and each change's answer: the corrections file, as the last ingest applied it. */
export interface CorrectionsView {
  file: string;
  /** In file order: the order they are applied in. */
  corrections: Correction[];
  /** Of those, the ones with nothing to act on in the graph, as the last ingest found. */
  unresolved: UnresolvedCorrection[];
  /** False when the file changed since the last ingest (edited by hand): the graph lags. */
  applied: boolean;
  /** What the ingest a change ran said, one line each. */
  ingest?: string[];
  /** After a change: the id the corrected entity has now, for the page to open. */
  focus?: string;
}

export type CorrectionsResponse = { enabled: false } | ({ enabled: true } & CorrectionsView);

/** GET /api/articles/:id/sentences: sentences of an article by their index (0 first). */
export interface QuotedSentences {
  id: string;
  sentences: { index: number; text: string }[];
}

export interface ApiError {
  error: string;
}

/**
 * The API's caps. /api/graph returns at most `maxNodes` entities per request (`defaultNodes`
 * when no `limit` is given), strongest first, and `page.nextOffset` for the rest; each page
 * carries its strongest folded relations, at most `edges` of them (`defaultEdges` when not
 * given, `maxEdges` at most), and as many co-mentions (`edgesTruncated` says when more were
 * cut). The default is the page's first frame: the 1,000 strongest entities of a 10k-article news
 * corpus share some 26k folded relations, most of them one sentence between two hubs, and a
 * software-rendered frame of 2,000 entities and 15,000 edges took 12 s on a busy 2-core machine
 * where 1,000 and 5,000 took 4 s (bench/page.ts). "Load more" adds the next 1,000 with up to
 * `moreEdges` edges: the picture is drawn by then, and a page's edges to the pages before it come
 * with it or never.
 */
export const GRAPH_LIMITS = {
  defaultNodes: 1000,
  maxNodes: 5000,
  defaultEdges: 5000,
  moreEdges: 15000,
  maxEdges: 50000,
} as const;
