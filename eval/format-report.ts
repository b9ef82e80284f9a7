import type { EvalReport } from './run-eval.js';
import type { RuleTally, Score } from './score.js';
import type { FreshReport } from './score-fresh.js';
import type { GumReport } from './gum-news.js';

const figures = (s: Score) =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

const ratio = (r: { right: number; of: number }) =>
  `${(r.right / Math.max(1, r.of)).toFixed(3)} (${r.right}/${r.of})`;

function freshLines(title: string, fresh: FreshReport, entitiesOnly = false): string[] {
  const lines = [
    title,
    `  entities   ${figures(fresh.entities)}`,
    `  type accuracy on entities found by name: ${ratio(fresh.types)}`,
    ...(entitiesOnly ? [] : [`  relations  ${figures(fresh.relations)}`]),
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

const precision = (t: { right: number; wrong: number }) =>
  t.right + t.wrong === 0 ? '  –  ' : (t.right / (t.right + t.wrong)).toFixed(3);

const ruleLine = (t: RuleTally, why: (rule: string) => string) =>
  `    ${t.rule.padEnd(28)} ${String(t.hits).padStart(5)}  ${precision(t)}  ${why(t.rule)}`;

function gumLines(gum: GumReport, why: (rule: string) => string): string[] {
  return [
    `gum-news (${gum.docs} Wikinews articles via GUM, never written against)`,
    `  entities   ${figures(gum.entities)}`,
    `  type accuracy on matched entities: ${ratio(gum.types)}`,
    `  he/she → named person: ${ratio(gum.coreference)}`,
    `  one gold entity, several nodes: ${gum.splits}`,
    '  per rule: hits, precision (right / right + wrong; hits GUM does not score are neither)',
    ...gum.rules.map((t) => ruleLine(t, why)),
    ...gum.misses.map((m) => `  missed entity        ${m}`),
    ...gum.falsePositives.map((m) => `  false entity         ${m}`),
    ...gum.typeErrors.map((m) => `  wrong type           ${m}`),
  ];
}

/** The eval report as lines for a person: figures first, then every miss and false positive. */
export function formatReport(
  report: EvalReport,
  why: (rule: string) => string = () => '',
): string[] {
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
    ...report.blind.flatMap(({ set, score }) =>
      freshLines(`${set.title} (${set.file})`, score, set.entitiesOnly),
    ),
    ...gumLines(report.gum, why),
    'relation rules over corpus/ and every fresh set: hits, precision (found and in the gold / found)',
    ...report.relationRules.map((t) => ruleLine(t, why)),
  ];
  lines.push(
    report.failures.length === 0
      ? 'floors met'
      : `below the floors:\n  ${report.failures.join('\n  ')}`,
  );
  return lines;
}
