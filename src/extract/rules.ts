import { CLASSIFY_ROWS } from './classify.js';
import { EVIDENCE_RULES } from './evidence.js';
import { ANAPHORA } from './lexicon/anaphora.js';
import { BOILERPLATE } from './lexicon/boilerplate.js';
import { TRIGGERS } from './lexicon/triggers.js';
import { MENTION_RULES } from './mentions.js';
import {
  DURING_CALL_ROW,
  DURING_CALL_WITH_ROW,
  REPRESENTS_ROW,
} from './relations/find-relations.js';
import { HEADLINE_ROW } from './relations/headline-relations.js';
import { ANSWERED_DEMAND_ROW } from './relations/answered.js';

/** One rule of extraction as the eval's per-rule table names it. */
export interface RuleInfo {
  id: string;
  example: string;
  reason: string;
}

/** Every row that finds, types or resolves a mention, or states a relation. */
export const RULE_ROWS: readonly RuleInfo[] = [
  ...MENTION_RULES,
  ...CLASSIFY_ROWS,
  ...EVIDENCE_RULES,
  ...ANAPHORA,
  ...TRIGGERS,
  REPRESENTS_ROW,
  DURING_CALL_ROW,
  DURING_CALL_WITH_ROW,
  ANSWERED_DEMAND_ROW,
  HEADLINE_ROW,
  ...BOILERPLATE,
].map(({ id, example, reason }) => ({ id, example, reason }));

/** The rows by id: the eval reports each one's hits. */
export const EXTRACTION_RULES: ReadonlyMap<string, RuleInfo> = new Map(
  RULE_ROWS.map((r) => [r.id, r]),
);
