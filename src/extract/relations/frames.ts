import {
  COURT_WORDS,
  SUPPORT_VERBS,
  type FrameName,
  type TriggerRow,
} from '../lexicon/triggers.js';
import { LOCATIVE_PREPOSITIONS, NOMINAL_OBJECT_PREPOSITIONS } from '../lexicon/prepositions.js';
import {
  coordinated,
  frontedSubject,
  infinitiveAt,
  isPossessive,
  objectAfter,
  opensClause,
  prepositionBefore,
  subjectOf,
  type SentenceContext,
} from './context.js';
import { implicitTarget } from './implicit.js';

/** One relation a frame found: ids of its ends, how sure, and the claim's token span. */
export interface Edge {
  source: string;
  target: string;
  confidence: number;
  claim?: [number, number];
}

type Frame = (ctx: SentenceContext, t: number, row: TriggerRow) => Edge[];

const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS);
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const FIRST_PERSON = new Set(['us', 'we', 'me']);
const isCourt = (f: { name: string }) =>
  f.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => COURT_WORDS.includes(w));
const ids = (list: readonly { id: string }[]) => list.map((f) => f.id);

function pairs(a: readonly string[], b: readonly string[], confidence: number): Edge[] {
  return a.flatMap((source) => b.map((target) => ({ source, target, confidence })));
}

/** Aims each source at the implicit target, if one exists. */
function implicitEdges(ctx: SentenceContext, t: number, sources: string[], base: number): Edge[] {
  const target = implicitTarget(ctx, t, sources);
  return target ? pairs(sources, [target.id], base * target.factor) : [];
}

/** The claim after t: a that-clause to the end of the sentence, else the rest of the clause. */
function claimAfter(ctx: SentenceContext, t: number): [number, number] | undefined {
  const n = ctx.tokens.length;
  const that = ctx.tokens.findIndex((tok, k) => k > t && k <= t + 8 && tok.norm === 'that');
  if (that >= 0) return that + 1 < n ? [that + 1, n] : undefined;
  let to = t + 1;
  while (to < n) {
    const tok = ctx.tokens[to];
    if (to > t + 1 && opensClause(tok)) break;
    to++;
    if (/[,;:—]/.test(tok?.post ?? '')) break;
  }
  return to > t + 1 ? [t + 1, to] : undefined;
}

/**
 * What a claim is about: the first actor named after the trigger, up to the claim's end, with
 * the actors coordinated with it ("… that Israeli and Hamas negotiators would meet"). Searching
 * from the trigger, not the that-clause, finds the party of "rejected accusations by the
 * Philippines that …". Sources, outlets and places behind a locative preposition do not count.
 */
function claimTargets(
  ctx: SentenceContext,
  t: number,
  claim: [number, number],
  sources: readonly string[],
): string[] {
  const pool = ctx.actors.filter(
    (a) =>
      a.from > t &&
      a.to <= claim[1] &&
      !sources.includes(a.id) &&
      !a.outlet &&
      !LOCATIVE.has(prepositionBefore(ctx, a) ?? ''),
  );
  const first = pool[0];
  if (!first) return [];
  const parties = coordinated(ctx, pool, first);
  // "The company confirmed that its chief executive, X, had met Y": a claim about what the
  // source's own person did is about the party they dealt with too.
  const own = first.affiliation !== undefined && sources.includes(first.affiliation.id);
  const other = own ? pool.find((a) => a.from >= (parties.at(-1)?.to ?? 0)) : undefined;
  const more = other ? coordinated(ctx, pool, other) : [];
  return ids([...parties, ...more]).filter((id) => !sources.includes(id));
}

/** Whether a request follows position k in the sentence: "to" or "for" (called on X … to act). */
const asksAfter = (ctx: SentenceContext, k: number) =>
  ctx.tokens.slice(k).some((tok) => tok.norm === 'to' || tok.norm === 'for');

const object: Frame = (ctx, t, row) => {
  const found = objectAfter(ctx, t, row.objectPreps ?? ['']);
  const named = found && 'found' in found ? found.found : [];
  const end = found && 'at' in found ? found.at + 1 : named[named.length - 1]?.to;
  const before = subjectOf(ctx, t);
  const subjects = ids(before.length > 0 || end === undefined ? before : frontedSubject(ctx, end));
  if (subjects.length === 0) return [];
  if (row.infinitive && !infinitiveAt(ctx, end ?? -1)) return [];
  if (row.visit && (named.some((f) => f.type !== 'Person') || asksAfter(ctx, end ?? t))) return [];
  if (row.notCourt && named.some(isCourt)) return [];
  if (named.length > 0)
    return row.outlet && !named.every((f) => f.outlet) ? [] : pairs(subjects, ids(named), 0.9);
  if (row.outlet) return [];
  // "asked us to continue": the speaker's side, found as an implicit target is.
  if (found && 'pronoun' in found)
    return FIRST_PERSON.has(found.pronoun) ? implicitEdges(ctx, t, subjects, 0.9) : [];
  return row.implicit ? implicitEdges(ctx, t, ids(subjectOf(ctx, t, true)), 0.9) : [];
};

const coordinatedSubjects: Frame = (ctx, t) => {
  const subjects = ids(subjectOf(ctx, t));
  return subjects.flatMap((a, i) =>
    subjects.slice(i + 1).map((b) => ({ source: a, target: b, confidence: 0.75 })),
  );
};

/** "talks between A and B", "between Senegalese Prime Minister X and …", "between the foreign ministries of A and B". */
const between: Frame = (ctx, t) => {
  if (ctx.tokens[t + 1]?.norm !== 'between') return [];
  const found = objectAfter(ctx, t, ['between']);
  const all = found && 'found' in found ? ids(found.found) : [];
  return all.flatMap((a, i) =>
    all.slice(i + 1).map((b) => ({ source: a, target: b, confidence: 0.85 })),
  );
};

const compound: Frame = (ctx, t) => {
  for (const k of [t - 1, t - 2]) {
    const parts = ctx.actors.filter((a) => a.from === k && a.to === k + 1);
    if (parts.length >= 2 && parts[0] && parts[1]) {
      return [{ source: parts[0].id, target: parts[1].id, confidence: 0.85 }];
    }
  }
  return [];
};

/**
 * "their meeting" with no one after it: the two parties the clause named before it, its subject
 * and its object ("X pressed Y over … during their meeting in Canberra").
 */
function theirParties(ctx: SentenceContext, t: number): Edge[] {
  const [a, b] = ctx.actors.filter(
    (f) => f.to < t && !prepositionBefore(ctx, f) && !isPossessive(ctx, f),
  );
  return a && b && a.id !== b.id ? [{ source: a.id, target: b.id, confidence: 0.75 }] : [];
}

/** "Lula's meeting with Xi", "his talks with Xi": the owner of the noun meets its object. */
const possessive: Frame = (ctx, t, row) => {
  if (ctx.tokens[t - 1]?.norm === 'their' && row.type === 'MET_WITH') {
    const found = objectAfter(ctx, t, row.objectPreps ?? ['with']);
    if (!found) return theirParties(ctx, t);
  }
  const owner =
    ctx.actors.find((a) => a.to === t && isPossessive(ctx, a)) ??
    ctx.mentions.find((m) => m.determiner && m.to === t);
  if (!owner) return [];
  const found = objectAfter(ctx, t, row.objectPreps ?? ['with']);
  return found && 'found' in found ? pairs([owner.id], ids(found.found), 0.85) : [];
};

const passive: Frame = (ctx, t, row) => {
  const by = ctx.tokens[t + 1]?.norm === 'by';
  const be = BE.has(ctx.tokens[t - 1]?.norm ?? '') || BE.has(ctx.tokens[t - 2]?.norm ?? '');
  if (!by && !be) return [];
  const agent = objectAfter(ctx, t, ['by']);
  if (!agent || !('found' in agent)) return [];
  if (row.outlet && !agent.found.every((f) => f.outlet)) return [];
  const patients = ids(subjectOf(ctx, t));
  return row.reverse
    ? pairs(patients, ids(agent.found), 0.85)
    : pairs(ids(agent.found), patients, 0.85);
};

const SUPPORT = new Set(SUPPORT_VERBS);
/** Words between a light verb and its noun: "stepped up the pressure", "made a last-minute demand". */
const NOUN_PHRASE_WORDS = ['Determiner', 'Adjective', 'Adverb', 'Value', 'Particle'];

/** The light verb that takes the noun at t ("piled pressure"), if any, within a few words. */
function supportVerbOf(ctx: SentenceContext, t: number): number | undefined {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const tok = ctx.tokens[k];
    if (!tok) return undefined;
    if (SUPPORT.has(tok.norm) && tok.tags.has('Verb')) return k;
    if (tok.norm !== 'up' && !NOUN_PHRASE_WORDS.some((g) => tok.tags.has(g))) return undefined;
  }
  return undefined;
}

const nominal: Frame = (ctx, t, row) => {
  const qualifier = ctx.actors.find(
    (a) =>
      a.type === 'Group' &&
      (a.to === t || (a.to === t - 1 && ctx.tokens[t - 1]?.tags.has('Adjective'))),
  );
  // "Colombia's demand", "Moscow's pressure": the owner of the noun is its source.
  const owner =
    ctx.actors.find((a) => a.to === t && isPossessive(ctx, a)) ??
    ctx.mentions.find((m) => m.determiner && m.to === t);
  const from = qualifier || owner ? undefined : objectAfter(ctx, t, ['from', 'by']);
  const support = supportVerbOf(ctx, t);
  const sources = qualifier
    ? [qualifier]
    : owner
      ? [owner]
      : from && 'found' in from
        ? from.found
        : support !== undefined
          ? subjectOf(ctx, support)
          : [];
  const last = sources[sources.length - 1];
  if (!last) return [];
  const after = Math.max(t, last.to - 1);
  const claim = row.claim ? claimAfter(ctx, after) : undefined;
  const explicit = objectAfter(ctx, after, row.objectPreps ?? NOMINAL_OBJECT_PREPOSITIONS);
  // "Germany's call for Israel to allow …": the object must be asked to do something.
  const asked =
    !row.infinitive ||
    (explicit !== undefined &&
      'found' in explicit &&
      infinitiveAt(ctx, explicit.found[explicit.found.length - 1]?.to ?? -1));
  const base = qualifier ? 0.7 : 0.8;
  if (!asked) return [];
  const edges =
    explicit && 'found' in explicit
      ? pairs(ids(sources), ids(explicit.found), base)
      : row.implicit
        ? implicitEdges(ctx, t, ids(sources), base)
        : [];
  return claim ? edges.map((e) => ({ ...e, claim })) : edges;
};

const claim: Frame = (ctx, t, row) => {
  const sources = ids(subjectOf(ctx, t));
  const span = claimAfter(ctx, t);
  if (sources.length === 0 || !span) return [];
  const targets = claimTargets(ctx, t, span, sources);
  const edges =
    targets.length > 0
      ? pairs(sources, targets, 0.85)
      : row.implicit
        ? implicitEdges(ctx, t, sources, 0.85)
        : [];
  return edges.map((e) => ({ ...e, claim: span }));
};

export const FRAMES: Readonly<Record<FrameName, Frame>> = {
  object,
  coordinated: coordinatedSubjects,
  between,
  compound,
  possessive,
  passive,
  nominal,
  claim,
};
