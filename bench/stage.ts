import type { BenchNeo4j } from './bench-neo4j.js';
import type { ScaleCorpus } from './scale-corpus.js';

/** What every stage is handed. */
export interface StageContext {
  corpus: ScaleCorpus;
  /** Started on first use: stages that need no Neo4j do not wait for it. */
  neo4j(): Promise<BenchNeo4j>;
  log(line: string): void;
}

/** A stage's figures: the keys of bench/results.json, plus details for the curious. */
export interface StageResult {
  results: Record<string, number>;
  details?: Record<string, unknown>;
}

export type Stage = (context: StageContext) => Promise<StageResult>;
