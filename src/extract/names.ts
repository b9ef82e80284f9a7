import { NAME_CONNECTORS } from './lexicon/prepositions.js';
import { SENTENCE_STARTERS } from './lexicon/non-entities.js';
import type { Token } from './parse.js';

// Tags of words that never start or continue a name, even capitalised.
const NEVER_NAME = [
  'Date',
  'Value',
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'QuestionWord',
  'Expression',
  'Adverb',
];
// Tags strong enough to take a capitalised first word of a sentence as a name.
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Country', 'City'];
const CONNECTORS = new Set(NAME_CONNECTORS);
const STARTERS = new Set(SENTENCE_STARTERS);

/** A capitalised run of words that may be a name; `weak` if it rests on a sentence's first word. */
export interface Run {
  from: number;
  to: number;
  weak: boolean;
}

/** First word of a sentence or of a quotation, where capitals say nothing. */
function atClauseStart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[“"‘(—]/.test(tokens[i]?.pre ?? '');
}

function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !NEVER_NAME.some((tag) => t.tags.has(tag));
}

function joins(t: Token): boolean {
  return t.post === ' ' || t.post === '-' || (/^[A-Z]$/.test(t.text) && t.post === '. ');
}

/**
 * Maximal runs of capitalised words not in `taken`, joined by single spaces, hyphens, initials
 * ("Harry S. Truman") and connectors ("Strait of Hormuz"). A possessive ends a run.
 */
export function capitalisedRuns(tokens: readonly Token[], taken: ReadonlySet<number>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (
      !t ||
      taken.has(i) ||
      !capitalised(t) ||
      (atClauseStart(tokens, i) && STARTERS.has(t.norm))
    ) {
      i++;
      continue;
    }
    const weak = atClauseStart(tokens, i) && !NAME_TAGS.some((tag) => t.tags.has(tag));
    let to = i + 1;
    while (to < tokens.length) {
      const prev = tokens[to - 1];
      if (!prev || prev.possessive || !joins(prev)) break;
      const next = tokens[to];
      if (next && !taken.has(to) && capitalised(next)) {
        to++;
        continue;
      }
      const after = tokens[to + 1];
      if (
        next &&
        CONNECTORS.has(next.norm) &&
        joins(next) &&
        after &&
        !taken.has(to + 1) &&
        capitalised(after)
      ) {
        to += 2;
        continue;
      }
      break;
    }
    runs.push({ from: i, to, weak });
    i = to;
  }
  return runs;
}
