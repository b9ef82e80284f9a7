import type { Found } from './found.js';
import {
  BARE_GROUP_HEADS,
  CONTEXTUAL_QUALIFIERS,
  COUNT_WORDS,
  GROUP_HEADS,
  PRESSURE_NOUNS,
  REGION_NOUNS,
  REGION_QUALIFIERS,
  type Region,
} from './lexicon/group-actors.js';
import { REGIONS } from './lexicon/places.js';
import { entityId } from '../model/keys.js';
import type { Token } from './parse.js';
import { PhraseIndex } from './phrase-index.js';
import { spanText } from './span.js';

const QUALIFIER = new PhraseIndex(REGION_QUALIFIERS.map((r) => [r.words, r.region] as const));
const REGION_PLACE = PhraseIndex.of(REGIONS);
const CONTEXTUAL = new Set(CONTEXTUAL_QUALIFIERS);
const HEADS = new Set(GROUP_HEADS);
const BARE = new Set(BARE_GROUP_HEADS);
const PRESSURE = new Set(PRESSURE_NOUNS);
const COUNTS = new Set(COUNT_WORDS);
const REGION_NOUN = new Map(
  REGION_NOUNS.map((r) => [r.word, QUALIFIER.matchAt([{ key: r.region }], 0)?.value] as const),
);
// "leaders from at least nine countries": the people of the group stand for it.
const MEMBER_NOUNS = new Set(['leaders', 'officials', 'governments', 'diplomats']);

interface Qualified {
  from: number;
  /** First token after the qualifiers. */
  at: number;
  region?: Region;
  qualified: boolean;
}

/** Quantifiers and a region or contextual word before a head: "at least nine", "Multiple Middle Eastern". */
function qualifiers(tokens: readonly Token[], from: number): Qualified {
  let at = from;
  let qualified = false;
  if (tokens[at]?.norm === 'at' && tokens[at + 1]?.norm === 'least') at += 2;
  const count = tokens[at];
  if (
    count &&
    (COUNTS.has(count.norm) || /^\d+$/.test(count.norm)) &&
    tokens[from - 1]?.norm !== 'the'
  ) {
    at++;
    qualified = true;
  }
  if (CONTEXTUAL.has(tokens[at]?.norm ?? '')) {
    at++;
    qualified = true;
  }
  const hit = QUALIFIER.matchAt(tokens, at);
  if (hit) return { from, at: at + hit.length, region: hit.value, qualified: true };
  return { from, at, qualified };
}

/** "in the Middle East", "in the region", "from the Gulf" after a head. */
function postQualifier(
  tokens: readonly Token[],
  at: number,
): { to: number; region?: Region; place?: [number, number] } {
  const prep = tokens[at]?.norm;
  if ((prep !== 'in' && prep !== 'from') || tokens[at + 1]?.norm !== 'the') return { to: at };
  if (tokens[at + 2]?.norm === 'region') return { to: at + 3 };
  const hit = QUALIFIER.matchAt(tokens, at + 2);
  if (!hit) return { to: at };
  const to = at + 2 + hit.length;
  const place = REGION_PLACE.matchAll(tokens, at + 2, to)
    ? ([at + 2, to] as [number, number])
    : undefined;
  return place ? { to, region: hit.value, place } : { to, region: hit.value };
}

function group(tokens: readonly Token[], from: number, to: number, region?: Region): Found {
  const surface = spanText(tokens, from, to);
  const base = { type: 'Group' as const, surface, from, to };
  if (!region) return { ...base, id: '', name: '', pending: 'region' };
  return { ...base, id: entityId('Group', region.name), name: region.name };
}

/** The group phrase starting at tokens[i], with a Place for a region named inside it. */
function groupAt(tokens: readonly Token[], i: number): Found[] {
  const regionNoun = REGION_NOUN.get(tokens[i]?.norm ?? '');
  if (regionNoun) return [group(tokens, i, i + 1, regionNoun)];
  let start = i;
  if (MEMBER_NOUNS.has(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === 'from') start = i + 2;
  const q = qualifiers(tokens, start);
  const head = tokens[q.at];
  if (!head) return [];
  if (start === i && q.qualified && PRESSURE.has(head.norm)) {
    return [group(tokens, i, q.at, q.region)];
  }
  if (!HEADS.has(head.norm)) return [];
  const post = postQualifier(tokens, q.at + 1);
  const qualified = q.qualified || post.to > q.at + 1;
  if (!qualified && (start > i || !BARE.has(head.norm))) return [];
  const found = [group(tokens, i, post.to, q.region ?? post.region)];
  if (post.place) {
    const [from, to] = post.place;
    const name = spanText(tokens, from, to);
    found.push({ type: 'Place', id: entityId('Place', name), name, surface: name, from, to });
  }
  return found;
}

/** Every group phrase of a sentence, left to right, not overlapping. */
export function findGroups(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = groupAt(tokens, i);
    const first = hit[0];
    if (first) {
      found.push(...hit);
      i = first.to;
    } else i++;
  }
  return found;
}
