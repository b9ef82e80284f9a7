import type { Found } from './found.js';
import { entityId } from '../model/keys.js';
import { ANAPHORA, type AnaphorRow } from './lexicon/anaphora.js';
import { sexOfFirstName, type Sex } from './lexicon/first-names.js';
import type { Token } from './parse.js';
import type { Sentence } from './sentences.js';

// Pronouns and definite descriptions resolved, within one article, to the most recent entity
// they can stand for: same type, a sex that does not contradict (first names, Mr/Ms), a role for
// "the minister". The sentence that
// states a relation stays its evidence as written; the relation lands on the entity.

/** How many sentences back an antecedent may stand. */
const LOOK_BACK = 4;
/** How close "its" must follow a name to be its owner: "Aramco said its", "Aramco and its". */
const ITS_WINDOW = 3;

interface Phrase {
  row: AnaphorRow;
  words: string[];
}

const PHRASES: Phrase[] = ANAPHORA.flatMap((row) =>
  row.words.map((w) => ({ row, words: w.split(' ') })),
).sort((a, b) => b.words.length - a.words.length);

const HONORIFIC_SEX: Readonly<Record<string, Sex>> = {
  mr: 'male',
  'mr.': 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  miss: 'female',
};

/** The anaphor written at tokens[i], with its length, if any. */
function anaphorAt(
  tokens: readonly Token[],
  i: number,
): { phrase: Phrase; to: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const definite = t.norm === 'the';
  const from = definite ? i + 1 : i;
  for (const phrase of PHRASES) {
    if (phrase.row.definite !== definite) continue;
    const to = from + phrase.words.length;
    if (!phrase.words.every((w, k) => tokens[from + k]?.norm === w)) continue;
    // "the President Xi", "the Company Act": a title or a name, not a description.
    if (definite && /^\p{Lu}/u.test(tokens[to]?.text ?? '')) continue;
    if (definite && /^\p{Lu}/u.test(tokens[from]?.text ?? '')) continue;
    return { phrase, to };
  }
  return undefined;
}

/** For each token, whether it stands inside a quotation that opens in this sentence. */
function inQuote(tokens: readonly Token[]): boolean[] {
  let open = false;
  return tokens.map((t) => {
    if (!open && /[“"]/.test(t.pre)) open = true;
    const inside = open;
    if (open && /[”"]/.test(t.post)) open = false;
    return inside;
  });
}

/** A possessive determiner ("his talks"), which owns a noun rather than acting. */
function determiner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.norm === 'his' || t.norm === 'hers') return true;
  const next = tokens[i + 1];
  return (
    t.norm === 'her' &&
    next !== undefined &&
    !/[,.;:]/.test(t.post) &&
    (next.tags.has('Noun') || next.tags.has('Adjective'))
  );
}

/**
 * "Aramco said its profit fell": a name guessed a person only because no row knew it, followed in
 * its sentence by "its" before any other name, is an organisation, throughout the article.
 */
export function typeByPronouns(sentences: readonly Sentence[], mentions: Found[][]): void {
  const retyped = new Map<string, string>();
  // A person the article also names with a title or a known first name stays one.
  const surely = new Set(
    mentions.flat().flatMap((f) => (f.type === 'Person' && !f.guessed ? [f.id] : [])),
  );
  sentences.forEach((sentence, s) => {
    const found = mentions[s] ?? [];
    for (const f of found) {
      if (f.type !== 'Person' || !f.guessed || surely.has(f.id)) continue;
      const next = found.find((g) => g.from >= f.to)?.from ?? sentence.tokens.length;
      const near = sentence.tokens.slice(f.to, Math.min(next, f.to + ITS_WINDOW));
      if (near.some((t) => t.norm === 'its')) retyped.set(f.id, entityId('Organization', f.name));
    }
  });
  for (const f of mentions.flat()) {
    const id = retyped.get(f.id);
    if (id) Object.assign(f, { type: 'Organization', id, rule: 'its-owner' });
  }
}

/**
 * Adds to each sentence's mentions the pronouns and descriptions that stand for an entity named
 * earlier in the article, marked `anaphor`. Mutates the per-sentence lists, which only this
 * extraction holds.
 */
export function resolveAnaphora(sentences: readonly Sentence[], mentions: Found[][]): void {
  const sex = new Map<string, Sex>();
  const learn = (f: Found, tokens: readonly Token[]) => {
    if (f.type !== 'Person' || sex.has(f.id)) return;
    const honorific = tokens[f.from - 1]?.norm ?? '';
    const known = HONORIFIC_SEX[honorific] ?? sexOfFirstName(f.name.split(' ')[0] ?? '');
    if (known) sex.set(f.id, known);
  };
  sentences.forEach((sentence, s) => {
    const found = mentions[s] ?? [];
    const { tokens } = sentence;
    for (const f of found) learn(f, tokens);
    const taken = new Set<number>();
    for (const f of found) for (let k = f.from; k < f.to; k++) taken.add(k);
    const added: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      const hit = anaphorAt(tokens, i);
      if (!hit) continue;
      const { row } = hit.phrase;
      const compatible = (f: Found) =>
        f.type === row.type &&
        !f.outlet &&
        !f.isAffiliation &&
        (row.sex === undefined || sex.get(f.id) === undefined || sex.get(f.id) === row.sex);
      // Earlier sentences offer only names shown to be people; in its own sentence a pronoun
      // may take a lone guessed name ("Scholz confirmed that he spoke …").
      const fits = (f: Found) => compatible(f) && (f.type !== 'Person' || personEvidence(f));
      const candidates: Found[] = [];
      // This sentence's names before the anaphor, the most recent first, then earlier sentences'.
      // (Tried on gum-news and scoring lower: the article's most named person first, a sex
      // known from first names outranking recency.)
      // Braysmith said, "I think his photography …": inside a quotation, not its speaker.
      const quoted = inQuote(tokens);
      candidates.push(
        ...found
          .filter((f) => f.to <= i && compatible(f) && quoted[f.from] === quoted[i])
          .reverse(),
      );
      // A subject "he"/"she" continues an earlier sentence's subject, its first person named;
      // "him", "his", "her" take the most recent.
      const opening = tokens[i]?.norm === 'he' || tokens[i]?.norm === 'she';
      for (let back = s - 1; back >= Math.max(0, s - LOOK_BACK); back--) {
        const earlier = (mentions[back] ?? []).filter(fits);
        candidates.push(...(opening ? earlier : earlier.reverse()));
      }
      const wanted =
        row.id === 'coref-the-official' ? officialFor(candidates, hit.phrase) : candidates;
      const chosen: Found[] = [];
      for (const c of wanted) {
        if (chosen.length < row.count && !chosen.some((x) => x.id === c.id)) chosen.push(c);
      }
      if (chosen.length < row.count) continue;
      for (const c of chosen) {
        // "Mohamed … he plans": a pronoun in the antecedent's own sentence tells its sex.
        if (row.sex && found.includes(c) && !sex.has(c.id)) sex.set(c.id, row.sex);
        const f: Found = {
          type: c.type,
          id: c.id,
          name: c.name,
          surface: tokens
            .slice(i, hit.to)
            .map((t) => t.text)
            .join(' '),
          from: i,
          to: hit.to,
          anaphor: true,
          rule: row.id,
        };
        if (!row.definite && determiner(tokens, i)) f.determiner = true;
        added.push(f);
      }
      i = hit.to - 1;
    }
    found.push(...added);
    found.sort((a, b) => a.from - b.from || a.to - b.to);
  });
}

/**
 * A person the article shows as one: a full name, a title or role, a name compromise or the
 * first-name data knows, an earlier pronoun. A lone name typed a person only because no row knew
 * it ("Freewinds", "Zeitgeist") is too weak to carry a pronoun.
 */
function personEvidence(f: Found): boolean {
  return (
    f.name.includes(' ') ||
    f.role !== undefined ||
    f.anaphor === true ||
    (f.rule !== 'stands-alone' && f.rule !== 'owns-something')
  );
}

/** "the minister": the most recent person whose role says so, else the most recent with a role. */
function officialFor(candidates: readonly Found[], phrase: Phrase): Found[] {
  const office = phrase.words.join(' ');
  const byRole = candidates.filter((c) => c.role?.toLowerCase().includes(office));
  return byRole.length > 0 ? byRole : candidates.filter((c) => c.role !== undefined);
}
