import { listArticleFiles, readArticle } from '../src/corpus/index.js';
import { mergeExtractions } from '../src/graph/index.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { flooredScore, type BlindSet } from './blind-sets.js';
import { DEFAULT_GOLD_DIR, loadGold } from './gold.js';
import { evaluateGumNews, GUM_NEWS_DIR, type GumReport } from './gum-news.js';
import {
  scoreEntities,
  scoreRelations,
  tallyRules,
  type EntityScore,
  type RelationScore,
  type RuleTally,
} from './score.js';
import { scoreFresh, type FreshReport } from './score-fresh.js';

/**
 * The floors the eval fails below and the tests hold: issue 3's on corpus/, and on the held-out
 * sentences a little under what the rules reached once tuned against them (entities 0.981,
 * relations 0.969; 0.818 and 0.601 before), so they cannot slide back unseen. The blind sets'
 * floors are in their rows (blind-sets.ts): a little under what each reached once developed
 * against.
 */
export const FLOORS = {
  entityF1: 0.95,
  relationF1: 0.9,
  heldoutEntityF1: 0.95,
  heldoutRelationF1: 0.93,
  // gum-news, issue 10's floors (reached: F1 0.928, types 0.909, he/she 0.808; before its
  // mechanisms 0.913, 0.863 and 0). The margins are thin: a change that costs a few entities
  // or pronouns shows here.
  // The entity round raised them to F1 0.932 and types 0.929 (evidence of the article, names
  // glued to names, lists of organisations); held a little under.
  gumEntityF1: 0.925,
  gumTypeAccuracy: 0.92,
  // he/she 0.825 (99/120) after the relation round's second pass (speaker of a verb of saying,
  // a quotation's I and we, him/her never its clause's subject).
  gumPronounAccuracy: 0.81,
} as const;

export interface EvalOptions {
  corpusDir: string;
  goldDir: string;
  gumNewsDir: string;
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = {
  corpusDir: 'corpus',
  goldDir: DEFAULT_GOLD_DIR,
  gumNewsDir: GUM_NEWS_DIR,
};

export interface EvalReport {
  corpus: { entities: EntityScore; relations: RelationScore };
  /** fresh.json: every case must pass. */
  fresh: FreshReport;
  /** fresh-heldout.json: scored against floors, case failures listed but not fatal. */
  heldout: FreshReport;
  /** BLIND_SETS' scores, in its order; a set without a floor is reported only. */
  blind: { set: BlindSet; score: FreshReport }[];
  /** ../shared/gum-news: 24 real Wikinews articles never written against. */
  gum: GumReport;
  /** Each relation rule row's hits and verdicts, pooled over corpus/ and every fresh set. */
  relationRules: RuleTally[];
  /** What falls short of FLOORS, as sentences; empty when all floors are met. */
  failures: string[];
}

/** Extracts corpus/, the fresh sentences and gum-news and scores them against their gold. */
export async function evaluate(options: EvalOptions = DEFAULT_EVAL_OPTIONS): Promise<EvalReport> {
  const gold = await loadGold(options.goldDir);
  const files = await listArticleFiles([options.corpusDir]);
  const articles = await Promise.all(files.map((f) => readArticle(f)));
  const graph = mergeExtractions(articles.map(extractArticle));
  const entities = scoreEntities(graph.entities, gold.corpus.entities);
  const relations = scoreRelations(graph.relations, gold.corpus.relations);
  const fresh = scoreFresh(gold.fresh);
  const heldout = scoreFresh(gold.heldout);
  const blind = gold.blind.map(({ set, cases }) => ({
    set,
    score: scoreFresh(cases, { entitiesOnly: set.entitiesOnly === true }),
  }));
  const gum = await evaluateGumNews(options.gumNewsDir);

  const failures: string[] = [];
  const below = (what: string, f1: number, floor: number) => {
    if (f1 < floor) failures.push(`${what} F1 ${f1.toFixed(3)} < ${floor}`);
  };
  below('corpus entity', entities.f1, FLOORS.entityF1);
  below('corpus relation', relations.f1, FLOORS.relationF1);
  below('held-out entity', heldout.entities.f1, FLOORS.heldoutEntityF1);
  below('held-out relation', heldout.relations.f1, FLOORS.heldoutRelationF1);
  below('gum-news entity', gum.entities.f1, FLOORS.gumEntityF1);
  for (const { set, score } of blind) {
    const scored = flooredScore(set);
    const what = `${set.file.replace(/\.json$/, '')} ${scored === 'entities' ? 'entity' : 'relation'}`;
    if (set.floor) below(what, score[scored].f1, set.floor.f1);
  }
  const ratio = (what: string, r: { right: number; of: number }, floor: number) => {
    const value = r.right / Math.max(1, r.of);
    if (value < floor) failures.push(`${what} ${value.toFixed(3)} < ${floor}`);
  };
  ratio('gum-news type accuracy', gum.types, FLOORS.gumTypeAccuracy);
  ratio('gum-news he/she → named person accuracy', gum.coreference, FLOORS.gumPronounAccuracy);
  if (entities.duplicates.length > 0)
    failures.push(`duplicate nodes: ${entities.duplicates.join(', ')}`);
  for (const c of fresh.cases)
    if (!c.pass) failures.push(`fresh rule ${c.rule} fails on "${c.text}"`);
  return {
    corpus: { entities, relations },
    fresh,
    heldout,
    blind,
    gum,
    relationRules: tallyRules(
      [
        relations,
        fresh,
        heldout,
        ...blind.filter(({ set }) => !set.entitiesOnly).map(({ score }) => score),
      ].flatMap((s) => s.verdicts),
    ),
    failures,
  };
}
