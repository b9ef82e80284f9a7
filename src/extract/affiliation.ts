import type { Found } from './found.js';
import { entityId } from '../model/keys.js';
import type { Token } from './parse.js';
import { spanText } from './span.js';
import { titleAt } from './titles.js';

// What one sentence's mentions say of each other once classified: whom a person acts for, and
// which guessed people are organisations after all.

const AFFILIATIONS = new Set(['Country', 'Organization']);

/**
 * Ties each person to the country or organisation they act for, when the sentence writes it
 * before their title ("Iranian Foreign Minister …"), as the owner of their name ("Kenya's
 * William Ruto", "Tesla's Elon Musk"), or in apposition after it ("Tim Cook, Apple's chief
 * executive,", "Amin Nasser, chief executive of Saudi Aramco").
 */
export function affiliate(tokens: readonly Token[], found: Found[]): void {
  const at = (from: number) => found.find((f) => f.from === from && AFFILIATIONS.has(f.type));
  const tie = (person: Found, affiliation: Found | undefined, role?: string) => {
    if (!affiliation || affiliation.isAffiliation) return;
    person.affiliation = affiliation;
    affiliation.isAffiliation = true;
    if (role && !person.role) person.role = role;
  };
  for (const person of found) {
    if (person.type !== 'Person') continue;
    if (person.titleFrom !== undefined) {
      tie(
        person,
        found.find((f) => f.to === person.titleFrom && AFFILIATIONS.has(f.type)),
      );
      continue;
    }
    const owner = found.find((f) => f.to === person.from && AFFILIATIONS.has(f.type));
    if (owner && tokens[owner.to - 1]?.possessive) {
      tie(person, owner, spanText(tokens, owner.from, owner.to));
      continue;
    }
    if (!/^,/.test(tokens[person.to - 1]?.post ?? '')) continue;
    const from = person.to + (tokens[person.to]?.norm === 'the' ? 1 : 0);
    const ahead = at(from);
    const title = ahead ? titleAt(tokens, ahead.to) : titleAt(tokens, from);
    if (title === 0) continue;
    if (ahead) tie(person, ahead, spanText(tokens, ahead.to, ahead.to + title));
    else if (tokens[from + title]?.norm === 'of')
      tie(person, at(from + title + 1), spanText(tokens, from, from + title));
  }
}

/**
 * A guessed person joined by "and" or "or" to an organisation or a country is an organisation
 * (and one after a place, a place):
 * "Sony and Kadokawa", "Hezbollah and Israel exchanged fire"; so is one in a list closed by "and"
 * ("Ubisoft, Microsoft and Sony"). A lone comma is not enough: "Sundar Pichai, Google's chief
 * executive" is apposition.
 */
export function settleGuesses(tokens: readonly Token[], found: Found[]): void {
  const sorted = [...found].sort((a, b) => a.from - b.from);
  const comma = (a: Found) => /^,\s*$/.test(tokens[a.to - 1]?.post ?? '');
  const conjunction = (a: Found, b: Found) => {
    const between = tokens.slice(a.to, b.from).map((t) => t.norm);
    return between.length === 1 && (between[0] === 'and' || between[0] === 'or');
  };
  // A comma counts only inside a list: the items after it run on by commas to an "and".
  const listed = (i: number): boolean => {
    for (let k = i; k < sorted.length - 1; k++) {
      const a = sorted[k];
      const b = sorted[k + 1];
      if (!a || !b) return false;
      if (conjunction(a, b)) return k > i;
      if (!(comma(a) && a.to === b.from)) return false;
    }
    return false;
  };
  const joined = (a: Found, b: Found) =>
    conjunction(a, b) || (comma(a) && a.to === b.from && listed(sorted.indexOf(a)));
  for (let pass = 0; pass < 2; pass++) {
    sorted.forEach((f, i) => {
      if (!f.guessed || f.affiliation) return;
      const prev = sorted[i - 1];
      const next = sorted[i + 1];
      const actor = (g: Found | undefined) => g?.type === 'Organization' || g?.type === 'Country';
      const org =
        (actor(prev) && prev && joined(prev, f)) || (actor(next) && next && joined(f, next));
      if (org) Object.assign(f, { type: 'Organization', id: entityId('Organization', f.name) });
      // "by-elections in Magarini and Banissa in November": a list of places behind one
      // preposition, unless a verb after the name makes it a new clause's subject.
      const place = prev?.type === 'Place' && joined(prev, f) && !tokens[f.to]?.tags.has('Verb');
      if (!org && place) Object.assign(f, { type: 'Place', id: entityId('Place', f.name) });
    });
  }
}
