import type { Found } from './found.js';
import { entityId } from '../model/keys.js';
import { ANAPHORA, SAYING_VERBS, type AnaphorRow } from './lexicon/anaphora.js';
import { sexOfFirstName, type Sex } from './lexicon/first-names.js';
import type { Token } from './parse.js';
import type { Sentence } from './sentences.js';
import { titleAt } from './titles.js';

// Pronouns and definite descriptions resolved, within one article, to the most recent entity
// they can stand for: same type, a sex that does not contradict (first names, Mr/Ms), a role for
// "the minister", a kind for "the company" (no union). A subject he/she, and an organisation's
// description opening its sentence, continue the last sentence's subject instead; "it" stands
// only for a speaker ("X said it …") or the name that opened the last sentence. The sentence that
// states a relation stays its evidence as written; the relation lands on the entity.

/** How many sentences back an antecedent may stand. */
const LOOK_BACK = 4;
/** How close "its" must follow a name to be its owner: "Aramco said its", "Aramco and its". */
const ITS_WINDOW = 3;
/** How far before "it" the verb of saying may stand: "said on Tuesday that it". */
const SPEECH_WINDOW = 4;
/** How far before a subject "he"/"she" its clause's verb of saying may stand. */
const SAYING_WINDOW = 12;
/** How far from a quotation the verb of saying that names its speaker may stand. */
const QUOTE_WINDOW = 8;
const SAYING = new Set(SAYING_VERBS);
/** Words that open a new clause, whose subject "him" or "her" may again be. */
const CLAUSE_OPENERS = new Set([
  'that',
  'who',
  'which',
  'and',
  'but',
  'to',
  'after',
  'before',
  'when',
  'while',
  'because',
  'if',
  'where',
  'whom',
  'whose',
  'as',
  'since',
  'though',
  'although',
  'until',
  'or',
  'so',
]);
/** Words after a description that restrict it to someone not yet named. */
const RESTRICTORS = new Set(['of', 'whose', 'who', 'that', 'which']);
const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
]);

interface Phrase {
  row: AnaphorRow;
  words: string[];
}

const phrasesOf = (rows: readonly AnaphorRow[]): Phrase[] =>
  rows
    .flatMap((row) => row.words.map((w) => ({ row, words: w.split(' ') })))
    .sort((a, b) => b.words.length - a.words.length);
const PHRASES = phrasesOf(ANAPHORA.filter((row) => !row.national));
/** PHRASES by their first word, each list in PHRASES' order: one map hit per token, not a scan. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const first = phrase.words[0] ?? '';
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}
const NATIONAL_PHRASES = phrasesOf(ANAPHORA.filter((row) => row.national));

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
  for (const phrase of PHRASES_BY_FIRST.get(tokens[from]?.norm ?? '') ?? []) {
    if (phrase.row.definite !== definite) continue;
    const to = from + phrase.words.length;
    if (!phrase.words.every((w, k) => tokens[from + k]?.norm === w)) continue;
    // "the President Xi", "the Company Act": a title or a name, not a description.
    if (definite && /^\p{Lu}/u.test(tokens[to]?.text ?? '')) continue;
    // "the president of the Lombardy region, Roberto Maroni", "the group whose robots won":
    // a description that goes on to say which one introduces someone new.
    // "the secretary general of …", "the group stage": the words head a longer noun.
    const last = tokens[to - 1];
    const next = tokens[to];
    const open = definite && next !== undefined && !/[,;:.]/.test(last?.post ?? '');
    if (open && !last?.possessive && (RESTRICTORS.has(next.norm) || nounGoesOn(next))) continue;
    if (definite && /^\p{Lu}/u.test(tokens[from]?.text ?? '')) continue;
    return { phrase, to };
  }
  return undefined;
}

/**
 * "the Argentine leader" at tokens[i]: the country mention after "the" and the office after it,
 * if no name follows ("the Argentine President Javier Milei" is a title).
 */
function nationalOfficeAt(
  tokens: readonly Token[],
  i: number,
  found: readonly Found[],
): { phrase: Phrase; country: Found; to: number } | undefined {
  if (tokens[i]?.norm !== 'the') return undefined;
  const country = found.find((f) => f.from === i + 1 && f.type === 'Country');
  if (!country) return undefined;
  for (const phrase of NATIONAL_PHRASES) {
    const to = country.to + phrase.words.length;
    if (!phrase.words.every((w, k) => tokens[country.to + k]?.norm === w)) continue;
    if (/^\p{Lu}/u.test(tokens[to]?.text ?? '') || RESTRICTORS.has(tokens[to]?.norm ?? ''))
      continue;
    return { phrase, country, to };
  }
  return undefined;
}

const nounGoesOn = (t: Token) =>
  /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Verb');

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

/**
 * "it" that a verb follows as its subject and that is no dummy subject: "it said", "it had held
 * talks", "it was in talks", "it is seeking", not "it was not clear", "it will be hard", "it's
 * unclear". After a copula only a preposition or a gerund keeps it an actor.
 */
function actsAsSubject(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  const skipAdverbs = () => {
    while (tokens[k]?.tags.has('Adverb')) k++;
  };
  skipAdverbs();
  const verb = tokens[k];
  if (!verb?.tags.has('Verb') || tokens[i]?.possessive) return false;
  let copula = verb.tags.has('Copula');
  if ((verb.tags.has('Modal') || MODALS.has(verb.norm)) && tokens[k + 1]?.tags.has('Copula')) {
    copula = true;
    k++;
  }
  if (!copula) return true;
  k++;
  skipAdverbs();
  const after = tokens[k];
  return after !== undefined && (after.tags.has('Preposition') || after.tags.has('Gerund'));
}

/**
 * The words that say what kind of organisation an entity is: its name's, the noun written right
 * after it ("the United Auto Workers union"), and the descriptions already resolved to it.
 */
type KindWords = Map<string, Set<string>>;

function learnKind(kinds: KindWords, id: string, words: readonly string[]): void {
  const known = kinds.get(id) ?? new Set<string>();
  for (const w of words) known.add(w);
  kinds.set(id, known);
}

/** None of the entity's kind words is one the row rules out: "the company" is no union. */
function unlike(row: AnaphorRow, f: Found, kinds: KindWords): boolean {
  const known = kinds.get(f.id);
  return !row.unlike || !known || !row.unlike.some((w) => known.has(w));
}

/** The entity is of a kind the row asks for: "the court" is a "… Court". */
function like(row: AnaphorRow, f: Found, kinds: KindWords): boolean {
  const known = kinds.get(f.id);
  return !row.like || (known !== undefined && row.like.some((w) => known.has(w)));
}

/** A possessive determiner ("his talks"), which owns a noun rather than acting. */
function determiner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (['his', 'hers', 'my', 'our', 'its'].includes(t.norm)) return true;
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
  const kinds: KindWords = new Map();
  /** Each person's country, from how the article wrote them ("Argentine President Javier Milei"). */
  const countryOf = new Map<string, string>();
  const roleOf = new Map<string, string>();
  /** Whose sex only a first-name list gave: a list that knows "Edi" only as a woman's name. */
  const byFirstName = new Set<string>();
  const learn = (f: Found, tokens: readonly Token[]) => {
    if (f.role && !f.anaphor && !roleOf.has(f.id)) roleOf.set(f.id, f.role);
    if (f.type !== 'Person' || sex.has(f.id)) return;
    const honorific = tokens[f.from - 1]?.norm ?? '';
    const known = HONORIFIC_SEX[honorific] ?? sexOfFirstName(f.name.split(' ')[0] ?? '');
    if (known) sex.set(f.id, known);
    if (known && !HONORIFIC_SEX[honorific]) byFirstName.add(f.id);
  };
  sentences.forEach((sentence, s) => {
    const found = mentions[s] ?? [];
    const { tokens } = sentence;
    for (const f of found) {
      learn(f, tokens);
      if (f.type === 'Person' && f.affiliation?.type === 'Country')
        countryOf.set(f.id, f.affiliation.id);
      if (f.type === 'Organization')
        learnKind(kinds, f.id, [...f.name.toLowerCase().split(/[\s-]+/), tokens[f.to]?.norm ?? '']);
    }
    const taken = new Set<number>();
    for (const f of found) for (let k = f.from; k < f.to; k++) taken.add(k);
    const quoted = inQuote(tokens);
    const added: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      const national = nationalOfficeAt(tokens, i, found);
      if (national) {
        const person = nationalOfficial(national.country.id, found, i, mentions, s, countryOf);
        if (person) {
          // The demonym qualifies the office here; it is not an actor of its own.
          national.country.isAffiliation = true;
          added.push(anaphorFor(person, tokens, i, national.to, national.phrase.row));
          i = national.to - 1;
          continue;
        }
      }
      const hit = anaphorAt(tokens, i);
      if (!hit) continue;
      const { row } = hit.phrase;
      if (row.speech && (quoted[i] || !(actsAsSubject(tokens, i) || determiner(tokens, i))))
        continue;
      if (row.quoted && !quoted[i]) continue;
      // `lenient`: a sex only a first-name list gave does not rule the antecedent out.
      const compatible = (f: Found, lenient = false) =>
        row.types.includes(f.type) &&
        !f.outlet &&
        !f.isAffiliation &&
        unlike(row, f, kinds) &&
        like(row, f, kinds) &&
        (row.sex === undefined ||
          sex.get(f.id) === undefined ||
          sex.get(f.id) === row.sex ||
          (lenient && byFirstName.has(f.id)));
      // Earlier sentences offer only names shown to be people; in its own sentence a pronoun
      // may take a lone guessed name ("Scholz confirmed that he spoke …").
      const fits = (f: Found, lenient = false) =>
        compatible(f, lenient) && (f.type !== 'Person' || personEvidence(f));
      const candidates: Found[] = [];
      // This sentence's names before the anaphor, the most recent first, then earlier sentences'.
      // (Tried on gum-news and scoring lower: the article's most named person first, a sex
      // known from first names outranking recency.)
      // Braysmith said, "I think his photography …": inside a quotation, not its speaker.
      const before = found.filter((f) => f.to <= i);
      const norm = tokens[i]?.norm ?? '';
      const here = [...found, ...added];
      // "Macron said after a call with Trump that he would meet …": the speaker, not the last name.
      const speaker =
        norm === 'he' || norm === 'she' ? speakerOfClause(tokens, quoted, i, here) : undefined;
      if (speaker && fits(speaker)) candidates.push(speaker);
      // "The president will meet X on Wednesday, and he is also due to …": the subject of the
      // clause the "and" joins it to.
      const joined = norm === 'he' || norm === 'she' ? openingSubject(tokens, i, here) : undefined;
      if (joined && fits(joined)) candidates.push(joined);
      // "Pavel said he had met him": "him" is not the subject of its own clause.
      // "Lourenco urged the three to …": a plural description a verb takes as its object leaves
      // out the verb's subject (a verb of saying takes no object: "Ruto said the two leaders …").
      const pluralObject =
        row.count > 1 &&
        tokens[i - 1]?.tags.has('Verb') === true &&
        !SAYING.has(tokens[i - 1]?.norm ?? '');
      const subject =
        ((norm === 'him' || norm === 'her') && !determiner(tokens, i)) || pluralObject
          ? clauseSubject(tokens, i, here)
          : undefined;
      // "Asked about X, his spokesman said the president …": the topic of a fronted question is
      // for "him" or "her" only, never the subject the answer speaks of.
      const object = norm === 'him' || norm === 'her';
      const topic = object ? -1 : askedTopicEnd(tokens);
      candidates.push(
        ...before
          .filter((f) => compatible(f) && quoted[f.from] === quoted[i] && f.to > topic)
          .reverse(),
      );
      // "She later held talks with Store, who urged her": an object "him"/"her" may be the person
      // a pronoun of the same sex stood for earlier in the sentence.
      if (object)
        candidates.push(
          ...added
            .filter(
              (f) =>
                f.to <= i && f.type === 'Person' && compatible(f) && quoted[f.from] === quoted[i],
            )
            .reverse(),
        );
      // A subject "he"/"she" continues an earlier sentence's subject, its first person named;
      // "him", "his", "her" take the most recent. A description or "it" that opens its sentence
      // does the same: "The union urged …" after "The RMT rejected an offer from Network Rail"
      // is the RMT; "The minister later called on …" after "X met Foreign Minister Y" is X.
      const opening =
        tokens[i]?.norm === 'he' ||
        tokens[i]?.norm === 'she' ||
        ((row.definite || !row.types.includes('Person')) &&
          before.every((f) => f.type === 'Place'));
      for (let back = s - 1; back >= Math.max(0, s - LOOK_BACK); back--) {
        const earlier = (mentions[back] ?? []).filter((f) => fits(f));
        candidates.push(...(opening ? earlier : earlier.reverse()));
      }
      // With no one else to take it, the speaker's own "he"/"she" outweighs a first-name list
      // that knows the name for the other sex only ("Edi Rama told reporters he …").
      if (candidates.length === 0 && speaker && fits(speaker, true)) candidates.push(speaker);
      const wanted = row.speech
        ? speakerOrOpener(row, tokens, i, here, mentions[s - 1] ?? [], compatible)
        : row.quoted
          ? quotedSide(row, quoteSpeaker(tokens, quoted, i, here)).filter((f) =>
              row.types.includes(f.type),
            )
          : row.id === 'coref-the-official'
            ? officialFor(candidates, hit.phrase, roleOf)
            : candidates;
      const chosen: Found[] = [];
      for (const c of wanted) {
        if (c.id === subject?.id) continue;
        if (chosen.length < row.count && !chosen.some((x) => x.id === c.id)) chosen.push(c);
      }
      if (chosen.length < row.count && row.orCountries) {
        const countries = (mentions[s - 1] ?? []).filter(
          (f) => f.type === 'Country' && !f.anaphor && !f.isAffiliation,
        );
        const distinct = [...new Map(countries.map((f) => [f.id, f])).values()];
        if (chosen.length === 0 && distinct.length === row.count) chosen.push(...distinct);
      }
      if (chosen.length < row.count) continue;
      for (const c of chosen) {
        // "Mohamed … he plans": a pronoun in the antecedent's own sentence tells its sex.
        if (row.sex && found.includes(c) && !sex.has(c.id)) sex.set(c.id, row.sex);
        // "The union urged the company": what the union was called, the company is not.
        if (row.definite && c.type === 'Organization') learnKind(kinds, c.id, hit.phrase.words);
        const f = anaphorFor(c, tokens, i, hit.to, row);
        if (!row.definite && determiner(tokens, i)) f.determiner = true;
        added.push(f);
      }
      i = hit.to - 1;
    }
    found.push(...added);
    found.sort((a, b) => a.from - b.from || a.to - b.to);
    affiliateToOwners(tokens, found, added);
  });
}

/** Where "Asked about X," opening a sentence ends (the comma's token), or -1. */
function askedTopicEnd(tokens: readonly Token[]): number {
  if (tokens[0]?.norm !== 'asked' || tokens[1]?.norm !== 'about') return -1;
  const comma = tokens.findIndex((t) => /^,/.test(t.post));
  return comma < 0 ? -1 : comma + 1;
}

/**
 * "Its chief executive Duncan Wanblad", "The club's president Aurelio De Laurentiis": a person
 * whose title an anaphor owns acts for the organisation or country it stands for, as "Tesla's
 * Elon Musk" does for Tesla (affiliation.ts ties those before anaphora are known).
 */
function affiliateToOwners(
  tokens: readonly Token[],
  found: Found[],
  added: readonly Found[],
): void {
  for (const owner of added) {
    if (owner.type !== 'Organization' && owner.type !== 'Country') continue;
    if (!owner.determiner && !tokens[owner.to - 1]?.possessive) continue;
    // "the council's secretary general, Jan Egeland": the title in apposition before the name
    const title = titleAt(tokens, owner.to);
    const apposed =
      title > 0 && /^,/.test(tokens[owner.to + title - 1]?.post ?? '') ? owner.to + title : -1;
    const person = found.find(
      (f) =>
        f.type === 'Person' &&
        !f.anaphor &&
        !f.affiliation &&
        (f.titleFrom === owner.to || f.from === apposed),
    );
    if (!person) continue;
    person.affiliation = owner;
    owner.isAffiliation = true;
  }
}

/** The mention an anaphor at tokens [from, to) adds for the entity it stands for. */
function anaphorFor(
  c: Found,
  tokens: readonly Token[],
  from: number,
  to: number,
  row: AnaphorRow,
): Found {
  return {
    type: c.type,
    id: c.id,
    name: c.name,
    surface: tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' '),
    from,
    to,
    anaphor: true,
    rule: row.id,
  };
}

/** The most recent person written as the country's, in this sentence before i or a few back. */
function nationalOfficial(
  country: string,
  found: readonly Found[],
  i: number,
  mentions: readonly Found[][],
  s: number,
  countryOf: ReadonlyMap<string, string>,
): Found | undefined {
  const of = (f: Found) => f.type === 'Person' && countryOf.get(f.id) === country;
  const here = found.filter((f) => f.to <= i && of(f)).pop();
  if (here) return here;
  for (let back = s - 1; back >= Math.max(0, s - LOOK_BACK); back--) {
    const earlier = (mentions[back] ?? []).filter(of).pop();
    if (earlier) return earlier;
  }
  return undefined;
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

/**
 * What "it" may stand for: the speaker of a verb of saying just before it ("North Korea stated it
 * would …"), else, when it opens its sentence, the name that opened the last one ("Rio Tinto said
 * … It also rejected …"). Nothing else: most "it"s in news are things.
 */
function speakerOrOpener(
  row: AnaphorRow,
  tokens: readonly Token[],
  i: number,
  found: readonly Found[],
  previous: readonly Found[],
  compatible: (f: Found) => boolean,
): Found[] {
  for (let k = i - 1; k >= Math.max(0, i - SPEECH_WINDOW); k--) {
    if (!row.speech?.includes(tokens[k]?.norm ?? '')) continue;
    const speaker = found
      .filter((f) => f.to <= k)
      .sort((a, b) => a.to - b.to)
      .pop();
    return speaker && compatible(speaker) ? [speaker] : [];
  }
  const opensSentence = tokens.slice(0, i).every((t) => t.tags.has('Adverb'));
  const opener = previous[0];
  return opensSentence && opener && opener.from <= 1 && compatible(opener) ? [opener] : [];
}

/**
 * The person opening the sentence, for a subject pronoun that opens a main clause joined to the
 * first by ", and": "The minister met X, and she later …". Titles and affiliations before the
 * name count as its start ("South African President Cyril Ramaphosa …").
 */
function openingSubject(
  tokens: readonly Token[],
  i: number,
  found: readonly Found[],
): Found | undefined {
  if (tokens[i - 1]?.norm !== 'and' || !/,/.test(tokens[i - 2]?.post ?? '')) return undefined;
  const first = found.filter((f) => f.type === 'Person').sort((a, b) => a.from - b.from)[0];
  if (!first || first.to > i) return undefined;
  const start = first.affiliation?.from ?? first.titleFrom ?? first.from;
  return start <= 1 ? first : undefined;
}

/** The person named just before a verb of saying outside quotation marks: its speaker. */
function speakerBefore(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  verb: number,
  found: readonly Found[],
): Found | undefined {
  return found
    .filter((f) => f.to <= verb && f.type === 'Person' && !quoted[f.from] && !f.isAffiliation)
    .sort((a, b) => a.to - b.to)
    .pop();
}

/**
 * The speaker of the verb of saying whose clause a subject pronoun at i stands in: "X told Y he
 * would", "X said after talks with Y that he". Only outside quotations, within a few words.
 */
function speakerOfClause(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  i: number,
  found: readonly Found[],
): Found | undefined {
  if (quoted[i]) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - SAYING_WINDOW); k--) {
    const t = tokens[k];
    if (!t || quoted[k] || /[;:]/.test(t.post)) return undefined;
    if (SAYING.has(t.norm) && t.tags.has('Verb')) return speakerBefore(tokens, quoted, k, found);
  }
  return undefined;
}

/**
 * The subject of the clause a word at i stands in: the nearest person before it, back to a clause
 * opener, that a verb follows ("Pavel said he had met him": "he"; not "Thomas' sister … him").
 */
function clauseSubject(
  tokens: readonly Token[],
  i: number,
  found: readonly Found[],
): Found | undefined {
  let from = i;
  while (from > 0) {
    const t = tokens[from - 1];
    // "had spoken to him": a "to" before no verb is a preposition, no infinitive's clause.
    // "had written to X asking him": a "to" before no verb is a preposition, wherever it stands.
    const opener =
      CLAUSE_OPENERS.has(t?.norm ?? '') &&
      !(t?.norm === 'to' && (from === i || !tokens[from]?.tags.has('Verb')));
    if (!t || opener || /[,;:]/.test(t.post)) break;
    from--;
  }
  // "written to X asking him to …": a participle after a name hangs on the clause, not on it.
  const acts = (f: Found) => {
    const next = tokens[f.to];
    return (
      !tokens[f.to - 1]?.possessive &&
      !next?.tags.has('Gerund') &&
      (next?.tags.has('Verb') || next?.tags.has('Adverb'))
    );
  };
  return found
    .filter((f) => f.type === 'Person' && f.from >= from && f.to <= i && acts(f))
    .sort((a, b) => a.to - b.to)
    .pop();
}

/**
 * Who speaks the quotation at i: the name with a verb of saying after it ('"…," X said', '"…,"
 * said X') or before it ('X said: "…"').
 */
function quoteSpeaker(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  i: number,
  found: readonly Found[],
): Found | undefined {
  let open = i;
  while (open > 0 && quoted[open - 1]) open--;
  let close = i;
  while (close + 1 < tokens.length && quoted[close + 1]) close++;
  const outside = found.filter((f) => !quoted[f.from] && !f.isAffiliation && !f.anaphor);
  for (let k = close + 1; k < Math.min(tokens.length, close + 1 + QUOTE_WINDOW); k++) {
    if (!SAYING.has(tokens[k]?.norm ?? '')) continue;
    const named = outside.filter((f) => f.from > close && f.to <= k).pop();
    return named ?? outside.find((f) => f.from > k && f.from <= k + 6);
  }
  for (let k = open - 1; k >= Math.max(0, open - QUOTE_WINDOW); k--) {
    if (SAYING.has(tokens[k]?.norm ?? '')) return speakerBefore(tokens, quoted, k, found);
  }
  return undefined;
}

/** A quotation's "I" is its speaker; its "we" the side the speaker is written with. */
function quotedSide(row: AnaphorRow, speaker: Found | undefined): Found[] {
  if (!speaker) return [];
  if (row.quoted === 'speaker') return [speaker];
  // "we" said by someone with no side written is too often a team or crowd they belong to.
  // (Tried: "we" as the speaker when they speak for a side, as fresh-blind-3's and -5's gold
  // wants it; this row's gum-news precision fell from 2 of 4 to 0 of 4, GUM linking "we" to the
  // side, so the side stays.)
  return speaker.affiliation ? [speaker.affiliation] : [];
}

/** "the minister": the most recent person whose role says so, else the most recent with a role. */
/** `roleOf`: the title each person was first written with, for a later bare "Tokayev's …". */
function officialFor(
  candidates: readonly Found[],
  phrase: Phrase,
  roleOf: ReadonlyMap<string, string>,
): Found[] {
  const office = phrase.words.join(' ');
  const role = (c: Found) => c.role ?? roleOf.get(c.id);
  const byRole = candidates.filter((c) => role(c)?.toLowerCase().includes(office));
  return byRole.length > 0 ? byRole : candidates.filter((c) => role(c) !== undefined);
}
