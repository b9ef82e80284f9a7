import type { GraphCounts } from '../src/store/write.js';
import type { IngestSummary } from './run-ingest.js';

/** The lines a person reads after a run: what changed in the corpus, then in the graph. */
export function formatSummary(s: IngestSummary): string[] {
  const a = s.articles;
  const articles = [
    `${a.added} added`,
    `${a.changed} changed`,
    ...(a.relinked > 0 ? [`${a.relinked} re-linked through other articles`] : []),
    `${a.removed} removed`,
    `${a.unchanged} unchanged`,
  ];
  if (a.kept > 0) articles.push(`${a.kept} kept without files (use --prune to remove)`);
  const c = s.corrections;
  return [
    ...(c.count > 0
      ? [`corrections: ${c.count} in ${c.file}, ${c.unresolved.length} unresolved`]
      : []),
    `articles: ${articles.join(', ')}`,
    graphLine('entities', s.before, s.after),
    graphLine('relationships', s.before, s.after),
    ...s.files.skipped.map((line) => `skipped: ${line}`),
    ...s.files.notes.map((line) => `note: ${line}`),
    ...c.unresolved.map(
      (u) => `unresolved: corrections: ${c.file}: ${u.id}: ${u.reason}; it changes nothing`,
    ),
  ];
}

function graphLine(key: 'entities' | 'relationships', before: GraphCounts, after: GraphCounts) {
  const delta = after[key] - before[key];
  const change = delta === 0 ? 'unchanged' : delta > 0 ? `+${delta}` : `${delta}`;
  return `${key}: ${after[key]} (${change})`;
}
