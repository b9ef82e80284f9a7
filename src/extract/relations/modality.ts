import type { Modality, RelationType } from '../../model/types.js';
import { MODALITY_CUES } from '../lexicon/modality.js';
import type { Token } from '../parse.js';

const BEFORE = 5;
const AFTER = 20;
const PRECEDENCE: readonly Modality[] = ['negated', 'planned', 'reported'];

/** Indexes from t outwards in one direction, within `limit` words, not past a clause end. */
function window(tokens: readonly Token[], t: number, step: 1 | -1, limit: number): number[] {
  const out: number[] = [];
  for (let k = t + step, n = 0; n < limit && k >= 0 && k < tokens.length; k += step, n++) {
    const boundary = step < 0 ? tokens[k]?.post : tokens[k - 1]?.post;
    if (/[,;:—]/.test(boundary ?? '')) break;
    out.push(k);
  }
  return out;
}

/** The trigger noun is the object of a past verb: "held talks", "held two days of merger talks". */
function governedByPast(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - BEFORE; k--) {
    const tok = tokens[k];
    if (!tok || tok.norm === 'that' || tok.norm === 'which') return false;
    if (tok.tags.has('Verb')) return tok.tags.has('PastTense');
    const inPhrase =
      tok.norm === 'of' ||
      ['Determiner', 'Adjective', 'Noun', 'Value'].some((g) => tok.tags.has(g));
    if (!inPhrase) return false;
  }
  return false;
}

/**
 * "is due to meet A and to hold talks with B": the infinitive before the "and" that the trigger's
 * own infinitive is joined to, within its clause.
 */
function joinedInfinitive(tokens: readonly Token[], t: number): number | undefined {
  const to = [t - 1, t - 2, t - 3].find((k) => tokens[k]?.norm === 'to');
  if (to === undefined || tokens[to - 1]?.norm !== 'and') return undefined;
  for (let k = to - 2; k > 0 && k >= to - 12; k--) {
    if (/[,;:—.]/.test(tokens[k]?.post ?? '')) return undefined;
    if (tokens[k - 1]?.norm === 'to') return k;
  }
  return undefined;
}

/** How the sentence presents the act its trigger at t states (lexicon/modality.ts). */
export function modalityOf(tokens: readonly Token[], t: number, type: RelationType): Modality {
  const earlier = joinedInfinitive(tokens, t);
  if (earlier !== undefined) return modalityOf(tokens, earlier, type);
  // "It said it would remain independent and urged UniCredit …": a past verb after "and" is a
  // second act of its own; the modal before the "and" is not its.
  const past = tokens[t]?.tags.has('PastTense') === true;
  const before = window(tokens, t, -1, BEFORE);
  const and = before.findIndex((k) => tokens[k]?.norm === 'and');
  const places = {
    before: past && and >= 0 ? before.slice(0, and) : before,
    after: window(tokens, t, 1, AFTER),
    sentence: tokens.map((_, k) => k).filter((k) => k !== t),
  };
  // "held talks in Lausanne about the 2030 calendar": a meeting noun that a past verb governs
  // took place; words after it say nothing of when.
  const done = governedByPast(tokens, t);
  for (const modality of PRECEDENCE) {
    for (const cue of MODALITY_CUES) {
      if (cue.modality !== modality || (cue.types && !cue.types.includes(type))) continue;
      if (cue.where === 'after' && done) continue;
      if (places[cue.where].some((k) => cue.match.includes(tokens[k]?.norm ?? ''))) return modality;
    }
  }
  return 'happened';
}
