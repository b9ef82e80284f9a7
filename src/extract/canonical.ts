import { nameKey } from '../model/keys.js';

const words = (name: string) => nameKey(name).split(' ');

function contains(long: readonly string[], short: readonly string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

/**
 * Maps each person name that is part of exactly one longer name to that longer name:
 * "Witkoff" → "Steve Witkoff", "Seyed Abbas" → "Seyed Abbas Araghchi". A part shared by two
 * different full names ("Kim" for two Kims) stays as it is rather than being guessed. Pure and
 * independent of the order of `names`: candidates are compared as a set.
 */
export function resolveShortNames(names: Iterable<string>): Map<string, string> {
  const unique = [...new Set(names)].sort();
  const split = new Map(unique.map((n) => [n, words(n)] as const));
  // Names by each of their words, so a short name is compared only with names sharing a word.
  const byWord = new Map<string, string[]>();
  for (const [name, ws] of split)
    for (const w of new Set(ws)) byWord.set(w, [...(byWord.get(w) ?? []), name]);
  const out = new Map<string, string>();
  for (const short of unique) {
    const s = split.get(short) ?? [];
    const pool = byWord.get(s[0] ?? '') ?? [];
    const longer = pool.filter(
      (n) => (split.get(n)?.length ?? 0) > s.length && contains(split.get(n) ?? [], s),
    );
    // Only the longest candidates count: "Abbas" is in "Seyed Abbas" and "Seyed Abbas Araghchi".
    const longest = longer.filter(
      (n) => !longer.some((m) => m !== n && contains(split.get(m) ?? [], split.get(n) ?? [])),
    );
    if (longest.length === 1 && longest[0]) out.set(short, longest[0]);
  }
  return out;
}
