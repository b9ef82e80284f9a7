import type { Article, Relation } from '../../model/types.js';
import { orderedEnds } from '../../model/keys.js';
import type { Found } from '../found.js';
import { titleCaseHeadlineEnd } from '../headline.js';
import { NAME_CONNECTORS } from '../lexicon/prepositions.js';
import { TRIGGERS, type TriggerRow } from '../lexicon/triggers.js';
import type { Token } from '../parse.js';
import type { Sentence } from '../sentences.js';

// A title-case headline capitalises every word, so compromise cannot tell its names from its
// verbs ("Macron, Lula Hold Talks On Amazon Fund" reads "Lula Hold" as one name), and headline
// style joins parties by a comma. Here the headline is read against the names the body gives:
// a name of the body, or one word of a person's name that no other entity shares, is a party;
// "A, B hold talks" / "A and B meet" is a meeting and "A urges B" the trigger's relation.

export const HEADLINE_ROW = {
  id: 'headline-frame',
  example: 'Macron, Lula Hold Talks On Amazon Fund (both named in full in the body)',
  reason:
    'a title-case headline states a relation between parties the body names: "A, B hold talks", "A and B meet", "A urges B"',
} as const;

const CONFIDENCE = 0.75;
/** Types a headline verb may state; REPORTED_BY and CONFIRMED need more than a headline gives. */
const HEADLINE_TYPES = new Set(['MET_WITH', 'PRESSURED', 'REJECTED', 'DEMANDED']);
const CONNECTORS = new Set(NAME_CONNECTORS);
/** Shortest single name word that may stand for a person ("Lula", "Ruto"). */
const MIN_WORD = 3;
/** How many words after the second party a meeting word may stand: "A, B hold talks". */
const MEET_WINDOW = 2;

const ROWS = new Map<string, TriggerRow>();
for (const row of TRIGGERS)
  for (const word of row.match)
    if (!row.particle && HEADLINE_TYPES.has(row.type) && !ROWS.has(word)) ROWS.set(word, row);

interface Party {
  id: string;
  from: number;
  to: number;
}

/** How the body names each actor: its full name's words, and a person's single name words. */
function bodyNames(body: readonly Found[]): {
  full: Map<string, string>;
  word: Map<string, string>;
} {
  const full = new Map<string, string>();
  const word = new Map<string, string | null>();
  for (const f of body) {
    if (f.anaphor || f.isAffiliation || f.type === 'Place' || f.type === 'Group') continue;
    const words = f.name.toLowerCase().split(/\s+/);
    full.set(words.join(' '), f.id);
    if (f.type !== 'Person') continue;
    for (const w of words) {
      if (w.length < MIN_WORD || CONNECTORS.has(w)) continue;
      // A word two entities share stands for neither.
      word.set(w, word.has(w) && word.get(w) !== f.id ? null : f.id);
    }
  }
  const unique = new Map<string, string>();
  for (const [w, id] of word) if (id) unique.set(w, id);
  return { full, word: unique };
}

/** The parties the headline names, longest match first, in order. */
function partiesOf(tokens: readonly Token[], body: readonly Found[]): Party[] {
  const { full, word } = bodyNames(body);
  const longest = Math.max(0, ...[...full.keys()].map((k) => k.split(' ').length));
  const out: Party[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let hit: Party | undefined;
    for (let n = Math.min(longest, tokens.length - i); n >= 1 && !hit; n--) {
      const key = tokens
        .slice(i, i + n)
        .map((t) => t.norm)
        .join(' ');
      const id = full.get(key) ?? (n === 1 ? word.get(key) : undefined);
      if (id) hit = { id, from: i, to: i + n };
    }
    if (hit) {
      out.push(hit);
      i = hit.to - 1;
    }
  }
  return out;
}

/** "A, B" or "A and B": nothing but a comma, "and" or "&" between them. */
function joined(tokens: readonly Token[], a: Party, b: Party): boolean {
  const between = tokens.slice(a.to, b.from);
  const comma = /,/.test(tokens[a.to - 1]?.post ?? '');
  return (
    (between.length === 0 && comma) ||
    (between.length === 1 && (between[0]?.norm === 'and' || between[0]?.norm === '&'))
  );
}

/**
 * The relations a title-case headline states between entities the body names. Only the first
 * sentence, and only when it is such a headline; the evidence is the headline as written.
 */
export function headlineRelations(
  article: Article,
  sentences: readonly Sentence[],
  mentions: readonly Found[][],
): Relation[] {
  const end = titleCaseHeadlineEnd(article.text);
  const headline = sentences[0];
  if (end === undefined || !headline || headline.end > end) return [];
  const { tokens } = headline;
  const parties = partiesOf(tokens, mentions.slice(1).flat());
  const out: Relation[] = [];
  const emit = (a: Party, b: Party, trigger: Token, row: TriggerRow) => {
    if (a.id === b.id) return;
    const [source, target] = orderedEnds(row.type, a.id, b.id);
    const relation: Relation = {
      type: row.type,
      source,
      target,
      article: article.id,
      evidence: headline.evidence,
      start: headline.start,
      end: headline.end,
      trigger: trigger.text,
      confidence: CONFIDENCE,
      modality: 'happened',
      cameo: row.cameo,
      rule: HEADLINE_ROW.id,
    };
    if (article.published) relation.published = article.published;
    if (!out.some((r) => r.type === row.type && r.source === source && r.target === target))
      out.push(relation);
  };
  parties.forEach((a, k) => {
    const b = parties[k + 1];
    if (!b) return;
    if (joined(tokens, a, b)) {
      // "A, B Hold Talks", "A And B Meet"
      for (let m = b.to; m < Math.min(tokens.length, b.to + MEET_WINDOW); m++) {
        const tok = tokens[m];
        const row = ROWS.get(tok?.norm ?? '');
        if (tok && row?.type === 'MET_WITH') return emit(a, b, tok, row);
      }
      return;
    }
    // "A Meets B", "A Urges B", "A Holds Talks With B"
    const between = tokens.slice(a.to, b.from);
    if (between.length === 0 || between.length > 3) return;
    const at = between.findIndex((t) => ROWS.has(t.norm));
    const tok = between[at];
    const row = ROWS.get(tok?.norm ?? '');
    if (!tok || !row) return;
    const rest = between.slice(at + 1).map((t) => t.norm);
    if (rest.every((w) => w === 'with' || w === 'talks')) emit(a, b, tok, row);
  });
  return out;
}
