import type { Found } from '../found.js';
import { MEMBER_NOUNS } from '../lexicon/organizations.js';
import {
  CLAUSE_OPENERS,
  PREPOSITIONS,
  SUBORDINATING_PREPOSITIONS,
} from '../lexicon/prepositions.js';
import type { Token } from '../parse.js';

// How the frames read a sentence: who stands before a trigger (its subject), who after it (its
// object), and which names sit behind a preposition and so are neither.

export interface SentenceContext {
  tokens: readonly Token[];
  /** Every settled mention of the sentence, places included. */
  mentions: readonly Found[];
  /** Those that can take part in a relation: no places, no title affiliations. */
  actors: readonly Found[];
  /** The article's focal government (focal.ts). */
  focal?: string;
}

const PREPOSITION = new Set(PREPOSITIONS);
const MEMBERS = new Set(MEMBER_NOUNS);
/** "officials from Ecuador", "a spokesperson for Microsoft": the name after acts through them. */
const MEMBER_PREPOSITIONS = new Set(['from', 'for', 'of']);
const OPENERS = new Set(CLAUSE_OPENERS);
const SUBORDINATING = new Set(SUBORDINATING_PREPOSITIONS);
const DETERMINERS = new Set(['the', 'a', 'an']);
const SKIPPABLE_TAGS = ['Adjective', 'Adverb', 'Value'];

/** Where a mention starts once its title and affiliation are counted in. */
function startOf(f: Found): number {
  return f.affiliation?.from ?? f.titleFrom ?? f.from;
}

/**
 * The mention owns what follows it ("Iran’s proposal") and so is no subject or object of its
 * own, unless what it owns is people or a part it acts through ("Manchester City's owners met",
 * "Egypt's foreign ministry confirmed").
 */
export function isPossessive(ctx: SentenceContext, f: Found): boolean {
  if (ctx.tokens[f.to - 1]?.possessive !== true) return false;
  for (let k = f.to; k < f.to + 3; k++) {
    const t = ctx.tokens[k];
    if (!t || !/^\p{Ll}/u.test(t.text)) return true;
    if (MEMBERS.has(t.key)) return false;
  }
  return true;
}

/**
 * The preposition a mention stands behind, past determiners, adjectives and other names, within
 * its clause. A comma ends the search, except between a place and the place or country that
 * locates it: in "in Istanbul, Turkey" the country stands behind "in" too, but in "in
 * Johannesburg, Australian Foreign Minister Penny Wong met" the minister opens the clause.
 */
export function prepositionBefore(ctx: SentenceContext, f: Found): string | undefined {
  const locates = f.type === 'Place' || f.type === 'Country';
  for (let k = startOf(f) - 1; k >= 0; k--) {
    const t = ctx.tokens[k];
    if (!t) return undefined;
    if (PREPOSITION.has(t.norm)) {
      const member = MEMBERS.has(ctx.tokens[k - 1]?.key ?? '') && MEMBER_PREPOSITIONS.has(t.norm);
      return member ? prepositionBeforeMembers(ctx, k - 1) : t.norm;
    }
    const inMention = ctx.mentions.find((m) => m.from <= k && k < m.to);
    const afterPlace = inMention?.type === 'Place' && inMention.to === k + 1;
    if (/[,;:—]/.test(t.post) && !(afterPlace && locates)) return undefined;
    const skippable =
      DETERMINERS.has(t.norm) || SKIPPABLE_TAGS.some((tag) => t.tags.has(tag)) || inMention;
    if (!skippable) return undefined;
  }
  return undefined;
}

/**
 * "talks with his counterparts from Greece": the people a name acts through stand behind "with",
 * and so does the name. Only past determiners, possessives and adjectives right before them.
 */
function prepositionBeforeMembers(ctx: SentenceContext, member: number): string | undefined {
  for (let k = member - 1; k >= Math.max(0, member - 4); k--) {
    const t = ctx.tokens[k];
    if (!t || /[,;:—]/.test(t.post)) return undefined;
    if (PREPOSITION.has(t.norm)) return t.norm;
    const skippable =
      DETERMINERS.has(t.norm) ||
      t.tags.has('Possessive') ||
      SKIPPABLE_TAGS.some((tag) => t.tags.has(tag));
    if (!skippable) return undefined;
  }
  return undefined;
}

/**
 * "to" and a verb at k, past the people a name acts through: "asked the Chilean government to
 * extend", "called on Kenyan officials to act".
 */
export function infinitiveAt(ctx: SentenceContext, k: number): boolean {
  let at = k;
  while (MEMBERS.has(ctx.tokens[at]?.key ?? '')) at++;
  // Past a time or an adverb: "asked Getty Images on Tuesday to offer", "urged Kenya again to".
  for (;;) {
    const tok = ctx.tokens[at];
    if (tok?.norm === 'on' && ctx.tokens[at + 1]?.tags.has('Date')) at += 2;
    else if (tok?.tags.has('Adverb') || tok?.tags.has('Date')) at++;
    else break;
  }
  return ctx.tokens[at]?.norm === 'to';
}

export function opensClause(t: Token | undefined): boolean {
  return t !== undefined && OPENERS.has(t.norm);
}

/** A clause ends after a token followed by ; : — or a full stop. */
function endsClause(t: Token | undefined): boolean {
  return t === undefined || /[;:—.!?]/.test(t.post);
}

/** Mentions joined to `chosen` by "and" or a comma: "Witkoff and Jared Kushner", "the U.K. and the EU". */
export function coordinated(ctx: SentenceContext, pool: readonly Found[], chosen: Found): Found[] {
  const i = pool.indexOf(chosen);
  const joined = (a: Found | undefined, b: Found | undefined) => {
    if (!a || !b) return false;
    // "the two leaders": one phrase standing for two entities.
    if (a.from === b.from && a.to === b.to) return true;
    const between = ctx.tokens.slice(a.to, startOf(b));
    // "Norwegian officials and the Nobel Committee", "Ivorian officials and representatives of
    // the African Union": the people a name acts through join too.
    const words = between.filter(
      (t, k) =>
        !DETERMINERS.has(t.norm) &&
        !MEMBERS.has(t.key) &&
        !(MEMBER_PREPOSITIONS.has(t.norm) && MEMBERS.has(between[k - 1]?.key ?? '')),
    );
    const comma = /,/.test(ctx.tokens[a.to - 1]?.post ?? '');
    return (words.length === 1 && words[0]?.norm === 'and') || (between.length === 0 && comma);
  };
  const out = [chosen];
  for (let k = i; k > 0 && joined(pool[k - 1], pool[k]); k--) out.unshift(pool[k - 1] as Found);
  for (let k = i; k + 1 < pool.length && joined(pool[k], pool[k + 1]); k++)
    out.push(pool[k + 1] as Found);
  // A list joined by commas ends in "and": "A, B and C". Commas alone join two clauses'
  // names ("pressure from Washington, Mexico deployed …"), not a list.
  const hasAnd = out.some(
    (f, k) => k > 0 && ctx.tokens.slice(out[k - 1]?.to, f.from).some((t) => t.norm === 'and'),
  );
  const sameSpan = out.every((f) => f.from === chosen.from && f.to === chosen.to);
  return hasAnd || sameSpan || out.length === 1 ? out : [chosen];
}

/**
 * The subject of the trigger at t: the nearest name before it that is not behind a preposition
 * and owns nothing, with the names coordinated with it; none if a pronoun stands between ("if
 * they insisted"). A participle after a comma ("… contacted the White House, urging the
 * administration") and a trigger whose object is left implicit take the first name instead:
 * the nearest is then the party addressed ("contacted the White House … to urge that …").
 */
export function subjectOf(ctx: SentenceContext, t: number, first = false): Found[] {
  const relative = relativeSubject(ctx, t);
  if (relative) return [relative];
  const pool = ctx.actors.filter(
    (a) =>
      a.to <= t &&
      (!prepositionBefore(ctx, a) || subordinateSubject(ctx, a, t)) &&
      !isPossessive(ctx, a) &&
      !inAside(ctx, a, t),
  );
  const participle = ctx.tokens[t]?.tags.has('Gerund') && /,/.test(ctx.tokens[t - 1]?.post ?? '');
  const chosen =
    first || participle ? pool[0] : (sharedSubject(ctx, t, pool) ?? pool[pool.length - 1]);
  if (!chosen) return [];
  const between = ctx.tokens.slice(chosen.to, t);
  if (!first && between.some((tok) => tok.tags.has('Pronoun') && !tok.tags.has('Possessive')))
    return [];
  return coordinated(ctx, pool, chosen);
}

/**
 * "after the two presidents met", "after X and Y met": behind a preposition that opens a clause,
 * a name the trigger follows, past names joined to it, auxiliaries and adverbs only, is that
 * clause's subject.
 */
function subordinateSubject(ctx: SentenceContext, f: Found, t: number): boolean {
  if (!SUBORDINATING.has(prepositionBefore(ctx, f) ?? '')) return false;
  for (let k = f.to; k < t; k++) {
    const tok = ctx.tokens[k];
    if (!tok) return false;
    const named = ctx.actors.find((a) => startOf(a) <= k && k < a.to);
    if (named) k = named.to - 1;
    else if (!AUXILIARIES.has(tok.norm) && !tok.tags.has('Adverb') && tok.norm !== 'and')
      return false;
  }
  return true;
}

/** Relative pronouns that open an aside between a subject and its verb. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The name a relative clause hangs on, for a verb inside it: in "held talks with Museveni, who
 * later met Samia Suluhu Hassan", Museveni met her, though he stands behind "with".
 */
function relativeSubject(ctx: SentenceContext, t: number): Found | undefined {
  // Past "had", "also", "later", "earlier" (compromise reads the last two as adjectives).
  const skippable = (tok: Token | undefined) =>
    tok !== undefined &&
    (tok.tags.has('Adverb') || tok.tags.has('Adjective') || AUXILIARIES.has(tok.norm));
  let k = t - 1;
  while (k > t - 4 && skippable(ctx.tokens[k])) k--;
  const pronoun = ctx.tokens[k]?.norm;
  if (pronoun !== 'who' && pronoun !== 'which') return undefined;
  if (!/,/.test(ctx.tokens[k - 1]?.post ?? '')) return undefined;
  return ctx.actors.find((a) => a.to === k);
}

/**
 * The mention stands in an aside that closes before t: between commas, opened by a participle or
 * a relative pronoun ("Vance, representing the United States at the conference, met Zelensky";
 * "Ruto, who chairs the African Union, met …"). What the aside names is not the verb's subject.
 */
function inAside(ctx: SentenceContext, f: Found, t: number): boolean {
  let open = -1;
  for (let k = startOf(f) - 1; k >= 0; k--) {
    if (/[,;:—]/.test(ctx.tokens[k]?.post ?? '')) {
      open = k + 1;
      break;
    }
  }
  const opener = ctx.tokens[open];
  if (open < 1 || !opener || !(opener.tags.has('Gerund') || RELATIVES.has(opener.norm)))
    return false;
  for (let k = f.to - 1; k < t; k++) if (/,/.test(ctx.tokens[k]?.post ?? '')) return true;
  return false;
}

/** Words between a subject and its verb that leave the verb its subject's: "also", "has". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'was', 'were', 'is', 'also']);

/** Words between "and" and a trigger that leave it the earlier verb's: "and to hold talks". */
const HELD_NOUN_WORDS = ['Adverb', 'Determiner', 'Adjective', 'Value'];

/**
 * A verb joined by "and" to an earlier verb shares that verb's subject: in "She met President
 * Donald Trump at the White House and urged him", she urged, not Trump; so does a meeting noun
 * the second verb holds ("is due to meet Prabowo and to hold talks with Sugiono"). The subject
 * is the last name before the "and" that a verb follows.
 */
function sharedSubject(ctx: SentenceContext, t: number, pool: readonly Found[]): Found | undefined {
  let and = t - 1;
  let verbs = ctx.tokens[t]?.tags.has('Verb') ? 1 : 0;
  for (; and > 0 && and >= t - 5; and--) {
    const tok = ctx.tokens[and];
    if (!tok || tok.norm === 'and') break;
    if (tok.tags.has('Verb') && !tok.tags.has('Adjective') && verbs++ === 0) continue;
    if (tok.norm !== 'to' && !HELD_NOUN_WORDS.some((g) => tok.tags.has(g))) return undefined;
  }
  if (ctx.tokens[and]?.norm !== 'and') return undefined;
  const verbFollows = (f: Found) => {
    for (let k = f.to; k < and; k++) {
      const tok = ctx.tokens[k];
      if (!tok) return false;
      // "is due to meet": after the infinitive's "to" a word is a verb.
      const verb = tok.tags.has('Verb') || ctx.tokens[k - 1]?.norm === 'to';
      if (verb && !AUXILIARIES.has(tok.norm)) return true;
      const infinitive = tok.norm === 'to' || ctx.tokens[k + 1]?.norm === 'to';
      if (!AUXILIARIES.has(tok.norm) && !tok.tags.has('Adverb') && !infinitive) return false;
    }
    return false;
  };
  return pool.filter((f) => f.to < and && verbFollows(f)).pop();
}

/**
 * The subject of a phrase fronted before the main clause, for a trigger with nothing before it:
 * "Meeting with Xi Jinping on Monday, Lula urged …", "In a meeting with Prabowo, Albanese
 * pressed …". The phrase has no finite verb and ends at the first comma after its object
 * (`from`); the subject is the first name after that comma.
 */
export function frontedSubject(ctx: SentenceContext, from: number): Found[] {
  const finite = (k: number) => {
    const tok = ctx.tokens[k];
    return tok?.tags.has('Verb') === true && !tok.tags.has('Gerund');
  };
  let comma = -1;
  for (let k = from - 1; k < ctx.tokens.length; k++) {
    if (finite(k) || opensClause(ctx.tokens[k])) return [];
    if (/,/.test(ctx.tokens[k]?.post ?? '')) {
      comma = k;
      break;
    }
  }
  if (comma < 0 || ctx.tokens.slice(0, from).some((_, k) => finite(k))) return [];
  const pool = ctx.actors.filter(
    (a) => a.from > comma && !prepositionBefore(ctx, a) && !isPossessive(ctx, a),
  );
  const first = pool[0];
  return first && startOf(first) <= comma + 3 ? coordinated(ctx, pool, first) : [];
}

export type ObjectFound = { found: Found[] } | { pronoun: string; at: number } | undefined;

/** How many words after a trigger its object may start; adverbs ("met separately with") are not counted. */
const OBJECT_WINDOW = 8;

/**
 * The object after position t: the first name introduced directly (prep '') or by one of
 * `preps`, within a few words and the same clause, with names coordinated with it. A chain of
 * adjacent names ("U.S. allies in the Middle East") is headed by its last. A pronoun in the
 * object's place is returned as such.
 */
export function objectAfter(
  ctx: SentenceContext,
  t: number,
  preps: readonly string[],
): ObjectFound {
  for (let k = t + 1, words = 0; words < OBJECT_WINDOW && k < ctx.tokens.length; k++) {
    const token = ctx.tokens[k];
    if (!token?.tags.has('Adverb')) words++;
    if (!token || (k > t + 1 && opensClause(token))) return undefined;
    const actor = ctx.actors.find((a) => startOf(a) === k);
    if (actor) {
      // "to discuss the islands' deals with China": an owned noun takes its "with" for itself.
      const owned =
        k - 3 > t &&
        ctx.tokens[k - 1]?.norm === 'with' &&
        ctx.tokens[k - 3]?.possessive === true &&
        ctx.tokens[k - 2]?.tags.has('Noun') === true;
      if (owned) return undefined;
      if (preps.includes(prepositionBefore(ctx, actor) ?? '')) {
        let head = actor;
        // Adjacent, not across punctuation: "pressure from Washington, Mexico deployed" is two;
        // nor a description opening the next clause: "told Al Jazeera the group had …".
        const chained = (h: Found) =>
          /[,;:—]/.test(ctx.tokens[h.to - 1]?.post ?? '')
            ? undefined
            : ctx.actors.find((a) => a.from === h.to && !a.anaphor);
        for (let next = chained(head); next; next = chained(head)) head = next;
        // (With the other entities a plural description stands for: "urged both countries".)
        const pool = ctx.actors.filter(
          (a) => a.from >= head.to || (a.from === head.from && a.to === head.to),
        );
        return { found: coordinated(ctx, pool, head) };
      }
      // Past the actor; one whose affiliation follows it ("Tim Cook, Apple's …") ends before
      // it starts here, and must not send the search back.
      words += Math.max(0, actor.to - 1 - k);
      k = Math.max(k, actor.to - 1);
    } else if (token.tags.has('Pronoun') && !token.tags.has('Possessive')) {
      const before = ctx.tokens[k - 1];
      const direct = preps.includes('') && k === t + 1;
      if (direct || (before && preps.includes(before.norm))) return { pronoun: token.norm, at: k };
    }
    if (endsClause(token)) return undefined;
  }
  return undefined;
}
