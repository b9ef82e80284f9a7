// The floors, one row each: a result misses its floor when it is on the wrong side.

export interface Floor {
  key: string;
  /** 'min': the result must be at least the value; 'max': at most. */
  bound: 'min' | 'max';
  value: number;
  unit: string;
}

export const FLOORS: readonly Floor[] = [
  { key: 'extract_ratio_vs_compromise', bound: 'min', value: 0.8, unit: '×' },
  // The slowest worst-case shape (one sentence of megabytes, all capitals, …) against prose.
  { key: 'extract_worst_case_ratio', bound: 'min', value: 0.2, unit: '×' },
  // Stated for 2 cores; run.ts notes the cores the run had.
  { key: 'worker_speedup', bound: 'min', value: 1.6, unit: '×' },
  { key: 'neo4j_batched_rels_per_s', bound: 'min', value: 20_000, unit: 'rels/s' },
  { key: 'neo4j_batched_vs_naive', bound: 'min', value: 10, unit: '×' },
  { key: 'noop_rerun_1000_s', bound: 'max', value: 2, unit: 's' },
  { key: 'api_graph_p95_ms_10k', bound: 'max', value: 300, unit: 'ms' },
  { key: 'page_first_render_s_10k', bound: 'max', value: 3, unit: 's' },
  { key: 'ingest_peak_rss_mb', bound: 'max', value: 1024, unit: 'MB' },
  // 1 when n sharded ingests at once give exactly the graph of one ingest.
  { key: 'concurrent_ingest_equal', bound: 'min', value: 1, unit: '' },
];

export function meets(floor: Floor, result: number): boolean {
  return floor.bound === 'min' ? result >= floor.value : result <= floor.value;
}
