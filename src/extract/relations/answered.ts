import type { Article, Relation } from '../../model/types.js';
import type { Found } from '../found.js';
import type { Sentence } from '../sentences.js';

export const ANSWERED_DEMAND_ROW = {
  id: 'rejected-the-demand',
  example:
    'The party demanded that the commission recount the ballots. The commission rejected the demand.',
  reason:
    'rejecting "the demand", "the request", "the call" or "the proposal" with no one named rejects whoever the last sentences said made it of the one who rejects',
} as const;

const REJECTING = new Set(['rejected', 'rejects', 'reject', 'rebuffed', 'dismissed', 'refused']);
const ASKS = new Set(['demand', 'demands', 'request', 'requests', 'call', 'calls', 'proposal']);
/** How many sentences back the demand may have been made. */
const LOOK_BACK = 3;
const CONFIDENCE = 0.7;

/**
 * "The commission rejected the demand": the subject of the rejection (a name or a description
 * standing for one) rejects whoever DEMANDED or PRESSURED it in the last few sentences. Over one
 * article's relations, sentence by sentence; returns the new ones.
 */
export function answeredDemands(
  article: Article,
  sentences: readonly Sentence[],
  mentions: readonly (readonly Found[])[],
  relations: readonly Relation[],
): Relation[] {
  const out: Relation[] = [];
  sentences.forEach((sentence, s) => {
    const { tokens } = sentence;
    const at = tokens.findIndex(
      (t, k) =>
        REJECTING.has(t.norm) &&
        tokens[k + 1]?.norm === 'the' &&
        ASKS.has(tokens[k + 2]?.norm ?? '') &&
        !/^\p{Lu}/u.test(tokens[k + 3]?.text ?? ''),
    );
    if (at < 0) return;
    const subject = (mentions[s] ?? [])
      .filter((f) => f.to <= at && f.type !== 'Place' && !f.isAffiliation)
      .at(-1);
    if (!subject) return;
    const earlier = new Set(sentences.slice(Math.max(0, s - LOOK_BACK), s).map((x) => x.start));
    const asked = relations.filter(
      (r) =>
        (r.type === 'DEMANDED' || r.type === 'PRESSURED') &&
        r.target === subject.id &&
        earlier.has(r.start),
    );
    const by = asked.at(-1)?.source;
    if (!by || relations.some((r) => r.type === 'REJECTED' && r.start === sentence.start)) return;
    const relation: Relation = {
      type: 'REJECTED',
      source: subject.id,
      target: by,
      trigger: tokens[at]?.text ?? '',
      confidence: CONFIDENCE,
      modality: 'happened',
      cameo: '120',
      rule: ANSWERED_DEMAND_ROW.id,
      article: article.id,
      evidence: sentence.evidence,
      start: sentence.start,
      end: sentence.end,
    };
    if (article.published) relation.published = article.published;
    out.push(relation);
  });
  return out;
}
