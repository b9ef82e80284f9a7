import { mergeExtractions } from '../src/graph/index.js';
import { statementKey } from '../src/model/keys.js';
import type { Relation } from '../src/model/types.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { FreshCase } from './gold.js';
import { prf, type RuleVerdict, type Score } from './score.js';

// Fresh sentences, one small article each: every expected id and relation must be found, nothing
// else may be, modality and claim must agree where the gold gives them.

export interface FreshResult {
  rule: string;
  text: string;
  pass: boolean;
  problems: string[];
}

export interface FreshReport {
  entities: Score;
  /** Found entities whose name part matches an expected id's, and how many of them have its type. */
  types: { right: number; of: number };
  relations: Score;
  cases: FreshResult[];
  /** Every relation found, right when the gold expects it, under the rule that stated it. */
  verdicts: RuleVerdict[];
}

/** entitiesOnly: a set annotated for entities alone; its relations are neither found nor missed. */
export interface FreshOptions {
  entitiesOnly?: boolean;
}

function runCase(c: FreshCase, index: number, entitiesOnly: boolean) {
  const article = { id: `fresh-${index}`, title: c.rule, language: 'en', text: c.text, hash: '' };
  const graph = mergeExtractions([extractArticle(article)]);
  const ids = new Set(graph.entities.map((e) => e.id));
  const expectedIds = new Set(c.entities);
  const found = new Map<string, Relation[]>();
  for (const r of graph.relations)
    found.set(statementKey(r), [...(found.get(statementKey(r)) ?? []), r]);
  const expectedKeys = new Set(c.relations.map(statementKey));
  const hits = c.relations.filter((r) => found.has(statementKey(r)));
  const extra = [...found.keys()].filter((k) => !expectedKeys.has(k));
  const entityProblems = [
    ...c.entities.filter((id) => !ids.has(id)).map((id) => `missing entity ${id}`),
    ...[...ids].filter((id) => !expectedIds.has(id)).map((id) => `unexpected entity ${id}`),
    ...(c.absent ?? []).filter((id) => ids.has(id)).map((id) => `entity ${id} should be left out`),
  ];
  const relationProblems = [
    ...c.relations
      .filter((r) => !found.has(statementKey(r)))
      .map((r) => `missing ${statementKey(r)}`),
    ...extra.map((k) => `unexpected ${k}`),
    ...hits.flatMap((r) => {
      const got = found.get(statementKey(r)) ?? [];
      const out: string[] = [];
      if (r.modality && !got.some((g) => g.modality === r.modality))
        out.push(`${statementKey(r)}: modality ${got[0]?.modality}, expected ${r.modality}`);
      const claim = r.claim?.toLowerCase();
      if (claim && !got.some((g) => g.claim?.toLowerCase().includes(claim)))
        out.push(`${statementKey(r)}: claim "${got[0]?.claim ?? ''}", expected "${r.claim}"`);
      return out;
    }),
  ];
  const expectedBySlug = new Map(c.entities.map((id) => [id.slice(id.indexOf(':') + 1), id]));
  const named = [...ids].filter((id) => expectedBySlug.has(id.slice(id.indexOf(':') + 1)));
  const problems = entitiesOnly ? entityProblems : [...entityProblems, ...relationProblems];
  return {
    result: { rule: c.rule, text: c.text, pass: problems.length === 0, problems },
    expected: { entities: c.entities.length, relations: c.relations.length },
    entities: {
      tp: c.entities.filter((id) => ids.has(id)).length,
      fp: [...ids].filter((id) => !expectedIds.has(id)).length,
    },
    types: { right: named.filter((id) => expectedIds.has(id)).length, of: named.length },
    relations: entitiesOnly ? { tp: 0, fp: 0 } : { tp: hits.length, fp: extra.length },
    verdicts: entitiesOnly
      ? []
      : graph.relations.map((r) => ({
          rule: r.rule ?? '(no rule id)',
          right: expectedKeys.has(statementKey(r)),
        })),
  };
}

/** Extracts each fresh sentence on its own and scores it; P/R/F1 pool the cases' counts. */
export function scoreFresh(cases: readonly FreshCase[], options: FreshOptions = {}): FreshReport {
  const runs = cases.map((c, i) => runCase(c, i, options.entitiesOnly ?? false));
  const sum = (kind: 'entities' | 'relations') => {
    const tp = runs.reduce((n, r) => n + r[kind].tp, 0);
    const fp = runs.reduce((n, r) => n + r[kind].fp, 0);
    const expected = runs.reduce((n, r) => n + r.expected[kind], 0);
    return prf(tp, fp, expected - tp);
  };
  return {
    entities: sum('entities'),
    types: {
      right: runs.reduce((n, r) => n + r.types.right, 0),
      of: runs.reduce((n, r) => n + r.types.of, 0),
    },
    relations: sum('relations'),
    cases: runs.map((r) => r.result),
    verdicts: runs.flatMap((r) => r.verdicts),
  };
}
