import { SYMMETRIC_RELATION_TYPES, type Entity, type Relation } from '../src/model/types.js';
import { nameKey } from '../src/model/keys.js';
import type { GoldEntity, GoldRelation } from './gold.js';

// Scoring shared by scripts/eval.ts and the tests, so that the floors the tests hold are the
// figures the eval prints.

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** One rule's verdicts: right, wrong, and (gum-news) hits on mentions the gold does not score. */
export interface RuleTally {
  rule: string;
  hits: number;
  right: number;
  wrong: number;
}

/** A predicted relation judged against the gold, under the rule row that stated it. */
export interface RuleVerdict {
  rule: string;
  right: boolean;
}

/** Verdicts pooled per rule, the most used rule first. */
export function tallyRules(verdicts: readonly RuleVerdict[]): RuleTally[] {
  const byRule = new Map<string, RuleTally>();
  for (const v of verdicts) {
    const t = byRule.get(v.rule) ?? { rule: v.rule, hits: 0, right: 0, wrong: 0 };
    t.hits++;
    if (v.right) t.right++;
    else t.wrong++;
    byRule.set(v.rule, t);
  }
  return [...byRule.values()].sort((a, b) => b.hits - a.hits || a.rule.localeCompare(b.rule));
}

const ruleOf = (r: Relation) => r.rule ?? '(no rule id)';

export interface EntityScore extends Score {
  /** `article id` pairs found but not in the gold. */
  falsePositives: string[];
  misses: string[];
  /** Predicted nodes that are a gold entity under another id: one real-world entity, two nodes. */
  duplicates: string[];
}

/** Entities scored per article: one (article, id) pair per entity an article names. */
export function scoreEntities(
  predicted: readonly Entity[],
  gold: readonly GoldEntity[],
): EntityScore {
  const pairs = (list: readonly { id: string; articles: readonly string[] }[]) =>
    new Set(list.flatMap((e) => e.articles.map((a) => `${a} ${e.id}`)));
  const p = pairs(predicted);
  const g = pairs(gold);
  const falsePositives = [...p].filter((x) => !g.has(x)).sort();
  const misses = [...g].filter((x) => !p.has(x)).sort();
  const duplicates = predicted
    .filter((e) => {
      const aliases = new Set(e.aliases.map(nameKey));
      return gold.some(
        (ge) =>
          ge.type === e.type && ge.id !== e.id && ge.aliases.some((a) => aliases.has(nameKey(a))),
      );
    })
    .map((e) => e.id)
    .filter((id) => !gold.some((ge) => ge.id === id));
  return {
    ...prf(g.size - misses.length, falsePositives.length, misses.length),
    falsePositives,
    misses,
    duplicates,
  };
}

export interface RelationScore extends Score {
  falsePositives: Relation[];
  misses: GoldRelation[];
  /** Of the matched relations whose gold records a modality, how many agree. */
  modality: { agree: number; of: number };
  verdicts: RuleVerdict[];
}

function sameEnds(r: Relation, g: GoldRelation): boolean {
  if (r.source === g.source && r.target === g.target) return true;
  return SYMMETRIC_RELATION_TYPES.has(r.type) && r.source === g.target && r.target === g.source;
}

/** A relation matches a gold one on type, article, ends and a distinguishing piece of evidence. */
export function scoreRelations(
  predicted: readonly Relation[],
  gold: readonly GoldRelation[],
): RelationScore {
  const unmatched = [...predicted];
  const misses: GoldRelation[] = [];
  const modality = { agree: 0, of: 0 };
  const verdicts: RuleVerdict[] = [];
  for (const g of gold) {
    const i = unmatched.findIndex(
      (r) =>
        r.type === g.type &&
        r.article === g.article &&
        sameEnds(r, g) &&
        r.evidence.includes(g.evidence),
    );
    const hit = unmatched[i];
    if (!hit) {
      misses.push(g);
      continue;
    }
    unmatched.splice(i, 1);
    verdicts.push({ rule: ruleOf(hit), right: true });
    if (g.modality) {
      modality.of++;
      if (g.modality === hit.modality) modality.agree++;
    }
  }
  return {
    ...prf(gold.length - misses.length, unmatched.length, misses.length),
    falsePositives: unmatched,
    misses,
    modality,
    verdicts: [...verdicts, ...unmatched.map((r) => ({ rule: ruleOf(r), right: false }))],
  };
}
