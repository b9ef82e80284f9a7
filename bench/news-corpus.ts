// The realistic scale corpus: news-like articles about the cast of news-world.ts, in the forms
// the extractor reads relations from (met with, urged … to, confirmed that, rejected …'s
// proposal, told <outlet>) among the noise real articles carry: datelines, pronouns, surnames
// alone, acronyms after a first spelled-out mention, lists of countries, quotes, market lines and
// a reporting credit. Article n depends only on the seed and n, so the 1k corpus is the first
// thousand articles of the 100k one, and a seed always writes the same bytes.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords } from './measure.js';
import {
  company,
  INTERNATIONAL_BODIES,
  makeWorld,
  MINISTRIES,
  OUTLETS,
  person,
  pick,
  seedOf,
  type Country,
  type Person,
  type World,
} from './news-world.js';
import { seededRandom } from '../src/model/seeded-random.js';

export const NEWS_SEED = 11;

/** Bump when the text changes, so an older generation is rebuilt. */
const GENERATOR = 1;
const MANIFEST = '.manifest.json';

export const NEWS_CORPUS_ROOT = fileURLToPath(new URL('news-corpus', import.meta.url));

const ACTIONS = [
  'release the detained aid workers',
  'halt military exercises near the border',
  'reopen the main border crossing',
  'lift tariffs on steel imports',
  'return to the negotiating table',
  'extend the ceasefire by thirty days',
  'cut oil output',
  'allow inspectors into the site',
  'withdraw troops from the disputed area',
  'restore diplomatic ties',
];
const TOPICS = [
  'the disputed border',
  'grain exports',
  'the nuclear programme',
  'fishing rights',
  'sanctions relief',
  'energy prices',
  'the refugee crisis',
  'a new trade agreement',
  'water sharing on the river',
  'debt restructuring',
];
const EVENTS = [
  'G20 summit',
  'UN General Assembly',
  'Munich Security Conference',
  'World Economic Forum',
  'regional security forum',
  'climate conference',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
const FILLER = [
  'Officials did not say when the next round would take place.',
  'Analysts said the outcome remained uncertain.',
  'The talks come after months of rising tension in the region.',
  'No joint statement was issued after the meeting.',
  'Diplomats cautioned that a deal was still weeks away.',
  'The two sides have met four times since January.',
];
const QUOTES = [
  'We are ready to talk, but not at any price',
  'This is a step in the right direction',
  'Nobody wants a wider conflict',
  'The door to dialogue remains open',
];

interface Cast {
  rand: () => number;
  world: World;
  a: Person;
  b: Person;
  c: Person;
  home: Country;
  away: Country;
  third: Country;
  body: (typeof INTERNATIONAL_BODIES)[number];
  firm: string;
  outlet: string;
  /** People and bodies named in full so far: the rest are named by surname, pronoun or acronym. */
  named: Set<unknown>;
  /** Sentence forms not yet used in this article. */
  relations: ((c: Cast) => string)[];
  noise: ((c: Cast) => string)[];
}

const full = (p: Person) => `${p.first} ${p.last}`;

/** First mention with title and nationality, later ones by surname. */
function who(cast: Cast, p: Person): string {
  if (cast.named.has(p)) return p.last;
  cast.named.add(p);
  return cast.rand() < 0.7
    ? `${p.country.demonym} ${p.title} ${full(p)}`
    : `${p.title.charAt(0).toUpperCase()}${p.title.slice(1)} ${full(p)} of ${p.country.name}`;
}

/** The body spelled out with its acronym the first time, by acronym after. */
function bodyName(cast: Cast): string {
  if (cast.named.has(cast.body)) return cast.body.acronym;
  cast.named.add(cast.body);
  return `${cast.body.name} (${cast.body.acronym})`;
}

const pronoun = (p: Person) => (p.sex === 'female' ? 'She' : 'He');

/** The relation sentences, by the type the extractor should read from them. */
const RELATION_SENTENCES: readonly ((c: Cast) => string)[] = [
  // MET_WITH
  (c) =>
    `${who(c, c.a)} met with ${who(c, c.b)} in ${c.home.capital} on ${pick(c.rand, WEEKDAYS)}.`,
  (c) =>
    `${who(c, c.a)} met ${who(c, c.c)} on the sidelines of the ${pick(c.rand, EVENTS)} in ${c.third.capital}.`,
  (c) =>
    `Talks between ${c.home.name} and ${c.away.name} resumed in ${c.third.capital} on ${pick(c.rand, WEEKDAYS)}.`,
  (c) => `${who(c, c.b)} received ${who(c, c.c)} in ${c.b.country.capital}.`,
  (c) => `${who(c, c.a)} and ${who(c, c.b)} are expected to meet again next month.`,
  // PRESSURED
  (c) => `The ${bodyName(c)} urged ${c.away.name} to ${pick(c.rand, ACTIONS)}.`,
  (c) => `${c.home.name} called on ${c.away.name} to ${pick(c.rand, ACTIONS)}.`,
  (c) => `${who(c, c.a)} pressed ${c.away.name} to ${pick(c.rand, ACTIONS)}, two officials said.`,
  (c) => `Urgent appeals from ${c.third.name} pushed ${c.home.name} to ${pick(c.rand, ACTIONS)}.`,
  // CONFIRMED
  (c) =>
    `${who(c, c.b)} confirmed that talks with ${c.home.name} on ${pick(c.rand, TOPICS)} would resume next week.`,
  (c) =>
    `The ${c.home.demonym} ${pick(c.rand, MINISTRIES).ministry} confirmed on ${pick(c.rand, WEEKDAYS)} that ${c.away.name} had accepted the proposal.`,
  // REJECTED, DEMANDED
  (c) => `${c.away.name} rejected ${c.home.name}'s proposal to ${pick(c.rand, ACTIONS)}.`,
  (c) => `${c.home.name} demanded that ${c.away.name} ${pick(c.rand, ACTIONS)}.`,
  // REPORTED_BY
  (c) => `${who(c, c.c)} told ${c.outlet} that ${c.home.name} had made a new offer.`,
  (c) =>
    `A senior ${c.away.demonym} official quoted by ${c.outlet} said the offer fell short of what ${c.away.capital} wanted.`,
];

/** Noise between the relations, as real articles have it. */
const NOISE_SENTENCES: readonly ((c: Cast) => string)[] = [
  (c) => pick(c.rand, FILLER),
  (c) => `“${pick(c.rand, QUOTES)},” ${who(c, c.a)} said.`,
  // A pronoun only after its person is named: a pronoun with nobody before it is not news prose.
  (c) =>
    c.named.has(c.a)
      ? `${pronoun(c.a)} added that ${pick(c.rand, TOPICS)} would also be discussed.`
      : pick(c.rand, FILLER),
  (c) => {
    const list = [c.home, c.away, c.third, pick(c.rand, c.world.countries)].map((x) => x.name);
    return `Delegations from ${[...new Set(list)].join(', ').replace(/, ([^,]*)$/, ' and $1')} attended the ${pick(c.rand, EVENTS)}.`;
  },
  (c) =>
    `Shares of ${c.firm} fell ${1 + Math.floor(c.rand() * 9)}.${Math.floor(c.rand() * 10)}% in ${c.home.capital} trading after the announcement.`,
  (c) => `The ${bodyName(c)} said it was following the situation closely.`,
  (c) =>
    `${c.home.demonym} and ${c.away.demonym} officials have disagreed over ${pick(c.rand, TOPICS)} for years.`,
];

/** n sentences, relations and noise mixed, none written twice in one article. */
function sentences(cast: Cast, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const relation = cast.rand() < 0.55;
    const pool = relation ? cast.relations : cast.noise;
    const [template] = pool.splice(Math.floor(cast.rand() * pool.length), 1);
    if (template) out.push(template(cast));
  }
  return out;
}

function castOf(world: World, n: number, salt = 0): Cast {
  const rand = seededRandom(seedOf(world.seed, 1 + salt * 10, n));
  const draw = () => person(world.seed, world.personRank(rand), world);
  const a = draw();
  let b = draw();
  while (full(b) === full(a)) b = draw();
  let c = draw();
  while (full(c) === full(a) || full(c) === full(b)) c = draw();
  const home = a.country;
  let away = b.country;
  while (away === home) away = world.countries[world.countryRank(rand)] as Country;
  let third = world.countries[world.countryRank(rand)] as Country;
  while (third === home || third === away) third = pick(rand, world.countries);
  return {
    rand,
    world,
    a,
    b,
    c,
    home,
    away,
    third,
    body: INTERNATIONAL_BODIES[world.bodyRank(rand)] as Cast['body'],
    firm: company(world.seed, world.companyRank(rand), world).name,
    outlet: pick(rand, OUTLETS),
    named: new Set(),
    relations: [...RELATION_SENTENCES],
    noise: [...NOISE_SENTENCES],
  };
}

/** Article n of the corpus, front matter included. */
export function newsArticle(world: World, n: number): string {
  const cast = castOf(world, n);
  const { rand, home, away } = cast;
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(n / 30) * 86_400_000);
  const topic = pick(rand, TOPICS);
  const title = pick(rand, [
    `${home.name} and ${away.name} to resume talks on ${topic}`,
    `${cast.a.last} presses ${away.name} on ${topic}`,
    `${cast.body.acronym} urges calm as ${home.demonym}-${away.demonym} tensions rise`,
    `${away.name} rejects ${home.demonym} offer on ${topic}`,
  ]);
  const dateline = `${cast.third.capital.toUpperCase()}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()} (${cast.outlet}) —`;
  const paragraphs = [
    `${dateline} ${sentences(cast, 2).join(' ')}`,
    ...Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
      sentences(cast, 2 + Math.floor(rand() * 3)).join(' '),
    ).filter((p) => p !== ''),
  ];
  const reporter = person(world.seed, 40_000 + Math.floor(rand() * 5_000), world);
  const editor = person(world.seed, 45_000 + Math.floor(rand() * 5_000), world);
  paragraphs.push(`(Reporting by ${full(reporter)}; Editing by ${full(editor)})`);
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(cast.outlet)}`,
    `published: ${day.toISOString().slice(0, 10)}`,
    'language: en',
    '---',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * Article n with a correction appended: the bench's "changed article", with a new relation
 * between people the corpus already knows, so the change reaches into the rest of the graph.
 */
export function changedNewsArticle(world: World, n: number, round = 1): string {
  const cast = castOf(world, n, round);
  const update = `Update: ${who(cast, cast.a)} later met with ${who(cast, cast.c)} in ${cast.home.capital}, ${cast.a.sex === 'female' ? 'her' : 'his'} office said.`;
  return `${newsArticle(world, n)}\n${update}\n`;
}

export const newsFileName = (n: number) => `news-${String(n).padStart(6, '0')}.txt`;

export interface NewsCorpus {
  dir: string;
  /** Article files, sorted. */
  files: string[];
  words: number;
  reused: boolean;
}

interface Manifest {
  generator: number;
  seed: number;
  articles: number;
  words: number;
}

/** Writes (or finds already written) the first `articles` articles into `dir`. */
export async function makeNewsCorpus(options: {
  articles: number;
  dir?: string;
  seed?: number;
}): Promise<NewsCorpus> {
  const { articles, seed = NEWS_SEED } = options;
  if (!Number.isInteger(articles) || articles < 1) {
    throw new Error(`bench: articles must be a whole number ≥ 1, got ${articles}`);
  }
  const dir = options.dir ?? join(NEWS_CORPUS_ROOT, String(articles));
  const files = Array.from({ length: articles }, (_, n) => join(dir, newsFileName(n)));
  const existing = await readManifest(dir);
  if (
    existing?.generator === GENERATOR &&
    existing.seed === seed &&
    existing.articles === articles &&
    (await readdir(dir)).length === articles + 1
  ) {
    return { dir, files, words: existing.words, reused: true };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const world = makeWorld(seed);
  let words = 0;
  for (let n = 0; n < articles; n++) {
    const text = newsArticle(world, n);
    words += countWords(text);
    await writeFile(files[n] as string, text);
  }
  const manifest: Manifest = { generator: GENERATOR, seed, articles, words };
  await writeFile(join(dir, MANIFEST), JSON.stringify(manifest));
  return { dir, files, words, reused: false };
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
