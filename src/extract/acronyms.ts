import type { Found } from './found.js';
import { entityId } from '../model/keys.js';
import type { Sentence } from './sentences.js';

// "the Southern African Development Community (SADC)": an acronym in brackets right after a name
// is that name's alias, and "SADC" or "the SADC" later in the article is the same entity. A name
// that carries an acronym is an organisation's: people are not written so.

const ACRONYM = /^[A-Z][A-Za-z&]{1,9}$/;

/** "SADC", "FCA", "UNHCR": a short capitalised token with two capitals or more. */
export const isAcronym = (word: string): boolean =>
  ACRONYM.test(word) && word.replace(/[^A-Z]/g, '').length >= 2;
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'la', 'del']);

/** The acronym's letters follow the initials of the name's words, in order, skipping none first. */
function abbreviates(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '');
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let k = 0;
  for (const letter of letters) {
    while (k < initials.length && initials[k] !== letter) k++;
    if (k === initials.length) return false;
    k++;
  }
  return true;
}

/**
 * Gives every mention of an acronym defined in brackets the identity of the name it abbreviates,
 * and makes that name an organisation. Mutates the Found objects, which only this extraction holds.
 */
export function resolveAcronyms(sentences: readonly Sentence[], mentions: Found[][]): void {
  const byAcronym = new Map<string, Pick<Found, 'type' | 'id' | 'name'>>();
  const retyped = new Map<string, string>();
  sentences.forEach((sentence, s) => {
    for (const f of mentions[s] ?? []) {
      const next = sentence.tokens[f.to];
      if (!next || !/\($/.test(next.pre) || !/^\)/.test(next.post)) continue;
      if (!isAcronym(next.text) || !abbreviates(next.text, f.name)) continue;
      if (f.type === 'Person' && f.name.includes(' ')) {
        const id = entityId('Organization', f.name);
        retyped.set(f.id, id);
        Object.assign(f, { type: 'Organization', id });
      }
      if (f.type === 'Organization' || f.type === 'Group')
        byAcronym.set(next.text, { type: f.type, id: f.id, name: f.name });
    }
  });
  if (byAcronym.size === 0 && retyped.size === 0) return;
  for (const f of mentions.flat()) {
    const full = byAcronym.get(f.surface.replace(/^the\s+/i, ''));
    if (full) Object.assign(f, full, { rule: 'acronym' });
    else if (retyped.has(f.id)) Object.assign(f, { type: 'Organization', id: retyped.get(f.id) });
  }
}
