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

/**
 * The acronym's letters are, in order, the opening letters of the name's words, the first word
 * giving at least its initial and any other giving none or more: "SADC" (Southern African
 * Development Community), "ECOWAS" (Economic COmmunity of West African States), "Benelux".
 */
function abbreviates(acronym: string, name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const from = (i: number, w: number, least: number): boolean => {
    if (i === letters.length) return true;
    const word = words[w];
    if (word === undefined) return false;
    let p = 0;
    while (p < word.length && i + p < letters.length && word[p] === letters[i + p]) p++;
    for (let take = p; take >= least; take--) if (from(i + take, w + 1, 0)) return true;
    return false;
  };
  return from(0, 0, 1);
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
