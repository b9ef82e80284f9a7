import type { EvalReport } from './run-eval.js';
import type { Score } from './score.js';
import type { FreshReport } from './score-fresh.js';

const figures = (s: Score) =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function freshLines(title: string, fresh: FreshReport): string[] {
  const lines = [
    title,
    `  entities   ${figures(fresh.entities)}`,
    `  relations  ${figures(fresh.relations)}`,
    `  cases passed: ${fresh.cases.filter((c) => c.pass).length}/${fresh.cases.length}`,
  ];
  for (const rule of new Set(fresh.cases.map((c) => c.rule))) {
    const cases = fresh.cases.filter((c) => c.rule === rule);
    const passed = cases.filter((c) => c.pass).length;
    lines.push(
      `  ${passed === cases.length ? 'pass' : 'FAIL'}  ${rule} (${passed}/${cases.length})`,
    );
    for (const c of cases) for (const p of c.problems) lines.push(`        ${p} — "${c.text}"`);
  }
  return lines;
}

/** The eval report as lines for a person: figures first, then every miss and false positive. */
export function formatReport(report: EvalReport): string[] {
  const { entities, relations } = report.corpus;
  const lines = [
    'corpus/',
    `  entities   ${figures(entities)}`,
    `  relations  ${figures(relations)}`,
    `  modality agreement on matched relations: ${relations.modality.agree}/${relations.modality.of}`,
    `  duplicate nodes: ${entities.duplicates.length === 0 ? 'none' : entities.duplicates.join(', ')}`,
    ...entities.misses.map((m) => `  missed entity        ${m}`),
    ...entities.falsePositives.map((m) => `  false entity         ${m}`),
    ...relations.misses.map(
      (r) =>
        `  missed relation      ${r.type} ${r.source} → ${r.target} (${r.article}: "${r.evidence}")`,
    ),
    ...relations.falsePositives.map(
      (r) =>
        `  false relation       ${r.type} ${r.source} → ${r.target} (${r.article}: "${r.evidence.slice(0, 80)}…")`,
    ),
    ...freshLines('fresh sentences (fresh.json)', report.fresh),
    ...freshLines('held-out sentences (fresh-heldout.json)', report.heldout),
    ...freshLines('blind sentences (fresh-blind.json)', report.blind),
  ];
  lines.push(
    report.failures.length === 0
      ? 'floors met'
      : `below the floors:\n  ${report.failures.join('\n  ')}`,
  );
  return lines;
}
