import { resolveShortNames } from './canonical.js';
import type { Found } from './found.js';
import { UNNAMED_REGION } from './lexicon/group-actors.js';
import { entityId } from '../model/keys.js';

/**
 * Rows that type a lone name a place, a capital's government or an organisation from a gazetteer
 * or compromise's tags: a surname the article gives in full is the person ("Tinubu's office").
 */
const PLACE_RULES = new Set([
  'compromise-organization',
  // "Kassym-Jomart Tokayev … Tokayev's spokesman", "James Marape … Marape and Australian …": a
  // lone name read as an organisation from what it owns or whom it is joined to.
  'owns-a-person',
  'stands-alone',
  'capital-as-place',
  'capital-as-government',
  'compromise-place',
  'behind-locative',
  'gazetteer-place',
]);

/** What the whole article tells about its parts. */
export interface ArticleContext {
  /** Id of the government whose officials the article quotes most (focal.ts). */
  focal?: string;
  focalName?: string;
}

function mostFrequentGroup(found: readonly Found[]): { id: string; name: string } {
  const counts = new Map<string, { id: string; name: string; n: number }>();
  for (const f of found) {
    if (f.type !== 'Group' || f.pending) continue;
    const c = counts.get(f.id) ?? { id: f.id, name: f.name, n: 0 };
    c.n++;
    counts.set(f.id, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id))[0];
  return best ?? { id: entityId('Group', UNNAMED_REGION.name), name: UNNAMED_REGION.name };
}

/**
 * Settles what one sentence could not: a "regional" group joins the region the article names
 * most, "the administration" becomes the focal government (or is dropped without one), a short
 * name becomes the one full name it is part of (or is dropped if it is part of none). Returns
 * the mentions that remain, each sentence's list in order. Mutates the Found objects it keeps,
 * which only this extraction holds.
 */
export function settle(perSentence: readonly Found[][], context: ArticleContext): Found[][] {
  const all = perSentence.flat();
  const region = mostFrequentGroup(all);
  const people = all.filter((f) => f.type === 'Person' && !f.pending).map((f) => f.surface);
  const pendingNames = all.filter((f) => f.pending === 'name').map((f) => f.surface);
  // "Valeska Paris … Paris claims", "Bola Tinubu … Tinubu's office": a lone place or guessed
  // organisation name that ends a person's full name in this article is that person.
  const placeLike = all.filter(
    (f) => PLACE_RULES.has(f.rule ?? '') && f.type !== 'Person' && !f.surface.includes(' '),
  );
  const fullName = resolveShortNames([
    ...people,
    ...pendingNames,
    ...placeLike.map((f) => f.surface),
  ]);
  for (const f of placeLike) {
    const full = fullName.get(f.surface);
    if (full && people.includes(full) && full.endsWith(` ${f.surface}`))
      Object.assign(f, { type: 'Person', rule: 'surname-not-place' });
  }
  const known = new Set(people);
  return perSentence.map((found) =>
    found.filter((f) => {
      if (f.pending === 'region') Object.assign(f, region);
      else if (f.pending === 'focal') {
        if (!context.focal || !context.focalName) return false;
        Object.assign(f, { id: context.focal, name: context.focalName });
      } else if (f.type === 'Person') {
        const full = fullName.get(f.surface) ?? (f.pending ? undefined : f.surface);
        if (!full || (f.pending && !known.has(full))) return false;
        Object.assign(f, { id: entityId('Person', full), name: full });
      }
      delete f.pending;
      return true;
    }),
  );
}
