import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readArticle } from '../src/corpus/index.js';
import { readArticleMentions } from '../src/extract/extract-article.js';
import type { Found } from '../src/extract/found.js';
import { COUNTRY_BY_NAME } from '../src/extract/lexicon/countries.js';
import { nameKey } from '../src/model/keys.js';
import type { EntityType } from '../src/model/types.js';
import { prf, type RuleTally, type Score } from './score.js';

// Extraction scored on real news it was never written against: the 24 Wikinews articles of the
// GUM corpus in ../shared/gum-news (text CC BY 2.5, Wikinews contributors; annotations CC BY 4.0,
// GUM corpus, Amir Zeldes et al., Georgetown University, https://gucorpling.org/gum/). Read in
// place at eval time, never copied. Its README gives the format and the scoring this follows:
// entities are GUM chains with a named person or organisation mention, or a named place that is
// a country; a predicted name counts when its span covers the head of a named mention.

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * ../shared/gum-news beside the project; a checkout nested one level deeper (a git worktree in
 * wt/<name>) finds the same folder one level up.
 */
function findGumNews(): string {
  const candidates = [1, 2].map((up) =>
    resolve(PROJECT_ROOT, ...Array<string>(up).fill('..'), 'shared', 'gum-news'),
  );
  return candidates.find((dir) => existsSync(dir)) ?? (candidates[0] as string);
}

export const GUM_NEWS_DIR = findGumNews();

const GumMention = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  type: z.string(),
  named: z.boolean(),
  chain: z.string().nullable(),
  wikipedia: z.string().nullable(),
  head_upos: z.string(),
  head_start: z.number(),
  head_end: z.number(),
});
const GumDoc = z.object({ doc: z.string(), mentions: z.array(GumMention) });
type GumMention = z.infer<typeof GumMention>;

const HE_SHE = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

interface GoldEntity {
  key: string;
  /** Types a prediction may have and be right. */
  types: ReadonlySet<EntityType>;
  named: GumMention[];
  pronouns: GumMention[];
}

interface Span {
  start: number;
  end: number;
}

/** A predicted mention with its character span and the rule that made it. */
interface Predicted extends Span {
  found: Found;
}

export interface GumReport {
  docs: number;
  entities: Score;
  /** Matched gold entities whose best prediction has an allowed type. */
  types: { right: number; of: number };
  /** he/she/his/her of a named person's chain, resolved to the entity matched to that chain. */
  coreference: { right: number; of: number };
  /** Gold entities matched by two or more predicted entities. */
  splits: number;
  rules: RuleTally[];
  falsePositives: string[];
  misses: string[];
  typeErrors: string[];
}

/**
 * GUM widens a head over a proper-noun apposition ("actor Dennis Hopper"); the name is the part
 * from its first capital on, which is what a name, titles off, must cover.
 */
function nameHead(m: GumMention): Span {
  const head = m.text.slice(m.head_start - m.start, m.head_end - m.start);
  const capital = /(?:^|\s)(\p{Lu})/u.exec(head);
  const skip = capital ? capital.index + capital[0].length - 1 : 0;
  return { start: m.head_start + skip, end: m.head_end };
}

const covers = (p: Span, m: GumMention) => {
  const head = nameHead(m);
  return p.start >= m.start && p.end <= m.end && p.start <= head.start && p.end >= head.end;
};

/** The kind GUM's named mention asks for; undefined for kinds the eval does not score. */
function goldTypes(m: GumMention): EntityType[] | undefined {
  const head = m.text.slice(m.head_start - m.start, m.head_end - m.start);
  // The linked title decides when there is one: "South Australia" has the head "Australia".
  const country = COUNTRY_BY_NAME.has(nameKey(m.wikipedia ?? head));
  // GUM's organisation "Sweden" (the national team, linked so) is written as the country.
  const writtenAsCountry = COUNTRY_BY_NAME.has(nameKey(head));
  // GUM's person covers peoples ("Muslims") and its organisation countries acting or teams named
  // after them, where the project has Group and Country.
  if (m.type === 'person') return /s$/.test(head) ? ['Person', 'Group'] : ['Person'];
  if (m.type === 'organization')
    return country || writtenAsCountry ? ['Organization', 'Country'] : ['Organization', 'Group'];
  if (m.type === 'place' && country) return ['Country'];
  return undefined;
}

function goldEntities(mentions: readonly GumMention[]): GoldEntity[] {
  const byKey = new Map<string, GumMention[]>();
  for (const m of mentions) {
    const key = m.chain ?? `single:${nameKey(m.text.replace(/^the\s+/i, ''))}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const gold: GoldEntity[] = [];
  for (const [key, list] of byKey) {
    const named = list.filter((m) => m.named && goldTypes(m));
    if (named.length === 0) continue;
    const types = new Set(named.flatMap((m) => goldTypes(m) ?? []));
    const pronouns = list.filter(
      (m) => m.head_upos === 'PRON' && m.type === 'person' && HE_SHE.has(m.text.toLowerCase()),
    );
    gold.push({ key, types, named, pronouns });
  }
  return gold;
}

function predictions(text: string, id: string) {
  const reading = readArticleMentions({ id, title: '', language: 'en', text, hash: '' });
  const spans: Predicted[] = [];
  reading.sentences.forEach((s, i) => {
    for (const f of reading.mentions[i] ?? []) {
      const first = s.tokens[f.from];
      const last = s.tokens[f.to - 1];
      if (first && last) spans.push({ start: first.start, end: last.end, found: f });
    }
  });
  return spans;
}

interface DocScore {
  gold: number;
  matched: number;
  correct: number;
  fp: number;
  types: { right: number; of: number };
  coreference: { right: number; of: number };
  splits: number;
  rules: Map<string, RuleTally>;
  falsePositives: string[];
  misses: string[];
  typeErrors: string[];
}

function scoreDoc(doc: string, text: string, mentions: readonly GumMention[]): DocScore {
  const gold = goldEntities(mentions);
  const predicted = predictions(text, doc);
  const names = predicted.filter((p) => !p.found.anaphor);
  const goldOf = (p: Span) => gold.filter((g) => g.named.some((m) => covers(p, m)));
  // Entity id → the gold entities its name mentions cover, and how often each.
  const byId = new Map<string, { type: EntityType; name: string; hits: Map<GoldEntity, number> }>();
  for (const p of names) {
    const entry = byId.get(p.found.id) ?? {
      type: p.found.type,
      name: p.found.name,
      hits: new Map(),
    };
    for (const g of goldOf(p)) entry.hits.set(g, (entry.hits.get(g) ?? 0) + 1);
    byId.set(p.found.id, entry);
  }
  const anyMention = (p: Span) =>
    mentions.some((m) => covers(p, m) || (p.start >= m.start && p.end <= m.end));
  const out: DocScore = {
    gold: gold.length,
    matched: 0,
    correct: 0,
    fp: 0,
    types: { right: 0, of: 0 },
    coreference: { right: 0, of: 0 },
    splits: 0,
    rules: new Map(),
    falsePositives: [],
    misses: [],
    typeErrors: [],
  };
  for (const [id, entry] of byId) {
    if (entry.hits.size > 0) out.correct++;
    else if (!names.some((p) => p.found.id === id && anyMention(p))) {
      out.fp++;
      out.falsePositives.push(`${doc} ${id}`);
    }
  }
  const matchOf = new Map<GoldEntity, string>();
  for (const g of gold) {
    const ids = [...byId].filter(([, e]) => e.hits.has(g));
    if (ids.length === 0) {
      out.misses.push(`${doc} ${g.named[0]?.text ?? g.key}`);
      continue;
    }
    out.matched++;
    if (ids.length > 1) out.splits++;
    const [bestId, best] = ids.sort(
      (a, b) => (b[1].hits.get(g) ?? 0) - (a[1].hits.get(g) ?? 0),
    )[0]!;
    matchOf.set(g, bestId);
    out.types.of++;
    if (g.types.has(best.type)) out.types.right++;
    else out.typeErrors.push(`${doc} ${bestId} (GUM: ${[...g.types].join('/')})`);
  }
  for (const g of gold) {
    if (!g.types.has('Person') || g.types.has('Group')) continue;
    for (const m of g.pronouns) {
      out.coreference.of++;
      const resolved = predicted.find((p) => p.found.anaphor && p.start === m.start);
      if (resolved && resolved.found.id === matchOf.get(g)) out.coreference.right++;
    }
  }
  const tally = (rule: string, verdict: 'right' | 'wrong' | 'unscored') => {
    const t = out.rules.get(rule) ?? { rule, hits: 0, right: 0, wrong: 0 };
    t.hits++;
    if (verdict === 'right') t.right++;
    if (verdict === 'wrong') t.wrong++;
    out.rules.set(rule, t);
  };
  for (const p of predicted) {
    const rule = p.found.rule ?? '(no rule id)';
    if (p.found.anaphor) {
      const m = mentions.find((x) => x.start === p.start && x.head_upos === 'PRON');
      // Any pronoun GUM chains to a scored entity, not only he/she: "I", "we", "it" too.
      const g = m && gold.find((x) => x.key === m.chain);
      if (!g) tally(rule, m?.chain ? 'wrong' : 'unscored');
      else tally(rule, matchOf.get(g) === p.found.id ? 'right' : 'wrong');
      continue;
    }
    const hit = goldOf(p);
    if (hit.length > 0) tally(rule, hit.some((g) => g.types.has(p.found.type)) ? 'right' : 'wrong');
    else tally(rule, anyMention(p) ? 'unscored' : 'wrong');
  }
  return out;
}

/** Scores extraction on every document of gum-news; fails clearly if the folder is missing. */
export async function evaluateGumNews(dir = GUM_NEWS_DIR): Promise<GumReport> {
  if (!existsSync(dir))
    throw new Error(
      `eval: ${dir} is missing: the gum-news articles are read from ../shared/gum-news beside the project (or --gum-news <dir>)`,
    );
  const docs = (await readdir(dir)).filter((f) => f.endsWith('.entities.json')).sort();
  if (docs.length === 0) throw new Error(`eval: ${dir} holds no *.entities.json`);
  const scores = await Promise.all(
    docs.map(async (file) => {
      const parsed = GumDoc.parse(JSON.parse(await readFile(join(dir, file), 'utf8')));
      const article = await readArticle(join(dir, file.replace(/\.entities\.json$/, '.txt')));
      return scoreDoc(parsed.doc, article.text, parsed.mentions);
    }),
  );
  const sum = (f: (s: DocScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const rules = new Map<string, RuleTally>();
  for (const s of scores)
    for (const t of s.rules.values()) {
      const r = rules.get(t.rule) ?? { rule: t.rule, hits: 0, right: 0, wrong: 0 };
      rules.set(t.rule, {
        ...r,
        hits: r.hits + t.hits,
        right: r.right + t.right,
        wrong: r.wrong + t.wrong,
      });
    }
  const gold = sum((s) => s.gold);
  const matched = sum((s) => s.matched);
  const entities = prf(
    matched,
    sum((s) => s.fp),
    gold - matched,
  );
  // Precision counts predicted entities, recall gold ones: a split is not a second true positive.
  entities.precision =
    sum((s) => s.correct) /
    Math.max(
      1,
      sum((s) => s.correct + s.fp),
    );
  entities.f1 =
    entities.precision + entities.recall === 0
      ? 0
      : (2 * entities.precision * entities.recall) / (entities.precision + entities.recall);
  return {
    docs: docs.length,
    entities,
    types: { right: sum((s) => s.types.right), of: sum((s) => s.types.of) },
    coreference: { right: sum((s) => s.coreference.right), of: sum((s) => s.coreference.of) },
    splits: sum((s) => s.splits),
    rules: [...rules.values()].sort((a, b) => b.hits - a.hits || a.rule.localeCompare(b.rule)),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    misses: scores.flatMap((s) => s.misses),
    typeErrors: scores.flatMap((s) => s.typeErrors),
  };
}
