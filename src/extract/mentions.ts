import { affiliate, settleGuesses } from './affiliation.js';
import { classify } from './classify.js';
import type { Found } from './found.js';
import { findGroups } from './groups.js';
import { CAPITAL_BY_NAME, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { isFirstName } from './lexicon/first-names.js';
import { GOVERNMENT_NOUNS } from './lexicon/government.js';
import { nameKey } from '../model/keys.js';
import { capitalisedRuns, type Run } from './names.js';
import type { Token } from './parse.js';
import { spanText } from './span.js';
import { fullTitleAt } from './titles.js';

const GOVERNMENT = new Set(GOVERNMENT_NOUNS);

/** The rows of this file that find names before classify.ts types capitalised runs. */
export const MENTION_RULES = [
  {
    id: 'group-actor',
    example: 'Arab leaders, at least nine countries, Gulf capitals',
    reason: 'a collective actor from the group-actor lexicon',
  },
  {
    id: 'focal-administration',
    example: 'the administration, the Trump administration',
    reason: 'the government the article quotes most (settled per article)',
  },
  {
    id: 'hyphenated-country',
    example: 'U.S.-Iran talks, a U.S.-flagged tanker',
    reason: 'countries inside one hyphenated word',
  },
  {
    id: 'acronym',
    example: 'the Southern African Development Community (SADC) … SADC pressed Zimbabwe',
    reason:
      'an acronym in brackets after a name is that entity, there and later; so is one written alone that spells the initials of one organisation of the article (the ADF) (acronyms.ts)',
  },
  {
    id: 'head-word',
    example: "the International Monetary Fund … the Fund's executive board",
    reason:
      'a lone word after "the", or a plural one ("a draw with Chiefs"), that ends one organisation the article names in full, and no other, is that organisation (acronyms.ts)',
  },
  {
    id: 'short-organization',
    example: 'Zijin Mining, the Chinese company … until Zijin improved its offer',
    reason:
      'a lone name no dictionary or person of the article holds, that opens or ends one organisation the article names in full, is that organisation (acronyms.ts)',
  },
  {
    id: 'surname-not-place',
    example:
      "Valeska Paris, an Australian woman … Paris claims that …; Bola Tinubu … Tinubu's office",
    reason:
      'a lone place name, or a lone name compromise guessed an organisation, that ends a full person name in the article is that person',
  },
  {
    id: 'its-owner',
    example: 'Aramco said its quarterly profit fell.',
    reason: 'a guessed person followed in its sentence by "its" is an organisation',
  },
  {
    id: 'short-name',
    example: 'Witkoff and Jared Kushner …',
    reason: 'an unknown name kept only if it is part of a full name the article or corpus knows',
  },
] as const;

/**
 * "Economic Community of West African States", "Association of Southeast Asian Nations": a group
 * phrase in capitals after a capitalised word and "of" is the end of a name, not a group.
 */
function insideName(tokens: readonly Token[], f: Found): boolean {
  const upper = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  let k = f.from - 1;
  while (k > 0 && upper(k)) k--;
  const link = tokens[k]?.norm ?? '';
  return (
    (link === 'of' || link === 'for') &&
    upper(k - 1) &&
    tokens.slice(f.from, f.to).every((t) => /^\p{Lu}/u.test(t.text))
  );
}

/** "the administration", "the Trump administration": the focal government, settled per article. */
function governments(tokens: readonly Token[], taken: ReadonlySet<number>): Found[] {
  const found: Found[] = [];
  tokens.forEach((t, i) => {
    if (!GOVERNMENT.has(t.norm) || taken.has(i)) return;
    const before = tokens[i - 1];
    const from = before && /^\p{Lu}/u.test(before.text) && !taken.has(i - 1) ? i - 1 : i;
    const surface = spanText(tokens, from, i + 1);
    found.push({
      type: 'Country',
      id: '',
      name: '',
      surface,
      from,
      to: i + 1,
      pending: 'focal',
      rule: 'focal-administration',
    });
  });
  return found;
}

/** "U.S.-Iran talks", "a U.S.-flagged tanker": countries inside one hyphenated word. */
function hyphenated(tokens: readonly Token[], taken: ReadonlySet<number>): Found[] {
  const found: Found[] = [];
  tokens.forEach((t, i) => {
    if (taken.has(i) || !/^\p{Lu}.*[-‑]/u.test(t.text)) return;
    for (const part of t.text.split(/[-‑]/)) {
      const key = nameKey(part);
      const country =
        (/^\p{Lu}/u.test(part) && COUNTRY_BY_NAME.get(key)) ||
        COUNTRY_BY_DEMONYM.get(key) ||
        CAPITAL_BY_NAME.get(key)?.country;
      if (country)
        found.push({
          type: 'Country',
          ...country,
          surface: part,
          from: i,
          to: i + 1,
          rule: 'hyphenated-country',
        });
    }
  });
  return found;
}

/**
 * "Hassan Sheikh Mohamud": a capitalised title word right after a first name, written before
 * another name, is a word of one person's name, not an office.
 */
function insideFullName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i];
  return (
    before !== undefined &&
    t !== undefined &&
    before.post === ' ' &&
    /^\p{Lu}/u.test(t.text) &&
    (isFirstName(before.text) || before.tags.has('FirstName')) &&
    !COUNTRY_BY_NAME.has(before.key) &&
    !COUNTRY_BY_DEMONYM.has(before.key)
  );
}

/** Titles followed by a name: [from, to) of each, the name starting at `to`. */
function titles(tokens: readonly Token[], taken: ReadonlySet<number>): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = taken.has(i) || insideFullName(tokens, i) ? undefined : fullTitleAt(tokens, i);
    const next = span && tokens[span[1]];
    if (span && next && /^\p{Lu}/u.test(next.text) && !taken.has(span[1])) {
      spans.push(span);
      i = span[1] - 1;
    }
  }
  return spans;
}

/** "Washington, DC": a capital and its district, one place. */
function joinAcrossComma(tokens: readonly Token[], runs: Run[]): (Run & { joined: boolean })[] {
  const out: (Run & { joined: boolean })[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const joinedKey = prev && nameKey(spanText(tokens, prev.from, run.to));
    if (
      prev &&
      prev.to === run.from &&
      tokens[prev.to - 1]?.post === ', ' &&
      CAPITAL_BY_NAME.has(joinedKey ?? '')
    ) {
      prev.to = run.to;
      prev.joined = true;
    } else out.push({ ...run, joined: false });
  }
  return out;
}

/** Every mention in one sentence: groups, governments, countries, titled people, names. */
export function findMentions(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  const taken = new Set<number>();
  const take = (list: Found[]) => {
    for (const f of list) {
      found.push(f);
      for (let k = f.from; k < f.to; k++) taken.add(k);
    }
  };
  take(
    findGroups(tokens)
      .filter((f) => !insideName(tokens, f))
      .map((f) => ({ ...f, rule: 'group-actor' })),
  );
  take(governments(tokens, taken));
  take(hyphenated(tokens, taken));
  const titleSpans = titles(tokens, taken);
  for (const [from, to] of titleSpans) for (let k = from; k < to; k++) taken.add(k);
  const nameStarts = new Set(titleSpans.map(([, to]) => to));
  for (const run of joinAcrossComma(tokens, capitalisedRuns(tokens, taken, nameStarts))) {
    const title = titleSpans.find(([, end]) => end === run.from);
    const surface = spanText(tokens, run.from, run.to);
    const candidate = {
      ...run,
      tokens,
      surface,
      key: nameKey(surface),
      titled: title !== undefined,
    };
    const hit = classify(candidate);
    if (hit === null) continue;
    const base = { surface, from: run.from, to: run.to };
    const f: Found = hit
      ? { ...hit, ...base }
      : { type: 'Person', id: '', name: '', ...base, pending: 'name', rule: 'short-name' };
    if (title && f.type === 'Person') {
      f.role = spanText(tokens, title[0], title[1]);
      f.titleFrom = title[0];
    }
    found.push(f);
  }
  affiliate(tokens, found);
  settleGuesses(tokens, found);
  return found.sort((a, b) => a.from - b.from || a.to - b.to);
}
