import type { Article, Relation } from '../../model/types.js';
import { orderedEnds } from '../../model/keys.js';
import type { Found } from '../found.js';
import { TRIGGERS, type FrameName, type TriggerRow } from '../lexicon/triggers.js';
import type { Token } from '../parse.js';
import type { Sentence } from '../sentences.js';
import type { SentenceContext } from './context.js';
import { FRAMES, type Edge } from './frames.js';
import { modalityOf } from './modality.js';

const ROWS_BY_WORD = new Map<string, TriggerRow[]>();
for (const row of TRIGGERS) {
  for (const word of row.match) ROWS_BY_WORD.set(word, [...(ROWS_BY_WORD.get(word) ?? []), row]);
}

const REPRESENTS_CONFIDENCE = 0.9;

/** REPRESENTS comes from how a name is written, not a trigger word; one row like the triggers'. */
export const REPRESENTS_ROW = {
  id: 'represents-title',
  example: "Iranian Foreign Minister Abbas Araghchi; Kenya's William Ruto",
  reason:
    'a person written with a country or organisation before their title, or owned by it, represents it',
} as const;

export const DURING_CALL_ROW = {
  id: 'during-call',
  example:
    'Kulubaev pressed his Tajik counterpart over the detentions during a phone call on Monday',
  reason:
    'pressing, demanding or rejecting "during a call", "during talks" or "during a meeting" says the two met',
} as const;
export const DURING_CALL_WITH_ROW = {
  id: 'during-call-with',
  example: 'Boric pressed Bolivia over the river during a call with his Bolivian counterpart, Paz',
  reason:
    'pressing, demanding or rejecting "during a call with X" says the one who pressed met X, whoever was pressed',
} as const;
// "during a phone call", "during talks", "in a meeting", each perhaps followed by "with" and
// the other party.
const DURING_CALL =
  /^(?:during|in) (?:an? |the |their )?(?:(?:phone|telephone|video) )?(?:call|talks|meeting)$/;
const CONTACT_TYPES = new Set(['PRESSURED', 'DEMANDED', 'REJECTED']);
/** How far after "with" the other party of a call may be named: "his Bolivian counterpart, X". */
const WITH_WINDOW = 8;

/** Where "during a phone call" ends in the sentence (at its "with", if one follows), or -1. */
function duringCallAt(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const opener = tokens[k]?.norm;
    if (opener !== 'during' && opener !== 'in') continue;
    for (let n = 2; n <= 5; n++) {
      const words = tokens.slice(k, k + n);
      if (words.length === n && DURING_CALL.test(words.map((w) => w.norm).join(' '))) return k + n;
    }
  }
  return -1;
}

/** The party named after "during a call with": a person first, else the first actor. */
function callPartyAt(actors: readonly Found[], at: number): Found | undefined {
  const near = actors.filter((f) => f.from > at && f.from <= at + WITH_WINDOW);
  return near.find((f) => f.type === 'Person') ?? near[0];
}

/**
 * A person never meets the country or organisation they represent: in "Thai Prime Minister X met
 * delegations from Cambodia and Thailand" X meets Cambodia only. Over one article's relations.
 */
export function withoutOwnSide(relations: readonly Relation[]): Relation[] {
  const sides = new Set(
    relations.filter((r) => r.type === 'REPRESENTS').map((r) => `${r.source} ${r.target}`),
  );
  const own = (r: Relation) =>
    r.type === 'MET_WITH' &&
    (sides.has(`${r.source} ${r.target}`) || sides.has(`${r.target} ${r.source}`));
  return relations.filter((r) => !own(r));
}

/** The edges of the first row and frame that find any for the trigger at t. */
function edgesAt(
  ctx: SentenceContext,
  t: number,
): { row: TriggerRow; frame: FrameName; edges: Edge[] } | undefined {
  const token = ctx.tokens[t];
  // After the infinitive's "to" a word is a verb, whatever compromise tagged it: "is due to
  // meet" (compromise reads "to" as a conjunction and "meet" as a noun there).
  const infinitive = ctx.tokens[t - 1]?.norm === 'to';
  for (const row of ROWS_BY_WORD.get(token?.norm ?? '') ?? []) {
    const other = row.pos === 'Verb' ? 'Noun' : 'Verb';
    const asVerb = infinitive && (row.pos === 'Verb' || row.pos === 'Noun');
    if (row.pos && (asVerb ? row.pos === 'Noun' : token?.tags.has(other))) continue;
    if (row.particle && !row.particle.includes(ctx.tokens[t + 1]?.norm ?? '')) continue;
    if (row.notAfter?.includes(ctx.tokens[t - 1]?.norm ?? '')) continue;
    if (row.notBefore?.includes(ctx.tokens[t + 1]?.norm ?? '')) continue;
    const at = row.particle ? t + 1 : t;
    for (const frame of row.frames) {
      const edges = FRAMES[frame](ctx, at, row).filter((e) => e.source !== e.target);
      if (edges.length > 0) return { row, frame, edges };
    }
  }
  return undefined;
}

/**
 * Every relation one sentence states: the trigger rows, plus REPRESENTS for each person written
 * with an affiliation ("Iranian Foreign Minister …", "Kenya's William Ruto"). One relation per
 * type and pair; MET_WITH from the smaller id to the larger.
 */
export function findRelations(
  article: Article,
  sentence: Sentence,
  found: readonly Found[],
  focal?: string,
): Relation[] {
  const { tokens } = sentence;
  const actors = found.filter((f) => f.type !== 'Place' && !f.isAffiliation && !f.determiner);
  const ctx: SentenceContext = { tokens, mentions: found, actors };
  if (focal) ctx.focal = focal;
  const out = new Map<string, Relation>();
  const emit = (r: Omit<Relation, 'article' | 'evidence' | 'start' | 'end' | 'published'>) => {
    const [source, target] = orderedEnds(r.type, r.source, r.target);
    const key = `${r.type} ${source} ${target}`;
    if (out.has(key)) return;
    const relation: Relation = {
      ...r,
      source,
      target,
      article: article.id,
      evidence: sentence.evidence,
      start: sentence.start,
      end: sentence.end,
    };
    if (article.published) relation.published = article.published;
    out.set(key, relation);
  };
  for (const person of found) {
    if (!person.affiliation) continue;
    emit({
      type: 'REPRESENTS',
      source: person.id,
      target: person.affiliation.id,
      // the title, or the owner's possessive for "Kenya's William Ruto"
      trigger: person.role ?? tokens[person.affiliation.to - 1]?.text ?? '',
      confidence: REPRESENTS_CONFIDENCE,
      modality: 'happened',
      rule: REPRESENTS_ROW.id,
    });
  }
  // Names a trigger took as its objects: "met his counterparts from Greece, Finland and South
  // Korea on the sidelines of the summit" does not make them meet each other at the summit.
  const objects = new Set<string>();
  tokens.forEach((token, t) => {
    const hit = edgesAt(ctx, t);
    if (!hit) return;
    if (
      hit.frame === 'coordinated' &&
      hit.edges.every((e) => objects.has(e.source) && objects.has(e.target))
    )
      return;
    // (A claim's parties may act in it: "confirmed that Putin and Trump would meet".)
    if (hit.frame === 'object' && !hit.row.claim) for (const e of hit.edges) objects.add(e.target);
    const modality = modalityOf(tokens, t, hit.row.type);
    for (const e of hit.edges) {
      const r: Parameters<typeof emit>[0] = {
        type: hit.row.type,
        source: e.source,
        target: e.target,
        trigger: token.text,
        confidence: Math.round(e.confidence * 100) / 100,
        modality,
        cameo: hit.row.cameo,
        rule: hit.row.id,
      };
      const first = e.claim && tokens[e.claim[0]];
      const last = e.claim && tokens[e.claim[1] - 1];
      if (first && last)
        r.claim = sentence.evidence.slice(first.start - sentence.start, last.end - sentence.start);
      emit(r);
    }
  });
  const call = duringCallAt(tokens);
  const party = tokens[call]?.norm === 'with' ? callPartyAt(actors, call) : undefined;
  if (call >= 0)
    for (const r of [...out.values()])
      if (
        CONTACT_TYPES.has(r.type) &&
        (tokens[call]?.norm !== 'with' || (party && party.id !== r.source))
      )
        emit({
          type: 'MET_WITH',
          source: r.source,
          target: party?.id ?? r.target,
          trigger: r.trigger,
          confidence: r.confidence,
          modality: r.modality,
          cameo: '040',
          rule: party ? DURING_CALL_WITH_ROW.id : DURING_CALL_ROW.id,
        });
  return [...out.values()];
}
