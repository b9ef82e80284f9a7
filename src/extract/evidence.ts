import type { Found } from './found.js';
import { MEMBER_NOUNS, ORGANIZATION_NOUNS } from './lexicon/organizations.js';
import { PLACE_PREPOSITIONS } from './lexicon/prepositions.js';
import { entityId } from '../model/keys.js';
import type { Token } from './parse.js';
import type { Sentence } from './sentences.js';

// What the whole article says of a lone name that no list typed for sure: a person is written
// with he/she, Mr/Ms, a title or an age; an organisation with "its", "the company", "the miner's
// shares", "whether it would", or beside a known organisation ("Sonangol and Eni"). One sentence
// rarely says enough ("Santos said on Monday its revenue fell" is a surname to compromise and a
// town to the gazetteer), so the article's signs are pooled per name.

export const EVIDENCE_RULES = [
  {
    id: 'organization-evidence',
    example:
      'Safaricom said in a statement that its M-Pesa service … ; Embraer slipped, and the planemaker …',
    reason:
      'a lone name guessed a person that the article writes with "its" or "the company" and never with he/she, Mr/Ms, a title or an age is an organisation',
  },
  {
    id: 'organization-elsewhere',
    example: 'Qatar received Hamas negotiators … Israel demanded that Hamas release the hostages',
    reason:
      'a lone name guessed a person that the article types an organisation elsewhere by the words around it ("Hamas negotiators") is that organisation: one name, one sense per article',
  },
  {
    id: 'organization-it',
    example: 'Northam declined to comment on whether it would join.',
    reason:
      'a name no list knows, guessed a person, that opens its sentence and whose clause goes on to "whether it would", "that it had" (and never with he/she, Mr/Ms, a title or an age anywhere in the article) is an organisation',
  },
  {
    id: 'organization-coordinated',
    example: 'Sonangol and Eni signed an agreement … , Sonangol said in a statement',
    reason:
      'a name no list knows, guessed a person, joined by "and" or a comma to a name the article shows an organisation, and never written with he/she, Mr/Ms, a title or an age, is an organisation',
  },
  {
    id: 'place-acts-as-organization',
    example: "Antofagasta said its copper output fell, and the miner's shares dropped",
    reason:
      'a gazetteer town the article writes with "its" or "the company", and never behind in/at/near, is a company of that name',
  },
] as const;

const SAYING = new Set(['said', 'says', 'announced', 'confirmed', 'added', 'stated']);
/** How far after the verb of saying its "it" may stand: "said on Tuesday it had". */
const SPEECH_WINDOW = 4;
const PERSON_WORDS = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);
const ORG_NOUNS = new Set(ORGANIZATION_NOUNS);
const MEMBERS = new Set(MEMBER_NOUNS);
const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
/** How far after a name its "its" or "the company" may stand, in words. */
const WINDOW = 15;
/** Rows that guess a lone name a person without a first name, a title or an honorific. */
const GUESSED_PERSON = new Set(['stands-alone', 'compromise-person', 'owns-something']);
/** The row that guesses a person only because no list knows the name. */
const UNKNOWN = 'stands-alone';
/** "whether it", "that it": the "it" opens a clause of its own, not "it was hot". */
const COMPLEMENTIZERS = new Set(['whether', 'that', 'if']);
/** "it would", "it had": words that make the "it" before them a subject. */
const AUXILIARIES = new Set([
  'would',
  'will',
  'could',
  'can',
  'may',
  'might',
  'should',
  'had',
  'has',
  'have',
  'was',
  'is',
  'did',
  'does',
]);
/** Rows that type a lone name a town from a gazetteer or compromise's tags alone. */
const GUESSED_PLACE = new Set(['gazetteer-place', 'compromise-place']);

interface Signs {
  person: boolean;
  organization: boolean;
  located: boolean;
  /** Its clause goes on with a subject "it" (organization-it). */
  it: boolean;
  /** Joined by "and" or a comma to an organisation (organization-coordinated). */
  coordinated: boolean;
}

/** "Sonangol and Eni", "Eni, Sonangol": the mention next to f across one "and" or comma. */
function besideOrganization(
  tokens: readonly Token[],
  f: Found,
  found: readonly Found[],
  organizations: ReadonlySet<string>,
): boolean {
  const joined = (a: Found, b: Found) =>
    (b.from === a.to + 1 && tokens[a.to]?.norm === 'and') ||
    (b.from === a.to && /^,\s*$/.test(tokens[a.to - 1]?.post ?? ''));
  return found.some(
    (g) =>
      g !== f &&
      !g.anaphor &&
      ((g.type === 'Organization' && !g.guessed) || organizations.has(g.name)) &&
      (joined(f, g) || joined(g, f)),
  );
}

/** "Rio Tinto said on Tuesday it had …": a speaker that reports itself as "it". */
function saysIt(tokens: readonly Token[], f: Found): boolean {
  if (!SAYING.has(tokens[f.to]?.norm ?? '')) return false;
  return tokens.slice(f.to + 1, f.to + 1 + SPEECH_WINDOW).some((t) => t.norm === 'it');
}

/**
 * "Chelsea rejected a bid …, the club said", "… from October, the bloc's chairman said": the
 * attribution describes the sentence's subject, or one of its members.
 */
function describedSubject(tokens: readonly Token[], f: Found, found: readonly Found[]): boolean {
  if (found.some((g) => g.from < f.from && !g.anaphor)) return false;
  return tokens.some((t, k) => {
    if (!/^,/.test(tokens[k - 1]?.post ?? '') || t.norm !== 'the') return false;
    const noun = tokens[k + 1];
    if (!noun || !ORG_NOUNS.has(noun.norm)) return false;
    const verb = noun.possessive && MEMBERS.has(tokens[k + 2]?.norm ?? '') ? k + 3 : k + 2;
    return SAYING.has(tokens[verb]?.norm ?? '');
  });
}

/** The signs one mention gives, read up to the next mention of another actor. */
function signsOf(tokens: readonly Token[], f: Found, found: readonly Found[]): Signs {
  const before = tokens[f.from - 1]?.norm ?? '';
  const age = /^,/.test(tokens[f.to - 1]?.post ?? '') && /^\d{2}$/.test(tokens[f.to]?.text ?? '');
  const next = found.find((g) => g.from >= f.to && g.type !== 'Place' && !g.anaphor);
  const end = Math.min(next?.from ?? tokens.length, f.to + WINDOW);
  const after = tokens.slice(f.to, end);
  const describedAt = after.findIndex(
    (t, k) => t.norm === 'the' && ORG_NOUNS.has(after[k + 1]?.norm ?? ''),
  );
  return {
    person:
      HONORIFICS.has(before) ||
      f.role !== undefined ||
      age ||
      after.some((t) => PERSON_WORDS.has(t.norm)),
    organization:
      after.some((t) => t.norm === 'its') ||
      describedAt >= 0 ||
      saysIt(tokens, f) ||
      describedSubject(tokens, f, found),
    located: PLACE_PREPS.has(before) || PLACE_PREPS.has(tokens[f.from - 2]?.norm ?? ''),
    it:
      f.from === 0 &&
      after.some(
        (t, k) =>
          t.norm === 'it' &&
          COMPLEMENTIZERS.has(after[k - 1]?.norm ?? '') &&
          AUXILIARIES.has(after[k + 1]?.norm ?? ''),
      ),
    coordinated: false,
  };
}

/**
 * Retypes the lone names whose article shows them organisations: a guessed person, or a town of
 * the gazetteer never written as a location. Mutates the Found objects, which only this
 * extraction holds.
 */
export function typeByEvidence(sentences: readonly Sentence[], mentions: Found[][]): void {
  const pooled = new Map<string, Signs>();
  const organizations = new Set(
    mentions
      .flat()
      .filter((f) => f.type === 'Organization' && !f.anaphor && !f.guessed)
      .map((f) => f.name),
  );
  sentences.forEach((sentence, s) => {
    const found = mentions[s] ?? [];
    const next = sentences[s + 1]?.tokens;
    for (const f of found) {
      // A person's full name is sure enough; a town of two words ("Rio Tinto") may be a company.
      if (f.anaphor || (f.type === 'Person' && f.name.includes(' '))) continue;
      const signs = signsOf(sentence.tokens, f, found);
      // "Vodacom asked the regulator … . The company said it would appeal": a description
      // opening the next sentence continues this one's subject.
      const subject = f.from === 0 && found.every((g) => g.from >= f.from || g.anaphor);
      if (subject && next?.[0]?.norm === 'the' && ORG_NOUNS.has(next[1]?.norm ?? ''))
        signs.organization = true;
      signs.coordinated = besideOrganization(sentence.tokens, f, found, organizations);
      const was = pooled.get(f.id);
      pooled.set(f.id, {
        person: signs.person || (was?.person ?? false),
        organization: signs.organization || (was?.organization ?? false),
        located: signs.located || (was?.located ?? false),
        it: signs.it || (was?.it ?? false),
        coordinated: signs.coordinated || (was?.coordinated ?? false),
      });
    }
  });
  const retype = new Map<string, string>();
  for (const f of mentions.flat()) {
    const signs = pooled.get(f.id);
    if (signs?.person || f.anaphor) continue;
    if (f.type === 'Person' && GUESSED_PERSON.has(f.rule ?? '') && organizations.has(f.name)) {
      retype.set(f.id, 'organization-elsewhere');
      continue;
    }
    const unknown = f.type === 'Person' && f.rule === UNKNOWN && !f.name.includes(' ');
    if (unknown && !signs?.organization && signs?.it) retype.set(f.id, 'organization-it');
    if (unknown && !signs?.organization && signs?.coordinated)
      retype.set(f.id, 'organization-coordinated');
    if (!signs?.organization) continue;
    const person = f.type === 'Person' && GUESSED_PERSON.has(f.rule ?? '');
    const place = f.type === 'Place' && GUESSED_PLACE.has(f.rule ?? '') && !signs.located;
    if (person) retype.set(f.id, 'organization-evidence');
    else if (place) retype.set(f.id, 'place-acts-as-organization');
  }
  // Every mention of the name moves, whichever row typed it, so the article keeps one node.
  for (const f of mentions.flat()) {
    const rule = retype.get(f.id);
    if (rule)
      Object.assign(f, { type: 'Organization', id: entityId('Organization', f.name), rule });
  }
}
